"""MkDocs integration, kept thin: load the corpus, add the rendered pages, sanitize their
HTML, watch the corpus.

Nothing here knows what a question is beyond calling the pipeline and the renderer,
so moving the site to another builder means rewriting only this file.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from generator import downloads, pipeline, sanitize
from generator.problems import CorpusError, shown
from generator.render import (
    ALL_QUESTIONS_PAGE,
    CHEAT_SHEETS_PAGE,
    RenderedPage,
    cheat_sheet_page,
    nav_titles,
    render,
    round_page,
)
from generator.render_study import (
    DRILL_PAGE,
    MOCKS_PAGE,
    PLAN_PAGE,
    drill_page,
    interviewer_page,
    mock_page,
    week_page,
)
from generator.text import for_markdown, for_theme

CORPUS_DIR = "corpus"
log = logging.getLogger("mkdocs.hooks.generator")
_pages: dict[str, RenderedPage] = {}
_downloads: downloads.Downloads | None = None


def _corpus_root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent / CORPUS_DIR


# A round longer than this is split into sub-sections of this size in the navigation: a page
# lists only its own sub-section (the theme prunes the rest), so pages stop growing with their
# round and the build stays linear. The guide's ten-question rounds are not split.
NAV_GROUP = 50


def _questions_nav(corpus) -> list:
    """One section per round; a question's entry shows its short label (its page keeps the full question)."""
    titles = nav_titles(corpus)
    sections: list = [ALL_QUESTIONS_PAGE]
    for round_ in corpus.rounds:
        entries = [
            {for_theme(titles[q.page]): q.page}  # the theme prints these as HTML
            for q in corpus.questions
            if q.folder == round_.id
        ]
        if len(entries) > NAV_GROUP:
            entries = [
                {f"{_number(group[0])}–{_number(group[-1])}": group}
                for group in (entries[i : i + NAV_GROUP] for i in range(0, len(entries), NAV_GROUP))
            ]
        sections.append({for_theme(round_.title): [round_page(round_.id), *entries]})
    return sections


def _cheat_sheets_nav(corpus) -> list:
    """The whole guide's sheet as the section's index page, then one sheet per round."""
    return [CHEAT_SHEETS_PAGE, *({for_theme(r.title): cheat_sheet_page(r.id)} for r in corpus.rounds)]


def _plan_nav(corpus) -> list:
    """The plan's overview, then one page per week."""
    weeks = corpus.plan.weeks if corpus.plan else []
    return [PLAN_PAGE, *({for_theme(f"Week {w.week}: {w.title}"): week_page(w.week)} for w in weeks)]


def _mocks_nav(corpus) -> list:
    """The mocks' index, then each mock's candidate and interviewer pages."""
    return [
        MOCKS_PAGE,
        *(
            {for_theme(m.model.title): [{"Candidate": mock_page(m.id)}, {"Interviewer": interviewer_page(m.id)}]}
            for m in corpus.mocks
        ),
    ]


def _drills_nav(corpus) -> list:
    """The whole guide's drill, then one per round."""
    return [DRILL_PAGE, *({for_theme(r.title): drill_page(r.id)} for r in corpus.rounds)]


def _number(entry: dict) -> str:
    """The study-order number an entry's title starts with ("12. KV cache" -> "12")."""
    return next(iter(entry)).split(".", 1)[0]


def on_startup(command: str, dirty: bool) -> None:
    pipeline.preview_drafts(command == "serve")  # `mkdocs build` never renders a draft


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    try:
        corpus = pipeline.load_for_build(_corpus_root(config))
    except CorpusError as err:
        raise PluginError(f"the corpus has problems:\n{err.report()}") from None
    global _downloads
    _downloads = downloads.collect(corpus, site_url=config.site_url or "/", project=_corpus_root(config).parent)
    _pages.clear()
    _pages.update(render(corpus, pdf_links=downloads.page_links(corpus, _downloads)))
    _pages[downloads.PAGE] = RenderedPage(downloads.page(corpus, _downloads), None)
    _add_draft_banners(corpus)
    expand = {
        ALL_QUESTIONS_PAGE: _questions_nav(corpus),
        CHEAT_SHEETS_PAGE: _cheat_sheets_nav(corpus),
        PLAN_PAGE: _plan_nav(corpus),
        MOCKS_PAGE: _mocks_nav(corpus),
        DRILL_PAGE: _drills_nav(corpus),
    }
    config.nav = [_expanded(item, expand) for item in (config.nav or [])]
    return config


def _expanded(item, expand: dict):
    """A one-page nav entry that the generator expands (``Questions: questions/index.md``), as a
    section of the same name."""
    if isinstance(item, dict) and len(item) == 1:
        ((label, page),) = item.items()
        if isinstance(page, str) and page in expand:
            return {label: expand[page]}
    return item


def _add_draft_banners(corpus) -> None:
    """Under `mkdocs serve`, each page shows the draft problems of the file it is made from."""
    by_source: dict[str, list] = {}
    for problem in corpus.draft_problems:
        source = Path(problem.path).relative_to(corpus.root).as_posix()
        if source.startswith("questions/") and source.endswith(".py"):  # a snippet's page is its question's
            source = source.removesuffix(".py") + ".yaml"
        by_source.setdefault(source, []).append(problem)
        log.info("draft: %s", problem)
    for path, page in _pages.items():
        if page.edit_path in by_source:
            _pages[path] = RenderedPage(draft_banner(page.markdown, by_source[page.edit_path]), page.edit_path)
            by_source.pop(page.edit_path)  # one page per file: the first, such as the all-questions page


def draft_banner(markdown: str, problems: list) -> str:
    """``markdown`` with a warning after its front matter listing ``problems``."""
    front, separator, body = markdown.partition("\n---\n") if markdown.startswith("---\n") else ("", "", markdown)
    items = "\n".join(
        f"    - line {p.line}, column {p.column}: {p.code} {for_markdown(shown(p.message))}" for p in problems
    )
    banner = (
        '\n!!! warning "Draft preview: `make check` still reports these problems"\n\n'
        f"{items}\n\n    The page renders so you can read it; `make check`, `make test` and the "
        "build refuse it until they are fixed.\n\n"
    )
    return f"{front}{separator}{banner}{body}"


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for path, page in _pages.items():
        if files.get_file_from_path(path) is not None:
            raise PluginError(
                f"docs/{path} is hand-written, but the generator renders a page there: "
                "rename or remove the hand-written file"
            )
        file = File.generated(config, path, content=page.markdown)
        # relative to edit_uri in mkdocs.yml, which points into docs/
        file.edit_uri = f"../{CORPUS_DIR}/{page.edit_path}" if page.edit_path else None
        files.append(file)
    for name, content in _downloads.exports.items():
        files.append(File.generated(config, f"{downloads.FOLDER}/{name}", content=content))
    for name, path in _downloads.pdfs.items():
        files.append(File.generated(config, f"{downloads.FOLDER}/{name}", abs_src_path=str(path)))
    return files


@event_priority(-100)  # last, after every other plugin has changed the content
def on_page_content(html: str, page, config: MkDocsConfig, files: Files) -> str:
    """Every generated page carries contributed text: its HTML and its TOC titles go through the allowlist."""
    if page.file.src_uri not in _pages:
        return html  # hand-written pages in docs/ are trusted
    sanitize.clean_toc(page.toc)
    return sanitize.clean(html)


def on_serve(server, config: MkDocsConfig, builder):
    server.watch(str(_corpus_root(config)))
    return server
