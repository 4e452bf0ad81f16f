"""Schema stage: loaded data to a typed ``Corpus``, with positioned schema problems."""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from .load import LoadedCorpus, QuestionFile, read_snippet, snippet_name
from .problems import Problem
from .schema import (
    PATTERN_MESSAGES,
    Clusters,
    FollowUp,
    FollowUpRef,
    Glossary,
    GlossaryTerm,
    Mock,
    Plan,
    Question,
    Round,
    Tag,
    Tags,
)
from .yaml_source import SourceFile

Model = TypeVar("Model", bound=BaseModel)


@dataclass(frozen=True)
class QuestionEntry:
    """A typed question with everything the later stages need to know about its files."""

    id: str
    folder: str
    model: Question
    source: SourceFile
    snippet_code: str | None = None
    snippet_path: str | None = None  # relative to the corpus root

    @property
    def yaml_path(self) -> str:
        """Relative to the corpus root."""
        return f"questions/{self.folder}/{self.id}.yaml"

    @property
    def page(self) -> str:
        """The generated page's path inside the site's docs."""
        return f"questions/{self.folder}/{self.id}.md"


@dataclass(frozen=True)
class MockEntry:
    """A typed mock interview and its file."""

    id: str
    model: Mock
    source: SourceFile

    @property
    def yaml_path(self) -> str:
        """Relative to the corpus root."""
        return f"mocks/{self.id}.yaml"


@dataclass
class Corpus:
    """The whole typed corpus; questions are in study order once validated."""

    root: Path
    rounds: list[Round] = field(default_factory=list)
    questions: list[QuestionEntry] = field(default_factory=list)
    terms: list[GlossaryTerm] = field(default_factory=list)
    tags: list[Tag] = field(default_factory=list)
    plan: Plan | None = None
    mocks: list[MockEntry] = field(default_factory=list)
    clusters_source: SourceFile | None = None
    glossary_source: SourceFile | None = None
    tags_source: SourceFile | None = None
    plan_source: SourceFile | None = None
    draft_problems: list[Problem] = field(default_factory=list)  # kept for `mkdocs serve`'s banner
    # Ids of every question file and whether the glossary typed cleanly: a file with its own
    # problems must not also make every reference to it look dangling.
    question_ids: set[str] = field(default_factory=set)
    mock_ids: set[str] = field(default_factory=set)
    glossary_ok: bool = False
    tags_ok: bool = False

    def question(self, ident: str) -> QuestionEntry | None:
        return next((q for q in self.questions if q.id == ident), None)

    def follow_up(self, ref: FollowUpRef) -> FollowUp | None:
        """The follow-up a mock's curveball asks, or None when its question or number does not exist."""
        question = self.question(ref.question)
        if question is None or not 1 <= ref.number <= len(question.model.follow_ups):
            return None
        return question.model.follow_ups[ref.number - 1]


def _dotted(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "the file"


def _model_at(model: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel]:
    """The model a location points into: ``("rubric",)`` is Rubric, ``("follow_ups", 0)`` is FollowUp."""
    for part in loc:
        if isinstance(part, int):
            continue
        annotation = model.model_fields[part].annotation
        inner = next((a for a in getattr(annotation, "__args__", ()) if isinstance(a, type)), annotation)
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            model = inner
    return model


def _problem(source: SourceFile, model: type[BaseModel], error: dict[str, Any]) -> Problem:
    loc = tuple(error["loc"])
    kind = error["type"]
    field_name = _dotted(loc)
    if kind == "missing":
        line, column = source.where(loc[:-1])
        return Problem(source.path, line, column, "S101", f"missing required field '{field_name}'")
    if kind == "extra_forbidden":
        line, column = source.where(loc, key=True)
        names = list(_model_at(model, loc[:-1]).model_fields)
        close = difflib.get_close_matches(str(loc[-1]), names, n=1)
        hint = f"; did you mean '{close[0]}'?" if close else f"; allowed: {', '.join(names)}"
        return Problem(source.path, line, column, "S102", f"unknown field '{field_name}'{hint}")
    line, column = source.where(loc)
    if kind.endswith("_type"):
        return Problem(source.path, line, column, "S103", f"'{field_name}': {error['msg']}")
    message = error["msg"]
    if kind == "string_pattern_mismatch":
        message = PATTERN_MESSAGES.get(error.get("ctx", {}).get("pattern"), message)
    return Problem(source.path, line, column, "S104", f"'{field_name}': {message}")


def _typed(source: SourceFile, model: type[Model], problems: list[Problem]) -> Model | None:
    try:
        return model.model_validate(source.data)
    except ValidationError as err:
        problems.extend(_problem(source, model, e) for e in err.errors())
        return None


def build(loaded: LoadedCorpus) -> tuple[Corpus, list[Problem]]:
    """Type every loaded file; a file with schema problems is left out of the corpus."""
    problems = list(loaded.problems)
    corpus = Corpus(
        root=loaded.root,
        clusters_source=loaded.clusters,
        glossary_source=loaded.glossary,
        tags_source=loaded.tags,
        plan_source=loaded.plan,
        question_ids=set(loaded.question_ids),
        mock_ids=set(loaded.mock_ids),
    )
    if loaded.clusters and (clusters := _typed(loaded.clusters, Clusters, problems)):
        corpus.rounds = list(clusters.rounds)
    if loaded.glossary and (glossary := _typed(loaded.glossary, Glossary, problems)):
        corpus.terms = list(glossary.terms)
        corpus.glossary_ok = True
    if loaded.tags and (tags := _typed(loaded.tags, Tags, problems)):
        corpus.tags = list(tags.tags)
        corpus.tags_ok = True
    if loaded.plan:
        corpus.plan = _typed(loaded.plan, Plan, problems)
    for file in loaded.mocks:
        if mock := _typed(file.source, Mock, problems):
            corpus.mocks.append(MockEntry(file.id, mock, file.source))
    unused = set(loaded.snippet_files)  # a .py beside a question that names it is used
    for file in loaded.questions:
        question = _typed(file.source, Question, problems)
        own = f"questions/{file.folder}/{snippet_name(file.id)}"
        if question is None or question.snippet is not None:
            unused.discard(own)  # a question with problems of its own may well mean to use it
        if question is None:
            continue
        code = path = None
        if question.snippet is not None:
            code, path = _snippet(loaded, file, question.snippet, problems)
        corpus.questions.append(QuestionEntry(file.id, file.folder, question, file.source, code, path))
    parsed = {f"questions/{q.folder}/{snippet_name(q.id)}" for q in loaded.questions}
    for stray in sorted(unused):
        if stray in parsed or stray.removesuffix(".py") + ".yaml" not in loaded.question_files:
            problems.append(
                Problem(
                    str(loaded.root / stray),
                    1,
                    1,
                    "V216",
                    "no question uses this file: a snippet is <id>.py beside <id>.yaml, named in its `snippet:` field",
                )
            )
    return corpus, problems


def _snippet(
    loaded: LoadedCorpus, file: QuestionFile, declared: str, problems: list[Problem]
) -> tuple[str | None, str | None]:
    """Read a question's snippet; problems with the name itself point at the `snippet:` line."""
    where = file.source.where(("snippet",))
    expected = snippet_name(file.id)
    if declared != expected:
        problems.append(
            Problem(
                file.source.path,
                *where,
                "V209",
                f"snippet '{declared}' must be '{expected}': the file beside this one with its name",
            )
        )
        return None, None
    relative = f"questions/{file.folder}/{expected}"
    if relative not in loaded.snippet_files:
        if not os.path.lexists(loaded.root / relative):
            problems.append(Problem(file.source.path, *where, "V210", f"snippet file '{declared}' does not exist"))
        return None, None  # anything else there was reported by the walk
    code, snippet_problems = read_snippet(loaded.root, relative)
    problems.extend(snippet_problems)
    return code, relative if code is not None else None
