"""Placing reports into merged events, one report at a time.

:func:`place_report` is the whole decision: given the merged events near the
report in time (the *candidates*), it returns the one the report joins with the
match that explains it, or ``None`` (the report starts an event).  The stores
call it inside a transaction with the candidates they read from the
``merged_events`` table; :class:`EventGrouper` does the same in memory (for a
crawl without a store, the report command and the benchmark).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Iterable

from .matching import DAY_WINDOW, Match, compare, in_block
from .merged import MergedEvent
from .report import Report, report_from_record


def day_window(report: Report) -> tuple[str, str] | None:
    """The event dates a report may join: its date ± :data:`DAY_WINDOW` days (ISO strings)."""
    day = report.date
    if day is None:
        return None
    return (day - timedelta(days=DAY_WINDOW)).isoformat(), (day + timedelta(days=DAY_WINDOW)).isoformat()


def place_report(report: Report, candidates: Iterable[MergedEvent]) -> tuple[MergedEvent, Match] | None:
    """The candidate event ``report`` joins, with why; None when it joins none."""
    best: tuple[MergedEvent, Match] | None = None
    for event in candidates:
        if any(s.report.url_key == report.url_key for s in event.sources):
            return event, Match(0.0, ["a new version of a report of this event"], True)
        features = event.features()
        if not in_block(report, features):
            continue
        match = compare(report, features)
        if match.joined and (best is None or match.score > best[1].score):
            best = (event, match)
    return best


class EventGrouper:
    """Merged events kept in memory, indexed by day for the candidate look-up."""

    def __init__(self) -> None:
        self.events: dict[str, MergedEvent] = {}
        self.by_url: dict[str, str] = {}
        self._by_day: dict[str, set[str]] = {}

    def candidates(self, report: Report) -> list[MergedEvent]:
        window = day_window(report)
        if window is None:
            return []
        from datetime import date

        start = date.fromisoformat(window[0])
        ids: set[str] = set()
        for offset in range(2 * DAY_WINDOW + 1):
            ids |= self._by_day.get((start + timedelta(days=offset)).isoformat(), set())
        return [self.events[i] for i in sorted(ids)]

    def add(self, report: Report) -> tuple[str, Match | None]:
        """Place one report; its event id and the match (None: it started the event)."""
        known = self.by_url.get(report.url_key)
        if known:
            self.events[known].add(report, None)
            self._index(self.events[known])
            return known, None
        placed = place_report(report, self.candidates(report))
        if placed is None:
            event, match = MergedEvent.start(report), None
            self.events[event.event_id] = event
        else:
            event, match = placed
            event.add(report, match)
        self.by_url[report.url_key] = event.event_id
        self._index(event)
        return event.event_id, match

    def add_record(self, record: dict[str, Any]) -> str | None:
        report = report_from_record(record)
        if report is None:
            return None
        return self.add(report)[0]

    def _index(self, event: MergedEvent) -> None:
        for report in event.reports:
            if report.day:
                self._by_day.setdefault(report.day, set()).add(event.event_id)


def group_records(records: Iterable[dict[str, Any]]) -> list[MergedEvent]:
    """Merged events of records, in the order given; records that carry an ``event_id``
    (from a store or an export) keep it, the others are placed as a crawl would.  A record's
    ``_joined`` (``{"score", "reasons"}``, read from a store's ``event_reports``) says why it joined."""
    events: dict[str, MergedEvent] = {}
    grouper = EventGrouper()
    for record in records:
        report = report_from_record(record)
        if report is None:
            continue
        event_id = record.get("event_id")
        if event_id:
            joined = record.get("_joined")
            match = Match(joined["score"], list(joined["reasons"]), True) if isinstance(joined, dict) else None
            events.setdefault(event_id, MergedEvent(event_id)).add(report, match)
        else:
            event_id, _ = grouper.add(report)
    for event_id, event in grouper.events.items():
        events.setdefault(event_id, event)
    return list(events.values())
