"""The embedded store: one SQLite file, on by default, no setup.

Settings:

* ``RALLYCRAWL_SQLITE_PATH``: the database file (default ``rallycrawl.sqlite3``
  in the working directory); an empty value turns the store off.
* ``RALLYCRAWL_SQLITE_ENABLED``: ``False`` turns the store off.
* ``RALLYCRAWL_SQLITE_TIMEOUT``: seconds to wait for a database locked by
  another process before giving up with a clear error (default 30).

Each record is committed in its own transaction before it is counted as
stored, in WAL mode: a crawl killed at any moment loses no record it reported
stored, and the unique ``(url_key, version)`` key means an article is never
stored twice, even across restarts.  ``synchronous=NORMAL`` survives a killed
process; only a power cut may lose the last few commits.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path
from typing import Any

from .base import RecordStore, StoreError, StorePipeline, StoreUnavailable
from .schema import (
    LATEST_VIEWS,
    META_TABLE,
    SEARCH_COLUMNS,
    SQLITE,
    STORE_SCHEMA_VERSION,
    sqlite_search_backfill,
    sqlite_search_statements,
    view_statements,
)

logger = logging.getLogger(__name__)


def sqlite_path(settings) -> str:
    if not settings.getbool("RALLYCRAWL_SQLITE_ENABLED", True):
        return ""
    return str(settings.get("RALLYCRAWL_SQLITE_PATH", "rallycrawl.sqlite3") or "").strip()


class SqliteStore(RecordStore):
    name = "sqlite"
    label = "SQLite store"
    dialect = SQLITE

    def __init__(self, crawler, path: str, *, timeout: float, primary: bool):
        # Commit per record; a locked database has already been waited for (busy timeout).
        super().__init__(crawler, batch_size=1, retry_timeout=0.0, primary=primary)
        self.path = Path(path)
        self.timeout = timeout
        self.conn: sqlite3.Connection | None = None

    @classmethod
    def enabled(cls, settings) -> bool:
        return bool(sqlite_path(settings))

    @classmethod
    def create(cls, crawler) -> SqliteStore:
        settings = crawler.settings
        return cls(
            crawler,
            sqlite_path(settings),
            timeout=settings.getfloat("RALLYCRAWL_SQLITE_TIMEOUT", 30.0),
            primary=not settings.get("RALLYCRAWL_POSTGRES_DSN"),
        )

    def _locked_message(self, exc: sqlite3.Error) -> str:
        if "locked" in str(exc) or "busy" in str(exc):
            return (
                f"{self.label} {self.path} is locked by another process (waited {self.timeout:g} s): "
                "is another crawl using the same file? Let it finish, or point RALLYCRAWL_SQLITE_PATH "
                "at another file"
            )
        return f"{self.label} {self.path}: {exc}"

    def _connect(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None, check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"{self.label}: cannot open {self.path}: {exc}") from None
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            self._migrate(conn)
        except sqlite3.OperationalError as exc:
            conn.close()
            raise StoreUnavailable(self._locked_message(exc)) from None
        except sqlite3.DatabaseError as exc:  # not a database, corrupt file
            conn.close()
            raise StoreError(f"{self.label}: {self.path} is not a usable SQLite database ({exc})") from None
        self.conn = conn
        logger.info("%s: %s", self.label, self.path.resolve())

    def _migrate(self, conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(META_TABLE)
            row = conn.execute("SELECT value FROM store_meta WHERE key = 'schema_version'").fetchone()
            if self.needs_layout(row, f"{self.label}: {self.path}"):
                for statement in self.dialect.create_statements():
                    conn.execute(statement)
                conn.execute(
                    "INSERT INTO store_meta (key, value) VALUES ('schema_version', ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (str(STORE_SCHEMA_VERSION),),
                )
            self._create_analysis_objects(conn)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def _create_analysis_objects(self, conn: sqlite3.Connection) -> None:
        """The ``latest_*`` views and the FTS5 search indexes (in the migration's transaction).

        Best effort, each in a savepoint: a store whose tables are damaged, or a SQLite
        without FTS5, still opens (and saves what it cannot store) with a warning.
        """
        groups = [(f"latest_{t}", [s]) for t, s in zip(LATEST_VIEWS, view_statements(SQLITE))]
        for table in SEARCH_COLUMNS:
            existed = conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (f"{table}_search",)).fetchone()
            groups.append((f"{table}_search", sqlite_search_statements(table)
                           + ([] if existed else [sqlite_search_backfill(table)])))
        for name, statements in groups:
            conn.execute("SAVEPOINT analysis_object")
            try:
                for statement in statements:
                    conn.execute(statement)
            except sqlite3.OperationalError as exc:
                if "locked" in str(exc) or "busy" in str(exc):
                    raise
                conn.execute("ROLLBACK TO analysis_object")
                logger.warning("%s: %s not made (%s)", self.label, name, exc)
            conn.execute("RELEASE analysis_object")

    def _disconnect(self) -> None:
        if self.conn is not None:
            conn, self.conn = self.conn, None
            conn.close()

    def _connected(self) -> bool:
        return self.conn is not None

    def _json(self, value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    def _lookup_seen(self, key: str) -> bool:
        try:
            return self.conn.execute("SELECT 1 FROM seen_urls WHERE url_key = ?", (key,)).fetchone() is not None
        except sqlite3.OperationalError as exc:
            raise StoreUnavailable(self._locked_message(exc)) from None

    def _write_batch(self, records, seen, now) -> list:
        done: list = []
        cur = self.conn.cursor()
        for record in records:
            done.append(self._in_transaction(cur, done, lambda r=record: self.save_record(cur, r, now)))
        for urls, status in seen:
            self._in_transaction(cur, done, lambda u=urls, s=status: self.mark_seen(cur, u, s, now))
        return done

    def _in_transaction(self, cur: sqlite3.Cursor, done: list, write) -> Any:
        """Run ``write`` in one transaction: its result, or the exception for a bad record."""
        try:
            cur.execute("BEGIN IMMEDIATE")
            result = write()
            cur.execute("COMMIT")
            return result
        except sqlite3.OperationalError as exc:  # locked, disk full, I/O error: retry later
            self._rollback(cur)
            raise StoreUnavailable(self._locked_message(exc), done=done) from None
        except sqlite3.Error as exc:
            self._rollback(cur)
            return exc

    def _rollback(self, cur: sqlite3.Cursor) -> None:
        if self.conn is not None and self.conn.in_transaction:
            cur.execute("ROLLBACK")


class SqlitePipeline(StorePipeline):
    """Stores every exported record in the embedded SQLite database (on by default)."""

    store_class = SqliteStore
