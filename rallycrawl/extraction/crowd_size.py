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

from .word_alternation import alternatives, by_first_letter

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
    r"Menschen|Personen|Leute|Demonstranten|Demonstrierende[n]?|Teilnehmer(?:innen)?|Teilnehmende[n]?|Beschäftigte[n]?|"
    r"Streikende[n]?|Studierende[n]?|Aktivisten|Aktivistinnen|Anwohner|Bürger|Bürgerinnen|Arbeiter|Mitglieder|"
    r"Landwirte|Bauern|Frauen|Mieter|Gewerkschafter|Polizisten|Unterstützer|Schülerinnen|Studenten|Gegendemonstranten|"
    r"Familien|Atomkraftgegner|Gegner|Fans|Angestellte[n]?|Pflegekräfte|Lehrkräfte|Lehrer|Ärzte|Beamte|"
    r"ciudadanos|mujeres|militantes|activistas|simpatizantes|afiliados|campesinos|obreros|maestros|médicos|"
    r"jóvenes|asistentes|participantes|huelguistas|indígenas|empleados|profesores|universitarios|sanitarios|"
    r"mennesker|personer|demonstranter|deltakere|ansatte|arbeidere|streikende|lærere|studenter|elever|"
    r"aktivister|bønder|sykepleiere|innbyggere|familier|"
    r"familias|enfermeras|enfermeros|taxistas|transportistas|productores|manifestantes|"
    r"personas|manifestantes|trabajadores|estudiantes|docentes|personnes|manifestants|salariés|grévistes|"
    r"persone|manifestanti|lavoratori|pessoas|manifestantes|trabalhadores|mensen|demonstranten|betogers|"
    r"mensen")
#: demonyms as people ("Egyptians", "Brazilians", "Israelis", "Japanese"): tried after the nouns
_DEMONYM = r"[a-z]{3,}(?:ians|eans|ans|ese|is)"


def _people_alternation(nouns: str) -> str:
    """``nouns`` (lower-cased) and the demonyms as one alternation, the nouns grouped by first
    letter (see .word_alternation): a number is tried with up to four adjectives before its
    people noun, so the list is read five times per number."""
    listed = list(dict.fromkeys(alternatives(nouns.lower()[3:-1])))
    ascii_first = [a for a in listed if "a" <= a[:1] <= "z" and a[1:2] not in ("?", "*", "+", "{")]
    others = [a for a in listed if a not in ascii_first]
    return "(?:" + "|".join([by_first_letter(ascii_first), *others, _DEMONYM]) + ")"


_PEOPLE_LOWER = _people_alternation(_PEOPLE)
_ADJ = r"(?:[a-zäöüéèáíóú'’\-]+ ){0,4}?"

_QUALIFIER = (
    r"(?:more than|over|at least|about|around|nearly|almost|roughly|approximately|an estimated|some|"
    r"up to|as many as|fewer than|less than|mehr als|über|rund|etwa|fast|knapp|bis zu|más de|unos|unas|"
    r"cerca de|alrededor de|casi|plus de|environ|près de|quelque|"
    r"mer enn|i overkant av|minst|rundt|omkring|om lag|cirka|ca\.|nesten|opptil|anslagsvis)"
)
_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "a dozen": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "a hundred": 100, "one hundred": 100, "two hundred": 200, "three hundred": 300,
    "a thousand": 1000, "one thousand": 1000, "two thousand": 2000,
    "un millar": 1000, "medio millar": 500, "un centenar": 100, "medio centenar": 50, "medio millón": 500_000,
    "un millón": 1_000_000, "eine million": 1_000_000, "a million": 1_000_000, "one million": 1_000_000,
}
_NUMBER = r"\d{1,3}(?:[,.\u202f\u00a0 ]\d{3})+|\d{1,7}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))

# Patterns read lower-cased text and start with a digit or a size word, so that
# Python's matcher skips quickly to candidates (re.I would make it scan slowly).
_NUMERIC = re.compile(
    rf"(?<![\w$€£%.,])(?P<low>{_NUMBER})(?P<mil> mil\b)?"
    rf"(?: (?:to|and|bis|a|à|-|–|y|til|og) (?P<high>{_NUMBER})(?P<high_mil> mil\b)?)?"
    rf" (?:of (?:the )?)?{_ADJ}{_PEOPLE_LOWER}\b"
)
# _NUMERIC for a text without number words: it opens with a digit (the look-behind moved after it),
# which Python's matcher skips to in C.  The digit is first found by a class of ranges (ASCII digits,
# and from U+0660, the first other decimal digit, on), cheaper than \d's Unicode look-up for every
# character, and then checked as \d.
_NUMERIC_FROM_DIGIT = re.compile(
    r"(?P<low>[0-9\u0660-\U0010ffff](?<=\d)(?<![\w$€£%.,]\d)(?:\d{0,2}(?:[,.\u202f\u00a0 ]\d{3})+|\d{0,6}))"
    + _NUMERIC.pattern.partition(f"(?P<low>{_NUMBER})")[2]
)
_QUALIFIER_BEFORE = re.compile(rf"(?:^|\W)(?P<qual>{_QUALIFIER}) $")

_WORDS: list[tuple[str, int, int | None]] = [
    (r"hundreds of thousands|cientos de miles|centaines de milliers|Hunderttausende|hundretusenvis", 200_000, 999_999),
    (r"tens of thousands|decenas de miles|dizaines de milliers|Zehntausende|titusenvis", 20_000, 99_999),
    (r"millions|millones|Millionen", 2_000_000, None),
    (r"a few thousand|ein paar tausend", 2_000, 5_000),
    (r"several thousand|mehrere tausend|varios miles|plusieurs milliers|flere tusen", 3_000, 9_999),
    (r"thousands|Tausende|miles|des milliers|milliers|tusenvis", 2_000, 9_999),
    (r"a few hundred|ein paar hundert", 200, 500),
    (r"several hundred|mehrere hundert|varios cientos|plusieurs centaines|flere hundre", 300, 999),
    (r"hundreds|Hunderte|cientos|centenares|des centaines|centaines|hundrevis", 200, 999),
    (r"scores", 40, 99),
    (r"dozens|Dutzende|einige Dutzend|mehrere Dutzend|decenas|des dizaines|dizaines|dusinvis", 24, 99),
]
#: what follows a size word standing alone for people in German and Spanish
_SIZE_WORD_VERBS = (
    r"sind|waren|haben|hatten|kamen|gingen|zogen|folgten|nahmen|beteiligten|versammelten|demonstrierten|"
    r"protestierten|marschierten|blockierten|streikten|forderten|demonstrieren|protestieren|versammeln|"
    r"gehen|ziehen|folgen|beteiligen|fordern|an einer|an der|an den|vor dem|vor der|gegen die|gegen den|"
    r"marcharon|marchan|se manifestaron|se manifiestan|protestaron|protestan|salieron|salen|se concentraron|"
    r"se congregaron|participaron|participan|acudieron|se reunieron|exigieron|reclamaron|desfilaron|llenaron|"
    r"colmaron|asistieron|se movilizaron|bloquearon|cortaron|"
    r"samlet seg|møtte opp|demonstrerte|protesterte|gikk|deltok|marsjerte|streiket"
)
_WORD_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(w.lower() for w, _, _ in _WORDS) + r")"
    rf"(?: (?:of|de|av) (?:the )?{_ADJ}{_PEOPLE_LOWER}| {_ADJ}{_PEOPLE_LOWER}| (?:gathered|marched|rallied|"
    rf"protested|turned out|joined|attended|took part|showed up|filled|packed|demonstrated|stood|lined|waved|"
    # a German or Spanish size word is a noun of its own ("Tausende sind auf die Straße gegangen",
    # "miles marcharon"): the verb or the place after it says it counts people
    rf"{_SIZE_WORD_VERBS}))\b"
)
_WORD_RANGES = [(re.compile(rf"(?:{w.lower()})(?=\W|$)"), lo, hi) for w, lo, hi in _WORDS]

# Both patterns open with a look-behind, which Python's matcher tries at every
# character of the text.  Every match starts at a run of digits or a word that
# str.find locates far faster, so the patterns are only tried there.
_DIGIT_RUN = re.compile(r"\d+")
# every number word and size word holds one of these
_WORD_KEYS = (
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "fifteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hund", "thousand", "tausend",
    "milli", "millar", "millón", "millon", "centenar", "miles", "cientos", "tusen", "dusin", "centaines", "centenares", "scores", "dozens", "dutzend", "decenas", "dizaines",
)


def _key_offsets(alternatives: list[str], keys: tuple[str, ...]) -> dict[str, tuple[int, ...]]:
    """For each key, where it stands in the alternatives that contain it (each must contain one)."""
    offsets: dict[str, set[int]] = {key: set() for key in keys}
    for alternative in alternatives:
        key = next(key for key in keys if key in alternative)
        offsets[key].add(alternative.index(key))
    return {key: tuple(sorted(found)) for key, found in offsets.items() if found}


_NUMBER_WORD_STARTS = _key_offsets(list(_NUMBER_WORDS), _WORD_KEYS)
_SIZE_WORD_STARTS = _key_offsets([a.lower() for w, _, _ in _WORDS for a in w.split("|")], _WORD_KEYS)
_KEY_OFFSETS = [(key, _NUMBER_WORD_STARTS.get(key, ()), _SIZE_WORD_STARTS.get(key, ())) for key in _WORD_KEYS]


def _word_starts(lowered: str) -> tuple[set[int], set[int]]:
    """The places where a number word and where a size word whose key is in ``lowered`` would start."""
    number_starts: set[int] = set()
    size_starts: set[int] = set()
    for key, number_offsets, size_offsets in _KEY_OFFSETS:
        at = lowered.find(key)
        while at >= 0:
            number_starts.update(at - offset for offset in number_offsets if at >= offset)
            size_starts.update(at - offset for offset in size_offsets if at >= offset)
            at = lowered.find(key, at + 1)
    return number_starts, size_starts


def _matches_at(pattern: re.Pattern, lowered: str, starts: set[int]):
    """``pattern.finditer(lowered)`` for a pattern whose matches all start at one of ``starts``."""
    end = 0
    for start in sorted(starts):
        if start >= end:
            m = pattern.match(lowered, start)  # look-behinds still see the text before ``start``
            if m:
                end = m.end()
                yield m


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


#: a count of the killed, hurt or arrested is not a crowd ("at least 12 protesters were killed")
_CASUALTIES = re.compile(
    r"\b(?:killed|died|dead|deaths|injured|wounded|hurt|arrested|detained|jailed|charged|"
    r"getötet|gestorben|verletzt|festgenommen|muertos|murieron|heridos|detenidos|morts|tués|blessés|interpellés|"
    r"morti|feriti|arrestati|mortos|feridos|presos|doden|gewonden|gearresteerd)\b"
)
_CASUALTY_REACH = 50


_CASUALTIES_BEFORE = re.compile(r"\b(?:deaths?|killing|murders?|arrests?|detention) of (?:at least |some |about )?$")


def _is_casualty_count(lowered: str, end: int, start: int | None = None) -> bool:
    after = lowered[end : end + _CASUALTY_REACH]
    if start is not None and _CASUALTIES_BEFORE.search(lowered[max(0, start - 40) : start]):
        return True
    return _CASUALTIES.search(after.split(".")[0]) is not None


def _numeric(m: re.Match, text: str, lowered: str) -> CrowdSize | None:
    if _is_casualty_count(lowered, m.end(), m.start()):
        return None
    low = _to_int(m.group("low"))
    high = _to_int(m.group("high")) if m.group("high") else None
    # "80 mil trabajadores" (Spanish thousands; "entre 10 y 15 mil": the thousands of the range's end)
    if low is not None and (m.group("mil") or (m.group("high_mil") and not m.group("mil") and high and low < high)):
        low *= 1000
    if high is not None and m.group("high_mil"):
        high *= 1000
    q = _QUALIFIER_BEFORE.search(lowered[max(0, m.start() - 25) : m.start()])
    qual = q.group("qual") if q else ""
    if low is None or (1900 <= low <= 2100 and high is None and m.group("low").isdigit() and not qual):
        return None  # a year ("2019 protesters"), not a crowd ("2.000 Menschen", "more than 2000 people")
    start = m.start() - len(qual) - 1 if qual else m.start()
    words = text[start : m.end()].strip()
    if high is not None:
        return CrowdSize(words, low, max(low, high), start)
    if qual in ("more than", "over", "at least", "mehr als", "über", "más de", "plus de", "mer enn", "i overkant av", "minst"):
        return CrowdSize(words, low, None, start)
    if qual in ("nearly", "almost", "up to", "as many as", "fewer than", "less than", "fast", "knapp", "bis zu", "casi", "près de",
                "nesten", "opptil"):
        return CrowdSize(words, None, low, start)
    return CrowdSize(words, low, low, start)


def find_crowd_sizes(text: str, lowered: str | None = None) -> list[CrowdSize]:
    """Every crowd size in ``text`` (``lowered``: its lower case, if the caller has it), in reading order."""
    if lowered is None:
        lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lower-cased
        text = lowered
    found: list[CrowdSize] = []
    number_starts, size_word_starts = _word_starts(lowered)
    if number_starts:  # number words, then every run of digits
        number_starts.update(m.start() for m in _DIGIT_RUN.finditer(lowered))
        numbers = _matches_at(_NUMERIC, lowered, number_starts)
    else:
        numbers = _NUMERIC_FROM_DIGIT.finditer(lowered)
    for m in numbers:
        size = _numeric(m, text, lowered)
        if size:
            found.append(size)
    for m in _matches_at(_WORD_RE, lowered, size_word_starts):
        if _is_casualty_count(lowered, m.end(), m.start()):
            continue
        for pattern, lo, hi in _WORD_RANGES:
            if pattern.match(m.group()):
                found.append(CrowdSize(text[m.start() : m.end()].strip(), lo, hi, m.start()))
                break
    found.sort(key=lambda s: s.start)
    return found
