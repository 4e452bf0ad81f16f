"""Self-host an open-weight model or pay per token? Monthly break-even volume."""
IN_TOK, OUT_TOK = 5_000, 500   # ASSUMED request shape (the benchmark's own shape)
# MEASURED by NVIDIA (NIM 1.8.0 docs), Llama 3.3 70B FP8 on 2 x H100, 25 requests in
# flight: 623 output tokens/s, 0.69 s MEAN first token (50 in flight: 814/s, 0.83 s).
GPUS, OUT_TPS = 2, 623           # 25 in flight leaves room for a p95 first token < 1 s
GPU_HOUR = 3.99     # ASSUMED: H100 SXM on demand, USD per GPU-hour, November 2026
OPS = 8_000         # ASSUMED: USD/month of engineer time (on-call, upgrades, evals)
MIN_REPLICAS = 2    # ASSUMED: survive one replica failing or being upgraded
HOURS, TOKENS = 730, IN_TOK + OUT_TOK                  # hours/month, tokens/request
APIS = {"frontier": (2.20, 11.00),  # USD per M in/out: GPT-6.1 Sol $2/$10 + 10% for EU
        "Groq": (0.59, 0.79), "$0.88 host": (0.88, 0.88)}  # hosted Llama 3.3 70B
PER_REQ = {n: (IN_TOK * a + OUT_TOK * b) / 1e6 for n, (a, b) in APIS.items()}

def economics(gpu_hour, util):  # util: the most load the fleet may carry on average
    cap = OUT_TPS / OUT_TOK * 3600 * HOURS             # requests a replica can serve
    replica = GPUS * gpu_hour * HOURS                  # USD per replica-month
    return cap, replica, replica / (cap * util)        # GPU USD per request served

def break_even(api, util=0.5, gpu_hour=GPU_HOUR, ops=OPS, reps=MIN_REPLICAS):
    """Tokens/month above which self-hosting stays cheaper (None: never)."""
    cap, replica, marginal = economics(gpu_hour, util)
    if marginal >= PER_REQ[api]:
        return None                                    # GPUs cost more per request
    r = reps + 1             # fleets grow in whole replicas: find the first one after
    while PER_REQ[api] * (r - 1) * cap * util < r * replica + ops:  # which the API
        r += 1                                         # never wins again
    return ((r - 1) * replica + ops) / PER_REQ[api] * TOKENS

def b(t):
    return "never" if t is None else f"{t / 1e9:.1f}B"

cap, replica, _ = economics(GPU_HOUR, 1)
print(f"assumed: {GPUS} x H100 at ${GPU_HOUR}/h, ${OPS:,}/month staff, {MIN_REPLICAS}+ "
      f"replicas of {cap / 1e6:.2f}M requests/month")
#> assumed: 2 x H100 at $3.99/h, $8,000/month staff, 2+ replicas of 3.27M requests/month
print("API per 1k requests: " + ", ".join(f"{a} ${c * 1e3:.2f}" for a, c in
      PER_REQ.items()) + "\nbreak-even tokens/month by utilisation ceiling:")
#> API per 1k requests: frontier $16.50, Groq $3.34, $0.88 host $4.84
#> break-even tokens/month by utilisation ceiling:
for u in (0.3, 0.5, 0.8):
    print(f"  {u:.0%}: GPU ${economics(GPU_HOUR, u)[2] * 1e3:4.2f}/1k req | "
          + " | ".join(f"{a} {b(break_even(a, u)):>5s}" for a in APIS))
    #>   30%: GPU $5.93/1k req | frontier  6.6B | Groq never | $0.88 host never
    #>   50%: GPU $3.56/1k req | frontier  6.6B | Groq never | $0.88 host 55.4B
    #>   80%: GPU $2.22/1k req | frontier  6.6B | Groq 61.0B | $0.88 host 29.0B
print("frontier break-even, 50% ceiling, staff $8k/$25k/$50k a month: " + " / ".join(
    b(break_even("frontier", ops=s)) for s in (8e3, 25e3, 50e3)) + "\n  (one replica, "
      f"no staff, 30% ceiling: {b(break_even('frontier', 0.3, ops=0, reps=1))})")
#> frontier break-even, 50% ceiling, staff $8k/$25k/$50k a month: 6.6B / 12.2B / 22.5B
#>   (one replica, no staff, 30% ceiling: 1.9B)
need = 11e9 / TOKENS                                   # requests at the assumed volume
reps = max(MIN_REPLICAS, -(-need // (cap * 0.5)))      # whole replicas, 50% ceiling
busy, own = need / (reps * cap), reps * replica + OPS  # self-hosting, staff included
print(f"at 11B tokens/month: self-host ${own:,.0f} ({reps:.0f} replicas, "
      f"{busy:.0%} busy, staff included)\n  APIs: "
      + ", ".join(f"{a} ${need * c:,.0f}" for a, c in PER_REQ.items()))
#> at 11B tokens/month: self-host $19,651 (2 replicas, 31% busy, staff included)
#>   APIs: frontier $33,000, Groq $6,690, $0.88 host $9,680
print("GPU-only load to beat Groq/$0.88: " + ", ".join(  # no staff or spare replica
    f"${p}/h {economics(p, 1)[2] / PER_REQ['Groq']:.0%}/"
    f"{economics(p, 1)[2] / PER_REQ['$0.88 host']:.0%}" for p in (2.69, 3.99, 6.88)))
#> GPU-only load to beat Groq/$0.88: $2.69/h 36%/25%, $3.99/h 53%/37%, $6.88/h 92%/63%
