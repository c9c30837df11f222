"""Hostile HTML is inert: no file read, no entity expanded, no script kept, no crash."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from leaving_vegas_extract.api import extract_bytes
from leaving_vegas_extract.errors import InputError
from leaving_vegas_extract.export.json_out import to_json
from leaving_vegas_extract.formats.html.parse import HTML_MAX_BYTES, blank_internal_subset
from leaving_vegas_extract.model.article import Article
from leaving_vegas_extract.source.document import is_blank

SECRET = "SECRET-SENTINEL-4242"


def extract(page: bytes | str) -> Article:
    data = page.encode("utf-8") if isinstance(page, str) else page
    return extract_bytes(data, source="hostile.html")


def accounted(article: Article, page: str) -> bool:
    """Every non-blank line is claimed or listed as unclaimed."""
    lines = page.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    cov = article.coverage
    unclaimed = sum(last - first + 1 for first, last in cov.unclaimed)
    nonblank = sum(1 for line in lines if not is_blank(line))
    return cov.lines_total == nonblank and cov.lines_claimed + unclaimed == nonblank


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "doctype",
    [
        pytest.param(
            '<!DOCTYPE html [\n<!ENTITY xxe SYSTEM "file://{path}">\n]>', id="external-entity"
        ),
        pytest.param(
            '<?xml version="1.0"?>\n<!DOCTYPE html [\n<!ENTITY xxe SYSTEM "file://{path}">\n'
            '<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd">\n%remote;\n]>',
            id="xml-declaration-and-parameter-entity",
        ),
        pytest.param(
            '<!DOCTYPE html SYSTEM "file://{path}">\n<!-- &xxe; -->', id="external-dtd-no-subset"
        ),
    ],
)
def test_external_entities_read_no_file(secret_file: Path, doctype: str) -> None:
    page = (
        doctype.format(path=secret_file)
        + "\n<html><body>\n<h1>&xxe;</h1>\n"
        + '<table class="infobox"><tr><th>Directed by</th><td>&xxe;</td></tr></table>\n'
        + "<p>Before &xxe; after.</p>\n</body></html>\n"
    )
    article = extract(page)
    assert SECRET not in to_json(article).decode("utf-8")
    assert [p.text for p in article.lead] == ["Before &xxe; after."]
    assert accounted(article, page)


def test_internal_subset_blanked_keeping_lines() -> None:
    page = '<!DOCTYPE html [\n<!ENTITY a "b">\n]>\n<p>&a;</p>'
    blanked = blank_internal_subset(page)
    assert (blanked.count("\n"), "ENTITY" in blanked, blanked.endswith("<p>&a;</p>")) == (
        3,
        False,
        True,
    )


def test_entity_expansion_bomb_stays_small() -> None:
    entities = ['<!ENTITY lol "lol">']
    entities += [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    entities[1] = '<!ENTITY lol1 "' + "&lol;" * 10 + '">'
    page = (
        "<!DOCTYPE html [\n"
        + "\n".join(entities)
        + "\n]>\n<html><body><p>&lol9;</p></body></html>\n"
    )
    start = time.process_time()
    article = extract(page)
    assert time.process_time() - start < 5
    assert [p.text for p in article.lead] == ["&lol9;"]
    assert len(to_json(article)) < 20_000


def _peak_rss_mb(code: str) -> tuple[str, float]:
    """Run ``code`` in a fresh interpreter; its last output line and its peak memory in MB."""
    probe = (
        f"{code}\nimport resource\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)"  # Linux: kilobytes
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    ).stdout.split("\n")
    return out[-3], float(out[-2])


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss is in kilobytes on Linux only")
def test_fifty_megabyte_page_refused_clearly_in_bounded_memory() -> None:
    code = (
        "from leaving_vegas_extract.api import extract_bytes\n"
        "from leaving_vegas_extract.errors import InputError\n"
        'row = b\'<p>Prose with a <a href="x">link</a> and a marker<sup class="reference">'
        "<a>[1]</a></sup>.</p>\\n'\n"
        "data = b'<html><body>' + row * (50 * 1024 * 1024 // len(row)) + b'</body></html>'\n"
        "try:\n    extract_bytes(data, source='big.html')\n    print('extracted')\n"
        "except InputError as exc:\n    print(exc.kind, exc)\n"
    )
    outcome, peak = _peak_rss_mb(code)
    assert outcome.startswith("too-large HTML page of ")
    assert f"over the HTML limit of {HTML_MAX_BYTES} bytes" in outcome
    assert peak < 600  # the 50 MB input and its decoded text, never a tree of it


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss is in kilobytes on Linux only")
def test_page_under_the_limit_extracts_in_bounded_memory() -> None:
    code = (
        "from leaving_vegas_extract.api import extract_bytes\n"
        "row = b'<p>Prose with a marker<sup class=\"reference\"><a>[1]</a></sup>.</p>\\n'\n"
        "data = b'<html><body>' + row * (2 * 1024 * 1024 // len(row)) + b'</body></html>'\n"
        "print(len(extract_bytes(data, source='two-mb.html').lead))\n"
    )
    outcome, peak = _peak_rss_mb(code)
    assert int(outcome) > 20_000
    assert peak < 500


def test_limit_is_an_input_error() -> None:
    page = b"<html><body>" + b"<p>x</p>" * (HTML_MAX_BYTES // 8 + 1) + b"</body></html>"
    with pytest.raises(InputError, match="HTML limit"):
        extract(page)


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        pytest.param("<div>\n", "</div>\n", id="blocks"),
        pytest.param("<b><i>", "", id="unclosed-inline"),
        pytest.param("<table><tr><td>\n", "</td></tr></table>\n", id="tables"),
        pytest.param("<ul><li>", "", id="unclosed-lists"),
    ],
)
def test_ten_thousand_deep_nesting(opening: str, closing: str) -> None:
    page = (
        "<html><body>\n<p>Before.</p>\n"
        + opening * 10_000
        + "<p>Deep.</p>\n"
        + closing * 10_000
        + "<p>After.</p>\n</body></html>\n"
    )
    start = time.process_time()
    article = extract(page)
    assert time.process_time() - start < 10
    assert article.lead[0].text == "Before."
    assert accounted(article, page)
    # The parser stops at its depth limit; what it never read stays unclaimed, not lost.
    if "html-parse-stopped" in {d.code for d in article.diagnostics}:
        assert article.coverage.unclaimed


@pytest.mark.parametrize(
    "page",
    [
        pytest.param("<html><body><p>Open <b>bold <i>both<p>Next", id="unclosed-tags"),
        pytest.param("<p>a</div></span></table></p></p>", id="stray-end-tags"),
        pytest.param("<table><tr><td rowspan=99999 colspan=99999>x</table>", id="huge-spans"),
        pytest.param("<table><th><td><tr>", id="table-soup"),
        pytest.param("<<<>>><p<p>>&#0;&#xD800;&bogus;&", id="angle-soup"),
        pytest.param("<!-- never closed <p>hidden</p>", id="open-comment"),
        pytest.param("<![CDATA[ x ]]><?php echo 1; ?><p>y</p>", id="cdata-and-pi"),
        pytest.param('<table class="infobox"><tr><th></th><td></td></tr></table>', id="empty-box"),
        pytest.param('<ol class="references"><li></li></ol>', id="empty-note"),
        pytest.param("<h2></h2><h3>\n</h3><p></p>", id="empty-headings"),
        pytest.param("<html>" + "<p>" + "[" * 200_000 + "</p>", id="line-of-brackets"),
        pytest.param("<html><p>" + "1" * 300_000 + "</p>", id="line-of-digits"),
        pytest.param("<html><p>" + " " * 300_000 + "x</p>", id="line-of-spaces"),
        pytest.param("<html>\n" + "<br>\n" * 70_000 + "<p>far</p>\n", id="past-line-65535"),
    ],
)
def test_broken_markup_extracts(page: str) -> None:
    start = time.process_time()
    article = extract(page)
    assert time.process_time() - start < 10
    assert accounted(article, page)


def test_script_style_and_templates_never_reach_the_output() -> None:
    page = (
        "<html><head><script>var leak = 'SCRIPT-1';</script><style>p{} /* STYLE-1 */</style>\n"
        "</head><body>\n<p>Visible.</p>\n<script type='text/javascript'>\nSCRIPT-2\n</script>\n"
        "<noscript>NOSCRIPT-1</noscript><template><p>TEMPLATE-1</p></template>\n"
        '<table class="infobox"><tr><th>Directed by</th><td>Ann<script>SCRIPT-3</script></td></tr>'
        "</table>\n<p onclick=\"alert('HANDLER-1')\">Click <a href=\"javascript:alert('URL-1')\">"
        "here</a>.</p>\n</body></html>\n"
    )
    article = extract(page)
    text = to_json(article).decode("utf-8")
    leaks = [
        w for w in ("SCRIPT-", "STYLE-", "NOSCRIPT-", "TEMPLATE-", "HANDLER-", "URL-") if w in text
    ]
    assert leaks == []
    assert [p.text for p in article.lead] == ["Visible.", "Click here."]
    assert article.infobox is not None
    assert article.infobox.directed_by == ["Ann"]
