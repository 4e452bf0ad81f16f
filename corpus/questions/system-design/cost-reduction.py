"""Halving an LLM bill: a per-request cost model, levers applied cheapest first."""
# ASSUMED workload per request; list prices, USD per million tokens, November 2026:
# mid-tier Sonnet 5.5 (cache write 1.25x input; hit 0.05x from 7 Oct 2026 per trackers,
# at 0.1x 3 levers still reach 44.5%); small Haiku 5.5/GPT-6 Luna, prompts under 100K
WORK = dict(static=3000, retrieved=4000, history=1000, user=100, output=400)
PRICE = dict(big_in=2.00, big_out=10.00, small_in=0.10, small_out=0.50,
             cache_write=1.25, cache_read=0.05)      # cache: multiples of input price
KNOBS = dict(hit=0.9, out_keep=0.625, ctx_keep=0.5,   # ASSUMED lever sizes, each one
             offline=0.2, routed=0.5, escalate=0.15, sem_hit=0.08)  # checked on evals
REQUESTS = 1_000_000                                    # per month
LEVERS = ["cache", "output", "trim", "batch", "route", "semantic"]  # order of effort

def cost(w, on, k):  # USD per request with the levers named in `on` switched on
    out = w["output"] * (k["out_keep"] if "output" in on else 1)
    fresh = (w["retrieved"] + w["history"]) * (k["ctx_keep"] if "trim" in on else 1)
    fresh += w["user"]
    hit = k["hit"] if "cache" in on else 0
    mult = hit * PRICE["cache_read"] + (1 - hit) * PRICE["cache_write"] if hit else 1
    big = (w["static"] * mult + fresh) * PRICE["big_in"] + out * PRICE["big_out"]
    small = (w["static"] + fresh) * PRICE["small_in"] + out * PRICE["small_out"]
    r = k["routed"] if "route" in on else 0        # escalated requests pay both models
    c = ((1 - r) * big + r * (small + k["escalate"] * big)) / 1e6
    c *= 1 - 0.5 * (k["offline"] if "batch" in on else 0)   # batch tier: half price
    return c * (1 - (k["sem_hit"] if "semantic" in on else 0))  # hits skip the model

def walk(w, k, show=False):
    base = cost(w, [], k) * REQUESTS              # USD per month before any lever
    for i, name in enumerate(LEVERS, 1):
        share = cost(w, LEVERS[:i], k) * REQUESTS / base
        if show:                                  # monthly cost after lever i
            print(f"  + {name:6s} ${share * base:>7,.0f}/month {share:.0%} of baseline")
        if share <= 0.5:
            return f"target after {i} levers ({share:.1%})"
    return f"target missed with all levers ({share:.1%})"

t_in = WORK["static"] + WORK["retrieved"] + WORK["history"] + WORK["user"]
b, k, p = cost(WORK, [], KNOBS), KNOBS, PRICE
print(f"assumed: {REQUESTS:,} requests/month, {t_in:,} in + {WORK['output']} out"
      f" tokens, ${p['big_in']:.2f}/${p['big_out']:.2f} per M")
#> assumed: 1,000,000 requests/month, 8,100 in + 400 out tokens, $2.00/$10.00 per M
print("levers: cache hit {hit:.0%} (billed {r}x input), output -{o:.1%}, context kept "
      "{ctx_keep:.0%},\n  offline {offline:.0%}, routed {routed:.0%} to a ${si:.2f}/"
      "${so:.2f} model ({escalate:.0%} escalate), semantic hits {sem_hit:.0%}".format(
      **k, o=1 - k["out_keep"], r=p["cache_read"], si=p["small_in"], so=p["small_out"]))
#> levers: cache hit 90% (billed 0.05x input), output -37.5%, context kept 50%,
#>   offline 20%, routed 50% to a $0.10/$0.50 model (15% escalate), semantic hits 8%
share_in, share_static = (n * p["big_in"] / 1e6 / b for n in (t_in, WORK["static"]))
print(f"baseline ${b * REQUESTS:,.0f}/month; share of it: all input {share_in:.0%}, "
      f"the static prefix alone {share_static:.0%}")
#> baseline $20,200/month; share of it: all input 80%, the static prefix alone 30%
print(walk(WORK, KNOBS, show=True))
#>   + cache  $ 15,220/month 75% of baseline
#>   + output $ 13,720/month 68% of baseline
#>   + trim   $  8,720/month 43% of baseline
#> target after 3 levers (43.2%)
for label, w, k in [("static prefix 1,000 tokens", {**WORK, "static": 1000}, KNOBS),
                    ("cache hit rate 50%", WORK, {**KNOBS, "hit": 0.5}),
                    ("trim keeps 80% of context", WORK, {**KNOBS, "ctx_keep": 0.8})]:
    print(f"if {label:26s}: {walk(w, k)}")  # one assumption moved
    #> if static prefix 1,000 tokens: target after 3 levers (49.6%)
    #> if cache hit rate 50%        : target after 5 levers (31.2%)
    #> if trim keeps 80% of context : target after 5 levers (31.9%)
