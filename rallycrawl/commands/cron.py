"""``scrapy cron <spider>``: ``scrapy crawl`` for schedulers, with a lock and a meaningful exit status.

    rallycrawl cron news -a sites_file=sites.txt -o 'exports/news-%(time)s.jsonl'

Takes the run lock first (``RALLYCRAWL_LOCK_PATH``, by default the SQLite
store's path plus ``.lock``): if another run holds it, exits at once with
status 75 and one line on stderr.  Then crawls as ``scrapy crawl`` does (same
options, same argument checks), with ``FEED_STORE_EMPTY`` off unless given
with ``-s``, so that a run that exports nothing leaves no empty file.  Exit
statuses: 0 healthy; 1 the crawl could not start or ended abnormally (a store
or Redis failed); 2 bad options, arguments or export targets; 3 more than
``RALLYCRAWL_MAX_FAILURE_RATIO`` of the requests failed; 4
``RALLYCRAWL_EXPECT_ARTICLES`` is on and no article was found; 5 records were
lost (an export or a store could not take them all); 75 another run holds the
lock; 130 / 143 interrupted by SIGINT / SIGTERM.
"""

from __future__ import annotations

import sys

from scrapy.settings import SETTINGS_PRIORITIES

from ..extensions import EXIT_LOCKED, EXIT_NOT_STARTED, EXIT_USAGE
from .runlock import LockHeld, RunLock
from .crawl import Command as CrawlCommand
from .crawl import run_crawl

DEFAULT_LOCK_PATH = "rallycrawl.lock"


def lock_path(settings) -> str:
    """``RALLYCRAWL_LOCK_PATH``, else beside the SQLite store, else ``rallycrawl.lock``."""
    explicit = settings.get("RALLYCRAWL_LOCK_PATH")
    if explicit:
        return str(explicit)
    sqlite_path = settings.get("RALLYCRAWL_SQLITE_PATH")
    if sqlite_path and settings.getbool("RALLYCRAWL_SQLITE_ENABLED", True):
        return f"{sqlite_path}.lock"
    return DEFAULT_LOCK_PATH


class Command(CrawlCommand):
    def short_desc(self) -> str:
        return "Run a spider for a scheduler: a lock against overlapping runs, and an exit status"

    def long_desc(self) -> str:
        return __doc__ or self.short_desc()

    def process_options(self, args, opts) -> None:
        super().process_options(args, opts)
        if self.settings.getpriority("FEED_STORE_EMPTY") < SETTINGS_PRIORITIES["cmdline"]:
            self.settings.set("FEED_STORE_EMPTY", False, priority="cmdline")

    def run(self, args, opts) -> None:
        if len(args) != 1:
            super().run(args, opts)  # raises the usage error
            return
        assert self.crawler_process is not None
        spiders = self.crawler_process.spider_loader.list()
        if args[0] not in spiders:
            print(f"rallycrawl: error: no spider named {args[0]!r}; spiders: {', '.join(sorted(spiders))}",
                  file=sys.stderr)
            self.exitcode = EXIT_USAGE
            return
        path = lock_path(self.settings)
        try:
            lock = RunLock(path).acquire()
        except LockHeld as exc:
            print(f"rallycrawl: {exc}; not starting a second run (exit {EXIT_LOCKED})", file=sys.stderr)
            self.exitcode = EXIT_LOCKED
            return
        except OSError as exc:
            print(f"rallycrawl: error: cannot take the lock {path}: {exc.strerror or exc}", file=sys.stderr)
            self.exitcode = EXIT_NOT_STARTED
            return
        try:
            status, problem = run_crawl(self.crawler_process, lambda: self._create_crawler(args[0]), opts.spargs)
        finally:
            lock.release()
        if status:
            print(f"rallycrawl: {problem} (exit {status})", file=sys.stderr)
        self.exitcode = status
