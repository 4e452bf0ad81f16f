"""Label bias from a skewed example set, and contextual calibration (Zhao et al. 2021).
No model is called: label_probs is a scripted stand-in whose bias is an assumed shift in
log-odds; the size of that shift is swept, not chosen."""
import numpy as np
LABELS = np.array(["neg", "pos"])
EXAMPLES = ["neg", "pos", "pos", "pos", "pos"]            # 4 pos, 1 neg, last one pos
share = np.array([(EXAMPLES.count(k) + 1) / (len(EXAMPLES) + 2) for k in LABELS])
tilt = np.log(share) + 0.5 * (LABELS == EXAMPLES[-1])     # majority + recency pull
rng = np.random.default_rng(0)
truth = rng.integers(0, 2, 500)                           # 0 = neg, 1 = pos
evidence = rng.normal(np.where(truth == 1, 1.0, -1.0), 1.0)
NA = np.zeros(1)                                 # "N/A" carries no evidence either way
print("assumed: evidence for pos ~ N(+1, 1) on pos items, N(-1, 1) on neg items;\n"
      f"500 items, {truth.mean():.0%} of them pos (a random draw);\n"
      "label k's shift = beta * (log its smoothed share + 0.5 if last)")
#> assumed: evidence for pos ~ N(+1, 1) on pos items, N(-1, 1) on neg items;
#> 500 items, 55% of them pos (a random draw);
#> label k's shift = beta * (log its smoothed share + 0.5 if last)

def label_probs(evidence, beta, domain=0.0):     # stand-in for label probabilities
    logits = np.stack([-evidence / 2, evidence / 2 + domain], axis=-1) + beta * tilt
    p = np.exp(logits - logits.max(axis=-1, keepdims=True))
    return p / p.sum(axis=-1, keepdims=True)
def right(p, p_cf):           # Zhao et al.: divide by the content-free probs; argmax
    return ((p / p_cf).argmax(-1) == truth).astype(float)

print("beta  raw (share pos)  calibrated (probe sees half)  gain, 95% paired")
#> beta  raw (share pos)  calibrated (probe sees half)  gain, 95% paired
for beta in (0, 0.25, 0.5, 1, 2, 3):
    p = label_probs(evidence, beta)
    raw, calibrated = right(p, 1), right(p, label_probs(NA, beta))
    gain, half_probe = calibrated - raw, right(p, label_probs(NA, beta / 2)).mean()
    margin = 1.96 * gain.std(ddof=1) / len(gain) ** 0.5  # 95%, paired: one item set
    print(f"{beta:4.2f}  {raw.mean():.2f} ({p.argmax(-1).mean():.2f})      "
          f"{calibrated.mean():.2f} ({half_probe:.2f})",
          f"{gain.mean():+22.2f} ± {margin:.2f}")
#> 0.00  0.81 (0.53)      0.81 (0.81)                  +0.00 ± 0.00
#> 0.25  0.83 (0.62)      0.81 (0.83)                  -0.02 ± 0.03
#> 0.50  0.80 (0.71)      0.81 (0.83)                  +0.01 ± 0.04
#> 1.00  0.68 (0.86)      0.81 (0.80)                  +0.13 ± 0.05
#> 2.00  0.56 (0.99)      0.81 (0.68)                  +0.25 ± 0.05
#> 3.00  0.55 (1.00)      0.81 (0.59)                  +0.26 ± 0.06
print("calibration exactly undoes a shift that ignores the input, so gain = what the\n"
      "shift cost: nothing (within noise) for small shifts, all of the loss for large\n"
      "ones; a probe that sees half the shift leaves half, which hurts at large beta")
#> calibration exactly undoes a shift that ignores the input, so gain = what the
#> shift cost: nothing (within noise) for small shifts, all of the loss for large
#> ones; a probe that sees half the shift leaves half, which hurts at large beta
print("beta 2 plus a pull to pos from domain words (per input: mean m, sd m/2),\n"
      "unseen by 'N/A'. Calibrated accuracy, probing with 'N/A' / 20 in-domain texts:")
#> beta 2 plus a pull to pos from domain words (per input: mean m, sd m/2),
#> unseen by 'N/A'. Calibrated accuracy, probing with 'N/A' / 20 in-domain texts:
for m in (0.5, 1.0, 2.0):
    p, na = label_probs(evidence, 2, rng.normal(m, m / 2, 500)), label_probs(NA, 2)
    probe = label_probs(np.zeros(20), 2, rng.normal(m, m / 2, 20)).mean(0)  # Fei et al.
    print(f"  m {m}: {right(p, na).mean():.2f} / {right(p, probe).mean():.2f}")
#>   m 0.5: 0.81 / 0.80
#>   m 1.0: 0.74 / 0.81
#>   m 2.0: 0.64 / 0.74
print("'N/A' leaves the mean pull; in-domain probes remove it, but not the spread")
#> 'N/A' leaves the mean pull; in-domain probes remove it, but not the spread
