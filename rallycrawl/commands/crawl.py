"""``scrapy crawl`` that checks spider arguments before the crawl starts.

A wrong or missing ``-a`` argument ends the command at once with exit status 2
and one line on stderr that says what is wrong and what to pass.
"""

from __future__ import annotations

import sys

from scrapy.commands.crawl import Command as ScrapyCrawlCommand

from ..spiders.base import ArgumentError


class Command(ScrapyCrawlCommand):
    def run(self, args, opts) -> None:
        if len(args) == 1 and self.crawler_process is not None:
            try:
                spidercls = self.crawler_process.spider_loader.load(args[0])
            except KeyError:
                spidercls = None
            check = getattr(spidercls, "check_arguments", None)
            if check is not None:
                try:
                    opts.spargs = check(dict(opts.spargs))
                except ArgumentError as exc:
                    print(f"rallycrawl: error: {exc}", file=sys.stderr)
                    self.exitcode = 2
                    return
        super().run(args, opts)
