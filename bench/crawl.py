#!/usr/bin/env python3
"""End-to-end crawl speed on loopback: ``scrapy crawl article`` with every pipeline
and the JSON Lines export, against a bare Scrapy spider that only downloads the same
URLs and one that downloads them and runs trafilatura with metadata, in the same run.

    python bench/crawl.py                       # 1,500 URLs over the public benchmark's pages
    python bench/crawl.py --pages DIR --count 3000 --repeat 2

A page server (``bench/pageserver.py``) serves the pages of ``--pages`` under
``--count`` distinct URLs (``/p/<i>/<page id>``) from its own process on one core;
each crawl runs on the other core.  Settings equal across the three crawls:
rallycrawl's settings module with ``ROBOTSTXT_OBEY=False``,
``AUTOTHROTTLE_ENABLED=False`` and ``LOG_LEVEL=INFO`` (concurrency, timeouts and
retries as rallycrawl ships them); the embedded SQLite store, a rallycrawl pipeline,
is on in the rallycrawl crawl unless ``--no-store``.  Pages/s is responses received
over Scrapy's ``elapsed_time_seconds``; figures are medians over ``--repeat`` rounds,
and the order of the three crawls rotates from round to round.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchpages import DEFAULT_PAGES, machine, median, page_files, page_id  # noqa: E402
from crawlrun import BENCH, PageServer, cores, run_scrapy, write_urls  # noqa: E402

CRAWLS = ("rallycrawl", "trafilatura", "download")


def command(kind: str, urls_file: Path, out: Path) -> list[str]:
    if kind == "rallycrawl":
        return ["crawl", "article", "-a", f"urls_file={urls_file}", "-O", f"{out}:jsonlines"]
    mode = "trafilatura" if kind == "trafilatura" else "download"
    cmd = ["runspider", str(BENCH / "baseline_spider.py"), "-a", f"urls_file={urls_file}", "-a", f"mode={mode}"]
    return cmd + (["-O", f"{out}:jsonlines"] if kind == "trafilatura" else [])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES, help="folder of .html/.html.gz pages")
    parser.add_argument("--count", type=int, default=1500, help="distinct URLs per crawl (default 1500)")
    parser.add_argument("--repeat", type=int, default=1, help="rounds of the three crawls (default 1)")
    parser.add_argument("--no-store", action="store_true", help="turn the embedded SQLite store off")
    args = parser.parse_args(argv)

    names = [page_id(p) for p in page_files(args.pages)]
    server_core, crawl_core = cores()
    rates: dict[str, list[float]] = {k: [] for k in CRAWLS}
    items: dict[str, int] = {}
    store = "off" if args.no_store else "on"
    print(f"crawl benchmark: {args.count} URLs over {len(names)} pages of {args.pages}; crawler on CPU "
          f"{crawl_core}, server on CPU {server_core}; {machine()}")
    print("settings for all three: ROBOTSTXT_OBEY=False AUTOTHROTTLE_ENABLED=False LOG_LEVEL=INFO; "
          f"rallycrawl's SQLite store {store}")
    with PageServer(args.pages, server_core) as server, tempfile.TemporaryDirectory() as tmp:
        urls_file = write_urls(Path(tmp) / "urls.txt", server.urls(args.count, names))
        for round_ in range(args.repeat):
            for kind in CRAWLS[round_ % 3:] + CRAWLS[: round_ % 3]:  # each goes first once in three
                workdir = Path(tmp) / f"{kind}-{round_}"
                workdir.mkdir()
                settings = {"RALLYCRAWL_SQLITE_ENABLED": "False"} if args.no_store and kind == "rallycrawl" else {}
                run = run_scrapy(command(kind, urls_file, workdir / "out.jsonl"), workdir, crawl_core, settings)
                if run.returncode != 0 or run.responses == 0:
                    print(run.log[-3000:], file=sys.stderr)
                    raise SystemExit(f"the {kind} crawl failed (exit {run.returncode}, {run.responses} responses)")
                rates[kind].append(run.pages_per_second)
                items[kind] = int(run.stats.get("item_scraped_count", 0))
                print(f"  round {round_ + 1} {kind}: {run.responses} pages in "
                      f"{run.stats.get('elapsed_time_seconds', run.seconds):.1f} s, {run.pages_per_second:.1f} pages/s, "
                      f"{items[kind]} items exported")
    speed = {k: median(v) for k, v in rates.items()}
    print(f"pages/s (median of {args.repeat}): " + "  ".join(f"{k} {speed[k]:.1f}" for k in CRAWLS))
    print(f"ratio rallycrawl / trafilatura spider: {speed['rallycrawl'] / speed['trafilatura']:.2f}x (budget >= 0.8)")
    print(f"ratio rallycrawl / download-only spider: {speed['rallycrawl'] / speed['download']:.2f}x")
    print(f"ratio trafilatura spider / download-only spider: {speed['trafilatura'] / speed['download']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
