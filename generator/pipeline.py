"""Load, type and validate a corpus in one call: the entry point every consumer uses."""

from __future__ import annotations

from pathlib import Path

from . import corpus as corpus_stage
from .corpus import Corpus
from .load import load
from .problems import CorpusError
from .validate import validate


def load_checked(root: Path | str) -> Corpus:
    """The validated corpus, questions in study order; raises CorpusError listing every problem."""
    corpus, problems = corpus_stage.build(load(Path(root)))
    problems += validate(corpus)
    if problems:
        raise CorpusError(problems)
    order = {ident: n for n, ident in enumerate(i for r in corpus.rounds for i in r.questions)}
    corpus.questions.sort(key=lambda q: order[q.id])
    return corpus
