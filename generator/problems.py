"""Problems found in the corpus, reported as ``path:line:column: CODE message``."""

from __future__ import annotations

from dataclasses import dataclass


def shown(text: str) -> str:
    """Text from a file made safe for a terminal: every unprintable character as an escape.

    A crafted key or file name can then neither forge a second problem line (a newline)
    nor send escape codes or reorder what the reader sees (bidirectional controls).
    """
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one place in one file."""

    path: str
    line: int
    column: int
    code: str
    message: str

    def __str__(self) -> str:
        return f"{shown(self.path)}:{self.line}:{self.column}: {self.code} {shown(self.message)}"


class CorpusError(Exception):
    """Raised when the corpus has problems; carries all of them, sorted."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(set(problems))
        super().__init__(f"{len(self.problems)} problem(s) in the corpus")

    def report(self) -> str:
        return "\n".join(str(p) for p in self.problems)


# Every code the generator can emit, with what it means. Tests check that each
# one has a failing fixture under tests/fixtures/cases/.
CODES: dict[str, str] = {
    "E001": "file is not valid UTF-8",
    "E002": "file is larger than the size cap",
    "E003": "YAML syntax error",
    "E004": "tab used as indentation",
    "E005": "duplicate mapping key",
    "E006": "YAML anchor, alias or merge key",
    "E007": "explicit YAML tag",
    "E008": "more than one YAML document in a file",
    "E009": "file does not hold a mapping at the top level",
    "E010": "mapping key is not a plain string",
    "E011": "control or bidirectional-override character",
    "E012": "not a regular file, or cannot be read",
    "E013": "a comment cuts an unquoted value short",
    "S101": "required field is missing",
    "S102": "unknown field",
    "S103": "value has the wrong type",
    "S104": "value is not allowed",
    "V201": "question id used by more than one file",
    "V202": "related question does not exist",
    "V203": "round lists a question that does not exist",
    "V204": "question is not listed in any round",
    "V205": "question listed more than once in the rounds",
    "V206": "question file sits in another round's folder",
    "V207": "glossary term names a question that does not exist",
    "V208": "glossary term id used twice",
    "V209": "snippet path leaves corpus/",
    "V210": "snippet file does not exist",
    "V211": "link to a question that does not exist",
    "V212": "link to a glossary term that does not exist",
    "V213": "question lists itself as related",
    "V214": "question folder is not a round",
    "V215": "round id used twice",
    "V216": "unexpected file under questions/",
    "V217": "file or folder name is not a slug",
    "V218": "question id is reserved",
    "V219": "question uses a tag that tags.yaml does not define",
    "V220": "tag is on fewer than two questions",
    "V221": "tag defined twice",
    "V222": "related question listed twice",
    "V223": "TODO left from the question stub",
    "V224": "a round's cheat sheet is over its printed-page budget",
    "V230": "plan days not numbered 1 to 7 per week, in order, without gaps",
    "V231": "plan day in the wrong week",
    "V232": "plan day's tasks take longer than its budget",
    "V233": "plan names a question that does not exist",
    "V234": "plan names a mock that does not exist",
    "V235": "question not scheduled in week 1 of the plan",
    "V236": "question not scheduled again after week 1",
    "V237": "mock not scheduled, or scheduled twice",
    "V238": "plan weeks not numbered 1, 2, 3 in order",
    "V239": "mock task without its mock, or a mock named by another kind of task",
    "V240": "mock names a question that does not exist",
    "V241": "mock's segments do not add up to its minutes",
    "V242": "mock's round does not exist",
    "V243": "mock cites a question that is not one of its own",
    "V244": "mock asks a follow-up that does not exist",
    "V245": "mock segment has the wrong parts for its kind",
    "V246": "mock does not open, probe, throw a curveball and wrap up",
    "V247": "unexpected file under mocks/",
    "M301": "raw HTML in Markdown",
    "M302": "link with a forbidden scheme",
    "M303": "attribute-list braces in Markdown",
    "M304": "snippet include (`--8<--`) in contributed text",
    "M305": "heading level reserved for the page",
    "M306": "mkdocstrings block (`:::`) in contributed text",
    "M307": "too many `[` in one prose field",
    "M308": "list started right after a paragraph line (shows as text)",
    "M309": "link inside the guide not written as [text](q:<id>) or [text](g:<id>)",
    "C401": "short answer outside 70 to 130 words",
    "C402": "deep dive outside 300 to 700 words",
    "C403": "code span in the two-minute answer",
    "P501": "snippet imports a module outside the allowed ones",
    "P502": "snippet records no #> output",
    "P503": "snippet is not valid Python",
    "P504": "snippet runs or imports code dynamically",
    "P505": "snippet reaches into interpreter internals, the OS or files",
    "P506": "snippet line longer than 88 characters",
}
