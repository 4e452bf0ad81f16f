"""Fit a system prompt, chat history and retrieved chunks into one context window, by priority."""
import math

CONTEXT_WINDOW = 8_000  # tokens the model accepts, prompt and output together
MAX_OUTPUT = 1_000      # reserved first: the reply (and any reasoning) must fit too
MIN_RELEVANCE = 0.5     # a weak chunk costs tokens and distracts; leave it out


def count_tokens(text):  # stand-in for the model's own tokenizer: ~4/3 tokens per English word
    return math.ceil(len(text.split()) * 4 / 3)


def report(status, label, cost, why=""):
    print(f"{status:8} {label:17} {cost:5}  {why}".rstrip())


W = "w "  # placeholder text: W * 900 is a 900-word passage
system, question = W * 150, W * 30
chunks = [("c1", 0.82, W * 900), ("c2", 0.77, W * 1200), ("c3", 0.71, W * 1500),
          ("c4", 0.64, W * 600), ("c5", 0.58, W * 1200), ("c6", 0.41, W * 300)]
history = [("turn 1", W * 600), ("turn 2", W * 450), ("turn 3", W * 750),
           ("turn 4", W * 300), ("turn 5", W * 225), ("turn 6", W * 150)]  # oldest first

left = CONTEXT_WINDOW - MAX_OUTPUT - count_tokens(system) - count_tokens(question)
print(f"after {MAX_OUTPUT} output, system {count_tokens(system)} and question"
      f" {count_tokens(question)} (never dropped): {left} tokens left")
kept_chunks = []
for cid, score, text in sorted(chunks, key=lambda c: -c[1]):  # most relevant first
    cost, label = count_tokens(text), f"chunk {cid} ({score})"
    if score < MIN_RELEVANCE or cost > left:
        report("dropped", label, cost, "below relevance floor" if score < MIN_RELEVANCE else "no room")
    else:
        left -= cost
        kept_chunks.append(cid)
        report("kept", label, cost)
kept_turns = []
for i, (label, text) in enumerate(reversed(history)):  # newest first, keep a gap-free tail
    if count_tokens(text) > left:
        older = len(history) - i  # this turn and every turn before it
        report("dropped", f"turns 1-{older}", sum(count_tokens(t) for _, t in history[:older]),
               "no room: summarise them")  # the summary must fit in what is left
        break
    left -= count_tokens(text)
    kept_turns.insert(0, label)
    report("kept", label, count_tokens(text))
#> after 1000 output, system 200 and question 40 (never dropped): 6760 tokens left
#> kept     chunk c1 (0.82)    1200
#> kept     chunk c2 (0.77)    1600
#> kept     chunk c3 (0.71)    2000
#> kept     chunk c4 (0.64)     800
#> dropped  chunk c5 (0.58)    1600  no room
#> dropped  chunk c6 (0.41)     400  below relevance floor
#> kept     turn 6              200
#> kept     turn 5              300
#> kept     turn 4              400
#> dropped  turns 1-3          2400  no room: summarise them

# Best chunks at the edges of the document block, weakest in its middle: ranks 1, 3, ..., 4, 2.
edge_order = kept_chunks[0::2] + kept_chunks[1::2][::-1]
print(f"spare {left} of {CONTEXT_WINDOW} | order: system |", ", ".join(edge_order), "|",
      ", ".join(kept_turns), "| question")
#> spare 260 of 8000 | order: system | c1, c3, c4, c2 | turn 4, turn 5, turn 6 | question
