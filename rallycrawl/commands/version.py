"""``rallycrawl version``: rallycrawl's own version, then Scrapy's (``-v``: every library's)."""

from __future__ import annotations

import scrapy
from scrapy.commands.version import Command as ScrapyVersionCommand

from .. import __version__


class Command(ScrapyVersionCommand):
    def short_desc(self) -> str:
        return "Print rallycrawl's version (and Scrapy's)"

    def run(self, args, opts) -> None:
        print(f"rallycrawl {__version__} (Scrapy {scrapy.__version__})")
        if opts.verbose:
            super().run(args, opts)
