"""Is a word a common word of a language?  An adapter over ``wordfreq``.

A capitalised word that is also a frequent word of the article's language
("Large", "Rival", "Afterward", "Man") is most likely a sentence opener, not a
name.  ``wordfreq`` (Zipf scale: 3 = once per million words, 6 = once per
thousand) was built from large general corpora, not from our pages.  Loaded
lazily; without the library every answer is 0.0 ("don't know").
"""

from __future__ import annotations

from functools import lru_cache

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


@lru_cache(maxsize=32_768)
def zipf(word: str, language: str | None = "en") -> float:
    """How common ``word`` (any case) is in ``language``, on the Zipf scale; 0.0 when unknown."""
    lookup = _zipf()
    if lookup is None or not word:
        return 0.0
    return lookup(word.lower(), _code(language))


def is_common_word(word: str, language: str | None = "en", threshold: float = 3.5) -> bool:
    """Whether ``word`` is at least as common as ``threshold`` (Zipf) in ``language``."""
    return zipf(word, language) >= threshold
