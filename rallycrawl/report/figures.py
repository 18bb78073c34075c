"""What the report shows, computed from records (plain data, rendered by :mod:`.render`)."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, datetime, timedelta, timezone
from typing import Any

from ..events import group_records, join_near_duplicates
from ..events.text import name_key
from .load import Filters, ReportSource

TOP = 15
QUOTES_PER_SPEAKER = 3
QUOTE_CHARS = 280


def rallycrawl_version() -> str:
    try:
        from importlib.metadata import version

        return version("rallycrawl")
    except Exception:
        return "unknown"


def _day(value: Any) -> date | None:
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _bucket(day: date, unit: str) -> date:
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day


def _next(day: date, unit: str) -> date:
    if unit == "week":
        return day + timedelta(days=7)
    if unit == "month":
        return (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return day + timedelta(days=1)


def timeline(events: list[dict[str, Any]]) -> dict[str, Any]:
    """Events per day, week or month (whichever gives a readable number of bars), by kind."""
    days = [(d, e["kind"] or "unknown") for e in events if (d := _day(e["date_first"]))]
    if not days:
        return {"unit": "day", "buckets": [], "kinds": [], "undated": len(events)}
    first, last = min(d for d, _ in days), max(d for d, _ in days)
    span = (last - first).days
    unit = "day" if span <= 62 else "week" if span <= 7 * 80 else "month"
    counts: dict[date, Counter] = defaultdict(Counter)
    for day, kind in days:
        counts[_bucket(day, unit)][kind] += 1
    kinds = [k for k, _ in Counter(k for _, k in days).most_common()]
    buckets, cursor = [], _bucket(first, unit)
    while cursor <= last:
        buckets.append({"start": cursor.isoformat(), "counts": dict(counts.get(cursor, {}))})
        cursor = _next(cursor, unit)
    return {"unit": unit, "buckets": buckets, "kinds": kinds, "undated": len(events) - len(days)}


def build_figures(records: list[dict[str, Any]], *, source: ReportSource, filters: Filters,
                  read: dict[str, int]) -> dict[str, Any]:
    protest = [r for r in records if r.get("is_protest") and isinstance(r.get("event"), dict)]
    merged = group_records(protest)
    by_url = {r["url"]: r for r in protest}
    events = []
    for event in merged:
        summary = event.summary()
        members = [by_url[s.report.url] for s in event.sources if s.report.url in by_url]
        targets: dict[str, str] = {}
        for record in members:
            for org in record.get("organisations") or []:
                if org.get("role") == "target" and org.get("name"):
                    targets.setdefault(name_key(org["name"]), org["name"])
        summary["target_organisations"] = list(targets.values())
        events.append(summary)
    events.sort(key=lambda e: (e["date_first"] or "", e["event_id"]), reverse=True)

    organising, targeted = Counter(), Counter()
    spelled: dict[str, str] = {}
    for e in events:
        for name in e["organisers"]:
            organising[name_key(name)] += 1
            spelled.setdefault(name_key(name), name)
        for name in e["target_organisations"]:
            targeted[name_key(name)] += 1
            spelled.setdefault(name_key(name), name)

    event_of = {s["url"]: e["event_id"] for e in events for s in e["sources"]}
    speakers: dict[str, dict[str, Any]] = {}
    for record in records:
        for quote in record.get("quotes") or []:
            name = quote.get("speaker")
            if not isinstance(name, str) or not name.strip():
                continue
            entry = speakers.setdefault(name_key(name), {"name": name, "count": 0, "organisations": Counter(),
                                                         "quotes": [], "articles": set()})
            entry["count"] += 1
            entry["articles"].add(record["url"])
            if quote.get("organisation"):
                entry["organisations"][quote["organisation"]] += 1
            text = str(quote.get("text") or "")
            if text and len(entry["quotes"]) < QUOTES_PER_SPEAKER:
                entry["quotes"].append({"text": text[:QUOTE_CHARS] + ("…" if len(text) > QUOTE_CHARS else ""),
                                        "url": record["url"], "outlet": record.get("publisher") or record.get("domain")})
    top_speakers = sorted(speakers.values(), key=lambda s: (-s["count"], s["name"].casefold()))[:TOP]
    for s in top_speakers:
        s["organisations"] = [o for o, _ in s["organisations"].most_common(3)]
        s["articles"] = len(s["articles"])

    demand_items = [(d["text"], e["event_id"]) for e in events for d in e["demands"]]
    demands = join_near_duplicates(demand_items)

    outlets: dict[str, dict[str, Any]] = {}
    languages: Counter = Counter()
    protest_languages: Counter = Counter()
    for record in records:
        outlet = record.get("publisher") or record.get("domain") or "unknown"
        entry = outlets.setdefault(outlet, {"outlet": outlet, "articles": 0, "protest": 0, "events": set(),
                                            "languages": Counter()})
        entry["articles"] += 1
        entry["languages"][record.get("language") or "unknown"] += 1
        languages[record.get("language") or "unknown"] += 1
        if record["url"] in event_of:
            entry["protest"] += 1
            entry["events"].add(event_of[record["url"]])
            protest_languages[record.get("language") or "unknown"] += 1
    coverage = sorted(outlets.values(), key=lambda o: (-o["articles"], o["outlet"].casefold()))
    for o in coverage:
        o["events"] = len(o["events"])
        o["languages"] = [lang for lang, _ in o["languages"].most_common()]

    dated = sorted(e["date_first"] for e in events if e["date_first"])
    return {
        "headline": {
            "articles": len(records),
            "protest_articles": len(protest),
            "events": len(events),
            "outlets": len(outlets),
            "languages": len(languages),
            "first": dated[0] if dated else None,
            "last": max(e["date_last"] or e["date_first"] for e in events if e["date_first"]) if dated else None,
            "multi_source_events": sum(1 for e in events if e["report_count"] > 1),
        },
        "timeline": timeline(events),
        "organising": [{"name": spelled[k], "events": n} for k, n in organising.most_common(TOP)],
        "targeted": [{"name": spelled[k], "events": n} for k, n in targeted.most_common(TOP)],
        "speakers": top_speakers,
        "demands": demands,
        "events": events,
        "coverage": coverage,
        "languages": [{"language": lang, "articles": n, "protest": protest_languages.get(lang, 0)}
                      for lang, n in languages.most_common()],
        "basis": {
            "source": source.describe(),
            "filters": filters.describe(),
            "version": rallycrawl_version(),
            "made": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
            **read,
        },
    }
