"""Variables for hand-written pages that opt in to mkdocs-macros (``render_macros: true``)."""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from generator import field_reference
from generator.pipeline import load_for_build
from generator.problems import CorpusError
from generator.text import for_markdown


def define_env(env) -> None:
    try:
        corpus = load_for_build(Path(env.project_dir) / "corpus")  # shared with the hook: loaded once
    except CorpusError as err:  # reported without a traceback, like the hook does
        raise PluginError(f"the corpus has problems:\n{err.report()}") from None
    # The home page is trusted and never sanitized, so the contributed text it shows is inert.
    env.variables["rounds"] = [
        {"id": r.id, "title": for_markdown(r.title), "summary": for_markdown(r.summary), "questions": r.questions}
        for r in corpus.rounds
    ]
    env.variables["field_reference"] = field_reference.markdown()  # from the models: trusted text
    env.variables["question_count"] = len(corpus.questions)
    env.variables["term_count"] = len(corpus.terms)
