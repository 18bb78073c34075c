"""Which language a text is in, from its script or its most common function words.

Cheap and dependency-free: enough to tell the languages rallycrawl analyses
(en, de, es, fr, no...) and a few neighbours apart when the page does not declare one.
Text mostly in Hangul is Korean, in kana Japanese, in Han characters alone Chinese.
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
    "tr": frozenset("ve bir bu için ile olarak çok daha gibi ama olan kadar sonra ancak değil".split()),
    # The Scandinavian languages share most function words ("og", "det", "som", "har"): each list
    # holds the common ones and those only it writes (Norwegian "av, ikke, etter, mot, ble, hva, nå,
    # noen, seg, sier"; Danish "af, efter, mod, blev, hvad, nu, nogle, sig, siger"; Swedish "och,
    # att, är, inte, för, från, också, säger"), so the distinct ones decide.
    "no": frozenset("og i det er på av til som med har ikke jeg seg om fra skal etter mot også ble hva nå noen blir sier".split()),
    "da": frozenset("og i det er på af til som med har ikke jeg sig om fra skal efter mod også blev hvad nu nogle bliver siger".split()),
    "sv": frozenset("och i det är på av till som med har inte jag sig om från ska efter mot också blev vad nu några blir säger att för".split()),
}
_CJK_ANY = re.compile("[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")
_HANGUL = re.compile("[\uac00-\ud7a3]")
_KANA = re.compile("[\u3040-\u30ff]")
_HAN = re.compile("[\u4e00-\u9fff]")
_LETTER = re.compile(r"[^\W\d_]")


def _by_script(text: str) -> str | None:
    """ko, ja or zh when most letters of ``text`` are in their scripts."""
    if not _CJK_ANY.search(text):
        return None
    letters = len(_LETTER.findall(text))
    if not letters:
        return None
    hangul, kana, han = len(_HANGUL.findall(text)), len(_KANA.findall(text)), len(_HAN.findall(text))
    if hangul * 2 > letters:
        return "ko"
    if (kana + han) * 2 > letters:
        return "ja" if kana * 10 > kana + han else "zh"
    return None


_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def function_word_counts(text: str, *, sample: int = 20000) -> dict[str, int]:
    """How many of ``text``'s words are each language's common function words."""
    return _function_words(Counter(w.lower() for w in _WORD.findall(text[:sample])))


def _function_words(words: Counter) -> dict[str, int]:
    """How many of the counted ``words`` are each language's common function words."""
    return {lang: sum(words[w] for w in stop) for lang, stop in _STOPWORDS.items()}


#: a declared language gives way to the body's only when the body's function words outnumber the
#: declared language's this many times ...
OVERRIDE_FACTOR = 5
#: ... and number at least this many (a thousand words of text tell a language apart)
OVERRIDE_MIN = 30


def plainly_other_language(text: str, declared: str, *, sample: int = 6000) -> str | None:
    """The language ``text`` is plainly written in when that is not ``declared`` (an ISO 639-1
    code): a German body on a page whose metadata says English; None when the body agrees, is
    too short to tell, or is in a script or language this module does not count."""
    counts = function_word_counts(text, sample=sample)
    best = max(counts, key=counts.__getitem__)
    if best != declared and counts[best] >= OVERRIDE_MIN and counts[best] >= OVERRIDE_FACTOR * counts.get(declared, 0):
        return best
    return None


def detect_language(text: str, *, sample: int = 20000) -> str | None:
    """ISO 639-1 code of ``text``'s language, or ``None`` when unsure."""
    text = text[:sample]
    script = _by_script(text)
    if script:
        return script
    words = Counter(w.lower() for w in _WORD.findall(text))
    if sum(words.values()) < 8:
        return None
    scores = _function_words(words)
    best = max(scores, key=scores.__getitem__)
    if scores[best] < 3:
        return None
    return best
