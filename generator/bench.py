"""Benchmark: time load, render and a full strict build as the corpus grows.

Run with ``make bench`` (or ``python -m generator.bench [--sizes 1 10 40]``). Each size
copies every question of the real corpus under new ids in the same round, so the
synthetic corpus is as valid and as rich as the real one (10 copies is the planned 50
questions). The figures to watch: build time per question should stay flat or fall; "big page" is the
first question page of the largest round, whose navigation lists that round, so it grows by
one line per question added there; "index/q" is the search index every first visit
downloads, per question; "site" is the size of the built site on disk.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import yaml

from .pipeline import load_checked
from .render import render

ROOT = Path(__file__).resolve().parent.parent
PROJECT_PARTS = ["mkdocs.yml", "docs", "overrides", "generator", "corpus"]


def copy_project(target: Path, copies: int = 1) -> int:
    """Copy the project into ``target`` with every question present ``copies`` times; returns the count.

    Copy n of question ``q`` is ``q-copy-n`` in the same round, and its related list points at
    the other copies n, so an original page gains no backlinks: only its own round's
    navigation grows, by one line per question added to that round. The study plan schedules
    each copy beside its original, once in week 1 and once later.
    """
    target.mkdir(parents=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copyfile(source, target / part)
    clusters_file = target / "corpus/clusters.yaml"
    clusters = yaml.safe_load(clusters_file.read_text(encoding="utf-8"))  # our own file: plain data only
    for round_ in clusters["rounds"]:
        folder = target / "corpus/questions" / round_["id"]
        originals = list(round_["questions"])
        for n in range(2, copies + 1):
            for ident in originals:
                text = (folder / f"{ident}.yaml").read_text(encoding="utf-8")
                text, found = re.subn(
                    r"^related: \[(.*)\]$",
                    lambda m, n=n: (
                        "related: [" + ", ".join(f"{other.strip()}-copy-{n}" for other in m.group(1).split(",")) + "]"
                    ),
                    text,
                    flags=re.M,
                )
                assert found == 1, f"{ident}: expected one flow-style related line"
                (folder / f"{ident}-copy-{n}.yaml").write_text(
                    text.replace(f"snippet: {ident}.py", f"snippet: {ident}-copy-{n}.py"), encoding="utf-8"
                )
                if (folder / f"{ident}.py").exists():
                    shutil.copyfile(folder / f"{ident}.py", folder / f"{ident}-copy-{n}.py")
                round_["questions"].append(f"{ident}-copy-{n}")
    clusters_file.write_text(yaml.safe_dump(clusters, sort_keys=False, allow_unicode=True), encoding="utf-8")
    if copies > 1:  # the plan schedules each copy where it first schedules its original, in week 1 and later
        plan_file = target / "corpus/plan.yaml"
        plan = yaml.safe_load(plan_file.read_text(encoding="utf-8"))  # our own file: plain data only
        for later in (False, True):
            placed: set[str] = set()
            for day in (d for d in plan["days"] if (int(d["week"]) > 1) == later):
                for task in day["tasks"]:
                    fresh = [i for i in task.get("questions", []) if i not in placed]
                    task["questions"] = task.get("questions", []) + [
                        f"{ident}-copy-{n}" for ident in fresh for n in range(2, copies + 1)
                    ]
                    placed.update(fresh)
        plan_file.write_text(yaml.safe_dump(plan, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return sum(len(r["questions"]) for r in clusters["rounds"])


def _timed(action):
    start = time.perf_counter()
    result = action()
    return result, time.perf_counter() - start


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _build(project: Path, site: Path, config: str = "mkdocs.yml") -> float:
    """CPU seconds of one `mkdocs build` of ``project`` (the child's user and system time)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1764000000", "PYTHONPATH": str(project)}
    before = _child_cpu()
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", config, "-d", str(site)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
    )
    if build.returncode != 0:
        raise SystemExit(f"build of {project / config} failed:\n{build.stderr}")
    return _child_cpu() - before


def plain_project(project: Path, corpus) -> None:
    """Beside our build, the same pages for plain MkDocs: the generated Markdown written into
    docs/, the same theme and extensions, no hooks, macros or API docs (``plain.yml``)."""
    from . import downloads
    from .mkdocs_hooks import (  # the nav our hook builds, written out in full
        _cheat_sheets_nav,
        _drills_nav,
        _mocks_nav,
        _plan_nav,
        _questions_nav,
    )

    docs = project / "plain-docs"
    shutil.copytree(project / "docs", docs)
    files = downloads.collect(corpus, site_url="https://example.org/", project=project)
    written = {path: page.markdown for path, page in render(corpus).items()}
    written[downloads.PAGE] = downloads.page(corpus, files)
    written |= {f"{downloads.FOLDER}/{name}": content for name, content in files.exports.items()}
    for path, content in written.items():
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    sections = {
        "- Questions: questions/index.md": {"Questions": _questions_nav(corpus)},
        "- Cheat sheets: cheat-sheets/index.md": {"Cheat sheets": _cheat_sheets_nav(corpus)},
        "- Study plan: plan/index.md": {"Study plan": _plan_nav(corpus)},
        "- Mock interviews: mocks/index.md": {"Mock interviews": _mocks_nav(corpus)},
        "- Timed drills: drill/index.md": {"Timed drills": _drills_nav(corpus)},
    }
    kept, skipping = [], False
    for line in (project / "mkdocs.yml").read_text(encoding="utf-8").splitlines():
        top = re.match(r"^([a-z_]+):", line)
        if top:
            skipping = top.group(1) in ("hooks", "plugins", "strict")
            if top.group(1) == "docs_dir":
                line, skipping = "docs_dir: plain-docs", False
            if top.group(1) == "plugins":
                kept += ["plugins:", "  - search"]
        if skipping:
            continue
        section = sections.get(line.split("#", 1)[0].strip())
        if section:
            nav = yaml.safe_dump([section], allow_unicode=True, sort_keys=False)
            kept += ["  " + entry for entry in nav.splitlines()]
            continue
        kept.append(line)
    (project / "plain.yml").write_text("\n".join(kept) + "\n", encoding="utf-8")


def serve_loop(project: Path, corpus) -> float:
    """Seconds from saving a question's title to `mkdocs serve` showing the new page."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "PYTHONPATH": str(project),
        "SITE_URL": f"http://127.0.0.1:{port}/",
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--strict", "-a", f"127.0.0.1:{port}"],
        cwd=project,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    question = corpus.questions[0]
    url = f"http://127.0.0.1:{port}/{question.page.removesuffix('.md')}/"

    def page() -> str:
        try:
            with urllib.request.urlopen(url, timeout=5) as reply:
                return reply.read().decode()
        except OSError:
            return ""

    try:
        deadline = time.monotonic() + 600
        while "The two-minute answer" not in page():
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit("mkdocs serve did not come up")
            time.sleep(0.2)
        time.sleep(2)  # let the watcher settle after the first build
        file = project / "corpus" / question.yaml_path
        text = file.read_text(encoding="utf-8")
        marker = "Benchmark edit"
        file.write_text(re.sub(r"^title: ", f"title: {marker} ", text, count=1, flags=re.M), encoding="utf-8")
        saved = time.monotonic()
        while marker not in page():
            if time.monotonic() - saved > 600:
                raise SystemExit("the edited page never appeared")
            time.sleep(0.1)
        return time.monotonic() - saved
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def measure(copies: int, runs: int, serve: bool) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="guide-bench-") as scratch:
        project = Path(scratch) / "project"
        count = copy_project(project, copies)
        corpus, load_s = _timed(lambda: load_checked(project / "corpus"))
        _, render_s = _timed(lambda: render(corpus))
        plain_project(project, corpus)
        site = Path(scratch) / "site"
        ours = statistics.median(_build(project, site) for _ in range(runs))
        plain = statistics.median(_build(project, Path(scratch) / "plain-site", "plain.yml") for _ in range(runs))
        # the page that grows most: the first question of the largest round (its navigation lists the round)
        largest = max(corpus.rounds, key=lambda r: len(r.questions))
        probe = site / "questions" / largest.id / largest.questions[0] / "index.html"
        index = site / "search/search_index.json"
        return {
            "site_mb": sum(f.stat().st_size for f in site.rglob("*") if f.is_file()) / 1e6,
            "questions": count,
            "load_s": load_s,
            "render_s": render_s,
            "ours_s": ours,
            "plain_s": plain,
            "page_kb": probe.stat().st_size / 1024,
            "index_kb_per_q": index.stat().st_size / 1024 / count,
            "serve_s": serve_loop(project, corpus) if serve else float("nan"),
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="+",
        default=[1, 10, 40],
        help="how many times to repeat the corpus (default: 1 10 40)",
    )
    parser.add_argument("--runs", type=int, default=1, help="builds per size; the median counts (default: 1)")
    parser.add_argument("--serve", action="store_true", help="also time save-to-page under `mkdocs serve`")
    args = parser.parse_args(argv)
    print(
        f"{'questions':>9} {'load':>7} {'render':>7} {'ours CPU':>9} {'plain CPU':>10} {'ratio':>6} "
        f"{'ours/q':>7} {'big page':>9} {'index/q':>8} {'site':>8} {'serve':>6}"
    )
    for copies in args.sizes:
        row = measure(copies, args.runs, args.serve)
        print(
            f"{row['questions']:>9} {row['load_s']:>6.2f}s {row['render_s']:>6.2f}s {row['ours_s']:>8.1f}s "
            f"{row['plain_s']:>9.1f}s {row['ours_s'] / row['plain_s']:>5.2f}x "
            f"{row['ours_s'] / row['questions'] * 1000:>5.0f}ms {row['page_kb']:>7.1f}KB "
            f"{row['index_kb_per_q']:>6.1f}KB {row['site_mb']:>6.1f}MB {row['serve_s']:>5.1f}s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
