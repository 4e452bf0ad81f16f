"""ruff: the generator and tests are linted and formatted; snippets are linted."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import ROOT

RUFF = Path(sys.executable).parent / "ruff"


def ruff(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(RUFF), *args], cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_code_and_snippets_pass_the_linter() -> None:
    result = ruff("check", "--no-cache", "generator", "tests", "corpus")
    assert result.returncode == 0, result.stdout + "\nfix: .venv/bin/ruff check --fix generator tests corpus"


def test_generator_and_tests_are_formatted() -> None:
    result = ruff("format", "--check", "--no-cache", "generator", "tests")
    assert result.returncode == 0, result.stdout + "\nfix: .venv/bin/ruff format generator tests"
