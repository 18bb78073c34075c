#!/usr/bin/env python3
"""Dump the protest analysis of every saved page to JSON, to check that a speed change
leaves the output byte-identical.

    python bench/dump_analysis.py /tmp/before.json
    # ... change the code ...
    python bench/dump_analysis.py /tmp/after.json --compare /tmp/before.json

Pages: every folder of ``.html``/``.html.gz`` pages under the shared corpus
(``corpus/*``) and the public benchmark's pages (``bench-pages``).  For each page
the record's analysis fields (``is_protest``, ``protest_score``, ``organisations``,
``quotes``, ``demands``, ``event``) are kept, or the reason it is not an article.

The pages are run twice in one process, the second time in reverse order, and the
two runs must agree: a per-word or per-language cache must not change what a page
gets depending on what was read before it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchpages import SHARED, decode, page_files, read_bytes  # noqa: E402

FIELDS = ("is_protest", "protest_score", "organisations", "quotes", "demands", "event")


def folders() -> list[Path]:
    found = [p for p in sorted((SHARED / "corpus").iterdir()) if p.is_dir()]
    found.append(SHARED / "bench-pages" / "article-extraction-benchmark" / "html")
    out = []
    for folder in found:
        try:
            page_files(folder)
        except SystemExit:
            continue
        out.append(folder)
    return out


def analyse(path: Path, html: str) -> dict:
    from rallycrawl.extraction.article import NotAnArticleError, extract

    url = f"https://news.example/{path.parent.name}/{path.name}"
    try:
        record = extract(html, url, fetched_at="2026-01-01T00:00:00Z", strict=True).record
    except NotAnArticleError as error:
        return {"not_an_article": str(error)}
    return {field: record.get(field) for field in FIELDS}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="JSON file to write")
    parser.add_argument("--compare", type=Path, help="an earlier dump: report every page that differs")
    parser.add_argument("--once", action="store_true", help="one pass only (no reverse-order check)")
    args = parser.parse_args(argv)
    if args.compare and not args.compare.is_file():
        parser.error(f"no earlier dump at {args.compare}")

    pages = []
    for folder in folders():
        for path in page_files(folder):
            pages.append((f"{folder.relative_to(SHARED)}/{path.name}", path, decode(read_bytes(path))))
    result = {key: analyse(path, html) for key, path, html in pages}
    status = 0
    if not args.once:
        again = {key: analyse(path, html) for key, path, html in reversed(pages)}
        unstable = [k for k in result if json.dumps(result[k]) != json.dumps(again[k])]
        for key in unstable:
            print(f"order-dependent: {key}")
        status |= bool(unstable)
    text = json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"{len(result)} pages, {sum('is_protest' in v for v in result.values())} articles, "
          f"{sum(bool(v.get('is_protest')) for v in result.values())} protests -> {args.out}")
    if args.compare:
        before = json.loads(args.compare.read_text(encoding="utf-8"))
        differ = sorted(k for k in set(before) | set(result)
                        if json.dumps(before.get(k), sort_keys=True) != json.dumps(result.get(k), sort_keys=True))
        for key in differ:
            print(f"differs: {key}")
        print(f"compared {len(set(before) | set(result))} pages: {len(differ)} differ")
        status |= bool(differ)
    return status


if __name__ == "__main__":
    sys.exit(main())
