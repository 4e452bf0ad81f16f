"""Minimal ReAct loop: the model only proposes tool calls; the harness runs the loop."""
import re

PAGES = {"Eiffel Tower": "Opened in 1889.", "Statue of Liberty": "Dedicated in 1886."}
TOOLS = {  # name -> function; only the harness ever calls these
    "search": lambda title: PAGES.get(title, "No such page."),
    "subtract": lambda a, b: str(a - b),
}
MAX_STEPS = 5  # assumed for the toy; derive a real cap from successful traces.
# The cap also stops loops that vary their arguments, which the repeat check misses.

def numbers(text):
    return [int(n) for n in re.findall(r"\d+", text)]

def observed(history):  # every number that came back from a tool so far
    return numbers(" ".join(m["text"] for m in history if m["role"] == "tool"))

# Scripted stand-ins for an LLM call: each reads the history, returns a call or answer.
def careful(history):
    years = observed(history)
    if len(years) < 2:
        title = [*PAGES][len(years)]
        return {"thought": "need a year", "call": ("search", {"title": title})}
    if history[-2].get("tool") != "subtract":
        args = {"a": years[0], "b": years[1]}
        return {"thought": "now the gap", "call": ("subtract", args)}
    return {"answer": f"{history[-1]['text']} years"}

def stuck(history):  # loops: retries the same missing page forever
    return {"thought": "try again", "call": ("search", {"title": "Eiffel year"})}

def guesser(history):  # stops early: answers from memory, never calls a tool
    return {"answer": "4 years"}

def run(model):
    history, seen = [{"role": "user", "text": "Years between the two openings?"}], set()
    for step in range(1, MAX_STEPS + 1):
        out = model(history)  # one model call per step, over the whole history
        if "answer" in out:  # crude grounding check: its numbers must come from tools
            ok = set(numbers(out["answer"])) <= set(observed(history))
            return f"answer {out['answer']!r}, " + ("grounded" if ok else "UNSUPPORTED")
        name, args = out["call"]
        call = f"{name}({', '.join(map(repr, args.values()))})"
        if call in seen:  # no-progress guard: this exact call already ran
            return f"stopped at step {step}: {call} repeated, no progress"
        seen.add(call)
        result = TOOLS[name](**args)  # the harness acts; the model never does
        print(f"  {step}. {out['thought']}: {call} -> {result}")
        history += [{"role": "assistant", "tool": name, "text": str(args)},
                    {"role": "tool", "text": result}]
    return f"stopped at the step cap ({MAX_STEPS}) with no answer"

for model in (careful, stuck, guesser):
    print(f"{model.__name__}:")
    print(f"  => {run(model)}")
#> careful:
#>   1. need a year: search('Eiffel Tower') -> Opened in 1889.
#>   2. need a year: search('Statue of Liberty') -> Dedicated in 1886.
#>   3. now the gap: subtract(1889, 1886) -> 3
#>   => answer '3 years', grounded
#> stuck:
#>   1. try again: search('Eiffel year') -> No such page.
#>   => stopped at step 2: search('Eiffel year') repeated, no progress
#> guesser:
#>   => answer '4 years', UNSUPPORTED
