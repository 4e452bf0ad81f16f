"""Top-2 mixture-of-experts at toy scale; Mixtral's parameters; DeepSeek-V3's memory."""
import numpy as np

rng = np.random.default_rng(7)
D_MODEL, D_FF, N_EXPERTS, TOP_K = 16, 64, 8, 2

# Each expert is an ordinary feed-forward block; the router is one linear layer.
experts = [(rng.standard_normal((D_MODEL, D_FF)) / 4,
            rng.standard_normal((D_FF, D_MODEL)) / 8) for _ in range(N_EXPERTS)]
router = rng.standard_normal((D_MODEL, N_EXPERTS)) / 2


def moe_layer(x):
    logits = x @ router                        # one score per expert
    chosen = np.argsort(logits)[::-1][:TOP_K]  # the k highest-scoring experts
    gates = np.exp(logits[chosen] - logits[chosen].max())
    gates /= gates.sum()                       # softmax over the chosen k (Mixtral)
    out = np.zeros(D_MODEL)
    for gate, e in zip(gates, chosen):         # only these k experts run for this token
        w_in, w_out = experts[e]
        out += gate * (np.maximum(x @ w_in, 0) @ w_out)
    return out, chosen, gates


tokens = rng.standard_normal((4096, D_MODEL))
for i, x in enumerate(tokens[:2]):
    _, chosen, gates = moe_layer(x)
    print(f"token {i}: experts {chosen.tolist()} gates {np.round(gates, 2).tolist()}")
#> token 0: experts [6, 4] gates [0.76, 0.24]
#> token 1: experts [6, 7] gates [0.74, 0.26]

# Load balance over many tokens: f = share of routed slots, p = mean router probability.
logits = tokens @ router
top = np.argsort(logits, axis=1)[:, ::-1][:, :TOP_K]
f = np.bincount(top.ravel(), minlength=N_EXPERTS) / top.size
probs = np.exp(logits - logits.max(axis=1, keepdims=True))
p = (probs / probs.sum(axis=1, keepdims=True)).mean(axis=0)
print(f"slot shares {f.min():.3f} to {f.max():.3f}; Switch term N*sum(f*p)"
      f" {N_EXPERTS * (f * p).sum():.3f} (1 = even)")
#> slot shares 0.086 to 0.154; Switch term N*sum(f*p) 1.034 (1 = even)

# Why batched decoding reads nearly all weights: B tokens touch almost every expert.
# The formula assumes even, independent routing; the toy router's share is measured.
for batch in (1, 16):
    even = 1 - (1 - TOP_K / N_EXPERTS) ** batch
    groups = top[: len(top) // batch * batch].reshape(-1, batch * TOP_K)
    seen = np.mean([len(set(g)) for g in groups]) / N_EXPERTS
    print(f"batch {batch:>2}: experts read per layer per step {even:.0%} if even and"
          f" independent, {seen:.0%} measured")
#> batch  1: experts read per layer per step 25% if even and independent, 25% measured
#> batch 16: experts read per layer per step 99% if even and independent, 98% measured

# Mixtral 8x7B from its config: only the feed-forward blocks are copied per expert.
layers, d, d_ff, vocab, kv_dim = 32, 4096, 14336, 32000, 1024
expert_ffn = 3 * d * d_ff                        # SwiGLU: gate, up, down projections
attention = 2 * d * d + 2 * d * kv_dim           # Q, O full width; K, V have 8 KV heads
shared = layers * (attention + d * 8) + 2 * vocab * d  # + routers, embeddings in/out
total, active = shared + layers * 8 * expert_ffn, shared + layers * 2 * expert_ffn
print(f"Mixtral: {total / 1e9:.1f}B total, {active / 1e9:.1f}B active,"
      f" BF16 {total * 2e-9:.0f} GB")
#> Mixtral: 46.7B total, 12.9B active, BF16 93 GB

# DeepSeek-V3's FP8 checkpoint on eight H100 80GB (SXM) cards; README_WEIGHTS gives
# 671B main-model weights. GB = 10**9 bytes, GiB = 2**30; nvidia-smi shows 81,559 MiB.
main, bf16, card = 671e9, 1.8e9, 81559 * 2**20
print(f"assumed: {bf16 / 1e9}B (embedding, output head) BF16; rest 1 byte + FP32 scale"
      " per 128x128")
#> assumed: 1.8B (embedding, output head) BF16; rest 1 byte + FP32 scale per 128x128
print("ignored: norms, routers (small); 14B MTP module (README: 685B = 671B + 14B)")
#> ignored: norms, routers (small); 14B MTP module (README: 685B = 671B + 14B)
weights = (main - bf16) * (1 + 4 / 128**2) + bf16 * 2
print(f"weights {weights / 1e9:.0f} GB = {weights / 2**30:.0f} GiB; 8 x 80 GB read as"
      f" 10**9 bytes = 640 GB: {'fit' if 640e9 >= weights else 'too small'}")
#> weights 673 GB = 627 GiB; 8 x 80 GB read as 10**9 bytes = 640 GB: too small
spare = (8 * card - weights) / 2**30
print(f"8 x 81,559 MiB: {8 * card / 2**30:.0f} GiB, {spare:.0f} GiB spare in all for"
      " KV cache, activations, runtime")
#> 8 x 81,559 MiB: 637 GiB, 10 GiB spare in all for KV cache, activations, runtime
for bits in (4.5, 5.0):  # assumed averages for 4-bit builds: codes + per-group scales
    q4 = main * bits / 8
    print(f"4-bit build, assumed {bits} bits/weight: {q4 / 1e9:.0f} GB ="
          f" {q4 / 2**30:.0f} GiB; 8 x 80 GB: {'fit' if 640e9 >= q4 else 'too small'}")
#> 4-bit build, assumed 4.5 bits/weight: 377 GB = 352 GiB; 8 x 80 GB: fit
#> 4-bit build, assumed 5.0 bits/weight: 419 GB = 391 GiB; 8 x 80 GB: fit
