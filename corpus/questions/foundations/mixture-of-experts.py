"""A top-2 mixture-of-experts layer at toy scale, then Mixtral 8x7B's parameters from its config."""
import numpy as np

rng = np.random.default_rng(7)
D_MODEL, D_FF, N_EXPERTS, TOP_K = 16, 64, 8, 2

# Each expert is an ordinary feed-forward block (two matrices); the router is one linear layer.
experts = [(rng.standard_normal((D_MODEL, D_FF)) / 4, rng.standard_normal((D_FF, D_MODEL)) / 8)
           for _ in range(N_EXPERTS)]
router = rng.standard_normal((D_MODEL, N_EXPERTS)) / 2


def moe_layer(x):
    logits = x @ router                        # one score per expert
    chosen = np.argsort(logits)[::-1][:TOP_K]  # the k highest-scoring experts
    gates = np.exp(logits[chosen] - logits[chosen].max())
    gates /= gates.sum()                       # softmax over the chosen k only, as Mixtral does
    out = np.zeros(D_MODEL)
    for gate, e in zip(gates, chosen):         # only these k experts run for this token
        w_in, w_out = experts[e]
        out += gate * (np.maximum(x @ w_in, 0) @ w_out)
    return out, chosen, gates


tokens = rng.standard_normal((4096, D_MODEL))
for i, x in enumerate(tokens[:3]):
    _, chosen, gates = moe_layer(x)
    print(f"token {i}: experts {chosen.tolist()} gates {np.round(gates, 2).tolist()}")
#> token 0: experts [6, 4] gates [0.76, 0.24]
#> token 1: experts [6, 7] gates [0.74, 0.26]
#> token 2: experts [2, 3] gates [0.76, 0.24]

per_expert = 2 * D_MODEL * D_FF
total = N_EXPERTS * per_expert + router.size
active = TOP_K * per_expert + router.size
print(f"params: {total} stored, {active} used per token ({active / total:.1%})")
#> params: 16512 stored, 4224 used per token (25.6%)

# Load balance over many tokens: f = share of routed slots, p = mean router probability.
logits = tokens @ router
top = np.argsort(logits, axis=1)[:, ::-1][:, :TOP_K]
f = np.bincount(top.ravel(), minlength=N_EXPERTS) / top.size
probs = np.exp(logits - logits.max(axis=1, keepdims=True))
p = (probs / probs.sum(axis=1, keepdims=True)).mean(axis=0)
print("share of routed slots per expert:", np.round(f, 3).tolist())
#> share of routed slots per expert: [0.119, 0.138, 0.086, 0.094, 0.127, 0.134, 0.148, 0.154]
print(f"Switch-style balance loss N*sum(f*p): {N_EXPERTS * (f * p).sum():.3f} (1.000 = perfectly even)")
#> Switch-style balance loss N*sum(f*p): 1.034 (1.000 = perfectly even)

# Why batched decoding reads nearly all weights each step: B tokens touch almost every expert.
for batch in (1, 4, 16, 64):
    touched = 1 - (1 - TOP_K / N_EXPERTS) ** batch  # uniform, independent routing assumed
    print(f"batch {batch:>2}: {touched:.0%} of experts read per layer per step")
#> batch  1: 25% of experts read per layer per step
#> batch  4: 68% of experts read per layer per step
#> batch 16: 99% of experts read per layer per step
#> batch 64: 100% of experts read per layer per step

# Mixtral 8x7B from its config: only the feed-forward blocks are replicated per expert.
layers, d, d_ff, vocab, kv_dim = 32, 4096, 14336, 32000, 1024
expert_ffn = 3 * d * d_ff                          # SwiGLU: gate, up and down projections
attention = 2 * d * d + 2 * d * kv_dim             # Q and O full width; K and V use 8 KV heads
shared = layers * (attention + d * 8) + 2 * vocab * d  # + router, + input and output embeddings
total_b = (shared + layers * 8 * expert_ffn) / 1e9
active_b = (shared + layers * 2 * expert_ffn) / 1e9
print(f"Mixtral 8x7B: {total_b:.1f}B total, {active_b:.1f}B active, {total_b * 2:.0f} GB of BF16 weights")
#> Mixtral 8x7B: 46.7B total, 12.9B active, 93 GB of BF16 weights
