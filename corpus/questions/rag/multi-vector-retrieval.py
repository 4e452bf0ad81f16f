"""MaxSim late interaction against one mean-pooled vector, and bytes per passage."""
import numpy as np

rng = np.random.default_rng(0)
DIM = 64
VOCAB = ["refund", "E1042", "policy", "days", "shipping", "tracking", "carrier",
         "parcel", "warehouse", "address", "label", "customs"]
raw = rng.normal(size=(len(VOCAB), DIM))
concept = dict(zip(VOCAB, raw / np.linalg.norm(raw, axis=1, keepdims=True)))


def encode(words):
    """Stand-in for a contextual encoder: word direction plus noise, unit length."""
    vecs = np.array([concept[w] + rng.normal(0, 0.05, DIM) for w in words])
    return vecs / np.linalg.norm(vecs, axis=1, keepdims=True)


def maxsim(q, d):
    """Each query token keeps its best passage-token score; those scores add up."""
    return (q @ d.T).max(axis=1).sum()


def pooled_cosine(q, d):
    """One vector per side: mean of the token vectors, then cosine."""
    a, b = q.mean(axis=0), d.mean(axis=0)
    return a @ b / (np.linalg.norm(a) * np.linalg.norm(b))


query = encode(["refund", "E1042"])
b = encode(["refund", "policy", "refund", "days", "policy", "refund"])  # no E1042
print("A: 'refund E1042' + n shipping-FAQ tokens; B: refund policy, no E1042")
#> A: 'refund E1042' + n shipping-FAQ tokens; B: refund policy, no E1042
for n in (0, 3, 8, 24):
    a = encode(["refund", "E1042"] + [VOCAB[4 + i % 8] for i in range(n)])
    ms_a, ms_b = maxsim(query, a), maxsim(query, b)
    pc_a, pc_b = pooled_cosine(query, a), pooled_cosine(query, b)
    print(f"n={n:<2} MaxSim A {ms_a:.2f} B {ms_b:.2f}   pooled A {pc_a:.2f} "
          f"B {pc_b:.2f}   pooled picks {'AB'[int(pc_b > pc_a)]}, dots {2 * (n + 2)}")
#> n=0  MaxSim A 1.75 B 0.99   pooled A 0.85 B 0.43   pooled picks A, dots 4
#> n=3  MaxSim A 1.77 B 0.99   pooled A 0.51 B 0.43   pooled picks A, dots 10
#> n=8  MaxSim A 1.76 B 0.99   pooled A 0.39 B 0.43   pooled picks B, dots 20
#> n=24 MaxSim A 1.77 B 0.99   pooled A 0.24 B 0.43   pooled picks B, dots 52
print("dots = MaxSim dot products (pooled: 1); the flip point is this toy's, not a law")
#> dots = MaxSim dot products (pooled: 1); the flip point is this toy's, not a law

# Bytes per passage. ColBERTv2 stores each token vector as a centroid id plus a residual
# of b bits per dimension; the centroid table is shared by the whole corpus.
TOKENS, D_TOK, D_ONE, ID_BYTES = 200, 128, 1024, 4  # assumptions, printed below
print(f"assumed: {TOKENS} tokens, {D_TOK}-d per token, {D_ONE}-d single,"
      f" {ID_BYTES} B centroid id, no index")
#> assumed: 200 tokens, 128-d per token, 1024-d single, 4 B centroid id, no index
sizes = {"one vector, float32": D_ONE * 4,
         "per token, float16": TOKENS * D_TOK * 2,
         "per token, 2-bit residual": TOKENS * (ID_BYTES + D_TOK * 2 // 8),
         "per token, 1-bit residual": TOKENS * (ID_BYTES + D_TOK // 8),
         "ColPali page, 1,030 x 128 bfloat16": 1030 * D_TOK * 2}
for name, size in sizes.items():
    print(f"{name:<35} {size:>8,} B  {size / (D_ONE * 4):5.1f}x one vector")
#> one vector, float32                    4,096 B    1.0x one vector
#> per token, float16                    51,200 B   12.5x one vector
#> per token, 2-bit residual              7,200 B    1.8x one vector
#> per token, 1-bit residual              4,000 B    1.0x one vector
#> ColPali page, 1,030 x 128 bfloat16   263,680 B   64.4x one vector
