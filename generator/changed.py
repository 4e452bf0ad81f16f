"""The pages a branch changes, and how their text changed, for review.

``python -m generator changed --base origin/main`` renders the corpus twice, at the merge base
and as it is now (uncommitted edits included), and shows a diff of every generated page whose
source file changed. Question numbers show as "N" on both sides: inserting a question renumbers
every later one, and that would otherwise bury the real change. The output is Markdown, so the
pull-request job can append it to its summary.
"""

from __future__ import annotations

import difflib
import io
import re
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .pipeline import load_checked
from .render import render

CORPUS = "corpus"


class GitError(RuntimeError):
    """A git command failed; its message says which and why."""


@dataclass(frozen=True)
class PageChange:
    page: str  # path in the docs tree, such as questions/rag/hybrid-search.md
    status: str  # new | changed | removed
    diff: list[str]


def _git(repo: Path, *args: str, binary: bool = False) -> str | bytes:
    result = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, timeout=60)
    if result.returncode != 0:
        raise GitError(f"git {' '.join(args)}: {result.stderr.decode(errors='replace').strip()}")
    return result.stdout if binary else result.stdout.decode("utf-8", errors="replace")


def changed_sources(repo: Path, base: str) -> tuple[str, set[str]]:
    """The merge base with ``base``, and every corpus file changed since it (relative to corpus/),
    committed or not, new files included."""
    if base.startswith("-"):
        raise GitError(f"--base {base!r} is not a branch or commit")
    merge_base = str(_git(repo, "merge-base", base, "HEAD")).strip()
    names = str(_git(repo, "diff", "--name-only", "-z", "--no-renames", merge_base, "--", CORPUS)).split("\0")
    names += str(_git(repo, "ls-files", "--others", "--exclude-standard", "-z", "--", CORPUS)).split("\0")
    return merge_base, {n.removeprefix(f"{CORPUS}/") for n in names if n.startswith(f"{CORPUS}/")}


def _extract_base(repo: Path, commit: str, into: Path) -> Path:
    """The corpus folder as it was at ``commit``, unpacked under ``into``."""
    archive = _git(repo, "archive", "--format=tar", commit, "--", CORPUS, binary=True)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        for member in tar.getmembers():  # by hand: extractall(filter=) needs Python 3.11.4
            parts = Path(member.name).parts
            if not parts or parts[0] != CORPUS or ".." in parts:
                continue
            target = into.joinpath(*parts)
            if member.isdir():
                target.mkdir(parents=True, exist_ok=True)
            elif member.isfile():  # links and anything else stay out: the loader would refuse them
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(tar.extractfile(member).read())
    return into / CORPUS


def _source_of(name: str) -> str:
    """A snippet's page is its question's page: ``questions/rag/x.py`` -> ``questions/rag/x.yaml``."""
    return name.removesuffix(".py") + ".yaml" if name.startswith("questions/") and name.endswith(".py") else name


def page_changes(base_pages: dict, head_pages: dict, sources: set[str]) -> list[PageChange]:
    """Each page whose source file is in ``sources``, with its text diff."""
    wanted = {_source_of(name) for name in sources}
    changes = []
    for page in sorted(set(base_pages) | set(head_pages)):
        before, after = base_pages.get(page), head_pages.get(page)
        if (before or after).edit_path not in wanted:
            continue
        old = before.markdown.splitlines() if before else []
        new = after.markdown.splitlines() if after else []
        if old == new:
            continue
        status = "new" if before is None else "removed" if after is None else "changed"
        diff = list(difflib.unified_diff(old, new, f"a/{page}", f"b/{page}", lineterm="", n=2))
        changes.append(PageChange(page, status, diff))
    return changes


def report(repo: Path, base: str) -> str:
    """Markdown: the pages this branch changes, each with its diff."""
    merge_base, sources = changed_sources(repo, base)
    head_pages = render(load_checked(repo / CORPUS), numbered=False)
    with tempfile.TemporaryDirectory(prefix="guide-base-") as folder:
        base_pages = render(load_checked(_extract_base(repo, merge_base, Path(folder))), numbered=False)
    changes = page_changes(base_pages, head_pages, sources)
    lines = [
        f"## Pages this change touches: {len(changes)}",
        "",
        f"Compared with `{base}` at {merge_base[:12]}; question numbers show as N.",
        "",
    ]
    lines += [f"- {c.status}: `{_url(c.page)}`" for c in changes]
    for change in changes:
        longest = max((len(run) for line in change.diff for run in re.findall(r"`+", line)), default=0)
        fence = "`" * max(3, longest + 1)  # longer than any run of backticks in the diff
        lines += [
            "",
            f"<details><summary>{change.status}: {_url(change.page)}</summary>",
            "",
            f"{fence}diff",
            *change.diff,
            fence,
            "",
            "</details>",
        ]
    return "\n".join(lines) + "\n"


def _url(page: str) -> str:
    """The site path of a generated page: ``questions/rag/x.md`` -> ``questions/rag/x/``."""
    stem = page.removesuffix(".md")
    return stem.removesuffix("index") if stem.endswith("index") else f"{stem}/"
