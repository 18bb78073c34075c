"""``scrapy parse --spider article URL``: Scrapy's ``parse`` for rallycrawl's spiders.

Scrapy's own command starts the spider without arguments, which rallycrawl's
spiders refuse (they need a URL), and prints the raw page item (the whole
HTML).  This one gives the URL as the spider's seed argument (``url`` for
``article``, ``site`` for ``news``), checks the arguments as ``crawl`` does,
uses the spider's article callback when it has no ``parse``, and prints the
record the extraction pipelines make of the page (or why it is left out).
"""

from __future__ import annotations

import scrapy
from itemadapter import ItemAdapter
from scrapy.commands.parse import Command as ScrapyParseCommand
from scrapy.exceptions import DropItem
from scrapy.spiderloader import get_spider_loader
from scrapy.utils.conf import build_component_list
from scrapy.utils.misc import build_from_crawler, load_object
from w3lib.url import is_url

from .crawl import check_spider_arguments

#: the pipelines that turn a page item into a record (not the stores, not the run limits)
EXTRACTION_MODULE = "rallycrawl.pipelines"
NOT_FOR_ONE_PAGE = {"ArticleLimitPipeline"}


class Command(ScrapyParseCommand):
    def short_desc(self) -> str:
        return "Fetch one URL with a spider and print the record rallycrawl makes of it"

    def process_options(self, args, opts) -> None:
        # before Scrapy sets up logging: a wrong argument is one line on stderr, exit 2
        super().process_options(args, opts)
        if len(args) == 1 and is_url(args[0]) and opts.spider:
            try:
                spidercls = get_spider_loader(self.settings).load(opts.spider)
            except KeyError:
                spidercls = None  # Scrapy's command says so
            if spidercls is not None:
                seed = getattr(spidercls, "parse_argument", None)
                if seed and not any(k in opts.spargs for k in getattr(spidercls, "seed_arguments", (seed,))):
                    opts.spargs[seed] = args[0]
                opts.spargs = check_spider_arguments(self.settings, opts.spider, opts.spargs)
                if not opts.callback and spidercls.parse is scrapy.Spider.parse:
                    opts.callback = getattr(spidercls, "parse_callback", None)

    def run(self, args, opts) -> None:
        self._extraction = None
        super().run(args, opts)

    def add_items(self, lvl: int, new_items: list) -> None:
        super().add_items(lvl, [self.as_record(item) for item in new_items])

    def as_record(self, item):
        """The record the extraction pipelines make of a page item; other items as they are."""
        adapter = ItemAdapter(item)
        if "_html" not in adapter:
            return item
        try:
            for pipeline in self.extraction_pipelines():
                item = pipeline.process_item(item)
        except DropItem as exc:
            return {"url": adapter.get("url"), "left_out": str(exc)}
        return item

    def extraction_pipelines(self) -> list:
        if self._extraction is None:
            crawler = self.pcrawler
            paths = build_component_list(crawler.settings.getwithbase("ITEM_PIPELINES"))
            self._extraction = [
                build_from_crawler(load_object(path), crawler)
                for path in paths
                if isinstance(path, str) and path.startswith(EXTRACTION_MODULE + ".")
                and path.rsplit(".", 1)[1] not in NOT_FOR_ONE_PAGE
            ]
        return self._extraction
