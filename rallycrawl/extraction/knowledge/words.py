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

from ._cache import cached, join_words, split_words

#: the languages wordfreq has a list for that rallycrawl reads
_KNOWN = frozenset("en de es fr it pt nl".split())


@lru_cache(maxsize=1)
def _zipf():
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - the library is a dependency
        return None
    return zipf_frequency


def _code(language: str | None) -> str:
    code = (language or "en").split("-")[0].split("_")[0].lower()
    return code if code in _KNOWN else "en"


#: words rarer than this are not kept in the cached list (they count as rare: 0.0 is returned
#: only for words below it, and every threshold the rules use is above it)
FLOOR = 2.9


@lru_cache(maxsize=16)
def _common(code: str) -> dict[str, float]:
    """The words of ``code`` with a Zipf frequency of FLOOR or more (cached on disk)."""

    def build() -> dict[str, float]:
        try:
            from wordfreq import get_frequency_dict
        except ImportError:  # pragma: no cover
            return {}
        floor = 10 ** (FLOOR - 9)
        return {w: round(math.log10(f) + 9, 2) for w, f in get_frequency_dict(code).items() if f >= floor}

    def grouped() -> dict[str, str]:
        # kept as {zipf: the words of that zipf}: making the map back from this is a
        # dict.fromkeys per value (about 500 of them), not a JSON object of 50,000 keys
        groups: dict[float, list[str]] = {}
        for word, value in build().items():
            groups.setdefault(value, []).append(word)
        return {repr(value): join_words(words) for value, words in groups.items()}

    common: dict[str, float] = {}
    for value, words in cached(f"wordfreq-{code}", ("wordfreq",), grouped, schema=2).items():
        common.update(dict.fromkeys(split_words(words), float(value)))
    return common


@lru_cache(maxsize=32_768)
def zipf(word: str, language: str | None = "en") -> float:
    """How common ``word`` (any case) is in ``language``, on the Zipf scale; 0.0 when rarer than FLOOR.

    Words are looked up lower-cased as they are; wordfreq's own tokenizer is not applied (a
    hyphenated word counts as one), which is what the rules ask about.
    """
    if not word:
        return 0.0
    return _common(_code(language)).get(word.lower(), 0.0)


def is_common_word(word: str, language: str | None = "en", threshold: float = 3.5) -> bool:
    """Whether ``word`` is at least as common as ``threshold`` (Zipf) in ``language``."""
    return zipf(word, language) >= threshold
