"""A dump through the library and the exports: every page, streamed; one article only on request."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from leaving_vegas_extract import extract_articles, extract_file
from leaving_vegas_extract.api import extract_bytes
from leaving_vegas_extract.batch.exports import export_csl
from leaving_vegas_extract.errors import InputError
from leaving_vegas_extract.model.article import Article

from .conftest import FIXTURES

EXPORT = FIXTURES / "wikitext" / "films_export.xml"
ONE_PAGE = FIXTURES / "wikitext" / "kettle_point.xml.bz2"
TITLES = ["Random Crossing (film)", "Harvest of Glass", "Ada Pell"]


def test_extract_articles_streams_every_page_of_a_dump() -> None:
    articles = extract_articles(EXPORT)
    first = next(articles)  # an iterator: the rest of the dump is not read yet
    assert first.title == TITLES[0]
    assert [first.title, *(a.title for a in articles)] == TITLES  # no redirect, no talk page


def test_extract_articles_gives_a_single_articles_one_article() -> None:
    (article,) = list(extract_articles(FIXTURES / "wikitext" / "ada_pell.wiki"))
    assert article.infobox is not None
    assert article.infobox.kind == "person"


def test_extract_file_on_a_dump_is_its_first_page_and_says_more_follow() -> None:
    article = extract_file(EXPORT)
    assert article.title == TITLES[0]
    assert [d.code for d in article.diagnostics if d.code == "dump-more-pages"] == [
        "dump-more-pages"
    ]
    alone = extract_file(ONE_PAGE)
    assert "dump-more-pages" not in [d.code for d in alone.diagnostics]
    assert extract_bytes(EXPORT.read_bytes()).title == TITLES[0]


def test_a_dump_of_skipped_pages_only_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "r.xml"
    path.write_text(
        "<mediawiki><page><title>R</title><ns>0</ns><id>1</id><redirect title='X' />"
        "<revision><id>2</id><text>#REDIRECT [[X]]</text></revision></page></mediawiki>"
    )
    with pytest.raises(InputError) as caught:
        extract_file(path)
    assert caught.value.kind == "no-pages"
    assert list(extract_articles(path)) == []


def test_csl_export_covers_every_page_of_a_dump() -> None:
    from_dump = export_csl([str(EXPORT)])
    per_page = [item for a in extract_articles(EXPORT) for item in _items(a)]
    assert from_dump == per_page
    owners = {item["id"].split("-note-")[0] for item in from_dump}
    assert len(owners) >= 2  # the references of more than the first page


def _items(article: Article) -> list[dict[str, Any]]:
    from leaving_vegas_extract.export.csl import article_items, article_key

    return article_items(article, article_key(article))


_OPENED: list[str] | None = None  # while set, the audit hook below records every file opened


def _record_opens(event: str, args: tuple[Any, ...]) -> None:
    if event == "open" and _OPENED is not None:
        _OPENED.append(str(args[0]))


def test_extract_file_reads_an_article_file_once() -> None:
    # The "open" audit event: raised by every open at the C level, compiled callers included.
    global _OPENED
    import sys

    from .conftest import SEED

    sys.addaudithook(_record_opens)  # cannot be removed: inert while _OPENED is None
    _OPENED = []
    try:
        assert extract_file(SEED).title
        opened = _OPENED
    finally:
        _OPENED = None
    assert opened.count(str(SEED)) == 1


def test_extract_file_takes_a_dump_over_the_size_limit() -> None:
    from leaving_vegas_extract.options import ExtractOptions

    small = ExtractOptions(max_bytes=EXPORT.stat().st_size - 1)
    assert extract_file(EXPORT, options=small).title == TITLES[0]
