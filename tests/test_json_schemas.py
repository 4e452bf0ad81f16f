"""The JSON Schemas editors use: current with the models, and right about real files."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from conftest import ROOT, run_generator

from generator import json_schemas, yaml_source


def validator(name: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((json_schemas.FOLDER / f"{name}.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def data(path: Path) -> dict:
    """A file as an editor's YAML parser sees it: our loader keeps every scalar a string, while
    the editor (YAML 1.2's core schema) reads an unquoted ``45`` as a number."""
    source, problems = yaml_source.read(path.read_bytes(), str(path))
    assert problems == [], problems
    return _numbers(source.data)


def _numbers(value):
    if isinstance(value, dict):
        return {key: _numbers(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_numbers(item) for item in value]
    return int(value) if isinstance(value, str) and value.isascii() and value.isdigit() else value


def test_the_committed_schemas_match_the_models() -> None:
    assert json_schemas.stale() == [], "run `python -m generator schema` and commit the result"
    result = run_generator("schema", "--check")
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("name", list(json_schemas.SCHEMAS))
def test_every_corpus_file_matches_its_schema(name: str) -> None:
    files = sorted(ROOT.glob(json_schemas.SCHEMAS[name][1]))
    assert files
    check = validator(name)
    errors = {str(path.relative_to(ROOT)): [e.message for e in check.iter_errors(data(path))] for path in files}
    assert {path: found for path, found in errors.items() if found} == {}


def test_a_schema_rejects_an_unknown_field_and_a_wrong_value() -> None:
    question = data(next(ROOT.glob("corpus/questions/*/*.yaml")))
    check = validator("question")
    assert any("'colour' was unexpected" in e.message for e in check.iter_errors({**question, "colour": "red"}))
    assert any("'expert' is not one of" in e.message for e in check.iter_errors({**question, "level": "expert"}))


def test_a_stale_schema_is_reported_and_rewritten(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(json_schemas, "FOLDER", tmp_path)
    assert len(json_schemas.stale()) == len(json_schemas.SCHEMAS)  # none written yet
    assert len(json_schemas.write()) == len(json_schemas.SCHEMAS)
    assert json_schemas.stale() == [] and json_schemas.write() == []
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{n}.schema.json" for n in json_schemas.SCHEMAS)


def test_editors_find_the_schemas(corpus_copy: Path) -> None:
    settings = json.loads((ROOT / ".vscode/settings.json").read_text())["yaml.schemas"]
    assert settings == {
        f"generator/schemas/{name}.schema.json": glob for name, (_, glob) in json_schemas.SCHEMAS.items()
    }
    assert run_generator("new", "--cluster", "beta", "--id", "fresh", "--corpus", str(corpus_copy)).returncode == 0
    first_line = (corpus_copy / "questions/beta/fresh.yaml").read_text().splitlines()[0]
    assert first_line == "# yaml-language-server: $schema=../../../generator/schemas/question.schema.json"
    # the path is relative to a question file in the real corpus, where the stub is written
    some_round = next((ROOT / "corpus/questions").iterdir())
    assert (some_round / first_line.split("=", 1)[1]).resolve().is_file()
