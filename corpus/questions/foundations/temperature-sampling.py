"""Temperature, top-p and min-p on a toy distribution; summation order and greedy."""
import numpy as np

# raw scores after "The weather is": sunny cloudy warm rainy cold nice humid purple
LOGITS = np.array([3.0, 2.2, 1.8, 1.5, 1.0, 0.6, 0.0, -2.0])


def softmax(logits, temperature=1.0):
    z = logits / temperature  # temperature divides the logits BEFORE the softmax
    e = np.exp(z - z.max())
    return e / e.sum()


for t in (0.2, 0.7, 1.0, 1.5):
    p = softmax(LOGITS, t)
    bits = -(p * np.log2(p)).sum()
    print(f"T={t}: p(top)={p.max():.3f} p(purple)={p[-1]:.4f} entropy={bits:.2f} bits")
#> T=0.2: p(top)=0.979 p(purple)=0.0000 entropy=0.16 bits
#> T=0.7: p(top)=0.581 p(purple)=0.0005 entropy=1.84 bits
#> T=1.0: p(top)=0.443 p(purple)=0.0030 entropy=2.28 bits
#> T=1.5: p(top)=0.329 p(purple)=0.0117 entropy=2.60 bits
junk = 500 * softmax(LOGITS, 1.5)[-1]  # expected "purple" draws over 500 sampled tokens
print(f"T=1.5: {junk:.1f} junk draws per 500 tokens if every step had this toy's shape")
#> T=1.5: 5.9 junk draws per 500 tokens if every step had this toy's shape
print("  (toy assumption: real steps differ in shape and have far larger vocabularies)")
#>   (toy assumption: real steps differ in shape and have far larger vocabularies)


def top_p(p, nucleus):  # size of the smallest set of top tokens reaching `nucleus`
    cum = np.cumsum(np.sort(p)[::-1])
    return int(np.argmax(cum >= nucleus - 1e-9)) + 1  # tolerance for float sums


def min_p(p, ratio):  # tokens at least `ratio` times as likely as the top one
    return int((p >= ratio * p.max()).sum())


# Hugging Face and vLLM apply temperature first, so it changes which tokens survive.
for t in (0.7, 1.0, 1.5):
    p = softmax(LOGITS, t)
    print(f"T={t} top-p=0.9 keeps {top_p(p, 0.9)} | min-p=0.1 keeps {min_p(p, 0.1)}")
#> T=0.7 top-p=0.9 keeps 4 | min-p=0.1 keeps 4
#> T=1.0 top-p=0.9 keeps 5 | min-p=0.1 keeps 5
#> T=1.5 top-p=0.9 keeps 6 | min-p=0.1 keeps 7

# Greedy drift, from seeded random numbers: each of 8,000 logits is a dot product of
# 2,048 float32 terms. Sum each left to right, then in 8 chunks (kernels split a
# reduction differently at different batch sizes), and count pairs that change rank.
rng = np.random.default_rng(0)
D, V = 2048, 8000
hidden = rng.standard_normal(D, dtype=np.float32)
weights = rng.standard_normal((V, D), dtype=np.float32) * np.float32(0.07)
terms = hidden * weights  # (V, D) float32 products
one_pass = np.cumsum(terms, axis=1)[:, -1]
chunked = np.cumsum(np.cumsum(terms.reshape(V, 8, -1), axis=2)[:, :, -1], axis=1)[:, -1]
moved = np.abs(one_pass - chunked)
print(f"logit sd {one_pass.std():.2f}; the order moves a logit by median"
      f" {np.median(moved):.1e}, max {moved.max():.1e}")
#> logit sd 3.25; the order moves a logit by median 1.4e-06, max 2.1e-05
rank = np.argsort(-one_pass)  # best first, by the one-pass sums
lead = -np.diff(one_pass[rank])  # each token's lead over the next-ranked token
swapped = np.diff(chunked[rank]) > 0  # the chunked sums order that pair the other way
print(f"{swapped.sum()} of {V - 1} neighbouring pairs swap; largest lead that"
      f" swapped {lead[swapped].max():.1e}")
#> 11 of 7999 neighbouring pairs swap; largest lead that swapped 4.8e-06
print(f"top-2 lead at this step {lead[0]:.2f}: greedy keeps its pick here")
#> top-2 lead at this step 0.43: greedy keeps its pick here
print("toy scale: one sum; a full model compounds rounding over many layers")
#> toy scale: one sum; a full model compounds rounding over many layers
