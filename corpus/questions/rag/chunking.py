"""Fixed-size vs structure-aware chunking of a small manual: who cuts the table?"""
from itertools import groupby

DOC = """# Gateway Manual
[page 41]
## 4 Limits
Idle connections close after 60 seconds; resume long uploads with the upload API.
### 4.3 Rate limits
Limits apply per API key and reset every minute. Plans differ as follows.
| plan | requests/min | burst |
| free | 60 | 10 |
| team | 600 | 100 |
| enterprise | 6000 | 1000 |
[page 42]
Going over a limit returns HTTP 429 with a Retry-After header.
## 5 Errors
ERR_4012 means the key was revoked; rotate it in the console."""

def words(lines):  # whitespace words stand in for tokens; pipes and # are markup
    return [w for w in " ".join(lines).replace("|", " ").split() if w.strip("#")]

body = [ln for ln in DOC.splitlines() if not ln.startswith("[page")]
flat, rows = words(body), [ln for ln in body if ln.startswith("|")]
t0 = len(words(body[: body.index(rows[0])]))  # the table is flat[t0:t1]
t1, th = t0 + len(words(rows)), t0 + len(words(rows[:1]))  # flat[t0:th]: header row
print(f"{len(flat)} words (stand-ins for tokens); the table is words {t0}-{t1 - 1}")
#> 69 words (stand-ins for tokens); the table is words 33-44
for size, overlap in [(40, 0), (40, 10)]:  # fixed windows over the flat text
    starts = range(0, len(flat) - overlap, size - overlap)
    touching = [k for k, s in enumerate(starts) if s < t1 and s + size > t0]
    header = [k for k, s in enumerate(starts) if s <= t0 and th <= s + size]
    whole = any(s <= t0 and t1 <= s + size for s in starts)
    print(f"  fixed {size}/{overlap}: {len(starts)} chunks, table in {touching},"
          f" header row in {header}, whole in one: {whole}")
#>   fixed 40/0: 2 chunks, table in [0, 1], header row in [0], whole in one: False
#>   fixed 40/10: 2 chunks, table in [0, 1], header row in [0, 1], whole in one: True
n = [len(range(0, 10_000 - o, 40 - o)) for o in (0, 10)]  # 40/0, 40/10 on 10k words
print(f"  toy scale hides overlap's cost; 10,000 words: {n[0]} vs {n[1]} chunks")
#>   toy scale hides overlap's cost; 10,000 words: 250 vs 333 chunks

def structure_chunks(doc, max_words=40):  # new chunk per heading; a table is one block
    chunks, path, page = [], [], None
    for is_row, grp in groupby(doc.splitlines(), key=lambda ln: ln.startswith("|")):
        for block in [list(grp)] if is_row else ([ln] for ln in grp):
            if block[0].startswith("[page"):
                page = int(block[0].strip("[]").split()[1])
            elif block[0].startswith("#"):  # "### 4.3 ..." is level 3: keep 2 parents
                path = path[: block[0].index(" ") - 1] + [block[0].lstrip("# ")]
                chunks.append({"path": " > ".join(path), "pages": [], "lines": []})
            else:  # a block that would overflow the budget opens a new chunk, same path
                if len(words(chunks[-1]["lines"] + block)) > max_words:
                    chunks.append({**chunks[-1], "pages": [], "lines": []})
                chunks[-1]["lines"] += block
                chunks[-1]["pages"] += [page] if page not in chunks[-1]["pages"] else []
    return [c for c in chunks if c["lines"]]  # drop headings with no text of their own

for c in structure_chunks(DOC):  # every chunk carries its heading path and pages
    table = "table whole" if all(r in c["lines"] for r in rows) else "no table"
    print(f"{c['path']:<43} p{c['pages']} {len(words(c['lines'])):>2} words, {table}")
#> Gateway Manual > 4 Limits                   p[41] 13 words, no table
#> Gateway Manual > 4 Limits > 4.3 Rate limits p[41, 42] 36 words, table whole
#> Gateway Manual > 5 Errors                   p[42] 11 words, no table
