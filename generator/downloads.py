"""The files of the downloads page: the corpus exports, the PDFs when they are current, and the
page that lists them with their sizes and the date of the corpus they came from."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from . import export_anki, export_csv, export_json, pdf
from .corpus import Corpus
from .render import CHEAT_SHEETS_PAGE, cheat_sheet_page, environment, link, round_page

PAGE = "downloads/index.md"
FOLDER = "downloads"
JSON, SCHEMA, CSV, DECK = "corpus.json", "corpus.schema.json", "questions.csv", "ai-engineer-interview-guide.apkg"


@dataclass(frozen=True)
class Downloads:
    exports: dict[str, bytes]  # file name -> content
    pdfs: dict[str, Path]  # file name -> the printed file, when the PDFs are current
    pdf_sizes: dict[str, int]
    epoch: int


def source_date(corpus_root: Path) -> int:
    """The corpus's date: SOURCE_DATE_EPOCH when set (the Makefile sets it, for reproducible
    builds), else the time of the last commit that changed the corpus, else the newest
    modification time of a corpus file (a copy outside git)."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if value.isdigit():
        return int(value)
    try:
        committed = subprocess.run(
            ["git", "log", "-1", "--format=%ct", "--", "."],
            cwd=corpus_root,
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        committed = ""
    if committed.isdigit():
        return int(committed)
    return int(max((p.stat().st_mtime for p in corpus_root.rglob("*") if p.is_file()), default=0))


def collect(corpus: Corpus, *, site_url: str, project: Path) -> Downloads:
    """Every downloadable file; PDFs only if they were printed from the project as it is now."""
    epoch = source_date(corpus.root)
    exports = {
        JSON: export_json.corpus_json(corpus, site_url=site_url),
        SCHEMA: export_json.corpus_json_schema(),
        CSV: export_csv.questions_csv(corpus, site_url=site_url),
        DECK: export_anki.anki_deck(corpus, site_url=site_url, timestamp=epoch),
    }
    folder = project / pdf.DEFAULT_OUT
    manifest = pdf.fresh(folder, project, site_url)
    wanted = {doc.name for doc in pdf.documents(corpus)}
    if manifest is None or not wanted <= set(manifest["files"]):
        return Downloads(exports, {}, {}, epoch)
    return Downloads(
        exports,
        {name: folder / name for name in sorted(wanted)},
        {name: manifest["files"][name]["bytes"] for name in wanted},
        epoch,
    )


def size(n: int) -> str:
    """A file size as people read it: 940 bytes, 12 KB, 1.4 MB (powers of 1,000)."""
    if n < 1000:
        return f"{n} bytes"
    if n < 1_000_000:
        return f"{round(n / 1000)} KB"
    return f"{n / 1_000_000:.1f} MB"


def pdf_links(from_page: str, downloads: Downloads, name_for_paper) -> str:
    """`PDF: A4 (120 KB) · US Letter (118 KB)` for the document whose names ``name_for_paper`` gives."""
    if not downloads.pdfs:
        return ""
    links = [
        f"[{label} ({size(downloads.pdf_sizes[name_for_paper(paper)])})]"
        f"({link(from_page, f'{FOLDER}/{name_for_paper(paper)}')})"
        for paper, label in (("a4", "A4"), ("letter", "US Letter"))
    ]
    return "PDF: " + " · ".join(links)


def _day(epoch: int) -> str:
    """``24 November 2025``: the day, in UTC, as the page says it."""
    day = datetime.fromtimestamp(epoch, UTC)
    return f"{day.day} {day:%B %Y}"


def page_links(corpus: Corpus, downloads: Downloads) -> dict[str, str]:
    """For each cheat sheet and round page, the line that links its PDFs (none without PDFs)."""
    if not downloads.pdfs:
        return {}
    links = {
        CHEAT_SHEETS_PAGE: pdf_links(CHEAT_SHEETS_PAGE, downloads, lambda paper: pdf.cheat_sheet_name(None, paper))
    }
    for r in corpus.rounds:
        sheet, questions = cheat_sheet_page(r.id), round_page(r.id)
        links[sheet] = pdf_links(sheet, downloads, lambda paper, r=r: pdf.cheat_sheet_name(r.id, paper))
        links[questions] = pdf_links(questions, downloads, lambda paper, r=r: pdf.round_name(r.id, paper))
    return links


def page(corpus: Corpus, downloads: Downloads) -> str:
    """The downloads page's Markdown."""
    rounds = [
        {
            "round": r,
            "sheet": link(PAGE, cheat_sheet_page(r.id)),
            "sheet_pdf": lambda paper, r=r: pdf.cheat_sheet_name(r.id, paper),
            "round_pdf": lambda paper, r=r: pdf.round_name(r.id, paper),
        }
        for r in corpus.rounds
    ]
    return (
        environment()
        .get_template("downloads.md.j2")
        .render(
            page=PAGE,
            rounds=rounds,
            downloads=downloads,
            date=_day(downloads.epoch),
            whole_sheet=link(PAGE, CHEAT_SHEETS_PAGE),
            whole_pdf=lambda paper: pdf.cheat_sheet_name(None, paper),
            size=size,
            files={"json": JSON, "schema": SCHEMA, "csv": CSV, "deck": DECK},
            counts={"questions": len(corpus.questions), "terms": len(corpus.terms)},
        )
    )
