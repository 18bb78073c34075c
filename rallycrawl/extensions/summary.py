"""Run health: a one-line summary at the end of every crawl, and the verdict a scheduler acts on.

:class:`RunSummary` works out, when the spider closes, one line such as::

    Run summary: news finished in 42s: 118 pages fetched; 26 articles found, 6 exported, 14 left
    out as not about a protest, 3 already seen (not fetched), 2 outside the since/until window,
    1 over max_articles; stored: 5 new, 1 updated, 0 unchanged; 40 pages not articles; 2 errors
    (1.7% of 120 requests): ok

(every article found in one named bucket: :func:`rallycrawl.extensions.progress.article_buckets`) and logs it
when the engine stops, so that it is the run's last line, after Scrapy's stats dump; when the log
level hides it, it goes to stderr as well.  It records the verdict in the stats
(``rallycrawl/run/exit_status``, ``rallycrawl/run/problem``) for ``scrapy crawl`` and ``scrapy cron``
to exit with.

The verdict (:func:`run_verdict`) first asks what the run lost or refused
(:func:`run_losses`): a crawl that could not start, a store that failed or
could not store some records (the file that keeps them is named), an export
that lost records (which one, how many), Redis that went away or lost the
crawl's queue, an interrupted run (SIGTERM, Ctrl-C), and what it refused for
security (:func:`security_refusals`: a private destination that is not a host
the user gave, a redirect to another scheme, a URL with a user name or
password, a Redis queue entry that is not a request; exit 6 when nothing was
lost).  Any of these makes the run fail, for ``scrapy crawl`` too.  Then, for
``scrapy cron`` only, come the judgments of :func:`run_health`: more than
``RALLYCRAWL_MAX_FAILURE_RATIO`` of the requests failed, or
``RALLYCRAWL_EXPECT_ARTICLES`` is on and no article was found (an article already stored and not fetched again counts as found).
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from typing import Any, Mapping

from scrapy import signals

from .progress import ArticleBuckets, article_buckets, pages_not_articles, store_outcomes

logger = logging.getLogger(__name__)

#: exit statuses of ``scrapy cron`` (documented in docs/operations.md)
EXIT_OK = 0
EXIT_NOT_STARTED = 1  # the crawl could not start or ended abnormally
EXIT_USAGE = 2  # bad command line or spider arguments
EXIT_TOO_MANY_FAILURES = 3
EXIT_NO_ARTICLES = 4
EXIT_RECORDS_LOST = 5  # an export or a store could not take every record
EXIT_REFUSED = 6  # requests refused for security: a private destination, credentials in a URL
EXIT_LOCKED = 75  # EX_TEMPFAIL: another run holds the lock; try again later

#: statuses only ``scrapy cron`` exits with: judgments of a run that lost nothing
HEALTH_ONLY_STATUSES = (EXIT_TOO_MANY_FAILURES, EXIT_NO_ARTICLES)


def exit_interrupted(signame: str) -> int:
    """128 + the signal's number (130 for SIGINT, 143 for SIGTERM), as shells report a signal."""
    import signal

    try:
        return 128 + int(getattr(signal, signame))
    except (AttributeError, TypeError, ValueError):
        return 128 + int(signal.SIGTERM)


#: stats keys the accounting reads and writes (set by the commands, stores, exports and Redis)
STAT_NOT_STARTED = "rallycrawl/run/not_started"  # why the crawl could not start
STAT_INTERRUPTED = "rallycrawl/run/interrupted"  # the signal that stopped the run: "SIGTERM"
STAT_EXPORT_LOST = "rallycrawl/export/lost/"  # + feed URI: records not written to it
STAT_EXPORT_ERROR = "rallycrawl/export/error/"  # + feed URI: why
STAT_STORE_ERROR = "rallycrawl/store/error"
STAT_REDIS_ERROR = "rallycrawl/redis/error"
STAT_ITEM_ERRORS = "rallycrawl/run/item_errors"  # pages lost to an exception in an item pipeline
STAT_INVALID_RECORDS = "rallycrawl/invalid_record"  # records dropped for breaking the record contract
#: security refusals (set by rallycrawl.address_guard, redirect_guard, the news spider, the Redis queue)
STAT_ADDRESS_REFUSED = "rallycrawl/address_refused/"  # + kind: requests to a private destination
STAT_REDIRECT_REFUSED = "rallycrawl/redirect_refused/"  # + reason: redirects refused
STAT_CREDENTIALS_REFUSED = "rallycrawl/discovery/refused/credentials"  # URLs with a user name or password
STAT_REDIS_REFUSED = "rallycrawl/redis/refused_requests"  # Redis queue entries that were not requests

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
    #: every article found, in exactly one named bucket (rallycrawl.extensions.progress)
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


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def export_losses(stats: Mapping[str, Any]) -> dict[str, tuple[int, str]]:
    """``{feed URI: (records lost, why)}`` of the exports that failed (set by ``rallycrawl.extensions.feed_export``)."""
    return {
        key[len(STAT_EXPORT_ERROR):]: (int(stats.get(STAT_EXPORT_LOST + key[len(STAT_EXPORT_ERROR):], 0)), str(value))
        for key, value in stats.items()
        if key.startswith(STAT_EXPORT_ERROR) and value
    }


def unstored_records(stats: Mapping[str, Any]) -> dict[str, tuple[int, str]]:
    """``{store name: (records not stored, file that keeps them)}``."""
    found = {}
    for key, value in stats.items():
        parts = key.split("/")
        if len(parts) == 3 and parts[0] == "rallycrawl" and parts[2] == "unstored" and parts[1] != "store" \
                and isinstance(value, int) and value:
            found[parts[1]] = (value, str(stats.get(f"rallycrawl/{parts[1]}/unstored_file", "")))
    return found


def _a(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def security_refusals(stats: Mapping[str, Any]) -> list[str]:
    """What the run refused for security, one phrase a kind: ``["3 requests to loopback addresses", ...]``.

    A refusal is something the crawl was sent to and would not do because it
    could harm the machine or leak a secret: a request to a loopback, private,
    link-local... address that is not a host the user gave (checked on the
    address connected to, or on the host of a redirect as written), a redirect
    to another scheme (``file:``...), a URL with a user name or password (in a
    feed, a sitemap, a link or a redirect), an entry of the Redis queue that is
    not a request.  Scope and size limits are not refusals: pages that are not
    articles (too many links, not HTML, 404), robots.txt, offsite links, the
    feed, sitemap and link caps, ``DOWNLOAD_MAXSIZE``.
    """
    by_kind: dict[str, int] = {}
    for prefix in (STAT_ADDRESS_REFUSED, STAT_REDIRECT_REFUSED):
        for key, value in stats.items():
            if key.startswith(prefix) and isinstance(value, int) and value:
                kind = key[len(prefix):]
                by_kind[kind] = by_kind.get(kind, 0) + value
    credentials = int(stats.get(STAT_CREDENTIALS_REFUSED, 0) or 0) + by_kind.pop("credentials", 0)
    schemes = by_kind.pop("scheme", 0)
    found = [f"1 request to {_a(kind)} {kind} address" if count == 1
             else f"{count} requests to {kind} addresses" for kind, count in sorted(by_kind.items())]
    if schemes:
        found.append(f"{_plural(schemes, 'redirect')} to another scheme than http(s)")
    if credentials:
        found.append(f"{_plural(credentials, 'URL')} with a user name or password")
    redis = int(stats.get(STAT_REDIS_REFUSED, 0) or 0)
    if redis:
        found.append(f"{redis} Redis queue {'entry that was' if redis == 1 else 'entries that were'} not a request")
    return found


def run_losses(reason: str, stats: Mapping[str, Any]) -> list[tuple[int, str]]:
    """What the run lost or refused, most serious first: ``[(exit status, problem), ...]``.

    Empty when nothing was lost: the run ended as it should (or reached a limit
    it was given) and every record reached every store and export.
    """
    losses: list[tuple[int, str]] = []
    if stats.get(STAT_NOT_STARTED):
        losses.append((EXIT_NOT_STARTED, f"the crawl could not start: {stats[STAT_NOT_STARTED]}"))
    if stats.get(STAT_STORE_ERROR) and not stats.get(STAT_NOT_STARTED):
        losses.append((EXIT_NOT_STARTED, f"the store failed: {stats[STAT_STORE_ERROR]}"))
    if stats.get(STAT_REDIS_ERROR):
        losses.append((EXIT_NOT_STARTED, str(stats[STAT_REDIS_ERROR])))
    for store, (count, path) in sorted(unstored_records(stats).items()):
        where = f", kept in {path}" if path else ", and not saved to a file either (their URLs are in the log)"
        losses.append((EXIT_RECORDS_LOST, f"{_plural(count, 'record')} not stored by the {store} store{where}"))
    for uri, (count, why) in sorted(export_losses(stats).items()):
        what = f"{_plural(count, 'record')} not written to the export {uri}" if count else f"the export {uri} failed"
        losses.append((EXIT_RECORDS_LOST, f"{what} ({why})"))
    remote_failures = _sum_prefix(stats, "feedexport/failed_count/")
    if remote_failures:
        losses.append((EXIT_RECORDS_LOST, f"{_plural(remote_failures, 'export')} could not be stored (see the log)"))
    if stats.get(STAT_ITEM_ERRORS):
        losses.append((EXIT_RECORDS_LOST, f"{_plural(stats[STAT_ITEM_ERRORS], 'page')} lost to an error in the "
                                          "item pipelines (see the ERROR lines)"))
    if stats.get(STAT_INVALID_RECORDS):
        losses.append((EXIT_RECORDS_LOST, f"{_plural(stats[STAT_INVALID_RECORDS], 'record')} dropped as invalid "
                                          "(see the ERROR lines)"))
    signame = stats.get(STAT_INTERRUPTED)
    if signame:
        losses.append((exit_interrupted(signame), f"interrupted by {signame}: the crawl did not finish"))
    elif reason not in GOOD_CLOSE_REASONS and not reason.startswith(GOOD_CLOSE_PREFIXES) and not losses:
        losses.append((EXIT_NOT_STARTED, f"the crawl ended abnormally (close reason {reason!r})"))
    refused = security_refusals(stats)
    if refused:
        hint = "; RALLYCRAWL_ALLOW_PRIVATE_HOSTS allows a private host" if any(
            key.startswith(STAT_ADDRESS_REFUSED) for key in stats) else ""
        losses.append((EXIT_REFUSED, f"refused {', '.join(refused)} (see the WARNING lines{hint})"))
    return losses


def run_verdict(reason: str, counts: RunCounts, stats: Mapping[str, Any], *, max_failure_ratio: float,
                expect_articles: bool) -> tuple[int, str]:
    """``(exit status, problem)``: the first loss (all of them named), else :func:`run_health`."""
    losses = run_losses(reason, stats)
    if losses:
        return losses[0][0], "; ".join(problem for _, problem in losses)
    return run_health(reason, counts, max_failure_ratio=max_failure_ratio, expect_articles=expect_articles)


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
        crawler.signals.connect(ext.item_error, signal=signals.item_error)
        return ext

    def item_error(self, item, response, spider, failure):
        """A page an item pipeline failed on is lost: count it for the verdict."""
        self.crawler.stats.inc_value(STAT_ITEM_ERRORS)

    def spider_closed(self, spider, reason: str):
        stats = self.crawler.stats
        all_stats = stats.get_stats()
        counts = run_counts(all_stats)
        status, problem = run_verdict(
            reason, counts, all_stats, max_failure_ratio=self.max_failure_ratio, expect_articles=self.expect_articles,
        )
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


def log_pending_summary(crawler) -> None:
    """Log the summary line of ``crawler``'s run if it is still waiting for ``engine_stopped``
    (a crawl whose store could not open closes before its engine runs, and never sends it)."""
    manager = getattr(crawler, "extensions", None)
    for extension in getattr(manager, "middlewares", ()):
        if isinstance(extension, RunSummary):
            extension.log_summary()


def _log_shows(settings, level: int) -> bool:
    """Whether Scrapy's log handler lets a line of ``level`` through to the console or log file."""
    if not settings.getbool("LOG_ENABLED", True):
        return False
    configured = settings.get("LOG_LEVEL", "DEBUG")
    if isinstance(configured, str):
        configured = logging.getLevelName(configured.upper())
    return not isinstance(configured, int) or level >= configured
