"""German organisation names in their own case (rule ``german-nominative`` of organisations, and the
organisations attribution reads after a German article).

A German name is declined with the sentence: "der Wachen Generation", "des Deutschen
Gewerkschaftsbundes", "der Deutsche Gewerkschaftsbund". The name as it is called is the strong
nominative: "Wache Generation", "Deutscher Gewerkschaftsbund". Only the head noun's genitive ending
and the capitalised adjectives right before it change, and only when the head's gender is known by
its ending (``lang/de/organisations.py``: MASCULINE_HEAD_ENDINGS, FEMININE_HEAD_ENDINGS,
NEUTER_HEAD_ENDINGS).
"""

from __future__ import annotations

from .lang import resources

_DATA = resources("de", "organisations")
_GENDERS = (
    ("m", _DATA.MASCULINE_HEAD_ENDINGS), ("f", _DATA.FEMININE_HEAD_ENDINGS), ("n", _DATA.NEUTER_HEAD_ENDINGS),
)
#: the adjective endings of the strong nominative, by the head's gender
_STRONG = {"m": "er", "f": "e", "n": "es"}
#: articles after which a name may stand in another case than its own
ARTICLES = _DATA.CASE_ARTICLES


def head_gender(head: str) -> str | None:
    """"m", "f" or "n" for a head noun whose ending says ("Gewerkschaftsbund": m), else None."""
    low = head.lower()
    for gender, endings in _GENDERS:
        if low.endswith(endings):
            return gender
    return None


def genitive_stem(word: str) -> str:
    """"Gewerkschaftsbundes" -> "Gewerkschaftsbund", "Bündnisses" -> "Bündnis", "Klinikverbunds" ->
    "Klinikverbund": a genitive ending dropped when what is left ends in a known masculine or neuter
    head; else the word."""
    low = word.lower()
    if low.endswith("nisses"):
        return word[:-3]
    for ending in ("es", "s"):
        if low.endswith(ending) and head_gender(word[: -len(ending)]) in ("m", "n"):
            return word[: -len(ending)]
    return word


def nominative(name: str, article: str) -> str:
    """``name`` (read after ``article``, lower case) in its own case: "Deutschen Gewerkschaftsbundes"
    after "des" -> "Deutscher Gewerkschaftsbund", "Wachen Generation" after "der" -> "Wache
    Generation", "Deutsche Gewerkschaftsbund" after "der" -> "Deutscher Gewerkschaftsbund",
    "Klinikverbunds Obernau" after "des" -> "Klinikverbund Obernau"; unchanged when no word ends in
    a head of known gender or the words before the head are not all capitalised adjectives."""
    if article not in ARTICLES:
        return name
    words = name.split()
    # the head: the first word that ends in a known head ("Klinikverbunds" of "Klinikverbunds Obernau")
    h = next((i for i, w in enumerate(words) if w[1:].islower() and head_gender(genitive_stem(w))), None)
    if h is None:
        return name
    if article in _DATA.GENITIVE_CASE_ARTICLES:
        words[h] = genitive_stem(words[h])
    gender = head_gender(words[h])
    adjectives = words[:h]
    if gender is None or not all(w[:1].isupper() and w[1:].islower() and w.endswith(("e", "en")) for w in adjectives):
        return name
    for i, w in enumerate(adjectives):
        if w.endswith("en"):  # "der Wachen Generation", "des Deutschen Gewerkschaftsbundes"
            words[i] = w[:-2] + _STRONG[gender]
        elif gender != "f":  # "der Deutsche Gewerkschaftsbund", "das Grüne Netzwerk" ("die Wache Generation" stays)
            words[i] = w[:-1] + _STRONG[gender]
    return " ".join(words)
