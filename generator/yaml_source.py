"""Read one YAML file safely into plain data, remembering where every value came from.

PyYAML's own loaders keep the last of two duplicate keys, expand aliases and turn
``no``, ``3.10`` and ``2026-11-24`` into booleans, floats and dates. This module
walks the parser's events instead, so that:

- every scalar stays a string (an empty plain scalar is ``None``);
- duplicate keys, anchors, aliases, merge keys and explicit tags are errors;
- a file holds exactly one document, whose top level is a mapping;
- control and bidirectional-override characters are errors, written raw or as escapes;
- each value's position is kept, keyed by its path of keys and indices.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml

from . import yaml_errors
from .problems import Problem

MAX_BYTES = 256 * 1024
MAX_DEPTH = 20  # the format nests four levels; deeper input is hostile or a mistake
MAX_REPORTED_CHARACTERS = 10  # per file: enough to find them, not a flood
BOM = b"\xef\xbb\xbf"
# Characters that can hide or reorder what a reviewer sees (Trojan Source), forge lines in a
# terminal, or act as line breaks in some parsers and not in others.
# Tab, LF and CR are the only control characters allowed (CRLF files are fine).
FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"  # C0 and C1 controls, DEL, NEL
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidirectional controls
    "\u2028\u2029\ufeff]"
)  # line and paragraph separators; a BOM past the start

COMMENT_AFTER_VALUE = re.compile(r"[ \t]+#")
Location = tuple[int, int]  # 1-based line and column
PathKey = tuple[str | int, ...]


@dataclass
class SourceFile:
    """A YAML file's data plus the position of every value and key in it."""

    path: str  # as shown in problems, relative to the corpus parent
    data: dict[str, Any]
    values: dict[PathKey, Location] = field(default_factory=dict)
    keys: dict[PathKey, Location] = field(default_factory=dict)
    block_scalars: set[PathKey] = field(default_factory=set)
    quoted_scalars: set[PathKey] = field(default_factory=set)
    lines: list[str] = field(default_factory=list)

    def where(self, loc: PathKey, *, key: bool = False) -> Location:
        """Position of the value (or key) at ``loc``, else of its nearest ancestor."""
        table = self.keys if key else self.values
        while loc:
            if loc in table:
                return table[loc]
            if loc in self.values:
                return self.values[loc]
            loc = loc[:-1]
        return self.values.get((), (1, 1))

    def text_position(self, loc: PathKey, line_in_text: int, column_in_line: int) -> Location:
        """File position of a character inside a prose value (both offsets from the value's start).

        A block scalar (``|`` or ``>``) keeps one file line per text line, starting on the
        line after its indicator, so its problems get their exact line and column.
        """
        line, column = self.where(loc)
        if loc not in self.block_scalars:
            opening_quote = 1 if loc in self.quoted_scalars and line_in_text == 0 else 0
            return line + line_in_text, column + column_in_line - 1 + opening_quote
        # the block's indentation is set by its first non-blank line
        first = next((text for text in self.lines[line:] if text.strip()), "")
        indent = len(first) - len(first.lstrip(" "))
        return line + 1 + line_in_text, indent + column_in_line


class _Abort(Exception):
    """Stops reading a file after a problem that makes the rest meaningless."""


def forbidden_characters(text: str) -> Iterator[tuple[int, str]]:
    """(offset, character) for each control, bidirectional or odd line-break character."""
    for match in FORBIDDEN.finditer(text):
        yield match.start(), match.group()


def describe(char: str) -> str:
    return f"U+{ord(char):04X} ({unicodedata.name(char, 'a control character')})"


def character_problems(text: str, path: str) -> list[Problem]:
    """Each forbidden character written into the file, at its line and column."""
    problems = []
    for offset, char in forbidden_characters(text):
        if len(problems) == MAX_REPORTED_CHARACTERS:
            break
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        problems.append(
            Problem(
                path, line, column, "E011", f"character {describe(char)} is not allowed: it can hide or reorder text"
            )
        )
    return problems


def decode(raw: bytes, path: str) -> tuple[str | None, list[Problem]]:
    """Bytes to text: strict UTF-8 and an optional BOM (the size cap is checked when the file is opened)."""
    if raw.startswith(BOM):
        raw = raw[len(BOM) :]
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        column = err.start - (raw.rfind(b"\n", 0, err.start) + 1) + 1
        bad = raw[err.start : err.end].hex(" ")
        return None, [Problem(path, line, column, "E001", f"invalid UTF-8 byte(s) {bad}: save the file as UTF-8")]


def _tab_indents(text: str, path: str) -> list[Problem]:
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            problems.append(
                Problem(path, number, indent.index("\t") + 1, "E004", "tab used for indentation: indent with spaces")
            )
    return problems


def _at(mark: yaml.Mark) -> Location:
    return mark.line + 1, mark.column + 1


def _style(event: yaml.ScalarEvent) -> str | None:
    """The scalar's style; libyaml reports a plain scalar as "" where the Python parser says None."""
    return event.style or None


class _Builder:
    """Turns a stream of parser events into plain data with positions."""

    def __init__(self, text: str, path: str, loader: type = yaml.SafeLoader):
        self.events = iter(yaml.parse(text, Loader=loader))
        self.path = path
        self.problems: list[Problem] = []
        self.source = SourceFile(path=path, data={}, lines=text.split("\n"))

    def fail(self, mark: yaml.Mark, code: str, message: str) -> None:
        self.problems.append(Problem(self.path, *_at(mark), code, message))

    def check_escapes(self, event: yaml.ScalarEvent) -> None:
        """A double-quoted scalar can spell a forbidden character as an escape such as `\\u202e`."""
        if _style(event) == '"':
            for _, char in forbidden_characters(event.value):
                self.fail(
                    event.start_mark, "E011", f"escape for {describe(char)} is not allowed: it can hide or reorder text"
                )
                break

    def check_comment_after(self, event: yaml.ScalarEvent) -> None:
        """`` #`` ends an unquoted value and starts a comment, so prose such as ``top-k # of docs``
        would lose its tail without a word: refuse a comment right after an unquoted value."""
        end = event.end_mark
        rest = self.source.lines[end.line][end.column :] if end.line < len(self.source.lines) else ""
        if match := COMMENT_AFTER_VALUE.match(rest):
            mark = yaml.Mark(end.name, end.index + match.end() - 1, end.line, end.column + match.end() - 1, None, None)
            tail = event.value if len(event.value) <= 30 else "…" + event.value[-30:]
            self.fail(
                mark,
                "E013",
                f"` #` starts a YAML comment, so this value ends at '{tail}': quote the "
                "value or write it as a block (|); if the rest is a comment, put it on a line of its own",
            )

    def build(self) -> SourceFile | None:
        next(self.events)  # StreamStart
        event = next(self.events)
        if isinstance(event, yaml.StreamEndEvent):
            self.problems.append(Problem(self.path, 1, 1, "E009", "file is empty: expected a mapping of fields"))
            return None
        root_event = next(self.events)
        if not isinstance(root_event, yaml.MappingStartEvent):
            self.fail(root_event.start_mark, "E009", "the top level must be a mapping of fields (`key: value` lines)")
            raise _Abort
        self.source.data = self.node(root_event, ())
        next(self.events)  # DocumentEnd
        event = next(self.events)
        if isinstance(event, yaml.DocumentStartEvent):
            self.fail(event.start_mark, "E008", "a second YAML document starts here: one document per file")
        return self.source

    def node(self, event: yaml.Event, loc: PathKey) -> Any:
        if len(loc) > MAX_DEPTH:
            self.fail(event.start_mark, "E003", f"nested more than {MAX_DEPTH} levels deep")
            raise _Abort
        if isinstance(event, yaml.AliasEvent):
            self.fail(event.start_mark, "E006", f"alias *{event.anchor}: write the value out in full")
            return None
        if event.anchor is not None:
            self.fail(event.start_mark, "E006", f"anchor &{event.anchor}: anchors and aliases are not allowed")
        if event.tag is not None:
            self.fail(event.start_mark, "E007", f"explicit tag {event.tag}: tags are not allowed")
        self.source.values[loc] = _at(event.start_mark)
        if isinstance(event, yaml.ScalarEvent):
            self.check_escapes(event)
            if _style(event) is None and event.value:
                self.check_comment_after(event)
            if _style(event) in ("|", ">"):
                self.source.block_scalars.add(loc)
            elif _style(event) in ("'", '"'):
                self.source.quoted_scalars.add(loc)
            if _style(event) is None and event.value == "":
                return None
            return event.value
        if isinstance(event, yaml.SequenceStartEvent):
            items = []
            while not isinstance(event := next(self.events), yaml.SequenceEndEvent):
                items.append(self.node(event, loc + (len(items),)))
            return items
        return self.mapping(loc)

    def mapping(self, loc: PathKey) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        while not isinstance(key_event := next(self.events), yaml.MappingEndEvent):
            if not isinstance(key_event, yaml.ScalarEvent) or key_event.tag is not None:
                self.fail(key_event.start_mark, "E010", "keys must be plain strings")
                raise _Abort
            key = key_event.value
            self.check_escapes(key_event)
            if key == "<<" and _style(key_event) is None:
                self.fail(key_event.start_mark, "E006", "merge key `<<`: write the fields out in full")
            line = key_event.start_mark.line + 1
            if key in first_line:
                self.fail(
                    key_event.start_mark,
                    "E005",
                    f"duplicate key '{key}' (first at line {first_line[key]}, again at line {line})",
                )
                self.node(next(self.events), ("__duplicate__",))
                continue
            first_line[key] = line
            self.source.keys[loc + (key,)] = _at(key_event.start_mark)
            result[key] = self.node(next(self.events), loc + (key,))
        return result


# libyaml parses about twenty times faster and reports the same positions; the pure-Python
# parser stays the reference: a file with any problem is parsed again by it, so every message
# a contributor sees comes from one parser.
FAST_LOADER = getattr(yaml, "CSafeLoader", None)


def parse(text: str, path: str) -> tuple[SourceFile | None, list[Problem]]:
    """Text to a SourceFile; any problem is returned, never raised."""
    problems = character_problems(text, path) or _tab_indents(text, path)
    if problems:
        return None, problems
    if FAST_LOADER is not None:
        builder = _Builder(text, path, FAST_LOADER)
        try:
            source = builder.build()
            if not builder.problems:
                return source, []
        except Exception:  # any trouble: the reference parser decides and explains
            pass
    return _parse_with(_Builder(text, path), text, path)


def _parse_with(builder: _Builder, text: str, path: str) -> tuple[SourceFile | None, list[Problem]]:
    try:
        source = builder.build()
    except _Abort:
        source = None
    except yaml.MarkedYAMLError as err:
        line, column, message = yaml_errors.explain(err, text.split("\n"))
        builder.problems.append(Problem(path, line, column, "E003", message))
        source = None
    except yaml.reader.ReaderError as err:  # a control character the YAML reader refuses
        line = text.count("\n", 0, err.position) + 1
        column = err.position - (text.rfind("\n", 0, err.position) + 1) + 1
        builder.problems.append(
            Problem(path, line, column, "E003", f"control character U+{err.character:04X} is not allowed")
        )
        source = None
    if builder.problems:
        return None, builder.problems
    return source, []


def read(raw: bytes, shown_as: str) -> tuple[SourceFile | None, list[Problem]]:
    """Decode and parse the bytes of one YAML file."""
    text, problems = decode(raw, shown_as)
    if text is None:
        return None, problems
    return parse(text, shown_as)
