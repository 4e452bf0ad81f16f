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
