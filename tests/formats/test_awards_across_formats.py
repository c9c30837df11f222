"""One invented accolades table given as wikitext, as the page rendered from it and as the
mirror's flattened text of it: the same awards, citations and years from each.

The table has a Ref. cell spanned over an award group (a citation cell over several rows cites
each of them) and a ceremony cell printing its year with the edition ordinal ("2031 (72nd)":
the year is 2031 in every format).
"""

from __future__ import annotations

from typing import Any

from leaving_vegas_extract.api import extract_bytes
from leaving_vegas_extract.model.article import Article

WIKI = """{{Infobox film
| name = Kestrel Hill
}}
'''''Kestrel Hill''''' is a 2031 drama film.

== Accolades ==
{| class="wikitable plainrowheaders"
! Year !! Award !! Category !! Nominee(s) !! Result !! Ref.
|-
| rowspan="3" | [[72nd Tallis Film Awards|2031 (72nd)]]
! scope="row" rowspan="3" | Tallis Film Awards
| Best Actor || Ned Corrow || {{Won}}
| rowspan="3" | <ref name="t">Tallis Guild, ''Winners''.</ref>
|-
| Best Sound || Ama Deyo || {{Nom}}
|-
| Best Score || Oda Marr || {{Nom}}
|-
| 2032 (73rd) || Kestrel Critics Circle || Best Film || Pia Ostrow || {{Won}} || <ref>Kestrel Critics, ''Results''.</ref>
|}

== References ==
{{Reflist}}
"""  # noqa: E501

_YES = '<td style="background: #9EFF9E;" class="yes table-yes2 notheme">Won</td>'
_NO = '<td style="background: #FFE3E3;" class="no table-no2 notheme">Nominated</td>'


def _ref(name: str, n: int) -> str:
    return (
        f'<sup id="cite_ref-{name}_{n}-0" class="reference"><a href="#cite_note-{name}-{n}">'
        f"<span>[</span>{n}<span>]</span></a></sup>"
    )


HTML = f"""<!DOCTYPE html>
<html>
<head><title>Kestrel Hill</title></head>
<body>
<h1 id="firstHeading">Kestrel Hill</h1>
<p><i><b>Kestrel Hill</b></i> is a 2031 drama film.</p>
<h2 id="Accolades">Accolades</h2>
<table class="wikitable plainrowheaders">
<tbody><tr><th>Year</th><th>Award</th><th>Category</th><th>Nominee(s)</th><th>Result</th><th>Ref.</th></tr>
<tr><td rowspan="3"><a href="/wiki/72nd_Tallis_Film_Awards">2031 (72nd)</a></td><th scope="row" rowspan="3">Tallis Film Awards</th><td>Best Actor</td><td>Ned Corrow</td>{_YES}<td rowspan="3">{_ref("t", 1)}</td></tr>
<tr><td>Best Sound</td><td>Ama Deyo</td>{_NO}</tr>
<tr><td>Best Score</td><td>Oda Marr</td>{_NO}</tr>
<tr><td>2032 (73rd)</td><td>Kestrel Critics Circle</td><td>Best Film</td><td>Pia Ostrow</td>{_YES}<td>{_ref("k", 2)}</td></tr>
</tbody></table>
<h2 id="References">References</h2>
<div class="reflist"><ol class="references">
<li id="cite_note-t-1"><span class="mw-cite-backlink"><b><a href="#cite_ref-t_1-0">^</a></b></span> <span class="reference-text">Tallis Guild, <i>Winners</i>.</span></li>
<li id="cite_note-k-2"><span class="mw-cite-backlink"><b><a href="#cite_ref-k_2-0">^</a></b></span> <span class="reference-text">Kestrel Critics, <i>Results</i>.</span></li>
</ol></div>
</body>
</html>
"""  # noqa: E501

TEXT = """Kestrel Hill

Kestrel Hill is a 2031 drama film with Ned Corrow, Ama Deyo, Oda Marr and Pia Ostrow.

Accolades

Year Award Category Nominee(s) Result Ref.
2031 (72nd) Tallis Film Awards Best Actor Ned Corrow Won [1]
Best Sound Ama Deyo Nominated
Best Score Oda Marr Nominated
2032 (73rd) Kestrel Critics Circle Best Film Pia Ostrow Won [2]

References

  1. ^ Tallis Guild, Winners.
  2. ^ Kestrel Critics, Results.
"""

EXPECTED = [
    ("Tallis Film Awards", "Best Actor", ["Ned Corrow"], "won", "2031", [1]),
    ("Tallis Film Awards", "Best Sound", ["Ama Deyo"], "nominated", "2031", [1]),
    ("Tallis Film Awards", "Best Score", ["Oda Marr"], "nominated", "2031", [1]),
    ("Kestrel Critics Circle", "Best Film", ["Pia Ostrow"], "won", "2032", [2]),
]


def _rows(article: Article) -> list[tuple[Any, ...]]:
    return [
        (a.award, a.category, a.recipients, a.result, a.year, a.citations) for a in article.awards
    ]


def test_wikitext_spans_the_ref_cell_over_each_row_and_reads_the_year() -> None:
    article = extract_bytes(WIKI.encode(), source="kestrel-hill.wiki")
    assert article.source.format == "wikitext"
    assert _rows(article) == EXPECTED


def test_the_rendered_page_gives_the_same_citations_and_years() -> None:
    article = extract_bytes(HTML.encode(), source="kestrel-hill.html")
    assert article.source.format == "html"
    assert _rows(article) == EXPECTED


def test_the_flattened_text_gives_the_same_citations_and_years() -> None:
    # The flattener printed the spanned Ref. cell once: the rows of its award take it, as
    # every spanned cell is filled down in flattened text.
    article = extract_bytes(TEXT.encode(), source="kestrel-hill.txt")
    assert article.source.format == "text"
    assert _rows(article) == EXPECTED
