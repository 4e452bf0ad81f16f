"""Chat sizing: open streams by Little's law; input and output cost per conversation."""
import numpy as np
# (a) Little's law, steady state: mean open L = arrival rate x MEAN duration W. Assumed:
PEAK_RPS, TTFT_S, OUT_TOKENS, TOKENS_PER_S = 300, 0.5, 475, 50
W = TTFT_S + OUT_TOKENS / TOKENS_PER_S
L = PEAK_RPS * W
print(f"assumed {PEAK_RPS} turns/s at peak, mean stream {W:.1f} s -> L = {L:,.0f}")
#> assumed 300 turns/s at peak, mean stream 10.0 s -> L = 3,000
HORIZON = 720  # simulate: Poisson arrivals, lognormal durations of mean W, spread sigma
for sigma, stats in ((0.3, []), (1.2, [])):  # stats: (mean, 99.9th pct) per seed
    for rng in (np.random.default_rng(seed) for seed in (1, 2, 3)):
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
SYSTEM, USER, REPLY, USD_PER_M, OUT_X = 3_000, 125, OUT_TOKENS, 3.0, (5, 8)
print(f"assumed: {SYSTEM} system+tools, {USER}/user turn, {REPLY}/reply, "
      f"${USD_PER_M}/M in, output {OUT_X[0]}x or {OUT_X[1]}x that")
#> assumed: 3000 system+tools, 125/user turn, 475/reply, $3.0/M in, output 5x or 8x that
def input_cost(turns, write=1.0, read=1.0, p_expired=0.0, min_prefix=1_024):
    """Expected input $: cached prefix bills `read`, new tokens `write` (x base). No
    prompt under min_prefix is cached; a cacheable system prompt never expires."""
    total, cached = 0.0, SYSTEM if SYSTEM >= min_prefix else 0
    sys_warm = cached
    for k in range(1, turns + 1):
        prompt = SYSTEM + (k - 1) * (USER + REPLY) + USER
        ok = prompt >= min_prefix  # a shorter prompt is not cached: base price
        warm = ok * ((1 - p_expired) * cached + p_expired * sys_warm)
        total += read * warm + (write if ok else 1) * (prompt - warm)
        cached = prompt if ok else 0
    return total * USD_PER_M / 1e6
output_cost = lambda turns, x: turns * REPLY * x * USD_PER_M / 1e6  # never cached
CASES = [  # cache write, hit (x base input), expired share, minimum prefix (tokens)
    ("input $, no cache", 1, 1), ("1.25x/0.1x: Claude Sonnet, GPT-5.6", 1.25, .1),
    ("  same, 30% of gaps > TTL", 1.25, .1, .3),
    ("  same, 4,096-token minimum", 1.25, .1, 0, 4_096)]  # as of November 2026
TURNS = (5, 10, 20, 40)
print(f"{'turns':34s}" + "".join(f"{n:10d}" for n in TURNS))
#> turns                                      5        10        20        40
for name, *args in CASES:
    print(f"{name:34s}" + "".join(f"{input_cost(n, *args):10.3f}" for n in TURNS))
    #> input $, no cache                      0.065     0.175     0.529     1.779
    #> 1.25x/0.1x: Claude Sonnet, GPT-5.6     0.015     0.037     0.093     0.259
    #>   same, 30% of gaps > TTL              0.019     0.060     0.201     0.724
    #>   same, 4,096-token minimum            0.044     0.065     0.122     0.288
full, sonnet, min_4k = (input_cost(20, *CASES[i][1:]) for i in (0, 1, 3))
for x in (0, *OUT_X):  # output is never cached, so it dilutes the saving
    out = output_cost(20, x)
    what = f"with output at {x}x (${out:.3f})" if x else "input only"
    print(f"20 turns, {what}: {(full + out) / (sonnet + out):.1f}x cheaper, "
          f"{(full + out) / (min_4k + out):.1f}x at a 4,096 minimum")
    #> 20 turns, input only: 5.7x cheaper, 4.4x at a 4,096 minimum
    #> 20 turns, with output at 5x ($0.142): 2.9x cheaper, 2.5x at a 4,096 minimum
    #> 20 turns, with output at 8x ($0.228): 2.4x cheaper, 2.2x at a 4,096 minimum
