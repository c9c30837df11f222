"""Validating a finished article: in one pass, or one field at a time when it is large, so a
large one is never held twice."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import TypeAdapter

from leaving_vegas_extract.model.article import Article

# One validator per Article field, made on first use. A plain dict, not a functools cache: it
# holds schemas, not values, and the benchmark empties the package's value caches per article.
_ADAPTERS: dict[str, TypeAdapter[Any]] = {}
_FIELDS: list[tuple[str, bool, Callable[[], Any] | None, Any]] = []
# Up to this many input bytes the Article is validated in one call (its unvalidated tree and the
# validated copy together stay a few megabytes); past it, one field at a time.
WHOLE_BYTES = 1 << 20


def _adapter(name: str) -> TypeAdapter[Any]:
    adapter = _ADAPTERS.get(name)
    if adapter is None:
        annotation = Article.model_fields[name].annotation
        assert annotation is not None  # every Article field is annotated
        adapter = _ADAPTERS[name] = TypeAdapter(annotation)
    return adapter


def _fields() -> list[tuple[str, bool, Callable[[], Any] | None, Any]]:
    """Each field: name, required, default factory (None: a plain default), default."""
    if not _FIELDS:
        for name, info in Article.model_fields.items():
            factory: Any = info.default_factory
            _FIELDS.append((name, info.is_required(), factory, info.default))
    return _FIELDS


def build_article(values: dict[str, Any], size: int = WHOLE_BYTES + 1) -> Article:
    """``Article(**values)``, with the same checks, emptying ``values`` as it goes.

    Validation re-builds every nested model (``revalidate_instances="always"``). Validating the
    whole Article at once holds the parts' unvalidated tree and its validated copy together: on a
    50 MB article that is hundreds of megabytes. So an article from more than ``WHOLE_BYTES``
    of input (``size``) has each field validated on its own and its unvalidated value dropped
    (popped from ``values``, which the caller must not keep another reference to) before the
    next: the peak holds one part twice, not the article. A smaller one is validated in one
    call, as ``Article(**values)`` would (fourteen validator calls and ``model_construct`` cost
    more than the one pass on a small article).
    """
    if size <= WHOLE_BYTES:
        article = Article.__pydantic_validator__.validate_python(values)
        values.clear()
        return article  # type: ignore[no-any-return]
    unknown = sorted(values.keys() - Article.model_fields.keys())
    if unknown:
        raise ValueError(f"Article has no field(s) {', '.join(unknown)}")
    missing = sorted(n for n, required, _f, _d in _fields() if required and n not in values)
    if missing:
        raise ValueError(f"Article is missing required field(s) {', '.join(missing)}")
    validated: dict[str, Any] = {}
    given: set[str] = set()
    for name, _required, factory, default in _fields():
        if name in values:
            validated[name] = _adapter(name).validate_python(values.pop(name))
            given.add(name)
        else:
            # The default, as model_construct would give it, without its per-call inspection of
            # the factory's signature (about a tenth of a seed article's validation).
            validated[name] = factory() if factory is not None else default
    return Article.model_construct(given, **validated)
