"""Validate extracted JSON (files, JSON Lines, folders of them, stdin) against the JSON Schema."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jsonschema import ValidationError

_SUFFIXES = (".json", ".jsonl")


@dataclass(slots=True)
class Tally:
    """What a validation looked at: files read and documents checked."""

    files: int = 0
    documents: int = 0


@dataclass(frozen=True, slots=True)
class _Document:
    where: str  # ``file`` or ``file:line``
    value: Any = None
    problem: str | None = None  # why it could not be read as JSON


def _not_json(where: str, error: json.JSONDecodeError) -> _Document:
    return _Document(where, problem=f"not JSON: {error.msg} at column {error.colno}")


def _lines(name: str, text: str) -> Iterator[_Document]:
    """Each non-blank line of JSON Lines, a line that is no JSON reported on its own."""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield _Document(f"{name}:{number}", json.loads(line))
        except json.JSONDecodeError as exc:
            yield _not_json(f"{name}:{number}", exc)


def _documents(name: str, text: str) -> Iterator[_Document]:
    """One JSON document, or JSON Lines (by suffix, or when a second document follows)."""
    if name.endswith(".jsonl"):
        yield from _lines(name, text)
        return
    try:
        yield _Document(name, json.loads(text))
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # several documents: JSON Lines by another name
            yield from _lines(name, text)
        else:
            where = f"{name}:{exc.lineno}"
            yield _Document(where, problem=f"not JSON: {exc.msg} at column {exc.colno}")


def _files(paths: Iterable[str]) -> Iterator[tuple[str, str | None, str | None]]:
    """``(name, text, problem)`` per input: ``-`` is stdin, a folder gives its JSON files."""
    for path in paths:
        if path == "-":
            yield "<stdin>", sys.stdin.read(), None
        elif os.path.isdir(path):
            found = False
            for root, dirs, names in os.walk(path):
                dirs.sort()
                for name in sorted(names):
                    if name.endswith(_SUFFIXES) and not name.startswith("."):
                        found = True
                        yield from _files([os.path.join(root, name)])
            if not found:
                yield path, None, "no .json or .jsonl files in this folder"
        else:
            try:
                with open(path, encoding="utf-8") as handle:
                    yield path, handle.read(), None
            except FileNotFoundError:
                yield path, None, "no such file"
            except (OSError, UnicodeDecodeError) as exc:
                yield path, None, f"cannot read: {exc}"


def validate_files(paths: Iterable[str], tally: Tally | None = None) -> Iterator[str]:
    """One message per invalid document: where (file and line), the failing JSON path, and why."""
    from jsonschema import Draft202012Validator

    from leaving_vegas_extract.model.schema import article_schema

    validator = Draft202012Validator(article_schema())
    tally = tally if tally is not None else Tally()
    for name, text, problem in _files(paths):
        if text is None:
            yield f"{name}: {problem}"
            continue
        tally.files += 1
        empty = True
        for document in _documents(name, text):
            empty = False
            tally.documents += 1
            if document.problem is not None:
                yield f"{document.where}: {document.problem}"
                continue
            for error in validator.iter_errors(document.value):
                error = _deepest(error)
                yield f"{document.where}: {error.json_path}: {error.message}"[:500]
        if empty:
            yield f"{name}: empty; no document to validate"


def _deepest(error: ValidationError) -> ValidationError:
    """For anyOf/oneOf failures, the branch error that got furthest into the document."""
    while error.context:
        error = max(error.context, key=lambda e: len(e.absolute_path))
    return error
