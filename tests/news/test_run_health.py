"""Run health verdict, the summary line, Retry-After parsing and the run lock."""

import subprocess
import sys
from datetime import datetime, timezone

import pytest

from rallycrawl.downloadermiddlewares.backoff import retry_after_seconds
from rallycrawl.extensions.summary import (
    EXIT_NO_ARTICLES,
    EXIT_NOT_STARTED,
    EXIT_OK,
    EXIT_RECORDS_LOST,
    EXIT_REFUSED,
    EXIT_TOO_MANY_FAILURES,
    HEALTH_ONLY_STATUSES,
    run_counts,
    run_health,
    run_verdict,
    summary_line,
)
from rallycrawl.commands.runlock import LockHeld, RunLock

STATS = {
    "response_received_count": 40,
    "rallycrawl/articles": 5,
    "rallycrawl/skipped_not_protest": 7,
    "item_scraped_count": 5,
    "rallycrawl/seen/skipped": 3,
    "rallycrawl/store/new": 4,
    "rallycrawl/store/updated": 1,
    "rallycrawl/failed/TimeoutError": 2,
    "rallycrawl/not_article/http_404": 2,
    "rallycrawl/not_article/no_text": 9,
}


def test_counts_from_stats():
    counts = run_counts(STATS)
    assert (counts.pages, counts.articles_found, counts.exported, counts.already_seen) == (40, 15, 5, 3)
    assert (counts.new, counts.updated, counts.failed, counts.outcomes) == (4, 1, 4, 42)
    line = summary_line("news", "finished", 12.3, counts, "ok")
    assert "\n" not in line
    assert ("40 pages fetched; 15 articles found, 5 exported, 7 left out as not about a protest, "
            "3 already seen (not fetched); stored: 4 new, 1 updated, 0 unchanged; 11 pages not articles; "
            "4 errors (9.5% of 42 requests): ok") in line


def test_every_article_found_is_in_exactly_one_named_bucket():
    stats = {
        "item_scraped_count": 4,
        "rallycrawl/skipped_not_protest": 3,
        "rallycrawl/filtered/date_page": 2,
        "rallycrawl/filtered/max_articles": 5,
        "rallycrawl/invalid_record": 1,
        "rallycrawl/seen/skipped": 6,
        "rallycrawl/not_article": 2,  # the total: not counted twice
        "rallycrawl/not_article/no_text": 2,
    }
    counts = run_counts(stats)
    assert counts.articles_found == 4 + 3 + 2 + 5 + 1 + 6
    assert counts.not_articles == 2
    line = summary_line("news", "max_articles", 3, counts, "ok")
    assert ("21 articles found, 4 exported, 3 left out as not about a protest, 2 outside the since/until window, "
            "5 over max_articles, 1 invalid records, 6 already seen (not fetched)") in line
    quiet = summary_line("article", "finished", 1, run_counts({"item_scraped_count": 2}), "ok")
    assert "2 articles found, 2 exported; 0 pages not articles" in quiet  # empty buckets are not named


@pytest.mark.parametrize(
    ("reason", "stats", "expect", "status"),
    [
        ("finished", STATS, True, EXIT_OK),
        ("closespider_itemcount", STATS, False, EXIT_OK),
        ("max_articles", STATS, False, EXIT_OK),
        ("shutdown", STATS, False, EXIT_NOT_STARTED),
        ("finished", {"response_received_count": 1, "rallycrawl/not_article/http_500": 1,
                      "rallycrawl/failed/DNSLookupError": 3}, False, EXIT_TOO_MANY_FAILURES),
        ("finished", {"response_received_count": 10}, True, EXIT_NO_ARTICLES),
        ("finished", {"response_received_count": 10}, False, EXIT_OK),
        ("finished", {"response_received_count": 10, "rallycrawl/seen/skipped": 4}, True, EXIT_OK),
        ("finished", {}, False, EXIT_OK),
    ],
)
def test_health(reason, stats, expect, status):
    assert run_health(reason, run_counts(stats), max_failure_ratio=0.5, expect_articles=expect)[0] == status


def test_retry_after_values():
    now = datetime(2021, 4, 7, 12, 0, 0, tzinfo=timezone.utc)
    assert retry_after_seconds("120") == 120
    assert retry_after_seconds("Wed, 07 Apr 2021 12:00:30 GMT", now) == 30
    assert retry_after_seconds("Wed, 07 Apr 2021 11:00:00 GMT", now) == 0
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds("") is None and retry_after_seconds(None) is None


def test_lock_excludes_a_second_holder_even_in_another_process(tmp_path):
    path = tmp_path / "state" / "run.lock"
    with RunLock(path):
        with pytest.raises(LockHeld, match="pid"):
            RunLock(path).acquire()
        probe = (f"import sys; from rallycrawl.commands.runlock import RunLock, LockHeld\n"
                 f"try: RunLock({str(path)!r}).acquire()\nexcept LockHeld: sys.exit(9)")
        assert subprocess.run([sys.executable, "-c", probe]).returncode == 9
    RunLock(path).acquire().release()  # released on exit


@pytest.mark.parametrize(
    ("reason", "extra", "status", "says"),
    [
        ("finished", {}, EXIT_OK, "ok"),
        ("finished", {"rallycrawl/export/lost/out.jsonl": 3, "rallycrawl/export/error/out.jsonl": "No space left on device"},
         EXIT_RECORDS_LOST, "3 records not written to the export out.jsonl (No space left on device)"),
        ("finished", {"rallycrawl/export/lost/out.json": 0, "rallycrawl/export/error/out.json": "could not be finished: EIO"},
         EXIT_RECORDS_LOST, "the export out.json failed (could not be finished: EIO)"),
        ("finished", {"rallycrawl/postgres/unstored": 1, "rallycrawl/postgres/unstored_file": "u.jsonl"},
         EXIT_RECORDS_LOST, "1 record not stored by the postgres store, kept in u.jsonl"),
        ("finished", {"rallycrawl/sqlite/unstored": 2}, EXIT_RECORDS_LOST, "not saved to a file either"),
        ("shutdown", {"rallycrawl/run/interrupted": "SIGTERM"}, 143, "interrupted by SIGTERM"),
        ("shutdown", {"rallycrawl/run/interrupted": "SIGINT"}, 130, "interrupted by SIGINT"),
        ("sqlite_unavailable", {"rallycrawl/run/not_started": "SQLite store: cannot open x"}, EXIT_NOT_STARTED,
         "the crawl could not start: SQLite store: cannot open x"),
        ("redis_unavailable", {"rallycrawl/redis/error": "Redis at r could not be reached"}, EXIT_NOT_STARTED,
         "Redis at r could not be reached"),
        ("finished", {"feedexport/failed_count/S3FeedStorage": 1}, EXIT_RECORDS_LOST, "1 export could not be stored"),
        ("finished", {"rallycrawl/address_refused": 3, "rallycrawl/address_refused/loopback": 2,
                      "rallycrawl/address_refused/link-local": 1},
         EXIT_REFUSED, "refused 1 request to a link-local address, 2 requests to loopback addresses"),
        ("finished", {"rallycrawl/redirect_refused": 2, "rallycrawl/redirect_refused/private": 1,
                      "rallycrawl/redirect_refused/scheme": 1},
         EXIT_REFUSED, "refused 1 request to a private address, 1 redirect to another scheme than http(s)"),
        ("finished", {"rallycrawl/discovery/refused/credentials": 2, "rallycrawl/redirect_refused/credentials": 1},
         EXIT_REFUSED, "refused 3 URLs with a user name or password"),
        ("finished", {"rallycrawl/redis/refused_requests": 1}, EXIT_REFUSED,
         "refused 1 Redis queue entry that was not a request"),
    ],
)
def test_verdict_names_what_was_lost(reason, extra, status, says):
    stats = {**STATS, **extra}
    got_status, problem = run_verdict(reason, run_counts(stats), stats, max_failure_ratio=0.5, expect_articles=False)
    assert got_status == status and says in problem


def test_a_loss_comes_before_the_health_judgments_and_every_loss_is_named():
    stats = {"response_received_count": 1, "rallycrawl/failed/DNSLookupError": 9,  # too many failures, too
             "rallycrawl/export/lost/a.jsonl": 1, "rallycrawl/export/error/a.jsonl": "EIO",
             "rallycrawl/sqlite/unstored": 1, "rallycrawl/sqlite/unstored_file": "u.jsonl"}
    status, problem = run_verdict("finished", run_counts(stats), stats, max_failure_ratio=0.5, expect_articles=True)
    assert status == EXIT_RECORDS_LOST
    assert "a.jsonl" in problem and "u.jsonl" in problem
    assert set(HEALTH_ONLY_STATUSES) == {EXIT_TOO_MANY_FAILURES, EXIT_NO_ARTICLES}


def test_scope_limits_and_pages_that_are_not_articles_are_not_refusals():
    stats = {**STATS, "rallycrawl/not_article/too_many_links": 1, "rallycrawl/not_article/http_404": 2,
             "rallycrawl/discovery/refused/offsite": 4, "rallycrawl/discovery/refused/too_many_sitemaps": 1,
             "rallycrawl/failed/too_large": 1, "rallycrawl/analysis_truncated": 1, "rallycrawl/links_capped": 1,
             "robotstxt/forbidden": 3, "rallycrawl/address_refused/loopback": 0}
    assert run_verdict("finished", run_counts(stats), stats, max_failure_ratio=0.5, expect_articles=False) == (
        EXIT_OK, "ok")


def test_lost_records_come_before_refusals_and_both_are_named():
    stats = {**STATS, "rallycrawl/sqlite/unstored": 1, "rallycrawl/sqlite/unstored_file": "u.jsonl",
             "rallycrawl/address_refused/loopback": 1}
    status, problem = run_verdict("finished", run_counts(stats), stats, max_failure_ratio=0.5, expect_articles=False)
    assert status == EXIT_RECORDS_LOST
    assert "u.jsonl" in problem and "refused 1 request to a loopback address" in problem
    stats = {**STATS, "rallycrawl/run/interrupted": "SIGTERM", "rallycrawl/discovery/refused/credentials": 1}
    status, problem = run_verdict("shutdown", run_counts(stats), stats, max_failure_ratio=0.5, expect_articles=False)
    assert status == 143 and "refused 1 URL with a user name or password" in problem


def test_a_page_an_item_pipeline_failed_on_fails_the_run():
    from scrapy import Spider, signals
    from scrapy.utils.test import get_crawler
    from twisted.python.failure import Failure

    from rallycrawl.extensions.summary import RunSummary

    crawler = get_crawler(Spider, {"EXTENSIONS": {}})
    crawler.stats.open_spider()
    summary = RunSummary.from_crawler(crawler)
    spider = Spider("t")
    crawler.signals.send_catch_log(signals.item_error, item={"url": "http://a.example/"}, response=None,
                                   spider=spider, failure=Failure(ValueError("boom")))
    summary.spider_closed(spider, "finished")
    assert crawler.stats.get_value("rallycrawl/run/exit_status") == EXIT_RECORDS_LOST
    assert "1 page lost to an error in the item pipelines" in crawler.stats.get_value("rallycrawl/run/problem")
