"""One article's report of an event, reduced to what grouping compares."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

from w3lib.url import canonicalize_url

from .text import initials_key, name_key, stems

#: Paragraphs of the body read as the lead.
LEAD_PARAGRAPHS = 2
LEAD_CHARS = 800


def url_key(url: str) -> str:
    """The key an article is stored under (as ``rallycrawl.stores.schema.url_key``)."""
    return canonicalize_url(url.strip())


def parse_day(value: Any) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


@dataclass
class Report:
    """What one article says about its event (see :func:`report_from_record`)."""

    url: str
    url_key: str
    outlet: str | None
    published: str | None
    headline: str
    language: str | None
    kind: str | None
    #: the event's own date, else the publication date (``date_basis`` says which)
    day: str | None
    date_basis: str | None
    location: str | None
    target: str | None
    organisers: list[str] = field(default_factory=list)
    #: the acronym each organiser goes by in this article, when it gives one
    organiser_acronyms: dict[str, str] = field(default_factory=dict)
    organiser_keys: list[str] = field(default_factory=list)
    demands: list[str] = field(default_factory=list)
    slogans: list[str] = field(default_factory=list)
    size_text: str | None = None
    size_min: int | None = None
    size_max: int | None = None
    place_terms: list[str] = field(default_factory=list)
    target_terms: list[str] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)

    @cached_property
    def date(self) -> date | None:
        return parse_day(self.day)

    # the word lists as sets, made once per report (matching compares them with many events)
    @cached_property
    def place_set(self) -> frozenset[str]:
        return frozenset(self.place_terms)

    @cached_property
    def target_set(self) -> frozenset[str]:
        return frozenset(self.target_terms)

    @cached_property
    def organiser_set(self) -> frozenset[str]:
        return frozenset(self.organiser_keys)

    @cached_property
    def term_set(self) -> frozenset[str]:
        return frozenset(self.terms)

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        names = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in names})


def _lead(record: dict[str, Any]) -> str:
    body = record.get("body") or ""
    paragraphs = [p for p in body.split("\n\n") if p.strip()][:LEAD_PARAGRAPHS]
    return " ".join(paragraphs)[:LEAD_CHARS]


def report_from_record(record: dict[str, Any]) -> Report | None:
    """The report of a protest record; None for an article that reports no event."""
    event = record.get("event")
    if not record.get("is_protest") or not isinstance(event, dict):
        return None
    day, basis = None, None
    if parse_day(event.get("date")):
        day, basis = event["date"][:10], "event"
    elif parse_day(record.get("published")):
        day, basis = record["published"][:10], "published"
    organisers, keys, acronyms = [], [], {}
    for org in record.get("organisations") or []:
        if org.get("role") != "organiser" or not org.get("name"):
            continue
        organisers.append(org["name"])
        if org.get("acronym"):
            acronyms[org["name"]] = org["acronym"]
        # the acronym the article gives, else the one the name's initials make: "RTU" alone in
        # one report and "Riverside Tenants Union" alone in another are one organiser
        keys += [k for k in (name_key(org["name"]), name_key(org.get("acronym")), initials_key(org["name"]))
                 if len(k) >= 2]
    location, target = event.get("location"), event.get("target")
    target_orgs = [o["name"] for o in record.get("organisations") or [] if o.get("role") == "target" and o.get("name")]
    headline = record.get("headline") or ""
    text = " ".join(filter(None, [headline, record.get("description"), _lead(record)]))
    return Report(
        url=record["url"],
        url_key=url_key(record["url"]),
        outlet=record.get("publisher") or record.get("domain"),
        published=record.get("published"),
        headline=headline,
        language=record.get("language"),
        kind=(event.get("kind") or "").strip().casefold() or None,
        day=day,
        date_basis=basis,
        location=location,
        target=target,
        organisers=organisers,
        organiser_keys=sorted(set(keys)),
        organiser_acronyms=acronyms,
        demands=[d["text"] for d in record.get("demands") or [] if d.get("text")],
        slogans=list(event.get("slogans") or []),
        size_text=event.get("size_text"),
        size_min=event.get("size_min"),
        size_max=event.get("size_max"),
        place_terms=sorted(stems(location)),
        target_terms=sorted(stems(" ".join(filter(None, [target, *target_orgs])))),
        terms=sorted(stems(text)),
    )
