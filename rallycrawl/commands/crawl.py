"""``scrapy crawl`` that checks its arguments first and exits with the run's status.

A wrong or missing ``-a`` argument, or an export target (``-o``/``-O``,
``FEEDS``) that cannot be written, ends the command at once with exit status 2
and one line on stderr that says what is wrong: the checks run while options
are processed, before Scrapy sets up logging or a crawler.

The crawl then runs as Scrapy's does, with two differences
(:func:`run_crawl`): SIGTERM or Ctrl-C at any moment, even while the crawl is
still starting, shuts it down cleanly (the spider is closed, exports and stores
are flushed, the summary says what happened); and the command exits non-zero
when the run lost or refused something (see :mod:`rallycrawl.extensions.summary`).
"""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from typing import Any

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.spiderloader import get_spider_loader

from ..distributed import RedisUnavailable, check_redis
from ..exporters import json_append_error
from ..extensions import (
    EXIT_NOT_STARTED,
    EXIT_USAGE,
    HEALTH_ONLY_STATUSES,
    STAT_INTERRUPTED,
    exit_interrupted,
    log_pending_summary,
)
from ..extensions.feed_export import ExportTargetError, check_export_targets
from ..spiders.base import ArgumentError
from .spider_help import KeepLinesHelpFormatter, spiders_help

logger = logging.getLogger(__name__)
SHUTDOWN_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def check_spider_arguments(settings, spider_name: str, spargs: dict) -> dict:
    """The checked arguments of ``spider_name``; exit 2 with one line if they are wrong."""
    loader = get_spider_loader(settings)
    try:
        spidercls = loader.load(spider_name)
    except KeyError:
        print(
            f"rallycrawl: error: no spider named {spider_name!r}; "
            f"the spiders are: {', '.join(sorted(loader.list()))}",
            file=sys.stderr,
        )
        sys.exit(2)
    check = getattr(spidercls, "check_arguments", None)
    if check is None:
        return spargs
    args = dict(spargs)
    if settings.get("RALLYCRAWL_REDIS_URL"):
        # A distributed worker may start with no URL: it waits for start URLs
        # pushed to Redis and for requests other workers queue.
        args["_from_redis"] = True
    try:
        return check(args)
    except ArgumentError as exc:
        print(f"rallycrawl: error: {exc}", file=sys.stderr)
        sys.exit(2)


class ShutdownSignals:
    """SIGTERM / SIGINT at any moment of a run: a clean shutdown, and a record of which signal.

    Scrapy's own handler (installed once the reactor runs) starts a graceful
    shutdown, but a signal that arrived while the crawl was still opening
    (stores connecting, the spider opening) stopped the reactor with the spider
    never closed: exit 0, no export, no summary.  Here:

    * before the reactor runs, a signal is only noted (no traceback, no kill)
      and handed to Scrapy's handler as soon as that is installed;
    * a shutdown asked for while the crawl is opening waits until the engine
      runs, then closes the spider as any shutdown does;
    * the signal's name goes into the stats (``rallycrawl/run/interrupted``)
      for the summary and the exit status (128 + its number).
    """

    def __init__(self):
        self.crawler = None
        self.received: str | None = None
        self.handed_to_scrapy = False

    def note(self, signum: int) -> None:
        if self.received is None:
            self.received = signal.Signals(signum).name
        if self.crawler is not None and self.crawler.stats is not None:
            self.crawler.stats.set_value(STAT_INTERRUPTED, self.received)

    def install_early(self) -> None:
        for signum in SHUTDOWN_SIGNALS:
            signal.signal(signum, lambda signum, _frame: self.note(signum))

    def watch(self, process, crawler, task) -> None:
        """Note the signals Scrapy's handler gets; defer stops until the engine runs (``task``: the crawl)."""
        self.crawler = crawler
        if self.received:
            self.note(int(getattr(signal, self.received)))
        for name in ("_signal_shutdown", "_signal_shutdown_reactorless"):
            scrapy_handler = getattr(process, name, None)
            if callable(scrapy_handler):
                setattr(process, name, self._noting(scrapy_handler))
        stop = crawler.stop_async

        async def stop_once_started() -> None:
            while not task.done() and _still_starting(crawler):
                await asyncio.sleep(0.05)
            await stop()

        crawler.stop_async = stop_once_started
        try:
            from twisted.internet import reactor
        except ImportError:  # pragma: no cover - Scrapy without a reactor
            return
        # Scrapy installs its handlers "after startup": a signal noted before goes to them then.
        reactor.callWhenRunning(reactor.callLater, 0, self._replay)

    def _noting(self, scrapy_handler):
        def handler(signum, frame):
            self.note(signum)
            self.handed_to_scrapy = True
            scrapy_handler(signum, frame)
        return handler

    def _replay(self) -> None:
        if self.received is None or self.handed_to_scrapy:
            return
        signum = int(getattr(signal, self.received))
        handler = signal.getsignal(signum)
        if callable(handler):
            handler(signum, None)


def _still_starting(crawler) -> bool:
    """Whether the crawl is still opening: a stop now would be lost, so it must wait."""
    engine = getattr(crawler, "_engine", None)
    if engine is None:
        return True  # the spider and the engine are being made
    if engine.running or engine.spider is None:
        return False  # running: stop it; closed (or closing from its own end): nothing to wait for
    slot = getattr(engine, "_slot", None)
    return slot is not None and getattr(slot, "closing", None) is None


def run_crawl(process, make_crawler, spargs: dict) -> tuple[int, str]:
    """Run one crawl (``make_crawler()``) to its end; ``(exit status, problem)`` from its summary."""
    signals_ = ShutdownSignals()
    signals_.install_early()
    crawler = make_crawler()
    task = process.crawl(crawler, **spargs)
    signals_.watch(process, crawler, task)
    process.start()
    log_pending_summary(crawler)  # a crawl closed before its engine ran sends no engine_stopped
    stats = crawler.stats.get_stats() if crawler.stats else {}
    status = stats.get("rallycrawl/run/exit_status")
    if status is not None:
        return status, str(stats.get("rallycrawl/run/problem", ""))
    if signals_.received:
        return exit_interrupted(signals_.received), f"interrupted by {signals_.received} before the crawl started"
    return EXIT_NOT_STARTED, "the crawl could not start (see the log above)"


class Command(ScrapyCrawlCommand):
    def add_options(self, parser) -> None:
        super().add_options(parser)
        # ``-h`` ends with the -a arguments of the spider named on the command line (or of all).
        named = [word for word in sys.argv[1:] if not word.startswith("-")]
        parser.formatter_class = KeepLinesHelpFormatter
        parser.description = (
            f"{parser.description or self.long_desc()}\n\n"
            f"Spider arguments (-a NAME=VALUE):\n\n{spiders_help(self.settings, named)}"
        )

    def process_options(self, args, opts) -> None:
        super().process_options(args, opts)
        settings = self.settings
        if len(args) == 1:
            opts.spargs = check_spider_arguments(self.settings, args[0], opts.spargs)
            # the spider's own settings count: the warc spider turns Redis off
            settings = self.settings.copy()
            get_spider_loader(settings).load(args[0]).update_settings(settings)
        error = json_append_error(self.settings.getdict("FEEDS"))
        if error:
            print(f"rallycrawl: error: {error}", file=sys.stderr)
            sys.exit(2)
        try:
            check_export_targets(settings, args[0] if len(args) == 1 else "")
        except ExportTargetError as exc:
            print(f"rallycrawl: error: {exc}", file=sys.stderr)
            sys.exit(EXIT_USAGE)
        try:
            check_redis(settings)
        except RedisUnavailable as exc:
            print(f"rallycrawl: error: {exc}", file=sys.stderr)
            sys.exit(1)

    def run(self, args, opts) -> None:
        if len(args) != 1:
            super().run(args, opts)  # raises the usage error
            return
        assert self.crawler_process is not None
        status, problem = run_crawl(self.crawler_process, lambda: self._create_crawler(args[0]), opts.spargs)
        if status in HEALTH_ONLY_STATUSES:
            status = 0  # judgments of a run that lost nothing: scrapy cron's business
        if status:
            print(f"rallycrawl: {problem} (exit {status})", file=sys.stderr)
        self.exitcode = status
