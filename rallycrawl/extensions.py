"""Run health: a one-line summary at the end of every crawl, and the verdict a scheduler acts on.

:class:`RunSummary` works out, when the spider closes, one line such as::

    Run summary: news finished in 42s: 118 pages fetched; 26 articles found, 6 exported, 14 left
    out as not about a protest, 3 already seen (not fetched), 2 outside the since/until window,
    1 over max_articles; stored: 5 new, 1 updated, 0 unchanged; 40 pages not articles; 2 errors
    (1.7% of 120 requests): ok

(every article found in one named bucket: :func:`rallycrawl.progress.article_buckets`) and logs it
when the engine stops, so that it is the run's last line, after Scrapy's stats dump; when the log
level hides it, it goes to stderr as well.  It also records the verdict in the stats (``rallycrawl/run/exit_status``,
``rallycrawl/run/problem``) for the ``scrapy cron`` command to exit with.
The verdict (:func:`run_health`) is bad when the spider ended abnormally,
when more than ``RALLYCRAWL_MAX_FAILURE_RATIO`` of the requests failed, or
when ``RALLYCRAWL_EXPECT_ARTICLES`` is on and no article was found (an
article already stored and not fetched again counts as found).
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from typing import Any, Mapping

from scrapy import signals

from .progress import ArticleBuckets, article_buckets, pages_not_articles, store_outcomes

logger = logging.getLogger(__name__)

#: exit statuses of ``scrapy cron`` (documented in the README)
EXIT_OK = 0
EXIT_NOT_STARTED = 1  # the crawl could not start or ended abnormally
EXIT_USAGE = 2  # bad command line or spider arguments
EXIT_TOO_MANY_FAILURES = 3
EXIT_NO_ARTICLES = 4
EXIT_LOCKED = 75  # EX_TEMPFAIL: another run holds the lock; try again later

#: close reasons of a crawl that ended as it should
GOOD_CLOSE_REASONS = ("finished", "max_articles")
GOOD_CLOSE_PREFIXES = ("closespider_",)


@dataclass(frozen=True)
class RunCounts:
    pages: int
    articles_found: int
    exported: int
    not_protest: int
    new: int
    updated: int
    unchanged: int
    already_seen: int
    failed: int
    outcomes: int
    #: every article found, in exactly one named bucket (rallycrawl.progress)
    buckets: ArticleBuckets = ArticleBuckets()
    not_articles: int = 0
    stored: str = ""

    @property
    def failure_ratio(self) -> float:
        return self.failed / self.outcomes if self.outcomes else 0.0


def _sum_prefix(stats: Mapping[str, Any], prefix: str) -> int:
    return sum(v for k, v in stats.items() if k.startswith(prefix) and isinstance(v, int))


def run_counts(stats: Mapping[str, Any]) -> RunCounts:
    """The figures of a run, from the crawl stats."""
    pages = stats.get("response_received_count", 0)
    # requests that ended in an error: network failures, and HTTP errors (404, 500 after retries...)
    failed = _sum_prefix(stats, "rallycrawl/failed/") + _sum_prefix(stats, "rallycrawl/not_article/http_")
    network_failures = _sum_prefix(stats, "rallycrawl/failed/")
    already_seen = stats.get("rallycrawl/seen/skipped", 0)
    not_protest = stats.get("rallycrawl/skipped_not_protest", 0)
    buckets = article_buckets(stats)
    return RunCounts(
        pages=pages,
        articles_found=buckets.found,
        exported=stats.get("item_scraped_count", 0),
        not_protest=not_protest,
        new=stats.get("rallycrawl/store/new", 0),
        updated=stats.get("rallycrawl/store/updated", 0),
        unchanged=stats.get("rallycrawl/store/unchanged", 0),
        already_seen=already_seen,
        failed=failed,
        outcomes=pages + network_failures,
        buckets=buckets,
        not_articles=pages_not_articles(stats),
        stored=store_outcomes(stats),
    )


def run_health(reason: str, counts: RunCounts, *, max_failure_ratio: float,
               expect_articles: bool) -> tuple[int, str]:
    """``(exit status, problem)`` of a finished run; ``(0, "ok")`` when healthy."""
    if reason not in GOOD_CLOSE_REASONS and not reason.startswith(GOOD_CLOSE_PREFIXES):
        return EXIT_NOT_STARTED, f"the crawl ended abnormally (close reason {reason!r})"
    if counts.outcomes and counts.failure_ratio > max_failure_ratio:
        return EXIT_TOO_MANY_FAILURES, (
            f"{counts.failed} of {counts.outcomes} requests failed "
            f"({counts.failure_ratio:.0%} > RALLYCRAWL_MAX_FAILURE_RATIO={max_failure_ratio:g})"
        )
    if expect_articles and counts.articles_found == 0:
        return EXIT_NO_ARTICLES, "no article found (RALLYCRAWL_EXPECT_ARTICLES is on)"
    return EXIT_OK, "ok"


def summary_line(spider_name: str, reason: str, seconds: float | None, counts: RunCounts, verdict: str) -> str:
    took = f" in {seconds:.0f}s" if seconds is not None else ""
    stored = f"; {counts.stored}" if counts.stored else ""
    return (
        f"Run summary: {spider_name} {reason}{took}: {counts.pages} pages fetched; "
        f"{counts.buckets.describe()}{stored}; {counts.not_articles} pages not articles; {counts.failed} errors "
        f"({counts.failure_ratio:.1%} of {counts.outcomes} requests): {verdict}"
    )


class RunSummary:
    """Log the run's summary line and record its health (see the module doc)."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.max_failure_ratio = crawler.settings.getfloat("RALLYCRAWL_MAX_FAILURE_RATIO", 0.5)
        self.expect_articles = crawler.settings.getbool("RALLYCRAWL_EXPECT_ARTICLES", False)

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(ext.log_summary, signal=signals.engine_stopped)
        return ext

    def spider_closed(self, spider, reason: str):
        stats = self.crawler.stats
        all_stats = stats.get_stats()
        counts = run_counts(all_stats)
        status, problem = run_health(
            reason, counts, max_failure_ratio=self.max_failure_ratio, expect_articles=self.expect_articles,
        )
        if all_stats.get("rallycrawl/store/error") and status == EXIT_OK:
            status, problem = EXIT_NOT_STARTED, f"the store failed: {all_stats['rallycrawl/store/error']}"
        stats.set_value("rallycrawl/run/exit_status", status)
        stats.set_value("rallycrawl/run/problem", problem)
        line = summary_line(spider.name, reason, all_stats.get("elapsed_time_seconds"), counts, problem)
        self._summary = (logging.INFO if status == EXIT_OK else logging.WARNING, line)

    def log_summary(self):
        """The summary, as the run's last line: after Scrapy's stats dump and "Spider closed"."""
        summary, self._summary = getattr(self, "_summary", None), None
        if summary is None:
            return
        level, line = summary
        logger.log(level, line)
        if not _log_shows(self.crawler.settings, level):
            # -L WARNING (or no log at all) must not hide the one line a scheduler's mail shows
            print(line, file=sys.stderr, flush=True)


def _log_shows(settings, level: int) -> bool:
    """Whether Scrapy's log handler lets a line of ``level`` through to the console or log file."""
    if not settings.getbool("LOG_ENABLED", True):
        return False
    configured = settings.get("LOG_LEVEL", "DEBUG")
    if isinstance(configured, str):
        configured = logging.getLevelName(configured.upper())
    return not isinstance(configured, int) or level >= configured
