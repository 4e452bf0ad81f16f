"""Client-side rate limiting for an LLM API: a token bucket and full-jitter backoff."""
import numpy as np

# (a) Token bucket sized to the provider's tokens-per-minute (TPM) limit.
TPM = 60_000
REFILL_PER_S = TPM / 60          # 1,000 tokens flow back in each second
CAPACITY = 10_000                # allow at most a 10-second burst, not a whole minute

def admit(requests, deadline_s):
    """requests: (arrival_s, prompt_tokens, max_tokens), served in arrival order."""
    level, clock = CAPACITY, 0.0              # tokens in the bucket at time `clock`
    for arrival, prompt, max_out in requests:
        cost = prompt + max_out               # reserve the worst case before sending
        start = max(arrival, clock)           # cannot start before the request ahead
        level = min(CAPACITY, level + (start - clock) * REFILL_PER_S)
        clock = start
        send_at = start + max(0.0, (cost - level) / REFILL_PER_S)
        wait = send_at - arrival
        if wait > deadline_s:                 # shed now instead of answering too late
            print(f"t={arrival:4.1f}s cost={cost:5d} shed: would wait {wait:4.1f}s")
            continue
        level += (send_at - clock) * REFILL_PER_S - cost
        clock = send_at
        print(f"t={arrival:4.1f}s cost={cost:5d} sent at {send_at:4.1f}s")

burst = [(0.0, 2_000, 1_000)] * 5 + [(1.0, 6_000, 2_000), (1.0, 500, 500)]
admit(burst, deadline_s=8.0)
#> t= 0.0s cost= 3000 sent at  0.0s
#> t= 0.0s cost= 3000 sent at  0.0s
#> t= 0.0s cost= 3000 sent at  0.0s
#> t= 0.0s cost= 3000 sent at  2.0s
#> t= 0.0s cost= 3000 sent at  5.0s
#> t= 1.0s cost= 8000 shed: would wait 12.0s
#> t= 1.0s cost= 1000 sent at  6.0s

# (b) Full jitter: sleep = uniform(0, min(cap, base * 2**attempt)).
rng = np.random.default_rng(7)
BASE, CAP = 0.5, 8.0
ceilings = np.minimum(CAP, BASE * 2.0 ** np.arange(6))
print("ceilings:", ceilings.tolist())
#> ceilings: [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
print("one client:", np.round(rng.uniform(0, ceilings), 2).tolist())
#> one client: [0.31, 0.9, 1.55, 0.9, 2.4, 6.99]

# 1,000 clients all get a 429 at t=0 and retry 4 times (more than you would allow,
# to show the waves); count retries per 100 ms.
N, ATTEMPTS = 1_000, 4
plain = np.tile(np.cumsum(ceilings[:ATTEMPTS]), (N, 1))  # exponential, no jitter
jittered = np.cumsum(rng.uniform(0, ceilings[:ATTEMPTS], (N, ATTEMPTS)), axis=1)
for name, times in [("no jitter", plain), ("full jitter", jittered)]:
    per_bin = np.bincount((times.ravel() / 0.1).astype(int))
    print(f"{name:11s}: busiest 100 ms holds {per_bin.max():4d} retries, "
          f"last retry at {times.max():.1f}s")
#> no jitter  : busiest 100 ms holds 1000 retries, last retry at 7.5s
#> full jitter: busiest 100 ms holds  304 retries, last retry at 6.9s
