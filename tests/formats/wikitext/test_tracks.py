"""Track listings in wikitext snippets written for these tests."""

from __future__ import annotations

from tests.formats.wikitext.helpers import tracks_of

TWO_LISTINGS = """
== Soundtrack ==
{{Track listing
| headline = Side one
| all_writing = [[Ama Deyo]] and Bo Lister, except where noted
| extra_column = Performer(s)
| total_length = 7:30
| title1 = "Night Ferry"
| note1 = (instrumental)
| extra1 = Ama Deyo
| length1 = 3:00
| title2 = [[Dry Town (song)|Dry Town]]
| music2 = Cy Fenn
| lyrics2 = Di Moro
| extra2 = The Lamps, Ed Pollard as Ruth
| length2 = 4:30<ref>x</ref>
}}
{{tracklist
| headline = Side two
| all_music = Cy Fenn
| all_lyrics = Di Moro
| title1 = Coda
| length1 = 1:00
| title2 = Reprise
| writer2 = Ike Varnel, Jr.
| length2 = 2:05
| title3 = Interlude
| note3 = instrumental
| length3 = 0:50
}}
"""


def test_several_templates_give_one_flat_list_with_discs() -> None:
    found = tracks_of(TWO_LISTINGS)
    tracks = [t for listing in found.listings for t in listing.tracks]
    assert [(t.disc, t.number, t.title, t.note) for t in tracks] == [
        (1, 1, "Night Ferry", "instrumental"),
        (1, 2, "Dry Town", None),
        (2, 1, "Coda", None),
        (2, 2, "Reprise", None),
        (2, 3, "Interlude", "instrumental"),
    ]
    assert [(t.writers, t.writers_from_default) for t in tracks] == [
        # A note changes nothing: the default credit is for the entire record.
        (["Ama Deyo", "Bo Lister"], True),
        (["Cy Fenn", "Di Moro"], False),  # a track's own credit replaces the default
        (["Cy Fenn", "Di Moro"], True),
        (["Ike Varnel, Jr."], False),
        (["Cy Fenn"], True),  # an instrumental takes the music credit, not the lyrics'
    ]
    assert [(p.name, p.role) for p in tracks[1].performers] == [
        ("The Lamps", None),
        ("Ed Pollard", "Ruth"),
    ]
    assert [t.length_seconds for t in tracks] == [180, 270, 60, 125, 50]
    assert [t.lines for t in tracks] == [(7, 10), (11, 15), (21, 22), (23, 25), (26, 28)]
    assert [x.total for x in found.listings] == [450, None]
    assert [x.headline for x in found.listings] == ["Side one", "Side two"]
    assert [x.default for x in found.listings] == [
        ["Ama Deyo", "Bo Lister"],
        ["Cy Fenn", "Di Moro"],
    ]
    assert len(found.listings[0].notes[1]) == 1


def test_one_template_has_no_disc_and_no_default() -> None:
    found = tracks_of("{{Track listing\n| title1 = Alone\n| length1 = 0:45\n}}\n")
    (track,) = found.listings[0].tracks
    assert (track.disc, track.writers, track.writers_from_default) == (None, [], False)
    assert track.length_seconds == 45


PLAIN_TABLE = """
{| class="wikitable"
|-
! No. !! Title !! Singer(s) !! Length
|-
| 1 || "Monsoon Letter" || Rani Okafor, Dev Amsel || 5:12
|-
| 2 || ''Kite Song'' || Lata Brenn || 4:01
|-
| colspan="3" | Total length || 9:13
|}
"""


def test_plain_table_track_list() -> None:
    found = tracks_of(PLAIN_TABLE)
    (listing,) = found.listings
    assert [(t.number, t.title, [p.name for p in t.performers], t.length_seconds)
            for t in listing.tracks] == [
        (1, "Monsoon Letter", ["Rani Okafor", "Dev Amsel"], 312),
        (2, "Kite Song", ["Lata Brenn"], 241),
    ]  # fmt: skip
    assert [t.lines for t in listing.tracks] == [(5, 5), (7, 7)]
    assert listing.total == 553


def test_tables_without_a_track_header_are_no_listing() -> None:
    found = tracks_of("{|\n! No. !! Episode !! Aired\n|-\n| 1 || Pilot || 2031\n|}\n")
    assert found.listings == []


def test_episode_list_is_no_track_listing() -> None:
    episodes = (
        "{|\n! No. !! Title !! Directed by !! Original air date\n"
        "|-\n| 1 || Pilot || Ann Lee || 2031\n|}\n"
    )
    assert tracks_of(episodes).listings == []


def test_numbers_as_printed_and_own_music_replaces_default_lyrics() -> None:
    found = tracks_of(
        "{{Track listing\n| extra_column = Singer(s)\n| all_lyrics = [[Kavi Suri]]\n"
        "| title1 = Dil Se\n| music1 = [[Arun Roy]]\n| extra1 = {{hlist|[[Sukh Das]]|Ama Deyo}}\n"
        "| length1 = 6:44\n| title10 = Tenth\n| length10 = 1:00\n| title2 = Second\n}}\n"
    )
    tracks = found.listings[0].tracks
    assert [(t.number, t.title) for t in tracks] == [(1, "Dil Se"), (2, "Second"), (10, "Tenth")]
    assert [(t.writers, t.writers_from_default) for t in tracks] == [
        (["Arun Roy"], False),
        (["Kavi Suri"], True),
        (["Kavi Suri"], True),
    ]
    assert [p.name for p in tracks[0].performers] == ["Sukh Das", "Ama Deyo"]
    assert [t.length_seconds for t in tracks] == [404, None, 60]


LINKED = """
{{Track listing
| extra_column = Singer(s)
| title1  = "River Song"
| extra1  = [[Kai Dunmore]] and [[Rue Sato]]
| length1 = 3:44
| title2  = Boats
| extra2  = [[Kai Dunmore]] & the Foghorns
| length2 = 1:03:20
| title3  = Orchard{{'}}s Edge
| extra3  = Simon & Lee
}}
"""


def test_two_linked_names_joined_by_and_are_two_performers() -> None:
    # Only between two links: "X & the Foghorns" and "Simon & Lee" may each be one act.
    tracks = tracks_of(LINKED).listings[0].tracks
    assert [[p.name for p in t.performers] for t in tracks] == [
        ["Kai Dunmore", "Rue Sato"],
        ["Kai Dunmore & the Foghorns"],
        ["Simon & Lee"],
    ]
    assert [(t.title, t.length_seconds) for t in tracks] == [
        ("River Song", 224), ("Boats", 3800), ("Orchard's Edge", None),
    ]  # fmt: skip


def test_a_numbered_row_without_a_title_is_reported_not_dropped_silently() -> None:
    # A row written with only a note and a length (a hidden track) has no title to give; it is
    # left out of the tracks, with a warning on its lines.
    found = tracks_of(
        "{{Track listing\n| title1 = One\n| length1 = 3:00\n"
        "| note2 = hidden track\n| length2 = 4:10\n| title3 = Three\n| length3 = 1:00\n}}\n"
    )
    assert [t.number for t in found.listings[0].tracks] == [1, 3]
    assert [(d.severity, d.code, d.lines) for d in found.diagnostics] == [
        ("warning", "track-no-title", (4, 5))
    ]
