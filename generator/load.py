"""Load stage: find the corpus files and read each into data with positions.

Nothing here knows what a question means; it only reads files safely. Everything under
``corpus/`` may come from a stranger, so the tree is walked with ``lstat`` (nothing is
followed) and only regular files are ever opened: a symlink, FIFO, device or socket is a
positioned problem. Sizes are checked on the open file before anything is read.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from . import yaml_source
from .problems import Problem
from .schema import MAX_SLUG, SLUG_PATTERN
from .yaml_source import SourceFile

MAX_SNIPPET_BYTES = 64 * 1024
MAX_ENTRIES = 5_000  # files and folders under corpus/; far above any real corpus
IGNORED_NAMES = {".DS_Store", "__pycache__"}  # left by tools, never content
SLUG = re.compile(SLUG_PATTERN.removeprefix("^").removesuffix("$"))  # used with fullmatch
# A question id names the page questions/<round>/<id>/; `index` is the round's own page.
RESERVED_QUESTION_IDS = {"index"}


def is_slug(name: str) -> bool:
    """Lowercase letters, digits and single hyphens, matched in full (a trailing newline is not a slug)."""
    return len(name) <= MAX_SLUG and SLUG.fullmatch(name) is not None


@dataclass
class QuestionFile:
    """A question's YAML file and where it sits."""

    id: str  # the file's stem
    folder: str  # the round folder it sits in
    source: SourceFile


@dataclass
class MockFile:
    """A mock interview's YAML file: ``mocks/<id>.yaml``."""

    id: str  # the file's stem
    source: SourceFile


@dataclass
class LoadedCorpus:
    """Every file of the corpus as data, before any typing."""

    root: Path
    clusters: SourceFile | None = None
    glossary: SourceFile | None = None
    tags: SourceFile | None = None
    plan: SourceFile | None = None
    mocks: list[MockFile] = field(default_factory=list)
    mock_ids: set[str] = field(default_factory=set)  # every mock file found, parsed or not
    questions: list[QuestionFile] = field(default_factory=list)
    question_ids: set[str] = field(default_factory=set)  # every question file found, parsed or not
    question_files: set[str] = field(default_factory=set)  # their paths, relative to the root
    snippet_files: set[str] = field(default_factory=set)  # regular .py files, relative to the root
    problems: list[Problem] = field(default_factory=list)

    def shown(self, path: Path) -> str:
        """How a path inside the corpus is named in problems."""
        return str(self.root / path.relative_to(self.root))

    def problem(self, path: Path, code: str, message: str) -> None:
        self.problems.append(Problem(self.shown(path), 1, 1, code, message))


def read_regular(path: Path, cap: int) -> tuple[bytes | None, str, str]:
    """(bytes, "", "") for a regular file of at most ``cap`` bytes, else (None, code, why not).

    ``O_NOFOLLOW`` and ``O_NONBLOCK`` with ``fstat`` on the open descriptor: a file swapped
    for a symlink or a FIFO after the walk is still refused, and opening never blocks.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as err:
        if err.errno == errno.ELOOP:
            return None, "E012", "is a symbolic link: only regular files are read"
        return None, "E012", f"cannot be read: {err.strerror}"
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            return None, "E012", "is not a regular file"
        if info.st_size > cap:
            return None, "E002", f"is {info.st_size} bytes; the cap is {cap}"
        data = b""
        while len(data) <= cap and (chunk := os.read(descriptor, cap + 1 - len(data))):
            data += chunk
        if len(data) > cap:  # it grew while being read
            return None, "E002", f"is larger than the cap of {cap} bytes"
        return data, "", ""
    finally:
        os.close(descriptor)


def _kind(mode: int) -> str:
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _walk(loaded: LoadedCorpus) -> tuple[list[Path], list[Path]]:
    """Regular files under the corpus, and refused entries (reported here, never followed), both sorted."""
    files: list[Path] = []
    refused: list[Path] = []
    pending, seen = [loaded.root], 0
    while pending:
        folder = pending.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as err:
            loaded.problem(folder, "E012", f"folder cannot be read: {err.strerror}")
            continue
        for entry in entries:
            seen += 1
            if seen > MAX_ENTRIES:
                loaded.problem(loaded.root, "E012", f"more than {MAX_ENTRIES} files and folders under the corpus")
                return sorted(files), sorted(refused)
            if entry.name in IGNORED_NAMES:
                continue
            path = Path(entry.path)
            mode = entry.stat(follow_symlinks=False).st_mode
            if stat.S_ISDIR(mode):
                pending.append(path)
            elif stat.S_ISREG(mode):
                files.append(path)
            else:
                refused.append(path)
                loaded.problem(path, "E012", f"{_kind(mode)}: only regular files and folders may sit in the corpus")
    return sorted(files), sorted(refused)


def _read(loaded: LoadedCorpus, file: Path) -> SourceFile | None:
    raw, code, reason = read_regular(file, yaml_source.MAX_BYTES)
    if raw is None:
        loaded.problem(file, code, f"file {reason}")
        return None
    source, problems = yaml_source.read(raw, loaded.shown(file))
    loaded.problems.extend(problems)
    return source


def load(root: Path) -> LoadedCorpus:
    """Read ``clusters.yaml``, ``glossary.yaml``, ``tags.yaml``, ``plan.yaml``, every
    ``questions/<round>/<id>.yaml`` and every ``mocks/<id>.yaml``."""
    loaded = LoadedCorpus(root=root)
    if not root.is_dir() or root.is_symlink():
        loaded.problem(root, "E009", "corpus folder does not exist (or is not a plain folder)")
        return loaded
    files, refused = _walk(loaded)
    for name in ("clusters.yaml", "glossary.yaml", "tags.yaml", "plan.yaml"):
        file = root / name
        if file in files:
            setattr(loaded, name.removesuffix(".yaml"), _read(loaded, file))
        elif not os.path.lexists(file):
            loaded.problem(file, "E009", f"{name} is missing")
        elif stat.S_ISDIR(os.lstat(file).st_mode):
            loaded.problem(file, "E012", f"{name} is a folder: it must be a file")
        # anything else was reported by the walk
    questions = root / "questions"
    # a refused question file is still a known id, so references to it do not look broken too
    loaded.question_ids.update(f.stem for f in refused if f.is_relative_to(questions) and f.suffix == ".yaml")
    for file in (f for f in files if f.is_relative_to(questions)):
        kind = _question_file_kind(loaded, file.relative_to(questions))
        if kind == "yaml":
            loaded.question_ids.add(file.stem)
            loaded.question_files.add(file.relative_to(root).as_posix())
            source = _read(loaded, file)
            if source is not None:
                loaded.questions.append(QuestionFile(id=file.stem, folder=file.parent.name, source=source))
        elif kind == "py":
            loaded.snippet_files.add(file.relative_to(root).as_posix())
    mocks = root / "mocks"
    loaded.mock_ids.update(f.stem for f in refused if f.is_relative_to(mocks) and f.suffix == ".yaml")
    for file in (f for f in files if f.is_relative_to(mocks)):
        relative = file.relative_to(mocks)
        if len(relative.parts) != 1 or file.suffix != ".yaml":
            loaded.problem(file, "V247", "unexpected file: mocks/ holds only <id>.yaml files")
        elif not is_slug(file.stem):
            loaded.problem(
                file,
                "V217",
                f"file names must be lowercase slugs (letters, digits, single hyphens, at most {MAX_SLUG} characters)",
            )
        else:
            loaded.mock_ids.add(file.stem)
            source = _read(loaded, file)
            if source is not None:
                loaded.mocks.append(MockFile(id=file.stem, source=source))
    return loaded


def _question_file_kind(loaded: LoadedCorpus, relative: Path) -> str | None:
    """``yaml`` or ``py`` for a well-placed, well-named file under questions/; anything else is reported."""
    path = loaded.root / "questions" / relative
    if len(relative.parts) != 2 or path.suffix not in (".yaml", ".py"):
        loaded.problem(path, "V216", "unexpected file: a round folder holds only <id>.yaml and <id>.py")
        return None
    if not (is_slug(path.stem) and is_slug(path.parent.name)):
        loaded.problem(
            path,
            "V217",
            f"file and folder names must be lowercase slugs (letters, digits, single "
            f"hyphens, at most {MAX_SLUG} characters)",
        )
        return None
    if path.stem in RESERVED_QUESTION_IDS:
        loaded.problem(path, "V218", f"'{path.stem}' is reserved for the round's own page: choose another id")
        return None
    return path.suffix[1:]


def snippet_name(question_id: str) -> str:
    """A question's snippet sits beside it under the same stem: ``<id>.py``."""
    return f"{question_id}.py"


def read_snippet(loaded_root: Path, relative: str) -> tuple[str | None, list[Problem]]:
    """Read and decode a snippet file found by the walk; problems point into the snippet file."""
    file = loaded_root / relative
    shown = str(file)
    raw, code, reason = read_regular(file, MAX_SNIPPET_BYTES)
    if raw is None:
        return None, [Problem(shown, 1, 1, code, f"snippet {reason}")]
    text, problems = yaml_source.decode(raw, shown)
    if text is None:
        return None, problems
    problems = yaml_source.character_problems(text, shown)
    return (None if problems else text), problems
