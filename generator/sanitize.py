"""The allowlist for the HTML of generated pages, applied after MkDocs has rendered them.

Contributed Markdown is checked early (``markdown_rules``), but that check reads Markdown
line by line and can disagree with the real parser. This module is the guard that does not
depend on agreeing with any parser: the finished HTML goes through Ammonia (``nh3``), which
parses it the way a browser does and keeps only what the renderer, its Markdown extensions
and the theme legitimately produce:

- tags of Markdown and of the enabled extensions; no script, style, frame, form, base,
  meta, object, svg or image (nothing may load from another host, and nothing is needed);
- per-tag attributes, no event handlers, and ``style`` only as ``text-align`` on table cells;
- classes from fixed lists (admonition types, Pygments token classes), never the theme's own;
- ids outside the theme's ``__`` namespace, so content cannot shadow ``#__config`` and kin;
- links to https, http and mailto, or relative ones that stay on this site (checked after
  entity decoding, as browsers read them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import nh3
from pygments.token import STANDARD_TYPES

HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
TAGS = HEADINGS | {
    "a",
    "abbr",
    "blockquote",
    "br",
    "code",
    "details",
    "div",
    "em",
    "hr",
    "li",
    "ol",
    "p",
    "pre",
    "span",
    "strong",
    "summary",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
}
ATTRIBUTES = {
    **{tag: {"id", "data-search-exclude"} for tag in HEADINGS},  # the search plugin reads it after us
    "a": {"href", "title", "class"},
    "abbr": {"title"},
    "code": {"class"},
    "details": {"class", "open"},
    "div": {"class", "data-search-exclude"},
    "ol": {"start"},
    "p": {"class", "data-search-exclude"},
    "span": {"class"},
    "td": {"style"},
    "th": {"style"},
}
# Material's admonition and details types (pymdownx.details uses the same ones).
ADMONITION_TYPES = {
    "note",
    "abstract",
    "summary",
    "tldr",
    "info",
    "todo",
    "tip",
    "hint",
    "important",
    "success",
    "check",
    "done",
    "question",
    "help",
    "faq",
    "warning",
    "caution",
    "attention",
    "failure",
    "fail",
    "missing",
    "danger",
    "error",
    "bug",
    "example",
    "quote",
    "cite",
}
PAGE_LAYOUT = {
    "cheat-sheet",
    "study-sheet",
    "study-panel",  # the reader's progress panel on the plan page, filled by javascripts/progress.js
    "drill",  # where javascripts/progress.js runs a timed drill
    "mock-result",  # where it asks whether a mock met its hire bar
    "sheet-intro",
    "sheet-entry",
    "sheet-opening",
    "sheet-terms",
    "screen-only",
}
CLASSES = {
    "a": {"headerlink"},
    "code": {"highlight"},
    "details": ADMONITION_TYPES,
    # two-minute: the answer's box; question-list: the tables of questions, stacked on a phone;
    # the rest lay out cheat sheets and what prints (guide.css)
    "div": {"admonition", "highlight", "two-minute", "question-list", *PAGE_LAYOUT} | ADMONITION_TYPES,
    "p": {"admonition-title", *PAGE_LAYOUT},
    "span": {name for name in STANDARD_TYPES.values() if name} | {"filename"},  # Pygments' own list
}
_NONE: frozenset[str] = frozenset()
LANGUAGE_CLASS = re.compile(r"language-[a-z0-9+#-]{1,30}")  # on highlighted code blocks
# toc slugs and `_1` for a repeated heading;
# never the theme's `__` namespace
ALLOWED_ID = re.compile(r"(?!__)[A-Za-z0-9_][A-Za-z0-9_.:/-]{0,199}")
URL_SCHEMES = {"https", "http", "mailto"}


def _classes(tag: str, value: str) -> str | None:
    allowed = CLASSES.get(tag, _NONE)
    if value in allowed:
        return value  # the usual case, such as one Pygments token class on a span
    kept = [
        name for name in value.split() if name in allowed or (tag in ("div", "code") and LANGUAGE_CLASS.fullmatch(name))
    ]
    return " ".join(kept) or None


def _attribute(tag: str, name: str, value: str) -> str | None:
    """Rules for attribute values that a per-tag allowlist cannot express."""
    if name == "class":
        return _classes(tag, value)
    if name == "id":
        return value if ALLOWED_ID.fullmatch(value) else None
    if name == "start":
        return value if value.isdigit() and len(value) < 7 else None
    return value


def _relative_url(url: str) -> str | None:
    """A relative link stays on this site: no `//host`, and no backslash, which browsers read as a slash."""
    squeezed = re.sub(r"[\t\n\r]", "", url).lstrip(" \x00-\x1f")  # what a browser strips before reading
    if squeezed.startswith("//") or "\\" in squeezed:
        return None
    return url


_CLEANER = nh3.Cleaner(
    tags=TAGS,
    attributes=ATTRIBUTES,
    attribute_filter=_attribute,
    url_schemes=URL_SCHEMES,
    url_relative=_relative_url,
    filter_style_properties={"text-align"},
    link_rel=None,  # leave links as the renderer made them
    strip_comments=True,
)
_TEXT_ONLY = nh3.Cleaner(tags=set(), attributes={}, link_rel=None)


def clean(html: str) -> str:
    """The HTML of a generated page, reduced to the allowlist."""
    return _CLEANER.clean(html)


def clean_text(html: str) -> str:
    """An HTML fragment reduced to escaped text, for values the theme prints as HTML (table-of-contents titles)."""
    return _TEXT_ONLY.clean(html)


def clean_toc(links: Iterable) -> None:
    """Reduce every table-of-contents title to text, in place; the theme prints them unescaped."""
    for link in links:
        link.title = clean_text(link.title)
        clean_toc(link.children)
