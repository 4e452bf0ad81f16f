"""The corpus format: strict pydantic models, one per kind of YAML file.

Every field carries a description; the contributor reference page is rendered
from these models, so the documentation of the format cannot drift from it.
Sizes follow the content standard (STYLE.md); word counts are checked in
``validate`` because they are rules about prose, not about types.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
MAX_SLUG = 60
Slug = Annotated[
    str,
    StringConstraints(pattern=SLUG_PATTERN, max_length=MAX_SLUG),
    Field(description="A lowercase slug: letters, digits and single hyphens."),
]
SNIPPET_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*\.py$"
ONE_LINE_PATTERN = r"^[^\n\r]+$"
YEAR_MONTH_PATTERN = r"^20[0-9]{2}-(?:0[1-9]|1[0-2])$"
# A plain https address: a host name, an optional port, then only characters that need no
# quoting anywhere (no whitespace, brackets, parentheses, quotes, backslashes or controls).
HTTPS_PATTERN = (
    r"^https://[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]{1,5})?(?:[/?#][A-Za-z0-9\-._~!$&*+,;=:@%/?#]*)?$"
)
Line = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=400, pattern=ONE_LINE_PATTERN)]
# Prose caps sit at about twice the longest real field: far above need, and low enough that
# no single field can keep the Markdown parser busy.
Prose = Annotated[str, StringConstraints(min_length=1, max_length=1_000)]
ShortAnswer = Annotated[str, StringConstraints(min_length=1, max_length=1_500)]
DeepDive = Annotated[str, StringConstraints(min_length=1, max_length=9_000)]
HttpsUrl = Annotated[str, StringConstraints(pattern=HTTPS_PATTERN, max_length=300)]


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class Reference(_Strict):
    """A primary source: the paper or the official documentation."""

    title: Line = Field(description="The source's real title, exactly as published.")
    source: Line = Field(
        description="Authors and year with the arXiv id (`Vaswani et al., 2017, arXiv:1706.03762`), "
        "or the project whose documentation it is."
    )
    url: HttpsUrl = Field(
        description="A plain `https://` address (no spaces, brackets, parentheses or quotes): "
        "the arXiv abstract page or the official documentation page."
    )


class FollowUp(_Strict):
    """A question the interviewer asks next."""

    question: Line = Field(description="The follow-up question as the interviewer asks it.")
    hint: Line = Field(description="One line pointing at the answer.")


class Rubric(_Strict):
    """What the interviewer grades."""

    tested: Line = Field(description="One sentence: the skill the interviewer is really grading.")
    strong_signals: list[Line] = Field(
        min_length=3, max_length=5, description="Three to five things that earn a strong hire."
    )
    red_flags: list[Line] = Field(min_length=2, max_length=4, description="Two to four things that sink the answer.")
    senior_bar: Line = Field(description="One or two sentences: what a senior or staff candidate adds.")


class Question(_Strict):
    """One interview question: `corpus/questions/<round>/<id>.yaml`. Its id is the file's stem."""

    title: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=8, max_length=120, pattern=ONE_LINE_PATTERN)
    ] = Field(description="The question as an interviewer asks it, in one line of at most about 100 characters.")
    label: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=2, max_length=40, pattern=ONE_LINE_PATTERN)
    ] = Field(
        description='A short name of at most 40 characters ("KV cache", "Hybrid search") for the navigation, '
        "the footer's previous/next links, tables and cheat sheets; the page keeps the full question as its title."
    )
    level: Literal["warm-up", "core", "deep"] = Field(description="How hard it is: `warm-up`, `core` or `deep`.")
    asked_by: Literal["scale-up", "incumbent", "both"] = Field(
        description="Which kind of company asks it most: `scale-up`, `incumbent` or `both`."
    )
    reviewed: Annotated[str, StringConstraints(pattern=YEAR_MONTH_PATTERN)] = Field(
        description="Year and month the question's facts were last checked against their sources, as `YYYY-MM` "
        "(`2026-11`). Set it whenever you check them; `python -m generator stale` lists old ones."
    )
    tags: list[Slug] = Field(min_length=1, max_length=6, description="One to six topic tags, lowercase slugs.")
    short_answer: ShortAnswer = Field(
        description="What to say out loud, 70 to 130 words: the first sentence answers; "
        "then mechanism, one number, one trade-off."
    )
    deep_dive: DeepDive = Field(
        description="The depth behind it, 300 to 700 words of Markdown; `###` subheadings, never `#` or `##`."
    )
    key_facts: list[Line] = Field(
        min_length=2,
        max_length=5,
        description="Two to five lines worth memorising, each a number or a rule with its condition.",
    )
    rubric: Rubric = Field(description="What the interviewer grades.")
    follow_ups: list[FollowUp] = Field(
        min_length=2, max_length=4, description="Two to four follow-up questions with hints."
    )
    related: list[Slug] = Field(
        min_length=2,
        max_length=5,
        description="Two to five ids of other questions, any round; links appear on both pages.",
    )
    references: list[Reference] = Field(min_length=1, max_length=3, description="One to three primary sources.")
    snippet: Annotated[str, StringConstraints(pattern=SNIPPET_PATTERN, max_length=64)] | None = Field(
        default=None,
        description="The runnable snippet: `<id>.py`, the file beside this one with the same name. Leave it out "
        "when code would not teach anything.",
    )


class Round(_Strict):
    """One interview round in `corpus/clusters.yaml`."""

    id: Slug = Field(description="The round's slug; also its folder under `corpus/questions/` and its URL.")
    title: Line = Field(description="The round's name as shown on the site.")
    summary: Line = Field(description="One or two sentences: what this round tests.")
    questions: list[Slug] = Field(min_length=1, description="The round's question ids, in the order they are studied.")


class Clusters(_Strict):
    """`corpus/clusters.yaml`: the rounds in order. A question's number follows from this order."""

    rounds: list[Round] = Field(min_length=1, description="The interview rounds, in order.")


class GlossaryTerm(_Strict):
    """One term in `corpus/glossary.yaml`."""

    id: Slug = Field(description="The term's slug; its anchor on the glossary page and its `g:` link target.")
    term: Line = Field(description="The term as written in prose.")
    definition: Prose = Field(description="One to three sentences, in plain words.")
    questions: list[Slug] = Field(min_length=1, description="Ids of the questions that explain the term.")


class Glossary(_Strict):
    """`corpus/glossary.yaml`: the terms the questions lean on."""

    terms: list[GlossaryTerm] = Field(description="The terms; the page lists them alphabetically.")


class Tag(_Strict):
    """One tag in `corpus/tags.yaml`."""

    id: Slug = Field(description="The tag as questions write it in their `tags` list.")
    description: Line = Field(description="One line: what the questions under this tag have in common.")


class Tags(_Strict):
    """`corpus/tags.yaml`: the tag vocabulary. A question may use only these tags, and each tag
    must be on at least two questions, so a tag page always groups something."""

    tags: list[Tag] = Field(description="The tags; the tags page lists them alphabetically.")


def _whole_number(value: object) -> object:
    """YAML values arrive as strings (no YAML 1.1 guessing): read plain digits as a number."""
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 4:
        return int(value)
    return value  # anything else is refused by the type check, with its position


Minutes = Annotated[int, BeforeValidator(_whole_number), Field(ge=1, le=240)]
Number = Annotated[int, BeforeValidator(_whole_number), Field(ge=1, le=99)]
TaskKind = Literal["read", "say-aloud", "run", "build", "evaluate", "mock", "review", "rest"]
SegmentKind = Literal["opening", "probe", "design", "curveball", "wrap-up"]


class PlanTask(_Strict):
    """One thing to do on a day of the plan."""

    kind: TaskKind = Field(
        description="`read`, `say-aloud` (answer against a two-minute timer), `run` (the snippets), `build`, "
        "`evaluate`, `mock`, `review` or `rest`."
    )
    minutes: Minutes = Field(description="How long it takes, in minutes.")
    do: Line = Field(description="One or two sentences: what to do.")
    questions: list[Slug] = Field(default=[], max_length=500, description="Ids of the questions the task uses.")
    mocks: list[Slug] = Field(default=[], max_length=1, description="The mock the task runs, by id.")
    done: Line = Field(description='One line: what "done" means, checkably.')


class PlanDay(_Strict):
    """One day of the plan."""

    day: Number = Field(description="The day's number: 1 to 21, in order.")
    week: Number = Field(description="The week it belongs to: days 1 to 7 are week 1, and so on.")
    title: Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=70)] = Field(
        description="What the day is about, in at most 70 characters."
    )
    goal: Line = Field(description="One sentence: what the reader can do at the end of the day.")
    minutes: Minutes | None = Field(
        default=None, description="The day's budget, when it is not the plan's `minutes_per_day` (a rest day)."
    )
    tasks: list[PlanTask] = Field(min_length=1, max_length=8, description="The day's tasks, in order.")


class PlanWeek(_Strict):
    """One week of the plan."""

    week: Number = Field(description="The week's number: 1, 2 or 3.")
    title: Line = Field(description="One or two words: Understand, Build, Rehearse.")
    goal: Line = Field(description="One sentence: what the week is for.")


class Plan(_Strict):
    """`corpus/plan.yaml`: the study plan, three weeks of seven days. Every question is scheduled in
    week 1 and again later; every mock is scheduled once."""

    minutes_per_day: Minutes = Field(description="A day's budget in minutes, unless the day says otherwise.")
    weeks: list[PlanWeek] = Field(min_length=1, max_length=6, description="The weeks, in order.")
    days: list[PlanDay] = Field(min_length=1, max_length=42, description="The days, in order.")

    def budget(self, day: PlanDay) -> int:
        """A day's minutes: its own, or the plan's default."""
        return day.minutes or self.minutes_per_day


class FollowUpRef(_Strict):
    """A follow-up of one of the mock's questions, asked as written there."""

    question: Slug = Field(description="The question's id; it must be one of the mock's `questions`.")
    number: Number = Field(description="Which of its follow-ups: the first is 1.")


class MockSegment(_Strict):
    """One timed part of the interviewer's script."""

    title: Line = Field(description="A short name for the segment.")
    kind: SegmentKind = Field(description="`opening`, `probe`, `design`, `curveball` or `wrap-up`.")
    minutes: Minutes = Field(description="How long the segment runs.")
    ask: Prose | None = Field(
        default=None, description="What the interviewer says, ready to read out; not for a curveball."
    )
    listen_for: list[Annotated[Line, StringConstraints(max_length=250)]] = Field(
        default=[],
        max_length=5,
        description="Two to four things a strong answer contains, one check each in at most 250 characters, "
        "so a friend can tick them as they hear them; not for a curveball.",
    )
    questions: list[Slug] = Field(default=[], max_length=6, description="The guide questions behind the segment.")
    follow_up: FollowUpRef | None = Field(
        default=None,
        description="For a curveball: the follow-up it asks. Its question is read out and its hint is what "
        "to listen for.",
    )


class Criterion(_Strict):
    """One line of the score sheet, built from one question's rubric."""

    name: Line = Field(description="What is scored, in a few words.")
    question: Slug = Field(description="The question whose rubric it comes from; one of the mock's `questions`.")
    levels: list[Line] = Field(
        min_length=4, max_length=4, description="Four levels, 1 (weak) to 4 (strong): what an answer there sounds like."
    )


class ScoreSheet(_Strict):
    """How the interviewer scores the mock."""

    criteria: list[Criterion] = Field(min_length=3, max_length=6, description="Three to six criteria.")
    hire_bar: Prose = Field(description="Which levels make a hire, and what sinks it regardless.")


class Mock(_Strict):
    """A mock interview: `corpus/mocks/<id>.yaml`. Its id is the file's stem."""

    title: Line = Field(description="The scenario, in one line.")
    round: Slug = Field(description="The round it rehearses, by id.")
    minutes: Minutes = Field(description="Its length; the segments' minutes add up to it.")
    questions: list[Slug] = Field(min_length=2, max_length=8, description="The guide questions it draws on.")
    brief: Prose = Field(description="What the candidate is told at the start; nothing of the script.")
    if_asked: list[Line] = Field(
        default=[],
        max_length=8,
        description="Facts the interviewer gives when the candidate asks (scale, budget, what exists today), "
        "one per line, so a friend who is not an expert can answer clarifying questions.",
    )
    segments: list[MockSegment] = Field(min_length=3, max_length=12, description="The script, in order.")
    score_sheet: ScoreSheet = Field(description="The criteria and the hire bar.")

    def timeline(self) -> list[tuple[int, MockSegment]]:
        """Each segment with the minute it starts at."""
        starts, elapsed = [], 0
        for segment in self.segments:
            starts.append((elapsed, segment))
            elapsed += segment.minutes
        return starts


# What a contributor is told when a value does not match a pattern above.
PATTERN_MESSAGES = {
    SLUG_PATTERN: "must be a lowercase slug (letters, digits, single hyphens)",
    ONE_LINE_PATTERN: "must be one line: use a plain scalar, not a `|` block",
    HTTPS_PATTERN: "must be a plain https:// address: a host, then no spaces, brackets, parentheses or quotes",
    YEAR_MONTH_PATTERN: "must be a year and month written as YYYY-MM, such as 2026-11",
    SNIPPET_PATTERN: "must be the file name `<id>.py` of the snippet beside this file, with no folder",
}
