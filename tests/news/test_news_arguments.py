"""The news spider's arguments: checked before the crawl, one clear message when wrong."""

from datetime import date

import pytest

from rallycrawl.spiders.base import ArgumentError
from rallycrawl.spiders.news import NewsSpider


def test_sources_are_resolved_and_combined(tmp_path):
    sites = tmp_path / "sites.txt"
    sites.write_text("# outlets\nhttps://www.example.org/\n\nhttps://news.example.net/world/\n")
    args = NewsSpider.check_arguments({
        "site": "https://www.example.org/,https://a.example.com/", "sites_file": str(sites),
        "feed": "https://www.example.org/rss.xml", "sitemap": "https://b.example.com/sitemap.xml",
    })
    assert args["_sites"] == ["https://www.example.org/", "https://a.example.com/", "https://news.example.net/world/"]
    spider = NewsSpider(**args)
    assert spider.allowed_domains == ["a.example.com", "b.example.com", "example.org", "news.example.net"]
    assert (spider.depth, spider.only_protest, spider.refresh, spider.max_articles) == (2, True, False, None)


def test_filters_and_flags():
    spider = NewsSpider(**NewsSpider.check_arguments({
        "feed": "https://www.example.org/rss.xml", "since": "2021-04-01", "until": "2021-04-30",
        "max_articles": "5", "depth": "0", "only_protest": "false", "refresh": "true",
    }))
    assert (spider.since, spider.until) == (date(2021, 4, 1), date(2021, 4, 30))
    assert (spider.max_articles, spider.depth, spider.only_protest, spider.refresh) == (5, 0, False, True)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ({}, "nothing to crawl"),
        ({"site": "www.example.org"}, "not an http"),
        ({"feed": "https://e.org/rss", "since": "04/01/2021"}, "-a since='04/01/2021' is not a date"),
        ({"feed": "https://e.org/rss", "since": "2021-05-01", "until": "2021-04-01"}, "is after"),
        ({"feed": "https://e.org/rss", "max_articles": "0"}, "must be at least 1"),
        ({"feed": "https://e.org/rss", "depth": "deep"}, "not a whole number"),
        ({"feed": "https://e.org/rss", "refresh": "maybe"}, "not a boolean"),
        ({"feed": "https://e.org/rss", "url": "https://e.org/"}, "unknown argument -a url"),
    ],
)
def test_bad_arguments_say_what_to_pass(args, message):
    with pytest.raises(ArgumentError, match=message.replace("(", r"\(")):
        NewsSpider.check_arguments(args)
