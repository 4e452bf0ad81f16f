"""Embedding storage arithmetic, cosine vs dot product, binary codes with rescoring."""
import numpy as np

BYTES_PER_DIM = {"float32": 4, "float16": 2, "int8": 1, "binary": 1 / 8}  # 1 bit each


def raw_gb(n_vectors, dim, dtype):  # raw vectors only, no index; GB = 10**9 bytes
    return n_vectors * dim * BYTES_PER_DIM[dtype] / 1e9


def unit(v):  # L2-normalise along the last axis
    return v / np.linalg.norm(v, axis=-1, keepdims=True)


print("GB for 10M vectors" + "".join(f"{t:>9}" for t in BYTES_PER_DIM))
for dim in (384, 768, 1536, 3072):
    sizes = "".join(f"{raw_gb(10_000_000, dim, t):>9.2f}" for t in BYTES_PER_DIM)
    print(f"  dim {dim:<12}" + sizes)
#> GB for 10M vectors  float32  float16     int8   binary
#>   dim 384             15.36     7.68     3.84     0.48
#>   dim 768             30.72    15.36     7.68     0.96
#>   dim 1536            61.44    30.72    15.36     1.92
#>   dim 3072           122.88    61.44    30.72     3.84
# faiss IndexHNSWFlat: 2 * M neighbour ids of 4 bytes per vector at the base layer
# (upper layers add a little more; other engines lay out their graphs differently).
print(f"HNSW links, M=16, 10M vectors: {10_000_000 * 2 * 16 * 4 / 1e9:.2f} GB extra")
#> HNSW links, M=16, 10M vectors: 1.28 GB extra

# Toy 3-d vectors: A points almost where the query points; B is long but off-angle.
query = np.array([1.0, 0.2, 0.0])
docs = {"A aligned, short": np.array([0.9, 0.25, 0.05]),
        "B off-angle, long": np.array([3.0, 0.0, 2.5])}
for name, d in docs.items():
    cos = d @ query / (np.linalg.norm(d) * np.linalg.norm(query))
    l2 = np.linalg.norm(unit(d) - unit(query))
    print(f"{name}: raw dot {d @ query:.3f}, cosine {cos:.3f}, "
          f"unit dot {unit(d) @ unit(query):.3f}, unit L2 {l2:.3f}")
#> A aligned, short: raw dot 0.950, cosine 0.996, unit dot 0.996, unit L2 0.091
#> B off-angle, long: raw dot 3.000, cosine 0.753, unit dot 0.753, unit L2 0.702

# Binary quantization: keep each dimension's sign, shortlist by Hamming distance, then
# rescore the shortlist with the float query, either against float document vectors
# (a float copy must stay on disk, so only the in-memory index shrinks 32x) or, as in
# Hugging Face's benchmark, against the +1/-1 codes themselves (no float copy at all).
# Synthetic vectors with 32 hidden factors stand in for real embeddings, so the recall
# numbers are illustrative only.
rng = np.random.default_rng(7)
dim, n_docs, k, f32 = 1024, 5000, 10, np.float32
mix = rng.standard_normal((32, dim), dtype=f32)
corpus = unit(rng.standard_normal((n_docs, 32), dtype=f32) @ mix
              + 0.3 * rng.standard_normal((n_docs, dim), dtype=f32))
noise = unit(rng.standard_normal((50, dim), dtype=f32))
queries = unit(corpus[:50] + 0.9 * noise)
codes = np.where(corpus > 0, f32(1), f32(-1))  # sign bits as +1/-1
# Differing bits for every query-document pair in one matrix product.
hamming = (dim - np.where(queries > 0, f32(1), f32(-1)) @ codes.T) / 2
exact = np.argsort(-(queries @ corpus.T), axis=1)[:, :k]  # true top k per query
recall = {(size, docs): [] for size in (10, 20, 40, 80) for docs in ("float", "codes")}
for q, true_top, dist in zip(queries, exact, hamming):
    by_hamming = np.argsort(dist, kind="stable")
    for size, docs in recall:
        shortlist = by_hamming[:size]
        scores = (corpus if docs == "float" else codes)[shortlist] @ q
        top = shortlist[np.argsort(-scores, kind="stable")][:k]
        recall[size, docs].append(len(set(true_top) & set(top)) / k)
print(f"bytes per vector: float32 {dim * 4}, binary {dim // 8}"
      f" ({dim * 4 // (dim // 8)}x smaller in RAM)")
#> bytes per vector: float32 4096, binary 128 (32x smaller in RAM)
print(f"  plus {dim * 4} on disk per vector if rescoring reads float document vectors")
#>   plus 4096 on disk per vector if rescoring reads float document vectors
print(f"recall@{k} vs exact float search (synthetic data, illustrative)")
#> recall@10 vs exact float search (synthetic data, illustrative)
print("  binary shortlist   rescored vs float docs   rescored vs binary codes")
#>   binary shortlist   rescored vs float docs   rescored vs binary codes
for size in (10, 20, 40, 80):
    print(f"  {size:>16}   {np.mean(recall[size, 'float']):>22.2f}"
          f"   {np.mean(recall[size, 'codes']):>24.2f}")
#>                 10                     0.67                       0.67
#>                 20                     0.86                       0.77
#>                 40                     0.96                       0.78
#>                 80                     0.99                       0.79
