"""``rallycrawl spiders``: each spider with its ``-a`` arguments and a line of help for each."""

from __future__ import annotations

from scrapy.commands import ScrapyCommand

from .spider_help import spiders_help


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False
    default_settings = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "[spider ...]"

    def short_desc(self) -> str:
        return "List the spiders and the -a arguments each takes"

    def run(self, args, opts) -> None:
        print(spiders_help(self.settings, args))
        print("\nPass them as -a NAME=VALUE, e.g.: rallycrawl crawl news -a site=https://www.example.com/ -O out.jsonl")
