"""Sizing a prompt A/B test, reading its result, and what peeking does (toy, seeded)."""
import math
from statistics import NormalDist
import numpy as np

Z = NormalDist().inv_cdf
ALPHA, POWER, BASE = 0.05, 0.80, 0.60  # assumed: prompt A resolves 60% of chats
print(f"assumed: two-sided alpha {ALPHA}, power {POWER:.0%}, baseline {BASE:.0%}")
#> assumed: two-sided alpha 0.05, power 80%, baseline 60%

def n_per_arm(p1, p2):  # two independent proportions, normal approximation
    z = Z(1 - ALPHA / 2) + Z(POWER)  # 1.96 + 0.84
    return math.ceil(z * z * (p1 * (1 - p1) + p2 * (1 - p2)) / (p2 - p1) ** 2)

for pts in (1, 2, 4):
    print(f"  to detect +{pts} pts: {n_per_arm(BASE, BASE + pts / 100):>6,} per arm")
#>   to detect +1 pts: 37,510 per arm
#>   to detect +2 pts:  9,333 per arm
#>   to detect +4 pts:  2,308 per arm
P_B = BASE + 0.02  # assumed true rate of prompt B where a real effect is simulated
N, LOOKS, SIMS = n_per_arm(BASE, P_B), 20, 20_000  # 20 looks: e.g. once a day
rng, n = np.random.default_rng(42), (N // LOOKS) * np.arange(1, LOOKS + 1)

def z_and_lift(p_b):  # SIMS experiments at once: z and lift B - A at every look
    wins = rng.binomial(N // LOOKS, [BASE, p_b], (SIMS, LOOKS, 2)).cumsum(axis=1)
    pa, pb = wins[..., 0] / n, wins[..., 1] / n
    return (pb - pa) / np.sqrt((pa * (1 - pa) + pb * (1 - pb)) / n), pb - pa

z, lift = z_and_lift(P_B)
d, se = lift[0, -1], lift[0, -1] / z[0, -1]  # the first simulated experiment
print(f"one run, {n[-1]:,} per arm: lift {d * 100:+.2f} pts,"
      f" 95% CI [{(d - 1.96 * se) * 100:+.2f}, {(d + 1.96 * se) * 100:+.2f}]")
#> one run, 9,320 per arm: lift +2.08 pts, 95% CI [+0.68, +3.48]

def rate(hits):  # share of SIMS experiments, with its 95% interval
    p = hits.mean()
    h = 1.96 * math.sqrt(p * (1 - p) / hits.size)
    return f"{p:.3f} [{p - h:.3f}, {p + h:.3f}]"

CRIT, TAU, V = Z(1 - ALPHA / 2), 0.02, 2 * BASE * (1 - BASE)  # V: variance of a pair
print(f"{SIMS:,} simulated experiments per row, {LOOKS} looks of {N // LOOKS} per arm")
#> 20,000 simulated experiments per row, 20 looks of 466 per arm
print(f"mSPRT mixing sd {TAU} (assumed; its power depends on it, its error bound not)")
#> mSPRT mixing sd 0.02 (assumed; its power depends on it, its error bound not)
for label, zs in (("no true effect: false positives", z_and_lift(BASE)[0]),
                  ("+2 pts: power (peeking's edge is paid for by its false"
                   " positives above)", z)):  # the same experiments as the run above
    k = n * TAU**2 / (V + n * TAU**2)  # mixture SPRT (Johari et al.): reject at 1/alpha
    msprt = (0.5 * np.log(1 - k) + 0.5 * k * zs * zs >= math.log(1 / ALPHA)).any(axis=1)
    print(f"{label}\n  test once at the end {rate(np.abs(zs[:, -1]) > CRIT)}")
    print(f"  stop at first p<0.05 {rate((np.abs(zs) > CRIT).any(axis=1))}")
    print(f"  mSPRT, any look      {rate(msprt)}")
#> no true effect: false positives
#>   test once at the end 0.050 [0.047, 0.053]
#>   stop at first p<0.05 0.247 [0.242, 0.253]
#>   mSPRT, any look      0.011 [0.010, 0.012]
#> +2 pts: power (peeking's edge is paid for by its false positives above)
#>   test once at the end 0.797 [0.791, 0.802]
#>   stop at first p<0.05 0.881 [0.876, 0.885]
#>   mSPRT, any look      0.490 [0.483, 0.497]
