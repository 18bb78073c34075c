#!/usr/bin/env python3
"""Precision and recall of ``is_protest`` for each threshold on ``protest_score``.

    python bench/relevance_sweep.py                       # the validation split of gold-dev
    python bench/relevance_sweep.py --split tune
    python bench/relevance_sweep.py --split all --step 0.05

Reads the gold records (``is_protest``), extracts each page as a crawl does
(metadata, body, language, then ``score_protest``) and prints, for each threshold,
how many pages are called protests, precision, recall, F1 and the share of pages
right.  The default threshold (``relevance.THRESHOLD``) is chosen from this table
on the validation split and documented in docs/extraction.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from benchpages import SHARED, decode, read_bytes  # noqa: E402
from rallycrawl.extraction.body import extract_body  # noqa: E402
from rallycrawl.extraction.language import detect_language  # noqa: E402
from rallycrawl.extraction.metadata import extract_metadata  # noqa: E402
from rallycrawl.extraction.page import Page  # noqa: E402
from rallycrawl.extraction.relevance import THRESHOLD, score_protest  # noqa: E402


def page_scores(gold_dir: Path, pages_dir: Path, split: str, validation: set[str]) -> list[tuple[float, bool, str]]:
    """(protest_score, gold is_protest, gold name) for each gold record of the split."""
    found = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if split != "all" and (gold["file"] in validation) != (split == "validation"):
            continue
        page = Page(decode(read_bytes(pages_dir / gold["file"])), "http://127.0.0.1/" + gold["file"])
        meta = extract_metadata(page)
        body = extract_body(page, headline=meta.headline)
        language = meta.language or detect_language(body.text)
        _, score = score_protest(meta.headline or "", body.paragraphs, language)
        found.append((score, bool(gold.get("is_protest")), path.name))
    return found


def sweep(scores: list[tuple[float, bool, str]], thresholds: list[float]) -> list[dict]:
    rows = []
    for t in thresholds:
        tp = sum(1 for s, want, _ in scores if s >= t and want)
        fp = sum(1 for s, want, _ in scores if s >= t and not want)
        fn = sum(1 for s, want, _ in scores if s < t and want)
        p = tp / (tp + fp) if tp + fp else None
        r = tp / (tp + fn) if tp + fn else None
        f1 = 2 * p * r / (p + r) if p and r else 0.0
        rows.append({"threshold": round(t, 3), "called": tp + fp, "precision": p, "recall": r, "f1": f1,
                     "accuracy": (len(scores) - fp - fn) / len(scores) if scores else None})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=SHARED / "corpus" / "gold-dev")
    parser.add_argument("--pages", type=Path, default=SHARED / "corpus")
    parser.add_argument("--validation-list", type=Path, default=SHARED / "corpus" / "validation.txt")
    parser.add_argument("--split", choices=("all", "tune", "validation"), default="validation")
    parser.add_argument("--step", type=float, default=0.1)
    args = parser.parse_args(argv)
    if not args.gold.is_dir():
        parser.error(f"--gold {args.gold}: no such folder")
    validation = set()
    if args.split != "all":
        validation = {line.strip() for line in args.validation_list.read_text(encoding="utf-8").splitlines()
                      if line.strip() and not line.startswith("#")}
    scores = page_scores(args.gold, args.pages, args.split, validation)
    steps = int(round(1 / args.step))
    thresholds = sorted({round(i * args.step, 3) for i in range(1, steps)} | {THRESHOLD})
    fmt = lambda v: "  -  " if v is None else f"{v:.3f}"  # noqa: E731
    positives = sum(1 for _, want, _ in scores if want)
    print(f"{args.split}: {len(scores)} pages, {positives} protest reports; default threshold {THRESHOLD}")
    print(f"{'threshold':>9} {'called':>6} {'P':>6} {'R':>6} {'F1':>6} {'acc':>6}")
    for row in sweep(scores, thresholds):
        mark = "  <- default" if row["threshold"] == THRESHOLD else ""
        print(f"{row['threshold']:>9.2f} {row['called']:>6} {fmt(row['precision']):>6} {fmt(row['recall']):>6} "
              f"{fmt(row['f1']):>6} {fmt(row['accuracy']):>6}{mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
