"""INT8, INT4 and NF4 weight quantization at several granularities; 70B memory."""
from statistics import NormalDist

import numpy as np

rng = np.random.default_rng(0)
# one 512 x 1024 matrix (1024 KiB in FP16), each row an output channel; Gaussian
# weights (NF4's best case) whose spread differs by row, as in real layers
W = rng.standard_normal((512, 1024)) * 0.02 * rng.uniform(0.5, 2.0, (512, 1))
W = W.astype(np.float32)

# NF4 (QLoRA): 16 levels at quantiles of a normal, built as bitsandbytes does
edge, q = 0.9677083, NormalDist().inv_cdf
pos = [q(edge - i * (edge - 0.5) / 8) for i in range(8)]
neg = [-q(edge - i * (edge - 0.5) / 7) for i in range(7)]
NF4 = np.sort(np.array(pos + [0.0] + neg)) / max(pos)
# QLoRA stores FP32 scales, then double-quantizes them to 8 bits; this toy stores FP16
# scales like the INT rows, so its NF4 size is approximate


def fp16(x):  # scales are stored in FP16
    return x.astype(np.float16).astype(np.float32)


def quantize(w, bits, group, levels=None):
    """Dequantized copy and bytes stored: codes, one FP16 scale (+ zero) per block."""
    blocks = {"tensor": w.reshape(1, -1), "channel": w}.get(group)
    blocks = w.reshape(-1, group) if blocks is None else blocks
    lo, hi = blocks.min(axis=1, keepdims=True), blocks.max(axis=1, keepdims=True)
    absmax, zeros = np.maximum(-lo, hi), 0
    if levels is None:  # symmetric grid -qmax..qmax: 127 for INT8, 7 for INT4
        qmax = 2 ** (bits - 1) - 1
        scale = fp16(absmax / qmax)
        w_hat = np.clip(np.round(blocks / scale), -qmax, qmax) * scale
    elif isinstance(levels, str):  # zero point: 2**bits levels from min to max
        top = 2 ** bits - 1
        scale = fp16((hi - lo) / top)
        zero = np.round(-lo / scale)  # packed at the same bit width, as GPTQ/AWQ do
        w_hat = (np.clip(np.round(blocks / scale) + zero, 0, top) - zero) * scale
        zeros = zero.size * bits / 8
    else:  # codebook: keep the index of the nearest level to each scaled value
        scale = fp16(absmax)
        idx = np.abs(blocks[..., None] / scale[..., None] - levels).argmin(axis=-1)
        w_hat = levels[idx] * scale
    return w_hat.reshape(w.shape), w.size * bits / 8 + scale.size * 2 + zeros


OUTLIER = {f: W.copy() for f in (3, 30)}
for f, w in OUTLIER.items():
    w[0, 0] = f * np.abs(W).max()
print("outlier Nx rows: INT8, one weight set to N times the largest normal weight")
#> outlier Nx rows: INT8, one weight set to N times the largest normal weight
for label, w, *setting in [("INT8 per-tensor", W, 8, "tensor"),
                           ("INT8 per-channel", W, 8, "channel"),
                           ("INT4 per-channel", W, 4, "channel"),  # 15 levels
                           ("INT4 group of 64", W, 4, 64),
                           ("INT4 g64, zero point", W, 4, 64, "zero point"),
                           ("NF4 group of 64", W, 4, 64, NF4),  # 16 levels
                           *[(f"outlier {f}x, per-{g}", OUTLIER[f], 8, g)
                             for f in (3, 30) for g in ("tensor", "channel")]]:
    w_hat, nbytes = quantize(w, *setting)
    rel = np.linalg.norm(w - w_hat) / np.linalg.norm(w)  # relative error
    print(f"{label:<24} rel err {rel:6.2%} | {nbytes / 1024:5.1f} KiB")
#> INT8 per-tensor          rel err  1.48% | 512.0 KiB
#> INT8 per-channel         rel err  0.79% | 513.0 KiB
#> INT4 per-channel         rel err 14.32% | 257.0 KiB
#> INT4 group of 64         rel err 10.79% | 272.0 KiB
#> INT4 g64, zero point     rel err  9.11% | 276.0 KiB
#> NF4 group of 64          rel err  9.19% | 272.0 KiB
#> outlier 3x, per-tensor   rel err  4.44% | 512.0 KiB
#> outlier 3x, per-channel  rel err  0.81% | 513.0 KiB
#> outlier 30x, per-tensor  rel err 42.09% | 512.0 KiB
#> outlier 30x, per-channel rel err  2.04% | 513.0 KiB

# 70B dense: weight bytes, and the batch-1 ceiling if each token streams all weights
# once per 3.35 TB/s of bandwidth (one H100 SXM's; FP16 weights need two cards)
PARAMS, BW = 70e9, 3.35e12
for label, bits, group in [("FP16/BF16", 16, 0), ("INT8/FP8", 8, 0),
                          ("INT4 g128", 4, 128)]:
    nbytes = PARAMS * bits / 8 + (PARAMS / group * 2 if group else 0)  # + FP16 scales
    print(f"70B {label:<10} {nbytes / 1e9:6.1f} GB | <= {BW / nbytes:5.1f} tokens/s")
#> 70B FP16/BF16   140.0 GB | <=  23.9 tokens/s
#> 70B INT8/FP8     70.0 GB | <=  47.9 tokens/s
#> 70B INT4 g128    36.1 GB | <=  92.8 tokens/s

# Llama 3.1 70B as shipped: 80 layers, width 8192, FFN 28672, 8 KV heads x 128, vocab
# 128256 (config); embedding and output head stay 16-bit. KV room on one H100 80GB:
L, d, ff, kv, vocab = 80, 8192, 28672, 1024, 128256
body, emb = L * (2 * d * d + 2 * d * kv + 3 * d * ff), 2 * vocab * d
kv_token = L * 2 * kv * 2  # K and V per layer, 2 bytes each
print("assumed: usable = share x 81,559 MiB (vLLM default 0.9) - 1 GB for activations")
#> assumed: usable = share x 81,559 MiB (vLLM default 0.9) - 1 GB for activations
for label, per_weight in [("FP8", 1), ("INT4 AWQ g128", 0.5 + 2.5 / 128)]:
    ckpt = body * per_weight + emb * 2  # AWQ: + an FP16 scale and 4-bit zero per 128
    room = [(s * 81559 * 2**20 - 1e9 - ckpt) / kv_token / 1e3 for s in (0.9, 0.95)]
    print(f"{label:<13} {ckpt / 1e9:4.1f} GB | KV at {kv_token / 1024:.0f} KiB/token:"
          f" {room[0]:3.0f}K tokens (0.9), {room[1]:3.0f}K (0.95)")
#> FP8           72.7 GB | KV at 320 KiB/token:  10K tokens (0.9),  23K (0.95)
#> INT4 AWQ g128 39.8 GB | KV at 320 KiB/token: 110K tokens (0.9), 124K (0.95)
