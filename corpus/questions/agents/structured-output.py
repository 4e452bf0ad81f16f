"""Structured output in an agent loop: three layers of checks on one tool call, then how
per-step format failures compound over a run. Model outputs are scripted, not an LLM."""
import json
import numpy as np

ORDERS = {"A-1093": 4999}  # what the order system knows: order id -> total in cents

def check(raw):
    """Parse, then shape (the schema), then values (what only your code can know)."""
    try:
        call = json.loads(raw)
    except json.JSONDecodeError as err:  # strict modes block bad JSON, not a cut-off
        return f"parse error: {err.msg}"
    if (not isinstance(call, dict) or set(call) != {"order_id", "amount"}
            or type(call["amount"]) is not int):  # type(): True is not an amount
        return "schema error: want order_id and integer amount"  # strict mode blocks
    if call["order_id"] not in ORDERS:  # no decoding mode can know this
        return f"value error: no order {call['order_id']}"
    total = ORDERS[call["order_id"]]
    if not 0 < call["amount"] <= total:  # zero, negative or above the order total
        return f"value error: amount must be 1 to {total} cents"
    return "ok"

outputs = {  # scripted stand-ins for a model calling refund(order_id, amount)
    "hit max output tokens": '{"order_id": "A-1093", "amo',
    "JSON, not an object": '["A-1093", 4999]',
    "valid JSON, wrong shape": '{"order": "A-1093", "amount": "49.99"}',
    "valid shape, wrong id": '{"order_id": "A-1039", "amount": 4999}',
    "valid shape, negative": '{"order_id": "A-1093", "amount": -4999}',
    "correct": '{"order_id": "A-1093", "amount": 4999}',
}
for name, raw in outputs.items():
    print(f"{name:<24} -> {check(raw)}")
#> hit max output tokens    -> parse error: Unterminated string starting at
#> JSON, not an object      -> schema error: want order_id and integer amount
#> valid JSON, wrong shape  -> schema error: want order_id and integer amount
#> valid shape, wrong id    -> value error: no order A-1039
#> valid shape, negative    -> value error: amount must be 1 to 4999 cents
#> correct                  -> ok

def run_lost(p, n_steps, retry_fix):
    """A step's first output fails with probability p; one retry repairs a share of
    those (independent retry: 1 - p, the optimistic case). Returns the share lost."""
    return 1 - (1 - p * (1 - retry_fix)) ** n_steps

print("share of runs lost to format failures (p and retry behaviour are assumptions)")
print("              no retry | retry, independent | retry fixes half | retries/run")
#> share of runs lost to format failures (p and retry behaviour are assumptions)
#>               no retry | retry, independent | retry fixes half | retries/run
for p in (0.001, 0.01, 0.05):
    for n in (10, 50):
        none, indep, half = (run_lost(p, n, fix) for fix in (0.0, 1 - p, 0.5))
        print(f"p={p:<5} n={n:>2}: {none:>8.3%} | {indep:>18.3%} | {half:>16.3%} |",
              f"{n * p:>11.3f}")  # about n * p retries a run (fewer if runs die early)
#> p=0.001 n=10:   0.996% |             0.001% |           0.499% |       0.010
#> p=0.001 n=50:   4.879% |             0.005% |           2.470% |       0.050
#> p=0.01  n=10:   9.562% |             0.100% |           4.889% |       0.100
#> p=0.01  n=50:  39.499% |             0.499% |          22.169% |       0.500
#> p=0.05  n=10:  40.126% |             2.472% |          22.367% |       0.500
#> p=0.05  n=50:  92.306% |            11.764% |          71.801% |       2.500

rng = np.random.default_rng(0)  # cross-check one cell by simulating 100,000 runs
bad = rng.random((100_000, 10)) < 0.01
print(f"simulated p=0.01 n=10, no retry: {bad.any(axis=1).mean():.3%} lost")
#> simulated p=0.01 n=10, no retry: 9.534% lost
