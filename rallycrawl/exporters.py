"""Feed exporters: the flat article CSV and the relational CSV tables.

``-O out.csv`` writes one row per article with the columns of
:data:`ARTICLE_CSV_COLUMNS`; ``-o quotes.csv:quotes-csv``,
``-o organisations.csv:organisations-csv`` and ``-o demands.csv:demands-csv``
write one row per quote, organisation or demand.  Every cell is text a person
can read (never a Python repr), and cells that a spreadsheet would take for a
formula are neutralised.

``-O out.jsonl`` goes through :class:`JsonLinesExporter`, which writes whole
lines only (see there).
"""

from __future__ import annotations

import csv
import io
import logging
import os
from typing import Any, Iterable

from itemadapter import ItemAdapter
from scrapy.exporters import CsvItemExporter, JsonLinesItemExporter
from scrapy.utils.python import to_bytes

from .feed_export import write_whole

logger = logging.getLogger(__name__)
_CHUNK = 64 * 1024
#: characters JSON keeps raw inside strings that some readers split lines on
_OTHER_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})

ARTICLE_CSV_COLUMNS = [
    "url",
    "canonical_url",
    "domain",
    "fetched_at",
    "headline",
    "description",
    "authors",
    "published",
    "modified",
    "publisher",
    "section",
    "language",
    "word_count",
    "is_protest",
    "protest_score",
    "organisations",
    "organisers",
    "quote_count",
    "speakers",
    "demands",
    "event_kind",
    "event_date",
    "event_location",
    "event_target",
    "event_size",
    "event_size_min",
    "event_size_max",
    "slogans",
    "body",
]
QUOTE_CSV_COLUMNS = [
    "url", "headline", "published", "paragraph", "speaker", "speaker_title",
    "organisation", "cue", "kind", "text",
]
ORGANISATION_CSV_COLUMNS = ["url", "headline", "published", "name", "acronym", "role", "mentions"]
DEMAND_CSV_COLUMNS = ["url", "headline", "published", "text", "target", "source"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> str:
    """One readable CSV cell; formula-like text gets a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)  # a number is never a formula: -3 stays -3
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))
    if isinstance(value, (list, tuple)):
        value = "; ".join(cell(v) for v in value)
    text = str(value)
    if text.startswith(_FORMULA_START):
        text = "'" + text
    return text


def _join(values: Iterable[str | None], sep: str) -> str:
    return sep.join(v for v in values if v)


def article_row(record: dict[str, Any]) -> dict[str, str]:
    """The flat CSV row of one article record."""
    event = record.get("event") or {}
    orgs = record.get("organisations") or []
    quotes = record.get("quotes") or []
    row = {
        **{k: record.get(k) for k in ARTICLE_CSV_COLUMNS if k in record},
        "authors": _join(record.get("authors") or [], "; "),
        "organisations": _join((o.get("name") for o in orgs), "; "),
        "organisers": _join((o.get("name") for o in orgs if o.get("role") == "organiser"), "; "),
        "quote_count": len(quotes),
        "speakers": _join(dict.fromkeys(q.get("speaker") for q in quotes), "; "),
        "demands": _join((d.get("text") for d in record.get("demands") or []), " | "),
        "event_kind": event.get("kind"),
        "event_date": event.get("date"),
        "event_location": event.get("location"),
        "event_target": event.get("target"),
        "event_size": event.get("size_text"),
        "event_size_min": event.get("size_min"),
        "event_size_max": event.get("size_max"),
        "slogans": _join(event.get("slogans") or [], " | "),
    }
    return {k: cell(row.get(k)) for k in ARTICLE_CSV_COLUMNS}


def _rows(record: dict[str, Any], key: str, columns: list[str]) -> list[dict[str, str]]:
    base = {"url": record.get("url"), "headline": record.get("headline"), "published": record.get("published")}
    return [{c: cell({**base, **part}.get(c)) for c in columns} for part in record.get(key) or []]


class _RowsCsvExporter(CsvItemExporter):
    """A CSV exporter writing fixed columns from rows computed per record.

    The rows of one record are written together with :func:`write_whole`: a
    write that fails (a full disk) leaves no cut row, and raises, so that the
    feed exporter counts the record as not exported.
    """

    columns: list[str] = []

    def __init__(self, file, **kwargs):
        kwargs["fields_to_export"] = self.columns
        kwargs.setdefault("include_headers_line", True)
        super().__init__(file, **kwargs)
        self._file = file

    def rows(self, record: dict[str, Any]) -> list[dict[str, str]]:
        raise NotImplementedError

    def start_exporting(self):
        # The header goes out even when no record has a row (e.g. no quotes at all).
        super().start_exporting()
        if self.include_headers_line and self._headers_not_written:
            self._write_rows([self.columns])
            self._headers_not_written = False

    def serialize_field(self, field, name, value):
        return value  # already a readable string

    def export_item(self, item):
        record = ItemAdapter(item).asdict()
        self._write_rows([[row.get(column, "") for column in self.columns] for row in self.rows(record)])

    def _write_rows(self, rows: list[list[str]]) -> None:
        if not rows:
            return
        text = io.StringIO()
        writer = csv.writer(text, **self._kwargs)
        writer.writerows(rows)
        write_whole(self._file, text.getvalue().encode(self.encoding, self.stream.errors or "strict"))


class ArticleCsvExporter(_RowsCsvExporter):
    columns = ARTICLE_CSV_COLUMNS

    def rows(self, record):
        return [article_row(record)]


class QuotesCsvExporter(_RowsCsvExporter):
    columns = QUOTE_CSV_COLUMNS

    def rows(self, record):
        return _rows(record, "quotes", self.columns)


class OrganisationsCsvExporter(_RowsCsvExporter):
    columns = ORGANISATION_CSV_COLUMNS

    def rows(self, record):
        return _rows(record, "organisations", self.columns)


class DemandsCsvExporter(_RowsCsvExporter):
    columns = DEMAND_CSV_COLUMNS

    def rows(self, record):
        return _rows(record, "demands", self.columns)


class JsonLinesExporter(JsonLinesItemExporter):
    """JSON Lines that a killed crawl cannot leave half-written for the next run.

    Each record is written and flushed as one whole line, so what the crawl
    reported as exported is on disk.  A process killed inside that one write
    (SIGKILL, the OOM killer) can still leave a partial last line; appending to
    such a file (``-o out.jsonl`` on the next run) first cuts that fragment off,
    with a warning, so the file holds only complete lines.  A record that cannot
    be written (a full disk) is cut back off the file (:func:`write_whole`) and
    raises, so that the feed exporter names and counts it; the stores still have it.
    U+0085, U+2028 and U+2029, which JSON leaves raw but ``str.splitlines()`` and
    many JSON Lines readers take for line breaks, are written escaped.
    """

    def start_exporting(self):
        _drop_partial_last_line(self.file)

    def export_item(self, item):
        line = self.encoder.encode(dict(self.get_serialized_fields(item))).translate(_OTHER_LINE_BREAKS)
        write_whole(self.file, to_bytes(line + "\n", self.encoding))


def _drop_partial_last_line(file) -> None:
    """Cut a fragment of a record off the end of a JSON Lines file opened for appending."""
    name = getattr(file, "name", None)
    if not isinstance(name, str) or "a" not in getattr(file, "mode", "") or not os.path.isfile(name):
        return
    with open(name, "rb+") as existing:
        size = existing.seek(0, os.SEEK_END)
        if size == 0:
            return
        existing.seek(size - 1)
        if existing.read(1) == b"\n":
            return
        keep = pos = size
        while pos > 0:  # back to the last line break, a chunk at a time
            step = min(_CHUNK, pos)
            pos -= step
            existing.seek(pos)
            cut = existing.read(step).rfind(b"\n")
            if cut >= 0:
                keep = pos + cut + 1
                break
        else:
            keep = 0
        existing.seek(keep)
        if existing.read(1) != b"{":  # not the start of one of our records: leave the file alone
            return
        existing.truncate(keep)
    logger.warning("%s ended with an incomplete line (%d bytes, left by a crawl that was killed); removed it",
                   name, size - keep)
