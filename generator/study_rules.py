"""Validation rules for the study plan (``plan.yaml``) and the mock interviews (``mocks/<id>.yaml``).

The plan is three weeks of seven days: every question is scheduled in week 1 and again later
(spaced review), no day runs over its minutes, and every mock is run once. A mock's segments fill
its minutes exactly, and everything it cites is one of its own questions.
"""

from __future__ import annotations

from collections.abc import Iterator

from .corpus import Corpus, MockEntry
from .problems import Problem
from .schema import Plan
from .validate import _build_time_sequences, _check_prose, _did_you_mean, _leftover_todos, _prose_fields
from .yaml_source import PathKey, SourceFile

DAYS_PER_WEEK = 7
PLAN_PROSE = {"goal", "do", "done"}
MOCK_PROSE = {"brief", "if_asked", "ask", "listen_for", "levels", "hire_bar"}


def check(corpus: Corpus, known: set[str], terms: set[str] | None) -> list[Problem]:
    """Every problem of the plan and the mocks."""
    problems: list[Problem] = []
    if corpus.plan_source is not None:
        problems.extend(_text_rules(corpus.plan_source, PLAN_PROSE, known, terms))
        if corpus.plan is not None:
            problems.extend(_plan(corpus, corpus.plan, corpus.plan_source, known))
    for mock in corpus.mocks:
        problems.extend(_text_rules(mock.source, MOCK_PROSE, known, terms))
        problems.extend(_mock(corpus, mock, known))
    return problems


def _text_rules(source: SourceFile, prose: set[str], known: set[str], terms: set[str] | None) -> list[Problem]:
    problems = _build_time_sequences(source) + _leftover_todos(source)
    for loc, text in _prose_fields(source.data, prose):
        problems.extend(_check_prose(source, loc, text, known, terms))
    return problems


def _at(source: SourceFile, loc: PathKey, code: str, message: str) -> Problem:
    return Problem(source.path, *source.where(loc), code, message)


def _plan(corpus: Corpus, plan: Plan, source: SourceFile, known: set[str]) -> Iterator[Problem]:
    for i, week in enumerate(plan.weeks):
        if week.week != i + 1:
            yield _at(source, ("weeks", i, "week"), "V238", f"week {week.week} should be {i + 1}: weeks count 1, 2, 3")
    expected = DAYS_PER_WEEK * len(plan.weeks)
    if len(plan.days) != expected:
        yield _at(
            source,
            ("days",),
            "V230",
            f"the plan has {len(plan.days)} days; its {len(plan.weeks)} week(s) need {expected}",
        )
    first_week: set[str] = set()
    later: set[str] = set()
    mock_tasks: dict[str, PathKey] = {}
    for i, day in enumerate(plan.days):
        where: PathKey = ("days", i)
        if day.day != i + 1:
            yield _at(source, (*where, "day"), "V230", f"day {day.day} should be {i + 1}: days count 1 to {expected}")
        if day.week != (day.day - 1) // DAYS_PER_WEEK + 1:
            yield _at(
                source,
                (*where, "week"),
                "V231",
                f"day {day.day} belongs to week {(day.day - 1) // DAYS_PER_WEEK + 1}, not {day.week}",
            )
        budget = plan.budget(day)
        spent = sum(task.minutes for task in day.tasks)
        if spent > budget:
            yield _at(
                source,
                (*where, "tasks"),
                "V232",
                f"day {day.day}'s tasks take {spent} minutes; its budget is {budget}",
            )
        for j, task in enumerate(day.tasks):
            for k, ident in enumerate(task.questions):
                if ident not in known:
                    yield _at(
                        source,
                        (*where, "tasks", j, "questions", k),
                        "V233",
                        f"question '{ident}' does not exist{_did_you_mean(ident, known)}",
                    )
                (first_week if day.week == 1 else later).add(ident)
            if (task.kind == "mock" and not task.mocks) or (task.mocks and task.kind not in ("mock", "review")):
                yield _at(
                    source,
                    (*where, "tasks", j, "kind"),
                    "V239",
                    "a `mock` task names the mock it runs in `mocks`; besides it, only a `review` task names one",
                )
            for k, ident in enumerate(task.mocks):
                loc = (*where, "tasks", j, "mocks", k)
                if ident not in corpus.mock_ids:
                    yield _at(
                        source, loc, "V234", f"mock '{ident}' does not exist{_did_you_mean(ident, corpus.mock_ids)}"
                    )
                elif task.kind == "mock":
                    if ident in mock_tasks:
                        yield _at(source, loc, "V237", f"mock '{ident}' is already scheduled: run each mock once")
                    mock_tasks.setdefault(ident, loc)
    # the questions of the rounds: one that no round lists yet is reported for that (V204), not here
    for ident in (ident for r in corpus.rounds for ident in r.questions if ident in known):
        if ident not in first_week:
            yield _at(source, ("days",), "V235", f"question '{ident}' is not scheduled in week 1 (days 1 to 7)")
        elif ident not in later and len(plan.weeks) > 1:
            yield _at(
                source, ("days",), "V236", f"question '{ident}' is not scheduled again after week 1 (spaced review)"
            )
    for ident in sorted(corpus.mock_ids - set(mock_tasks)):
        yield _at(source, ("days",), "V237", f"mock '{ident}' is not scheduled: add a `mock` task that names it")


def _mock(corpus: Corpus, entry: MockEntry, known: set[str]) -> Iterator[Problem]:
    mock, source = entry.model, entry.source
    rounds = {r.id for r in corpus.rounds}
    if rounds and mock.round not in rounds:
        yield _at(source, ("round",), "V242", f"round '{mock.round}' does not exist{_did_you_mean(mock.round, rounds)}")
    for i, ident in enumerate(mock.questions):
        if ident not in known:
            yield _at(
                source, ("questions", i), "V240", f"question '{ident}' does not exist{_did_you_mean(ident, known)}"
            )
    own = set(mock.questions)

    def cited(loc: PathKey, ident: str) -> Iterator[Problem]:
        if ident not in own:
            yield _at(source, loc, "V243", f"'{ident}' is not one of this mock's `questions`: add it there or cite one")

    total = sum(s.minutes for s in mock.segments)
    if total != mock.minutes:
        yield _at(source, ("segments",), "V241", f"the segments take {total} minutes; the mock lasts {mock.minutes}")
    kinds = [s.kind for s in mock.segments]
    if (
        kinds[0] != "opening"
        or kinds[-1] != "wrap-up"
        or kinds.count("opening") != 1
        or kinds.count("wrap-up") != 1
        or kinds.count("probe") < 2
        or "curveball" not in kinds
    ):
        yield _at(
            source,
            ("segments",),
            "V246",
            "a mock opens with one `opening`, ends with one `wrap-up`, and has at least two `probe` "
            "segments and one `curveball`",
        )
    for i, segment in enumerate(mock.segments):
        where: PathKey = ("segments", i)
        for k, ident in enumerate(segment.questions):
            yield from cited((*where, "questions", k), ident)
        if segment.kind == "curveball":
            if segment.follow_up is None or segment.ask is not None or segment.listen_for:
                yield _at(
                    source,
                    where,
                    "V245",
                    "a curveball asks a question's follow-up (`follow_up`), with no `ask` or `listen_for` of its own",
                )
        elif segment.follow_up is not None or segment.ask is None or not 2 <= len(segment.listen_for) <= 4:
            yield _at(
                source,
                where,
                "V245",
                f"a `{segment.kind}` segment has an `ask` and two to four `listen_for` lines, and no `follow_up`",
            )
        if segment.follow_up is not None:
            ref = segment.follow_up
            yield from cited((*where, "follow_up", "question"), ref.question)
            question = corpus.question(ref.question)
            if question is not None and ref.number > len(question.model.follow_ups):
                yield _at(
                    source,
                    (*where, "follow_up", "number"),
                    "V244",
                    f"'{ref.question}' has {len(question.model.follow_ups)} follow-ups: "
                    f"there is no number {ref.number}",
                )
    for i, criterion in enumerate(mock.score_sheet.criteria):
        yield from cited(("score_sheet", "criteria", i, "question"), criterion.question)
