"""p50 and p95 of a RAG answer: stages in a row, in parallel, hedged model call."""
import numpy as np
# Assumed stage latencies in ms: lognormal with this median and log-spread.
STAGES = {"guardrail": (120, .3), "rewrite": (250, .3), "embed": (40, .3),
          "dense": (60, .3), "bm25": (40, .3), "rerank": (180, .3)}
QUEUE_MS, PREFILL_MS = 50, 400  # model call: wait for a slot, then prefill 4,000 tokens
STALL_P, STALL_MS = 0.08, 2000  # calls that also wait Exp(2 s) on a busy replica
OUT_TOKENS, TPOT_MS, HEDGE_AT, N = 200, 8, 90, 100_000  # hedge at the TTFT p90
CACHE_BEST = 1 - 1500 / 4000  # 1,500 of 4,000 prompt tokens cached: the most it can cut
print("medians ms:", ", ".join(f"{k} {m}" for k, (m, _) in STAGES.items()))
#> medians ms: guardrail 120, rewrite 250, embed 40, dense 60, bm25 40, rerank 180
print(f"model: queue {QUEUE_MS} + prefill {PREFILL_MS} ms, {STALL_P:.0%} stall +Exp("
      f"{STALL_MS / 1000:.0f} s), decode {OUT_TOKENS} x {TPOT_MS} ms")
#> model: queue 50 + prefill 400 ms, 8% stall +Exp(2 s), decode 200 x 8 ms
print(f"hedge at TTFT p{HEDGE_AT}; inputs set so the no-streaming p95 is about 4 s")
#> hedge at TTFT p90; inputs set so the no-streaming p95 is about 4 s

def run(seed, stall_p=STALL_P, by_req=False):
    rng = np.random.default_rng(seed)
    t = {k: m * rng.lognormal(0, s, N) for k, (m, s) in STAGES.items()}
    prefill = PREFILL_MS * rng.lognormal(0, .3, N)  # the same prompt on either replica
    def call(cache=1.0):  # time to first token; a cached prefix shortens prefill only
        stall = rng.exponential(STALL_MS, N) * (rng.random(N) < stall_p)
        return QUEUE_MS * rng.lognormal(0, .5, N) + stall + cache * prefill
    def hedged(cache=1.0):  # no first token by the delay: same call to another replica,
        first = call(cache)  # keep whichever streams first, cancel the other
        delay = np.percentile(first, HEDGE_AT)  # re-sends 10%: load not fed back here
        second = first if by_req else call(cache)  # a request's stall repeats
        return np.minimum(first, delay + second)
    first = call()
    search = t["embed"] + np.maximum(t["dense"], t["bm25"]) + t["rerank"]
    seq = sum(t.values()) + first                               # all in a row
    both = np.maximum(t["guardrail"], t["rewrite"] + search)   # guardrail || rest
    lean = np.maximum(t["guardrail"], search)                  # first turn: no rewrite
    decode = OUT_TOKENS * TPOT_MS * rng.lognormal(0, .2, N)
    return {"sequential, no streaming": seq + decode, "sequential": seq,
            "parallel": both + first, "parallel + hedge": both + hedged(),
            f"+ prefill x{CACHE_BEST}, first turn": lean + hedged(CACHE_BEST),
            "+ prefill x0.9, first turn": lean + hedged(0.9),
            f"+ prefill x{CACHE_BEST}, follow-up": both + hedged(CACHE_BEST),
            }, sum(np.percentile(x, 95) for x in [*t.values(), first])
runs = [run(seed) for seed in range(1, 6)]
for name, x in runs[0][0].items():
    seeds = [np.percentile(r[0][name], 95) for r in runs]
    print(f"{name:28s} p50 {np.median(x):4.0f} ms  p95 {seeds[0]:4.0f} ms  "
          f"(5 seeds: {min(seeds):.0f}-{max(seeds):.0f})")
    #> sequential, no streaming     p50 2835 ms  p95 3978 ms  (5 seeds: 3973-3981)
    #> sequential                   p50 1198 ms  p95 2155 ms  (5 seeds: 2135-2167)
    #> parallel                     p50 1033 ms  p95 1988 ms  (5 seeds: 1970-1997)
    #> parallel + hedge             p50 1033 ms  p95 1655 ms  (5 seeds: 1649-1662)
    #> + prefill x0.625, first turn p50  614 ms  p95 1057 ms  (5 seeds: 1048-1057)
    #> + prefill x0.9, first turn   p50  727 ms  p95 1307 ms  (5 seeds: 1291-1314)
    #> + prefill x0.625, follow-up  p50  876 ms  p95 1306 ms  (5 seeds: 1306-1312)
print(f"the sequential stages' own p95s add up to {runs[0][1]:.0f} ms")
#> the sequential stages' own p95s add up to 2555 ms
for label, stall_p, by_req in [("4% stall:", .04, False), ("12% stall:", .12, False),
                               ("8% stall, request-caused:", STALL_P, True)]:
    r = run(1, stall_p, by_req)[0]  # a hedge at p90 helps the p95 only if > 5% stall
    print(f"{label:28s} parallel p95 {np.percentile(r['parallel'], 95):4.0f} ms, "
          f"+ hedge {np.percentile(r['parallel + hedge'], 95):4.0f} ms")
    #> 4% stall:                    parallel p95 1432 ms, + hedge 1431 ms
    #> 12% stall:                   parallel p95 2759 ms, + hedge 1928 ms
    #> 8% stall, request-caused:    parallel p95 1988 ms, + hedge 2008 ms
