"""Has live traffic drifted from the mix the golden set was built for? PSI and
Jensen-Shannon over query types, and how large each gets from sampling noise alone."""
import numpy as np

TYPES = ["how-to", "billing", "account", "bug", "legal", "refund"]
built = np.array([8000, 4400, 3000, 2600, 2000, 0])  # assumed: the spring log the set
# was sampled from, typed at build time; "refund" is a feature launched since spring
live = np.array([2200, 1150, 600, 650, 200, 200])  # assumed: this week's requests,
# typed by the same query classifier

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

pb, pl = built / built.sum(), live / live.sum()
terms = psi(shares(live), shares(built))
print(f"assumed: {built.sum():,} requests at build time, {live.sum():,} this week")
print("type     built   live   PSI term (smoothing 0.5)")
for t, bi, li, term in zip(TYPES, pb, pl, terms):
    print(f"{t:8s} {bi:6.1%} {li:6.1%}   {term:7.3f}")
print(f"PSI {terms.sum():.3f}   JS {js(pb, pl):.4f}   "
      f"live share of types unseen at build time: {pl[built == 0].sum():.1%}")
print("  same data, smoothing 0.1 / 0.01: PSI " + " / ".join(  # unseen type's term
    f"{psi(shares(live, a), shares(built, a)).sum():.3f}" for a in (0.1, 0.01)))
#> assumed: 20,000 requests at build time, 5,000 this week
#> type     built   live   PSI term (smoothing 0.5)
#> how-to    40.0%  44.0%     0.004
#> billing   22.0%  23.0%     0.000
#> account   15.0%  12.0%     0.007
#> bug       13.0%  13.0%     0.000
#> legal     10.0%   4.0%     0.055
#> refund     0.0%   4.0%     0.296
#> PSI 0.361   JS 0.0219   live share of types unseen at build time: 4.0%
#>   same data, smoothing 0.1 / 0.01: PSI 0.425 / 0.518

# Noise floor: 500 references and 500 weeks drawn from the SAME mix, so any PSI or JS
# above zero is sampling noise. Each reference is drawn once and compared with every
# week: a proportional golden set's own mix (100 or 300 cases) or a 20,000-request log.
for n_ref in (100, 300, 20_000):
    rng = np.random.default_rng(n_ref)
    gd, wk = rng.multinomial(n_ref, pl, 500), rng.multinomial(5000, pl, 500)
    p = psi(shares(wk), shares(gd[:, None])).sum(axis=2)  # row = one fixed reference
    alarm = (p > 0.1).mean(axis=1)  # share of weeks in which each reference crosses 0.1
    j = js(gd / n_ref, wk / 5000)
    # small shifts: PSI ~ chi-square(B - 1) * (1/n1 + 1/n2), so mean ~ (B - 1)(...)
    approx = (len(TYPES) - 1) * (1 / n_ref + 1 / 5000)
    print(f"reference n={n_ref:6,d}, no drift: PSI mean {p.mean():.4f} (approx "
          f"{approx:.4f}), 95th pct {np.percentile(p, 95):.4f}")
    print(f"{'':8s}references above 0.1 in most weeks {(alarm > .5).mean():.1%}, "
          f"in none {(alarm == 0).mean():.1%}; JS 95th pct {np.percentile(j, 95):.4f}")
#> reference n=   100, no drift: PSI mean 0.0487 (approx 0.0510), 95th pct 0.1087
#>         references above 0.1 in most weeks 6.8%, in none 81.6%; JS 95th pct 0.0155
#> reference n=   300, no drift: PSI mean 0.0181 (approx 0.0177), 95th pct 0.0404
#>         references above 0.1 in most weeks 0.0%, in none 100.0%; JS 95th pct 0.0053
#> reference n=20,000, no drift: PSI mean 0.0012 (approx 0.0013), 95th pct 0.0028
#>         references above 0.1 in most weeks 0.0%, in none 100.0%; JS 95th pct 0.0003
