"""``scrapy crawl article`` twice over the local server: the store is updated, never duplicated."""

from __future__ import annotations

import re
import sqlite3

import pytest

from conftest import FIXTURES

pytestmark = pytest.mark.e2e

SITE = FIXTURES / "site"


def stat(log: str, name: str) -> int | None:
    match = re.search(rf"'{re.escape(name)}': (\d+)", log)
    return int(match.group(1)) if match else None


def test_second_run_updates_the_store_instead_of_duplicating(local_server, crawl, tmp_path):
    # One URL whose article changes between the runs, one that stays the same.
    local_server.route("/news/tenants-rally.html", (SITE / "store-rally.html").read_bytes())
    urls = f"{local_server.url('/news/tenants-rally.html')},{local_server.url('/store-market.html')}"

    first = crawl("article", args={"urls": urls})
    assert first.returncode == 0, first.stderr[-3000:]
    assert len(first.records()) == 2
    assert stat(first.stderr, "rallycrawl/store/new") == 2

    local_server.route("/news/tenants-rally.html", (SITE / "store-rally-updated.html").read_bytes())
    second = crawl("article", args={"urls": urls})
    assert second.returncode == 0, second.stderr[-3000:]
    assert len(second.records()) == 2  # the article spider fetches what it is given, every time
    assert stat(second.stderr, "rallycrawl/store/updated") == 1
    assert stat(second.stderr, "rallycrawl/store/unchanged") == 1
    assert stat(second.stderr, "rallycrawl/store/new") is None

    with sqlite3.connect(tmp_path / "rallycrawl.sqlite3") as db:
        rows = db.execute("SELECT url, version, is_latest, body FROM articles ORDER BY url, version").fetchall()
        seen = {url for (url,) in db.execute("SELECT url FROM seen_urls WHERE status = 'stored'")}
    rally = [r for r in rows if r[0].endswith("/news/tenants-rally.html")]
    market = [r for r in rows if r[0].endswith("/store-market.html")]
    assert [(v, latest) for _, v, latest, _ in rally] == [(1, 0), (2, 1)]
    assert "two hundred" in rally[0][3] and "three hundred" in rally[1][3]
    assert [(v, latest) for _, v, latest, _ in market] == [(1, 1)]
    assert local_server.url("/store-rally-canonical.html") in seen  # the canonical URL counts as seen


def test_store_can_be_turned_off(local_server, crawl, tmp_path):
    result = crawl("article", args={"url": local_server.url("/store-market.html")},
                   settings={"RALLYCRAWL_SQLITE_PATH": ""})
    assert result.returncode == 0, result.stderr[-3000:]
    assert len(result.records()) == 1
    assert not (tmp_path / "rallycrawl.sqlite3").exists()


def test_unusable_store_path_stops_the_crawl_with_a_clear_error(local_server, crawl, tmp_path):
    (tmp_path / "not-a-dir").write_text("a file, not a directory")
    result = crawl("article", args={"url": local_server.url("/store-market.html")},
                   settings={"RALLYCRAWL_SQLITE_PATH": str(tmp_path / "not-a-dir" / "store.sqlite3")})
    assert result.returncode != 0
    assert "SQLite store: cannot open" in result.stderr and "the crawl cannot start" in result.stderr
    assert not result.output.exists() or not result.records()
