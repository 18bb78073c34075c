"""Is a word a first name?  An adapter over ``gender-guesser``.

gender-guesser carries about 40,000 first names of many countries with their
gender.  A name span that opens with one ("Susan B", "Oksana Melnyk") is more
likely a person than an organisation.  Loaded lazily, once; without the library
nothing is a first name.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from ._cache import SEPARATOR, cached, join_words, split_words


#: gender -> its one-letter code in the cached table ("-": a known name of unknown gender;
#: capitals: gender-guesser's "mostly male" / "mostly female")
_CODES = {"male": "m", "female": "f", "mostly_male": "M", "mostly_female": "F", "andy": "a", None: "-"}
#: code -> what :func:`gender` answers ("mostly male" counts as male)
_GENDERS = {"m": "male", "f": "female", "M": "male", "F": "female", "a": "andy", "-": None}


@lru_cache(maxsize=1)
def table() -> tuple[list[str], str, str]:
    """Every first name gender-guesser knows, as ``(names, genders, popularity)``: ``names``
    the lower-cased names, sorted (see :func:`row`), ``genders[row]`` a name's gender code (m,
    f, M mostly male, F mostly female, a for either, - unknown) and
    ``popularity[row]`` its popularity as one hexadecimal digit.  Kept on disk as three
    strings, which a process turns into this with one ``str.split`` (a JSON map of 60,000
    names took several times longer to make; each name is looked up once, the answers are kept)."""
    data = cached("first-names", ("gender-guesser",), _build_table, schema=4)
    return split_words(data["names"]), data["genders"], data["popularity"]


def row(names: list[str], key: str) -> int | None:
    """The row of ``key`` (a lower-cased name) in the sorted ``names``, or None."""
    at = bisect_left(names, key)
    return at if at < len(names) and names[at] == key else None


def _build_table() -> dict[str, str]:
    built = _build_names()
    names = {name: built[name] for name in sorted(built) if SEPARATOR not in name}
    return {
        "names": join_words(list(names)),
        "genders": "".join(_CODES[gender] for gender, _ in names.values()),
        "popularity": "".join(f"{best:x}" for _, best in names.values()),
    }


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
