"""Organisations on invented news reports in seven languages (issue 11): per language, the
required organisations found (recall) and the predicted ones that are neither required nor
allowed (precision), scored as bench/quality.py scores organisations.  Cases: bench/org_cases.py,
written by a session that had read no rule of the extractor (stop 28).

Each report runs through the whole protest analysis (``analyse_article``, with its headline), so
organisations are extracted with the quotes and relevance they are extracted with on a page.

    python bench/org_battery.py               # counts per language, both halves
    python bench/org_battery.py --half A -v   # even-numbered cases: development, each miss and extra
    python bench/org_battery.py --half B      # odd-numbered cases: held out, counted only (never -v)
    python bench/org_battery.py -v de es      # only these languages (half A only with -v)
    python bench/org_battery.py --set2 --half A -v  # a second set (bench/org_set2_cases.py, stop 30, 100 reports):
                                                    # halves as in the first
"""
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
if "--set2" in sys.argv:
    from org_set2_cases import CASES  # noqa: E402
else:
    from org_cases import CASES  # noqa: E402
from quality import score_organisations  # noqa: E402

from rallycrawl.extraction.analysis import analyse_article  # noqa: E402

HALVES = {"A": 0, "B": 1}


def gold_of(case: dict) -> dict:
    """The case in the gold-dev record shape that bench/quality.py scores."""
    return {"organisations": {
        "required": case.get("required") or [],
        "allowed": [{"name": name, "aliases": []} for name in case.get("allowed") or []],
    }}


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    half = argv[argv.index("--half") + 1] if "--half" in argv else None
    if half not in (None, *HALVES):
        sys.exit("--half takes A or B")
    if verbose and half != "A":
        sys.exit("half B is held out: -v only with --half A")
    only = {a for a in argv if not a.startswith("-") and a not in HALVES}
    tally: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for i, case in enumerate(CASES):
        if half is not None and i % 2 != HALVES[half]:
            continue
        lang = case["language"]
        if only and lang not in only:
            continue
        analysis = analyse_article(case["headline"], list(case["paragraphs"]), language=lang)
        record = {"organisations": [o.to_dict() for o in analysis.organisations]}
        notes: list[str] = []
        t = score_organisations(gold_of(case), record, notes)
        c = tally[lang]
        c["reports"] += 1
        c["required"] += t.total
        c["found"] += t.found
        c["right"] += t.hit
        c["wrong"] += t.fp
        if verbose and notes:
            print(f"[{lang} #{i}] {case['headline'][:70]}")
            for note in notes:
                print(f"    {note}")
    total: collections.Counter = collections.Counter()
    for lang in sorted(tally):
        total.update(tally[lang])
        print(f"{lang}: {_line(tally[lang])}")
    print(f"all: {_line(total)}")
    return 0


def _line(c: collections.Counter) -> str:
    recall = c["found"] / c["required"] if c["required"] else 0.0
    predicted = c["right"] + c["wrong"]
    precision = c["right"] / predicted if predicted else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return (f"reports {c['reports']}  found {c['found']}/{c['required']}  "
            f"wrong {c['wrong']}/{predicted}  P {precision:.3f} R {recall:.3f} F1 {f1:.3f}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
