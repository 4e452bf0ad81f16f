"""Triage logged RAG traces into failure buckets: blame the earliest broken stage.
Buckets follow the four stages of the deep dive (3a/3b and 4a/4b split a stage)."""
import random
from collections import Counter

TOP_K, TOKENS = 5, (150, 700)  # passages kept after reranking; tokens per passage

def triage(t, token_budget):
    """Ask 'did the gold passage get through?' stage by stage, in pipeline order."""
    if not t["gold_indexed"]:
        return "1 not in index (missing, parse, chunking)"
    if t["gold_rank"] is None:
        return "2 indexed, never retrieved (top 100)"
    if t["gold_rank"] > TOP_K:
        return "3a retrieved, ranked below the top k"
    if sum(t["passage_tokens"][: t["gold_rank"]]) > token_budget:
        return "3b in top k, cut by the token budget"
    return {"gold": "ok", "stale": "4a in prompt, stale source won",
            "other": "4b in prompt, not used"}[t["answer_follows"]]

ASSUMED = {"indexed": 0.95, "retrieved": 0.90, "rank_scale": 3.0}
ANSWER_FOLLOWS = {"gold": 85, "stale": 5, "other": 10}  # assumed weights

def fake_trace(rng):
    """Scripted stand-in for one logged request (no real pipeline or judge runs here);
    every rate comes from the assumptions above."""
    retrieved = rng.random() < ASSUMED["retrieved"]
    return {
        "gold_indexed": rng.random() < ASSUMED["indexed"],
        "gold_rank": 1 + int(rng.expovariate(1 / ASSUMED["rank_scale"])) if retrieved
        else None,
        "passage_tokens": [rng.randint(*TOKENS) for _ in range(TOP_K)],  # rank order
        "answer_follows": rng.choices(list(ANSWER_FOLLOWS),
                                      weights=ANSWER_FOLLOWS.values())[0],
    }

rng = random.Random(42)
traces = [fake_trace(rng) for _ in range(500)]
print("assumed (counts echo them):", ASSUMED)
#> assumed (counts echo them): {'indexed': 0.95, 'retrieved': 0.9, 'rank_scale': 3.0}
print("answer follows, when gold is in the prompt:", ANSWER_FOLLOWS)
#> answer follows, when gold is in the prompt: {'gold': 85, 'stale': 5, 'other': 10}
print(f"assumed: top {TOP_K} passages of {TOKENS[0]}-{TOKENS[1]} tokens each\n"
      "assumed: answers ignore prompt length (real dilution costs not modelled)")
#> assumed: top 5 passages of 150-700 tokens each
#> assumed: answers ignore prompt length (real dilution costs not modelled)
counts = {b: Counter(triage(t, b) for t in traces) for b in (1500, 3000)}
print(f"{'bucket (500 toy traces)':<42} {'1500 tok':>8} {'3000 tok':>8}")
#> bucket (500 toy traces)                    1500 tok 3000 tok
for bucket in sorted(set(counts[1500]) | set(counts[3000])):
    print(f"{bucket:<42} {counts[1500][bucket]:>8} {counts[3000][bucket]:>8}")
#> 1 not in index (missing, parse, chunking)        21       21
#> 2 indexed, never retrieved (top 100)             46       46
#> 3a retrieved, ranked below the top k             83       83
#> 3b in top k, cut by the token budget             87        0
#> 4a in prompt, stale source won                   15       20
#> 4b in prompt, not used                           30       38
#> ok                                              218      292
for budget, c in counts.items():
    wrong = len(traces) - c["ok"]
    gen = c["4a in prompt, stale source won"] + c["4b in prompt, not used"]
    print(f"{budget} tokens: {wrong} wrong answers, {gen} of them generator-side")
#> 1500 tokens: 282 wrong answers, 45 of them generator-side
#> 3000 tokens: 208 wrong answers, 58 of them generator-side
