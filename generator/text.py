"""Plain-text fields (titles, round names and summaries, terms, reference titles and sources).

They are text, never Markup: no Markdown or HTML in them may have any effect wherever they
are shown. Two contexts need two escapes:

- inside generated Markdown, every ASCII punctuation character becomes a numeric character
  reference, so no Markdown syntax, extension or HTML can start from it, whatever the parser
  (the browser shows the character itself);
- handed to the theme (front-matter title and description, navigation titles), the value is
  HTML-escaped with quotes, because Material prints those values as HTML, some inside
  attributes.
"""

from __future__ import annotations

import html
import re


def for_markdown(text: str) -> str:
    """``text`` as inert Markdown: letters, digits, spaces and non-ASCII characters kept as they are."""
    return "".join(
        f"&#{ord(char)};" if char.isascii() and not (char.isalnum() or char == " ") else char
        for char in str(text).replace("\n", " ")
    )


def for_theme(text: str) -> str:
    """``text`` as HTML text that is also safe inside a quoted attribute."""
    return html.escape(str(text).replace("\n", " "), quote=True)


def tooltip(markdown_text: str, limit: int = 300) -> str:
    """A definition as one line of plain text for a link title: links reduced to their text,
    code marks dropped, and no ASCII quote left to end a quoted title or attribute early."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", markdown_text)
    text = " ".join(text.replace("`", "").split())
    text = text.replace('"', "\u201d").replace("'", "\u2019").replace("\\", "/")
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


# A sentence ends at . ! or ? followed by a space and a capital: "e.g. a", "et al. 2020" and
# "3.5" do not end one, and neither does a stop inside a link's text ("[K. Smith's paper](...)").
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\u201c\"(\[])")


def first_sentence(markdown_text: str) -> str:
    """The first sentence of a prose field: on a cheat sheet, the line that opens the answer."""
    text = markdown_text.strip()
    for end in _SENTENCE_END.finditer(text):
        before = text[: end.start()]
        if before.count("[") == before.count("]"):
            return before
    return text
