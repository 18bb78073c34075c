"""Bad arguments stop ``scrapy crawl`` at once: exit status 2 and one line saying what to pass.

Real subprocesses, as a user or a scheduler would see them: nothing is crawled,
no output file is created, and nothing but that line is printed.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.e2e


def one_line(result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr[-2000:]
    assert lines[0].startswith("rallycrawl: error: ")
    return lines[0]


BAD = [
    ("article", {"url": "http://127.0.0.1/a", "depht": "2"}, "unknown argument -a depht for spider 'article'"),
    ("article", {"url": "http://127.0.0.1/a", "x": "1", "y": "2"}, "unknown arguments -a x, -a y"),
    ("news", {"feed": "http://127.0.0.1/rss", "url": "http://127.0.0.1/a"}, "unknown argument -a url for spider 'news'"),
    ("article", {"url": "127.0.0.1/no-scheme"}, "is not an http:// or https:// URL"),
    ("article", {"url": "file:///etc/passwd"}, "is not an http:// or https:// URL"),
    ("article", {"url": "javascript:alert(1)"}, "is not an http:// or https:// URL"),
    ("article", {"url": "http://"}, "not a valid URL"),
    ("article", {"url": "http://exa mple.org/a"}, "not a valid URL"),
    ("article", {"url": "http://[::1/a"}, "not a valid URL"),
    ("article", {"url": "http://example.org:99999/a"}, "not a valid URL"),
    ("article", {"urls": "http://127.0.0.1/a,,ftp://127.0.0.1/b"}, "ftp://127.0.0.1/b"),
    ("article", {"url": "http://127.0.0.1/a", "only_protest": "perhaps"}, "not a boolean"),
    ("news", {"feed": "http://127.0.0.1/rss", "since": "2021-02-30"}, "is not a date"),
    ("news", {"feed": "http://127.0.0.1/rss", "max_articles": "-5"}, "max_articles"),
    ("article", {"urls": "http://alice:s3cretPw@127.0.0.1/a"}, "'http://alice:***@127.0.0.1/a' carries a user name"),
    ("news", {"feed": "https://bob@feeds.example/rss"}, "carries a user name or password"),
    ("article", {"url": "alice:s3cretPw@127.0.0.1/a"}, "'alice:***@127.0.0.1/a' is not an http"),
]


@pytest.mark.parametrize(("spider", "args", "expected"), BAD)
def test_bad_argument_message(spider, args, expected):
    """Every case, at the spider's argument check (what ``scrapy crawl`` calls first)."""
    from rallycrawl.spiders.article import ArticleSpider
    from rallycrawl.spiders.base import ArgumentError
    from rallycrawl.spiders.news import NewsSpider

    with pytest.raises(ArgumentError) as error:
        {"article": ArticleSpider, "news": NewsSpider}[spider].check_arguments(args)
    assert expected in str(error.value)


@pytest.mark.parametrize(("spider", "args", "expected"), [BAD[i] for i in (0, 2, 4, 9)])
def test_bad_argument_is_one_line_and_exit_status_2(crawl, spider, args, expected):
    """A few cases as real commands: one line on stderr, status 2, no output file."""
    result = crawl(spider, args=args)
    assert result.returncode == 2
    assert expected in one_line(result)
    assert not result.output.exists()


def test_a_url_with_a_password_is_refused_in_one_line_that_hides_it(crawl):
    """Issue 13: the password was printed three times (an ERROR, a WARNING and a traceback)."""
    for url in ("http://alice:s3cretPw@127.0.0.1/a", "alice:s3cretPw@127.0.0.1/a"):
        result = crawl("article", args={"urls": url})
        assert result.returncode == 2
        assert "alice:***@127.0.0.1/a" in one_line(result)
        assert "s3cretPw" not in result.stderr + result.stdout


def test_urls_file_with_a_malformed_line_names_it(crawl, tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text("http://127.0.0.1/good\nnot a url\n", encoding="utf-8")
    result = crawl("article", args={"urls_file": str(listing)})
    assert result.returncode == 2
    assert "'not a url'" in one_line(result)


def test_urls_file_that_is_binary_or_missing(crawl, tmp_path):
    binary = tmp_path / "urls.bin"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00")
    assert "not a UTF-8 text file" in one_line(crawl("article", args={"urls_file": str(binary)}))
    assert "cannot read it" in one_line(crawl("article", args={"urls_file": str(tmp_path / "missing.txt")}))


def test_unknown_spider_is_an_error(crawl):
    result = crawl("no_such_spider", args={})
    assert result.returncode == 2
    assert "no spider named 'no_such_spider'" in one_line(result)
