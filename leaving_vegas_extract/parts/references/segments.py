"""Citation segments after the title, read by shape and position (used by :mod:`citation`).

Shapes first: a date, a kind of source ("Press release"), "Place: Publisher", a "volume (issue):
pages" tail, editors ("In Roe, Ann (ed.)"), stray characters, text that dangles where a link was
lost. The plain segments left are placed by position: after a quoted title the work, then the
publisher; after a book's title its series (when a place follows) or its publisher.
"""

from __future__ import annotations

import re

from leaving_vegas_extract.normalize.names import parse_authors
from leaving_vegas_extract.parts.references.clauses import DANGLING, FUSED, cached_date
from leaving_vegas_extract.parts.references.vocab import DANGLING_WORDS, PLACE_LINKS, SOURCE_KINDS

_VOLUME_TAIL = re.compile(
    r"(?:^| )(\d{1,4})(?: ?\(([^()]{1,12})\))?(?:: ?(\d\w{0,9}(?: ?[–—-] ?\w{1,10})?))?$"
)
_PAGES_TAIL = re.compile(r": ?(\d\w{0,9}(?: ?[–—-] ?\w{1,10})?)$")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
_MAX_PLACE_WORDS = 4


def add_damage(damage: dict[str, str], code: str, message: str) -> None:
    """Record one kind of damage; a second finding of the same kind joins the first message."""
    damage[code] = f"{damage[code]}; {message}" if code in damage else message


def place(seg: str) -> tuple[str, str] | None:
    """``(place, publisher)`` for "New York: Villard" (the publisher may be empty)."""
    place, colon, publisher = seg.partition(":")
    if not colon or not place or ":" in publisher or publisher.lstrip()[:1].isdigit():
        return None
    words = place.replace(",", " ").split()
    if not words or len(words) > _MAX_PLACE_WORDS or not words[0][0].isupper():
        return None
    if not all(w[0].isupper() or w in PLACE_LINKS for w in words):
        return None
    return place.strip(), publisher.strip()


def _journal(seg: str, f: dict[str, object]) -> str:
    """Take a "volume (issue): pages" tail off a work's name; returns what is left."""
    if not (seg[-1].isdigit() or seg[-1] == ")"):
        return seg
    m = _VOLUME_TAIL.search(seg)
    if m is not None and (m.group(2) or m.group(3)):
        f["volume"] = m.group(1)
        if m.group(2):
            f["issue"] = m.group(2)
        if m.group(3):
            f.setdefault("pages", m.group(3).replace(" ", ""))
        return seg[: m.start()].strip()
    m = _PAGES_TAIL.search(seg)
    if m is not None:
        f.setdefault("pages", m.group(1).replace(" ", ""))
        return seg[: m.start()].strip()
    return seg


def _small(seg: str, f: dict[str, object], damage: dict[str, str]) -> bool:
    """A segment that is a date, a kind of source or stray characters; True when used up."""
    kind = SOURCE_KINDS.get(seg.casefold())
    if kind is not None:
        f.setdefault("genre", kind)
        return True
    if len(seg) <= 30 and _DIGIT.search(seg) is not None:
        iso = cached_date(seg)
        if iso is not None:
            f.setdefault("issued", iso)
            return True
    if seg.startswith("(in ") and seg.endswith(")"):
        return True  # "(in French)": the language of the source
    if _LETTER.search(seg) is None:
        rest = _journal(seg, f)
        if rest:
            add_damage(damage, "stray-text", f"stray text {rest!r}")
        return True
    return False


def read_segments(
    parts: list[tuple[str, int]], f: dict[str, object], damage: dict[str, str], colon: bool = True
) -> None:
    """Fill work, publisher, place, volume and series from the segments after the title.

    ``colon``: whether any segment holds a colon (False: no place is looked for)."""
    found_places: list[tuple[str, str] | None] = [None] * len(parts)
    places: list[int] = []
    if colon:
        # place() needs a colon, which most segments lack: those skip the call.
        found_places = [place(seg) if ":" in seg else None for seg, _ in parts]
        places = [i for i, found in enumerate(found_places) if found is not None]
    quoted = bool(f.get("title_quoted")) or "title-quotes" in damage
    book = f.get("title") is not None and not quoted
    plain: list[tuple[str, int]] = []
    for index, (seg, ending) in enumerate(parts):
        if _small(seg, f, damage):
            continue
        # A quoted title's first place-like segment is its work when another one follows.
        found = found_places[index]
        if found is not None and quoted and not plain and len(places) > 1 and index == places[0]:
            found = None
        if found is not None:
            f["place"] = found[0]
            if found[1]:
                f["publisher"] = found[1]
            else:
                damage["publisher-lost"] = f"the publisher after {found[0]!r} was lost"
        elif ending == DANGLING or seg.rsplit(None, 1)[-1].casefold() in DANGLING_WORDS:
            add_damage(damage, "text-lost", f"text lost after {seg!r}")
        elif not (seg.startswith("In ") and "(ed" in seg and _editors(seg, f)):
            # Only a volume tail ends in a digit or ")": other segments skip _journal.
            if seg[-1].isdigit() or seg[-1] == ")":
                seg = _journal(seg, f)
            plain.append((seg, ending))
    _slots(plain, f, damage, book=book, has_place=bool(places))


def _editors(seg: str, f: dict[str, object]) -> bool:
    """ "In Roe, Ann (ed.)": the editors of the book a chapter is in (the caller checked)."""
    found = parse_authors(seg[3 : seg.index("(ed")])
    if found is not None:
        f.setdefault("editors", found[0])
    return True


def _slots(
    plain: list[tuple[str, int]],
    f: dict[str, object],
    damage: dict[str, str],
    *,
    book: bool,
    has_place: bool,
) -> None:
    """Plain segments by position: a book's series or publisher; an article's work, publisher."""
    order = (
        (("collection",) if has_place else ("publisher",)) if book else ("container", "publisher")
    )
    for (seg, ending), key in zip(plain, order, strict=False):
        if ending == FUSED:
            damage[f"{key}-truncated"] = f"{seg!r} runs into a later clause (words lost)"
        f.setdefault(key, seg)
    if len(plain) > len(order):
        left = "; ".join(seg for seg, _ in plain[len(order) :])
        damage["unread-text"] = f"not read: {left!r}"
