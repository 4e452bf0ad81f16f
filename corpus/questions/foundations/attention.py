"""Scaled dot-product attention with a causal mask on 4 tokens, and why the 1/sqrt(d_k) matters."""
import numpy as np

rng = np.random.default_rng(2)
n, d_model, h = 4, 8, 2          # 4 tokens, model width 8, 2 heads
d_k = d_model // h               # each head works in a 4-wide subspace


def softmax(s):                  # row-wise; subtracting the row max avoids overflow
    e = np.exp(s - s.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def attention(Q, K, V, causal):
    scores = Q @ K.T / np.sqrt(Q.shape[-1])          # (n, n): query i against key j
    if causal:                                       # token i may not see tokens j > i
        scores = np.where(np.triu(np.ones_like(scores, dtype=bool), k=1), -np.inf, scores)
    w = softmax(scores)                              # exp(-inf) = 0 exactly
    return w @ V, w


X = rng.standard_normal((n, d_model))                # one row per token
Wq, Wk, Wv, Wo = (rng.standard_normal((d_model, d_model)) / np.sqrt(d_model) for _ in range(4))
Q, K, V = X @ Wq, X @ Wk, X @ Wv                     # each (n, d_model) = h heads side by side

heads, weights = [], []
for i in range(h):                                   # head i owns columns i*d_k .. (i+1)*d_k - 1
    cols = slice(i * d_k, (i + 1) * d_k)
    out, w = attention(Q[:, cols], K[:, cols], V[:, cols], causal=True)
    heads.append(out)
    weights.append(w)
concat = np.concatenate(heads, axis=1)               # (n, h * d_k) = (n, d_model)
Y = concat @ Wo                                      # output projection mixes the heads

print("head 0 weights (row = query token, column = key token):")
print(np.round(weights[0], 2))
#> head 0 weights (row = query token, column = key token):
#> [[1.   0.   0.   0.  ]
#>  [0.36 0.64 0.   0.  ]
#>  [0.33 0.33 0.34 0.  ]
#>  [0.06 0.37 0.26 0.32]]
print("row sums:", weights[0].sum(axis=1).round(6), "| future weights all exactly 0:",
      bool(np.all(np.triu(weights[0], k=1) == 0)))
#> row sums: [1. 1. 1. 1.] | future weights all exactly 0: True
print("shapes: X", X.shape, "| per-head Q, K, V", Q[:, :d_k].shape, "| weights", weights[0].shape,
      "| concat", concat.shape, "| Y", Y.shape)
#> shapes: X (4, 8) | per-head Q, K, V (4, 4) | weights (4, 4) | concat (4, 8) | Y (4, 8)

# Why scale: q.k over d_k unit-variance components has variance d_k, so logits spread with sqrt(d_k).
d_k, n_keys, n_rows = 64, 16, 2000
q, k = rng.standard_normal((n_rows, d_k)), rng.standard_normal((n_keys, d_k))
for label, divisor in (("unscaled", 1.0), ("/ sqrt(64)", np.sqrt(d_k))):
    logits = q @ k.T / divisor
    p = softmax(logits)
    sum_p2 = (p**2).sum(axis=1)   # Frobenius norm of the softmax Jacobian diag(p) - p p^T, per row:
    grad = np.sqrt(sum_p2 - 2 * (p**3).sum(axis=1) + sum_p2**2)
    print(f"{label:>10}: logit std {logits.std():4.1f} | median top weight"
          f" {np.median(p.max(axis=1)):.2f} | rows with gradient norm < 0.01: {np.mean(grad < 0.01):.0%}")
#>   unscaled: logit std  8.0 | median top weight 0.94 | rows with gradient norm < 0.01: 26%
#> / sqrt(64): logit std  1.0 | median top weight 0.23 | rows with gradient norm < 0.01: 0%
