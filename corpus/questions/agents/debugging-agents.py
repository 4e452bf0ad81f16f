"""Error analysis at toy scale: code failed traces by their FIRST failure, then rank."""
from collections import Counter
from math import ceil, log

RUNS = 250  # assumed: logged runs of the agent
# Toy failed traces: (last event, open code on the FIRST thing that went wrong, count)
FAILED = [
    ("max_steps", "passed 'last Tuesday' as the date; API wants YYYY-MM-DD", 9),
    ("max_steps", "repeated search with the same malformed date after a 400", 5),
    ("max_steps", "order API timed out three times, agent kept retrying", 4),
    ("wrong_answer", "said the refund was issued; refund tool never called", 8),
    ("wrong_answer", "read the shipped date as the order date in the result", 6),
    ("wrong_answer", "order API returned stale status from a replica", 4),
    ("tool_error", "sent the order id with a '#' prefix; tool rejected it", 5),
    ("tool_error", "refund API returns 500 on amounts with cents", 3),
    ("gave_up", "policy doc not retrieved, so it refused a valid refund", 6),
]
# Axial codes: mode -> (owner, phrases). An LLM may propose them; a person checks.
CODEBOOK = {
    "bad tool arguments": ("model", ("as the date", "malformed", "prefix")),
    "claims an action never taken": ("model", ("never called",)),
    "misreads tool output": ("model", ("read the",)),
    "upstream API slow or stale": ("environment", ("timed out", "stale")),
    "tool bug": ("tool", ("500",)),
    "missing context": ("harness", ("not retrieved",)),
}

def axial_code(note):
    for mode, (owner, phrases) in CODEBOOK.items():
        if any(p in note for p in phrases):
            return mode, owner
    return "UNCODED: extend the codebook", "?"

symptoms, modes, cross = Counter(), Counter(), Counter()
for symptom, note, n in FAILED:
    mode, owner = axial_code(note)
    symptoms[symptom] += n
    modes[mode, owner] += n
    cross[symptom, mode] += n
failures = sum(symptoms.values())
print(f"assumed: {RUNS} logged runs; open codes hand-written for the toy")
#> assumed: 250 logged runs; open codes hand-written for the toy
last = ", ".join(f"{s} {n}" for s, n in symptoms.most_common())
print(f"{failures}/{RUNS} failed, by last event: {last}")  # what dashboards show
#> 50/250 failed, by last event: max_steps 18, wrong_answer 18, tool_error 8, gave_up 6
print("max_steps came from:", {m: n for (s, m), n in cross.items() if s == "max_steps"})
#> max_steps came from: {'bad tool arguments': 14, 'upstream API slow or stale': 4}
print("By first failure: count, share, owner, mode, max success gain (pts) if fixed")
#> By first failure: count, share, owner, mode, max success gain (pts) if fixed
for (mode, owner), n in modes.most_common():  # "max": a fixed run can still fail later
    print(f"{n:>4} {n / failures:>4.0%}  {owner:<11} {mode:<29} +{100 * n / RUNS:.1f}")
#>   19  38%  model       bad tool arguments            +7.6
#>    8  16%  environment upstream API slow or stale    +3.2
#>    8  16%  model       claims an action never taken  +3.2
#>    6  12%  model       misreads tool output          +2.4
#>    6  12%  harness     missing context               +2.4
#>    3   6%  tool        tool bug                      +1.2
m = ceil(log(1 - 0.95) / log(1 - 0.05))  # random failed traces to see a 5% mode, p=0.95
print(f"Read {m} failed traces, sampled at random: about {ceil(m * RUNS / failures)} "
      f"runs at a {failures / RUNS:.0%} failure rate")
#> Read 59 failed traces, sampled at random: about 295 runs at a 20% failure rate
