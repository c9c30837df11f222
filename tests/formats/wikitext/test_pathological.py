"""Deep nesting and broken markup end with diagnostics, never a RecursionError or a hang."""

from __future__ import annotations

from leaving_vegas_extract import extract_text


def _codes(text: str) -> list[str]:
    return [d.code for d in extract_text(text, source="p.wiki").diagnostics]


def test_ten_thousand_nested_templates_end_with_a_diagnostic() -> None:
    deep = "{{a|" * 10_000 + "x" + "}}" * 10_000
    article = extract_text(
        f"{{{{Infobox film\n| name = X\n| director = {deep}\n}}}}\n", source="d.wiki"
    )
    assert "nesting-too-deep" in [d.code for d in article.diagnostics]
    assert article.infobox is not None
    assert article.infobox.kind == "film"


def test_ten_thousand_nested_links_and_notes() -> None:
    assert "nesting-too-deep" in _codes("'''X''' " + "[[a|" * 10_000 + "]]" * 10_000)
    assert "nesting-too-deep" in _codes("'''X''' " + "{{efn|" * 10_000 + "}}" * 10_000)


def test_unclosed_braces_and_refs_are_read_as_text() -> None:
    codes = _codes("'''X''' " + "{{open " * 3000 + "[[open " * 3000 + " <ref>" * 500)
    assert "unclosed-markup" in codes
    assert "ref-unclosed" in codes
