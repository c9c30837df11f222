"""A text box's head: where its rows start, and its name and caption above them.

The block's first line is the box's name unless it is a row; the lines between name and first row
are the poster's (file name, alt text, caption). Site chrome, lead sentences, and rows of keys no
field holds are never the name; a box printed with no name line takes the short line above it, or
its poster's file name.
"""

from __future__ import annotations

import re

from leaving_vegas_extract.formats.text.infobox.labels import LabelMatch
from leaving_vegas_extract.formats.text.infobox.line_shapes import (
    KEYED_ROW,
    KNOWN_KEYS,
    SPACE,
    Matches,
    is_bullet,
)
from leaving_vegas_extract.model.article import Diagnostic
from leaving_vegas_extract.normalize.text import clean
from leaving_vegas_extract.parts.envelope.vocab import CHROME_LINES
from leaving_vegas_extract.parts.infobox.countries import COUNTRIES
from leaving_vegas_extract.parts.infobox.labels_intl import NATIVE_NAME_LABELS
from leaving_vegas_extract.parts.infobox.vocab import (
    BOX_HEADINGS,
    CAPTION_WORDS,
    CHROME_ENDINGS,
    CHROME_OPENINGS,
    IMAGE_SUFFIXES,
    SCALAR_KEYS,
)

_SENTENCE_WORDS = 8  # a name ending in a full stop ("Monsters, Inc.") is shorter than a sentence
# Two titles glued, a word's small letters running into the next title's capital ("Fen
# ChronicleThe Fen Road"): a line of the film's other titles, never its name (unless it is the
# page's title itself, a name with an inner capital).
_GLUED_TITLES = re.compile(r"[a-z]{3}[A-Z][a-z]")


def _same_title(line: str, title: str | None) -> bool:
    if not title:
        return False
    text, wanted = clean(line).casefold(), clean(title).casefold()
    return text == wanted or wanted.startswith(f"{text} (")


def is_image_name(line: str) -> bool:
    """A poster's file name printed above the caption ("Night_Ferry_poster.jpg")."""
    text = line.strip()
    return text.casefold().endswith(IMAGE_SUFFIXES) or ("_" in text and " " not in text)


_POSTER_WORDS = CAPTION_WORDS | {"film", "movie"}
_YEAR_NOTE = re.compile(r"\d{4}(?: film| movie)?")


def _image_note(text: str) -> tuple[int, str] | None:
    """Where a closing bracketed note starts in ``text`` ("Night Ferry (movie poster)") and what
    it holds; None without one. String methods: a regex scanning spaces for it backtracks."""
    body = text.rstrip()
    if not body.endswith(")"):
        return None
    start = body.rfind("(")
    inner = body[start + 1 : -1]
    if start < 0 or "(" in inner or ")" in inner:
        return None
    return len(body[:start].rstrip()), inner


def _is_alt_text(line: str) -> bool:
    """A poster's alt text printed above the caption ("Night Ferry (movie poster)")."""
    note = _image_note(line)
    return note is not None and note[0] > 0 and _looks_like_caption(note[1])


def image_title(line: str) -> str | None:
    """The film's name in its poster's file name or alt text ("Night Ferry (1988 film
    poster).png", "Night Ferry poster.jpg", "Night Ferry (movie poster)" -> "Night Ferry"): a
    box that prints no name line of its own still names its poster so."""
    text = clean(line)
    low = text.casefold()
    for suffix in IMAGE_SUFFIXES:
        if low.endswith(suffix):
            text = text[: -len(suffix)]
            break
    text = text.replace("_", " ")
    note = _image_note(text)
    if note is not None and (_looks_like_caption(note[1]) or _YEAR_NOTE.fullmatch(note[1])):
        text = text[: note[0]]  # "(film poster)", "(1989)", "(1989 film)"
    words = text.split()
    while words and words[-1].casefold() in _POSTER_WORDS:
        words.pop()
    return " ".join(words) or None


def first_row(
    numbered: list[tuple[int, str]], title: str | None, matches: Matches, *, alone: bool = False
) -> int:
    """Index of the first row line; the block's first line is the box's name unless it is a row.

    ``alone``: the box prints every label alone over its values, so its first line's label alone
    ("Genre" over "Drama") is a row too.
    """
    for index, m in enumerate(matches):
        if m is None:
            continue
        if (
            index == 0
            and len(numbered) > 1
            and not _measured(m)
            and not colon_row(numbered[0][1], m)
            and not _alone(m)
            and not (alone and not m.rest.strip(SPACE))
        ):
            after = numbered[1][1]
            # A credit label alone ("Release date" over its value) was taken by _alone above; a
            # one-word label alone ("Genre" atop a site's facts block) may still be a name.
            if _same_title(numbered[0][1], title) or (matches[1] is None and not is_bullet(after)):
                continue
        return index
    return len(numbered)


def colon_row(line: str, m: LabelMatch) -> bool:
    """A ``Label: value`` line ("Genre: Drama"): a row as blogs and fan wikis print it, never a
    box's name."""
    return line.lstrip(SPACE)[len(m.label) : len(m.label) + 1] == ":" and bool(m.rest.strip())


def _measured(m: LabelMatch) -> bool:
    """A scalar row with its number on the line ("Approx. run time 74 min."): never a box's name,
    even when its next line (another version's length) carries no label."""
    return m.key in SCALAR_KEYS and any(c.isdigit() for c in m.rest[:12])


def _alone(m: LabelMatch) -> bool:
    """A credit label alone on its line ("Directed By", its value below): a row, never a name
    (a fan wiki's box prints no name line; its first line is a row's label)."""
    return not m.rest.strip(SPACE) and " " in m.label and m.key in KNOWN_KEYS


def _is_native_script(line: str) -> bool:
    """A line in a script other than the Latin one ("小门神"): the title in the film's own
    language, printed under the poster's caption, never the box's caption or name."""
    text = line.strip()
    return any(c.isalpha() for c in text) and not any(c.isascii() and c.isalpha() for c in text)


def _is_native_row(line: str) -> bool:
    """A row of the film's native names under the poster: its script alone ("小门神"), or a
    native-name label alone or glued to its value ("Kanjiかぐや", "Revised HepburnKaguya")."""
    if _is_native_script(line):
        return True
    text = clean(line)
    folded = text.casefold()
    for label in NATIVE_NAME_LABELS:
        if folded.startswith(label):
            rest = text[len(label) :]
            after = rest.lstrip()[:1]
            # Alone, glued to a capital ("HepburnKaguya"), or before the native script.
            if not after or rest[0].isupper() or not after.isascii():
                return True
    return False


def _looks_like_caption(text: str) -> bool:
    words = set(clean(text).casefold().replace(",", " ").split())
    return bool(words & CAPTION_WORDS)


def _is_sentence(line: str) -> bool:
    """A line of prose above a box (a lead sentence), never its name: many words and a full stop."""
    text = line.strip()
    return text.endswith(".") and len(text.split()) > _SENTENCE_WORDS


def _is_jump(line: str) -> bool:
    """A wiki's "Jump to: navigation, search" line: the line above it is the site's tagline
    ("From Salt Wiki"), never the box's name."""
    return clean(line).casefold().startswith(("jump to:", "jump to navigation"))


def is_chrome(line: str) -> bool:
    """A site's chrome line (its name, a tagline, "Jump to content", a hatnote or banner): never
    a box's name, nor a page's title."""
    text = clean(line).casefold()
    if text in CHROME_LINES:
        return True
    return text.startswith(CHROME_OPENINGS) or text.endswith(CHROME_ENDINGS)


def _not_a_name(line: str, *, above: bool = False) -> bool:
    """A line that cannot be the box's name: the year and country an archive prints above its
    credits ("1931 Norway"), a row of a key no field holds glued to its value ("MPAA
    Rating:PG"), or, printed above the box, any such row ("Rated: PG"; a head line "Three
    Colours: Red" is a name), or a fan wiki's box heading ("Film information")."""
    text = clean(line)
    if text[:6].casefold() == "title:":
        return False
    if text.casefold() in BOX_HEADINGS:
        return True
    keyed = KEYED_ROW.match(text)
    if keyed is not None and (above or text[keyed.end() - 2] == ":"):
        return True
    year, _, rest = text.partition(" ")
    return len(year) == 4 and year.isdigit() and rest.casefold() in COUNTRIES


def read_head(
    heads: list[tuple[int, str]],
    above: str | None,
    title: str | None = None,
    *,
    keyed: bool = False,
) -> tuple[str | None, str | None, list[Diagnostic]]:
    """Name, caption, and a note on image lines (file name, alt text) between them.

    Site chrome is never the name. A box printed with no name line takes the short line above
    it (the page title, printed right above the first row); so does a box whose only head line
    is a caption ("Theatrical release poster") with its name printed before a blank line, or
    under the page's ``title`` (left to the caller then). A box whose first line is its poster's
    file name or alt text takes its name from there. ``keyed``: the box prints ``Key: value``
    rows, so a head line so shaped ("Year: 1987", "Category: Feature Film") is a row of a key no
    field holds, neither name nor caption.
    """
    heads = [
        (n, t)
        for i, (n, t) in enumerate(heads)
        if not is_chrome(t)
        and not _not_a_name(t, above=keyed)
        and not (i + 1 < len(heads) and _is_jump(heads[i + 1][1]))
    ]
    # The first line is the name unless it is all native script (a name may mix scripts).
    latin = [
        (n, t)
        for i, (n, t) in enumerate(heads)
        if not (_is_native_row(t) if i else _is_native_script(t))
    ]
    if len(latin) < len(heads):
        latin = _poster_first(latin)
    if latin or above is not None:
        heads = latin  # the native title is the box's line still, just not its name or caption
    if above is not None and (
        is_chrome(above)
        or _is_sentence(above)
        or _not_a_name(above, above=True)
        or (_GLUED_TITLES.search(above) and title and not _same_title(above, title))
    ):
        above = None
    if not heads:
        return (clean(above) or None if above else None), None, []
    lone = heads[0][1] if len(heads) == 1 else ""
    if (above is not None or title) and _looks_like_caption(lone) and not _same_title(lone, title):
        return clean(above) if above else None, clean(lone), []
    first = heads[0][1]
    if is_image_name(first) or _is_alt_text(first):
        # No name line: the poster's file name or alt text comes first and names the film.
        caption, diags = _caption(heads)
        return (clean(above) if above else image_title(first)), caption, diags
    name = clean(first)
    if name[:6].casefold() == "title:":
        name = name[6:].strip()  # "Title: Ashen Glass", a wiki's name row
    caption, diags = _caption(heads[1:])
    return name, caption, diags


def _poster_first(heads: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Head lines above a block of the film's native names ("Korean name" / "Hangul" / its
    romanizations): the block's rows end the head after the poster's caption, when a line names
    the poster ("Theatrical poster"); no row of it is the caption."""
    worded = [i for i, (_, t) in enumerate(heads) if i and _looks_like_caption(t)]
    return heads[: worded[-1] + 1] if worded else heads


def _caption(heads: list[tuple[int, str]]) -> tuple[str | None, list[Diagnostic]]:
    """The caption among the head lines after the name (the last of them), and a note on the
    image lines (file name, alt text) before it."""
    rest = [(n, clean(t)) for n, t in heads if not is_image_name(t)]
    caption = rest[-1][1] if rest else None
    kept = {rest[-1][0]} if rest else set()
    if len(rest) > 1 and rest[-1][1].startswith("by "):
        # "Theatrical release poster" / "by Ann Roe": the poster's artist goes on the caption.
        caption = f"{rest[-2][1]} {rest[-1][1]}"
        kept.add(rest[-2][0])
    skipped = [n for n, _ in heads if n not in kept]
    if not skipped:
        return caption, []
    note = Diagnostic(
        severity="info",
        code="infobox-image-lines",
        message=f"{len(skipped)} image line(s) (file name, alt text) before the caption",
        lines=(skipped[0], skipped[-1]),
    )
    return caption, [note]
