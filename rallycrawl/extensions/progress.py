"""What a run is doing while it runs, and where every article it found went.

:func:`article_buckets` sorts the articles a run found into named buckets,
from the crawl stats; every article is in exactly one of them (the summary
line and the progress display both show them):

* ``exported``: went to the exports (and stores);
* ``not_protest``: left out as not about a protest (``only_protest``; kept in the store);
* ``outside_window``: published outside ``since``/``until`` (read from the page);
* ``over_limit``: arrived after ``max_articles`` were exported;
* ``invalid``: the record broke the contract (a bug: logged at ERROR);
* ``already_stored``: stored by an earlier run and not fetched again.

Pages that are not articles (feeds, sitemaps and listings are fetched for
their links; 404s, PDFs, section fronts) are not articles found.

:class:`RunProgress` is the extension that shows the figures while the crawl
runs: on a terminal a live display (``rich``) above which the log scrolls;
under cron or with the log sent elsewhere, one concise line every
``RALLYCRAWL_PROGRESS_INTERVAL`` seconds (it replaces Scrapy's LogStats line).
``RALLYCRAWL_PROGRESS`` chooses: ``auto`` (default), ``live``, ``lines`` or
``off``.
"""

from __future__ import annotations

import logging
import sys
import time
from dataclasses import dataclass
from typing import Any, Mapping

from scrapy import signals
from scrapy.exceptions import NotConfigured

logger = logging.getLogger(__name__)

PROGRESS_MODES = ("auto", "live", "lines", "off")
#: seconds between two redraws of the live display
LIVE_REFRESH = 0.25


def _sum_prefix(stats: Mapping[str, Any], prefix: str) -> int:
    return sum(v for k, v in stats.items() if k.startswith(prefix) and isinstance(v, int))


@dataclass(frozen=True)
class ArticleBuckets:
    exported: int = 0
    not_protest: int = 0
    outside_window: int = 0
    over_limit: int = 0
    invalid: int = 0
    already_stored: int = 0

    #: bucket -> how the summary names it (order: the summary's order)
    LABELS = {
        "exported": "exported",
        "not_protest": "left out as not about a protest",
        "outside_window": "outside the since/until window",
        "over_limit": "over max_articles",
        "invalid": "invalid records",
        "already_stored": "already seen (not fetched)",
    }

    @property
    def found(self) -> int:
        return sum(getattr(self, name) for name in self.LABELS)

    @property
    def left_out(self) -> int:
        """Fetched and analysed, yet not exported."""
        return self.not_protest + self.outside_window + self.over_limit + self.invalid

    def describe(self) -> str:
        """``N articles found, A exported, B left out as ...``: exported always, other buckets when not empty."""
        parts = [f"{self.found} articles found", f"{self.exported} exported"]
        parts += [f"{getattr(self, name)} {label}" for name, label in self.LABELS.items()
                  if name != "exported" and getattr(self, name)]
        return ", ".join(parts)


def article_buckets(stats: Mapping[str, Any]) -> ArticleBuckets:
    """The run's articles by bucket (see the module doc), from the crawl stats."""
    return ArticleBuckets(
        exported=stats.get("item_scraped_count", 0),
        not_protest=stats.get("rallycrawl/skipped_not_protest", 0),
        outside_window=stats.get("rallycrawl/filtered/date_page", 0),
        over_limit=stats.get("rallycrawl/filtered/max_articles", 0),
        invalid=stats.get("rallycrawl/invalid_record", 0),
        already_stored=stats.get("rallycrawl/seen/skipped", 0),
    )


def pages_not_articles(stats: Mapping[str, Any]) -> int:
    """Pages fetched and turned away as not articles (HTTP errors, files, section fronts...)."""
    return _sum_prefix(stats, "rallycrawl/not_article/")


def store_outcomes(stats: Mapping[str, Any]) -> str:
    """``stored: 5 new, 1 updated, 0 unchanged`` (the exported articles), or '' without a store."""
    keys = ("new", "updated", "unchanged")
    values = {k: stats.get(f"rallycrawl/store/{k}", 0) for k in keys}
    kept = stats.get("rallycrawl/store/left_out_stored", 0)
    if not any(values.values()) and not kept:
        return ""
    text = "stored: " + ", ".join(f"{v} {k}" for k, v in values.items())
    return text + (f" (and {kept} left out, kept for auditing)" if kept else "")


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds}s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m{seconds:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m"


@dataclass(frozen=True)
class Snapshot:
    """The figures the progress display shows, at one moment."""

    pages: int
    buckets: ArticleBuckets
    not_articles: int
    errors: int
    queued: int | None
    downloading: int
    elapsed: float

    @property
    def rate(self) -> float:
        """Pages per minute since the start."""
        return self.pages * 60.0 / self.elapsed if self.elapsed > 0 else 0.0

    def line(self) -> str:
        b = self.buckets
        queue = "" if self.queued is None else f"{self.queued} queued, "
        return (
            f"Progress: {self.pages} pages fetched ({self.rate:.0f}/min), {b.found} articles found: "
            f"{b.exported} exported, {b.left_out} left out, {b.already_stored} already seen; "
            f"{self.not_articles} pages not articles, {self.errors} errors; "
            f"{queue}{self.downloading} downloading; {_duration(self.elapsed)} elapsed"
        )


class RunProgress:
    """The progress display (see the module doc)."""

    def __init__(self, crawler, mode: str, interval: float):
        self.crawler = crawler
        self.mode = mode
        self.interval = interval
        self.started = time.monotonic()
        self._loop = None
        self._live = None
        self._redirected: list[tuple[logging.StreamHandler, Any]] = []

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        mode = str(settings.get("RALLYCRAWL_PROGRESS", "auto")).strip().lower()
        if mode not in PROGRESS_MODES:
            raise NotConfigured(f"RALLYCRAWL_PROGRESS={mode!r} is not one of {', '.join(PROGRESS_MODES)}")
        if mode == "auto":
            mode = "live" if _live_possible(settings) else "lines"
        if mode == "off":
            raise NotConfigured
        ext = cls(crawler, mode, settings.getfloat("RALLYCRAWL_PROGRESS_INTERVAL", 60.0))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    # -- figures ------------------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        stats = self.crawler.stats.get_stats()
        engine = self.crawler.engine
        queued, downloading = None, 0
        try:
            queued = len(engine._slot.scheduler)  # noqa: SLF001 - Scrapy has no public queue size
        except Exception:  # a scheduler without __len__, or the slot already gone
            queued = None
        try:
            downloading = len(engine.downloader.active)
        except Exception:
            downloading = 0
        errors = _sum_prefix(stats, "rallycrawl/failed/") + _sum_prefix(stats, "rallycrawl/not_article/http_")
        return Snapshot(
            pages=stats.get("response_received_count", 0),
            buckets=article_buckets(stats),
            not_articles=pages_not_articles(stats),
            errors=errors,
            queued=queued,
            downloading=downloading,
            elapsed=time.monotonic() - self.started,
        )

    # -- lines (cron, files, pipes) -------------------------------------------------------

    def spider_opened(self, spider=None):
        from twisted.internet import task

        self.started = time.monotonic()
        if self.mode == "live":
            self._start_live()
            # redrawn from the reactor thread, where the stats and the queue change: no locking
            self._loop = task.LoopingCall(self.redraw)
            self._loop.start(LIVE_REFRESH, now=True)
        elif self.interval > 0:
            self._loop = task.LoopingCall(self.log_line)
            self._loop.start(self.interval, now=False)

    def log_line(self):
        logger.info(self.snapshot().line())

    def spider_closed(self, spider=None, reason=None):
        if self._loop is not None and self._loop.running:
            self._loop.stop()
        self._stop_live()

    # -- the live display (a terminal) --------------------------------------------------------

    def render(self):
        from rich.table import Table

        snap = self.snapshot()
        b = snap.buckets
        table = Table.grid(padding=(0, 2))
        table.add_column(justify="right", style="bold")
        table.add_column()
        table.add_row("pages", f"{snap.pages} fetched ({snap.rate:.0f}/min), {snap.not_articles} not articles, "
                               f"{snap.errors} errors")
        table.add_row("articles", f"{b.found} found: [green]{b.exported} exported[/], {b.left_out} left out, "
                                  f"{b.already_stored} already seen")
        queue = "?" if snap.queued is None else str(snap.queued)
        table.add_row("queue", f"{queue} queued, {snap.downloading} downloading")
        table.add_row("elapsed", _duration(snap.elapsed))
        return table

    def _start_live(self):
        from rich.console import Console
        from rich.live import Live

        original = sys.stderr
        self._live = Live(console=Console(file=original), auto_refresh=False,
                          transient=True, redirect_stdout=False, redirect_stderr=True)
        self._live.start()
        # Scrapy's log handler holds the real stderr: point it at the display's proxy, so that
        # log lines scroll above the live display instead of tearing through it.
        for handler in logging.root.handlers:
            if isinstance(handler, logging.StreamHandler) and getattr(handler, "stream", None) is original:
                self._redirected.append((handler, handler.setStream(sys.stderr)))

    def redraw(self):
        if self._live is not None:
            self._live.update(self.render(), refresh=True)

    def _stop_live(self):
        if self._live is None:
            return
        for handler, stream in self._redirected:
            handler.setStream(stream)
        self._redirected.clear()
        live, self._live = self._live, None
        live.stop()


def _live_possible(settings) -> bool:
    """A live display makes sense when the log goes to a terminal (not a file, not a pipe)."""
    if settings.get("LOG_FILE") or not settings.getbool("LOG_ENABLED", True):
        return False
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False
