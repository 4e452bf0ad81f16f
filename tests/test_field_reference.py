"""The Contributing page's field reference: every field, in plain words, from the models."""

from __future__ import annotations

import re

from generator import field_reference
from generator.schema import Clusters, FollowUp, Glossary, GlossaryTerm, Question, Reference, Round, Rubric, Tag, Tags


def test_every_field_of_every_model_is_listed() -> None:
    text = field_reference.markdown()
    for model in (Question, Rubric, FollowUp, Reference, Clusters, Round, Glossary, GlossaryTerm, Tags, Tag):
        for name in model.model_fields:
            assert f"| `{name}` |" in text, (model.__name__, name)


def test_values_are_described_in_words_not_python_types() -> None:
    text = field_reference.markdown()
    assert "| `level` | yes |" in text and "one of `warm-up`, `core`, `deep`" in text
    assert "a list of 2 to 5 items" in text  # related
    assert "Markdown, 70 to 130 words" in text  # the short answer, with the limits make check applies
    assert "a year and month written as YYYY-MM" in text
    assert "| `snippet` | no |" in text
    for python in ("Annotated", "StringConstraints", "Literal", "list[", "str |", "None", "$ref", "anyOf"):
        assert python not in text, python


def test_every_group_of_fields_it_points_to_has_a_section() -> None:
    text = field_reference.markdown()
    pointed = set(re.findall(r"see \*([^*]+)\* below", text))
    headed = set(re.findall(r"^#### (.+)$", text, re.M))
    assert pointed and pointed <= headed
