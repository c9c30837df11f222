"""Validate extracted JSON (files or JSON Lines) against the article JSON Schema."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jsonschema import ValidationError


def _documents(path: str) -> Iterator[tuple[str, Any]]:
    text = Path(path).read_text(encoding="utf-8")
    if path.endswith(".jsonl"):
        for number, line in enumerate(text.splitlines(), 1):
            if line.strip():
                yield f"{path}:{number}", json.loads(line)
    else:
        yield path, json.loads(text)


def validate_files(paths: Iterable[str]) -> Iterator[str]:
    """One message per invalid document: where, the failing JSON path, and why."""
    from jsonschema import Draft202012Validator

    from leaving_vegas_extract.model.schema import article_schema

    validator = Draft202012Validator(article_schema())
    for path in paths:
        try:
            documents = list(_documents(path))
        except (OSError, ValueError) as exc:
            yield f"{path}: cannot read: {exc}"
            continue
        for where, document in documents:
            for error in validator.iter_errors(document):
                error = _deepest(error)
                yield f"{where}: {error.json_path}: {error.message}"[:500]


def _deepest(error: ValidationError) -> ValidationError:
    """For anyOf/oneOf failures, the branch error that got furthest into the document."""
    while error.context:
        error = max(error.context, key=lambda e: len(e.absolute_path))
    return error
