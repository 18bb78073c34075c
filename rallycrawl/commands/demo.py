"""``rallycrawl demo [FOLDER]``: crawl the sample site the package ships, offline, into FOLDER."""

from __future__ import annotations

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from ..demo import DEFAULT_FOLDER, run_demo


class Command(ScrapyCommand):
    requires_project = False
    requires_crawler_process = False
    default_settings = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "[FOLDER]"

    def short_desc(self) -> str:
        return f"First run: crawl a sample site served on 127.0.0.1 into FOLDER (default {DEFAULT_FOLDER})"

    def long_desc(self) -> str:
        return (
            "Serves the small invented news site shipped with rallycrawl on 127.0.0.1, crawls it with the "
            "news spider, and leaves real outputs in FOLDER: articles.jsonl, articles.csv, quotes.csv, "
            "organisations.csv, demands.csv and the SQLite store rallycrawl.sqlite3. Works offline; "
            "touches nothing outside FOLDER (no proxy, PostgreSQL or Redis)."
        )

    def run(self, args, opts) -> None:
        if len(args) > 1:
            raise UsageError("give at most one folder")
        self.exitcode = run_demo(args[0] if args else DEFAULT_FOLDER)
