"""Self-host an open-weight model or pay per token? Monthly break-even volume."""
IN_TOK, OUT_TOK = 5_000, 500   # ASSUMED request shape (the benchmark's own shape)
# MEASURED by NVIDIA (NIM 1.8.0 docs), Llama 3.3 70B FP8 on 2 x H100, 25 requests in
# flight: 623 output tokens/s, 0.69 s MEAN first token (50 in flight: 814/s, 0.83 s).
GPUS, OUT_TPS = 2, 623           # 25 in flight leaves room for a p95 first token < 1 s
GPU_HOUR = 3.99     # ASSUMED: H100 SXM on demand, USD per GPU-hour, November 2026
OPS = 8_000         # ASSUMED: USD/month of engineer time (on-call, upgrades, evals)
MIN_REPLICAS = 2    # ASSUMED: survive one replica failing or being upgraded
HOURS, TOKENS = 730, IN_TOK + OUT_TOK                  # hours/month, tokens/request
APIS = {"frontier": (2.20, 11.00),      # USD per M in/out: $2/$10 + 10% EU residency
        "Groq": (0.59, 0.79), "$0.88 host": (0.88, 0.88)}  # hosted Llama 3.3 70B
PER_REQ = {n: (IN_TOK * a + OUT_TOK * b) / 1e6 for n, (a, b) in APIS.items()}

def economics(gpu_hour, util):  # util: the most load the fleet may carry on average
    cap = OUT_TPS / OUT_TOK * 3600 * HOURS             # requests a replica can serve
    replica = GPUS * gpu_hour * HOURS                  # USD per replica-month
    return cap, replica, replica / (cap * util)        # GPU USD per request served

def break_even(api, util=0.5, gpu_hour=GPU_HOUR, ops=OPS, reps=MIN_REPLICAS):
    """Tokens/month above which self-hosting is cheaper (None: never)."""
    cap, replica, marginal = economics(gpu_hour, util)
    if marginal >= PER_REQ[api]:
        return None                                    # GPUs cost more per request
    n = (reps * replica + ops) / PER_REQ[api]          # the minimum fleet pays off
    if n > reps * cap * util:                          # volume outgrew it: more GPUs
        n = ops / (PER_REQ[api] - marginal)
    return n * TOKENS

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
#>   50%: GPU $3.56/1k req | frontier  6.6B | Groq never | $0.88 host 34.3B
#>   80%: GPU $2.22/1k req | frontier  6.6B | Groq 39.2B | $0.88 host 22.3B
t = break_even("frontier")
print(f"frontier column = {MIN_REPLICAS}-replica floor: at {b(t)} that fleet is only "
      f"{t / TOKENS / (MIN_REPLICAS * cap):.0%} busy")
#> frontier column = 2-replica floor: at 6.6B that fleet is only 18% busy
print("frontier break-even, 50% ceiling, staff $8k/$25k/$50k a month: " + " / ".join(
    b(break_even("frontier", ops=s)) for s in (8e3, 25e3, 50e3)) + "\n  (one replica, "
      f"no staff, 30% ceiling: {b(break_even('frontier', 0.3, ops=0, reps=1))})")
#> frontier break-even, 50% ceiling, staff $8k/$25k/$50k a month: 6.6B / 12.2B / 21.2B
#>   (one replica, no staff, 30% ceiling: 1.9B)
fleet = max(MIN_REPLICAS, -(-(need := 11e9 / TOKENS) // (cap * 0.5))) * replica
print(f"at 11B tokens/month self-hosting beats the frontier API while staff < "
      f"${need * PER_REQ['frontier'] - fleet:,.0f}/month")
#> at 11B tokens/month self-hosting beats the frontier API while staff < $21,349/month
print("load to beat Groq/$0.88 host: " + ", ".join(  # cheapest H100, assumed, AWS p5
    f"${p}/h {economics(p, 1)[2] / PER_REQ['Groq']:.0%}/"
    f"{economics(p, 1)[2] / PER_REQ['$0.88 host']:.0%}" for p in (2.69, 3.99, 6.88)))
#> load to beat Groq/$0.88 host: $2.69/h 36%/25%, $3.99/h 53%/37%, $6.88/h 92%/63%
