"""Label bias from a skewed example set, and contextual calibration (Zhao et al. 2021).
No model is called: label_probs is a scripted stand-in whose bias is an assumed shift in
log-odds; the size of that shift is swept, not chosen."""
import numpy as np

LABELS = np.array(["neg", "pos"])
EXAMPLES = ["neg", "pos", "pos", "pos", "pos"]            # 4 pos, 1 neg, last one pos
share = np.array([(EXAMPLES.count(k) + 1) / (len(EXAMPLES) + 2) for k in LABELS])
tilt = np.log(share) + 0.5 * (LABELS == EXAMPLES[-1])     # majority + recency pull
print("assumed: evidence for pos ~ N(+1, 1) on pos items, N(-1, 1) on neg, 500 items\n"
      "about half pos; label k's shift = beta * (log its smoothed share + 0.5 if last)")
#> assumed: evidence for pos ~ N(+1, 1) on pos items, N(-1, 1) on neg, 500 items
#> about half pos; label k's shift = beta * (log its smoothed share + 0.5 if last)


def label_probs(evidence, beta, domain=0.0):     # stand-in for label probabilities
    logits = np.stack([-evidence / 2, evidence / 2 + domain], axis=-1) + beta * tilt
    p = np.exp(logits - logits.max(axis=-1, keepdims=True))
    return p / p.sum(axis=-1, keepdims=True)


def right(p, p_cf):           # Zhao et al.: divide by the content-free probs; argmax
    return ((p / p_cf).argmax(-1) == truth).astype(float)


rng = np.random.default_rng(0)
truth = rng.integers(0, 2, 500)
evidence = rng.normal(np.where(truth == 1, 1.0, -1.0), 1.0)
NA = np.zeros(1)                                 # "N/A" carries no evidence either way
print("beta  raw (share pos)  calibrated  gain, 95% paired  probe sees half")
#> beta  raw (share pos)  calibrated  gain, 95% paired  probe sees half
for beta in (0, 0.25, 0.5, 1, 2, 3):
    p = label_probs(evidence, beta)
    raw, cal = right(p, 1), right(p, label_probs(NA, beta))
    half, gain = right(p, label_probs(NA, beta / 2)).mean(), cal - raw
    hw = 1.96 * gain.std(ddof=1) / len(gain) ** 0.5  # paired: both scored on one set
    print(f"{beta:4.2f}  {raw.mean():.2f} ({p.argmax(-1).mean():.2f}){cal.mean():16.2f}"
          f"{gain.mean():+11.2f} ± {hw:.2f}{half:17.2f}")
#> 0.00  0.81 (0.53)            0.81      +0.00 ± 0.00             0.81
#> 0.25  0.83 (0.62)            0.81      -0.02 ± 0.03             0.83
#> 0.50  0.80 (0.71)            0.81      +0.01 ± 0.04             0.83
#> 1.00  0.68 (0.86)            0.81      +0.13 ± 0.05             0.80
#> 2.00  0.56 (0.99)            0.81      +0.25 ± 0.05             0.68
#> 3.00  0.55 (1.00)            0.81      +0.26 ± 0.06             0.59
print("gain = accuracy the assumed shift took; calibration returns all of it only\n"
      "because the toy shift ignores the input, which is exactly what it undoes")
#> gain = accuracy the assumed shift took; calibration returns all of it only
#> because the toy shift ignores the input, which is exactly what it undoes
print("beta 2 plus a pull to pos from domain words, per input ~ N(m, m/2), unseen by\n"
      "'N/A'; calibrated accuracy probing with 'N/A' / with 20 random in-domain texts:")
#> beta 2 plus a pull to pos from domain words, per input ~ N(m, m/2), unseen by
#> 'N/A'; calibrated accuracy probing with 'N/A' / with 20 random in-domain texts:
for m in (0.5, 1.0, 2.0):
    p, na = label_probs(evidence, 2, rng.normal(m, m / 2, 500)), label_probs(NA, 2)
    probe = label_probs(np.zeros(20), 2, rng.normal(m, m / 2, 20)).mean(0)  # Fei et al.
    print(f"  m {m}: {right(p, na).mean():.2f} / {right(p, probe).mean():.2f}")
#>   m 0.5: 0.81 / 0.80
#>   m 1.0: 0.74 / 0.81
#>   m 2.0: 0.64 / 0.74
print("'N/A' leaves the mean pull; in-domain probes remove it, but not the spread")
#> 'N/A' leaves the mean pull; in-domain probes remove it, but not the spread
