"""Render stage: pure functions from a validated corpus to Markdown pages.

Returns ``{page path: RenderedPage}``; nothing here touches MkDocs or the disk.
Contributed text is never evaluated as a template: it is inserted as data. Prose fields
are Markdown (the HTML made from them is sanitized after MkDocs renders it); plain-text
fields pass through ``text`` so that nothing in them is read as Markdown or HTML.
"""

from __future__ import annotations

import calendar
import json
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path

import jinja2

from . import render_study
from .corpus import Corpus, QuestionEntry
from .markdown_rules import rewrite_guide_links
from .schema import Round
from .text import first_sentence, for_markdown, for_theme, tooltip

TEMPLATES = Path(__file__).parent / "templates"
GLOSSARY_PAGE = "glossary.md"
ALL_QUESTIONS_PAGE = "questions/index.md"
TAGS_PAGE = "tags.md"
CHEAT_SHEETS_PAGE = "cheat-sheets/index.md"  # the whole guide's sheet; each round's sits beside it
HOW_TO_USE_PAGE = "how-to-use.md"  # hand-written; explains levels (its #levels anchor)
LEVELS = {"warm-up": "Warm-up", "core": "Core", "deep": "Deep"}
ASKED_BY = {"scale-up": "scale-ups", "incumbent": "incumbents", "both": "scale-ups and incumbents"}


@dataclass(frozen=True)
class RenderedPage:
    """A generated page and the corpus file (relative to the corpus root) its edit link opens, if any."""

    markdown: str
    edit_path: str | None


def month_name(year_month: str) -> str:
    """``2026-11`` as ``November 2026``."""
    year, month = year_month.split("-")
    return f"{calendar.month_name[int(month)]} {year}"


def round_page(round_id: str) -> str:
    return f"questions/{round_id}/index.md"


def url_path(page: str) -> str:
    """Where MkDocs publishes a page of the docs tree, relative to the site's root (directory
    URLs): ``questions/rag/index.md`` -> ``questions/rag/``, ``glossary.md`` -> ``glossary/``."""
    stem = page.removesuffix(".md")
    return stem.removesuffix("index") if stem == "index" or stem.endswith("/index") else f"{stem}/"


def cheat_sheet_page(round_id: str) -> str:
    return f"cheat-sheets/{round_id}.md"


def link(from_page: str, to_page: str, anchor: str = "") -> str:
    """A relative link between two pages of the docs tree, which MkDocs validates."""
    target = posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")
    return f"{target}#{anchor}" if anchor else target


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=False,  # the output is Markdown, not HTML
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["text"] = for_markdown  # plain-text fields inside Markdown
    env.filters["theme"] = for_theme  # values the theme prints as HTML (front matter)
    env.filters["json"] = lambda value: json.dumps(value, ensure_ascii=False)
    env.filters["month"] = month_name
    env.filters["quoted"] = lambda text: str(text).replace("\n", " ")
    return env


class _Renderer:
    def __init__(self, corpus: Corpus, *, numbered: bool = True, pdf_links: dict[str, str] | None = None):
        self.corpus = corpus
        self.pdf_links = pdf_links or {}  # page path -> a line of Markdown linking its PDFs
        self.env = environment()
        self.number = {q.id: n for n, q in enumerate(corpus.questions, start=1)}
        # what pages show; a review diff shows "N" so inserting a question does not touch every page
        self.shown_number = self.number if numbered else dict.fromkeys(self.number, "N")
        self.by_id = {q.id: q for q in corpus.questions}
        self.terms = {t.id: t for t in corpus.terms}
        self.rounds = {r.id: r for r in corpus.rounds}
        self.related = self._related_both_ways()
        self.plan_days = render_study.scheduled_days(corpus)

    def _related_both_ways(self) -> dict[str, list[QuestionEntry]]:
        pairs: dict[str, set[str]] = {q.id: set(q.model.related) for q in self.corpus.questions}
        for q in self.corpus.questions:
            for other in q.model.related:
                pairs[other].add(q.id)
        return {
            ident: sorted((self.by_id[o] for o in others), key=lambda q: self.number[q.id])
            for ident, others in pairs.items()
        }

    def prose(self, text: str, page: str) -> str:
        """Contributed Markdown with its ``q:`` and ``g:`` links made relative to ``page``."""

        def resolve(kind: str, ident: str) -> str:
            if kind == "q":
                return link(page, self.by_id[ident].page)
            # the definition rides along as the link's title: Material shows it as a tooltip
            return f"{link(page, GLOSSARY_PAGE, ident)} '{tooltip(self.terms[ident].definition)}'"

        return rewrite_guide_links(text.strip(), resolve)

    def render(self, template: str, **context: object) -> str:
        return self.env.get_template(template).render(
            number=self.shown_number,
            rounds=self.rounds,
            levels=LEVELS,
            asked_by=ASKED_BY,
            link=link,
            tag_links=tag_links,
            **context,
        )

    def question(self, q: QuestionEntry) -> str:
        code = (q.snippet_code or "").rstrip("\n")
        longest_ticks = max((len(m) for m in re.findall(r"`+", code)), default=0)
        terms = [t for t in sorted(self.corpus.terms, key=lambda t: t.term.lower()) if q.id in t.questions]
        return self.render(
            "question.md.j2",
            q=q,
            m=q.model,
            round=self.rounds[q.folder],
            page=q.page,
            prose=lambda text: self.prose(text, q.page),
            related=self.related[q.id],
            terms=terms,
            code=code,
            fence="`" * max(3, longest_ticks + 1),
            glossary_page=GLOSSARY_PAGE,
            round_page=round_page(q.folder),
            how_to_use=HOW_TO_USE_PAGE,
            plan_days=[
                (day.day, link(q.page, render_study.week_page(day.week), render_study.day_anchor(day.day)))
                for day in self.plan_days.get(q.id, [])
            ],
        )

    def round(self, round_: Round) -> str:
        page = round_page(round_.id)
        return self.render(
            "round.md.j2",
            round=round_,
            page=page,
            questions=[self.by_id[i] for i in round_.questions],
            sheet=link(page, cheat_sheet_page(round_.id)),
            pdf_line=self.pdf_links.get(page, ""),
        )

    def all_questions(self) -> str:
        return self.render(
            "questions.md.j2", page=ALL_QUESTIONS_PAGE, questions=self.corpus.questions, round_page=round_page
        )

    def glossary(self) -> str:
        terms = sorted(self.corpus.terms, key=lambda t: (t.term.lower(), t.id))
        initials: dict[str, str] = {}  # A-Z index: each initial links to its first term
        for t in terms:
            initials.setdefault(_initial(t.term), t.id)
        back_links = {t.id: sorted(t.questions, key=self.number.__getitem__) for t in terms}  # study order
        return self.render(
            "glossary.md.j2",
            page=GLOSSARY_PAGE,
            terms=terms,
            by_id=self.by_id,
            initials=initials,
            back_links=back_links,
            prose=lambda text: self.prose(text, GLOSSARY_PAGE),
        )

    def cheat_sheet(self, rounds: list[Round], *, whole: bool = False) -> str:
        """One round's sheet, or with ``whole`` the guide's: for each question its number, label,
        opening sentence and key facts; then the names of the glossary terms those questions use."""
        page = CHEAT_SHEETS_PAGE if whole else cheat_sheet_page(rounds[0].id)
        ids = {i for r in rounds for i in r.questions}
        terms = sorted((t for t in self.corpus.terms if ids & set(t.questions)), key=lambda t: t.term.lower())
        if whole:
            title, heading = "Cheat sheet: the whole guide", "Cheat sheet: the whole guide"
            description = "Every question's opening line and key facts, round by round, with the glossary."
            others = ", ".join(f"[{for_markdown(r.title)}]({link(page, cheat_sheet_page(r.id))})" for r in rounds)
            intro = f"Every round in one document. One round at a time: {others}."
        else:
            title = heading = f"Cheat sheet: {rounds[0].title}"
            description = f"The {rounds[0].title} round's opening lines and key facts, with its glossary terms."
            intro = (
                f"The night-before sheet for [the round]({link(page, round_page(rounds[0].id))}); "
                f"the [whole guide's sheet]({link(page, CHEAT_SHEETS_PAGE)}) has every round."
            )
        intro += " It prints in two columns on A4 or US Letter; on screen, each question links to its page."
        sections = [
            {"title": r.title if whole else "", "questions": [self.by_id[i] for i in r.questions]} for r in rounds
        ]
        return self.render(
            "cheat_sheet.md.j2",
            page=page,
            title=title,
            heading=heading,
            description=description,
            intro=intro,
            sections=sections,
            terms=terms,
            opening=lambda q: self.prose(first_sentence(q.model.short_answer), page),
            prose=lambda text: self.prose(text, page),
            glossary_page=GLOSSARY_PAGE,
            pdf_line=self.pdf_links.get(page, ""),
        )

    def tags(self) -> str:
        # each tag A to Z, its questions in study order (corpus.questions is in study order)
        tagged = {t.id: [q for q in self.corpus.questions if t.id in q.model.tags] for t in self.corpus.tags}
        return self.render(
            "tags.md.j2", page=TAGS_PAGE, tags=sorted(self.corpus.tags, key=lambda t: t.id), tagged=tagged
        )


def tag_links(page: str, tags: list[str], separator: str = ", ") -> str:
    """Each tag as a link to its section of the tags page (tags are slugs: safe as text and anchor)."""
    return separator.join(f"[{tag}]({link(page, TAGS_PAGE, tag)})" for tag in tags)


def _initial(term: str) -> str:
    """The letter a term is indexed under: its first letter, or # for a digit or symbol."""
    first = next((c for c in term if c.isalnum()), "#")
    return first.upper() if first.isalpha() and first.isascii() else "#"


def nav_titles(corpus: Corpus) -> dict[str, str]:
    """Each question page's short navigation title, numbered in study order, as plain text."""
    return {q.page: f"{n}. {q.model.label}" for n, q in enumerate(corpus.questions, start=1)}


def render(
    corpus: Corpus, *, numbered: bool = True, pdf_links: dict[str, str] | None = None
) -> dict[str, RenderedPage]:
    """Every generated page of the site, keyed by its path in the docs tree; ``numbered=False``
    shows every question number as "N" (for comparing two versions of the corpus); ``pdf_links``
    gives the cheat sheets and round pages a line linking their PDFs, when there are any."""
    renderer = _Renderer(corpus, numbered=numbered, pdf_links=pdf_links)
    pages = {
        ALL_QUESTIONS_PAGE: RenderedPage(renderer.all_questions(), "clusters.yaml"),
        GLOSSARY_PAGE: RenderedPage(renderer.glossary(), "glossary.yaml"),
        TAGS_PAGE: RenderedPage(renderer.tags(), "tags.yaml"),
    }
    for round_ in corpus.rounds:
        pages[round_page(round_.id)] = RenderedPage(renderer.round(round_), "clusters.yaml")
        pages[cheat_sheet_page(round_.id)] = RenderedPage(renderer.cheat_sheet([round_]), None)
    pages[CHEAT_SHEETS_PAGE] = RenderedPage(renderer.cheat_sheet(corpus.rounds, whole=True), None)
    for q in corpus.questions:  # previous and next come from the theme's footer, by nav title
        pages[q.page] = RenderedPage(renderer.question(q), q.yaml_path)
    study = render_study.StudyPages(
        render=renderer.render,
        prose=renderer.prose,
        label=lambda ident: for_markdown(f"{renderer.shown_number[ident]}. {renderer.by_id[ident].model.label}"),
        question_page=lambda ident: renderer.by_id[ident].page,
    )
    study_pages = render_study.pages(corpus, study) | render_study.drill_pages(corpus, study)
    for path, (markdown, edit_path) in study_pages.items():
        pages[path] = RenderedPage(markdown, edit_path)
    return dict(sorted(pages.items()))
