"""Check a RAG answer's citations: do the ids exist, does the cited text support it?"""
import re

# Passages the retriever returned, keyed by the id the prompt showed the model.
PASSAGES = {
    "d1": "The Pro plan costs 49 dollars per month and includes 5 seats.",
    "d2": "Refunds are available within 30 days of purchase for annual plans only.",
    "d3": "Support hours are 9am to 6pm CET, Monday to Friday.",
}
# A scripted fake of the model's answer (no API call), one sentence per case to see.
ANSWER = (
    "The Pro plan costs 49 dollars per month and includes 5 seats [d1]. "
    "Annual plans can be refunded within 30 days of purchase [d2]. "
    "Refunds are also available for monthly plans within 30 days [d2]. "
    "Support hours run from 8am to 8pm on weekdays [d3]. "
    "Support is also available by phone at weekends [d4]. "
    "Enterprise customers get a dedicated account manager."
)
# What a human reviewer says about each sentence, to measure the checker itself.
HUMAN = ["supported", "supported", "contradicts d2", "contradicts d3", "no source",
         "no source"]

STOP = set("a an the and or of to in on for from by at per is are be can also".split())
THRESHOLD = 0.5  # share of the sentence's content words that must be in a cited passage


def content_words(text):
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOP}


def overlap(sentence, passage):
    # Crude stand-in for an NLI model or LLM judge: overlap, blind to "only", "not".
    words = content_words(sentence)
    return len(words & content_words(passage)) / len(words)


sentences = re.split(r"(?<=[.!?])\s+", ANSWER.strip())
n_cites = n_valid = n_supported = agree = 0
for i, (sentence, human) in enumerate(zip(sentences, HUMAN), 1):
    cited = re.findall(r"\[(d\d+)\]", sentence)
    claim = re.sub(r"\s*\[d\d+\]", "", sentence)
    valid = [c for c in cited if c in PASSAGES]
    n_cites, n_valid = n_cites + len(cited), n_valid + len(valid)
    score = max((overlap(claim, PASSAGES[c]) for c in valid), default=0.0)
    if not cited:
        verdict = "FLAG no citation"
    elif len(valid) < len(cited):
        unknown = ",".join(sorted(set(cited) - set(PASSAGES)))
        verdict = "FLAG cites unknown id " + unknown
    elif score < THRESHOLD:
        verdict = f"FLAG overlap {score:.2f} < {THRESHOLD}"
    else:
        verdict = f"pass overlap {score:.2f}"
    n_supported += verdict.startswith("pass")
    agree += verdict.startswith("pass") == (human == "supported")
    print(f"s{i} {','.join(cited) or '-':3} {verdict:29} human: {human}")
#> s1 d1  pass overlap 1.00             human: supported
#> s2 d2  pass overlap 0.86             human: supported
#> s3 d2  pass overlap 0.86             human: contradicts d2
#> s4 d3  FLAG overlap 0.33 < 0.5       human: contradicts d3
#> s5 d4  FLAG cites unknown id d4      human: no source
#> s6 -   FLAG no citation              human: no source
print(f"sentences passed: {n_supported}/{len(sentences)} | cited ids that exist:"
      f" {n_valid}/{n_cites} | checker agrees with human: {agree}/{len(sentences)}")
#> sentences passed: 3/6 | cited ids that exist: 4/5 | checker agrees with human: 5/6
