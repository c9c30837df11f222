"""CSL-JSON export: valid against the CSL data schema, ids unique, types chosen from the fields."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft7Validator

from leaving_vegas_extract.batch.exports import export_csl
from leaving_vegas_extract.errors import InputError
from leaving_vegas_extract.export.csl import article_items, csl_bytes
from leaving_vegas_extract.export.json_out import to_json, to_jsonl_line
from tests.conftest import ROOT, SEED, extract_rel, fixture_id, fixture_paths

VALIDATOR = Draft7Validator(json.loads((ROOT / "tests/data/csl-data.json").read_text("utf-8")))
PATHS = [Path(SEED), *(p for p in fixture_paths() if p.suffix == ".txt")]


@pytest.mark.parametrize("path", PATHS, ids=fixture_id)
def test_every_fixture_exports_valid_csl(path: Path) -> None:
    items = article_items(extract_rel(path))
    errors = [f"{e.json_path}: {e.message}" for e in VALIDATOR.iter_errors(items)]
    assert errors == []
    assert len({item["id"] for item in items}) == len(items)


def test_whole_export_is_valid_and_ids_unique() -> None:
    items = export_csl([str(ROOT / p) for p in PATHS])
    assert list(VALIDATOR.iter_errors(items)) == []
    ids = [item["id"] for item in items]
    assert len(ids) == len(set(ids)) > 100


@pytest.fixture(scope="module")
def seed_items() -> dict[str, dict[str, Any]]:
    return {item["id"]: item for item in export_csl([str(ROOT / SEED)])}


SEED_ITEMS = {
    "WHEBN0000054160-note-3": {
        "type": "article-magazine",
        "author": [{"family": "Nashawaty", "given": "Chris"}],
        "title": "Grieving 'Las Vegas' –",
        "container-title": "Entertainment Weekly",
        "issued": {"date-parts": [[1995, 11, 10]]},
    },
    "WHEBN0000054160-note-4": {
        "type": "article-newspaper",
        "author": [{"family": "Scott", "given": "A. O."}],
        "accessed": {"date-parts": [[2007, 1, 16]]},
    },
    "WHEBN0000054160-note-10": {
        "type": "article-newspaper",
        "author": [{"family": "Ebert", "given": "Roger"}],
        "container-title": "Chicago Sun-Times",
    },
    "WHEBN0000054160-note-13": {"type": "webpage", "container-title": "Box Office Mojo"},
    "WHEBN0000054160-further-1": {
        "type": "chapter",
        "issued": {"date-parts": [[2010]]},
        "original-date": {"date-parts": [[2002]]},
        "edition": "2",
        "page": "209-226",
        "publisher-place": "London",
    },
}


@pytest.mark.parametrize(("item_id", "fields"), SEED_ITEMS.items(), ids=SEED_ITEMS.keys())
def test_seed_items(
    seed_items: dict[str, dict[str, Any]], item_id: str, fields: dict[str, Any]
) -> None:
    item = seed_items[item_id]
    assert {key: item.get(key) for key in fields} == fields


def test_seed_empty_note_is_not_exported(seed_items: dict[str, dict[str, Any]]) -> None:
    assert "WHEBN0000054160-note-2" not in seed_items
    assert len(seed_items) == 17  # 16 notes with text and the further-reading item


def test_damaged_note_keeps_the_print(seed_items: dict[str, dict[str, Any]]) -> None:
    note = seed_items["WHEBN0000054160-note-12"]["note"]
    assert note == 'As printed: "Leaving Las Vegas". Rotten Retrieved 2006-12-09.'


def test_archived_date_goes_to_the_note(seed_items: dict[str, dict[str, Any]]) -> None:
    assert seed_items["WHEBN0000054160-note-8"]["note"].startswith(
        "Archived from the original on 2007-10-13"
    )


OWN_TYPES = {
    "paris-texas/2": "article-newspaper",
    "paris-texas/3": "article-magazine",
    "paris-texas/4": "book",
    "paris-texas/6": "article-journal",
    "paris-texas/10": "webpage",
    "paris-texas/11": "chapter",
    "bicycle-thieves/7": "article-journal",
}


@pytest.mark.parametrize(("key", "kind"), OWN_TYPES.items(), ids=OWN_TYPES.keys())
def test_types(key: str, kind: str) -> None:
    name, number = key.split("/")
    article = extract_rel(f"tests/fixtures/references/{name}.txt")
    items = {item["id"]: item for item in article_items(article, "x")}
    assert items[f"x-note-{number}"]["type"] == kind


def test_suffix_and_season_come_from_the_print() -> None:
    article = extract_rel("tests/fixtures/references/bicycle-thieves.txt")
    items = {item["id"]: item for item in article_items(article, "x")}
    assert items["x-note-3"]["author"] == [{"family": "Ferri", "given": "Marco", "suffix": "Jr."}]
    assert items["x-note-7"]["issued"] == {"date-parts": [[2012]], "season": 3}
    assert items["x-note-7"]["DOI"] == "10.5555/ifq.2012.101"


def test_extracted_json_exports_like_the_dump(tmp_path: Path) -> None:
    article = extract_rel(SEED)
    (tmp_path / "seed.json").write_bytes(to_json(article))
    (tmp_path / "all.jsonl").write_bytes(to_jsonl_line(article) * 2)
    from_dump = export_csl([str(ROOT / SEED)])
    assert export_csl([str(tmp_path / "seed.json")]) == from_dump
    both = export_csl([str(tmp_path / "all.jsonl")])
    assert both[: len(from_dump)] == from_dump
    assert len(both) == 2 * len(from_dump)  # the same article twice: same hash, same ids


def test_same_id_from_different_articles_is_made_unique(tmp_path: Path) -> None:
    article = extract_rel(SEED)
    source = article.source.model_copy(update={"sha256": "0" * 64})
    other = article.model_copy(update={"source": source})
    (tmp_path / "a.json").write_bytes(to_json(article))
    (tmp_path / "b.json").write_bytes(to_json(other))
    ids = [item["id"] for item in export_csl([str(tmp_path)])]
    assert len(ids) == len(set(ids))


def test_not_an_article(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"hello": 1}', encoding="utf-8")
    with pytest.raises(InputError, match="not an extracted article"):
        export_csl([str(bad)])


def test_csl_bytes_are_deterministic() -> None:
    items = export_csl([str(ROOT / SEED)])
    data = csl_bytes(items)
    assert data == csl_bytes(json.loads(data))
    assert data.endswith(b"]\n")


def test_ids_unique_when_an_article_is_given_twice() -> None:
    once = export_csl([str(ROOT / SEED)])
    twice = export_csl([str(ROOT / SEED), str(ROOT / SEED)])
    ids = [item["id"] for item in twice]
    assert len(ids) == len(set(ids)) == 2 * len(once)
    assert [item["id"] for item in twice[: len(once)]] == [item["id"] for item in once]
