"""Variables for hand-written pages that opt in to mkdocs-macros (``render_macros: true``)."""
from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from generator.pipeline import load_checked
from generator.problems import CorpusError


def define_env(env) -> None:
    try:
        corpus = load_checked(Path(env.project_dir) / "corpus")
    except CorpusError as err:  # reported without a traceback, like the hook does
        raise PluginError(f"the corpus has problems:\n{err.report()}") from None
    env.variables["rounds"] = corpus.rounds
    env.variables["question_count"] = len(corpus.questions)
    env.variables["term_count"] = len(corpus.terms)
