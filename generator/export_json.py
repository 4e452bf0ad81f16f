"""The corpus as one JSON document, and the JSON Schema that describes it.

The document is built by constructing the pydantic models below and dumping them, so the data
cannot drift from the published schema. Prose stays Markdown, with its ``q:`` and ``g:`` links
resolved to absolute URLs of the site, so the file is useful away from the site. The URL helpers
here are shared by the other exports (CSV, Anki).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

from .corpus import Corpus, MockEntry, QuestionEntry
from .json_schemas import schema
from .markdown_rules import rewrite_guide_links
from .render import GLOSSARY_PAGE, round_page, url_path
from .render_study import day_anchor, interviewer_page, mock_page, week_page
from .schema import YEAR_MONTH_PATTERN, Plan, SegmentKind, Slug, TaskKind

# Bump the number when a field changes meaning or goes away; adding a field keeps it.
Format = Literal["ai-engineer-interview-guide/corpus@1"]
FORMAT: str = get_args(Format)[0]


def question_url(site_url: str, q: QuestionEntry) -> str:
    return site_url + url_path(q.page)


def round_url(site_url: str, round_id: str) -> str:
    return site_url + url_path(round_page(round_id))


def term_url(site_url: str, term_id: str) -> str:
    return f"{site_url}{url_path(GLOSSARY_PAGE)}#{term_id}"


def absolute_links(corpus: Corpus, site_url: str) -> Callable[[str], str]:
    """A function from contributed Markdown to the same Markdown, its guide links made absolute URLs."""
    by_id = {q.id: q for q in corpus.questions}

    def resolve(kind: str, ident: str) -> str:
        return question_url(site_url, by_id[ident]) if kind == "q" else term_url(site_url, ident)

    return lambda text: rewrite_guide_links(text.strip(), resolve)


class _Exported(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


MARKDOWN = "Markdown; guide links are absolute URLs of the site."


class ExportedRound(_Exported):
    """One interview round."""

    id: Slug = Field(description="The round's slug.")
    title: str = Field(description="The round's name, plain text.")
    summary: str = Field(description="What the round tests, plain text.")
    url: str = Field(description="The round's page on the site.")
    questions: list[Slug] = Field(description="The round's question ids, in study order.")


class ExportedRubric(_Exported):
    """What the interviewer grades."""

    tested: str = Field(description=f"The skill really graded. {MARKDOWN}")
    strong_signals: list[str] = Field(description=f"What earns a strong hire. {MARKDOWN}")
    red_flags: list[str] = Field(description=f"What sinks the answer. {MARKDOWN}")
    senior_bar: str = Field(description=f"What a senior or staff candidate adds. {MARKDOWN}")


class ExportedFollowUp(_Exported):
    """A question the interviewer asks next."""

    question: str = Field(description=f"The follow-up question. {MARKDOWN}")
    hint: str = Field(description=f"One line pointing at the answer. {MARKDOWN}")


class ExportedReference(_Exported):
    """A primary source."""

    title: str = Field(description="The source's title, plain text.")
    source: str = Field(description="Authors and year, or the project, plain text.")
    url: str = Field(description="The source's https address.")


class ExportedSnippet(_Exported):
    """The question's runnable Python snippet."""

    path: str = Field(description="The snippet's path in the repository's corpus folder.")
    code: str = Field(description="The snippet's source code, with its `#>` output lines.")


class ExportedQuestion(_Exported):
    """One interview question."""

    id: Slug = Field(description="The question's slug; unique across the guide.")
    round: Slug = Field(description="The id of the round it belongs to.")
    number: int = Field(ge=1, description="Its 1-based position in study order, as the site numbers it.")
    url: str = Field(description="The question's page on the site.")
    title: str = Field(description="The question as an interviewer asks it, plain text.")
    label: str = Field(description="A short name for tables and navigation, plain text.")
    level: Literal["warm-up", "core", "deep"] = Field(description="How hard it is.")
    asked_by: Literal["scale-up", "incumbent", "both"] = Field(description="Which kind of company asks it most.")
    reviewed: str = Field(pattern=YEAR_MONTH_PATTERN, description="When its facts were last checked, as YYYY-MM.")
    tags: list[Slug] = Field(description="Its topic tags (ids of `tags`).")
    short_answer: str = Field(description=f"The two-minute answer to say out loud. {MARKDOWN}")
    deep_dive: str = Field(description=f"The depth behind it. {MARKDOWN}")
    key_facts: list[str] = Field(description=f"Lines worth memorising. {MARKDOWN}")
    rubric: ExportedRubric = Field(description="What the interviewer grades.")
    follow_ups: list[ExportedFollowUp] = Field(description="Follow-up questions with hints.")
    related: list[Slug] = Field(description="Ids of related questions, as the question's file lists them.")
    references: list[ExportedReference] = Field(description="Primary sources.")
    snippet: ExportedSnippet | None = Field(description="The runnable snippet, or null when it has none.")


class ExportedTerm(_Exported):
    """One glossary term."""

    id: Slug = Field(description="The term's slug; its anchor on the glossary page.")
    term: str = Field(description="The term as written in prose, plain text.")
    definition: str = Field(description=f"One to three sentences. {MARKDOWN}")
    url: str = Field(description="The term on the site's glossary page.")
    questions: list[Slug] = Field(description="Ids of the questions that explain it, in study order.")


class ExportedTag(_Exported):
    """One topic tag."""

    id: Slug = Field(description="The tag.")
    description: str = Field(description="What its questions have in common, plain text.")
    questions: list[Slug] = Field(description="Ids of the questions with this tag, in study order.")


class ExportedTask(_Exported):
    """One task of a plan day."""

    kind: TaskKind = Field(description="What kind of work it is.")
    minutes: int = Field(ge=1, description="How long it takes.")
    do: str = Field(description=f"What to do. {MARKDOWN}")
    questions: list[Slug] = Field(description="Ids of the questions it uses.")
    mocks: list[Slug] = Field(description="Ids of the mocks it runs or reviews.")
    done: str = Field(description=f"What done means. {MARKDOWN}")


class ExportedDay(_Exported):
    """One day of the study plan."""

    day: int = Field(ge=1, description="The day's number, from 1.")
    week: int = Field(ge=1, description="Its week, from 1.")
    url: str = Field(description="The day on the site (its section of the week's page).")
    title: str = Field(description="What the day covers, plain text.")
    goal: str = Field(description=f"What the reader can do at its end. {MARKDOWN}")
    minutes: int = Field(ge=1, description="The day's budget in minutes.")
    tasks: list[ExportedTask] = Field(description="The day's tasks, in order.")


class ExportedWeek(_Exported):
    """One week of the study plan."""

    week: int = Field(ge=1, description="The week's number, from 1.")
    title: str = Field(description="The week's name, plain text.")
    goal: str = Field(description=f"What the week is for. {MARKDOWN}")
    url: str = Field(description="The week's page on the site.")


class ExportedPlan(_Exported):
    """The study plan, day by day."""

    weeks: list[ExportedWeek] = Field(description="The weeks, in order.")
    days: list[ExportedDay] = Field(description="The days, in order.")


class ExportedSegment(_Exported):
    """One timed segment of a mock's interviewer script."""

    title: str = Field(description="The segment's name, plain text.")
    kind: SegmentKind = Field(description="What the segment does.")
    start: int = Field(ge=0, description="Minutes into the mock when it starts.")
    minutes: int = Field(ge=1, description="How long it runs.")
    ask: str = Field(description=f"What the interviewer says; for a curveball, the follow-up it asks. {MARKDOWN}")
    listen_for: list[str] = Field(description=f"What a strong answer contains; for a curveball, the hint. {MARKDOWN}")
    questions: list[Slug] = Field(description="Ids of the questions behind it.")


class ExportedCriterion(_Exported):
    """One line of a mock's score sheet."""

    name: str = Field(description="What is scored, plain text.")
    question: Slug = Field(description="The question whose rubric it comes from.")
    levels: list[str] = Field(description=f"Levels 1 (weak) to 4 (strong). {MARKDOWN}")


class ExportedMock(_Exported):
    """A mock interview: the brief, the interviewer's script and the score sheet."""

    id: Slug = Field(description="The mock's slug.")
    title: str = Field(description="The scenario, plain text.")
    round: Slug = Field(description="The id of the round it rehearses.")
    minutes: int = Field(ge=1, description="Its length.")
    url: str = Field(description="The candidate's page on the site.")
    interviewer_url: str = Field(description="The interviewer's page on the site.")
    questions: list[Slug] = Field(description="Ids of the questions it draws on.")
    brief: str = Field(description=f"What the candidate is told. {MARKDOWN}")
    if_asked: list[str] = Field(description=f"Facts the interviewer gives when asked. {MARKDOWN}")
    segments: list[ExportedSegment] = Field(description="The script, in order.")
    criteria: list[ExportedCriterion] = Field(description="The score sheet's criteria.")
    hire_bar: str = Field(description=f"Which scores make a hire. {MARKDOWN}")


class ExportedCorpus(_Exported):
    """Every question, round, glossary term and tag of the AI Engineer Interview Guide, questions in
    study order, with the study plan and the mock interviews. Prose fields are Markdown whose links
    to questions and terms are absolute URLs; plain-text fields are text, to be escaped wherever
    they are shown."""

    model_config = ConfigDict(title="AI Engineer Interview Guide: the corpus")

    format: Format = Field(
        description="The document's format and version; the version changes when a field changes meaning or goes."
    )
    site_url: str = Field(description="The site's address that every url in the document starts with.")
    rounds: list[ExportedRound] = Field(description="The interview rounds, in study order.")
    questions: list[ExportedQuestion] = Field(description="Every question, in study order.")
    glossary: list[ExportedTerm] = Field(description="The glossary terms, A to Z as the glossary page lists them.")
    tags: list[ExportedTag] = Field(description="The topic tags, A to Z as the tags page lists them.")
    plan: ExportedPlan | None = Field(description="The three-week study plan, or null when the corpus has none.")
    mocks: list[ExportedMock] = Field(description="The mock interviews, by id.")


def _question(q: QuestionEntry, number: int, site_url: str, prose: Callable[[str], str]) -> ExportedQuestion:
    m = q.model
    snippet = None
    if q.snippet_path is not None and q.snippet_code is not None:
        snippet = ExportedSnippet(path=q.snippet_path, code=q.snippet_code)
    return ExportedQuestion(
        id=q.id,
        round=q.folder,
        number=number,
        url=question_url(site_url, q),
        title=m.title,
        label=m.label,
        level=m.level,
        asked_by=m.asked_by,
        reviewed=m.reviewed,
        tags=list(m.tags),
        short_answer=prose(m.short_answer),
        deep_dive=prose(m.deep_dive),
        key_facts=[prose(fact) for fact in m.key_facts],
        rubric=ExportedRubric(
            tested=prose(m.rubric.tested),
            strong_signals=[prose(line) for line in m.rubric.strong_signals],
            red_flags=[prose(line) for line in m.rubric.red_flags],
            senior_bar=prose(m.rubric.senior_bar),
        ),
        follow_ups=[ExportedFollowUp(question=prose(f.question), hint=prose(f.hint)) for f in m.follow_ups],
        related=list(m.related),
        references=[ExportedReference(title=r.title, source=r.source, url=r.url) for r in m.references],
        snippet=snippet,
    )


def _plan(plan: Plan, site_url: str, prose: Callable[[str], str]) -> ExportedPlan:
    return ExportedPlan(
        weeks=[
            ExportedWeek(week=w.week, title=w.title, goal=prose(w.goal), url=site_url + url_path(week_page(w.week)))
            for w in plan.weeks
        ],
        days=[
            ExportedDay(
                day=d.day,
                week=d.week,
                url=f"{site_url}{url_path(week_page(d.week))}#{day_anchor(d.day)}",
                title=d.title,
                goal=prose(d.goal),
                minutes=plan.budget(d),
                tasks=[
                    ExportedTask(
                        kind=t.kind,
                        minutes=t.minutes,
                        do=prose(t.do),
                        questions=list(t.questions),
                        mocks=list(t.mocks),
                        done=prose(t.done),
                    )
                    for t in d.tasks
                ],
            )
            for d in plan.days
        ],
    )


def _mock(corpus: Corpus, entry: MockEntry, site_url: str, prose: Callable[[str], str]) -> ExportedMock:
    m, segments = entry.model, []
    for start, s in m.timeline():
        ask, listen_for = s.ask or "", list(s.listen_for)
        if s.follow_up is not None:  # a curveball asks the question's own follow-up; its hint is what to hear
            follow_up = corpus.follow_up(s.follow_up)
            ask, listen_for = follow_up.question, [follow_up.hint]
        segments.append(
            ExportedSegment(
                title=s.title,
                kind=s.kind,
                start=start,
                minutes=s.minutes,
                ask=prose(ask),
                listen_for=[prose(line) for line in listen_for],
                questions=list(s.questions),
            )
        )
    return ExportedMock(
        id=entry.id,
        title=m.title,
        round=m.round,
        minutes=m.minutes,
        url=site_url + url_path(mock_page(entry.id)),
        interviewer_url=site_url + url_path(interviewer_page(entry.id)),
        questions=list(m.questions),
        brief=prose(m.brief),
        if_asked=[prose(line) for line in m.if_asked],
        segments=segments,
        criteria=[
            ExportedCriterion(name=c.name, question=c.question, levels=[prose(level) for level in c.levels])
            for c in m.score_sheet.criteria
        ],
        hire_bar=prose(m.score_sheet.hire_bar),
    )


def exported(corpus: Corpus, *, site_url: str) -> ExportedCorpus:
    """The export as a model, for callers that want the data rather than the bytes."""
    prose = absolute_links(corpus, site_url)
    number = {q.id: n for n, q in enumerate(corpus.questions, start=1)}
    return ExportedCorpus(
        format=FORMAT,
        site_url=site_url,
        rounds=[
            ExportedRound(
                id=r.id, title=r.title, summary=r.summary, url=round_url(site_url, r.id), questions=list(r.questions)
            )
            for r in corpus.rounds
        ],
        questions=[_question(q, number[q.id], site_url, prose) for q in corpus.questions],
        glossary=[
            ExportedTerm(
                id=t.id,
                term=t.term,
                definition=prose(t.definition),
                url=term_url(site_url, t.id),
                questions=sorted(t.questions, key=number.__getitem__),
            )
            for t in sorted(corpus.terms, key=lambda t: (t.term.lower(), t.id))
        ],
        tags=[
            ExportedTag(
                id=t.id, description=t.description, questions=[q.id for q in corpus.questions if t.id in q.model.tags]
            )
            for t in sorted(corpus.tags, key=lambda t: t.id)
        ],
        plan=_plan(corpus.plan, site_url, prose) if corpus.plan else None,
        mocks=[_mock(corpus, m, site_url, prose) for m in sorted(corpus.mocks, key=lambda m: m.id)],
    )


def corpus_json(corpus: Corpus, *, site_url: str) -> bytes:
    """The corpus as UTF-8 JSON, keys in the models' order, ending in a newline."""
    document = exported(corpus, site_url=site_url).model_dump(mode="json")
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def corpus_json_schema() -> bytes:
    """The JSON Schema (draft 2020-12) of the document ``corpus_json`` writes."""
    return (json.dumps(schema(ExportedCorpus), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
