"""Is a word a first name?  An adapter over ``gender-guesser``.

gender-guesser carries about 40,000 first names of many countries with their
gender.  A name span that opens with one ("Susan B", "Oksana Melnyk") is more
likely a person than an organisation.  Loaded lazily, once; without the library
nothing is a first name.

A name gender-guesser knows only with its accents is known without them too ("Joaquín" and
"Joaquin", "Sébastien" and "Sebastien"): the press writes both (:func:`unaccented`).  Not the
other way round: a word with accents is not looked up without them ("Maré" is no "Mare").
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from functools import lru_cache

from ._cache import SEPARATOR, cached, join_words, split_words


#: gender -> its one-letter code in the cached table ("-": a known name of unknown gender;
#: capitals: gender-guesser's "mostly male" / "mostly female")
_CODES = {"male": "m", "female": "f", "mostly_male": "M", "mostly_female": "F", "andy": "a", None: "-"}
_GENDERS = {code: gender for gender, code in _CODES.items()}
_GENDERS.update({"M": "male", "F": "female"})  # (what gender() answers: mostly male is male)


@lru_cache(maxsize=1)
def table() -> tuple[list[str], str, str]:
    """Every first name gender-guesser knows, as ``(names, genders, popularity)``: ``names``
    the lower-cased names, sorted (see :func:`row`), ``genders[row]`` a name's gender code (m,
    f, a for either, - unknown; M and F for gender-guesser's "mostly male" and "mostly female") and
    ``popularity[row]`` its popularity as one hexadecimal digit.  Kept on disk as three
    strings, which a process turns into this with one ``str.split`` (a JSON map of 60,000
    names took several times longer to make; each name is looked up once, the answers are kept)."""
    data = _data()
    return split_words(data["names"]), data["genders"], data["popularity"]


@lru_cache(maxsize=1)
def _data() -> dict:
    """The cached table, read once a process (see :func:`table`, :func:`genders_in`)."""
    return cached("first-names", ("gender-guesser",), _build_table, schema=7)


#: the rows of the names that open with each two letters, in the sorted list last read (see :func:`row`):
#: ``[names, {opening: {name: row}}]``, each opening's table made when a name of it is first asked about
_OPENINGS: list = [None, {}]


def row(names: list[str], key: str) -> int | None:
    """The row of ``key`` (a lower-cased name) in the sorted ``names``, or None.

    (Read from a table of the names that open with the same two letters as ``key``, made the first
    time one of them is asked about, from the rows a bisection finds: a new name, the usual
    question in a long crawl, costs one look-up, where a bisection over 60,000 names read sixteen
    of them, scattered over memory.)"""
    tables = _OPENINGS[1]
    if _OPENINGS[0] is not names:
        _OPENINGS[0], tables = names, {}
        _OPENINGS[1] = tables
    opening = key[:2]
    table = tables.get(opening)
    if table is None:
        first = bisect_left(names, opening)
        last = bisect_left(names, opening + "\U0010ffff", first)
        # (from the last row up, so that a name written twice keeps its first row, as a bisection finds it)
        table = tables[opening] = dict(zip(reversed(names[first:last]), range(last - 1, first - 1, -1)))
    return table.get(key)


def unaccented(name: str) -> str:
    """``name`` without its accents and other combining marks ('efrén' -> 'efren', 'joão' -> 'joao')."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


#: the country whose first names gender-guesser reads for each language that differs from
#: the answer over all countries ("Andrea" is a man's name in Italy, "Kari" a woman's in Norway)
COUNTRIES = {
    "de": "germany", "fr": "france", "es": "spain", "it": "italy", "pt": "portugal", "nl": "the_netherlands",
    "no": "norway",
}


def _build_table() -> dict[str, str]:
    built = _build_names()
    names = {name: built[name] for name in sorted(built) if SEPARATOR not in name}
    return {
        "names": join_words(list(names)),
        "genders": "".join(_CODES[gender] for gender, _ in names.values()),
        "popularity": "".join(f"{best:x}" for _, best in names.values()),
        "by_language": _build_by_language({name: gender for name, (gender, _) in names.items()}),
    }


def _build_by_language(genders: dict[str, str | None]) -> dict[str, str]:
    """For each language of :data:`COUNTRIES`, the names its country gives to the other gender
    than all countries together do, or to one gender where they give either ("Andrea" male in
    Italy), as "name=code" joined by the separator (a name the country does not know, which
    gender-guesser answers "andy" for, keeps the answer over all countries)."""
    d = _detector()
    if d is None:
        return {}
    side = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}
    out: dict[str, str] = {}
    for language, country in COUNTRIES.items():
        found = []
        for name, overall in genders.items():
            there = d.get_gender(name, country)
            if there not in side or side[there] == side.get(overall):
                continue
            found.append(f"{name}={_CODES[there]}")
        out[language] = join_words(found)
    return out


@lru_cache(maxsize=16)
def genders_in(language: str) -> dict[str, str]:
    """The first names whose gender code differs in ``language``'s country (see COUNTRIES)."""
    text = _data().get("by_language", {}).get(language)
    if not text:
        return {}
    return dict(item.split("=", 1) for item in split_words(text))


def _build_names() -> dict[str, list]:
    """first name (lower case) -> [gender or None for "unknown", popularity 1..13], from gender-guesser."""
    d = _detector()
    if d is None or not hasattr(d, "names"):
        return {}
    out: dict[str, list] = {}
    for name in d.names:
        found = d.get_gender(name)
        gender = None if found == "unknown" else found
        best = 0
        for frequencies in d.names[name].values():
            for char in frequencies:
                if char != " ":
                    best = max(best, int(char, 16))
        out[name] = [gender, best]
    # each name also without its accents ('joaquín' -> 'joaquin'): where no name is spelt so already, of two
    # accented spellings the more common one's gender and popularity; where one is, of the same gender, the
    # higher popularity of the two ("Sebastien" is rare as written, "Sébastien" common)
    plain: dict[str, list] = {}
    for name, found in out.items():
        key = unaccented(name)
        if key == name:
            continue
        if key in out:
            if out[key][0] == found[0] and out[key][1] < found[1]:
                plain[key] = [found[0], found[1]]
        elif key not in plain or plain[key][1] < found[1]:
            plain[key] = found
    out.update(plain)
    return out


@lru_cache(maxsize=1)
def _detector():
    try:
        import gender_guesser.detector as detector
    except ImportError:  # pragma: no cover - the library is a dependency
        return None
    return detector.Detector(case_sensitive=False)


@lru_cache(maxsize=32_768)
def gender(word: str) -> str | None:
    """"male", "female", "andy" (either) for a known first name, else None."""
    if not word or not word[:1].isalpha():
        return None
    names, genders, _ = table()
    at = row(names, word.lower())
    return None if at is None else _GENDERS[genders[at]]


def is_first_name(word: str) -> bool:
    return gender(word) is not None


@lru_cache(maxsize=32_768)
def popularity(word: str) -> int:
    """How common ``word`` is as a first name where it is most used: 0 (unknown) to 13.

    gender-guesser keeps one frequency digit (1..D, hexadecimal-like) per country and
    gender; "John" reaches 10, "Susan" 9, "Devon" 3, "Rail" 2.
    """
    if not word or not word[:1].isalpha():
        return 0
    names, _, popularity = table()
    at = row(names, word.lower())
    return 0 if at is None else int(popularity[at], 16)
