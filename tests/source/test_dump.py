"""MediaWiki XML exports: pages streamed in order, lines of the dump, nothing expanded."""

from __future__ import annotations

import bz2
import gzip
import lzma
import pickle
from pathlib import Path

from leaving_vegas_extract.api import extract_pages
from leaving_vegas_extract.options import ExtractOptions
from leaving_vegas_extract.source.dump import read_dump

_PAGE = """  <page>
    <title>{title}</title>
    <ns>{ns}</ns>
    <id>{id}</id>{redirect}
    <revision>
      <id>7{id}</id>
      <timestamp>2024-01-02T03:04:05Z</timestamp>
      <sha1>s{id}</sha1>
      <text bytes="1" xml:space="preserve">{text}</text>
    </revision>
  </page>
"""


def _dump(*pages: str, head: str = "") -> str:
    return (
        f'{head}<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/">\n'
        + "".join(pages)
        + "</mediawiki>\n"
    )


def _page(title: str, text: str, *, ns: int = 0, id: int = 1, redirect: str = "") -> str:
    return _PAGE.format(title=title, text=text, ns=ns, id=id, redirect=redirect)


FILM = "{{Infobox film\n| name = Box name\n| director = Ann Bee\n}}\n'''X''' is a film."


def test_pages_in_order_with_skips_as_records(tmp_path: Path) -> None:
    path = tmp_path / "d.xml"
    path.write_text(
        _dump(
            _page("Film A (film)", FILM, id=1),
            _page("Talk:Film A", "talk", ns=1, id=2),
            _page(
                "Film B",
                "#REDIRECT [[Film A (film)]]",
                id=3,
                redirect='\n    <redirect title="Film A (film)" />',
            ),
            _page("Film C", FILM, id=4),
        )
    )
    results = list(extract_pages(path))
    assert [(r.page.title, r.page.skip) for r in results] == [
        ("Film A (film)", None),
        ("Talk:Film A", "namespace"),
        ("Film B", "redirect"),
        ("Film C", None),
    ]
    first = results[0].article
    assert first is not None
    assert first.title == "Film A (film)"
    assert first.infobox is not None
    assert first.infobox.name == "Box name"
    assert (first.envelope.article_id, first.envelope.reproduction_date) == (
        "1",
        "2024-01-02T03:04:05Z",
    )
    assert first.envelope.extra["revision_id"] == "71"
    lines = path.read_text().split("\n")
    field = first.infobox.fields[0]
    assert lines[field.lines[0] - 1].strip() == "| director = Ann Bee"
    talk = list(extract_pages(path, options=ExtractOptions(namespaces=(1,))))
    assert [r.page.title for r in talk if r.article is not None] == ["Talk:Film A"]


def test_lines_stay_right_past_65535_lines_and_in_a_bz2(tmp_path: Path) -> None:
    filler = "<!-- filler -->\n" * 70000
    text = _dump(_page("Far", FILM), head="")
    text = text.replace(
        '<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/">\n',
        "<mediawiki>\n" + filler,
        1,
    )
    path = tmp_path / "far.xml.bz2"
    path.write_bytes(bz2.compress(text.encode()))
    (result,) = list(extract_pages(path))
    assert result.article is not None
    assert result.article.infobox is not None
    number = result.article.infobox.fields[0].lines[0]
    assert text.split("\n")[number - 1].strip() == "| director = Ann Bee"
    assert number > 70000


def test_bare_page_fragment(tmp_path: Path) -> None:
    path = tmp_path / "one.xml"
    path.write_text(_page("Lone", FILM))
    (page,) = list(read_dump(str(path)))
    assert page.title == "Lone"
    assert page.source is not None
    assert page.source.first_line == 9


def test_max_bytes_applies_per_page(tmp_path: Path) -> None:
    path = tmp_path / "d.xml"
    path.write_text(_dump(_page("Small", FILM, id=1), _page("Big", FILM + "x" * 5000, id=2)))
    options = ExtractOptions(max_bytes=2000)
    results = [(r.page.skip, r.article is not None) for r in extract_pages(path, options=options)]
    assert results == [(None, True), ("too-large", False)]


def test_external_entities_and_entity_bombs_are_inert(tmp_path: Path, monkeypatch) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    bomb = "".join(
        f'<!ENTITY l{i} "&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};">' for i in range(1, 12)
    )
    head = (
        f'<?xml version="1.0"?>\n<!DOCTYPE mediawiki [<!ENTITY xxe SYSTEM "file://{secret}">'
        f'<!ENTITY l0 "lol">{bomb}]>\n'
    )
    path = tmp_path / "evil.xml"
    path.write_text(_dump(_page("Evil", "{{Infobox film\n| director = &xxe; &l11;\n}}"), head=head))
    results = list(extract_pages(path))
    assert len(results) == 1
    result = results[0]
    if result.article is not None:
        assert "TOPSECRET" not in result.article.model_dump_json()
        assert "lol" not in result.article.model_dump_json()
    else:
        assert result.page.skip == "malformed"


def test_an_input_that_only_opens_like_a_dump_is_read_as_an_article() -> None:
    from leaving_vegas_extract.api import extract_bytes

    assert extract_bytes(b"<page").title == "<page"


def test_each_page_records_how_far_into_the_file_it_was_read(tmp_path: Path) -> None:
    body = _dump(*(_page(f"Film {n}", FILM + " x" * 200_000, id=n) for n in range(1, 6)))
    plain = tmp_path / "d.xml"
    plain.write_text(body)
    packed = []
    for suffix, compress in (
        (".bz2", bz2.compress),
        (".gz", gzip.compress),
        (".xz", lzma.compress),
    ):
        packed.append(tmp_path / f"d.xml{suffix}")
        packed[-1].write_bytes(compress(body.encode()))
    for path in (plain, *packed):
        offsets = [page.offset for page in read_dump(str(path))]
        assert len(offsets) == 5
        assert offsets == sorted(offsets)
        assert 0 < offsets[-1] <= path.stat().st_size
    first, *_, last = [page.offset for page in read_dump(str(plain))]
    assert first < last  # 2 MB read 1 MB at a time: the first page is met early


def test_pages_and_their_sources_pickle_whole() -> None:
    """A page crosses to a batch worker by pickle, compiled or not (a frozen dataclass compiled
    by mypyc has no default pickling)."""
    pages = list(read_dump(str(Path(__file__).parents[1] / "fixtures/wikitext/films_export.xml")))
    assert any(page.source is not None for page in pages)
    for page in pages:
        again = pickle.loads(pickle.dumps(page))
        assert again == page
        assert again.source == page.source
