"""Memory for 10M vectors by index type; a toy IVF's recall against exact search."""
import numpy as np

N, DIM, M, PQ_BYTES, ID_BYTES, R, GB = 10_000_000, 1024, 16, 64, 8, 64, 1e9
print(f"assume {N:,} x {DIM}-d; HNSW M={M}, faiss layout: 2*M 4-byte links per vector;")
print(f"  IVF-PQ {PQ_BYTES} B code + {ID_BYTES} B id; DiskANN degree {R}; GB = 10**9 B")
f32, f16, i8, links = N * DIM * 4, N * DIM * 2, N * DIM, N * 2 * M * 4
rows = [("Flat float32 (exact)", f32, 0), ("HNSW float32", f32 + links, 0),
        ("HNSW float16", f16 + links, 0),
        ("HNSW int8, float32 on SSD to rescore", i8 + links, f32),
        ("IVF-PQ, float32 on SSD to rescore", N * (PQ_BYTES + ID_BYTES), f32),
        ("DiskANN: PQ in RAM, vectors+graph on SSD", N * PQ_BYTES, f32 + N * R * 4)]
print(f"{'index (one copy; replicas multiply RAM)':<42}{'RAM GB':>8}{'SSD GB':>8}")
for name, ram, ssd in rows:
    print(f"{name:<42}{ram / GB:>8.2f}{ssd / GB:>8.2f}")
#> assume 10,000,000 x 1024-d; HNSW M=16, faiss layout: 2*M 4-byte links per vector;
#>   IVF-PQ 64 B code + 8 B id; DiskANN degree 64; GB = 10**9 B
#> index (one copy; replicas multiply RAM)     RAM GB  SSD GB
#> Flat float32 (exact)                         40.96    0.00
#> HNSW float32                                 42.24    0.00
#> HNSW float16                                 21.76    0.00
#> HNSW int8, float32 on SSD to rescore         11.52   40.96
#> IVF-PQ, float32 on SSD to rescore             0.72   40.96
#> DiskANN: PQ in RAM, vectors+graph on SSD      0.64   43.52

# Toy IVF: k-means cells; a query scans only its nprobe nearest cells. Synthetic vectors
# (16 hidden factors plus noise) stand in for embeddings: the numbers are toy numbers.
rng = np.random.default_rng(0)
n, d, nlist, k = 10_000, 64, 100, 10
mix = rng.standard_normal((16, d), np.float32)
data, queries = (rng.standard_normal((m, 16), np.float32) @ mix
                 + rng.standard_normal((m, d), np.float32) for m in (n, 100))
# Squared L2 distance from every row of a to every row of b.
sq_dists = lambda a, b: (a * a).sum(1)[:, None] - 2 * a @ b.T + (b * b).sum(1)[None, :]
cells = data[rng.choice(n, nlist, replace=False)]
for _ in range(8):  # Lloyd k-means: assign to nearest cell, move cells to their means
    onehot = np.eye(nlist, dtype=np.float32)[sq_dists(data, cells).argmin(1)]
    cells = onehot.T @ data / np.maximum(onehot.sum(0), 1)[:, None]
cell_of = sq_dists(data, cells).argmin(1)
lists = [np.flatnonzero(cell_of == c) for c in range(nlist)]  # the inverted lists
passes = rng.random(n) < 0.05  # a metadata filter that 5% of documents pass
dist = sq_dists(queries, data)
exact = np.argpartition(dist, k - 1, 1)[:, :k]  # brute force: k nearest, unsorted
exact_f = np.argpartition(np.where(passes, dist, np.inf), k - 1, 1)[:, :k]
probe_order = np.argsort(sq_dists(queries, cells), 1)
print(f"toy IVF: {n:,} synthetic {d}-d vectors, {nlist} cells, recall@{k} vs exact")
print("nprobe scanned recall | 5% filter in scan: found recall | filter after: kept")
for nprobe in (1, 4, 16, 64):
    stats = []
    for q in range(len(queries)):
        cand = np.concatenate([lists[c] for c in probe_order[q, :nprobe]])
        top = cand[np.argsort(dist[q, cand])[:k]]
        ok = cand[passes[cand]]
        top_f = ok[np.argsort(dist[q, ok])[:k]]
        stats.append((len(cand) / n, len(set(top) & set(exact[q])) / k, len(top_f),
                      len(set(top_f) & set(exact_f[q])) / k, passes[top].sum()))
    s = np.mean(stats, 0)
    print(f"{nprobe:>6} {s[0]:>7.1%} {s[1]:>6.2f} {s[2]:>26.1f} {s[3]:>6.2f}"
          f" {s[4]:>20.1f}")
#> toy IVF: 10,000 synthetic 64-d vectors, 100 cells, recall@10 vs exact
#> nprobe scanned recall | 5% filter in scan: found recall | filter after: kept
#>      1    1.0%   0.26                        5.0   0.12                  0.5
#>      4    4.1%   0.59                       10.0   0.35                  0.5
#>     16   16.4%   0.94                       10.0   0.75                  0.6
#>     64   65.6%   1.00                       10.0   1.00                  0.5
