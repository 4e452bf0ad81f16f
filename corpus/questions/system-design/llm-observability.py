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
    model, t_in, read, write, t_out = span[5:]
    p_in, p_out = PRICE.get(model, (0.0, 0.0))  # t_in counts read and write once
    own = (t_in - read - write + read * READ + write * WRITE) * p_in + t_out * p_out
    return own / 1e6 + sum(cost(k) for k in KIDS[span[0]])
def show(span, depth=0):
    busy, edge = 0.0, span[3]  # time covered by the union of the child spans
    for lo, hi in sorted((k[3], k[4]) for k in KIDS[span[0]]):
        busy, edge = busy + max(0.0, hi - max(lo, edge)), max(edge, hi)
    print(f"{'  ' * depth}{span[2]:<28}{span[4] - span[3]:4.1f}s  self "
          f"{span[4] - span[3] - busy:3.1f}s  ${cost(span):.4f}")
    for kid in KIDS[span[0]]:
        show(kid, depth + 1)
show(SPANS[0])
#> invoke_agent support         6.2s  self 0.0s  $0.0127
#>   chat small                   0.4s  self 0.4s  $0.0002
#>   retrieval policy-docs        0.5s  self 0.5s  $0.0000
#>   execute_tool get_order       1.1s  self 1.1s  $0.0000
#>   chat large                   2.6s  self 2.6s  $0.0088
#>   execute_tool create_refund   0.5s  self 0.5s  $0.0000
#>   chat large                   1.6s  self 1.6s  $0.0038
print(f"child spans {sum(s[4] - s[3] for s in SPANS[1:]):.1f}s, request {SPANS[0][4]}s")
#> child spans 6.7s, request 6.2s
W, N, MEAN, ERR, BURST = 144, 2e6 / 144, 0.012, 0.05, 0.4  # 2 M a day in 144 windows
def burn(seed, v2):  # spend / budgeted spend, per 10-min window and over trailing hour
    rng = np.random.default_rng(seed)
    n = rng.poisson(N * rng.lognormal(0, ERR, W) * (1 + BURST * (rng.random(W) < .02)))
    spend = n * MEAN * (1 + 0.95 / np.sqrt(n) * rng.standard_normal(W))  # ~normal sum
    spend[96:] *= 1.2 if v2 else 1.0  # v2 at 16:00: half the traffic costs 1.4x
    return spend / (N * MEAN), np.convolve(spend, np.ones(6))[:W] / (6 * N * MEAN)
quiet, bad = ([burn(s, v2) for s in range(20)] for v2 in (False, True))
def report(t, both):  # false alerts per normal day; minutes to catch v2 (inf: never)
    fire = [(b > t) & ((h > t) | (not both)) for b, h in quiet + bad]
    d = np.array([10.0 * (f[96:].argmax() + 1) if f[96:].any() else np.inf
                  for f in fire[20:]])
    lo, hi = (f"{x:.0f}".replace("inf", "never") for x in (d.min(), d.max()))
    caught = (lo if lo == hi else f"{lo}-{hi}") + " min" * (hi != "never")
    return f"{np.mean([f.sum() for f in fire[:20]]):8.1f} {caught:>10}"
print(f"ASSUMED 20 days each: {N:,.0f} requests a window at ${MEAN}, forecast error "
      f"{ERR:.0%},\n2% of windows +{BURST:.0%} bursts, v2 from 16:00 +20% spend")
#> ASSUMED 20 days each: 13,889 requests a window at $0.012, forecast error 5%,
#> 2% of windows +40% bursts, v2 from 16:00 +20% spend
print("limit  10-min rule: false/day, v2 caught  10 min and 1 h: false/day, v2 caught")
#> limit  10-min rule: false/day, v2 caught  10 min and 1 h: false/day, v2 caught
for t in (1.10, 1.15):
    print(f"{t:.2f}x {report(t, False):>28} {report(t, True):>34}")
    #> 1.10x               6.7     10 min                     0.3  10-50 min
    #> 1.15x               2.6  10-20 min                     0.0  20-80 min
