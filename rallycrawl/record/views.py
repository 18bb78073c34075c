"""The CSV views of the record, read off the field metadata of :mod:`.fields`.

The flat article CSV has one column per field with a ``csv`` place (the event's
fields among them, as ``event_*``) and a few summary columns of the parts
(:data:`SUMMARY_COLUMNS`); the quotes, organisations and demands CSVs have the
article's context columns (:data:`PART_CSV_CONTEXT`), then one column per part field
with a ``csv`` place.  Columns are sorted by their place, which keeps the order of
files written by earlier versions (appending to one stays aligned).  Values are
Python values here; :func:`rallycrawl.exporters.cell` makes them readable text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from .fields import ArticleRecord, Event, FieldSpec, specs


def _join(values, sep: str) -> str:
    return sep.join(v for v in values if v)


@dataclass(frozen=True)
class SummaryColumn:
    """A column of the flat article CSV that sums up a part of the record."""

    name: str
    csv: int  # place among the article CSV's columns
    of: str  # the record key it sums up
    doc: str
    value: Callable[[Any], Any]  # the record's value of ``of`` ([] / None when empty) -> the cell


SUMMARY_COLUMNS: tuple[SummaryColumn, ...] = (
    SummaryColumn("organisations", 18, "organisations", "The names of all organisations, `; ` between them.",
                  lambda orgs: _join((o.get("name") for o in orgs), "; ")),
    SummaryColumn("organisers", 19, "organisations", "The names of the organisations whose role is `organiser`.",
                  lambda orgs: _join((o.get("name") for o in orgs if o.get("role") == "organiser"), "; ")),
    SummaryColumn("quote_count", 20, "quotes", "How many quotes the record has.", len),
    SummaryColumn("speakers", 21, "quotes", "The distinct speakers of the quotes, in order of first quote.",
                  lambda quotes: _join(dict.fromkeys(q.get("speaker") for q in quotes), "; ")),
    SummaryColumn("demands", 22, "demands", "The texts of the demands, ` | ` between them.",
                  lambda demands: _join((d.get("text") for d in demands), " | ")),
)

#: the article's columns each row of a part CSV starts with
PART_CSV_CONTEXT = ("url", "headline", "published", "published_date")


def _csv_specs(cls: type) -> list[FieldSpec]:
    return [s for s in specs(cls) if s.csv is not None]


def article_csv_columns() -> list[str]:
    """The flat article CSV's columns, in order."""
    places = [(s.csv, s.column) for s in _csv_specs(ArticleRecord) + _csv_specs(Event)]
    places += [(c.csv, c.name) for c in SUMMARY_COLUMNS]
    places.sort()
    return [name for _, name in places]


def part_csv_columns(cls: type) -> list[str]:
    """The columns of the CSV of one part class (a row per quote, organisation or demand)."""
    return [*PART_CSV_CONTEXT, *(s.column for s in sorted(_csv_specs(cls), key=lambda s: s.csv))]


def _cell_value(s: FieldSpec, value: Any) -> Any:
    if isinstance(value, list) and s.items is str:
        return _join(value, s.csv_join)
    return value


def article_csv_values(record: dict[str, Any]) -> dict[str, Any]:
    """The flat article CSV's values of one record, by column (Python values, not yet text)."""
    row: dict[str, Any] = {}
    for s in _csv_specs(ArticleRecord):
        row[s.column] = _cell_value(s, record.get(s.name))
    event = record.get("event") or {}
    for s in _csv_specs(Event):
        row[s.column] = _cell_value(s, event.get(s.name))
    for c in SUMMARY_COLUMNS:
        row[c.name] = c.value(record.get(c.of) or [])
    return {name: row.get(name) for name in article_csv_columns()}


def part_csv_values(record: dict[str, Any], key: str, cls: type) -> list[dict[str, Any]]:
    """The rows (Python values, by column) of the CSV of the parts under ``key`` of one record."""
    context = {c: record.get(c) for c in PART_CSV_CONTEXT}
    csv_specs = _csv_specs(cls)
    columns = part_csv_columns(cls)
    rows = []
    for part in record.get(key) or []:
        row = {**context, **{s.column: _cell_value(s, part.get(s.name)) for s in csv_specs}}
        rows.append({c: row.get(c) for c in columns})
    return rows
