"""Toy byte-level BPE for the mechanism; measured FLORES-200 counts for the sizes."""
import codecs
import re
from collections import Counter
from functools import reduce

TRAINING_TEXT = ("The weather today is mild and the sky is clear. The forecast says "
                 "the weather will stay clear and mild for the rest of the week. Is "
                 "the sky clear where you are? Today the rain is over and the streets "
                 "are dry. The week ahead is calm and clear.")
CHUNK = re.compile(r" ?\w+| ?[^\w\s]+|\s+")  # pre-split like GPT-2: words keep a space

def as_bytes(chunk):  # start from single bytes, so no input is ever out of vocabulary
    return tuple(bytes([b]) for b in chunk.encode("utf-8"))

def merge_pair(seq, pair):  # fuse every occurrence of the adjacent pair into one token
    out, i = [], 0
    while i < len(seq):
        step = 2 if seq[i:i + 2] == pair else 1
        out.append(b"".join(seq[i:i + step]))
        i += step
    return tuple(out)

def train_bpe(text, num_merges):
    chunks, merges = Counter(as_bytes(c) for c in CHUNK.findall(text)), []
    for _ in range(num_merges):
        pairs = Counter(pair for seq, freq in chunks.items()  # weighted by chunk count
                        for pair in zip(seq, seq[1:]) for _ in range(freq))
        merges.append(max(pairs, key=pairs.get))  # most frequent pair; ties: first seen
        chunks = Counter({merge_pair(s, merges[-1]): f for s, f in chunks.items()})
    return merges

def encode(text, merges):  # replay the learned merges, in training order, per chunk
    return [token for chunk in CHUNK.findall(text)
            for token in reduce(merge_pair, merges, as_bytes(chunk))]

merges = train_bpe(TRAINING_TEXT, num_merges=40)
en = encode("The weather today is mild and the sky is clear.", merges)
greek = "Ο καιρός σήμερα είναι ήπιος και ο ουρανός είναι καθαρός."  # same meaning
el = encode(greek, merges)
print(f"toy: English {len(en)} tokens, Greek {len(el)} = {len(el) / len(en):.1f}x"
      " (illustration only: tiny English corpus)")
#> toy: English 12 tokens, Greek 102 = 8.5x (illustration only: tiny English corpus)

# Measured (tokens, Unicode code points), FLORES-200 dev + devtest: Petrov et al. 2023,
# assets/tokenization_lengths.csv, columns cl100k_base and UTF-32 (arXiv:2305.15425).
FLORES = {"English": (52_835, 259_170), "Greek": (271_846, 310_159),
          "Hindi": (253_270, 258_472)}
REPLIES, EN_TOKENS, PRICES = 1_000_000, 1_000, (2, 10)  # assumptions; $ per M tokens
print(f"assumed: {REPLIES:,} replies of {EN_TOKENS:,} English tokens;"
      f" ${PRICES[0]} or ${PRICES[1]} per million tokens")
#> assumed: 1,000,000 replies of 1,000 English tokens; $2 or $10 per million tokens
for lang, (tokens, points) in FLORES.items():
    ratio = tokens / FLORES["English"][0]  # same content, so this is the token premium
    window = 128_000 * points / tokens / 1e3  # thousand code points in 128,000 tokens
    bills = [REPLIES * EN_TOKENS * ratio * price / 1e6 for price in PRICES]
    print(f"{lang}: {ratio:.2f}x, {tokens / points:.2f}/code point, 128K holds"
          f" {window:.0f}K code points, ${bills[0]:,.0f} or ${bills[1]:,.0f}")
#> English: 1.00x, 0.20/code point, 128K holds 628K code points, $2,000 or $10,000
#> Greek: 5.15x, 0.88/code point, 128K holds 146K code points, $10,290 or $51,452
#> Hindi: 4.79x, 0.98/code point, 128K holds 131K code points, $9,587 or $47,936

# Streaming: each Greek letter is two UTF-8 bytes, and in the toy each byte is a token.
naive = "".join(p.decode("utf-8", errors="replace") for p in el)  # each piece alone
decoder = codecs.getincrementaldecoder("utf-8")()  # buffers an incomplete character
streamed = "".join(decoder.decode(p) for p in el) + decoder.decode(b"", final=True)
print("U+FFFD piece by piece:", naive.count("\ufffd"), "| buffered:", streamed == greek)
#> U+FFFD piece by piece: 92 | buffered: True
