"""Snippet files: the output they record in ``#>`` lines, and what they may import."""
from __future__ import annotations

import ast
import sys

OUTPUT_PREFIX = "#>"
ALLOWED_THIRD_PARTY = {"numpy"}


def expected_output(code: str) -> str:
    """The stdout a snippet promises: its ``#>`` lines, in order, prefix removed."""
    lines = []
    for line in code.splitlines():
        stripped = line.strip()
        if stripped.startswith(OUTPUT_PREFIX):
            text = stripped[len(OUTPUT_PREFIX):]
            lines.append(text[1:] if text.startswith(" ") else text)
    return "".join(f"{line}\n" for line in lines)


def problems(code: str) -> list[tuple[int, int, str, str]]:
    """(line, column, code, message) for each rule a snippet breaks."""
    try:
        tree = ast.parse(code)
    except SyntaxError as err:
        return [(err.lineno or 1, err.offset or 1, "P503", f"snippet is not valid Python: {err.msg}")]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules = [node.module]
        else:
            continue
        for module in modules:
            top = module.split(".")[0]
            if top not in sys.stdlib_module_names and top not in ALLOWED_THIRD_PARTY:
                found.append((node.lineno, node.col_offset + 1, "P501",
                              f"snippet imports '{top}': only the standard library and NumPy are allowed"))
    if not expected_output(code):
        found.append((1, 1, "P502", "snippet records no output: put its printed lines under the print as `#> ` lines"))
    return found
