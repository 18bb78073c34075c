"""The article record, defined once: its keys, their types and what every view makes of them.

:class:`ArticleRecord` lists the top-level keys of an exported record (JSON Lines is
the reference form; the record itself travels as a plain ``dict``) and
:class:`Organisation`, :class:`Quote`, :class:`Demand` and :class:`Event` its parts,
which extraction code builds with names and types.  Each field carries its
metadata (:func:`spec`): nullable (from the annotation), allowed values, form,
range, the column of the CSV views, the SQL type of the stores' tables, the key's
meaning, and whether it was added after ``schema_version`` 1.  From that one
place come the validator (:mod:`.validate`), the CSV columns
(:mod:`rallycrawl.exporters`), the stores' tables (:mod:`rallycrawl.stores.schema`)
and the tables of ``docs/record.md`` (:mod:`.docs`).

This module has no Scrapy import: the extraction code builds these objects, the
pipelines turn them into the exported record.
"""

from __future__ import annotations

import types
import typing
from dataclasses import KW_ONLY, MISSING, dataclass, field, fields
from functools import cache
from typing import Any

from ..utils.clock import utc_now  # noqa: F401 - the time form of fetched_at, re-exported

#: version of the record contract; keys added since leave it unchanged (they are listed
#: with ``added=True``); renaming or removing a key, or changing its type, bumps it
SCHEMA_VERSION = 1

ORGANISATION_ROLES = ("organiser", "target", "media", "other")
QUOTE_KINDS = ("direct", "partial")
DEMAND_SOURCES = ("quote", "report", "slogan")

_DAY = r"\d{4}-\d{2}-\d{2}"
_UTC = r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z"


def spec(
    doc: str,
    *,
    default: Any = MISSING,
    default_factory: Any = MISSING,
    enum: tuple[str, ...] = (),
    pattern: str | None = None,
    bounds: tuple[float, float] | None = None,
    csv: int | None = None,
    csv_name: str | None = None,
    csv_join: str = "; ",
    sql: str | None = None,
    added: bool = False,
    old_value: Any = None,
) -> Any:
    """A dataclass field with the record metadata of :class:`FieldSpec` (``doc`` is the meaning).

    ``csv`` is the column's place in its CSV view (columns are sorted by it; None: no
    column of its own), ``csv_name`` the column's name when it differs from the key,
    ``csv_join`` what separates a list's values in one cell.  ``sql`` is the type of
    the column in the stores' table (a key of ``Dialect.types``; None: kept only in
    the ``record`` JSON column).  ``added`` marks a key added after ``schema_version``
    1; ``old_value`` is what a record made before it reads as.
    """
    meta = dict(doc=doc, enum=enum, pattern=pattern, bounds=bounds, csv=csv, csv_name=csv_name,
                csv_join=csv_join, sql=sql, added=added, old_value=old_value)
    return field(default=default, default_factory=default_factory, metadata={"record": meta})


@dataclass(frozen=True)
class FieldSpec:
    """One key of the record or of a part, with everything the views need to know of it."""

    name: str
    type: type  # str, int, float, bool, list, dict
    nullable: bool
    doc: str
    items: type | None = None  # a list's element type: str, or a part class
    part: type | None = None  # the part class of a dict value (the event)
    enum: tuple[str, ...] = ()
    pattern: str | None = None
    bounds: tuple[float, float] | None = None
    csv: int | None = None
    csv_name: str | None = None
    csv_join: str = "; "
    sql: str | None = None
    added: bool = False
    old_value: Any = None

    @property
    def column(self) -> str:
        """The name of the field's CSV column."""
        return self.csv_name or self.name

    @property
    def type_text(self) -> str:
        """The JSON type in words: ``str``, ``int or null``, ``[str]``, ``[Quote]``, ``Event or null``."""
        if self.items is not None:
            text = f"[{self.items.__name__}]"
        elif self.part is not None:
            text = self.part.__name__
        else:
            text = self.type.__name__
        return f"{text} or null" if self.nullable else text


class _Part:
    """What the parts share: ``to_dict`` in the record's key order."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        out = {}
        for f in fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            out[f.name] = list(value) if isinstance(value, list) else value
        return out


@dataclass(slots=True)
class Organisation(_Part):
    """An organisation the article names (aliases and acronyms merged into one entry)."""

    name: str = spec("The organisation's fullest name in the article; its short form when that is "
                     "all the article gives.", csv=1, sql="text")
    acronym: str | None = spec("The short form the article also uses, if any.", default=None, csv=2, sql="text")
    role: str = spec("What the organisation is to the protest: `organiser` (called, led or made it up), "
                     "`target` (it is aimed at it), `media` (outlets and agencies), `other`.",
                     default="other", enum=ORGANISATION_ROLES, csv=3, sql="text")
    mentions: int = spec("How often the article names it.", default=1, csv=4, sql="int")
    evidence: list[str] = spec("The names of the extraction rules that found it "
                               "(`rallycrawl.extraction.organisations.RULES`), for review.",
                               default_factory=list, added=True, old_value=[])


@dataclass(slots=True)
class Quote(_Part):
    """Words the article quotes, in reading order (chants and signs are slogans of the event)."""

    text: str = spec("The quoted words without the quotation marks; a quotation running over several "
                     "paragraphs is one quote.", csv=7, sql="text")
    _: KW_ONLY
    speaker: str | None = spec("The full name of whoever said it (a person or an organisation), with "
                               "pronouns and bare surnames resolved; null when the article does not say.",
                               default=None, csv=2, sql="text")
    speaker_title: str | None = spec("The role or description the article gives the speaker.",
                                     default=None, csv=3, sql="text")
    organisation: str | None = spec("The organisation the speaker speaks for, named as in `organisations`.",
                                    default=None, csv=4, sql="text")
    cue: str | None = spec("The reporting verb and what goes with it (\"said\", \"told reporters\").",
                           default=None, csv=5, sql="text")
    rule: str | None = spec("The attribution rule that named the speaker "
                            "(`rallycrawl.extraction.attribution.RULES`); null without a speaker.",
                            default=None, added=True)
    kind: str = spec("`direct` for a whole quoted statement, `partial` for a quoted fragment inside "
                     "reported speech.", default="direct", enum=QUOTE_KINDS, csv=6, sql="text")
    paragraph: int = spec("The 0-based index of the paragraph of `body` in which the quote starts.",
                          csv=1, sql="int")


@dataclass(slots=True)
class Demand(_Part):
    """Something the protesters, or the organisations behind them, ask for."""

    text: str = spec("The demand as a short clause in the article's words.", csv=1, sql="text")
    _: KW_ONLY
    target: str | None = spec("Who is asked to act, when the article says.", default=None, csv=2, sql="text")
    source: str = spec("Where it was read: `quote` (a quote), `report` (the reporter's own text), "
                       "`slogan` (a chant or a sign).", default="report", enum=DEMAND_SOURCES, csv=3, sql="text")


@dataclass(slots=True)
class Event(_Part):
    """The protest the article reports (its columns in the flat article CSV start with `event_`)."""

    kind: str = spec("What kind of action: rally, march, demonstration, strike, sit-in, vigil, blockade, "
                     "occupation, walkout, boycott…", csv=23, csv_name="event_kind", sql="text")
    date: str | None = spec("The day of the event (YYYY-MM-DD) when it can be worked out, e.g. "
                            "\"on Wednesday\" read against `published`.", default=None, csv=24,
                            csv_name="event_date", sql="text")
    location: str | None = spec("Where it took place, as precisely as the article puts it.", default=None,
                                csv=25, csv_name="event_location", sql="text")
    target: str | None = spec("The person or institution the protest is addressed to.", default=None,
                              csv=26, csv_name="event_target", sql="text")
    size_text: str | None = spec("The article's own words for the size of the crowd (\"several hundred "
                                 "people\").", default=None, csv=27, csv_name="event_size", sql="text")
    size_min: int | None = spec("The crowd's size as a number, lower bound, when it can be read.",
                                default=None, csv=28, csv_name="event_size_min", sql="int")
    size_max: int | None = spec("The upper bound of the crowd's size, when it can be read.", default=None,
                                csv=29, csv_name="event_size_max", sql="int")
    tactics: list[str] = spec("What the protesters did: marching, chanting, speeches, signs, a blockade, "
                              "a hunger strike…", default_factory=list, sql="json")
    slogans: list[str] = spec("Chants and the words of signs and banners, without quotation marks.",
                              default_factory=list, csv=30, csv_join=" | ", sql="json")


@dataclass(slots=True, kw_only=True)
class ArticleRecord:
    """The top-level keys of an exported record, in export order (the record itself is a plain `dict`)."""

    # provenance
    url: str = spec("The URL whose response made the record (after redirects).", csv=1, sql="text")
    canonical_url: str | None = spec("The page's own name for itself (`<link rel=canonical>`, `og:url` or "
                                     "JSON-LD), made absolute.", csv=2, sql="text")
    domain: str = spec("The registered host of `canonical_url` (else `url`), without `www.`.", csv=3, sql="text")
    fetched_at: str = spec("When the page was downloaded: ISO 8601 in UTC.", csv=4, sql="text")
    schema_version: int = spec("The version of this contract the record follows.", sql="int")
    # metadata and text
    headline: str = spec("The headline a reader sees: no site name appended, whitespace tidied, "
                         "entities decoded.", csv=5, sql="text")
    description: str | None = spec("The standfirst or meta description.", csv=6, sql="text")
    authors: list[str] = spec("The bylines as person names (no \"By\", no dates, no desk names).",
                              csv=7, sql="json")
    published: str | None = spec("When the article first appeared: ISO 8601, with the page's UTC offset "
                                 "when it gives one.", csv=8, sql="text")
    modified: str | None = spec("When it was last updated, in the same form, when the page says.",
                                csv=11, sql="text")
    publisher: str | None = spec("The outlet's name.", csv=12, sql="text")
    section: str | None = spec("The outlet's section, when the page gives one.", csv=13, sql="text")
    language: str | None = spec("The ISO 639-1 code of the language of `body`.", csv=14, sql="text")
    body: str = spec("The article's text: its paragraphs in reading order, one blank line between them, "
                     "without navigation, adverts, captions, credits, links to other stories, newsletter "
                     "boxes or comments.", csv=31, sql="text")
    word_count: int = spec("How many words `body` has.", csv=15, sql="int")
    # protest analysis
    is_protest: bool = spec("Whether the article reports a protest event (a rally, march, demonstration, "
                            "strike, sit-in, vigil, blockade, occupation, walkout…).", csv=16, sql="bool")
    protest_score: float = spec("How confident `is_protest` is, from 0 to 1.", bounds=(0.0, 1.0), csv=17,
                                sql="real")
    organisations: list[Organisation] = spec("The organisations the article names, one entry each.")
    quotes: list[Quote] = spec("The quotes, in reading order.")
    demands: list[Demand] = spec("What the protesters ask for.")
    event: Event | None = spec("The protest the article reports; null when `is_protest` is false.")
    # added after schema_version 1
    extractor_version: str = spec("The rallycrawl version that made the record.", csv=32, added=True,
                                  old_value="unknown")
    published_date: str | None = spec("The day of `published` as written on the page (YYYY-MM-DD), for "
                                      "grouping by day.", pattern=_DAY, csv=9, added=True)
    published_utc: str | None = spec("`published` in UTC (YYYY-MM-DDTHH:MM:SSZ); null when the page gives "
                                     "no time or no offset.", pattern=_UTC, csv=10, added=True)
    modified_date: str | None = spec("The day of `modified` (YYYY-MM-DD).", pattern=_DAY, added=True)
    modified_utc: str | None = spec("`modified` in UTC (YYYY-MM-DDTHH:MM:SSZ), when it can be known.",
                                    pattern=_UTC, added=True)
    event_id: str | None = spec("The merged event (across articles) this article reports, where the store "
                                "keeps merged events (`rallycrawl.stores.events`).", added=True)


#: the parts of a record: its key -> the part class of its values
PARTS: dict[str, type] = {"organisations": Organisation, "quotes": Quote, "demands": Demand, "event": Event}


@cache
def specs(cls: type) -> tuple[FieldSpec, ...]:
    """The :class:`FieldSpec` of every field of ``cls`` (:class:`ArticleRecord` or a part), in order."""
    hints = typing.get_type_hints(cls)
    out = []
    for f in fields(cls):
        meta = f.metadata["record"]
        kind, nullable = hints[f.name], False
        if isinstance(kind, types.UnionType):
            args = [a for a in kind.__args__ if a is not type(None)]
            kind, nullable = args[0], len(args) < len(kind.__args__)
        items = part = None
        if typing.get_origin(kind) is list:
            items, kind = typing.get_args(kind)[0], list
        elif kind in PARTS.values():
            part, kind = kind, dict
        out.append(FieldSpec(name=f.name, type=kind, nullable=nullable, items=items, part=part, **meta))
    return tuple(out)


def spec_of(cls: type, name: str) -> FieldSpec:
    return next(s for s in specs(cls) if s.name == name)


# -- the tables earlier code reads (derived) ---------------------------------------------


def _table(cls: type) -> dict[str, tuple[tuple[type, ...], bool]]:
    return {s.name: ((s.type,), s.nullable) for s in specs(cls)}


#: key -> (allowed python types, nullable), in export order
RECORD_FIELDS: dict[str, tuple[tuple[type, ...], bool]] = _table(ArticleRecord)
PART_FIELDS: dict[str, dict[str, tuple[tuple[type, ...], bool]]] = {k: _table(c) for k, c in PARTS.items()}

#: keys added after ``schema_version`` 1, and what a record made before them (an older
#: export or store row) reads as, so that readers such as the report take it as it is
ADDED_KEYS: dict[str, Any] = {s.name: s.old_value for s in specs(ArticleRecord) if s.added}
#: the same for the parts: part key -> {key: value of an older record}
ADDED_PART_KEYS: dict[str, dict[str, Any]] = {
    k: {s.name: s.old_value for s in specs(c) if s.added} for k, c in PARTS.items()
}


def with_added_keys(record: dict[str, Any]) -> dict[str, Any]:
    """``record`` with every key added after ``schema_version`` 1 that it lacks filled in (in place),
    in its parts too."""
    for key, value in ADDED_KEYS.items():
        record.setdefault(key, value)
    for name, added in ADDED_PART_KEYS.items():
        value = record.get(name)
        for part in value if isinstance(value, list) else [value]:
            if isinstance(part, dict):
                for key, old in added.items():
                    part.setdefault(key, old)
    return record
