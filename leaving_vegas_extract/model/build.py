"""Validating a finished article one field at a time, so a large one is never held twice."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any, cast

from pydantic import TypeAdapter

from leaving_vegas_extract.model.article import Article


@cache
def _adapter(name: str) -> TypeAdapter[Any]:
    annotation = Article.model_fields[name].annotation
    assert annotation is not None  # every Article field is annotated
    return TypeAdapter(annotation)


@cache
def _required() -> frozenset[str]:
    return frozenset(name for name, info in Article.model_fields.items() if info.is_required())


@cache
def _factories() -> tuple[tuple[str, Callable[[], Any]], ...]:
    """The fields whose default comes from a factory taking no argument (``list``...)."""
    return tuple(
        (name, cast("Callable[[], Any]", info.default_factory))
        for name, info in Article.model_fields.items()
        if info.default_factory is not None and not info.default_factory_takes_validated_data
    )


def build_article(values: dict[str, Any]) -> Article:
    """``Article(**values)``, with the same checks, emptying ``values`` as it goes.

    Validation re-builds every nested model (``revalidate_instances="always"``). Validating the
    whole Article at once holds the parts' unvalidated tree and its validated copy together: on a
    50 MB article that is hundreds of megabytes. Here each field is validated on its own and its
    unvalidated value dropped (popped from ``values``, which the caller must not keep another
    reference to) before the next, so the peak holds one part twice, not the article.
    """
    unknown = sorted(values.keys() - Article.model_fields.keys())
    if unknown:
        raise ValueError(f"Article has no field(s) {', '.join(unknown)}")
    missing = sorted(_required() - values.keys())
    if missing:
        raise ValueError(f"Article is missing required field(s) {', '.join(missing)}")
    validated: dict[str, Any] = {}
    for name in [n for n in Article.model_fields if n in values]:
        validated[name] = _adapter(name).validate_python(values.pop(name))
    given = set(validated)
    # The factories are called here: ``model_construct`` would ask ``inspect.signature`` about
    # each one on every call (whether it takes the validated data), a millisecond per article.
    for name, factory in _factories():
        if name not in given:
            validated[name] = factory()
    return Article.model_construct(given, **validated)
