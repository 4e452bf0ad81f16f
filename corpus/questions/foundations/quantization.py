"""Symmetric INT8/INT4 quantization at three granularities, one outlier, and 70B weight memory."""
import numpy as np

rng = np.random.default_rng(0)
ROWS, COLS = 512, 1024  # one weight matrix: each row is an output channel
# weight-like values whose spread differs from row to row, as in real layers
W = (rng.standard_normal((ROWS, COLS)) * 0.02 * rng.uniform(0.5, 2.0, (ROWS, 1))).astype(np.float32)


def quantize(w, bits, group):
    """Return the dequantized copy and the bytes stored (integer codes + one FP16 scale per block)."""
    qmax = 2 ** (bits - 1) - 1  # 127 for INT8, 7 for INT4
    if group == "tensor":
        blocks = w.reshape(1, -1)  # one scale for the whole matrix
    elif group == "channel":
        blocks = w  # one scale per row
    else:
        blocks = w.reshape(-1, group)  # one scale per run of `group` weights
    scale = (np.abs(blocks).max(axis=1, keepdims=True) / qmax).astype(np.float16)
    codes = np.clip(np.round(blocks / scale), -qmax, qmax)  # what would be stored as integers
    w_hat = (codes * scale.astype(np.float32)).reshape(w.shape)
    return w_hat, w.size * bits / 8 + scale.size * 2


def report(label, w, bits, group):
    w_hat, nbytes = quantize(w, bits, group)
    rel = np.linalg.norm(w - w_hat) / np.linalg.norm(w)  # relative reconstruction error
    print(f"{label:<20} rel err {rel:6.2%} | mean abs err {np.abs(w - w_hat).mean():.6f}"
          f" | {nbytes / 1024:5.1f} KiB")


print(f"FP16 original: {W.size * 2 / 1024:.0f} KiB")
#> FP16 original: 1024 KiB
for label, bits, group in [("INT8 per-tensor", 8, "tensor"), ("INT8 per-channel", 8, "channel"),
                           ("INT4 per-channel", 4, "channel"), ("INT4 group of 128", 4, 128)]:
    report(label, W, bits, group)
#> INT8 per-tensor      rel err  1.48% | mean abs err 0.000340 | 512.0 KiB
#> INT8 per-channel     rel err  0.79% | mean abs err 0.000170 | 513.0 KiB
#> INT4 per-channel     rel err 14.32% | mean abs err 0.003079 | 257.0 KiB
#> INT4 group of 128    rel err 11.80% | mean abs err 0.002515 | 264.0 KiB

W_out = W.copy()
W_out[0, 0] = 10 * np.abs(W).max()  # one outlier, ten times the largest normal weight
print("same matrix with one outlier weight:")
#> same matrix with one outlier weight:
report("INT8 per-tensor", W_out, 8, "tensor")
report("INT8 per-channel", W_out, 8, "channel")
#> INT8 per-tensor      rel err 14.77% | mean abs err 0.003399 | 512.0 KiB
#> INT8 per-channel     rel err  1.01% | mean abs err 0.000176 | 513.0 KiB

# 70B dense model: weight bytes, and the batch-1 decode ceiling when every token
# streams all weights once through 3.35 TB/s (one H100 SXM); INT8 row scales are negligible.
PARAMS, BW = 70e9, 3.35e12
for label, bits, group in [("FP16/BF16", 16, None), ("INT8/FP8", 8, None), ("INT4 g=128", 4, 128)]:
    nbytes = PARAMS * bits / 8 + (PARAMS / group * 2 if group else 0)  # + FP16 group scales
    print(f"70B {label:<10} {nbytes / 1e9:6.1f} GB | <= {BW / nbytes:5.1f} tokens/s per 3.35 TB/s")
#> 70B FP16/BF16   140.0 GB | <=  23.9 tokens/s per 3.35 TB/s
#> 70B INT8/FP8     70.0 GB | <=  47.9 tokens/s per 3.35 TB/s
#> 70B INT4 g=128   36.1 GB | <=  92.8 tokens/s per 3.35 TB/s
