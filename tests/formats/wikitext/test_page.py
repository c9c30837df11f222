"""The page reader: offsets to input lines, the guard, footnote numbering."""

from __future__ import annotations

from leaving_vegas_extract.formats.wikitext.guard import MAX_DEPTH, guard
from leaving_vegas_extract.formats.wikitext.page import WikiPage
from leaving_vegas_extract.formats.wikitext.refs import index_refs


def _page(text: str, first_line: int = 1) -> WikiPage:
    page = WikiPage.of(tuple(text.split("\n")), first_line)
    page.refs = index_refs(page)
    return page


def test_offsets_map_to_input_lines_from_the_first_line() -> None:
    page = _page("ab\ncd\n\nef", first_line=40)
    assert [page.line_of(i) for i in (0, 2, 3, 6, 7)] == [40, 40, 41, 42, 43]
    assert page.lines_of(3, 9) == (41, 43)
    assert page.lines_of(0, 7) == (40, 41)  # trailing blank line dropped
    assert page.lines_of(2, 7) == (41, 41)  # and the line end before


def test_guard_keeps_length_and_blanks_comments() -> None:
    source = "a<!-- x\ny -->b<!-- open"
    out = guard(source)
    assert len(out.text) == len(source)
    assert out.text.count("\n") == 1
    assert out.text.startswith("a")
    assert "x" not in out.text
    assert "open" not in out.text


def test_guard_flattens_runaway_nesting_with_a_change_recorded() -> None:
    depth = MAX_DEPTH + 50
    out = guard("{{a|" * depth + "}}" * depth)
    assert out.text.count("{{") == MAX_DEPTH
    assert [code for _, code in out.changes] == ["nesting-too-deep"]


def test_guard_closes_a_template_left_open_in_a_ref() -> None:
    source = "{{Infobox film|a=b<ref>{{cite web|title=T</ref>|c=d}}"
    out = guard(source)
    assert out.text.count("{{") == 1
    assert [code for _, code in out.changes] == ["template-unclosed"]


def test_refs_numbered_in_order_of_first_use_with_reuse_as_backlinks() -> None:
    page = _page(
        'A<ref name="x">X</ref> B<ref>Y</ref> C<ref name="x"/> D{{sfn|Roe|1999|p=4}}'
        " E{{sfn|Roe|1999|p=4}} F{{efn|note<ref name=z/>}} G<ref group=n>gn</ref>"
        "\n{{Reflist|refs=<ref name=z>Z</ref><ref name=never>N</ref>}}"
    )
    assert page.refs is not None
    entries = [(e.number, e.name, e.backlinks, e.sfn is not None) for e in page.refs.entries]
    assert entries == [
        (1, "x", 2, False),
        (2, None, 1, False),
        (3, None, 2, True),
        (4, "z", 1, False),
    ]
    assert [(n.group, n.label) for n in page.refs.notes] == [("efn", "a"), ("n", "1")]
    assert [d.code for d in page.refs.diagnostics] == ["ref-unused"]


def test_refs_in_comments_do_not_count_and_an_unclosed_ref_ends_its_line() -> None:
    page = _page("A<!-- <ref>hidden</ref> -->B<ref>open\nnext line<ref>Z</ref>")
    assert page.refs is not None
    assert len(page.refs.entries) == 2
    assert [d.code for d in page.refs.diagnostics] == ["ref-unclosed"]
