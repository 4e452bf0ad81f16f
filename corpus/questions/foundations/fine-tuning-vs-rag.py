"""LoRA's trainable share of an 8B model, and the monthly cost of keeping knowledge fresh each way."""

# Llama 3 8B shapes: 32 layers, hidden 4096, 8 KV heads x 128 = 1024, MLP width 14336.
LAYERS, D, KV, MLP, TOTAL = 32, 4096, 1024, 14336, 8_030_261_248
SHAPES = {"q": (D, D), "k": (D, KV), "v": (D, KV), "o": (D, D),
          "gate": (D, MLP), "up": (D, MLP), "down": (MLP, D)}


def lora_params(rank, targets):
    # each frozen d_in x d_out matrix gets two thin trainable ones, d_in x r and r x d_out
    return LAYERS * sum(rank * sum(SHAPES[t]) for t in targets)


for rank, targets in [(8, ["q", "v"]), (16, list(SHAPES))]:
    n = lora_params(rank, targets)
    print(f"LoRA r={rank} on {'+'.join(targets)}: {n:,} trainable = {100 * n / TOTAL:.3f}% of 8.03B")
#> LoRA r=8 on q+v: 3,407,872 trainable = 0.042% of 8.03B
#> LoRA r=16 on q+k+v+o+gate+up+down: 41,943,040 trainable = 0.522% of 8.03B

# Keeping a 20,000-doc knowledge base fresh for 4 weeks. Every price is an ASSUMPTION, not a vendor quote.
ASSUMED = {"embed_per_M": 0.10, "input_per_M": 0.50, "gen_per_M": 2.00, "gpu_hour": 3.00,
           "train_tok_per_s": 2000, "judge_per_q": 0.01, "engineer_hour": 100.0}
WEEKS, DOCS, DOC_TOKENS, CHANGED_PER_WEEK = 4, 20_000, 1000, 500
QUERIES, ADDED_CONTEXT = 200_000, 2000    # per month; retrieved tokens added to each prompt
PARAPHRASES, EPOCHS, EVAL_QS, REVIEW_H = 10, 3, 1000, 4

changed_M = CHANGED_PER_WEEK * DOC_TOKENS / 1e6   # million tokens changed per week
rag = {"re-embed changed docs": WEEKS * changed_M * ASSUMED["embed_per_M"],
       "retrieved context in prompts": QUERIES * ADDED_CONTEXT / 1e6 * ASSUMED["input_per_M"]}
train_hours = changed_M * PARAPHRASES * EPOCHS * 1e6 / ASSUMED["train_tok_per_s"] / 3600
ft = {"GPU for LoRA runs": WEEKS * train_hours * ASSUMED["gpu_hour"],
      "paraphrase generation": WEEKS * changed_M * PARAPHRASES * ASSUMED["gen_per_M"],
      "judge the eval set": WEEKS * EVAL_QS * ASSUMED["judge_per_q"],
      "human review of evals": WEEKS * REVIEW_H * ASSUMED["engineer_hour"]}
for name, costs in [("RAG", rag), ("weekly LoRA on changed docs only", ft)]:
    print(f"{name}: ${sum(costs.values()):,.2f}/month")
    for item, usd in costs.items():
        print(f"  {item:<30}${usd:>9,.2f}")
#> RAG: $200.20/month
#>   re-embed changed docs         $     0.20
#>   retrieved context in prompts  $   200.00
#> weekly LoRA on changed docs only: $1,705.00/month
#>   GPU for LoRA runs             $    25.00
#>   paraphrase generation         $    40.00
#>   judge the eval set            $    40.00
#>   human review of evals         $ 1,600.00
full_hours = DOCS * DOC_TOKENS * PARAPHRASES * EPOCHS / ASSUMED["train_tok_per_s"] / 3600
print(f"retraining on all {DOCS:,} docs each week instead: GPU ${WEEKS * full_hours * ASSUMED['gpu_hour']:,.2f}/month")
#> retraining on all 20,000 docs each week instead: GPU $1,000.00/month
