"""Render the study plan, the mock interviews and the timed drills: pure functions from the
corpus to Markdown.

Pages: the plan's overview (three weeks at a glance), one page per week with a section per day,
the mocks' index, and for each mock a candidate page (the brief only) and an interviewer page
(the script and the score sheet); a drill for the whole guide and one per round, each listing its
questions with their answers folded away, which ``javascripts/progress.js`` turns into a timed
drill. ``scheduled_days`` tells each question page its plan days.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .corpus import Corpus, MockEntry
from .schema import PlanDay

PLAN_PAGE = "plan/index.md"
MOCKS_PAGE = "mocks/index.md"
DRILL_PAGE = "drill/index.md"  # the whole guide; each round's drill sits beside it
TASK_KINDS = {
    "read": "Read",
    "say-aloud": "Say it aloud",
    "run": "Run",
    "build": "Build",
    "evaluate": "Evaluate",
    "mock": "Mock interview",
    "review": "Review",
    "rest": "Rest",
}
SEGMENT_KINDS = {
    "opening": "Opening",
    "probe": "Probe",
    "design": "Design",
    "curveball": "Curveball",
    "wrap-up": "Wrap-up",
}
# What a candidate writes down after every mock (the seed's review habit, in the guide's words).
REVIEW_PROMPTS = [
    "The three things you fumbled: a fact you did not have, a step you skipped, an answer that ran long.",
    "One thing you would say differently, written out as you would now say it.",
    "The pages to reread before the next mock: the interviewer's sheet links the questions it drew on.",
]


def drill_page(round_id: str) -> str:
    return f"drill/{round_id}.md"


def week_page(week: int) -> str:
    return f"plan/week-{week}.md"


def mock_page(ident: str) -> str:
    return f"mocks/{ident}/index.md"


def interviewer_page(ident: str) -> str:
    return f"mocks/{ident}/interviewer.md"


def day_anchor(day: int) -> str:
    return f"day-{day}"


def scheduled_days(corpus: Corpus) -> dict[str, list[PlanDay]]:
    """Each question's plan days, in order, each day once."""
    days: dict[str, list[PlanDay]] = {}
    for day in corpus.plan.days if corpus.plan else []:
        for ident in dict.fromkeys(i for task in day.tasks for i in task.questions):
            days.setdefault(ident, []).append(day)
    return days


@dataclass(frozen=True)
class StudyPages:
    """What the plan and mock templates need from the main renderer."""

    render: Callable[..., str]  # template name and context -> Markdown
    prose: Callable[[str, str], str]  # contributed Markdown, with guide links made relative to a page
    label: Callable[[str], str]  # a question id -> "12. KV cache", as plain text for Markdown
    question_page: Callable[[str], str]  # a question id -> its page


def pages(corpus: Corpus, study: StudyPages) -> dict[str, tuple[str, str | None]]:
    """``{page path: (markdown, edit path)}`` for the plan and the mocks; none without a plan."""
    if corpus.plan is None:
        return {}
    plan = corpus.plan
    mocks = {m.id: m for m in corpus.mocks}
    out: dict[str, tuple[str, str | None]] = {}
    out[PLAN_PAGE] = (
        study.render(
            "plan.md.j2",
            page=PLAN_PAGE,
            plan=plan,
            week_page=week_page,
            day_anchor=day_anchor,
            budget=plan.budget,
            mocks_page=MOCKS_PAGE,
            prose=lambda text: study.prose(text, PLAN_PAGE),
        ),
        "plan.yaml",
    )
    for week in plan.weeks:
        page = week_page(week.week)
        out[page] = (
            study.render(
                "plan_week.md.j2",
                page=page,
                plan=plan,
                week=week,
                days=[d for d in plan.days if d.week == week.week],
                kinds=TASK_KINDS,
                mocks=mocks,
                mock_page=mock_page,
                interviewer_page=interviewer_page,
                day_anchor=day_anchor,
                budget=plan.budget,
                label=study.label,
                question_page=study.question_page,
                overview=PLAN_PAGE,
                prose=lambda text, page=page: study.prose(text, page),
            ),
            "plan.yaml",
        )
    mock_days = {  # the day each mock is run (validated: once); a review task may name it too
        ident: day for day in plan.days for task in day.tasks if task.kind == "mock" for ident in task.mocks
    }
    out[MOCKS_PAGE] = (
        study.render(
            "mocks.md.j2",
            page=MOCKS_PAGE,
            mocks=list(mocks.values()),
            mock_page=mock_page,
            interviewer_page=interviewer_page,
            mock_days=mock_days,
            week_page=week_page,
            day_anchor=day_anchor,
        ),
        None,
    )
    for mock in mocks.values():
        out[mock_page(mock.id)] = (_mock(study, mock, "mock.md.j2", mock_page(mock.id)), mock.yaml_path)
        out[interviewer_page(mock.id)] = (
            _mock(study, mock, "mock_interviewer.md.j2", interviewer_page(mock.id), corpus),
            mock.yaml_path,
        )
    return out


def _mock(study: StudyPages, mock: MockEntry, template: str, page: str, corpus: Corpus | None = None) -> str:
    """A mock's candidate page, or with ``corpus`` its interviewer page (the script and the score sheet)."""
    segments = [
        {
            "segment": segment,
            "start": start,
            "follow_up": corpus.follow_up(segment.follow_up) if corpus and segment.follow_up else None,
        }
        for start, segment in mock.model.timeline()
    ]
    return study.render(
        template,
        page=page,
        mock=mock,
        m=mock.model,
        kinds=SEGMENT_KINDS,
        segments=segments,
        review_prompts=REVIEW_PROMPTS,
        candidate_page=mock_page(mock.id),
        interviewer_page=interviewer_page(mock.id),
        mocks_page=MOCKS_PAGE,
        label=study.label,
        question_page=study.question_page,
        prose=lambda text: study.prose(text, page),
    )


def drill_pages(corpus: Corpus, study: StudyPages) -> dict[str, tuple[str, str | None]]:
    """The whole guide's drill and one per round: ``{page path: (markdown, None)}``."""
    out: dict[str, tuple[str, str | None]] = {}
    scopes = [(DRILL_PAGE, None), *((drill_page(r.id), r) for r in corpus.rounds)]
    for page, round_ in scopes:
        ids = [i for r in ([round_] if round_ else corpus.rounds) for i in r.questions]
        out[page] = (
            study.render(
                "drill.md.j2",
                page=page,
                round=round_,
                questions=[corpus.question(i) for i in ids],
                others=[(r, drill_page(r.id)) for r in corpus.rounds if r is not round_],
                whole=DRILL_PAGE,
                prose=lambda text, page=page: study.prose(text, page),
            ),
            None,
        )
    return out
