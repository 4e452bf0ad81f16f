"""Train a tiny byte-level BPE on English text, then compare English and Greek token counts."""
import codecs
import re
from collections import Counter

TRAINING_TEXT = ("The weather today is mild and the sky is clear. The forecast says the weather will "
                 "stay clear and mild for the rest of the week. Is the sky clear where you are? Today "
                 "the rain is over and the streets are dry. The week ahead is calm and clear.")
CHUNK = re.compile(r" ?\w+| ?[^\w\s]+|\s+")  # pre-split like GPT-2: a word keeps its leading space


def as_bytes(chunk):  # every chunk starts as single bytes, so no input is ever out of vocabulary
    return tuple(bytes([b]) for b in chunk.encode("utf-8"))


def merge_pair(seq, pair):  # join each occurrence of the adjacent pair into one token
    out, i = [], 0
    while i < len(seq):
        step = 2 if seq[i:i + 2] == pair else 1
        out.append(b"".join(seq[i:i + step]))
        i += step
    return tuple(out)


def train_bpe(text, num_merges):
    chunks, merges = Counter(as_bytes(c) for c in CHUNK.findall(text)), []
    for _ in range(num_merges):
        pairs = Counter()
        for seq, freq in chunks.items():
            for pair in zip(seq, seq[1:]):
                pairs[pair] += freq
        merges.append(max(pairs, key=pairs.get))  # most frequent adjacent pair; ties: first seen
        chunks = Counter({merge_pair(seq, merges[-1]): freq for seq, freq in chunks.items()})
    return merges


def encode(text, merges):  # replay the learned merges, in training order, on each chunk
    tokens = []
    for chunk in CHUNK.findall(text):
        seq = as_bytes(chunk)
        for pair in merges:
            seq = merge_pair(seq, pair)
        tokens.extend(seq)
    return tokens


merges = train_bpe(TRAINING_TEXT, num_merges=40)
print(f"256 byte tokens + {len(merges)} merges, first:", [(a + b).decode() for a, b in merges[:6]])
#> 256 byte tokens + 40 merges, first: ['he', 'the', ' a', ' the', ' w', 'ea']
# The English sentence reuses training words, as everyday English reuses a real tokenizer's merges.
SAME_MEANING = {"English": "The weather today is mild and the sky is clear.",
                "Greek": "Ο καιρός σήμερα είναι ήπιος και ο ουρανός είναι καθαρός."}
for name, text in SAME_MEANING.items():
    n = len(encode(text, merges))
    print(f"{name}: {len(text)} chars, {len(text.encode())} bytes, {n} tokens, {n / len(text):.2f}/char")
#> English: 47 chars, 47 bytes, 12 tokens, 0.26/char
#> Greek: 56 chars, 102 bytes, 102 tokens, 1.82/char
print([t.decode() for t in encode(SAME_MEANING["English"], merges)])
#> ['The', ' weather', ' t', 'oday', ' is', ' mild', ' and', ' the', ' sky', ' is', ' clear', '.']

# Streaming: a Greek letter is two UTF-8 bytes, and here every byte is its own token.
pieces = encode(SAME_MEANING["Greek"], merges)
naive = "".join(p.decode("utf-8", errors="replace") for p in pieces)
decoder = codecs.getincrementaldecoder("utf-8")()  # buffers an incomplete character
streamed = "".join(decoder.decode(p) for p in pieces) + decoder.decode(b"", final=True)
print(f"decode piece by piece: {naive.count(chr(0xFFFD))} x U+FFFD | incremental decoder:"
      f" {'exact' if streamed == SAME_MEANING['Greek'] else 'broken'}")
#> decode piece by piece: 92 x U+FFFD | incremental decoder: exact
