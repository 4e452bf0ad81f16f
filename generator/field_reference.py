"""The format's field reference in plain words, for the Contributing page.

Built from the same JSON Schemas editors use (``json_schemas``), so it cannot drift from the
models: each field with whether it is required, what it holds and what it accepts, said as a
contributor would ("one of `warm-up`, `core`, `deep`", "a list of 2 to 5 items"), never as a
Python type.
"""

from __future__ import annotations

from .json_schemas import schema
from .schema import ONE_LINE_PATTERN, PATTERN_MESSAGES, Clusters, Glossary, Mock, Plan, Question, Tags
from .study_rules import MOCK_PROSE, PLAN_PROSE
from .validate import DEEP_DIVE_WORDS, QUESTION_PROSE, SHORT_ANSWER_WORDS

# The files, in the order a contributor meets them; each model's docstring names its file.
FILES = (
    ("A question", Question),
    ("The rounds", Clusters),
    ("The glossary", Glossary),
    ("The tags", Tags),
    ("The study plan", Plan),
    ("A mock interview", Mock),
)
MARKDOWN_FIELDS = QUESTION_PROSE | PLAN_PROSE | MOCK_PROSE | {"definition"}
WORDS = {"short_answer": SHORT_ANSWER_WORDS, "deep_dive": DEEP_DIVE_WORDS}  # counted by validate
# Nested groups of fields, by model name, as the page calls them
GROUPS = {
    "FollowUp": "A follow-up",
    "Reference": "A reference",
    "Rubric": "The rubric",
    "Round": "A round",
    "GlossaryTerm": "A glossary term",
    "Tag": "A tag",
    "PlanWeek": "A week",
    "PlanDay": "A day",
    "PlanTask": "A task",
    "MockSegment": "A segment of the script",
    "FollowUpRef": "A curveball's follow-up",
    "ScoreSheet": "The score sheet",
    "Criterion": "A criterion",
}


def _count(low: int | None, high: int | None, unit: str) -> str:
    if low == 1 and high is None:
        return f"at least one {unit.removesuffix('s')}"
    if low is not None and high is not None:
        return f"{low:,} to {high:,} {unit}" if low != high else f"exactly {low:,} {unit}"
    if high is not None:
        return f"up to {high:,} {unit}"
    return f"at least {low:,} {unit}" if low else ""


def accepts(name: str, spec: dict, defs: dict) -> str:
    """What a value may be, in words."""
    if "anyOf" in spec:  # an optional value: the non-null choice
        spec = next(choice for choice in spec["anyOf"] if choice.get("type") != "null")
    if "$ref" in spec:
        target = spec["$ref"].rsplit("/", 1)[-1]
        return f"a group of fields: see *{GROUPS.get(target, target)}* below"
    if "enum" in spec:
        return "one of " + ", ".join(f"`{value}`" for value in spec["enum"])
    if spec.get("type") == "array":
        size = _count(spec.get("minItems"), spec.get("maxItems"), "items")
        return f"a list of {size or 'items'}; each item is {accepts(name, spec['items'], defs)}"
    if spec.get("type") == "string":
        kind = "Markdown" if name in MARKDOWN_FIELDS else "plain text"
        if spec.get("pattern") == ONE_LINE_PATTERN:
            return f"one line of {kind}, {_count(None, spec.get('maxLength'), 'characters')}".rstrip(", ")
        if spec.get("pattern") in PATTERN_MESSAGES:
            rule = PATTERN_MESSAGES[spec["pattern"]].removeprefix("must be ")
            return f"{rule}, {_count(None, spec.get('maxLength'), 'characters')}".rstrip(", ")
        size = _count(*WORDS[name], "words") if name in WORDS else _count(None, spec.get("maxLength"), "characters")
        return f"{kind}, {size}" if size else kind
    return spec.get("type", "a value")


def _table(spec: dict, defs: dict) -> list[str]:
    required = set(spec.get("required", []))
    rows = ["| field | required | what it holds | accepts |", "| --- | --- | --- | --- |"]
    for name, field in spec["properties"].items():
        described = field.get("description") or defs.get(field.get("$ref", "").rsplit("/", 1)[-1], {}).get(
            "description", ""
        )
        needed = "yes" if name in required else "no"
        rows.append(f"| `{name}` | {needed} | {_cell(described)} | {_cell(accepts(name, field, defs))} |")
    return rows


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def markdown() -> str:
    """The whole reference: one section per file, then one per group of fields nested in it."""
    lines: list[str] = []
    for heading, model in FILES:
        spec = schema(model)
        defs = spec.get("$defs", {})
        lines += [f"### {heading}", "", _cell(spec.get("description", "")), "", *_table(spec, defs), ""]
        for name, nested in defs.items():
            lines += [
                f"#### {GROUPS.get(name, name)}",
                "",
                _cell(nested.get("description", "")),
                "",
                *_table(nested, defs),
                "",
            ]
    return "\n".join(lines)
