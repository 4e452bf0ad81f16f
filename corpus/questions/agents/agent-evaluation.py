"""pass@k and pass^k from repeated trials, with intervals over tasks (toy, seeded)."""
from math import comb, sqrt
import numpy as np

TASKS, TRIALS = 40, 8
rng = np.random.default_rng(0)
# Assumption: each task has its own true success rate, mean 0.6 in both populations;
# Beta(0.6, 0.4) gives many tasks that nearly always pass or nearly always fail.
# tau-bench's 2024 GPT-4o retail agent (pass^1 0.60, pass^4 0.38, README leaderboard)
# is much closer to "spread".
POPULATIONS = {"uniform": np.full(TASKS, 0.6), "spread": rng.beta(0.6, 0.4, TASKS)}
print(f"assumed: {TASKS} tasks x {TRIALS} trials each; true success rate per task:")
#> assumed: 40 tasks x 8 trials each; true success rate per task:
print("  uniform = every task 0.6; spread = drawn from Beta(0.6, 0.4), mean 0.6")
#>   uniform = every task 0.6; spread = drawn from Beta(0.6, 0.4), mean 0.6


def pass_at_k(c, n, k):   # Chen et al. 2021: P(at least one of k trials succeeds)
    return 1 - comb(n - c, k) / comb(n, k)


def pass_hat_k(c, n, k):  # tau-bench: P(all k trials succeed), k drawn from the n run
    return comb(c, k) / comb(n, k)


def over_tasks(metric, c, k):  # both metrics are averaged over tasks
    return float(np.mean([metric(int(ci), TRIALS, k) for ci in c]))


def wilson(successes, n, z=1.96):  # 95% interval for a share of independent units
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return f"[{centre - half:.2f}, {centre + half:.2f}]"


for name, rates in POPULATIONS.items():
    c = rng.binomial(TRIALS, rates)  # successes per task: the logged trial outcomes
    hats = " ".join(f"{over_tasks(pass_hat_k, c, k):.2f}" for k in (1, 2, 4, 8))
    p1 = over_tasks(pass_hat_k, c, 1)
    print(f"{name}: pass^1,2,4,8 = {hats}   pass@4 = {over_tasks(pass_at_k, c, 4):.2f}"
          f"   (pass^1)^4 = {p1 ** 4:.2f}")
    # Trials of one task are correlated, so resample TASKS (keeping their trials).
    boot = c[rng.integers(0, TASKS, (2000, TASKS))]
    b1 = np.percentile(boot.mean(axis=1) / TRIALS, [2.5, 97.5])
    b4 = np.percentile([over_tasks(pass_hat_k, row, 4) for row in boot], [2.5, 97.5])
    print(f"  pass^1: Wilson over {TASKS * TRIALS} trials "
          f"{wilson(int(c.sum()), TASKS * TRIALS)}, bootstrap over tasks "
          f"[{b1[0]:.2f}, {b1[1]:.2f}]")
    all8 = int((c == TRIALS).sum())  # pass^8 with 8 trials: a share of TASKS
    print(f"  pass^4: bootstrap over tasks [{b4[0]:.2f}, {b4[1]:.2f}]; "
          f"pass^8: {all8}/{TASKS} tasks, Wilson {wilson(all8, TASKS)}")
#> uniform: pass^1,2,4,8 = 0.60 0.37 0.14 0.03   pass@4 = 0.98   (pass^1)^4 = 0.13
#>   pass^1: Wilson over 320 trials [0.55, 0.66], bootstrap over tasks [0.55, 0.66]
#>   pass^4: bootstrap over tasks [0.08, 0.21]; pass^8: 1/40 tasks, Wilson [0.00, 0.13]
#> spread: pass^1,2,4,8 = 0.62 0.52 0.41 0.30   pass@4 = 0.79   (pass^1)^4 = 0.15
#>   pass^1: Wilson over 320 trials [0.57, 0.67], bootstrap over tasks [0.50, 0.74]
#>   pass^4: bootstrap over tasks [0.28, 0.55]; pass^8: 12/40 tasks, Wilson [0.18, 0.45]
