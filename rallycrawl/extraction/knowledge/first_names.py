"""Is a word a first name?  An adapter over ``gender-guesser``.

gender-guesser carries about 40,000 first names of many countries with their
gender.  A name span that opens with one ("Susan B", "Serhii Kovalenko") is more
likely a person than an organisation.  Loaded lazily, once; without the library
nothing is a first name.
"""

from __future__ import annotations

from functools import lru_cache


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
    d = _detector()
    if d is None or not word or not word[:1].isalpha():
        return None
    found = d.get_gender(word)
    if found == "unknown":
        return None
    return {"mostly_male": "male", "mostly_female": "female"}.get(found, found)


def is_first_name(word: str) -> bool:
    return gender(word) is not None


@lru_cache(maxsize=32_768)
def popularity(word: str) -> int:
    """How common ``word`` is as a first name where it is most used: 0 (unknown) to 13.

    gender-guesser keeps one frequency digit (1..D, hexadecimal-like) per country and
    gender; "John" reaches 10, "Susan" 9, "Devon" 3, "Rail" 2.
    """
    d = _detector()
    if d is None or not word or not word[:1].isalpha():
        return 0
    entry = d.names.get(word.lower()) if hasattr(d, "names") else None
    if not entry:
        return 0
    best = 0
    for frequencies in entry.values():
        for char in frequencies:
            if char != " ":
                best = max(best, int(char, 16))
    return best
