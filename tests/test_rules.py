"""Every validation rule fires on its own failing fixture, with file, line and column."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CASES, apply_edit, check_in_process, load_case, run_generator

from generator.problems import CODES

LINE = r"^(?P<path>[^:]+):(?P<line>\d+):(?P<column>\d+): (?P<code>[A-Z]\d{3}) "


@pytest.mark.parametrize("case_file", CASES, ids=[c.stem for c in CASES])
def test_case_reports_its_problems(case_file: Path, corpus_copy: Path) -> None:
    case = load_case(case_file)
    for edit in case["edits"]:
        apply_edit(corpus_copy, edit)
    result = check_in_process(corpus_copy)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    reported = [line.removeprefix(f"{corpus_copy}/") for line in result.stderr.splitlines()[:-1]]
    for expected in case["expect"]:
        assert any(line.startswith(expected) for line in reported), f"{expected!r} not in {reported}"
    expected_codes = {e.split(": ")[1].split(" ")[0] if ": " in e else e for e in case["expect"]}
    reported_codes = {line.split(": ")[1].split(" ")[0] for line in reported}
    assert reported_codes == expected_codes, f"unexpected problems: {reported}"
    assert result.stderr.splitlines()[-1] == f"{len(reported)} problem(s)"


def test_every_code_has_a_failing_fixture() -> None:
    covered = {case.stem.split("-")[0] for case in CASES}
    assert sorted(set(CODES) - covered) == []
    assert sorted(covered - set(CODES)) == []


def test_all_problems_of_a_run_are_reported_at_once(corpus_copy: Path) -> None:
    for name in ("E005-duplicate-key", "V203-unknown-in-round", "M301-html-in-glossary"):
        for edit in load_case(next(c for c in CASES if c.stem == name))["edits"]:
            apply_edit(corpus_copy, edit)
    result = check_in_process(corpus_copy)
    codes = {line.split(": ")[1].split(" ")[0] for line in result.stderr.splitlines()[:-1]}
    assert {"E005", "V203", "M301"} <= codes
    assert result.returncode == 1


def test_valid_fixture_passes() -> None:
    result = run_generator("check", "tests/fixtures/valid")
    assert result.returncode == 0, result.stderr
    assert "3 question(s) in 2 round(s)" in result.stdout


def test_legitimate_unicode_bom_crlf_and_code_with_angle_brackets_pass(corpus_copy: Path) -> None:
    first = corpus_copy / "questions/alpha/first.yaml"
    text = first.read_text(encoding="utf-8").replace(
        "One fact with its condition.",
        "Naïve café — 日本語, ✓, 👩‍💻 (a joiner sequence), n < k, `List<String>` and `{x=1}`.",
    )
    first.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    snippet = corpus_copy / "questions/alpha/first.py"
    snippet.write_bytes('print("a < b <-> ü")\r\n#> a < b <-> ü\r\n'.encode())
    result = check_in_process(corpus_copy)
    assert result.returncode == 0, result.stderr
