"""``rallycrawl`` console command: ``scrapy`` with rallycrawl's settings from anywhere.

``rallycrawl crawl article -a url=...`` works in any directory (cron jobs
included), where plain ``scrapy crawl`` needs the project's ``scrapy.cfg``.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "rallycrawl.settings")
    from scrapy.cmdline import execute

    argv = list(sys.argv if argv is None else argv)
    try:
        execute(["scrapy", *argv[1:]])
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
