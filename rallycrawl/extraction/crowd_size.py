"""Crowd sizes: the article's words ("dozens of activists", "more than 2,000
people", "25.000 Menschen") and the numbers they stand for.

Words map to ranges (documented in docs/extraction.md):

==========================  ===========  ===========
words                        size_min     size_max
==========================  ===========  ===========
dozens                       24           99
scores                       40           99
a few hundred                200          500
hundreds / several hundred   200 / 300    999
a few thousand               2,000        5,000
thousands / several thous.   2,000/3,000  9,999
tens of thousands            20,000       99,999
hundreds of thousands        200,000      999,999
millions                     2,000,000    --
==========================  ===========  ===========

A number keeps its qualifier: "more than N" -> N..None, "nearly N" / "up to N"
-> None..N, "about N" / "N" -> N..N, "N to M" / "N bis M" -> N..M.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PEOPLE = (
    r"(?:people|persons|protesters|protestors|demonstrators|activists|workers|teachers|students|marchers|"
    r"participants|supporters|members|residents|mourners|nurses|employees|strikers|union members|"
    r"farmers|women|men|children|families|parents|others|fans|opponents|campaigners|renters|tenants|"
    r"neighbou?rs|voters|migrants|immigrants|refugees|youths|young people|pensioners|retirees|doctors|drivers|"
    r"miners|veterans|mothers|citizens|locals|organi[sz]ers|union members|mourners|worshippers|cyclists|"
    r"stevedores|dockers|dockworkers|librarians|detainees|prisoners|inmates|firefighters|lawyers|midwives|"
    r"academics|researchers|journalists|artists|musicians|actors|writers|pilots|cleaners|porters|shoppers|"
    r"educators|staffers|youngsters|pupils|villagers|indigenous people|farmworkers|truckers|taxi drivers|"
    r"pensionistas|jubilados|vecinos|agricultores|Rentner|Eltern|Schüler|Studierende|habitants|agriculteurs|"
    r"Menschen|Personen|Demonstranten|Demonstrierende|Teilnehmer|Teilnehmende|Beschäftigte|"
    r"personas|manifestantes|trabajadores|estudiantes|docentes|personnes|manifestants|salariés|grévistes)"
)
_ADJ = r"(?:[a-zäöüéèáíóú\-]+ ){0,2}"

_QUALIFIER = (
    r"(?:more than|over|at least|about|around|nearly|almost|roughly|approximately|an estimated|some|"
    r"up to|as many as|fewer than|less than|mehr als|über|rund|etwa|fast|knapp|bis zu|más de|unos|unas|"
    r"cerca de|alrededor de|casi|plus de|environ|près de|quelque)"
)
_NUMBER_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "a hundred": 100, "one hundred": 100, "two hundred": 200, "three hundred": 300,
    "a thousand": 1000, "one thousand": 1000, "two thousand": 2000,
}
_NUMBER = r"\d{1,3}(?:[,.\u202f\u00a0 ]\d{3})+|\d{1,7}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))

# Patterns read lower-cased text and start with a digit or a size word, so that
# Python's matcher skips quickly to candidates (re.I would make it scan slowly).
_NUMERIC = re.compile(
    rf"(?<![\w$€£%.,])(?P<low>{_NUMBER})"
    rf"(?: (?:to|and|bis|a|à|-|–) (?P<high>{_NUMBER}))?"
    rf" (?:of (?:the )?)?{_ADJ}{_PEOPLE.lower()}\b"
)
_QUALIFIER_BEFORE = re.compile(rf"(?:^|\W)(?P<qual>{_QUALIFIER}) $")

_WORDS: list[tuple[str, int, int | None]] = [
    (r"hundreds of thousands|cientos de miles|centaines de milliers|Hunderttausende", 200_000, 999_999),
    (r"tens of thousands|decenas de miles|dizaines de milliers|Zehntausende", 20_000, 99_999),
    (r"millions", 2_000_000, None),
    (r"a few thousand|ein paar tausend", 2_000, 5_000),
    (r"several thousand|mehrere tausend|varios miles|plusieurs milliers", 3_000, 9_999),
    (r"thousands|Tausende|miles|des milliers|milliers", 2_000, 9_999),
    (r"a few hundred|ein paar hundert", 200, 500),
    (r"several hundred|mehrere hundert|varios cientos|plusieurs centaines", 300, 999),
    (r"hundreds|Hunderte|cientos|centenares|des centaines|centaines", 200, 999),
    (r"scores", 40, 99),
    (r"dozens|Dutzende|decenas|des dizaines|dizaines", 24, 99),
]
_WORD_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(w.lower() for w, _, _ in _WORDS) + r")"
    rf"(?: (?:of|de) (?:the )?{_ADJ}{_PEOPLE.lower()}| {_ADJ}{_PEOPLE.lower()}| (?:gathered|marched|rallied|"
    rf"protested|turned out|joined|attended|took part|showed up|filled|packed|demonstrated|stood|lined|waved))\b"
)
_WORD_RANGES = [(re.compile(rf"(?:{w.lower()})(?=\W|$)"), lo, hi) for w, lo, hi in _WORDS]


@dataclass(slots=True)
class CrowdSize:
    text: str
    minimum: int | None
    maximum: int | None
    start: int


def _to_int(number: str) -> int | None:
    if number.lower() in _NUMBER_WORDS:
        return _NUMBER_WORDS[number.lower()]
    digits = re.sub(r"\D", "", number)
    return int(digits) if digits else None


def _numeric(m: re.Match, text: str, lowered: str) -> CrowdSize | None:
    low = _to_int(m.group("low"))
    high = _to_int(m.group("high")) if m.group("high") else None
    if low is None or (1900 <= low <= 2100 and high is None and "," not in m.group("low")):
        return None  # a year, not a crowd
    q = _QUALIFIER_BEFORE.search(lowered[max(0, m.start() - 25) : m.start()])
    qual = q.group("qual") if q else ""
    start = m.start() - len(qual) - 1 if qual else m.start()
    words = text[start : m.end()].strip()
    if high is not None:
        return CrowdSize(words, low, max(low, high), start)
    if qual in ("more than", "over", "at least", "mehr als", "über", "más de", "plus de"):
        return CrowdSize(words, low, None, start)
    if qual in ("nearly", "almost", "up to", "as many as", "fewer than", "less than", "fast", "knapp", "bis zu", "casi", "près de"):
        return CrowdSize(words, None, low, start)
    return CrowdSize(words, low, low, start)


def find_crowd_sizes(text: str) -> list[CrowdSize]:
    """Every crowd size in ``text``, in reading order."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lower-cased
        text = lowered
    found: list[CrowdSize] = []
    for m in _NUMERIC.finditer(lowered):
        size = _numeric(m, text, lowered)
        if size:
            found.append(size)
    for m in _WORD_RE.finditer(lowered):
        for pattern, lo, hi in _WORD_RANGES:
            if pattern.match(m.group()):
                found.append(CrowdSize(text[m.start() : m.end()].strip(), lo, hi, m.start()))
                break
    found.sort(key=lambda s: s.start)
    return found
