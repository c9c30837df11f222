"""Reading the inputs of an export: extracted JSON read back, or dumps extracted on the fly."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from leaving_vegas_extract.errors import InputError
from leaving_vegas_extract.export.csl import JSON_SUFFIXES, article_items, article_key
from leaving_vegas_extract.model.article import Article


def _articles(path: str) -> Iterator[Article]:
    """The articles of one input: extracted JSON (or JSON Lines) read back, or a dump extracted."""
    if not path.endswith(JSON_SUFFIXES):
        from leaving_vegas_extract.api import extract_articles

        try:
            yield from extract_articles(path)  # a dump: every page's article, streamed
        except InputError as exc:
            raise InputError(exc.kind, f"{path}: {exc.message}") from None
        return
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except OSError as exc:
        raise InputError("unreadable", f"{path}: cannot read: {exc}") from None
    documents = text.splitlines() if path.endswith(".jsonl") else [text]
    for document in documents:
        if not document.strip():
            continue
        try:
            yield Article.model_validate_json(document)
        except ValueError as exc:
            reason = str(exc).splitlines()[0]
            raise InputError(
                "not-an-article", f"{path}: not an extracted article: {reason}"
            ) from None


def _inputs(paths: list[str]) -> Iterator[str]:
    from leaving_vegas_extract.batch.jobs import discover

    for path in paths:
        if os.path.isdir(path):
            yield from (job.location for job in discover([path], "*"))
        else:
            yield path


def export_csl(paths: list[str]) -> list[dict[str, Any]]:
    """CSL-JSON items for the references of every article in ``paths``, in input order.

    ``paths`` are dumps (extracted on the fly), extracted ``.json``/``.jsonl`` files, or folders
    of either. Ids are ``<article id>-note-<n>`` and ``<article id>-further-<n>``; two inputs with
    the same article id get the second one's content hash appended, and an article given twice
    gets ``-2``, ``-3``, ... on its later copies, so ids are unique across the export. Raises
    :class:`InputError` for an input that is no article.
    """
    items: list[dict[str, Any]] = []
    owners: dict[str, str] = {}
    used: set[str] = set()
    for path in _inputs(paths):
        for article in _articles(path):
            key = article_key(article)
            if owners.setdefault(key, article.source.sha256) != article.source.sha256:
                key = f"{key}-{article.source.sha256[:8]}"
            base, copy = key, 1
            while key in used:  # the same article given twice: its items again, new ids
                copy += 1
                key = f"{base}-{copy}"
            used.add(key)
            items.extend(article_items(article, key))
    return items


def export_jsonld(paths: list[str]) -> bytes:
    """schema.org JSON-LD for every article in ``paths`` (one document, a ``@graph`` of nodes)."""
    from leaving_vegas_extract.export.jsonld import jsonld_bytes, jsonld_document

    articles = [article for path in _inputs(paths) for article in _articles(path)]
    return jsonld_bytes(jsonld_document(articles))
