"""MaxSim late interaction against one mean-pooled vector, and bytes per passage."""
import numpy as np

rng, DIM = np.random.default_rng(0), 64
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

# Bytes per passage. ColBERTv2: centroid id + b-bit residual per dim (shared centroids).
TOKENS, D_TOK, D_ONE, ID_BYTES = 200, 128, 1024, 4  # assumptions, printed below
print(f"assumed: {TOKENS} tokens, {D_TOK}-d per token, {D_ONE}-d single,"
      f" {ID_BYTES} B centroid id, no index")
#> assumed: 200 tokens, 128-d per token, 1024-d single, 4 B centroid id, no index
rows = [("one vector, float32", D_ONE * 4, 32), ("one vector, int8", D_ONE, 8),
        ("one vector, binary", D_ONE // 8, 1),
        ("per token, float16", TOKENS * D_TOK * 2, 16),
        ("per token, 2-bit residual", TOKENS * (ID_BYTES + D_TOK * 2 // 8), 2),
        ("per token, 1-bit residual", TOKENS * (ID_BYTES + D_TOK // 8), 1),
        ("ColPali page, 1,030 x 128 bfloat16", 1030 * D_TOK * 2, 16)]
for name, size, bits in rows:  # ratios: to a float32 vector, to one at the same bits
    print(f"{name:<35}{size:>8,} B {size / (D_ONE * 4):6.2f}x f32"
          f" {size / (D_ONE * bits / 8):6.1f}x same bits")
#> one vector, float32                   4,096 B   1.00x f32    1.0x same bits
#> one vector, int8                      1,024 B   0.25x f32    1.0x same bits
#> one vector, binary                      128 B   0.03x f32    1.0x same bits
#> per token, float16                   51,200 B  12.50x f32   25.0x same bits
#> per token, 2-bit residual             7,200 B   1.76x f32   28.1x same bits
#> per token, 1-bit residual             4,000 B   0.98x f32   31.2x same bits
#> ColPali page, 1,030 x 128 bfloat16  263,680 B  64.38x f32  128.8x same bits
