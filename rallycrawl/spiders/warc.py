"""The ``warc`` spider: archived responses from local WARC files, as if just crawled.

    scrapy crawl warc -a path=CC-NEWS-20240301*.warc.gz
    ... -a domains=example.com,example.org -a since=2024-03-01 -a until=2024-03-31
        -a state=.rallycrawl-warc-state.json -a only_protest=true

Each HTML response record becomes the same page item a crawl makes, so the
same pipelines, stores and exports apply; ``url`` is the record's
``WARC-Target-URI`` and ``fetched_at`` its ``WARC-Date``.  Nothing is fetched
over the network.  Host and date filters are checked on the WARC headers,
before the payload is read.  Damaged records are skipped, counted
(``rallycrawl/warc/bad_record``) and logged.  The files a run finishes are
written to a state file, and a restarted run skips them.
"""

from __future__ import annotations

import glob
import logging
import os
from datetime import date, datetime, time, timedelta, timezone
from typing import Any
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.http import Headers
from scrapy.responsetypes import responsetypes
from scrapy.utils.asyncio import create_looping_call
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.defer import Deferred

from .archives import BadRecord, ResponseRecord, SkippedRecord, WarcState, read_warc
from .base import ArgumentError, RallySpider, parse_bool, request_url, split_list

logger = logging.getLogger(__name__)

DEFAULT_STATE = ".rallycrawl-warc-state.json"
WARC_SUFFIXES = (".warc", ".warc.gz")
#: items yielded but not yet through the pipelines before reading pauses
MAX_PENDING_ITEMS = 100
#: decoded payload: these headers no longer describe the body
DECODED_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


def parse_moment(name: str, value: Any, *, end_of_day: bool) -> datetime:
    """A day (YYYY-MM-DD) or an ISO date-time, as an aware UTC datetime.

    A day given for ``until`` means the end of that day.
    """
    text = str(value).strip()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            moment = datetime.combine(day, time.min, tzinfo=timezone.utc)
            return moment + timedelta(days=1) - timedelta(microseconds=1) if end_of_day else moment
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ArgumentError(
            f"-a {name}={value!r} is not a date: pass e.g. -a {name}=2024-03-01 or 2024-03-01T12:00:00Z"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def warc_files(pattern: str) -> list[str]:
    """The files a path, a glob or a directory (its ``*.warc`` and ``*.warc.gz``) names, sorted."""
    files = []
    for match in glob.glob(os.path.expanduser(pattern)):
        if os.path.isdir(match):
            files += [p for p in glob.glob(os.path.join(match, "*.warc*")) if p.endswith(WARC_SUFFIXES)]
        elif os.path.isfile(match):
            files.append(match)
    return sorted(set(files))


def host_matches(host: str, domains: list[str]) -> bool:
    return any(host == domain or host.endswith("." + domain) for domain in domains)


class WarcSpider(RallySpider):
    name = "warc"
    arguments = {
        "path": "a WARC file (gzipped or not), a glob of them (quote it) or a directory of them",
        "domains": "comma-separated hosts to keep (subdomains included); others are skipped unread",
        "since": "only records archived on or after this day or moment (WARC-Date, UTC)",
        "until": "only records archived on or before this day or moment (WARC-Date, UTC)",
        "state": f"the file that remembers finished WARC files (default {DEFAULT_STATE})",
        "only_protest": "true to export only articles that report a protest (default false)",
    }
    custom_settings = {
        # Nothing is fetched, so there is no frontier to share: with RALLYCRAWL_REDIS_URL
        # in the environment, a warc run still ends when its files are read.
        "RALLYCRAWL_REDIS_URL": "",
    }

    @classmethod
    def check_arguments(cls, args: dict[str, Any]) -> dict[str, Any]:
        args = dict(super().check_arguments(args))
        pattern = str(args.get("path") or "").strip()
        if not pattern:
            raise ArgumentError("no WARC file: pass -a path=FILE or -a path='DIR/*.warc.gz'")
        paths = warc_files(pattern)
        if not paths:
            raise ArgumentError(f"-a path={pattern}: no such file")
        domains = [d.lower().removeprefix("www.") for d in split_list(args.get("domains") or "")]
        since = parse_moment("since", args["since"], end_of_day=False) if args.get("since") else None
        until = parse_moment("until", args["until"], end_of_day=True) if args.get("until") else None
        if since and until and since > until:
            raise ArgumentError(f"-a since={args['since']} is after -a until={args['until']}")
        if "only_protest" in args:
            parse_bool("only_protest", args["only_protest"])
        kept = {k: v for k, v in args.items() if k in ("state", "only_protest") or k.startswith("_")}
        return kept | {"_paths": paths, "_domains": domains, "_since": since, "_until": until}

    def __init__(self, *args: Any, **kwargs: Any):
        if "_paths" not in kwargs:  # started without ``scrapy crawl`` (scrapyd, scripts)
            kwargs = self.check_arguments(kwargs)
        self.paths: list[str] = kwargs.pop("_paths")
        self.domains: list[str] = kwargs.pop("_domains")
        # not ``since``/``until``: those name a window on the published date,
        # which the date-window pipeline applies to any spider that has them
        self.archived_since: datetime | None = kwargs.pop("_since")
        self.archived_until: datetime | None = kwargs.pop("_until")
        self.state_path: str = kwargs.pop("state", None) or DEFAULT_STATE
        self.only_protest = parse_bool("only_protest", kwargs.pop("only_protest", False))
        kwargs.pop("_from_redis", None)
        super().__init__(*args, **kwargs)
        self._pending = 0
        self._drained: tuple[int, Deferred] | None = None
        self._close_watch = create_looping_call(self._let_scraper_close)

    @classmethod
    def from_crawler(cls, crawler, *args: Any, **kwargs: Any):
        spider = super().from_crawler(crawler, *args, **kwargs)
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(spider._item_done, signal=signal)
        crawler.signals.connect(spider._opened, signal=signals.spider_opened)
        crawler.signals.connect(spider._closed, signal=signals.spider_closed)
        return spider

    def _opened(self) -> None:
        self._close_watch.start(0.5, now=False)

    def _closed(self) -> None:
        if self._close_watch.running:
            self._close_watch.stop()

    # -- filters on WARC headers -------------------------------------------------------

    @property
    def filters(self) -> dict[str, Any]:
        """What a finished file was read with (a file is finished for these filters only)."""
        return {
            "domains": self.domains,
            "since": self.archived_since.isoformat() if self.archived_since else None,
            "until": self.archived_until.isoformat() if self.archived_until else None,
        }

    def accept(self, url: str, archived: datetime) -> str | None:
        host = (urlsplit(url).hostname or "").lower()
        if not host:
            return "no_url"
        if self.domains and not host_matches(host, self.domains):
            return "domain"
        since, until = self.archived_since, self.archived_until
        if (since and archived < since) or (until and archived > until):
            return "date"
        return None

    # -- reading ------------------------------------------------------------------------------

    async def start(self):
        stats = self.crawler.stats
        state = WarcState.load(self.state_path)
        max_size = self.crawler.settings.getint("DOWNLOAD_MAXSIZE", 0)
        for path in self.paths:
            if state.is_finished(path, self.filters):
                stats.inc_value("rallycrawl/warc/files_already_done")
                logger.info("Skipping %s: finished by an earlier run (state file %s)", path, self.state_path)
                continue
            logger.info("Reading %s", path)
            counts = {"responses": 0, "bad_records": 0}
            for event in read_warc(path, self.accept, max_size):
                if isinstance(event, ResponseRecord):
                    item = self.record_item(event)
                    if item is not None:
                        counts["responses"] += 1
                        self._pending += 1
                        yield item
                        await self._pending_at_most(MAX_PENDING_ITEMS)
                elif isinstance(event, SkippedRecord):
                    stats.inc_value(f"rallycrawl/warc/skipped/{event.reason}")
                elif isinstance(event, BadRecord):
                    counts["bad_records"] += 1
                    stats.inc_value("rallycrawl/warc/bad_record")
                    logger.warning("Skipped a bad record in %s at byte %d: %s", path, event.offset, event.reason)
            # Finished only once every item of the file has been through the pipelines.
            await self._pending_at_most(0)
            state.mark_finished(path, self.filters, **counts)
            stats.inc_value("rallycrawl/warc/files")
            logger.info("Finished %s: %d responses, %d bad records", path, counts["responses"], counts["bad_records"])

    def record_item(self, record: ResponseRecord) -> dict[str, Any] | None:
        """The page item for one archived response, or None when a crawl would not have parsed it."""
        stats = self.crawler.stats
        if 300 <= record.status < 400:
            stats.inc_value("rallycrawl/warc/skipped/redirect")  # its target is archived on its own
            return None
        if not 200 <= record.status < 300:
            stats.inc_value(f"rallycrawl/not_article/http_{record.status}")
            logger.info("Not an article: %s (HTTP %s)", record.url, record.status)
            return None
        url = request_url(record.url)
        headers = Headers([(k, v) for k, v in record.headers if k.lower() not in DECODED_HEADERS])
        response_cls = responsetypes.from_args(headers=headers, url=url, body=record.body)
        response = response_cls(url=url, status=record.status, headers=headers, body=record.body)
        stats.inc_value("rallycrawl/warc/responses")
        fetched_at = record.date.replace(microsecond=0).isoformat()
        return self.page_item(response, fetched_at=fetched_at)

    # -- waiting for the pipelines ------------------------------------------------------------

    def _item_done(self, *args: Any, **kwargs: Any) -> None:
        self._pending = max(0, self._pending - 1)
        if self._drained is not None and self._pending <= self._drained[0]:
            _, waiter = self._drained
            self._drained = None
            waiter.callback(None)

    def _let_scraper_close(self) -> None:
        """Work around Scrapy 2.19 (scrapy/scrapy#7029): its scraper checks whether it may
        close only after a response, never after an item from ``start()``, so a run stopped
        (Ctrl-C) while such items were in the pipelines waited forever.  Checked every 0.5 s."""
        scraper = self.crawler.engine.scraper if self.crawler.engine else None
        slot = getattr(scraper, "slot", None)
        check = getattr(scraper, "_check_if_closing", None)
        if slot is None or check is None or slot.closing is None or slot.closing.called:
            return
        if slot.is_idle():
            check()

    async def _pending_at_most(self, limit: int) -> None:
        if self._pending <= limit:
            return
        waiter: Deferred = Deferred()
        self._drained = (limit, waiter)
        await maybe_deferred_to_future(waiter)
