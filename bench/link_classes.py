"""How the news spider's link classifier sorts real links (no network).

For each page of the public article-extraction benchmark (its URL is in
``ground-truth.json``), classify the page's own URL (an article: it should
come out ``article``) and every same-host link on the page, and print the
counts per class, plus a random sample of each class to read through.

    python bench/link_classes.py [--pages ../shared/bench-pages/article-extraction-benchmark] [--sample 20]
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import random
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from lxml import html as lxml_html

from rallycrawl.discovery.links import LinkKind, classify_link

DEFAULT_PAGES = Path(__file__).resolve().parent.parent.parent / "shared" / "bench-pages" / "article-extraction-benchmark"


def read_page(folder: Path, key: str) -> bytes | None:
    plain = folder / "html" / f"{key}.html"
    if plain.exists():
        return plain.read_bytes()
    packed = folder / "html" / f"{key}.html.gz"
    return gzip.decompress(packed.read_bytes()) if packed.exists() else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES)
    parser.add_argument("--sample", type=int, default=15, help="links to show per class (0: none)")
    opts = parser.parse_args()
    truth = json.loads((opts.pages / "ground-truth.json").read_text(encoding="utf-8"))
    pages: collections.Counter[str] = collections.Counter()
    links: collections.Counter[str] = collections.Counter()
    examples: dict[str, list[str]] = collections.defaultdict(list)
    for key, record in truth.items():
        url = record["url"]
        verdict = classify_link(url)
        pages[verdict.kind.value] += 1
        if verdict.kind is not LinkKind.ARTICLE:
            examples[f"page classed {verdict.kind.value}"].append(f"{url}  ({verdict.reason})")
        body = read_page(opts.pages, key)
        if not body:
            continue
        try:
            tree = lxml_html.fromstring(body)
        except (ValueError, SyntaxError):
            continue
        host = urlsplit(url).hostname
        for anchor in tree.iter("a"):
            href = (anchor.get("href") or "").strip()
            target = urljoin(url, href) if href else ""
            if not target or urlsplit(target).hostname != host:
                continue
            text = " ".join(anchor.text_content().split())[:80]
            verdict = classify_link(target, text, anchor.get("rel") or "")
            links[verdict.kind.value] += 1
            examples[verdict.kind.value].append(f"{target}  [{text}]  ({verdict.reason})")
    total_pages = sum(pages.values())
    print(f"benchmark article URLs: {total_pages}; classed " +
          ", ".join(f"{k} {v} ({v / total_pages:.0%})" for k, v in pages.most_common()))
    total_links = sum(links.values())
    print(f"same-host links on them: {total_links}; classed " +
          ", ".join(f"{k} {v} ({v / total_links:.0%})" for k, v in links.most_common()))
    rng = random.Random(0)
    for kind, lines in examples.items():
        if opts.sample:
            print(f"\n== {kind} ({len(lines)})")
            for line in rng.sample(lines, min(opts.sample, len(lines))):
                print("  ", line)


if __name__ == "__main__":
    main()
