"""Events merged across articles, kept in the store: the ledger and the item pipeline.

:class:`EventPipeline` (before the stores in ``ITEM_PIPELINES``) gives every
exported record its ``event_id``: the merged event its article reports, found
or started by :func:`rallycrawl.events.place_report`, or ``None`` for an
article that reports no protest.  The merged events live in the primary
store's database (PostgreSQL when ``RALLYCRAWL_POSTGRES_DSN`` is set, else the
SQLite file), in ``merged_events`` (one row per event) and ``event_reports``
(one row per article URL, with the score and reasons it joined on), so that a
cron run or another worker places its articles among the events already
there.  Only the events dated near the new report are read (an index on their
first and last day), never the whole store.

Placing one report is one transaction.  SQLite's ``BEGIN IMMEDIATE`` makes
writers take turns; on PostgreSQL a transaction takes an advisory lock on each
day of the report's window (in day order, so that two workers never wait on
each other crosswise) and locks the candidate rows (``FOR UPDATE``): two
workers with reports of one new event cannot both start it, the second finds
the first's event.  Without any store the events are merged in memory, for the
crawl's own feeds.

``RALLYCRAWL_MERGE_EVENTS = False`` turns it off (``event_id`` stays null).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any, Iterator

from itemadapter import ItemAdapter
from scrapy.exceptions import NotConfigured

from ..events import EventGrouper, Match, MergedEvent, Report, day_window, place_report, report_from_record
from ..events.matching import DAY_WINDOW
from ..utils.clock import utc_now
from .schema import POSTGRES, SQLITE, TABLE, Dialect

logger = logging.getLogger(__name__)

EVENT_TABLES = ("merged_events", "event_reports")
_EVENT_DAY_LOCK = "rallycrawl:event-day:"


class LedgerUnavailable(Exception):
    """The database cannot be used right now: the record is exported without an event id."""


def event_row(event: MergedEvent, now: str) -> dict[str, Any]:
    """The ``merged_events`` row of an event (JSON columns as Python objects)."""
    summary = event.summary()
    return {
        **{k: summary[k] for k in ("event_id", "kind", "date_first", "date_last", "place", "target",
                                   "organisers", "demands", "slogans", "size_min", "size_max", "sizes",
                                   "sources", "report_count")},
        "reports": event.reports_data(),
        "created_at": now,
        "updated_at": now,
    }


class EventLedger:
    """Where merged events are kept; :meth:`assign` places one report."""

    def assign(self, report: Report) -> tuple[str, Match | None]:
        raise NotImplementedError

    def load(self, event_ids: list[str]) -> list[MergedEvent]:
        raise NotImplementedError

    def close(self) -> None:
        pass


class MemoryLedger(EventLedger):
    """Merged events of this crawl only (no store)."""

    def __init__(self) -> None:
        self.grouper = EventGrouper()

    def assign(self, report):
        return self.grouper.add(report)

    def load(self, event_ids):
        return [self.grouper.events[i] for i in event_ids if i in self.grouper.events]


class SqlLedger(EventLedger):
    """Merged events in the ``merged_events``/``event_reports`` tables of a database."""

    dialect: Dialect

    def __init__(self) -> None:
        self.conn = None

    # -- what a database does (subclasses) ------------------------------------------------

    def _connect(self):
        raise NotImplementedError

    @contextmanager
    def _transaction(self) -> Iterator[Any]:
        raise NotImplementedError
        yield  # pragma: no cover

    def _lock_days(self, cur, days: list[str]) -> None:
        """Serialise the placing of reports whose windows share a day (no-op where writers are serial)."""

    def _decode(self, value: Any) -> Any:
        return value

    def _encode(self, value: Any) -> Any:
        raise NotImplementedError

    for_update = ""

    # -- the placing, in SQL both dialects speak ---------------------------------------------

    def ensure_tables(self, cur) -> None:
        for name in EVENT_TABLES:
            cur.execute(self.dialect.create_table(TABLE[name]))
            for statement in TABLE[name].indexes:
                cur.execute(statement)

    def _read(self, cur, where: str, params: dict[str, Any]) -> list[MergedEvent]:
        cur.execute(f"SELECT event_id, reports FROM merged_events WHERE {where} ORDER BY event_id{self.for_update}",
                    params)
        return [MergedEvent.from_reports_data(row[0], self._decode(row[1])) for row in cur.fetchall()]

    def _save(self, cur, event: MergedEvent, report: Report, match: Match | None, now: str) -> None:
        p = self.dialect.param
        row = event_row(event, now)
        names = TABLE["merged_events"].column_names
        updates = ", ".join(f"{n} = excluded.{n}" for n in names if n not in ("event_id", "created_at"))
        cur.execute(
            f"INSERT INTO merged_events ({', '.join(names)}) VALUES ({', '.join(p(n) for n in names)}) "
            f"ON CONFLICT (event_id) DO UPDATE SET {updates}",
            {k: self._encode(v) if k in ("organisers", "demands", "slogans", "sizes", "sources", "reports") else v
             for k, v in row.items()},
        )
        names = TABLE["event_reports"].column_names
        cur.execute(
            f"INSERT INTO event_reports ({', '.join(names)}) VALUES ({', '.join(p(n) for n in names)}) "
            "ON CONFLICT (url_key) DO UPDATE SET url = excluded.url, event_id = excluded.event_id",
            {"url_key": report.url_key, "url": report.url, "event_id": event.event_id,
             "score": match.score if match else None,
             "reasons": self._encode(match.reasons if match else []), "joined_at": now},
        )

    def assign(self, report: Report) -> tuple[str, Match | None]:
        p = self.dialect.param
        now = utc_now()
        window = day_window(report)
        with self._transaction() as cur:
            if window is not None:
                first = date.fromisoformat(window[0])
                self._lock_days(cur, [(first + timedelta(days=i)).isoformat() for i in range(2 * DAY_WINDOW + 1)])
            cur.execute(f"SELECT event_id FROM event_reports WHERE url_key = {p('key')}", {"key": report.url_key})
            known = cur.fetchone()
            if known is not None:
                events = self._read(cur, f"event_id = {p('id')}", {"id": known[0]})
                if events:  # a new version of an article already placed: it stays where it is
                    events[0].add(report, None)
                    self._save(cur, events[0], report, None, now)
                    return events[0].event_id, None
            candidates = [] if window is None else self._read(
                cur, f"date_last >= {p('lo')} AND date_first <= {p('hi')}", {"lo": window[0], "hi": window[1]})
            placed = place_report(report, candidates)
            if placed is None:
                event, match = MergedEvent.start(report), None
            else:
                event, match = placed
                event.add(report, match)
            self._save(cur, event, report, match, now)
            return event.event_id, match

    def load(self, event_ids: list[str]) -> list[MergedEvent]:
        if not event_ids:
            return []
        p = self.dialect.param
        out = []
        with self._transaction() as cur:
            for event_id in dict.fromkeys(event_ids):
                out += self._read(cur, f"event_id = {p('id')}", {"id": event_id})
        return out


class SqliteLedger(SqlLedger):
    dialect = SQLITE

    def __init__(self, path: str, *, timeout: float = 30.0) -> None:
        super().__init__()
        self.path = path
        self.timeout = timeout

    def _connect(self):
        if self.conn is None:
            try:
                conn = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None,
                                       check_same_thread=False)
                conn.execute("PRAGMA journal_mode=WAL")  # as the store has it (rallycrawl.stores.sqlite)
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.execute("BEGIN IMMEDIATE")
                self.ensure_tables(conn.cursor())
                conn.execute("COMMIT")
            except sqlite3.Error as exc:
                raise LedgerUnavailable(f"SQLite store {self.path}: {exc}") from None
            self.conn = conn
        return self.conn

    @contextmanager
    def _transaction(self):
        conn = self._connect()
        try:
            cur = conn.cursor()
            cur.execute("BEGIN IMMEDIATE")
            yield cur
            cur.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise LedgerUnavailable(f"SQLite store {self.path}: {exc}") from None
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def _decode(self, value):
        return json.loads(value) if isinstance(value, str) else value

    def _encode(self, value):
        return json.dumps(value, ensure_ascii=False)

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None


class PostgresLedger(SqlLedger):
    dialect = POSTGRES
    for_update = " FOR UPDATE"

    def __init__(self, dsn: str, *, connect_timeout: int = 10) -> None:
        super().__init__()
        self.dsn = dsn
        self.connect_timeout = connect_timeout

    def _error(self, exc: Exception) -> str:
        from .postgres import redact

        return redact(f"PostgreSQL store: {' '.join(str(exc).split())}", self.dsn)

    def _connect(self):
        import psycopg

        from .postgres import _MIGRATION_LOCK

        if self.conn is None or self.conn.closed or self.conn.broken:
            try:
                conn = psycopg.connect(self.dsn, autocommit=True, application_name="rallycrawl-events",
                                       connect_timeout=self.connect_timeout)
                with conn.transaction(), conn.cursor() as cur:
                    cur.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
                    self.ensure_tables(cur)
            except psycopg.Error as exc:
                raise LedgerUnavailable(self._error(exc)) from None
            self.conn = conn
        return self.conn

    @contextmanager
    def _transaction(self):
        import psycopg

        conn = self._connect()
        try:
            with conn.transaction(), conn.cursor() as cur:
                yield cur
        except psycopg.Error as exc:
            raise LedgerUnavailable(self._error(exc)) from None

    def _lock_days(self, cur, days):
        cur.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s || d, 0)) FROM unnest(%s::text[]) AS d "
                    "ORDER BY d", (_EVENT_DAY_LOCK, sorted(days)))

    def _encode(self, value):
        from psycopg.types.json import Jsonb

        return Jsonb(value)

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def ledger_for(settings) -> EventLedger:
    """The ledger of the primary store the settings name, else one in memory."""
    from .sqlite import sqlite_path

    dsn = str(settings.get("RALLYCRAWL_POSTGRES_DSN") or "").strip()
    if dsn:
        return PostgresLedger(dsn, connect_timeout=settings.getint("RALLYCRAWL_POSTGRES_CONNECT_TIMEOUT", 10))
    path = sqlite_path(settings)
    if path:
        return SqliteLedger(path, timeout=settings.getfloat("RALLYCRAWL_SQLITE_TIMEOUT", 30.0))
    return MemoryLedger()


class EventPipeline:
    """Gives each exported record the ``event_id`` of the merged event its article reports.

    Runs after ``RecordPipeline`` and before the stores, so that the stores and the feeds
    get the id.  Stats: ``rallycrawl/events/started``, ``.../joined``, ``.../unassigned``
    (the database was unavailable: the record is exported with ``event_id`` null).
    """

    def __init__(self, crawler, ledger: EventLedger):
        self.crawler = crawler
        self.stats = crawler.stats
        self.ledger = ledger
        self._warned = False

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("RALLYCRAWL_MERGE_EVENTS", True):
            raise NotConfigured
        pipeline = cls(crawler, ledger_for(crawler.settings))
        crawler.rallycrawl_event_ledger = pipeline.ledger  # read by the events-csv exporter
        return pipeline

    def process_item(self, item):
        record = item if isinstance(item, dict) else ItemAdapter(item)
        report = report_from_record(dict(record))
        if report is None:
            record["event_id"] = None
            return item
        try:
            event_id, match = self.ledger.assign(report)
        except LedgerUnavailable as exc:
            self.stats.inc_value("rallycrawl/events/unassigned")
            if not self._warned:
                logger.warning("Events not merged (%s); records are exported with event_id null", exc)
                self._warned = True
            if isinstance(self.ledger, SqlLedger):
                self.ledger.close()  # a fresh connection next time
            record["event_id"] = None
            return item
        record["event_id"] = event_id
        self.stats.inc_value("rallycrawl/events/joined" if match else "rallycrawl/events/started")
        if match:
            logger.debug("%s joins event %s: %s", report.url, event_id, "; ".join(match.reasons))
        return item

    def close_spider(self) -> None:
        self.ledger.close()
