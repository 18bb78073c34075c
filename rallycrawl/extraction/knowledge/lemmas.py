"""Other forms of a language's listed verbs.  An adapter over ``simplemma``.

simplemma maps the inflected forms of many languages to their lemma ("sagten" -> "sagen",
"dijeron" -> "decir").  A hand-written list of reporting verbs names some forms of each verb
and misses others; :func:`paradigm_forms` fills, for every verb of the list, the slots of the
paradigm that the list fills for some verb (the list has "afirmaron" and "lamentó": so
"lamentaron" too), keeping only forms that simplemma knows as forms of that verb.  Derived once per
simplemma version and cached (``_cache.py``); without the library nothing is added.
"""

from __future__ import annotations

import zlib
from functools import lru_cache

from ._cache import cached_words

#: simplemma's code for a language whose code it does not use
_CODES = {"no": "nb"}
#: a verb's stem shorter than this says too little to carry a slot over
_MIN_STEM = 3


def _dictionary(code: str):
    try:
        from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory
    except ImportError:
        return None
    try:
        return DefaultDictionaryFactory(cache_max_size=1).get_dictionary(_CODES.get(code, code))
    except (ValueError, OSError, KeyError):
        return None


def _slot(form: str, lemma: str) -> tuple[str, str, str] | None:
    """``form`` as (prefix, lemma ending, form ending): "gesagt"/"sagen" -> ("ge", "en", "t")."""
    for cut in range(len(lemma), _MIN_STEM - 1, -1):
        stem = lemma[:cut]
        at = form.find(stem)
        if 0 <= at <= 3:
            return form[:at], lemma[cut:], form[at + cut:]
    return None


def _build(code: str, listed: tuple[str, ...], capitalised_nouns: bool) -> list[str]:
    d = _dictionary(code)
    if d is None:
        return []
    lemmas: dict[str, str] = {}
    slots: set[tuple[str, str, str]] = set()
    for word in listed:
        lemma = d.get(word)
        if not lemma or lemma == word or not lemma.islower():
            continue  # a word that is its own lemma here is no verb form ("laut", "so", "según")
        lemmas[word] = lemma
        slot = _slot(word, lemma)
        if slot:
            slots.add(slot)
    #: a form that is itself a lemma is also another word ("racconto" a story, "lamento" a lament);
    #: where nouns are capitalised a lower-case lemma is an adjective or participle ("gewarnt"): kept
    headwords = set() if capitalised_nouns else set(d.values())
    forms = set()
    for lemma in set(lemmas.values()):
        for prefix, ending, tail in slots:
            if not lemma.endswith(ending):
                continue
            form = prefix + lemma[: len(lemma) - len(ending)] + tail
            if form not in listed and form not in headwords and d.get(form) == lemma:
                forms.add(form)
    return sorted(forms)


@lru_cache(maxsize=None)
def paradigm_forms(code: str, listed: frozenset[str], capitalised_nouns: bool = False) -> frozenset[str]:
    """The forms of the verbs in ``listed`` (lower-case words of language ``code``) that fill a slot
    of the paradigm the list fills for another of its verbs, and that the list leaves out; none
    that is also a word of its own (a lemma), unless ``capitalised_nouns`` (German) says so."""
    words = tuple(sorted(listed))
    name = f"paradigm-{code}-{int(capitalised_nouns)}-{zlib.crc32(' '.join(words).encode('utf-8')):08x}"  # (the list's own key)
    return frozenset(cached_words(name, ("simplemma",), lambda: _build(code, words, capitalised_nouns)))


def reporting_verb_forms(module) -> frozenset[str]:
    """The forms simplemma gives the reporting verbs of a language's quote data (``lang/<code>/quotes.py``
    ``REPORTING_VERBS``) in the slots of the paradigm its list fills for other verbs ("sagten" listed:
    "warnten" too), where the language asks for them (``PARADIGM_FORMS``); read by attribution and demands."""
    if not getattr(module, "PARADIGM_FORMS", False):
        return frozenset()
    code = module.__name__.split(".")[-2]
    return paradigm_forms(code, frozenset(module.REPORTING_VERBS), getattr(module, "CAPITALISED_NOUNS", False))
