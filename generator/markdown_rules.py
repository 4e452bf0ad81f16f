"""Rules for contributed Markdown, and the ``q:``/``g:`` links it may use.

Contributed prose is Markdown without raw HTML, without dangerous link schemes,
without attribute-list braces and without snippet-include lines. Code (fenced
blocks and inline spans) may contain anything, so every check first masks code
out, keeping columns intact so problems point at the right character.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
BACKTICKS = re.compile(r"`+")
LINK_TARGET = re.compile(r"\]\(\s*<?([^)\s>]*)")
REFERENCE_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S*?)>?(?:\s|$)")
AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]*:[^\s<>]*)>")
HTML_START = re.compile(r"<[A-Za-z/!?]")
ATTR_LIST = re.compile(r"\{:|\{\s*[#.][A-Za-z_]|\{\s*[A-Za-z_][\w-]*\s*=")
SNIPPET_INCLUDE = re.compile(r"-{2,}8<-{2,}")
HEADING = re.compile(r"^\s{0,3}(#{1,6})(?:\s|$)")
SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
GUIDE_LINK = re.compile(r"\]\((q|g):([^)\s]*)\)")

SAFE_SCHEMES = {"http", "https", "mailto", "q", "g"}


@dataclass(frozen=True)
class Finding:
    line: int  # 0-based line within the text
    column: int  # 1-based
    code: str
    message: str


def _mask_inline_code(line: str) -> str:
    """Replace inline code spans with spaces of the same length."""
    out, pos = [], 0
    while (opening := BACKTICKS.search(line, pos)) is not None:
        ticks = opening.group()
        closing = re.compile(rf"(?<!`){ticks}(?!`)").search(line, opening.end())
        if closing is None:
            break
        out.append(line[pos:opening.start()])
        out.append(" " * (closing.end() - opening.start()))
        pos = closing.end()
    out.append(line[pos:])
    return "".join(out)


def prose_lines(text: str) -> Iterator[tuple[int, str, str]]:
    """Yield (index, original line, masked line) for every line outside fenced code."""
    fence: str | None = None
    for index, line in enumerate(text.split("\n")):
        marker = FENCE.match(line)
        if fence is not None:
            if marker and marker.group(1)[0] == fence[0] and len(marker.group(1)) >= len(fence):
                fence = None
            continue
        if marker:
            fence = marker.group(1)
            continue
        yield index, line, _mask_inline_code(line)


def _unsafe_target(target: str) -> str | None:
    """The reason a link target is refused, or None when it is fine."""
    before_colon = target.split(":", 1)[0] if ":" in target else ""
    if "&" in before_colon or "%" in before_colon:  # such as `&#106;avascript:`
        return "an encoded character before the link's scheme"
    scheme = SCHEME.match(target)
    if scheme and scheme.group(1).lower() not in SAFE_SCHEMES:
        return f"the `{scheme.group(1)}:` scheme"
    return None


def _link_targets(masked: str) -> Iterator[tuple[int, str]]:
    for pattern in (LINK_TARGET, REFERENCE_DEFINITION, AUTOLINK):
        for match in pattern.finditer(masked):
            yield match.start(1) + 1, match.group(1)


def check(text: str, *, max_heading: int = 3) -> list[Finding]:
    """Everything in ``text`` that contributed Markdown may not contain."""
    findings = []
    for index, _, masked in prose_lines(text):
        for column, target in _link_targets(masked):
            reason = _unsafe_target(target)
            if reason:
                findings.append(Finding(index, column, "M302", f"link uses {reason}: only https, http, mailto, q: and g: links are allowed"))
        autolinks = {m.start() for m in AUTOLINK.finditer(masked)}
        for match in HTML_START.finditer(masked):
            if match.start() not in autolinks:
                findings.append(Finding(index, match.start() + 1, "M301",
                                        "raw HTML is not allowed: write `<` inside backticks, or use Markdown"))
        for match in ATTR_LIST.finditer(masked):
            findings.append(Finding(index, match.start() + 1, "M303",
                                    "attribute-list braces (`{: ...}`, `{#id}`, `{.class}`) are not allowed"))
        for match in SNIPPET_INCLUDE.finditer(masked):
            findings.append(Finding(index, match.start() + 1, "M304", "snippet-include lines (`--8<--`) are not allowed"))
        heading = HEADING.match(masked)
        if heading and len(heading.group(1)) < max_heading:
            findings.append(Finding(index, heading.start(1) + 1, "M305",
                                    f"heading level {len(heading.group(1))} belongs to the page: start at {'#' * max_heading}"))
    return findings


def guide_links(text: str) -> Iterator[tuple[int, int, str, str]]:
    """Yield (line, column, kind, id) for each ``q:``/``g:`` link outside code."""
    for index, _, masked in prose_lines(text):
        for match in GUIDE_LINK.finditer(masked):
            yield index, match.start(1) + 1, match.group(1), match.group(2)


def rewrite_guide_links(text: str, resolve: Callable[[str, str], str]) -> str:
    """Replace ``](q:id)`` and ``](g:id)`` outside code with ``resolve(kind, id)``."""
    lines = text.split("\n")
    for index, line, masked in prose_lines(text):
        spans = [(m.start(), m.end(), m.group(1), m.group(2)) for m in GUIDE_LINK.finditer(masked)]
        for start, end, kind, ident in reversed(spans):
            line = f"{line[:start]}]({resolve(kind, ident)}){line[end:]}"
        lines[index] = line
    return "\n".join(lines)
