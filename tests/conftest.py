"""Shared fixtures: copies of the valid fixture corpus, case edits, and the built site."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
VALID = FIXTURES / "valid"
CASES = sorted((FIXTURES / "cases").glob("*.json"))


def study_order() -> list[tuple[str, str]]:
    """(round id, question id) of every question in the real corpus, in study order: tests take
    their examples from here, so adding or moving a question never means editing a test."""
    import yaml

    rounds = yaml.safe_load((ROOT / "corpus/clusters.yaml").read_text(encoding="utf-8"))["rounds"]
    return [(r["id"], q) for r in rounds for q in r["questions"]]


def apply_edit(corpus: Path, edit: dict) -> None:
    """Apply one edit of a case file to a copy of the valid corpus."""
    target = corpus / edit["file"]
    target.parent.mkdir(parents=True, exist_ok=True)
    if edit.get("delete"):
        target.unlink()
    elif "symlink_to" in edit:  # a path inside the corpus copy, or an absolute one outside it
        target.unlink(missing_ok=True)
        os.symlink(edit["symlink_to"], target)
    elif edit.get("fifo"):
        target.unlink(missing_ok=True)
        os.mkfifo(target)
    elif edit.get("mkdir"):
        target.unlink(missing_ok=True)
        target.mkdir()
    elif "copy_from" in edit:
        shutil.copyfile(corpus / edit["copy_from"], target)
    elif "write" in edit:
        target.write_text(edit["write"], encoding="utf-8")
    elif "append" in edit:
        with target.open("a", encoding="utf-8") as handle:
            handle.write(edit["append"] * edit.get("times", 1))
    elif "regex" in edit:
        text, count = re.subn(edit["regex"], edit["with"], target.read_text(encoding="utf-8"), count=1)
        assert count == 1, f"regex {edit['regex']!r} matched nothing in {edit['file']}"
        target.write_text(text, encoding="utf-8")
    else:
        raw = target.read_bytes()
        old = edit["replace"].encode()
        new = bytes.fromhex(edit["with_hex"]) if "with_hex" in edit else edit["with"].encode()
        assert raw.count(old) == 1, f"{edit['replace']!r} must occur once in {edit['file']}"
        target.write_bytes(raw.replace(old, new))


def load_case(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    """A fresh copy of the valid fixture corpus, to break."""
    target = tmp_path / "corpus"
    shutil.copytree(VALID, target)
    return target


def check_in_process(corpus: Path) -> subprocess.CompletedProcess:
    """`python -m generator check CORPUS` run in this process: the same command-line code and
    output, without starting an interpreter (0.3 s) for a check that takes a few milliseconds.
    tests/test_cli.py keeps running the real command in a subprocess."""
    from generator.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["check", str(corpus)])
    return subprocess.CompletedProcess(["check", str(corpus)], code, out.getvalue(), err.getvalue())


def run_generator(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
