"""Back off from a host that answers 429 or 503, for as long as its ``Retry-After`` asks.

Scrapy's RetryMiddleware retries 429 and 503 at once and ignores
``Retry-After``; AutoThrottle only reacts to latency.  This downloader
middleware, placed before RetryMiddleware sees the response, raises the
delay of the host's download slot to the ``Retry-After`` time (seconds or
an HTTP date; without the header, twice the current delay, at least
``RALLYCRAWL_BACKOFF_DELAY``), capped at ``RALLYCRAWL_MAX_BACKOFF`` seconds.
The retry, and every other request to that host, then waits in the slot.
The slot's delay (and jitter) go back to what they were once the host
answers normally after the wait.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from time import monotonic

from scrapy import Request
from scrapy.http import Response

logger = logging.getLogger(__name__)

BACKOFF_STATUSES = frozenset({429, 503})


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta-seconds or an HTTP date), or ``None``."""
    if not value:
        return None
    text = value.strip()[:64]
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


class RetryAfterMiddleware:
    def __init__(self, crawler):
        self.crawler = crawler
        self.max_backoff = crawler.settings.getfloat("RALLYCRAWL_MAX_BACKOFF", 300.0)
        self.min_backoff = crawler.settings.getfloat("RALLYCRAWL_BACKOFF_DELAY", 5.0)
        #: slot key -> the (delay, jitter) it had before we backed off, and when the back-off ends
        self._normal: dict[str, tuple[float, float]] = {}
        self._until: dict[str, float] = {}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _slot(self, request: Request):
        downloader = self.crawler.engine.downloader
        key = request.meta.get("download_slot") or downloader.get_slot_key(request)
        return key, downloader.slots.get(key)

    def process_response(self, request: Request, response: Response):
        key, slot = self._slot(request)
        if slot is None:
            return response
        if response.status not in BACKOFF_STATUSES:
            # answers to requests sent before the back-off do not end it
            if key in self._normal and monotonic() >= self._until[key]:
                slot.delay, slot.jitter = self._normal.pop(key)
                del self._until[key]
            return response
        asked = retry_after_seconds(response.headers.get(b"Retry-After", b"").decode("latin-1"))
        wait = asked if asked is not None else max(self.min_backoff, 2 * slot.delay)
        wait = min(wait, self.max_backoff)
        self._normal.setdefault(key, (slot.delay, slot.jitter))
        if wait > slot.delay:
            slot.delay = wait
        slot.jitter = 0.0  # a random jitter would cut the wait short
        slot.lastseen = monotonic()  # count the wait from this answer
        self._until[key] = slot.lastseen + wait
        self.crawler.stats.inc_value(f"rallycrawl/backoff/http_{response.status}")
        logger.info("%s answered %s: waiting %.0f s between requests to %s", request.url,
                    response.status, slot.delay, key)
        return response
