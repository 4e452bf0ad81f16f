"""Calibrating an LLM judge: agreement and Cohen's kappa against human labels,
then a position-swap check on pairwise verdicts. No model is called: the
judges below are scripted fakes so the numbers are fixed and checkable."""

def cohens_kappa(a, b):
    """Kappa = (p_o - p_e) / (1 - p_e): agreement corrected for chance."""
    n = len(a)
    p_o = sum(x == y for x, y in zip(a, b)) / n            # observed agreement
    labels = set(a) | set(b)
    p_e = sum((a.count(k) / n) * (b.count(k) / n) for k in labels)  # chance
    return p_o, (p_o - p_e) / (1 - p_e)

# 20 outputs labelled pass (P) or fail (F) by a human reviewer: 16 P, 4 F.
human        = list("PPFPPPPFPPPPPFPPPPFP")
always_pass  = list("P" * 20)                 # a lazy judge that never fails anything
rubric_judge = list("PPFPFPPFPPPPPPPPPPFP")   # misses one F, wrongly fails one P

for name, judge in [("always_pass", always_pass), ("rubric_judge", rubric_judge)]:
    p_o, kappa = cohens_kappa(human, judge)
    print(f"{name:13s} agreement={p_o:.2f} kappa={kappa:.2f}")
#> always_pass   agreement=0.80 kappa=0.00
#> rubric_judge  agreement=0.90 kappa=0.69

# Pairwise: candidate X vs baseline Y on 10 prompts. The hidden quality scores
# stand in for the truth. The fake judge picks the better answer only when the
# gap is obvious (>= 2); otherwise it picks whichever answer sits first.
quality = [(5, 2), (3, 3), (4, 3), (2, 4), (3, 3),
           (2, 3), (1, 5), (4, 3), (3, 3), (4, 2)]

def fake_judge(first, second):
    (name1, q1), (name2, q2) = first, second
    if abs(q1 - q2) >= 2:
        return name1 if q1 > q2 else name2
    return name1                                # position bias: slot A wins

flips, x_first_wins, consistent = 0, 0, {"X": 0, "Y": 0, "tie": 0}
for qx, qy in quality:
    x, y = ("X", qx), ("Y", qy)
    v1 = fake_judge(x, y)                       # X shown first
    v2 = fake_judge(y, x)                       # same pair, order swapped
    x_first_wins += v1 == "X"
    flips += v1 != v2
    consistent[v1 if v1 == v2 else "tie"] += 1  # a win must survive the swap

print(f"verdicts that flip when the order is swapped: {flips} of {len(quality)}")
print(f"X win rate if X is always shown first: {x_first_wins / len(quality):.0%}")
print(f"swap-consistent verdicts: {consistent}")
#> verdicts that flip when the order is swapped: 6 of 10
#> X win rate if X is always shown first: 80%
#> swap-consistent verdicts: {'X': 2, 'Y': 2, 'tie': 6}
