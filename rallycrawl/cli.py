"""``rallycrawl`` console command: ``scrapy`` with rallycrawl's settings from anywhere.

``rallycrawl crawl article -a url=...`` works in any directory (cron jobs
included), where plain ``scrapy crawl`` needs the project's ``scrapy.cfg``.
"""

from __future__ import annotations

import os
import sys


def _interrupted_before_start() -> int:
    # Ctrl-C while Python was still loading Scrapy or checking arguments: nothing had started
    # (once the crawl starts, SIGINT is a graceful shutdown: see rallycrawl.commands.crawl).
    print("rallycrawl: interrupted by SIGINT before the crawl started (exit 130)", file=sys.stderr)
    return 130


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "rallycrawl.settings")
    try:
        from scrapy.cmdline import execute
    except KeyboardInterrupt:
        return _interrupted_before_start()

    argv = list(sys.argv if argv is None else argv)
    try:
        execute(["scrapy", *argv[1:]])
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except KeyboardInterrupt:
        return _interrupted_before_start()
    return 0


if __name__ == "__main__":
    sys.exit(main())
