"""Benchmark: time load, render and a full strict build as the corpus grows.

Run with ``make bench`` (or ``python -m generator.bench [--sizes 1 10 40]``). Each size
copies every question of the real corpus under new ids in the same round, so the
synthetic corpus is as valid and as rich as the real one (10 copies is the planned 50
questions). The figures to watch: build time per question should stay flat or fall; "big page" is the
first question page of the largest round, whose navigation lists that round, so it grows by
one line per question added there; "index/q" is the search index every first visit
downloads, per question.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
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
    navigation grows, by one line per question added to that round.
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
    return sum(len(r["questions"]) for r in clusters["rounds"])


def _timed(action):
    start = time.perf_counter()
    result = action()
    return result, time.perf_counter() - start


def measure(copies: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="guide-bench-") as scratch:
        project = Path(scratch) / "project"
        count = copy_project(project, copies)
        corpus, load_s = _timed(lambda: load_checked(project / "corpus"))
        _, render_s = _timed(lambda: render(corpus))
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1764000000", "PYTHONPATH": str(project)}
        site = Path(scratch) / "site"
        build, build_s = _timed(
            lambda: subprocess.run(
                [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
                cwd=project,
                env=env,
                capture_output=True,
                text=True,
            )
        )
        if build.returncode != 0:
            raise SystemExit(f"build failed at {count} questions:\n{build.stderr}")
        # the page that grows most: the first question of the largest round (its navigation lists the round)
        largest = max(corpus.rounds, key=lambda r: len(r.questions))
        probe = site / "questions" / largest.id / largest.questions[0] / "index.html"
        index = site / "search/search_index.json"
        return {
            "questions": count,
            "load_s": load_s,
            "render_s": render_s,
            "build_s": build_s,
            "page_kb": probe.stat().st_size / 1024,
            "index_kb_per_q": index.stat().st_size / 1024 / count,
            "site_mb": sum(p.stat().st_size for p in site.rglob("*") if p.is_file()) / 2**20,
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
    args = parser.parse_args(argv)
    print(
        f"{'questions':>9} {'load+check':>11} {'render':>8} {'mkdocs build':>13} {'build/q':>8} "
        f"{'big page':>9} {'index/q':>8} {'site':>8}"
    )
    for copies in args.sizes:
        row = measure(copies)
        print(
            f"{row['questions']:>9} {row['load_s']:>10.3f}s {row['render_s']:>7.3f}s {row['build_s']:>12.2f}s "
            f"{row['build_s'] / row['questions'] * 1000:>6.0f}ms {row['page_kb']:>7.1f}KB "
            f"{row['index_kb_per_q']:>6.1f}KB {row['site_mb']:>6.1f}MB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
