"""Validate stage: rules across files, each with a stable code (see ``problems.CODES``)."""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Iterator
from typing import Any

from . import markdown_rules, snippets
from .corpus import Corpus, QuestionEntry
from .problems import Problem
from .text import first_sentence
from .yaml_source import PathKey, SourceFile

SHORT_ANSWER_WORDS = (70, 130)
DEEP_DIVE_WORDS = (300, 700)


# Markdown fields; the rest (titles, terms, reference titles and sources) is plain text, escaped when rendered
QUESTION_PROSE = {
    "short_answer",
    "deep_dive",
    "key_facts",
    "tested",
    "strong_signals",
    "red_flags",
    "senior_bar",
    "question",
    "hint",
}


def _strings(data: Any, loc: PathKey) -> Iterator[tuple[PathKey, str]]:
    """Every string value in a file's data, with its location."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(value, loc + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _strings(value, loc + (index,))
    elif isinstance(data, str):
        yield loc, data


def _prose_fields(data: Any, keys: set[str]) -> Iterator[tuple[PathKey, str]]:
    """Every string in ``data`` whose nearest field name is in ``keys``."""
    for loc, text in _strings(data, ()):
        if any(isinstance(part, str) and part in keys for part in loc[-2:]):
            yield loc, text


def _build_time_sequences(source: SourceFile) -> list[Problem]:
    """Sequences that would start build-time work, anywhere in any value of the file."""
    return [
        Problem(source.path, *source.text_position(loc, line, column), code, message)
        for loc, text in _strings(source.data, ())
        for line, column, code, message in markdown_rules.build_time_sequences(text)
    ]


TODO = re.compile(r"\bTODO\b")


def _leftover_todos(source: SourceFile) -> list[Problem]:
    """The stub from ``generator new`` marks every field to write with TODO; one left over ships."""
    problems = []
    for loc, text in _strings(source.data, ()):
        if match := TODO.search(text):
            line = text.count("\n", 0, match.start())
            column = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
            problems.append(
                Problem(
                    source.path,
                    *source.text_position(loc, line, column),
                    "V223",
                    "TODO left from the stub: write this field",
                )
            )
    return problems


def _check_prose(
    source: SourceFile, loc: PathKey, text: str, questions: set[str], terms: set[str] | None
) -> list[Problem]:
    """Markdown rules and guide links in one prose value; ``terms`` is None when the glossary did not load."""
    problems = []
    for finding in markdown_rules.check(text):
        problems.append(
            Problem(
                source.path, *source.text_position(loc, finding.line, finding.column), finding.code, finding.message
            )
        )
    for line, column, kind, ident in markdown_rules.guide_links(text):
        if kind == "q" and ident not in questions:
            problems.append(
                Problem(
                    source.path,
                    *source.text_position(loc, line, column),
                    "V211",
                    f"link to question 'q:{ident}', which does not exist{_did_you_mean(ident, questions)}",
                )
            )
        if kind == "g" and terms is not None and ident not in terms:
            problems.append(
                Problem(
                    source.path,
                    *source.text_position(loc, line, column),
                    "V212",
                    f"link to glossary term 'g:{ident}', which does not exist{_did_you_mean(ident, terms)}",
                )
            )
    return problems


def _did_you_mean(name: str, known: set[str] | list[str]) -> str:
    """``"; did you mean 'x'?"`` for the closest known name, or an empty string."""
    close = difflib.get_close_matches(name, sorted(known), n=1)
    return f"; did you mean '{close[0]}'?" if close else ""


def _word_count(text: str) -> int:
    return len(re.findall(r"\S+", text))


def _rounds(corpus: Corpus, known: set[str]) -> list[Problem]:
    source = corpus.clusters_source
    if source is None or not corpus.rounds:  # clusters.yaml has problems of its own
        return []
    problems, seen_rounds, listed = [], set(), {}
    for r, round_ in enumerate(corpus.rounds):
        if round_.id in seen_rounds:
            problems.append(
                Problem(
                    source.path, *source.where(("rounds", r, "id")), "V215", f"round id '{round_.id}' is used twice"
                )
            )
        seen_rounds.add(round_.id)
        for i, ident in enumerate(round_.questions):
            where = source.where(("rounds", r, "questions", i))
            if ident not in known:
                problems.append(
                    Problem(
                        source.path,
                        *where,
                        "V203",
                        f"round '{round_.id}' lists '{ident}', but no questions/*/{ident}.yaml exists"
                        f"{_did_you_mean(ident, known)}",
                    )
                )
            elif ident in listed:
                problems.append(
                    Problem(source.path, *where, "V205", f"'{ident}' is already listed in round '{listed[ident]}'")
                )
            else:
                listed[ident] = round_.id
    for q in corpus.questions:
        if q.folder not in seen_rounds:
            problems.append(
                Problem(q.source.path, 1, 1, "V214", f"folder '{q.folder}' is not a round in clusters.yaml")
            )
        elif q.id not in listed:
            problems.append(
                Problem(
                    q.source.path,
                    1,
                    1,
                    "V204",
                    f"'{q.id}' is not listed in any round: add it to round '{q.folder}' in clusters.yaml",
                )
            )
        elif listed[q.id] != q.folder:
            problems.append(
                Problem(
                    q.source.path,
                    1,
                    1,
                    "V206",
                    f"'{q.id}' is listed in round '{listed[q.id]}' but sits in questions/{q.folder}/",
                )
            )
    return problems


def _question(q: QuestionEntry, known: set[str], terms: set[str] | None) -> list[Problem]:
    source, model = q.source, q.model
    problems = _build_time_sequences(source) + _leftover_todos(source)
    for loc, text in _prose_fields(source.data, QUESTION_PROSE):
        problems.extend(_check_prose(source, loc, text, known, terms))
    problems.extend(_spoken(source, model.short_answer))
    for field, text, (low, high), code in (
        ("short_answer", model.short_answer, SHORT_ANSWER_WORDS, "C401"),
        ("deep_dive", model.deep_dive, DEEP_DIVE_WORDS, "C402"),
    ):
        words = _word_count(text)
        if not low <= words <= high:
            problems.append(
                Problem(source.path, *source.where((field,)), code, f"{field} has {words} words; write {low} to {high}")
            )
    first_listed: dict[str, int] = {}
    for i, ident in enumerate(model.related):
        if ident == q.id:
            problems.append(
                Problem(source.path, *source.where(("related", i)), "V213", "a question cannot be related to itself")
            )
        elif ident not in known:
            problems.append(
                Problem(
                    source.path,
                    *source.where(("related", i)),
                    "V202",
                    f"related question '{ident}' does not exist{_did_you_mean(ident, known - {q.id})}",
                )
            )
        elif ident in first_listed:
            problems.append(
                Problem(
                    source.path,
                    *source.where(("related", i)),
                    "V222",
                    f"'{ident}' is already listed as related (item {first_listed[ident] + 1}): remove the repeat",
                )
            )
        first_listed.setdefault(ident, i)
    if q.snippet_code is not None and q.snippet_path is not None:
        shown = source.path.removesuffix(q.yaml_path) + q.snippet_path  # same corpus prefix as the YAML
        for line, column, code, message in snippets.problems(q.snippet_code):
            problems.append(Problem(shown, line, column, code, message))
        for line, column, code, message in markdown_rules.build_time_sequences(q.snippet_code):
            problems.append(Problem(shown, line + 1, column, code, message))  # shown inside the page's Markdown
        if match := TODO.search(q.snippet_code):
            line = q.snippet_code.count("\n", 0, match.start()) + 1
            column = match.start() - (q.snippet_code.rfind("\n", 0, match.start()) + 1) + 1
            problems.append(Problem(shown, line, column, "V223", "TODO left from the stub: write the snippet"))
    return problems


def _spoken(source: SourceFile, text: str) -> list[Problem]:
    """The two-minute answer is said out loud: a code span cannot be spoken, so it is refused."""
    tick = text.find("`")
    if tick == -1:
        return []
    line = text.count("\n", 0, tick)
    column = tick - (text.rfind("\n", 0, tick) + 1) + 1
    return [
        Problem(
            source.path,
            *source.text_position(("short_answer",), line, column),
            "C403",
            "the two-minute answer is spoken: no code spans; say it in words and put the code in the deep dive",
        )
    ]


def _glossary(corpus: Corpus, known: set[str]) -> list[Problem]:
    source = corpus.glossary_source
    if source is None:
        return []
    problems, seen = _build_time_sequences(source) + _leftover_todos(source), set()
    terms = {t.id for t in corpus.terms}
    for t, term in enumerate(corpus.terms):
        if term.id in seen:
            problems.append(
                Problem(
                    source.path, *source.where(("terms", t, "id")), "V208", f"glossary id '{term.id}' is used twice"
                )
            )
        seen.add(term.id)
        for i, ident in enumerate(term.questions):
            if ident not in known:
                problems.append(
                    Problem(
                        source.path,
                        *source.where(("terms", t, "questions", i)),
                        "V207",
                        f"term '{term.id}' names question '{ident}', which does not exist{_did_you_mean(ident, known)}",
                    )
                )
        problems.extend(_check_prose(source, ("terms", t, "definition"), term.definition, known, terms))
    return problems


def _tags(corpus: Corpus) -> list[Problem]:
    """Every tag a question uses is defined once in tags.yaml, and every defined tag groups two
    or more questions (a tag page with one question on it is a dead end)."""
    source = corpus.tags_source
    if source is None or not corpus.tags_ok:
        return []
    problems, defined = [], {}
    for t, tag in enumerate(corpus.tags):
        if tag.id in defined:
            problems.append(
                Problem(source.path, *source.where(("tags", t, "id")), "V221", f"tag '{tag.id}' is defined twice")
            )
        defined.setdefault(tag.id, t)
    users: dict[str, int] = {}
    for q in corpus.questions:
        for i, name in enumerate(q.model.tags):
            users[name] = users.get(name, 0) + 1
            if name not in defined:
                hint = _did_you_mean(name, list(defined)) or "; add it to tags.yaml or use a defined tag"
                problems.append(
                    Problem(
                        q.source.path,
                        *q.source.where(("tags", i)),
                        "V219",
                        f"tag '{name}' is not defined in tags.yaml{hint}",
                    )
                )
    for name, t in defined.items():
        if users.get(name, 0) < 2:
            problems.append(
                Problem(
                    source.path,
                    *source.where(("tags", t, "id")),
                    "V220",
                    f"tag '{name}' is on {users.get(name, 0)} question(s): a tag must group at "
                    "least two; remove it or tag another question with it",
                )
            )
    return problems


# A cheat sheet's budget. A printed page of a sheet (two columns, US Letter, the smaller sheet)
# holds about 8,800 characters of text; a round of ten questions gets two pages and a round
# of up to twenty four. The budget counts labels, opening sentences, key facts and term names
# a little below that, so a sheet within it fits with room for headings (tests/test_pdf.py
# prints the sheets and checks the pages).
SHEET_CHARACTERS_PER_PAGE = 8_000


def sheet_pages(questions: int) -> int:
    """The pages a round's cheat sheet may take: two for every ten questions or fewer."""
    return 2 * max(1, math.ceil(questions / 10))


def _cheat_sheets(corpus: Corpus) -> list[Problem]:
    source = corpus.clusters_source
    if source is None:
        return []
    by_id = {q.id: q for q in corpus.questions}
    problems = []
    for r, round_ in enumerate(corpus.rounds):
        entries = {
            ident: len(q.model.label)
            + len(first_sentence(q.model.short_answer))
            + sum(len(fact) for fact in q.model.key_facts)
            for ident in round_.questions
            if (q := by_id.get(ident)) is not None
        }
        terms = sum(len(t.term) for t in corpus.terms if set(t.questions) & entries.keys())
        size, pages = sum(entries.values()) + terms, sheet_pages(len(round_.questions))
        if size > pages * SHEET_CHARACTERS_PER_PAGE:
            longest = ", ".join(
                f"{ident}: {n:,} characters"
                for ident, n in sorted(entries.items(), key=lambda item: (-item[1], item[0]))[:3]
            )
            problems.append(
                Problem(
                    source.path,
                    *source.where(("rounds", r, "id")),
                    "V224",
                    f"round '{round_.id}' would print a cheat sheet of {size:,} characters (labels, opening "
                    f"sentences, key facts, term names); its {pages} pages hold about "
                    f"{pages * SHEET_CHARACTERS_PER_PAGE:,}: shorten the key facts of its largest entries ({longest})",
                )
            )
    return problems


def validate(corpus: Corpus) -> list[Problem]:
    """All cross-file problems; an empty list means the corpus can be rendered."""
    problems, first_file = [], {}
    for q in corpus.questions:
        if q.id in first_file:
            problems.append(
                Problem(q.source.path, 1, 1, "V201", f"question id '{q.id}' is also used by {first_file[q.id]}")
            )
        else:
            first_file[q.id] = q.yaml_path
    known = corpus.question_ids  # every question file found, including ones with problems of their own
    terms = {t.id for t in corpus.terms} if corpus.glossary_ok else None
    problems.extend(_rounds(corpus, known))
    for q in corpus.questions:
        problems.extend(_question(q, known, terms))
    problems.extend(_glossary(corpus, known))
    problems.extend(_tags(corpus))
    problems.extend(_cheat_sheets(corpus))
    for plain in (corpus.clusters_source, corpus.tags_source):
        if plain is not None:
            problems.extend(_build_time_sequences(plain))
    from . import study_rules  # here, not at the top: it builds on this module's prose checks

    problems.extend(study_rules.check(corpus, known, terms))
    return problems
