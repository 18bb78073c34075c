"""What the SQLite and PostgreSQL stores share: buffering, versioning, retries, no silent loss.

A :class:`RecordStore` takes exported records, writes each as a new article
version or notes it as unchanged (:func:`save_record`), and answers whether a
URL has been seen (for incremental runs).  Records wait in a buffer until they
are written in a transaction; when the database is unreachable or locked they
stay buffered and are retried.  When the store gives up (after
``retry_timeout`` seconds of failures) it stops the crawl with a clear error,
and whatever it could not store is written to a JSON Lines file next to the
crawl and listed in the log: records are never dropped silently.

:class:`StorePipeline` is the item pipeline that feeds a store.
"""

from __future__ import annotations

import json
import logging
import time
import weakref
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, ClassVar

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import CloseSpider, NotConfigured
from scrapy.utils.defer import deferred_from_coro
from twisted.internet import task

from ..pipelines import NotAnArticle, NotAProtest
from ..utils.clock import utc_now
from .schema import NOT_ARTICLE, NOT_PROTEST, STORE_SCHEMA_VERSION, STORED, Dialect, article_row, content_hash, json_columns, part_rows, url_key

logger = logging.getLogger(__name__)

NEW, UNCHANGED, UPDATED = "new", "unchanged", "updated"


class StoreError(RuntimeError):
    """The store cannot be used at all (bad path or DSN, locked, newer layout): the crawl must not run."""


class StoreNotOpened(CloseSpider, StoreError):
    """A store that could not open at the start: closes the spider before any request (see ``open_spider``)."""

    def __init__(self, message: str, reason: str):
        Exception.__init__(self, message)
        self.reason = reason


class StoreUnavailable(Exception):
    """The database cannot be reached or is locked right now; buffered records are kept.

    ``done`` holds the results of the records written before the failure
    (their transactions are committed), ``connection_lost`` whether a fresh
    connection may succeed at once.
    """

    def __init__(self, message: str, *, done: list | None = None, connection_lost: bool = False):
        super().__init__(message)
        self.done = done or []
        self.connection_lost = connection_lost


def seen_rows(urls, status: str, now: str, *, article_key: str | None = None) -> list[dict[str, Any]]:
    """Parameters of ``Dialect.upsert_seen()`` for each distinct URL."""
    return [{"url_key": url_key(url), "url": url, "article": article_key, "status": status, "now": now}
            for url in dict.fromkeys(u for u in urls if u)]


class RecordStore:
    """One database that holds records and the seen-URL state (see module doc)."""

    #: short name used in stats keys (``rallycrawl/<name>/...``) and close reasons
    name: ClassVar[str]
    #: how the store is named in log lines
    label: ClassVar[str]
    dialect: ClassVar[Dialect]

    _instances: ClassVar[weakref.WeakKeyDictionary] = weakref.WeakKeyDictionary()

    def __init__(self, crawler, *, batch_size: int, retry_timeout: float, primary: bool):
        self.crawler = crawler
        self.stats = crawler.stats
        self.batch_size = max(1, batch_size)
        self.retry_timeout = retry_timeout
        self.primary = primary
        self.unstored_dir = Path(crawler.settings.get("RALLYCRAWL_UNSTORED_DIR") or ".")
        self.pending: list[dict[str, Any]] = []
        self.pending_seen: list[tuple[list[str], str]] = []
        self.failed: list[tuple[dict[str, Any], str]] = []
        #: url keys of the buffered records, seen even before they are written
        self.taken: set[str] = set()
        #: ids of buffered records the exports leave out (not about a protest)
        self._left_out: set[int] = set()
        self._outage_since: float | None = None
        self._next_attempt = 0.0
        self._lookup_retry_at = 0.0
        self._delay = 0.0
        self._gave_up = False
        self._closed = False
        crawler.signals.connect(self.close, signal=signals.spider_closed)

    # -- one store per crawler, shared by the pipeline and the seen-URL middleware ------

    @classmethod
    def enabled(cls, settings) -> bool:
        raise NotImplementedError

    @classmethod
    def create(cls, crawler) -> RecordStore:
        raise NotImplementedError

    @classmethod
    def for_crawler(cls, crawler) -> RecordStore:
        """The crawler's store of this kind; ``NotConfigured`` when it is turned off."""
        if not cls.enabled(crawler.settings):
            raise NotConfigured  # off: say nothing, most crawls run without it
        stores = cls._instances.setdefault(crawler, {})
        if cls.name not in stores:
            stores[cls.name] = cls.create(crawler)
        return stores[cls.name]

    # -- what a database does (subclasses) ------------------------------------------------

    @staticmethod
    def needs_layout(row, where: str) -> bool:
        """Whether the tables must be created or migrated, from the stored layout version row.

        A database written by a newer rallycrawl is refused with a :class:`StoreError`."""
        version = int(row[0]) if row else 0
        if version > STORE_SCHEMA_VERSION:
            raise StoreError(
                f"{where} was written by a newer rallycrawl "
                f"(layout {version}, this one knows {STORE_SCHEMA_VERSION}); upgrade rallycrawl"
            )
        return version < STORE_SCHEMA_VERSION

    def _connect(self) -> None:
        """Open the connection and create or migrate the tables; StoreError/StoreUnavailable."""
        raise NotImplementedError

    def _disconnect(self) -> None:
        raise NotImplementedError

    def _connected(self) -> bool:
        raise NotImplementedError

    def _write_batch(self, records: list[dict[str, Any]], seen: list[tuple[list[str], str]], now: str) -> list:
        """Store records (and seen URLs); one result per record: an outcome or the exception."""
        raise NotImplementedError

    def _lookup_seen(self, key: str) -> bool:
        raise NotImplementedError

    def _json(self, value: Any) -> Any:
        raise NotImplementedError

    def _lock_article(self, cur, key: str) -> None:
        """Serialise writers of one URL (a no-op where transactions are already serial)."""

    # -- the versioning rules, in SQL both dialects speak -----------------------------------

    def _adapt(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        for name in json_columns(table):
            row[name] = self._json(row[name])
        return row

    def save_record(self, cur, record: dict[str, Any], now: str) -> str:
        """Write one record in the caller's transaction; return new, unchanged or updated."""
        p = self.dialect.param
        key = url_key(record["url"])
        self._lock_article(cur, key)
        cur.execute(
            f"SELECT id, version, content_hash FROM articles WHERE url_key = {p('key')} AND is_latest = TRUE",
            {"key": key},
        )
        latest = cur.fetchone()
        if latest is not None and latest[2] == content_hash(record):
            cur.execute(f"UPDATE articles SET last_seen_at = {p('now')} WHERE id = {p('id')}",
                        {"now": now, "id": latest[0]})
            outcome = UNCHANGED
        else:
            if latest is not None:
                cur.execute(f"UPDATE articles SET is_latest = FALSE WHERE id = {p('id')}", {"id": latest[0]})
            row = article_row(record, version=1 if latest is None else latest[1] + 1, stored_at=now)
            cur.execute(self.dialect.insert("articles", returning_id=True), self._adapt("articles", row))
            article_id = cur.fetchone()[0]
            for table, rows in part_rows(record, article_id).items():
                if rows:
                    cur.executemany(self.dialect.insert(table), [self._adapt(table, r) for r in rows])
            outcome = NEW if latest is None else UPDATED
        self.mark_seen(cur, [record["url"], record.get("canonical_url")], STORED, now, article_key=key)
        return outcome

    def mark_seen(self, cur, urls: list[str | None], status: str, now: str, *, article_key: str | None = None):
        rows = seen_rows(urls, status, now, article_key=article_key)
        if rows:
            cur.executemany(self.dialect.upsert_seen(), rows)

    # -- the public side ----------------------------------------------------------------------

    def open(self) -> None:
        """Connect now, so that a wrong path or DSN stops the crawl before it starts."""
        try:
            self._connect()
        except StoreUnavailable as exc:
            raise StoreError(str(exc)) from None

    def is_seen(self, url: str) -> bool:
        """Whether the URL (as an article URL or canonical URL) is already stored or turned away."""
        key = url_key(url)
        if key in self.taken:
            return True
        try:
            if not self._connected():
                if self._outage_since is not None or time.monotonic() < self._lookup_retry_at:
                    raise StoreUnavailable("the database is unavailable")
                self._connect()
            return self._lookup_seen(key)
        except (StoreUnavailable, StoreError) as exc:
            # Not knowing costs one download, never a record: fetch it.  No new connection
            # attempt for a while, so that an outage does not stall every request.
            self._lookup_retry_at = time.monotonic() + 5.0
            self.stats.inc_value(f"rallycrawl/{self.name}/seen_lookup_errors")
            logger.debug("%s: seen-URL lookup failed (%s); fetching %s", self.label, exc, url)
            return False

    def add(self, record: dict[str, Any], *, left_out: bool = False) -> None:
        """Buffer a record; ``left_out``: an article the exports leave out (counted apart)."""
        if left_out:
            self._left_out.add(id(record))
        self.pending.append(record)
        self.taken.update(url_key(u) for u in (record["url"], record.get("canonical_url")) if u)
        if len(self.pending) >= self.batch_size:
            self.flush()

    def remember(self, urls: list[str | None], status: str) -> None:
        """Note URLs turned away (not an article, not a protest) so later runs skip them."""
        urls = [u for u in urls if u]
        if urls:
            self.pending_seen.append((urls, status))
            if self.batch_size == 1:
                self.flush()

    def flush(self, *, force: bool = False) -> None:
        """Write what is buffered; on failure keep it buffered and retry later."""
        if self._closed or not (self.pending or self.pending_seen):
            return
        if self._outage_since is not None and not force and time.monotonic() < self._next_attempt:
            return
        records, seen = list(self.pending), list(self.pending_seen)
        try:
            results = self._write_with_reconnect(records, seen)
        except StoreError as exc:  # e.g. the server now refuses our credentials
            self._on_outage(StoreUnavailable(str(exc)))
            return
        except StoreUnavailable as exc:
            self._account(records, exc.done)
            del self.pending[: len(exc.done)]
            self._on_outage(exc)
            return
        self._account(records, results)
        del self.pending[: len(records)]
        del self.pending_seen[: len(seen)]
        if not self.pending:
            self.taken.clear()  # all in the database now, where is_seen() finds them
        if self._outage_since is not None:
            logger.info("%s is reachable again: the buffered records are stored", self.label)
            self._outage_since = None
            self.stats.set_value(f"rallycrawl/{self.name}/buffered", len(self.pending))

    def close(self) -> None:
        """Final flush (retrying within ``retry_timeout``), report anything not stored, disconnect."""
        if self._closed:
            return
        self.flush(force=True)
        while self.pending and not self._gave_up and self._outage_since is not None:
            time.sleep(max(0.0, self._next_attempt - time.monotonic()))
            self.flush(force=True)
        self._closed = True
        self._report_unstored()
        try:
            self._disconnect()
        except Exception:  # closing a dead connection must not hide the report above
            logger.debug("%s: error while disconnecting", self.label, exc_info=True)

    # -- internals ------------------------------------------------------------------------------

    def _write_with_reconnect(self, records, seen) -> list:
        now = utc_now()
        if not self._connected():
            self._connect()
        try:
            return self._write_batch(records, seen, now)
        except StoreUnavailable as exc:
            if not exc.connection_lost:
                raise
            # The server dropped this connection (restart, failover, idle kill): one fresh try at once.
            logger.warning("%s: connection lost (%s); reconnecting", self.label, exc)
            self._disconnect()
            done = exc.done
            try:
                self._connect()
                return done + self._write_batch(records[len(done):], seen, now)
            except StoreUnavailable as again:
                raise StoreUnavailable(str(again), done=done + again.done) from again

    def _account(self, records: list[dict[str, Any]], results: list) -> None:
        for record, result in zip(records, results):
            if isinstance(result, Exception):
                self.failed.append((record, str(result)))
                self._count("errors")
                logger.error("%s could not store %s: %s", self.label, record.get("url"), result)
            elif id(record) in self._left_out:
                # kept for auditing; the run's new/updated/unchanged count the exported articles
                self.stats.inc_value(f"rallycrawl/{self.name}/left_out_{result}")
                if self.primary:
                    self.stats.inc_value("rallycrawl/store/left_out_stored")
            else:
                self._count(result)
            self._left_out.discard(id(record))

    def _count(self, what: str) -> None:
        self.stats.inc_value(f"rallycrawl/{self.name}/{what}")
        if self.primary:
            self.stats.inc_value(f"rallycrawl/store/{what}")

    def _on_outage(self, exc: StoreUnavailable) -> None:
        now = time.monotonic()
        if self._outage_since is None:
            self._outage_since = now
            self._delay = 0.5
            if self.retry_timeout > 0:
                logger.warning("%s unavailable (%s); %d record(s) buffered, retrying",
                               self.label, exc, len(self.pending))
        else:
            self._delay = min(self._delay * 2, 10.0)
        self._next_attempt = now + self._delay
        self.stats.set_value(f"rallycrawl/{self.name}/buffered", len(self.pending))
        if not self._gave_up and now - self._outage_since >= self.retry_timeout:
            self._give_up(exc)

    def _give_up(self, exc: Exception) -> None:
        self._gave_up = True
        reason = f"{self.name}_unavailable"
        logger.error(
            "%s: giving up after %.0f s: %s; stopping the crawl. %d record(s) not stored yet "
            "are kept and reported when the crawl closes.",
            self.label, time.monotonic() - (self._outage_since or time.monotonic()), exc, len(self.pending),
        )
        self.stats.set_value("rallycrawl/store/error", f"{self.label} unavailable")
        try:
            engine = self.crawler.engine
        except RuntimeError:  # no crawl running (a store used on its own)
            return
        if engine is not None and engine.spider is not None:
            deferred_from_coro(engine.close_spider_async(reason=reason))

    def _report_unstored(self) -> None:
        lost = [(r, "not written: the database was unavailable") for r in self.pending] + self.failed
        if not lost:
            return
        self.stats.set_value(f"rallycrawl/{self.name}/unstored", len(lost))
        if self.primary:
            self.stats.set_value("rallycrawl/store/unstored", len(lost))
        urls = [r.get("url") for r, _ in lost]
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        path = self.unstored_dir / f"rallycrawl-unstored-{self.name}-{stamp}.jsonl"
        try:
            self.unstored_dir.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8") as fh:
                for record, why in lost:
                    fh.write(json.dumps({"error": why, "record": record}, ensure_ascii=False) + "\n")
            where = f"they are saved in {path}"
            self.stats.set_value(f"rallycrawl/{self.name}/unstored_file", str(path))
        except OSError as exc:
            where = f"and could not be saved to {path} ({exc})"
        logger.error("%s: %d record(s) were NOT stored, %s; URLs: %s",
                     self.label, len(lost), where, " ".join(str(u) for u in urls))


class StorePipeline:
    """Item pipeline that hands each exported record to a store (after ``RecordPipeline``)."""

    store_class: ClassVar[type[RecordStore]]
    #: how often buffered records are written even when no batch is full (seconds; 0: never)
    flush_interval: float = 0.0

    def __init__(self, crawler, store: RecordStore):
        self.crawler = crawler
        self.store = store
        self._loop: task.LoopingCall | None = None
        crawler.signals.connect(self.item_dropped, signal=signals.item_dropped)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, cls.store_class.for_crawler(crawler))

    def open_spider(self) -> None:
        try:
            self.store.open()
        except StoreError as exc:
            # One clear line; CloseSpider (not the error itself) closes the spider before any request,
            # with the summary and a non-zero exit status, and without Scrapy's tracebacks.
            logger.error("%s; the crawl cannot start", exc)
            self.crawler.stats.set_value("rallycrawl/run/not_started", str(exc))
            raise StoreNotOpened(str(exc), f"{self.store.name}_unavailable") from None
        if self.flush_interval > 0:
            self._loop = task.LoopingCall(self.store.flush)
            self._loop.start(self.flush_interval, now=False)

    def process_item(self, item):
        # The exported record is a plain dict already; ItemAdapter.asdict() would copy it slowly.
        self.store.add(item if isinstance(item, dict) else ItemAdapter(item).asdict())
        return item

    def close_spider(self) -> None:
        if self._loop is not None and self._loop.running:
            self._loop.stop()
        self.store.close()

    def item_dropped(self, item, response, exception, spider=None) -> None:
        if isinstance(exception, NotAProtest):
            if exception.record is not None:
                # the whole article, is_protest false and its score, so that it can be audited
                self.store.add(exception.record, left_out=True)
                return
            status = NOT_PROTEST
        elif isinstance(exception, NotAnArticle):
            status = NOT_ARTICLE
        else:
            return
        adapter = ItemAdapter(item)
        canonical = getattr(adapter.get("_metadata"), "canonical_url", None)
        self.store.remember([adapter.get("url"), canonical], status)
