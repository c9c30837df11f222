"""Label-space and label-glued infoboxes: a box block's head (name, image, caption) and its rows.

Rows are ``Label value``, ``Labelvalue`` or a label alone with its values on the lines below (plain
or bulleted); both joinings are read in every box, since mirrors mix them. A line that opens with
no label continues the row above, unless its shape says the label was lost: a second value under a
one-value row (running time, budget, box office), or a company under a row of people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from leaving_vegas_extract.formats.text.infobox.labels import (
    LABEL_HEADS,
    LabelMatch,
    key_label_with_value,
    match_label,
)
from leaving_vegas_extract.model.article import Diagnostic, Lines
from leaving_vegas_extract.normalize.text import clean, strip_markers
from leaving_vegas_extract.parts.envelope.vocab import CHROME_LINES
from leaving_vegas_extract.parts.infobox.build import BoxRead, RawField
from leaving_vegas_extract.parts.infobox.countries import COUNTRIES
from leaving_vegas_extract.parts.infobox.lost import is_company, is_duration, value_class
from leaving_vegas_extract.parts.infobox.vocab import (
    BOX_HEADINGS,
    CAPTION_WORDS,
    CHROME_ENDINGS,
    CHROME_OPENINGS,
    IMAGE_SUFFIXES,
    KEY_ONLY,
    KIND_SIGNALS,
    LABELS,
    PERSON_KEYS,
    SCALAR_KEYS,
)

_BULLET = re.compile(r"[ \t\u00a0]*(?:[•◦‣*]|-(?= ))[ \t\u00a0]*")
_SPACE = " \t\u00a0"
_CELL = " \t\u00a0|"  # what a table cell's edges hold
_PROSE_CHARS = 200  # a longer line is prose after the box, never a value
_PROSE_WORDS = 24
_LEAD_WORDS = 12  # a lead sentence under the box's last row: at least this many words
_LONE_AHEAD = 12  # lines looked at after a lone key label for the box's next row
_FILM_ROWS = KIND_SIGNALS["film"] | {"countries", "languages"}
_PERSON_ROWS = KIND_SIGNALS["person"]
KNOWN_KEYS = frozenset(LABELS.values())
_SENTENCE_WORDS = 8  # a name ending in a full stop ("Monsters, Inc.") is shorter than a sentence
SURE_LABELS = 5  # lines opening with a label that make a block a box whatever lies between
KEYED_ROW = re.compile(r"[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}:(?: |(?=[A-Z0-9]))\S")
"""A ``Key: value`` row of a key no box field holds ("Rated: PG", "MPAA Rating:PG")."""
# A crew credit the vocabulary does not know, its name on the line: "Casting by Ann Roe",
# "Hair Stylist: Bo Lee" (two words or more before a colon: "Songs: …" heads a list's part).
_CREW_BY = re.compile(r"[A-Z][a-z]+(?: [A-Za-z][a-z]+){0,3} by(?= [A-Z])")
_CREW_KEY = re.compile(r"[A-Z][a-z]+(?: [A-Za-z][a-z]+){1,3}(?=: \S)")

Matches = list[LabelMatch | None]
"""The label match of each line of a block, computed once and shared by the readers below."""


_BULLET_FIRST = frozenset(" \t\u00a0•◦‣*-")  # what a ``_BULLET`` match can open with


def bullet_text(line: str) -> str | None:
    """The text of a bulleted line ("  • India" -> "India"), None when it has no bullet."""
    if line[:1] not in _BULLET_FIRST:
        return None
    m = _BULLET.match(line)
    return line[m.end() :] if m is not None else None


def _is_bullet(line: str) -> bool:
    return line[:1] in _BULLET_FIRST and _BULLET.match(line) is not None


def _is_prose(line: str) -> bool:
    # n words take at least 2n - 1 characters: a short line needs no split.
    if len(line) < 2 * _LEAD_WORDS - 1:
        return False
    if len(line) > _PROSE_CHARS:
        return True
    words = line.split()
    return len(words) > _PROSE_WORDS or _is_lead_sentence(line, words)


def _is_lead_sentence(line: str, words: list[str]) -> bool:
    """The article's first sentence printed on the line right under the box's last row ("X is a
    2004 drama film directed by …."): many words, a full stop, and the small words of prose,
    which a list of names or a place never has."""
    if len(words) < _LEAD_WORDS or not strip_markers(line)[0].rstrip().endswith("."):
        return False
    return sum(1 for word in words if word[:1].islower()) >= _LEAD_WORDS // 2


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


def _first_row(numbered: list[tuple[int, str]], title: str | None, matches: Matches) -> int:
    """Index of the first row line; the block's first line is the box's name unless it is a row."""
    for index, m in enumerate(matches):
        if m is None:
            continue
        if (
            index == 0
            and len(numbered) > 1
            and not _measured(m)
            and not _colon_row(numbered[0][1], m)
            and not _alone(m)
        ):
            after = numbered[1][1]
            # A credit label alone ("Release date" over its value) was taken by _alone above; a
            # one-word label alone ("Genre" atop a site's facts block) may still be a name.
            if _same_title(numbered[0][1], title) or (matches[1] is None and not _is_bullet(after)):
                continue
        return index
    return len(numbered)


def _colon_row(line: str, m: LabelMatch) -> bool:
    """A ``Label: value`` line ("Genre: Drama"): a row as blogs and fan wikis print it, never a
    box's name."""
    return line.lstrip(_SPACE)[len(m.label) : len(m.label) + 1] == ":" and bool(m.rest.strip())


def _measured(m: LabelMatch) -> bool:
    """A scalar row with its number on the line ("Approx. run time 74 min."): never a box's name,
    even when its next line (another version's length) carries no label."""
    return m.key in SCALAR_KEYS and any(c.isdigit() for c in m.rest[:12])


def _alone(m: LabelMatch) -> bool:
    """A credit label alone on its line ("Directed By", its value below): a row, never a name
    (a fan wiki's box prints no name line; its first line is a row's label)."""
    return not m.rest.strip(_SPACE) and " " in m.label and m.key in KNOWN_KEYS


def _is_native_script(line: str) -> bool:
    """A line in a script other than the Latin one ("小门神"): the title in the film's own
    language, printed under the poster's caption, never the box's caption or name."""
    text = line.strip()
    return any(c.isalpha() for c in text) and not any(c.isascii() and c.isalpha() for c in text)


def _comma_label(line: str, state: _Rows) -> LabelMatch | None:
    """Amid a box's rows, a two-word label whose line break a copy printed as a comma
    ("Production, company Harbour Films"), its value after it."""
    head, comma, rest = line.partition(", ")
    if not state.rows or not comma or head.casefold() not in LABEL_HEADS or not rest[:1].islower():
        return None
    m = match_label(f"{head} {rest}")
    return m if m is not None and m.key in KNOWN_KEYS and " " in m.label else None


def _split_label(line: str, after: str) -> LabelMatch | None:
    """A label broken over two lines ("Production" / "company Canal Nine")."""
    if not after[:1].islower() or len(line.split()) > 3:
        return None
    m = match_label(f"{line.rstrip(_SPACE)} {after.lstrip(_SPACE)}")
    if m is None or m.key not in KNOWN_KEYS:
        return None  # "Cyrano" / "by" is a title over its lost authors, not an unknown credit
    return m if len(m.label) > len(line.strip(_SPACE)) else None


def _one_word(value: str) -> bool:
    text = value.strip()
    return " " not in text and text[:1].isupper()


def _one_word_tail(row: RawField) -> list[tuple[str, int]]:
    """The one-word bullets ending a list of people right before a company ("• Bo Lee" / "•
    Laika" / "• Canal Nine Films"): companies too, whose label the mirror dropped with the
    company's own. Taken off ``row``; a person's name has two words or more."""
    tail: list[tuple[str, int]] = []
    while len(row.values) > 1 and _one_word(row.values[-1]):
        tail.insert(0, (row.values.pop(), row.numbers.pop()))
    if tail:
        row.lines = (row.lines[0], max(row.lines[0], row.numbers[-1]))
    return tail


@dataclass(slots=True)
class _Rows:
    """Reading state: rows so far, the open row's key, the keys seen."""

    rows: list[RawField] = field(default_factory=list)
    key: str | None = None
    seen: set[str] = field(default_factory=set)
    plain: bool = False  # the last line was a plain (unbulleted) continuation value
    plain_lists: bool = True  # lists print one plain line per value (label-space), not bullets
    gapped_lists: bool = False  # the box sets a list's later values apart by a blank line
    last: int = 0  # the number of the last line read

    def open(self, m: LabelMatch, lines: Lines) -> None:
        # RawField.add of the label's own value, inlined: the row starts on that line.
        value = m.rest.strip(_SPACE)
        if "|" in value:
            value = value.strip(_CELL)  # a table's cell pipes are never part of a value
        if value.strip():
            row = RawField(m.label, [value], lines, [lines[0]])
        else:
            row = RawField(m.label, [], lines, [])
        self.rows.append(row)
        self.key = m.key
        self.seen.add(m.key)
        self.plain = False
        self.last = lines[1]

    def value(self, text: str, number: int, bulleted: bool) -> None:
        current = self.rows[-1] if self.rows else None
        moved: list[tuple[str, int]] = []
        if current is not None and current.label and not text.startswith("("):
            company = self.key in PERSON_KEYS and is_company(text)
            lost = (self.key in SCALAR_KEYS and current.values) or company
            # A length under another row ("Release Date" / "June 3, 1988" / "104 Minutes").
            lost = lost or (self.key != "running_time" and is_duration(text))
            lost = lost or self._foreign(current, text, bulleted)
            if lost or self._detached(current, number, bulleted):
                if company and bulleted:
                    moved = _one_word_tail(current)
                current = None
        if current is None:
            current = RawField(label="")  # the label was lost; its values will tell
            self.rows.append(current)
            self.key = None
            for value, line in moved:
                current.add(value, line)
        current.add(text.strip(_CELL) if "|" in text else text, number)
        self.plain = not bulleted
        self.last = number

    def _foreign(self, current: RawField, text: str, bulleted: bool) -> bool:
        """Whether a plain line is another row whose label was lost, by its shape: a flag's
        file name ("120px-Flag of France.svg") under any row; a running time or a country under
        the release dates (a date's place is bracketed); a line after a row of people that
        printed its whole list on one line with commas ("Ann Roe, Bo Lee" / "Cy Moss")."""
        if is_image_name(text):
            return True
        if self.key == "release_dates" and current.values:
            return value_class(text) in ("running_time", "countries")
        if self.key in PERSON_KEYS and len(current.values) == 1 and not bulleted:
            items = current.values[0].split(", ")
            return len(items) > 1 and all(len(item.split()) > 1 for item in items)
        return False

    def _detached(self, current: RawField, number: int, bulleted: bool) -> bool:
        """Whether a list under a row that printed its one value on its label's line is another
        row whose label was lost: its values bulleted ("Produced byAnn Roe" / "• Bo Lee"; a
        row's own list is bulleted whole or not at all), or set apart by a blank line ("Produced
        by Ann Roe" / "" / "Bo Lee" / "Cy Moss")."""
        if len(current.values) != 1 or current.numbers[0] != current.lines[0]:
            return False
        gap = number > self.last + 1 and not self.gapped_lists
        return self.key in PERSON_KEYS and (bulleted or gap)


def _label_at(matches: Matches, index: int, state: _Rows) -> LabelMatch | None:
    m = matches[index]
    if m is None:
        return None
    if m.rest.strip(_SPACE):
        # A key seen before, with a value after it, is a value ("Studio Canal" under "Studio").
        return m if m.key not in state.seen else None
    # Where lists are plain lines, a one-word label alone amid a list, right before the next row,
    # is one more value ("Occupation Writer" / "Composer" / "Illustrator" / "Years active ...").
    amid_list = state.plain_lists and state.plain and state.key not in SCALAR_KEYS
    if amid_list and " " not in m.label and m.key not in _FILM_ROWS and index + 1 < len(matches):
        return None if matches[index + 1] is not None else m
    return m


def _lone_key_label(line: str, matches: Matches, index: int, state: _Rows) -> LabelMatch | None:
    """A one-word key label alone on its line ("Cast"), read as a row only amid a box: after a
    row with values, and before a further labelled row (a "Cast" section heading after the box
    has none after it)."""
    text = line.strip(_SPACE)
    if " " in text or text.casefold() not in KEY_ONLY:
        return None
    if not state.rows or not state.rows[-1].values or state.key in _PERSON_ROWS:
        return None  # "Occupation Film director" / "Composer" / "Editor": one more occupation
    key = LABELS.get(text.casefold())
    ahead = matches[index + 1 : index + 1 + _LONE_AHEAD]
    if key is None or key in state.seen or not any(m is not None for m in ahead):
        return None
    return LabelMatch(text, key, "", False)


def _crew_row(line: str, state: _Rows) -> LabelMatch | None:
    """Under a row of people, a further credit of a kind no box field holds ("Casting by Ann
    Roe", "Makeup Department Head: Bo Lee"): a row of its own, never one more name above
    (nor under another such credit). A key glued to its value ("MPAA Rating:PG") is a row under
    any row."""
    keyed = KEYED_ROW.match(line)
    if keyed is not None and line[keyed.end() - 2] == ":" and state.rows:
        colon = keyed.end() - 2
        return LabelMatch(line[:colon], line[:colon].casefold(), line[colon + 1 :], True)
    if state.key not in PERSON_KEYS and (state.key is None or state.key in KNOWN_KEYS):
        return None
    m = _CREW_BY.match(line) or _CREW_KEY.match(line)
    if m is None:
        return None
    label = m.group(0)
    rest = line[m.end() + (1 if line[m.end() : m.end() + 1] == ":" else 0) :]
    return LabelMatch(label, label.casefold(), rest, False)


def _is_heading(line: str, matches: Matches, index: int) -> bool:
    """A box's section heading right before a row: a television box's first word of a label
    ("Production") alone on its line (a label broken over two lines goes on in small letters),
    or a fan wiki's "Film information"."""
    text = line.strip(_SPACE).casefold()
    if (text not in LABEL_HEADS and text not in BOX_HEADINGS) or index + 1 >= len(matches):
        return False
    return matches[index + 1] is not None


_GAPPED_ROWS = 2  # rows printed "Label value" / blank / more values that make it the box's way


def _gapped(numbered: list[tuple[int, str]], matches: Matches) -> bool:
    """Whether the box prints its lists with a blank line after the label's line ("Starring Ann
    Roe" / "" / "Bo Lee" / "Cy Moss") in several rows: its way of printing lists, so a list set
    apart so is no row whose label was lost."""
    count = 0
    for index in range(len(numbered) - 1):
        m = matches[index]
        if m is None or not m.rest.strip(_SPACE) or matches[index + 1] is not None:
            continue
        if numbered[index + 1][0] > numbered[index][0] + 1:
            count += 1
    return count >= _GAPPED_ROWS


def read_rows(
    numbered: list[tuple[int, str]], *, plain_lists: bool = True, matches: Matches | None = None
) -> tuple[list[RawField], int]:
    """The rows of ``numbered`` (from the first row on), and the index after the last row line.

    ``plain_lists``: list values are plain lines (label-space), not bullets (label-glued).
    ``matches``: each line's label match, when the caller has them already.
    """
    if matches is None:
        matches = [match_label(line) for _, line in numbered]
    state = _Rows(plain_lists=plain_lists, gapped_lists=_gapped(numbered, matches))
    index = 0
    count = len(numbered)
    while index < count:
        number, line = numbered[index]
        m = _label_at(matches, index, state) if matches[index] is not None else None
        if m is not None:
            state.open(m, (number, number))
        elif (
            index + 1 < count
            and numbered[index + 1][1][:1].islower()  # _split_label's first test, inlined
            and (m := _split_label(line, numbered[index + 1][1]))
        ):
            state.open(m, (number, number + 1))
            index += 1
        elif m := _lone_key_label(line, matches, index, state) or _comma_label(line, state):
            state.open(m, (number, number))
        elif _is_prose(line) or not state.rows:
            break
        elif (m := _crew_row(line, state)) is not None:
            state.open(m, (number, number))
        elif _is_heading(line, matches, index):
            pass  # a television box's section heading ("Production"), not a value of the row above
        else:
            text = bullet_text(line)
            state.value((line if text is None else text).strip(_SPACE), number, text is not None)
        index += 1
    return state.rows, index


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


def _is_chrome(line: str) -> bool:
    text = clean(line).casefold()
    if text in CHROME_LINES:
        return True
    return text.startswith(CHROME_OPENINGS) or text.endswith(CHROME_ENDINGS)


def _not_a_name(line: str, *, above: bool = False) -> bool:
    """A line that cannot be the box's name: the year and country an archive prints above its
    credits ("1931 Norway"), a row of a key no field holds glued to its value ("MPAA
    Rating:PG"), or, printed above the box, any such row ("Rated: PG"; a head line "Three
    Colours: Red" is a name)."""
    text = clean(line)
    if text[:6].casefold() == "title:":
        return False
    keyed = KEYED_ROW.match(text)
    if keyed is not None and (above or text[keyed.end() - 2] == ":"):
        return True
    year, _, rest = text.partition(" ")
    return len(year) == 4 and year.isdigit() and rest.casefold() in COUNTRIES


def _head(
    heads: list[tuple[int, str]], above: str | None, title: str | None = None
) -> tuple[str | None, str | None, list[Diagnostic]]:
    """Name, caption, and a note on image lines (file name, alt text) between them.

    Site chrome is never the name. A box printed with no name line takes the short line above
    it (the page title, printed right above the first row); so does a box whose only head line
    is a caption ("Theatrical release poster") with its name printed before a blank line, or
    under the page's ``title`` (left to the caller then). A box whose first line is its poster's
    file name or alt text takes its name from there.
    """
    heads = [
        (n, t)
        for i, (n, t) in enumerate(heads)
        if not _is_chrome(t)
        and not _not_a_name(t)
        and not (i + 1 < len(heads) and _is_jump(heads[i + 1][1]))
    ]
    latin = [(n, t) for n, t in heads if not _is_native_script(t)]
    if latin or above is not None:
        heads = latin  # the native title is the box's line still, just not its name or caption
    if above is not None and (
        _is_chrome(above) or _is_sentence(above) or _not_a_name(above, above=True)
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


def read_text_box(
    numbered: list[tuple[int, str]],
    title: str | None,
    *,
    glued: bool = False,
    matches: Matches | None = None,
    above: str | None = None,
) -> BoxRead | None:
    """A label-space or label-glued box from a block's numbered lines; None without two rows.

    ``matches``: each line's label match (see ``box_matches``), when the caller has them already.
    ``above``: the short line printed above the block (a name the block itself may lack).
    """
    if matches is None:
        matches = [match_label(line) for _, line in numbered]
    start = _first_row(numbered, title, matches)
    rows, end = read_rows(numbered[start:], plain_lists=not glued, matches=matches[start:])
    if sum(1 for row in rows if row.label) < 2:
        return None
    name, caption, diags = _head(numbered[:start], above, title)
    last = numbered[start + end - 1][0]
    return BoxRead(name, caption, rows, (numbered[0][0], last), diags)


def box_matches(lines: tuple[str, ...], need: int, share: int) -> Matches | None:
    """Each line's label match when at least ``need`` lines, and one line in ``share``, open with
    a known label, or ``SURE_LABELS`` lines do (long lists of names thin out the labels); None
    otherwise.

    Stops as soon as neither can hold, so prose blocks cost one lookup, and blocks shorter than
    ``need`` cost none.
    """
    if len(lines) < need:
        return None
    # Unlabelled lines that ``need`` and the share leave room for (-(-a // b) rounds up).
    allowed = len(lines) - max(need, -(-len(lines) // share))
    labelled = unlabelled = keyed = 0
    matches: Matches = []
    for index, line in enumerate(lines):
        # A label opens with a capital: other lines skip the call.
        m = match_label(line) if line[:1].isupper() else None
        if m is None and line[:1].isupper() and (labelled or _row_next(lines, index)):
            m = key_label_with_value(line)  # "Cast Ann Roe" amid the rows, or right above one
        if m is None:
            # A row of a key no field holds ("MPAA Rating:PG", "IMDB Rating: 7/10") is a row
            # still: it counts toward the share of rows, never toward ``need``.
            if line[:1].isupper() and KEYED_ROW.match(line) is not None:
                keyed += 1
            else:
                unlabelled += 1
            if unlabelled > allowed and labelled + len(lines) - index - 1 < SURE_LABELS:
                return None
        else:
            labelled += 1
        matches.append(m)
    if labelled < need:
        return None
    rows = labelled + keyed
    return matches if rows * share >= len(lines) or labelled >= SURE_LABELS else None


def _row_next(lines: tuple[str, ...], index: int) -> bool:
    """Whether the line after ``index`` opens with a known label."""
    after = lines[index + 1] if index + 1 < len(lines) else ""
    return after[:1].isupper() and match_label(after) is not None


def count_labels(lines: tuple[str, ...]) -> int:
    """How many of ``lines`` open with a known label."""
    return sum(1 for line in lines if line[:1].isupper() and match_label(line) is not None)
