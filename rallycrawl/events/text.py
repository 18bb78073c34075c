"""Words for comparing reports: place, target and organiser keys, headline/lead terms.

Plain string work, no language model: text is case-folded and accent-stripped,
cut into words, common function words of the four languages rallycrawl reads
(and words every protest report uses) are left out, and a word is cut to its
first :data:`STEM` letters (a plural "s" dropped first) so that "tenant"/"tenants",
"Streik"/"Streiks" meet.
"""

from __future__ import annotations

import re
import unicodedata

STEM = 6
_WORD = re.compile(r"[^\W\d_]{3,}")

#: Function words (en, de, es, fr) and place fillers that say nothing about which event it is.
STOPWORDS = frozenset(
    """
    the and for with from that this these those their there they them then than into onto over under
    about after before outside inside near front across along around between while where when which who
    whom whose what have has had was were are been being will would could should shall said says say
    also more most some many much such other only just very said its his her our your not nor but
    all any each both few own same out off again once here why how can may might must one two now
    demand demands demanding call calls calling want wants urge urged
    city town street road square avenue hall building centre center downtown area district
    der die das und mit von vor nach auf aus bei den dem des ein eine einer eines einem einen
    sich sie ist sind war waren wird werden hat haben nicht auch noch nur wie als wenn dass
    über unter gegen durch fur für zum zur vom beim sowie oder aber
    los las del una uno unos unas con por para sobre entre desde hasta contra como pero más mas
    que sus este esta estos estas ese esa fue son han ser está estan están ante tras bajo
    les des une pour dans sur avec par sans sous entre contre comme mais plus leur leurs
    ces cette son ses qui que est sont ont été ete aux
    protest protests protesters protestors protesting rally rallies rallied march marches marched
    marching demonstration demonstrations demonstrators demonstrated strike strikes striking strikers
    vigil vigils people crowd crowds hundreds thousands dozens gathered gather gathering
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week weekend
    january february march april june july august september october november december
    protestierende demonstranten demonstration kundgebung streik protestiert montag dienstag
    mittwoch donnerstag freitag samstag sonntag heute gestern
    manifestantes manifestación protesta protestas marcha huelga personas cientos miles lunes martes
    concentración concentraciones concentraron concentran convocó convocatoria paro
    miércoles jueves viernes sábado domingo
    manifestants manifestation grève rassemblement personnes centaines milliers lundi mardi mercredi
    jeudi vendredi samedi dimanche
    """.split()
)


def fold(text: str | None) -> str:
    """Case-folded, accents stripped, whitespace normalised."""
    if not text:
        return ""
    if text.isascii():
        return " ".join(text.casefold().split())
    text = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


_FOLDED_STOPWORDS = frozenset(fold(w) for w in STOPWORDS)


def content_words(text: str | None) -> list[str]:
    """The words of ``text`` that can tell one event from another (folded, not stemmed)."""
    return [w for w in _WORD.findall(fold(text)) if w not in _FOLDED_STOPWORDS]


def stem(word: str) -> str:
    """A plural "s" off ("rents", "pensiones" -> "rent", "pensione"), then the first STEM letters."""
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word[:STEM]


def stems(text: str | None) -> set[str]:
    return {stem(w) for w in content_words(text)}


def name_key(name: str | None) -> str:
    """An organisation's or person's name reduced to letters and digits ("C.G.T." -> "cgt")."""
    return re.sub(r"[\W_]+", "", fold(name))


def overlap(a: set | frozenset, b: set | frozenset) -> float:
    """|a ∩ b| / min(|a|, |b|): 1.0 when the smaller set is inside the larger one."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


_MINOR = frozenset("of the and for de del la le les des du der die das und y et for in on at to a".split())


def initials_key(name: str | None) -> str:
    """The acronym a name of several words would have ("Riverside Tenants Union" -> "rtu"), or ""."""
    words = [w for w in re.findall(r"[^\W\d_]+", fold(name)) if w not in _MINOR]
    return "".join(w[0] for w in words) if len(words) >= 3 else ""
