"""PyYAML's syntax errors, said as what to do, at the line where the file went wrong.

The parser reports the token it could not use, which is often a line after the mistake, in its
own terms ("expected <block end>, but found '?'"). The common mistakes in hand-written corpus
files are indentation, an unquoted ``: ``, a wrapped line that is not indented and an unclosed
quote; each gets its own advice. Anything else keeps the parser's words.
"""

from __future__ import annotations

import re

import yaml

BARE_KEY = re.compile(r"^\s*(?:-\s+)?[A-Za-z_][\w-]*$")
BLOCK_HEADER = re.compile(r"^\s*(?:-\s+)?([\w-]+):\s*[|>][-+0-9]*\s*$")
DASH_ITEM = re.compile(r"^(\s*)-\s+([\w-]+):")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _raw(err: yaml.MarkedYAMLError) -> str:
    context = f" ({err.context})" if err.context else ""
    return f"{err.problem or 'could not parse'}{context}"


def explain(err: yaml.MarkedYAMLError, lines: list[str]) -> tuple[int, int, str]:
    """(line, column, message), 1-based, for a YAML syntax error in a file of ``lines``."""
    mark = err.problem_mark or err.context_mark
    line, column = (mark.line, mark.column) if mark else (0, 0)
    text = lines[line] if line < len(lines) else ""
    problem, context = err.problem or "", err.context or ""
    if problem == "mapping values are not allowed here":
        if BARE_KEY.match(text[:column]):
            return (
                line + 1,
                _indent(text) + 1,
                (
                    "this field is indented further than the line above, so YAML reads it as part of that "
                    "value: line it up with its sibling fields"
                ),
            )
        return (
            line + 1,
            column + 1,
            (
                "': ' inside an unquoted value starts a new field: put the whole value in quotes, or write "
                "it as a block (|)"
            ),
        )
    if problem.startswith("could not find expected ':'") and err.context_mark:
        start = err.context_mark.line
        return (
            start + 1,
            _indent(lines[start]) + 1 if start < len(lines) else 1,
            (
                "this line is not a 'field: value' line: if it continues the value above, indent it under "
                "that field (or write the value as a block with |); if it is a list item, start it with '- '; "
                "if it is a field, put ': ' after its name"
            ),
        )
    if problem.startswith("found unexpected end of stream") and "quoted scalar" in context and err.context_mark:
        opening = err.context_mark
        return (
            opening.line + 1,
            opening.column + 1,
            (
                "this quote is never closed: close it at the end of the value, or drop the quotes and write "
                "the value as a block (|)"
            ),
        )
    if problem.startswith("expected <block end>"):
        return line + 1, column + 1, _misindented(problem, context, lines, line)
    return line + 1, column + 1, _raw(err)


def _misindented(problem: str, context: str, lines: list[str], line: int) -> str:
    """Advice for a line whose indentation matches nothing above it."""
    indent = _indent(lines[line])
    above = [i for i in range(line - 1, -1, -1) if lines[i].strip() and not lines[i].lstrip().startswith("#")]
    parent = next((i for i in above if _indent(lines[i]) < indent), None)
    if parent is not None and (header := BLOCK_HEADER.match(lines[parent])):
        first = next((lines[i] for i in range(parent + 1, line) if lines[i].strip()), lines[line])
        return (
            f"this line of the '{header.group(1)}' block is indented {indent} space(s), less than the "
            f"block's first line ({_indent(first)}): indent every line of a | block at least as far as "
            "its first"
        )
    if "block collection" in context and problem.endswith(("'?'", "'<block mapping start>'")):
        item = next((DASH_ITEM.match(lines[i]) for i in above if DASH_ITEM.match(lines[i])), None)
        if item:
            column = len(item.group(1)) + 2
            return (
                f"this field belongs to the list item above: indent it {column} spaces, to line up with "
                f"'{item.group(2)}'"
            )
    if problem.endswith("'-'"):
        return "a list item at the indentation of the fields: indent the '- ' under the field whose list it is"
    return (
        f"this line is indented {indent} space(s), which lines up with nothing above it: a field lines "
        "up with the fields beside it, and an item's fields line up with the first field after its '- '"
    )
