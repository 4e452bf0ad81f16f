"""The questions as a CSV file for a spreadsheet: one row per question, in study order.

RFC 4180: comma-separated, fields quoted only when needed, CRLF line ends; UTF-8 with a byte-order
mark, which Excel needs to read it as UTF-8.
Contributed text is hostile, and a spreadsheet runs a cell that starts like a formula, so such a
cell gets a leading ``'`` (OWASP's advice on CSV injection): the spreadsheet shows it as text.
"""

from __future__ import annotations

import csv
import io
import re

from .corpus import Corpus
from .export_json import question_url

HEADER = ("id", "round", "number", "title", "label", "level", "tags", "short_answer", "key_facts", "url")
MARKDOWN_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
BLANK_LINE = re.compile(r"\n[ \t]*\n")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what Excel, LibreOffice and Sheets read as a formula


def plain_text(markdown_text: str) -> str:
    """Markdown as a spreadsheet cell: links reduced to their text, a paragraph's wrapped lines joined
    into one, paragraphs kept apart by a blank line; other Markdown stays as written."""
    text = MARKDOWN_LINK.sub(r"\1", markdown_text.strip())
    return "\n\n".join(" ".join(paragraph.split()) for paragraph in BLANK_LINE.split(text))


def inert(cell: str) -> str:
    """A cell that no spreadsheet runs as a formula."""
    return f"'{cell}" if cell.startswith(FORMULA_START) else cell


def questions_csv(corpus: Corpus, *, site_url: str) -> bytes:
    """One row per question in study order, under ``HEADER``."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(HEADER)
    for number, q in enumerate(corpus.questions, start=1):
        m = q.model
        row = [
            q.id,
            q.folder,
            str(number),
            m.title,
            m.label,
            m.level,
            " ".join(m.tags),
            plain_text(m.short_answer),
            "\n".join(plain_text(fact) for fact in m.key_facts),
            question_url(site_url, q),
        ]
        writer.writerow([inert(cell) for cell in row])
    # With a byte-order mark, Excel reads the file as UTF-8 (without one it garbles √, × and →);
    # csv readers and pandas accept it with encoding="utf-8-sig".
    return out.getvalue().encode("utf-8-sig")
