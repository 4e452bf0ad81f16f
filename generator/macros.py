"""Variables for hand-written pages that opt in to mkdocs-macros (``render_macros: true``)."""
from __future__ import annotations

from pathlib import Path

from generator.pipeline import load_checked


def define_env(env) -> None:
    corpus = load_checked(Path(env.project_dir) / "corpus")
    env.variables["rounds"] = corpus.rounds
    env.variables["question_count"] = len(corpus.questions)
    env.variables["term_count"] = len(corpus.terms)
