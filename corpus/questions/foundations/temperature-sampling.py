"""Temperature, top-k, top-p, min-p on a toy distribution; float32 summation order flips argmax."""
import numpy as np

TOKENS = ["sunny", "cloudy", "warm", "rainy", "cold", "nice", "humid", "purple"]
LOGITS = np.array([3.0, 2.2, 1.8, 1.5, 1.0, 0.6, 0.0, -2.0])  # raw scores after "The weather is"


def softmax(logits, temperature=1.0):
    z = logits / temperature  # temperature divides the logits BEFORE softmax
    e = np.exp(z - z.max())
    return e / e.sum()


for t in (0.2, 0.7, 1.0, 1.5):
    p = softmax(LOGITS, t)
    entropy_bits = -(p * np.log2(p)).sum()
    print(f"T={t}: p(top)={p.max():.3f} p(purple)={p[-1]:.4f} entropy={entropy_bits:.2f} bits")
#> T=0.2: p(top)=0.979 p(purple)=0.0000 entropy=0.16 bits
#> T=0.7: p(top)=0.581 p(purple)=0.0005 entropy=1.84 bits
#> T=1.0: p(top)=0.443 p(purple)=0.0030 entropy=2.28 bits
#> T=1.5: p(top)=0.329 p(purple)=0.0117 entropy=2.60 bits


def top_k(p, k):  # keep the k most likely tokens
    return [TOKENS[i] for i in np.argsort(-p)[:k]]


def top_p(p, nucleus):  # keep the smallest set of top tokens whose mass reaches `nucleus`
    order = np.argsort(-p)
    reached = np.cumsum(p[order]) >= nucleus - 1e-9  # tolerance: float sums can fall short of 1.0
    n_keep = int(np.argmax(reached)) + 1 if reached.any() else len(p)
    return [TOKENS[i] for i in order[:n_keep]]


def min_p(p, ratio):  # keep tokens at least `ratio` times as likely as the top one
    return [tok for tok, q in zip(TOKENS, p) if q >= ratio * p.max()]


print("top-k=3:", top_k(softmax(LOGITS), 3))
#> top-k=3: ['sunny', 'cloudy', 'warm']
# Hugging Face and vLLM apply temperature first, so it changes which tokens survive.
for t in (0.7, 1.0, 1.5):
    p = softmax(LOGITS, t)
    print(f"T={t} top-p=0.9 keeps {len(top_p(p, 0.9))} | min-p=0.1 keeps {len(min_p(p, 0.1))}")
#> T=0.7 top-p=0.9 keeps 4 | min-p=0.1 keeps 4
#> T=1.0 top-p=0.9 keeps 5 | min-p=0.1 keeps 5
#> T=1.5 top-p=0.9 keeps 6 | min-p=0.1 keeps 7

# Float addition is not associative: the same 100,000 float32 terms summed in one pass
# and in 8 chunks (as a kernel may split the work differently for another batch size).
rng = np.random.default_rng(0)
terms = rng.standard_normal(100_000).astype(np.float32)
one_pass = np.cumsum(terms)[-1]  # strictly left to right, in float32
chunked = np.float32(sum(np.cumsum(c)[-1] for c in terms.reshape(8, -1)))
print(f"one pass {one_pass:.6f} | 8 chunks {chunked:.6f} | float64 {terms.astype(np.float64).sum():.6f}")
#> one pass -90.824966 | 8 chunks -90.824631 | float64 -90.825078
rival = (one_pass + chunked) / 2  # a near-tie: token B's logit sits inside the rounding gap
for name, logit_a in (("one pass", one_pass), ("8 chunks", chunked)):
    print(f"{name}: greedy picks {'token A' if logit_a > rival else 'token B'}")
#> one pass: greedy picks token B
#> 8 chunks: greedy picks token A
