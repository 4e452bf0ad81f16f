"""A corpus full of attack payloads that pass `check` builds into inert pages.

The payloads (tests/fixtures/attacks.json) put markup into every plain-text field and
Markdown the line rules misread into prose, so what keeps these pages safe is the output
layer: escaping of text fields and the sanitizer. The HTML is read with a parser here; the
browser test loads the same site.
"""

from __future__ import annotations

import html.parser
import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import FIXTURES, VALID, apply_edit, run_generator
from test_build import build, project_copy

ATTACKS = json.loads((FIXTURES / "attacks.json").read_text(encoding="utf-8"))
SCRIPT_SCHEMES = re.compile(r"^(?:javascript|vbscript|data|file):", re.I)
ACTIVE_TAGS = {"iframe", "object", "embed", "form", "input", "base", "style", "link", "meta", "svg", "img"}
RESOURCE_ATTRIBUTES = {"src", "srcset", "poster", "data", "action", "formaction", "background"}


def attack_corpus(target: Path) -> Path:
    """The valid fixture corpus with every attack applied, at ``target``."""
    shutil.copytree(VALID, target)
    for edit in ATTACKS["edits"]:
        apply_edit(target, edit)
    return target


def built_site(tmp_path_factory, name: str, corpus_source) -> Path:
    root = tmp_path_factory.mktemp(name)
    project = project_copy(root)
    shutil.rmtree(project / "corpus")
    corpus_source(project / "corpus")
    site = root / "site"
    result = build(project, site)
    assert result.returncode == 0, result.stderr
    assert not [line for line in result.stderr.splitlines() if line.startswith(("WARNING", "ERROR"))]
    return site


@pytest.fixture(scope="session")
def attack_site(tmp_path_factory) -> Path:
    return built_site(tmp_path_factory, "attack", attack_corpus)


@pytest.fixture(scope="session")
def clean_site(tmp_path_factory) -> Path:
    return built_site(tmp_path_factory, "clean", lambda target: shutil.copytree(VALID, target))


class Page(html.parser.HTMLParser):
    """Every element of a page with its attributes (entities decoded, as a browser reads them)."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.scripts: list[tuple[str, str]] = []
        self.texts: dict[str, str] = {}
        self._open: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attributes = {name: value or "" for name, value in attrs}
        self.elements.append((tag, attributes))
        if tag == "script":
            self.scripts.append((attributes.get("src", ""), ""))
        if tag in ("title", "h1", "script"):
            self._open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._open and self._open[-1] == tag:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        if self._open:
            tag = self._open[-1]
            if tag == "script":
                self.scripts[-1] = (self.scripts[-1][0], self.scripts[-1][1] + data)
            else:
                self.texts[tag] = self.texts.get(tag, "") + data


def pages(site: Path) -> dict[str, Page]:
    return {p.relative_to(site).as_posix(): Page(p.read_text(encoding="utf-8")) for p in sorted(site.rglob("*.html"))}


def test_the_attack_corpus_passes_check(tmp_path: Path) -> None:
    # otherwise its payloads would never reach the renderer, and this file would prove nothing
    result = run_generator("check", str(attack_corpus(tmp_path / "corpus")))
    assert result.returncode == 0, result.stderr


def test_no_element_carries_an_event_handler(attack_site: Path) -> None:
    found = [
        (page, tag, name)
        for page, parsed in pages(attack_site).items()
        for tag, attributes in parsed.elements
        for name in attributes
        if name.lower().startswith("on")
    ]
    assert found == []


def test_no_link_or_resource_runs_script_or_leaves_the_site(attack_site: Path) -> None:
    found = []
    for page, parsed in pages(attack_site).items():
        for tag, attributes in parsed.elements:
            for name, value in attributes.items():
                target = re.sub(r"[\x00-\x20]", "", value)
                if name in ("href", *RESOURCE_ATTRIBUTES) and SCRIPT_SCHEMES.match(target):
                    found.append((page, tag, name, value))
                loads = name in RESOURCE_ATTRIBUTES or (
                    tag == "link" and name == "href" and attributes.get("rel") != "canonical"
                )
                if loads and re.match(r"^(?:[a-z][a-z0-9+.-]*:|//|/\\)", target, re.I):
                    found.append((page, tag, name, value))
    assert found == []


def test_content_adds_no_script_and_no_theme_id(attack_site: Path, clean_site: Path) -> None:
    # the attack corpus has the same pages as the clean one: the theme's scripts and its `__` ids
    # must be exactly the same on each, so content added none (and shadowed none, like #__config)
    attacked, clean = pages(attack_site), pages(clean_site)
    assert attacked.keys() == clean.keys()

    def theme_ids(p: Page) -> list[str]:
        return sorted(a["id"] for _, a in p.elements if a.get("id", "").startswith("__"))

    def active(p: Page) -> list[str]:
        return sorted(tag for tag, _ in p.elements if tag in ACTIVE_TAGS)

    for path, page in attacked.items():
        assert page.scripts == clean[path].scripts, path
        assert theme_ids(page) == theme_ids(clean[path]), path
        assert active(page) == active(clean[path]), path  # the theme's own search form, nothing more


def test_plain_text_fields_show_literally_everywhere(attack_site: Path) -> None:
    title = "1. <img src=x onerror=\"alert('title')\"> </title><script>alert('title')</script>"
    first = pages(attack_site)["questions/alpha/first/index.html"]
    assert first.texts["title"].strip() == f"{title} - AI Engineer Interview Guide"
    assert first.texts["h1"].strip().removesuffix("¶") == title
    html = (attack_site / "questions/alpha/first/index.html").read_text(encoding="utf-8")
    # the round's name in the navigation and the breadcrumb, and the pre-escaped title of another round
    assert "&lt;svg onload=&quot;alert(&#x27;round&#x27;)&quot;&gt;" in html
    assert "&amp;lt;img src=x onerror=alert(1)&amp;gt;" in html
    glossary = pages(attack_site)["glossary/index.html"]
    assert not [a for tag, a in glossary.elements if a.get("id") == "__config" and tag != "script"]


def test_the_search_index_holds_text_not_markup(attack_site: Path) -> None:
    index = json.loads((attack_site / "search/search_index.json").read_text(encoding="utf-8"))
    titles = [doc["title"] for doc in index["docs"]]
    assert not [t for t in titles if re.search(r"<(?:img|script|svg)\b", t, re.I)]
    text = " ".join(doc["text"] for doc in index["docs"])
    assert not re.search(r"<(?:img|script|svg|iframe)\b|<[^>]*\son\w+\s*=", text, re.I)
