"""The allowlist: what each enabled Markdown extension may produce in contributed text, and
proof that it removes nothing the real site's generated pages need."""

from __future__ import annotations

import html.parser
import re

import markdown
import pytest
from conftest import ROOT
from mkdocs.commands.build import build
from mkdocs.config import load_config

from generator.sanitize import clean, clean_text, clean_toc


@pytest.fixture(scope="module")
def site_markdown():
    """Markdown exactly as the site configures it in mkdocs.yml."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    return lambda text: markdown.Markdown(
        extensions=config.markdown_extensions, extension_configs=config.mdx_configs
    ).convert(text)


class Structure(html.parser.HTMLParser):
    """Elements with normalised attributes, and the text, of an HTML fragment."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, tuple]] = []
        self.text: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        normalised = tuple(sorted((name, re.sub(r"[\s;]", "", value or "")) for name, value in attrs))
        self.elements.append((tag, normalised))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def words(self) -> list[str]:
        return "".join(self.text).split()


def test_admonitions_and_details_keep_their_type_and_nothing_else(site_markdown) -> None:
    out = clean(site_markdown('!!! warning md-dialog "Careful"\n\n    Body.\n\n??? tip md-search "Hint"\n\n    More.'))
    assert '<div class="admonition warning">' in out and '<p class="admonition-title">Careful</p>' in out
    assert '<details class="tip">' in out and "<summary>Hint</summary>" in out
    assert "md-dialog" not in out and "md-search" not in out


def test_tables_keep_their_alignment_and_no_other_style(site_markdown) -> None:
    out = clean(site_markdown("| a | b |\n| ---: | --- |\n| 1 | 2 |"))
    assert '<th style="text-align:right">a</th>' in out and '<td style="text-align:right">1</td>' in out


def test_abbreviations_keep_their_title_as_text(site_markdown) -> None:
    out = clean(site_markdown('*[RAG]: " onmouseover="alert(1)\n\nRAG helps.'))
    assert '<abbr title="&quot; onmouseover=&quot;alert(1)">RAG</abbr>' in out


def test_code_keeps_its_highlighting(site_markdown) -> None:
    out = clean(site_markdown("```python\nx = 1  # <b>\n```\n\nInline `#!python y` too."))
    assert '<span class="n">x</span>' in out and '<span class="c1"># &lt;b&gt;</span>' in out
    assert re.search(r'<code class="[^"]*highlight', out)


def test_attribute_lists_set_no_id_class_style_or_handler(site_markdown) -> None:
    out = clean(site_markdown('A paragraph.\n{: #__config .md-header style="position:fixed" onclick="x" data-x="1" }'))
    assert out == "<p>A paragraph.</p>"


def test_raw_html_is_removed_and_md_in_html_has_nothing_to_act_on(site_markdown) -> None:
    out = clean(
        site_markdown(
            '<div markdown="1" onclick="x" class="md-header">**bold**</div>\n\n'
            'Text <span style="color:red">red</span> <img src="https://evil.example/p.png">'
        )
    )
    assert "onclick" not in out and "markdown=" not in out and "md-header" not in out
    assert "style" not in out and "<img" not in out and "<strong>bold</strong>" in out


def test_headings_keep_ids_and_permalinks_but_not_the_themes_ids(site_markdown) -> None:
    out = clean(site_markdown("### Why it works\n\n### __config"))
    assert '<h3 id="why-it-works">Why it works<a class="headerlink" href="#why-it-works"' in out
    assert 'id="__config"' not in out and "<h3>__config" in out


@pytest.mark.parametrize(
    "target",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "&#106;avascript:alert(1)",
        "java&#9;script:alert(1)",
        " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "//evil.example/",
        "/\\evil.example/",
        "\\\\evil.example/",
    ],
)
def test_links_that_run_script_or_leave_by_a_trick_lose_their_target(target: str) -> None:
    assert clean(f'<a href="{target}">x</a>') == "<a>x</a>"


@pytest.mark.parametrize(
    "target",
    [
        "https://arxiv.org/abs/1706.03762",
        "http://example.org/",
        "mailto:someone@example.org",
        "../glossary/#bm25",
        "#deep-dive",
        "kv-cache/",
    ],
)
def test_ordinary_links_are_kept(target: str) -> None:
    assert clean(f'<a href="{target}">x</a>') == f'<a href="{target}">x</a>'


def test_table_of_contents_titles_become_text() -> None:
    class Link:
        def __init__(self, title: str, children=()):
            self.title, self.children = title, list(children)

    toc = [Link("<img src=x onerror=alert(1)> <code>KV</code>", [Link("&lt;b&gt; ok")])]
    clean_toc(toc)
    assert toc[0].title.strip() == "KV"
    assert toc[0].children[0].title == "&lt;b&gt; ok"
    assert clean_text("a <script>x</script> & b") == "a  &amp; b"


def test_sanitizing_the_real_sites_pages_removes_nothing(tmp_path, monkeypatch) -> None:
    """Every tag, attribute and word MkDocs makes for the real corpus survives the allowlist."""
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764000000")
    config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    seen: dict[str, str] = {}
    handlers = config.plugins.events["page_content"]
    ours = next(i for i, h in enumerate(handlers) if getattr(h, "__module__", "").endswith("mkdocs_hooks.py"))

    def capture(html: str, page, config, files) -> str:
        seen[page.file.src_uri] = html  # as MkDocs made it, just before the sanitizer runs
        return html

    handlers.insert(ours, capture)
    build(config)
    generated = {
        path: html for path, html in seen.items() if path.startswith("questions/") or path in ("glossary.md", "tags.md")
    }
    assert len(generated) >= len(list((ROOT / "corpus/questions").glob("*/*.yaml"))) + 3
    for path, page in generated.items():
        before, after = Structure(page), Structure(clean(page))
        assert after.elements == before.elements, path
        assert after.words() == before.words(), path
