"""`python -m generator snippet`: the diff of recorded against printed output, and --update."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_generator
from test_sandbox import require_bwrap

from generator import sandbox
from generator.snippet_output import CannotPlace, differences, records_from, rewrite, traced
from generator.snippets import expected_output


def printed_by(code: str) -> tuple[str, list]:
    """What ``code`` prints, and the trace of which line printed what, both from the sandbox."""
    require_bwrap()
    plain, trace = sandbox.run(code), sandbox.run(traced(code))
    assert plain.returncode == 0 and trace.returncode == 0, plain.stderr + trace.stderr
    records = records_from(trace.stderr)
    assert records is not None and "".join(text for _, _, text in records) == plain.stdout
    return plain.stdout, records


def test_no_differences_when_the_recorded_lines_match() -> None:
    assert differences("s.py", 'print("a")\n#> a\n', "a\n") == []


def test_each_difference_names_the_line_of_the_recorded_output() -> None:
    code = 'print("a")\n#> a\nprint("b")\n#> old\nprint("c")\n#> c\n'
    found = differences("s.py", code, "a\nnew\nc\nd\n")
    assert found[0] == "s.py:4: recorded 1 line(s) where it printed 1 other(s)"
    assert found[1] == "s.py:6: it prints 1 line(s) not recorded here"
    assert "-old" in found and "+new" in found and "+d" in found


def test_an_update_with_as_many_lines_keeps_every_place_and_indent() -> None:
    code = 'for i in range(2):\n    print(i * 10)\n    #> 0\n    #> 99\nprint("end")\n#> end\n'
    stdout, records = printed_by(code)
    assert rewrite(code, records) == code.replace("#> 99", "#> 10")


def test_new_lines_go_under_the_statement_that_printed_them() -> None:
    code = 'x = 2\nprint(x)\nprint(x + 1, x + 2, sep="\\n")\ny = 5\nprint(y)\nprint()\n'
    stdout, records = printed_by(code)
    updated = rewrite(code, records)
    assert updated == (
        'x = 2\nprint(x)\n#> 2\nprint(x + 1, x + 2, sep="\\n")\n#> 3\n#> 4\ny = 5\nprint(y)\n#> 5\nprint()\n#>\n'
    )
    assert expected_output(updated) == stdout


def test_interleaved_prints_in_a_loop_go_after_the_loop() -> None:
    code = 'for i in range(2):\n    print("a", i)\n    print("b", i)\nprint("done")\n'
    stdout, records = printed_by(code)
    updated = rewrite(code, records)
    assert updated.splitlines()[3:8] == ["#> a 0", "#> b 0", "#> a 1", "#> b 1", 'print("done")']
    assert expected_output(updated) == stdout


def test_a_function_printing_from_several_calls_keeps_the_run_order() -> None:
    code = 'def show(x):\n    print("x =", x)\n\nshow(1)\nprint("between")\nshow(2)\n'
    stdout, records = printed_by(code)
    updated = rewrite(code, records)
    assert expected_output(updated) == stdout == "x = 1\nbetween\nx = 2\n"
    assert "show(1)\n#> x = 1\n" in updated


def test_a_line_split_across_two_statements_is_left_to_the_author() -> None:
    code = 'print("a", end="")\nprint("b")\nprint("c")\n'
    _, records = printed_by(code)
    with pytest.raises(CannotPlace, match="without a newline"):
        rewrite(code, records)


def test_the_command_shows_the_diff_then_updates_only_when_asked(corpus_copy: Path) -> None:
    require_bwrap()
    snippet = corpus_copy / "questions/alpha/first.py"
    assert run_generator("snippet", "first", "--corpus", str(corpus_copy)).returncode == 0
    snippet.write_text(snippet.read_text().replace("#> 6", "#> 7"))
    before = snippet.read_text()

    shown = run_generator("snippet", "first", "--corpus", str(corpus_copy))
    assert shown.returncode == 1
    assert shown.stdout.startswith(f"{snippet}:5: recorded 1 line(s)")
    assert "-7\n+6\n" in shown.stdout and "rerun with --update" in shown.stderr
    assert snippet.read_text() == before

    updated = run_generator("snippet", "first", "--update", "--corpus", str(corpus_copy))
    assert updated.returncode == 0, updated.stderr
    assert snippet.read_text() == before.replace("#> 7", "#> 6")
    assert [p.name for p in snippet.parent.iterdir() if p.name.startswith(".")] == []
    assert run_generator("check", str(corpus_copy)).returncode == 0


def test_the_command_refuses_a_snippet_that_breaks_the_rules_without_running_it(corpus_copy: Path) -> None:
    snippet = corpus_copy / "questions/alpha/first.py"
    snippet.write_text("import os\nprint(os.getcwd())\n#> /\n")
    result = run_generator("snippet", "first", "--update", "--corpus", str(corpus_copy))
    assert result.returncode == 1
    assert f"{snippet}:1:1: P501" in result.stderr
    assert snippet.read_text() == "import os\nprint(os.getcwd())\n#> /\n"


def test_the_command_suggests_the_id_it_probably_meant(corpus_copy: Path) -> None:
    result = run_generator("snippet", "frist", "--corpus", str(corpus_copy))
    assert result.returncode == 2
    assert "no snippet frist.py" in result.stderr and "did you mean 'first'?" in result.stderr


def test_an_indented_output_line_that_would_pass_88_columns_starts_at_column_one() -> None:
    code = 'for _ in range(1):\n    print("x" * 83)\n    print("short")\n'  # "#> " + 83 = 86 characters
    stdout, records = printed_by(code)
    updated = rewrite(code, records)
    assert updated == code.replace(")\n", ")\n#> " + "x" * 83 + "\n", 1) + "    #> short\n"
    assert max(len(line) for line in updated.splitlines()) <= 88
    assert expected_output(updated) == stdout
