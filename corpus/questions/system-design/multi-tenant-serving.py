"""Tenants sharing one model server: FCFS, token budgets, VTC-style fair queueing."""
from collections import deque
import numpy as np

CAPACITY, FLOOD = 30_000, (20, 50)  # assumed speed in cost units/s; C floods 20-50 s
TENANTS = {"A": (2, 0, 70, 2_000, 300), "B": (3, 0, 70, 1_000, 200),  # requests/s,
           "C": (8, *FLOOD, 6_000, 500)}  # arrivals from, until (s), tokens in, out
def arrivals(seed, budget, ab_scale):
    """Gateway: admitted (time, tenant, cost), C's refused share, load during flood."""
    rng, admitted, refused = np.random.default_rng(seed), [], {}
    for t, (rate, t0, t1, inp, out) in TENANTS.items():
        rate, cost = rate * (1 if t == "C" else ab_scale), inp + 2 * out  # VTC's 1:2
        sent = rng.uniform(t0, t1, rng.poisson(rate * (t1 - t0)))
        level, last = 10 * budget, t0  # token bucket: refill `budget`/s, hold 10 s
        for a in np.sort(sent):
            level, last = min(10 * budget, level + (a - last) * budget), a
            if level >= cost:  # otherwise the gateway answers 429
                level -= cost
                admitted.append((a, t, cost))
        refused[t] = 1 - sum(x[1] == t for x in admitted) / max(1, sent.size)
    load = sum(c for a, _, c in admitted if FLOOD[0] <= a < FLOOD[1]) / CAPACITY / 30
    return sorted(admitted), refused["C"], load  # work / capacity; under 100%: idle
def serve(admitted, weights):
    """Toy server: one request at a time, full speed, no batching. No weights: FCFS."""
    queues, counter = {t: deque() for t in TENANTS}, dict.fromkeys(TENANTS, 0.0)
    latency, clock, pending = {t: [] for t in TENANTS}, 0.0, deque(admitted)
    while pending or any(queues.values()):
        if not any(queues.values()):
            clock = max(clock, pending[0][0])  # idle until the next arrival
        while pending and pending[0][0] <= clock:
            a, t, c = pending.popleft()
            backlogged = [counter[u] for u in TENANTS if queues[u]]
            if not queues[t] and backlogged:  # counter lift: idle time banks no credit
                counter[t] = max(counter[t], min(backlogged))
            queues[t].append((a, c))
        waiting = [u for u in TENANTS if queues[u]]  # fair: least weighted service next
        t = min(waiting, key=lambda u: counter[u] if weights else queues[u][0][0])
        a, c = queues[t].popleft()
        # simplification: all of c is charged at dispatch; VTC adds output as it decodes
        counter[t] += c / (weights[t] if weights else 1)
        clock += c / CAPACITY
        latency[t].append(clock - a)
    return latency
print(f"assumed {CAPACITY:,}/s, one request at a time (toy); demand/s " + " ".join(
    f"{t} {r * (i + 2 * o):,}" for t, (r, _, _, i, o) in TENANTS.items()))
#> assumed 30,000/s, one request at a time (toy); demand/s A 5,200 B 4,200 C 56,000
print(f"{'p95 s, lo-hi of 3 seeds':26s}{'A':12s}{'B':12s}{'C':11s}C 429  load in flood")
#> p95 s, lo-hi of 3 seeds   A           B           C          C 429  load in flood
for name, w, budget, scale in [  # budget 0: none; "A,B 3x": A and B send 3x as much
        ("FCFS", None, 0, 1), ("FCFS + budget 12k/s", None, 12e3, 1),
        ("WFQ 2:1:1", (2, 1, 1), 0, 1), ("WFQ 2:1:1 + budget", (2, 1, 1), 12e3, 1),
        ("A,B 3x, WFQ 1:1:1", (1, 1, 1), 0, 3), ("A,B 3x, WFQ 2:1:1", (2, 1, 1), 0, 3)]:
    runs = [arrivals(seed, budget or 1e9, scale) for seed in (1, 2, 3)]
    lat = [serve(adm, w and dict(zip(TENANTS, w))) for adm, _, _ in runs]
    p95 = np.array([[np.percentile(x[t], 95) for t in TENANTS] for x in lat])
    cells = "".join(f"{lo:5.1f}-{hi:<5.1f} " for lo, hi in zip(p95.min(0), p95.max(0)))
    refused, load = np.mean([r[1:] for r in runs], axis=0)
    print(f"{name:26s}{cells}{refused:4.0%}{load:7.0%}")
    #> FCFS                       31.5-34.4   31.7-34.4   31.5-34.8    0%   214%
    #> FCFS + budget 12k/s         1.6-1.8     1.9-2.6     2.5-3.0    71%    84%
    #> WFQ 2:1:1                   0.5-0.6     0.5-0.7    37.7-41.2    0%   214%
    #> WFQ 2:1:1 + budget          0.4-0.5     0.3-0.5     3.5-3.9    71%    84%
    #> A,B 3x, WFQ 1:1:1          20.7-24.2   10.8-15.1   64.8-72.3    0%   269%
    #> A,B 3x, WFQ 2:1:1           1.8-2.8    18.7-21.0   64.8-72.3    0%   269%
