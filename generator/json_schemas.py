"""JSON Schemas of the corpus files, generated from the pydantic models, for editors.

An editor with a YAML language server (VS Code's YAML extension, JetBrains, Neovim) reads them to
complete field names, show each field's description and underline a wrong value as it is typed.
They are committed under ``generator/schemas/`` so an editor needs no build; a test fails when they
no longer match the models (``python -m generator schema`` rewrites them). ``make check`` stays the
authority: word counts, links and cross-file rules are not expressible in a schema.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from pydantic import BaseModel

from .schema import Clusters, Glossary, Mock, Plan, Question, Tags

FOLDER = Path(__file__).parent / "schemas"
# schema file stem -> (model, the corpus files it describes, relative to the repository)
SCHEMAS: dict[str, tuple[type[BaseModel], str]] = {
    "question": (Question, "corpus/questions/*/*.yaml"),
    "clusters": (Clusters, "corpus/clusters.yaml"),
    "glossary": (Glossary, "corpus/glossary.yaml"),
    "tags": (Tags, "corpus/tags.yaml"),
    "plan": (Plan, "corpus/plan.yaml"),
    "mock": (Mock, "corpus/mocks/*.yaml"),
}


def schema(model: type[BaseModel]) -> dict:
    """The model's JSON Schema (draft 2020-12), as pydantic writes it."""
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **model.model_json_schema()}


def expected() -> dict[Path, str]:
    """Each schema file's path and the text it should hold."""
    return {
        FOLDER / f"{name}.schema.json": json.dumps(schema(model), indent=2, ensure_ascii=False) + "\n"
        for name, (model, _) in SCHEMAS.items()
    }


def stale() -> list[Path]:
    """The schema files that are missing or no longer match the models."""
    return [path for path, text in expected().items() if not path.is_file() or path.read_text(encoding="utf-8") != text]


def write() -> list[Path]:
    """Rewrite the stale schema files, each whole or not at all; returns what was written."""
    FOLDER.mkdir(exist_ok=True)
    written = []
    for path, text in expected().items():
        if path in stale():
            staging = path.with_name(f".{path.name}.new")
            staging.write_text(text, encoding="utf-8")
            os.replace(staging, path)
            written.append(path)
    return written
