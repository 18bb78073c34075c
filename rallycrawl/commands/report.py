"""``scrapy report`` / ``rallycrawl report``: write the HTML report of a store or an export.

    rallycrawl report -o report.html
    rallycrawl report --input records.jsonl -o report.html --since 2026-03-01 --kind strike
    rallycrawl report --dsn postgresql://analyst@db/news -o report.html --outlet "The Riverside Ledger"

Reads the store the settings name (the PostgreSQL store when
``RALLYCRAWL_POSTGRES_DSN`` is set, else the SQLite file ``RALLYCRAWL_SQLITE_PATH``,
by default ``rallycrawl.sqlite3`` in the current folder), or ``--input`` a JSON
Lines export, or ``--dsn`` a PostgreSQL store.  Filters: ``--since``/``--until``
(days, on the event's date, else the published date), ``--outlet`` (publisher
or domain), ``--language``, ``--kind`` (event kind), ``--organisation`` (name or
acronym).  Writes one self-contained HTML file (``-o``, default ``report.html``).
Exit status: 0 written; 1 the input cannot be read or the file written; 2 bad options.
"""

from __future__ import annotations

import sys
from datetime import date

from scrapy.commands import ScrapyCommand

from ..extensions import EXIT_NOT_STARTED, EXIT_USAGE


class Command(ScrapyCommand):
    requires_project = False
    default_settings = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "[-o report.html] [--input records.jsonl | --dsn postgresql://...] [filters]"

    def short_desc(self) -> str:
        return "Write a self-contained HTML report of the stored protest events"

    def long_desc(self) -> str:
        return __doc__ or self.short_desc()

    def add_options(self, parser) -> None:
        super().add_options(parser)
        parser.add_argument("-o", "--output", default="report.html", help="HTML file to write (default report.html)")
        source = parser.add_mutually_exclusive_group()
        source.add_argument("--input", metavar="FILE", help="a JSON Lines export instead of the store")
        source.add_argument("--dsn", metavar="DSN", help="a PostgreSQL store (postgresql://user@host/dbname)")
        parser.add_argument("--since", metavar="YYYY-MM-DD", help="events (else articles) on or after this day")
        parser.add_argument("--until", metavar="YYYY-MM-DD", help="events (else articles) on or before this day")
        parser.add_argument("--outlet", help="one outlet: its publisher name or domain")
        parser.add_argument("--language", help="one language (ISO 639-1 code)")
        parser.add_argument("--kind", help="one event kind (rally, strike, ...)")
        parser.add_argument("--organisation", help="articles naming this organisation (name or acronym)")

    def run(self, args, opts) -> None:
        from ..report import Filters, ReportSource, write_report
        from ..report.load import ReportInputError
        from ..stores.sqlite import sqlite_path

        if args:
            self._fail(f"unexpected argument {args[0]!r} (options only; see rallycrawl report -h)", EXIT_USAGE)
        days = {}
        for name in ("since", "until"):
            value = getattr(opts, name)
            try:
                days[name] = date.fromisoformat(value) if value else None
            except ValueError:
                self._fail(f"--{name} takes a date as YYYY-MM-DD, not {value!r}", EXIT_USAGE)
        if days["since"] and days["until"] and days["since"] > days["until"]:
            self._fail("--since is after --until", EXIT_USAGE)
        filters = Filters(outlet=opts.outlet, language=opts.language, kind=opts.kind,
                          organisation=opts.organisation, **days)
        if opts.input:
            source = ReportSource("jsonl", opts.input)
        elif opts.dsn or self.settings.get("RALLYCRAWL_POSTGRES_DSN"):
            source = ReportSource("postgres", opts.dsn or str(self.settings.get("RALLYCRAWL_POSTGRES_DSN")))
        else:
            path = sqlite_path(self.settings)
            if not path:
                self._fail("the SQLite store is turned off: give --input FILE or --dsn DSN", EXIT_USAGE)
            source = ReportSource("sqlite", path)
        try:
            figures = write_report(source, filters, opts.output)
        except ReportInputError as exc:
            self._fail(str(exc), EXIT_NOT_STARTED)
        except OSError as exc:
            self._fail(f"cannot write {opts.output}: {exc.strerror or exc}", EXIT_NOT_STARTED)
        h = figures["headline"]
        print(f"rallycrawl: wrote {opts.output}: {h['events']} protest events from {h['articles']} articles "
              f"({source.describe()})", file=sys.stderr)

    def _fail(self, message: str, status: int) -> None:
        print(f"rallycrawl: error: {message}", file=sys.stderr)
        self.exitcode = status
        raise SystemExit(status)
