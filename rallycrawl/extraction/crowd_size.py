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

The words are data in each language's ``lang/<code>/event.py``: its ``CROWD_SHARED_*`` words
(people nouns, qualifiers, number and size words, verbs, range words, casualty words, the words
that join a size word or a count of millions to its people noun, the thousands word after a number
and the keys that find number and size words), and ``CROWD_SIZE_WORD_VERBS``, are read in every
article, and its other ``CROWD_*`` words are added by the rule ``size_language_words``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lang
from .event_rules import RULES
from .word_alternation import alternatives, by_first_letter, expansions, literal_alternation, matches_at


def _shared(name: str) -> list:
    """The items of ``name`` in every language's ``lang/<code>/event.py`` (a crowd size reads
    the same whatever language the article is detected in)."""
    found: list = []
    for code in lang.languages():
        if lang.has(code, "event"):
            value = getattr(lang.resources(code, "event"), name, ())
            found.extend(value.items() if isinstance(value, dict) else value)
    return found


def _gathered(name: str) -> list:
    """:func:`_shared`, none with the rule ``size_language_words`` off (for each language's
    words beyond its ``CROWD_SHARED_*`` ones)."""
    return _shared(name) if RULES["size_language_words"] else []


def _words(name: str) -> str:
    """The literal words of ``name`` in every language, as regex alternatives (longest first)."""
    return literal_alternation(_gathered(name))

#: people nouns: every language's shared ones, then those of the rule size_language_words
_PEOPLE = "(?:" + "|".join([*_shared("CROWD_SHARED_PEOPLE"), *_gathered("CROWD_PEOPLE")]) + ")"
#: demonyms as people ("Egyptians", "Brazilians", "Israelis", "Japanese"): tried after the nouns
_DEMONYM = r"[a-z]{3,}(?:ians|eans|ans|ese|is)"


def _people_alternation(nouns: str, after: tuple[str, ...] = ()) -> str:
    """``nouns`` (lower-cased) as one alternation, the nouns grouped by first letter (see
    .word_alternation), then the patterns ``after`` (the demonyms, compounds): a number is tried
    with up to four adjectives before its people noun, so the list is read five times per number."""
    listed = list(dict.fromkeys(alternatives(nouns.lower()[3:-1])))
    ascii_first = [a for a in listed if "a" <= a[:1] <= "z" and a[1:2] not in ("?", "*", "+", "{")]
    others = [a for a in listed if a not in ascii_first]
    return "(?:" + "|".join([by_first_letter(ascii_first), *others, *after]) + ")"


#: rule size_people_compounds: a people noun that heads a compound ("Gewerkschaftsmitglieder",
#: "Klimaaktivisten"), a feminine plural ("Radfahrerinnen"), a participle noun ("Protestierende"):
#: every language's CROWD_PEOPLE_COMPOUNDS (regexes of whole words, lower case), tried after the nouns
_COMPOUNDS = "|".join(f"(?:{p})" for p in _shared("CROWD_PEOPLE_COMPOUNDS")) if RULES["size_people_compounds"] else ""
_PEOPLE_LOWER = _people_alternation(_PEOPLE, (_DEMONYM, _COMPOUNDS) if _COMPOUNDS else (_DEMONYM,))
#: rule size_elided_of: the elided article that joins a size or number word to its people noun
#: without a blank ("des centaines d'enseignants", "un millier d'agriculteurs": CROWD_SHARED_ELIDED_OF)
_ELIDED_OF = literal_alternation(_shared("CROWD_SHARED_ELIDED_OF")) if RULES["size_elided_of"] else ""
#: (only a listed noun after it: "une centaine d'emplois" is no demonym)
_LISTED_NOUNS = _people_alternation(_PEOPLE)
_ELIDED_JOIN = f"|(?P<elided>{_ELIDED_OF})(?={_LISTED_NOUNS}\\b)" if _ELIDED_OF else ""
_ADJ = r"(?:[a-zäöüéèáíóú'’\-]+ ){0,4}?"

#: the words before a count that qualify it (CROWD_SHARED_QUALIFIERS_*, then the rule's CROWD_QUALIFIERS_*)
_QUALIFIER = "(?:" + "|".join(
    w
    for w in [
        literal_alternation([q for k in ("MORE", "LESS", "ABOUT") for q in _shared(f"CROWD_SHARED_QUALIFIERS_{k}")]),
        *(_words(f"CROWD_QUALIFIERS_{k}") for k in ("MORE", "LESS", "ABOUT")),
    ]
    if w
) + ")"
#: the qualifiers that make a count a lower or an upper bound, in every language
_MORE = frozenset((*_shared("CROWD_SHARED_QUALIFIERS_MORE"), *_gathered("CROWD_QUALIFIERS_MORE")))
_LESS = frozenset((*_shared("CROWD_SHARED_QUALIFIERS_LESS"), *_gathered("CROWD_QUALIFIERS_LESS")))
_NUMBER_WORDS = {w.lower(): n for w, n in _shared("CROWD_SHARED_NUMBER_WORDS")}
_NUMBER_WORDS.update({w.lower(): n for w, n in _gathered("CROWD_NUMBER_WORDS") if w.lower() not in _NUMBER_WORDS})
_NUMBER = r"\d{1,3}(?:[,.\u202f\u00a0 ]\d{3})+|\d{1,7}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))

#: the thousands word after a number, in every language ("80 mil", "3mila": CROWD_SHARED_THOUSANDS)
_THOUSANDS = "|".join(rf"{t}\b" for t in dict.fromkeys(_shared("CROWD_SHARED_THOUSANDS")))
#: the words that join a size word, or a count of millions, to its people noun ("thousands of",
#: "migliaia di", "1,5 millones de": CROWD_SHARED_SIZE_WORD_OF, CROWD_SHARED_MILLIONS_OF)
_SIZE_WORD_OF = literal_alternation(_shared("CROWD_SHARED_SIZE_WORD_OF"))
_MILLIONS_OF = literal_alternation(_shared("CROWD_SHARED_MILLIONS_OF"))

# Patterns read lower-cased text and start with a digit or a size word, so that
# Python's matcher skips quickly to candidates (re.I would make it scan slowly).
_NUMERIC = re.compile(
    rf"(?<![\w$€£%.,])(?P<low>{_NUMBER})(?P<mil>{_THOUSANDS})?"
    rf"(?: (?:-|–|{'|'.join(_shared('CROWD_SHARED_RANGE_WORDS'))}{''.join('|' + w for w in [_words('CROWD_RANGE_WORDS')] if w)}) "
    rf"(?P<high>{_NUMBER})(?P<high_mil>{_THOUSANDS})?)?"
    rf" (?:of (?:the )?{_ELIDED_JOIN})?{_ADJ}{_PEOPLE_LOWER}\b"
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

#: the ranges of the size words, each named by its English words (the first of its size words; see
#: the table above)
_RANGES: list[tuple[str, int, int | None]] = [
    ("hundreds of thousands", 200_000, 999_999),
    ("tens of thousands", 20_000, 99_999),
    ("millions", 2_000_000, None),
    ("a few thousand", 2_000, 5_000),
    ("several thousand", 3_000, 9_999),
    ("thousands", 2_000, 9_999),
    ("a few hundred", 200, 500),
    ("several hundred", 300, 999),
    ("hundreds", 200, 999),
    ("scores", 40, 99),
    ("dozens", 24, 99),
]
# each language's size words join the range that their English words name ("migliaia" -> thousands):
# the shared ones (CROWD_SHARED_SIZE_WORDS), then those of the rule size_language_words
_WORDS = [
    ("|".join([name, *(w for k, w in [*_shared("CROWD_SHARED_SIZE_WORDS"), *_gathered("CROWD_SIZE_WORDS")] if k == name)]), lo, hi)
    for name, lo, hi in _RANGES
]
#: what follows a size word standing alone for people in German, Spanish and Norwegian, or a count
_SIZE_WORD_VERBS = "|".join([*_shared("CROWD_SHARED_VERBS"), *_gathered("CROWD_VERBS")])
_WORD_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(w.lower() for w, _, _ in _WORDS) + r")"
    rf"(?: (?:{_SIZE_WORD_OF}) (?:the )?{_ADJ}{_PEOPLE_LOWER}| {_ADJ}{_PEOPLE_LOWER}"
    + (f"| (?P<elided>{_ELIDED_OF})(?={_LISTED_NOUNS}\\b){_PEOPLE_LOWER}" if _ELIDED_OF else "")
    + r"| (?:"
    + "".join(f"{v}|" for v in _shared("CROWD_SIZE_WORD_VERBS"))
    # a German or Spanish size word is a noun of its own ("Tausende sind auf die Straße gegangen",
    # "miles marcharon"): the verb or the place after it says it counts people
    + rf"{_SIZE_WORD_VERBS}))\b"
)
_WORD_RANGES = [(re.compile(rf"(?:{w.lower()})(?=\W|$)"), lo, hi) for w, lo, hi in _WORDS]
#: the people nouns without the rule size_people_compounds, and its compounds (see _rule_of)
_LISTED_PEOPLE = re.compile(f"(?:{_LISTED_NOUNS}|{_DEMONYM})$")
_COMPOUND_PEOPLE = re.compile(f"(?:{_COMPOUNDS})$") if _COMPOUNDS else None


def _rule_of(m: re.Match) -> str | None:
    """The named rule that let a crowd-size match read its people noun: size_elided_of ("d'"),
    size_people_compounds (a compound, feminine or participle noun the lists do not hold)."""
    if m.groupdict().get("elided"):
        return "size_elided_of"
    if _COMPOUND_PEOPLE is not None:
        last = m.group().rsplit(" ", 1)[-1].rsplit("'", 1)[-1].rsplit("’", 1)[-1]
        if _COMPOUND_PEOPLE.match(last) and not _LISTED_PEOPLE.match(last):
            return "size_people_compounds"
    return None

# Both patterns open with a look-behind, which Python's matcher tries at every
# character of the text.  Every match starts at a run of digits or a word that
# str.find locates far faster, so the patterns are only tried there.
_DIGIT_RUN = re.compile(r"\d+")
#: the first digit of a run (ASCII digits, and from U+0660, the first other decimal digit, on,
#: checked as \d): cheaper than \d+ at every character
_DIGIT_RUN_START = re.compile(r"[0-9\u0660-\U0010ffff](?<=\d)(?<![0-9].)")
# every shared number word and size word holds one of these (CROWD_SHARED_KEYS), looked for in every article
_WORD_KEYS = tuple(dict.fromkeys(_shared("CROWD_SHARED_KEYS")))
# keys of the size and number words of the rule size_language_words (CROWD_KEYS; few and short: each
# is one look-up per text), the longest first (a word that holds two is found by the more specific);
# a word that holds none of them is its own key
_BASE_KEYS = len(_WORD_KEYS)
_WORD_KEYS += tuple(sorted(dict.fromkeys(_shared("CROWD_KEYS")), key=len, reverse=True))
_WORD_KEYS += tuple(dict.fromkeys(
    w for w in [*_NUMBER_WORDS, *(a.lower() for w, _, _ in _WORDS for a in w.split("|"))]
    if not any(key in w for key in _WORD_KEYS)
))


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


def _keys_by_language() -> dict[str, list]:
    """For each language with words of its own (lang/<code>/event.py), the keys looked for in
    its articles: the shared ones and those of its own words (an English article is not read
    for the keys of Italian words)."""
    tables: dict[str, list] = {}
    for code in lang.languages():
        module = lang.resources(code, "event") if lang.has(code, "event") else None
        own = [w.lower() for _, w in getattr(module, "CROWD_SIZE_WORDS", ())] + [
            w.lower() for w in getattr(module, "CROWD_NUMBER_WORDS", {})
        ]
        keys = {next(k for k in _WORD_KEYS if k in w) for w in own if RULES["size_language_words"]}
        tables[code] = _placing(_KEY_OFFSETS[:_BASE_KEYS] + [e for e in _KEY_OFFSETS[_BASE_KEYS:] if e[0] in keys])
    return tables


def _placing(table: list) -> list:
    """The entries of ``table`` as :func:`_word_starts` reads them: (key, its number offsets, its size
    offsets, the greatest of both), without the keys that stand in no word they are the key of (a word
    holds an earlier key: "sixty" is found by "six", "centenar" by "ten"), which place nothing."""
    return [(key, numbers, sizes, max(numbers + sizes)) for key, numbers, sizes in table if numbers or sizes]


_KEY_OFFSETS_BY_LANGUAGE = _keys_by_language()
#: the keys read in a text of no known language
_PLACING_KEY_OFFSETS = _placing(_KEY_OFFSETS)


def _word_starts(lowered: str, language: str | None = None) -> tuple[set[int], set[int]]:
    """The places where a number word and where a size word whose key is in ``lowered`` would start
    (``language``: only the shared keys and those of that language's own words)."""
    number_starts: set[int] = set()
    size_starts: set[int] = set()
    table = _KEY_OFFSETS_BY_LANGUAGE.get(lang.canonical(language), _PLACING_KEY_OFFSETS) if language else _PLACING_KEY_OFFSETS
    find = lowered.find
    for key, number_offsets, size_offsets, widest in table:
        at = find(key)
        while at >= 0:
            if at >= widest:  # (every offset fits before the key: the places without a test each, in C)
                number_starts.update(map(at.__sub__, number_offsets))
                size_starts.update(map(at.__sub__, size_offsets))
            else:
                number_starts.update(at - offset for offset in number_offsets if at >= offset)
                size_starts.update(at - offset for offset in size_offsets if at >= offset)
            at = find(key, at + 1)
    return number_starts, size_starts


@dataclass(slots=True)
class CrowdSize:
    text: str
    minimum: int | None
    maximum: int | None
    start: int
    #: the named rule (event_rules.RULES) that found it, when one of those did
    rule: str | None = None


_NOT_DIGIT = re.compile(r"\D")


def _to_int(number: str) -> int | None:
    if number.lower() in _NUMBER_WORDS:
        return _NUMBER_WORDS[number.lower()]
    digits = _NOT_DIGIT.sub("", number)
    return int(digits) if digits else None


#: a count of the killed, hurt or arrested is not a crowd ("at least 12 protesters were killed")
_CASUALTIES = re.compile(rf"\b(?:{'|'.join(map(re.escape, _shared('CROWD_SHARED_CASUALTIES')))})\b")
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
    if RULES["size_not_a_crowd"] and _not_a_crowd(lowered, start, m):
        return None
    words = text[start : m.end()].strip()
    return _bounded(words, low, high, qual, start, _rule_of(m))


def _bounded(words: str, low: int, high: int | None, qual: str, start: int, rule: str | None = None) -> CrowdSize:
    """The crowd size ``words`` with its bounds: a range, a lower bound ("more than"), an upper
    bound ("nearly"), else the number itself."""
    if high is not None:
        return CrowdSize(words, low, max(low, high), start, rule)
    if qual in _MORE:
        return CrowdSize(words, low, None, start, rule)
    if qual in _LESS:
        return CrowdSize(words, None, low, start, rule)
    return CrowdSize(words, low, low, start, rule)


def _alternation(name: str) -> str:
    return "|".join(f"(?:{p})" for p in _gathered(name)) or "(?!)"


#: a count that is a membership ("which represents 45,000 workers"), a share ("20 percent of
#: workers"), in millions ("3 million people" is not 3), or a day ("on March 5 protesters")
_MEMBERSHIP_BEFORE = re.compile(rf"(?:^|\W)(?:{_alternation('CROWD_MEMBERSHIP_CUES')}) $")
_SHARE_OR_MILLIONS = re.compile(
    rf" (?:{_alternation('CROWD_NOT_PEOPLE')}|{_words('CROWD_MILLIONS') or '(?!)'}|%)(?=\W|$)"
)
_DAY_BEFORE = re.compile(rf"(?:^|\W)(?:{_alternation('CROWD_NOT_AFTER')})\.? $")


def _not_a_crowd(lowered: str, start: int, m: re.Match) -> bool:
    """A number followed by people that counts no crowd (rule ``size_not_a_crowd``)."""
    number_end = m.end("high_mil") if m.group("high_mil") else m.end("high") if m.group("high") else (
        m.end("mil") if m.group("mil") else m.end("low")
    )
    between = lowered[number_end : m.end()]
    if " - " in between or " – " in between:
        return True  # "(ANSA) - MILANO, 03 MAR - Migliaia di persone": a dash ends the number's phrase
    return bool(
        _MEMBERSHIP_BEFORE.search(lowered[max(0, start - 30) : start])
        or _SHARE_OR_MILLIONS.search(between)
        or _DAY_BEFORE.search(lowered[max(0, start - 12) : start])
    )


# --- counts the people-noun patterns miss (event_rules.RULES: size_crowd_cue, size_estimate_source,
# size_millions).  Each digit run (and size word) is first tested by the word before or after it,
# looked up in the phrases of the cues and sources: the regexes run only where one may match.
_BARE_COUNT = re.compile(
    r"(?<![\w$€£%.,])(?P<low>\d{1,3}(?:[,.\u202f\u00a0 ]\d{3})+(?!\d)|\d{1,7}(?!\d))"
    rf"(?P<mil>{_THOUSANDS})?(?![\w%]|[.,]\d)"
)
_SIZE_WORD_ALONE = re.compile(r"(?<!\w)(?:" + "|".join(w.lower() for w, _, _ in _WORDS) + r")(?=\W|$)")
_CROWD_VERB = rf"(?:{_SIZE_WORD_VERBS}|{_alternation('CROWD_VERBS')})"


def _phrases(name: str) -> list[str]:
    """The phrases the regexes ``name`` of every language match (see :func:`expansions`)."""
    found: list[str] = []
    for pattern in _gathered(name):
        texts = expansions(pattern)
        if texts is None:
            raise ValueError(f"{name}: only literals, groups, alternations, classes and optional items: {pattern!r}")
        found.extend(texts)
    return found


def _by_word(phrases: list[str], at: int) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for phrase in phrases:
        index.setdefault(phrase.split()[at], []).append(phrase)
    return {word: tuple(sorted(found, key=len, reverse=True)) for word, found in index.items()}


_CUES_BY_LAST = _by_word(_phrases("CROWD_COUNT_CUES"), -1)
_SOURCES = _phrases("CROWD_SOURCES")
_SOURCES_BY_LAST = _by_word(_SOURCES, -1)
_SOURCES_BY_FIRST = _by_word(_SOURCES, 0)
_MILLION_WORDS = frozenset(w.lower() for w in _gathered("CROWD_MILLIONS"))
#: the last word of every qualifier ("than" of "more than"): only then is a qualifier looked for
_QUALIFIER_LAST = frozenset(a.replace("\\", "").split()[-1] for a in alternatives(_QUALIFIER[3:-1]))
#: the words that may stand right before a count a cue or a source makes a crowd (or its qualifier)
_WORDS_BEFORE = frozenset([*_CUES_BY_LAST, *_SOURCES_BY_LAST, *_QUALIFIER_LAST])
_NEXT_COUNT = re.compile(r" (?:[a-z]+ )?\d")
#: the word after a count (maybe after a comma, a bracket and an article)
_AFTER_WORD = re.compile(r",? \(?(?:(?:the|die|der|la|le|les|los|el|a|o|il|de) )?(?P<word>[^\s,()]+)")
#: a bare count and the word after it
_BARE_COUNT_AND_NEXT = re.compile(rf"(?P<count>{_BARE_COUNT.pattern})(?:{_AFTER_WORD.pattern})?")
#: what may follow a count that stands alone as a noun ("ils étaient 3 000 selon la police",
#: "drew 1,500, organisers said"): a clause's end, a conjunction or preposition, a crowd verb
_ALONE_AFTER = re.compile(
    rf"(?:\s*(?:[,.;:)!?]|$)| (?:and|but|while|who|mientras|y|et|und|e|en|que|qui|die|che|on|in|at|to|for|outside|"
    rf"near|am|im|vor|bei|auf|el|la|le|il|op|em|no|na|nel|à|dans|devant|a|al|ante|frente|davanti|voor|bij)\b| {_CROWD_VERB}\b)"
)
_MILLIONS_RE = re.compile(
    rf"(?<![\w$€£%.,])(?P<low>\d{{1,3}}(?:[.,]\d{{1,2}})?) (?:{_words('CROWD_MILLIONS') or '(?!)'})"
    rf"(?: (?:{_MILLIONS_OF}))? (?:{_ADJ}{_PEOPLE_LOWER}\b|(?={_CROWD_VERB}\b))"
)
_DECIMAL_TAIL = re.compile(r"(?:[.,]\d{1,2})? (?P<word>\S+)")


def _ends_with(head: str, index: dict[str, tuple[str, ...]]) -> bool:
    """Whether ``head`` (the text before a count, without its last blank) ends with one of the
    phrases of ``index`` (by their last word), after a comma at most."""
    head = head.rstrip(",")
    phrases = index.get(head[head.rfind(" ") + 1 :])
    return bool(phrases) and any(
        head.endswith(p) and (len(head) == len(p) or not head[-len(p) - 1].isalnum()) for p in phrases
    )


def _source_after(lowered: str, e: int) -> bool:
    """Whether the words right after a count (ending at ``e``) name who estimated it ("3 000
    selon la police", "3,000, the police said"), and not as the opening of the next count
    ("3000, laut Veranstaltern 10.000")."""
    w = _AFTER_WORD.match(lowered, e)
    phrases = _SOURCES_BY_FIRST.get(w.group("word")) if w else None
    if not phrases:
        return False
    at = w.start("word")
    phrase = next(
        (p for p in phrases if lowered.startswith(p, at) and not lowered[at + len(p) : at + len(p) + 1].isalnum()), None
    )
    return phrase is not None and _NEXT_COUNT.match(lowered, at + len(phrase)) is None


_BEFORE_COUNT = frozenset(" \n\t(\"“«„'‘\u00a0")


def _after_cue_word(lowered: str, at: int) -> bool:
    """Whether the word before ``at`` ends a crowd cue, and a cue ends there."""
    if at < 2 or lowered[at - 1] != " ":
        return False
    space = lowered.rfind(" ", max(0, at - 30), at - 1)
    return lowered[space + 1 : at - 1] in _CUES_BY_LAST and _ends_with(lowered[max(0, at - 60) : at - 1], _CUES_BY_LAST)


def _counted_crowds(
    text: str, lowered: str, found: list[CrowdSize], size_word_starts: set[int], digit_starts: list[int]
) -> list[CrowdSize]:
    """Crowd sizes in a count the people-noun patterns do not read: after a crowd cue, next
    to who estimated it, in millions."""
    # a count in millions wherever a word for millions may stand; a cue or a source only where
    # no people noun names a crowd (where one does, the first size is read before them)
    millions = RULES["size_millions"] and ("mil" in lowered or "mio." in lowered)
    cue = RULES["size_crowd_cue"] and not found
    source = RULES["size_estimate_source"] and not found
    if not (cue or source or millions):
        return []
    covered = [(f.start, f.start + len(f.text)) for f in found]
    more: list[CrowdSize] = []
    starts = digit_starts
    if cue and size_word_starts:  # a size word only after a cue ("a crowd of thousands")
        after_cue = [w for w in size_word_starts if lowered[w - 1 : w] == " " and _after_cue_word(lowered, w)]
        if after_cue:
            starts = sorted({*starts, *after_cue})
    for s in starts:
        if s and lowered[s - 1] not in _BEFORE_COUNT or (covered and any(a <= s < b for a, b in covered)):
            continue  # a count stands after a blank or an opening mark ("10:30", "2024-03-05", "$500" are none)
        if lowered[s : s + 2] in ("19", "20") and lowered[s + 2 : s + 4].isdigit() and not lowered[s + 4 : s + 5].isdigit():
            continue  # a year
        size = _count_at(text, lowered, s, cue, source, millions)
        if size is not None:
            more.append(size)
            covered.append((size.start, size.start + len(size.text)))
    return more


def _count_at(text: str, lowered: str, s: int, cue: bool, source: bool, millions: bool) -> CrowdSize | None:
    """The crowd size of a count at ``s`` that a cue, a source or a word for millions makes one."""
    m = _BARE_COUNT_AND_NEXT.match(lowered, s)
    if m is None:
        if millions and lowered[s].isdigit():
            tail = _DECIMAL_TAIL.match(lowered, _DIGIT_RUN.match(lowered, s).end())
            if tail and tail.group("word") in _MILLION_WORDS:
                return _millions_at(text, lowered, s)
        m = _SIZE_WORD_ALONE.match(lowered, s) if cue and not lowered[s].isdigit() else None
        if m is None:
            return None
        is_word = True
    else:
        is_word = False
        digits = m.group("low")
        if len(digits) == 4 and digits[:2] in ("19", "20") and not m.group("mil"):
            return None  # a year
    e = m.end("count") if not is_word else m.end()
    next_word = ((m.group("word") or "") if not is_word else "").rstrip(".;:!?")
    if millions and not is_word and next_word in _MILLION_WORDS:
        return _millions_at(text, lowered, s)
    if not (cue or source):
        return None
    # the word before the count (or its qualifier) or the word after it must open or end a cue or a source
    space = lowered.rfind(" ", max(0, s - 40), s - 1)
    last = lowered[space + 1 : s].strip().rstrip(",")
    if last not in _WORDS_BEFORE and next_word not in _SOURCES_BY_FIRST:
        return None
    head = lowered[max(0, s - 80) : s].rstrip()
    qual = ""
    if last in _QUALIFIER_LAST:
        q = _QUALIFIER_BEFORE.search(lowered[max(0, s - 26) : s])
        if q:
            qual = q.group("qual")
            head = lowered[max(0, s - 80) : s - len(qual) - 1].rstrip()
    cued = cue and _ends_with(head, _CUES_BY_LAST)
    source_after = source and _source_after(lowered, e)
    if not (cued or source_after or (source and _ends_with(head, _SOURCES_BY_LAST))):
        return None
    if not source_after and _ALONE_AFTER.match(lowered, e) is None:
        return None  # the count is of something the next word names ("drew 300 signatures")
    if _is_casualty_count(lowered, e, s):
        return None
    start = s - len(qual) - 1 if qual else s
    if RULES["size_not_a_crowd"] and (_MEMBERSHIP_BEFORE.search(head[-30:] + " ") or _DAY_BEFORE.search(head[-12:] + " ")):
        return None
    rule = "size_crowd_cue" if cued else "size_estimate_source"
    words = text[start:e].strip()
    if is_word:  # a size word ("a crowd of thousands")
        low, high = next(((lo, hi) for pattern, lo, hi in _WORD_RANGES if pattern.match(m.group())), (None, None))
        return CrowdSize(words, low, high, start, rule) if low is not None or high is not None else None
    low = _to_int(m.group("low"))
    if low is not None and m.group("mil"):
        low *= 1000
    if low is None or low < 10 or (1900 <= low <= 2100 and m.group("low").isdigit()):
        return None  # a year, a day, a handful
    return _bounded(words, low, None, qual, start, rule)


def _millions_at(text: str, lowered: str, s: int) -> CrowdSize | None:
    """A count in millions at ``s`` ("1.2 million people", "3 millions de manifestants")."""
    million = _MILLIONS_RE.match(lowered, s)
    if million is None or _is_casualty_count(lowered, million.end(), s):
        return None
    q = _QUALIFIER_BEFORE.search(lowered[max(0, s - 25) : s])
    qual = q.group("qual") if q else ""
    start = s - len(qual) - 1 if qual else s
    low = int(float(million.group("low").replace(",", ".")) * 1_000_000)
    return _bounded(text[start : million.end()].strip(), low, None, qual, start, "size_millions")


#: a digit, and a key of a number or size word (see _WORD_KEYS): a text without either holds no crowd
#: size.  Two searches, each of which the matcher skips through in C to the characters its matches
#: open with (the keys grouped by their first character); one alternation of both opened with a
#: character class, and the matcher tried every alternative at every character.
_MAY_HOLD_DIGIT = re.compile(r"[0-9\u0660-\U0010ffff](?<=\d)")
_MAY_HOLD_KEY = re.compile("|".join(
    re.escape(first) + "(?:" + literal_alternation(key[1:] for key in _WORD_KEYS if key[0] == first) + ")"
    for first in dict.fromkeys(key[0] for key in _WORD_KEYS)
))


def may_hold_size(lowered: str) -> bool:
    """Whether the lower-cased text may hold a crowd size (a cheap test before :func:`find_crowd_sizes`)."""
    return _MAY_HOLD_DIGIT.search(lowered) is not None or _MAY_HOLD_KEY.search(lowered) is not None


def find_crowd_sizes(text: str, lowered: str | None = None, language: str | None = None) -> list[CrowdSize]:
    """Every crowd size in ``text`` (``lowered``: its lower case, if the caller has it), in reading order
    (``language``: the article's, whose own number and size words are looked for besides the
    shared ones; None: those of every language)."""
    if lowered is None:
        lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lower-cased
        text = lowered
    found: list[CrowdSize] = []
    number_starts, size_word_starts = _word_starts(lowered, language)
    # every run of digits, found once (the counted crowds read them too)
    digit_starts = [m.start() for m in _DIGIT_RUN_START.finditer(lowered)]
    if number_starts:  # number words, then every run of digits
        number_starts.update(digit_starts)
        numbers = matches_at(_NUMERIC, lowered, sorted(number_starts))
    else:  # (in order already, as found; most texts hold no digit)
        numbers = matches_at(_NUMERIC_FROM_DIGIT, lowered, digit_starts) if digit_starts else ()
    for m in numbers:
        size = _numeric(m, text, lowered)
        if size:
            found.append(size)
    for m in matches_at(_WORD_RE, lowered, sorted(size_word_starts)) if size_word_starts else ():
        if _is_casualty_count(lowered, m.end(), m.start()):
            continue
        for pattern, lo, hi in _WORD_RANGES:
            if pattern.match(m.group()):
                found.append(CrowdSize(text[m.start() : m.end()].strip(), lo, hi, m.start(), _rule_of(m)))
                break
    if number_starts and len(found) > 1:
        # a number word inside a size word's match ("tausend" of "mehrere tausend Menschen") is that size
        spans = [(f.start, f.start + len(f.text)) for f in found]
        found = [f for f in found if not any(a < f.start and f.start + len(f.text) <= b for a, b in spans)]
    found.extend(_counted_crowds(text, lowered, found, size_word_starts, digit_starts))
    found.sort(key=lambda s: s.start)
    return found


# --- rule size_vehicles: when no count of people is found, a count of the vehicles the protest is made with
#: every language's vehicle nouns (CROWD_VEHICLES, whole words, lower case)
_VEHICLES = re.compile(rf"(?<!\w)(?:{'|'.join(_gathered('CROWD_VEHICLES')) or '(?!)'})(?!\w)")
_VEHICLE_REACH = 40


def find_vehicle_counts(text: str, lowered: str | None = None, language: str | None = None) -> list[CrowdSize]:
    """Rule ``size_vehicles``: the counts of a protest's vehicles, boats or tractors ("about 40 vessels", "more than
    150 tractors", "tientallen kotters"), read as a crowd's count would be with the vehicles for the people;
    for when no count of people is found (a blockade of boats, a convoy of tractors)."""
    if not RULES["size_vehicles"]:
        return []
    if lowered is None:
        lowered = text.lower()
    if len(lowered) != len(text):
        text = lowered
    found: list[CrowdSize] = []
    for m in _VEHICLES.finditer(lowered):
        begin = max(0, m.start() - _VEHICLE_REACH)
        window = lowered[begin : m.start()] + "people"
        for size in find_crowd_sizes(window, window, language):
            if size.start + len(size.text) == len(window):
                found.append(CrowdSize(text[begin + size.start : m.end()], size.minimum, size.maximum, begin + size.start, "size_vehicles"))
                break
    return found
