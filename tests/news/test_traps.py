"""Canonical URLs and the crawler-trap guard."""

from datetime import date

from rallycrawl.discovery.traps import TrapGuard, canonical_url


def test_canonical_url_drops_sessions_trackers_and_fragments():
    assert canonical_url("http://n.example.org/a;jsessionid=0A1B2C?b=2&a=1#top") == "http://n.example.org/a?a=1&b=2"
    assert canonical_url("http://n.example.org/a?utm_source=x&utm_medium=y&PHPSESSID=abc") == "http://n.example.org/a"
    assert canonical_url("http://n.example.org/a?id=7&sid=9&fbclid=z") == "http://n.example.org/a?id=7"
    assert canonical_url("http://n.example.org/a?id=7") == canonical_url("http://n.example.org/a?id=7#comments")


def test_query_variants_are_capped_per_path():
    guard = TrapGuard(max_query_variants=3)
    urls = [f"http://n.example.org/calendar?month=2021-{m:02d}" for m in range(1, 10)]
    refused = [guard.refuse(u) for u in urls]
    assert refused[:3] == [None, None, None]
    assert all(r and "query variants" in r for r in refused[3:])
    assert guard.refuse(urls[0]) is None  # a variant already let through stays allowed
    assert guard.refuse("http://n.example.org/other?month=2021-01") is None


def test_repeated_segments_and_far_dates_are_traps():
    guard = TrapGuard(earliest=date(2000, 1, 1), latest=date(2030, 1, 1))
    assert guard.refuse("http://n.example.org/a/b/a/b/a/b") is not None
    assert guard.refuse("http://n.example.org/events/2031/05/") is not None
    assert guard.refuse("http://n.example.org/events/1999/05/") is not None
    assert guard.refuse("http://n.example.org/events/2021/05/") is None
    assert guard.refuse("http://n.example.org/" + "x" * 3000) == "too_long: URL too long"


def test_article_ids_in_queries_are_not_counted_as_variants():
    guard = TrapGuard(max_query_variants=2)
    assert all(guard.refuse(f"http://n.example.org/view.php?id={i}", count_queries=False) is None for i in range(20))
