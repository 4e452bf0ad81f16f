"""KV-cache bytes for real layouts, what one GPU holds, and a check that it is exact."""
import numpy as np

KiB, GiB = 2**10, 2**30

def kv_bytes(layers, kv_heads, head_dim, tokens=1, bytes_per_el=2):  # 2 B = FP16/BF16
    return 2 * layers * kv_heads * head_dim * tokens * bytes_per_el  # 2: one K, one V

# (layers, KV heads, head width) from each model's published config.
print(f"Llama 2 7B, MHA with 32 KV heads: {kv_bytes(32, 32, 128) / KiB:.0f} KiB/token")
#> Llama 2 7B, MHA with 32 KV heads: 512 KiB/token
print(f"Llama 3 8B, GQA with 8 KV heads: {kv_bytes(32, 8, 128) / KiB:.0f} KiB/token")
#> Llama 3 8B, GQA with 8 KV heads: 128 KiB/token
# MLA caches a 512-wide latent plus a 64-wide rotary key per layer, shared by all heads.
print(f"DeepSeek-V3, MLA over 61 layers: {61 * (512 + 64) * 2 / KiB:.1f} KiB/token")
#> DeepSeek-V3, MLA over 61 layers: 68.6 KiB/token
# gpt-oss-120b: 36 layers alternate full attention with a 128-token sliding window.
hybrid = kv_bytes(18, 8, 64, 131_072) + kv_bytes(18, 8, 64, 128)
print(f"gpt-oss-120b at 128K tokens: {hybrid / GiB:.2f} GiB,"
      f" {kv_bytes(36, 8, 64, 131_072) / GiB:.2f} GiB if every layer were full")
#> gpt-oss-120b at 128K tokens: 4.50 GiB, 9.00 GiB if every layer were full

# Llama 3 8B (8.03e9 params, BF16) on an H100 80GB. vLLM budgets gpu_memory_utilization
# of the total CUDA reports: about 79.1 GiB in its logs (nvidia-smi shows 81,559 MiB).
TOTAL, WEIGHTS, ACTIVATIONS = 79.1 * GiB, 8.03e9 * 2, 1.5 * GiB
print(f"assumed: {ACTIVATIONS / GiB} GiB activation peak; CUDA-graph size varies")
#> assumed: 1.5 GiB activation peak; CUDA-graph size varies
old = 0.90 * TOTAL - WEIGHTS - ACTIVATIONS  # before v0.21.0, graphs sat outside it
print(f"util 0.90, graphs outside (before v0.21.0): {old / GiB:.1f} GiB of cache")
#> util 0.90, graphs outside (before v0.21.0): 54.7 GiB of cache
for graphs in (0.5, 1.0, 0.02 * TOTAL / GiB):  # the last, 2% of TOTAL, breaks even
    new = 0.92 * TOTAL - WEIGHTS - ACTIVATIONS - graphs * GiB
    tokens = int(new // kv_bytes(32, 8, 128))
    print(f"util 0.92, {graphs:.1f} GiB graphs inside: {new / GiB:.1f} GiB ="
          f" {tokens:,} tokens = {tokens // 8192} x 8K")
#> util 0.92, 0.5 GiB graphs inside: 55.8 GiB = 457,236 tokens = 55 x 8K
#> util 0.92, 1.0 GiB graphs inside: 55.3 GiB = 453,140 tokens = 55 x 8K
#> util 0.92, 1.6 GiB graphs inside: 54.7 GiB = 448,372 tokens = 54 x 8K

# Toy check: one causal head decodes 6 tokens, without and with a cache.
rng = np.random.default_rng(0)
d, n = 8, 6
Wq, Wk, Wv = (rng.standard_normal((d, d)) for _ in range(3))
x = rng.standard_normal((n, d))  # the tokens' hidden states, in order

def attend(q, K, V):  # softmax(K q / sqrt(d)) weighted sum of V rows
    s = K @ q / np.sqrt(d)
    w = np.exp(s - s.max())
    return (w / w.sum()) @ V

plain, projections = [], 0
for t in range(1, n + 1):  # no cache: re-project K and V for the whole prefix
    projections += t
    plain.append(attend(x[t - 1] @ Wq, x[:t] @ Wk, x[:t] @ Wv))
K_cache, V_cache, cached, scores = [], [], [], 0
for t in range(n):  # cache: project only the new token and append it
    K_cache.append(x[t] @ Wk)
    V_cache.append(x[t] @ Wv)
    scores += len(K_cache)  # the new query still scores every key
    cached.append(attend(x[t] @ Wq, np.array(K_cache), np.array(V_cache)))
same = np.max(np.abs(np.array(plain) - np.array(cached))) < 1e-12
print(f"same outputs: {same} | K/V projections {projections} -> {len(K_cache)}"
      f" | attention scores still {scores} = 1+2+...+{n}")
#> same outputs: True | K/V projections 21 -> 6 | attention scores still 21 = 1+2+...+6
