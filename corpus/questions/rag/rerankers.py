"""Reranking at toy scale: nDCG@10 and recall@5 before and after; latency and cost."""
import numpy as np

rng = np.random.default_rng(7)
QUERIES, POOL = 300, 50  # simulated queries; candidates the first stage hands over
# Graded labels 0-3 per candidate, mostly irrelevant, as a human judge assigns them.
labels = rng.choice(4, size=(QUERIES, POOL), p=[0.86, 0.08, 0.04, 0.02])
DISCOUNT = 1 / np.log2(np.arange(2, 12))  # positions 1..10


def ndcg10(order, gains):
    """Gain = label (some libraries use 2**label - 1: say which one you report)."""
    ideal = (np.sort(gains)[::-1][:10] * DISCOUNT).sum()
    return (gains[order[:10]] * DISCOUNT).sum() / ideal if ideal else np.nan


def recall5(order, gains):
    """Share of the pool's good candidates (label >= 2) that reach the top 5."""
    good = (gains >= 2).sum()
    return (gains[order[:5]] >= 2).sum() / good if good else np.nan


def rank_all(noise_sd):
    """Scripted stand-in for a scorer: label plus Gaussian noise. No model is called."""
    scores = labels + rng.normal(0, noise_sd, labels.shape)
    orders = np.argsort(-scores, axis=1)
    return (np.array([ndcg10(o, g) for o, g in zip(orders, labels)]),
            np.array([recall5(o, g) for o, g in zip(orders, labels)]))


print(f"assumed: {QUERIES} queries x {POOL} candidates; score = label + noise(sd)")
#> assumed: 300 queries x 50 candidates; score = label + noise(sd)
first_ndcg, first_rec = rank_all(1.5)
print(f"first stage   sd 1.5  nDCG@10 {np.nanmean(first_ndcg):.3f}"
      f"  recall@5 {np.nanmean(first_rec):.3f}")
#> first stage   sd 1.5  nDCG@10 0.540  recall@5 0.522
judged = ~np.isnan(first_ndcg)
for sd in (0.5, 1.0, 1.5):
    ndcg, rec = rank_all(sd)
    change = ndcg[judged] - first_ndcg[judged]  # per query, against the first stage
    print(f"reranker      sd {sd}  nDCG@10 {np.nanmean(ndcg):.3f}"
          f"  recall@5 {np.nanmean(rec):.3f}  queries worse {np.mean(change < 0):.0%}"
          f" better {np.mean(change > 0):.0%}")
#> reranker      sd 0.5  nDCG@10 0.917  recall@5 0.942  queries worse 1% better 99%
#> reranker      sd 1.0  nDCG@10 0.687  recall@5 0.692  queries worse 24% better 75%
#> reranker      sd 1.5  nDCG@10 0.530  recall@5 0.488  queries worse 55% better 45%
print("the lift is set by the assumed noise gap, not measured on any model")
#> the lift is set by the assumed noise gap, not measured on any model

# Cost: each pair is a fresh forward pass; work ~ candidates x (query + passage) tokens.
Q_TOK, P_TOK, FIXED_MS, USD_PER_M = 30, 300, 20, 0.05  # assumptions, printed below
SPEEDS, PER_UNIT = (100_000, 400_000), 100  # assumed tokens/s; docs per search unit
print(f"assumed: {Q_TOK}+{P_TOK} tok a pair, {FIXED_MS} ms a call, speeds in tok/s, "
      f"${USD_PER_M}/M tok (not a quote)")
#> assumed: 30+300 tok a pair, 20 ms a call, speeds in tok/s, $0.05/M tok (not a quote)
for n in (20, 50, 100, 200):
    tokens = n * (Q_TOK + P_TOK)
    ms = [f"{FIXED_MS + 1000 * tokens / s:3.0f} ms @{s // 1000}k" for s in SPEEDS]
    print(f"N={n:<3} {tokens:>6,} tok  {', '.join(ms)}  ${tokens * USD_PER_M:>5,.0f}"
          f"/1M q  search units {-(-n // PER_UNIT)}")
#> N=20   6,600 tok   86 ms @100k,  36 ms @400k  $  330/1M q  search units 1
#> N=50  16,500 tok  185 ms @100k,  61 ms @400k  $  825/1M q  search units 1
#> N=100 33,000 tok  350 ms @100k, 102 ms @400k  $1,650/1M q  search units 1
#> N=200 66,000 tok  680 ms @100k, 185 ms @400k  $3,300/1M q  search units 2
print("per-token cost grows with N; per-search cost is flat up to 100 docs, then steps")
#> per-token cost grows with N; per-search cost is flat up to 100 docs, then steps
