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
warm_up = int(sys.argv[2])
from rallycrawl.extraction import analysis
relevance = {(p["headline"], tuple(p["paragraphs"])): p["relevance"] for p in pages}
analysis.score_protest = lambda headline, paragraphs, language=None, **_: relevance[(headline, tuple(paragraphs))]
def run(chosen):
    for p in chosen:
        analysis.analyse_article(p["headline"], p["paragraphs"], published=p["published"],
                                 language=p["language"], publisher=p["publisher"])
run(pages[:warm_up])
os.getppid()  # (each call ends a part of callgrind's count: --dump-before=getppid)
run(pages[warm_up:])
os.getppid()
run(pages[warm_up:])
os.getppid()
"""


def _prepared(folder: Path) -> list[dict]:
    from rallycrawl.extraction import article
    from rallycrawl.extraction.relevance import score_protest

    out = []
    for name, html in load_pages(folder):
        try:
            page = article.parse_page(html, f"https://news.example/{name}")
            meta = article.read_metadata(page)
            body = article.read_body(page, meta)
        except article.NotAnArticleError:
            continue
        article.settle_language(meta, body)
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
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    pages = _prepared(args.pages)
    with tempfile.TemporaryDirectory() as tmp:
        data, child, out = Path(tmp, "pages.pkl"), Path(tmp, "child.py"), Path(tmp, "callgrind.out")
        data.write_bytes(pickle.dumps(pages))
        child.write_text(_CHILD)
        env = dict(os.environ, PYTHONHASHSEED="0",
                   PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p))
        subprocess.run(
            ["valgrind", "--tool=callgrind", "--dump-before=getppid", f"--callgrind-out-file={out}",
             sys.executable, str(child), str(data), str(args.warm_up)],
            env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        first, warm = _total(Path(f"{out}.2")), _total(Path(f"{out}.3"))
    analysed = len(pages) - args.warm_up
    print(f"protest analysis without relevance, {analysed} pages of {args.pages} after {args.warm_up} warm-up pages:")
    print(f"  first pass {first / 1e6:,.0f} M instructions ({first / 1e6 / analysed:.1f} M per page), "
          f"warm pass {warm / 1e6:,.0f} M ({warm / 1e6 / analysed:.1f} M per page)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
