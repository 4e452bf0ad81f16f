"""Rules for contributed Markdown, and the ``q:``/``g:`` links it may use.

These rules are early, positioned advice to a contributor, not the site's defence: the
HTML made from contributed Markdown is sanitized after MkDocs renders it
(``generator/sanitize.py``), so a line this module misreads cannot reach a reader.

Prose is Markdown without raw HTML, dangerous link schemes or attribute-list braces.
Code (fenced blocks and inline spans) may contain anything, so the line rules first mask
code out, keeping columns intact so problems point at the right character.

Sequences that start build-time work are different: they are refused anywhere in any
contributed value, code included, by plain substring search (``build_time_sequences``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

# a fence may open inside block quotes and list items
FENCE = re.compile(r"^(?:\s*(?:>|[-*+]\s|\d+[.)]\s))*\s*(`{3,}|~{3,})")
# an inline code span, as Python-Markdown reads it: not after a backslash; it may wrap
# lines but not cross a blank one
CODE_SPAN = re.compile(r"(?<!\\)(`+)(?!`)((?:(?!\n[ \t]*\n).)+?)(?<!`)\1(?!`)", re.DOTALL)
EMAIL_AUTOLINK = re.compile(r"<[^\s<>@]+@[^\s<>@]+>")
LINK_TARGET = re.compile(r"\]\(\s*<?([^)\s>]*)")
REFERENCE_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S*?)>?(?:\s|$)")
AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]*:[^\s<>]*)>")
HTML_START = re.compile(r"<[A-Za-z/!?]")
ATTR_LIST = re.compile(r"\{:|\{\s*[#.][A-Za-z_]|\{\s*[A-Za-z_][\w-]*\s*=")
HEADING = re.compile(r"^\s{0,3}(#{1,6})(?:\s|$)")
LIST_ITEM = re.compile(r"^(\s*)(?:[-+*]|\d{1,2}[.)])\s+\S")  # "2026. The" wrapped is prose
SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
GUIDE_LINK = re.compile(r"\]\((q|g):([^)\s]*)\)")
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

SAFE_SCHEMES = {"http", "https", "mailto", "q", "g"}
# Python-Markdown's search for a link's closing bracket is quadratic in the number of `[`:
# 9,000 of them take about 8 s. Real fields hold a dozen at most.
MAX_BRACKETS = 200
# Build-time features that would act on contributed text: refused anywhere, code included.
BUILD_TIME_SEQUENCES = {
    ":::": ("M306", "`:::` starts a mkdocstrings block, which imports and runs Python at build time"),
    "--8<--": ("M304", "`--8<--` is a snippet include, which reads files at build time"),
}


@dataclass(frozen=True)
class Finding:
    line: int  # 0-based line within the text
    column: int  # 1-based
    code: str
    message: str


def build_time_sequences(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(line, column, code, message) of every build-time sequence in ``text``: a plain substring search."""
    for sequence, (code, message) in BUILD_TIME_SEQUENCES.items():
        start = text.find(sequence)
        while start != -1:
            line = text.count("\n", 0, start)
            yield line, start - (text.rfind("\n", 0, start) + 1) + 1, code, f"{message}: not allowed"
            start = text.find(sequence, start + len(sequence))


def _mask_code(text: str) -> str:
    """``text`` with fenced blocks and inline code spans turned to spaces; lines and columns kept."""
    lines, fence = [], None
    for line in text.split("\n"):
        marker = FENCE.match(line)
        if fence is not None:
            if marker and marker.group(1)[0] == fence[0] and len(marker.group(1)) >= len(fence):
                fence = None
            lines.append(" " * len(line))
        elif marker:
            fence = marker.group(1)
            lines.append(" " * len(line))
        else:
            lines.append(line)
    return CODE_SPAN.sub(lambda match: re.sub(r"[^\n]", " ", match.group()), "\n".join(lines))


def prose_lines(text: str) -> Iterator[tuple[int, str, str]]:
    """Yield (index, original line, masked line) for every line, with code masked out."""
    for index, (line, masked) in enumerate(zip(text.split("\n"), _mask_code(text).split("\n"), strict=True)):
        yield index, line, masked


def _unsafe_target(target: str) -> str | None:
    """The reason a link target is refused, or None when it is fine."""
    before_colon = target.split(":", 1)[0] if ":" in target else ""
    if "&" in before_colon or "%" in before_colon:  # such as `&#106;avascript:`
        return "an encoded character before the link's scheme"
    scheme = SCHEME.match(target)
    if scheme and scheme.group(1).lower() not in SAFE_SCHEMES:
        return f"the `{scheme.group(1)}:` scheme"
    return None


def _link_targets(masked: str) -> Iterator[tuple[re.Pattern[str], re.Match[str]]]:
    for pattern in (LINK_TARGET, REFERENCE_DEFINITION, AUTOLINK):
        for match in pattern.finditer(masked):
            yield pattern, match


def _guide_link_form(pattern: re.Pattern[str], match: re.Match[str], masked: str) -> str | None:
    """Why a link inside the guide would not become a checked link, or None when it will.

    Only ``[text](q:<id>)`` and ``[text](g:<id>)``, written exactly so, are rewritten to
    pages and checked against the corpus; any other spelling renders as a dead link.
    """
    target = match.group(1)
    if SCHEME.match(target) and not target.lower().startswith(("q:", "g:")):
        return None  # a web link; its scheme is checked by _unsafe_target
    if target.lower().startswith(("q:", "g:")):
        exact = GUIDE_LINK.match(masked, match.start())
        if pattern is LINK_TARGET and exact and SLUG.fullmatch(exact.group(2)):
            return None
        if pattern is LINK_TARGET:
            close = masked.find(")", match.end())
            written = masked[match.start() + 1 : close + 1 if close != -1 else match.end()]
        else:
            written = match.group().strip()
        kind = target[0].lower()
        return (
            f"`{written}` is not a link the guide can check: write it inline as "
            f"[text]({kind}:<id>), lowercase, with no space and no title"
        )
    if target.startswith("#") and len(target) > 1:
        return None  # a heading further down the same page
    if not target and not masked[match.end() :].lstrip().startswith(")"):
        return None  # the target is on the next line: the sanitizer, not this rule, guards that
    guess = _guess_guide_link(target)
    hint = f" (here probably [text]({guess}))" if guess else ""
    shape = (
        "an empty link target"
        if not target
        else "a site-absolute link, which is not checked and breaks when pages move"
        if target.startswith("/")
        else "a relative link, which is not checked and breaks when pages move"
    )
    return f"{shape}: link a question as [text](q:<id>) and a glossary term as [text](g:<id>){hint}"


def _guess_guide_link(target: str) -> str | None:
    """``../rag/hybrid-search.md`` -> ``q:hybrid-search``; ``/glossary/#bm25`` -> ``g:bm25``."""
    path, _, fragment = target.partition("#")
    if "glossary" in path and SLUG.fullmatch(fragment):
        return f"g:{fragment}"
    parts = [part.removesuffix(".md") for part in path.split("/") if part not in ("", ".", "..")]
    if parts and parts[-1] != "index" and SLUG.fullmatch(parts[-1]):
        return f"q:{parts[-1]}"
    return None


def check(text: str, *, max_heading: int = 3) -> list[Finding]:
    """Everything in ``text`` that contributed Markdown may not contain."""
    findings = []
    previous = ""
    if text.count("[") > MAX_BRACKETS:
        offset = -1
        for _ in range(MAX_BRACKETS + 1):
            offset = text.index("[", offset + 1)
        line = text.count("\n", 0, offset)
        findings.append(
            Finding(
                line,
                offset - (text.rfind("\n", 0, offset) + 1) + 1,
                "M307",
                f"more than {MAX_BRACKETS} `[` in one field: each one makes the Markdown "
                "parser search again, so the build would slow down",
            )
        )
    for index, _, masked in prose_lines(text):
        for pattern, match in _link_targets(masked):
            column = match.start(1) + 1
            reason = _unsafe_target(match.group(1))
            if reason:
                findings.append(
                    Finding(
                        index,
                        column,
                        "M302",
                        f"link uses {reason}: only https, http, mailto, q: and g: links are allowed",
                    )
                )
                continue
            form = _guide_link_form(pattern, match, masked)
            if form:
                findings.append(Finding(index, column, "M309", form))
        autolinks = {m.start() for pattern in (AUTOLINK, EMAIL_AUTOLINK) for m in pattern.finditer(masked)}
        for match in HTML_START.finditer(masked):
            if match.start() not in autolinks:
                findings.append(
                    Finding(
                        index,
                        match.start() + 1,
                        "M301",
                        "raw HTML is not allowed: write `<` inside backticks, or use Markdown",
                    )
                )
        for match in ATTR_LIST.finditer(masked):
            findings.append(
                Finding(
                    index,
                    match.start() + 1,
                    "M303",
                    "attribute-list braces (`{: ...}`, `{#id}`, `{.class}`) are not allowed",
                )
            )
        if index and LIST_ITEM.match(masked) and _paragraph_line(previous):
            findings.append(
                Finding(
                    index,
                    1,
                    "M308",
                    "this line starts a list right after a paragraph line, so "
                    "Python-Markdown shows it as text: put a blank line before the list, or "
                    "rewrap so the line does not start with a list marker",
                )
            )
        previous = masked
        heading = HEADING.match(masked)
        if heading and len(heading.group(1)) < max_heading:
            findings.append(
                Finding(
                    index,
                    heading.start(1) + 1,
                    "M305",
                    f"heading level {len(heading.group(1))} belongs to the page: start at {'#' * max_heading}",
                )
            )
    return findings


def _paragraph_line(line: str) -> bool:
    """Unindented running text: not blank, not a heading, not a list item or its indented continuation."""
    return (
        bool(line.strip())
        and not line.startswith((" ", "\t"))
        and not HEADING.match(line)
        and not LIST_ITEM.match(line)
        and not line.startswith((">", "|", "!!!", "???"))
    )


def guide_links(text: str) -> Iterator[tuple[int, int, str, str]]:
    """Yield (line, column, kind, id) for each ``q:``/``g:`` link outside code."""
    if "](q:" not in text and "](g:" not in text:
        return
    for index, _, masked in prose_lines(text):
        for match in GUIDE_LINK.finditer(masked):
            yield index, match.start(1) + 1, match.group(1), match.group(2)


def rewrite_guide_links(text: str, resolve: Callable[[str, str], str]) -> str:
    """Replace ``](q:id)`` and ``](g:id)`` outside code with ``resolve(kind, id)``."""
    if "](q:" not in text and "](g:" not in text:
        return text  # most values link nothing: skip masking their code (a third of the render)
    lines = text.split("\n")
    for index, line, masked in prose_lines(text):
        spans = [(m.start(), m.end(), m.group(1), m.group(2)) for m in GUIDE_LINK.finditer(masked)]
        for start, end, kind, ident in reversed(spans):
            line = f"{line[:start]}]({resolve(kind, ident)}){line[end:]}"
        lines[index] = line
    return "\n".join(lines)
