"""Contributed-Markdown rules: code is exempt, prose is checked, columns are exact."""

from __future__ import annotations

from generator.markdown_rules import build_time_sequences, check, guide_links, rewrite_guide_links


def codes(text: str) -> list[str]:
    return [f.code for f in check(text)]


def test_ordinary_prose_passes() -> None:
    text = (
        "A < B and 3 > 2; see <https://example.org> or [docs](https://example.org/x).\n"
        "Sets like {a, b} and a training data: split are fine. ### not a heading mid-line"
    )
    assert codes(text) == []


def test_code_spans_and_fences_are_exempt() -> None:
    text = "Use `<div>` and ``{: .x }``.\n\n~~~\n<script>--8<--</script>\n~~~\n\n````md\n```\n<b>\n```\n````\n"
    assert codes(text) == []


def test_each_rule_fires_with_its_column() -> None:
    found = check("ok <b>bold</b>\n[x](data:text/html,hi) {#id}\n\n## Title")
    assert [(f.line, f.column, f.code) for f in found] == [
        (0, 4, "M301"),
        (0, 11, "M301"),
        (1, 5, "M302"),
        (1, 24, "M303"),
        (3, 1, "M305"),
    ]


def test_an_html_comment_and_processing_instruction_are_html() -> None:
    assert codes("<!-- hidden -->") == ["M301"]
    assert codes("<?php echo 1 ?>") == ["M301"]


def test_reference_definitions_are_checked() -> None:
    assert codes("[x]: javascript:alert(1)") == ["M302"]
    assert codes("[x]: https://example.org") == []


def test_an_unclosed_fence_hides_nothing_after_it_from_the_reader() -> None:
    # an unclosed fence runs to the end in Markdown too, so what follows is code, not HTML
    assert codes("```\n<b>") == []


def test_guide_links_are_found_and_rewritten_outside_code() -> None:
    text = "See [a](q:kv-cache) and `[b](q:no)` and [c](g:bm25)."
    assert list(guide_links(text)) == [(0, 9, "q", "kv-cache"), (0, 45, "g", "bm25")]
    rewritten = rewrite_guide_links(text, lambda kind, ident: f"{kind}/{ident}.md")
    assert rewritten == "See [a](q/kv-cache.md) and `[b](q:no)` and [c](g/bm25.md)."


def test_percent_encoding_is_fine_without_a_scheme() -> None:
    assert codes("[x](https://example.org/a%20b) and [y](#a%20b)") == []


def test_guide_links_must_be_written_so_the_build_can_check_them() -> None:
    fine = "[a](q:kv-cache), [b](g:bm25), [c](#further-down) and [d](https://example.org/x.md)"
    assert codes(fine) == []
    for broken in (
        "[a](q: kv-cache)",
        "[a]( q:kv-cache)",
        "[a](Q:kv-cache)",
        '[a](q:kv-cache "t")',
        "[a](q:)",
        "[a](q:KV_cache)",
        "[a]: q:kv-cache",
        "<g:bm25>",
        "[a]()",
        "[a](../rag/hybrid-search.md)",
        "[a](hybrid-search.md#why)",
        "[a](/questions/rag/x/)",
    ):
        assert codes(broken) == ["M309"], broken


def test_a_relative_link_is_answered_with_the_guide_link_it_probably_meant() -> None:
    def advice(text: str) -> str:
        return check(text)[0].message

    assert "[text](q:hybrid-search)" in advice("[a](../rag/hybrid-search.md)")
    assert "[text](q:hybrid-search)" in advice("[a](/questions/rag/hybrid-search/)")
    assert "[text](g:bm25)" in advice("[a](/glossary/#bm25)")
    assert "`(q: kv-cache)` is not a link" in advice("see [a](q: kv-cache) here")


def test_legitimate_prose_raises_no_false_alarm() -> None:
    text = (
        "Keep n < k and write to <someone@example.org>.\n"
        "Generics look like `List<String>` and a dict like `{x=1}`, even when a span\n"
        "wraps: `Map<String,\nList<Int>>` stays code.\n\n"
        "> ```java\n> List<String> names = new ArrayList<>();\n> ```\n\n"
        "- a list item with a fence:\n\n    ```python\n    config = {x=1}  # <b>\n    ```\n"
    )
    assert codes(text) == []


def test_an_escaped_backtick_opens_no_code_span() -> None:
    # Markdown reads \` as a literal backtick, so what follows is HTML, not code
    assert codes("\\`<img src=x onerror=alert(1)>`") == ["M301"]


def test_build_time_sequences_are_found_anywhere_even_in_code() -> None:
    text = 'Prose ::: x\n```\n--8<-- "/etc/passwd"\n```\n`::: generator.schema`'
    assert [(line, column, code) for line, column, code, _ in build_time_sequences(text)] == [
        (0, 7, "M306"),
        (4, 2, "M306"),
        (2, 1, "M304"),
    ]


def test_a_list_glued_to_a_paragraph_is_flagged_as_python_markdown_renders_it() -> None:
    import markdown
    from conftest import ROOT
    from mkdocs.config import load_config

    config = load_config(str(ROOT / "mkdocs.yml"))

    def to_html(text: str) -> str:
        return markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs).convert(
            text
        )

    glued = "Two fixes are standard.\n- **A loss.** It evens the load.\n- **A bias.** It steers routing."
    assert [(f.line, f.code) for f in check(glued)] == [(1, "M308")]
    assert "<li>" not in to_html(glued)  # the reason for the rule: it shows as text
    apart = glued.replace("standard.\n", "standard.\n\n")
    assert check(apart) == [] and to_html(apart).count("<li>") == 2
    wrapped_item = "- **A loss.** It evens the\n  load across experts.\n- **A bias.** It steers."
    assert check(wrapped_item) == []
    assert check("The figure dates from\n2026. The year after, it grew.") == []
