"""Feed and sitemap parsing: formats, dates, caps, and hostile XML."""

import gzip
from datetime import datetime, timezone

from rallycrawl.discovery.feeds import feed_links, parse_feed
from rallycrawl.discovery.sitemaps import parse_sitemap, sitemap_body

RSS = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Local desk</title>
<item><title>Bus drivers strike</title><link>http://n.example.org/2021/04/07/bus-drivers-strike</link>
<pubDate>Wed, 07 Apr 2021 09:30:00 +0000</pubDate></item>
<item><title>Relative link</title><link>/news/relative-link-story-here</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
<entry><title>Sit-in at the town hall</title><link href="http://n.example.org/news/sit-in-at-the-town-hall"/>
<published>2021-04-08T12:00:00+02:00</published><updated>2021-04-09T12:00:00Z</updated></entry>
</feed>"""

JSON_FEED = b"""{"version": "https://jsonfeed.org/version/1.1", "title": "Desk",
"items": [{"id": "1", "url": "http://n.example.org/news/vigil-for-clean-air", "date_published": "2021-04-09T08:00:00Z"},
          {"id": "2", "external_url": "/news/second-item-of-the-feed"}, {"id": "3"}, "junk"]}"""


def test_rss_atom_and_json_feed():
    rss = parse_feed(RSS, "http://n.example.org/rss.xml")
    assert [e.url for e in rss] == ["http://n.example.org/2021/04/07/bus-drivers-strike",
                                    "http://n.example.org/news/relative-link-story-here"]
    assert rss[0].published == datetime(2021, 4, 7, 9, 30, tzinfo=timezone.utc)
    assert rss[1].published is None
    atom = parse_feed(ATOM, "http://n.example.org/atom.xml")
    assert atom[0].url == "http://n.example.org/news/sit-in-at-the-town-hall"
    assert atom[0].published == datetime(2021, 4, 8, 10, 0, tzinfo=timezone.utc)
    items = parse_feed(JSON_FEED, "http://n.example.org/feed.json")
    assert [e.url for e in items] == ["http://n.example.org/news/vigil-for-clean-air",
                                      "http://n.example.org/news/second-item-of-the-feed"]
    assert items[0].published == datetime(2021, 4, 9, 8, 0, tzinfo=timezone.utc)


def test_feed_entries_are_capped():
    items = b"".join(b"<item><link>http://n.example.org/a/%d</link></item>" % i for i in range(50))
    body = b"<rss version='2.0'><channel>" + items + b"</channel></rss>"
    assert len(parse_feed(body, "http://n.example.org/rss", max_entries=10)) == 10


def test_feeds_resolve_no_external_entity_and_expand_no_entity_bomb(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    xxe = f"""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>
<rss version="2.0"><channel><item><title>&xxe;</title><link>http://n.example.org/a/&xxe;</link></item>
</channel></rss>""".encode()
    for entry in parse_feed(xxe, "http://n.example.org/rss"):
        assert "TOPSECRET" not in entry.url + entry.title
    bomb = b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
    for name, prev in zip("bcdefghij", "abcdefghi"):
        bomb += f'<!ENTITY {name} "{("&" + prev + ";") * 10}">'.encode()
    bomb += b"]><rss version='2.0'><channel><item><title>&j;</title><link>http://n.example.org/x</link></item></channel></rss>"
    entries = parse_feed(bomb, "http://n.example.org/rss")
    assert all(len(e.title) < 10_000 for e in entries)


def test_feed_body_is_never_taken_for_a_file_name(tmp_path):
    secret = tmp_path / "feed.xml"
    secret.write_bytes(RSS)
    assert parse_feed(str(secret).encode(), "http://n.example.org/rss") == []


def test_feed_links_from_link_elements():
    links = [
        ("alternate", "application/rss+xml", "/rss.xml"),
        ("alternate", "application/atom+xml", "http://n.example.org/atom.xml"),
        ("alternate", "application/feed+json", "/feed.json"),
        ("alternate", "application/json", "/wp-json/wp/v2/posts/1"),
        ("alternate", "application/rss+xml", "/comments/feed/"),
        ("stylesheet", "text/css", "/style.css"),
        ("alternate", "text/html", "/fr/"),
    ]
    assert feed_links(links, "http://n.example.org/world/") == [
        "http://n.example.org/rss.xml", "http://n.example.org/atom.xml", "http://n.example.org/feed.json",
    ]


NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>http://n.example.org/news/rent-strike-grows</loc><lastmod>2021-04-10</lastmod>
<news:news><news:publication><news:name>Desk</news:name><news:language>en</news:language></news:publication>
<news:publication_date>2021-04-07T10:00:00+02:00</news:publication_date><news:title>Rent strike grows</news:title></news:news></url>
<url><loc>http://n.example.org/about</loc></url>
</urlset>"""


def test_news_sitemap_dates_gzipped_or_not():
    for body in (NEWS_SITEMAP, sitemap_body(gzip.compress(NEWS_SITEMAP), 10_000_000)):
        parsed = parse_sitemap(body)
        assert parsed.kind == "urlset"
        first, second = parsed.entries
        assert first.is_news and first.published == datetime(2021, 4, 7, 8, 0, tzinfo=timezone.utc)
        assert first.lastmod == datetime(2021, 4, 10, tzinfo=timezone.utc)
        assert not second.is_news and second.published is None


def test_sitemap_index_caps_and_junk():
    locs = b"".join(b"<sitemap><loc>http://n.example.org/s%d.xml</loc></sitemap>" % i for i in range(30))
    index = parse_sitemap(b"<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>" + locs
                          + b"</sitemapindex>", max_entries=5)
    assert index.kind == "sitemapindex" and len(index.entries) == 5
    assert parse_sitemap(b"<html><body>no</body></html>").kind == ""
    assert parse_sitemap(b"garbage").kind == ""
    assert sitemap_body(gzip.compress(b"<urlset>" + b" " * 5000 + b"</urlset>"), 1000) is None
    assert sitemap_body(b"\x1f\x8bnot really gzip", 1000) is None


def test_sitemap_entities_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    body = f"""<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY xxe SYSTEM "file://{secret}">]>
<urlset><url><loc>http://n.example.org/&xxe;</loc></url></urlset>""".encode()
    assert all("TOPSECRET" not in e.url for e in parse_sitemap(body).entries)


def test_sitemap_changefreq_is_kept():
    body = (b"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc>http://n.example.org/world/</loc>"
            b"<changefreq>Hourly</changefreq></url><url><loc>http://n.example.org/a</loc></url></urlset>")
    assert [e.changefreq for e in parse_sitemap(body).entries] == ["hourly", ""]
