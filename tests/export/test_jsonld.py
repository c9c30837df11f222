"""schema.org JSON-LD: every fixture expands offline (pyld) and keeps its people and dates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pyld import jsonld

from leaving_vegas_extract.batch.exports import export_jsonld
from leaving_vegas_extract.export.jsonld import article_node, jsonld_document
from leaving_vegas_extract.model.article import Article
from tests.conftest import ROOT, SEED, extract_rel, fixture_id, fixture_paths

S = "https://schema.org/"
PATHS = [Path(SEED), *fixture_paths()]


def no_fetch(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """A document loader that refuses: the output's context is inline, nothing is fetched."""
    raise AssertionError(f"tried to fetch {url}")


def expand(article: Article) -> dict[str, Any]:
    expanded = jsonld.expand(jsonld_document([article]), {"documentLoader": no_fetch})
    assert len(expanded) == 1
    node: dict[str, Any] = expanded[0]
    return node


def names(node: dict[str, Any], prop: str) -> list[str]:
    return [v[f"{S}name"][0]["@value"] for v in node.get(f"{S}{prop}", [])]


@pytest.mark.parametrize("path", PATHS, ids=fixture_id)
def test_every_fixture_expands_and_keeps_people_and_dates(path: Path) -> None:
    article = extract_rel(path)
    node = expand(article)
    box = article.infobox
    if box is None or box.kind != "film":
        assert node["@type"] == [f"{S}Article"]
        return
    assert node["@type"] == [f"{S}Movie"]
    assert sorted(names(node, "director")) == sorted(box.directed_by)
    cast = [c.name for c in article.cast]
    assert sorted(actor_names(node)) == sorted([*cast, *(n for n in box.starring if n not in cast)])
    events = node.get(f"{S}releasedEvent", [])
    assert len(events) == len(box.release_dates)
    dates = sorted(e[f"{S}startDate"][0]["@value"] for e in events if f"{S}startDate" in e)
    assert dates == sorted(r.date for r in box.release_dates if r.date)
    places = sorted(names_of(e, "location") for e in events if f"{S}location" in e)
    assert places == sorted(r.place for r in box.release_dates if r.place)
    if dates:
        assert node[f"{S}datePublished"] == [{"@value": dates[0]}]


def actor_names(node: dict[str, Any]) -> list[str]:
    """Names of the actors, a ``PerformanceRole``'s through its own ``actor``."""
    out: list[str] = []
    for value in node.get(f"{S}actor", []):
        if value.get("@type") == [f"{S}PerformanceRole"]:
            value = value[f"{S}actor"][0]
        out.append(value[f"{S}name"][0]["@value"])
    return out


def test_cast_as_performance_roles() -> None:
    article = extract_rel("tests/fixtures/html/leaving_las_vegas.html")
    node = expand(article)
    roles = [v for v in node[f"{S}actor"] if v.get("@type") == [f"{S}PerformanceRole"]]
    assert (
        [
            (r[f"{S}actor"][0][f"{S}name"][0]["@value"], r[f"{S}characterName"][0]["@value"])
            for r in roles
        ]
        == [(c.name, c.role) for c in article.cast]
        != []
    )


def names_of(node: dict[str, Any], prop: str) -> str:
    return str(node[f"{S}{prop}"][0][f"{S}name"][0]["@value"])


def test_seed_movie(seed: Article) -> None:
    node = article_node(seed)
    assert seed.infobox is not None
    assert node["@type"] == "Movie"
    assert node["duration"] == f"PT{seed.infobox.running_time_minutes}M"
    assert [p["name"] for p in node["director"]] == seed.infobox.directed_by
    assert len(node["citation"]) == sum(1 for r in seed.references if r.raw)
    assert all(c["@type"] == "CreativeWork" for c in node["citation"])
    won = [w for w in seed.awards if (w.result or "").casefold() == "won"]
    assert len(node["award"]) == len(won) > 0


def test_seed_converts_to_rdf_offline(seed: Article) -> None:
    quads = jsonld.to_rdf(
        jsonld_document([seed]), {"format": "application/n-quads", "documentLoader": no_fetch}
    )
    assert "<https://schema.org/director>" in quads
    assert "<https://schema.org/Movie>" in quads


def test_export_is_one_graph_of_every_input() -> None:
    import json

    awards = sorted(str(p) for p in (ROOT / "tests/fixtures/awards").glob("*.txt"))
    data = json.loads(export_jsonld([str(ROOT / SEED), *awards]))
    assert data["@context"] == {"@vocab": S}
    assert [n["@type"] for n in data["@graph"]] == ["Movie"] * (1 + len(awards))
