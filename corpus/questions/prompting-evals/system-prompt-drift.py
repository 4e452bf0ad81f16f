"""A prompt regression gate: one check per instruction, run on every prompt edit and
on every model upgrade, reporting cases that passed before and fail now."""
import hashlib
import json

PARTS = {  # the system prompt is composed from named, separately reviewed parts
    "policy": ["- escalate refunds over $100 to a human",
               "- never repeat card numbers"],
    "style": ["- no emoji", "- reply in the user's language"],
    "format": ["- answer order questions as JSON"],
}

def compose(parts, extra=()):
    return "\n".join([line for name in parts for line in parts[name]] + list(extra))

def stand_in(model, prompt, user):
    """Scripted fake, not an LLM: it obeys the rules it sees, so every failure below
    is there by construction. snap-B, a 'newer snapshot', drops the last rule."""
    rules = [r for r in prompt.splitlines() if r.startswith("- ")]
    rules = " ".join(rules[:-1] if model == "snap-B" else rules)
    if "refund" in user:
        reply = "Escalating to a human." if "escalate" in rules else "Refund approved."
    elif "card" in user:
        reply = "Card ending ****." if "card numbers" in rules else f"Noted: {user}"
    elif "pedido" in user:
        reply = "Su pedido va en camino." if "language" in rules else "It has shipped."
    else:
        as_json = json.dumps({"order_id": 42, "status": "shipped"})
        reply = as_json if "JSON" in rules else "Order 42 has shipped."
    return reply + (" \U0001F389" if "enthusiastic" in rules else "")


CASES = {  # instruction id -> (user message, check on the reply)
    "refund-cap": ("I want a $250 refund", lambda r: "approved" not in r),
    "no-card-echo": ("my card is 4111 1111 1111 1111", lambda r: "4111" not in r),
    "user-language": ("¿Dónde está mi pedido?", lambda r: "pedido" in r),
    "json-orders": ("status of order 42?", lambda r: r.strip().startswith("{")),
    "no-emoji": ("status of order 42?", lambda r: r.isascii()),
}

def run(model, prompt):  # one run; a real gate repeats each case, compares pass rates
    tag = hashlib.sha256(prompt.encode()).hexdigest()[:8]  # log it with every trace
    return tag, {c: chk(stand_in(model, prompt, m)) for c, (m, chk) in CASES.items()}

print("assumption: scripted stand-in, one run per case; real models vary run to run")
base_tag, base = run("snap-A", compose(PARTS))
candidates = {"prompt edit": ("snap-A", compose(PARTS, ["- be warm and enthusiastic"])),
              "model upgrade": ("snap-B", compose(PARTS))}
print(f"baseline      snap-A prompt {base_tag}: {sum(base.values())}/{len(CASES)} pass")
for label, (model, prompt) in candidates.items():
    tag, new = run(model, prompt)
    broke = [c for c in CASES if base[c] and not new[c]]
    print(f"{label:13s} {model} prompt {tag}: regressions {broke or 'none'} -> "
          f"{'BLOCK' if broke else 'ship'}")
#> assumption: scripted stand-in, one run per case; real models vary run to run
#> baseline      snap-A prompt 5551d9ad: 5/5 pass
#> prompt edit   snap-A prompt 172a6038: regressions ['no-emoji'] -> BLOCK
#> model upgrade snap-B prompt 5551d9ad: regressions ['json-orders'] -> BLOCK
