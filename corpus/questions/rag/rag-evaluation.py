"""Recall@k, MRR, nDCG@10 on toy runs, and how often a paired bootstrap sees a gain."""
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

FILLER = {f"filler{i}": i + 0.5 for i in range(20)}  # unjudged passages at fixed depths

def fake_retriever(rng, queries, spread):
    """Scripted stand-in for a retriever: relevant passages land at random depths among
    unjudged filler (a smaller spread ranks them higher); keeps the top 20."""
    runs = []
    for relevant, hardness in queries:
        depth = dict(FILLER)
        depth.update(zip(relevant, rng.exponential(spread * hardness, len(relevant))))
        runs.append(sorted(depth, key=depth.get)[:20])
    return runs

SPREAD = {"old": 6.0, "new": 5.0}  # assumed: the change ranks slightly better
N_REL, GRADE, HARD = (1, 3), (1, 2), (0.5, 1.5)  # assumed world: relevant/query, grades
metrics = {"recall@5": lambda r, g: recall_at_k(r, g, 5), "MRR": mrr,
           "nDCG@10": lambda r, g: ndcg_at_k(r, g, 10)}
SEEDS, SIZES = range(20), (50, 400)  # every seed 0-19 is a fresh draw of the same world
wins = {(n, m): 0 for n in SIZES for m in metrics}
for seed in SEEDS:
    rng = np.random.default_rng(seed)
    queries = [({f"p{j}": int(rng.integers(GRADE[0], GRADE[1] + 1))
                 for j in range(rng.integers(N_REL[0], N_REL[1] + 1))},
                rng.uniform(*HARD)) for _ in range(400)]  # the runs share hardness
    runs = {name: fake_retriever(rng, queries, s) for name, s in SPREAD.items()}
    pairs = list(zip(runs["old"], runs["new"], (g for g, _ in queries)))
    diffs = {name: np.array([metric(b, g) - metric(a, g) for a, b, g in pairs])
             for name, metric in metrics.items()}  # paired: same query, both runs
    for n in SIZES:  # the first n queries: a small eval set, then a bigger one
        idx = rng.integers(0, n, (1000, n))  # 1,000 bootstrap resamples of the queries
        for name, diff in diffs.items():  # a win: the 95% CI lies entirely above zero
            wins[n, name] += np.percentile(diff[:n][idx].mean(axis=1), 2.5) > 0
print("assumed spreads", SPREAD, "- toy numbers reflect them, not real data")
#> assumed spreads {'old': 6.0, 'new': 5.0} - toy numbers reflect them, not real data
print(f"assumed: {N_REL[0]}-{N_REL[1]} relevant/query, grades {GRADE[0]}-{GRADE[1]},",
      f"hardness {HARD[0]}-{HARD[1]}, {len(FILLER)} unjudged fillers")
#> assumed: 1-3 relevant/query, grades 1-2, hardness 0.5-1.5, 20 unjudged fillers
for n in SIZES:
    print(f"n={n:<3} paired 95% CI above 0:",
          "  ".join(f"{m} {wins[n, m]:>2}/{len(SEEDS)}" for m in metrics), "draws")
#> n=50  paired 95% CI above 0: recall@5  4/20  MRR  4/20  nDCG@10  4/20 draws
#> n=400 paired 95% CI above 0: recall@5 15/20  MRR 13/20  nDCG@10 17/20 draws
