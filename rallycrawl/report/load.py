"""Reading records for the report: a SQLite store, a PostgreSQL store or a JSON Lines export."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Iterator

from ..events.text import fold, name_key


class ReportInputError(Exception):
    """The input cannot be read (missing file, not a store, no connection)."""


@dataclass
class ReportSource:
    kind: str  # "sqlite", "postgres" or "jsonl"
    location: str

    def describe(self) -> str:
        if self.kind == "postgres":
            from ..stores.postgres import describe_dsn

            return f"PostgreSQL store {describe_dsn(self.location)}"
        if self.kind == "sqlite":
            return f"SQLite store {Path(self.location).resolve()}"
        return f"JSON Lines export {Path(self.location).resolve()}"


@dataclass
class Filters:
    since: date | None = None
    until: date | None = None
    outlet: str | None = None
    language: str | None = None
    kind: str | None = None
    organisation: str | None = None

    def describe(self) -> list[tuple[str, str]]:
        return [(k, str(v)) for k, v in vars(self).items() if v not in (None, "")]

    def matches(self, record: dict[str, Any]) -> bool:
        event = record.get("event") or {}
        day = _day(event.get("date")) or _day(record.get("published"))
        if self.since and (day is None or day < self.since):
            return False
        if self.until and (day is None or day > self.until):
            return False
        if self.outlet:
            wanted = fold(self.outlet)
            if wanted not in (fold(record.get("publisher")), fold(record.get("domain"))):
                return False
        if self.language and fold(record.get("language")) != fold(self.language):
            return False
        if self.kind and fold(event.get("kind")) != fold(self.kind):
            return False
        if self.organisation:
            wanted = name_key(self.organisation)
            keys = {name_key(o.get(k)) for o in record.get("organisations") or [] for k in ("name", "acronym")}
            if wanted not in keys:
                return False
        return True


def _day(value: Any) -> date | None:
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _decode(value: Any) -> dict[str, Any] | None:
    if isinstance(value, (bytes, str)):
        try:
            value = json.loads(value)
        except ValueError:
            return None
    return value if isinstance(value, dict) else None


def _sqlite_rows(path: str) -> Iterator[dict[str, Any] | None]:
    if not Path(path).is_file():
        raise ReportInputError(f"no SQLite store at {path} (crawl first, or give --input or --dsn)")
    try:
        conn = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True)
        try:
            ids = {row[0]: row[1:] for row in conn.execute("SELECT url_key, event_id, score, reasons FROM event_reports")} \
                if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'event_reports'").fetchone() else {}
            for url_key, record in conn.execute("SELECT url_key, record FROM articles WHERE is_latest = 1 ORDER BY id"):
                yield _with_event_id(_decode(record), ids.get(url_key))
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise ReportInputError(f"cannot read the SQLite store {path}: {exc}") from None


def _postgres_rows(dsn: str) -> Iterator[dict[str, Any] | None]:
    try:
        import psycopg
    except ImportError:
        raise ReportInputError("reading PostgreSQL needs psycopg: pip install 'rallycrawl[postgres]'") from None
    from ..stores.postgres import redact

    try:
        with psycopg.connect(dsn, connect_timeout=10) as conn, conn.cursor() as cur:
            cur.execute("SELECT to_regclass('event_reports') IS NOT NULL")
            ids = {}
            if cur.fetchone()[0]:
                cur.execute("SELECT url_key, event_id, score, reasons FROM event_reports")
                ids = {row[0]: row[1:] for row in cur.fetchall()}
            cur.execute("SELECT url_key, record FROM articles WHERE is_latest ORDER BY id")
            for url_key, record in cur:
                yield _with_event_id(_decode(record), ids.get(url_key))
    except psycopg.Error as exc:
        raise ReportInputError(redact(f"cannot read the PostgreSQL store: {' '.join(str(exc).split())}", dsn)) from None


def _jsonl_rows(path: str) -> Iterator[dict[str, Any] | None]:
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if line.strip():
                    yield _decode(line)
    except OSError as exc:
        raise ReportInputError(f"cannot read {path}: {exc.strerror or exc}") from None


def _with_event_id(record: dict[str, Any] | None, placed: tuple | None) -> dict[str, Any] | None:
    """The record with the event the store placed it in, and why it joined (``_joined``)."""
    if record is None or not placed:
        return record
    event_id, score, reasons = placed
    if event_id and not record.get("event_id"):
        record["event_id"] = event_id
    if record.get("event_id") == event_id and score is not None:
        reasons = json.loads(reasons) if isinstance(reasons, str) else reasons
        record["_joined"] = {"score": score, "reasons": list(reasons or [])}
    return record


def _usable(record: dict[str, Any] | None) -> bool:
    """A record that follows the contract (a hand-edited, truncated or foreign line is skipped).
    Records made before a key was added (``event_id``, ``extractor_version``…) are read with
    the value :data:`~rallycrawl.record.ADDED_KEYS` gives it."""
    from ..record import RecordError, validate_record, with_added_keys

    if not isinstance(record, dict):
        return False
    with_added_keys(record)
    try:
        validate_record(record)
    except (RecordError, TypeError, AttributeError):
        return False
    return True


def load_records(source: ReportSource, filters: Filters) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """The records that pass the filters, and how many were read, skipped as unusable, filtered out."""
    rows = {"sqlite": _sqlite_rows, "postgres": _postgres_rows, "jsonl": _jsonl_rows}[source.kind](source.location)
    records, read = [], {"read": 0, "unusable": 0, "filtered_out": 0}
    for record in rows:
        read["read"] += 1
        if not _usable(record):
            read["unusable"] += 1
        elif filters.matches(record):
            records.append(record)
        else:
            read["filtered_out"] += 1
    return records, read
