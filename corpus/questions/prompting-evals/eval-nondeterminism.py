"""A paired bootstrap over repeated eval runs of two systems, and the runs a decision
needs. Toy and seeded: no model is called; a run is a coin flip at a scripted chance."""
import math
from statistics import NormalDist
import numpy as np

rng = np.random.default_rng(11)
ITEMS, RUNS, BOOT = 200, 16, 2000
DIFF_SD, GAIN, GAIN_SD = 2.0, 0.3, 0.6  # assumptions, in logits: see the first line
def systems(shape, diff_sd=DIFF_SD):  # pass chance of A and B on `shape` items
    la = rng.normal(1.0, diff_sd, shape)  # item difficulty
    lb = la + rng.normal(GAIN, GAIN_SD, shape)  # B wins some items and loses others
    return 1 / (1 + np.exp(-la)), 1 / (1 + np.exp(-lb))
pa, pb = systems(ITEMS)
a, b = (rng.random((ITEMS, RUNS)) < p[:, None] for p in (pa, pb))  # every run's pass
print(f"assumed: item difficulty logit sd {DIFF_SD}, B gains {GAIN} ± {GAIN_SD} logits "
      f"per item\n{ITEMS} items x {RUNS} runs; true gain on these items (known only in "
      f"a simulation) {(pb - pa).mean() * 100:+.1f} pts")
#> assumed: item difficulty logit sd 2.0, B gains 0.3 ± 0.6 logits per item
#> 200 items x 16 runs; true gain on these items (known only in a simulation) +3.4 pts
def ci(x):  # 95% percentile interval, in points
    lo, hi = np.percentile(x, [2.5, 97.5]) * 100
    return f"[{lo:+5.1f}, {hi:+5.1f}] width {hi - lo:4.1f}"
idx, idx2 = rng.integers(0, ITEMS, (2, BOOT, ITEMS))  # resample items with their runs
def boot(a, b, r):  # intervals of the gain over r runs: paired, unpaired (idx2 for A)
    ma, mb = a[:, :r].mean(1), b[:, :r].mean(1)  # per-item pass rate over r runs
    return ci((mb - ma)[idx].mean(1)), ci(mb[idx].mean(1) - ma[idx2].mean(1))
for r in (1, 2, 4, 8, 16):  # sd: item-difficulty logit sd; the last row halves it
    print(f"sd {DIFF_SD} runs={r:2d} paired %s | unpaired %s" % boot(a, b, r))
#> sd 2.0 runs= 1 paired [ +3.0, +17.5] width 14.5 | unpaired [ +1.5, +19.5] width 18.0
#> sd 2.0 runs= 2 paired [ -0.5, +10.8] width 11.2 | unpaired [ -2.2, +13.0] width 15.2
#> sd 2.0 runs= 4 paired [ +0.5,  +8.4] width  7.9 | unpaired [ -2.1, +11.2] width 13.4
#> sd 2.0 runs= 8 paired [ +0.1,  +5.6] width  5.6 | unpaired [ -3.2,  +9.2] width 12.4
#> sd 2.0 runs=16 paired [ +1.6,  +6.0] width  4.3 | unpaired [ -1.9,  +9.9] width 11.9
c, e = (rng.random((ITEMS, RUNS)) < p[:, None] for p in systems(ITEMS, DIFF_SD / 2))
print(f"sd {DIFF_SD / 2} runs={RUNS} paired %s | unpaired %s" % boot(c, e, RUNS))
#> sd 1.0 runs=16 paired [ +2.5,  +7.3] width  4.8 | unpaired [ +0.6,  +9.0] width  8.4
# Plan (Miller 2024): Var(mean gain) = (s_b^2 + s_w^2 / K) / N for K runs, N items.
d = b.astype(float) - a                       # one gain per item and run
s_w2 = d.var(axis=1, ddof=1).mean()           # run-to-run noise of a single gain
s_b2 = max(d.mean(1).var(ddof=1) - s_w2 / RUNS, 0.0)  # spread of true item gains
print(f"estimated: run noise s_w^2 = {s_w2:.3f}, true-gain variance s_b^2 = {s_b2:.4f}")
#> estimated: run noise s_w^2 = 0.278, true-gain variance s_b^2 = 0.0073
DELTA = 0.03  # plan to detect +3 pts, two-sided alpha 0.05, power 80%
Z2 = (NormalDist().inv_cdf(0.975) + NormalDist().inv_cdf(0.80)) ** 2
def runs_needed(n, sb2):  # smallest K with z * SE <= DELTA, if any K can reach it
    room = n * DELTA**2 / Z2 - sb2  # the variance left over for run noise
    return math.ceil(s_w2 / room) if room > 0 else None
for n, x in ((200, 1), (400, 1), (200, 4)):  # x: true-gain variance scaled up
    k = runs_needed(n, x * s_b2)
    print(f"  {n} items, true-gain variance x{x}: "
          + (f"{k} runs" if k else "no K suffices"))
#>   200 items, true-gain variance x1: 18 runs
#>   400 items, true-gain variance x1: 8 runs
#>   200 items, true-gain variance x4: no K suffices
K = runs_needed(400, s_b2)
fa, fb = systems((1000, 400))  # 1,000 fresh simulated evals of 400 new items each
gain = ((rng.random((1000, 400, K)) < fb[..., None]).mean(2)
        - (rng.random((1000, 400, K)) < fa[..., None]).mean(2)).mean(1)
print(f"check at K={K}: predicted SE {math.sqrt((s_b2 + s_w2 / K) / 400) * 100:.2f}"
      f" pts, SD over 1,000 simulated evals {gain.std() * 100:.2f} pts")
#> check at K=8: predicted SE 1.02 pts, SD over 1,000 simulated evals 1.03 pts
