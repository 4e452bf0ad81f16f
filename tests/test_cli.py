"""The command line: check, render --out, new."""

from __future__ import annotations

from pathlib import Path

from conftest import VALID, run_generator


def test_check_passes_on_the_real_corpus() -> None:
    result = run_generator("check")
    assert result.returncode == 0, result.stderr
    assert "no problems" in result.stdout


def test_check_on_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    result = run_generator("check", str(tmp_path / "nowhere"))
    assert result.returncode == 1
    assert f"{tmp_path / 'nowhere'}:1:1: E009 corpus folder does not exist" in result.stderr
    assert "Traceback" not in result.stderr


def test_render_writes_every_page(tmp_path: Path) -> None:
    out = tmp_path / "rendered"
    result = run_generator("render", "--corpus", str(VALID), "--out", str(out))
    assert result.returncode == 0, result.stderr
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.md"))
    assert written == [
        "cheat-sheets/alpha.md",
        "cheat-sheets/beta.md",
        "cheat-sheets/index.md",
        "drill/alpha.md",
        "drill/beta.md",
        "drill/index.md",
        "glossary.md",
        "mocks/index.md",
        "mocks/one/index.md",
        "mocks/one/interviewer.md",
        "plan/index.md",
        "plan/week-1.md",
        "plan/week-2.md",
        "plan/week-3.md",
        "questions/alpha/first.md",
        "questions/alpha/index.md",
        "questions/alpha/second.md",
        "questions/beta/index.md",
        "questions/beta/third.md",
        "questions/index.md",
        "tags.md",
    ]


def test_render_replaces_its_own_output_but_never_a_hand_written_folder(tmp_path: Path) -> None:
    out = tmp_path / "rendered"
    assert run_generator("render", "--corpus", str(VALID), "--out", str(out)).returncode == 0
    (out / "stale.md").write_text("left over")
    assert run_generator("render", "--corpus", str(VALID), "--out", str(out)).returncode == 0
    assert not (out / "stale.md").exists()

    hand_written = tmp_path / "docs"
    hand_written.mkdir()
    (hand_written / "index.md").write_text("mine")
    result = run_generator("render", "--corpus", str(VALID), "--out", str(hand_written))
    assert result.returncode == 2
    assert "was not written by this command" in result.stderr
    assert (hand_written / "index.md").read_text() == "mine"
    assert sorted(p.name for p in hand_written.iterdir()) == ["index.md"]


def test_render_of_a_broken_corpus_writes_nothing(tmp_path: Path, corpus_copy: Path) -> None:
    (corpus_copy / "glossary.yaml").write_text("terms: [\n")
    out = tmp_path / "rendered"
    result = run_generator("render", "--corpus", str(corpus_copy), "--out", str(out))
    assert result.returncode == 1
    assert "glossary.yaml:2:1: E003" in result.stderr
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".rendered")] == []


def test_new_creates_a_stub_that_check_then_explains(corpus_copy: Path) -> None:
    result = run_generator("new", "--cluster", "beta", "--id", "fresh-question", "--corpus", str(corpus_copy))
    assert result.returncode == 0, result.stderr
    yaml_file = corpus_copy / "questions/beta/fresh-question.yaml"
    snippet = corpus_copy / "questions/beta/fresh-question.py"
    assert yaml_file.is_file() and snippet.is_file()
    assert "snippet: fresh-question.py" in yaml_file.read_text()

    check = run_generator("check", str(corpus_copy))
    assert check.returncode == 1
    assert "Traceback" not in check.stderr
    codes = {line.split(": ")[1].split(" ")[0] for line in check.stderr.splitlines()[:-1]}
    # every field is present and well-typed; what is left is the content to write
    assert "S101" not in codes and "S102" not in codes and "S103" not in codes
    assert {"V204", "C401", "C402", "V202", "V223"} <= codes
    todo_lines = [line for line in check.stderr.splitlines() if ": V223 " in line]
    assert any(line.startswith(f"{snippet}:1:4: V223") for line in todo_lines)
    assert any(line.startswith(f"{yaml_file}:") for line in todo_lines)


def test_new_refuses_a_round_that_does_not_exist(corpus_copy: Path) -> None:
    before = sorted(p.relative_to(corpus_copy) for p in corpus_copy.rglob("*"))
    result = run_generator("new", "--cluster", "alpah", "--id", "fresh", "--corpus", str(corpus_copy))
    assert result.returncode == 2
    assert "--cluster 'alpah' is not a round" in result.stderr
    assert "did you mean 'alpha'?" in result.stderr and "the rounds are: alpha, beta" in result.stderr
    assert sorted(p.relative_to(corpus_copy) for p in corpus_copy.rglob("*")) == before


def test_new_with_a_broken_clusters_file_writes_nothing_and_says_why(corpus_copy: Path) -> None:
    (corpus_copy / "clusters.yaml").write_text("rounds: [\n")
    result = run_generator("new", "--cluster", "alpha", "--id", "fresh", "--corpus", str(corpus_copy))
    assert result.returncode == 2
    assert "clusters.yaml has problems" in result.stderr and "E003" in result.stderr
    assert not (corpus_copy / "questions/alpha/fresh.yaml").exists()


def test_new_refuses_to_overwrite(corpus_copy: Path) -> None:
    original = (corpus_copy / "questions/alpha/first.yaml").read_bytes()
    result = run_generator("new", "--cluster", "beta", "--id", "first", "--corpus", str(corpus_copy))
    assert result.returncode == 2
    assert "already exists" in result.stderr
    assert (corpus_copy / "questions/alpha/first.yaml").read_bytes() == original
    assert not (corpus_copy / "questions/beta/first.yaml").exists()

    (corpus_copy / "questions/beta/lonely.py").write_text("# hand-written\n")
    result = run_generator("new", "--cluster", "beta", "--id", "lonely", "--corpus", str(corpus_copy))
    assert result.returncode == 2
    assert (corpus_copy / "questions/beta/lonely.py").read_text() == "# hand-written\n"
    assert not (corpus_copy / "questions/beta/lonely.yaml").exists()


def test_new_rejects_ids_that_are_not_slugs(corpus_copy: Path) -> None:
    result = run_generator("new", "--cluster", "beta", "--id", "../escape", "--corpus", str(corpus_copy))
    assert result.returncode == 2
    assert "lowercase slug" in result.stderr
    assert not any(corpus_copy.parent.glob("escape*"))


def test_usage_error_has_no_traceback() -> None:
    result = run_generator("render")
    assert result.returncode == 2
    assert "--out" in result.stderr and "Traceback" not in result.stderr


def test_stale_lists_questions_reviewed_longer_ago_oldest_first(corpus_copy: Path) -> None:
    for name, month in (("alpha/first", "2026-01"), ("alpha/second", "2026-05"), ("beta/third", "2026-11")):
        question = corpus_copy / f"questions/{name}.yaml"
        question.write_text(question.read_text().replace("reviewed: 2026-11", f"reviewed: {month}"))
    result = run_generator("stale", "--months", "5", "--today", "2026-11", str(corpus_copy))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"{corpus_copy}/questions/alpha/first.yaml: reviewed 2026-01, 10 months before 2026-11",
        f"{corpus_copy}/questions/alpha/second.yaml: reviewed 2026-05, 6 months before 2026-11",
        "2 of 3 question(s) last reviewed more than 5 month(s) before 2026-11",
    ]
    six = run_generator("stale", "--months", "6", "--today", "2026-11", str(corpus_copy))
    assert six.stdout.splitlines()[0].endswith("first.yaml: reviewed 2026-01, 10 months before 2026-11")
    assert six.stdout.splitlines()[-1].startswith("1 of 3 question(s)")


def test_stale_refuses_a_month_that_is_not_one(corpus_copy: Path) -> None:
    result = run_generator("stale", "--today", "2026-13", str(corpus_copy))
    assert result.returncode == 2
    assert "'2026-13' is not a year and month" in result.stderr and "Traceback" not in result.stderr


def test_new_writes_both_files_even_when_its_output_is_closed(corpus_copy: Path) -> None:
    import subprocess
    import sys

    from conftest import ROOT

    command = [
        sys.executable,
        "-m",
        "generator",
        "new",
        "--cluster",
        "beta",
        "--id",
        "piped",
        "--corpus",
        str(corpus_copy),
    ]
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    process.stdout.close()  # like `| head -0`: nothing reads what it prints
    _, stderr = process.communicate(timeout=60)
    assert "Traceback" not in stderr.decode()
    assert (corpus_copy / "questions/beta/piped.yaml").is_file() and (corpus_copy / "questions/beta/piped.py").is_file()
