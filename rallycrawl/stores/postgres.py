"""The PostgreSQL store, for several crawlers and analysts sharing one database.

Enabled by one setting, ``RALLYCRAWL_POSTGRES_DSN``: a libpq connection URI
such as ``postgresql://rallycrawl@db.example.org/news`` (also read from the
environment variable of the same name, which keeps a password off the command
line; libpq's ``PGPASSWORD`` and ``~/.pgpass`` work too).  To keep the tables
in their own schema, add ``?options=-csearch_path%3Dmyschema`` to the URI.

The tables (see :mod:`rallycrawl.stores.schema`) are created or migrated on
first use.  Records are written in batches of ``RALLYCRAWL_POSTGRES_BATCH_SIZE``
inside one transaction, in a few round trips (should the database refuse one
record, the batch is written again record by record, so that only that one fails), and at least every ``RALLYCRAWL_POSTGRES_FLUSH_INTERVAL``
seconds.  When the server goes away, records stay buffered and are retried
with back-off; after ``RALLYCRAWL_POSTGRES_RETRY_TIMEOUT`` seconds without a
connection the crawl stops and the records not stored are saved to a file and
listed in the log.  When this store is on, it holds the seen-URL state of
incremental runs, shared by every machine that uses the database.

The password of the DSN never reaches a log line, a stat or an error message.
"""

from __future__ import annotations

import logging
from typing import Any

from .base import NEW, UNCHANGED, UPDATED, RecordStore, StoreError, StorePipeline, StoreUnavailable, seen_rows
from .schema import (
    META_TABLE,
    POSTGRES,
    LATEST_VIEWS,
    SEARCH_COLUMNS,
    STORE_SCHEMA_VERSION,
    STORED,
    article_row,
    content_hash,
    part_rows,
    postgres_search_statements,
    url_key,
    view_statements,
)

logger = logging.getLogger(__name__)

#: advisory lock key that serialises table creation between machines ("rallycrw")
_MIGRATION_LOCK = 0x72616C6C79637277


def dsn_parts(dsn: str) -> dict[str, str]:
    from psycopg.conninfo import conninfo_to_dict

    try:
        return {k: str(v) for k, v in conninfo_to_dict(dsn).items()}
    except Exception:  # a malformed DSN: its text may hold the password, never echo it
        return {}


def describe_dsn(dsn: str) -> str:
    """``user@host:port/dbname``: enough to recognise the database, no password."""
    parts = dsn_parts(dsn)
    if not parts:
        return "<malformed DSN>"
    user = parts.get("user", "")
    host = parts.get("host") or parts.get("hostaddr") or "local socket"
    port = f":{parts['port']}" if parts.get("port") else ""
    return f"{user + '@' if user else ''}{host}{port}/{parts.get('dbname', '')}"


def redact(text: str, dsn: str) -> str:
    """``text`` with the DSN's password (and the DSN itself) replaced by ``***``."""
    password = dsn_parts(dsn).get("password")
    if dsn:
        text = text.replace(dsn, describe_dsn(dsn))
    if password:
        text = text.replace(password, "***")
    return text


class PostgresStore(RecordStore):
    name = "postgres"
    label = "PostgreSQL store"
    dialect = POSTGRES

    def __init__(self, crawler, dsn: str, *, batch_size: int, retry_timeout: float, connect_timeout: int):
        super().__init__(crawler, batch_size=batch_size, retry_timeout=retry_timeout, primary=True)
        self.dsn = dsn
        self.connect_timeout = connect_timeout
        self.conn = None

    @classmethod
    def enabled(cls, settings) -> bool:
        return bool(str(settings.get("RALLYCRAWL_POSTGRES_DSN") or "").strip())

    @classmethod
    def create(cls, crawler) -> PostgresStore:
        settings = crawler.settings
        return cls(
            crawler,
            str(settings.get("RALLYCRAWL_POSTGRES_DSN")).strip(),
            batch_size=settings.getint("RALLYCRAWL_POSTGRES_BATCH_SIZE", 50),
            retry_timeout=settings.getfloat("RALLYCRAWL_POSTGRES_RETRY_TIMEOUT", 60.0),
            connect_timeout=settings.getint("RALLYCRAWL_POSTGRES_CONNECT_TIMEOUT", 10),
        )

    @property
    def where(self) -> str:
        return describe_dsn(self.dsn)

    def _error(self, exc: Exception) -> str:
        message = " ".join(str(exc).split()) or type(exc).__name__
        return redact(f"{self.label} ({self.where}): {message}", self.dsn)

    def _connect(self) -> None:
        import psycopg

        if not dsn_parts(self.dsn):
            raise StoreError(
                f"{self.label}: RALLYCRAWL_POSTGRES_DSN is not a valid connection string "
                "(expected e.g. postgresql://user@host:5432/dbname)"
            )
        kwargs: dict[str, Any] = {"autocommit": True, "application_name": "rallycrawl"}
        if "connect_timeout" not in dsn_parts(self.dsn):
            kwargs["connect_timeout"] = self.connect_timeout
        try:
            conn = psycopg.connect(self.dsn, **kwargs)
        except psycopg.Error as exc:
            raise StoreUnavailable(f"cannot connect: {self._error(exc)}") from None
        try:
            self._migrate(conn)
        except StoreError:
            conn.close()
            raise
        except psycopg.OperationalError as exc:
            conn.close()
            raise StoreUnavailable(self._error(exc), connection_lost=True) from None
        except psycopg.Error as exc:  # e.g. no right to create tables
            conn.close()
            raise StoreError(f"cannot create the tables: {self._error(exc)}") from None
        self.conn = conn
        logger.info("%s: connected to %s", self.label, self.where)

    def _migrate(self, conn) -> None:
        with conn.transaction(), conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            cur.execute(META_TABLE)
            cur.execute("SELECT value FROM store_meta WHERE key = 'schema_version'")
            row = cur.fetchone()
            if self.needs_layout(row, f"{self.label} ({self.where})"):
                for statement in self.dialect.create_statements():
                    cur.execute(statement)
                cur.execute(
                    "INSERT INTO store_meta (key, value) VALUES ('schema_version', %s) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (str(STORE_SCHEMA_VERSION),),
                )
            self._create_analysis_objects(conn, cur)

    def _create_analysis_objects(self, conn, cur) -> None:
        """The ``latest_*`` views and the search indexes and views, each made when missing.

        Best effort: a role that may write the tables but not create in the schema, or a
        table gone missing, must not keep the store from storing (or saving what it
        cannot store); such a role's crawls leave the objects to the owner's.
        """
        import psycopg

        wanted = [(f"latest_{t}", s) for t, s in zip(LATEST_VIEWS, view_statements(POSTGRES))]
        for table in SEARCH_COLUMNS:
            index, view = postgres_search_statements(table)
            wanted += [(f"{table}_search_idx", index), (f"{table}_search", view)]
        for name, statement in wanted:
            cur.execute("SELECT to_regclass(%s) IS NOT NULL", (name,))
            if cur.fetchone()[0]:
                continue
            try:
                with conn.transaction():  # a savepoint: a failure here undoes only this object
                    cur.execute(statement)
            except psycopg.Error as exc:
                logger.warning("%s: %s not made (%s)", self.label, name, self._error(exc))

    def _disconnect(self) -> None:
        if self.conn is not None:
            conn, self.conn = self.conn, None
            conn.close()

    def _connected(self) -> bool:
        return self.conn is not None and not self.conn.closed and not self.conn.broken

    def _json(self, value: Any) -> Any:
        from psycopg.types.json import Jsonb

        return Jsonb(value)

    def _lock_article(self, cur, key: str) -> None:
        # Two machines storing the same URL at once must not both pick the next version.
        cur.execute("SELECT pg_advisory_xact_lock(hashtextextended(%(key)s, 0))", {"key": key})

    def _lookup_seen(self, key: str) -> bool:
        import psycopg

        try:
            with self.conn.cursor() as cur:
                cur.execute("SELECT 1 FROM seen_urls WHERE url_key = %s", (key,))
                return cur.fetchone() is not None
        except psycopg.Error as exc:
            raise StoreUnavailable(self._error(exc)) from None

    def _write_batch(self, records, seen, now) -> list:
        import psycopg

        try:
            try:
                with self.conn.transaction(), self.conn.cursor() as cur:
                    results = self._save_many(cur, records, now)
                    for urls, status in seen:
                        self.mark_seen(cur, urls, status, now)
                return results
            except (psycopg.OperationalError, psycopg.InterfaceError):
                raise
            except psycopg.Error:
                if len(records) < 2:
                    raise
            # A record the database refuses: store the others one by one, each in a savepoint.
            return self._save_one_by_one(records, seen, now)
        except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
            # The whole batch was rolled back: nothing of it is stored, all of it stays buffered.
            raise StoreUnavailable(self._error(exc), connection_lost=True) from None
        except psycopg.Error as exc:
            return [StoreError(self._error(exc))]

    def _save_many(self, cur, records: list[dict[str, Any]], now: str) -> list[str]:
        """The versioning rules of ``save_record`` for a whole batch, in a few round trips."""
        if not records:
            return []
        keys = [url_key(r["url"]) for r in records]
        if len(set(keys)) < len(keys):  # one URL twice in a batch: its versions must follow each other
            return [self.save_record(cur, record, now) for record in records]
        cur.execute("SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest(%s::text[]) AS k ORDER BY k",
                    (sorted(keys),))
        cur.execute("SELECT url_key, id, version, content_hash FROM articles WHERE url_key = ANY(%s) AND is_latest",
                    (keys,))
        latest = {row[0]: row[1:] for row in cur.fetchall()}
        outcomes, unchanged, superseded, to_insert = [], [], [], []
        for record, key in zip(records, keys):
            old = latest.get(key)
            if old is not None and old[2] == content_hash(record):
                unchanged.append(old[0])
                outcomes.append(UNCHANGED)
                continue
            if old is not None:
                superseded.append(old[0])
            to_insert.append((record, article_row(record, version=1 if old is None else old[1] + 1, stored_at=now)))
            outcomes.append(NEW if old is None else UPDATED)
        if unchanged:
            cur.execute("UPDATE articles SET last_seen_at = %s WHERE id = ANY(%s)", (now, unchanged))
        if superseded:
            cur.execute("UPDATE articles SET is_latest = FALSE WHERE id = ANY(%s)", (superseded,))
        if to_insert:
            cur.executemany(self.dialect.insert("articles", returning_id=True),
                            [self._adapt("articles", row) for _, row in to_insert], returning=True)
            ids = []
            while True:
                ids.append(cur.fetchone()[0])
                if not cur.nextset():
                    break
            parts: dict[str, list[dict[str, Any]]] = {}
            for (record, _), article_id in zip(to_insert, ids):
                for table, rows in part_rows(record, article_id).items():
                    parts.setdefault(table, []).extend(self._adapt(table, r) for r in rows)
            for table, rows in parts.items():
                if rows:
                    cur.executemany(self.dialect.insert(table), rows)
        seen = []
        for record, key in zip(records, keys):
            seen += seen_rows([record["url"], record.get("canonical_url")], STORED, now, article_key=key)
        # In key order, as every worker does, so that two batches never wait on each other's rows.
        cur.executemany(self.dialect.upsert_seen(), sorted(seen, key=lambda row: row["url_key"]))
        return outcomes

    def _save_one_by_one(self, records, seen, now) -> list:
        import psycopg

        results: list = []
        with self.conn.transaction(), self.conn.cursor() as cur:
            for record in records:
                try:
                    with self.conn.transaction():  # a savepoint: a bad record fails alone
                        results.append(self.save_record(cur, record, now))
                except (psycopg.OperationalError, psycopg.InterfaceError):
                    raise
                except psycopg.Error as exc:
                    results.append(StoreError(self._error(exc)))
            for urls, status in seen:
                self.mark_seen(cur, urls, status, now)
        return results


class PostgresPipeline(StorePipeline):
    """Stores every exported record in PostgreSQL when ``RALLYCRAWL_POSTGRES_DSN`` is set."""

    store_class = PostgresStore

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = super().from_crawler(crawler)
        pipeline.flush_interval = crawler.settings.getfloat("RALLYCRAWL_POSTGRES_FLUSH_INTERVAL", 5.0)
        return pipeline
