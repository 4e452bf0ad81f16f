"""Fill one context window by priority, then see how far a characters/4 guess misses."""
CONTEXT_WINDOW = 8_000  # tokens the model accepts, prompt and output together
MAX_OUTPUT = 1_000      # reserved first: the reply (and any reasoning) must fit too
MIN_RELEVANCE = 0.5     # a weak chunk costs tokens and distracts; leave it out

# Token counts from the model's tokenizer or counting endpoint (toy sizes).
SYSTEM, QUESTION = 200, 40
chunks = [("c1", 0.82, 1200), ("c2", 0.77, 1600), ("c3", 0.71, 2000),
          ("c4", 0.64, 800), ("c5", 0.58, 1600), ("c6", 0.41, 400)]
history = [("turn 1", 800), ("turn 2", 600), ("turn 3", 1000),
           ("turn 4", 400), ("turn 5", 300), ("turn 6", 200)]  # oldest first

def report(status, label, cost, why=""):
    print(f"{status:8} {label:17} {cost:5}  {why}".rstrip())

left = CONTEXT_WINDOW - MAX_OUTPUT - SYSTEM - QUESTION
print(f"after {MAX_OUTPUT} output, system {SYSTEM} and question {QUESTION}"
      f" (never dropped): {left} tokens left")
kept_chunks = []
for cid, score, cost in sorted(chunks, key=lambda c: -c[1]):  # most relevant first
    why = ("below relevance floor" if score < MIN_RELEVANCE
           else "no room" if cost > left else "")
    report("dropped" if why else "kept", f"chunk {cid} ({score})", cost, why)
    if not why:
        left -= cost
        kept_chunks.append((cid, cost))
kept_turns = []
for i, (label, cost) in enumerate(reversed(history)):  # newest first, a gap-free tail
    if cost > left:  # drop it and all older turns; their summary must fit in `left`
        older = len(history) - i
        report("dropped", f"turns 1-{older}", sum(c for _, c in history[:older]),
               "no room: summarise them")
        break
    left -= cost
    kept_turns.insert(0, label)
    report("kept", label, cost)
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

ids = [cid for cid, _ in kept_chunks]  # best chunks at the edges: 1, 3, ..., 4, 2
print(f"spare {left} | order: system |",
      ", ".join(ids[0::2] + ids[1::2][::-1]), "|", ", ".join(kept_turns), "| question")
#> spare 260 | order: system | c1, c3, c4, c2 | turn 4, turn 5, turn 6 | question

# Why count: "4 characters per token" against measured counts for the same FLORES-200
# sentences (Petrov et al. 2023, arXiv:2305.15425; their tokenization_lengths.csv,
# dev+devtest): tokens = cl100k_base (GPT-4) column, chars = UTF-32 column, code points
FLORES = {"English": (52_835, 259_170), "German": (83_450, 302_377),
          "Japanese": (121_627, 113_611), "Hindi": (253_270, 258_472)}  # tokens, chars
budget = sum(cost for _, cost in kept_chunks)  # tokens the chunks were allowed
for lang, (tokens, chars) in FLORES.items():
    real = round(budget * tokens / (chars / 4))  # chunks sized by the guess, measured
    over = real - budget - left  # past the 8,000-token window, spare included
    print(f"{lang:8} guess {chars / 4 / tokens - 1:+4.0%}: {budget} guessed ="
          f" {real:,} real, {f'over by {over:,}' if over > 0 else 'fits'}")
#> English  guess +23%: 5600 guessed = 4,567 real, fits
#> German   guess  -9%: 5600 guessed = 6,182 real, over by 322
#> Japanese guess -77%: 5600 guessed = 23,980 real, over by 18,120
#> Hindi    guess -74%: 5600 guessed = 21,949 real, over by 16,089
