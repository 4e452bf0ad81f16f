"""The safe YAML reader: encodings, scalars that stay strings, positions."""

from __future__ import annotations

from generator.yaml_source import decode, parse


def test_a_bom_at_the_start_is_accepted() -> None:
    text, problems = decode(b"\xef\xbb\xbftitle: x\n", "f.yaml")
    assert problems == [] and text == "title: x\n"


def test_yaml_11_booleans_floats_and_dates_stay_strings() -> None:
    source, problems = parse("a: no\nb: on\nc: 3.10\nd: 2026-11-24\ne: 0o17\nf: ~\ng:\n", "f.yaml")
    assert problems == []
    assert source.data == {"a": "no", "b": "on", "c": "3.10", "d": "2026-11-24", "e": "0o17", "f": "~", "g": None}


def test_positions_are_kept_for_values_and_keys() -> None:
    source, _ = parse("title: x\nrubric:\n  red_flags:\n    - one\n    - two\n", "f.yaml")
    assert source.where(("rubric", "red_flags", 1)) == (5, 7)
    assert source.where(("rubric", "red_flags"), key=True) == (3, 3)
    assert source.where(("rubric", "missing", 3)) == (3, 3)  # falls back to the nearest known ancestor


def test_block_scalar_text_maps_to_file_lines() -> None:
    source, _ = parse("deep_dive: |\n  first line\n    indented <b>\n", "f.yaml")
    assert source.text_position(("deep_dive",), 1, 5) == (3, 7)


def _only_problem(text: str) -> tuple[int, int, str, str]:
    source, problems = parse(text, "f.yaml")
    assert source is None and len(problems) == 1, problems
    problem = problems[0]
    return problem.line, problem.column, problem.code, problem.message


def test_a_comment_after_an_unquoted_value_is_refused_where_it_cuts() -> None:
    line, column, code, message = _only_problem("title: Why top-k # of documents matters\n")
    assert (line, column, code) == (1, 18, "E013")
    assert "ends at 'Why top-k'" in message and "quote the value" in message
    assert _only_problem("title: a wrapped\n  line # cut here\n")[:3] == (2, 8, "E013")
    assert _only_problem("level: core  # or deep\n")[:3] == (1, 14, "E013")


def test_a_hash_that_is_not_a_comment_is_kept() -> None:
    text = 'a: C# and F#\nb: "quoted # kept"\nc: |\n  block # kept\nd: [x, y]\n# a comment line\n'
    source, problems = parse(text, "f.yaml")
    assert problems == []
    assert source.data == {"a": "C# and F#", "b": "quoted # kept", "c": "block # kept\n", "d": ["x", "y"]}


def test_common_yaml_mistakes_are_explained_at_the_line_that_went_wrong() -> None:
    cases = {  # text: (line, column, words the advice must contain)
        "title: What is RAG: a primer\n": (1, 19, "put the whole value in quotes"),
        "title: x\n  level: core\n": (2, 3, "indented further than the line above"),
        "title: a long\nline that is not indented\nlevel: core\n": (2, 1, "indent it under that field"),
        "related:\n  - a\n  b\n": (3, 3, "start it with '- '"),
        "short_answer: |\n  line one\n line two\n": (3, 2, "'short_answer' block is indented 1 space(s)"),
        "references:\n  - title: a\n  url: b\n": (3, 3, "indent it 4 spaces, to line up with 'title'"),
        "follow_ups:\n  - question: a\n   hint: b\n": (3, 4, "indent it 4 spaces, to line up with 'question'"),
        "title: x\n- a\n": (2, 1, "indent the '- ' under the field"),
        "rubric:\n  tested: x\n strong: y\n": (3, 2, "indented 1 space(s), which lines up with nothing"),
        'title: "abc\nlevel: core\n': (1, 8, "this quote is never closed"),
    }
    for text, (line, column, words) in cases.items():
        found = _only_problem(text)
        assert found[:3] == (line, column, "E003"), (text, found)
        assert words in found[3], (text, found[3])
        assert "<block end>" not in found[3] and "simple key" not in found[3]


def test_an_unusual_syntax_error_keeps_the_parser_words() -> None:
    assert _only_problem("level: [core\n")[3].startswith("expected ',' or ']'")


def test_the_fast_parser_reads_every_file_exactly_as_the_reference_parser(monkeypatch) -> None:
    import json

    from conftest import CASES, ROOT

    from generator import yaml_source

    assert yaml_source.FAST_LOADER is not None  # PyYAML's wheels ship libyaml
    texts = {str(p): p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").rglob("*.yaml"))}
    texts.update({str(p): p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/fixtures").rglob("*.yaml"))})
    for case in CASES:  # the broken files of the rule fixtures, as far as they are YAML text
        for number, edit in enumerate(json.loads(case.read_text(encoding="utf-8"))["edits"]):
            if edit.get("file", "").endswith(".yaml") and "with" in edit:
                texts[f"{case.stem}-{number}"] = edit["with"] + "\n"

    def both(text: str, path: str):
        fast = yaml_source.parse(text, path)
        monkeypatch.setattr(yaml_source, "FAST_LOADER", None)
        reference = yaml_source.parse(text, path)
        monkeypatch.undo()
        return fast, reference

    for path, text in texts.items():
        (fast, fast_problems), (reference, reference_problems) = both(text, path)
        assert fast_problems == reference_problems, path
        if reference is not None:
            for attribute in ("data", "values", "keys", "block_scalars", "quoted_scalars"):
                assert getattr(fast, attribute) == getattr(reference, attribute), (path, attribute)
