"""How many golden cases a decision needs, and a stratified sample from a toy log.
Every input below is an assumption, printed as one; no model is called."""
from math import ceil, sqrt
import numpy as np

Z = 1.96  # two-sided 95% normal quantile

def n_normal(h, p):  # normal approximation: h = Z*sqrt(p(1-p)/n), solved for n
    return ceil(Z * Z * p * (1 - p) / (h * h))

def wilson_half(p, n):  # half the Wilson interval's total width (it is lopsided)
    return Z * sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / (1 + Z * Z / n)

def n_wilson(h, p):  # smallest n whose Wilson half-width at rate p is at most h
    return next(n for n in range(1, 10**6) if wilson_half(p, n) <= h)

print("cases for a 95% interval 2h wide in total (normal / Wilson), by pass rate p")
for h in (0.10, 0.05, 0.03):
    print(f"  h={h:.2f}  " + "   ".join(
        f"p={p}: {n_normal(h, p):4d} / {n_wilson(h, p):4d}" for p in (0.5, 0.8, 0.95)))
#> cases for a 95% interval 2h wide in total (normal / Wilson), by pass rate p
#>   h=0.10  p=0.5:   97 /   93   p=0.8:   62 /   60   p=0.95:   19 /   25
#>   h=0.05  p=0.5:  385 /  381   p=0.8:  246 /  245   p=0.95:   73 /   83
#>   h=0.03  p=0.5: 1068 / 1064   p=0.8:  683 /  682   p=0.95:  203 /  215

# Toy log: each request's query type and whether an expert would pass the answer.
TYPES = ["how-to", "billing", "account", "bug", "legal", "cancel"]
SHARE = np.array([0.50, 0.22, 0.14, 0.08, 0.04, 0.02])
PASS = np.array([0.92, 0.85, 0.88, 0.70, 0.60, 0.55])
rng = np.random.default_rng(11)
log_type = rng.choice(len(TYPES), size=20_000, p=SHARE)
log_pass = rng.random(20_000) < PASS[log_type]
share = np.bincount(log_type) / log_type.size
N, FLOOR = 400, 40  # ±(p=.5) below: the widest Wilson half-width per type
prop = np.round(N * share).astype(int)  # proportional allocation
alloc = FLOOR + np.floor((N - FLOOR * len(TYPES)) * share).astype(int)
alloc[0] += N - alloc.sum()             # floor per type, the rest by share
print(f"assumed: {N} cases; floor of {FLOOR} per type, the rest by traffic share")
print("type     assumed mix, pass  log share  prop. n  ±(p=.5)  floored n  ±(p=.5)")
for t, mix, ok, sh, n1, n2 in zip(TYPES, SHARE, PASS, share, prop, alloc):
    print(f"{t:8s} {mix:11.0%} {ok:5.0%} {sh:10.1%} {n1:8d} {wilson_half(.5, n1):8.1%} "
          f"{n2:10d} {wilson_half(.5, n2):8.1%}")
se = lambda n: Z * np.sqrt(np.sum(share**2 * PASS * (1 - PASS) / n))  # reweighted rate
print(f"95% half-width of the reweighted rate: proportional {se(prop):.3f}, "
      f"floored {se(alloc):.3f}")
#> assumed: 400 cases; floor of 40 per type, the rest by traffic share
#> type     assumed mix, pass  log share  prop. n  ±(p=.5)  floored n  ±(p=.5)
#> how-to           50%   92%      50.7%      203     6.8%        124     8.7%
#> billing          22%   85%      21.6%       86    10.3%         74    11.1%
#> account          14%   88%      13.9%       55    12.8%         62    12.1%
#> bug               8%   70%       8.0%       32    16.4%         52    13.1%
#> legal             4%   60%       4.0%       16    22.0%         46    13.9%
#> cancel            2%   55%       1.8%        7    29.8%         42    14.5%
#> 95% half-width of the reweighted rate: proportional 0.033, floored 0.034

for seed in (1, 2, 3):  # draw the floored golden set three times
    r = np.random.default_rng(seed)
    picked = [r.choice(np.flatnonzero(log_type == i), alloc[i], replace=False)
              for i in range(len(TYPES))]
    rate = np.array([log_pass[ix].mean() for ix in picked])
    raw = np.concatenate([log_pass[ix] for ix in picked]).mean()
    print(f"seed {seed}: raw golden pass rate {raw:.3f}, reweighted by share "
          f"{rate @ share:.3f}, whole log {log_pass.mean():.3f}")
#> seed 1: raw golden pass rate 0.792, reweighted by share 0.864, whole log 0.863
#> seed 2: raw golden pass rate 0.807, reweighted by share 0.850, whole log 0.863
#> seed 3: raw golden pass rate 0.782, reweighted by share 0.828, whole log 0.863
