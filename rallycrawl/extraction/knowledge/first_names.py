"""Is a word a first name?  An adapter over ``gender-guesser``.

gender-guesser carries about 40,000 first names of many countries with their
gender.  A name span that opens with one ("Susan B", "Serhii Kovalenko") is more
likely a person than an organisation.  Loaded lazily, once; without the library
nothing is a first name.
"""

from __future__ import annotations

from functools import lru_cache

from ._cache import cached


@lru_cache(maxsize=1)
def _names() -> dict[str, list]:
    """first name (lower case) -> [gender or None for "unknown", popularity 1..13]."""
    return cached("first-names", ("gender-guesser",), _build_names)


def _build_names() -> dict[str, list]:
    d = _detector()
    if d is None or not hasattr(d, "names"):
        return {}
    out: dict[str, list] = {}
    for name in d.names:
        found = d.get_gender(name)
        gender = None if found == "unknown" else {"mostly_male": "male", "mostly_female": "female"}.get(found, found)
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
    entry = _names().get(word.lower())
    return entry[0] if entry else None


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
    entry = _names().get(word.lower())
    return entry[1] if entry else 0
