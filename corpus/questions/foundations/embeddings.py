"""Embedding storage arithmetic, cosine vs dot product, and binary vectors with float rescoring."""
import numpy as np

BYTES_PER_DIM = {"float32": 4, "float16": 2, "int8": 1, "binary": 1 / 8}  # binary: 1 bit per dim


def raw_gb(n_vectors, dim, dtype):  # raw vectors only, no index overhead; GB = 10**9 bytes
    return n_vectors * dim * BYTES_PER_DIM[dtype] / 1e9


def unit(v):  # L2-normalise along the last axis
    return v / np.linalg.norm(v, axis=-1, keepdims=True)


print("GB   dim  " + "".join(f"{t:>9}" for t in BYTES_PER_DIM))
for n, label in ((1_000_000, "1M"), (10_000_000, "10M")):
    for dim in (384, 768, 1536, 3072):
        print(f"{label:<4} {dim:<4} " + "".join(f"{raw_gb(n, dim, t):>9.3f}" for t in BYTES_PER_DIM))
#> GB   dim    float32  float16     int8   binary
#> 1M   384      1.536    0.768    0.384    0.048
#> 1M   768      3.072    1.536    0.768    0.096
#> 1M   1536     6.144    3.072    1.536    0.192
#> 1M   3072    12.288    6.144    3.072    0.384
#> 10M  384     15.360    7.680    3.840    0.480
#> 10M  768     30.720   15.360    7.680    0.960
#> 10M  1536    61.440   30.720   15.360    1.920
#> 10M  3072   122.880   61.440   30.720    3.840
# An HNSW graph stores about 2 * M neighbour ids of 4 bytes per vector (faiss IndexHNSWFlat).
print(f"HNSW links at M=16 for 10M vectors: {10_000_000 * 2 * 16 * 4 / 1e9:.2f} GB on top")
#> HNSW links at M=16 for 10M vectors: 1.28 GB on top

# Toy 3-d vectors: doc A points almost where the query points; doc B is long but off-angle.
query = np.array([1.0, 0.2, 0.0])
docs = {"A aligned, short": np.array([0.9, 0.25, 0.05]), "B off-angle, long": np.array([3.0, 0.0, 2.5])}
for name, d in docs.items():
    cos = d @ query / (np.linalg.norm(d) * np.linalg.norm(query))
    print(f"{name}: raw dot {d @ query:.3f} | cosine {cos:.3f} | dot of unit vectors"
          f" {unit(d) @ unit(query):.3f} | L2 of unit vectors {np.linalg.norm(unit(d) - unit(query)):.3f}")
#> A aligned, short: raw dot 0.950 | cosine 0.996 | dot of unit vectors 0.996 | L2 of unit vectors 0.091
#> B off-angle, long: raw dot 3.000 | cosine 0.753 | dot of unit vectors 0.753 | L2 of unit vectors 0.702

# Binary quantization: keep the sign of each dimension, shortlist by Hamming distance, then
# rescore the shortlist with the float vectors. Synthetic vectors with 32 hidden factors stand
# in for real embeddings, so the recall numbers are illustrative only.
rng = np.random.default_rng(7)
dim, n_docs, k, shortlist_size = 1024, 5000, 10, 40
mix = rng.standard_normal((32, dim)).astype(np.float32)
corpus = unit(rng.standard_normal((n_docs, 32)).astype(np.float32) @ mix
              + 0.3 * rng.standard_normal((n_docs, dim)).astype(np.float32))
queries = unit(corpus[:50] + 0.9 * unit(rng.standard_normal((50, dim)).astype(np.float32)))
corpus_bits = corpus > 0
recall = {"binary only": [], f"binary top-{shortlist_size}, float rescore": []}
for q in queries:
    exact = set(np.argsort(-(corpus @ q))[:k])
    by_hamming = np.argsort((corpus_bits != (q > 0)).sum(axis=1), kind="stable")
    shortlist = by_hamming[:shortlist_size]
    rescored = shortlist[np.argsort(-(corpus[shortlist] @ q))][:k]
    for key, found in zip(recall, (by_hamming[:k], rescored)):
        recall[key].append(len(exact & set(found)) / k)
print(f"bytes per vector: float32 {dim * 4}, binary {dim // 8} ({dim * 4 // (dim // 8)}x smaller)")
#> bytes per vector: float32 4096, binary 128 (32x smaller)
for key, values in recall.items():
    print(f"recall@{k} against exact float search, {key}: {np.mean(values):.2f}")
#> recall@10 against exact float search, binary only: 0.68
#> recall@10 against exact float search, binary top-40, float rescore: 0.97
