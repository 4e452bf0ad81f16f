"""A snippet's recorded ``#>`` output against what it prints: the diff, and the rewrite.

``python -m generator snippet <id>`` shows the diff at the file's lines; with ``--update`` it
writes each printed line under the statement that printed it. Which statement that was is
learnt by running the snippet once more, in the same sandbox, with ``print`` wrapped to note
the line of its caller (``traced``).
"""

from __future__ import annotations

import ast
import difflib
import json

from .snippets import MAX_LINE, OUTPUT_PREFIX, expected_output

TRACE_MARKER = "--snippet-print-trace--"
Record = tuple[int, int, str]  # (line of the print call, line of the module-level statement, text)


def _output_line(indent: int, text: str) -> str:
    """A ``#>`` line at ``indent``, or at column 1 when indenting it would pass the line limit."""
    line = f"{OUTPUT_PREFIX} {text}" if text else OUTPUT_PREFIX
    return " " * indent + line if indent + len(line) <= MAX_LINE else line


def recorded_lines(code: str) -> list[tuple[int, str]]:
    """(file line, text) of each ``#>`` line, in file order."""
    found = []
    for number, line in enumerate(code.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith(OUTPUT_PREFIX):
            text = stripped[len(OUTPUT_PREFIX) :]
            found.append((number, text[1:] if text.startswith(" ") else text))
    return found


def differences(path: str, code: str, actual: str) -> list[str]:
    """``path:line:`` for each place the recorded output departs from ``actual``, then a unified diff;
    empty when they agree."""
    if expected_output(code) == actual:
        return []
    recorded = recorded_lines(code)
    lines = actual.splitlines()
    last_line = len(code.splitlines())
    places = []
    matcher = difflib.SequenceMatcher(a=[text for _, text in recorded], b=lines, autojunk=False)
    for tag, first, end, new_first, new_end in matcher.get_opcodes():
        if tag == "equal":
            continue
        line = recorded[first][0] if first < len(recorded) else last_line
        what = {
            "replace": f"recorded {end - first} line(s) where it printed {new_end - new_first} other(s)",
            "delete": f"recorded {end - first} line(s) it no longer prints",
            "insert": f"it prints {new_end - new_first} line(s) not recorded here",
        }[tag]
        places.append(f"{path}:{line}: {what}")
    diff = difflib.unified_diff(
        [text for _, text in recorded],
        lines,
        lineterm="",
        fromfile=f"{path} (recorded #> lines)",
        tofile=f"{path} (printed now)",
    )
    return places + list(diff)


def traced(code: str) -> str:
    """``code`` wrapped so each ``print`` to stdout also notes its caller's lines on stderr."""
    return f"""import builtins as _b, io as _io, json as _json, sys as _sys
_records = []
_print = _b.print
def _traced_print(*args, file=None, **kwargs):
    if file is not None and file is not _sys.stdout:
        return _print(*args, file=file, **kwargs)
    buffer = _io.StringIO()
    _print(*args, file=buffer, **kwargs)
    frame, inner, outer = _sys._getframe(1), None, None
    while frame is not None:
        if frame.f_code.co_filename == "snippet.py":
            inner = frame.f_lineno if inner is None else inner
            outer = frame.f_lineno if frame.f_code.co_name == "<module>" else outer
        frame = frame.f_back
    _records.append((inner, outer, buffer.getvalue()))
    _sys.stdout.write(buffer.getvalue())
_b.print = _traced_print
try:
    exec(compile({code!r}, "snippet.py", "exec"), {{"__name__": "__main__"}})
finally:
    _sys.stdout.flush()
    _sys.stderr.write("\\n" + {TRACE_MARKER!r} + _json.dumps(_records) + "\\n")
"""


def records_from(stderr: str) -> list[Record] | None:
    """The trace ``traced`` code wrote, or None if there is none."""
    for line in reversed(stderr.split("\n")):
        if line.startswith(TRACE_MARKER):
            return [tuple(record) for record in json.loads(line[len(TRACE_MARKER) :])]
    return None


class CannotPlace(ValueError):
    """The printed lines cannot be written under the statements that printed them."""


def rewrite(code: str, records: list[Record]) -> str:
    """``code`` with its ``#>`` lines replaced by what ``records`` printed.

    When as many lines are printed as are recorded, each keeps its place (the smallest diff).
    Otherwise each line goes under the statement that printed it, or under the module-level
    statement around it when a loop or a function called from elsewhere interleaves the output
    of several prints.
    """
    printed = "".join(text for _, _, text in records).splitlines()
    if len(printed) == len(recorded_lines(code)):
        return _in_place(code, printed)
    tree = ast.parse(code)
    lines = code.splitlines()
    placed: dict[int, list[str]] = {}  # file line -> output lines to write after it
    indents: dict[int, int] = {}
    for top, group in _by_top_statement(tree, records):
        inner = [_innermost(top, line) for line, _, _ in group]
        ends = [stmt.end_lineno for stmt in inner if stmt is not None]
        in_order = len(ends) == len(inner) and ends == sorted(ends)
        whole_lines = all(text.endswith("\n") or not text for _, _, text in group)
        targets = inner if in_order and whole_lines else [top] * len(group)
        text_by_target: dict[int, str] = {}
        for stmt, (_, _, text) in zip(targets, group, strict=True):
            text_by_target[stmt.end_lineno] = text_by_target.get(stmt.end_lineno, "") + text
            first = lines[stmt.lineno - 1]
            indents[stmt.end_lineno] = len(first) - len(first.lstrip())
        for end, text in text_by_target.items():
            if text and not text.endswith("\n"):
                raise CannotPlace(
                    f"the output of line {end} ends without a newline, so its last line "
                    "continues in another statement's output: record it by hand"
                )
            placed.setdefault(end, []).extend(text.splitlines())
    out = []
    for number, line in enumerate(lines, start=1):
        if not line.strip().startswith(OUTPUT_PREFIX):
            out.append(line)
        for text in placed.get(number, []):
            out.append(_output_line(indents[number], text))
    return "\n".join(out) + "\n"


def _in_place(code: str, printed: list[str]) -> str:
    """Each ``#>`` line's text replaced by the printed line of the same rank, indentation kept."""
    out, rank = [], 0
    for line in code.splitlines():
        stripped = line.lstrip()
        if stripped.startswith(OUTPUT_PREFIX):
            text = printed[rank]
            rank += 1
            line = _output_line(len(line) - len(stripped), text)
        out.append(line)
    return "\n".join(out) + "\n"


def _by_top_statement(tree: ast.Module, records: list[Record]) -> list[tuple[ast.stmt, list[Record]]]:
    """Consecutive records grouped by the module-level statement that was running."""
    groups: list[tuple[ast.stmt, list[Record]]] = []
    for record in records:
        top = next((s for s in tree.body if s.lineno <= record[1] <= s.end_lineno), None)
        if top is None:
            raise CannotPlace(f"output from line {record[1]}, which no module-level statement holds")
        if groups and groups[-1][0] is top:
            groups[-1][1].append(record)
        else:
            groups.append((top, [record]))
    return groups


def _innermost(top: ast.stmt, line: int) -> ast.stmt | None:
    """The smallest simple statement inside ``top`` that spans ``line``; None if ``top`` holds none."""
    best = None
    for node in ast.walk(top):
        spans = isinstance(node, ast.stmt) and not hasattr(node, "body") and node.lineno <= line <= node.end_lineno
        if spans and (best is None or node.end_lineno - node.lineno < best.end_lineno - best.lineno):
            best = node
    return best
