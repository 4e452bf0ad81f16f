"""Hybrid search at toy scale: reciprocal rank fusion (RRF) against min-max fusion."""


def rrf(rankings, k=60):
    """score(d) = sum over rankers of 1 / (k + rank); ranks from 1; missing adds 0."""
    fused = {}
    for ranking in rankings:
        for rank, doc in enumerate(ranking, start=1):
            fused[doc] = fused.get(doc, 0.0) + 1.0 / (k + rank)
    return sorted(fused.items(), key=lambda item: (-item[1], item[0]))  # ties: by id


# Query: "what uptime does the SLA promise?" Each retriever returns only its own top 5.
bm25_top = ["sla-glossary", "sla-template", "sla-sec-4.3", "pricing", "changelog"]
dense_top = ["status-faq", "incident-guide", "uptime-blog", "sla-sec-4.3", "onboarding"]
ALPHA = 0.5  # convex blend: weight on the dense score, the rest on BM25
print("toy data: lists and scores hand-picked to show each effect;",
      f"convex blend alpha = {ALPHA}")
#> toy data: lists and scores hand-picked to show each effect; convex blend alpha = 0.5

for k in (1, 60):
    top3 = rrf([bm25_top, dense_top], k)[:3]
    print(f"k={k:<2}", "  ".join(f"{doc} {score:.4f}" for doc, score in top3))
#> k=1  sla-glossary 0.5000  status-faq 0.5000  sla-sec-4.3 0.4500
#> k=60 sla-sec-4.3 0.0315  sla-glossary 0.0164  status-faq 0.0164

# With two rankers, rank r in BOTH lists ties rank 1 in ONE list when r = k + 2.
k = 60
print(f"k=60: rank 62 in both = {2 / (k + 62):.6f}, rank 1 in one = {1 / (k + 1):.6f}")
#> k=60: rank 62 in both = 0.016393, rank 1 in one = 0.016393


def minmax(scores):
    """Rescale one retriever's scores to [0, 1] using only the candidates it found."""
    lo, hi = min(scores.values()), max(scores.values())
    return {doc: (s - lo) / (hi - lo) for doc, s in scores.items()}


def convex(bm25, dense, alpha=ALPHA):
    """alpha * dense + (1 - alpha) * bm25, after min-max normalising each list."""
    b, d = minmax(bm25), minmax(dense)
    return {doc: round(alpha * d[doc] + (1 - alpha) * b[doc], 3) for doc in bm25}


# P shares the query's words, Q paraphrases it, R is weak on both.
bm25 = {"P": 12.0, "Q": 5.0, "R": 3.0}  # BM25: unbounded, scale depends on the query
dense = {"P": 0.80, "Q": 0.84, "R": 0.78}  # cosine: every candidate in a narrow band
print("no outlier:  ", convex(bm25, dense))
#> no outlier:   {'P': 0.667, 'Q': 0.611, 'R': 0.0}
# One exact-identifier hit O with a huge BM25 score joins the candidates: P and Q swap.
print("with outlier:", convex({**bm25, "O": 30.0}, {**dense, "O": 0.79}))
#> with outlier: {'P': 0.333, 'Q': 0.537, 'R': 0.0, 'O': 0.583}
