"""Soundtrack part (issue 5): track listings to tracks, on the seed, the fixtures and edge cases."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leaving_vegas_extract.formats.text.soundtrack import part as soundtrack
from leaving_vegas_extract.model.article import Article, Soundtrack, Track
from leaving_vegas_extract.options import ExtractOptions
from leaving_vegas_extract.parts.soundtrack.build import read_credit, read_disc, read_header
from leaving_vegas_extract.parts.soundtrack.split import split_performers, split_writers
from leaving_vegas_extract.source.context import Context, PartResult
from leaving_vegas_extract.source.document import SourceText
from leaving_vegas_extract.source.segmenter import segment
from tests.conftest import EXPECTED, ROOT, SEED, extract_rel

M = "\u00a0 "  # the seed rendering's cell marker: a non-breaking space, then a space
BUDGET_SECONDS = 1.0
FOLDER = "tests/fixtures/soundtrack"


def run_part(text: str) -> PartResult | None:
    """The soundtrack part alone on ``text`` (no other part has claimed anything)."""
    lines = tuple(text.split("\n"))
    source = SourceText(lines=lines, path=None, format="text", sha256="0" * 64, size=len(text))
    ctx = Context(
        source=source, blocks=segment(lines), options=ExtractOptions(), rendering="label-space"
    )
    return soundtrack.parse(ctx)


def album(text: str) -> Soundtrack:
    result = run_part(text)
    assert result is not None
    value = result.values["soundtrack"]
    assert isinstance(value, Soundtrack)
    return value


def codes(text: str) -> list[str]:
    result = run_part(text)
    assert result is not None
    return [d.code for d in result.diagnostics]


def brief(track: Track) -> str:
    """A track on one line: ``N. Title (note) | writers [default] | performers as Role | m:ss``."""
    note = f" ({track.note})" if track.note else ""
    writers = ", ".join(track.writers) + (" [default]" if track.writers_from_default else "")
    performers = ", ".join(p.name + (f" as {p.role}" if p.role else "") for p in track.performers)
    s = track.length_seconds
    length = "-" if s is None else f"{s // 60}:{s % 60:02d}"
    return f"{track.number}. {track.title}{note} | {writers} | {performers} | {length}"


def listing(*rows: str, header: str = "No. Title Writer(s) Performer Length") -> str:
    return "\n".join(("Some prose about the album.", "", header, *rows))


# --- the seed ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_soundtrack(seed: Article) -> Soundtrack:
    assert seed.soundtrack is not None
    return seed.soundtrack


def test_seed_album_facts(seed_soundtrack: Soundtrack) -> None:
    assert seed_soundtrack.release_date == "1995-11-07"
    assert seed_soundtrack.default_writers == ["Mike Figgis"]
    assert seed_soundtrack.title is None
    assert seed_soundtrack.total_length_seconds is None
    assert seed_soundtrack.lines == (124, 156)


def test_seed_has_25_tracks_in_order(seed_soundtrack: Soundtrack) -> None:
    assert [t.number for t in seed_soundtrack.tracks] == list(range(1, 26))
    assert all(t.disc is None for t in seed_soundtrack.tracks)


def test_seed_dialogue_rows(seed_soundtrack: Soundtrack) -> None:
    dialogue = [t for t in seed_soundtrack.tracks if t.note == "dialogue"]
    assert [t.number for t in dialogue] == [1, 4, 9, 11, 13, 15, 23]
    assert [t.number for t in dialogue if t.length_seconds is None] == [1, 9, 11, 13, 15, 23]
    assert seed_soundtrack.tracks[3].length_seconds == 30
    assert all(t.writers == [] and not t.writers_from_default for t in dialogue)


SEED_TRACKS = {
    "1-dialogue-two-lines": "1. Intro Dialogue (dialogue) |  | "
    "Nicolas Cage as Ben, Elisabeth Shue as Sera | -",
    "2-writers-run-into-performer": "2. Angel Eyes | Matt Dennis, Earl Brent | Sting | 4:02",
    "3-default-writer": "3. Are You Desirable? | Mike Figgis [default] | Mike Figgis | 2:43",
    "4-dialogue-with-length": "4. Ben & Bill (dialogue) |  | Nicolas Cage as Ben | 0:30",
    "14-split-by-name-shape": "14. Come Rain or Come Shine | Harold Arlen, Johnny Mercer | "
    "Don Henley | 3:41",
    "16-performer-among-writers": "16. Ridiculous | Phil Roy, Nicolas Cage | Nicolas Cage | 1:03",
    "23-two-roles": "23. Sera Talks to the Cab Driver (dialogue) |  | "
    "Elisabeth Shue as Sera, Lou Rawls as Concerned Cabbie | -",
    "25-band-name": "25. I Won't Be Going South For a While | Angelo Palladino | "
    "The Palladinos | 4:27",
}


@pytest.mark.parametrize("expected", SEED_TRACKS.values(), ids=SEED_TRACKS.keys())
def test_seed_track(seed_soundtrack: Soundtrack, expected: str) -> None:
    number = int(expected.partition(".")[0])
    assert brief(seed_soundtrack.tracks[number - 1]) == expected


def test_seed_claims_listing_not_prose() -> None:
    text = (ROOT / SEED).read_text(encoding="utf-8")
    result = run_part(text)
    assert result is not None
    assert result.claims == (((124, 156), "soundtrack"),)
    assert [(a.kind, a.lines) for a in result.anchors] == [("soundtrack", (124, 156))]
    assert [d.code for d in result.diagnostics] == []


def test_seed_prose_stays_a_section_paragraph(seed: Article) -> None:
    section = next(s for s in seed.sections if s.title == "Soundtrack")
    assert [p.lines for p in section.paragraphs] == [(122, 122)]


# --- fixtures of our own ----------------------------------------------------------------------

FIXTURE_TRACKS: dict[str, list[str]] = {
    "o-brother-where-art-thou": [
        "1. Po Lazarus | Traditional | James Carter and the Prisoners | 4:25",
        "2. Big Rock Candy Mountain | Harry McClintock | Harry McClintock | 2:16",
        "3. You Are My Sunshine | Jimmie Davis, Charles Mitchell | Norman Blake | 4:24",
        "4. Down to the River to Pray | Traditional | Alison Krauss | 2:56",
        "5. I Am a Man of Constant Sorrow (radio version) | Carter Stanley | "
        "The Soggy Bottom Boys | 3:10",
        "6. Hard Time Killin' Floor Blues | Skip James | Chris Thomas King | 3:23",
        "7. Didn't Leave Nobody but the Baby | Gillian Welch, Alison Krauss | "
        "Emmylou Harris, Alison Krauss, Gillian Welch | 1:56",
        "8. O Death | Traditional | Ralph Stanley | 3:20",
        "9. Keep on the Sunny Side | Ada Blenkhorn, J. Howard Entwisle | The Whites | 4:42",
        "10. Lonesome Valley |  | The Fairfield Four | 2:50",
    ],
    "the-big-lebowski": [
        "1. The Man in Me |  | Bob Dylan | 3:06",
        "2. Her Eyes Are a Blue Million Miles |  | Captain Beefheart & His Magic Band | 2:57",
        "3. My Mood Swings |  | Elvis Costello | 4:57",
        "4. Ataypura |  | Yma Sumac | 2:43",
        "5. Just Dropped In (To See What Condition My Condition Was In) |  | "
        "Kenny Rogers and the First Edition | 3:20",
        "6. Walking Song |  | Meredith Monk | 3:31",
        "7. Glück das mir verblieb |  | Ilona Steingruber, Anton Dermota | 3:44",
        "8. Lujon |  | Henry Mancini | 2:35",
        "9. Hotel California |  | Gipsy Kings | 3:40",
        "10. Dead Flowers |  | Townes Van Zandt | 5:45",
    ],
    "dil-chahta-hai": [
        "1. Dil Chahta Hai | Javed Akhtar, Shankar–Ehsaan–Loy | "
        "Shankar Mahadevan, Clinton Cerejo | 5:03",
        "2. Jaane Kyon | Javed Akhtar, Shankar–Ehsaan–Loy [default] | "
        "Udit Narayan, Alka Yagnik | 4:42",
        "3. Koi Kahe Kehta Rahe | Javed Akhtar, Shankar–Ehsaan–Loy [default] | "
        "Shankar Mahadevan, Shaan, KK | 5:32",
        "4. Woh Ladki Hai Kahan | Javed Akhtar, Shankar–Ehsaan–Loy | "
        "Shaan, Kavita Krishnamurthy | 4:33",
        "5. Tanhayee | Javed Akhtar, Shankar–Ehsaan–Loy [default] | Sonu Nigam | 6:19",
        # An instrumental takes the music clause of "All lyrics …; all music …" (no lyrics).
        "6. Dil Chahta Hai (reprise) (instrumental) | Shankar–Ehsaan–Loy [default] |  | 1:47",
    ],
}

FIXTURE_ALBUMS: dict[str, tuple[str | None, list[str], int | None]] = {
    "o-brother-where-art-thou": ("2000-12-05", [], None),
    "the-big-lebowski": ("1998-02-24", [], 2178),
    "cinema-paradiso": ("2009-03-10", ["Ennio Morricone", "Andrea Morricone"], None),
    "dil-chahta-hai": ("2001-06-08", ["Javed Akhtar", "Shankar–Ehsaan–Loy"], None),
}


def fixture_soundtrack(name: str) -> tuple[Article, Soundtrack]:
    article = extract_rel(f"{FOLDER}/{name}.txt")
    assert article.soundtrack is not None
    return article, article.soundtrack


@pytest.mark.parametrize("name", sorted(FIXTURE_TRACKS))
def test_fixture_tracks(name: str) -> None:
    _, found = fixture_soundtrack(name)
    assert [brief(t) for t in found.tracks] == FIXTURE_TRACKS[name]


@pytest.mark.parametrize("name", sorted(FIXTURE_ALBUMS))
def test_fixture_album(name: str) -> None:
    article, found = fixture_soundtrack(name)
    assert (found.release_date, found.default_writers, found.total_length_seconds) == (
        FIXTURE_ALBUMS[name]
    )
    mine = [d for d in article.diagnostics if "track" in d.code]
    assert mine == []
    assert article.coverage.unclaimed == []


def test_fixture_two_discs_restart_at_one() -> None:
    _, found = fixture_soundtrack("cinema-paradiso")
    assert [(t.disc, t.number) for t in found.tracks] == [
        *((1, n) for n in range(1, 6)),
        *((2, n) for n in range(1, 5)),
    ]
    assert all(t.writers_from_default and t.performers == [] for t in found.tracks)
    assert found.tracks[5].title == "Love Theme"


def _expected_soundtracks() -> list[Any]:
    params = []
    for path in sorted(EXPECTED.rglob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if "soundtrack" in data:
            fixture = next(
                Path("tests/fixtures") / path.parent.name / f"{path.stem}{suffix}"
                for suffix in (".txt", ".html", ".wiki")
                if (ROOT / "tests/fixtures" / path.parent.name / f"{path.stem}{suffix}").exists()
            )
            ident = f"{path.parent.name}/{path.stem}"
            params.append(pytest.param(fixture, data["soundtrack"], id=ident))
    return params


def _subset(expected: Any, found: Any) -> bool:
    if isinstance(expected, dict):
        return isinstance(found, dict) and all(
            k in found and _subset(v, found[k]) for k, v in expected.items()
        )
    if isinstance(expected, list):
        return (
            isinstance(found, list)
            and len(found) == len(expected)
            and all(_subset(e, f) for e, f in zip(expected, found, strict=True))
        )
    return bool(expected == found)


@pytest.mark.parametrize(("fixture", "expected"), _expected_soundtracks())
def test_other_fixtures_expected_soundtrack(fixture: Path, expected: Any) -> None:
    article = extract_rel(fixture)
    found = article.soundtrack.model_dump(mode="json") if article.soundtrack else None
    assert _subset(expected, found)


# --- line readers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "middle", "length"),
    [
        pytest.param(
            "No. Title Writer(s) Performer Length", ("writer", "performer"), True, id="seed"
        ),
        pytest.param("No. Title Length", (), True, id="title-length"),
        pytest.param("No. Title Artist Length", ("performer",), True, id="artist"),
        pytest.param(
            "No. Title Lyrics Music Singer(s) Length",
            ("writer", "writer", "performer"),
            True,
            id="lyrics-music",
        ),
        pytest.param("No. Title Original artist(s) Length", ("other",), True, id="two-word-label"),
        pytest.param("No. Title Performer(s)", ("performer",), False, id="no-length"),
    ],
)
def test_read_header(line: str, middle: tuple[str, ...], length: bool) -> None:
    header = read_header(line)
    assert header is not None
    assert (header.middle, header.length) == (middle, length)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("No. 1 in the charts for weeks", id="prose"),
        pytest.param("Title Length", id="no-number-cell"),
        pytest.param("No. Title " + "Word " * 20, id="too-long"),
        pytest.param("No.", id="alone"),
    ],
)
def test_read_header_rejects(line: str) -> None:
    assert read_header(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param(
            "All songs written and composed by Jo Ray except as noted.\u00a0",
            ["Jo Ray"],
            id="seed-shape",
        ),
        pytest.param("All music composed by Ann Lee.", ["Ann Lee"], id="music"),
        pytest.param(
            "All songs written by Ann Lee and Bo Day except where noted.",
            ["Ann Lee", "Bo Day"],
            id="and",
        ),
        pytest.param(
            "All lyrics written by Ann Lee; all music composed by A. R. Dee.",
            ["Ann Lee", "A. R. Dee"],
            id="two-clauses",
        ),
        pytest.param(
            "All songs written by Ann Lee, Bo Day & Cy Fox.[3]",
            ["Ann Lee", "Bo Day", "Cy Fox"],
            id="marker",
        ),
        pytest.param(
            "All tracks written by Sammy Dee, Jr.", ["Sammy Dee, Jr."], id="suffix-keeps-dot"
        ),
        pytest.param("All tracks performed by The Bees.", None, id="performers-not-writers"),
        pytest.param("All songs were written by the band on tour.", None, id="prose"),
        pytest.param("Allegro written by Ann Lee.", None, id="not-all"),
    ],
)
def test_read_credit(line: str, expected: list[str] | None) -> None:
    assert read_credit(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("Disc 1", 1, id="digit"),
        pytest.param("Disc two", 2, id="word"),
        pytest.param("CD 2: The score", 2, id="cd-with-title"),
        pytest.param("Side B", 2, id="side"),
        pytest.param("Discography of the band", None, id="prose"),
        pytest.param("Disc jockeys played it", None, id="not-a-number"),
    ],
)
def test_read_disc(line: str, expected: int | None) -> None:
    assert read_disc(line) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        pytest.param("Ann Lee, Bo Day", ["Ann Lee", "Bo Day"], id="comma"),
        pytest.param("Ann Lee and Bo Day", ["Ann Lee", "Bo Day"], id="and"),
        pytest.param(
            "Ann Lee & Bo Day; Cy Fox", ["Ann Lee", "Bo Day", "Cy Fox"], id="amp-semicolon"
        ),
        pytest.param("Sammy Dee, Jr., Ann Lee", ["Sammy Dee, Jr.", "Ann Lee"], id="suffix"),
    ],
)
def test_split_writers(cell: str, expected: list[str]) -> None:
    assert split_writers(cell) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        pytest.param("Simon & Lee", ["Simon & Lee"], id="duo-kept"),
        pytest.param("Ann Lee as Ruth, Bo Day", ["Ann Lee as Ruth", "Bo Day"], id="comma"),
        pytest.param("Roger J. Manning Jr.", ["Roger J. Manning Jr."], id="suffix"),
    ],
)
def test_split_performers(cell: str, expected: list[str]) -> None:
    assert split_performers(cell) == expected


# --- listings built for the edge cases (invented rows) ----------------------------------------


def test_empty_writer_marker_takes_default() -> None:
    text = listing(f'1. "Opening" {M}{M}Ann Lee 2:00', f'2. "Waltz" {M}Bo Day Cy Fox 3:00')
    text = text.replace("No. Title", "All songs written by Ann Lee except as noted.\nNo. Title")
    tracks = album(text).tracks
    assert [brief(t) for t in tracks] == [
        "1. Opening | Ann Lee [default] | Ann Lee | 2:00",
        "2. Waltz | Bo Day | Cy Fox | 3:00",
    ]


def test_unlabelled_listings_restarting_are_discs() -> None:
    text = listing(
        f'1. "Main Title" {M}{M}Ann Lee 2:00',
        "",
        "No. Title Writer(s) Performer Length",
        f'1. "End Title" {M}{M}Ann Lee 1:00',
    )
    assert [(t.disc, t.number) for t in album(text).tracks] == [(1, 1), (2, 1)]


def test_hours_and_total_line() -> None:
    text = listing(
        f'1. "Suite" {M}{M}Ann Lee 1:02:03',
        f'2. "Coda" {M}{M}Ann Lee 0:57',
        "Total length: 1:03:00",
    )
    found = album(text)
    assert [t.length_seconds for t in found.tracks] == [3723, 57]
    assert found.total_length_seconds == 3780


def test_total_that_disagrees_is_reported() -> None:
    text = listing(f'1. "Suite" {M}{M}Ann Lee 2:00', "Total length: 5:00")
    assert codes(text) == ["total-length-mismatch"]


def test_unclosed_title_is_kept_with_a_diagnostic() -> None:
    text = listing(f'1. "Broken title {M}{M}Ann Lee 2:00')
    found = album(text)
    assert brief(found.tracks[0]) == "1. Broken title |  | Ann Lee | 2:00"
    assert codes(text) == ["track-title-unclosed"]


def test_shape_alone_that_cannot_decide_is_reported() -> None:
    text = listing(f'1. "Duet" {M}Ann Lee Bo Day 2:00')
    assert codes(text) == ["ambiguous-track-cells"]
    assert album(text).tracks[0].writers == ["Ann Lee"]


def test_number_gap_is_reported() -> None:
    text = listing(f'1. "One" {M}{M}Ann Lee 2:00', f'3. "Three" {M}{M}Ann Lee 2:00')
    assert codes(text) == ["track-number-gap"]


def test_text_beyond_the_columns_is_kept_and_reported() -> None:
    text = listing(f'1. "One" {M}Ann Lee 2:00', header="No. Title Length")
    assert codes(text) == ["track-extra-cells"]
    assert album(text).tracks[0].length_seconds == 120


def test_markers_printed_as_spaces() -> None:
    # The same rows with every marker turned into a plain space: runs of spaces mark cells.
    text = listing('1. "One"     Ann Lee 2:00', '2. "Two"   Bo Day, Cy Fox The Owls 3:00')
    assert [brief(t) for t in album(text).tracks] == [
        "1. One |  | Ann Lee | 2:00",
        "2. Two | Bo Day, Cy Fox | The Owls | 3:00",
    ]


def test_prose_after_listing_is_not_swallowed() -> None:
    prose = "The album sold well in its first year and was reissued on vinyl much later."
    text = listing(f'1. "One" {M}{M}Ann Lee 2:00', prose)
    result = run_part(text)
    assert result is not None
    assert result.claims == (((3, 4), "soundtrack"),)


def test_lone_credit_line_gives_an_album_without_tracks() -> None:
    found = album(
        "Prose about the score, released on May 5, 1999.\n\nAll music composed by Ann Lee."
    )
    assert (found.default_writers, found.tracks, found.release_date) == (
        ["Ann Lee"],
        [],
        "1999-05-05",
    )


def test_album_title_from_prose() -> None:
    prose = "The album, titled Songs for Nobody: Music from the Film, was released in 2004."
    text = listing(f'1. "One" {M}{M}Ann Lee 2:00').replace("Some prose about the album.", prose)
    found = album(text)
    assert (found.title, found.release_date) == ("Songs for Nobody: Music from the Film", "2004")


def test_no_listing_no_soundtrack() -> None:
    assert run_part("Plain prose.\n\nNo. Title is a phrase, not a header here at all.") is None


# --- robustness -------------------------------------------------------------------------------

PATHOLOGICAL = {
    "spaces": " " * 10**6,
    "digits": "1" * 10**6,
    "brackets": "(" * 10**6,
    "pairs": "()" * (10**6 // 2),
    "quotes": '"' * 10**6,
    "nbsp": "\u00a0" * 10**6,
    "names": "Ann Lee, " * (10**6 // 9),
    "words": "Ann " * (10**6 // 4),
}


@pytest.mark.parametrize("kind", sorted(PATHOLOGICAL))
@pytest.mark.parametrize("where", ["row", "continuation", "header", "credit"])
def test_huge_lines_are_fast(kind: str, where: str) -> None:
    big = PATHOLOGICAL[kind]
    rows = {
        "row": [f'1. "{big}" {M}{big} 2:00', f"2. {big}"],
        "continuation": [f'1. "One" {M}Ann Lee', big],
        "header": [f"No. Title {big}"],
        "credit": [f"All songs written by {big}"],
    }[where]
    start = time.process_time()
    run_part(listing(*rows))
    assert time.process_time() - start < BUDGET_SECONDS


PIECES = ("1. ", "2. ", '"', "(", ")", M, " ", "Ann", "Lee", "The", "as", ",", "and", "4:02")
ROW_PIECES = st.sampled_from([*PIECES, "No.", "Disc 2", "Title", "Length", "Total length: "])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(ROW_PIECES, max_size=12).map("".join), max_size=8))
def test_any_rows_parse_without_raising(lines: list[str]) -> None:
    result = run_part(listing(*lines))
    assert result is not None
    found = result.values["soundtrack"]
    assert all(first <= last for (first, last), _ in result.claims)
    assert all(t.lines[0] >= 3 for t in found.tracks)
