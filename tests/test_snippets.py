"""Every snippet runs in the sandbox, and prints exactly the output recorded in its #> lines."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from test_sandbox import require_bwrap

from generator import sandbox
from generator.pipeline import load_checked
from generator.render import render
from generator.snippets import ALLOWED_MODULES, expected_output, problems

ROOT = Path(__file__).resolve().parent.parent
CORPUS = load_checked(ROOT / "corpus")
WITH_SNIPPETS = [q for q in CORPUS.questions if q.snippet_path]


@pytest.mark.parametrize("question", WITH_SNIPPETS, ids=[q.id for q in WITH_SNIPPETS])
def test_snippet_prints_its_recorded_output(question) -> None:
    require_bwrap()
    result = sandbox.run(question.snippet_code)  # contributed code: contained, never run directly
    assert not result.timed_out
    assert result.returncode == 0, result.stderr
    assert result.stdout == expected_output(question.snippet_code)


@pytest.mark.parametrize("question", WITH_SNIPPETS, ids=[q.id for q in WITH_SNIPPETS])
def test_page_shows_the_file_that_ran(question) -> None:
    page = render(CORPUS).get(question.page).markdown
    assert question.snippet_code.rstrip("\n") in page


def test_every_question_has_a_snippet() -> None:
    assert [q.id for q in CORPUS.questions if not q.snippet_path] == []


def test_expected_output_reads_the_marker_lines() -> None:
    code = 'print("a")\n#> a\nprint()\n#>\nprint(" b")\n#>  b\n'
    assert expected_output(code) == "a\n\n b\n"


REFUSED = [
    ("import os", "P501"),
    ("import numpy.f2py", "P501"),
    ("from numpy import testing", "P501"),
    ("from random import _os", "P501"),
    ("from . import helper", "P501"),
    ("from typing import sys", "P501"),
    ("from numpy import *", "P501"),
    ("import numpy._core", "P501"),
    ("eval('1')", "P504"),
    ("__import__('os')", "P504"),
    ("open('x')", "P504"),
    ("f = getattr", "P504"),
    ("getattr(x, name)", "P504"),
    ("getattr(x, '__class__')", "P504"),
    ("setattr(x, '_y', 1)", "P504"),
    ("import operator\noperator.attrgetter('__globals__')", "P504"),
    ("import typing\ntyping.get_type_hints(f)", "P504"),
    ("x.__globals__", "P505"),
    ("g.gi_frame", "P505"),
    ("import typing\ntyping.sys.modules", "P505"),
    ("import codecs\ncodecs.open('x')", "P505"),
    ("import numpy as np\nnp.load('x.npy')", "P505"),
    ("from numpy import load", "P505"),
    ("import random\nrandom._os", "P505"),
    ("import numpy as np\nnp._core", "P505"),
    ("import dataclasses\ndataclasses.inspect", "P505"),
    ("'{0.__class__}'.format(1)", "P505"),
    ("import random\n[random][0]._os.execv('/bin/sh', [])", "P505"),
    ("import typing\nt = typing\nt.types.CodeType", "P505"),
    ("import enum\nm = enum\nm.bltns", "P505"),
    ("import numpy as np\nnp.lib.stride_tricks.as_strided(np.ones(1), (9,), (8,))", "P505"),
    ("__loader__.get_data('x')", "P505"),
    ("match x:\n    case object(__dict__=d):\n        pass", "P505"),
]
ALLOWED = [
    "import numpy as np\nprint(np.linalg.norm(np.select([np.array([True])], [np.ones(2)])))",
    "import collections.abc\nfrom collections import Counter\nprint(Counter('aab').most_common(1))",
    "import re\nprint(re.compile('a').sub('b', 'a'))",
    "import json, math, codecs\nprint(json.dumps(math.pi), codecs.encode('a', 'rot13'))",
    "import operator\nprint(sorted([1j], key=operator.attrgetter('real')), getattr(1, 'real', 0))",
    "class A:\n    def __init__(self):\n        self._n = 0\n"
    "    def __repr__(self):\n        return f'{type(self).__name__}({self._n})'",
    "from __future__ import annotations\nprint('{0.real} {x}'.format(1, x=2), __name__)",
]


@pytest.mark.parametrize(("code", "rule"), REFUSED, ids=[c for c, _ in REFUSED])
def test_rules_refuse_dangerous_code(code: str, rule: str) -> None:
    assert rule in {p[2] for p in problems(code + "\n#> x\n")}


@pytest.mark.parametrize("code", ALLOWED)
def test_rules_allow_ordinary_code(code: str) -> None:
    assert problems(code + "\n#> x\n") == []


PATHOLOGICAL = {
    "unary": "-" * 60_000 + "1",
    "sum": "1" + "+1" * 30_000,
    "index": "x" + "[0]" * 20_000,
    "parens": "(" * 300 + "1" + ")" * 300,
    "nul": "x = 1\0",
}


@pytest.mark.parametrize("code", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_pathological_code_is_a_problem_not_a_crash(code: str) -> None:
    start = time.monotonic()
    found = problems(code + "\n#> 1\n")
    assert [p[2] for p in found] == ["P503"]
    assert time.monotonic() - start < 1


def test_the_contributor_docs_list_exactly_the_allowed_modules() -> None:
    for doc in (ROOT / "CONTRIBUTING.md", ROOT / "docs/contributing.md"):
        listed = re.search(r"standard-library modules(?: with their submodules)?: ([a-z0-9, \n]+)\.", doc.read_text())
        assert listed, doc
        assert {m.strip() for m in listed.group(1).replace("\n", " ").split(",")} == ALLOWED_MODULES - {"numpy"}, doc
