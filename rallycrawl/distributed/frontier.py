"""scrapy-redis's scheduler and duplicate filter, adapted to current Scrapy.

Imported only when ``RALLYCRAWL_REDIS_URL`` is set (see
:mod:`rallycrawl.distributed.addon`), so scrapy-redis stays an optional dependency.
"""

from __future__ import annotations

import logging
from typing import Any

from redis.exceptions import RedisError
from scrapy import Request
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.scheduler import Scheduler

from .addon import RedisLink, RedisUnavailable

logger = logging.getLogger(__name__)


class RedisScheduler(Scheduler):
    """scrapy-redis's scheduler, adapted.

    A clear error when Redis is unreachable, a log line on open, stats
    counted without the ``spider`` argument Scrapy 2.19 deprecates, and a
    queue entry that does not decode to a request for this spider (see
    :mod:`rallycrawl.distributed.serializer`) logged, counted and skipped.

    Redis going away mid-crawl (:class:`rallycrawl.distributed.addon.RedisLink`):
    requests found meanwhile wait in memory (``rallycrawl/redis/held``) and
    go to Redis when it is back; if the worker gives up, their URLs are listed
    in the log, so nothing found is silently dropped.
    """

    held: list[Request]

    @classmethod
    def from_crawler(cls, crawler):
        try:
            return super().from_crawler(crawler)
        except RedisError as exc:
            url = crawler.settings.get("RALLYCRAWL_REDIS_URL")
            raise RedisUnavailable(f"cannot use Redis at RALLYCRAWL_REDIS_URL={url}: {exc}") from None

    def open(self, spider):
        self.held = []
        self.link = RedisLink.of(spider.crawler)
        self.link.on_back.append(self.release_held)
        super().open(spider)
        logger.info(
            "Sharing request queue %r and duplicate filter %r in Redis: %d requests queued, %d seen",
            self.queue.key,
            self.df.key,
            len(self.queue),
            self.server.scard(self.df.key),
        )

    def enqueue_request(self, request: Request) -> bool:
        queued = self.link.call(self._enqueue, request, default="held")
        if queued == "held":
            self.held.append(request)
            self.stats.set_value("rallycrawl/redis/held", len(self.held))
            return True
        return queued

    def _enqueue(self, request: Request) -> bool:
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        self.queue.push(request)
        self.stats.inc_value("scheduler/enqueued")
        self.stats.inc_value("scheduler/enqueued/redis")
        return True

    def release_held(self) -> None:
        """Redis is back: queue the requests found while it was away."""
        held, self.held = self.held, []
        for request in held:
            self.enqueue_request(request)
        if held:
            logger.info("Queued in Redis the %d requests found while it was away", len(held))
        self.stats.set_value("rallycrawl/redis/held", len(self.held))

    def __len__(self) -> int:
        return self.link.call(lambda: len(self.queue), default=0) + len(self.held)

    def has_pending_requests(self) -> bool:
        return len(self) > 0

    def close(self, reason):
        if self.held:
            self.stats.set_value("rallycrawl/redis/not_queued", len(self.held))
            logger.error("%d requests found while Redis was away were never queued: %s", len(self.held),
                         " ".join(r.url for r in self.held))
        return super().close(reason) if not self.link.down else None

    def next_request(self) -> Request | None:
        if self.held and not self.link.down:
            self.release_held()
        while True:
            try:
                request = self.link.call(self.queue.pop, self.idle_before_close)
            except (ValueError, TypeError) as exc:
                # Not a request a worker queued (garbage, another format, planted code),
                # or one this spider cannot take (a callback it lacks): popped, so dropped.
                self.stats.inc_value("rallycrawl/redis/refused_requests")
                logger.warning("Refused an entry of the Redis queue %r (dropped, not run): %s",
                               self.queue.key, str(exc)[:300])
                continue
            if request is not None:
                self.stats.inc_value("scheduler/dequeued")
                self.stats.inc_value("scheduler/dequeued/redis")
            return request


class RedisDupeFilter(RFPDupeFilter):
    """The shared duplicate filter, with Scrapy's own request fingerprints.

    scrapy-redis hashes requests its own way; Scrapy's fingerprinter honours
    ``REQUEST_FINGERPRINTER_CLASS`` and is what every other Scrapy component
    uses.  Filtered requests are counted (``dupefilter/filtered``) as Scrapy's
    default filter does.
    """

    crawler: Any = None

    @classmethod
    def from_spider(cls, spider):
        dupefilter = super().from_spider(spider)
        dupefilter.crawler = spider.crawler
        return dupefilter

    def request_fingerprint(self, request: Request) -> str:
        return self.crawler.request_fingerprinter.fingerprint(request).hex()

    def log(self, request: Request, spider: Any) -> None:
        super().log(request, spider)
        self.crawler.stats.inc_value("dupefilter/filtered")
