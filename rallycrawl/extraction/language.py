"""Which language a text is in, from its most common function words.

Cheap and dependency-free: enough to tell the languages rallycrawl analyses
(en, de, es, fr) and a few neighbours apart when the page does not declare one.
"""

from __future__ import annotations

import re
from collections import Counter

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to in is that for on with was said he she it as at by from are have has".split()),
    "de": frozenset("der die das und ist nicht ein eine zu den von mit sich auf für dem des im sie es auch".split()),
    "es": frozenset("el la de que y en los las del se por un una con para es al lo como más su".split()),
    "fr": frozenset("le la les de des et est un une du en que pour dans qui sur pas au par avec il".split()),
    "it": frozenset("il di che e la per un una non sono del della con gli si le da anche".split()),
    "pt": frozenset("o de que e do da em um para com não uma os no se na por mais as dos".split()),
    "nl": frozenset("de het een van en in is dat op te zijn niet met voor ook aan er".split()),
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect_language(text: str, *, sample: int = 20000) -> str | None:
    """ISO 639-1 code of ``text``'s language, or ``None`` when unsure."""
    words = Counter(w.lower() for w in _WORD.findall(text[:sample]))
    if sum(words.values()) < 8:
        return None
    scores = {lang: sum(words[w] for w in stop) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=scores.__getitem__)
    if scores[best] < 3:
        return None
    return best
