"""BM25 in NumPy beside a toy dense scorer: each wins one kind of query."""
import re
import numpy as np

DOCS = {
    "err-4012": "ERR_4012: the API key was revoked; rotate the key in the console.",
    "err-4013": "ERR_4013: the API key has expired; request a new key from an admin.",
    "refunds": "Refund policy: purchases can be returned within 30 days.",
    "get-started": "Get started: back up your settings before you upgrade.",
    "limits": "Section 4.3 Rate limits: 600 requests per minute on the team plan.",
}

def standard(text):  # rough stand-in for Elasticsearch's standard analyzer (UAX #29)
    return re.findall(r"\w+(?:\.\w+)*", text.lower())  # right for these strings

def letters_only(text):  # splits at every non-letter and drops digits
    return re.findall(r"[a-z]+", text.lower())

def bm25(query, analyze, k1=1.2, b=0.75):  # Lucene's default k1 and b; classic form
    docs = [analyze(t) for t in DOCS.values()]
    vocab = sorted({w for d in docs for w in d})
    tf = np.array([[d.count(w) for w in vocab] for d in docs], dtype=float)
    df = (tf > 0).sum(axis=0)
    idf = np.log(1 + (len(docs) - df + 0.5) / (df + 0.5))  # rare terms weigh more
    length = tf.sum(axis=1, keepdims=True) / tf.sum(axis=1).mean()
    sat = tf * (k1 + 1) / (tf + k1 * (1 - b + b * length))  # with the k1 + 1 factor
    cols = [vocab.index(w) for w in analyze(query) if w in vocab]
    return (sat[:, cols] * idf[cols]).sum(axis=1)

TOY = {"error": "", "auth": "key revoked expired", "money": "refund returned money",
       "limits": "limits requests", "setup": "settings upgrade"}

def embed(text):  # HAND-BUILT toy, not a trained model; every ERR_ code on one axis
    ws = standard(text)
    v = np.array([sum(w in TOY[axis].split() for w in ws) for axis in TOY], float)
    v[0] += sum(w.startswith("err_") for w in ws)
    return v / (np.linalg.norm(v) or 1.0)

def top2(scores):  # the two best documents; ties keep document order
    best = np.argsort(-scores, kind="stable")[:2]
    return " | ".join(f"{list(DOCS)[i]} {scores[i]:.2f}" for i in best)

dense = np.array([embed(d) for d in DOCS.values()])  # one unit vector per document
for q in ["ERR_4012", "how do I get my money back"]:
    print(f"{q!r:<28} bm25 : {top2(bm25(q, standard))}")
    print(f"{'':<28} dense: {top2(dense @ embed(q))}")
#> 'ERR_4012'                   bm25 : err-4012 1.34 | err-4013 0.00
#>                              dense: err-4012 0.32 | err-4013 0.32
#> 'how do I get my money back' bm25 : get-started 3.00 | err-4012 0.00
#>                              dense: refunds 1.00 | err-4012 0.00
print("'ERR_4013 in 4.3' standard:", standard("ERR_4013 in 4.3"), "letters-only:",
      letters_only("ERR_4013 in 4.3"))
#> 'ERR_4013 in 4.3' standard: ['err_4013', 'in', '4.3'] letters-only: ['err', 'in']
print(f"'ERR_4013' letters-only bm25: {top2(bm25('ERR_4013', letters_only))}")
#> 'ERR_4013' letters-only bm25: err-4012 0.82 | err-4013 0.79
print("dense: hand-built toy axes, not a trained model; its ERR_ tie and refund\n"
      "match are both built in. 5 docs: shows how each matches, not how well")
#> dense: hand-built toy axes, not a trained model; its ERR_ tie and refund
#> match are both built in. 5 docs: shows how each matches, not how well
