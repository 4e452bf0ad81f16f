"""The corpus as an Anki deck (.apkg): a card per question and a card per glossary term.

One parent deck, a sub-deck per round and one for the glossary. Anki matches a re-imported
package to what a reader already has by ids: note types by their id and notes by their GUID
(decks by their names). So every id here is fixed: note-type and deck ids are constants (a
round's deck id comes from its round id), and a note's GUID comes from its question or term id.
A reader who imports a newer deck gets updated cards, not duplicates, and keeps their reviews.

Anki shows fields as HTML. Markdown fields are rendered with Python-Markdown (the library MkDocs
uses) and reduced to a small allowlist, stricter than the site's: no scripts, styles, classes or
event handlers, and links only to https. Plain-text fields are escaped.
"""

from __future__ import annotations

import hashlib
import html
import itertools
import sqlite3
import time
import zipfile
from collections.abc import Callable
from io import BytesIO

import genanki
import markdown
import nh3

from .corpus import Corpus, QuestionEntry
from .export_json import absolute_links, question_url, term_url
from .schema import GlossaryTerm

DECK_NAME = "AI Engineer Interview Guide"
# Fixed forever. A re-import finds the reader's note types by these ids: under a new note-type id,
# Anki would refuse to update the reader's notes ("conflicting"). Fixed deck ids keep the file stable.
ROOT_DECK_ID = 1453513441
GLOSSARY_DECK_ID = 1925640191
QUESTION_MODEL_ID = 1204226866
TERM_MODEL_ID = 1993177025
EARLIEST_TIMESTAMP = 315_532_800  # 1980-01-01: zip dates start there, and note ids are built from it

CSS = """\
.card { font-family: system-ui, sans-serif; font-size: 18px; line-height: 1.45; text-align: left;
        max-width: 40em; margin: 0 auto; padding: 0 0.5em; }
.round { font-size: 0.8em; opacity: 0.7; }
.question, .term { font-weight: 600; }
"""
QUESTION_MODEL = genanki.Model(
    QUESTION_MODEL_ID,
    f"{DECK_NAME}: question",
    fields=[{"name": name} for name in ("Question", "Answer", "KeyFacts", "Round", "Link", "Id")],
    templates=[
        {
            "name": "Question",
            "qfmt": '<div class="round">{{Round}}</div>\n<div class="question">{{Question}}</div>',
            "afmt": (
                '{{FrontSide}}\n<hr id="answer">\n<div class="answer">{{Answer}}</div>\n'
                '{{#KeyFacts}}<div class="key-facts"><p><strong>Key facts</strong></p>{{KeyFacts}}</div>{{/KeyFacts}}\n'
                '<p class="link"><a href="{{Link}}">The whole answer in the guide</a></p>'
            ),
        }
    ],
    css=CSS,
)
TERM_MODEL = genanki.Model(
    TERM_MODEL_ID,
    f"{DECK_NAME}: term",
    fields=[{"name": name} for name in ("Term", "Definition", "Link", "Id")],
    templates=[
        {
            "name": "Term",
            "qfmt": '<div class="term">{{Term}}</div>',
            "afmt": (
                '{{FrontSide}}\n<hr id="answer">\n<div class="definition">{{Definition}}</div>\n'
                '<p class="link"><a href="{{Link}}">The term in the guide\'s glossary</a></p>'
            ),
        }
    ],
    css=CSS,
)

# What Python-Markdown makes of short prose, and nothing else; `script` and `style` go with their content.
_CARD_HTML = nh3.Cleaner(
    tags={"a", "blockquote", "br", "code", "em", "li", "ol", "p", "pre", "strong", "ul"},
    attributes={"a": {"href"}},
    url_schemes={"https"},
    url_relative="deny",
    strip_comments=True,
)


def round_deck_id(round_id: str) -> int:
    """A fixed id per round, from its id; outside the range of the constants above."""
    return (1 << 31) + int.from_bytes(hashlib.sha256(round_id.encode()).digest()[:4], "big")


def _no_anki_markup(html_text: str) -> str:
    """Anki acts on bracket markup in a field when the card is shown: ``[sound:file]`` plays a file
    from the reader's media folder and ``[latex]...[/latex]`` runs the reader's LaTeX. Written as a
    character reference, a bracket still reads as "[" but starts nothing."""
    return html_text.replace("[", "&#91;")


# One converter for every field: building one per call (what ``markdown.markdown`` does) costs
# more than the conversion of a short field.
_MARKDOWN = markdown.Markdown()


def card_html(markdown_text: str) -> str:
    return _no_anki_markup(_CARD_HTML.clean(_MARKDOWN.reset().convert(markdown_text)))


def _text(value: str) -> str:
    return _no_anki_markup(html.escape(value, quote=True))


def _question_note(q: QuestionEntry, round_title: str, site_url: str, prose: Callable[[str], str]) -> genanki.Note:
    m = q.model
    return genanki.Note(
        model=QUESTION_MODEL,
        fields=[
            _text(m.title),
            card_html(prose(m.short_answer)),
            card_html("\n".join(f"- {prose(fact)}" for fact in m.key_facts)),
            _text(round_title),
            _text(question_url(site_url, q)),
            q.id,
        ],
        guid=genanki.guid_for("question", q.id),
        tags=list(dict.fromkeys([*m.tags, q.folder])),  # slugs: Anki tags may not hold spaces
    )


def _term_note(term: GlossaryTerm, site_url: str, prose: Callable[[str], str]) -> genanki.Note:
    return genanki.Note(
        model=TERM_MODEL,
        fields=[_text(term.term), card_html(prose(term.definition)), _text(term_url(site_url, term.id)), term.id],
        guid=genanki.guid_for("term", term.id),
        tags=["glossary"],
    )


def _decks(corpus: Corpus, site_url: str) -> list[genanki.Deck]:
    prose = absolute_links(corpus, site_url)
    decks = [genanki.Deck(ROOT_DECK_ID, DECK_NAME)]
    for round_ in corpus.rounds:
        # `::` nests decks in Anki: a round's title must not add a level
        deck = genanki.Deck(round_deck_id(round_.id), f"{DECK_NAME}::{round_.title.replace('::', ':')}")
        for q in corpus.questions:  # study order
            if q.folder == round_.id:
                deck.add_note(_question_note(q, round_.title, site_url, prose))
        decks.append(deck)
    glossary = genanki.Deck(GLOSSARY_DECK_ID, f"{DECK_NAME}::Glossary")
    for term in sorted(corpus.terms, key=lambda t: (t.term.lower(), t.id)):
        glossary.add_note(_term_note(term, site_url, prose))
    decks.append(glossary)
    return decks


def anki_deck(corpus: Corpus, *, site_url: str, timestamp: int) -> bytes:
    """The .apkg file; the same corpus and timestamp give the same bytes.

    ``timestamp`` (SOURCE_DATE_EPOCH) sets the notes' modification time and ids: a deck built
    later updates the cards of an earlier one when imported over it.
    """
    if timestamp < EARLIEST_TIMESTAMP:
        raise ValueError(f"timestamp {timestamp} is before 1980: pass a real SOURCE_DATE_EPOCH")
    # genanki's own writer zips a temporary file, whose modification time would change the
    # bytes; its database is written here in memory and zipped with fixed dates instead.
    connection = sqlite3.connect(":memory:")
    try:
        genanki.Package(_decks(corpus, site_url)).write_to_db(
            connection.cursor(), timestamp, itertools.count(timestamp * 1000)
        )
        connection.commit()
        database = connection.serialize()
    finally:
        connection.close()
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        for name, data in (("collection.anki2", database), ("media", b"{}")):  # no media files
            entry = zipfile.ZipInfo(name, date_time=time.gmtime(timestamp)[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 3  # Unix, wherever it is built
            entry.external_attr = 0o644 << 16
            package.writestr(entry, data)
    return out.getvalue()
