"""The MkDocs build: strict, complete, reproducible, self-contained, and safe with hostile input."""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import ROOT, VALID, study_order

from generator import downloads
from generator.bench import copy_project, plain_project
from generator.pipeline import load_checked


def build(
    project: Path, site: Path, epoch: str = "1764000000", site_url: str | None = None
) -> subprocess.CompletedProcess:
    env = {**os.environ, "SOURCE_DATE_EPOCH": epoch, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(project)}
    if site_url is not None:  # where it will be served: Material's instant navigation works only there
        env["SITE_URL"] = site_url
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(site)],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )


def project_copy(tmp_path: Path) -> Path:
    """A copy of the project to break without touching the real one."""
    copy_project(tmp_path / "project")
    return tmp_path / "project"


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> tuple[Path, str]:
    site = tmp_path_factory.mktemp("site")
    result = build(ROOT, site)
    assert result.returncode == 0, result.stderr
    return site, result.stderr


def digest(site: Path) -> dict[str, str]:
    return {
        p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


def test_strict_build_has_no_warnings(built) -> None:
    _, log = built
    assert not [line for line in log.splitlines() if line.startswith(("WARNING", "ERROR"))]


def test_every_page_exists(built) -> None:
    site, _ = built
    expected = [
        "index.html",
        "how-to-use/index.html",
        "contributing/index.html",
        "reference/index.html",
        "glossary/index.html",
        "tags/index.html",
        "questions/index.html",
        "search/search_index.json",
        "cheat-sheets/index.html",
        "downloads/index.html",
    ]
    # every round and every question file of the corpus, found from the files themselves
    questions = sorted((ROOT / "corpus/questions").glob("*/*.yaml"))
    expected += sorted({f"questions/{q.parent.name}/index.html" for q in questions})
    expected += [f"questions/{q.parent.name}/{q.stem}/index.html" for q in questions]
    expected += sorted({f"cheat-sheets/{q.parent.name}/index.html" for q in questions})
    assert [p for p in expected if not (site / p).is_file()] == []


def test_downloads_page_offers_every_export_with_its_size_and_the_corpus_date(built) -> None:
    import jsonschema

    site, _ = built
    page = (site / "downloads/index.html").read_text()
    for name in (downloads.JSON, downloads.SCHEMA, downloads.CSV, downloads.DECK):
        data = (site / "downloads" / name).read_bytes()
        assert f'href="{name}"' in page
        assert f"<td>{downloads.size(len(data))}</td>" in page
    corpus = json.loads((site / "downloads" / downloads.JSON).read_text(encoding="utf-8"))
    schema = json.loads((site / "downloads" / downloads.SCHEMA).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(corpus)
    assert len(corpus["questions"]) == len(study_order())
    assert "the corpus of 24 November 2025" in page  # SOURCE_DATE_EPOCH of build()


def test_nothing_is_loaded_from_another_site(built) -> None:
    site, _ = built
    # any tag that makes the browser fetch something; a canonical link is only metadata
    fetching = re.compile(
        r"<(?:script|link|img|iframe|source|video|audio)\b[^>]*\b(?:src|href)=\"(?:https?:)?//[^>]*>", re.I
    )
    offenders = {
        (p.relative_to(site).as_posix(), tag)
        for p in site.rglob("*.html")
        for tag in fetching.findall(p.read_text())
        if 'rel="canonical"' not in tag
    }
    assert offenders == set()
    css = "".join(p.read_text() for p in site.rglob("*.css"))
    assert "fonts.googleapis" not in css and "@import url(http" not in css


def test_question_page_content_and_edit_link(built) -> None:
    site, _ = built
    round_id, ident = study_order()[0]
    html = (site / f"questions/{round_id}/{ident}/index.html").read_text()
    assert "The two-minute answer" in html
    assert f"/edit/main/corpus/questions/{round_id}/{ident}.yaml" in html
    assert html.index("The two-minute answer") < html.index('id="deep-dive"')
    assert 'href="../../../how-to-use/#levels"' in html  # the level explains itself
    assert f"/issues/new?template=wrong-answer.yml&amp;question={ident}&amp;" in html  # report, id filled in
    assert "CC BY-SA 4.0" in html and "MIT License" in html  # the footer names both licences


def test_every_question_page_has_each_section_as_a_heading(built) -> None:
    # a section title glued to the paragraph before it renders as text, not as a heading
    site, _ = built
    sections = [
        "The two-minute answer",
        "Deep dive",
        "Key facts",
        "What the interviewer grades",
        "Follow-ups",
        "Related questions",
        "References",
    ]
    missing = {}
    for round_id, ident in study_order():
        html = (site / f"questions/{round_id}/{ident}/index.html").read_text()
        headings = [re.sub(r"<[^>]+>", "", h).strip("¶ \n") for h in re.findall(r"<h2[^>]*>(.*?)</h2>", html, re.S)]
        if [s for s in sections if s not in headings] or "## " in re.sub(r"<pre.*?</pre>", "", html, flags=re.S):
            missing[ident] = headings
    assert missing == {}


def test_search_indexes_what_readers_look_for_and_not_the_rest(built) -> None:
    site, _ = built
    docs = json.loads((site / "search/search_index.json").read_text())["docs"]
    round_id, ident = study_order()[0]
    sections = {
        d["location"].split("#", 1)[1] for d in docs if d["location"].startswith(f"questions/{round_id}/{ident}/#")
    }
    assert {"the-two-minute-answer", "deep-dive"} <= sections
    excluded = {
        "key-facts",
        "what-the-interviewer-grades",
        "follow-ups",
        "run-it",
        "related-questions",
        "glossary",
        "references",
    }
    assert [d["location"] for d in docs if d["location"].split("#")[-1] in excluded] == []
    assert not [
        d for d in docs if d["location"].startswith(("contributing/", "reference/", "cheat-sheets/", "downloads/"))
    ]
    # lists that only repeat question titles: a title is found on its own page
    text = {d["location"]: d["text"] for d in docs}
    assert "Explained in" not in " ".join(t for loc, t in text.items() if loc.startswith("glossary/"))
    assert "asked most by" not in text[f"questions/{round_id}/{ident}/"]
    lists = {"questions/", *(f"questions/{round_id}/" for round_id, _ in study_order())}
    assert not [
        loc for loc, t in text.items() if (loc.startswith("tags/") or loc in lists) and ("<li>" in t or "<td>" in t)
    ]
    assert any(loc.startswith("glossary/#") and t for loc, t in text.items())  # the definitions stay
    # a plan day is found by its title and goal; its task list only names questions; the
    # interviewer's script stays out of search, where a candidate would find it
    days = {loc: t for loc, t in text.items() if loc.startswith("plan/week-") and "#day-" in loc}
    assert days and all(t.startswith("<p>Goal:") and "Done when" not in t for t in days.values())
    assert not [loc for loc in text if loc.startswith("mocks/") and "/interviewer/" in loc]
    assert any(loc.startswith("mocks/") and loc.count("/") == 2 and t for loc, t in text.items())  # briefs stay


def test_navigation_carries_only_the_current_round(built) -> None:
    site, _ = built
    questions = study_order()
    round_id, ident = questions[-1]
    others = [(r, q) for r, q in questions if r != round_id]
    html = (site / f"questions/{round_id}/{ident}/index.html").read_text()
    nav = html.split('class="md-nav md-nav--primary"', 1)[1].split('class="md-content"', 1)[0]
    assert 'href="./"' in nav and f'href="../../{others[0][0]}/"' in nav  # this page, other rounds as links
    assert all(f"/{q}/" not in nav for _, q in others)  # other rounds' questions are pruned


def test_home_page_counts_come_from_the_corpus(built) -> None:
    site, _ = built
    html = (site / "index.html").read_text()
    # Counted here from the files themselves, not through the generator, so a wrong count shows.
    questions = len(list((ROOT / "corpus/questions").glob("*/*.yaml")))
    rounds = (ROOT / "corpus/clusters.yaml").read_text().count("\n  - id: ")
    terms = (ROOT / "corpus/glossary.yaml").read_text().count("\n  - id: ")
    assert re.search(rf"\b{questions} questions across {rounds} rounds\b", html)
    assert re.search(rf"\({terms} terms\)", html)
    assert "{{" not in html


def test_same_source_date_gives_a_byte_identical_site(built, tmp_path: Path) -> None:
    site, _ = built
    again = tmp_path / "again"
    assert build(ROOT, again).returncode == 0
    first, second = digest(site), digest(again)
    assert [p for p in first if first[p] != second.get(p)] == []
    assert first.keys() == second.keys()


def test_the_benchmarks_plain_mkdocs_build_makes_the_same_files(built, tmp_path: Path) -> None:
    """`make bench` compares our build with plain MkDocs on the same pages: both must make them."""
    site, _ = built
    project = project_copy(tmp_path)
    plain_project(project, load_checked(project / "corpus"))
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(project / "plain.yml"), "-d", str(tmp_path / "plain")],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stderr  # not strict: without macros the home page's Jinja stays text

    def files(root: Path) -> set[str]:
        return {
            p.relative_to(root).as_posix() for p in root.rglob("*") if p.suffix in (".html", ".json", ".csv", ".apkg")
        }

    ours = {f for f in files(site) if not f.endswith(".pdf")}
    assert files(tmp_path / "plain") == ours


def test_generated_pages_are_never_rendered_as_templates(tmp_path: Path) -> None:
    project = project_copy(tmp_path)
    shutil.rmtree(project / "corpus")
    shutil.copytree(VALID, project / "corpus")  # the fixture corpus: its sizes do not move with the content
    question = project / "corpus/questions/alpha/first.yaml"
    text = question.read_text()
    assert "### How it works\n" in text
    question.write_text(
        text.replace(
            "### How it works\n", "### How it works\n  Template text {{ 6 * 7 }} stays {% if 1 %}raw{% endif %}.\n", 1
        )
    )
    result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "site/questions/alpha/first/index.html").read_text()
    assert "Template text {{ 6 * 7 }} stays {% if 1 %}raw{% endif %}." in html
    assert "Template text 42" not in html


def test_a_broken_corpus_fails_the_build_with_positions_and_keeps_the_old_site(tmp_path: Path) -> None:
    project = project_copy(tmp_path)
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("previous build")
    question = next((project / "corpus/questions").glob("*/*.yaml"))  # any real question will do
    lines = question.read_text().split("\n")
    level = next(n for n, line in enumerate(lines) if line.startswith("level: "))
    lines.insert(level + 1, "level: deep")
    question.write_text("\n".join(lines))
    result = build(project, site)
    assert result.returncode != 0
    shown = question.relative_to(project).as_posix()
    assert f"{shown}:{level + 2}:1: E005 duplicate key 'level'" in result.stderr
    assert "Traceback" not in result.stderr
    assert (site / "index.html").read_text() == "previous build"


def test_a_hand_written_page_is_never_replaced(tmp_path: Path) -> None:
    project = project_copy(tmp_path)
    (project / "docs/glossary.md").write_text("# My glossary\n")
    result = build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "docs/glossary.md is hand-written" in result.stderr
    assert (project / "docs/glossary.md").read_text() == "# My glossary\n"


def _plain_environment() -> dict[str, str]:
    """What a user has after `source .venv/bin/activate`: the venv's scripts first, no PYTHONPATH."""
    scripts = str(Path(sys.executable).parent)
    return {
        "PATH": f"{scripts}:/usr/bin:/bin",
        "VIRTUAL_ENV": str(Path(scripts).parent),
        "HOME": os.environ.get("HOME", "/tmp"),
        "NO_MKDOCS_2_WARNING": "1",
        "SOURCE_DATE_EPOCH": "1764000000",
    }


def test_mkdocs_build_works_as_typed_from_any_folder(tmp_path: Path) -> None:
    mkdocs = Path(sys.executable).parent / "mkdocs"
    result = subprocess.run(
        [str(mkdocs), "build", "--strict", "-f", str(ROOT / "mkdocs.yml"), "-d", str(tmp_path / "site")],
        cwd=tmp_path,
        env=_plain_environment(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    round_id, ident = study_order()[0]
    assert (tmp_path / f"site/questions/{round_id}/{ident}/index.html").is_file()


@contextlib.contextmanager
def serving(config_file: Path, cwd: Path):
    """`mkdocs serve --strict` as `make serve` runs it; yields a function that fetches a path."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    mkdocs = Path(sys.executable).parent / "mkdocs"
    environment = {**_plain_environment(), "SITE_URL": f"http://127.0.0.1:{port}/"}  # as `make serve` sets it
    server = subprocess.Popen(
        [str(mkdocs), "serve", "--strict", "-f", str(config_file), "-a", f"127.0.0.1:{port}"],
        cwd=cwd,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )

    def fetch(path: str) -> str:
        for _ in range(120):  # the first build takes a few seconds
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/{path}", timeout=2) as reply:
                    return reply.read().decode()
            except OSError:
                assert server.poll() is None, server.stdout.read()
                time.sleep(0.5)
        raise AssertionError(f"{path} was never served")

    try:
        yield fetch
    finally:
        with contextlib.suppress(ProcessLookupError):  # it may have stopped on its own
            os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def test_mkdocs_serve_works_as_typed(tmp_path: Path) -> None:
    round_id, ident = study_order()[0]
    with serving(ROOT / "mkdocs.yml", tmp_path) as fetch:
        assert "The two-minute answer" in fetch(f"questions/{round_id}/{ident}/")


def test_serve_previews_a_draft_with_its_problems_but_the_build_refuses_it(tmp_path: Path) -> None:
    project = project_copy(tmp_path)
    shutil.rmtree(project / "corpus")
    shutil.copytree(VALID, project / "corpus")
    question = project / "corpus/questions/alpha/second.yaml"
    text = question.read_text()
    answer = text.split("short_answer: |\n", 1)[1].split("deep_dive:", 1)[0]
    question.write_text(text.replace(answer, "  A draft answer, still far too short.\n", 1))
    clusters = project / "corpus/clusters.yaml"
    clusters.write_text(clusters.read_text().replace("questions: [first, second]", "questions: [first]"))

    with serving(project / "mkdocs.yml", project) as fetch:
        page = fetch("questions/alpha/second/")
        assert "Draft preview" in page and "C401" in page and "V204" in page
        assert "A draft answer, still far too short." in page  # the draft itself is readable
        assert "Draft preview" not in fetch("questions/alpha/first/")  # only the page with problems
        assert "Fixture second" in fetch("questions/alpha/")  # listed at the end of its round meanwhile

    result = build(project, tmp_path / "site")
    assert result.returncode == 1
    assert "C401" in result.stderr and "V204" in result.stderr


def test_serve_still_stops_on_a_structural_problem(tmp_path: Path) -> None:
    project = project_copy(tmp_path)
    shutil.rmtree(project / "corpus")
    shutil.copytree(VALID, project / "corpus")
    (project / "corpus/clusters.yaml").write_text("rounds: [\n")
    mkdocs = Path(sys.executable).parent / "mkdocs"
    result = subprocess.run(
        [str(mkdocs), "serve", "--strict", "-f", str(project / "mkdocs.yml"), "-a", "127.0.0.1:0"],
        cwd=project,
        env=_plain_environment(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "clusters.yaml:2:1: E003" in result.stdout + result.stderr


def test_the_study_tools_stay_small(built) -> None:
    """The reader's tools (progress, drills, daily numbers) and the site's own styles: at most
    20 KB compressed together, as a static host serves them."""
    site, _ = built
    sent = sum(
        len(gzip.compress((site / path).read_bytes(), compresslevel=9))
        for path in ("javascripts/progress.js", "stylesheets/guide.css")
    )
    assert sent <= 20 * 1024, sent
