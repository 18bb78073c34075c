"""Relevance and the event (issue 12) on invented protest reports in seven languages: per language, how many
reports are told protest or not rightly, and how many event locations, targets and sizes are right, scored as
bench/quality.py scores them (the extracted text contains one of the expected phrases).  Cases:
bench/event_battery_cases.py, written by a session that had read no rule of the analyser (stop 27).

Each report runs through the whole protest analysis (``analyse_article``, with its headline).

    python bench/event_battery.py            # counts per language
    python bench/event_battery.py -v de es   # and each miss, for these languages
    python bench/event_battery.py --half A -v   # the even-numbered cases: read to find missing shapes
    python bench/event_battery.py --half B      # the odd-numbered cases: held out, counted only (never -v)
    python bench/event_battery.py --blind       # a second held-out set with demands (bench/event_blind_cases.py):
                                                # counted only (never -v)
    python bench/event_battery.py --dev2 -v     # a development set of 90 reports stressing the event's place
                                                # (bench/event_dev2_cases.py, stop 28): read to find missing shapes
    python bench/event_battery.py --set3 --half A -v  # a third set (bench/event_set3_cases.py, stop 30, 84 reports
                                                      # with demands): half A a development set, half B held out
    python bench/event_battery.py --set4 --half A -v  # a fourth set (bench/event_set4_cases.py, stop 31, 126 reports,
                                                      # half of them no protest): relevance first; half B held out
    python bench/event_battery.py --set5 --half A -v  # a fifth (bench/event_set5_cases.py, stop 31): longer reports in
                                                      # more formats, real towns; half B held out

A case may list its demands, one list of phrases per ask: an ask is found when an extracted demand's text
contains one of its phrases (demands recall); an extracted demand that contains no phrase of any ask counts
against precision, as bench/quality.py scores demands.  With -v (development sets only), each ask no demand
holds ("DEMAND missed") and each demand that holds no ask ("DEMAND extra") is printed too.
"""
import collections
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
if "--set3" in sys.argv:
    from event_set3_cases import CASES  # noqa: E402
elif "--set4" in sys.argv:
    from event_set4_cases import CASES  # noqa: E402
elif "--set5" in sys.argv:
    from event_set5_cases import CASES  # noqa: E402
elif "--blind" in sys.argv:
    from event_blind_cases import CASES  # noqa: E402
elif "--dev2" in sys.argv:
    from event_dev2_cases import CASES  # noqa: E402
else:
    from event_battery_cases import CASES  # noqa: E402

from rallycrawl.extraction.analysis import analyse_article  # noqa: E402

#: (field of the case, attribute of the extracted event)
FIELDS = (("location_any", "location"), ("target_any", "target"), ("size_any", "size_text"))


def norm(text) -> str:
    """Case and whitespace normalised, as bench/quality.py does."""
    if not isinstance(text, str):
        return ""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def main() -> None:
    verbose = "-v" in sys.argv
    half = sys.argv[sys.argv.index("--half") + 1] if "--half" in sys.argv else None
    if (half == "B" or "--blind" in sys.argv or (any(f"--set{n}" in sys.argv for n in (3, 4, 5)) and half != "A")) and verbose:
        sys.exit("held out: counts only, no -v")
    only = [a for a in sys.argv[1:] if not a.startswith("-") and a not in ("A", "B")]
    tally: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for i, case in enumerate(CASES):
        if half is not None and i % 2 != {"A": 0, "B": 1}[half]:
            continue
        lang = case["language"]
        if only and lang not in only:
            continue
        analysis = analyse_article(case["headline"], list(case["paragraphs"]), language=lang)
        t = tally[lang]
        t["reports"] += 1
        right = analysis.is_protest == case["is_protest"]
        t["relevance right"] += right
        if verbose and not right:
            print(f"[{lang}] RELEVANCE got {analysis.is_protest} ({analysis.protest_score:.2f}): {case['headline'][:70]}")
        if not case["is_protest"]:
            continue
        asks = [[norm(p) for p in ask if norm(p)] for ask in case.get("demands") or []]
        if asks:
            texts = [norm(d.text) for d in analysis.demands]
            t["asks"] += len(asks)
            t["asks found"] += sum(any(p in text for text in texts for p in ask) for ask in asks)
            t["demands"] += len(texts)
            t["demands right"] += sum(any(p in text for ask in asks for p in ask) for text in texts)
            if verbose:
                for ask in asks:
                    if not any(p in text for text in texts for p in ask):
                        print(f"[{lang}] DEMAND   missed {ask}: {case['headline'][:60]}")
                for text in texts:
                    if not any(p in text for ask in asks for p in ask):
                        print(f"[{lang}] DEMAND   extra {text!r}: {case['headline'][:60]}")
        event = analysis.event
        for key, attribute in FIELDS:
            phrases = [norm(p) for p in case.get(key) or [] if norm(p)]
            if not phrases:
                continue
            got = norm(getattr(event, attribute, None) if event is not None else None)
            ok = bool(got) and any(p in got for p in phrases)
            name = attribute.removesuffix("_text")
            t[f"{name} total"] += 1
            t[f"{name} right"] += ok
            if verbose and not ok:
                print(f"[{lang}] {name.upper():8} got {got or None!r}, want one of {phrases}: {case['headline'][:60]}")
    total: collections.Counter = collections.Counter()
    for lang in sorted(tally):
        t = tally[lang]
        total.update(t)
        print(f"{lang}: " + _line(t))
    print("all: " + _line(total))


def _line(t: collections.Counter) -> str:
    parts = [f"relevance {t['relevance right']}/{t['reports']}"]
    for name in ("location", "target", "size"):
        parts.append(f"{name} {t[f'{name} right']}/{t[f'{name} total']}")
    if t["asks"]:
        parts.append(f"demands found {t['asks found']}/{t['asks']}, right {t['demands right']}/{t['demands']}")
    return "  ".join(parts)


if __name__ == "__main__":
    main()
