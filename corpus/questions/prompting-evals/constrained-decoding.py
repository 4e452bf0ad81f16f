"""Constrained decoding on a toy: an automaton for ticket IDs like AB-1234 (two
capitals, a dash, 2 to 4 digits) masks a 20-token vocabulary so greedy decoding can
only emit what the pattern accepts. No model is called: random logits stand in."""
import re
import numpy as np

PATTERN = r"[A-Z]{2}-[0-9]{2,4}"
ACCEPT = {5, 6, 7}                   # states after 2, 3 or 4 digits
def step(state, ch):                 # the DFA for PATTERN; None is a dead end
    ok = ch.isupper() if state < 2 else ch == "-" if state == 2 else ch.isdigit()
    return state + 1 if ok and state < 7 else None

VOCAB = ["Sure", ",", " the", " ID", " is", " ", "AB", "A", "Q", "B-",
         "-", "-4", "4", "42", "7", "123", "0", "x", ".", "<eos>"]
EOS = VOCAB.index("<eos>")

def walk(state, text):               # one token can cross several edges ("B-")
    for ch in text:
        state = None if state is None else step(state, ch)
    return state

# The index, built once per pattern and vocabulary: state -> {token: next state}.
INDEX = {s: {t: walk(s, w) for t, w in enumerate(VOCAB[:EOS])
             if walk(s, w) is not None} for s in range(8)}
for s in (1, 3, 7):
    print(f"state {s}:", [VOCAB[t] for t in INDEX[s]] + ["<eos>"] * (s in ACCEPT))
#> state 1: ['A', 'Q', 'B-']
#> state 3: ['4', '42', '7', '123', '0']
#> state 7: ['<eos>']

def decode(logits, constrained, max_tokens):
    state, out = 0, []
    for row in logits[:max_tokens].copy():
        if constrained:              # the mask: -inf on every forbidden token
            allowed = list(INDEX[state]) + [EOS] * (state in ACCEPT)
            row[[t for t in range(len(VOCAB)) if t not in allowed]] = -np.inf
        t = int(np.argmax(row))      # greedy pick among what is left
        if t == EOS:
            break
        out.append(VOCAB[t])
        state = INDEX[state][t] if constrained else None
    return "".join(out)

runs = np.array([np.random.default_rng(seed).normal(size=(12, len(VOCAB)))
                 for seed in range(1000)])  # stand-in LLM: seeded random logits,
runs[:, 0, VOCAB.index("Sure")] += 3.0      # with a chatty opener favoured
free = [decode(logits, False, 12) for logits in runs]
hits = sum(re.fullmatch(PATTERN, t) is not None for t in free)
print(f"unconstrained: seed 0 {free[0]!r}, full matches {hits} of 1000")
#> unconstrained: seed 0 'Sure', full matches 0 of 1000
for limit in (12, 3):                # a short token limit cuts outputs off mid-ID
    texts = [decode(logits, True, limit) for logits in runs]
    done = [re.fullmatch(PATTERN, t) is not None for t in texts]
    cut = next((t for t, d in zip(texts, done) if not d), None)
    prefixes = sum(walk(0, t) is not None for t in texts)
    print(f"max {limit:2} tokens: {sum(done)} of 1000 complete, {prefixes} of 1000 "
          f"valid prefixes, first cut {cut!r}")
#> max 12 tokens: 1000 of 1000 complete, 1000 of 1000 valid prefixes, first cut None
#> max  3 tokens: 317 of 1000 complete, 1000 of 1000 valid prefixes, first cut 'AB-0'
print("complete counts: an artefact of random toy logits; valid prefixes: guaranteed")
#> complete counts: an artefact of random toy logits; valid prefixes: guaranteed
