"""Recall@k, MRR and nDCG@10 over a toy run, with a paired bootstrap interval."""
import math

import numpy as np


def recall_at_k(ranked, relevant, k):  # share of the relevant passages in the top k
    return len(set(ranked[:k]) & relevant.keys()) / len(relevant)


def mrr(ranked, relevant):  # 1 / rank of the first relevant passage; 0 if none
    return next((1 / r for r, d in enumerate(ranked, 1) if d in relevant), 0.0)


def ndcg_at_k(ranked, rel, k):  # rel maps passage id -> grade, used as the gain
    dcg = sum(rel.get(d, 0) / math.log2(r + 1) for r, d in enumerate(ranked[:k], 1))
    ideal = sorted(rel.values(), reverse=True)[:k]
    return dcg / sum(g / math.log2(r + 1) for r, g in enumerate(ideal, 1))


# Hand check: one grade-2 passage, retrieved at rank 3.
run, gold = ["a", "b", "p7", "c", "d"], {"p7": 2}
print(recall_at_k(run, gold, 2), recall_at_k(run, gold, 5), round(mrr(run, gold), 3),
      round(ndcg_at_k(run, gold, 10), 3))
#> 0.0 1.0 0.333 0.5


def fake_retriever(rng, queries, spread):
    """Scripted stand-in for a retriever: relevant passages land at random depths among
    unjudged filler (a smaller spread ranks them higher); keeps the top 20."""
    runs = []
    for relevant, hardness in queries:
        depth = {f"filler{i}": i + 0.5 for i in range(20)}
        depth.update({d: rng.exponential() * spread * hardness for d in relevant})
        runs.append(sorted(depth, key=depth.get)[:20])
    return runs


rng = np.random.default_rng(7)
queries = [({f"q{q}-p{j}": int(rng.integers(1, 3)) for j in range(rng.integers(1, 4))},
            rng.uniform(0.5, 1.5)) for q in range(400)]  # hardness shared by both runs
SPREAD = {"old": 6.0, "new": 5.0}  # assumed: the change ranks slightly better
runs = {name: fake_retriever(rng, queries, s) for name, s in SPREAD.items()}
metrics = {"recall@5": lambda r, g: recall_at_k(r, g, 5), "MRR": mrr,
           "nDCG@10": lambda r, g: ndcg_at_k(r, g, 10)}
print("assumed spreads", SPREAD, "- toy numbers reflect them, not real data")
for n in (50, 400):  # the first n queries: a small eval set, then a bigger one
    for name, metric in metrics.items():
        old, new = (np.array([metric(r, g) for r, (g, _) in zip(runs[s][:n], queries)])
                    for s in ("old", "new"))
        diff = new - old  # paired: both systems answered the same queries
        means = diff[rng.integers(0, n, (2000, n))].mean(axis=1)  # resample queries
        lo, hi = np.percentile(means, [2.5, 97.5])
        verdict = "better" if lo > 0 else "worse" if hi < 0 else "can't tell"
        print(f"n={n:<3} {name:<8} old {old.mean():.3f} new {new.mean():.3f}"
              f"  diff 95% CI [{lo:+.3f}, {hi:+.3f}] {verdict}")
#> assumed spreads {'old': 6.0, 'new': 5.0} - toy numbers reflect them, not real data
#> n=50  recall@5 old 0.477 new 0.560  diff 95% CI [-0.047, +0.213] can't tell
#> n=50  MRR      old 0.430 new 0.441  diff 95% CI [-0.097, +0.123] can't tell
#> n=50  nDCG@10  old 0.480 new 0.492  diff 95% CI [-0.089, +0.113] can't tell
#> n=400 recall@5 old 0.522 new 0.544  diff 95% CI [-0.033, +0.073] can't tell
#> n=400 MRR      old 0.397 new 0.422  diff 95% CI [-0.013, +0.065] can't tell
#> n=400 nDCG@10  old 0.441 new 0.478  diff 95% CI [+0.005, +0.069] better
