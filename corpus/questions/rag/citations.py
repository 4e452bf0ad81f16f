"""Citations the model cannot invent: known ids, verified quotes, flagged support."""
import difflib
import re

CHUNKS = {  # what the retriever returned, under the ids the prompt showed the model
    "c1": "Refunds are available within 30 days of purchase for annual plans only.",
    "c2": "Monthly plans can be cancelled at any time; no refund is issued.",
    "c3": "The Team plan includes single sign-on and costs 12 dollars per seat.",
}
ANSWER = (  # SCRIPTED stand-in for the model, no API call; claims end [id: "quote"]
    'Annual plans are refundable for 30 days [c1: "30 days of purchase for annual"]. '
    'Monthly plans are refunded within 14 days [c2: "Monthly plans can be cancelled"]. '
    'The Team plan costs 10 dollars per seat [c3: "costs 10 dollars per seat"]. '
    'The Team plan has single sign-on [c1: "Team plan includes single sign-on"]. '
    'Phone support runs all weekend [c7: "24/7 phone support"]. '
    'Monthly plans can be cancelled at any time [c2: "can be  cancelled at ANY time"].'
)
STOP = set("a an the and or of to in on for is are be can with per at all".split())

def norm(text):  # case and spacing must not decide whether a quote matches
    return " ".join(text.lower().split())

def closest(quote, chunk):  # best fuzzy ratio of the quote against any same-size window
    q, c = norm(quote).split(), norm(chunk).split()
    return max(difflib.SequenceMatcher(None, " ".join(q), " ".join(c[i:i + len(q)]))
               .ratio() for i in range(max(len(c) - len(q) + 1, 1)))

def toy_support(claim, quote):  # TOY, negation-blind stand-in for NLI or a judge:
    # all the claim's numbers and half its content words must appear in the quote.
    words = [{w for w in re.findall(r"[a-z0-9]+", t.lower()) if w not in STOP}
             for t in (claim, quote)]
    same_numbers = set(re.findall(r"\d+", claim)) <= set(re.findall(r"\d+", quote))
    return same_numbers and len(words[0] & words[1]) >= len(words[0]) / 2

sentences = re.findall(r'\s*([^.]+?)\s*\[(\w+): "([^"]*)"\]\.?', ANSWER)
passed = 0
for i, (claim, cid, quote) in enumerate(sentences, 1):
    home = [k for k, text in CHUNKS.items() if norm(quote) in norm(text)]
    if cid not in CHUNKS:
        verdict = f"REJECT: {cid} was never retrieved"
    elif not home:
        verdict = f"REJECT: quote not in {cid}; closest window ratio " \
                  f"{closest(quote, CHUNKS[cid]):.2f}"
    elif not toy_support(claim, quote):
        verdict = "FLAG: quote is real, but the toy check finds no support"
    else:
        verdict = "pass" if cid in home else f"pass after repointing {cid} -> {home[0]}"
        passed += 1
    print(f"s{i} [{cid}] {verdict}")
#> s1 [c1] pass
#> s2 [c2] FLAG: quote is real, but the toy check finds no support
#> s3 [c3] REJECT: quote not in c3; closest window ratio 0.94
#> s4 [c1] pass after repointing c1 -> c3
#> s5 [c7] REJECT: c7 was never retrieved
#> s6 [c2] pass
failing = 1 - passed / len(sentences)  # ASSUMED policy: above a cap, regenerate
print(f"{passed}/{len(sentences)} pass, {failing:.2f} failing | assumed " + " | ".join(
    f"cap {m:.2f}: {'regenerate' if failing > m else 'strip failures'}"
    for m in (1 / 3, 1 / 2)))
#> 3/6 pass, 0.50 failing | assumed cap 0.33: regenerate | cap 0.50: strip failures
