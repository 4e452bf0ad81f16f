"""Load, type and validate a corpus in one call: the entry point every consumer uses."""

from __future__ import annotations

import os
from pathlib import Path

from . import corpus as corpus_stage
from .corpus import Corpus
from .load import load
from .problems import CorpusError
from .validate import validate

# Problems a draft may have while its author previews it with `mkdocs serve`: lengths, a TODO,
# a question not yet listed in its round or scheduled in the plan, a new tag on one question, a
# cheat sheet over budget.
# The pages still render and show them in a banner. Every other problem stops the build, `mkdocs serve` included.
DRAFT_CODES = frozenset({"C401", "C402", "C403", "V204", "V220", "V223", "V224", "V235", "V236"})


def load_checked(root: Path | str, *, draft: bool = False) -> Corpus:
    """The validated corpus, questions in study order; raises CorpusError listing every problem.

    With ``draft``, problems in ``DRAFT_CODES`` are kept in ``corpus.draft_problems`` instead,
    and a question missing from its round is shown at the end of that round.
    """
    corpus, problems = corpus_stage.build(load(Path(root)))
    problems += validate(corpus)
    if draft:
        corpus.draft_problems = sorted(p for p in problems if p.code in DRAFT_CODES)
        problems = [p for p in problems if p.code not in DRAFT_CODES]
    if problems:
        raise CorpusError(problems)
    if draft:
        _list_unlisted(corpus)
    order = {ident: n for n, ident in enumerate(i for r in corpus.rounds for i in r.questions)}
    corpus.questions.sort(key=lambda q: order[q.id])
    return corpus


def _list_unlisted(corpus: Corpus) -> None:
    """A draft question not yet in clusters.yaml joins the end of its folder's round, for preview."""
    listed = {ident for r in corpus.rounds for ident in r.questions}
    extra: dict[str, list[str]] = {}
    for q in corpus.questions:
        if q.id not in listed:
            extra.setdefault(q.folder, []).append(q.id)
    corpus.rounds = [
        r.model_copy(update={"questions": [*r.questions, *extra[r.id]]}) if r.id in extra else r for r in corpus.rounds
    ]


_build_cache: dict[tuple, Corpus | CorpusError] = {}
_previewing = False  # set by the MkDocs hook under `mkdocs serve`: drafts render with a banner


def preview_drafts(on: bool) -> None:
    global _previewing
    _previewing = on


def load_for_build(root: Path | str) -> Corpus:
    """``load_checked`` for the MkDocs build, which needs the corpus twice (the hook and the macros):
    loaded once per state of the files, as drafts under `mkdocs serve`. The key holds every file's
    path, size and modification time, so a file saved under `mkdocs serve` is read again."""
    draft = _previewing
    key = (str(Path(root).resolve()), draft, _fingerprint(Path(root)))
    if key not in _build_cache:
        _build_cache.clear()  # only the latest state is worth keeping
        try:
            _build_cache[key] = load_checked(root, draft=draft)
        except CorpusError as err:
            _build_cache[key] = err
    cached = _build_cache[key]
    if isinstance(cached, CorpusError):
        raise cached
    return cached


def _fingerprint(root: Path) -> tuple:
    entries = []
    for folder, folders, files in os.walk(root):
        folders.sort()
        for name in sorted(files + folders):
            try:
                info = os.lstat(os.path.join(folder, name))
            except OSError:
                continue
            entries.append((os.path.join(folder, name), info.st_size, info.st_mtime_ns, info.st_ino))
    return tuple(entries)
