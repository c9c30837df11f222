"""Deferred validation: parts assemble models cheaply, the Article validates them in one pass."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from leaving_vegas_extract.api import extract_file
from leaving_vegas_extract.model.article import Article, Soundtrack, Track, deferred_validation
from tests.conftest import SEED


def test_deferred_models_are_checked_by_their_container() -> None:
    with deferred_validation():
        bad = Track(number="twelve", title="A Song", lines=(3, 3), bogus=1)  # type: ignore[call-arg]
    assert bad.__dict__["number"] == "twelve"  # assembled as given: nothing checked yet
    with pytest.raises(ValidationError) as info:
        Soundtrack(tracks=[bad])
    locations = {e["loc"] for e in info.value.errors()}
    assert locations == {("tracks", 0, "number"), ("tracks", 0, "bogus")}


def test_deferred_models_get_fresh_defaults() -> None:
    with deferred_validation():
        one = Track(number=1, title="A", lines=(1, 1))
        two = Track(number=2, title="B", lines=(2, 2))
    assert one.writers == []
    assert one.performers == []
    assert one.disc is None
    assert one.writers is not two.writers  # a default factory per instance, as pydantic does


def test_validation_outside_the_block_is_immediate() -> None:
    with deferred_validation():
        pass
    with pytest.raises(ValidationError):
        Track(number="twelve", title="A", lines=(1, 1))


def test_extracted_article_survives_a_full_revalidation() -> None:
    article = extract_file(SEED)
    again = Article.model_validate_json(article.model_dump_json())
    assert again == article
    assert isinstance(article.coverage.unclaimed, list)
    assert all(isinstance(t.lines, tuple) for t in article.soundtrack.tracks)  # type: ignore[union-attr]


def test_pydantic_core_does_not_call_our_init_for_nested_models() -> None:
    """A custom __init__ would be called (and validate again) for every nested model."""
    from leaving_vegas_extract.model import article as models

    classes = [
        c for c in vars(models).values() if isinstance(c, type) and issubclass(c, models.Model)
    ]
    assert len(classes) > 15
    assert all(c.__pydantic_custom_init__ is False for c in classes)
