#!/usr/bin/env python3
"""Instructions the protest analysis costs (relevance left out, as bench/extract.py leaves it
out), counted under valgrind's callgrind: the same count whatever else the machine runs, so
that a change of a few per cent can be told from noise on a shared machine.

    python bench/analysis_instructions.py                      # the protest pages of the corpus
    python bench/analysis_instructions.py --pages DIR --warm-up 3

The pages are parsed and their bodies read first, in this process (not counted); then a child
process under callgrind analyses the first ``--warm-up`` pages (as bench/extract.py's warm-up
does), the others once (the first pass: each language's first use, the caches filled), and
again (the warm pass).  Relevance is answered from the values found beforehand, so that what is
counted is what bench/extract.py calls "protest analysis".  Printed: millions of instructions of
the first and of the warm pass.  Needs ``valgrind``; takes about a minute.

    python bench/analysis_instructions.py --steady-state        # and a long crawl's count (several minutes more)

``--steady-state`` adds the count bench/extract.py calls "steady state": per half of the pages
(each language's pages alternately), a child under callgrind analyses the warm-up pages
(``--warm-up-pages``, by default the corpus's non-protest pages and the public benchmark's) and
the other half, then this half once (counted): every language's one-time costs paid before, no
page's names seen before.  The two halves' counts are added.
"""

from __future__ import annotations

import argparse
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchpages import ROOT, SHARED, load_pages  # noqa: E402

_CHILD = """
import os, pickle, sys
pages = pickle.load(open(sys.argv[1], "rb"))
parts = pickle.load(open(sys.argv[2], "rb"))
from rallycrawl.extraction import analysis
relevance = {(p["headline"], tuple(p["paragraphs"])): p["relevance"] for p in pages}
analysis.score_protest = lambda headline, paragraphs, language=None, **_: relevance[(headline, tuple(paragraphs))]
for part in parts:
    for i in part:
        p = pages[i]
        analysis.analyse_article(p["headline"], p["paragraphs"], published=p["published"],
                                 language=p["language"], publisher=p["publisher"])
    os.getppid()  # (each call ends a part of callgrind's count: --dump-before=getppid)
"""


def _callgrind(pages: Path, parts: list[list[int]], tmp: str) -> list[int]:
    """Instructions of analysing each part of ``parts`` (indexes into the pickled ``pages``) in turn, in
    one process under callgrind: callgrind's total for each part in turn, the first with the process's
    start-up in it (a part ends at its ``os.getppid()``), then what follows the last."""
    child, out, order = Path(tmp, "child.py"), Path(tmp, "callgrind.out"), Path(tmp, "parts.pkl")
    child.write_text(_CHILD)
    order.write_bytes(pickle.dumps(parts))
    for old in Path(tmp).glob("callgrind.out*"):
        old.unlink()
    env = dict(os.environ, PYTHONHASHSEED="0",
               PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p))
    subprocess.run(
        ["valgrind", "--tool=callgrind", "--dump-before=getppid", f"--callgrind-out-file={out}",
         sys.executable, str(child), str(pages), str(order)],
        env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    dumps = sorted(Path(tmp).glob("callgrind.out.*"), key=lambda p: int(p.suffix[1:]))
    return [_total(p) for p in dumps]


def steady_count(pages: list[dict], warm_up: list[dict], tmp: str) -> int:
    """Instructions of analysing each half of ``pages`` once after ``warm_up`` and the other half."""
    from extract import halves

    every = warm_up + pages
    data = Path(tmp, "steady-pages.pkl")
    data.write_bytes(pickle.dumps(every))
    folds = [[len(warm_up) + i for i in fold] for fold in halves([p["language"] for p in pages])]
    before = list(range(len(warm_up)))
    return sum(_callgrind(data, [before + folds[1 - fold], folds[fold]], tmp)[1] for fold in (0, 1))


def _prepared(folder: Path) -> list[dict]:
    from rallycrawl.extraction import article
    from rallycrawl.extraction.relevance import score_protest

    out = []
    for name, html in load_pages(folder):
        try:
            extracted = article.extract(html, f"https://news.example/{name}", validate=False)
        except article.NotAnArticleError:
            continue
        meta, body = extracted.metadata, extracted.body
        headline, paragraphs, _ = article.analysed_text(meta.headline, body.paragraphs, article.MAX_ANALYSIS_CHARS)
        out.append({
            "headline": headline, "paragraphs": paragraphs, "published": meta.published, "language": meta.language,
            "publisher": meta.publisher, "relevance": score_protest(headline, paragraphs, meta.language),
        })
    return out


def _total(path: Path) -> int:
    for line in path.read_text().splitlines():
        if line.startswith("totals:"):
            return int(line.split()[1])
    raise SystemExit(f"no totals in {path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=SHARED / "corpus" / "protest")
    parser.add_argument("--warm-up", type=int, default=3, help="pages analysed before the first pass (default 3)")
    parser.add_argument("--steady-state", action="store_true",
                        help="also count a long crawl's analysis: warm-up on other pages, each page's names unseen")
    parser.add_argument("--warm-up-pages", type=Path, action="append", default=None, metavar="DIR",
                        help="with --steady-state: folder of other pages to warm up on (repeatable; default: "
                             "the corpus's other/ pages and the public benchmark, less the folder measured)")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    pages = _prepared(args.pages)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp, "pages.pkl")
        data.write_bytes(pickle.dumps(pages))
        rest = list(range(args.warm_up, len(pages)))
        parts = _callgrind(data, [list(range(args.warm_up)), rest, rest], tmp)
        first, warm = parts[1], parts[2]
        steady = None
        if args.steady_state:
            from extract import warm_up_folders

            folders = warm_up_folders(args.warm_up_pages, args.pages)
            warm_up = [p for folder in folders for p in _prepared(folder)]
            steady = steady_count(pages, warm_up, tmp)
    analysed = len(pages) - args.warm_up
    print(f"protest analysis without relevance, {analysed} pages of {args.pages} after {args.warm_up} warm-up pages:")
    print(f"  first pass {first / 1e6:,.0f} M instructions ({first / 1e6 / analysed:.1f} M per page), "
          f"warm pass {warm / 1e6:,.0f} M ({warm / 1e6 / analysed:.1f} M per page)")
    if steady is not None:
        print(f"  steady state (warm-up on {len(warm_up)} other pages and the other half, each of the {len(pages)} "
              f"pages once, names unseen): {steady / 1e6:,.0f} M ({steady / 1e6 / len(pages):.1f} M per page)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
