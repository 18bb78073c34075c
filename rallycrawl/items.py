"""The article record: the contract of ``shared/spec/record.md`` in code.

The parts of the protest analysis (organisations, quotes, demands, the event)
are dataclasses so that extraction code can build them with names and types;
the exported record is a plain ``dict`` whose keys and types are listed in
:data:`RECORD_FIELDS` and checked by :func:`validate_record`.

This module has no Scrapy import: the extraction code builds these objects,
the pipelines turn them into the exported record.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_VERSION = 1

ORGANISATION_ROLES = ("organiser", "target", "media", "other")
QUOTE_KINDS = ("direct", "partial")
DEMAND_SOURCES = ("quote", "report", "slogan")


@dataclass(slots=True)
class Organisation:
    name: str
    acronym: str | None = None
    role: str = "other"
    mentions: int = 1
    #: the names of the extraction rules that found it (``organisations.RULES``), for review
    evidence: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Quote:
    text: str
    paragraph: int
    kind: str = "direct"
    speaker: str | None = None
    speaker_title: str | None = None
    organisation: str | None = None
    cue: str | None = None
    #: the attribution rule that named the speaker (see rallycrawl.extraction.attribution.RULES)
    rule: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "speaker_title": self.speaker_title,
            "organisation": self.organisation,
            "cue": self.cue,
            "rule": self.rule,
            "kind": self.kind,
            "paragraph": self.paragraph,
        }


@dataclass(slots=True)
class Demand:
    text: str
    source: str = "report"
    target: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "target": self.target, "source": self.source}


@dataclass(slots=True)
class Event:
    kind: str
    date: str | None = None
    location: str | None = None
    target: str | None = None
    size_text: str | None = None
    size_min: int | None = None
    size_max: int | None = None
    tactics: list[str] = field(default_factory=list)
    slogans: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# key -> (allowed python types, nullable).  Order is the export order.
_STR = (str,)
RECORD_FIELDS: dict[str, tuple[tuple[type, ...], bool]] = {
    "url": (_STR, False),
    "canonical_url": (_STR, True),
    "domain": (_STR, False),
    "fetched_at": (_STR, False),
    "schema_version": ((int,), False),
    "headline": (_STR, False),
    "description": (_STR, True),
    "authors": ((list,), False),
    "published": (_STR, True),
    "modified": (_STR, True),
    "publisher": (_STR, True),
    "section": (_STR, True),
    "language": (_STR, True),
    "body": (_STR, False),
    "word_count": ((int,), False),
    "is_protest": ((bool,), False),
    "protest_score": ((float,), False),
    "organisations": ((list,), False),
    "quotes": ((list,), False),
    "demands": ((list,), False),
    "event": ((dict,), True),
    # added keys (the contract allows new ones): which rallycrawl made the record, and dates
    # in one form each (see rallycrawl.extraction.record_dates and docs/running.md)
    "extractor_version": (_STR, False),
    "published_date": (_STR, True),
    "published_utc": (_STR, True),
    "modified_date": (_STR, True),
    "modified_utc": (_STR, True),
    # the merged event (across articles) this article reports: rallycrawl.stores.events
    "event_id": (_STR, True),
}

#: keys added after ``schema_version`` 1, and what a record made before them (an older
#: export or store row) reads as, so that readers such as the report take it as it is
ADDED_KEYS: dict[str, Any] = {
    "extractor_version": "unknown",
    "published_date": None,
    "published_utc": None,
    "modified_date": None,
    "modified_utc": None,
    "event_id": None,
}


def with_added_keys(record: dict[str, Any]) -> dict[str, Any]:
    """``record`` with every key of :data:`ADDED_KEYS` it lacks filled in (in place)."""
    for key, value in ADDED_KEYS.items():
        record.setdefault(key, value)
    return record


#: the one form of each date key, checked by validate_record
DATE_FORMS = {
    "published_date": re.compile(r"\d{4}-\d{2}-\d{2}"),
    "modified_date": re.compile(r"\d{4}-\d{2}-\d{2}"),
    "published_utc": re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z"),
    "modified_utc": re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z"),
}

PART_FIELDS: dict[str, dict[str, tuple[tuple[type, ...], bool]]] = {
    "organisations": {
        "name": (_STR, False),
        "acronym": (_STR, True),
        "role": (_STR, False),
        "mentions": ((int,), False),
    },
    "quotes": {
        "text": (_STR, False),
        "speaker": (_STR, True),
        "speaker_title": (_STR, True),
        "organisation": (_STR, True),
        "cue": (_STR, True),
        "kind": (_STR, False),
        "paragraph": ((int,), False),
    },
    "demands": {
        "text": (_STR, False),
        "target": (_STR, True),
        "source": (_STR, False),
    },
    "event": {
        "kind": (_STR, False),
        "date": (_STR, True),
        "location": (_STR, True),
        "target": (_STR, True),
        "size_text": (_STR, True),
        "size_min": ((int,), True),
        "size_max": ((int,), True),
        "tactics": ((list,), False),
        "slogans": ((list,), False),
    },
}

_ENUMS = {
    ("organisations", "role"): ORGANISATION_ROLES,
    ("quotes", "kind"): QUOTE_KINDS,
    ("demands", "source"): DEMAND_SOURCES,
}


class RecordError(ValueError):
    """The record does not follow the contract."""


def _check_value(where: str, value: Any, types: tuple[type, ...], nullable: bool) -> None:
    if value is None:
        if not nullable:
            raise RecordError(f"{where} is null but the contract requires a value")
        return
    # bool is an int subclass: an int field must not accept True/False.
    if bool not in types and isinstance(value, bool):
        raise RecordError(f"{where} is a bool, expected {types[0].__name__}")
    if not isinstance(value, types):
        raise RecordError(f"{where} is {type(value).__name__}, expected {types[0].__name__}")


def _check_part(name: str, index: int | None, part: Any) -> None:
    where = name if index is None else f"{name}[{index}]"
    if not isinstance(part, dict):
        raise RecordError(f"{where} is {type(part).__name__}, expected an object")
    for key, (types, nullable) in PART_FIELDS[name].items():
        if key not in part:
            raise RecordError(f"{where}.{key} is missing")
        _check_value(f"{where}.{key}", part[key], types, nullable)
        allowed = _ENUMS.get((name, key))
        if allowed and part[key] not in allowed:
            raise RecordError(f"{where}.{key}={part[key]!r} is not one of {', '.join(allowed)}")
    if name == "event":
        for key in ("tactics", "slogans"):
            if not all(isinstance(v, str) for v in part[key]):
                raise RecordError(f"event.{key} must be a list of strings")


def validate_record(record: dict[str, Any]) -> None:
    """Raise :class:`RecordError` naming the first key that breaks the contract."""
    for key, (types, nullable) in RECORD_FIELDS.items():
        if key not in record:
            raise RecordError(f"{key} is missing")
        _check_value(key, record[key], types, nullable)
    if not all(isinstance(a, str) for a in record["authors"]):
        raise RecordError("authors must be a list of strings")
    for key, form in DATE_FORMS.items():
        if record[key] is not None and not form.fullmatch(record[key]):
            raise RecordError(f"{key}={record[key]!r} is not of the form {form.pattern}")
    if not 0.0 <= record["protest_score"] <= 1.0:
        raise RecordError("protest_score must be within 0..1")
    for name in ("organisations", "quotes", "demands"):
        for i, part in enumerate(record[name]):
            _check_part(name, i, part)
    if record["event"] is not None:
        _check_part("event", None, record["event"])
    if record["event"] is not None and not record["is_protest"]:
        raise RecordError("event must be null when is_protest is false")
