"""End to end: ``scrapy crawl news`` and ``scrapy cron`` against the Porthaven Post on 127.0.0.1."""

from __future__ import annotations

import json
import re
import socket
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from rallycrawl.commands.runlock import RunLock

from conftest import run_scrapy
from .conftest import THROTTLED, NewsSite

pytestmark = pytest.mark.e2e

DOCK = "/2021/04/03/dockworkers-slow-port-traffic.html"
FARMERS = "/world/2021/04/04/farmers-block-roads-with-tractors.html"
BANK = "/world/2021/04/06/central-bank-holds-rates-steady.html"
STUDENTS = "/world/2021/03/20/students-occupy-university-library.html"
CLEANERS = THROTTLED
BIKES = "/local/2021/04/08/new-bike-lanes-open-downtown.html"
FERRY = "/2021/04/09/ferry-workers-end-strike.html"
NURSES = "/news/2021/04/10/nurses-rally-for-safe-staffing.html"
TENANTS = "/news/2021/04/11/tenants-march-against-evictions.html"
VIGIL = "/news/2021/04/12/climate-activists-hold-vigil.html"
BAKERY = "/news/bakery-wins-regional-prize.html"
LIBRARIANS = "/2021/03/28/librarians-stage-walkout.html"
PRIVATE = "/private/2021/04/02/secret-strike-plans.html"
ALL_ARTICLES = {DOCK, FARMERS, BANK, STUDENTS, CLEANERS, BIKES, FERRY, NURSES, TENANTS, VIGIL, BAKERY, LIBRARIANS}
NOT_PROTEST = {BANK, BIKES, BAKERY}
FAST = {"AUTOTHROTTLE_ENABLED": "False", "ROBOTSTXT_OBEY": "True"}


def exported_paths(result, site: NewsSite) -> list[str]:
    return sorted(r["url"].removeprefix(site.url("")) for r in result.records()) if result.output.exists() else []


def summary_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "Run summary:" in line]


def test_site_crawl_finds_every_article_through_pages_feeds_and_sitemaps(news_site, crawl):
    result = crawl("news", args={"site": news_site.url("/"), "only_protest": "false", "depth": "10"},
                   settings={**FAST, "RALLYCRAWL_MAX_QUERY_VARIANTS": "4"})
    assert result.returncode == 0, result.stderr[-3000:]
    assert exported_paths(result, news_site) == sorted(ALL_ARTICLES)
    requested = news_site.paths()
    # robots.txt: the disallowed article is never requested
    assert not any(p.startswith("/private/") for p in requested)
    # video, gallery, files and utility pages are judged from the URL and never requested
    assert not any(p.startswith(("/video/", "/gallery/", "/static/", "/newsletters/", "/login", "/about"))
                   for p in requested)
    # one request for the dockworkers story despite a session id and trackers in two of its links
    assert sum(p.startswith(DOCK) for p in requested) == 1
    # the endless calendar is cut at 4 query variants
    assert 1 <= sum(p.startswith("/calendar/") for p in requested) <= 4
    # the sitemap index that lists itself is read once; the gzipped news sitemap is read
    assert requested.count("/sitemap_index.xml") == 1 and "/sitemaps/news.xml.gz" in requested
    # 429 with Retry-After: 1 -> the retry waits at least that long
    times = [t for t, p in news_site.requests if p == THROTTLED]
    assert len(times) == 2 and times[1] - times[0] >= 0.9
    # the redirect chain ends at the ferry story, exported under its final URL
    assert "/news/ferry-strike-latest-old-address" in requested
    [summary] = summary_lines(result.stderr)
    assert "12 articles found, 12 exported" in summary and summary.endswith(": ok")


def test_feeds_rss_atom_and_json_feed_export_only_protest_articles_by_default(news_site, crawl):
    # the RSS feed is asked for on another host name than its entries: a feed given with -a feed
    # vouches for the articles it lists, wherever they are
    rss = news_site.url("/feeds/rss.xml").replace("127.0.0.1", "localhost")
    feeds = ",".join([rss, *(news_site.url(p) for p in ("/feeds/atom.xml", "/feeds/world.json"))])
    result = crawl("news", args={"feed": feeds}, settings=FAST)
    assert result.returncode == 0, result.stderr[-3000:]
    # the feeds list NURSES, DOCK / TENANTS, FARMERS / BANK, STUDENTS; BANK is no protest
    assert exported_paths(result, news_site) == sorted({NURSES, DOCK, TENANTS, FARMERS, STUDENTS})
    assert BANK in news_site.paths()
    [summary] = summary_lines(result.stderr)
    assert "6 articles found, 5 exported, 1 left out as not about a protest" in summary


def test_sitemap_index_with_gzipped_news_sitemap(news_site, crawl):
    result = crawl("news", args={"sitemap": news_site.url("/sitemap_index.xml"), "only_protest": "false"},
                   settings=FAST)
    assert result.returncode == 0, result.stderr[-3000:]
    assert exported_paths(result, news_site) == sorted({VIGIL, CLEANERS, BAKERY})
    requested = news_site.paths()
    assert requested.count("/sitemap_index.xml") == 1
    assert "/world/" not in requested and "/about/" not in requested  # listed, but not articles


def test_date_filters_use_feed_sitemap_url_and_page_dates(news_site, crawl):
    result = crawl("news", args={"site": news_site.url("/"), "only_protest": "false",
                                 "since": "2021-04-05", "until": "2021-04-10"}, settings=FAST)
    assert result.returncode == 0, result.stderr[-3000:]
    assert exported_paths(result, news_site) == sorted({CLEANERS, BANK, BIKES, FERRY, NURSES})
    requested = set(news_site.paths())
    # dated URLs, feed and sitemap dates outside the window: not even requested
    assert not requested & {DOCK, FARMERS, STUDENTS, TENANTS, VIGIL, LIBRARIANS}
    # no date in the URL or the sitemap: fetched, then turned away on the page's own date
    assert BAKERY in requested


def _article_html(headline: str, day: str, paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{headline}</title>'
            f'<meta property="og:type" content="article">'
            f'<meta property="article:published_time" content="{day}T09:00:00+01:00"></head>'
            f"<body><article><h1>{headline}</h1>{body}</article></body></html>")


PORTERS = "/local/2021/04/13/porters-strike-at-station.html"
PORTERS_TEXT = [
    "Railway porters walked out on strike at Porthaven station on Tuesday, and about forty of them held a "
    "protest rally on the main concourse, demanding that the rail operator restore the night shift allowance.",
    "The strike was called by the Station Staff Union after the operator cut the allowance in March. Strikers "
    "handed out leaflets to passengers and chanted outside the ticket office for most of the morning.",
    "\"We carry the luggage of every traveller who comes through here, and we deserve to be paid for the "
    "nights,\" said porter Ivan Petrov, one of the organisers of the protest.",
]


def test_second_run_fetches_only_new_articles_and_refresh_stores_a_new_version(news_site, crawl, tmp_path):
    first = crawl("news", args={"site": news_site.url("/")}, settings=FAST, output="run1.jsonl")
    assert first.returncode == 0, first.stderr[-3000:]
    assert len(first.records()) == len(ALL_ARTICLES - NOT_PROTEST)

    news_site.add_article(PORTERS, _article_html("Railway Porters Strike at Station", "2021-04-13", PORTERS_TEXT))
    local = news_site.root / "local" / "index.html"
    local.write_text(local.read_text().replace(
        "</ul>", f'<li><a href="{PORTERS}">Railway porters strike at the station</a></li></ul>'))
    news_site.clear_log()

    second = crawl("news", args={"site": news_site.url("/")}, settings=FAST, output="run2.jsonl")
    assert second.returncode == 0, second.stderr[-3000:]
    assert exported_paths(second, news_site) == [PORTERS]
    requested = set(news_site.paths())
    assert not requested & ALL_ARTICLES, "a stored article page was downloaded again"
    assert PORTERS in requested and "/" in requested and "/feeds/rss.xml" in requested
    [summary] = summary_lines(second.stderr)
    assert "1 new" in summary and f"{len(ALL_ARTICLES)} already seen" in summary

    dock = news_site.root / DOCK.lstrip("/")
    dock.write_text(dock.read_text().replace(
        "</article>", "<p>Update: the port authority agreed on Thursday to reopen the pay talks.</p></article>"))
    news_site.clear_log()
    third = crawl("news", args={"feed": news_site.url("/feeds/rss.xml"), "refresh": "true"}, settings=FAST,
                  output="run3.jsonl")
    assert third.returncode == 0, third.stderr[-3000:]
    assert DOCK in news_site.paths() and NURSES in news_site.paths()
    with sqlite3.connect(tmp_path / "rallycrawl.sqlite3") as db:
        versions = db.execute("SELECT version, is_latest FROM articles WHERE url = ? ORDER BY version",
                              (news_site.url(DOCK),)).fetchall()
        nurses = db.execute("SELECT count(*) FROM articles WHERE url = ?", (news_site.url(NURSES),)).fetchone()
    assert [v for v, _ in versions] == [1, 2] and [bool(latest) for _, latest in versions] == [False, True]
    assert nurses == (1,)  # refetched, unchanged: no new version


def _cron(args: list[str], cwd: Path, settings: dict[str, str] | None = None):
    cmd = ["cron", "news"]
    for key, value in {**FAST, "LOG_LEVEL": "INFO", **(settings or {})}.items():
        cmd += ["-s", f"{key}={value}"]
    return run_scrapy(cmd + args, cwd, timeout=120)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_cron_exit_statuses_lock_and_timestamped_exports(news_site, tmp_path):
    feed = ["-a", f"feed={news_site.url('/feeds/rss.xml')}"]
    expect = {"RALLYCRAWL_EXPECT_ARTICLES": "True"}
    timestamped = ["-o", "exports/news-%(time)s.jsonl"]
    # independent runs, each in its own directory (own store, own lock), all at once
    dirs = {name: tmp_path / name for name in ("ok", "future", "down", "bad", "broken")}
    for path in dirs.values():
        path.mkdir()
    (dirs["broken"] / "a-file").write_text("not a directory")
    cases = {
        "ok": (feed + timestamped, dirs["ok"], expect),
        "locked": (feed, tmp_path, {}),
        "future": (["-a", f"feed={news_site.url('/feeds/atom.xml')}", "-a", "since=2030-01-01", *timestamped],
                   dirs["future"], expect),
        "down": (["-a", f"site=http://127.0.0.1:{_free_port()}/"], dirs["down"], {"RETRY_ENABLED": "False"}),
        "bad": (["-a", "since=yesterday", *feed], dirs["bad"], {}),
        "broken": (feed, dirs["broken"], {"RALLYCRAWL_SQLITE_PATH": str(dirs["broken"] / "a-file" / "x.sqlite3"),
                                          "RALLYCRAWL_LOCK_PATH": str(dirs["broken"] / "run.lock")}),
    }
    with RunLock(tmp_path / "rallycrawl.sqlite3.lock"), ThreadPoolExecutor(len(cases)) as pool:
        futures = {name: pool.submit(_cron, *case) for name, case in cases.items()}
        runs = {name: future.result() for name, future in futures.items()}

    assert runs["ok"].returncode == 0, runs["ok"].stderr[-3000:]
    [export] = (dirs["ok"] / "exports").iterdir()
    assert re.fullmatch(r"news-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\+00-00\.jsonl", export.name)
    assert len([json.loads(line) for line in export.read_text().splitlines()]) == 2
    assert runs["locked"].returncode == 75
    assert "another run holds the lock" in runs["locked"].stderr and "Run summary" not in runs["locked"].stderr
    assert runs["future"].returncode == 4, runs["future"].stderr[-3000:]
    assert "no article found" in runs["future"].stderr
    assert not (dirs["future"] / "exports").exists()  # an empty run writes no file
    assert runs["down"].returncode == 3, runs["down"].stderr[-3000:]
    assert "requests failed" in runs["down"].stderr
    assert runs["bad"].returncode == 2 and "since" in runs["bad"].stderr.strip().splitlines()[-1]
    assert runs["broken"].returncode == 1 and "could not start" in runs["broken"].stderr


def test_max_articles_stops_the_crawl_at_that_many_exports(news_site, crawl):
    feeds = ",".join(news_site.url(p) for p in ("/feeds/rss.xml", "/feeds/atom.xml", "/feeds/world.json"))
    result = crawl("news", args={"feed": feeds, "only_protest": "false", "max_articles": "2"}, settings=FAST)
    assert result.returncode == 0, result.stderr[-3000:]
    assert len(result.records()) == 2
    [summary] = summary_lines(result.stderr)
    assert "news max_articles" in summary and summary.endswith(": ok")
