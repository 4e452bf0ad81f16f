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
for r in (1, 4, 16):  # sd: item-difficulty logit sd; the last row halves it
    print(f"sd {DIFF_SD} runs={r:2d} paired %s | unpaired %s" % boot(a, b, r))
#> sd 2.0 runs= 1 paired [ +3.0, +17.5] width 14.5 | unpaired [ +1.5, +19.5] width 18.0
#> sd 2.0 runs= 4 paired [ +0.5,  +8.4] width  7.9 | unpaired [ -2.1, +11.2] width 13.4
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
DELTA, Z = 0.03, NormalDist().inv_cdf  # plan: +3 pts, two-sided alpha 0.05, power 80%
def runs_needed(n, sb2):  # smallest K with z * SE <= DELTA, if any K can reach it
    room = n * DELTA**2 / (Z(0.975) + Z(0.80)) ** 2 - sb2  # variance left for run noise
    return math.ceil(s_w2 / room) if room > 0 else None
for n, x in ((200, 1), (400, 1), (200, 4)):  # x: true-gain variance scaled up
    k = runs_needed(n, x * s_b2)
    print(f"  {n} items, true-gain variance x{x}: "
          + (f"{k} runs" if k else "no K suffices"))
#>   200 items, true-gain variance x1: 18 runs
#>   400 items, true-gain variance x1: 8 runs
#>   200 items, true-gain variance x4: no K suffices
K = runs_needed(ITEMS, s_b2)  # on fresh simulated data: does the plan hold?
fa, fb = systems((1000, ITEMS))  # 1,000 evals of 200 new items each
gain = ((rng.random((1000, ITEMS, K)) < fb[..., None]).mean(2)
        - (rng.random((1000, ITEMS, K)) < fa[..., None]).mean(2))  # per eval and item
print(f"check K={K}: predicted SE {math.sqrt((s_b2 + s_w2 / K) / ITEMS) * 100:.2f}"
      f" pts, SD over 1,000 simulated evals {gain.mean(1).std() * 100:.2f} pts")
#> check K=18: predicted SE 1.07 pts, SD over 1,000 simulated evals 1.11 pts
# 200 items is few (Bowyer et al. 2025): does the percentile bootstrap still cover?
W = rng.multinomial(ITEMS, np.full(ITEMS, 1 / ITEMS), 1000) / ITEMS  # resample weights
true = np.subtract(*systems(100_000)[::-1]).mean()  # mean gain over all possible items
lo, hi = np.percentile(gain @ W.T, [2.5, 97.5], axis=1)  # 1,000 resamples per eval
cov = ((lo <= true) & (true <= hi)).mean()
print(f"95% bootstrap covers the true gain ({true * 100:+.1f} pts) in {cov:.1%}"
      f" of them (Monte Carlo ±{1.96 * math.sqrt(cov * (1 - cov) / 1000):.1%})")
#> 95% bootstrap covers the true gain (+3.7 pts) in 94.3% of them (Monte Carlo ±1.4%)
