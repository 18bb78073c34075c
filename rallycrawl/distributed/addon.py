"""Distributed crawling: several workers share one Redis-backed frontier.

Set one setting, ``RALLYCRAWL_REDIS_URL`` (e.g. ``redis://10.0.0.5:6379/0``),
and :class:`RedisAddon` switches the crawl to scrapy-redis:

- one request queue per spider (``rallycrawl:<spider>:requests``) that every
  worker pushes discovered requests to and pops its next request from;
- one duplicate filter per spider (``rallycrawl:<spider>:dupefilter``), so a
  page is fetched once across all workers;
- both persist when a worker stops, so a worker that is stopped (Ctrl-C or
  SIGTERM, once) and restarted, or replaced by another, loses no queued request;
- start URLs pushed to ``rallycrawl:<spider>:start_urls`` (a Redis list, one URL
  an entry) while the workers run are picked up by whichever worker is idle;
- workers started with the same arguments schedule each start request once
  (``rallycrawl:<spider>:start_claims``), so a start page is fetched once too;
- when the last worker finishes (nothing queued, no other worker alive), it
  clears the seen set and the claims: the next crawl starts afresh (articles
  already stored are still skipped by the store's seen-URL filter);
- when Redis goes away mid-crawl, every Redis call of the worker goes through
  :class:`RedisLink`: requests found meanwhile are kept in memory and queued
  when it is back; after ``RALLYCRAWL_REDIS_RETRY_TIMEOUT`` seconds without it
  the worker stops (pages already fetched are processed first) and the run
  fails; a Redis that comes back without the crawl's state (restarted empty,
  flushed) stops the worker too, and the run fails, rather than ending "ok"
  with the queued work silently gone.

scrapy-redis 0.9.1, its last release, predates Scrapy's ``async def start()``.
On Scrapy 2.19 its scheduler, queue and duplicate filter work (requests are
serialised with ``Request.to_dict``, which still takes ``spider``), but the
scheduler counts stats with the ``spider`` argument Scrapy deprecates, and the
filter hashes requests its own way; :mod:`rallycrawl.distributed.frontier` adapts
both.  Its default queue format can run code when read; queued requests are
JSON instead (:mod:`rallycrawl.distributed.serializer`).  Its spider mixin
(``RedisSpider``) is not used: it feeds start URLs through the deprecated
``start_requests``, needs every spider subclassed, and starts its idle timer
at import time.  :class:`RedisStartUrls` does that job
for any spider.
"""

from __future__ import annotations

import logging
import os
import socket
import time
import uuid
from typing import Any

from scrapy import Request, signals
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware
from scrapy.utils.asyncio import create_looping_call

from ..utils.urls import UrlError, check_url

logger = logging.getLogger(__name__)

DEFAULT_KEY_PREFIX = "rallycrawl:"
#: a worker that has not renewed its heartbeat for this long is taken for dead
HEARTBEAT_INTERVAL = 5.0
HEARTBEAT_EXPIRY = 30.0


def redis_keys(settings: Any, spider_name: str) -> dict[str, str]:
    """The Redis keys of one spider's shared crawl state."""
    prefix = settings.get("RALLYCRAWL_REDIS_KEY_PREFIX") or DEFAULT_KEY_PREFIX
    return {
        name: f"{prefix}{spider_name}:{name}"
        for name in ("requests", "dupefilter", "start_urls", "start_claims", "workers", "crawl")
    }


class RedisUnavailable(RuntimeError):
    """``RALLYCRAWL_REDIS_URL`` is set but Redis (or scrapy-redis) cannot be used."""


def check_redis(settings: Any) -> None:
    """Raise :class:`RedisUnavailable` if ``RALLYCRAWL_REDIS_URL`` is set and unusable.

    Called by ``scrapy crawl`` before the crawl starts, so that a wrong URL or
    a Redis that is down is one clear line, not a traceback.
    """
    url = settings.get("RALLYCRAWL_REDIS_URL")
    if not url:
        return
    try:
        import redis
        import scrapy_redis  # noqa: F401
    except ImportError:
        raise RedisUnavailable(
            "RALLYCRAWL_REDIS_URL is set but scrapy-redis is not installed: pip install 'rallycrawl[redis]'"
        ) from None
    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=10, socket_timeout=10)
        client.ping()
        client.close()
    except (redis.RedisError, ValueError) as exc:
        raise RedisUnavailable(f"cannot use Redis at RALLYCRAWL_REDIS_URL={url}: {exc}") from None


def redis_client(settings: Any):
    from scrapy_redis.connection import get_redis_from_settings

    return get_redis_from_settings(settings)


class RedisLink:
    """A worker's calls to Redis, when Redis may go away: bounded retries, then a clean stop.

    :meth:`call` runs one Redis command; when Redis cannot be reached it
    returns ``default`` instead, and the next attempts wait with back-off (0.5 s
    doubling up to 10 s; the heartbeat probes every few seconds).  When Redis
    has been away for ``RALLYCRAWL_REDIS_RETRY_TIMEOUT`` seconds (60), the
    worker gives up: ``rallycrawl/redis/error`` says why (the run fails) and the
    spider closes (reason ``redis_unavailable``) after the pages in flight.
    :meth:`lose_state` does the same when Redis is back without the crawl.
    One link per crawler, shared by the scheduler and the extensions.
    """

    _links: Any = None

    def __init__(self, crawler):
        self.crawler = crawler
        self.url = crawler.settings.get("RALLYCRAWL_REDIS_URL")
        self.timeout = crawler.settings.getfloat("RALLYCRAWL_REDIS_RETRY_TIMEOUT", 60.0)
        self.down_since: float | None = None
        self.next_attempt = 0.0
        self.delay = 0.0
        self.gave_up = False
        self.on_back: list = []

    @classmethod
    def of(cls, crawler) -> RedisLink:
        import weakref

        if cls._links is None:
            cls._links = weakref.WeakKeyDictionary()
        if crawler not in cls._links:
            cls._links[crawler] = cls(crawler)
        return cls._links[crawler]

    @property
    def down(self) -> bool:
        return self.down_since is not None

    def call(self, command, *args, default=None, **kwargs):
        """``command(*args, **kwargs)``, or ``default`` while Redis cannot be reached."""
        from redis.exceptions import ConnectionError as RedisConnectionError
        from redis.exceptions import TimeoutError as RedisTimeoutError

        now = time.monotonic()
        if self.gave_up or (self.down and now < self.next_attempt):
            self._check_timeout(now)
            return default
        try:
            result = command(*args, **kwargs)
        except (RedisConnectionError, RedisTimeoutError, OSError) as exc:
            self._failed(exc)
            return default
        if self.down:
            self._back()
        return result

    def _failed(self, exc: Exception) -> None:
        now = time.monotonic()
        if self.down_since is None:
            self.down_since = now
            self.delay = 0.5
            logger.warning("Redis at %s cannot be reached (%s); retrying for up to %.0f s "
                           "(RALLYCRAWL_REDIS_RETRY_TIMEOUT), keeping new requests in memory",
                           self.url, " ".join(str(exc).split())[:200], self.timeout)
            self.crawler.stats.inc_value("rallycrawl/redis/outages")
        else:
            self.delay = min(self.delay * 2, 10.0)
        self.next_attempt = now + self.delay
        self._check_timeout(now)

    def _check_timeout(self, now: float) -> None:
        if self.down and not self.gave_up and now - self.down_since >= self.timeout:
            self.stop(f"Redis at {self.url} could not be reached for {now - self.down_since:.0f} s "
                      f"(RALLYCRAWL_REDIS_RETRY_TIMEOUT={self.timeout:g}): the worker stopped",
                      "redis_unavailable")

    def _back(self) -> None:
        logger.info("Redis at %s is reachable again after %.0f s", self.url, time.monotonic() - self.down_since)
        self.down_since = None
        for callback in list(self.on_back):
            callback()

    def stop(self, problem: str, reason: str) -> None:
        """Give up: the run fails with ``problem`` and the spider closes with ``reason``."""
        if self.gave_up:
            return
        self.gave_up = True
        logger.error("%s", problem)
        self.crawler.stats.set_value("rallycrawl/redis/error", problem)
        engine = getattr(self.crawler, "engine", None)
        if engine is not None and engine.spider is not None:
            from scrapy.utils.defer import deferred_from_coro

            deferred_from_coro(engine.close_spider_async(reason=reason))


class RedisAddon:
    """Scrapy add-on: turn ``RALLYCRAWL_REDIS_URL`` into scrapy-redis settings."""

    def update_settings(self, settings: Any) -> None:
        url = settings.get("RALLYCRAWL_REDIS_URL")
        if not url:
            return
        prefix = settings.get("RALLYCRAWL_REDIS_KEY_PREFIX") or DEFAULT_KEY_PREFIX
        for name, value in {
            "REDIS_URL": url,
            "SCHEDULER": "rallycrawl.distributed.frontier.RedisScheduler",
            "DUPEFILTER_CLASS": "rallycrawl.distributed.frontier.RedisDupeFilter",
            # Keep the queue and the seen set when a worker stops: the others
            # (or the same one, restarted) carry on from there.
            "SCHEDULER_PERSIST": True,
            "SCHEDULER_QUEUE_KEY": f"{prefix}%(spider)s:requests",
            "SCHEDULER_DUPEFILTER_KEY": f"{prefix}%(spider)s:dupefilter",
            "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
            # Queued requests as JSON data, never a format whose reading runs code.
            "SCHEDULER_SERIALIZER": "rallycrawl.distributed.serializer",
            # Never block the reactor waiting on Redis: an idle worker polls.
            "SCHEDULER_IDLE_BEFORE_CLOSE": 0,
        }.items():
            settings.set(name, value, priority="addon")
        settings.set_in_component_priority_dict("EXTENSIONS", RedisStartUrls, 500)
        settings.set_in_component_priority_dict("EXTENSIONS", RedisWorkers, 510)
        settings.set_in_component_priority_dict("SPIDER_MIDDLEWARES", RedisStartClaims, 990)


class RedisStartClaims(BaseSpiderMiddleware):
    """Schedule each start request once across the workers of a crawl.

    Start requests are usually ``dont_filter`` (a home page must be fetched
    again on the next crawl), so the shared duplicate filter lets them
    through: three workers started with the same ``-a site=...`` would fetch
    the site's home page three times.  The first worker to claim a start
    request (by its fingerprint, in ``rallycrawl:<spider>:start_claims``)
    schedules it and marks it seen, so that a link to it found later is not
    followed; the others skip it.  Claims last as long as the crawl: a worker
    restarted with the same arguments resumes instead of starting over.
    """

    def __init__(self, crawler):
        if not crawler.settings.get("RALLYCRAWL_REDIS_URL"):
            raise NotConfigured
        super().__init__(crawler)
        self.server = None
        self.keys: dict[str, str] = {}
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)

    def spider_opened(self, spider):
        self.server = redis_client(self.crawler.settings)
        self.keys = redis_keys(self.crawler.settings, spider.name)

    def get_processed_request(self, request: Request, response: Any) -> Request | None:
        if response is not None or not request.dont_filter:
            return request  # a discovered request, or one the shared duplicate filter judges
        fingerprint = self.crawler.request_fingerprinter.fingerprint(request).hex()
        link = RedisLink.of(self.crawler)
        # Redis away: schedule it (kept in memory until Redis is back); at worst fetched twice, never lost.
        if link.call(self.server.sadd, self.keys["start_claims"], fingerprint, default=1):
            # Seen from now on: a link to this page found later is not fetched again.
            link.call(self.server.sadd, self.keys["dupefilter"], fingerprint)
            return request
        stats = self.crawler.stats
        if not stats.get_value("rallycrawl/redis/start_already_scheduled"):
            logger.info(
                "Skipping start requests another worker of this crawl already scheduled "
                "(counted in rallycrawl/redis/start_already_scheduled), e.g. %s",
                request.url,
            )
        stats.inc_value("rallycrawl/redis/start_already_scheduled")
        logger.debug("Not scheduling %s: a worker of this crawl already did", request.url)
        return None


class RedisStartUrls:
    """Feed start URLs pushed to Redis to an idle worker; keep workers waiting.

    When the worker has nothing to do, it pops up to ``CONCURRENT_REQUESTS``
    URLs from ``rallycrawl:<spider>:start_urls`` and schedules them through
    the spider's ``start_request(url)`` (the same request its own ``start()``
    makes; spiders without that method take no start URLs from Redis).
    An idle worker stays open, waiting for work, unless
    ``RALLYCRAWL_REDIS_IDLE_TIMEOUT`` is a positive number of seconds: then it
    closes after being idle that long.
    """

    def __init__(self, crawler):
        if not crawler.settings.get("RALLYCRAWL_REDIS_URL"):
            raise NotConfigured
        self.crawler = crawler
        self.batch_size = max(1, crawler.settings.getint("CONCURRENT_REQUESTS", 16))
        self.idle_timeout = crawler.settings.getfloat("RALLYCRAWL_REDIS_IDLE_TIMEOUT", 0)
        self.idle_since: float | None = None
        self.server = None
        self.key = ""
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(self.busy, signal=signals.response_received)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def spider_opened(self, spider):
        self.server = redis_client(self.crawler.settings)
        if not hasattr(spider, "start_request"):
            return  # its start URLs need more than one request each (``news``): none from Redis
        self.key = redis_keys(self.crawler.settings, spider.name)["start_urls"]
        logger.info(
            "Waiting for start URLs pushed to the Redis list %r (%d there now)",
            self.key,
            self.server.llen(self.key),
        )

    def busy(self, *args, **kwargs):
        self.idle_since = None

    def spider_idle(self, spider):
        link = RedisLink.of(self.crawler)
        if link.gave_up:
            return  # closing already
        if self.schedule_start_urls(spider):
            self.idle_since = None
            raise DontCloseSpider
        if link.down or self.crawler.engine.scheduler.has_pending_requests():
            # Redis away (its queue may hold work), or requests waiting to go back to it: not idle.
            self.idle_since = None
            raise DontCloseSpider
        now = time.monotonic()
        if self.idle_since is None:
            self.idle_since = now
        if self.idle_timeout > 0 and now - self.idle_since >= self.idle_timeout:
            logger.info("Idle for %.0f s with nothing queued in Redis: closing", now - self.idle_since)
            return
        raise DontCloseSpider

    def pop_start_urls(self) -> list[str]:
        return RedisLink.of(self.crawler).call(self._pop_start_urls, default=[])

    def _pop_start_urls(self) -> list[str]:
        with self.server.pipeline() as pipe:  # MULTI/EXEC: two workers never get the same URL
            pipe.lrange(self.key, 0, self.batch_size - 1)
            pipe.ltrim(self.key, self.batch_size, -1)
            popped, _ = pipe.execute()
        return [value.decode("utf-8", "replace").strip() for value in popped]

    def schedule_start_urls(self, spider) -> int:
        if not self.key:
            return 0
        stats = self.crawler.stats
        scheduled = 0
        for url in self.pop_start_urls():
            try:
                url = check_url(url)
            except UrlError as exc:
                stats.inc_value("rallycrawl/redis/bad_start_url")
                logger.warning("Ignoring a start URL from Redis list %r: %s", self.key, exc)
                continue
            self.crawler.engine.crawl(spider.start_request(url))
            scheduled += 1
        if scheduled:
            stats.inc_value("rallycrawl/redis/start_urls", scheduled)
            logger.info("Scheduled %d start URLs from Redis list %r", scheduled, self.key)
        return scheduled


class RedisWorkers:
    """Keep a heartbeat of the crawl's workers; the last one to finish cleans up.

    Each worker renews its entry in ``rallycrawl:<spider>:workers`` every few
    seconds.  A worker that closes because it finished (not because it was
    stopped) and finds nothing queued and no other live worker ends the crawl:
    it deletes the seen set and the start claims, so that the next crawl
    (tomorrow's cron run) fetches the start pages and listings again.
    """

    def __init__(self, crawler):
        if not crawler.settings.get("RALLYCRAWL_REDIS_URL"):
            raise NotConfigured
        self.crawler = crawler
        self.worker = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.server = None
        self.keys: dict[str, str] = {}
        self.heartbeat = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def spider_opened(self, spider):
        self.server = redis_client(self.crawler.settings)
        self.keys = redis_keys(self.crawler.settings, spider.name)
        # The crawl's mark in Redis: gone after an outage, Redis lost the crawl (see check_state).
        self.server.setnx(self.keys["crawl"], uuid.uuid4().hex)
        self.crawl_mark = self.server.get(self.keys["crawl"])
        self.link = RedisLink.of(self.crawler)
        self.link.on_back.append(self.check_state)
        self.heartbeat = create_looping_call(self.beat)
        self.heartbeat.start(HEARTBEAT_INTERVAL, now=True)
        logger.info("Worker %s joined the crawl (%d workers alive)", self.worker, self.alive())

    def beat(self):
        if self.link.call(self.server.zadd, self.keys["workers"], {self.worker: time.time()}) is not None:
            self.check_state()  # also when a restart went unnoticed between two beats

    def check_state(self):
        """After an outage: a Redis that lost the crawl's mark lost its queue and seen set too."""
        mark = self.link.call(self.server.get, self.keys["crawl"], default=self.crawl_mark)
        if mark == self.crawl_mark or self.link.gave_up:
            return
        self.crawler.stats.set_value("rallycrawl/redis/state_lost", 1)
        self.link.stop(
            f"Redis at {self.link.url} came back without this crawl's state (restarted without persistence, "
            "or flushed): its queue and seen set are gone, so pages the crawl had found may never be fetched; "
            "the worker stopped (run the crawl again)",
            "redis_state_lost",
        )

    def alive(self) -> int:
        return self.link.call(self.server.zcount, self.keys["workers"], time.time() - HEARTBEAT_EXPIRY, "+inf",
                              default=1)

    def spider_closed(self, spider, reason):
        if self.heartbeat is not None and self.heartbeat.running:
            self.heartbeat.stop()
        self.link.call(self.server.zrem, self.keys["workers"], self.worker)
        if self.link.down or self.link.gave_up:
            logger.info("Worker %s stopped (%s)", self.worker, reason)
            return
        if reason != "finished":
            logger.info("Worker %s stopped (%s); the crawl's queue and seen set stay in Redis", self.worker, reason)
            return
        scheduler = self.crawler.engine.scheduler
        queued = (len(scheduler) if scheduler is not None else 0) + self.server.llen(self.keys["start_urls"])
        if queued or self.alive():
            return
        self.server.delete(self.keys["dupefilter"], self.keys["start_claims"], self.keys["workers"],
                           self.keys["crawl"])
        logger.info("Last worker done and nothing queued: the crawl is over; cleared its seen set in Redis")
