"""Causal multi-head attention in a pre-norm block on 4 tokens, and why 1/sqrt(d_k)."""
import numpy as np

rng = np.random.default_rng(2)
n, d_model, h = 4, 8, 2          # 4 tokens, model width 8, 2 heads
d_k = d_model // h               # each head works in a 4-wide subspace

def softmax(s):                  # row-wise; subtracting the row max avoids overflow
    e = np.exp(s - s.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)

def rms_norm(x):                 # as in Llama, without the learned gain
    return x / np.sqrt((x**2).mean(axis=-1, keepdims=True) + 1e-6)

def attention(Q, K, V):          # causal: token i may not see tokens j > i
    scores = Q @ K.T / np.sqrt(Q.shape[-1])      # (n, n): query i against key j
    future = np.triu(np.ones_like(scores, dtype=bool), k=1)
    w = softmax(np.where(future, -np.inf, scores))  # exp(-inf) = 0 exactly
    return w @ V, w

X = rng.standard_normal((n, d_model))            # residual stream, one row per token
Wq, Wk, Wv, Wo = rng.standard_normal((4, d_model, d_model)) / np.sqrt(d_model)
W1, W2 = np.random.default_rng(3).standard_normal((2, d_model, 4 * d_model)) / 4

def block(X):                    # x + attention(norm(x)), then x + ffn(norm(x))
    Xn = rms_norm(X)
    Q, K, V = Xn @ Wq, Xn @ Wk, Xn @ Wv          # (n, d_model): h heads side by side
    outs = [attention(Q[:, c], K[:, c], V[:, c])  # head i owns columns i*d_k..
            for c in (slice(i * d_k, (i + 1) * d_k) for i in range(h))]
    H = X + np.concatenate([o for o, _ in outs], axis=1) @ Wo  # W_O mixes heads
    return H + np.maximum(rms_norm(H) @ W1, 0) @ W2.T, outs[0][1]  # per-token FFN

Y, w0 = block(X)
print("head 0 weights (row = query, column = key); row sums", w0.sum(axis=1).round(6))
print(np.round(w0, 2))
#> head 0 weights (row = query, column = key); row sums [1. 1. 1. 1.]
#> [[1.   0.   0.   0.  ]
#>  [0.2  0.8  0.   0.  ]
#>  [0.19 0.41 0.41 0.  ]
#>  [0.09 0.41 0.25 0.25]]
for t in (0, 3):                 # edit one token: which output rows move?
    X2 = X.copy()
    X2[t] += 1.0
    moved = (np.abs(block(X2)[0] - Y) > 1e-9).any(axis=1)
    print(f"edit token {t}: rows changed", moved)
#> edit token 0: rows changed [ True  True  True  True]
#> edit token 3: rows changed [False False False  True]

# Why scale: q.k over d_k unit-variance terms has variance d_k, so std sqrt(d_k).
d_k, n_keys, n_rows, FLAT = 64, 16, 2000, 0.01
q, k = rng.standard_normal((n_rows, d_k)), rng.standard_normal((n_keys, d_k))
print(f"{n_rows} random queries x {n_keys} keys, d_k = {d_k};"
      f" flat row = softmax Jacobian norm < {FLAT}")
#> 2000 random queries x 16 keys, d_k = 64; flat row = softmax Jacobian norm < 0.01
for label, divisor in (("unscaled", 1.0), ("/ sqrt(64)", np.sqrt(d_k))):
    logits = q @ k.T / divisor
    p = softmax(logits)
    sum_p2 = (p**2).sum(axis=1)  # per row: Frobenius norm of Jacobian diag(p) - pp^T
    grad = np.sqrt(sum_p2 - 2 * (p**3).sum(axis=1) + sum_p2**2)
    top, flat = np.median(p.max(axis=1)), np.mean(grad < FLAT)
    print(f"{label:>10}: logit std {logits.std():4.1f} | median top weight {top:.2f}"
          f" | flat rows {flat:.0%}")
#>   unscaled: logit std  8.0 | median top weight 0.94 | flat rows 26%
#> / sqrt(64): logit std  1.0 | median top weight 0.23 | flat rows 0%
