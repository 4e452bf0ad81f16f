"""`python -m generator changed`: the pages a branch changes, with diffs that ignore renumbering."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import VALID, run_generator


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        [
            "git",
            "-C",
            str(repo),
            "-c",
            "user.name=Test",
            "-c",
            "user.email=test@example.org",
            "-c",
            "commit.gpgsign=false",
            *args,
        ],
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository whose main branch holds the fixture corpus, checked out on a branch."""
    repo = tmp_path / "repo"
    shutil.copytree(VALID, repo / "corpus")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "base")
    git(repo, "checkout", "-q", "-b", "change")
    return repo


def changed(repo: Path, base: str = "main") -> subprocess.CompletedProcess:
    return run_generator("changed", f"--base={base}", "--repo", str(repo))


def test_a_new_question_before_the_others_shows_alone_without_renumbering_noise(repo: Path) -> None:
    corpus = repo / "corpus"
    text = (corpus / "questions/alpha/second.yaml").read_text()
    (corpus / "questions/alpha/zero.yaml").write_text(
        text.replace("How does the second fixture question read?", "How does the zero fixture question read?")
    )
    clusters = corpus / "clusters.yaml"
    clusters.write_text(clusters.read_text().replace("questions: [first, second]", "questions: [zero, first, second]"))
    plan = corpus / "plan.yaml"  # scheduled on day 1 and reviewed on day 8
    plan.write_text(
        plan.read_text()
        .replace("[first, second]", "[zero, first, second]", 1)
        .replace("[first, second, third]", "[zero, first, second, third]")
    )
    first = corpus / "questions/alpha/first.yaml"
    first.write_text(first.read_text().replace("One fact with its condition.", "One fact, now with its condition."))
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "change")

    result = changed(repo)
    assert result.returncode == 0, result.stderr
    listed = [line for line in result.stdout.splitlines() if line.startswith("- ")]
    # every later question was renumbered, but only the pages whose files changed are listed
    assert listed == [
        "- changed: `plan/week-1/`",  # the days that now schedule it
        "- changed: `plan/week-2/`",
        "- changed: `questions/alpha/first/`",
        "- changed: `questions/alpha/`",
        "- new: `questions/alpha/zero/`",
        "- changed: `questions/`",
    ]
    first_diff = result.stdout.split("a/questions/alpha/first.md")[1].split("</details>")[0]
    edits = [line for line in first_diff.splitlines()[2:] if line.startswith(("+", "-"))]
    # the edit, and zero (a copy of second) now related both ways; no line only renumbered
    assert edits == [
        "-- One fact with its condition.",
        "+- One fact, now with its condition.",
        "+- [N. Fixture second](zero.md) (Alpha round)",
    ]
    assert not [line for line in listed if "questions/alpha/second/" in line or "questions/beta/" in line]


def test_uncommitted_edits_and_a_snippet_change_count(repo: Path) -> None:
    snippet = repo / "corpus/questions/alpha/first.py"
    snippet.write_text(snippet.read_text().replace('print("done")\n#> done', 'print("finished")\n#> finished'))
    result = changed(repo)
    assert result.returncode == 0, result.stderr
    assert "- changed: `questions/alpha/first/`" in result.stdout
    assert '+print("finished")' in result.stdout


def test_nothing_changed_says_so(repo: Path) -> None:
    result = changed(repo)
    assert result.returncode == 0
    assert result.stdout.startswith("## Pages this change touches: 0\n")


def test_a_bad_base_is_a_clear_error(repo: Path) -> None:
    for base in ("no-such-branch", "--output=x"):
        result = changed(repo, base)
        assert result.returncode == 2
        assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr
