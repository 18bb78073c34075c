"""``scrapy crawl`` that checks spider arguments before anything starts.

A wrong or missing ``-a`` argument ends the command at once with exit status 2
and one line on stderr that says what is wrong and what to pass: the check runs
while options are processed, before Scrapy sets up logging or a crawler.
"""

from __future__ import annotations

import sys

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.spiderloader import get_spider_loader

from ..distributed import RedisUnavailable, check_redis
from ..exporters import json_append_error
from ..spiders.base import ArgumentError
from .spider_help import KeepLinesHelpFormatter, spiders_help


def check_spider_arguments(settings, spider_name: str, spargs: dict) -> dict:
    """The checked arguments of ``spider_name``; exit 2 with one line if they are wrong."""
    loader = get_spider_loader(settings)
    try:
        spidercls = loader.load(spider_name)
    except KeyError:
        print(
            f"rallycrawl: error: no spider named {spider_name!r}; "
            f"the spiders are: {', '.join(sorted(loader.list()))}",
            file=sys.stderr,
        )
        sys.exit(2)
    check = getattr(spidercls, "check_arguments", None)
    if check is None:
        return spargs
    args = dict(spargs)
    if settings.get("RALLYCRAWL_REDIS_URL"):
        # A distributed worker may start with no URL: it waits for start URLs
        # pushed to Redis and for requests other workers queue.
        args["_from_redis"] = True
    try:
        return check(args)
    except ArgumentError as exc:
        print(f"rallycrawl: error: {exc}", file=sys.stderr)
        sys.exit(2)


class Command(ScrapyCrawlCommand):
    def add_options(self, parser) -> None:
        super().add_options(parser)
        # ``-h`` ends with the -a arguments of the spider named on the command line (or of all).
        named = [word for word in sys.argv[1:] if not word.startswith("-")]
        parser.formatter_class = KeepLinesHelpFormatter
        parser.description = (
            f"{parser.description or self.long_desc()}\n\n"
            f"Spider arguments (-a NAME=VALUE):\n\n{spiders_help(self.settings, named)}"
        )

    def process_options(self, args, opts) -> None:
        super().process_options(args, opts)
        settings = self.settings
        if len(args) == 1:
            opts.spargs = check_spider_arguments(self.settings, args[0], opts.spargs)
            # the spider's own settings count: the warc spider turns Redis off
            settings = self.settings.copy()
            get_spider_loader(settings).load(args[0]).update_settings(settings)
        error = json_append_error(self.settings.getdict("FEEDS"))
        if error:
            print(f"rallycrawl: error: {error}", file=sys.stderr)
            sys.exit(2)
        try:
            check_redis(settings)
        except RedisUnavailable as exc:
            print(f"rallycrawl: error: {exc}", file=sys.stderr)
            sys.exit(1)
