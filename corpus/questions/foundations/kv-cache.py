"""KV-cache size for two real configs, and a check that cached decoding changes no output."""
import numpy as np

# (layers, kv_heads, head_dim): Llama 2 7B keeps one KV head per query head (MHA);
# Llama 3 8B shares 8 KV heads among its 32 query heads (GQA, groups of 4).
MODELS = {"llama2-7b MHA": (32, 32, 128), "llama3-8b GQA": (32, 8, 128)}


def kv_bytes(layers, kv_heads, head_dim, seq_len=1, batch=1, bytes_per_el=2):
    # the 2 counts one K and one V vector per token, per layer, per KV head
    return 2 * layers * kv_heads * head_dim * seq_len * batch * bytes_per_el


GiB = 2**30
for name, cfg in MODELS.items():
    print(f"{name}: {kv_bytes(*cfg) // 1024} KiB/token in FP16 | 4K tokens x 1 seq:"
          f" {kv_bytes(*cfg, 4096) / GiB:g} GiB | x 32 seqs: {kv_bytes(*cfg, 4096, 32) / GiB:g} GiB"
          f" | x 32 in FP8: {kv_bytes(*cfg, 4096, 32, 1) / GiB:g} GiB")
#> llama2-7b MHA: 512 KiB/token in FP16 | 4K tokens x 1 seq: 2 GiB | x 32 seqs: 64 GiB | x 32 in FP8: 32 GiB
#> llama3-8b GQA: 128 KiB/token in FP16 | 4K tokens x 1 seq: 0.5 GiB | x 32 seqs: 16 GiB | x 32 in FP8: 8 GiB

# Toy check: one causal attention head decodes 6 tokens, one per step.
rng = np.random.default_rng(0)
d, n = 8, 6
Wq, Wk, Wv = (rng.standard_normal((d, d)) for _ in range(3))
x = rng.standard_normal((n, d))  # the tokens' hidden states, in order


def attend(q, K, V):  # softmax(K q / sqrt(d)) weighted sum of V rows
    s = K @ q / np.sqrt(d)
    w = np.exp(s - s.max())
    return (w / w.sum()) @ V


# No cache: each step re-projects K and V for the whole prefix.
out_plain, proj_plain = [], 0
for t in range(1, n + 1):
    K, V = x[:t] @ Wk, x[:t] @ Wv
    proj_plain += t
    out_plain.append(attend(x[t - 1] @ Wq, K, V))

# With a cache: project only the new token, append it, attend over all stored rows.
K_cache, V_cache, out_cached, scores_cached = [], [], [], 0
for t in range(n):
    K_cache.append(x[t] @ Wk)
    V_cache.append(x[t] @ Wv)
    scores_cached += len(K_cache)  # the new query still scores every cached key
    out_cached.append(attend(x[t] @ Wq, np.array(K_cache), np.array(V_cache)))

diff = np.max(np.abs(np.array(out_plain) - np.array(out_cached)))
print("same outputs:", bool(diff < 1e-12))
#> same outputs: True
print(f"K/V projections: {proj_plain} without cache, {len(K_cache)} with cache")
#> K/V projections: 21 without cache, 6 with cache
print(f"attention scores with cache: {scores_cached} = 1+2+...+{n}, still quadratic in length")
#> attention scores with cache: 21 = 1+2+...+6, still quadratic in length
