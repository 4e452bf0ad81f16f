"""Planner-executor against step-by-step loops on one task: calls, latency, cost. The
planner and tools are scripted fakes; the loops are counted, not run. Inputs assumed."""

# A (scripted) planner's plan: step -> (worker, argument, steps it waits for).
PLAN = {"e1": ("weather", "Lisbon", []), "e2": ("weather", "Porto", []),
        "e3": ("flight", "Lisbon", []), "e4": ("flight", "Porto", []),
        "e5": ("pick_city", "e1-e4", ["e1", "e2", "e3", "e4"]),
        "e6": ("book_hotel", "e5", ["e5"])}
REPLAN = {("flight", "Porto"): "train"}  # this fake call errors; the planner's fix
def execute(plan):
    """Run every step whose inputs are ready, in parallel waves; replan on failure."""
    plan, done, waves = dict(plan), set(), []
    while len(done) < len(plan):
        ready = [s for s, (*_, d) in plan.items() if s not in done and set(d) <= done]
        waves.append([f"{plan[s][0]}({plan[s][1]})" for s in ready])
        for i, step in enumerate(ready):  # dispatched together, no model call between
            tool, arg, deps = plan[step]
            if (tool, arg) in REPLAN:  # one replan call: same slot, another tool,
                plan[step] = (REPLAN[tool, arg], arg, deps)  # finished work kept
                waves[-1][i] += " FAILED"
            else:
                done.add(step)
        print(f"wave {len(waves)}: " + ", ".join(waves[-1]))
    return waves
waves = execute(PLAN)
#> wave 1: weather(Lisbon), weather(Porto), flight(Lisbon), flight(Porto) FAILED
#> wave 2: train(Porto)
#> wave 3: pick_city(e1-e4)
#> wave 4: book_hotel(e5)
T_MODEL, T_TOOLS = 2.0, (0.5, 4.0)  # seconds per model call; per round of tool calls
PREFIX, CALL, RESULT, PLAN_SIZE = 2000, 50, 400, 300  # tokens; prefix: system + tools
CACHED, OUT = 0.1, 4  # price of a cached input token and of an output token, vs input
print(f"assumed: model call {T_MODEL} s, tool round {T_TOOLS[0]} or {T_TOOLS[1]} s;"
      f" tokens: prefix {PREFIX}, call {CALL},\n  result {RESULT}, plan {PLAN_SIZE};"
      f" cost = (input + {OUT} x output) / 1000, uncached/cached at x{CACHED}")
#> assumed: model call 2.0 s, tool round 0.5 or 4.0 s; tokens: prefix 2000, call 50,
#>   result 400, plan 300; cost = (input + 4 x output) / 1000, uncached/cached at x0.1
def priced(ins, outs):  # -> calls, [cost uncached, cost cached]; as contexts only grow,
    full, reused = sum(ins) + OUT * sum(outs), sum(ins[:-1])  # the last input is reused
    return len(ins), [full - (1 - c) * reused for c in (1, CACHED)]
def loop(turns):  # tool calls asked for in each model turn; one more turn answers
    grown = [PREFIX + sum(turns[:i]) * (CALL + RESULT) for i in range(len(turns) + 1)]
    return priced(grown, [k * CALL for k in turns] + [0])
def planner(picks, n):  # plan, replan, [city choice], answer: plan + results so far
    seen = [4, 5][:1 + picks] + [n]  # tool results each later call reads
    return priced([PREFIX] + [PREFIX + PLAN_SIZE + r * RESULT for r in seen],
                  [PLAN_SIZE] + [CALL] * (1 + picks) + [0])
for picks in (False, True):  # choosing the city: a rule in code, or model judgement?
    print("city choice:", ["code, cheapest flight with no rain", "a model call"][picks])
    rounds = [len(w) for w in waves if not (picks and w[0].startswith("pick"))]
    designs = [("loop, one tool per call", loop([1] * sum(rounds)), sum(rounds)),
               ("loop, parallel tool calls", loop(rounds), len(rounds)),
               ("planner-executor", planner(picks, sum(rounds)), len(rounds))]
    for name, (n_calls, cost), n_rounds in designs:
        secs = "/".join(f"{n_calls * T_MODEL + n_rounds * t:.1f}" for t in T_TOOLS)
        print(f"  {name:<26}{n_calls} calls {n_rounds} rounds {secs} s,"
              f" cost {cost[0] / 1000:.1f}k/{cost[1] / 1000:.1f}k")
#> city choice: code, cheapest flight with no rain
#>   loop, one tool per call   8 calls 7 rounds 19.5/44.0 s, cost 30.0k/8.9k
#>   loop, parallel tool calls 5 calls 4 rounds 12.0/26.0 s, cost 21.3k/8.0k
#>   planner-executor          3 calls 4 rounds 8.0/22.0 s, cost 12.4k/7.1k
#> city choice: a model call
#>   loop, one tool per call   7 calls 6 rounds 17.0/38.0 s, cost 24.6k/7.8k
#>   loop, parallel tool calls 4 calls 3 rounds 9.5/20.0 s, cost 15.9k/6.9k
#>   planner-executor          4 calls 3 rounds 9.5/20.0 s, cost 16.5k/7.3k
