"""Has live traffic drifted away from the golden set? PSI and Jensen-Shannon over
query types, and how large each gets from sampling noise alone. Assumed counts."""
import numpy as np

TYPES = ["how-to", "billing", "account", "bug", "legal", "refund"]
golden = np.array([120, 66, 45, 39, 30, 0])  # assumed: 300 cases sampled in spring
live = np.array([2200, 1150, 600, 650, 200, 200])  # assumed: this week's requests,
# typed by the same query classifier; "refund" is a feature launched since spring

def shares(counts, alpha=0.5):  # add-alpha smoothing: an empty type breaks ln()
    c = counts + alpha
    return c / c.sum(axis=-1, keepdims=True)

def psi(a, b):  # population stability index = KL(a||b) + KL(b||a), term per type
    return (a - b) * np.log(a / b)

def js(a, b):  # Jensen-Shannon divergence (natural log): 0 to ln 2, no smoothing
    m = (a + b) / 2
    def kl(x):  # KL(x||m); a type with x = 0 adds nothing
        return np.sum(x * np.log(np.where(x > 0, x / m, 1)), axis=-1)
    return (kl(a) + kl(b)) / 2

pg, pl = golden / golden.sum(), live / live.sum()
terms = psi(shares(live), shares(golden))
print(f"assumed: {golden.sum()} golden cases (spring), {live.sum():,} live (this week)")
print("type     golden   live   PSI term (smoothing 0.5)")
for t, gi, li, term in zip(TYPES, pg, pl, terms):
    print(f"{t:8s} {gi:6.1%} {li:6.1%}   {term:7.3f}")
print(f"PSI {terms.sum():.3f}   JS {js(pg, pl):.4f}   "
      f"live share of types the golden set lacks: {pl[golden == 0].sum():.1%}")
#> assumed: 300 golden cases (spring), 5,000 live (this week)
#> type     golden   live   PSI term (smoothing 0.5)
#> how-to    40.0%  44.0%     0.004
#> billing   22.0%  23.0%     0.000
#> account   15.0%  12.0%     0.007
#> bug       13.0%  13.0%     0.000
#> legal     10.0%   4.0%     0.056
#> refund     0.0%   4.0%     0.123
#> PSI 0.190   JS 0.0219   live share of types the golden set lacks: 4.0%
for alpha in (0.1, 0.01):  # the unseen type's term depends on the smoothing
    print(f"  same data, smoothing {alpha}: PSI "
          f"{psi(shares(live, alpha), shares(golden, alpha)).sum():.3f}")
#>   same data, smoothing 0.1: PSI 0.256
#>   same data, smoothing 0.01: PSI 0.349

# Noise floor: 500 golden sets and 500 weeks drawn from the SAME mix, so any PSI or
# JS above zero is sampling noise. Each set is drawn once and compared with every week.
for n_gold in (100, 300, 1000):
    rng = np.random.default_rng(n_gold)
    gd, wk = rng.multinomial(n_gold, pl, 500), rng.multinomial(5000, pl, 500)
    p = psi(shares(wk), shares(gd[:, None])).sum(axis=2)  # row = one fixed golden set
    alarm = (p > 0.1).mean(axis=1)  # share of weeks in which each set crosses 0.1
    j = js(gd / n_gold, wk / 5000)
    # small shifts: PSI ~ chi-square(B - 1) * (1/n1 + 1/n2), so mean ~ (B - 1)(...)
    approx = (len(TYPES) - 1) * (1 / n_gold + 1 / 5000)
    print(f"golden n={n_gold:4d}, no drift: PSI mean {p.mean():.3f} (approx "
          f"{approx:.3f}), 95th pct {np.percentile(p, 95):.3f}")
    print(f"{'':16s}sets above 0.1 in most weeks {(alarm > .5).mean():.1%}, in none "
          f"{(alarm == 0).mean():.1%}; JS 95th pct {np.percentile(j, 95):.4f}")
#> golden n= 100, no drift: PSI mean 0.049 (approx 0.051), 95th pct 0.109
#>                 sets above 0.1 in most weeks 6.8%, in none 81.6%; JS 95th pct 0.0155
#> golden n= 300, no drift: PSI mean 0.018 (approx 0.018), 95th pct 0.040
#>                 sets above 0.1 in most weeks 0.0%, in none 100.0%; JS 95th pct 0.0053
#> golden n=1000, no drift: PSI mean 0.006 (approx 0.006), 95th pct 0.013
#>                 sets above 0.1 in most weeks 0.0%, in none 100.0%; JS 95th pct 0.0018
