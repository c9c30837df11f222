"""Pydantic models of the output contract (``CONTRACT.md``): one article, one JSON document.

Field order here is the key order of the JSON, so it follows the contract line by line.

No ``from __future__ import annotations`` here: pydantic would evaluate every field's annotation
string at start-up (~12 M instructions of a one-file run, ~1 %); only the self-reference of
:class:`Section` is a string.
"""

from collections.abc import Callable
from contextlib import AbstractContextManager
from contextvars import ContextVar, Token
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.4"

Lines = tuple[int, int]
"""``[first, last]``, 1-based and inclusive, in the raw input."""


_DEFERRED: ContextVar[bool] = ContextVar("leaving_vegas_extract_deferred", default=False)


def deferred_validation() -> AbstractContextManager[None]:
    """Inside this block models are assembled without validation; the caller validates the tree.

    Validating each small model as a part builds it costs ~5 µs apiece (a seed article builds
    ~170); validating the finished :class:`Article` once, in pydantic-core, costs a fraction of
    that. Every model has ``revalidate_instances="always"``, so that one pass re-checks every
    nested value built here: nothing escapes validation, it only happens later.
    """
    return _Deferred()


class _Deferred:
    """The block of :func:`deferred_validation`: a class, not a ``@contextmanager`` generator
    (entered once per article, and the generator's machinery cost several times its work)."""

    __slots__ = ("_token",)
    _token: Token[bool]

    def __enter__(self) -> None:
        self._token = _DEFERRED.set(True)

    def __exit__(self, *exc: object) -> None:
        _DEFERRED.reset(self._token)


class Model(BaseModel):
    """Base: frozen, no unknown keys, nested instances re-validated by their container."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        revalidate_instances="always",
        json_schema_serialization_defaults_required=True,
    )

    def __init__(self, **data: Any) -> None:
        if not _DEFERRED.get():
            super().__init__(**data)
            return
        # Assembled unvalidated from ``data`` and the field defaults (``_spec``), inline: a seed
        # article assembles ~140 models, and a helper call cost as much as its body.
        static, factories = _SPECS.get(type(self)) or _spec(type(self))
        fields_set = set(data)
        if static:
            data = static | data
        for name, factory in factories:
            if name not in data:
                data[name] = factory()
        _set(self, "__dict__", data)
        _set(self, "__pydantic_fields_set__", fields_set)
        _set(self, "__pydantic_extra__", None)
        _set(self, "__pydantic_private__", None)

    # Outside deferred_validation this is BaseModel.__init__; saying so (as pydantic's RootModel
    # does) keeps pydantic-core from calling it for every nested model it validates, which
    # would validate each nested model again.
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]


_set = object.__setattr__  # the models are frozen: their own __setattr__ refuses
_SPECS: dict[type[BaseModel], tuple[dict[str, Any], tuple[tuple[str, Callable[[], Any]], ...]]] = {}


def _spec(cls: type[BaseModel]) -> tuple[dict[str, Any], tuple[tuple[str, Callable[[], Any]], ...]]:
    """A model's plain defaults, and its default factories (a fresh list per instance)."""
    static: dict[str, Any] = {}
    factories: list[tuple[str, Callable[[], Any]]] = []
    for name, info in cls.model_fields.items():
        if info.default_factory is not None:
            factories.append((name, info.default_factory))  # type: ignore[arg-type]
        elif not info.is_required():
            static[name] = info.default
    _SPECS[cls] = spec = (static, tuple(factories))
    return spec


# Default factories as Python functions, not ``list``/``dict``: pydantic asks each factory's
# signature, and for a builtin that means parsing its text signature (~0.15 ms each, ~50 fields:
# a tenth of the models' build at every start-up).
def _list() -> list[Any]:
    return []


def _dict() -> dict[str, Any]:
    return {}


class Extractor(Model):
    """The package that wrote the document."""

    name: str
    version: str


class Source(Model):
    """Where the article came from, and which layout it was printed in."""

    path: str | None = None
    format: Literal["text", "html", "wikitext"] = "text"
    rendering: str = "unknown"
    sha256: str
    bytes: int


class Envelope(Model):
    """The mirror's own header and footer; nulls when absent."""

    article_id: str | None = None
    title: str | None = None
    reproduction_date: str | None = None
    author: str | None = None
    language: str | None = None
    subjects: list[str] = Field(default_factory=_list)
    collections: list[str] = Field(default_factory=_list)
    publisher: str | None = None
    license: str | None = None
    extra: dict[str, str] = Field(default_factory=_dict)


class Paragraph(Model):
    """Prose without its ``[n]`` markers; ``citations`` are the n's in order, no repeats."""

    text: str
    citations: list[int] = Field(default_factory=_list)
    lines: Lines


class Section(Model):
    """A node of the section tree."""

    number: str | None = None
    title: str
    level: int = Field(ge=1)
    paragraphs: list[Paragraph] = Field(default_factory=_list)
    sections: list["Section"] = Field(default_factory=_list)
    lines: Lines | None = None


class Link(Model):
    """A link in a value whose target article's title differs from its text."""

    text: str
    target: str


class InfoboxField(Model):
    """One labelled infobox row, as printed."""

    label: str
    values: list[str] = Field(default_factory=_list)
    citations: list[int] = Field(default_factory=_list)
    links: list[Link] = Field(default_factory=_list)
    lines: Lines


class Money(Model):
    """A money value; ``text`` keeps it as printed (qualifiers included)."""

    text: str
    currency: str | None = None
    amount: int | None = None
    amount_max: int | None = None
    citations: list[int] = Field(default_factory=_list)


class BasedOn(Model):
    """The work a film is based on."""

    title: str
    authors: list[str] = Field(default_factory=_list)


class ReleaseDate(Model):
    """One release: ISO date (with the precision given) and place, null when none."""

    date: str | None = None
    place: str | None = None


class Infobox(Model):
    """An infobox: every row in ``fields``, and typed film fields derived from them."""

    kind: str = "unknown"
    name: str
    caption: str | None = None
    fields: list[InfoboxField] = Field(default_factory=_list)
    directed_by: list[str] = Field(default_factory=_list)
    produced_by: list[str] = Field(default_factory=_list)
    written_by: list[str] = Field(default_factory=_list)
    screenplay_by: list[str] = Field(default_factory=_list)
    story_by: list[str] = Field(default_factory=_list)
    starring: list[str] = Field(default_factory=_list)
    narrated_by: list[str] = Field(default_factory=_list)
    music_by: list[str] = Field(default_factory=_list)
    cinematography: list[str] = Field(default_factory=_list)
    edited_by: list[str] = Field(default_factory=_list)
    production_companies: list[str] = Field(default_factory=_list)
    distributed_by: list[str] = Field(default_factory=_list)
    based_on: list[BasedOn] = Field(default_factory=_list)
    release_dates: list[ReleaseDate] = Field(default_factory=_list)
    running_time_minutes: int | None = None
    countries: list[str] = Field(default_factory=_list)
    languages: list[str] = Field(default_factory=_list)
    budget: Money | None = None
    box_office: Money | None = None
    lines: Lines | None = None


class Award(Model):
    """One row of an awards table, spanned cells filled back in."""

    award: str
    category: str | None = None
    recipients: list[str] = Field(default_factory=_list)
    result: str | None = None
    year: str | None = None
    citations: list[int] = Field(default_factory=_list)
    lines: Lines


class CastMember(Model):
    """One credit of the cast list: the name as printed, the role, a qualifier, the name's link."""

    name: str
    role: str | None = None
    note: str | None = None
    link: str | None = None
    lines: Lines


class Performer(Model):
    """A performer, with the role from "Name as Role"."""

    name: str
    role: str | None = None


class Track(Model):
    """One row of a track listing."""

    number: int
    title: str
    note: str | None = None
    writers: list[str] = Field(default_factory=_list)
    writers_from_default: bool = False
    performers: list[Performer] = Field(default_factory=_list)
    length_seconds: int | None = None
    disc: int | None = None
    lines: Lines


class Disc(Model):
    """One listing of an album that has several: its number (a track's ``disc``) and the
    headline that names it ("Original score", "Disc 2"), null when it prints none."""

    number: int
    headline: str | None = None
    lines: Lines


class Soundtrack(Model):
    """The soundtrack album and its listing(s)."""

    title: str | None = None
    release_date: str | None = None
    default_writers: list[str] = Field(default_factory=_list)
    total_length_seconds: int | None = None
    tracks: list[Track] = Field(default_factory=_list)
    discs: list[Disc] = Field(default_factory=_list)
    lines: Lines | None = None


class Author(Model):
    """A person (family/given) or an organisation (literal)."""

    family: str | None = None
    given: str | None = None
    literal: str | None = None


class Reference(Model):
    """A numbered note or a further-reading item, with the fields its citation style gives."""

    number: int
    backlinks: int = 1
    raw: str
    authors: list[Author] = Field(default_factory=_list)
    title: str | None = None
    container_title: str | None = None
    publisher: str | None = None
    issued: str | None = None
    accessed: str | None = None
    archived: str | None = None
    url: str | None = None
    pages: str | None = None
    edition: str | None = None
    isbn: str | None = None
    issn: str | None = None
    doi: str | None = None
    lines: Lines


class Note(Model):
    """An explanatory footnote (``{{efn}}``, ``<ref group=...>``): not a reference."""

    group: str
    label: str
    text: str
    citations: list[int] = Field(default_factory=_list)
    lines: Lines


class Diagnostic(Model):
    """Something that could not be parsed cleanly: errors as data, with the lines concerned."""

    severity: Literal["error", "warning", "info"]
    code: str
    message: str
    lines: Lines | None = None


class Coverage(Model):
    """Every non-blank input line is claimed by a part or listed in ``unclaimed``."""

    lines_total: int
    lines_claimed: int
    unclaimed: list[Lines] = Field(default_factory=_list)


class Article(Model):
    """One article, the whole output document."""

    schema_version: str = SCHEMA_VERSION
    extractor: Extractor
    source: Source
    envelope: Envelope = Field(default_factory=Envelope)
    title: str
    infobox: Infobox | None = None
    other_infoboxes: list[Infobox] = Field(default_factory=_list)
    lead: list[Paragraph] = Field(default_factory=_list)
    sections: list[Section] = Field(default_factory=_list)
    cast: list[CastMember] = Field(default_factory=_list)
    awards: list[Award] = Field(default_factory=_list)
    soundtrack: Soundtrack | None = None
    references: list[Reference] = Field(default_factory=_list)
    further_reading: list[Reference] = Field(default_factory=_list)
    notes: list[Note] = Field(default_factory=_list)
    diagnostics: list[Diagnostic] = Field(default_factory=_list)
    coverage: Coverage
