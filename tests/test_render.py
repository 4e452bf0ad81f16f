"""The render stage: pages, their order, their links, and what contributed text can do."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from conftest import ROOT, VALID

from generator.pipeline import load_checked
from generator.render import CHEAT_SHEETS_PAGE, cheat_sheet_page, link, render
from generator.text import first_sentence, for_markdown, tooltip


@pytest.fixture(scope="module")
def pages():
    return render(load_checked(VALID))


def render_edited(corpus: Path, old: str, new: str, page: str = "questions/alpha/first.md") -> str:
    """Replace ``old`` with ``new`` in the first fixture question, render, and return ``page``."""
    first = corpus / "questions/alpha/first.yaml"
    first.write_text(first.read_text().replace(old, new))
    return render(load_checked(corpus))[page].markdown


def test_question_page_puts_the_two_minute_answer_first(pages) -> None:
    page = pages["questions/alpha/first.md"].markdown
    order = [
        "# 1. How does the first fixture question read&#63;",
        "## The two-minute answer",
        '!!! abstract two-minute ""',
        "## Deep dive",
        "## Key facts",
        "## What the interviewer grades",
        "**Strong signals**",
        "**Red flags**",
        "**The senior bar:**",
        "## Follow-ups",
        "## Run it",
        "## Related questions",
        "## Glossary",
        "## References",
    ]
    positions = [page.index(marker) for marker in order]
    assert positions == sorted(positions)


def test_question_page_says_when_its_facts_were_checked(pages) -> None:
    assert "· facts checked November 2026\n" in pages["questions/alpha/first.md"].markdown


def test_numbers_follow_the_round_order(pages) -> None:
    assert "# 1. How does the first" in pages["questions/alpha/first.md"].markdown
    assert "# 2. How does the second" in pages["questions/alpha/second.md"].markdown
    assert "# 3. How does the third" in pages["questions/beta/third.md"].markdown


def test_related_questions_link_both_ways() -> None:
    corpus = load_checked(VALID)
    # "third" now lists only "second"; "first" still lists "third", so the link must show both ways
    third = corpus.question("third")
    corpus.questions[corpus.questions.index(third)] = replace(
        third, model=third.model.model_copy(update={"related": ["second"]})
    )
    pages = render(corpus)
    related = pages["questions/beta/third.md"].markdown.split("## Related questions")[1].split("\n## ")[0]
    assert related.count("](../alpha/first.md)") == 1
    assert related.count("](../alpha/second.md)") == 1
    assert "](../beta/third.md)" in pages["questions/alpha/first.md"].markdown.split("## Related questions")[1]


def test_guide_links_become_relative_checked_links(pages) -> None:
    first = pages["questions/alpha/first.md"].markdown
    assert "[linked here](second.md)" in first
    # the definition, as plain text, is the link's title: Material shows it as a tooltip
    assert (
        "[term](../../glossary.md#fixture-term 'A term the fixture defines, explained in the first question.')" in first
    )
    glossary = pages["glossary.md"].markdown
    assert "[the first question](questions/alpha/first.md)" in glossary
    assert "## Fixture term { #fixture-term }" in glossary


def test_links_between_pages() -> None:
    assert link("questions/rag/a.md", "questions/rag/b.md") == "b.md"
    assert link("questions/rag/a.md", "questions/agents/c.md") == "../agents/c.md"
    assert link("questions/index.md", "glossary.md", "bm25") == "../glossary.md#bm25"
    assert link("glossary.md", "questions/rag/a.md") == "questions/rag/a.md"


def test_edit_paths_point_at_corpus_files(pages) -> None:
    assert pages["questions/alpha/first.md"].edit_path == "questions/alpha/first.yaml"
    assert pages["glossary.md"].edit_path == "glossary.yaml"
    assert pages["questions/beta/index.md"].edit_path == "clusters.yaml"


def test_contributed_text_is_inserted_not_evaluated(corpus_copy: Path) -> None:
    page = render_edited(
        corpus_copy, "One fact with its condition.", "Braces {{ 7 * 7 }} and {% raw %} stay as written."
    )
    assert "Braces {{ 7 * 7 }} and {% raw %} stay as written." in page
    assert "49" not in page


def test_code_in_prose_may_contain_anything(corpus_copy: Path) -> None:
    page = render_edited(
        corpus_copy,
        "### How it works\n",
        "### How it works\n  Inline `<script>` and a fence:\n\n"
        '  ```html\n  <div onclick="x">{: .c } [a](javascript:b)</div>\n  ```\n\n',
    )
    assert '<div onclick="x">{: .c } [a](javascript:b)</div>' in page


def test_q_links_inside_code_are_left_alone(corpus_copy: Path) -> None:
    page = render_edited(corpus_copy, "### How it works\n", "### How it works\n  Write `[x](q:ghost)` to link.\n")
    assert "`[x](q:ghost)`" in page


def test_snippet_fence_outgrows_backticks_in_the_code(corpus_copy: Path) -> None:
    snippet = corpus_copy / "questions/alpha/first.py"
    snippet.write_text('print("```")\n#> ```\n')
    page = render(load_checked(corpus_copy))["questions/alpha/first.md"].markdown
    assert '````python\nprint("```")\n#> ```\n````' in page


def test_plain_text_fields_are_inert_in_markdown(corpus_copy: Path) -> None:
    title = "Is a | b *bold* <b>x</b> [l](javascript:y)?"
    inert = "Is a &#124; b &#42;bold&#42; &#60;b&#62;x&#60;&#47;b&#62; &#91;l&#93;&#40;javascript&#58;y&#41;&#63;"
    page = render_edited(corpus_copy, "How does the first fixture question read?", title)
    assert f"# 1. {inert}\n" in page
    label, inert_label = (
        "a | *b* <i>c</i> [l](javascript:y)",
        "a &#124; &#42;b&#42; &#60;i&#62;c&#60;&#47;i&#62; &#91;l&#93;&#40;javascript&#58;y&#41;",
    )
    table = render_edited(corpus_copy, "label: Fixture first", f"label: '{label}'", page="questions/index.md")
    assert f"[{inert_label}](alpha/first.md)" in table


def test_tables_and_links_use_the_short_label_and_the_page_keeps_the_question(pages) -> None:
    table = pages["questions/index.md"].markdown
    assert "[Fixture first](alpha/first.md)" in table and "How does the first" not in table
    second = pages["questions/alpha/second.md"].markdown
    assert "# 2. How does the second fixture question read&#63;" in second
    assert "→" not in second and "←" not in second  # previous and next are the theme's footer


def test_values_for_the_theme_are_html_escaped(corpus_copy: Path) -> None:
    # Material prints the front-matter title and description as HTML, the description inside an attribute
    page = render_edited(corpus_copy, "How does the first fixture question read?", "Is \"a\" <b> & 'c'?")
    front_matter = page.split("---\n")[1]
    assert 'title: "1. Is &quot;a&quot; &lt;b&gt; &amp; &#x27;c&#x27;?"' in front_matter
    assert "<b>" not in front_matter and '\\"' not in front_matter


def test_rendering_is_deterministic() -> None:
    assert render(load_checked(VALID)) == render(load_checked(VALID))


def test_the_tags_page_lists_each_tag_with_its_questions_in_study_order(corpus_copy: Path) -> None:
    third = corpus_copy / "questions/beta/third.yaml"
    third.write_text(third.read_text().replace("tags: [fixture, testing]", "tags: [testing, fixture]"))
    pages = render(load_checked(corpus_copy))
    tags = pages["tags.md"]
    assert tags.edit_path == "tags.yaml"  # its edit link opens the vocabulary
    fixture = tags.markdown[tags.markdown.index("## fixture { #fixture }") : tags.markdown.index("## testing")]
    assert "Questions that exist only for the tests&#46;" in fixture  # plain text, escaped
    assert fixture.index("[1. ") < fixture.index("[2. ") < fixture.index("[3. ")
    # tables and question pages link each tag to its section
    assert "[testing](../../tags.md#testing)" in pages["questions/beta/third.md"].markdown
    assert "[fixture](../tags.md#fixture)" in pages["questions/index.md"].markdown


def test_a_tooltip_is_one_line_of_plain_text_that_cannot_end_its_title_early() -> None:
    definition = "Uses `k` and [a \"quoted\" link](q:x) in\nit's 'title'\\ form."
    assert tooltip(definition) == "Uses k and a \u201dquoted\u201d link in it\u2019s \u2019title\u2019/ form."
    assert tooltip("word " * 100).endswith("\u2026") and len(tooltip("word " * 100)) == 300


def test_glossary_has_an_a_to_z_index_and_back_links_in_study_order(corpus_copy: Path) -> None:
    glossary_file = corpus_copy / "glossary.yaml"
    glossary_file.write_text(
        glossary_file.read_text().replace("questions: [second, third]", "questions: [third, second]")
        + "  - id: digits\n    term: 2-bit term\n    definition: Starts with a digit.\n"
        "    questions: [first]\n"
    )
    glossary = render(load_checked(corpus_copy))["glossary.md"].markdown
    assert "[&#35;](#digits) · [F](#fixture-term) · [O](#other-term)\n" in glossary
    other = glossary[glossary.index("## Other term") :]
    assert other.index("[2. ") < other.index("[3. ")  # listed as [third, second], shown in study order


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("It answers. Then it explains.", "It answers."),
        ("Use e.g. a cache. Then stop.", "Use e.g. a cache."),
        ("Lewis et al. 2020 named it. Then more.", "Lewis et al. 2020 named it."),
        ("Llama 3.1 has 8B weights! Then more.", "Llama 3.1 has 8B weights!"),
        ("One line only", "One line only"),
        ('It ends. "Quoted" start.', "It ends."),
        ("The [K. Smith paper](q:x) shows it. Then more.", "The [K. Smith paper](q:x) shows it."),
    ],
)
def test_the_opening_line_is_the_first_sentence(text: str, first: str) -> None:
    assert first_sentence(text) == first


def test_each_round_and_the_whole_guide_have_a_cheat_sheet_of_every_question() -> None:
    corpus = load_checked(ROOT / "corpus")
    pages = render(corpus)
    number = {q.id: n for n, q in enumerate(corpus.questions, start=1)}
    whole = pages[CHEAT_SHEETS_PAGE].markdown
    for round_ in corpus.rounds:
        sheet = pages[cheat_sheet_page(round_.id)].markdown
        assert "search:\n  exclude: true" in sheet  # the sheets repeat the question pages
        for ident in round_.questions:
            q = corpus.question(ident)
            heading = (
                f"### [{number[ident]}. {for_markdown(q.model.label)}]({link(cheat_sheet_page(round_.id), q.page)})"
            )
            assert heading in sheet
            assert f"### [{number[ident]}. {for_markdown(q.model.label)}](" in whole
        entries = sheet.count('<div class="sheet-entry" markdown>')
        facts = sum(len(corpus.question(i).model.key_facts) for i in round_.questions)
        assert entries == len(round_.questions)
        assert sheet.count("\n- ") == facts
        # the round's terms, and only those, are named in its block
        terms = [t for t in corpus.terms if set(t.questions) & set(round_.questions)]
        block = sheet.split("## Terms to know", 1)[1]
        assert block.count("](../glossary.md#") == len(terms)
        assert all(f"](../glossary.md#{t.id})" in block for t in terms)
        assert f"## {for_markdown(round_.title)}\n" in whole
    assert whole.count('<div class="sheet-entry" markdown>') == len(corpus.questions)


def test_a_cheat_sheet_entry_opens_with_the_answers_first_sentence_and_lists_its_key_facts(pages) -> None:
    sheet = pages["cheat-sheets/alpha.md"].markdown
    entry = sheet.split("### [1. ", 1)[1].split("</div>", 1)[0]
    assert "\nFixture answers keep to the word range the rules demand.\n{ .sheet-opening }\n" in entry
    assert "- One fact with its condition.\n- Another fact with its condition.\n" in entry
    assert "### [3. " not in sheet  # another round's question
    assert "### [3. " in pages["cheat-sheets/index.md"].markdown


def test_pdf_links_appear_only_when_there_are_pdfs() -> None:
    corpus = load_checked(VALID)
    plain = render(corpus)
    linked = render(
        corpus, pdf_links={"cheat-sheets/alpha.md": "PDF: [A4](x.pdf)", "questions/alpha/index.md": "PDF: y"}
    )
    assert "PDF:" not in plain["cheat-sheets/alpha.md"].markdown + plain["questions/alpha/index.md"].markdown
    assert "PDF: [A4](x.pdf)." in linked["cheat-sheets/alpha.md"].markdown
    assert "a question to a page: PDF: y." in linked["questions/alpha/index.md"].markdown
    assert "PDF:" not in linked["cheat-sheets/beta.md"].markdown
