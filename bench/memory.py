#!/usr/bin/env python3
"""Memory that stays flat: peak RSS of ``scrapy crawl article`` (every pipeline,
JSON Lines export) over 1,000 and then 20,000 pages from the local page server.

    python bench/memory.py
    python bench/memory.py --pages DIR --small 1000 --large 20000

Each crawl runs in a fresh process; its peak RSS is ``getrusage(RUSAGE_CHILDREN)``
of a tiny parent that runs only that crawl (exact, no sampling).  Settings as in
``bench/crawl.py`` (robots.txt and AutoThrottle off, the embedded store on unless
``--no-store``).  If nothing is kept after export, the two peaks differ by little
more than noise: the budget is 50 MB.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchpages import DEFAULT_PAGES, machine, page_files, page_id  # noqa: E402
from crawlrun import PageServer, cores, run_scrapy, write_urls  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES, help="folder of .html/.html.gz pages")
    parser.add_argument("--small", type=int, default=1000, help="pages of the first crawl (default 1000)")
    parser.add_argument("--large", type=int, default=20000, help="pages of the second crawl (default 20000)")
    parser.add_argument("--no-store", action="store_true", help="turn the embedded SQLite store off")
    args = parser.parse_args(argv)

    names = [page_id(p) for p in page_files(args.pages)]
    server_core, crawl_core = cores()
    print(f"memory benchmark: {args.small} then {args.large} URLs over {len(names)} pages of {args.pages}; "
          f"{machine()}; SQLite store {'off' if args.no_store else 'on'}")
    peaks = {}
    with PageServer(args.pages, server_core) as server, tempfile.TemporaryDirectory() as tmp:
        for count in (args.small, args.large):
            workdir = Path(tmp) / f"crawl-{count}"
            workdir.mkdir()
            urls_file = write_urls(workdir / "urls.txt", server.urls(count, names))
            cmd = ["crawl", "article", "-a", f"urls_file={urls_file}", "-O", f"{workdir / 'out.jsonl'}:jsonlines"]
            settings = {"RALLYCRAWL_SQLITE_ENABLED": "False"} if args.no_store else {}
            run = run_scrapy(cmd, workdir, crawl_core, settings)
            if run.returncode != 0 or run.responses == 0:
                print(run.log[-3000:], file=sys.stderr)
                raise SystemExit(f"the {count}-page crawl failed (exit {run.returncode})")
            peaks[count] = run.peak_rss_kb / 1024
            scrapy_max = run.stats.get("memusage/max")
            extra = f", Scrapy memusage/max {scrapy_max / 2**20:.1f} MB" if scrapy_max else ""
            print(f"{count} pages: peak RSS {peaks[count]:.1f} MB ({run.responses} pages, "
                  f"{int(run.stats.get('item_scraped_count', 0))} records, "
                  f"{run.stats.get('elapsed_time_seconds', run.seconds):.0f} s{extra})")
    growth = peaks[args.large] - peaks[args.small]
    print(f"peak RSS growth {args.small} -> {args.large} pages: {growth:+.1f} MB (budget <= 50 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
