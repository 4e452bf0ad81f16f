# Bounded agent loop: step cap, repeat check, dollar budget checked BEFORE each call.
import json
import numpy as np

ok_steps = np.random.default_rng(0).poisson(6, size=500) + 1  # synthetic, not traces
p99 = float(np.percentile(ok_steps, 99))
MAX_STEPS = int(np.ceil(p99 * 1.5))
print(f"p99 of 500 synthetic successful runs: {p99:.0f} steps -> step cap {MAX_STEPS}")
#> p99 of 500 synthetic successful runs: 13 steps -> step cap 20

IN_USD, OUT_USD = 2e-6, 10e-6  # $/token, Claude Sonnet 5.5 list price, November 2026
READ_X, WRITE_X = 0.1, 1.25  # prompt-cache read / 5-minute write, times input price
PROMPT, ADDED = 2_000, 1_500  # prompt; added per step (visible reply + tool result)
MAX_OUT, WRAP_OUT = 4_000, 500  # max output per call, reasoning included; wrap-up
BUDGET, REPEAT_LIMIT = 1.00, 3  # $ per run incl. wrap-up; 3rd identical call = stuck
print(f"assumed: ${IN_USD * 1e6:.0f} / ${OUT_USD * 1e6:.0f} per M in / out,",
      f"cache read {READ_X}x, write {WRITE_X}x, budget ${BUDGET:.2f}/run")
#> assumed: $2 / $10 per M in / out, cache read 0.1x, write 1.25x, budget $1.00/run
print(f"assumed tokens: prompt {PROMPT:,}, +{ADDED:,}/step, max out {MAX_OUT:,},",
      "reasoning never resent")  # Claude tool loops do resend it: dearer still
#> assumed tokens: prompt 2,000, +1,500/step, max out 4,000, reasoning never resent

def wrap_up_cost(context):  # last call, tools off: what was found, what is missing, why
    return context * IN_USD + WRAP_OUT * OUT_USD

def run_agent(model, out_tokens):  # out_tokens: what this model really emits per call
    context, spend, seen = PROMPT, 0.0, {}
    for step in range(1, MAX_STEPS + 1):
        worst = context * IN_USD + MAX_OUT * OUT_USD  # this call at its maximum output
        if spend + worst + wrap_up_cost(context + ADDED) > BUDGET:  # BEFORE paying
            return "stopped:budget", step - 1, spend + wrap_up_cost(context)
        spend += context * IN_USD + out_tokens * OUT_USD  # what the call really cost
        if (action := model(step)) == "FINAL":
            return "success", step, spend
        key = json.dumps(action, sort_keys=True)  # fingerprint: tool + arguments
        seen[key] = seen.get(key, 0) + 1
        context += ADDED  # the history grows every step
        if seen[key] >= REPEAT_LIMIT:  # catches A,A,A and A,B,A,B,A
            return "stopped:no_progress", step, spend + wrap_up_cost(context)
    return "stopped:max_steps", MAX_STEPS, spend + wrap_up_cost(context)

runs = {  # name: (scripted fake model, output tokens per call incl. hidden reasoning)
    "finishes": (lambda s: "FINAL" if s == 5 else {"search": f"part {s}"}, 500),
    "oscillates A/B": (lambda s: {"search": "A" if s % 2 else "B"}, 500),
    "wanders": (lambda s: {"search": f"page {s}"}, 500),
    "wanders, thinks 8x": (lambda s: {"search": f"page {s}"}, 4_000),
}
for name, (model, out) in runs.items():
    status, steps, spend = run_agent(model, out)
    print(f"{name:<18} {status:<20} steps={steps:>2} spend=${spend:.3f}")
#> finishes           success              steps= 5 spend=$0.075
#> oscillates A/B     stopped:no_progress  steps= 5 spend=$0.099
#> wanders            stopped:max_steps    steps=20 spend=$0.819
#> wanders, thinks 8x stopped:budget       steps=14 spend=$0.940

sent = [PROMPT + k * ADDED for k in range(40)]  # input tokens resent by call k
full = sum(sent[:20]) * IN_USD  # no cache: every call pays the full input price
cached = (sum(sent[:19]) * READ_X + sent[19] * WRITE_X) * IN_USD  # read old, write new
print(f"input tokens: 20 steps {sum(sent[:20]):,} (${full:.2f}, cached",
      f"${cached:.2f}), 40 steps {sum(sent):,} ({sum(sent) / sum(sent[:20]):.1f}x)")
#> input tokens: 20 steps 325,000 ($0.65, cached $0.14), 40 steps 1,250,000 (3.8x)
for out in (500, 4_000):  # light against heavy reasoning per call
    cout = 20 * out * OUT_USD
    print(f"20 steps, {out:>5,} out/call: output ${cout:.2f} is",
          f"{cout / (full + cout):.0%} of cost, {cout / (cached + cout):.0%} if cached")
#> 20 steps,   500 out/call: output $0.10 is 13% of cost, 43% if cached
#> 20 steps, 4,000 out/call: output $0.80 is 55% of cost, 86% if cached
