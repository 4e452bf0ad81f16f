"""Print the cheat sheets and each round to PDF with Chromium, from a built site.

The PDFs are printed from the site's own pages, so paper and screen never diverge. They go to a
folder of their own (``.cache/pdf/``) with a manifest that records the fingerprint of everything
the pages are made from and the address the site is published at; a MkDocs build copies them
into ``downloads/`` and links them only while both still match, so a site never links a stale
PDF (``make pdf``: build and print, then build again).
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import http.server
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from .corpus import Corpus
from .pipeline import load_checked
from .render import CHEAT_SHEETS_PAGE, cheat_sheet_page, url_path

CHROMIUM = "/usr/bin/chromium"  # Debian's; Playwright's own browser builds are never downloaded
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PAPERS = {"a4": "A4", "letter": "Letter"}
MANIFEST = "manifest.json"
DEFAULT_OUT = Path(".cache/pdf")
# Everything a printed page is made from, relative to the project root: a change to any of them
# makes the PDFs stale.
FINGERPRINT_INPUTS = ("corpus", "generator", "docs/stylesheets", "overrides", "mkdocs.yml", "requirements.lock")


class PdfError(Exception):
    """Printing cannot start or did not finish; the message says what to do."""


@dataclass(frozen=True)
class Document:
    """One PDF: its file name, its title and the site pages it prints, in order, with their titles."""

    name: str
    title: str
    paper: str
    pages: tuple[tuple[str, str], ...]  # (URL path under the site, outline title)


def cheat_sheet_name(round_id: str | None, paper: str) -> str:
    return f"cheat-sheet-{round_id}-{paper}.pdf" if round_id else f"cheat-sheet-{paper}.pdf"


def round_name(round_id: str, paper: str) -> str:
    return f"round-{round_id}-{paper}.pdf"


def documents(corpus: Corpus) -> list[Document]:
    """Every PDF the site offers: the whole guide's cheat sheet, each round's, and each round's
    questions in one document, on A4 and on US Letter."""
    number = {q.id: n for n, q in enumerate(corpus.questions, start=1)}
    by_id = {q.id: q for q in corpus.questions}
    docs = []
    for paper in PAPERS:
        docs.append(
            Document(
                cheat_sheet_name(None, paper),
                "Cheat sheet: the whole guide",
                paper,
                ((url_path(CHEAT_SHEETS_PAGE), "Cheat sheet"),),
            )
        )
        for r in corpus.rounds:
            title = f"Cheat sheet: {r.title}"
            docs.append(
                Document(cheat_sheet_name(r.id, paper), title, paper, ((url_path(cheat_sheet_page(r.id)), title),))
            )
        for r in corpus.rounds:
            pages = tuple(
                (url_path(by_id[i].page), f"{number[i]}. {by_id[i].model.title}") for i in r.questions if i in by_id
            )
            docs.append(Document(round_name(r.id, paper), r.title, paper, pages))
    return docs


def fingerprint(project: Path) -> str:
    """A hash of every file the printed pages are made from (paths and bytes, sorted)."""
    digest = hashlib.sha256()
    for name in FINGERPRINT_INPUTS:
        base = project / name
        files = sorted(p for p in base.rglob("*") if p.is_file()) if base.is_dir() else [base]
        for path in files:
            if "__pycache__" in path.parts or not path.exists():
                continue
            digest.update(path.relative_to(project).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def fresh(folder: Path, project: Path, site_url: str) -> dict | None:
    """The manifest of the PDFs in ``folder`` if they were printed from the project as it is now,
    for a site published at ``site_url`` (their links point there)."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if manifest.get("fingerprint") != fingerprint(project) or manifest.get("site_url") != site_url:
        return None
    if not all((folder / name).is_file() for name in manifest.get("files", {})):
        return None
    return manifest


def _pdf_date(epoch: int) -> str:
    return time.strftime("D:%Y%m%d%H%M%SZ", time.gmtime(epoch))


def published_url(site: Path) -> str:
    """Where the built site says it is published: the home page's canonical address."""
    found = re.search(r'<link rel="canonical" href="([^"]+)"', (site / "index.html").read_text(encoding="utf-8"))
    return found.group(1) if found else ""


def _joined(
    parts: list[tuple[bytes, str]], title: str, epoch: int, *, local: str, published: str
) -> tuple[bytes, list[int]]:
    """One PDF from the printed pages, with an outline entry per page and dates fixed to ``epoch``
    (Chromium writes the time of printing), so the same site prints the same bytes. Links that
    start with ``local`` (the server the pages were printed from) are made to start with
    ``published`` (where the site is published)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, TextStringObject

    writer = PdfWriter()
    starts = []
    for data, outline in parts:
        starts.append(len(writer.pages))
        writer.append(PdfReader(io.BytesIO(data)), outline_item=outline if len(parts) > 1 else None)
    for page in writer.pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            uri = action.get("/URI") if action else None
            if isinstance(uri, str) and uri.startswith(local):
                action[NameObject("/URI")] = TextStringObject(published + uri.removeprefix(local))
    date = _pdf_date(epoch)
    writer.add_metadata(
        {"/Title": title, "/Creator": "AI Engineer Interview Guide", "/CreationDate": date, "/ModDate": date}
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), starts


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # one line per request would bury the summary
        pass


def _require_chromium() -> None:
    if not os.access(CHROMIUM, os.X_OK):
        raise PdfError(
            f"printing PDFs needs Chromium at {CHROMIUM} (Debian: apt-get install chromium); "
            "the site builds without them and its downloads page says so"
        )


def build_and_print(project: Path, out: Path, *, epoch: int) -> dict:
    """Build the project's site into a temporary folder and print it into ``out`` (what `make pdf`
    runs before its final build). The PDFs are stamped with the fingerprint of the project as it
    was built, and kept only if nothing changed while they printed."""
    _require_chromium()  # before a build that would be wasted
    corpus = load_checked(project / "corpus")
    built_from = fingerprint(project)
    with tempfile.TemporaryDirectory(prefix="guide-print-") as folder:
        site = Path(folder) / "site"
        result = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", "mkdocs.yml", "-d", str(site)],
            cwd=project,
            capture_output=True,
            text=True,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(project)},
        )
        if result.returncode != 0:
            raise PdfError(f"the site did not build, so nothing was printed:\n{result.stderr.strip()}")
        return print_site(site, corpus, out, epoch=epoch, project=project, built_from=built_from)


def print_site(
    site: Path,
    corpus: Corpus,
    out: Path,
    *,
    epoch: int,
    project: Path,
    built_from: str,
    only: list[Document] | None = None,
) -> dict:
    """Print every document of ``documents(corpus)`` (or ``only`` these) from the built ``site``
    into ``out``, with a manifest naming ``built_from``, the fingerprint of the project the site
    was built from.

    The folder is replaced only when every page printed and the project still has that
    fingerprint: a failure leaves the previous PDFs as they were.
    """
    _require_chromium()
    published = published_url(site)
    if not published.startswith("https://"):
        raise PdfError(f"{site}/index.html names no https address (site_url) for the links inside the PDFs")
    docs = documents(corpus) if only is None else only
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site.resolve()))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        local = f"http://127.0.0.1:{server.server_port}/"
        printed = asyncio.run(_print_pages(local, docs))
        files = {}
        for doc in docs:
            parts = [(printed[(path, doc.paper)], outline) for path, outline in doc.pages]
            data, starts = _joined(parts, doc.title, epoch, local=local, published=published)
            (staging / doc.name).write_bytes(data)
            files[doc.name] = {"title": doc.title, "paper": doc.paper, "bytes": len(data), "starts": starts}
        if fingerprint(project) != built_from:
            raise PdfError("the project changed while its pages printed; the PDFs were not kept: run it again")
        manifest = {"fingerprint": built_from, "site_url": published, "files": files}
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        staging.chmod(0o755)
        if out.exists():
            shutil.rmtree(out)
        os.replace(staging, out)
    finally:
        server.shutdown()
        shutil.rmtree(staging, ignore_errors=True)
    return manifest


async def _print_pages(base: str, docs: list[Document]) -> dict[tuple[str, str], bytes]:
    """Each (page, paper) the documents need, printed once, by one browser tab per core."""
    from playwright.async_api import Error as PlaywrightError
    from playwright.async_api import async_playwright

    todo = sorted({(path, doc.paper) for doc in docs for path, _ in doc.pages})
    printed: dict[tuple[str, str], bytes] = {}

    async def work(tab) -> None:
        while todo:
            path, paper = todo.pop()
            response = await tab.goto(base + path, wait_until="load")
            if response is None or not response.ok:  # never print a 404 page in place of a question
                raise PdfError(f"{path} did not load (HTTP {response.status if response else 'error'})")
            printed[(path, paper)] = await tab.pdf(format=PAPERS[paper], print_background=True)

    try:
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
            # Printed as a reader without JavaScript sees the page (the print stylesheet opens the
            # follow-up hints), which also halves the time a page takes to load.
            context = await browser.new_context(java_script_enabled=False)
            tabs = []
            for _ in range(max(1, min(4, os.cpu_count() or 1))):
                tab = await context.new_page()
                await tab.route(lambda url: not url.startswith(base), lambda route: route.abort())  # stay on the site
                tabs.append(tab)
            await asyncio.gather(*(work(tab) for tab in tabs))
            await browser.close()
    except PlaywrightError as err:
        raise PdfError(f"Chromium failed while printing: {err}") from None
    return printed
