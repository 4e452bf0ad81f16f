"""LoRA's trainable share of an 8B model; the monthly cost of keeping facts fresh."""
import textwrap

# LoRA adds a d_in x r and an r x d_out matrix beside each frozen one. Llama 3 8B: 32
# layers, hidden 4096, KV width 1024, MLP width 14336; r=16 on all seven linear layers:
n = 32 * 16 * (2 * (4096 + 4096) + 2 * (4096 + 1024) + 3 * (4096 + 14336))
print(f"LoRA r=16, all linear layers: {n:,} trainable = {100 * n / 8_030_261_248:.2f}%")
#> LoRA r=16, all linear layers: 41,943,040 trainable = 0.52%

# Every input is an ASSUMPTION for illustration, not a vendor quote. Both paths run the
# same eval set and the same human review after each weekly update.
A = dict(embed_usd_M=0.02, input_usd_M=0.50, output_usd_M=2.00, gpu_usd_h=3.0,
         train_tok_s=2000, index_usd_month=50, judge_usd_q=0.01, eval_qs=1000,
         review_h_week=4, engineer_usd_h=100, docs=20_000, doc_tok=1000,
         changed_week=500, queries_month=200_000, context_tok=2000, prompt_tok=500,
         answer_tok=300, paraphrases=10, epochs=3, weeks=4, tuned_price_x=1.0)
print(textwrap.fill("assumed: " + ", ".join(f"{k}={v:,}" for k, v in A.items()), 85))
#> assumed: embed_usd_M=0.02, input_usd_M=0.5, output_usd_M=2.0, gpu_usd_h=3.0,
#> train_tok_s=2,000, index_usd_month=50, judge_usd_q=0.01, eval_qs=1,000,
#> review_h_week=4, engineer_usd_h=100, docs=20,000, doc_tok=1,000, changed_week=500,
#> queries_month=200,000, context_tok=2,000, prompt_tok=500, answer_tok=300,
#> paraphrases=10, epochs=3, weeks=4, tuned_price_x=1.0
print("assumed: same base model and per-token price on both paths (merged adapter, no")
#> assumed: same base model and per-token price on both paths (merged adapter, no
print("  serving premium, tuned_price_x=1); the last table raises the tuned price")
#>   serving premium, tuned_price_x=1); the last table raises the tuned price


def monthly(a, path, extra_review_h=0):  # same four cost lines on every path
    changed_M = a["changed_week"] * a["doc_tok"] / 1e6  # M tokens changed per week
    trained_M = a["docs"] * a["doc_tok"] / 1e6 if path == "LoRA all" else changed_M
    gpu_h = trained_M * 1e6 * a["paraphrases"] * a["epochs"] / a["train_tok_s"] / 3600
    context_usd = a["queries_month"] * a["context_tok"] / 1e6 * a["input_usd_M"]
    base_usd = a["queries_month"] * (a["prompt_tok"] * a["input_usd_M"]
                                     + a["answer_tok"] * a["output_usd_M"]) / 1e6
    week = {"update": changed_M * a["embed_usd_M"],  # RAG: re-embed the changed docs
            "serving": a["index_usd_month"] / a["weeks"] + context_usd / a["weeks"],
            "evals": a["eval_qs"] * a["judge_usd_q"],
            "review": (a["review_h_week"] + extra_review_h) * a["engineer_usd_h"]}
    if path != "RAG":  # paraphrase only changed docs (cached); no retrieval at serving
        paraphrase_usd = changed_M * a["paraphrases"] * a["output_usd_M"]
        week["update"] = paraphrase_usd + gpu_h * a["gpu_usd_h"]
        # no context tokens; only the tuned model's price premium over the base, if any
        week["serving"] = (a["tuned_price_x"] - 1) * base_usd / a["weeks"]
    return {line: a["weeks"] * usd for line, usd in week.items()}


# "LoRA changed" trains each week on the changed docs only; "LoRA all" on every doc.
PATHS = ("RAG", "LoRA changed", "LoRA all")
costs = {p: monthly(A, p) for p in PATHS}
print(f"{'$ per month':<12}" + "".join(f"{p:>14}" for p in PATHS))
for line in ("update", "serving", "evals", "review"):
    print(f"{line:<12}" + "".join(f"{costs[p][line]:>14,.2f}" for p in PATHS))
print(f"{'total':<12}" + "".join(f"{sum(costs[p].values()):>14,.2f}" for p in PATHS))
#> $ per month            RAG  LoRA changed      LoRA all
#> update                0.04         65.00      1,040.00
#> serving             250.00          0.00          0.00
#> evals                40.00         40.00         40.00
#> review            1,600.00      1,600.00      1,600.00
#> total             1,890.04      1,705.00      2,680.00


def gap(queries, extra_review_h=0, price_x=1.0):  # + means LoRA changed is cheaper
    a = dict(A, queries_month=queries, tuned_price_x=price_x)
    return sum(monthly(a, "RAG").values()) - sum(
        monthly(a, "LoRA changed", extra_review_h).values())


print("RAG minus LoRA changed, $/month (+ = LoRA cheaper), by extra LoRA review at 1x")
#> RAG minus LoRA changed, $/month (+ = LoRA cheaper), by extra LoRA review at 1x
print("rows: queries/month (equivalently context tokens or input price)")
#> rows: queries/month (equivalently context tokens or input price)
print(f"{'queries/month':>15}" + "".join(f"{f'+{h} h/week':>12}" for h in (0, 2, 8)))
#>   queries/month   +0 h/week   +2 h/week   +8 h/week
for queries in (20_000, 200_000, 2_000_000):
    print(f"{queries:>15,}" + "".join(f"{gap(queries, h):>+12,.0f}" for h in (0, 2, 8)))
#>          20,000          +5        -795      -3,195
#>         200,000        +185        -615      -3,015
#>       2,000,000      +1,985      +1,185      -1,215
print("Same gap, no extra review, by the tuned model's per-token price vs the base:")
#> Same gap, no extra review, by the tuned model's per-token price vs the base:
print(f"{'queries/month':>15}" + "".join(f"{f'{x}x':>12}" for x in (1, 1.5, 2)))
#>   queries/month          1x        1.5x          2x
for q in (20_000, 200_000, 2_000_000):
    print(f"{q:>15,}" + "".join(f"{gap(q, 0, x):>+12,.0f}" for x in (1, 1.5, 2)))
#>          20,000          +5          -3         -12
#>         200,000        +185        +100         +15
#>       2,000,000      +1,985      +1,135        +285
