"""The study plan and mock pages: every day and task linked, the candidate's page free of the
script, the interviewer's page complete, and each question page pointing at its plan days."""

from __future__ import annotations

import re

import pytest
from conftest import VALID

from generator.pipeline import load_checked
from generator.render import render
from generator.render_study import (
    DRILL_PAGE,
    MOCKS_PAGE,
    PLAN_PAGE,
    day_anchor,
    drill_page,
    interviewer_page,
    mock_page,
    scheduled_days,
    week_page,
)


@pytest.fixture(scope="module")
def corpus():
    return load_checked(VALID)


@pytest.fixture(scope="module")
def pages(corpus):
    return {path: page.markdown for path, page in render(corpus).items()}


def test_the_overview_links_every_day_to_its_section_on_its_week_page(corpus, pages) -> None:
    overview = pages[PLAN_PAGE]
    for day in corpus.plan.days:
        target = f"{week_page(day.week).removeprefix('plan/')}#{day_anchor(day.day)}"
        assert f"]({target})" in overview, day.day
        assert f"{{ #{day_anchor(day.day)} }}" in pages[week_page(day.week)]
    assert [p for p in pages if p.startswith("plan/week-")] == [week_page(w.week) for w in corpus.plan.weeks]


def test_a_week_page_lists_each_task_with_its_minutes_questions_and_done_line(corpus, pages) -> None:
    for day in corpus.plan.days:
        page = pages[week_page(day.week)]
        section = page.split(f"{{ #{day_anchor(day.day)} }}", 1)[1].split("## Day ", 1)[0]
        for task in day.tasks:
            assert f", {task.minutes} min.**" in section
            assert task.done in section
            for ident in task.questions:
                question = next(q for q in corpus.questions if q.id == ident)
                assert f"../{question.page}" in section
            for ident in task.mocks:
                assert f"../{mock_page(ident)}" in section and f"../{interviewer_page(ident)}" in section


def test_a_question_page_names_the_plan_days_that_use_it(corpus, pages) -> None:
    days = scheduled_days(corpus)
    for q in corpus.questions:
        line = next(line for line in pages[q.page].splitlines() if line.startswith("In the study plan on "))
        linked = re.findall(r"\[day (\d+)\]\(\.\./\.\./plan/week-\d\.md#day-(\d+)\)", line)
        assert [int(a) for a, b in linked] == [d.day for d in days[q.id]]
        assert all(a == b for a, b in linked)
        assert len(days[q.id]) >= 2  # week 1 and a later review


def test_the_candidate_page_shows_the_brief_and_nothing_of_the_script(corpus, pages) -> None:
    for mock in corpus.mocks:
        candidate = pages[mock_page(mock.id)]
        assert mock.model.brief.strip() in candidate
        for segment in mock.model.segments:
            for secret in [segment.ask or "", *segment.listen_for]:
                if secret:
                    assert secret.strip() not in candidate, secret
        for criterion in mock.model.score_sheet.criteria:
            assert criterion.name not in candidate
            assert not any(level in candidate for level in criterion.levels)
        assert f"]({interviewer_page(mock.id).removeprefix(f'mocks/{mock.id}/')})" in candidate


def test_the_interviewer_page_holds_the_timed_script_and_the_score_sheet(corpus, pages) -> None:
    for mock in corpus.mocks:
        sheet = pages[interviewer_page(mock.id)]
        assert "search:\n  exclude: true" in sheet.split("\n---\n", 1)[0]  # the script stays out of search
        start = 0
        for segment in mock.model.segments:
            assert f"### {start}–{start + segment.minutes} min · " in sheet
            start += segment.minutes
            if segment.follow_up:  # a curveball reads out the question's own follow-up and its hint
                question = next(q for q in corpus.questions if q.id == segment.follow_up.question)
                follow_up = question.model.follow_ups[segment.follow_up.number - 1]
                assert f"**Say:** {follow_up.question}" in sheet
                assert f"**Listen for:** {follow_up.hint}" in sheet
            else:
                assert f"**Say:** {segment.ask.strip()}" in sheet
                assert all(f"- {item}" in sheet for item in segment.listen_for)
        assert start == mock.model.minutes
        for criterion in mock.model.score_sheet.criteria:
            assert all(f". {level}" in sheet for level in criterion.levels)
        assert mock.model.score_sheet.hire_bar.strip() in sheet


def test_the_mocks_index_links_both_pages_of_every_mock_and_its_plan_day(corpus, pages) -> None:
    index = pages[MOCKS_PAGE]
    for mock in corpus.mocks:
        assert f"]({mock_page(mock.id).removeprefix('mocks/')})" in index
        assert f"]({interviewer_page(mock.id).removeprefix('mocks/')})" in index
        day = next(d for d in corpus.plan.days for t in d.tasks if t.kind == "mock" and mock.id in t.mocks)
        assert f"[day {day.day}](../{week_page(day.week)}#{day_anchor(day.day)})" in index


def test_plan_and_mock_text_is_markdown_with_guide_links_resolved(corpus_copy) -> None:
    plan = corpus_copy / "plan.yaml"
    plan.write_text(plan.read_text().replace("do: Read the third question.,", "do: 'Read [the third](q:third).',"))
    mock = corpus_copy / "mocks/one.yaml"
    mock.write_text(mock.read_text().replace("ask: Tell me how you would start.", "ask: Start from [first](q:first)."))
    pages = render(load_checked(corpus_copy))
    assert "Read [the third](../questions/beta/third.md)." in pages[week_page(1)].markdown
    assert "Start from [first](../../questions/alpha/first.md)." in pages[interviewer_page("one")].markdown


def test_each_drill_lists_its_questions_in_study_order_with_answers_folded(corpus, pages) -> None:
    for page, ids in [
        (DRILL_PAGE, [q.id for q in corpus.questions]),
        *((drill_page(r.id), list(r.questions)) for r in corpus.rounds),
    ]:
        drill = pages[page]
        assert "search:\n  exclude: true" in drill.split("\n---\n", 1)[0]  # answers are on their own pages
        assert '<div class="drill" markdown>' in drill
        folded = re.findall(r'^\?\?\? question "', drill, flags=re.M)
        assert len(folded) == len(ids)
        positions = [drill.index(f"questions/{q.folder}/{q.id}.md") for i in ids for q in corpus.questions if q.id == i]
        assert positions == sorted(positions)
        for i in ids:
            q = next(q for q in corpus.questions if q.id == i)
            assert q.model.rubric.strong_signals[0] in drill
