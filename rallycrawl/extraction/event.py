"""The protest event: kind, date, location, target, size, tactics, slogans.

Read from the headline and the first paragraphs, where news reports put the
who/what/where/when, with precompiled patterns (en, de, es, fr):

* **kind**: the event nouns counted in the headline and body; a specific kind
  (rally, march, strike, vigil...) wins over the generic "protest" when it is
  named at least as often;
* **date**: a weekday ("Wednesday" -> the latest Wednesday on or before the
  publication date), "yesterday"/"today", or an explicit day and month;
* **location**: the place after "outside", "in front of", "at", "surrounded"...
  in a sentence that reports the event, else the dateline city;
* **target**: who is urged, called on, pressed or protested against;
* **size**: see :mod:`.crowd_size`;
* **tactics**: a word list (chanting, marching, drumming, signs...);
* **slogans**: those the quote extractor found, de-duplicated.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, timedelta
from functools import lru_cache
from dataclasses import dataclass

from ..record import Event
from . import event_rules, lang
from .crowd_size import find_crowd_sizes, find_vehicle_counts, may_hold_size
from .dates import full_month_numbers, weekday_numbers
from .document import Document
from .knowledge.gazetteer import is_country, is_place, places_in
from .knowledge.words import is_common_word
from .word_alternation import (
    alternatives, by_first_letter, by_first_two_letters, literal_alternation, literal_by_first_character, literal_openings, literal_starts,
    matches_from_starts, required_literals,
)

_LEAD_PARAGRAPHS = 6
_LEAD_CHARS = 4000
_SAMPLE_CHARS = 4000  # text read for the kind, the tactics and a size not in the lead

_KINDS: list[tuple[str, str]] = [
    ("sit-in", r"sit-ins?|sentadas?|Sitzblockaden?|sittestreik(?:en)?"),
    ("hunger strike", r"hunger strikes?|Hungerstreiks?|huelgas? de hambre|grèves? de la faim|sultestreik(?:en)?"),
    ("walkout", r"walk-?outs?|walked out|walked off the job"),
    ("vigil", r"vigils?|Mahnwachen?|vigilias?|veillées?|fiaccolat[ae]|vigílias?|minnemarkering(?:en|er)?|fakkeltog(?:et)?"),
    ("blockade", r"blockades?|Blockaden?|bloqueos?|blocages?|blokk?ade(?:n|r)?"),
    ("occupation", r"occupations?|Besetzung(?:en)?|ocupaci(?:ón|ones)|okkupasjon(?:en|er)?"),
    ("boycott", r"boycotts?|Boykotts?|boicots?|boikott(?:en)?"),
    ("strike", r"strikes?|striking|strikers|Streiks?|Warnstreiks?|streiken|huelgas?|paros?|grèves?|grévistes|"
              r"scioper[oi]|greves?|paralisaç(?:ão|ões)|staking(?:en)?|streik(?:en|er|ene)|streiket"),
    ("march", r"march(?:es)?|marched|marchers|Märschen?|Protestmarsch|marchas?|marcharon|marches?|défilés?|"
              r"corte[oi]|passeatas?|optocht(?:en)?|marsj(?:en|er)?|marsjerte|demonstrasjonstog(?:et)?"),
    ("rally", r"rall(?:y|ies)|Kundgebung(?:en)?|concentraci(?:ón|ones)|rassemblements?|mítines?|presidi[oi]|markering(?:en|er)?"),
    ("demonstration", r"demonstrations?|Demonstrationen|Demonstration|Demos?|manifestaci(?:ón|ones)|manifestations?|"
                      r"manifestazion[ei]|manifestaç(?:ão|ões)|betoging(?:en)?|demonstraties?|demonstrasjon(?:en|er|ene)?|"
                      r"demonstrerte|demonstrerer"),
    ("protest", r"protests?|Protesten?|Proteste|protestas?|protestos?|protestene"),
]
# One scan without groups over the lower-cased text (groups and re.I make Python's
# matcher several times slower); each hit is then classified by its own pattern.
_KIND_OF = [(kind, re.compile(f"(?:{p.lower()})")) for kind, p in _KINDS]
_NOT_EVENT = re.compile(
    r"\b(?:bird|air|drone|missile|military)[- ]strikes?\b|\bstrike (?:a|the) (?:deal|balance)\b|"
    r"\b(?:stocks?|shares?|markets?)\b[^.]{0,30}\brall|\bmarch \d"
)
# every _NOT_EVENT phrase holds "strike", "rall" or "march": a substring test skips most windows

#: weekday and month names of every language (lang/<code>/calendar.py, read through .dates)
_WEEKDAYS = weekday_numbers()
_MONTHS = full_month_numbers()
# Date patterns read lower-cased text (re.I on alternations is slow).
# The name lists are grouped by first letter (same matches, see word_alternation).
_WEEKDAY_RE = re.compile(r"\b(" + literal_by_first_character(sorted(_WEEKDAYS, key=len, reverse=True)) + r")(?:s)?\b")
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_MONTH_RE = re.compile(
    rf"\b(?:(?P<m1>{literal_by_first_character(sorted(_MONTHS, key=len, reverse=True))})\.? (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? (?P<y1>\d{{4}}))?|"
    rf"(?P<d2>\d{{1,2}})(?:\.|er|st|nd|rd|th)? (?:de )?(?P<m2>{literal_by_first_character(sorted(_MONTHS, key=len, reverse=True))})\b(?:,? (?:de )?(?P<y2>\d{{4}}))?)"
)
_RELATIVE_RE = re.compile(
    r"\b(" + by_first_letter(["yesterday|gestern|ayer|today|heute|hoy|aujourd'hui|this morning|tonight|i går|i dag|i kveld"]) + r")\b"
)
# every day-and-month date holds a digit: found by ranges (ASCII digits, and from U+0660, the first
# other decimal digit, on), cheaper than \d's Unicode look-up at every character, then checked as \d
_DIGIT = re.compile(r"[0-9\u0660-\U0010ffff](?<=\d)")


# One non-word character (\W): an ASCII class, which Python's matcher checks against a bitmap
# (\W alone costs a Unicode look-up per character), then \W itself.
_GAP = r"[^a-zA-Z0-9_](?<=\W)"


def _after_gap(pattern: re.Pattern) -> re.Pattern:
    """``pattern``, which opens with ``\\b`` before a word character, opening instead with the
    non-word character before that word, to search ``" " + text``: Python's matcher then skips
    in C to the gaps between words instead of trying the pattern at every character.  The
    matches are the same, and ``m.start()`` is where the word starts in ``text``."""
    assert pattern.pattern.startswith(r"\b"), pattern.pattern
    return re.compile(_GAP + pattern.pattern[2:], pattern.flags)


_DAY_MONTH_AFTER_GAP = _after_gap(_DAY_MONTH_RE)
_WEEKDAY_AFTER_GAP = _after_gap(_WEEKDAY_RE)
_RELATIVE_AFTER_GAP = _after_gap(_RELATIVE_RE)
_RELATIVE_DAYS = {"yesterday": -1, "gestern": -1, "ayer": -1, "i går": -1}

_PLACE_PREP = (
    r"(?:outside(?: of)?|in front of|on the steps of|at|near|inside|across from|surrounded|packed|filled|"
    r"occupied|marched (?:to|on|through)|gathered (?:at|in|outside)|in|along|through|across|"
    r"in the streets of|vor dem|vor der|auf dem|in der|am|frente al|frente a|ante el|ante|en el|en|por las calles de|"
    r"recorrieron las calles de|(?:marcharon|marchan|llegaron) hasta|devant|"
    r"dans les rues de|place de|à)"
)
_CAPS = r"[A-ZÀ-Þ][\w.'’\-]*(?: (?:of |de |del |de la |de los |de las |la |der |des )?[A-ZÀ-Þ][\w.'’\-]*){0,6}"
#: a day or a month opens no place ("am Samstag in Berlin", "im März"): the place is looked for after it
_NOT_PLACE_START = (
    r"(?!(?:" + "|".join(sorted({n.capitalize() for n in (*_WEEKDAYS, *_MONTHS) if len(n) > 3}, key=len, reverse=True))
    + r")\b)"
)
_PLACE_NOUN = (
    r"(?:residence|home|house|office|offices|headquarters|steps|campus|plaza|square|park|building|hall|"
    r"embassy|consulate|plant|factory|airport|station|bridge|street|avenue|lawn|grounds|gates?|hub|depot|capitol|"
    r"mansion|palace|courthouse|ministry|school|university|church|cathedral|stadium|port|harbou?r|mine|refinery|"
    r"warehouse|store|hotel|theat(?:er|re)|museum|cent(?:er|re)|hospital|clinic|prison|jail|field|motorway|"
    r"Platz|Straße|Rathaus|Landtag|Bundestag|Universität|Hörsaal|Zentrale|Botschaft|plaza|calle|avenida|palacio|puerto|"
    r"edificio|sede|universidad|congreso|embajada|ayuntamiento|place|rue|palais|mairie|préfecture|université|hôpital|"
    r"ambassade|piazza|palazzo|prefettura|università|ambasciata|praça|palácio|prefeitura|universidade|embaixada|"
    r"plein|stadhuis|universiteit|ambassade)"
)
#: the shared place nouns written in lower case (before a name: "the town hall in Maple Falls")
_LOWER_PLACE_NOUN = "|".join(n for n in alternatives(_PLACE_NOUN[3:-1]) if n[:1].islower())
# Every place preposition starts with a letter of [a-zà] or one that folds to one under (?i:)
# (İ ı ſ): the look-ahead fails at once where a word ends, halving the cost of a scan.
_LOCATION_TEMPLATE = (
    rf"\b(?=[a-zA-ZàÀİıſ])(?i:{{prep}}) (?P<place>(?:the |der |die |dem |den |la |el |le |l')?(?:(?:central|downtown|northern|southern|"
    rf"eastern|western) )?{_NOT_PLACE_START}{_CAPS}(?: (?:(?!(?:vor|dem|der|den|die|the|and|for|with|from|to|on|at|in|am)\b)[a-z]+ ){{0,2}}{_PLACE_NOUN})?(?:,? (?:in|at|near|on|of|en|in der|à) (?:the )?{_CAPS}"
    rf"(?:, (?:[A-Z][a-z]?\.){{2,3}}|, [A-Z][a-z]{{1,4}}\.)?)?)"
)


def _grouped_prepositions(source: str) -> str:
    """The alternation ``source`` ("(?:...|...)") of place prepositions grouped by first letter, in
    order ("(?:outside|in front of|at|inside)" -> "(?:o(?:utside)|i(?:n front of|nside)|a(?:t))"): at
    a word start the matcher tries one letter's group, not every preposition (the case-blind
    alternatives cannot use its first-letter short cut).  The matches are the same: alternatives
    with different first letters never match at the same place, and within a letter the order is
    kept; an alternative that opens with a group of words is split into one per word, in order
    ("(?:marcharon|llegaron) hasta" -> "marcharon hasta|llegaron hasta").  ``source`` as it is when
    an alternative opens otherwise than with a letter of its own."""
    if not (source.startswith("(?:") and source.endswith(")")) or not _balanced(source[3:-1]):
        return source
    split: list[str] = []
    for alternative in alternatives(source[3:-1]):
        if alternative.startswith("(?:"):
            close = alternative.find(")")
            head = alternative[3:close]
            if close < 0 or any(c in head for c in "()[]\\"):
                return source
            split += [word + alternative[close + 1 :] for word in alternatives(head)]
        else:
            split.append(alternative)
    groups: dict[str, list[str]] = {}
    for alternative in split:
        if not alternative[:1].isalpha() or alternative[1:2] in ("?", "*", "+", "{"):
            return source
        groups.setdefault(alternative[0].lower(), []).append(alternative[1:])
    return "(?:" + "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items()) + ")"


def _balanced(pattern: str) -> bool:
    """Whether every group of ``pattern`` closes inside it (no escape or class holds a parenthesis)."""
    depth = 0
    for char in pattern:
        depth += (char == "(") - (char == ")")
        if depth < 0:
            return False
    return depth == 0 and "\\(" not in pattern and "\\)" not in pattern and "[" not in pattern


_LOCATION_RE = re.compile(_LOCATION_TEMPLATE.replace("{prep}", _grouped_prepositions(_PLACE_PREP)))
_LOCATION_AFTER_GAP = _after_gap(_LOCATION_RE)
_NON_WORD = re.compile(r"\W")


def _event_module(language: str | None):
    """The language's ``lang/<code>/event.py`` (None when it has none)."""
    return lang.resources(language, "event") if lang.has(language, "event") else None


@lru_cache(maxsize=None)
def _place_words(language: str | None) -> tuple[re.Pattern, tuple[str, ...]]:
    """The location pattern (read after a gap) and the prepositions before a one-word place, with
    the language's own ``PLACE_PREPOSITIONS`` (``lang/<code>/event.py``) added to the shared ones
    (and the words of the rules ``location_language_words`` and ``location_lower_venue``)."""
    module = _event_module(language)
    own = tuple(getattr(module, "PLACE_PREPOSITIONS", ()))
    verbs: tuple[str, ...] = ()
    if event_rules.on("location_object_verbs"):
        verbs = tuple(getattr(module, "PLACE_OBJECT_VERBS", ()))
        own += verbs
    if event_rules.on("location_streets_town"):
        own += tuple(w for w in getattr(module, "STREETS_OF", ()) if w not in own)
    template = _language_place_template(module)
    if not own and template == _LOCATION_TEMPLATE:
        return _LOCATION_AFTER_GAP, _SINGLE_PLACE_PREPS
    prepositions = f"(?:{literal_alternation(own)}|{_PLACE_PREP[3:-1]})" if own else _PLACE_PREP
    adverbials = "|".join(getattr(module, "OBJECT_VERB_ADVERBIALS", ())) if event_rules.on("location_object_verb_adverbial") else ""
    if verbs and adverbials:
        # (rule location_object_verb_adverbial: a time or a means between the verb and the place it takes as its
        # object, "occupent depuis mardi l'amphithéâtre", "ocupan desde el lunes el rectorado")
        with_adverbial = "|".join(f"{re.escape(v)} (?:{adverbials})" for v in sorted(verbs, key=len, reverse=True))
        prepositions = f"(?:{with_adverbial}|{prepositions[3:-1]})"
    source = template.replace("{prep}", _grouped_prepositions(prepositions))
    pattern = re.compile(_GAP + source[2:])  # (as _after_gap(re.compile(source)), compiled once)
    return pattern, _SINGLE_PLACE_PREPS + tuple(f"{p} " for p in own)


def _words_of(module, name: str) -> str:
    """The words ``name`` of a language module as regex alternatives, longest first."""
    return literal_alternation(getattr(module, name, ()))


_DETERMINER_GROUP = "(?:the |der |die |dem |den |la |el |le |l')?"
#: a place noun in lower case is a venue after an article only ("in front of the town hall in …",
#: "bij het provinciehuis in …"): the venue is not tried after other words (one look-behind each)
_AFTER_ARTICLE = "(?:" + "|".join(
    f"(?<={re.escape(a)})" for a in
    "the |its |their |la |le |les |l'|l’|el |los |las |il |lo |het |de |dem |der |den |die |du |des |del |della |al |"
    "alla |allo |all'|all’|ao |à |do |da |na |no |o |a ".split("|")
) + ")"
_PLACE_IN_GROUP = "(?:in|at|near|on|of|en|in der|à)"
_CAPS_LINKS = "(?:of |de |del |de la |de los |de las |la |der |des )?"


def _language_place_template(module) -> str:
    """The location template with a language's own words (rules in event_rules.RULES):
    ``location_language_words``: the articles after a preposition (``PLACE_DETERMINERS``: "davanti
    al", "em frente à", "op het"), the words inside a name (``PLACE_NAME_LINKS``: "Ministero dello
    Sviluppo", "Assembleia da República") and before the town a place is in (``PLACE_IN``:
    "piazza Castello a Torino"); ``location_lower_venue``: a place noun in lower case before a
    name ("the town hall in Maple Falls", "piazza San Giovanni", "place de la République")."""
    template = _LOCATION_TEMPLATE
    if module is None:
        return template
    nouns = "|".join(f"(?:{n})" for n in getattr(module, "PLACE_NOUNS", ()))
    # (rule location_venue_adjective: an adjective after the place noun, VENUE_ADJECTIVES: "le dépôt pétrolier de X")
    adjectives = "|".join(getattr(module, "VENUE_ADJECTIVES", ())) if event_rules.on("location_venue_adjective") else ""
    articleless = "|".join(getattr(module, "ARTICLELESS_VENUES", ())) if event_rules.on("location_articleless_venue") else ""
    if event_rules.on("location_lower_venue"):
        venue = (
            rf"(?:{_AFTER_ARTICLE}(?:[a-zà-ÿ]+['’]s )?(?:[a-zà-ÿ]+ ){{0,{3 if event_rules.on('location_venue_chain') else 2}}}?"
            rf"(?:{nouns + '|' if nouns else ''}{_LOWER_PLACE_NOUN})"
            + (rf"(?: (?:{adjectives}))?" if adjectives else "")
            + rf"(?: (?:in|of|at|near|en|à|a|em|di|de|van|in der|von|de la|del|della|da|do|du|des|dos|das|degli|delle))?"
            rf" {_DETERMINER_GROUP}"
            # (rule location_articleless_venue: a street or square noun the language writes with no article, ARTICLELESS_VENUES:
            # "in piazza Mameli", "in via Roma")
            + (rf"|(?<=\s)(?:{articleless})(?: (?:di|del|della|dei|degli|delle))? " if articleless else "")
            + ")?"
        )
        template = template.replace(f"{_NOT_PLACE_START}{_CAPS}", f"{venue}{_NOT_PLACE_START}{_CAPS}", 1)
    if event_rules.on("location_language_words"):
        determiners = _words_of(module, "PLACE_DETERMINERS")
        if determiners:
            template = template.replace(_DETERMINER_GROUP, f"(?:{determiners}|{_DETERMINER_GROUP[3:-2]})?", 1)
        links = _words_of(module, "PLACE_NAME_LINKS")
        if links:
            template = template.replace(_CAPS_LINKS, f"(?:(?:{links}) |{_CAPS_LINKS[3:-2]})?")
        place_in = _words_of(module, "PLACE_IN")
        if place_in:
            template = template.replace(_PLACE_IN_GROUP, f"(?:{place_in}|{_PLACE_IN_GROUP[3:-1]})", 1)
    return template


def _locations(sentence: str, pattern: re.Pattern = _LOCATION_AFTER_GAP):
    """``_LOCATION_RE.finditer(sentence)``, read with _LOCATION_AFTER_GAP or a language's
    ``pattern`` (each match has the character before it in front)."""
    gapped = " " + sentence
    at = 0
    while (m := pattern.search(gapped, at)) is not None:
        yield m
        # a match that ends with a non-word character ("U.S.") may be followed at once by the next
        at = m.end() - 1 if _NON_WORD.match(gapped, m.end() - 1) else m.end()


# "at Ford" is a company; "in Stockholm" and "vor dem Rathaus" are places
_SINGLE_PLACE_PREPS = (
    "in ", "outside ", "in front of ", "near ", "along ", "through ", "in the streets of ", "vor dem ", "vor der ",
    "auf dem ", "in der ", "frente a ", "en ", "por las calles de ", "devant ", "dans les rues de ", "à ",
    "frente al ", "ante ", "recorrieron las calles de ", "marcharon hasta ", "marchan hasta ", "llegaron hasta ",
)
_TRAILING_DAY = re.compile(
    r",?(?: (?:on|am|el|le|this|last))? (?:" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")s?\b.*$|"
    # (not "Plaza de Mayo": a Spanish date writes its month in lower case)
    rf",?(?: (?:on|am|el|le))?(?<!\bde) (?:{_MONTH_NAMES})\b.*$",
    re.I,
)
_DATELINE_RE = re.compile(r"^(?P<city>[A-ZÀ-Þ][A-ZÀ-Þa-zà-ÿ.'’ \-]{1,40}?)(?:,[A-Za-z. ]{2,20})?(?: \([A-Za-z]+\))? ?[–—-] ")
#: rule ``location_dateline_date``: a dateline with a date ("BERLIN, 3. März (Reuters) –", "SANTIAGO,
#: 5 mar (EFE).-", "(ANSA) - MILANO, 03 MAR -"), or a known city and a full stop ("Hamburg. Tausende …").
#: (A regional agency after a slash, "Hamburg (dpa/lno) –", raised tune by one page and left
#: validation where it was: left out, as it was on 6 December.)
_DATED_DATELINE_RE = re.compile(
    r"^(?:\([A-Za-z]+\) ?[–—-] ?)?(?P<city>[A-ZÀ-Þ][A-ZÀ-Þa-zà-ÿ.'’ \-]{1,40}?)(?:/[A-ZÀ-Þ][\w\-]+)?"
    r"(?:,? (?:\d{1,2}\.? (?:de )?[A-Za-zÀ-ÿ]{3,10}\.?|[A-Za-z]{3,9}\.? \d{1,2})(?:,? \d{4})?)?"
    r"(?: \([A-Za-z]+\))?\.? ?[–—-]+ "
)
#: rule ``location_dateline_region``: a dateline whose town has its region or agency in brackets, written
#: with a hyphen or a slash ("Saint-Dizier (Haute-Marne) – ", "Ploërmel (Morbihan) – ", "Cottbus (dpa/lbn) - ")
_REGION_DATELINE_RE = re.compile(
    r"^(?P<city>[A-ZÀ-Þ][A-ZÀ-Þa-zà-ÿ.'’ \-]{1,40}?) \([A-ZÀ-Þa-zà-ÿ][\w\-/ ]{1,30}\) ?[–—-]+ "
)
_FULL_STOP_DATELINE_RE = re.compile(r"^(?P<city>[A-ZÀ-Þ][a-zà-ÿ]+(?:[ \-][A-ZÀ-Þ][a-zà-ÿ]+)?)\. (?=[A-ZÀ-Þ])")


#: the small words a place's name may hold in lower case ("Rio de Janeiro", "Frankfurt am Main")
_NAME_LINKS = frozenset("de del da do dos das di du la le les el am an im upon on sur sous en van der den von".split())


def _dateline_of_names(m: re.Match | None) -> re.Match | None:
    """Rule ``location_dateline_names``: a dateline's city is a name, every word of it capitalised
    but for the small words of names ("Thousands marched on Thursday - …" opens no dateline)."""
    if m is None or not event_rules.on("location_dateline_names"):
        return m
    words = m.group("city").strip(" .").split()
    return m if all(w[:1].isupper() or w in _NAME_LINKS for w in words) and words[-1][:1].isupper() else None


#: rule ``location_capitals_dateline``: a dateline's city in capitals that opens the lead, whatever
#: follows it ("TOKIO taz | Im Café …", "LIMA.– Miles de …", "NAIROBI, Kenya —")
_CAPITALS_DATELINE_RE = re.compile(r"^(?P<city>[A-ZÀ-Þ]{3,}(?:[ \-](?:DE |DEL |LA |EL |AM )?[A-ZÀ-Þ]{2,}){0,3})(?=[ ,.|:/(–—-])")


def _capitals_dateline(paragraph: str, common_words) -> re.Match | None:
    if not event_rules.on("location_capitals_dateline"):
        return None
    m = _CAPITALS_DATELINE_RE.match(paragraph)
    return m if m is not None and is_place(m.group("city").title(), common_words, any_size=True) else None


def _dated_dateline(paragraph: str, common_words) -> re.Match | None:
    if not event_rules.on("location_dateline_date"):
        return None
    m = _dateline_of_names(_DATED_DATELINE_RE.match(paragraph))
    if m is None:
        m = _FULL_STOP_DATELINE_RE.match(paragraph)
        if m is None or not is_place(m.group("city"), common_words):
            return None
    return m


_EVENT_CONTEXT = re.compile(
    r"\b"
    + by_first_letter([
        r"protest\w*|rall\w*|march\w*|demonstrat\w*|strik\w*|vigil\w*|gather\w*|chant\w*|picket\w*|"
        r"sit-in|blockad\w*|occup\w*|crowd\w*|activists|demo\w*|kundgebung\w*|streik\w*|walk\w*|refused|"
        r"manifest\w*|huelga\w*|paro\w*|concentra\w*|grève\w*|rassembl\w*|surrounded|packed|"
        r"défil\w*|cortège\w*|mobilis\w*|moviliz\w*|sciop\w*|corte[oi]|greve\w*|passeata\w*|"
        r"staking\w*|stak\w*|betog\w*|congreg\w*|versammel\w*|radun\w*"
    ])
    + r"\b"
)
_EVENT_CONTEXT_AFTER_GAP = _after_gap(_EVENT_CONTEXT)



_RESIDENCE_RE = re.compile(
    r"\b(?:outside|in front of|at) (?P<target>(?:[A-Z][\w.\-]* ){0,4}[A-Z][\w.\-]*)['’]s? "
    r"(?:residence|home|house|mansion|palace|office|offices|headquarters|embassy|consulate)\b"
)
#: every match of _RESIDENCE_RE holds one of these (a text without any is not searched)
_RESIDENCE_NEEDS = required_literals(_RESIDENCE_RE.pattern)

_TACTICS: list[tuple[str, str]] = [
    ("chanting", r"chant\w*|Sprechchör\w*|cant\w+ consignas|scand\w+"),
    ("marching", r"march(?:ed|ing|ers)|marched|Protestzug|Demonstrationszug|marcharon|défil\w+"),
    ("drumming", r"drum\w*|Trommel\w*|tambor\w*|tambours?"),
    ("singing", r"sing(?:ing|ers)?|sang|songs?|hymns?|gesungen|Protestgesäng\w*|cant(?:aron|ando)|chansons?"),
    ("music", r"music|musicians?|bands?|Musik\w*|música"),
    ("whistles", r"whistles?|Trillerpfeifen|silbatos|sifflets"),
    ("speeches", r"speeches|speech|speakers?|addressed the crowd|Reden?|Rednerin|Redner|discursos?|discours"),
    ("signs", r"signs|placards?|posters|Plakat\w*|Schild\w*|pancartas?|carteles|pancartes?"),
    ("banners", r"banners?|Transparent\w*|Banner|banderolas?|banderoles?"),
    ("picketing", r"picket\w*|piquetes?"),
    ("blockade", r"blockad(?:e|es|ed|ing)|blocked (?:the )?(?:roads?|streets?|entrances?|traffic|access|highways?|bridges?)|"
     r"Blockade\w*|bloque(?:o|os|aron|an)|blocages?"),
    ("occupation", r"occup(?:ied|ying|ation)|besetzt\w*|ocupa\w+"),
    ("hunger strike", r"hunger strikes?|Hungerstreik\w*|huelgas? de hambre"),
    ("sit-in", r"sit-ins?|Sitzblockade\w*"),
    ("walkout", r"walk-?outs?|walked out"),
    ("strike", r"strik(?:e|es|ing|ers)|Streik\w*|huelgas?|paros?|grèves?"),
    ("boycott", r"boycott\w*|Boykott\w*|boicot\w*"),
    ("petition", r"petitions?|Petition\w*|peticiones|pétitions?"),
    ("candles", r"candles?|candlelight|Kerzen|velas|bougies"),
    ("disruption", r"disrupt(?:ed|ing|ion)"),
]
_TACTIC_OF = [(tactic, re.compile(f"(?:{p.lower()})")) for tactic, p in _TACTICS]


_PEOPLE_KINDS = [
    ("demonstration", r"demonstrators|demonstranten|manifestants|manifestantes|demonstranter|demonstrantene"),
    ("strike", r"strikers|streikenden|grévistes|huelguistas|streikende"),
    ("march", r"marchers"),
    ("protest", r"protesters|protestors"),
]
_PEOPLE_KIND_RE = re.compile(r"\b(?:" + "|".join(p for _, p in _PEOPLE_KINDS) + r")\b")
_PEOPLE_KIND_OF = [(kind, re.compile(p)) for kind, p in _PEOPLE_KINDS]


# Event nouns and tactic words in one group-free scan over the lower-cased text (groups and re.I
# make Python's matcher several times slower); each hit is then classified by its own pattern.
# The scan opens with the non-word character before the word (the text gets a space in front):
# Python's matcher skips in C to those, instead of trying the pattern at every letter.
# Grouped by first and then second letter (alternatives with different letters there never match
# at the same place, and the order within a group is kept): fewer alternatives tried per word.


_EVENT_WORD_RE = re.compile(_GAP + by_first_two_letters([p.lower() for _, p in [*_KINDS, *_TACTICS]]) + r"\b")


def _classify(word: str, table: list[tuple[str, re.Pattern]]) -> str | None:
    for name, pattern in table:
        if pattern.fullmatch(word):
            return name
    return None


@lru_cache(maxsize=4096)
def _kind_and_tactic(word: str) -> tuple[str | None, str | None]:
    """The event kind and the tactic one scanned word names (few distinct words: cached)."""
    return _classify(word, _KIND_OF), _classify(word, _TACTIC_OF)


def _published_date(published: str | None) -> date | None:
    if not published:
        return None
    try:
        found = datetime.fromisoformat(published[:10]).date()
    except ValueError:
        return None
    return found if found.year >= 1900 else None


def resolve_date(text: str, published: str | None) -> str | None:
    """ISO date of the first weekday, relative day or day-and-month in ``text``, against ``published``."""
    return _date_in(text.lower(), _published_date(published))


#: a day and month without a year is this year's up to half a year after the publication ("a strike
#: on 15 May" in an article of 2 May is announced), else last year's ("December 30" in January)
_FURTHEST_AHEAD = timedelta(days=183)
#: characters before a weekday searched for a word that announces the event ("will strike on")
_AHEAD_REACH = 50


@lru_cache(maxsize=None)
def _ahead_cues(language: str | None) -> re.Pattern | None:
    """The words of ``language`` (with English) that announce an event (``DATE_AHEAD_CUES``)."""
    modules = dict.fromkeys(m for m in (_event_module(language), _event_module("en")) if m is not None)
    cues = [p for m in modules for p in getattr(m, "DATE_AHEAD_CUES", ())]
    return re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in cues) + r")\b") if cues else None


def _date_in(text: str, pub: date | None, ahead: re.Pattern | None = None) -> str | None:
    """resolve_date on lower-cased ``text`` against the publication date ``pub``; ``ahead``: the words
    that announce an event, after which a weekday is the next such day (rule date_announced_ahead)."""
    candidates: list[tuple[int, date]] = []
    gapped = " " + text  # for the _AFTER_GAP patterns, whose m.start() is a place in text
    m = _DAY_MONTH_AFTER_GAP.search(gapped) if _DIGIT.search(text) else None
    if m:
        month = _MONTHS.get((m.group("m1") or m.group("m2") or "").lower().rstrip("."))
        day = int(m.group("d1") or m.group("d2"))
        year_text = m.group("y1") or m.group("y2")
        year = int(year_text) if year_text else (pub.year if pub else None)
        if month and year and 1 <= day <= 31:
            try:
                found = date(year, month, day)
            except ValueError:
                found = None
            if found and pub and not year_text and found > pub + _FURTHEST_AHEAD:
                found = found.replace(year=found.year - 1)  # "December 30" in a January article
            if found:
                candidates.append((m.start(), found))
    if pub:
        day_month = m
        m = _WEEKDAY_AFTER_GAP.search(gapped)
        if m and day_month is not None and 0 <= day_month.start() - m.end() <= 2:
            m = None  # "on Monday, May 13": the day and month say which Monday
        if m:
            weekday = _WEEKDAYS[m.group(1).lower()]
            if ahead is not None and event_rules.on("date_announced_ahead") and ahead.search(
                text, max(0, m.start() - _AHEAD_REACH), m.start()
            ):
                candidates.append((m.start(), pub + timedelta(days=(weekday - pub.weekday()) % 7)))
            else:
                candidates.append((m.start(), pub - timedelta(days=(pub.weekday() - weekday) % 7)))
        m = _RELATIVE_AFTER_GAP.search(gapped)
        if m:
            candidates.append((m.start(), pub + timedelta(days=_RELATIVE_DAYS.get(m.group(1).lower(), 0))))
    if not candidates:
        return None
    return min(candidates)[1].isoformat()


def _kinds_and_tactics(headline: str, sample_lowered: str) -> tuple[Counter, list[str]]:
    """Event nouns counted (headline and sample) and tactics named (sample), in one scan of the sample."""
    counts: Counter = Counter()
    tactics: dict[str, None] = {}
    for text, with_tactics in ((headline.lower(), False), (sample_lowered, True)):
        for m in _EVENT_WORD_RE.finditer(" " + text):  # m.start() is where the word starts in text
            kind, tactic = _kind_and_tactic(m.group()[1:])
            if kind:
                window = text[max(0, m.start() - 40) : m.end() - 1 + 40]
                if not (("strike" in window or "rall" in window or "march" in window) and _NOT_EVENT.search(window)):
                    counts[kind] += 1
            if tactic and with_tactics:
                tactics.setdefault(tactic, None)
    return counts, list(tactics)


def _event_kind(headline: str, lead: str, counts: Counter) -> str:
    if not counts:  # no event noun: the people's noun ("demonstrators", "strikers") says it
        for m in _PEOPLE_KIND_RE.finditer(f"{headline} {lead}".lower()):
            counts[_classify(m.group(), _PEOPLE_KIND_OF) or "protest"] += 1
        if not counts:
            return "protest"
    generic = counts.pop("protest", 0)
    if counts:
        kind, n = max(counts.items(), key=lambda kv: kv[1])
        if n >= generic:
            return kind
    return "protest"


# The gap after a sentence's end mark (a look-behind for it after the first blank, where Python's
# matcher skips in C, rather than at every character): (?<=[.!?])\s+(?=[A-Z"“]).
_SENTENCE_GAP = re.compile(r"\s(?<=[.!?]\s)\s*(?=[A-Z\"“])")


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_GAP.split(text) if s]


@lru_cache(maxsize=None)
def _reporting_words(language: str | None) -> re.Pattern | None:
    """The language's own words of a sentence that reports the event (``REPORTING_WORDS`` of
    ``lang/<code>/event.py``: compounds, crowd words), beyond the shared event words."""
    words = getattr(_event_module(language), "REPORTING_WORDS", ())
    return re.compile(r"(?:" + "|".join(f"(?:{w})" for w in words) + r")") if words else None


@lru_cache(maxsize=None)
def _reporting_needs(language: str | None) -> tuple[str, ...] | None:
    """Pieces one of which every match of :func:`_reporting_words` holds (:func:`required_literals`;
    None: none to tell): a sentence holding none is not searched (the pattern opens with a class, as
    German compounds' "\\w(?:demo|streik…)" does, which the matcher tries at every character)."""
    own = _reporting_words(language)
    return required_literals(own.pattern) if own is not None else None


#: characters before the crowd's count that a sentence the count makes a reporting one opens with
#: (rule location_crowd_sentence: "Mit Trillerpfeifen sind am Dienstag mehr als 1.500 Beschäftigte …")
_CROWD_OPENING = 60


class _ReportingSentences:
    """The sentences of a text that report the event, split and tested once per text
    (the date and the location both read them in the lead), with their lower case."""

    def __init__(self, language: str | None = None) -> None:
        self._seen: dict[str, list[tuple[str, str]]] = {}
        self._own = _reporting_words(language)
        self._own_needs = _reporting_needs(language)
        self._language = language
        #: the sentences that report the event by a crowd's count only, as :meth:`lowered` gives
        #: them (lower case)
        self.by_crowd: set[str] = set()

    def _reports(self, lowered: str) -> bool:
        if _EVENT_CONTEXT_AFTER_GAP.search(" " + lowered) or (
            self._own
            and (self._own_needs is None or any(map(lowered.__contains__, self._own_needs)))
            and self._own.search(lowered)
        ):
            return True
        # rule location_crowd_sentence: a sentence that opens with a crowd's count, its subject ("Rund 500
        # Menschen kamen auf dem Marktplatz in X zusammen", "Unas 2.000 personas recorrieron las calles
        # de X"; not "The institute estimated that 964,000 people …")
        opening = lowered[: _CROWD_OPENING + 40]
        if event_rules.on("location_crowd_sentence") and may_hold_size(opening) and any(
            size.start <= _CROWD_OPENING for size in find_crowd_sizes(opening, opening, self._language)
        ):
            self.by_crowd.add(lowered)
            return True
        return False

    def lowered(self, text: str) -> list[tuple[str, str]]:
        """(sentence, its lower case) for each reporting sentence of ``text``."""
        found = self._seen.get(text)
        if found is None:
            found = self._seen[text] = [
                (s, lowered) for s in _sentences(text) for lowered in [s.lower()] if self._reports(lowered)
            ]
        return found

    def __call__(self, text: str) -> list[str]:
        return [s for s, _ in self.lowered(text)]


_PLACE_NOUN_RE = re.compile(
    rf"(?i:\b{_PLACE_NOUN}s?\b)|\b(?:[A-ZÀ-Þ][\w\-]*(?:platz|straße|strasse|park|plein|markt|halle|torget|plassen|"
    r"gata|gaten|parken|tinget|rådhuset|slottet))\b"
)


_INITIALS_END = re.compile(r"(?:\b[A-Z]\.)+$")  # "Washington, D.C.": the point is the name's


def _is_location(place: str, common_words: "_LowerWords") -> bool:
    """A place noun ("the state capitol", "Rathaus") or a place the gazetteer knows."""
    return bool(_PLACE_NOUN_RE.search(place)) or is_place(place, common_words, any_size=True) or bool(places_in(place, common_words))


@lru_cache(maxsize=None)
def _own_place_nouns(language: str | None) -> tuple[re.Pattern | None, re.Pattern | None]:
    """A language's place nouns (``PLACE_NOUNS``: "provinciehuis", "assemblée") and the nouns its
    place compounds end with (``PLACE_SUFFIXES``: "Kanzleramt", "Malieveld"), and the adjectives
    that follow a place's name (``PLACE_ADJECTIVES``: "Assemblée nationale"), from lang/<code>/event.py."""
    module = _event_module(language)
    nouns = "|".join(f"(?:{n})" for n in getattr(module, "PLACE_NOUNS", ()))
    suffixes = "|".join(f"(?:{n})" for n in getattr(module, "PLACE_SUFFIXES", ()))
    parts = ([rf"(?i:\b(?:{nouns})\b)"] if nouns else []) + ([rf"\b[A-ZÀ-Þ][\w\-]*(?:{suffixes})\b"] if suffixes else [])
    adjectives = _words_of(module, "PLACE_ADJECTIVES")
    return (
        re.compile("|".join(parts)) if parts else None,
        re.compile(rf" (?:{adjectives})\b") if adjectives else None,
    )


def _own_place_noun(place: str, language: str | None) -> bool:
    """Rule ``location_language_words``: a place noun or compound of the article's language."""
    nouns = _own_place_nouns(language)[0] if event_rules.on("location_language_words") else None
    return bool(nouns and nouns.search(place))


def _with_adjective(place: str, sentence: str, m: re.Match, language: str | None) -> str:
    """Rule ``location_trailing_adjective``: the place with the adjective after its name that
    belongs to it, in a language that puts adjectives after nouns ("l'Assemblée nationale")."""
    adjectives = _own_place_nouns(language)[1] if event_rules.on("location_trailing_adjective") else None
    if adjectives is None or not m.group("place").endswith(place):
        return place
    after = adjectives.match(sentence, m.end() - 1)  # (m reads " " + sentence)
    return place + after.group() if after else place


def _place_rule(place: str, found: str, sentence: str, m: re.Match, pattern: re.Pattern, common_words) -> str | None:
    """The named rule that read a place (for bench/quality.py --verbose): None when the shared
    pattern and place words read it too."""
    if found != place:
        return "location_trailing_adjective"
    if pattern is _LOCATION_AFTER_GAP:
        return None
    if not any(b.group("place") == m.group("place") for b in _locations(sentence, _LOCATION_AFTER_GAP)):
        words = place.split()
        first = next((w for w in words if w.lower() not in _DETERMINERS and not w.endswith(("'", "’"))), "")
        return "location_lower_venue" if first[:1].islower() else "location_language_words"
    return None if _is_location(place, common_words) else "location_language_words"


@lru_cache(maxsize=None)
def _contractions(language: str | None) -> tuple[str, ...]:
    """The articles fused with a preposition that a language writes before a place ("al", "ao",
    "à", "dem", "het"): not part of the place's name (PLACE_DETERMINERS, rule location_language_words)."""
    module = _event_module(language)
    own = tuple(getattr(module, "PLACE_DETERMINERS", ()))
    return own + (("dem ", "den ") if own else ())


def _without_contraction(place: str, language: str | None) -> str:
    for determiner in _contractions(language):
        if place.startswith(determiner) and len(place) > len(determiner):
            return place[len(determiner) :]
    return place


@lru_cache(maxsize=None)
def _town_prepositions(language: str | None) -> re.Pattern | None:
    """The language's prepositions before a town (``TOWN_PREPOSITIONS``), as a pattern that matches
    one at the start of a location match (which has the character before it in front)."""
    words = _words_of(_event_module(language), "TOWN_PREPOSITIONS")
    return re.compile(rf"\W(?:{words}) (?=[A-ZÀ-Þ])") if words else None


#: what may follow a town set off by its position: a comma, the clause's end, a day
_AFTER_TOWN = re.compile(r"(?:[,;:.!?]|$| (?:on|am|el|le|il|op|em|this|last|yesterday|today|gestern|heute|ayer|hoy|hier|"
                         r"aujourd'hui|ieri|oggi|ontem|hoje|gisteren|vandaag)\b)")


def _town_by_position(place: str, m: re.Match, language: str | None) -> str | None:
    """Rule ``location_town_by_position``: a name no gazetteer knows is a town when it stands as an
    aside, the language's town preposition after a comma opening it and a comma, the clause's end or
    a day closing it ("…, à Granvelle, pour …", "…, em Vale de Cedros, cumprem …") ("in Harlow Holdings."
    and "in Elections" without the comma are not towns); rule ``location_town_before_cue``: without the
    comma when the protest's cue or a day follows it at once ("en Valdemora contra …"); rules
    ``location_town_closing_sentence`` and ``location_rare_town``.  The rule that read it (None: not a town)."""
    if not event_rules.on("location_town_by_position"):
        return None
    prepositions = _town_prepositions(language)
    if prepositions is None or not prepositions.match(m.group()) or not place[:1].isupper():
        return None
    if not _town_name(place, m):
        return None
    end = m.start() + m.group().find(place) + len(place)
    if _after_comma(m):
        return "location_town_by_position" if _AFTER_TOWN.match(m.string, end) else _rare_town(place, language)
    # rule location_town_before_cue: no comma before it, the protest's cue or a day after it
    followers = _town_followers(language) if event_rules.on("location_town_before_cue") else None
    if followers and followers.match(m.string, end):
        return "location_town_before_cue"
    # rule location_town_closing_sentence: the sentence's or the headline's end after it, in a language that writes
    # a firm's name after its town preposition with an article ("une marche organisée dimanche à Vernac.")
    if (
        event_rules.on("location_town_closing_sentence")
        and getattr(_event_module(language), "TOWN_CLOSES_SENTENCE", False)
        and m.string[end : end + 1] in (".", "!", "?", "")  # ("": a headline's end, "Marche blanche à Vernac")
    ):
        return "location_town_closing_sentence"
    return _rare_town(place, language)


@lru_cache(maxsize=None)
def _streets_of(language: str | None) -> tuple[str, ...]:
    """The language's phrases for a march through a town's streets (``STREETS_OF``: "through the streets of",
    "dans les rues de", "por las calles de"), lower case with a space after each: rule ``location_streets_town``."""
    return tuple(f"{w.lower()} " for w in getattr(_event_module(language), "STREETS_OF", ()))


def _streets_town(place: str, m: re.Match, language: str | None) -> bool:
    """Rule ``location_streets_town``: the name whose streets a march goes through is a town, known or not
    ("défilé dans les rues de Montreval pour …", "marcharon por las calles de Santa Olalla para …")."""
    if not event_rules.on("location_streets_town") or not place[:1].isupper():
        return False
    phrases = _streets_of(language)
    return bool(phrases) and m.group()[1:].lower().startswith(phrases) and _town_name(place, m)


def _rare_town(place: str, language: str | None) -> str | None:
    """Rule ``location_rare_town``: a name after the town preposition every capitalised word of which is rare in the
    language (wordfreq) is a town wherever it stands ("Bus drivers in Kellstown will walk out", "se manifestaron en
    Valdemora convocadas por"); "in Harlow Holdings", "in Solidarity", "en Defensa" hold a common word.  The rule's
    name, else None."""
    if not event_rules.on("location_rare_town"):
        return None
    if getattr(_event_module(language), "CAPITALISED_NOUNS", False):
        return None  # (where nouns are capitalised, a rare capital tells no name: "in Supermärkten")
    if any(w.isupper() for w in place.split()) or not _rare_words(place, language or "en"):
        return None
    return "location_rare_town"


def _rare_words(name: str, language: str | None) -> bool:
    """Whether ``name`` has one to four words besides the small words of names, none of them common in the language
    (wordfreq): a town no gazetteer knows ("Piana di Sorno"), not "Solidarity" (rules location_rare_town,
    location_headline_town_end)."""
    words = [w for w in name.split() if w not in _NAME_LINKS]
    return 0 < len(words) <= 4 and not any(is_common_word(w.lower(), language) for w in words)


def _after_comma(m: re.Match) -> bool:
    """Whether the location match (which has the character before its preposition in front) follows a comma."""
    return m.string[max(0, m.start() - 1) : m.start() + 1] == ", "


def _town_name(place: str, m: re.Match) -> bool:
    """Whether ``place`` opens the match's place and is a name: every word capitalised but the small
    words of names."""
    if m.group("place") != place and not m.group("place").startswith(place):
        return False
    words = place.split()
    return all(w[:1].isupper() or w in _NAME_LINKS for w in words)  # (_NAME_LINKS holds "an", "der": "Neustadt an der Aue")


@lru_cache(maxsize=None)
def _town_followers(language: str | None) -> re.Pattern | None:
    """What follows a town at once in a report of a protest (``TOWN_FOLLOWERS``: "against", "contra",
    "contre", "gegen", the weekdays): rule ``location_town_before_cue``."""
    words = _words_of(_event_module(language), "TOWN_FOLLOWERS")
    if not words:
        return None
    days = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
    return re.compile(rf" (?:{words}|(?i:{days})s?)\b")


_LOWER_WORD = re.compile(r"\b[a-zà-ÿ][\w'’\-]*")


class _LowerWords:
    """The words the paragraphs write in lower case, collected when first asked about."""

    def __init__(self, paragraphs: list[str]) -> None:
        self._paragraphs = paragraphs
        self._words: set[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            self._words = set()
            for para in self._paragraphs:  # (each paragraph's list added in C, not word by word)
                self._words.update(_LOWER_WORD.findall(para[:2000]))
        return word in self._words


#: rule ``location_headline_dateline``: a headline that opens with its town and a colon or a comma
#: ("Marseille : rassemblement contre …", "Bruxelles : les enseignants …", "Genova, presidio al porto")
_HEADLINE_TOWN_RE = re.compile(r"^(?P<city>[A-ZÀ-Þ][\w'’\-]+(?: (?:[a-zà-ÿ]{1,3} )?[A-ZÀ-Þ][\w'’\-]+){0,2}) ?[:,–—|] ")


def _headline_town(headline: str) -> str | None:
    """Rule ``location_headline_dateline``: the town a headline opens with, when the gazetteer knows it."""
    if not event_rules.on("location_headline_dateline"):
        return None
    m = _HEADLINE_TOWN_RE.match(headline)
    if m is None or not is_place(m.group("city"), _LowerWords([headline]), any_size=True) or is_country(m.group("city")):
        return None
    return m.group("city")


def _town_in_headline(headline: str) -> str | None:
    """Rule ``location_headline_any_town``: a town the gazetteer knows anywhere in the headline ("Bins pile up
    across Stockport as …", "…: Cremona senza autobus"), no country: the town a bare venue of the lead is in
    ("the depot" -> "the depot, Stockport"), when no dateline says."""
    if not event_rules.on("location_headline_any_town"):
        return None
    towns = [p for p in places_in(headline, _LowerWords([headline])) if not is_country(p)]
    return towns[0] if len(towns) == 1 else None


def _event_location(headline: str, lead: list[str], reporting: "_ReportingSentences", language: str | None) -> str | None:
    """A place the headline puts the event at, else the lead's, else any place in the headline, else a town the
    headline ends with."""
    in_headline = None if _title_case(headline) else _location([headline], dateline=False, language=language, named=False)
    if in_headline:
        return _with_city(in_headline, lead, reporting, language)
    found = (
        _location(lead, reporting=reporting, language=language, city=_headline_town(headline), town_headline=headline)
        or _location([headline], dateline=False, language=language)
    )
    if found is None and event_rules.on("location_headline_town_end"):
        found = _headline_town_end(headline, language)
        if found is not None:
            event_rules.note("location", "location_headline_town_end")
    if found is None:
        found = _named_region(lead, language)
    if found is None:
        found = _workplace_town(lead, language)
    if found is None:
        found = _road(headline, lead, language)
    if found is None and event_rules.on("location_any_lead_sentence"):
        # rule location_any_lead_sentence: nothing places the event, any sentence of the lead's first paragraphs may
        found = _location(lead[:2], reporting=_EverySentence(language), language=language, named=False)
        if found is not None:
            event_rules.note("location", "location_any_lead_sentence")
    return found


class _EverySentence(_ReportingSentences):
    """Every sentence read as one that reports the event (rule ``location_any_lead_sentence``)."""

    def _reports(self, lowered: str) -> bool:
        return True


#: a capitalised name of up to four words, the small words of names between them ("Neustadt an der Aue"): the town
#: of rule location_workplace_town, the region of rule location_named_region
_CAPITALISED_NAME = (
    rf"[A-ZÀ-Þ][\w'’\-]+(?: (?:(?:{'|'.join(sorted(_NAME_LINKS, key=len, reverse=True))}) )?[A-ZÀ-Þ][\w'’\-]+){{0,3}}"
)


@lru_cache(maxsize=None)
def _workplace_town_pattern(language: str | None) -> re.Pattern | None:
    """A workplace noun, up to five lower-case words, a town link and a name closing its clause (rule
    ``location_workplace_town``)."""
    module = _event_module(language)
    nouns, links = _words_of(module, "WORKPLACE_TOWN_NOUNS"), _words_of(module, "WORKPLACE_TOWN_LINKS")
    if not (nouns and links):
        return None
    return re.compile(
        rf"\b(?:{nouns})(?: [a-zà-ÿ'’]+){{0,5}}? (?:{links}) (?P<town>{_CAPITALISED_NAME})"
        r"(?=[,.;:]|$)"
    )


def _workplace_town(lead: list[str], language: str | None) -> str | None:
    """Rule ``location_workplace_town``: when nothing else places the event (a strike), the town the lead names as
    the workplace's (an employer's or its site's), closing its clause (WORKPLACE_TOWN_NOUNS, WORKPLACE_TOWN_LINKS):
    "i dipendenti di X, l'azienda del trasporto pubblico di Borgoleone.", "drivers at X, the bus company in Kellstown,"."""
    pattern = _workplace_town_pattern(language) if event_rules.on("location_workplace_town") else None
    return _first_in_lead(lead, pattern, "location_workplace_town", "town")


#: a road's number ("A37", "A-48", "M62", "N7", "SS 106", "BR-116") after an article or a road noun (ROAD_NOUNS)
_ROAD_NUMBER = r"(?P<road>(?:A|B|M|N|E|I|RN|SS|SP|SR|BR|AP|IC|IP)-? ?\d{1,3})(?![\w\-])"


@lru_cache(maxsize=None)
def _road_pattern(language: str | None) -> re.Pattern | None:
    """Rule location_road: a road's number after an article or a road noun, with the town it is blocked near
    (ROAD_NOUNS, ROAD_NEAR of the language, with English)."""
    modules = list(dict.fromkeys([_event_module(language), _event_module("en")]))
    nouns = "|".join(n for m in modules if m is not None for n in getattr(m, "ROAD_NOUNS", ()))
    near = "|".join(n for m in modules if m is not None for n in getattr(m, "ROAD_NEAR", ()))
    if not nouns:
        return None
    return re.compile(
        rf"(?<![\w\-])(?P<noun>(?i:{nouns}) ){_ROAD_NUMBER}"
        + (rf"(?:,? (?i:{near}) (?P<town>[A-ZÀ-Þ][\w\-’']+(?: (?:de |del |di |do |da |van |am |an der )?[A-ZÀ-Þ][\w\-]+){{0,2}}))?" if near else "")
    )


@lru_cache(maxsize=None)
def _road_at_town_pattern(language: str | None) -> re.Pattern | None:
    """Rule location_road_at_town: a road noun with no number and the town it is blocked at the height of
    (ROAD_NOUNS but the articles, ROAD_AT: "la statale all'altezza di Piana di Sorno", "de snelweg ter hoogte van X")."""
    module = _event_module(language)
    nouns = "|".join(n for n in getattr(module, "ROAD_NOUNS", ()) if n.lower() not in _DETERMINERS and len(n) > 3)
    at = "|".join(getattr(module, "ROAD_AT", ()))
    if not nouns or not at:
        return None
    return re.compile(
        rf"(?<![\w\-])(?P<noun>(?:{nouns})) (?:{at}) (?P<town>[A-ZÀ-Þ][\w\-’']+(?: (?:de |del |di |do |da |van |am |an der )?[A-ZÀ-Þ][\w\-]+){{0,2}})"
    )


def _road(headline: str, lead: list[str], language: str | None) -> str | None:
    """Rule ``location_road``: when nothing else places the event, the road the headline or the lead's first
    paragraphs name by its number, with the town it is blocked near ("blokkeren de A37 ter hoogte van Velsenhoek"
    -> "A37 ter hoogte van Velsenhoek", "cortaron la autovía A-48 a la altura de Torrequemada")."""
    if not event_rules.on("location_road"):
        return None
    pattern = _road_pattern(language)
    if pattern is None:
        return None
    for text in (*lead[:2], headline):
        if not _DIGIT.search(text):
            continue
        m = pattern.search(text)
        if m:
            event_rules.note("location", "location_road")
            noun = m.group("noun").strip()
            start = m.start("noun") if noun[:1].islower() and noun.lower() not in _DETERMINERS else m.start("road")
            return text[start : m.end()].strip(" ,")
    at_town = _road_at_town_pattern(language) if event_rules.on("location_road_at_town") else None
    if at_town is not None:
        for text in (*lead[:2], headline):
            m = at_town.search(text)
            if m:
                event_rules.note("location", "location_road_at_town")
                return m.group()
    return None


@lru_cache(maxsize=None)
def _region_pattern(language: str | None) -> re.Pattern | None:
    """A region noun (``REGION_NOUNS``) and the capitalised name after it (rule ``location_named_region``)."""
    words = _words_of(_event_module(language), "REGION_NOUNS")
    if not words:
        return None
    return re.compile(rf"\b(?:{words}) (?P<region>{_CAPITALISED_NAME})")


def _named_region(lead: list[str], language: str | None) -> str | None:
    """Rule ``location_named_region``: when nothing else places the event (a strike, a call to strike), the
    region, province or area the lead names ("los sindicatos de la provincia de Castellar", "reizigers in de regio
    Dokkerveen", "les lignes de la région de Vernac", "im Landkreis Kellbach")."""
    pattern = _region_pattern(language) if event_rules.on("location_named_region") else None
    return _first_in_lead(lead, pattern, "location_named_region", "region")


def _first_in_lead(lead: list[str], pattern: re.Pattern | None, rule: str, group: str) -> str | None:
    """The ``group`` of ``pattern``'s first match in the lead's paragraphs (their first 2,000 characters), noted as
    found by ``rule``; None without a pattern or a match."""
    if pattern is None:
        return None
    for para in lead:
        m = pattern.search(para[:2000])
        if m:
            event_rules.note("location", rule)
            return m.group(group)
    return None


def _headline_town_end(headline: str, language: str | None) -> str | None:
    """Rule ``location_headline_town_end``: a name no gazetteer knows after the language's town preposition at the
    end of a headline that is no Title Case ("Agricoltori bloccano la statale a Piana di Sorno", "Huelga de
    limpieza en Valdemora"): where the event was, when nothing else says; every capitalised word of it is rare in
    the language (wordfreq), so that "in Solidarity" or "en Defensa" name no town."""
    if _title_case(headline):
        return None
    m = _HEADLINE_END_TOWN.search(headline.rstrip(" .!?"))
    if m is None or m.group("prep") not in getattr(_event_module(language), "TOWN_PREPOSITIONS", ()):
        return None
    town = m.group("town")
    return town if _rare_words(town, language) else None


#: a preposition and capitalised words (with the small words of names) closing a headline
_HEADLINE_END_TOWN = re.compile(
    r"(?:^|\s)(?P<prep>\w+) (?P<town>[A-ZÀ-Þ][\w'’\-]+(?: (?:(?:de|del|da|do|di|du|la|le|el|am|an|im|van|der|den|von|sur) )?"
    r"[A-ZÀ-Þ][\w'’\-]+)*)$"
)


def _with_city(location: str, lead: list[str], reporting: "_ReportingSentences", language: str | None) -> str:
    """Rule ``location_headline_country``: a country the headline puts the event in ("Protests in
    Chile") with the place in it the lead names ("the streets of Santiago"): "Santiago, Chile", as
    precise as the article is.  (Another place: :func:`_lead_precision`.)"""
    if not is_country(location):
        return _lead_precision(location, lead, reporting, language)
    if not event_rules.on("location_headline_country"):
        return location
    place = _lead_place(lead, reporting, language)
    if not place or is_country(place) or location.lower() in place.lower() or place.lower() in location.lower():
        return location
    event_rules.note("location", "location_headline_country")
    return f"{place}, {location}"


def _lead_place(lead: list[str], reporting: "_ReportingSentences", language: str | None) -> str | None:
    """The lead's place, read to make the headline's more precise (:func:`_with_city`,
    :func:`_lead_precision`): the rule that gave the headline's stays noted, the caller notes
    its own when it takes the lead's."""
    noted = event_rules.LAST.get("location")
    place = _location(lead, reporting=reporting, language=language)
    event_rules.note("location", noted)
    return place


_PLACE_WORD = re.compile(r"\w+")


def _lead_precision(location: str, lead: list[str], reporting: "_ReportingSentences", language: str | None) -> str:
    """Rule ``location_headline_in_lead``: the lead's place, when it holds every word of the
    headline's and more ("parliament" -> "the parliament in Brussels"): as precise as the article."""
    if not event_rules.on("location_headline_in_lead"):
        return location
    place = _lead_place(lead, reporting, language)
    words = set(_PLACE_WORD.findall(location.lower()))
    if not place or not words:
        return location
    more = [w for w in _PLACE_WORD.findall(place) if w.lower() not in words]
    # (a word the headline's lacks that is a name, not only an article: "the University of X" adds nothing)
    if any(w[:1].isupper() for w in more) and words <= set(_PLACE_WORD.findall(place.lower())):
        event_rules.note("location", "location_headline_in_lead")
        return place
    return _headline_venue_in_lead(location, place, language)


def _headline_venue_in_lead(location: str, place: str, language: str | None) -> str:
    """Rule ``location_headline_venue_in_lead``: the headline's place made precise by the lead's when
    their words differ: the headline's venue noun named again with its name ("outside Louisiana
    refinery" / "outside the main gate of the Marwick refinery" -> the lead's), or the headline's town
    with the lead's venue that names no other town ("Cacerolada en Ciudad de México" / "a la calzada
    Ermita" -> "la calzada Ermita, Ciudad de México")."""
    if not event_rules.on("location_headline_venue_in_lead"):
        return location
    common: frozenset[str] = frozenset()
    lead_words = set(_PLACE_WORD.findall(place.lower()))
    head = (_PLACE_WORD.findall(location.lower()) or [""])[-1]
    if is_place(location, common, any_size=True) and not is_country(location):
        venue = bool(_PLACE_NOUN_RE.search(place) or _own_place_noun(place, language))
        if venue and location.lower() not in place.lower() and not _names_other_town(place, location, common):
            event_rules.note("location", "location_headline_venue_in_lead")
            return f"{place}, {location}"
        return location
    if (
        head in lead_words
        and (_PLACE_NOUN_RE.fullmatch(head) or _own_place_noun(head, language))
        and any(w[:1].isupper() for w in _PLACE_WORD.findall(place) if w.lower() not in location.lower())
    ):
        event_rules.note("location", "location_headline_venue_in_lead")
        return place
    return location


def _title_case(headline: str) -> bool:
    """A headline in Title Case ("March Held Outside Mayor's Office Calls For ..."): its capitals
    do not mark names, so a place is not read from them before the body's."""
    words = [w for w in headline.split() if len(w) > 3 and w[:1].isalpha()]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def _dateline_city(paragraphs: list[str], common_words) -> tuple[str | None, str | None]:
    """The city of the lead's dateline ("BERLIN, 3. März (Reuters) –", "Saint-Dizier (Haute-Marne) –")
    and the rule that read it (None: the plain dateline)."""
    if not paragraphs:
        return None, None
    m = _dateline_of_names(_DATELINE_RE.match(paragraphs[0]))
    rule = None
    if m is None:
        m, rule = _dated_dateline(paragraphs[0], common_words), "location_dateline_date"
        if m is None:
            m, rule = _capitals_dateline(paragraphs[0], common_words), "location_capitals_dateline"
    if m is None and event_rules.on("location_dateline_region"):
        m, rule = _dateline_of_names(_REGION_DATELINE_RE.match(paragraphs[0])), "location_dateline_region"
    if m is None:
        return None, None
    city = m.group("city").strip(" .")  # "BUENOS AIRES.- "
    return (city.title() if city.isupper() else city), rule


def _names_other_town(place: str, city: str, common_words) -> bool:
    """Rule ``location_dateline_over_later``: whether ``place`` is or holds a town the gazetteer knows
    other than the dateline's ``city`` ("Napoli" in a report datelined "ROMA –")."""
    towns = [place] if is_place(place, common_words, any_size=True) else places_in(place, common_words)
    return any(t.lower() not in city.lower() and city.lower() not in t.lower() for t in towns)


_PLACE_IN_NAME = re.compile(r" (?:in|at|near|en|à|a|em|no|na|te|in der|im|bei|nel|nella) (?:the |der |la |el |le )?[A-ZÀ-Þ]")


def _without_object_after_town(place: str, common_words, language: str | None) -> str:
    """Rule ``location_object_after_town``: in a language that capitalises its nouns (``CAPITALISED_NOUNS``),
    the capitalised run that ends ``place`` cut after the longest town the gazetteer knows, when the whole
    run is none: "Rathaus in Kassel Flugblätter" -> "Rathaus in Kassel" (the object of "verteilten" after the
    place), "Bad Hersfeld Streikposten" -> "Bad Hersfeld"."""
    if not event_rules.on("location_object_after_town") or not getattr(_event_module(language), "CAPITALISED_NOUNS", False):
        return place
    words = place.split()
    start = len(words)
    while start > 0 and words[start - 1][:1].isupper():
        start -= 1
    run = words[start:]
    if len(run) < 2 or is_place(" ".join(run), common_words, any_size=True):
        return place
    for k in range(len(run) - 1, 0, -1):
        if is_place(" ".join(run[:k]), common_words, any_size=True):
            return " ".join(words[: start + k])
    return place


def _with_town(place: str, city: str | None, common_words, language: str | None) -> str:
    """Rule ``location_venue_town``: a venue that names no town ("vor dem Rathaus", "davanti al
    ministero dell'Istruzione") with the town the report is datelined in: "Rathaus, Dresden"."""
    if not city or not event_rules.on("location_venue_town") or city.lower() in place.lower():
        return place
    if is_place(place, common_words, any_size=True) or places_in(place, common_words) or is_country(place):
        return place
    if _PLACE_IN_NAME.search(place):
        return place  # (it names where it is: "Tagebau X in der Lausitz", "piazza Castello a Torino")
    words = place.split()
    if all(w[:1].isupper() or w in _NAME_LINKS for w in words) and not (
        _PLACE_NOUN_RE.search(place) or _own_place_noun(place, language)
    ):
        return place  # a bare name ("Ansty", "la Alameda"): a town or a street of its own, not a venue
    event_rules.note("location", "location_venue_town")
    return f"{place}, {city}"


@lru_cache(maxsize=None)
def _bare_venue_pattern(language: str | None) -> re.Pattern | None:
    """Rule ``location_bare_venue``: a place preposition, an article and a venue noun with no name after
    it ("bij het gemeentehuis", "devant la préfecture", "in front of the town hall")."""
    module = _event_module(language)
    if module is None:
        return None
    own = tuple(getattr(module, "PLACE_PREPOSITIONS", ()))
    prepositions = f"{literal_alternation(own)}|{_PLACE_PREP[3:-1]}" if own else _PLACE_PREP[3:-1]
    determiners = _words_of(module, "PLACE_DETERMINERS")
    articles = f"(?:{determiners}|{_DETERMINER_GROUP[3:-2]})" if determiners else _DETERMINER_GROUP[:-1]
    nouns = "|".join(f"(?:{n})" for n in getattr(module, "PLACE_NOUNS", ()))
    return re.compile(
        rf"\b(?i:{prepositions}) (?P<place>{articles}(?:{nouns + '|' if nouns else ''}{_LOWER_PLACE_NOUN}))"
        r"(?![\w'’\-])(?! (?:[A-ZÀ-Þ]|of |de |di |van |von |do |da |du |del |della ))"
    )


def _bare_venue(paragraphs: list[str], reporting: "_ReportingSentences", language: str | None) -> str | None:
    """Rule ``location_bare_venue``: the first venue with no name a reporting sentence of the lead
    puts the protest at ("hebben bij het gemeentehuis actiegevoerd"): read when no named place is."""
    # (a venue noun in lower case is read with location_lower_venue: off, neither reads one)
    on = event_rules.on("location_bare_venue") and event_rules.on("location_lower_venue")
    pattern = _bare_venue_pattern(language) if on else None
    if pattern is None:
        return None
    for para in paragraphs:
        for sentence, _ in reporting.lowered(para[:2000]):
            m = pattern.search(sentence)
            if m:
                return _without_contraction(m.group("place"), language)
    return None


def _location(
    paragraphs: list[str], *, dateline: bool = True, reporting: _ReportingSentences | None = None,
    language: str | None = None, named: bool = True, city: str | None = None, town_headline: str | None = None,
) -> str | None:
    """Where the event took place: a place after "outside", "in", "vor dem", "frente a"... in a
    sentence reporting it, else the dateline city, else a known place the reporting sentences name.
    ``city``: the town the headline opens with ("Marseille : …"), read as a dateline; ``town_headline``: the
    headline whose one town says where a bare venue is when no city does (rule location_headline_any_town; looked
    up only then)."""
    reporting = reporting or _ReportingSentences(language)
    common_words = _LowerWords(paragraphs)
    pattern, single_preps = _place_words(language)
    city_rule = "location_headline_dateline"
    if named and paragraphs and dateline:
        own, own_rule = _dateline_city(paragraphs, common_words)
        if own:
            city, city_rule = own, own_rule
    first_sentence, passed_over = True, False
    for para in paragraphs:
        for sentence, lowered in reporting.lowered(para[:2000]):
            later, first_sentence = not first_sentence, False
            for m in _locations(sentence, pattern):
                place = _TRAILING_DAY.sub("", m.group("place")).strip(" ,")
                if place.endswith(".") and not _INITIALS_END.search(place):
                    place = place[:-1]
                single = " " not in place.removeprefix("the ")
                if (
                    len(place) <= 2
                    or _WEEKDAY_RE.fullmatch(place.lower())
                    or (single and not m.group()[1:].lower().startswith(single_preps))
                ):
                    continue
                known = _is_location(place, common_words) or _own_place_noun(place, language)
                streets = not known and _streets_town(place, m, language)
                position = None if known or streets else _town_by_position(place, m, language)
                if known or streets or position:
                    found = _with_adjective(place, sentence, m, language)
                    if (
                        city and later and event_rules.on("location_dateline_over_later")
                        and _names_other_town(found, city, common_words)
                    ):
                        passed_over = True
                        continue  # (a town a later sentence names, not the dateline's: "a Napoli e a Palermo")
                    rule = _place_rule(place, found, sentence, m, pattern, common_words)
                    if streets:
                        rule = "location_streets_town"
                    elif not known:
                        rule = position
                    if lowered in reporting.by_crowd:
                        rule = "location_crowd_sentence"
                    event_rules.note("location", rule)
                    found = _without_object_after_town(found, common_words, language)
                    town = city or (_town_in_headline(town_headline) if town_headline else None)
                    return _with_town(_without_contraction(found, language), town, common_words, language)
    if not named:
        return None
    venue = _bare_venue(paragraphs, reporting, language)
    if venue:
        venue = _with_town(venue, city or (_town_in_headline(town_headline) if town_headline else None), common_words, language)
        event_rules.note("location", "location_bare_venue")
        return venue
    if city:
        event_rules.note("location", "location_dateline_over_later" if passed_over else city_rule)
        return city
    event_rules.note("location", None)
    for para in paragraphs:
        for sentence, lowered in reporting.lowered(para[:2000]):
            if lowered in reporting.by_crowd:
                continue  # (a place a counted crowd's sentence names is read after a preposition only)
            named = places_in(sentence, common_words)
            if named:
                return named[0]
    return None


_PRONOUNS = frozenset("them it this that those these us him her me you sie ihn ihr ellos ellas eux lui loro eles what which "
                      "whatever".split())
_DETERMINERS = frozenset("the a an die der den dem des el la los las le les l' il lo gli i o os as de het".split())
#: a protest word that makes "against X" / "gegen X" / "contra X" name the protest's target
_PROTEST_WORD = re.compile(
    r"(?i:protest|rall(?:y|ies|ied)|march|demonstr|strik|vigil|boycott|campaign|movement|picket|demo\b|demos\b|"
    r"streik|kundgebung|mahnwache|marcha|manifest|huelga|paro\b|paros\b|moviliz|concentr|grève|rassembl|mobilis|"
    r"sciopero|corteo|cortei|greve|passeata|staking|betoging|actie|fight|lutt|luch|kämpf|lott|aksjon|markering|marsj)"
)
_POLICE = frozenset("police polizei policía polícia polizia politie".split())
_AGAINST_REACH = 40  # characters before "against" searched for a protest word
#: (a point or comma between digits is inside a phrase: "the proposed $3.8-billion pipeline")
_NP_TEXT = r"(?P<np>(?:[^.,;:!?()\"“”«»„\n]|(?<=\d)[.,](?=\d)){1,90})"


class _Lazy:
    """A regular expression compiled when first searched with: of a language's target
    patterns, an article asks for a few (the others' cues are not in its text), and a
    process pays ~1 ms per pattern for each language at its first article."""

    __slots__ = ("source", "_compiled")

    def __init__(self, source: str) -> None:
        self.source = source
        self._compiled: re.Pattern | None = None

    @property
    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(self.source)
        return self._compiled

    def search(self, *args) -> re.Match | None:
        return self.compiled.search(*args)

    def finditer(self, *args):
        return self.compiled.finditer(*args)


@dataclass(frozen=True, slots=True)
class _TargetWords:
    """The target cues and words of one language (with English), compiled when first used."""

    cues: _Lazy
    against: _Lazy
    named: _Lazy | None
    protest_word: re.Pattern
    anti: _Lazy
    stop: frozenset[str]
    generic: _Lazy
    modifiers: frozenset[str]
    #: institutions in front of whose house the protest stands (used when no other frame names a target)
    houses: _Lazy | None
    #: the venue patterns (``TARGET_PATTERNS``: "outside the X Embassy", "X's speech"), their groups
    #: renamed apart to be one alternation, and for each the pieces one of which its every match
    #: holds (:func:`required_literals`; None: no such pieces): a text is searched with the
    #: alternation of those it can match only (the first match is the same; see :func:`_venues_for`)
    venue_alternatives: tuple[str, ...] = ()
    venue_needs: tuple[tuple[str, ...] | None, ...] = ()
    houses_needs: tuple[str, ...] | None = None
    #: text every match of ``cues``, ``against``, ``named`` opens with (:func:`literal_openings`;
    #: None: no such text), and the lower case of the "anti" prefixes
    openings: tuple[tuple[str, ...] | None, ...] = (None, None, None)
    #: text every match of ``cues``, ``against``, ``named`` starts with (:func:`literal_starts`; None:
    #: no such text): the places where a match may start, where the pattern is tried (see :func:`~.word_alternation.matches_from_starts`)
    starts: tuple[tuple[str, ...] | None, ...] = (None, None, None)
    anti_openings: tuple[str, ...] | None = None
    #: the language ends a noun phrase with a capitalised noun, its verb comes last (German):
    #: lower-case words after the phrase's last noun are cut, and the protest word that makes
    #: "gegen X" a target may follow X ("gegen die Reform demonstriert")
    capitalised_end: bool = False
    #: articles that open a new phrase after a noun, and the words after which they do not
    openers: frozenset[str] = frozenset()
    links: frozenset[str] = frozenset()
    #: the rules of event_rules.RULES named target_*: employer cues of the language
    #: (``TARGET_EMPLOYER_CUES``: "lavoratori della X"), "demand that X …" cues (``TARGET_THAT_CUES``)
    #: with the words that open the clause's object (``CLAUSE_OBJECT_OPENERS``), the nouns of a change
    #: whose "to" phrase belongs to them (``TARGET_PP_HEADS``), the first of the houses that are the
    #: language's institution houses (``INSTITUTION_HOUSES``)
    employer: _Lazy | None = None
    employer_openings: tuple[str, ...] | None = None
    employer_starts: tuple[str, ...] | None = None
    that: _Lazy | None = None
    that_openings: tuple[str, ...] | None = None
    that_starts: tuple[str, ...] | None = None
    #: text every match of ``generic`` starts with (:func:`literal_starts`)
    generic_starts: tuple[str, ...] | None = None
    object_openers: frozenset[str] = frozenset()
    verb_last: bool = False
    pp_heads: frozenset[str] = frozenset()
    pp_prepositions: frozenset[str] = frozenset()
    own_houses: _Lazy | None = None
    own_houses_needs: tuple[str, ...] | None = None
    #: rule target_addressee: ``cues`` hold a group "addressee" of the cues before whom the protesters
    #: ask to act (``TARGET_ADDRESSEE_CUES``: "instaron al X a", "demandent au X de", "verlangen vom
    #: X"; one scan with the other cues), and what ends that phrase besides the stop words
    #: (``TARGET_ADDRESSEE_ENDS``: "a"/"de" before an infinitive, "que")
    addressee: bool = False
    addressee_end: re.Pattern | None = None
    #: rule target_opponents: ``cues`` hold a group "opponents" of the cues after which what the
    #: protesters oppose is named (``TARGET_OPPONENT_CUES``: "opponents of X", "Gegner der X")
    opponents: bool = False
    #: rule target_protest_about: ``cues`` hold a group "about" of the cues after which what the
    #: protest is about is named (``TARGET_ABOUT_CUES``: "en protesta por X", "protested the X")
    about: bool = False
    #: rule target_party_over_issue: the cues after which the lead names whom the protesters ask or
    #: blame (``TARGET_PARTY_CUES``: "fordern von der Landesregierung", "réclament au rectorat", "called on
    #: the government to", "accused the Department of"), and the GENERIC_TARGETS in lower case
    party: _Lazy | None = None
    party_starts: tuple[str, ...] | None = None
    generic_re: re.Pattern | None = None  # the GENERIC_TARGETS in lower case, as whole words (None: none)
    party_end: re.Pattern | None = None
    #: rule target_issue_author: the words that join a thing to the body whose it is
    #: (``TARGET_AUTHOR_LINKS``: "decided by", "décidée par", "van", "du")
    author: re.Pattern | None = None
    #: rule target_issue_author_far: a participle and its agent a few words after the thing (``TARGET_AUTHOR_AGENTS``:
    #: "decided by", "voulue par", "decisi dal", "durch die")
    author_far: re.Pattern | None = None
    #: rule target_against_in_sentence: how far back in the sentence a protest word makes "against X" a target
    sentence_reach: int = 0
    #: rule target_party_named: cues after which only a name is a party (``TARGET_PARTY_CUES_NAMED``:
    #: "exigent de Foyer Habitat", not "exigent de meilleures conditions")
    party_named: _Lazy | None = None
    party_named_starts: tuple[str, ...] | None = None
    #: rule target_counter_protest: the words that open an "against" phrase naming another group's event
    #: (``TARGET_COUNTER_EVENTS``: "a march by", "einen Aufmarsch der", "une manifestation de"), whose group is the target
    counter: re.Pattern | None = None
    against_end: re.Pattern | None = None


@lru_cache(maxsize=None)
def _target_words(language: str | None) -> _TargetWords:
    modules = list(dict.fromkeys([lang.resources(language, "event"), lang.resources(lang.FALLBACK, "event")]))
    gather = lambda name: [p for m in modules for p in getattr(m, name, ())]  # noqa: E731
    named = gather("TARGET_CUES_NAMED")
    generic = sorted(set(gather("GENERIC_TARGETS")), key=len, reverse=True)
    modifiers = sorted({w for m in modules for w in getattr(m, "TARGET_MODIFIERS", ())}, key=len, reverse=True)
    venues = [p.replace("(?P<target>", f"(?P<target{i}>") for i, p in enumerate(gather("TARGET_PATTERNS"))]
    houses = [p.replace("(?P<target>", f"(?P<target{i}>") for i, p in enumerate(gather("VENUE_TARGETS"))]
    own_houses = [p.replace("(?P<target>", f"(?P<target{i}>") for i, p in enumerate(gather("INSTITUTION_HOUSES"))]
    if not event_rules.on("target_institution_house"):
        own_houses = []
    employer = gather("TARGET_EMPLOYER_CUES") if event_rules.on("target_language_words") else []
    that = gather("TARGET_THAT_CUES") if event_rules.on("target_demand_that") else []
    protest_words = gather("PROTEST_WORDS") if event_rules.on("target_language_words") else []
    addressee = gather("TARGET_ADDRESSEE_CUES") if event_rules.on("target_addressee") else []
    opponents = gather("TARGET_OPPONENT_CUES") if event_rules.on("target_opponents") else []
    about = gather("TARGET_ABOUT_CUES") if event_rules.on("target_protest_about") else []
    capitalised_end = bool(getattr(modules[0], "NOUN_PHRASE_ENDS_CAPITALISED", False))
    addressee_ends = gather("TARGET_ADDRESSEE_ENDS")
    party_named = gather("TARGET_PARTY_CUES_NAMED") if event_rules.on("target_party_named") else []
    # (the addressee cues name a party too, while their rule is on)
    party = (
        gather("TARGET_PARTY_CUES") + addressee
        if event_rules.on("target_party_over_issue") or event_rules.on("target_party_unframed") else []
    )
    return _TargetWords(
        # cues are matched in the lower-cased text (re.I makes Python's matcher several times slower)
        cues=_Lazy(
            r"\b(?:" + "|".join(f"(?:{c})" for c in gather("TARGET_CUES"))
            + ("|(?P<addressee>" + "|".join(f"(?:{c})" for c in addressee) + ")" if addressee else "")
            + ("|(?P<opponents>" + "|".join(f"(?:{c})" for c in opponents) + ")" if opponents else "")
            + ("|(?P<about>" + "|".join(f"(?:{c})" for c in about) + ")" if about else "") + r") " + _NP_TEXT
        ),
        against=_Lazy(r"\b(?:" + "|".join(f"(?:{c})" for c in gather("AGAINST_CUES")) + r") " + _NP_TEXT),
        # (a cue that ends with an elided article, "salariés d'", is followed by its name at once)
        named=_Lazy(r"\b(?:" + "|".join(f"(?:{c})" for c in named) + r")(?: |(?<=['’]))" + _NP_TEXT) if named else None,
        protest_word=re.compile(_PROTEST_WORD.pattern[:-1] + "|" + "|".join(protest_words) + ")") if protest_words else _PROTEST_WORD,
        anti=_Lazy(r"(?<!\w)(?i:" + "|".join(re.escape(a) for a in gather("ANTI_PREFIXES")) + r")(?P<np>[\w][\w\-]{1,40}(?: [A-ZÀ-Þ][\w\-]+){0,3})"
                        r"(?= (?i:protests?|protesters|rall(?:y|ies)|march(?:es)?|demonstrat\w+|movement|activists|campaign\w*|"
                        r"demo\w*|bewegung|proteste?n?|protestas|manifestaci\w+|manifestations?|manifestants|proteste|"
                        r"manifestazion\w+|protestos|manifestaç\w+)\b)"),
        stop=frozenset(w for m in modules for w in getattr(m, "TARGET_STOP", ())),
        generic=_Lazy(rf"\b(?:{'|'.join(re.escape(g) for g in generic)})\b"),
        generic_starts=literal_starts([re.escape(g) for g in generic]) if generic else None,
        modifiers=frozenset(modifiers),
        # each pattern's group "target" renamed apart, so that they can be one alternation
        houses=_Lazy("|".join(houses)) if houses else None,
        venue_alternatives=tuple(venues),
        venue_needs=tuple(required_literals(p) for p in venues),
        houses_needs=_any_required(houses),
        openings=(
            literal_openings(gather("TARGET_CUES") + addressee + opponents + about), literal_openings(gather("AGAINST_CUES")),
            literal_openings(named)
        ),
        starts=(
            literal_starts(gather("TARGET_CUES") + addressee + opponents + about), literal_starts(gather("AGAINST_CUES")),
            literal_starts(named)
        ),
        anti_openings=_anti_openings(gather("ANTI_PREFIXES")),
        capitalised_end=capitalised_end,
        openers=frozenset(getattr(modules[0], "PHRASE_OPENERS", ())) if len(modules) > 1 else frozenset(),
        links=frozenset(getattr(modules[0], "PHRASE_LINKS", ())),
        employer=_Lazy(r"\b(?:" + "|".join(f"(?:{c})" for c in employer) + r")(?: |(?<=['’]))" + _NP_TEXT) if employer else None,
        employer_openings=literal_openings(employer),
        employer_starts=literal_starts(employer),
        that=_Lazy(r"\b(?:" + "|".join(f"(?:{c})" for c in that) + r") " + _NP_TEXT) if that else None,
        that_openings=literal_openings(that),
        that_starts=literal_starts(that),
        object_openers=frozenset(getattr(modules[0], "CLAUSE_OBJECT_OPENERS", ())),
        # a language whose verb comes last in a clause: German, and one with articles that open a
        # new phrase but no words that open a verb's object (Dutch)
        verb_last=capitalised_end
        or (bool(getattr(modules[0], "PHRASE_OPENERS", ())) and not getattr(modules[0], "CLAUSE_OBJECT_OPENERS", ())),
        pp_heads=frozenset(gather("TARGET_PP_HEADS")) if event_rules.on("target_change_noun_pp") else frozenset(),
        pp_prepositions=frozenset(gather("TARGET_PP_PREPOSITIONS")),
        own_houses=_Lazy("|".join(own_houses)) if own_houses else None,
        own_houses_needs=_any_required(own_houses),
        addressee=bool(addressee),
        opponents=bool(opponents),
        about=bool(about),
        addressee_end=re.compile("|".join(addressee_ends)) if addressee_ends else None,
        party=_Lazy(r"\b(?:" + "|".join(f"(?:{c})" for c in party) + r")(?: |(?<=['’]))" + _NP_TEXT) if party else None,
        party_starts=literal_starts(party) if party else None,
        party_named=_Lazy(r"\b(?:" + "|".join(f"(?:{c})" for c in party_named) + r")(?: |(?<=['’]))" + _NP_TEXT) if party_named else None,
        party_named_starts=literal_starts(party_named) if party_named else None,
        generic_re=re.compile(
            r"\b(?:" + "|".join(sorted({re.escape(g.lower()) for g in generic}, key=len, reverse=True)) + r")\b"
        ) if generic else None,
        sentence_reach=int(getattr(modules[0], "AGAINST_SENTENCE_REACH", 0)),
        author=re.compile(r"\s*(?i:" + "|".join(f"(?:{c})" for c in gather("TARGET_AUTHOR_LINKS")) + r") ")
        if event_rules.on("target_issue_author") and gather("TARGET_AUTHOR_LINKS") else None,
        author_far=re.compile(r"[^,.;:]{0,60}?\s(?i:" + "|".join(f"(?:{c})" for c in gather("TARGET_AUTHOR_AGENTS")) + r") ")
        if event_rules.on("target_issue_author") and event_rules.on("target_issue_author_far") and gather("TARGET_AUTHOR_AGENTS")
        else None,
        counter=re.compile(r"(?i:" + "|".join(f"(?:{c})" for c in gather("TARGET_COUNTER_EVENTS")) + r") ")
        if event_rules.on("target_counter_protest") and gather("TARGET_COUNTER_EVENTS") else None,
        against_end=re.compile(r"\b(?:" + "|".join(gather("AGAINST_CUES")) + r")$") if gather("AGAINST_CUES") else None,
        party_end=re.compile("|".join(addressee_ends + gather("TARGET_PARTY_ENDS"))) if addressee_ends or gather("TARGET_PARTY_ENDS") else None,
    )


def _any_required(patterns: list[str]) -> tuple[str, ...] | None:
    """Pieces one of which every match of the alternation of ``patterns`` holds, or None."""
    needs = [required_literals(p) for p in patterns]
    if not needs or any(n is None for n in needs):
        return None
    return tuple(dict.fromkeys(piece for n in needs for piece in n))


@lru_cache(maxsize=256)
def _venue_subset(alternatives: tuple[str, ...]) -> re.Pattern:
    """The alternation of some of a language's venue patterns (those a text can match)."""
    return re.compile("|".join(alternatives))


def _venues_for(text: str, words: "_TargetWords") -> re.Pattern | None:
    """The alternation of those of the venue patterns that ``text`` can match (None when it can
    match none): the matches of them all, with fewer alternatives tried at each word (each
    alternation compiled when first needed)."""
    kept = tuple(
        alternative for alternative, needs in zip(words.venue_alternatives, words.venue_needs)
        if needs is None or any(map(text.__contains__, needs))
    )
    return _venue_subset(kept) if kept else None


def _anti_openings(prefixes: list[str]) -> tuple[str, ...] | None:
    """The "anti" prefixes in lower case, when a case-blind match of them always shows in the
    lower-cased text (ASCII letters: only "ı" and "ſ" match "i" and "s" without lower-casing to them)."""
    lowered = tuple(dict.fromkeys(p.lower() for p in prefixes))
    return lowered if lowered and all(p.isascii() for p in lowered) else None


def _noun_phrase(
    text: str, stop: frozenset[str], *, named: bool = False, capitalised_end: bool = False, words: "_TargetWords | None" = None
) -> str | None:
    """The noun phrase at the start of ``text``: cut at the first stop word, at most 6 words
    (``capitalised_end``: and after its last capitalised word, when it has one; ``words``: and
    at an article that opens a new phrase after a noun)."""
    kept: list[str] = []
    openers = words.openers if words is not None else frozenset()
    for i, word in enumerate(text.split()[:8]):
        bare = word.lower().strip("'’")
        if bare in stop and (i > 0 or bare not in _DETERMINERS) and not (
            words is not None and bare in words.pp_prepositions and kept and kept[-1].lower() in words.pp_heads
        ):  # (rule target_change_noun_pp: "cuts to diesel subsidies")
            break
        if (
            bare in openers and kept and kept[-1].lower() not in words.links and kept[-1].lower() not in _DETERMINERS
            and any(c.isalpha() for c in kept[-1])
        ):
            break
        kept.append(word)
        if len(kept) == 6:
            break
    if capitalised_end and any(w[:1].isupper() for w in kept):
        while not kept[-1][:1].isupper():
            kept.pop()
    while kept and kept[-1].lower() in _DETERMINERS:
        kept.pop()
    if not kept:
        return None
    content = [w for w in kept if w.lower() not in _DETERMINERS]
    if not content or content[0].lower().strip("'’") in _PRONOUNS or not any(c.isalpha() for c in content[0]):
        return None
    if named and not content[0][:1].isupper():
        return None
    phrase = " ".join(kept).strip(" -–—'’")
    return _POSSESSIVE_END.sub("", phrase) or None


_POSSESSIVE_END = re.compile(r"['’]s$")


def _cut_and_lowered(text: str, index: int = 0, lower=None) -> tuple[str, str]:
    """The first 3,000 characters of a lead paragraph or headline a target is read in, and their lower case
    (``lower(text, index)`` when the caller keeps it); the text is the lower case too when lowering changed its
    length, so that offsets in one hold in the other."""
    text = text[:3000]
    lowered = text.lower() if lower is None else lower(text, index)
    return (lowered if len(lowered) != len(text) else text), lowered


def _framed_target(texts: list[str], words: _TargetWords, lower=None) -> str | None:
    """What the first sentence with a target frame says the protest is against or asks of
    (``lower``: ``text.lower()`` of ``texts[index]`` or a cut of it, as ``lower(text, index)``); what a
    protest verb takes as its object (rule target_protest_about) is not one: see :func:`protest_about`."""
    for index, text in enumerate(texts):
        text, lowered = _cut_and_lowered(text, index, lower)
        found: list[tuple[int, str]] = []
        by_own_words: int | None = None
        addressee_at: int | None = None
        opponents_at: int | None = None
        issues: set[int] = set()  # (rule target_party_over_issue: where a frame naming a thing starts)
        houses_at: set[int] = set()  # (and where a house the protest stands at is named)
        counter_at: int | None = None
        author_at: int | None = None
        for pattern, named, openings, starts in zip(
            (words.cues, words.against, words.named), (False, False, True), words.openings, words.starts
        ):
            if pattern is None or (openings is not None and not any(map(lowered.__contains__, openings))):
                continue  # (no text any of its cues opens with: no match)
            # the matches, found where a cue may start (a scan that tries the pattern at every
            # character costs far more: it opens with \b, so the matcher has no first letters to skip to)
            for m in matches_from_starts(pattern.compiled, lowered, starts):
                if pattern is words.cues and words.about and m.group("about") is not None:
                    continue  # (the rule target_protest_about, read by protest_about)
                if pattern is words.against and not (
                    words.protest_word.search(lowered, max(0, m.start() - _AGAINST_REACH), m.start())
                    or (words.capitalised_end and words.protest_word.search(lowered, m.start("np"), m.end() + _AGAINST_REACH))
                    or _protest_in_sentence(lowered, m.start(), words)
                ):
                    continue
                if pattern is words.against and words.protest_word is not _PROTEST_WORD:
                    by_own_words = m.start()  # (the rule target_language_words, if the shared protest words do not)
                clause = text[m.start("np") : m.end("np")]
                counter = words.counter.match(clause) if pattern is words.against and words.counter is not None else None
                if counter and counter.end() < len(clause):
                    clause = clause[counter.end() :]  # (rule target_counter_protest: "against a march by X" -> X)
                    counter_at = m.start()
                if pattern is words.cues and words.addressee and m.group("addressee") is not None:
                    addressee_at = m.start()  # (the rule target_addressee)
                    end = words.addressee_end.search(clause) if words.addressee_end is not None else None
                    clause = clause[: end.start()] if end else clause
                elif pattern is words.cues and words.opponents and m.group("opponents") is not None:
                    opponents_at = m.start()  # (the rule target_opponents)
                    subject = _clause_subject(clause, words)  # (cut before the verb, unless that leaves an article)
                    clause = subject if any(w.lower() not in _DETERMINERS for w in subject.split()) else clause
                phrase = _noun_phrase(clause, words.stop, named=named, capitalised_end=words.capitalised_end, words=words)
                if phrase and named and event_rules.on("target_named_not_place") and is_place(phrase):
                    continue  # (rule target_named_not_place: "huelga en Valencia" places the strike)
                if phrase:
                    issue = (pattern is words.against and counter is None) or (
                        pattern is words.cues and not (words.addressee and m.group("addressee") is not None)
                        and _issue(phrase, words, lowered[m.start() : m.start("np")])
                    )
                    authored = _with_author(clause, phrase, words) if issue and words.author is not None else None
                    if authored:
                        phrase = authored  # (rule target_issue_author)
                        author_at = m.start()
                    found.append((m.start(), phrase))
                    if issue:
                        issues.add(m.start())
                    break
        anti = words.anti_openings
        m = (
            words.anti.search(text)
            if anti is None or any(map(lowered.__contains__, anti)) or "\u0131" in lowered or "\u017f" in lowered
            else None
        )
        if m:
            found.append((m.start(), m.group("np")))
        m = _RESIDENCE_RE.search(text) if _RESIDENCE_NEEDS is None or any(map(text.__contains__, _RESIDENCE_NEEDS)) else None
        if m:
            found.append((m.start(), m.group("target")))
        venues = _venues_for(text, words) if words.venue_alternatives else None
        if venues is not None:
            for m in venues.finditer(text):
                target = next((g for g in m.groups() if g), None)
                if target and target.split()[0].lower() not in _DETERMINERS:
                    found.append((m.start(), target))
                    houses_at.add(m.start())
                    break
        rules = _own_target_frames(text, lowered, words, found)
        if addressee_at is not None:
            rules[addressee_at] = "target_addressee"
        if opponents_at is not None:
            rules[opponents_at] = "target_opponents"
        if counter_at is not None:
            rules[counter_at] = "target_counter_protest"
        if author_at is not None:
            rules[author_at] = "target_issue_author"
        if by_own_words is not None and not _PROTEST_WORD.search(lowered, max(0, by_own_words - _AGAINST_REACH), by_own_words) and not (
            words.capitalised_end and _PROTEST_WORD.search(lowered, by_own_words, by_own_words + 90 + _AGAINST_REACH)
        ):
            rules[by_own_words] = "target_language_words"
        if not found and words.houses is not None and (
            words.houses_needs is None or any(map(text.__contains__, words.houses_needs))
        ):
            m = words.houses.search(text)
            if m:
                found.append((m.start(), next(g for g in m.groups() if g)))
                houses_at.add(m.start())
        # (rule target_institution_house: in the first two paragraphs and the headline, where a
        # report says where the protest stands)
        if not found and words.own_houses is not None and (index < _OWN_HOUSE_TEXTS or index == len(texts) - 1) and (
            words.own_houses_needs is None or any(map(text.__contains__, words.own_houses_needs))
        ):
            m = words.own_houses.search(text)
            if m:
                found.append((m.start(), next(g for g in m.groups() if g)))
                rules[m.start()] = "target_institution_house"
                houses_at.add(m.start())
        if found:
            at, phrase = min(found)
            rule = rules.get(at)
            if words.party is not None and event_rules.on("target_party_over_issue") and (
                at in houses_at or (at in issues and not _generic_in(phrase, words))
            ):
                party = _named_party(texts, words, lower)  # (rule target_party_over_issue)
                if party is not None:
                    event_rules.note("target", "target_party_over_issue")
                    return party
            if rule is None and words.pp_heads and _continued_pp(phrase, words):
                rule = "target_change_noun_pp"
            event_rules.note("target", rule)
            return phrase.strip(" ,.")
    if words.party is not None and event_rules.on("target_party_unframed"):
        party = _named_party(texts, words, lower)  # (rule target_party_unframed)
        if party is not None:
            event_rules.note("target", "target_party_unframed")
            return party
    event_rules.note("target", None)
    return None


def protest_about(headline: str, paragraphs: list[str], language: str | None = None) -> str | None:
    """Rule ``target_protest_about``: what a protest verb of the lead or the headline takes as its
    object ("en protesta por el cierre del hospital", "protested the closure of the clinic"), a
    fallback target for a report whose frames and demands name nobody (see analysis.py)."""
    words = _target_words(language)
    if not words.about:
        return None
    for text in [*paragraphs[:_LEAD_PARAGRAPHS], headline]:
        text, lowered = _cut_and_lowered(text)
        if words.openings[0] is not None and not any(map(lowered.__contains__, words.openings[0])):
            continue
        for m in matches_from_starts(words.cues.compiled, lowered, words.starts[0]):
            if m.group("about") is None:
                continue
            phrase = _noun_phrase(text[m.start("np") : m.end("np")], words.stop, capitalised_end=words.capitalised_end, words=words)
            if phrase and phrase.strip(" ,."):
                event_rules.note("target", "target_protest_about")
                return phrase.strip(" ,.")
    return None


_OWN_HOUSE_TEXTS = 2


def _issue(phrase: str, words: _TargetWords, cue: str = "") -> bool:
    """Whether a cue's phrase names a thing, not a body: its first word after an article is in lower
    case ("la fermeture d'une classe", "new uniform rules"; in a language that writes its nouns
    capitalised, German, a phrase after a cue that ends in an "against" word: "protestieren gegen")."""
    if words.capitalised_end:
        return words.against_end is not None and words.against_end.search(cue.rstrip()) is not None
    content = [w for w in phrase.split() if w.lower().strip("'’") not in _DETERMINERS and not w.lower().startswith(("l'", "l’", "d'", "d’"))]
    return bool(content) and content[0][:1].islower()


_SENTENCE_END = re.compile(r".*[.!?;:]\s", re.S)


def _protest_in_sentence(lowered: str, at: int, words: _TargetWords) -> bool:
    """Rule target_against_in_sentence: a protest word earlier in the sentence of "against" at ``at``,
    at most the language's ``AGAINST_SENTENCE_REACH`` characters before it (0: not read)."""
    if not words.sentence_reach or not event_rules.on("target_against_in_sentence"):
        return False
    window = lowered[max(0, at - words.sentence_reach) : at]
    end = _SENTENCE_END.match(window)
    return _PROTEST_WORD.search(window, end.end() if end else 0) is not None


def _with_author(clause: str, phrase: str, words: _TargetWords) -> str | None:
    """Rule target_issue_author: a thing the protest is against with the body whose it is, when the
    clause goes on to name it ("new licensing rules drawn up | by the city council", "de
    bezuinigingen | van het kabinet"): the phrase up to that body, when the body is an institution of
    GENERIC_TARGETS or a name (None: no such body)."""
    at = clause.find(phrase)
    if at < 0 or _generic_in(phrase, words):
        return None
    rest = clause[at + len(phrase) :]
    link = words.author.match(rest)
    if not link and words.author_far is not None:
        link = words.author_far.match(rest)  # (rule target_issue_author_far: "i tagli alla sanità | decisi dal | governo")
    if not link:
        return None
    body = _noun_phrase(rest[link.end() :], words.stop, capitalised_end=words.capitalised_end, words=words)
    if not body:
        return None
    content = [w for w in body.split() if w.lower() not in _DETERMINERS]
    if not (_generic_in(body, words) or (not words.capitalised_end and content and content[0][:1].isupper())):
        return None
    return clause[at : at + len(phrase) + link.end() + rest[link.end() :].find(body) + len(body)].strip(" ,.")


def _generic_in(phrase: str, words: _TargetWords) -> bool:
    """Whether ``phrase`` holds an institution of GENERIC_TARGETS ("the government's reform")."""
    return words.generic_re is not None and words.generic_re.search(phrase.lower()) is not None


def _name_run(phrase: str) -> str:
    """The name that opens ``phrase``: its capitalised words and the small words of names between them, up to
    the first other word ("Parcelo restore the old fee" -> "Parcelo"); ``phrase`` when it opens otherwise."""
    words = phrase.split()
    run: list[str] = []
    for word in words:
        if word[:1].isupper() or (run and word in _NAME_LINKS):
            run.append(word)
        else:
            break
    while run and run[-1] in _NAME_LINKS:
        run.pop()
    return " ".join(run) if run else phrase


def _named_party(texts: list[str], words: _TargetWords, lower=None) -> str | None:
    """Rule target_party_over_issue: whom the lead names as asked to act or blamed, after a cue of
    ``TARGET_PARTY_CUES`` ("Die Demonstranten fordern von der Landesregierung", "Ils réclament au
    rectorat le maintien", "called on the Corvanian government to"): when the first frame names only a
    thing the protest is against ("gegen die geplante Schulreform") or the house it stands at, the party
    is the target. The lead's paragraphs are read, then the headline."""
    for index, text in enumerate(texts):
        text, lowered = _cut_and_lowered(text, index, lower)
        found: list[tuple[int, str]] = []
        for pattern, starts, named in (
            (words.party, words.party_starts, False), (words.party_named, words.party_named_starts, True)
        ):
            if pattern is None:
                continue
            for m in matches_from_starts(pattern.compiled, lowered, starts):
                clause = text[m.start("np") : m.end("np")]
                end = words.party_end.search(clause) if words.party_end is not None else None
                clause = clause[: end.start()] if end else clause
                phrase = _noun_phrase(clause, words.stop, named=named, capitalised_end=words.capitalised_end, words=words)
                if phrase and named and not words.capitalised_end:
                    phrase = _name_run(phrase)  # ("demanding that Parcelo restore the fee" -> "Parcelo")
                if phrase and phrase.strip(" ,."):
                    found.append((m.start(), phrase.strip(" ,.")))
                    break
        if found:
            return min(found)[1]
    return None


def _own_target_frames(text: str, lowered: str, words: _TargetWords, found: list[tuple[int, str]]) -> dict[int, str]:
    """The frames of the rules target_language_words ("lavoratori della Acciaierie Lombarde", a
    language's employer cues) and target_demand_that ("demanding that the university cut its
    ties" -> "the university"): added to ``found``; where each starts -> its rule."""
    rules: dict[int, str] = {}
    for rule, pattern, openings, starts, named in (
        ("target_language_words", words.employer, words.employer_openings, words.employer_starts, True),
        ("target_demand_that", words.that, words.that_openings, words.that_starts, False),
    ):
        if pattern is None or (openings is not None and not any(map(lowered.__contains__, openings))):
            continue
        for m in matches_from_starts(pattern.compiled, lowered, starts):
            clause = text[m.start("np") : m.end("np")]
            if rule == "target_demand_that":
                clause = _clause_subject(clause, words)
            phrase = _noun_phrase(clause, words.stop, named=named, capitalised_end=words.capitalised_end, words=words)
            if phrase:
                found.append((m.start(), phrase))
                rules[m.start()] = rule
                break
    return rules


def _clause_subject(clause: str, words: _TargetWords) -> str:
    """The words of a "that" clause up to its verb ("the city council reverse its decision" ->
    "the city council"): in a language whose verb follows its subject, the clause is cut before
    the lower-case word that a word opening its object follows (``CLAUSE_OBJECT_OPENERS``: "its",
    "el", "son", "from"); a language whose verb comes last ends the phrase at the next article
    (``PHRASE_OPENERS``, read by _noun_phrase)."""
    if words.verb_last or not words.object_openers:
        return clause
    kept = clause.split()
    for i in range(1, len(kept) - 1):
        if (
            kept[i + 1].lower().strip("'’") in words.object_openers and kept[i][:1].islower()
            and kept[i].lower() not in _DETERMINERS and kept[i].lower() not in words.links
        ):
            return " ".join(kept[:i])
    return clause


def _continued_pp(phrase: str, words: _TargetWords) -> bool:
    parts = phrase.lower().split()
    return any(a in words.pp_heads and b in words.pp_prepositions for a, b in zip(parts, parts[1:]))


def generic_target(headline: str, paragraphs: list[str], language: str | None = None) -> str | None:
    """The institution a protest report names most in its headline and lead ("the French
    government", "Regierung", "autoridades"): the fallback target."""
    words = _target_words(language)
    counts: Counter = Counter()
    fullest: dict[str, str] = {}
    for text in [headline, *paragraphs[:_LEAD_PARAGRAPHS]]:
        text = text[:3000]
        for m in matches_from_starts(words.generic.compiled, text, words.generic_starts):
            # the words before the noun that belong to it: a modifier ("local", "the") or a
            # capitalised word ("French", "Iranian"), at most three
            before = text[max(0, m.start() - 60) : m.start()].split()[-3:]
            kept: list[str] = []
            for word in reversed(before):
                if word.lower() in words.modifiers or (word[:1].isupper() and word.isalpha()):
                    kept.insert(0, word)
                else:
                    break
            phrase = " ".join([*kept, m.group()])
            if kept and text[m.start() - 1 : m.start()] in ("'", "’"):
                phrase = " ".join(kept[:-1] + [kept[-1] + m.group()])  # an elided article: "L'azienda", not "L' azienda"
            key = m.group().lower()
            counts[key] += 0.4 if key in _POLICE else 1.0  # the police are more often an actor than the target
            if len(phrase) > len(fullest.get(key, "")):
                fullest[key] = phrase
    if not counts:
        return None
    return fullest[counts.most_common(1)[0][0]]


@lru_cache(maxsize=None)
def _qualitative_sizes(language: str | None) -> tuple[re.Pattern, tuple[str, ...] | None]:
    """The crowd sizes in words of the language (with English), and the literal texts their every
    match starts with (:func:`literal_starts`; None: no such texts)."""
    modules = list(dict.fromkeys([lang.resources(language, "event"), lang.resources(lang.FALLBACK, "event")]))
    words = [p for m in modules for p in getattr(m, "CROWD_QUALITATIVE", ())]
    return re.compile(r"\b(?:" + "|".join(f"(?:{w})" for w in words) + r")\b"), literal_starts(words) if words else None


def _qualitative_size(text: str, language: str | None) -> str | None:
    """A crowd size in words without a number ("a mass rally", "multitudinaria marcha")."""
    pattern, starts = _qualitative_sizes(language)
    lowered = text.lower()
    # (the first match, looked for where one may start: the pattern opens with \b, so a search
    # would try it at every character)
    m = next(matches_from_starts(pattern, lowered, starts), None)
    return text[m.start() : m.end()] if m and len(lowered) == len(text) else None


def find_target(
    headline: str, paragraphs: list[str], language: str | None = None, *, document: Document | None = None, first: int = 0
) -> str | None:
    """Who or what the protest is against, from the frames of the headline and the lead
    (``document``: the article's, whose paragraphs from ``first`` on ``paragraphs`` are, or cuts of them)."""
    lower = None if document is None else (lambda text, index: document.lower(text, first + index))
    return _framed_target([*paragraphs[:_LEAD_PARAGRAPHS], headline], _target_words(language), lower)


def issue_of(demands: list, language: str | None = None) -> str | None:
    """When nobody is named, what the protest is about: the first ask of the reporter's
    narrative, in at most six words ("the closure of the maternity ward"); another group's event
    the protest opposes, that group (rule target_counter_protest: "a march by the group X" -> "the
    group X")."""
    for demand in demands:
        if demand.source == "report":
            words = _target_words(language)
            counter = words.counter.match(demand.text) if words.counter is not None else None
            if counter and counter.end() < len(demand.text):
                m = re.match(_NP_TEXT, demand.text[counter.end() :])
                group = _noun_phrase(m.group("np"), words.stop, capitalised_end=words.capitalised_end, words=words) if m else None
                if group:
                    event_rules.note("target", "target_counter_protest")
                    return group.strip(" ,.")
            return " ".join(demand.text.split()[:6]) or None
    return None


@lru_cache(maxsize=None)
def _employer_nouns(language: str | None) -> frozenset[str]:
    """The language's nouns for an employer that name no one (``EMPLOYER_NOUNS``: "the company", "l'azienda")."""
    module = _event_module(language)
    return frozenset(n.lower() for n in getattr(module, "EMPLOYER_NOUNS", ()))


def named_employer(target: str | None, organisations: list, language: str | None = None) -> str | None:
    """Rule ``target_named_employer``: a target that is only the language's noun for an employer ("the company",
    "l'azienda", "la empresa") is the company the article names: the first organisation that is neither an
    organiser nor an outlet and that no rule found as a generic noun; None when there is none."""
    if not target or not event_rules.on("target_named_employer"):
        return None
    if target.strip().lower() not in _employer_nouns(language):
        return None
    for o in organisations:
        if (
            o.role in ("target", "other") and not any(e.startswith("generic") for e in o.evidence or ())
            and o.name.lower() != target.lower()
        ):
            event_rules.note("target", "target_named_employer")
            return o.name
    return None


#: a firm's name in a workplace phrase: one to three capitalised words (the patterns' "{firm}")
_FIRM = r"(?P<firm>[A-ZÀ-Þ][\w&'’\-]+(?: [A-ZÀ-Þ][\w&'’\-]+){0,2})"


#: how far into the lead a workplace names the firm (its first sentence or two)
_FIRM_LEAD_REACH = 300


@lru_cache(maxsize=None)
def _workplace_firm_pattern(language: str | None) -> re.Pattern | None:
    """The language's phrases that name a firm by its workplace or its staff (WORKPLACE_FIRM), one regex."""
    phrases = getattr(_event_module(language), "WORKPLACE_FIRM", ())
    if not phrases:
        return None
    return re.compile(
        "|".join(f"(?:{p.replace('{firm}', _FIRM.replace('?P<firm>', f'?P<firm{i}>'))})" for i, p in enumerate(phrases))
    )


def _unnamed(target: str, language: str | None) -> bool:
    """Whether ``target`` names nobody: the language's noun for an employer ("azienda"), else no body of
    GENERIC_TARGETS and no capitalised word but common ones of the language ("a cut in per-delivery fees", "um
    aumento salarial", "Firmen")."""
    if target.strip().lower() in _employer_nouns(language):
        return True
    if _generic_in(target, _target_words(language)):
        return False  # (a body named by a common noun: "the government", "le ministère", "il Comune")
    return not any(
        w[:1].isupper() and not is_common_word(w.lower().strip(",.;:'’"), language or "en") for w in target.split()
    )


def workplace_firm(target: str | None, headline: str, language: str | None = None, lead: str = "") -> str | None:
    """Rule ``target_workplace_firm``: the firm the headline names by its workplace or its staff ("riders protest
    outside Zappo offices", "Greve na fábrica da Corvalho", "Fahrer von Flinkbote protestieren", "Actie bij
    distributiecentrum Snelbox") is the target, when the target found names nobody (a thing asked for or
    protested, a common noun) or there is none; else None."""
    if not event_rules.on("target_workplace_firm") or (target and not _unnamed(target, language)):
        return None
    pattern = _workplace_firm_pattern(language)
    if pattern is None:
        return None
    common = _LowerWords([headline])
    for m in (m for text in (headline, lead[:_FIRM_LEAD_REACH]) if text for m in pattern.finditer(text)):
        firm = next(g for g in m.groups() if g)
        if is_place(firm, common, any_size=True) or is_country(firm) or (target and firm.lower() in target.lower()):
            continue
        event_rules.note("target", "target_workplace_firm")
        return firm
    return None


def other_organisation(organisations: list) -> str | None:
    """The very last resort for a target: the first organisation the article names that
    neither organises the protest nor reports it (in a strike report, mostly the employer)."""
    return next((o.name for o in organisations if o.role == "other"), None)


def find_cause(headline: str, paragraphs: list[str], language: str | None = None) -> str | None:
    """The last resort for a target: the institution the headline and lead name most."""
    return generic_target(headline, paragraphs, language)


def _dedupe(slogans: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for slogan in slogans:
        text = " ".join(slogan.split()).strip(" \"“”'‘’«»„")
        key = text.lower().rstrip(".!")
        if text and key not in seen:
            seen[key] = text
    return list(seen.values())


def extract_event(
    headline: str,
    paragraphs: list[str],
    *,
    published: str | None = None,
    slogans: list[str] | None = None,
    language: str | None = None,
    document: Document | None = None,
) -> Event | None:
    """The event a protest article reports (call it only for protest articles; ``document``: the
    article's :class:`~.document.Document`, when made, whose paragraphs' lower case is read)."""
    first = 0  # (the paragraph of ``document`` that ``paragraphs`` starts with)
    if paragraphs and paragraphs[0].strip() == headline.strip():
        paragraphs = paragraphs[1:]
        first = 1
    for field in ("location", "size"):
        event_rules.note(field, None)
    lead_paragraphs: list[str] = []
    size = 0
    for para in paragraphs[:_LEAD_PARAGRAPHS]:
        if size >= _LEAD_CHARS:
            break
        lead_paragraphs.append(para[: _LEAD_CHARS - size])
        size += len(lead_paragraphs[-1])
    lead = "\n".join(lead_paragraphs)
    reporting = _ReportingSentences(language)
    pub = _published_date(published)
    ahead = _ahead_cues(language)
    event_date = next(
        (d for p in lead_paragraphs for _, lowered in reporting.lowered(p) for d in [_date_in(lowered, pub, ahead)] if d),
        None,
    )
    body_sample = "\n".join(paragraphs[:40])[:_SAMPLE_CHARS]
    sample_lowered = (
        body_sample.lower() if document is None else document.joined_lower(paragraphs[:40], first, _SAMPLE_CHARS)
    )
    counts, tactics = _kinds_and_tactics(headline, sample_lowered)
    # The lead's lower case is the sample's when the lead starts it (a cut at a line break or the
    # sample's end, so no letter's lower case depends on what the cut leaves out).
    if len(sample_lowered) == len(body_sample) and body_sample.startswith(lead):
        lead_lowered, rest_lowered = sample_lowered[: len(lead)], sample_lowered[len(lead) :]
    else:
        lead_lowered = rest_lowered = None
    sizes = (
        find_crowd_sizes(lead, lead_lowered, language)
        or find_crowd_sizes(body_sample[len(lead) :], rest_lowered, language)
        or find_crowd_sizes(headline, language=language)
        or find_vehicle_counts(body_sample, sample_lowered if len(sample_lowered) == len(body_sample) else None, language)
    )
    crowd = sizes[0] if sizes else None
    event_rules.note("size", crowd.rule if crowd else None)
    size_text = crowd.text if crowd else _qualitative_size(f"{headline}\n{lead}", language)
    return Event(
        kind=_event_kind(headline, body_sample, counts),
        date=event_date,
        location=_event_location(headline, lead_paragraphs, reporting, language),
        target=find_target(headline, lead_paragraphs, language, document=document, first=first),
        size_text=size_text,
        size_min=crowd.minimum if crowd else None,
        size_max=crowd.maximum if crowd else None,
        tactics=tactics,
        slogans=_dedupe(slogans or []),
    )
