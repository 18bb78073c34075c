"""A merged event: the reports of one protest, and what they say together."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable

from .matching import Features, Match, family
from .report import Report
from .text import fold, initials_key, name_key, stems

#: Two demand wordings are one demand when their words overlap this much (Jaccard) ...
DEMAND_JACCARD = 0.5
#: ... or when the shorter one (at least two words) lies this much inside the longer one.
DEMAND_CONTAINED = 0.8
#: A word held by more demand groups than this does not bring groups together.
COMMON_WORD_GROUPS = 50


def event_id_for(first_url_key: str) -> str:
    """The id of an event started by the report stored under ``first_url_key``."""
    return "ev-" + hashlib.sha1(first_url_key.encode("utf-8")).hexdigest()[:16]


def _same_demand(a: set[str], b: set[str]) -> bool:
    if not a or not b:
        return False
    inter = len(a & b)
    if inter / len(a | b) >= DEMAND_JACCARD:
        return True
    return min(len(a), len(b)) >= 2 and inter / min(len(a), len(b)) >= DEMAND_CONTAINED


def join_near_duplicates(items: Iterable[tuple[str, Any]]) -> list[dict[str, Any]]:
    """Group wordings that say the same thing: ``[(text, who said it), ...]`` ->
    ``[{"text", "variants", "sources"}]``, most often said first.  ``text`` is the
    wording used most often (the shortest among equals); ``sources`` lists distinct ``who``."""
    groups: list[dict[str, Any]] = []
    by_word: dict[str, list[int]] = {}  # word -> the groups that hold it (only those can match)
    for text, who in items:
        text = " ".join(str(text).split())
        if not text:
            continue
        words = stems(text) or {fold(text)}
        # Only the groups sharing a word that few groups hold can match: a word in every demand
        # ("now", "more") would make this quadratic and tells nothing anyway.
        near = sorted({i for w in words if len(by_word.get(w, ())) <= COMMON_WORD_GROUPS for i in by_word.get(w, ())})
        for i in near:
            if _same_demand(words, groups[i]["_first"]):
                group = groups[i]
                break
        else:
            group = {"_words": set(), "_first": words, "_wordings": Counter(), "_spelled": {}, "sources": [],
                     "_i": len(groups)}
            groups.append(group)
        for w in words - group["_words"]:
            by_word.setdefault(w, []).append(group["_i"])
        group["_words"] |= words
        group["_wordings"][fold(text)] += 1  # "Freeze rents" and "freeze rents" are one wording
        group["_spelled"].setdefault(fold(text), text)
        if who not in group["sources"]:
            group["sources"].append(who)
    out = []
    for group in groups:
        wordings = group["_wordings"]
        best = sorted(wordings, key=lambda t: (-wordings[t], len(t), t))[0]
        spelled = group["_spelled"]
        out.append({"text": spelled[best], "variants": sorted(spelled[w] for w in wordings if w != best),
                    "sources": group["sources"]})
    out.sort(key=lambda g: (-len(g["sources"]), g["text"].casefold()))
    return out


def _most_said(values: list[str | None]) -> str | None:
    """The value most reports give (by folded form); among equals the most specific (longest)."""
    counts: Counter = Counter()
    spelled: dict[str, str] = {}
    for value in values:
        if value and value.strip():
            key = fold(value)
            counts[key] += 1
            if len(value) > len(spelled.get(key, "")):
                spelled[key] = value.strip()
    if not counts:
        return None
    return spelled[max(counts, key=lambda k: (counts[k], len(k)))]


@dataclass
class Source:
    report: Report
    #: why it joined the event (None for the report that started it)
    match: Match | None = None

    def to_dict(self) -> dict[str, Any]:
        return {**self.report.to_dict(), "match": self.match.to_dict() if self.match else None}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Source:
        m = data.get("match")
        return cls(Report.from_dict(data), Match(m["score"], list(m["reasons"]), True) if m else None)


@dataclass
class MergedEvent:
    event_id: str
    sources: list[Source] = field(default_factory=list)

    @classmethod
    def start(cls, report: Report) -> MergedEvent:
        return cls(event_id_for(report.url_key), [Source(report)])

    # -- membership -----------------------------------------------------------------

    @property
    def reports(self) -> list[Report]:
        return [s.report for s in self.sources]

    def features(self) -> Features:
        cached = self.__dict__.get("_features")
        if cached is None or cached[0] != len(self.sources):
            cached = (len(self.sources), Features.of_reports(self.reports))
            self.__dict__["_features"] = cached
        return cached[1]

    def add(self, report: Report, match: Match | None) -> None:
        """Add a report (a new version of a source replaces the old one)."""
        self.__dict__.pop("_features", None)
        for i, source in enumerate(self.sources):
            if source.report.url_key == report.url_key:
                self.sources[i] = Source(report, source.match)
                return
        self.sources.append(Source(report, match))

    # -- what the reports say together ---------------------------------------------------

    @property
    def kind(self) -> str | None:
        kinds = [r.kind for r in self.reports if r.kind]
        specific = [k for k in kinds if family(k)]
        return Counter(specific or kinds).most_common(1)[0][0] if kinds else None

    def dates(self) -> tuple[str | None, str | None]:
        dated = [r.day for r in self.reports if r.day and r.date_basis == "event"]
        dated = dated or [r.day for r in self.reports if r.day]
        return (min(dated), max(dated)) if dated else (None, None)

    @property
    def place(self) -> str | None:
        return _most_said([r.location for r in self.reports])

    @property
    def target(self) -> str | None:
        return _most_said([r.target for r in self.reports])

    def organisers(self) -> list[str]:
        """Organisers of all reports, one entry per organisation: a name and its acronym
        ("Riverside Tenants Union" / "RTU") given by any report are one organisation."""
        groups: list[dict[str, Any]] = []  # {"keys": set, "names": Counter, "reports": set}
        for n, report in enumerate(self.reports):
            for name in dict.fromkeys(report.organisers):
                keys = {k for k in (name_key(name), name_key(report.organiser_acronyms.get(name)),
                                    initials_key(name)) if k}
                hits = [g for g in groups if g["keys"] & keys]
                group = {"keys": set(keys), "names": Counter(), "reports": set()}
                for hit in hits:
                    groups.remove(hit)
                    group["keys"] |= hit["keys"]
                    group["names"].update(hit["names"])
                    group["reports"] |= hit["reports"]
                group["names"][name] += 1
                group["reports"].add(n)
                groups.append(group)
        spelled = [(max(g["names"], key=lambda s: (len(s), s)), len(g["reports"])) for g in groups]
        return [name for name, _ in sorted(spelled, key=lambda x: (-x[1], x[0].casefold()))]

    def demands(self) -> list[dict[str, Any]]:
        return join_near_duplicates((d, r.url) for r in self.reports for d in r.demands)

    def slogans(self) -> list[str]:
        seen: dict[str, str] = {}
        for report in self.reports:
            for slogan in report.slogans:
                seen.setdefault(fold(slogan), slogan)
        return list(seen.values())

    def sizes(self) -> list[dict[str, Any]]:
        return [
            {"url": r.url, "outlet": r.outlet, "size_text": r.size_text, "size_min": r.size_min, "size_max": r.size_max}
            for r in self.reports if r.size_text or r.size_min is not None or r.size_max is not None
        ]

    def size_range(self) -> tuple[int | None, int | None]:
        lows = [r.size_min for r in self.reports if r.size_min is not None]
        highs = [r.size_max if r.size_max is not None else r.size_min for r in self.reports
                 if r.size_max is not None or r.size_min is not None]
        return (min(lows) if lows else None, max(highs) if highs else None)

    def source_list(self) -> list[dict[str, Any]]:
        return [
            {"url": s.report.url, "outlet": s.report.outlet, "published": s.report.published,
             "headline": s.report.headline, "language": s.report.language,
             "joined": s.match.to_dict() if s.match else None}
            for s in self.sources
        ]

    def summary(self) -> dict[str, Any]:
        """The merged event as analysts read it (the ``merged_events`` row, the events CSV)."""
        first, last = self.dates()
        low, high = self.size_range()
        return {
            "event_id": self.event_id,
            "kind": self.kind,
            "date_first": first,
            "date_last": last,
            "place": self.place,
            "target": self.target,
            "organisers": self.organisers(),
            "demands": self.demands(),
            "slogans": self.slogans(),
            "size_min": low,
            "size_max": high,
            "sizes": self.sizes(),
            "sources": self.source_list(),
            "report_count": len(self.sources),
        }

    # -- storage --------------------------------------------------------------------------

    def reports_data(self) -> list[dict[str, Any]]:
        return [s.to_dict() for s in self.sources]

    @classmethod
    def from_reports_data(cls, event_id: str, data: list[dict[str, Any]]) -> MergedEvent:
        return cls(event_id, [Source.from_dict(d) for d in data])
