"""Roll cost and latency up a span tree (OTel GenAI names), then test spend alerts."""
import numpy as np

PRICE = {"small": (0.20, 0.80), "large": (2.00, 10.00)}  # ASSUMED $ per M in / out
READ, WRITE = 0.10, 1.25  # ASSUMED cache read / write price as a multiple of input's
# id, parent, name, start s, end s, model, input (cached included), read, write, output
SPANS = [("a", None, "invoke_agent support", 0.0, 6.2, None, 0, 0, 0, 0),
         ("b", "a", "chat small", 0.0, 0.4, "small", 900, 0, 0, 15),  # router
         ("c", "a", "retrieval policy-docs", 0.4, 0.9, None, 0, 0, 0, 0),
         ("d", "a", "execute_tool get_order", 0.4, 1.5, None, 0, 0, 0, 0),
         ("e", "a", "chat large", 1.5, 4.1, "large", 7_000, 5_000, 1_500, 300),
         ("f", "a", "execute_tool create_refund", 4.1, 4.6, None, 0, 0, 0, 0),
         ("g", "a", "chat large", 4.6, 6.2, "large", 7_600, 7_000, 0, 120)]
KIDS = {s[0]: [k for k in SPANS if k[1] == s[0]] for s in SPANS}
def cost(span):  # own tokens, each part at its own rate, plus every descendant's cost
    (p_in, p_out), (t_in, read, write, t_out) = PRICE.get(span[5], (0, 0)), span[6:]
    own = (t_in - read - write + read * READ + write * WRITE) * p_in + t_out * p_out
    return own / 1e6 + sum(cost(k) for k in KIDS[span[0]])
def show(span, pad=""):
    busy, edge, dur = 0.0, span[3], span[4] - span[3]  # busy: union of the child spans
    for lo, hi in sorted((k[3], k[4]) for k in KIDS[span[0]]):
        busy, edge = busy + max(0.0, hi - max(lo, edge)), max(edge, hi)
    print(f"{pad}{span[2]:<28}{dur:4.1f}s  self {dur - busy:3.1f}s  ${cost(span):.4f}")
    for kid in KIDS[span[0]]:
        show(kid, pad + "  ")
show(SPANS[0])
#> invoke_agent support         6.2s  self 0.0s  $0.0127
#>   chat small                   0.4s  self 0.4s  $0.0002
#>   retrieval policy-docs        0.5s  self 0.5s  $0.0000
#>   execute_tool get_order       1.1s  self 1.1s  $0.0000
#>   chat large                   2.6s  self 2.6s  $0.0088
#>   execute_tool create_refund   0.5s  self 0.5s  $0.0000
#>   chat large                   1.6s  self 1.6s  $0.0038
W, N, CV = 144, 2e6 / 144, 0.95  # windows a day, requests each; ASSUMED cost sd/mean
ERR, BURST, DAYS = 0.05, 0.4, 100  # ASSUMED forecast miss (sd), burst size; days run
def burn(rho, v2):  # spend / plan per 10-min window and over the trailing hour
    rng = np.random.default_rng(0)  # the same draws for every call
    z = rng.standard_normal((DAYS, W + 5))  # the first 5 windows are the day before
    for t in range(1, W + 5):  # forecast miss, AR(1): rho of it carries to the next
        z[:, t] = rho * z[:, t - 1] + np.sqrt(1 - rho**2) * z[:, t]
    n = rng.poisson(N * np.exp(ERR * z) * (1 + BURST * (rng.random(z.shape) < .02)))
    s = n * (1 + CV / np.sqrt(n) * rng.standard_normal(z.shape)) / N  # n costs summed
    s[:, 101:] *= v2  # v2 from 16:00: half the traffic costs 1.4x, so v2 = 1.2
    return s[:, 5:], sum(s[:, k:k + W] for k in range(6)) / 6
def report(rho, t, both):  # false alerts a normal day ±2 SE; minutes to catch v2
    fire = [(b > t) & ((h > t) | (not both)) for b, h in (burn(rho, 1), burn(rho, 1.2))]
    false, f = fire[0].sum(1), fire[1][:, 96:]
    late = np.quantile(np.where(f.any(1), f.argmax(1) + 1, np.inf), .9, method="higher")
    return f"{false.mean():3.1f}±{2 * false.std() / DAYS**.5:.1f}{10 * late:7.0f} min"
print(f"ASSUMED {N:,.0f} requests a 10-min window, {DAYS} days, v2 +20% from 16:00;\n2%"
      f" of windows +{BURST:.0%} bursts too short to page on; forecast miss {ERR:.0%}"
      " sd,\nfresh per window (rho 0) or persisting (rho 0.9); *within, 9 days in 10\n"
      "rho limit  10-min: false/day, v2 caught*  +last hour: false/day, v2 caught*")
#> ASSUMED 13,889 requests a 10-min window, 100 days, v2 +20% from 16:00;
#> 2% of windows +40% bursts too short to page on; forecast miss 5% sd,
#> fresh per window (rho 0) or persisting (rho 0.9); *within, 9 days in 10
#> rho limit  10-min: false/day, v2 caught*  +last hour: false/day, v2 caught*
for rho, t in [(rho, t) for rho in (0.0, 0.9) for t in (1.10, 1.15)]:
    print(f"{rho} {t:.2f}x {report(rho, t, False):>20} {report(rho, t, True):>30}")
    #> 0.0 1.10x   7.3±0.5     10 min             0.7±0.2     40 min
    #> 0.0 1.15x   3.2±0.3     20 min             0.1±0.1     60 min
    #> 0.9 1.10x   7.3±1.1     10 min             2.7±0.7     60 min
    #> 0.9 1.15x   3.2±0.4     30 min             0.3±0.1    140 min
