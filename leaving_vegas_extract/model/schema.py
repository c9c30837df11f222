"""The JSON Schema of the output, generated from the models (the shipped copy must match it)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from leaving_vegas_extract.model.article import SCHEMA_VERSION, Article

SCHEMA_ID = "https://leaving-vegas-extract.invalid/schemas/article.schema.json"


def article_schema() -> dict[str, Any]:
    """The Article schema, JSON Schema 2020-12, serialization mode (defaults are required)."""
    schema = Article.model_json_schema(mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": f"leaving-vegas-extract Article {SCHEMA_VERSION}",
        **{k: v for k, v in schema.items() if k != "title"},
    }


def schema_bytes() -> bytes:
    """The schema as deterministic JSON bytes."""
    return (json.dumps(article_schema(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def shipped_schema_bytes() -> bytes:
    """The schema file shipped inside the package."""
    return resources.files("leaving_vegas_extract").joinpath("article.schema.json").read_bytes()
