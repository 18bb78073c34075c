"""Is a word a common word of a language?  An adapter over ``wordfreq``.

A capitalised word that is also a frequent word of the article's language
("Large", "Rival", "Afterward", "Man") is most likely a sentence opener, not a
name.  ``wordfreq`` (Zipf scale: 3 = once per million words, 6 = once per
thousand) was built from large general corpora, not from our pages.  Loaded
lazily; without the library every answer is 0.0 ("don't know").
"""

from __future__ import annotations

import math
from functools import lru_cache

from ._cache import SEPARATOR, WordTable, cached, table_data

#: the languages wordfreq has a list for that rallycrawl reads
_KNOWN = frozenset("en de es fr it pt nl nb".split())
#: codes read with another code's list: Norwegian ("no", as lang.canonical makes "nb" and "nn") with
#: wordfreq's Bokmål list, as knowledge/names.py reads it (before, Norwegian words were looked up in English)
_ALIASES = {"no": "nb", "nn": "nb"}


@lru_cache(maxsize=1)
def _zipf():
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - the library is a dependency
        return None
    return zipf_frequency


def _code(language: str | None) -> str:
    code = (language or "en").split("-")[0].split("_")[0].lower()
    code = _ALIASES.get(code, code)
    return code if code in _KNOWN else "en"


#: words rarer than this are not kept in the cached list (they count as rare: 0.0 is returned
#: only for words below it, and every threshold the rules use is above it)
FLOOR = 2.9


def _build(code: str) -> dict[str, float]:
    """The words of ``code`` with a Zipf frequency of FLOOR or more, from wordfreq."""
    try:
        from wordfreq import get_frequency_dict
    except ImportError:  # pragma: no cover
        return {}
    floor = 10 ** (FLOOR - 9)
    return {w: round(math.log10(f) + 9, 2) for w, f in get_frequency_dict(code).items() if f >= floor}


#: a Zipf frequency (two decimals) is kept as one character, chr(_BASE + 100 * zipf)
_BASE = 0x100


@lru_cache(maxsize=16)
def _table(code: str) -> tuple[WordTable, str]:
    """The words of ``code`` with a Zipf frequency of FLOOR or more, sorted, and their
    frequencies (one character each, see _BASE), cached on disk as two strings.

    A process makes a :class:`~._cache.WordTable` of them (the words as one string, looked up
    by block) and looks a word up by bisection (each word once: :func:`zipf` keeps its
    answers): a list of the 40,000 words took ~3-10 ms to make at the first article of each
    language, a map several times more."""

    def build() -> dict:
        common = {w: z for w, z in _build(code).items() if SEPARATOR not in w}
        words = sorted(common)
        return {**table_data(words), "zipf": "".join(chr(_BASE + round(common[w] * 100)) for w in words)}

    data = cached(f"wordfreq-{code}", ("wordfreq",), build, schema=4)
    return WordTable(data), data["zipf"]


def _common(code: str) -> dict[str, float]:
    """The words of ``code`` with a Zipf frequency of FLOOR or more, as a map (for tests and
    tools; :func:`zipf` reads the table)."""
    words, values = _table(code)
    return {w: (ord(v) - _BASE) / 100 for w, v in zip(words.words(), values)}


@lru_cache(maxsize=32_768)
def zipf(word: str, language: str | None = "en") -> float:
    """How common ``word`` (any case) is in ``language``, on the Zipf scale; 0.0 when rarer than FLOOR.

    Words are looked up lower-cased as they are; wordfreq's own tokenizer is not applied (a
    hyphenated word counts as one), which is what the rules ask about.
    """
    if not word:
        return 0.0
    words, values = _table(_code(language))
    at = words.index(word.lower())
    return 0.0 if at is None else (ord(values[at]) - _BASE) / 100


def is_common_word(word: str, language: str | None = "en", threshold: float = 3.5) -> bool:
    """Whether ``word`` is at least as common as ``threshold`` (Zipf) in ``language``."""
    return zipf(word, language) >= threshold
