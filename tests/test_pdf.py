"""The print side: cheat sheets and rounds printed to PDF by Chromium from the built site, read
back with pypdf, and published by the next build only while they are current."""

from __future__ import annotations

import functools
import io
import math
import re
import shutil
from pathlib import Path

import pypdfium2
import pytest
from pypdf import PdfReader
from test_browser import _require_chromium
from test_build import build

from generator import cli, downloads, pdf
from generator.bench import copy_project
from generator.pipeline import load_checked

pytestmark = pytest.mark.browser

EPOCH = 1764000000  # test_build.build's SOURCE_DATE_EPOCH
LETTER_PAGES_PER_QUESTION = 5  # the print budget of one question, on the smaller sheet


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """A copy of the project built, printed and built again, as `make pdf` does."""
    _require_chromium()
    base = tmp_path_factory.mktemp("pdf")
    copy_project(base / "project")
    project = base / "project"
    manifest = pdf.build_and_print(project, project / pdf.DEFAULT_OUT, epoch=EPOCH)
    result = build(project, base / "site")
    assert result.returncode == 0, result.stderr
    yield project, load_checked(project / "corpus"), base / "site", manifest
    shutil.rmtree(base, ignore_errors=True)


@functools.cache
def page_texts(site: Path, name: str) -> tuple[str, ...]:
    """The text of each page, extracted once per file by PDFium (about 20 times faster than pypdf,
    which still reads outlines, metadata and links)."""
    document = pypdfium2.PdfDocument(site / "downloads" / name)
    try:
        return tuple(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()


def reader(site: Path, name: str) -> PdfReader:
    return PdfReader(io.BytesIO((site / "downloads" / name).read_bytes()))


def flat(text: str) -> str:
    """Extracted text with every run of whitespace as one space: a line break is not a difference."""
    return " ".join(text.split())


def plain(markdown_text: str) -> str:
    """A prose field as it reads on paper: links reduced to their text, code marks dropped."""
    return flat(re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", markdown_text).replace("`", ""))


def test_every_pdf_is_published_with_the_site_and_linked(printed) -> None:
    _, corpus, site, manifest = printed
    page = (site / "downloads/index.html").read_text()
    for doc in pdf.documents(corpus):
        published = site / "downloads" / doc.name
        assert published.read_bytes() == (printed[0] / pdf.DEFAULT_OUT / doc.name).read_bytes()
        assert f'href="{doc.name}"' in page
        assert f"PDF, {downloads.size(manifest['files'][doc.name]['bytes'])}" in page
    for round_ in corpus.rounds:
        sheet = (site / f"cheat-sheets/{round_.id}/index.html").read_text()
        questions = (site / f"questions/{round_.id}/index.html").read_text()
        for paper in pdf.PAPERS:
            assert f'href="../../downloads/{pdf.cheat_sheet_name(round_.id, paper)}"' in sheet
            assert f'href="../../downloads/{pdf.round_name(round_.id, paper)}"' in questions
    assert "built without its PDFs" not in page


def test_cheat_sheets_fit_their_page_budget_on_a4_and_letter(printed) -> None:
    _, corpus, site, _ = printed
    for paper in pdf.PAPERS:
        for round_ in corpus.rounds:
            budget = 2 * math.ceil(len(round_.questions) / 10)  # two sheets for a round of ten
            pages = page_texts(site, pdf.cheat_sheet_name(round_.id, paper))
            assert len(pages) <= budget, f"{round_.id} cheat sheet: {len(pages)} {paper} pages, budget {budget}"
            assert flat(pages[0]).startswith(f"Cheat sheet: {round_.title}")  # no chrome above it
        whole = page_texts(site, pdf.cheat_sheet_name(None, paper))
        assert len(whole) <= 10 * math.ceil(len(corpus.questions) / 50), f"whole-guide sheet: {len(whole)} pages"


def test_every_question_starts_its_own_page_at_the_top_and_fits_the_letter_budget(printed) -> None:
    _, corpus, site, manifest = printed
    for round_ in corpus.rounds:
        for paper in pdf.PAPERS:
            name = pdf.round_name(round_.id, paper)
            pages = page_texts(site, name)
            starts = [*manifest["files"][name]["starts"], len(pages)]
            for ident, start, end in zip(round_.questions, starts, starts[1:], strict=False):
                q = corpus.question(ident)
                number = corpus.questions.index(q) + 1
                assert flat(pages[start]).startswith(f"{number}. {flat(q.model.title)}")
                if paper == "letter":
                    assert end - start <= LETTER_PAGES_PER_QUESTION, f"{ident}: {end - start} Letter pages"


def test_a_round_pdf_holds_its_questions_as_text_with_an_outline(printed) -> None:
    _, corpus, site, _ = printed
    for round_ in corpus.rounds:
        document = reader(site, pdf.round_name(round_.id, "a4"))
        text = flat(" ".join(page_texts(site, pdf.round_name(round_.id, "a4"))))
        squeezed = "".join(text.split())  # "Kᵀ" comes back as "K ᵀ"
        titles = [item.title for item in document.outline]
        assert len(titles) == len(round_.questions)
        for ident, title in zip(round_.questions, titles, strict=True):
            q = corpus.question(ident)
            assert title.endswith(q.model.title)
            assert flat(q.model.title) in text
            assert "".join(plain(q.model.key_facts[0]).split())[:50] in squeezed


def test_hints_print_open_without_the_instruction_and_references_show_their_address(printed) -> None:
    _, corpus, site, _ = printed
    round_ = corpus.rounds[0]
    text = flat(" ".join(page_texts(site, pdf.round_name(round_.id, "letter"))))
    squeezed = "".join(text.split())  # an address may wrap anywhere
    for ident in round_.questions:
        q = corpus.question(ident)
        for follow_up in q.model.follow_ups:
            assert plain(follow_up.hint)[:50] in text
        for reference in q.model.references:
            assert reference.url in squeezed
    assert "before you read its hint" not in text


def test_pdfs_carry_the_source_date_and_the_same_site_prints_the_same_bytes(printed, tmp_path: Path) -> None:
    project, corpus, site, _ = printed
    document = reader(site, pdf.cheat_sheet_name(corpus.rounds[0].id, "a4"))
    assert document.metadata["/CreationDate"] == "D:20251124160000Z"  # EPOCH
    one = [doc for doc in pdf.documents(corpus) if doc.name == pdf.cheat_sheet_name(corpus.rounds[0].id, "a4")]
    again = pdf.print_site(
        site, corpus, tmp_path / "again", epoch=EPOCH, project=project, built_from=pdf.fingerprint(project), only=one
    )
    assert (tmp_path / "again" / one[0].name).read_bytes() == (site / "downloads" / one[0].name).read_bytes()
    assert list(again["files"]) == [one[0].name]


def test_a_stale_pdf_is_never_published(printed, tmp_path: Path) -> None:
    project, corpus, _, _ = printed
    edited = tmp_path / "project"
    shutil.copytree(project, edited)
    question = next((edited / "corpus/questions").glob("*/*.yaml"))
    question.write_text(question.read_text(encoding="utf-8") + "# edited after printing\n", encoding="utf-8")
    result = build(edited, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    assert not list((site / "downloads").glob("*.pdf"))
    assert "built without its PDFs" in (site / "downloads/index.html").read_text()
    assert ".pdf" not in (site / f"cheat-sheets/{corpus.rounds[0].id}/index.html").read_text()


def test_a_cheat_sheet_never_splits_a_question_across_pages(printed) -> None:
    _, corpus, site, _ = printed
    sections = {flat(r.title) for r in corpus.rounds} | {"Terms to know"}
    for name in [pdf.cheat_sheet_name(r.id, paper) for r in corpus.rounds for paper in pdf.PAPERS] + [
        pdf.cheat_sheet_name(None, paper) for paper in pdf.PAPERS
    ]:
        for number, page in enumerate(page_texts(site, name)[1:], start=2):
            top = page.lstrip().splitlines()[0]
            assert re.match(r"\d+\. ", top) or top.strip() in sections, f"{name} page {number} opens mid-entry: {top}"


def test_a_page_that_does_not_load_stops_printing_and_keeps_the_old_pdfs(printed, tmp_path: Path) -> None:
    project, corpus, site, _ = printed
    out = tmp_path / "pdf"
    out.mkdir()
    (out / "kept.pdf").write_bytes(b"%PDF-old")
    missing = pdf.Document("missing.pdf", "Missing", "a4", (("questions/no-such-round/no-such-question/", "x"),))
    with pytest.raises(pdf.PdfError, match="did not load \\(HTTP 404\\)"):
        pdf.print_site(
            site, corpus, out, epoch=EPOCH, project=project, built_from=pdf.fingerprint(project), only=[missing]
        )
    assert sorted(p.name for p in out.iterdir()) == ["kept.pdf"]


def test_pdfs_printed_for_another_address_or_another_project_are_not_published(printed) -> None:
    project, corpus, site, manifest = printed
    published = manifest["site_url"]
    assert downloads.collect(corpus, site_url=published, project=project).pdfs
    assert not downloads.collect(corpus, site_url="https://elsewhere.example/", project=project).pdfs
    with pytest.raises(pdf.PdfError, match="changed while its pages printed"):
        pdf.print_site(site, corpus, project / "unused", epoch=EPOCH, project=project, built_from="0" * 64, only=[])
    assert not (project / "unused").exists()


def test_without_chromium_printing_is_a_clear_error_and_keeps_the_old_pdfs(
    printed, tmp_path: Path, monkeypatch, capsys
) -> None:
    project, _, site, _ = printed
    out = tmp_path / "pdf"
    out.mkdir()
    (out / "kept.pdf").write_bytes(b"%PDF-old")
    monkeypatch.setattr(pdf, "CHROMIUM", str(tmp_path / "no-chromium"))
    code = cli.main(["pdf", "--project", str(project)])
    assert code == 1
    err = capsys.readouterr().err
    assert f"needs Chromium at {tmp_path / 'no-chromium'}" in err and "apt-get install chromium" in err
    assert "Traceback" not in err
    with pytest.raises(pdf.PdfError, match="needs Chromium"):
        pdf.print_site(site, load_checked(project / "corpus"), out, epoch=EPOCH, project=project, built_from="")
    assert (out / "kept.pdf").read_bytes() == b"%PDF-old"
    assert (project / pdf.DEFAULT_OUT / pdf.MANIFEST).is_file()  # the printed PDFs are kept too


def test_links_in_a_pdf_point_at_the_published_site_not_the_printing_server(printed) -> None:
    _, corpus, site, _ = printed
    published = pdf.published_url(site)
    assert published.startswith("https://")
    uris = [
        annotation.get_object()["/A"]["/URI"]
        for page in reader(site, pdf.round_name(corpus.rounds[0].id, "letter")).pages
        for annotation in page.get("/Annots") or []
        if "/URI" in annotation.get_object().get("/A", {})
    ]
    assert uris, "a round's pages link related questions and references"
    assert not [uri for uri in uris if "127.0.0.1" in uri]
    assert any(uri.startswith(published + "questions/") for uri in uris)
