"""Calibrating an LLM judge: chance-corrected agreement with human labels (Cohen's
kappa, then weighted kappa on a 1-5 scale), and a position-swap check on pairwise
verdicts. No model is called: the judges are scripted fakes so numbers are fixed."""

def kappa(a, b, weight=lambda x, y: float(x != y)):
    """1 - observed / chance-expected disagreement. 0/1 weights give Cohen's kappa;
    weights growing with distance give weighted kappa (Cohen 1968)."""
    n, levels = len(a), sorted(set(a) | set(b))
    observed = sum(weight(x, y) for x, y in zip(a, b)) / n
    chance = sum(weight(x, y) * a.count(x) * b.count(y)
                 for x in levels for y in levels) / n ** 2
    return 1 - observed / chance

# Pass (P) / fail (F) on 20 outputs: the human passes 16, so "always pass" scores 80%.
human = list("PPFPPPPFPPPPPFPPPPFP")
for name, judge in [("always_pass", list("P" * 20)),
                    ("rubric_judge", list("PPFPFPPFPPPPPPPPPPFP"))]:
    agree = sum(h == j for h, j in zip(human, judge)) / 20
    print(f"{name:12s} agreement={agree:.2f} kappa={kappa(human, judge):.2f}")
#> always_pass  agreement=0.80 kappa=0.00
#> rubric_judge agreement=0.90 kappa=0.69

# A 1-5 score on 12 outputs. Both scripted judges match the human exactly on 6;
# judge_near misses the rest by one point, judge_far by three or four.
human_15 = [5, 4, 2, 3, 1, 4, 5, 2, 3, 4, 1, 5]
judges_15 = {"judge_near": [5, 3, 2, 4, 1, 5, 5, 3, 3, 3, 2, 5],
             "judge_far": [5, 1, 2, 3, 5, 4, 1, 5, 3, 1, 4, 5]}
linear = lambda x, y: abs(x - y) / 4          # partial credit: a near miss costs less
quadratic = lambda x, y: (abs(x - y) / 4) ** 2  # squared: far misses cost far more
for name, judge in judges_15.items():
    print(f"{name:10s} exact={sum(h == j for h, j in zip(human_15, judge)) / 12:.2f}"
          f" kappa={kappa(human_15, judge):.2f} weighted:"
          f" linear={kappa(human_15, judge, linear):.2f}"
          f" quadratic={kappa(human_15, judge, quadratic):.2f}")
#> judge_near exact=0.50 kappa=0.37 weighted: linear=0.68 quadratic=0.87
#> judge_far  exact=0.50 kappa=0.37 weighted: linear=0.02 quadratic=-0.25

# Pairwise: X vs Y on 10 prompts with hidden quality scores. The fake judge picks
# the better answer only when the gap is >= 2; otherwise the one shown first.
quality = [(5, 2), (3, 3), (4, 3), (2, 4), (3, 3),
           (2, 3), (1, 5), (4, 3), (3, 3), (4, 2)]
def fake_judge(first, second):                  # a gap >= 2 is seen; a closer call
    (name1, q1), (name2, q2) = first, second    # goes to slot A (position bias)
    return name2 if q2 - q1 >= 2 else name1

flips, x_first, kept = 0, 0, {"X": 0, "Y": 0, "tie": 0}
truth = dict(kept)                              # who really is better, from quality
for qx, qy in quality:
    truth["X" if qx > qy else "Y" if qy > qx else "tie"] += 1
    v1, v2 = fake_judge(("X", qx), ("Y", qy)), fake_judge(("Y", qy), ("X", qx))
    x_first += v1 == "X"
    flips += v1 != v2
    kept[v1 if v1 == v2 else "tie"] += 1        # a win must survive the swap
print(f"verdicts that flip when swapped: {flips} of 10")
print(f"X win rate if X is always shown first: {x_first / 10:.0%}")
print(f"swap-consistent verdicts: {kept}")
#> verdicts that flip when swapped: 6 of 10
#> X win rate if X is always shown first: 80%
#> swap-consistent verdicts: {'X': 2, 'Y': 2, 'tie': 6}
print(f"true winners: {truth}; {kept['tie'] - truth['tie']} close calls became ties")
#> true winners: {'X': 4, 'Y': 3, 'tie': 3}; 3 close calls became ties
