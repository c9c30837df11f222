"""What a reader sees of the language templates, on the page and in a table cell.

Wikipedia prints ``{{langx|fr|Le titre}}`` and ``{{lang-fr|Le titre}}`` as "French: Le titre"
and ``{{lang|fr|Le titre}}`` as the text alone; a code the table does not know prints the text
alone, never the code.
"""

from __future__ import annotations

import pytest

from leaving_vegas_extract.api import extract_bytes
from leaving_vegas_extract.formats.wikitext.cells import render

CASES = [
    pytest.param("{{langx|fr|Le Train bleu}}", "French: Le Train bleu", id="langx"),
    pytest.param("{{Langx|FR|Le Train bleu}}", "French: Le Train bleu", id="langx-case"),
    pytest.param("{{lang-fr|Le Train bleu}}", "French: Le Train bleu", id="lang-xx"),
    pytest.param("{{lang|fr|Le Train bleu}}", "Le Train bleu", id="lang"),
    pytest.param("{{langx|pt-BR|O Trem}}", "Portuguese: O Trem", id="langx-region"),
    pytest.param("{{langx|en|The Blue Train}}", "English: The Blue Train", id="langx-en"),
    pytest.param("{{lang-en|The Blue Train}}", "English: The Blue Train", id="lang-en"),
    pytest.param("{{langx|qqx|Zug}}", "Zug", id="langx-unknown-code"),
    pytest.param("{{lang-qqx|Zug}}", "Zug", id="lang-xx-unknown-code"),
    pytest.param("{{langx|de|Der Zug|label=none}}", "Der Zug", id="langx-label-none"),
    pytest.param(
        "{{langx|de|Der Zug|label=Swiss German}}", "Swiss German: Der Zug", id="langx-label"
    ),
    pytest.param("{{langx|it}}", "", id="langx-no-text"),
]


@pytest.mark.parametrize(("markup", "shown"), CASES)
def test_a_language_template_in_a_cell(markup: str, shown: str) -> None:
    assert render(markup).text == shown


@pytest.mark.parametrize(("markup", "shown"), CASES)
def test_a_language_template_in_the_lead(markup: str, shown: str) -> None:
    page = f"'''''The Blue Train''''' ({markup}) is a 2031 film.\n"
    article = extract_bytes(page.encode(), source="blue-train.wiki")
    expected = f"The Blue Train ({shown}) is a 2031 film." if shown else "The Blue Train () is"
    assert article.lead[0].text.startswith(expected)
