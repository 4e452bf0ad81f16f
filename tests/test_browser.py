"""The built site in a real browser: a reader's path (home, search, result, answer), and a site
built from a corpus full of attack payloads that must stay inert."""

from __future__ import annotations

import contextlib
import functools
import http.server
import io
import json
import os
import shutil
import threading
from pathlib import Path

import pytest
import yaml
from conftest import study_order
from test_build import build
from test_security import attack_site  # noqa: F401  (a fixture: the site built from the attack corpus)

from generator import pdf

pytestmark = pytest.mark.browser

CHROMIUM = Path(pdf.CHROMIUM)  # Debian's; the same browser prints the PDFs
FLAGS = pdf.FLAGS
ROOT = Path(__file__).resolve().parent.parent


def _require_chromium() -> None:
    if CHROMIUM.exists():
        return
    if os.environ.get("CI"):  # in CI a missing browser is a failure, never a skip
        pytest.fail(f"{CHROMIUM} is missing: .ci/run installs Debian's chromium")
    pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium to run browser tests")


@contextlib.contextmanager
def served(site: Path):
    """The built site over HTTP on 127.0.0.1; yields its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


@pytest.fixture(scope="module")
def site_url(tmp_path_factory):
    """The site built for the address it is served from, as a deployment is, so that Material's
    instant navigation (which follows only links under the site's own address) is on."""
    site = tmp_path_factory.mktemp("browser-site")
    with served(site) as url:
        result = build(ROOT, site, site_url=url)
        assert result.returncode == 0, result.stderr
        yield url
    shutil.rmtree(site, ignore_errors=True)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def chromium():
    _require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield browser
        browser.close()


@contextlib.contextmanager
def browser_tab(browser, site_url: str):
    """A fresh tab that records and refuses any request to another host, and records every dialog."""
    context = browser.new_context()
    outside: list[str] = []
    # the site must work offline: record and refuse any request to another host
    context.route(
        "**/*",
        lambda route: (
            route.continue_()
            if route.request.url.startswith(site_url)
            else (outside.append(route.request.url), route.abort())
        ),
    )
    tab = context.new_page()
    tab.outside_requests = outside
    tab.dialogs = []
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    try:
        yield tab
    finally:
        context.close()


@pytest.fixture(scope="module")
def page(chromium, site_url):
    with browser_tab(chromium, site_url) as tab:
        yield tab


def test_search_leads_to_the_question_and_its_answer(page, site_url) -> None:
    page.goto(site_url)
    page.get_by_role("heading", name="AI Engineer Interview Guide").wait_for()
    page.locator("label.md-search__icon, .md-search__input").first.click()
    # the index loads in a worker; a query typed before it is ready is dropped
    meta = page.locator(".md-search-result__meta")
    page.wait_for_function("el => !/initializing/i.test(el.textContent)", arg=meta.element_handle(), timeout=15000)
    round_id, ident = study_order()[-1]  # any question will do; the last one moves as the corpus grows
    label = yaml.safe_load((ROOT / f"corpus/questions/{round_id}/{ident}.yaml").read_text())["label"]
    page.locator("input.md-search__input").press_sequentially(label)
    result = page.locator(f".md-search-result__item a[href*='/{ident}/']").first
    result.wait_for(timeout=15000)
    result.click()
    page.wait_for_url(f"**/questions/{round_id}/{ident}/**")
    answer = page.locator(".admonition.two-minute")
    answer.wait_for()
    assert len(answer.inner_text().split()) >= 50  # the two-minute answer itself, not a stub
    # the answer is in the table of contents and is the most readable text on the page
    assert page.locator("a.md-nav__link[href$='#the-two-minute-answer']").count() >= 1
    size = "el => parseFloat(getComputedStyle(el).fontSize)"
    answer_px = answer.locator("p").first.evaluate(size)
    body_px = page.locator("#deep-dive ~ p").first.evaluate(size)
    assert answer_px >= body_px, (answer_px, body_px)
    assert page.outside_requests == []


def _index_requests(tab) -> list[str]:
    """The URLs of search-index requests ``tab`` makes from now on."""
    asked: list[str] = []
    tab.on("request", lambda request: asked.append(request.url) if "search_index" in request.url else None)
    return asked


def _search_ready(tab) -> None:
    meta = tab.locator(".md-search-result__meta")
    tab.wait_for_function("el => !/initializing/i.test(el.textContent)", arg=meta.element_handle(), timeout=15000)


def test_the_search_index_loads_when_the_reader_turns_to_search(chromium, site_url) -> None:
    """A first visit does not download the index (most of its bytes); the search shortcut does."""
    (round_id, ident), (_, other) = study_order()[:2]
    with browser_tab(chromium, site_url) as tab:
        asked = _index_requests(tab)
        tab.goto(site_url + f"questions/{round_id}/{ident}/", wait_until="networkidle")
        tab.wait_for_timeout(500)
        assert asked == [], "the index was requested before the reader turned to search"
        tab.keyboard.press("/")  # Material's shortcut focuses the search box
        _search_ready(tab)
        assert asked == [site_url + "search/search_index.json"]
        tab.locator("input.md-search__input").press_sequentially(other.replace("-", " "))
        result = tab.locator(f".md-search-result__item a[href*='/{other}/']").first
        result.wait_for(timeout=15000)
        result.click()
        tab.wait_for_url(f"**/{other}/**")
        tab.wait_for_load_state("networkidle")
        assert len(asked) == 1  # the result page loads without it too
        assert tab.outside_requests == []


@pytest.mark.parametrize("viewport", [{"width": 390, "height": 844}, {"width": 1280, "height": 800}])
def test_pointing_at_search_or_opening_a_search_link_loads_the_index(chromium, site_url, viewport) -> None:
    """A tap on the phone's search button or a pointer on the desktop box starts the download,
    and a shared ``?q=`` link searches straight away."""
    with browser_tab(chromium, site_url) as tab:
        tab.set_viewport_size(viewport)
        asked = _index_requests(tab)
        tab.goto(site_url, wait_until="networkidle")
        assert asked == []
        tab.locator("label.md-header__button[for='__search'], .md-search__input").locator("visible=true").first.click()
        _search_ready(tab)
        assert len(asked) == 1
    with browser_tab(chromium, site_url) as tab:
        asked = _index_requests(tab)
        tab.goto(site_url + "?q=glossary")
        tab.locator(".md-search-result__item").first.wait_for(timeout=15000)
        assert len(asked) == 1


def test_follow_up_hints_open_on_click(page, site_url) -> None:
    round_id, ident = study_order()[0]
    page.goto(site_url + f"questions/{round_id}/{ident}/")
    first = page.locator("details.question").first
    assert first.get_attribute("open") is None
    first.locator("summary").click()
    assert first.get_attribute("open") is not None
    assert first.locator("p").first.is_visible()
    assert page.outside_requests == []


# Any element of the document, theme included, with an attribute that runs script.
HANDLERS = """() => [...document.querySelectorAll('*')].flatMap(el =>
    [...el.attributes].filter(a => /^on/i.test(a.name)).map(a => el.tagName + ' ' + a.name))"""


def test_a_site_built_from_attack_payloads_runs_none_of_them(chromium, attack_site) -> None:  # noqa: F811
    with served(attack_site) as url, browser_tab(chromium, url) as tab:
        paths = sorted(p.relative_to(attack_site).parent.as_posix() for p in attack_site.rglob("index.html"))
        assert len(paths) >= 8
        for path in paths:
            tab.goto(url + ("" if path == "." else path + "/"))
            tab.wait_for_load_state("load")
            tab.mouse.move(200, 200)  # a pointer over the content, for any hover payload
            tab.keyboard.press("Tab")  # and focus moving, for any focus payload
            assert tab.evaluate(HANDLERS) == [], path
        # search results are written into the page as HTML: search for a payload's words
        tab.goto(url)
        tab.locator("label.md-search__icon, .md-search__input").first.click()
        meta = tab.locator(".md-search-result__meta")
        tab.wait_for_function("el => !/initializing/i.test(el.textContent)", arg=meta.element_handle(), timeout=15000)
        tab.locator("input.md-search__input").press_sequentially("onerror")
        tab.locator(".md-search-result__item").first.wait_for(timeout=15000)
        assert tab.evaluate(HANDLERS) == []
        tab.wait_for_timeout(300)  # let any late script fire before the verdict
        assert tab.dialogs == []
        assert tab.outside_requests == []


@pytest.mark.parametrize("abbreviation", ["RRF", "GQA", "bfloat16"])
def test_search_finds_a_bracketed_abbreviation_in_the_glossary(page, site_url, abbreviation) -> None:
    # the glossary entry whose name ends "(RRF)" and so on; found by name, so ids may change
    terms = yaml.safe_load((ROOT / "corpus/glossary.yaml").read_text(encoding="utf-8"))["terms"]
    anchor = next(t["id"] for t in terms if t["term"].endswith(f"({abbreviation})"))
    page.goto(site_url)
    page.locator("label.md-search__icon, .md-search__input").first.click()
    meta = page.locator(".md-search-result__meta")
    page.wait_for_function("el => !/initializing/i.test(el.textContent)", arg=meta.element_handle(), timeout=15000)
    # typed key by key, the list repaints for each prefix: wait for the answer to the whole word
    page.locator("input.md-search__input").press_sequentially(abbreviation)
    top_two = (
        "([a]) => [...document.querySelectorAll('a.md-search-result__link')].slice(0, 2)"
        ".some(e => e.getAttribute('href').endsWith('#' + a))"
    )
    try:
        page.wait_for_function(top_two, arg=[anchor], timeout=15000)
    except Exception:  # noqa: BLE001 - report what the results were
        links = page.eval_on_selector_all("a.md-search-result__link", "els => els.map(e => e.getAttribute('href'))")
        raise AssertionError(f"#{anchor} is not among the first two results: {links[:4]}") from None


def test_the_developer_reference_is_kept_out_of_search(site_url) -> None:
    import json
    import urllib.request

    with urllib.request.urlopen(site_url + "search/search_index.json", timeout=10) as reply:
        index = json.load(reply)
    assert [d["location"] for d in index["docs"] if d["location"].startswith("reference/")] == []
    assert any(d["location"].startswith("glossary/") for d in index["docs"])


def _sheets() -> list[str]:
    """Each week of the plan and each mock's interviewer sheet, found from the corpus."""
    plan = yaml.safe_load((ROOT / "corpus/plan.yaml").read_text(encoding="utf-8"))
    weeks = [f"plan/week-{w['week']}/" for w in plan["weeks"]]
    return weeks + [f"mocks/{m.stem}/interviewer/" for m in sorted((ROOT / "corpus/mocks").glob("*.yaml"))]


def _page_types() -> dict[str, str]:
    """One page of every type, found from the corpus so that no test names a real question."""
    rounds = yaml.safe_load((ROOT / "corpus/clusters.yaml").read_text(encoding="utf-8"))["rounds"]
    first = rounds[0]
    return {
        "home": "",
        "how to use": "how-to-use/",
        "all questions": "questions/",
        "round": f"questions/{first['id']}/",
        "question": f"questions/{first['id']}/{first['questions'][0]}/",
        "glossary": "glossary/",
        "tags": "tags/",
        "cheat sheet": f"cheat-sheets/{first['id']}/",
        "downloads": "downloads/",
        "study plan": "plan/",
        "plan week": _sheets()[0],
        "mocks": "mocks/",
        "mock, candidate": _sheets()[-1].removesuffix("interviewer/"),
        "mock, interviewer": _sheets()[-1],
        "drill": "drill/",
        "contributing": "contributing/",
        "reference": "reference/",
    }
    # (404.html is left out: its links are absolute to the deployed path, so served from this
    # test server's root it loads without its stylesheets)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", list(_page_types()))
def test_no_serious_accessibility_violations(chromium, site_url, kind, scheme) -> None:
    from axe_playwright_python.sync_playwright import Axe  # axe-core ships inside the package

    context = chromium.new_context(color_scheme=scheme)
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(site_url) else route.abort())
    try:
        tab = context.new_page()
        tab.goto(site_url + _page_types()[kind])
        tab.wait_for_load_state("load")
        # the palette follows the reader's system setting; make sure dark really is slate
        expected = {"light": "default", "dark": "slate"}[scheme]
        assert tab.locator("body").get_attribute("data-md-color-scheme") == expected
        violations = Axe().run(tab).response["violations"]
    finally:
        context.close()
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']}: " + ", ".join(str(n["target"]) for n in v["nodes"][:5])
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []


def test_question_tables_fit_a_phone(chromium, site_url) -> None:
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    try:
        tab = context.new_page()
        for path in ("questions/", _page_types()["round"]):
            tab.goto(site_url + path)
            tab.wait_for_load_state("load")
            assert tab.evaluate("document.documentElement.scrollWidth") <= 390, path
            # every cell of every row, level and tags included, is inside the screen
            right = tab.eval_on_selector_all(
                ".question-list td", "cells => Math.max(...cells.map(c => c.getBoundingClientRect().right))"
            )
            assert right <= 390, (path, right)
            # round and tag links are tap targets of at least 24 by 24 px (WCAG 2.5.8)
            smallest = tab.eval_on_selector_all(
                ".question-list td:nth-child(n+3) a",
                "links => links.map(a => a.getBoundingClientRect()).map(r => Math.min(r.width, r.height))",
            )
            assert smallest and min(smallest) >= 24, (path, min(smallest or [0]))
    finally:
        context.close()


def test_all_questions_filter_by_round_level_and_tag(page, site_url) -> None:
    page.goto(site_url + "questions/")
    rows = page.locator(".question-list tbody tr")
    total = rows.count()
    status = page.locator(".question-filter__status")
    assert status.inner_text() == f"Showing {total} of {total} questions."
    tag_box = page.get_by_label("Tag", exact=True)
    tag = tag_box.locator("option").nth(1).get_attribute("value")
    tag_box.select_option(tag)
    visible = [r for r in rows.all() if r.is_visible()]
    assert 0 < len(visible) < total
    # every row still shown carries the tag, and every row carrying it is shown
    tagged = [r for r in rows.all() if tag in r.locator("td").last.inner_text().split(", ")]
    assert len(visible) == len(tagged)
    assert status.inner_text() == f"Showing {len(visible)} of {total} questions."
    page.get_by_label("Level", exact=True).select_option(index=1)
    page.get_by_label("Round", exact=True).select_option(index=1)
    narrowed = sum(r.is_visible() for r in rows.all())
    assert narrowed <= len(visible)
    tag_box.select_option("")
    page.get_by_label("Level", exact=True).select_option("")
    page.get_by_label("Round", exact=True).select_option("")
    assert sum(r.is_visible() for r in rows.all()) == total


def test_snippet_output_is_readable_on_a_phone_without_scrolling_sideways(chromium, site_url) -> None:
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    try:
        tab = context.new_page()
        round_id, ident = next((r, q) for r, q in study_order() if (ROOT / f"corpus/questions/{r}/{q}.py").is_file())
        tab.goto(site_url + f"questions/{round_id}/{ident}/")
        tab.wait_for_load_state("load")
        block = tab.locator("pre:has(code .c1)").first.bounding_box()
        output = tab.eval_on_selector_all(
            "pre code .c1",
            "spans => spans.filter(s => s.textContent.startsWith('#>'))"
            ".map(s => Math.max(...Array.from(s.getClientRects(), r => r.right)))",
        )
        assert output, "the snippet shows its #> output"
        assert max(output) <= block["x"] + block["width"] + 1, (max(output), block)
    finally:
        context.close()


def test_each_week_and_each_interviewer_sheet_prints_on_two_pages(chromium, site_url) -> None:
    """A week of the plan, or a mock's script and score sheet, on one sheet of paper printed on both
    sides: A4 and US Letter, as Chromium prints them without JavaScript (as `make pdf` does)."""
    from pypdf import PdfReader

    context = chromium.new_context(java_script_enabled=False)
    try:
        tab = context.new_page()
        pages = {}
        for path in _sheets():
            tab.goto(site_url + path)
            for paper in pdf.PAPERS.values():
                printed = tab.pdf(format=paper, print_background=True)
                pages[(path, paper)] = len(PdfReader(io.BytesIO(printed)).pages)
    finally:
        context.close()
    assert any(p.startswith("plan/") for p, _ in pages) and any(p.startswith("mocks/") for p, _ in pages)
    assert {key: n for key, n in pages.items() if n > 2} == {}


# --- the reader's progress (javascripts/progress.js) --------------------------------------


def _storage(tab) -> dict:
    return tab.evaluate("JSON.parse(localStorage.getItem('ai-engineer-interview-guide/progress') || 'null')")


def test_a_question_status_survives_a_reload_and_shows_on_its_round(chromium, site_url) -> None:
    round_id, ident = study_order()[0]
    with browser_tab(chromium, site_url) as tab:
        tab.goto(site_url + f"questions/{round_id}/{ident}/")
        status = tab.get_by_role("group", name="Your progress on this question")
        assert status.get_by_label("Not started").is_checked()
        status.get_by_label("Can say it in two minutes").check()  # a keyboard-operable radio button
        tab.reload()
        assert status.get_by_label("Can say it in two minutes").is_checked()
        assert "Last practised" in status.inner_text()
        tab.goto(site_url + f"questions/{round_id}/")
        rows = len(yaml.safe_load((ROOT / "corpus/clusters.yaml").read_text())["rounds"][0]["questions"])
        line = tab.locator(".study-progress").first
        assert line.inner_text().strip().startswith(f"1 of {rows} ready")
        assert tab.locator(".study-progress progress").first.evaluate("bar => bar.value") == 1
        tab.goto(site_url)
        assert tab.locator(".round-progress .study-progress").first.inner_text().strip().startswith("1 of ")
        assert tab.outside_requests == []


def test_plan_tasks_tick_and_today_is_marked_from_the_start_date(chromium, site_url) -> None:
    with browser_tab(chromium, site_url) as tab:
        tab.clock.set_fixed_time("2026-12-03T10:00:00")
        tab.goto(site_url + "plan/")
        tab.get_by_label("I started the plan on").fill("2026-12-01")
        assert "today is day 3" in tab.locator(".study-panel").inner_text()
        tab.goto(site_url + "plan/week-1/")
        today = tab.locator(".sheet-entry.study-today h2")
        assert today.get_attribute("id") == "day-3"
        first = tab.get_by_label("Done: day 1, task 1")
        first.check()
        tab.reload()
        assert tab.get_by_label("Done: day 1, task 1").is_checked()
        assert not tab.get_by_label("Done: day 1, task 2").is_checked()
        assert _storage(tab)["tasks"]["1.1"]["done"] is True


def test_progress_exports_and_imports_into_a_fresh_browser_merging_the_newest(chromium, site_url, tmp_path) -> None:
    (round_id, first), (_, second) = study_order()[:2]
    with browser_tab(chromium, site_url) as tab:
        tab.goto(site_url + f"questions/{round_id}/{first}/")
        tab.get_by_label("Practising").check()
        tab.goto(site_url + "plan/")
        with tab.expect_download() as download:
            tab.get_by_role("button", name="Export progress").click()
        exported = tmp_path / download.value.suggested_filename
        download.value.save_as(exported)
        saved = _storage(tab)
    with browser_tab(chromium, site_url) as fresh:  # another browser profile: empty storage
        fresh.goto(site_url + f"questions/{round_id}/{second}/")
        fresh.get_by_label("Can say it in two minutes").check()
        fresh.goto(site_url + "plan/")
        with fresh.expect_file_chooser() as chooser:
            fresh.get_by_role("button", name="Import progress").click()
        chooser.value.set_files(str(exported))
        fresh.get_by_role("status").filter(has_text="Imported").wait_for()
        state = _storage(fresh)
        assert state["questions"][first] == saved["questions"][first]
        assert state["questions"][second]["status"] == "ready"  # its own entry is kept
        fresh.goto(site_url + f"questions/{round_id}/{first}/")
        assert fresh.get_by_label("Practising").is_checked()


@pytest.mark.parametrize(
    ("content", "why"),
    [
        ("not json at all", "is not JSON"),
        ('{"format": "something else"}', "not a progress file from this guide"),
        (
            '{"format": "ai-engineer-interview-guide/progress", "version": 1, '
            '"questions": {"x": {"status": "mastered", "updated": "2026-11-29T10:00:00Z"}}}',
            'the entry for question "x" is damaged',
        ),
        ('{"format": "ai-engineer-interview-guide/progress", "version": 9}', "format version 9"),
    ],
)
def test_a_corrupt_import_says_why_and_changes_nothing(chromium, site_url, tmp_path, content, why) -> None:
    round_id, ident = study_order()[0]
    bad = tmp_path / "progress.json"
    bad.write_text(content)
    with browser_tab(chromium, site_url) as tab:
        tab.goto(site_url + f"questions/{round_id}/{ident}/")
        tab.get_by_label("Practising").check()
        tab.goto(site_url + "plan/")
        before = _storage(tab)
        with tab.expect_file_chooser() as chooser:
            tab.get_by_role("button", name="Import progress").click()
        chooser.value.set_files(str(bad))
        message = tab.get_by_role("status").filter(has_text="Nothing imported")
        message.wait_for()
        assert why in message.inner_text()
        assert _storage(tab) == before


def test_reset_asks_first(chromium, site_url) -> None:
    round_id, ident = study_order()[0]
    with browser_tab(chromium, site_url) as tab:  # this tab dismisses every dialog
        tab.goto(site_url + f"questions/{round_id}/{ident}/")
        tab.get_by_label("Practising").check()
        tab.goto(site_url + "plan/")
        tab.get_by_role("button", name="Reset progress").click()
        assert tab.dialogs and _storage(tab)["questions"][ident]["status"] == "practising"
    context = chromium.new_context()
    try:
        tab = context.new_page()
        tab.on("dialog", lambda dialog: dialog.accept())
        tab.goto(site_url + f"questions/{round_id}/{ident}/")
        tab.get_by_label("Practising").check()
        tab.goto(site_url + "plan/")
        tab.get_by_role("button", name="Reset progress").click()
        tab.get_by_role("status").filter(has_text="Progress reset").wait_for()
        assert _storage(tab)["questions"] == {}
    finally:
        context.close()


def test_a_damaged_store_is_kept_aside_not_thrown_away(chromium, site_url) -> None:
    round_id, ident = study_order()[0]
    with browser_tab(chromium, site_url) as tab:
        tab.goto(site_url + f"questions/{round_id}/{ident}/")
        tab.evaluate("localStorage.setItem('ai-engineer-interview-guide/progress', '{broken')")
        tab.reload()
        assert tab.get_by_label("Not started").is_checked()  # shown as new
        tab.reload()  # moved aside once, not on every page
        kept = tab.evaluate(
            "Object.keys(localStorage).filter(k => k.startsWith('ai-engineer-interview-guide/progress/unread-'))"
            ".map(k => localStorage.getItem(k))"
        )
        assert kept == ["{broken"]


def test_without_javascript_pages_show_no_progress_controls(chromium, site_url) -> None:
    round_id, ident = study_order()[0]
    context = chromium.new_context(java_script_enabled=False)
    try:
        tab = context.new_page()
        tab.goto(site_url + f"questions/{round_id}/{ident}/")
        assert tab.locator(".study-status").count() == 0
        assert tab.locator(".two-minute").count() == 1  # the page itself is whole
        tab.goto(site_url + "plan/")
        assert tab.locator(".study-panel").inner_text().strip() == ""
    finally:
        context.close()


def _drill_title(tab) -> str:
    return tab.locator(".drill-title").inner_text()


def test_a_timed_drill_counts_down_reveals_scores_and_picks_the_missed_question_again(chromium, site_url) -> None:
    rounds = yaml.safe_load((ROOT / "corpus/clusters.yaml").read_text(encoding="utf-8"))["rounds"]
    round_id, (first, second) = rounds[0]["id"], rounds[0]["questions"][:2]
    with browser_tab(chromium, site_url) as tab:
        tab.clock.install()
        tab.goto(site_url + f"drill/{round_id}/")
        assert f"/{first}/" in tab.locator(".drill-answer a").first.get_attribute("href")  # study order first
        assert tab.locator(".drill-answer").is_hidden()
        tab.keyboard.press(" ")  # start
        tab.clock.run_for(61_000)
        assert tab.locator(".drill-clock").inner_text() == "0:59"
        assert tab.locator(".drill-announce").inner_text() == "One minute left."
        tab.clock.run_for(60_000)
        assert tab.locator(".drill-clock").inner_text() == "0:00"
        assert "Time is up" in tab.locator(".drill-announce").inner_text()
        tab.keyboard.press("r")  # reveal: the answer and the strong signals
        assert tab.locator(".drill-answer").is_visible()
        assert "What the interviewer listens for" in tab.locator(".drill-answer").inner_text()
        tab.keyboard.press("1")  # missed
        drills = _storage(tab)["drills"]
        assert [(d["question"], d["score"], d["seconds"]) for d in drills] == [(first, "missed", 120)]
        assert f"/{second}/" in tab.locator(".drill-answer a").first.get_attribute("href")  # never drilled comes next
        tab.keyboard.press(" ")
        tab.clock.run_for(45_000)
        tab.keyboard.press("r")
        tab.keyboard.press("3")  # nailed inside two minutes
        state = _storage(tab)
        assert state["drills"][-1]["question"] == second and state["drills"][-1]["seconds"] == 45
        assert state["questions"][second]["status"] == "ready"
        assert state["questions"][first]["status"] == "practising"  # missed: still practising
        assert f"/{first}/" in tab.locator(".drill-answer a").first.get_attribute("href")  # the missed one returns
        assert tab.outside_requests == []


def test_drill_controls_are_labelled_buttons_and_the_timer_pauses(chromium, site_url) -> None:
    round_id = study_order()[0][0]
    with browser_tab(chromium, site_url) as tab:
        tab.set_viewport_size({"width": 390, "height": 844})
        tab.clock.install()
        tab.goto(site_url + f"drill/{round_id}/")
        start = tab.get_by_role("button", name="Start (Space)")
        assert start.is_visible() and start.bounding_box()["height"] >= 24  # within a thumb's reach
        start.click()
        tab.clock.run_for(10_000)
        tab.get_by_role("button", name="Pause (Space)").click()
        tab.clock.run_for(30_000)
        assert tab.locator(".drill-clock").inner_text() == "1:50"  # paused: no time passes
        tab.get_by_role("button", name="Reset").click()
        assert tab.locator(".drill-clock").inner_text() == "2:00"
        tab.get_by_role("button", name="Reveal (R)").click()
        assert tab.get_by_role("button", name="Partial (2)").is_visible()
        assert tab.get_by_role("timer", name="Time left").count() == 1


def test_daily_numbers_come_from_drills_look_ups_and_mock_results(chromium, site_url) -> None:
    round_id = study_order()[0][0]
    mock = sorted((ROOT / "corpus/mocks").glob("*.yaml"))[0].stem
    with browser_tab(chromium, site_url) as tab:
        tab.clock.install(time="2026-12-03T09:00:00")
        tab.goto(site_url + f"mocks/{mock}/")
        tab.get_by_label("Yes").check()  # the mock met its hire bar
        tab.goto(site_url + f"drill/{round_id}/")
        tab.keyboard.press(" ")
        tab.clock.run_for(50_000)
        tab.keyboard.press("r")
        tab.keyboard.press("3")  # nailed inside two minutes
        tab.goto(site_url + "plan/")
        tab.get_by_label("I started the plan on").fill("2026-12-01")
        tab.get_by_role("button", name="+1 looked up").click()
        tab.get_by_role("button", name="+1 looked up").click()
        tab.get_by_role("button", name="One fewer looked up").click()
        numbers = tab.locator(".study-today-numbers").inner_text()
        assert numbers == "1 answered inside two minutes in drills, 1 concepts looked up, mock success rate 100%."
        charts = tab.locator("svg.study-chart")
        assert charts.count() == 3
        assert "day 3 1" in charts.nth(0).get_attribute("aria-label")  # day 3 of the plan: today
        assert charts.nth(0).locator("rect").count() == 21


def test_the_plan_downloads_as_a_calendar_of_21_days_from_the_start_date(chromium, site_url, tmp_path) -> None:
    import icalendar

    with browser_tab(chromium, site_url) as tab:
        tab.goto(site_url + "plan/")
        tab.get_by_role("button", name="Calendar (.ics)").click()
        assert "Set the day you start" in tab.get_by_role("status").inner_text()  # no date: a clear message
        tab.get_by_label("I started the plan on").fill("2026-12-28")
        with tab.expect_download() as download:
            tab.get_by_role("button", name="Calendar (.ics)").click()
        path = tmp_path / download.value.suggested_filename
        download.value.save_as(path)
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    events = list(calendar.walk("VEVENT"))
    plan = yaml.safe_load((ROOT / "corpus/plan.yaml").read_text(encoding="utf-8"))
    assert len(events) == len(plan["days"])
    starts = [e["DTSTART"].dt for e in events]
    assert [d.isoformat() for d in starts[:5]] == ["2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", "2027-01-01"]
    assert all((e["DTEND"].dt - e["DTSTART"].dt).days == 1 for e in events)  # all-day events
    assert [str(e["URL"]).startswith(site_url + "plan/week-") for e in events] == [True] * len(events)
    assert len({str(e["UID"]) for e in events}) == len(events)
    first = plan["days"][0]["title"]
    assert first in str(events[0]["SUMMARY"])


def test_progress_for_a_question_the_site_no_longer_has_is_kept(chromium, site_url, tmp_path) -> None:
    saved = {
        "format": "ai-engineer-interview-guide/progress",
        "version": 1,
        "questions": {
            "retired-question": {"status": "ready", "practised": "2026-11-02", "updated": "2026-11-02T08:00:00Z"}
        },
    }
    path = tmp_path / "old.json"
    path.write_text(json.dumps(saved))
    with browser_tab(chromium, site_url) as tab:
        tab.goto(site_url + "plan/")
        with tab.expect_file_chooser() as chooser:
            tab.get_by_role("button", name="Import progress").click()
        chooser.value.set_files(str(path))
        tab.get_by_role("status").filter(has_text="Imported").wait_for()
        tab.goto(site_url)  # any other page loads and saves the state again
        tab.goto(site_url + "plan/")
        tab.get_by_role("button", name="+1 looked up").click()
        assert _storage(tab)["questions"]["retired-question"]["status"] == "ready"


def test_instant_navigation_keeps_the_index_and_rebuilds_the_study_tools(chromium, site_url) -> None:
    from playwright.sync_api import expect

    """Material swaps pages without reloading: the search index loads once for the visit, and the
    progress controls are built again on each new page, showing what was saved."""
    (round_id, first), (_, second) = study_order()[:2]
    with browser_tab(chromium, site_url) as tab:
        asked = _index_requests(tab)
        tab.goto(site_url + f"questions/{round_id}/{first}/")
        tab.get_by_label("Practising").check()
        tab.keyboard.press("/")
        _search_ready(tab)
        tab.keyboard.press("Escape")
        tab.evaluate("window.__sameDocument = true")
        tab.locator(f"a[href$='/{second}/']").first.click()  # the footer's or the navigation's link
        tab.wait_for_url(f"**/{second}/")
        expect(tab.get_by_label("Not started")).to_be_checked()
        assert tab.evaluate("window.__sameDocument") is True  # an instant page change, not a load
        tab.go_back()
        tab.wait_for_url(f"**/{first}/")
        expect(tab.get_by_label("Practising")).to_be_checked()  # waits for the page to be swapped in
        tab.keyboard.press("/")
        _search_ready(tab)
        assert len(asked) == 1
