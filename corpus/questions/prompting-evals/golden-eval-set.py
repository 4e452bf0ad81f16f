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
LOG, N, FLOOR = 20_000, 400, 40  # log size, golden cases, floor per type
rng = np.random.default_rng(11)
log_type = rng.choice(len(TYPES), size=LOG, p=SHARE)
log_pass = rng.random(LOG) < PASS[log_type]
share = np.bincount(log_type) / LOG
def allocate(floor):  # floor cases per type, the rest by share, leftovers to how-to
    n = floor + np.floor((N - floor * len(TYPES)) * share).astype(int)
    n[0] += N - n.sum()
    return n
prop, alloc = allocate(0), allocate(FLOOR)  # proportional and floored allocations
print(f"assumed: log of {LOG:,} requests; {N} cases, at least {FLOOR} per type")
print("type     assumed mix, pass  log share  prop. n  ±(p=.5)  floored n  ±(p=.5)")
for t, mix, ok, sh, n1, n2 in zip(TYPES, SHARE, PASS, share, prop, alloc):
    print(f"{t:8s} {mix:11.0%} {ok:5.0%} {sh:10.1%} {n1:8d} {wilson_half(.5, n1):8.1%} "
          f"{n2:10d} {wilson_half(.5, n2):8.1%}")  # ±: widest Wilson half-width
se = lambda n: Z * np.sqrt(np.sum(share**2 * PASS * (1 - PASS) / n))  # reweighted rate
print(f"reweighted rate, 95% ±: proportional {se(prop):.3f}, floored {se(alloc):.3f}")
#> assumed: log of 20,000 requests; 400 cases, at least 40 per type
#> type     assumed mix, pass  log share  prop. n  ±(p=.5)  floored n  ±(p=.5)
#> how-to           50%   92%      50.7%      205     6.8%        124     8.7%
#> billing          22%   85%      21.6%       86    10.3%         74    11.1%
#> account          14%   88%      13.9%       55    12.8%         62    12.1%
#> bug               8%   70%       8.0%       31    16.6%         52    13.1%
#> legal             4%   60%       4.0%       16    22.0%         46    13.9%
#> cancel            2%   55%       1.8%        7    29.8%         42    14.5%
#> reweighted rate, 95% ±: proportional 0.033, floored 0.034

raw, rew = [], []
for seed in (1, 2, 3):  # draw the floored golden set three times
    r = np.random.default_rng(seed)
    rate = np.array([log_pass[r.choice(np.flatnonzero(log_type == i), k, replace=False)]
                     .mean() for i, k in enumerate(alloc)])
    raw.append(rate @ alloc / N)  # the sample's own pass rate
    rew.append(rate @ share)  # each type's rate weighted by its traffic share
print(f"3 draws: raw pass rate {min(raw):.3f}-{max(raw):.3f}, reweighted by share "
      f"{min(rew):.3f}-{max(rew):.3f}, whole log {log_pass.mean():.3f}")
#> 3 draws: raw pass rate 0.782-0.807, reweighted by share 0.828-0.864, whole log 0.863
