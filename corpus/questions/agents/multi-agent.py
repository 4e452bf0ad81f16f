"""An orchestrator runs workers under one shared token budget and merges their finds."""
BRIEF, PER_STEP, OUT = 1_500, 2_000, 300  # assumed: brief, growth per step, output
LEAD = 3_000 + 800 * 3  # assumed: the lead plans (3,000), merges 3 reports (800 each)
SECONDS_PER_STEP = 4    # assumed tool-plus-model latency of one worker step
# Scripted stand-in for the lead's plan: subtask -> (steps, {step: (claim, value)}).
PLAN = {"pricing": (3, {0: ("a_price", "$20"), 2: ("b_price", "$25")}),
        "security": (4, {1: ("a_soc2", "yes"), 3: ("b_soc2", "no")}),
        "customers": (6, {1: ("a_users", "1,200"), 3: ("a_price", "$22"),
                          5: ("b_users", "300")})}

def step_cost(k):  # step k resends the brief plus everything the worker gathered so far
    return BRIEF + k * PER_STEP + OUT

def run(budget):
    pool, clock = budget - LEAD, 0  # the merge is reserved up front, never starved
    st = {name: {"step": 0, "spent": 0, "finds": []} for name in PLAN}
    for rnd in (1, 2):  # round 2 hands the refunds to workers that ran out
        todo = [n for n in PLAN if st[n]["step"] < PLAN[n][0]]
        share, refunds, longest = pool // len(todo), 0, 0
        pool -= share * len(todo)  # parallel workers: every grant is fixed before start
        for name in todo:
            s, (n_steps, finds), left = st[name], PLAN[name], share
            start = s["step"]
            while s["step"] < n_steps and step_cost(s["step"]) <= left:
                left -= step_cost(s["step"])
                s["spent"] += step_cost(s["step"])
                if s["step"] in finds:
                    s["finds"].append((*finds[s["step"]], name))
                s["step"] += 1
            refunds, longest = refunds + left, max(longest, s["step"] - start)
        pool, clock = pool + refunds, clock + longest * SECONDS_PER_STEP
        print(f"  r{rnd}: " + " | ".join(
            f"{n} {st[n]['step']}/{PLAN[n][0]} {st[n]['spent']:,}" for n in todo))
    merged = {}  # merge: keep every source and flag claims the workers disagree on
    for claim, value, src in (f for name in PLAN for f in st[name]["finds"]):
        merged.setdefault(claim, []).append(f"{value} ({src})")
    gaps = [n for n in PLAN if st[n]["step"] < PLAN[n][0]] or ["none"]
    steps, spent = (sum(s[f] for s in st.values()) for f in ("step", "spent"))
    print(f"  workers {spent:,} + lead {LEAD:,} reserved; {len(merged)} claims;"
          " stopped early:", *gaps)
    single = sum(step_cost(k) for k in range(steps))  # one context resends everything
    print(f"  one agent, same {steps} steps, one context: {single:,} tokens,"
          f" {steps * SECONDS_PER_STEP} s (parallel workers {clock} s)")
    for claim, sources in merged.items():
        if len(sources) > 1:
            print(f"  conflict, check before answering: {claim}", " vs ".join(sources))

print(f"assumed per worker step: brief {BRIEF:,} + {PER_STEP:,} per earlier step"
      f" + output {OUT}; {SECONDS_PER_STEP} s")
#> assumed per worker step: brief 1,500 + 2,000 per earlier step + output 300; 4 s
for budget in (60_000, 80_000):
    print(f"budget {budget:,} tokens (assumed), lead's {LEAD:,} reserved:")
    run(budget)
#> budget 60,000 tokens (assumed), lead's 5,400 reserved:
#>   r1: pricing 3/3 11,400 | security 3/4 11,400 | customers 3/6 11,400
#>   r2: security 4/4 19,200 | customers 4/6 19,200
#>   workers 49,800 + lead 5,400 reserved; 5 claims; stopped early: customers
#>   one agent, same 11 steps, one context: 129,800 tokens, 44 s (parallel workers 16 s)
#>   conflict, check before answering: a_price $20 (pricing) vs $22 (customers)
#> budget 80,000 tokens (assumed), lead's 5,400 reserved:
#>   r1: pricing 3/3 11,400 | security 4/4 19,200 | customers 4/6 19,200
#>   r2: customers 6/6 40,800
#>   workers 71,400 + lead 5,400 reserved; 6 claims; stopped early: none
#>   one agent, same 13 steps, one context: 179,400 tokens, 52 s (parallel workers 24 s)
#>   conflict, check before answering: a_price $20 (pricing) vs $22 (customers)
print("toy artefact: the work is fixed, so splitting only saves resent context;")
#> toy artefact: the work is fixed, so splitting only saves resent context;
print("Anthropic's real split spent more, not less: about 4x one agent's tokens")
#> Anthropic's real split spent more, not less: about 4x one agent's tokens
