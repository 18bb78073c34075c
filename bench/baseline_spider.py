"""The baselines of ``bench/crawl.py``: a Scrapy spider that fetches a list of URLs
and either only downloads them or runs trafilatura with metadata on each page.

    scrapy runspider bench/baseline_spider.py -a urls_file=URLS -a mode=download
    scrapy runspider bench/baseline_spider.py -a urls_file=URLS -a mode=trafilatura -O out.jsonl

It runs with rallycrawl's settings (so robots.txt, AutoThrottle, concurrency and
timeouts are the same as the crawl it is compared with) but without rallycrawl's
item pipelines.  In ``trafilatura`` mode each page gives one item, trafilatura's
JSON output (text and metadata), as a user exporting JSON Lines would write it.
"""

from __future__ import annotations

import json

import scrapy


class BaselineSpider(scrapy.Spider):
    name = "bench-baseline"
    custom_settings = {"ITEM_PIPELINES": {}}

    def __init__(self, urls_file: str, mode: str = "download", **kwargs):
        super().__init__(**kwargs)
        if mode not in ("download", "trafilatura"):
            raise ValueError(f"-a mode={mode!r}: pass download or trafilatura")
        self.mode = mode
        with open(urls_file, encoding="utf-8") as fh:
            self.url_list = [line.strip() for line in fh if line.strip()]

    async def start(self):
        for url in self.url_list:
            yield scrapy.Request(url, callback=self.parse, dont_filter=True)

    def parse(self, response):
        if self.mode == "download":
            return
        import trafilatura

        result = trafilatura.extract(response.text, url=response.url, with_metadata=True, output_format="json")
        if result:
            yield json.loads(result)
