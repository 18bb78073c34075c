"""Feed exporters: the flat article CSV and the relational CSV tables.

``-O out.csv`` writes one row per article with the columns of
:data:`ARTICLE_CSV_COLUMNS`; ``-o quotes.csv:quotes-csv``,
``-o organisations.csv:organisations-csv`` and ``-o demands.csv:demands-csv``
write one row per quote, organisation or demand; ``-o events.csv:events-csv`` one
row per merged event (all its sources, those of earlier runs included).  Every cell is text a person
can read (never a Python repr), and cells that a spreadsheet would take for a
formula are neutralised.

``-O out.jsonl`` goes through :class:`JsonLinesExporter`, which writes whole
lines only (see there).

CSV files are UTF-8 and comma-separated by default.  For spreadsheets set
``RALLYCRAWL_CSV_EXCEL=true`` (or ``item_export_kwargs: {"excel": true}`` on
one feed): the file then starts with a byte-order mark and separates cells with
``;``, which Excel opens correctly in every locale.  Appending to a CSV file
(``-o``) writes the header line only when the file is empty.
"""

from __future__ import annotations

import re

import csv
import io
import logging
import os
from typing import Any, Iterable

from itemadapter import ItemAdapter
from scrapy.exporters import CsvItemExporter, JsonLinesItemExporter
from scrapy.utils.python import to_bytes

from .extensions.feed_export import write_whole
from .record import Demand, Organisation, Quote
from .record.views import article_csv_columns, article_csv_values, part_csv_columns, part_csv_values

logger = logging.getLogger(__name__)
_CHUNK = 64 * 1024
#: characters JSON keeps raw inside strings that some readers split lines on
_OTHER_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})

#: the columns of the flat article CSV and of the part CSVs: from the record's field metadata
#: (:mod:`rallycrawl.record.views`)
ARTICLE_CSV_COLUMNS = article_csv_columns()
QUOTE_CSV_COLUMNS = part_csv_columns(Quote)
ORGANISATION_CSV_COLUMNS = part_csv_columns(Organisation)
DEMAND_CSV_COLUMNS = part_csv_columns(Demand)
EVENT_CSV_COLUMNS = [
    "event_id", "kind", "date_first", "date_last", "place", "target", "organisers", "demands", "slogans",
    "size_min", "size_max", "sizes", "source_count", "source_urls", "source_outlets", "source_published",
    "source_headlines",
]

#: what a spreadsheet may read as the start of a formula: = + - @ (and their full-width and small
#: forms, which some spreadsheets fold to ASCII), tab, carriage return, line feed
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n",
                  "\uff1d", "\uff0b", "\uff0d", "\uff20", "\ufe66", "\ufe62", "\ufe63", "\ufe6b")
#: characters a spreadsheet may skip before a formula: spaces of every width, no-break spaces,
#: zero-width spaces and joiners, the BOM, other control and format characters
_IGNORABLE_LEAD = re.compile(r"[\s\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\x00-\x1f\x7f-\x9f]+")


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
    if text.startswith(_FORMULA_START) or _formula_after_ignorable(text):
        text = "'" + text
    return text


def _formula_after_ignorable(text: str) -> bool:
    lead = _IGNORABLE_LEAD.match(text)
    return lead is not None and text[lead.end():].startswith(_FORMULA_START)


def _join(values: Iterable[str | None], sep: str) -> str:
    return sep.join(v for v in values if v)


def article_row(record: dict[str, Any]) -> dict[str, str]:
    """The flat CSV row of one article record."""
    return {k: cell(v) for k, v in article_csv_values(record).items()}


def _rows(record: dict[str, Any], key: str, part: type) -> list[dict[str, str]]:
    return [{c: cell(v) for c, v in row.items()} for row in part_csv_values(record, key, part)]


#: the Excel-friendly form: a byte-order mark (so Excel reads UTF-8) and ``;``
#: (which Excel splits on in the locales that write decimal commas, and in the others)
EXCEL_DELIMITER = ";"
UTF8_BOM = "\ufeff"


def existing_size(file) -> int:
    """How many bytes the file an exporter writes to already holds (0 when unknown)."""
    try:
        return os.fstat(file.fileno()).st_size
    except (AttributeError, OSError, ValueError):
        return 0


class _RowsCsvExporter(CsvItemExporter):
    """A CSV exporter writing fixed columns from rows computed per record.

    The rows of one record are written together with :func:`write_whole`: a
    write that fails (a full disk) leaves no cut row, and raises, so that the
    feed exporter counts the record as not exported.
    """

    columns: list[str] = []

    def __init__(self, file, *, excel: bool = False, **kwargs):
        kwargs["fields_to_export"] = self.columns
        kwargs.setdefault("include_headers_line", True)
        self.excel = bool(excel)
        if self.excel:
            kwargs.setdefault("delimiter", EXCEL_DELIMITER)
        # appending (-o) to a file that already has rows: no second header, no second mark
        self.appending = existing_size(file) > 0
        self._file = file
        super().__init__(file, **kwargs)
        if self.appending:
            self._headers_not_written = False

    @classmethod
    def from_crawler(cls, crawler, file, **kwargs):
        kwargs.setdefault("excel", crawler.settings.getbool("RALLYCRAWL_CSV_EXCEL"))
        return cls(file, **kwargs)

    def rows(self, record: dict[str, Any]) -> list[dict[str, str]]:
        raise NotImplementedError

    def start_exporting(self):
        super().start_exporting()
        if self.excel and not self.appending:
            write_whole(self._file, UTF8_BOM.encode("utf-8"))
        # The header goes out even when no record has a row (e.g. no quotes at all).
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
        return _rows(record, "quotes", Quote)


class OrganisationsCsvExporter(_RowsCsvExporter):
    columns = ORGANISATION_CSV_COLUMNS

    def rows(self, record):
        return _rows(record, "organisations", Organisation)


class DemandsCsvExporter(_RowsCsvExporter):
    columns = DEMAND_CSV_COLUMNS

    def rows(self, record):
        return _rows(record, "demands", Demand)


def event_csv_row(summary: dict[str, Any]) -> dict[str, str]:
    """The events CSV row of a merged event's summary (``MergedEvent.summary()``)."""
    sources = summary["sources"]

    def size(s: dict[str, Any]) -> str:
        bounds = "–".join(dict.fromkeys(str(v) for v in (s["size_min"], s["size_max"]) if v is not None))
        text = " ".join(filter(None, [s.get("size_text"), f"({bounds})" if bounds else ""]))
        return f"{s.get('outlet') or s['url']}: {text}"

    row = {
        **{k: summary.get(k) for k in ("event_id", "kind", "date_first", "date_last", "place", "target",
                                        "size_min", "size_max")},
        "organisers": _join(summary["organisers"], "; "),
        "demands": _join((d["text"] for d in summary["demands"]), " | "),
        "slogans": _join(summary["slogans"], " | "),
        "sizes": _join((size(s) for s in summary["sizes"]), " | "),
        "source_count": len(sources),
        "source_urls": _join((s["url"] for s in sources), " | "),
        "source_outlets": " | ".join(s.get("outlet") or "" for s in sources),
        "source_published": " | ".join(s.get("published") or "" for s in sources),
        "source_headlines": " | ".join(s.get("headline") or "" for s in sources),
    }
    return {k: cell(row.get(k)) for k in EVENT_CSV_COLUMNS}


class EventsCsvExporter(_RowsCsvExporter):
    """One row per merged event the crawl's records report (``-o events.csv:events-csv``).

    Rows are written when the feed closes.  Where the events pipeline keeps merged
    events in a store, each row lists every source of the event, those stored by
    earlier runs or other workers included; else the crawl's own records are merged.
    """

    columns = EVENT_CSV_COLUMNS

    def __init__(self, file, *, crawler=None, **kwargs):
        super().__init__(file, **kwargs)
        self.crawler = crawler
        self.records: list[dict[str, Any]] = []

    @classmethod
    def from_crawler(cls, crawler, file, *args, **kwargs):
        kwargs.setdefault("excel", crawler.settings.getbool("RALLYCRAWL_CSV_EXCEL"))
        return cls(file, *args, crawler=crawler, **kwargs)

    def rows(self, record):
        return [record]  # an events CSV row already (see finish_exporting)

    def export_item(self, item):
        from .events import report_from_record

        record = ItemAdapter(item).asdict()
        if report_from_record(record) is not None:  # keep what grouping needs, not the body
            self.records.append({k: v for k, v in record.items() if k not in ("body", "quotes")})

    def finish_exporting(self):
        from .events import group_records

        events = {e.event_id: e for e in group_records(self.records)}
        ledger = getattr(self.crawler, "rallycrawl_event_ledger", None)
        if ledger is not None and events:
            try:
                events.update({e.event_id: e for e in ledger.load(list(events))})
            except Exception as exc:  # the store is gone: the crawl's own reports still make rows
                logger.warning("events-csv: stored events could not be read (%s); writing this crawl's reports", exc)
        summaries = sorted((e.summary() for e in events.values()),
                           key=lambda s: (s["date_first"] or "9999", s["event_id"]))
        for summary in summaries:
            super().export_item(event_csv_row(summary))
        super().finish_exporting()


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


def json_append_error(feeds: dict[str, dict[str, Any]]) -> str | None:
    """Why a feed cannot be written: ``-o`` appending to a non-empty ``.json`` file.

    A JSON array cannot grow: appending a second array to the file makes it invalid
    JSON.  JSON Lines (``.jsonl``) can be appended to; ``-O`` overwrites.
    """
    for uri, options in (feeds or {}).items():
        if (options or {}).get("format") != "json" or (options or {}).get("overwrite"):
            continue
        path = _local_path(str(uri))
        if path and os.path.isfile(path) and os.path.getsize(path) > 0:
            return (f"cannot append to {path}: a JSON file holds one array and would become invalid; "
                    f"use -O {path} to overwrite it, or a .jsonl file to append")
    return None


def _local_path(uri: str) -> str | None:
    """The local file a feed URI names (None for other schemes or templated names)."""
    if "%(" in uri:
        return None
    if uri.startswith("file://"):
        from urllib.parse import unquote, urlsplit

        return unquote(urlsplit(uri).path)
    if "://" in uri:
        return None
    return uri
