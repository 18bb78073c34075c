"""Hostile feeds and sitemaps: entity bombs, XXE, a self-listing index, 100,000 items, bad dates.

First at the library level (Scrapy's ``Sitemap`` class and feedparser, which the
``news`` spider uses), then in one real ``scrapy crawl news`` against a local
server serving all of them next to a good feed: nothing crashes or hangs, no
local file leaks, and the good feed's article is still exported.
"""

from __future__ import annotations

import json
import time

import feedparser
import pytest
from scrapy.utils.sitemap import Sitemap

from rallycrawl.discovery.feeds import parse_feed
from rallycrawl.discovery.sitemaps import parse_sitemap, w3c_datetime

pytestmark = pytest.mark.e2e

SECRET = "L0CAL-FILE-CONTENT-7731"


def billion_laughs(root: str, inner: str) -> bytes:
    decl = '<!ENTITY a "' + "lol" * 10 + '">'
    for name, prev in zip("bcdefghij", "abcdefghi"):
        decl += f'<!ENTITY {name} "{("&" + prev + ";") * 10}">'
    return f'<?xml version="1.0"?><!DOCTYPE {root} [{decl}]>{inner.replace("BOMB", "&j;")}'.encode()


def xxe(root: str, inner: str, path) -> bytes:
    return (f'<?xml version="1.0"?><!DOCTYPE {root} [<!ENTITY xxe SYSTEM "file://{path}">]>'
            + inner.replace("XXE", "&xxe;")).encode()


def rss(items: str) -> str:
    return f"<rss version='2.0'><channel><title>T</title><link>http://n.example/</link>{items}</channel></rss>"


def urlset(urls: str) -> str:
    return f"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{urls}</urlset>"


@pytest.fixture
def secret_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(SECRET)
    return path


# -- library level ------------------------------------------------------------------------


def test_scrapy_sitemap_does_not_expand_entity_bombs():
    body = billion_laughs("urlset", urlset("<url><loc>http://n.example/BOMB</loc></url>"))
    start = time.perf_counter()
    locs = [entry.get("loc", "") for entry in Sitemap(body)]
    assert time.perf_counter() - start < 2
    assert all(len(loc) < 1000 for loc in locs)


def test_scrapy_sitemap_does_not_read_local_files(secret_file):
    body = xxe("urlset", urlset("<url><loc>http://n.example/XXE</loc></url>"), secret_file)
    assert all(SECRET not in entry.get("loc", "") for entry in Sitemap(body))


def test_feedparser_neither_expands_nor_reads_local_files(secret_file):
    start = time.perf_counter()
    parsed = feedparser.parse(billion_laughs("rss", rss("<item><title>BOMB</title><link>http://n.example/a</link></item>")))
    assert time.perf_counter() - start < 5
    assert all(len(e.get("title", "")) < 10_000 for e in parsed.entries)
    parsed = feedparser.parse(xxe("rss", rss("<item><title>XXE</title><link>http://n.example/XXE</link></item>"), secret_file))
    assert SECRET not in json.dumps(parsed, default=str)


def test_feed_of_100000_items_is_capped_and_bounded():
    items = "".join(f"<item><title>Item {i}</title><link>http://n.example/a/{i}</link></item>" for i in range(100_000))
    body = rss(items).encode()
    start = time.perf_counter()
    entries = parse_feed(body, "http://n.example/rss", max_entries=1000)
    # Regression: feedparser read all 100,000 items first (minutes, superlinear); now the
    # entries past the cap are cut before parsing.
    assert time.perf_counter() - start < 15
    assert len(entries) == 1000


@pytest.mark.parametrize("shape", ["long prefix", "empty items"])
def test_feed_cap_cannot_be_bypassed(shape):
    """Issue 13: an Atom feed with a 26-character namespace prefix was parsed in full."""
    if shape == "long prefix":
        p = "averyveryverylongprefixabc"  # 26 characters
        entries = "".join(f"<{p}:entry><{p}:title>E {i}</{p}:title><{p}:link href='http://n.example/a/{i}'/>"
                          f"</{p}:entry>" for i in range(100_000))
        body = (f"<?xml version='1.0'?><{p}:feed xmlns:{p}='http://www.w3.org/2005/Atom'><{p}:title>f</{p}:title>"
                f"{entries}</{p}:feed>").encode()
    else:
        body = rss("<item/>" * 100_000 + "<item><link>http://n.example/last</link></item>").encode()
    start = time.perf_counter()
    entries = parse_feed(body, "http://n.example/feed", max_entries=1000)
    assert time.perf_counter() - start < 10
    if shape == "long prefix":
        assert len(entries) == 1000
    else:
        assert entries == []  # the 1,000 entries read are empty; the rest is never parsed


def test_robots_txt_is_read_up_to_500_kib_only():
    """Issue 13: a 9 MB robots.txt cost 3 s to parse and 46 ms per URL check."""
    from rallycrawl.discovery.robots import MAX_ROBOTS_BYTES, CappedRobotParser, robots_head

    lines = [b"User-agent: *", b"Disallow: /private/"] + [f"Disallow: /section-{i}/".encode() for i in range(450_000)]
    body = b"\n".join(lines) + b"\nDisallow: /after-the-cap/\n"
    assert len(body) > 9_000_000  # in full: 11 s to parse, 38 ms a check; capped: 0.5 s, 1 ms
    head = robots_head(body)
    assert len(head) <= MAX_ROBOTS_BYTES and head.endswith(b"\n")
    start = time.perf_counter()
    parser = CappedRobotParser(body, None)
    parsed = time.perf_counter() - start
    start = time.perf_counter()
    for i in range(20):
        parser.allowed(f"http://n.example/a/{i}", "rallycrawl")
    checked = (time.perf_counter() - start) / 20
    assert parsed < 4 and checked < 0.01, (parsed, checked)
    assert not parser.allowed("http://n.example/private/a", "rallycrawl")
    assert parser.allowed("http://n.example/after-the-cap/a", "rallycrawl")  # past 500 KiB: not read


def test_sitemap_of_100000_urls_is_capped_and_bounded():
    body = urlset("".join(f"<url><loc>http://n.example/a/{i}</loc><lastmod>2021-04-0{i % 9 + 1}</lastmod></url>"
                          for i in range(100_000))).encode()
    start = time.perf_counter()
    parsed = parse_sitemap(body, max_entries=50_000)
    assert time.perf_counter() - start < 20
    assert len(parsed.entries) == 50_000


MALFORMED_DATES = ["not a date", "2021-13-45", "2021-02-30T25:61:00Z", "99999-01-01", "", "   ", "0000-00-00",
                   "Mon, 32 Foo 2021 99:99:99 +9999", "2021-04-07T10:00:00+25:00", "1" * 500, "\x00\ufffd"]


@pytest.mark.parametrize("value", MALFORMED_DATES)
def test_malformed_sitemap_dates_become_none(value):
    assert w3c_datetime(value) is None


@pytest.mark.parametrize("value, expected", [
    ("2021-04-07", "2021-04-07T00:00:00+00:00"),
    ("2021-04-07T10:00:00+01:00", "2021-04-07T09:00:00+00:00"),
    ("2021-04-07T10:00Z", "2021-04-07T10:00:00+00:00"),
    (" 2021-04-07T10:00:00.123456-05:00 ", "2021-04-07T15:00:00.123456+00:00"),
])
def test_w3c_sitemap_dates_are_read_as_utc(value, expected):
    assert w3c_datetime(value).isoformat() == expected


def test_malformed_feed_dates_never_raise():
    items = "".join(f"<item><link>http://n.example/d/{i}</link><pubDate>{d}</pubDate></item>"
                    for i, d in enumerate(MALFORMED_DATES))
    entries = parse_feed(rss(items).encode(), "http://n.example/rss")
    assert len(entries) == len(MALFORMED_DATES)
    atom = ("<feed xmlns='http://www.w3.org/2005/Atom'>" + "".join(
        f"<entry><link href='http://n.example/e/{i}'/><updated>{d}</updated></entry>" for i, d in enumerate(MALFORMED_DATES))
        + "</feed>")
    assert len(parse_feed(atom.encode(), "http://n.example/atom")) == len(MALFORMED_DATES)
    json_feed = {"version": "https://jsonfeed.org/version/1.1", "items": [
        {"url": f"http://n.example/j/{i}", "date_published": d} for i, d in enumerate([*MALFORMED_DATES, 5, None, [], {}])]}
    assert len(parse_feed(json.dumps(json_feed).encode(), "http://n.example/feed.json")) == len(MALFORMED_DATES) + 4


@pytest.mark.parametrize("body", [
    b'{"version": "x", "items": {"not": "a list"}}', b'{"items": [1, "two", null, [], {"url": 3}]}',
    b"[" * 50_000 + b"]" * 50_000, b"{" + b'"a":' * 10 + b"1}", b"{\"items\": [{\"url\": \"\\ud800\"}]}",
])
def test_malformed_json_feeds_never_raise(body):
    parse_feed(body, "http://n.example/feed.json")


# -- a real crawl -------------------------------------------------------------------------

ARTICLE = (
    "<html><head><title>Bus drivers strike over split shifts</title></head><body><article>"
    "<h1>Bus drivers strike over split shifts</h1>"
    "<p>Bus drivers in the northern depots walked out on Wednesday and picketed the depot gates, "
    "protesting against split shifts that keep them at work for fourteen hours a day.</p>"
    "<p>The Transit Workers Guild, which called the strike, said the rota leaves drivers exhausted and "
    "passengers at risk, and it demanded an end to split shifts by the summer.</p>"
    "<p>\u201cWe want to drive safely and see our children,\u201d said Lene Ostrova, a driver for "
    "eleven years.</p></article></body></html>"
)


def test_news_crawl_survives_hostile_feeds_and_sitemaps(local_server, crawl, secret_file, tmp_path):
    s = local_server
    s.route("/article.html", ARTICLE)
    s.route("/good.rss", rss(f"<item><title>Strike</title><link>{s.url('/article.html')}</link>"
                             "<pubDate>not a date at all</pubDate></item>"), content_type="application/rss+xml")
    s.route("/bomb.rss", billion_laughs("rss", rss(f"<item><title>BOMB</title><link>{s.url('/b')}</link></item>")),
            content_type="application/rss+xml")
    s.route("/xxe.rss", xxe("rss", rss(f"<item><title>XXE</title><link>{s.url('/x/')}XXE</link></item>"), secret_file),
            content_type="application/rss+xml")
    items = "".join(f"<item><link>{s.url(f'/many/{i}')}</link><pubDate>Mon, 99 Zzz {i}</pubDate></item>"
                    for i in range(100_000))
    s.route("/huge.rss", rss(items), content_type="application/rss+xml")
    s.route("/bomb.xml", billion_laughs("urlset", urlset(f"<url><loc>{s.url('/b')}BOMB</loc></url>")),
            content_type="application/xml")
    s.route("/xxe.xml", xxe("urlset", urlset(f"<url><loc>{s.url('/x/')}XXE</loc><lastmod>2021-13-45</lastmod></url>"),
                            secret_file), content_type="application/xml")
    s.route("/self-index.xml", "<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
            f"<sitemap><loc>{s.url('/self-index.xml')}</loc></sitemap>"
            f"<sitemap><loc>{s.url('/self-index.xml')}?again=1</loc></sitemap></sitemapindex>",
            content_type="application/xml")
    feeds = ",".join(s.url(p) for p in ("/good.rss", "/bomb.rss", "/xxe.rss", "/huge.rss"))
    sitemaps = ",".join(s.url(p) for p in ("/bomb.xml", "/xxe.xml", "/self-index.xml"))
    result = crawl("news", args={"feed": feeds, "sitemap": sitemaps},
                   settings={"RALLYCRAWL_MAX_FEED_ENTRIES": "30", "RALLYCRAWL_SQLITE_PATH": str(tmp_path / "s.sqlite3")},
                   timeout=150)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    records = result.records()
    assert [r["headline"] for r in records] == ["Bus drivers strike over split shifts"]
    assert SECRET not in result.stderr + result.stdout
    requested = [line for line in result.stderr.splitlines() if "/many/" in line]
    assert len({line.split("/many/")[1].split()[0] for line in requested}) <= 30  # the 100,000 items were capped
    assert result.stderr.count(f"{s.url('/self-index.xml')}?again=1") <= 3  # read once at most, no loop
