"""Run health verdict, the summary line, Retry-After parsing and the run lock."""

import subprocess
import sys
from datetime import datetime, timezone

import pytest

from rallycrawl.backoff import retry_after_seconds
from rallycrawl.extensions import (
    EXIT_NO_ARTICLES,
    EXIT_NOT_STARTED,
    EXIT_OK,
    EXIT_TOO_MANY_FAILURES,
    run_counts,
    run_health,
    summary_line,
)
from rallycrawl.runlock import LockHeld, RunLock

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
        probe = (f"import sys; from rallycrawl.runlock import RunLock, LockHeld\n"
                 f"try: RunLock({str(path)!r}).acquire()\nexcept LockHeld: sys.exit(9)")
        assert subprocess.run([sys.executable, "-c", probe]).returncode == 9
    RunLock(path).acquire().release()  # released on exit
