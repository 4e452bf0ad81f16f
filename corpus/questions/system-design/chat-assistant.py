"""Chat sizing: open streams by Little's law; input and output cost per conversation."""
import numpy as np

# (a) Little's law, L = lambda * W: in steady state, the average number of open
# streams is the arrival rate times the MEAN stream duration. Assumed, not measured:
PEAK_RPS, TTFT_S, OUT_TOKENS, TOKENS_PER_S = 300, 0.5, 475, 50
W = TTFT_S + OUT_TOKENS / TOKENS_PER_S
L = PEAK_RPS * W
print(f"assumed {PEAK_RPS} turns/s at peak, mean stream {W:.1f} s -> L = {L:,.0f}")
#> assumed 300 turns/s at peak, mean stream 10.0 s -> L = 3,000
HORIZON = 720  # simulate: Poisson arrivals, lognormal durations of mean W, spread sigma
for sigma, stats in ((0.3, []), (1.2, [])):  # stats: (mean, 99.9th pct) per seed
    for seed in (1, 2, 3):
        rng = np.random.default_rng(seed)
        start = np.cumsum(rng.exponential(1 / PEAK_RPS, PEAK_RPS * HORIZON))
        durations = rng.lognormal(np.log(W) - sigma**2 / 2, sigma, start.size)
        end, probe = np.sort(start + durations), np.linspace(120, HORIZON - 120, 4_000)
        open_now = np.searchsorted(start, probe) - np.searchsorted(end, probe)
        stats.append((open_now.mean(), np.percentile(open_now, 99.9)))
    (m_lo, p_lo), (m_hi, p_hi) = np.min(stats, axis=0), np.max(stats, axis=0)
    print(f"  sigma {sigma}, seeds 1-3: mean open {m_lo:,.0f}-{m_hi:,.0f}, "
          f"99.9th pct {p_lo:,.0f}-{p_hi:,.0f}")
    #>   sigma 0.3, seeds 1-3: mean open 2,994-3,013, 99.9th pct 3,107-3,160
    #>   sigma 1.2, seeds 1-3: mean open 2,980-3,017, 99.9th pct 3,103-3,208
# M/G/inf (streams start on arrival, length ignores load): open count ~ Poisson(L)
print(f"  Poisson(L) predicts 99.9th pct ~ L + 3.09 sqrt(L) = {L + 3.09 * L**.5:,.0f}")
#>   Poisson(L) predicts 99.9th pct ~ L + 3.09 sqrt(L) = 3,169

# (b) Every turn resends the history. Assumed sizes in tokens and prices:
SYSTEM, USER, REPLY, USD_PER_M, OUT_X = 3_000, 125, OUT_TOKENS, 3.0, 5
print(f"assumed: {SYSTEM} system+tools, {USER}/user turn, {REPLY}/reply, "
      f"${USD_PER_M}/M input, output {OUT_X}x that")
#> assumed: 3000 system+tools, 125/user turn, 475/reply, $3.0/M input, output 5x that

def input_cost(turns, write=1.0, read=1.0, p_expired=0.0):
    """Expected input $: cached prefix bills `read`, new tokens `write` (x base). The
    system prompt stays warm; the rest expires if the user paused past the TTL."""
    total, previous = 0.0, SYSTEM
    for k in range(1, turns + 1):
        prompt = SYSTEM + (k - 1) * (USER + REPLY) + USER
        warm = (1 - p_expired) * previous + p_expired * SYSTEM
        total += read * warm + write * (prompt - warm)
        previous = prompt
    return total * USD_PER_M / 1e6
output_cost = lambda turns: turns * REPLY * OUT_X * USD_PER_M / 1e6  # never cached
CASES = [  # cache write and hit, x base input price, as of November 2026
    ("input $, no cache", 1, 1, 0), ("1.25x/0.1x: Claude 5m, GPT-5.6", 1.25, .1, 0),
    ("  same, 30% of gaps > TTL", 1.25, .1, .3), ("1x/0.1x: GPT-5 to 5.5", 1, .1, 0)]
TURNS = (5, 10, 20, 40)
print(f"{'turns':31s}" + "".join(f"{n:10d}" for n in TURNS))
#> turns                                   5        10        20        40
for name, w, r, p in CASES:
    print(f"{name:31s}" + "".join(f"{input_cost(n, w, r, p):10.3f}" for n in TURNS))
    #> input $, no cache                   0.065     0.175     0.529     1.779
    #> 1.25x/0.1x: Claude 5m, GPT-5.6      0.015     0.037     0.093     0.259
    #>   same, 30% of gaps > TTL           0.019     0.060     0.201     0.724
    #> 1x/0.1x: GPT-5 to 5.5               0.013     0.032     0.084     0.241
print(f"{'output $, all rows':31s}" + "".join(f"{output_cost(n):10.3f}" for n in TURNS))
#> output $, all rows                  0.036     0.071     0.142     0.285
full, cached, out = input_cost(20), input_cost(20, 1.25, .1), output_cost(20)
print(f"20 turns, 1.25x/0.1x: input {full / cached:.1f}x cheaper, whole conversation "
      f"{(full + out) / (cached + out):.1f}x")
#> 20 turns, 1.25x/0.1x: input 5.7x cheaper, whole conversation 2.9x
