"""Size semantic search over 10M products. Every input is an assumption: change it."""
import math

N, TOK = 10_000_000, 150  # assumed: products; tokens each (title, attributes, text)
CHURN = 0.01  # assumed: share of products whose text changes per day
M = 16        # faiss HNSW graph: 2M level-0 ids, M per upper level, a level, an offset
GRAPH = N * (4 * (2 * M + M / (M - 1)) + 4 + 8)  # bytes; 1/(M-1) upper levels expected
MODELS = [  # (name, dimensions, list $ per 1M tokens as of November 2026)
    ("text-embedding-3-small", 1536, 0.02), ("text-embedding-3-large", 3072, 0.13),
    ("text-embedding-3-large @1024", 1024, 0.13), ("voyage-4-lite", 1024, 0.02),
    ("Qwen3-Embedding-0.6B, self-hosted", 1024, None)]
tokens = N * TOK
print(f"assumed: {N:,} products x {TOK} tokens = {tokens / 1e9:.1f}B tokens, "
      f"{CHURN:.0%} re-embedded a day")
#> assumed: 10,000,000 products x 150 tokens = 1.5B tokens, 1% re-embedded a day
print(f"{'model':35}{'dims':>5}{'once $':>10}{'daily $':>8}{'f32 GB':>8}{'int8 GB':>8}")
#> model                               dims    once $ daily $  f32 GB int8 GB
for name, dims, price in MODELS:
    f32, i8 = (N * dims * b + GRAPH for b in (4, 1))   # vectors + graph, one copy
    once = "GPU time" if price is None else f"{tokens / 1e6 * price:.0f}"
    daily = "" if price is None else f"{tokens * CHURN / 1e6 * price:.2f}"
    print(f"{name:35}{dims:>5}{once:>10}{daily:>8}{f32 / 1e9:8.1f}{i8 / 1e9:8.1f}")
    #> text-embedding-3-small              1536        30    0.30    62.9    16.8
    #> text-embedding-3-large              3072       195    1.95   124.3    32.2
    #> text-embedding-3-large @1024        1024       195    1.95    42.4    11.7
    #> voyage-4-lite                       1024        30    0.30    42.4    11.7
    #> Qwen3-Embedding-0.6B, self-hosted   1024  GPU time            42.4    11.7
print(f"OpenAI Batch (Nov 2026): half price, 24 h window, 50,000 inputs max: "
      f"{math.ceil(N / 50_000)}+ batches")
#> OpenAI Batch (Nov 2026): half price, 24 h window, 50,000 inputs max: 200+ batches
# Time, not money, limits a full re-embed: it runs at your rate limit or GPU throughput.
hours = ", ".join(f"{tokens / t / 60:.1f} h at {t / 1e6:.0f}M" for t in (1e6, 5e6, 2e7))
print(f"full re-embed at assumed tokens/min: {hours}")
#> full re-embed at assumed tokens/min: 25.0 h at 1M, 5.0 h at 5M, 1.2 h at 20M
PEAK_QPS = 500                                    # assumed peak searches per second
index_gb = (N * 1024 + GRAPH) / 1e9               # 1024-d int8 + graph, one replica
print(f"RAM: int8 + graph ({GRAPH / N:.0f} B a vector); float32 copy for rescoring on "
      f"SSD, {N * 4096 / 1e9:.0f} GB")
#> RAM: int8 + graph (144 B a vector); float32 copy for rescoring on SSD, 41 GB
for per_replica in (300, 1_000):                  # assumed filtered-ANN QPS per node
    reps = math.ceil(PEAK_QPS / per_replica) + 1  # +1: survive one node down at peak
    print(f"assumed ANN {per_replica:>5} QPS/node, {PEAK_QPS} QPS peak: "
          f"{reps} replicas, {reps * index_gb:.1f} GB RAM")
    #> assumed ANN   300 QPS/node, 500 QPS peak: 3 replicas, 35.0 GB RAM
    #> assumed ANN  1000 QPS/node, 500 QPS peak: 2 replicas, 23.4 GB RAM

PAIR_TOK = 120  # assumed: query + title + attributes; the reranker skips descriptions
RATES = (1e6, 0.25e6)  # 2 FLOPs per parameter per token at ~40% of H100 BF16 peak
GPU_H = 2.0     # assumed $ per GPU-hour, 730 h a month; the bill scales with it
print(f"assumed: {PAIR_TOK}-token pairs; ${GPU_H:.0f} a GPU-hour; one H100 scores "
      f"{RATES[0] / 1e6:.0f}M tok/s\n  with a 0.2B cross-encoder, or {RATES[1] / 1e6}M "
      "with a 0.8B one")
#> assumed: 120-token pairs; $2 a GPU-hour; one H100 scores 1M tok/s
#>   with a 0.2B cross-encoder, or 0.25M with a 0.8B one
for depth in (20, 50, 100):                       # candidates the cross-encoder scores
    need = PEAK_QPS * depth * PAIR_TOK            # tokens per second at peak
    gpus = [math.ceil(need / rate) for rate in RATES]
    usd = [g * 730 * GPU_H / 1e3 for g in gpus]
    print(f"rerank top {depth:>3}: {need / 1e6:3.1f}M tok/s -> {gpus[0]} or "
          f"{gpus[1]:>2} GPUs, ${usd[0]:.1f}K or ${usd[1]:.1f}K a month")
    #> rerank top  20: 1.2M tok/s -> 2 or  5 GPUs, $2.9K or $7.3K a month
    #> rerank top  50: 3.0M tok/s -> 3 or 12 GPUs, $4.4K or $17.5K a month
    #> rerank top 100: 6.0M tok/s -> 6 or 24 GPUs, $8.8K or $35.0K a month
