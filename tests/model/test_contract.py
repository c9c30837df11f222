"""docs/CONTRACT.md and the models agree: every model, every field, in output order."""

from __future__ import annotations

import inspect
import re

from leaving_vegas_extract.model import article
from leaving_vegas_extract.model.article import SCHEMA_VERSION, Model
from tests.conftest import ROOT

CONTRACT = ROOT / "docs" / "CONTRACT.md"
_ROW = re.compile(r"^- `(\w+)`: (.+)$")


def _contract_fields() -> dict[str, list[str]]:
    text = CONTRACT.read_text(encoding="utf-8")
    listing = text.split("## Field list", 1)[1]
    rows = (_ROW.match(line) for line in listing.splitlines())
    return {m.group(1): [f.strip() for f in m.group(2).split(",")] for m in rows if m}


def _model_fields() -> dict[str, list[str]]:
    return {
        name: list(cls.model_fields)
        for name, cls in inspect.getmembers(article, inspect.isclass)
        if issubclass(cls, Model) and cls is not Model and cls.__module__ == article.__name__
    }


def test_every_model_and_field_is_in_the_contract() -> None:
    assert _contract_fields() == _model_fields()


def test_the_contract_names_the_schema_version() -> None:
    text = CONTRACT.read_text(encoding="utf-8")
    assert f'schema_version   "{SCHEMA_VERSION}"' in text


def test_the_field_list_is_parsed() -> None:
    # Guards the parser above: an empty parse would make the first test compare nothing.
    fields = _contract_fields()
    assert len(fields) >= 15
    assert fields["Article"][0] == "schema_version"
