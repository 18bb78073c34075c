#!/usr/bin/env python3
"""Body quality on the public article-extraction benchmark, with the benchmark's
own measure, for rallycrawl's body and trafilatura's in the same run.

    python bench/body_quality.py
    python bench/body_quality.py --pages DIR --ground-truth FILE --worst 10

The measure (scrapinghub/article-extraction-benchmark): both texts are split into
``\\w+`` tokens and compared as multisets of word 4-grams ("shingles"; a text of
fewer than four tokens is one shingle).  Per page, the true-positive, false-positive
and false-negative counts are normalised to sum to 1, so that long articles weigh
no more than short ones; precision is averaged over the pages where something was
predicted or expected, recall likewise, and F1 is the harmonic mean of the two
averages.  A page where both texts are empty counts as perfect.

rallycrawl's body is what the pipelines export (metadata first, for the headline,
then the body, paragraphs joined by blank lines); trafilatura is called as the
benchmark calls it: ``trafilatura.extract(html, include_comments=False)``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchpages import DEFAULT_PAGES, load_pages  # noqa: E402

_TOKEN = re.compile(r"\w+", re.UNICODE)
SHINGLE = 4


def shingles(text: str, n: int = SHINGLE) -> Counter:
    tokens = _TOKEN.findall(text or "")
    if len(tokens) <= n:
        return Counter([tuple(tokens)] if tokens else [])
    return Counter(tuple(tokens[i: i + n]) for i in range(len(tokens) - n + 1))


def page_counts(expected: str, predicted: str) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) of one page."""
    want, got = shingles(expected), shingles(predicted)
    tp = sum((want & got).values())
    fp = sum((got - want).values())
    fn = sum((want - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def scores(counts: list[tuple[float, float, float]]) -> dict[str, float]:
    precisions = [_precision(*c) for c in counts if c[0] + c[1] > 0]
    recalls = [_recall(*c) for c in counts if c[0] + c[2] > 0]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def page_f1(counts: tuple[float, float, float]) -> float:
    p, r = _precision(*counts), _recall(*counts)
    return 2 * p * r / (p + r) if p + r else 0.0


def rallycrawl_body(html: str, url: str) -> str:
    """The body text as exported: the first stages of ``rallycrawl.extract_article`` (metadata for
    the headline, then the body), without the not-an-article check, which would score as empty."""
    from rallycrawl.extraction import article
    from rallycrawl.extraction.body import extract_body

    try:
        page = article.parse_page(html, url)
    except article.NotAnArticleError:
        return ""
    meta = article.read_metadata(page)
    return extract_body(page, headline=meta.headline).text


def trafilatura_body(html: str, url: str) -> str:
    import trafilatura

    return trafilatura.extract(html, include_comments=False) or ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES, help="folder of <id>.html(.gz) pages")
    parser.add_argument("--ground-truth", type=Path, default=None,
                        help="JSON {id: {articleBody, url}} (default: ground-truth.json beside the pages folder)")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N pages")
    parser.add_argument("--worst", type=int, default=0,
                        help="also list the N pages where rallycrawl trails trafilatura most")
    args = parser.parse_args(argv)

    truth_path = args.ground_truth or args.pages.parent / "ground-truth.json"
    if not args.pages.is_dir():
        raise SystemExit(f"body_quality: no folder of pages at {args.pages} (give --pages)")
    try:
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SystemExit(f"body_quality: cannot read the ground truth {truth_path}: {exc} (give --ground-truth)")
    pages = [(pid, html) for pid, html in load_pages(args.pages) if pid in truth][: args.limit]
    if not pages:
        raise SystemExit(f"no page of {args.pages} has a ground truth in {truth_path}")

    counts: dict[str, list[tuple[float, float, float]]] = {"rallycrawl": [], "trafilatura": []}
    for pid, html in pages:
        expected = truth[pid].get("articleBody") or ""
        url = truth[pid].get("url") or f"https://news.example/{pid}"
        counts["rallycrawl"].append(page_counts(expected, rallycrawl_body(html, url)))
        counts["trafilatura"].append(page_counts(expected, trafilatura_body(html, url)))

    print(f"body quality: {len(pages)} pages from {args.pages}, word 4-gram shingles (the benchmark's measure)")
    results = {name: scores(c) for name, c in counts.items()}
    for name, s in results.items():
        print(f"{name:<12} precision={s['precision']:.3f}  recall={s['recall']:.3f}  F1={s['f1']:.3f}")
    diff = results["rallycrawl"]["f1"] - results["trafilatura"]["f1"]
    print(f"F1 rallycrawl - trafilatura: {diff:+.3f}")
    if args.worst:
        gaps = sorted(
            (page_f1(r) - page_f1(t), pid)
            for (pid, _), r, t in zip(pages, counts["rallycrawl"], counts["trafilatura"])
        )
        for gap, pid in gaps[: args.worst]:
            print(f"  {gap:+.3f}  {pid}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
