"""Reading a file once: an article's bytes, or None for a file the test recognises (a dump)."""

from __future__ import annotations

import bz2
import gzip
from collections.abc import Callable
from pathlib import Path

import pytest

from leaving_vegas_extract.errors import InputError
from leaving_vegas_extract.source.dump import is_dump
from leaving_vegas_extract.source.files import HEAD_BYTES, read_path, read_unless

DUMP = b'<?xml version="1.0"?>\n<mediawiki xmlns="x">\n' + b"<page></page>\n" * 2000
ARTICLE = b"A Made-Up Film\n\nA Made-Up Film is a film.\n" * 300

PLAIN: Callable[[bytes], bytes] = bytes
WRITERS: list[tuple[str, Callable[[bytes], bytes]]] = [
    ("", PLAIN),
    (".gz", lambda b: gzip.compress(b, mtime=0)),
    (".bz2", bz2.compress),
]


@pytest.mark.parametrize(("suffix", "compress"), WRITERS, ids=["plain", "gz", "bz2"])
def test_read_unless_gives_an_article_and_recognises_a_dump(
    tmp_path: Path, suffix: str, compress: Callable[[bytes], bytes]
) -> None:
    article = tmp_path / f"a.txt{suffix}"
    article.write_bytes(compress(ARTICLE))
    assert read_unless(article, 1 << 20, is_dump) == read_path(article) == ARTICLE
    dump = tmp_path / f"d.xml{suffix}"
    dump.write_bytes(compress(DUMP))
    assert read_unless(dump, 1 << 20, is_dump) is None
    # The size limit is a page's, not a dump's: a dump over it is still recognised.
    assert len(DUMP) > 2 * HEAD_BYTES
    assert read_unless(dump, HEAD_BYTES + 10, is_dump) is None
    with pytest.raises(InputError, match="over the limit"):
        read_path(dump, HEAD_BYTES + 10)
    with pytest.raises(InputError, match="over the limit"):
        read_unless(article, 100, is_dump)


def test_read_unless_sees_only_the_head(tmp_path: Path) -> None:
    seen: list[int] = []

    def skip(head: bytes) -> bool:
        seen.append(len(head))
        return False

    path = tmp_path / "a.txt.gz"
    path.write_bytes(gzip.compress(ARTICLE, mtime=0))
    assert read_unless(path, 1 << 20, skip) == ARTICLE
    plain = tmp_path / "a.txt"
    plain.write_bytes(ARTICLE)
    assert read_unless(plain, 1 << 20, skip) == ARTICLE
    assert seen == [HEAD_BYTES, HEAD_BYTES]


def test_read_unless_failures_are_read_paths(tmp_path: Path) -> None:
    for path in (tmp_path / "missing.txt", tmp_path):
        with pytest.raises(InputError) as ours:
            read_unless(path, 1 << 20, is_dump)
        with pytest.raises(InputError) as theirs:
            read_path(path)
        assert (ours.value.kind, ours.value.message) == (theirs.value.kind, theirs.value.message)
