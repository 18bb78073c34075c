"""The news spider's callbacks on hand-made responses: what it requests, and what it leaves alone."""

import gzip

from scrapy.http import HtmlResponse, Request, Response, TextResponse, XmlResponse
from scrapy.utils.test import get_crawler

from rallycrawl.spiders.news import NewsSpider

SITE = "http://n.example.org/"


def make_spider(**args) -> NewsSpider:
    args = NewsSpider.check_arguments({"site": SITE, **args})
    crawler = get_crawler(NewsSpider)
    crawler.stats.open_spider()
    return NewsSpider.from_crawler(crawler, **args)


def html(url: str, body: str) -> HtmlResponse:
    return HtmlResponse(url, body=body.encode(), encoding="utf-8", request=Request(url))


def test_listing_page_requests_articles_listings_and_feeds_only():
    spider = make_spider(depth="1")
    page = html(SITE, """<html><head>
        <link rel="alternate" type="application/rss+xml" href="/rss.xml">
        <link rel="alternate" type="application/rss+xml" href="http://other.example.com/rss.xml"></head><body>
        <a href="/2021/04/07/teachers-march-on-parliament">Teachers march</a>
        <a href="/world/">World</a> <a href="/tag/strikes/">Strikes</a>
        <a href="/video/march-footage-from-the-square">Video</a> <a href="/photos/march">Photos</a>
        <a href="/files/leaflet.pdf">Leaflet</a> <a href="http://other.example.com/2021/04/07/a-story-elsewhere">x</a>
        <a href="#top">Top</a> <a href="javascript:void(0)">menu</a> <a href="mailto:a@b.c">mail</a>
        </body></html>""")
    requests = list(spider.parse_listing(page, depth=0))
    by_url = {r.url: r for r in requests}
    assert set(by_url) == {SITE + "rss.xml", SITE + "2021/04/07/teachers-march-on-parliament",
                           SITE + "world/", SITE + "tag/strikes/"}
    assert by_url[SITE + "2021/04/07/teachers-march-on-parliament"].meta["rallycrawl_article"] is True
    assert not by_url[SITE + "world/"].meta.get("rallycrawl_article")
    # at the depth limit, listings are no longer followed, articles still are
    deeper = {r.url for r in spider.parse_listing(page, depth=1)}
    assert SITE + "world/" not in deeper and SITE + "2021/04/07/teachers-march-on-parliament" in deeper


def test_a_page_given_as_a_feed_is_read_for_the_feeds_it_announces():
    spider = make_spider()
    page = html(SITE, '<html><head><link rel="alternate" type="application/atom+xml" href="/atom.xml"></head></html>')
    assert [r.url for r in spider.parse_feed(page)] == [SITE + "atom.xml"]


def test_sitemaps_guard_against_loops_and_skip_sections():
    spider = make_spider(sitemap=SITE + "sitemap.xml")
    index = XmlResponse(SITE + "sitemap.xml", request=Request(SITE + "sitemap.xml"), body=f"""
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <sitemap><loc>{SITE}sitemap.xml</loc></sitemap><sitemap><loc>{SITE}posts.xml.gz</loc></sitemap>
        </sitemapindex>""".encode())
    assert spider._sitemap_request(SITE + "sitemap.xml", errback=None) is not None  # as start() does
    assert [r.url for r in spider.parse_sitemap(index)] == [SITE + "posts.xml.gz"]  # not itself again
    assert list(spider.parse_sitemap(index)) == []  # read again (a loop): nothing new
    urlset = f"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <url><loc>{SITE}world/</loc><changefreq>hourly</changefreq></url>
        <url><loc>{SITE}tag/strikes/</loc></url><url><loc>{SITE}short-post/</loc></url>
        <url><loc>{SITE}2021/04/07/rail-workers-walk-out</loc></url></urlset>""".encode()
    posts = Response(SITE + "posts.xml.gz", body=gzip.compress(urlset), request=Request(SITE + "posts.xml.gz"))
    assert [r.url for r in spider.parse_sitemap(posts)] == [SITE + "short-post/", SITE + "2021/04/07/rail-workers-walk-out"]


def test_robots_sitemaps_or_else_the_usual_places():
    spider = make_spider()
    listed = TextResponse(SITE + "robots.txt", body=b"User-agent: *\nDisallow: /private/\nSitemap: /news.xml\n",
                          request=Request(SITE + "robots.txt"))
    assert [r.url for r in spider.parse_robots(listed)] == [SITE + "news.xml"]
    spider = make_spider()
    silent = TextResponse(SITE + "robots.txt", body=b"User-agent: *\nDisallow:\n", request=Request(SITE + "robots.txt"))
    assert [r.url for r in spider.parse_robots(silent)] == [
        SITE + "sitemap.xml", SITE + "sitemap_index.xml", SITE + "news-sitemap.xml"]


def test_a_listing_page_of_40000_links_is_followed_up_to_the_cap():
    """Issue 13: pages full of links used ~136x their size in memory."""
    spider = make_spider(depth="1")
    links = "".join(f"<a href='/2021/04/07/march-number-{i}-on-parliament'>March <b>{i}</b> on parliament</a>"
                    for i in range(40_000))
    requests = list(spider.parse_listing(html(SITE, f"<html><body>{links}</body></html>"), depth=0))
    assert len(requests) == 3000  # RALLYCRAWL_MAX_LINKS_PER_PAGE
    assert requests[0].url == SITE + "2021/04/07/march-number-0-on-parliament"
    assert spider.crawler.stats.get_value("rallycrawl/links_capped") == 1
