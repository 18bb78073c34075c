"""The ``article`` spider: fetch exactly the URLs it is given, follow nothing.

    scrapy crawl article -a url=URL
    scrapy crawl article -a urls=URL1,URL2
    scrapy crawl article -a urls_file=PATH      (one URL a line; "-" reads stdin)
"""

from __future__ import annotations

from typing import Any

import scrapy

from .base import ArgumentError, RallySpider, parse_bool, urls_from_arguments


class ArticleSpider(RallySpider):
    name = "article"
    #: ``scrapy parse --spider article URL`` passes the URL as ``-a url=URL``
    parse_argument = "url"
    seed_arguments = ("url", "urls", "urls_file")
    arguments = {
        "url": "one article URL",
        "urls": "comma-separated article URLs",
        "urls_file": "a file with one URL a line (# comments, blank lines ignored); - reads stdin",
        "only_protest": "true to export only articles that report a protest (default false)",
    }

    @classmethod
    def check_arguments(cls, args: dict[str, Any]) -> dict[str, Any]:
        args = dict(super().check_arguments(args))
        urls = urls_from_arguments(args, single="url", listed="urls", listing_file="urls_file")
        if not urls and not args.get("_from_redis"):
            raise ArgumentError(
                "no URL to crawl: pass -a url=URL, -a urls=URL1,URL2 or -a urls_file=PATH"
            )
        if "only_protest" in args:
            parse_bool("only_protest", args["only_protest"])
        # Resolved once, so that stdin is read only once.
        return {k: v for k, v in args.items() if k not in ("url", "urls", "urls_file", "_from_redis")} | {
            "_start_urls": list(dict.fromkeys(urls))
        }

    def __init__(self, *args: Any, **kwargs: Any):
        if "_start_urls" not in kwargs:  # started without ``scrapy crawl`` (scrapyd, scripts)
            kwargs = self.check_arguments(kwargs)
        self.start_url_list: list[str] = kwargs.pop("_start_urls")
        self.only_protest = parse_bool("only_protest", kwargs.pop("only_protest", False))
        super().__init__(*args, **kwargs)

    def given_urls(self) -> list[str]:
        return list(self.start_url_list)

    async def start(self):
        for url in self.start_url_list:
            yield self.start_request(url)

    def start_request(self, url: str) -> scrapy.Request:
        """The request for one given URL (also used for start URLs pushed to Redis)."""
        return scrapy.Request(url, callback=self.parse, errback=self.on_error, dont_filter=True)

    def parse(self, response):
        yield self.page_item(response)
