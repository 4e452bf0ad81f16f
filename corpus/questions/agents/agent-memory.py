"""Agent memory, toy scale: a write policy, recency/importance/relevance, deletion."""
import re
import zlib
import numpy as np
TTL_H = {"profile": None, "preference": None, "episode": 720}  # episodes: 30 days
SECRET = re.compile(r"\b\d{13,19}\b|password", re.I)  # never store cards or passwords
store = []

def embed(text, dim=256):  # stand-in for an embedding model: hashed bag of words
    v = np.zeros(dim)
    for word in re.findall(r"[a-z]+", text.lower()):
        v[zlib.crc32(word.encode()) % dim] += 1
    return v / (np.linalg.norm(v) or 1.0)

def write(user, hour, fact):  # fact: what a scripted extractor "LLM" pulled from a turn
    if fact is None or SECRET.search(fact[2]):  # nothing durable, or a secret
        return "skip, " + ("nothing durable" if fact is None else "secret")
    kind, key, text, importance = fact
    old = [m for m in store  # same user and key, and still current
           if key and (m["user"], m["key"], m["to"]) == (user, key, None)]
    for m in old:  # close the old value with an end date; keep it for history
        m["to"] = hour
    store.append(dict(user=user, kind=kind, key=key, text=text, imp=importance,
                      vec=embed(text), born=hour, seen=hour, to=None))
    return f"update, '{old[0]['text']}' closed -> '{text}'" if old else "insert"

def read(user, query, now, w=(1, 1, 1), k=2, floor=0.1, touch=True):
    q = embed(query)  # the TTL counts from the write here, so reads do not extend it
    found = [m for m in store  # this user's, current, relevant: nothing else gets in
             if m["user"] == user and not m["to"] and m["vec"] @ q >= floor]
    live = [m for m in found if now - m["born"] <= (TTL_H[m["kind"]] or now)]
    def score(m):  # raw 0..1 parts; the paper also min-max scales each over candidates
        parts = (0.995 ** (now - m["seen"]), m["imp"] / 10, m["vec"] @ q)
        return sum(wi * p for wi, p in zip(w, parts))  # w: rec, imp, rel
    top = sorted(((score(m), m) for m in live), key=lambda h: h[0], reverse=True)[:k]
    for _, m in top if touch else []:
        m["seen"] = now  # recency counts from the last retrieval, as in the paper
    return "; ".join(f"{m['text']} {s:.2f}" for s, m in top) or (
        f"nothing ({len(found) - len(live)} relevant dropped by the TTL)")

# (hour, user, extracted fact); None = nothing durable ("thanks!"); importance: a guess
turns = [(0, "ana", ("preference", "lang", "answer in Portuguese", 8)),
         (1, "ana", None), (2, "ana", ("profile", "card", "card 4111111111111111", 9)),
         (3, "ana", ("profile", "city", "home city Lisbon", 5)),
         (30, "ana", ("episode", None, "billing deploy failed", 7)),
         (200, "ana", ("profile", "city", "home city Porto", 5)),
         (240, "ana", ("episode", None, "asked about billing key", 3)),
         (241, "ben", ("preference", "lang", "answer in English", 8))]
for hour, user, fact in turns:
    if (result := write(user, hour, fact)) != "insert":
        print(f"h{hour} {user}: {result}")
#> h1 ana: skip, nothing durable
#> h2 ana: skip, secret
#> h200 ana: update, 'home city Lisbon' closed -> 'home city Porto'
print("assumed weights rec/imp/rel: paper 1/1/1, code 0.5/2/3; both on hourly recency")
#> assumed weights rec/imp/rel: paper 1/1/1, code 0.5/2/3; both on hourly recency
for w, who in (((1, 1, 1), "paper"), ((0.5, 2, 3), "code weights")):
    print(f"h250 billing, {who}:", read("ana", "billing problem", 250, w, touch=False))
#> h250 billing, paper: asked about billing key 1.60; billing deploy failed 1.44
#> h250 billing, code weights: billing deploy failed 2.79; asked about billing key 2.14
print("h250 home city?", read("ana", "what is her home city", 250))
#> h250 home city? home city Porto 1.79
print("h1000 billing?", read("ana", "billing problem", 1000))
#> h1000 billing? nothing (2 relevant dropped by the TTL)
store[:] = [m for m in store if m["user"] != "ana"]  # erasure: items and their vectors
print(f"erase ana: {len(store)} item left (ben's);", read("ana", "home city", 1000))
#> erase ana: 1 item left (ben's); nothing (0 relevant dropped by the TTL)
