"""A semantic-cache threshold on hand-labelled pairs, and a tenant-scoped exact key."""
import hashlib
import zlib
import numpy as np
def embed(text, dim=512):  # lexical toy (hashed trigrams) standing in for an embedder
    t, v = f"  {text.lower()} ", np.zeros(dim)
    for i in range(len(t) - 2):
        v[zlib.crc32(t[i:i + 3].encode()) % dim] += 1
    return v / np.linalg.norm(v)
def wilson_hi(k, n, z=1.96):  # 95% Wilson upper bound on a rate seen k times in n
    return (k/n + z*z/(2*n) + z*(k/n*(1-k/n)/n + z*z/(4*n*n)) ** 0.5) / (1 + z*z/n)
PAIRS = [("how can I reset my password", "how do I reset my password", True),
    ("whats the refund policy", "what is your refund policy", True),
    ("how do i cancel my subscription", "cancel my subscription", True),
    ("export a report as csv", "export report to csv", True),
    ("update the billing email", "change billing email", True),
    ("is streaming supported by the api", "does the api support streaming", True),
    ("download my invoices", "where can I download invoices", True),
    ("team plan price", "pricing for the team plan", True),
    ("cancel my order", "cancel my subscription", False),
    ("how do I reset my username", "how do I reset my password", False),
    ("refund policy in the EU", "refund policy in the US", False),
    ("import report from csv", "export report to csv", False),
    ("pricing for the pro plan", "pricing for the team plan", False),
    ("delete my api key", "delete my account", False),
    ("change billing address", "change billing email", False),
    ("is streaming supported on the free plan", "is streaming supported by the api",
     False)]
sim = np.array([embed(a) @ embed(b) for a, b, _ in PAIRS])
ok = np.array([label for *_, label in PAIRS])  # hand label: may the answer be reused?
n = int((~ok).sum())  # labelled near-misses
print("toy pairs, lexical toy embedder (hashed trigrams): scores are not a real "
      "model's\nm = assumed share of lookups whose nearest entry is a near-miss")
#> toy pairs, lexical toy embedder (hashed trigrams): scores are not a real model's
#> m = assumed share of lookups whose nearest entry is a near-miss
print("sim >=  servable hit  near-miss hit (95% hi)  false hits/1,000 (hi): m=5% m=20%")
#> sim >=  servable hit  near-miss hit (95% hi)  false hits/1,000 (hi): m=5% m=20%
for th in (0.6, 0.7, 0.8, 0.85):  # false hits = 1000 * m * hi: the bound, not k / n
    rec, k = (sim[ok] >= th).mean(), int((sim[~ok] >= th).sum())
    print(f"{th:6.2f} {rec:13.0%} {k / n:16.0%} ({wilson_hi(k, n):4.0%})"
          f"{1000 * .05 * wilson_hi(k, n):29.0f}{1000 * .2 * wilson_hi(k, n):6.0f}")
    #>   0.60           88%             100% (100%)                           50   200
    #>   0.70           38%              38% ( 69%)                           35   139
    #>   0.80           25%              25% ( 59%)                           30   118
    #>   0.85            0%              12% ( 47%)                           24    94
overlap = sim[~ok].max() >= sim[ok].min()  # a near-miss outscores a servable pair
print(f"scores {'overlap' if overlap else 'separate'} (mean {sim[ok].mean():.2f} vs "
      f"{sim[~ok].mean():.2f}): toy {'cannot' if overlap else 'may'} set a threshold")
#> scores overlap (mean 0.71 vs 0.71): toy cannot set a threshold
print(f"0 false hits in {n} near-misses still allows {wilson_hi(0, n):.0%}, in 300 "
      f"{wilson_hi(0, 300):.1%} (Wilson 95%):\nlabel hundreds of near-miss pairs from "
      "your logs and rerun with your embedder")
#> 0 false hits in 8 near-misses still allows 32%, in 300 1.3% (Wilson 95%):
#> label hundreds of near-miss pairs from your logs and rerun with your embedder
key = lambda *f: hashlib.sha256("\x1f".join(f).encode()).hexdigest()  # exact-cache
call = ("model-2026-11", "temp=0", "prompt-v7", "index-42", "when is my next invoice?")
SCOPES = {"without": ((), ()), "with": (("acme", "admin"), ("globex", "admin"))}
for label, (acme_scope, globex_scope) in SCOPES.items():  # tenant and role in the key
    cache = {key(*call, *acme_scope): "Acme: Enterprise plan, next invoice 1 December"}
    got = cache.get(key(*call, *globex_scope), "miss, so the model is called")
    print(f"key {label} tenant; globex gets: {got}")
    #> key without tenant; globex gets: Acme: Enterprise plan, next invoice 1 December
    #> key with tenant; globex gets: miss, so the model is called
