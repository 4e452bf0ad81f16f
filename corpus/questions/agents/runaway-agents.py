# A bounded ReAct-style agent loop with three guards: a step cap, a dollar
# budget checked before every model call, and repeat detection. The "model" is
# a scripted fake (a function from step number to action): no network, no keys.
import json
import numpy as np

# Step cap from the step counts of SUCCESSFUL eval runs: p99 plus a 50% margin.
rng = np.random.default_rng(0)
ok_steps = rng.poisson(6, size=500) + 1         # stand-in for logged successful traces
p99 = float(np.percentile(ok_steps, 99))
MAX_STEPS = int(np.ceil(p99 * 1.5))
print(f"p99 of successful runs: {p99:.0f} steps -> step cap {MAX_STEPS}")
#> p99 of successful runs: 13 steps -> step cap 20

BUDGET_USD = 0.50
PROMPT_TOKENS, TOKENS_PER_STEP = 2_000, 1_500  # each step appends output + tool result
REPEAT_LIMIT = 3                               # same tool, same args, 3rd time = stuck

def run_agent(model, usd_per_1k_input):
    context, spend, seen = PROMPT_TOKENS, 0.0, {}
    for step in range(1, MAX_STEPS + 1):
        call_cost = context / 1000 * usd_per_1k_input  # the whole history is resent
        if spend + call_cost > BUDGET_USD:  # check BEFORE paying for the call
            return "budget_exceeded", step - 1, spend
        spend += call_cost
        action = model(step)
        if action == "FINAL":
            return "success", step, spend
        key = json.dumps(action, sort_keys=True)       # fingerprint: tool + arguments
        seen[key] = seen.get(key, 0) + 1
        if seen[key] >= REPEAT_LIMIT:                  # catches A,A,A and A,B,A,B,A
            return "no_progress", step, spend
        context += TOKENS_PER_STEP                     # history grows every step
    return "max_steps", MAX_STEPS, spend

def search(q):
    return {"tool": "search", "args": {"q": q}}

runs = {  # name: (scripted fake model, $ per 1K input tokens)
    "finishes":         (lambda s: "FINAL" if s == 5 else search(f"part {s}"), 0.003),
    "repeats one call": (lambda s: search("refund policy"), 0.003),
    "oscillates A/B":   (lambda s: search("A" if s % 2 else "B"), 0.003),
    "wanders":          (lambda s: search(f"page {s}"), 0.003),
    "wanders, cheap":   (lambda s: search(f"page {s}"), 0.0003),
}
for name, (model, price) in runs.items():
    reason, steps, spend = run_agent(model, price)
    print(f"{name:<16} stop={reason:<15} steps={steps:>2} spend=${spend:.4f}")
#> finishes         stop=success         steps= 5 spend=$0.0750
#> repeats one call stop=no_progress     steps= 3 spend=$0.0315
#> oscillates A/B   stop=no_progress     steps= 5 spend=$0.0750
#> wanders          stop=budget_exceeded steps=14 spend=$0.4935
#> wanders, cheap   stop=max_steps       steps=20 spend=$0.0975

def input_tokens(n_steps):  # sum of the context size sent on every call
    return sum(PROMPT_TOKENS + k * TOKENS_PER_STEP for k in range(n_steps))
t20, t40 = input_tokens(20), input_tokens(40)
print(f"input tokens: 20 steps {t20:,}, 40 steps {t40:,} ({t40 / t20:.1f}x)")
#> input tokens: 20 steps 325,000, 40 steps 1,250,000 (3.8x)
