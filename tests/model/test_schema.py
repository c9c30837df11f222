"""The JSON Schema: generated from the models, shipped in the package, copied to schemas/."""

from __future__ import annotations

import json

import pytest
from jsonschema import Draft202012Validator

from leaving_vegas_extract.model.article import Article
from leaving_vegas_extract.model.schema import schema_bytes, shipped_schema_bytes
from tests.conftest import ROOT


def test_shipped_schema_is_fresh() -> None:
    assert shipped_schema_bytes() == schema_bytes(), "run: python3 tasks.py schema"


def test_schemas_folder_is_fresh() -> None:
    on_disk = (ROOT / "schemas" / "article.schema.json").read_bytes()
    assert on_disk == schema_bytes(), "run: python3 tasks.py schema"


def test_schema_is_valid_2020_12() -> None:
    schema = json.loads(schema_bytes())
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"].endswith("2020-12/schema")


def test_defaults_are_required_in_serialization() -> None:
    schema = json.loads(schema_bytes())
    assert "lead" in schema["required"]
    assert "citations" in schema["$defs"]["Paragraph"]["required"]


def test_seed_validates(seed: Article) -> None:
    validator = Draft202012Validator(json.loads(schema_bytes()))
    errors = [e.message for e in validator.iter_errors(seed.model_dump(mode="json"))]
    assert errors == []


@pytest.mark.parametrize(
    ("field", "kind"), [("lead", "array"), ("infobox", None), ("coverage", None)]
)
def test_contract_names_are_present(field: str, kind: str | None) -> None:
    props = json.loads(schema_bytes())["properties"]
    assert field in props
    if kind:
        assert props[field]["type"] == kind
    assert field in Article.model_fields
