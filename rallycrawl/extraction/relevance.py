"""Does an article report a protest event?  Cheap, runs before the costly steps.

Most news is not about protests, so this step reads only the headline and the
first few thousand characters of the body, with a handful of precompiled
regular expressions:

* **event words** (protest, demonstrators, rally, strike, picket, vigil,
  Kundgebung, huelga, manifestation...) each carry a weight;
* **ambiguous words** ("rally", "march", "strike", "occupation", "boycott")
  count only when a protest context word (protesters, union, workers, chants,
  signs...) is near, and never inside a known non-protest phrase ("bird
  strike", "air strikes", "stocks rallied", "strike a deal", "the march of
  prices", the month "March");
* where the words sit: the headline weighs most, then the lead paragraphs,
  then the rest (capped, so a long article that mentions a protest in passing
  does not add up to one).

The weighted sum becomes a score in 0..1; ``is_protest`` is ``score >= 0.5``.
"""

from __future__ import annotations

import math
import re

from .word_alternation import word_scan

#: characters of body text read after the lead (bounded cost on huge articles)
_BODY_CHARS = 6000
_LEAD_CHARS = 1200
_WINDOW = 90  # characters each side of an ambiguous word checked for context
_NEGATIVE_REACH = 60  # characters each side of an event word checked for a non-protest phrase

# Words that by themselves report a protest (en, de, es, fr).  The word lists are scanned
# grouped by first letter (see .word_alternation): about twice as fast as one flat alternation.
_STRONG = word_scan([
    r"protest(?:s|ers?|ors?|ed|ing)?|counter-?protest(?:s|ers)?|demonstrat(?:ion|ions|ors?)|"
    r"picket(?:s|ed|ing|ers)?|walk-?outs?|walked (?:off the job|out)|sit-ins?|vigils?|"
    r"hunger strikes?|strikers|marchers|took to the streets|rallied (?:outside|in front|against|at)|"
    r"placards?|"
    # German
    r"protest(?:e|en|es|zug|zügen|aktion(?:en)?|marsch)?|demonstrant(?:en|innen)?|demonstration(?:en)?|"
    r"demos?|kundgebung(?:en)?|mahnwache(?:n)?|warnstreiks?|streik(?:s|e|en|ende|enden)?|"
    r"streik(?:en|t|ten|ende|enden)|massenprotest(?:e|en)?|sprechchöre?n?|"
    # Spanish
    r"protestas?|manifestaci(?:ón|ones)|manifestantes?|huelgas?|huelguistas?|movilizaci(?:ón|ones)|"
    r"piquetes?|bloqueos?|medidas de fuerza|marcharon|"
    # French
    r"manifestations?(?! of)|manifestants?|grèves?|grévistes?|rassemblements?|cortèges?|mobilisations?"
])

# Words that report a protest only in a protest context.
_AMBIGUOUS = re.compile(
    r"\b(?:rall(?:y|ies|ied|ying)|march(?:es|ed|ing)?|strik(?:e|es|ing)|occupation|occupied|"
    r"boycott(?:s|ed|ing)?|blockades?|paro|marchas?|marchan|marche|chant(?:ed|ing|s)?)\b"
)

_CONTEXT = word_scan([
    r"protest\w*|demonstrat\w*|activists?|campaigners?|supporters|crowds?|signs|banners?|"
    r"placards?|unions?|union-\w+|workers|employees|staff|teachers|nurses|drivers|writers|actors|guild|"
    r"picket\w*|strikers|walk\w*|labou?r|wages?|pay|contract|organi[sz]ers?|organi[sz]ed|"
    r"demand\w*|against|outside|in front of|streets?|thousands|hundreds|dozens|"
    r"gewerkschaft\w*|beschäftigte\w*|sindicat\w*|gremio\w*|trabajadores|syndicat\w*|salariés"
])

# Phrases in which an event word does not report a protest.
_NEGATIVE = re.compile(
    r"\b(?:bird|air|drone|missile|military|rocket|lightning|pre-?emptive|first|nuclear|retaliatory)[- ]?strikes?\b|"
    r"\bairstrikes?\b|\bstrik(?:e|es|ing) (?:a |an )?(?:deal|balance|chord|note|bargain|blow|fear|down|out|back|gold)\b|"
    r"\bstrike (?:price|zone|force|team|rate)\b|\bthree strikes\b|\bstruck out\b|"
    r"\b(?:stocks?|shares?|markets?|prices?|bonds?|dollar|euro|yen|oil|gold|equit\w+|index|indices|dow|nasdaq|s&p)\b"
    r"[^.]{0,40}\brall(?:y|ies|ied|ying)\b|\brall(?:y|ies|ied|ying)\b[^.]{0,30}\b(?:stocks?|shares|markets?|prices|"
    r"bonds|points|per ?cent|%|win|victory|comeback|back from)\b|"
    r"\bmarch(?:es|ed)? (?:of (?:prices|time|progress|technology)|toward (?:the )?(?:title|playoffs?)|madness)\b|"
    r"\bmarch (?:on|onward)\b|"
    r"\bdemonstrat(?:ed|es|ing) (?:that|how|the|its|a|an|their|his|her)\b|"
    r"\b(?:campaign|election|re-?election|political|victory) rall(?:y|ies)\b|"
    r"\bmarch(?:ed|ing|es)?\b[^.]{0,30}\bparades?\b|"
    r"\b(?:tasa|datos|cifras|subsidio|prestación|oficinas?) (?:de|del) paro\b|\bparo (?:registrado|juvenil)\b|"
    r"\bdemonstration (?:of|der|des|de) (?:the |la )?(?:stärke|macht|klasse|force|strength|power|skill|talent|dominance|"
    r"support|unity|solidarity|faith|love)\b|"
    r"\brall(?:y|ies|ied|ying) (?:from|behind|past|late|to (?:win|beat|victory|a \d|tie|force))\b|"
    r"\b(?:buena|en|puesta en) marcha\b|\bmarcha atrás\b|\bmarcha cicloturista\b"
)

#: every _NEGATIVE phrase holds one of these: a substring test skips most windows
_NEGATIVE_WORDS = ("strik", "struck", "rall", "march", "demonstrat", "paro")

_MONTH_MARCH = re.compile(r"\bMarch\b(?=\s*(?:\d|of \d|\d{4}|,))|\b(?:in|since|until|by|early|late|mid-?|last|next) March\b")


def _hits(text: str, context: str = "") -> float:
    """Weighted count of protest-event words in ``text``.

    ``context`` is extra text searched for the context of ambiguous words
    (for the headline: the start of the lead).
    """
    if not text:
        return 0.0
    lowered = text.lower()  # same length as ``text`` for the scripts we read
    if len(lowered) != len(text):
        lowered, text = text.lower(), text.lower()
    context = context.lower()

    def excluded(start: int, end: int) -> bool:
        lo = max(0, start - _NEGATIVE_REACH)
        window = lowered[lo : end + _NEGATIVE_REACH]
        if not any(word in window for word in _NEGATIVE_WORDS):
            return False
        return any(
            m.start() + lo <= start < m.end() + lo or m.start() + lo < end <= m.end() + lo
            for m in _NEGATIVE.finditer(window)
        )

    context_holds: bool | None = None  # does ``context`` hold a context word? (looked up once, if needed)
    total = 0.0
    for m in _STRONG.finditer(lowered):
        word = m.group()
        if word in ("demo", "demos") and text[m.start()] != "D":
            continue  # German "Demo" is capitalised; English "demo" is a product demo
        if not excluded(*m.span()):
            total += 1.0
    for m in _AMBIGUOUS.finditer(lowered):
        start, end = m.span()
        if excluded(start, end):
            continue
        if m.group().startswith("march") and _MONTH_MARCH.search(text[max(0, start - 8) : end + 8]):
            continue
        window = lowered[max(0, start - _WINDOW) : end + _WINDOW]
        if _CONTEXT.search(window) is None:
            if context_holds is None:
                context_holds = bool(context) and _CONTEXT.search(context) is not None
            if not context_holds:
                continue
        total += 0.75
    return total


def score_protest(headline: str, paragraphs: list[str]) -> tuple[bool, float]:
    """(is_protest, score in 0..1) from the headline and the lead, weighted."""
    # The lead: the first paragraphs up to _LEAD_CHARS, a repeated headline left out.
    if paragraphs and headline and paragraphs[0].strip() == headline.strip():
        paragraphs = paragraphs[1:]
    lead_parts: list[str] = []
    size = 0
    for para in paragraphs:
        if size >= _LEAD_CHARS:
            break
        lead_parts.append(para[: _LEAD_CHARS - size])
        size += len(lead_parts[-1])
    lead = "\n".join(lead_parts)
    rest_parts: list[str] = []
    size = 0
    for para in paragraphs[len(lead_parts) :]:
        if size >= _BODY_CHARS:
            break
        rest_parts.append(para[: _BODY_CHARS - size])
        size += len(rest_parts[-1])
    head_hits = _hits(headline[:500], lead[:600])
    lead_hits = _hits(lead)
    rest_hits = _hits("\n".join(rest_parts))
    evidence = 1.6 * min(head_hits, 2.0) + 0.8 * min(lead_hits, 4.0) + 0.2 * min(rest_hits, 8.0)
    if head_hits == 0 and lead_hits == 0:
        evidence = min(evidence, 1.0)  # a protest only deep in the body is a passing mention
    score = 1.0 - math.exp(-evidence / 2.0)
    return score >= 0.5, round(score, 3)
