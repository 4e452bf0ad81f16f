"""Snippet files: the output they record in ``#>`` lines, and what their code may do.

Snippets come from strangers' pull requests, so ``problems`` refuses, from the syntax tree alone,
code that imports anything but a few safe modules, runs or imports code dynamically, or reaches
into interpreter internals, the OS or files. It is a first line only: the tests also run every
snippet in a sandbox (``sandbox.py``).
"""

from __future__ import annotations

import _string  # the parser str.format uses for field names such as "0.attr[key]"
import ast
import string
import sys

OUTPUT_PREFIX = "#>"
MAX_LINE = 88  # characters: the code and its #> output fit a page without scrolling sideways

# Modules a teaching snippet may import (and their submodules): computation, text and data
# structures only; nothing that reaches the OS, files, processes, the network or the interpreter.
ALLOWED_MODULES = frozenset(
    {
        "math",
        "cmath",
        "random",
        "statistics",
        "decimal",
        "fractions",
        "numbers",
        "collections",
        "heapq",
        "bisect",
        "array",
        "itertools",
        "functools",
        "operator",
        "dataclasses",
        "enum",
        "typing",
        "abc",
        "copy",
        "string",
        "re",
        "textwrap",
        "difflib",
        "unicodedata",
        "codecs",
        "json",
        "base64",
        "binascii",
        "hashlib",
        "hmac",
        "zlib",
        "struct",
        "time",
        "datetime",
        "calendar",
        "pprint",
        "reprlib",
        "contextlib",
        "secrets",
        "uuid",
        "graphlib",
        "numpy",
    }
)
DENIED_SUBMODULES = frozenset({"numpy.ctypeslib", "numpy.f2py", "numpy.testing", "numpy.distutils"})
# Attributes of allowed modules that are other modules (typing.sys, dataclasses.inspect, enum.bltns)
# are refused; these few are functions that share a module's name.
_NOT_MODULES = {"select", "trace"}
REFUSED_MODULE_NAMES = (
    (frozenset(sys.stdlib_module_names) - ALLOWED_MODULES - _NOT_MODULES)
    | {n.rsplit(".", 1)[1] for n in DENIED_SUBMODULES}
    | {"bltns"}
)

# Names that run or import code, or read or write attributes named by a string.
DYNAMIC_NAMES = frozenset(
    {
        "__import__",
        "eval",
        "exec",
        "compile",
        "open",
        "globals",
        "locals",
        "vars",
        "breakpoint",
        "input",
        "help",
        "__builtins__",
        "get_type_hints",
        "ForwardRef",
        "singledispatch",
        "singledispatchmethod",  # eval string annotations
        "Formatter",  # its get_field follows any attribute path
    }
)
# Callables that take an attribute name: allowed when it is a constant that passes the attribute rules.
ATTRIBUTE_BY_NAME = {
    "getattr": 1,
    "setattr": 1,
    "delattr": 1,
    "hasattr": 1,
    "attrgetter": None,
    "methodcaller": 0,
}  # index of the name argument; None: every argument
# The same, as attributes (bltns.eval); not compile, open or input, which re, codecs and data use.
DYNAMIC_ATTRIBUTES = (DYNAMIC_NAMES - {"compile", "open", "input"}) | set(ATTRIBUTE_BY_NAME)

ALLOWED_DUNDERS = frozenset({"__name__", "__qualname__", "__doc__", "__init__", "__class__"})
# Frames and code objects, the means to build them, and raw memory (as_strided reads and writes
# outside its array).
INTERNAL_ATTRIBUTES = frozenset(
    {
        "gi_frame",
        "gi_code",
        "cr_frame",
        "cr_code",
        "ag_frame",
        "ag_code",
        "f_globals",
        "f_locals",
        "f_builtins",
        "f_back",
        "f_code",
        "f_trace",
        "tb_frame",
        "tb_next",
        "co_code",
        "CodeType",
        "FunctionType",
        "as_strided",
    }
)
# Modules that lead to the OS or to files; allowed modules hold them under public names
# (dataclasses.inspect, enum.bltns, typing.types, uuid.platform) and private aliases.
_OS_MODULES = (
    "os", "sys", "posix", "subprocess", "builtins", "bltns", "inspect", "importlib", "io", "pathlib",
    "shutil", "socket", "mmap", "linecache", "types", "warnings", "platform",
)  # fmt: skip
# Refused on any object, reached through a copy of the module too: they lead to the OS or to files
# (typing.sys.modules, codecs.open, np.load).
OS_ATTRIBUTES = frozenset(
    (*_OS_MODULES, "modules", "environ", "system", "popen", "open", "fdopen", "ctypes", "ctypeslib", "f2py",
     "fromfile", "tofile", "fromregex", "memmap", "open_memmap", "DataSource", "NpzFile", "load", "loadtxt",
     "dump", "genfromtxt", "save", "savez", "savez_compressed", "savetxt")
)  # fmt: skip
# Private aliases allowed modules keep of such modules (random._os, collections._sys), on any object.
PRIVATE_ALIASES = frozenset(
    "_" + name
    for name in (*_OS_MODULES, "ctypes", "thread", "posixsubprocess", "imp", "signal", "pickle", "marshal", "weakref")
)

_ALLOWED_TEXT = ", ".join(sorted(ALLOWED_MODULES))
_MODULE_RULE = f"only the standard library and NumPy are allowed, and of those only: {_ALLOWED_TEXT}"
_DYNAMIC_RULE = "snippets may not run or import code dynamically; write the code out and call it directly"


def expected_output(code: str) -> str:
    """The stdout a snippet promises: its ``#>`` lines, in order, prefix removed."""
    lines = []
    for line in code.splitlines():
        stripped = line.strip()
        if stripped.startswith(OUTPUT_PREFIX):
            text = stripped[len(OUTPUT_PREFIX) :]
            lines.append(text[1:] if text.startswith(" ") else text)
    return "".join(f"{line}\n" for line in lines)


def problems(code: str) -> list[tuple[int, int, str, str]]:
    """(line, column, code, message) for each rule a snippet breaks."""
    try:
        tree = ast.parse(code)
    except SyntaxError as err:
        return [(err.lineno or 1, err.offset or 1, "P503", f"snippet is not valid Python: {err.msg}")]
    except ValueError as err:  # null bytes, on older Pythons
        return [(1, 1, "P503", f"snippet is not valid Python: {err}")]
    except (RecursionError, MemoryError):  # the parser's own limits on deeply nested code
        return [(1, 1, "P503", "snippet is not valid Python: it is nested too deeply to parse")]
    found: list[tuple[int, int, str, str]] = []

    def add(node: ast.AST, code_: str, message: str) -> None:
        found.append((node.lineno, node.col_offset + 1, code_, message))

    nodes = list(ast.walk(tree))  # walked once: the rules below read the same nodes in the same order
    imported = _imported_names(nodes)
    checked_callees = set()
    for node in nodes:
        if isinstance(node, ast.Call):
            name = _callee_name(node.func)
            if name in ATTRIBUTE_BY_NAME:
                checked_callees.add(id(node.func))
                message = _attribute_name_arguments(name, node)
                if message:
                    add(node, "P504", message)
    for node in nodes:
        if isinstance(node, ast.Import):
            for alias in node.names:
                message = _module_problem(alias.name)
                if message:
                    add(node, "P501", message)
        elif isinstance(node, ast.ImportFrom):
            for code_, message in _import_from_problems(node):
                add(node, code_, message)
        elif isinstance(node, ast.Name):
            if node.id in DYNAMIC_NAMES or (node.id in ATTRIBUTE_BY_NAME and id(node) not in checked_callees):
                add(node, "P504", f"'{node.id}' is not allowed: {_DYNAMIC_RULE}")
            elif _is_dunder(node.id) and node.id not in ALLOWED_DUNDERS and not isinstance(node.ctx, ast.Store):
                add(
                    node,
                    "P505",
                    f"'{node.id}' reaches into interpreter internals: "
                    f"of the dunder names only {_dunders()} are allowed",
                )
        elif isinstance(node, ast.Attribute):
            if node.attr in DYNAMIC_ATTRIBUTES and not (node.attr in ATTRIBUTE_BY_NAME and id(node) in checked_callees):
                add(node, "P504", f"'.{node.attr}' is not allowed: {_DYNAMIC_RULE}")
                continue
            message = _attribute_problem(node.attr, on_module=_root_name(node) in imported, shown=_dotted(node))
            if message:
                add(node, "P505", message)
        elif isinstance(node, ast.MatchClass):  # case C(attr=...) reads obj.attr
            for attr in node.kwd_attrs:
                message = _attribute_problem(attr, on_module=False)
                if message:
                    add(node, "P505", message)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            message = _format_fields_problem(node.value)
            if message:
                add(node, "P505", message)
    for number, line in enumerate(code.splitlines(), start=1):
        if len(line) > MAX_LINE:
            found.append(
                (
                    number,
                    MAX_LINE + 1,
                    "P506",
                    f"line is {len(line)} characters; keep snippet lines "
                    f"to {MAX_LINE} so the code and its output fit the page",
                )
            )
    if not expected_output(code):
        found.append((1, 1, "P502", "snippet records no output: put its printed lines under the print as `#> ` lines"))
    return found


def _module_problem(module: str) -> str | None:
    parts = module.split(".")
    private = next((p for p in parts if p.startswith("_")), None)
    if private:
        return f"snippet imports '{module}': '{private}' is private; import only public modules and names"
    if parts[0] not in ALLOWED_MODULES or any(module == d or module.startswith(d + ".") for d in DENIED_SUBMODULES):
        return f"snippet imports '{module}': {_MODULE_RULE}"
    return None


def _import_from_problems(node: ast.ImportFrom) -> list[tuple[str, str]]:
    if node.module == "__future__" and not node.level:  # compiler directives, such as annotations
        return []
    if node.level:
        return [
            (
                "P501",
                f"snippet uses a relative import ('{'.' * node.level}{node.module or ''}'): "
                f"import allowed modules by their full name",
            )
        ]
    message = _module_problem(node.module or "")
    if message:
        return [("P501", message)]
    found = []
    for alias in node.names:
        name, where = alias.name, f"'{alias.name}' from '{node.module}'"
        if name == "*":
            found.append(("P501", f"snippet imports * from '{node.module}': import the names it uses one by one"))
        elif name.startswith("_"):
            found.append(("P501", f"snippet imports {where}: '{name}' is private; import only public names"))
        elif name in REFUSED_MODULE_NAMES or _module_problem(f"{node.module}.{name}"):
            found.append(("P501", f"snippet imports {where}, which is a module snippets may not use; {_MODULE_RULE}"))
        elif name in DYNAMIC_ATTRIBUTES and not (name in ATTRIBUTE_BY_NAME and alias.asname in (None, name)):
            found.append(("P504", f"snippet imports {where}: {_DYNAMIC_RULE}"))  # renamed, its uses escape the rules
        else:
            message = _attribute_problem(name, on_module=True, shown=f"{node.module}.{name}")
            if message:
                found.append(("P505", message))
    return found


def _attribute_problem(attr: str, *, on_module: bool, shown: str | None = None) -> str | None:
    """Why reading ``obj.attr`` is refused; ``on_module``: obj is a name bound by an import."""
    shown = shown or f".{attr}"
    if _is_dunder(attr) and attr not in ALLOWED_DUNDERS:
        return f"'{shown}' reaches into interpreter internals: of the dunder attributes only {_dunders()} are allowed"
    if attr in INTERNAL_ATTRIBUTES:
        return f"'{shown}' reaches into frames, code objects or raw memory, which snippets may not use"
    private_alias = attr.startswith("_") and not _is_dunder(attr) and "_" + attr.lstrip("_") in PRIVATE_ALIASES
    if attr in OS_ATTRIBUTES or private_alias:
        return f"'{shown}' leads to the OS or to files: snippets may only compute and print"
    if on_module and attr.startswith("_"):
        return f"'{shown}' is private to its module: use only the public names of allowed modules"
    if on_module and attr in REFUSED_MODULE_NAMES:
        return f"'{shown}' is the module '{attr}', which snippets may not use: {_MODULE_RULE}"
    return None


def _attribute_name_arguments(name: str, call: ast.Call) -> str | None:
    """getattr(obj, "name") and friends: the name must be a constant that passes the attribute rules."""
    index = ATTRIBUTE_BY_NAME[name]
    args = call.args if index is None else call.args[index : index + 1]
    if not args or call.keywords or any(isinstance(a, ast.Starred) for a in call.args):
        args = [None]
    for arg in args:
        if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
            return f"'{name}' needs the attribute name as a string constant: write obj.name instead"
        for part in arg.value.split("."):
            reason = _attribute_problem(part, on_module=False) or (
                f"'.{part}' starts with '_': only public names are allowed" if part.startswith("_") else None
            )
            if reason:
                return f"'{name}' with '{arg.value}': {reason}"
    return None


def _format_fields_problem(text: str) -> str | None:
    """str.format follows attribute paths in its fields: "{0.__class__}" reads obj.__class__."""
    if "{" not in text:
        return None
    specs = [text]
    while specs:
        try:
            parsed = list(string.Formatter().parse(specs.pop()))
        except ValueError:
            return None  # not a valid format string, so .format() would refuse it too
        for _, field, spec, _ in parsed:
            if spec and len(specs) < 10:
                specs.append(spec)
            if not field:
                continue
            try:
                _, rest = _string.formatter_field_name_split(field)
                attrs = [key for is_attr, key in rest if is_attr]
            except ValueError:
                continue
            for attr in attrs:
                if attr.startswith("_") or _attribute_problem(attr, on_module=False):
                    return f"format field '{{{field}}}' reads '.{attr}': format fields may only read public attributes"
    return None


def _imported_names(nodes: list[ast.AST]) -> set[str]:
    names = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            names.update(a.asname or a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            names.update(a.asname or a.name for a in node.names)
    return names


def _root_name(node: ast.Attribute) -> str | None:
    """``np`` for ``np.linalg.norm``; None when the chain starts elsewhere (a call, a subscript)."""
    value = node.value
    while isinstance(value, ast.Attribute):
        value = value.value
    return value.id if isinstance(value, ast.Name) else None


def _dotted(node: ast.Attribute) -> str:
    """``codecs.open`` for a chain of names; ``.attr`` when it starts elsewhere."""
    parts = [node.attr]
    value = node.value
    while isinstance(value, ast.Attribute):
        parts.append(value.attr)
        value = value.value
    return ".".join([value.id, *reversed(parts)]) if isinstance(value, ast.Name) else f".{node.attr}"


def _callee_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else None


def _is_dunder(name: str) -> bool:
    return len(name) > 4 and name.startswith("__") and name.endswith("__")


def _dunders() -> str:
    return ", ".join(sorted(ALLOWED_DUNDERS))
