"""Load stage: find the corpus files and read each into data with positions.

Nothing here knows what a question means; it only reads files safely. Snippet
files are resolved here too, because whether a path stays inside ``corpus/`` is a
question about the file system.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from . import yaml_source
from .problems import Problem
from .schema import SLUG_PATTERN
from .yaml_source import SourceFile

MAX_SNIPPET_BYTES = 64 * 1024
IGNORED_NAMES = {".DS_Store", "__pycache__"}  # left by tools, never content


@dataclass
class QuestionFile:
    """A question's YAML file and where it sits."""

    id: str  # the file's stem
    folder: str  # the round folder it sits in
    source: SourceFile


@dataclass
class LoadedCorpus:
    """Every file of the corpus as data, before any typing."""

    root: Path
    clusters: SourceFile | None = None
    glossary: SourceFile | None = None
    questions: list[QuestionFile] = field(default_factory=list)
    question_ids: set[str] = field(default_factory=set)  # every question file found, parsed or not
    problems: list[Problem] = field(default_factory=list)

    def shown(self, path: Path) -> str:
        """How a path inside the corpus is named in problems."""
        return str(self.root / path.relative_to(self.root))


def _read(loaded: LoadedCorpus, file: Path) -> SourceFile | None:
    source, problems = yaml_source.read(file, loaded.shown(file))
    loaded.problems.extend(problems)
    return source


def load(root: Path) -> LoadedCorpus:
    """Read ``clusters.yaml``, ``glossary.yaml`` and every ``questions/<round>/<id>.yaml``."""
    loaded = LoadedCorpus(root=root)
    for name in ("clusters.yaml", "glossary.yaml"):
        file = root / name
        if not file.is_file():
            loaded.problems.append(Problem(loaded.shown(file), 1, 1, "E009", f"{name} is missing"))
            continue
        setattr(loaded, name.removesuffix(".yaml"), _read(loaded, file))
    for file in _question_files(loaded):
        loaded.question_ids.add(file.stem)
        source = _read(loaded, file)
        if source is not None:
            loaded.questions.append(QuestionFile(id=file.stem, folder=file.parent.name, source=source))
    return loaded


def _question_files(loaded: LoadedCorpus) -> list[Path]:
    """The ``questions/<round>/<id>.yaml`` files; anything else under questions/ is reported, not guessed at."""
    files = []
    for path in sorted((loaded.root / "questions").rglob("*")):
        relative = path.relative_to(loaded.root / "questions")
        if path.is_dir() or IGNORED_NAMES.intersection(relative.parts):
            continue
        if len(relative.parts) != 2 or path.suffix not in (".yaml", ".py"):
            loaded.problems.append(Problem(loaded.shown(path), 1, 1, "V216",
                                           "unexpected file: a round folder holds only <id>.yaml and <id>.py"))
        elif not (re.match(SLUG_PATTERN, path.stem) and re.match(SLUG_PATTERN, path.parent.name)):
            loaded.problems.append(Problem(loaded.shown(path), 1, 1, "V217",
                                           "file and folder names must be lowercase slugs (letters, digits, single hyphens)"))
        elif path.suffix == ".yaml":
            files.append(path)
    return files


def read_snippet(root: Path, question_yaml: Path, declared: str, shown_as: str) -> tuple[str | None, str, list[Problem]]:
    """Resolve a question's snippet path and read it.

    Returns (code, path relative to the corpus root, problems). The path must be
    relative, free of ``..`` and, once symlinks are resolved, inside the corpus.
    """
    pure = PurePosixPath(declared)
    if pure.is_absolute() or ".." in pure.parts or "\\" in declared or not declared.endswith(".py"):
        return None, "", [Problem(shown_as, 1, 1, "V209",
                                  f"snippet '{declared}' must be a relative path to a .py file, with no '..'")]
    file = question_yaml.parent / pure
    try:
        real = file.resolve(strict=True)
    except (FileNotFoundError, RuntimeError):
        return None, "", [Problem(shown_as, 1, 1, "V210", f"snippet file '{declared}' does not exist")]
    if not real.is_relative_to(root.resolve()):
        return None, "", [Problem(shown_as, 1, 1, "V209", f"snippet '{declared}' resolves outside corpus/")]
    if not real.is_file():
        return None, "", [Problem(shown_as, 1, 1, "V210", f"snippet '{declared}' is not a file")]
    text, problems = yaml_source.decode(real.read_bytes()[: MAX_SNIPPET_BYTES + 1], str(root / file.relative_to(root)))
    if text is not None and len(text.encode()) > MAX_SNIPPET_BYTES:
        return None, "", [Problem(shown_as, 1, 1, "E002", f"snippet '{declared}' is larger than {MAX_SNIPPET_BYTES} bytes")]
    return text, file.relative_to(root).as_posix(), problems
