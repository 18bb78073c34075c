import pytest

from rallycrawl.spiders.article import ArticleSpider
from rallycrawl.spiders.base import ArgumentError


def test_url_arguments_combine_and_deduplicate(tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text("# my list\n\nhttp://127.0.0.1/a\nhttps://example.org/b#frag\n", encoding="utf-8")
    args = ArticleSpider.check_arguments(
        {"url": "http://127.0.0.1/a", "urls": "http://127.0.0.1/c, http://127.0.0.1/a", "urls_file": str(listing)}
    )
    assert args["_start_urls"] == ["http://127.0.0.1/a", "http://127.0.0.1/c", "https://example.org/b#frag"]


@pytest.mark.parametrize(
    "args, message",
    [
        ({}, "no URL to crawl"),
        ({"url": "notaurl"}, "not an http"),
        ({"urls": "http://ok.example/a,ftp://x.example/f"}, "ftp://x.example/f"),
        ({"url": "http://x.example/a", "depth": "2"}, "unknown argument -a depth"),
        ({"urls_file": "/nonexistent/list.txt"}, "cannot read it"),
        ({"url": "http://x.example/a", "only_protest": "maybe"}, "not a boolean"),
    ],
)
def test_bad_arguments_say_what_to_pass(args, message):
    with pytest.raises(ArgumentError, match=message):
        ArticleSpider.check_arguments(args)


def test_empty_urls_file_is_an_error(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing yet\n\n", encoding="utf-8")
    with pytest.raises(ArgumentError, match="lists no URL"):
        ArticleSpider.check_arguments({"urls_file": str(empty)})


def test_spider_built_without_the_crawl_command_checks_too():
    with pytest.raises(ArgumentError):
        ArticleSpider()
    spider = ArticleSpider(url="http://127.0.0.1/x", _job="abc")
    assert spider.start_url_list == ["http://127.0.0.1/x"]
