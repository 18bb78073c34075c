"""Speakers of invented news reports outside English (issue 11): per language, how many expected
speakers are right, wrong (another name, or a name where nobody is expected), none (nobody where
somebody is) or missed (no quotation found), as bench/quality.py scores them (the surname in the
speaker).  Cases: bench/speaker_battery_cases.py.

Each case runs through the whole protest analysis (``analyse_article``, no headline), so the
rules that read the organisations found in the article (``complete_head_word_speakers``) count
too, as they do in a crawl.

    python bench/speaker_battery.py            # counts per language
    python bench/speaker_battery.py -v de es   # and each miss, for these languages
    SET=2 python bench/speaker_battery.py      # one set of cases (1-4)
    python bench/speaker_battery.py --blind B  # the held-out cases (bench/speaker_blind_cases.py), half A or B
    python bench/speaker_battery.py --blind2   # the second held-out set (bench/speaker_blind2_cases.py): counts only
    python bench/speaker_battery.py --dev3 -v  # a development set written without the rules (bench/speaker_dev3_cases.py)
    python bench/speaker_battery.py --dev4 -v  # the same for stop 27, with English (bench/speaker_dev4_cases.py)
    python bench/speaker_battery.py --blind3   # the third held-out set (bench/speaker_blind3_cases.py): counts only
    python bench/speaker_battery.py --blind4 A -v  # the fourth set (bench/speaker_blind4_cases.py, stop 29): half A
                                                   # (even cases) a development set, half B (odd) held out, counted only
    python bench/speaker_battery.py --blind5 A -v  # the fifth set (bench/speaker_blind5_cases.py, stop 30, with Dutch),
                                                   # halves as in the fourth
"""
import collections
import os
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speaker_battery_cases import ALL, CASES, CASES2, CASES3, CASES4  # noqa: E402

from rallycrawl.extraction.analysis import analyse_article  # noqa: E402

CASES = {"1": CASES, "2": CASES2, "3": CASES3, "4": CASES4}.get(os.environ.get("SET", "all"), ALL)
#: a held-out set is counted only: its misses are not printed
HELD_OUT = any(flag in sys.argv for flag in ("--blind2", "--blind3"))
if "--blind5" in sys.argv:
    from speaker_blind5_cases import BLIND5  # noqa: E402

    _half = sys.argv[sys.argv.index("--blind5") + 1:][:1]
    _half = {"A": 0, "B": 1}.get(_half[0]) if _half else None
    CASES = [case for i, case in enumerate(BLIND5) if _half is None or i % 2 == _half]
    HELD_OUT = _half != 0
elif "--blind4" in sys.argv:
    from speaker_blind4_cases import BLIND4  # noqa: E402

    _half = sys.argv[sys.argv.index("--blind4") + 1:][:1]
    _half = {"A": 0, "B": 1}.get(_half[0]) if _half else None
    CASES = [case for i, case in enumerate(BLIND4) if _half is None or i % 2 == _half]
    HELD_OUT = _half != 0
elif "--blind3" in sys.argv:
    from speaker_blind3_cases import BLIND3  # noqa: E402

    CASES = BLIND3
elif "--dev4" in sys.argv:
    from speaker_dev4_cases import DEV4  # noqa: E402

    CASES = DEV4
elif "--dev3" in sys.argv:
    from speaker_dev3_cases import DEV3  # noqa: E402

    CASES = DEV3
elif "--blind2" in sys.argv:
    from speaker_blind2_cases import BLIND2  # noqa: E402

    CASES = BLIND2
elif "--blind" in sys.argv:
    from speaker_blind_cases import BLIND  # noqa: E402

    _half = sys.argv[sys.argv.index("--blind") + 1:][:1]
    _half = {"A": 0, "B": 1}.get(_half[0]) if _half else None
    CASES = [case for i, case in enumerate(BLIND) if _half is None or i % 2 == _half]


def norm(s):
    return unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()


def words(s):
    return re.findall(r"[a-z0-9]+", norm(s))


def right(want, got):
    if want is None:
        return got is None
    if not got:
        return False
    w = words(want)
    return norm(want) in norm(got) or w[-1] in words(got)


def main() -> None:
    tally = collections.defaultdict(collections.Counter)
    verbose = "-v" in sys.argv
    if verbose and HELD_OUT:
        sys.exit("a held-out set is counted only: no -v (half A of --blind4 and --blind5 is a development half)")
    only = [a for a in sys.argv[1:] if not a.startswith("-") and a not in ("A", "B")]
    for lang, paragraphs, expected in CASES:
        if only and lang not in only:
            continue
        quotes = analyse_article("", list(paragraphs), language=lang).quotes
        for frag, want in expected:
            q = next((q for q in quotes if frag in q.text), None)
            if q is None:
                tally[lang]["missed"] += 1
                if verbose:
                    print(f"[{lang}] MISSED quote {frag!r}: got {[(x.text[:30], x.speaker) for x in quotes]}")
                continue
            if right(want, q.speaker):
                tally[lang]["right"] += 1
            elif q.speaker is None:
                tally[lang]["none"] += 1
                if verbose:
                    print(f"[{lang}] NONE  want {want!r} for {frag!r}  ({paragraphs[0][:60]}…)")
            else:
                tally[lang]["wrong"] += 1
                if verbose:
                    print(f"[{lang}] WRONG got {q.speaker!r} ({q.rule}) want {want!r} for {frag!r}  ({paragraphs[0][:60]}…)")
    total = collections.Counter()
    for lang in sorted(tally):
        t = tally[lang]
        total.update(t)
        print(f"{lang}: right {t['right']}/{sum(t.values())}  wrong {t['wrong']}  none {t['none']}  missed {t['missed']}")
    n = sum(total.values())
    print(f"all: right {total['right']}/{n}  wrong {total['wrong']}  none {total['none']}  missed {total['missed']}")


if __name__ == "__main__":
    main()
