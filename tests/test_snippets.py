"""Every snippet runs, and prints exactly the output recorded in its #> lines."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.pipeline import load_checked
from generator.render import render
from generator.snippets import expected_output

ROOT = Path(__file__).resolve().parent.parent
CORPUS = load_checked(ROOT / "corpus")
WITH_SNIPPETS = [q for q in CORPUS.questions if q.snippet_path]


@pytest.mark.parametrize("question", WITH_SNIPPETS, ids=[q.id for q in WITH_SNIPPETS])
def test_snippet_prints_its_recorded_output(question, tmp_path: Path) -> None:
    script = ROOT / "corpus" / question.snippet_path
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=30,
                            cwd=tmp_path)  # a scratch folder, so a snippet cannot lean on the repo
    assert result.returncode == 0, result.stderr
    assert result.stdout == expected_output(question.snippet_code)


@pytest.mark.parametrize("question", WITH_SNIPPETS, ids=[q.id for q in WITH_SNIPPETS])
def test_page_shows_the_file_that_ran(question) -> None:
    page = render(CORPUS).get(question.page).markdown
    assert question.snippet_code.rstrip("\n") in page


def test_every_question_has_a_snippet() -> None:
    assert [q.id for q in CORPUS.questions if not q.snippet_path] == []


def test_expected_output_reads_the_marker_lines() -> None:
    code = 'print("a")\n#> a\nprint()\n#>\nprint(" b")\n#>  b\n'
    assert expected_output(code) == "a\n\n b\n"
