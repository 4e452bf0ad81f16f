"""The exports: JSON with its schema, CSV and the Anki deck, from the real corpus and edited fixtures."""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import shutil
from dataclasses import replace
from pathlib import Path

import genanki
import jsonschema
import pytest
from anki.collection import Collection
from anki.import_export_pb2 import (
    IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
    ImportAnkiPackageOptions,
    ImportAnkiPackageRequest,
)
from conftest import ROOT, VALID

from generator.corpus import Corpus
from generator.export_anki import DECK_NAME, anki_deck, card_html
from generator.export_csv import questions_csv
from generator.export_json import absolute_links, corpus_json, corpus_json_schema
from generator.pipeline import load_checked

SITE = "https://example.org/guide/"
TIMESTAMP = 1_764_000_000  # a real SOURCE_DATE_EPOCH: Anki's importer cannot take note id 0
LEFT_GUIDE_LINK = re.compile(r"\]\((?:q|g):")


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return load_checked(ROOT / "corpus")


@pytest.fixture(scope="module")
def document(corpus: Corpus) -> dict:
    return json.loads(corpus_json(corpus, site_url=SITE))


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur once in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


# JSON


def test_the_json_matches_its_own_schema(document: dict) -> None:
    schema = json.loads(corpus_json_schema())
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert "$id" not in schema and schema["title"] and schema["description"]
    assert [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(document)] == []


def test_the_schema_rejects_an_unknown_field(document: dict) -> None:
    check = jsonschema.Draft202012Validator(json.loads(corpus_json_schema()))
    question = {**document["questions"][0], "colour": "red"}
    assert not check.is_valid({**document, "questions": [question]})


def test_the_json_holds_the_whole_corpus_in_study_order(corpus: Corpus, document: dict) -> None:
    questions = document["questions"]
    assert [q["id"] for q in questions] == [q.id for q in corpus.questions]
    assert [q["number"] for q in questions] == list(range(1, len(corpus.questions) + 1))
    assert [q["round"] for q in questions] == [q.folder for q in corpus.questions]
    assert all(q["url"] == f"{SITE}questions/{q['round']}/{q['id']}/" for q in questions)
    assert [r["id"] for r in document["rounds"]] == [r.id for r in corpus.rounds]
    assert [r["questions"] for r in document["rounds"]] == [list(r.questions) for r in corpus.rounds]
    assert sorted(t["id"] for t in document["glossary"]) == sorted(t.id for t in corpus.terms)
    assert sorted(t["id"] for t in document["tags"]) == sorted(t.id for t in corpus.tags)
    order = [q.id for q in corpus.questions]
    for tag in document["tags"]:
        assert tag["questions"] == [q.id for q in corpus.questions if tag["id"] in q.model.tags]
    for term in document["glossary"]:
        assert term["questions"] == sorted(term["questions"], key=order.index)
        assert term["url"] == f"{SITE}glossary/#{term['id']}"


def test_the_json_holds_the_plan_day_by_day_and_every_mock_with_its_script(corpus: Corpus, document: dict) -> None:
    plan = document["plan"]
    assert [d["day"] for d in plan["days"]] == [d.day for d in corpus.plan.days]
    for day, exported in zip(corpus.plan.days, plan["days"], strict=True):
        assert exported["url"] == f"{SITE}plan/week-{day.week}/#day-{day.day}"
        assert [t["questions"] for t in exported["tasks"]] == [list(t.questions) for t in day.tasks]
        assert exported["minutes"] == (day.minutes or corpus.plan.minutes_per_day)
    assert [m["id"] for m in document["mocks"]] == sorted(m.id for m in corpus.mocks)
    for mock in corpus.mocks:
        exported = next(m for m in document["mocks"] if m["id"] == mock.id)
        assert exported["interviewer_url"] == f"{SITE}mocks/{mock.id}/interviewer/"
        assert [s["start"] + s["minutes"] for s in exported["segments"]][-1] == mock.model.minutes
        for segment, out in zip(mock.model.segments, exported["segments"], strict=True):
            if segment.follow_up:  # the curveball carries the follow-up it asks and its hint
                follow_up = corpus.question(segment.follow_up.question).model.follow_ups[segment.follow_up.number - 1]
                assert out["ask"] == absolute_links(corpus, SITE)(follow_up.question)
                assert out["listen_for"] == [absolute_links(corpus, SITE)(follow_up.hint)]
            else:
                assert len(out["listen_for"]) == len(segment.listen_for)
        assert [len(c["levels"]) for c in exported["criteria"]] == [4] * len(mock.model.score_sheet.criteria)


def test_no_guide_link_is_left_in_the_json(corpus: Corpus) -> None:
    text = corpus_json(corpus, site_url=SITE).decode("utf-8")
    assert LEFT_GUIDE_LINK.search(text) is None
    assert f"]({SITE}questions/" in text  # the real corpus links questions to each other


def test_guide_links_become_absolute_urls_and_snippets_ride_along() -> None:
    document = json.loads(corpus_json(load_checked(VALID), site_url=SITE))
    first = document["questions"][0]
    assert f"[linked here]({SITE}questions/alpha/second/)" in first["deep_dive"]
    assert f"[term]({SITE}glossary/#fixture-term)" in first["deep_dive"]
    assert first["snippet"]["path"] == "questions/alpha/first.py" and first["snippet"]["code"]
    assert document["questions"][1]["snippet"] is None


def test_the_json_is_the_same_bytes_every_time(corpus: Corpus) -> None:
    data = corpus_json(corpus, site_url=SITE)
    assert data == corpus_json(corpus, site_url=SITE)
    assert data.endswith(b"}\n") and corpus_json_schema().endswith(b"}\n")


# CSV

HEADER = b"id,round,number,title,label,level,tags,short_answer,key_facts,url\r\n"


def rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_the_csv_has_a_row_per_question_in_study_order(corpus: Corpus) -> None:
    data = questions_csv(corpus, site_url=SITE)
    assert data.startswith(codecs.BOM_UTF8 + HEADER)  # the mark tells Excel the file is UTF-8
    assert data.endswith(b"\r\n")  # RFC 4180 line ends
    table = rows(data)
    assert [row["id"] for row in table] == [q.id for q in corpus.questions]
    assert [row["number"] for row in table] == [str(n) for n in range(1, len(corpus.questions) + 1)]
    for row, q in zip(table, corpus.questions, strict=True):
        assert row["title"] == q.model.title and row["round"] == q.folder
        assert row["tags"] == " ".join(q.model.tags)
        assert len(row["key_facts"].split("\n")) == len(q.model.key_facts)
        assert row["url"] == f"{SITE}questions/{q.folder}/{q.id}/"
        assert "](" not in row["short_answer"] + row["key_facts"]  # links reduced to their text
    assert questions_csv(corpus, site_url=SITE) == data


def test_csv_cells_that_start_like_a_formula_are_made_text(corpus_copy: Path) -> None:
    first = corpus_copy / "questions/alpha/first.yaml"
    edit(first, "short_answer: |\n  Fixture", 'short_answer: |\n  =HYPERLINK("https://evil.example","x") Fixture')
    edit(first, "- One fact with its condition.", "- +1 fact with its condition.")
    table = rows(questions_csv(load_checked(corpus_copy), site_url=SITE))
    assert table[0]["short_answer"].startswith("'=HYPERLINK(")
    assert table[0]["key_facts"].startswith("'+1 fact")
    assert table[1]["short_answer"].startswith("Fixture")  # an ordinary cell is left alone


def test_a_link_is_reduced_to_its_text_before_the_formula_guard(corpus_copy: Path) -> None:
    edit(
        corpus_copy / "questions/alpha/first.yaml",
        "- One fact with its condition.",
        "- '[@SUM(A1)](https://example.org/) fact with its condition.'",
    )
    table = rows(questions_csv(load_checked(corpus_copy), site_url=SITE))
    assert table[0]["key_facts"].startswith("'@SUM(A1) fact")


# Anki


def import_deck(col: Collection, data: bytes, path: Path) -> None:
    path.write_bytes(data)
    # IF_NEWER is Anki's default: a note is updated when the package's copy is newer (its timestamp)
    options = ImportAnkiPackageOptions(update_notes=IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER)
    col.import_anki_package(ImportAnkiPackageRequest(package_path=str(path), options=options))


def notes_by_id(col: Collection) -> dict:
    """Every note, keyed by ("question" or "term", its id): a term may share its id with a question."""
    notes = [col.get_note(nid) for nid in col.find_notes("")]
    return {(note.note_type()["name"].rsplit(" ", 1)[-1], note["Id"]): note for note in notes}


@pytest.fixture(scope="module")
def deck(corpus: Corpus) -> bytes:
    return anki_deck(corpus, site_url=SITE, timestamp=TIMESTAMP)


def test_the_deck_imports_into_anki_and_updates_on_reimport(corpus: Corpus, deck: bytes, tmp_path: Path) -> None:
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        import_deck(col, deck, tmp_path / "first.apkg")
        assert col.note_count() == len(corpus.questions) + len(corpus.terms)
        notes = notes_by_id(col)
        rounds = {r.id: r.title for r in corpus.rounds}
        for q in corpus.questions:
            note = notes["question", q.id]
            assert note.guid == genanki.guid_for("question", q.id)
            assert set(note.tags) == {*q.model.tags, q.folder}
            assert col.decks.name(note.cards()[0].did) == f"{DECK_NAME}::{rounds[q.folder]}"
        for term in corpus.terms:
            assert notes["term", term.id].guid == genanki.guid_for("term", term.id)
            assert col.decks.name(notes["term", term.id].cards()[0].did) == f"{DECK_NAME}::Glossary"

        # a newer build of an edited corpus updates the note in place
        q = corpus.questions[0]
        edited = tmp_path / "corpus"
        shutil.copytree(ROOT / "corpus", edited)
        first_line = q.model.short_answer.split("\n")[0]
        edit(edited / q.yaml_path, first_line, "Updated" + first_line[len(first_line.split()[0]) :])
        newer = anki_deck(load_checked(edited), site_url=SITE, timestamp=TIMESTAMP + 86_400)
        import_deck(col, newer, tmp_path / "newer.apkg")
        assert col.note_count() == len(corpus.questions) + len(corpus.terms)
        assert notes_by_id(col)["question", q.id]["Answer"].startswith("<p>Updated ")
        names = [m.name for m in col.models.all_names_and_ids()]
        assert sorted(n for n in names if n.startswith(DECK_NAME)) == [f"{DECK_NAME}: question", f"{DECK_NAME}: term"]
    finally:
        col.close()


def test_the_deck_is_the_same_bytes_every_time(corpus: Corpus, deck: bytes) -> None:
    assert anki_deck(corpus, site_url=SITE, timestamp=TIMESTAMP) == deck
    with pytest.raises(ValueError):
        anki_deck(corpus, site_url=SITE, timestamp=0)


def imported_with_answer(corpus: Corpus, text: str, scratch: Path) -> dict[str, str]:
    """The first question's note after importing a deck in which ``text`` is its answer and first
    key fact, as if a check had let it through: the deck's own cleaning must still hold."""
    q = corpus.questions[0]
    corpus.questions[0] = replace(
        q, model=q.model.model_copy(update={"short_answer": text, "key_facts": [text, "Fact."]})
    )
    col = Collection(str(scratch / "collection.anki2"))
    try:
        import_deck(col, anki_deck(corpus, site_url=SITE, timestamp=TIMESTAMP), scratch / "deck.apkg")
        note = notes_by_id(col)["question", q.id]
        return {name: note[name] for name in ("Question", "Answer", "KeyFacts")}
    finally:
        col.close()


def test_card_fields_carry_no_script_or_event_handler(corpus_copy: Path) -> None:
    first = corpus_copy / "questions/alpha/first.yaml"
    edit(
        first,
        "title: How does the first fixture question read?",
        "title: 'How does <script>alert(1)</script> <img src=x onerror=alert(1)> read?'",
    )
    corpus = load_checked(corpus_copy)
    # As if a check had missed raw HTML in prose: the deck's own sanitizing must still hold.
    hostile = (
        '<script>alert(1)</script><img src="x" onerror="alert(1)"> [bad](javascript:alert(1)) [ok](https://a.org/)'
    )
    note = imported_with_answer(corpus, hostile, corpus_copy.parent)
    assert note["Question"].startswith("How does &lt;script&gt;alert(1)&lt;/script&gt;")
    for field in ("Question", "Answer", "KeyFacts"):
        assert "<script" not in note[field] and not re.search(r"<[^>]*onerror", note[field])
        assert "javascript:" not in note[field]
    assert '<a href="https://a.org/"' in note["Answer"] and "alert(1)" not in note["Answer"]


def test_card_html_keeps_only_https_links_and_plain_markup() -> None:
    html = card_html("**bold** `code` [web](https://a.org/) [plain](http://a.org/) [here](/local) <b style='x'>b</b>")
    assert "<strong>bold</strong>" in html and "<code>code</code>" in html
    assert '<a href="https://a.org/"' in html
    assert 'href="http://' not in html and 'href="/local"' not in html
    assert "style" not in html and "<b>" not in html


def test_card_fields_start_no_anki_markup(corpus_copy: Path) -> None:
    """[sound:...] plays a file of the reader's and [latex] runs their LaTeX when a card shows."""
    hostile = r"Hear [sound:../../x.mp3] and [latex]\input{/etc/passwd}[/latex] and [$]x[/$]."
    note = imported_with_answer(load_checked(corpus_copy), hostile, corpus_copy.parent)
    for field in ("Answer", "KeyFacts"):
        assert "[sound:" not in note[field] and "[latex]" not in note[field] and "[$]" not in note[field]
        assert "&#91;sound:" in note[field]  # still reads as a bracket
