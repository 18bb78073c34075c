"""Does an article report a protest event?  Cheap, runs before the costly steps.

Most news is not about protests, so this step reads only the headline and the
first few thousand characters of the body.  The words are language data
(``lang/<code>/relevance.py``; the article's language is read together with
English, and an article of unknown language with every language):

* **event words** (protest, demonstrators, picket, vigil, "went on strike",
  Kundgebung, huelga, manifestation, sciopero, greve, staking...) report a
  protest by themselves;
* **compounds** (German, Dutch): a word holding an event stem ("Mietenstreik",
  "Klimademo", "Lerarenstaking"), unless it is a listed look-alike
  ("Sozialdemokraten", "Machtdemonstration");
* **frames**: people who gather somewhere, for or against something ("gathered
  outside", "se congregarán frente a", "versammelten sich", "pour dénoncer");
* **ambiguous words** ("rally", "march", "strike", "occupation", "boycott",
  "paro", "marche") count only when a protest context word (protesters, union,
  workers, signs, against...) is near, and never inside a non-protest sense of
  the word ("bird strike", "stocks rallied", "the march of prices", "tasa de
  paro", "Rassemblement national", "Demonstration der Stärke").

Where the words sit weighs: the headline most, then the lead paragraphs, then the
rest (capped, so a long article that mentions a protest in passing does not add up
to one).  The weighted sum *e* becomes ``protest_score = 1 - exp(-e / 2)``;
``is_protest`` is ``protest_score >= THRESHOLD`` (chosen from the sweep of
``bench/relevance_sweep.py``, see docs/extraction.md).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from . import lang
from .rule_switches import switched_off
from .word_alternation import grouped

#: the protest_score from which an article is a protest report (see docs/extraction.md)
THRESHOLD = 0.35

#: the named relevance rules that can be switched off one by one (``RALLYCRAWL_RELEVANCE_RULES_OFF="rule,rule"``)
RULES = {
    # a headline that says the article is about something else than a protest happening now: a trial, a poll,
    # an anniversary (lang/<code>/relevance.py HEADLINE_NOT_EVENT: "N years ago", "Poll:", "Processo per"),
    # or a festivity with no protest word beside it (HEADLINE_FESTIVITIES: "Carnaval : ...")
    "headline_not_event": True,
    # a protest word in the headline next to a year before the article's ("Court clears three over 2019
    # runway protest", "Manifestation de 2019 :", "blokkade snelweg in 2021"): a past protest is the topic
    "past_year_headline": True,
    # one sense per article: when every protest word of the headline is in another sense (NON_EVENT_SENSES: "geeft
    # demonstratie met blusdrone"), the same words in the text are in that sense too ("tijdens de demonstratie")
    "one_sense_per_article": True,
}
for _name in switched_off("RALLYCRAWL_RELEVANCE_RULES_OFF", RULES, "relevance"):
    RULES[_name] = False

#: the most evidence an article whose headline is about something else may have (score 0.33, under THRESHOLD)
_NOT_EVENT_CAP = 0.8
#: a year in a headline; a year before a protest word with at most three words between ("2019 airport runway
#: protest"), and one after it with at most two words and a preposition ("Manifestation de 2019", "blokkade
#: snelweg in 2021"), not after any word ("strike over 2023 pension reform" is about the reform)
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_YEAR_BEFORE = re.compile(r"(?<!\d)(?P<year>1[89]\d\d|20\d\d)(?: [\w\-]+){0,3} $")
#: (the prepositions before a year: every language's YEAR_PREPOSITIONS, a headline's year read whatever its language)
_YEAR_PREPOSITIONS = sorted({
    word for code in lang.languages() if lang.has(code, "relevance")
    for word in getattr(lang.resources(code, "relevance"), "YEAR_PREPOSITIONS", ())
})
_YEAR_AFTER = re.compile(
    rf"^(?: [\w\-]+){{0,2}} (?:{'|'.join(_YEAR_PREPOSITIONS)}) (?P<year>1[89]\d\d|20\d\d)(?!\d)"
)

#: characters of body text read after the lead (bounded cost on huge articles)
_BODY_CHARS = 6000
_LEAD_CHARS = 1200
_WINDOW = 90  # characters each side of an ambiguous word checked for context
_NEGATIVE_REACH = 60  # characters each side of an event word checked for a non-protest phrase
_AMBIGUOUS_WEIGHT = 0.75

_MONTH_MARCH = re.compile(r"\bMarch\b(?=\s*(?:\d|of \d|\d{4}|,))|\b(?:in|since|until|by|early|late|mid-?|last|next) March\b")


def _word_pattern(patterns: list[str]) -> re.Pattern:
    """``\\b(?:alternatives)\\b`` over lower-cased text, grouped by first letter (see .word_alternation)."""
    return re.compile(r"\b" + grouped(patterns) + r"\b")


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """The relevance words of one language (with English), compiled."""

    event: re.Pattern
    ambiguous: re.Pattern
    context: re.Pattern
    non_event: re.Pattern | None
    non_event_keys: tuple[str, ...]
    compound: re.Pattern | None
    compound_not: tuple[str, ...]
    frames: re.Pattern | None
    headline_not_event: re.Pattern | None = None
    headline_festivities: re.Pattern | None = None


def _codes(language: str | None) -> tuple[str, ...]:
    code = (language or "").split("-")[0].split("_")[0].lower()
    available = lang.languages()
    if code in available:
        return tuple(dict.fromkeys((code, lang.FALLBACK)))
    return available  # unknown language: every language's words


@lru_cache(maxsize=None)
def lexicon(language: str | None) -> _Lexicon:
    """The compiled relevance words for ``language`` (loaded once per language)."""
    modules = [lang.resources(code, "relevance") for code in _codes(language) if lang.has(code, "relevance")]
    gather = lambda name: [p for m in modules for p in getattr(m, name, ())]  # noqa: E731
    non_event = gather("NON_EVENT_SENSES")
    stems = gather("COMPOUND_STEMS")
    frames = gather("FRAMES")
    return _Lexicon(
        event=_word_pattern(gather("EVENT_WORDS")),
        ambiguous=_word_pattern(gather("AMBIGUOUS_WORDS")),
        context=_word_pattern(gather("CONTEXT_WORDS")),
        non_event=re.compile("|".join(f"(?:{p})" for p in non_event)) if non_event else None,
        non_event_keys=tuple(dict.fromkeys(gather("NON_EVENT_KEYS"))),
        compound=re.compile("|".join(sorted(set(stems), key=len, reverse=True))) if stems else None,
        compound_not=tuple(gather("COMPOUND_NOT")),
        frames=re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in frames) + ")") if frames else None,
        headline_not_event=_any_of(gather("HEADLINE_NOT_EVENT")),
        headline_festivities=_any_of(gather("HEADLINE_FESTIVITIES")),
    )


def _any_of(patterns: list[str]) -> re.Pattern | None:
    return re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in patterns) + r")") if patterns else None


def _word_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole word of ``text`` that holds ``text[start:end]``."""
    lo = start
    while lo > 0 and start - lo < 40 and text[lo - 1].isalpha():
        lo -= 1
    hi = end
    while hi < len(text) and hi - end < 40 and text[hi].isalpha():
        hi += 1
    return lo, hi


def _hit_spans(text: str, words: _Lexicon) -> list[tuple[int, int]]:
    """Where the event, ambiguous and compound words of ``text`` (lower case) stand."""
    spans = [m.span() for pattern in (words.event, words.ambiguous) for m in pattern.finditer(text)]
    if words.compound is not None:
        spans += [_word_around(text, *m.span()) for m in words.compound.finditer(text)]
    return spans


def _past_year(headline: str, words: _Lexicon, published: str | None) -> bool:
    """Rule past_year_headline: a protest word of the headline goes with a year before the published
    one (any year when the date is not known): "2019 runway protest", "Manifestation de 2019"."""
    lowered = headline.lower()
    if _YEAR.search(lowered) is None:
        return False
    before_year = _year_of(published) if published else 10_000
    for start, end in _hit_spans(lowered, words):
        for m in (_YEAR_BEFORE.search(lowered, max(0, start - 60), start), _YEAR_AFTER.match(lowered[end : end + 60])):
            if m is not None and int(m.group("year")) < before_year:
                return True
    return False


def _year_of(published: str) -> int:
    m = _YEAR.search(published)
    return int(m.group()) if m else 10_000


def _not_an_event(headline: str, words: _Lexicon, head_hits: float, published: str | None) -> bool:
    """Whether the headline says the article is about something else than a protest happening now
    (rules headline_not_event, past_year_headline)."""
    lowered = headline.lower()
    if RULES["headline_not_event"]:
        if words.headline_not_event is not None and words.headline_not_event.search(lowered):
            return True
        if head_hits == 0 and words.headline_festivities is not None and words.headline_festivities.search(lowered):
            return True
    return RULES["past_year_headline"] and _past_year(headline, words, published)


def _hits(
    text: str, words: _Lexicon, context: str = "", *, senses: set[str] | None = None, other_sense: frozenset[str] = frozenset(),
) -> float:
    """Weighted count of protest-event words in ``text``.

    ``context`` is extra text searched for the context of ambiguous words
    (for the headline: the start of the lead).  ``senses``: a set that collects the words found in
    a sense that is no protest; ``other_sense``: words not counted (rule one_sense_per_article).
    """
    if not text:
        return 0.0
    lowered = text.lower()  # same length as ``text`` for the scripts we read
    if len(lowered) != len(text):
        text = lowered
    context = context.lower()

    def excluded(start: int, end: int) -> bool:
        if other_sense and lowered[start:end] in other_sense:
            return True
        if words.non_event is None:
            return False
        lo = max(0, start - _NEGATIVE_REACH)
        window = lowered[lo : end + _NEGATIVE_REACH]
        if not any(key in window for key in words.non_event_keys):
            return False
        found = any(
            m.start() + lo <= start < m.end() + lo or m.start() + lo < end <= m.end() + lo
            for m in words.non_event.finditer(window)
        )
        if found and senses is not None:
            senses.add(lowered[start:end])
        return found

    counted: set[int] = set()  # word starts already counted (an event word is also a compound)
    total = 0.0
    for m in words.event.finditer(lowered):
        if not excluded(*m.span()):
            counted.add(m.start())
            total += 1.0
    if words.compound is not None:
        for m in words.compound.finditer(lowered):
            lo, hi = _word_around(lowered, *m.span())
            if lo in counted:
                continue
            word = lowered[lo:hi]
            if any(bad in word for bad in words.compound_not) or excluded(lo, hi):
                continue
            counted.add(lo)
            total += 1.0
    if words.frames is not None:
        for m in words.frames.finditer(lowered):
            if m.start() not in counted and not excluded(*m.span()):
                counted.add(m.start())
                total += 1.0
    context_holds: bool | None = None  # does ``context`` hold a context word? (looked up once, if needed)
    for m in words.ambiguous.finditer(lowered):
        start, end = m.span()
        if start in counted or excluded(start, end):
            continue
        if m.group().startswith("march") and _MONTH_MARCH.search(text[max(0, start - 8) : end + 8]):
            continue
        window = lowered[max(0, start - _WINDOW) : end + _WINDOW]
        if words.context.search(window) is None:
            if context_holds is None:
                context_holds = bool(context) and words.context.search(context) is not None
            if not context_holds:
                continue
        counted.add(start)
        total += _AMBIGUOUS_WEIGHT
    return total


def protest_evidence(
    headline: str, paragraphs: list[str], language: str | None = None, published: str | None = None,
) -> float:
    """The weighted count of protest evidence in the headline, the lead and the rest (``published``:
    the article's date, for rule past_year_headline)."""
    words = lexicon(language)
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
    senses: set[str] = set()
    head_hits = _hits(headline[:500], words, lead[:600], senses=senses)
    # rule one_sense_per_article: a headline whose every protest word has another sense ("Brandweer geeft
    # demonstratie met blusdrone") gives that sense to the same words in the text ("tijdens de demonstratie")
    other_sense = frozenset(senses) if senses and head_hits == 0 and RULES["one_sense_per_article"] else frozenset()
    lead_hits = _hits(lead, words, other_sense=other_sense)
    rest_hits = _hits("\n".join(rest_parts), words, other_sense=other_sense)
    evidence = 1.6 * min(head_hits, 2.0) + 0.8 * min(lead_hits, 4.0) + 0.2 * min(rest_hits, 8.0)
    if head_hits == 0 and lead_hits == 0:
        evidence = min(evidence, 1.0)  # a protest only deep in the body is a passing mention
    if evidence > _NOT_EVENT_CAP and headline and _not_an_event(headline[:500], words, head_hits, published):
        evidence = _NOT_EVENT_CAP  # a trial, a poll, an anniversary, a festivity: protest words speak of another time
    return evidence


def score_from_evidence(evidence: float) -> float:
    return round(1.0 - math.exp(-evidence / 2.0), 3)


def score_protest(
    headline: str, paragraphs: list[str], language: str | None = None, *, threshold: float = THRESHOLD,
    published: str | None = None,
) -> tuple[bool, float]:
    """(is_protest, score in 0..1) from the headline and the lead, weighted (``published``: the
    article's date, if known)."""
    score = score_from_evidence(protest_evidence(headline, paragraphs, language, published))
    return score >= threshold, score
