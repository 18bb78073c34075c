"""What the protesters demand, as short clauses in the article's words.

Five places, each with its own cues (per language in ``lang/<code>/demands.py``):

* **report** -- the reporter's narrative: "Other demands include A; B; and C"
  (one demand per item), "called on X to ...", "urged X to ...", "called for
  ...", "pushing for ...", "demanding ...", "protesting ...", "the 40% sought
  by ...", "fordern ...", "Forderung nach ...", "exigen / reclaman / piden
  ...", "réclament / exigent / demandent ...";
* **quote** -- what protest spokespeople say: "we need / want / demand / call
  for ...", "we're hoping we can get ...", "X must ...", "wir müssen ...",
  "queremos ...", "nous exigeons ...", or a quote that opens with an imperative
  ("Stop ..."); quotes by officials (mayors, governors, ministers, police) and
  by the protest's targets are left out;
* **slogan** -- chants and signs that are demands: an imperative ("End Title
  42", "Fund our schools") or a "No ..." slogan.
* **headline** -- the rest of the headline after a headline cue of the
  language ("march against X", "demand X", "gegen X"); kept with source
  ``report`` (the headline is the reporter's words), after the others.
* **issue noun** -- where a language names a protest's issue in one noun
  (German compounds: "die Justizreform"), that noun phrase in the headline or
  in a sentence holding a protest word; source ``report``, last of all.

A demand clause runs from its cue to the end of the sentence or to a clause
boundary (", said", ", despite", " but ", ...), at most :data:`_MAX_WORDS`
words.  One demand per distinct ask: a clause contained in another, or sharing
most of its words with one, is dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from ..record import Demand, Organisation, Quote
from . import lang
from .document import Document
from .knowledge.lemmas import reporting_verb_forms
from .rule_switches import switched_off
from .word_alternation import (
    alternatives, by_first_letter, grouped, literal_by_first_character, literal_places, literal_starts, matches_at, matches_from_starts,
    opens_with_a_word_character, required_literals,
)

#: the named demand rules that can be switched off one by one (``RALLYCRAWL_DEMAND_RULES_OFF="rule,rule"``,
#: read by bench/rule_sweep.py)
RULES = {
    # a quoted sentence whose verb is a modal of obligation (lang/<code>/demands.py QUOTE_MODALS), subject
    # and all: "La reforma debe ser retirada", "Die Mieten müssen sinken", "The council must reopen it"
    "modal_sentence": True,
    # after a comma, a participle of comment or consequence ends the ask (lang/<code>/demands.py
    # CLAUSE_END_PARTICIPLES): "urged the board to reopen the pool, saying ..." -> "reopen the pool"
    "participle_end": True,
    # a cue after a conjunction of condition or question (SUBORDINATORS): "if they want to", "when
    # they need it", "when asked for"
    "subordinate_cue": True,
    # a modal sentence whose modal has a generic subject (GENERIC_SUBJECTS): "You have to charge it"
    "generic_subject": True,
    # a modal sentence that ends with a question mark asks a question, not for something: "Must a child
    # of six read sixty words a minute?", "¿Debe el ministro dimitir?"
    "modal_question": True,
    # a modal or cue followed by a remark on the talk itself (REMARKS): "It should be noted that ..."
    "impersonal_remark": True,
    # "called for" after a thing (THING_CALLERS: "the recipe called for"), or before submissions
    # (SUBMISSIONS: "a call for proposals")
    "thing_calls_for": True,
    # "in favour of" after a verb of setting aside (FAVOUR_CUES, SET_ASIDE): "dropped in favour of"
    "set_aside_in_favour": True,
    # "demanding" after a degree word is an adjective (DEGREE_WORDS): "as demanding as"
    "adjective_demanding": True,
    # "demanded how ..." is a question, "demanded by X" a passive's agent (NOT_AN_OBJECT)
    "question_or_agent": True,
    # a quotation that opens with "No one", "No single", "No matter" (or is one word) is a statement
    "no_statement": True,
    # a verb of asking whose object is people named by a common noun (ASKING_VERBS, PEOPLE_NOUNS):
    # "urged residents not to drive", "pleaded with the board to wait"
    "people_target": True,
    # a clause ends before ", <Title Name> said" of up to six capitalised words, and keeps no closing
    # parenthesis without its opening nor a final period ("greater use of the ABC.")
    "clause_tidy": True,
    # an adverb of addition or repetition right after the cue is no part of the ask (LEADING_ADVERBS):
    # "verlangt zudem höhere Löhne" -> "höhere Löhne", "pide además un aumento" -> "un aumento"
    "leading_adverb": True,
    # a second verb of saying after "and" ends the ask (COORDINATED_VERB_OPENERS, the language's
    # REPORTING_VERBS): "called for a review and urged the board to ..." -> "a review"
    "coordinated_verb_end": True,
    # a cue that is words of the ask itself (NOMINAL_CUES) starts the ask: "le retrait de la loi", not "la loi"
    "nominal_cue": True,
    # a separable particle that closes the clause is the cue verb's, not the ask's (TRAILING_PARTICLES):
    # "setzen sich für den Erhalt des Parks ein" -> "den Erhalt des Parks"
    "particle_end": True,
    # a cue verb that opens a sentence in a language that leaves the subject out (SUBJECT_DROPPED):
    # "Exigen la reapertura del centro." is read as "exigen" (not in German, where a verb first makes a
    # question or a condition: "Wollen Mieter streiken, dann ...")
    "sentence_initial_cue": True,
    # the body asked may carry a place or an appositive before "to": "urged ministers in London to withdraw",
    # "want the principal, Professor Ann Lee, to meet them" (the target keeps its place, not the appositive)
    "target_tail": True,
    # a cue whose object is a count is a crowd claimed, not an ask: "Les organisateurs ont revendiqué 15.000
    # participants", "claimed 2,000 marchers" (lang/<code>/demands.py COUNTED_NOUNS after a number)
    "claimed_count": True,
    # a verb of appeal whose particle follows whom it asks: the words before the particle are the target, the
    # ask follows ("forderten den Stadtrat auf, den Verkauf zu stoppen" -> "den Verkauf zu stoppen";
    # lang/<code>/demands.py APPEAL_SPLIT)
    "appeal_particle": True,
    # a protest verb followed by where it happened has no ask there (PLACE_OPENERS): "protesting outside
    # County Hall as councillors met" is no demand
    "protest_place": True,
    # the body asked between a cue of the language's own and the ask, after a preposition of address
    # (ADDRESSEE_PREPOSITIONS) and before a word that opens the ask (ASK_OPENERS): "exigem do governo
    # estadual o pagamento ..." -> target "governo estadual", ask "o pagamento ...", "eisen van de directie
    # dat ...", "chiedono alla Regione la riapertura ..."
    "addressee_split": True,
    # a comma or full stop and a closing single quotation mark end the ask, as a double one does:
    # "we are asking for more hands,' she told the crowd" -> "more hands"
    "single_quote_end": True,
    # a spoken cue right after a negation asks nothing: "No pedimos lujos", "Non vogliamo che succeda ad altri",
    # "Não queremos esmolas" (the ask, if any, follows another cue: "pedimos dignidad")
    "negated_spoken_cue": True,
}
for _name in switched_off("RALLYCRAWL_DEMAND_RULES_OFF", RULES, "demand"):
    RULES[_name] = False

_MAX_WORDS = 30
_MAX_CHARS = 400  # text read after a cue
_SCAN_CHARS = 20_000  # narrative text scanned per article (asks come early in a report)

_NAME = r"(?:the |die |den |der |el |la |le |les )?[A-ZÀ-Þ][\w'’.\-]*(?: (?:of |for |de )?[A-ZÀ-Þ][\w'’.\-]*){0,4}"
_NOUN_GROUP = (
    r"(?:the |their |its |his |her )?(?:[\w'’\-]+ ){0,4}(?:"
    + "|".join(f"(?:{p})" for p in getattr(lang.resources("en", "demands"), "TARGET_NOUNS", ()))
    + r")"
)  # "the school board", "the city's housing department": lang/en/demands.py TARGET_NOUNS



def _tail(n: str) -> str:
    """Rule target_tail: after the body asked, a place ("in London", "at Taybank University") and an
    appositive between commas (", Professor Ann Lee,"), as group ``tail<n>`` (empty when there is none)."""
    return (
        rf"(?P<tail{n}>(?: (?:in|at|of|from) (?:the )?[A-ZÀ-Þ][\w'’.\-]*(?: [A-ZÀ-Þ][\w'’.\-]*){{0,3}})?"
        rf"(?:, (?:[A-ZÀ-Þ][\w'’.\-]* ){{0,4}}[A-ZÀ-Þ][\w'’.\-]*,)?)"
    )


_TAIL_GROUPS = ("tail", "tail2", "tail3", "tail4")

# Cues in the narrative; group "target" when the article names who must act.  Every cue
# starts with an ASCII letter (or a letter that folds to one under the (?i:) part): the
# look-ahead fails at once where a word ends, halving the cost of a search.
_REPORT_CUES = re.compile(
    r"\b(?=[a-zA-Zİıſ])(?:(?:other |their |the |key |main |chief |central |core |further )?demands? (?:include[sd]?|included|are|were|is|was)"
    r"|(?:among|chief among) (?:the|their) demands (?:is|are|was|were)"
    rf"|call(?:ed|ing|s)? (?:on|upon) (?P<target>{_NAME}|{_NOUN_GROUP}){_tail('')} to"
    rf"|urg(?:e|ed|es|ing) (?P<target2>{_NAME}|{_NOUN_GROUP}){_tail('2')} to"
    rf"|press(?:ed|ing|es)? (?P<target3>{_NAME}|{_NOUN_GROUP}){_tail('3')} to"
    rf"|(?:ask(?:ed|ing|s)?|want(?:s|ed)?) (?P<target4>{_NAME}(?: [a-z]+)?|{_NOUN_GROUP}|the [\w\-]+(?: [\w\-]+)?){_tail('4')} to"
    rf"|(?:until|unless) (?P<target5>{_NAME}|{_NOUN_GROUP}|the [\w\-]+(?: [\w\-]+)?) (?:agree[sd]?|promise[sd]?|commit(?:s|ted)?) to"
    # (the look-ahead first: a match is a word, a space and "want", perhaps "also"/"still" between; the
    # ignore-case words after it give the matcher no first letter to turn a word away on, so each is tried)
    r"|(?=\w++ (?:also |still )?want)(?i:they|union|unions|group|groups|coalition|association|alliance|tenants|workers|residents|students|"
    r"protesters|demonstrators|campaigners|organi[sz]ers|activists|strikers|it) (?:also |still )?want(?:s|ed)?"
    r"|(?:is|are|was|were) seeking|seeks|to demand(?: that)?|to protest(?: against)?"
    r"|call(?:ed|ing|s)? for|push(?:ed|ing|es)? for|press(?:ed|ing|es)? for|ask(?:ed|ing|s)? for|"
    r"demand(?:ed|ing)(?: that)?|demands that|fight(?:ing|s)? for|campaign(?:ed|ing|s)? for|lobb(?:y|ied|ying) for|"
    # a time or place between the verb and its object: "protested on Saturday against plans for ..."
    r"(?:protest(?:ed|ing)|march(?:ed|ing)|rall(?:ied|ying)|demonstrat(?:ed|ing)) "
    r"(?:on|in|at|outside|near|across|yesterday|today|again|last|this|early|late)(?: [\w.'’\-]+){0,5}? against|"
    r"protest(?:ed|ing)(?: against)?|protests? against|rall(?:y|ied|ying|ies) (?:for|against)|"
    r"march(?:ed|ing|es)? (?:for|against)|"
    r"(?:as|while) (?:it|they|the union|workers) (?:sought|seek)"
    # German
    r"|forder(?:n|t|ten|te)|verlang(?:en|t|ten|te)|Forderung(?:en)? nach|setzen sich für|sprechen sich für"
    r"|woll(?:e|en|te|ten) (?:man|sie|die \w+), dass|solle|sollten|müsse|müssten"
    # Spanish
    r"|exig(?:en|e|ieron|ió|iendo)|reclam(?:an|a|aron|ó|ando)|pid(?:en|e|ieron|ió|iendo)|demand(?:an|aron|ó|ando)"
    # French
    r"|réclam(?:ent|e|aient|ait|ant)|exig(?:ent|eaient|eait|eant)|demand(?:ent|aient|ait|ant)|revendiqu(?:ent|e|ant)"
    rf"|demand(?:e|ent|ait) (?:à|au|aux) (?P<target6>(?:l'|la |le |les )?[A-ZÀ-Þ][\w'’\-]*(?: [\w'’\-]+){{0,5}}?)(?=(?: \([A-Z]+\))? d(?:e |')\w+(?:er|ir|re)\b)"
    r"|pour dénoncer|dénonc(?:ent|ent|aient|e)|pour exiger|para exigir|para reclamar|para pedir)\b"
    r"(?: que| qu'|,? dass)?:? ",
)
_WANT_TARGET = re.compile(rf"(?P<target>{_NAME}(?: [a-z]+)?|{_NOUN_GROUP}|the [\w\-]+(?: [\w\-]+)?){_tail('')} to ")
_ADDRESSED = re.compile(
    r"^(?:von (?:der|dem|den) |vom |al |a la |a los |a las |au |aux |à la )"
    r"(?P<target>[A-ZÀ-Þ][\w'’\-]*(?: (?:de |del |la |der |des )?[A-ZÀ-Þ][\w'’\-]*){0,4})(?=[ ,])"
)
# every report cue contains one of these (lower-cased) stems at the start of a word; none is
# the start of another, so at most one stands at any place
_CUE_STEMS = (
    "demand call urg press push ask want fight campaign lobb protest rall march seek sought until forder "
    "verlang setzen sprechen woll soll müss exig reclam pid réclam revendiqu dénonc include among unless"
).split()
_WORD_START = re.compile(r"\b(?=[a-zA-Z\u0130\u0131\u017f])")  # where a report cue can start
_TARGET_GROUPS = ("target", "target2", "target3", "target4", "target5", "target6")
_PASSIVE_ASK = re.compile(r"\bthe ((?:\S+ ){0,3}?\S+) (?:sought|demanded|requested) by\b")
_PASSIVE_VERBS = ("sought", "demanded", "requested")  # a substring test before _PASSIVE_ASK's scan
_NEGATED = re.compile(r"(?:\bnot|n['’]t|\bnever|\bnicht|\bno)\s+(?:\w+\s+)?$", re.I)
_LIST_CUE = re.compile(r"demands?|Forderung", re.I)

# Cues inside a quotation: every language's QUOTE_CUES (lang/<code>/demands.py), each wrapped in word
# boundaries, searched in every quotation whatever the article's language
# (every cue starts with a lower-case ASCII letter: the look-ahead skips other places at once)
_QUOTE_CUES = re.compile(
    r"(?=[a-z])(?:"
    + "|".join(
        rf"\b(?:{cue})\b"
        for code in lang.languages() if lang.has(code, "demands")
        for cue in getattr(lang.resources(code, "demands"), "QUOTE_CUES", ())
    )
    + ")"
)


#: a non-word character (an ASCII class Python's matcher skips through in C, then \W itself)
_GAP = r"[^a-zA-Z0-9_](?<=\W)"


def _after_gap(pattern: re.Pattern, opening: str) -> re.Pattern:
    """``pattern`` (``opening`` and then an alternation whose every alternative opens with
    ``\\b`` before a letter, or with ``(?:\\b|\\[)`` before one) searched instead from the
    character before each match: any non-word character, ``[`` included, through an ASCII class
    that Python's matcher skips through in C rather than trying the alternation at every letter.
    See :func:`_cue_ends` for the matches it gives."""
    assert pattern.pattern.startswith(opening) and pattern.pattern.endswith(")"), pattern.pattern
    kept = []
    for alternative in alternatives(pattern.pattern[len(opening) : -1]):
        for boundary in (r"(?:\b|\[)", r"\b"):
            if alternative.startswith(boundary):
                kept.append(alternative[len(boundary) :])
                break
        else:
            raise ValueError(f"an alternative must open with a word boundary: {alternative!r}")
    return re.compile(_GAP + "(?:" + "|".join(kept) + ")")


_QUOTE_CUES_AFTER_GAP = _after_gap(_QUOTE_CUES, r"(?=[a-z])(?:")


def _cue_ends(text: str) -> Iterator[int]:
    """Where each match of ``_QUOTE_CUES.finditer(text)`` ends.  Each match opens at a word
    start (the character before it is no word character) or at "[": in ``" " + text`` that
    character opens a match of _QUOTE_CUES_AFTER_GAP, which then ends one character further
    on.  The next search starts at the last character of the match before, which may open the
    next one (as finditer's next match may start right after the one before): the search of
    :func:`_report_spans`."""
    return (end for _, end in _report_spans(_QUOTE_CUES_AFTER_GAP, text))


_IMPERATIVE = re.compile(
    r"^(?:stop|end|fund|give|bring|free|save|cancel|halt|protect|raise|pay|respect|listen|act|reinstate|"
    r"withdraw|repeal|scrap|ban|abolish|defund|keep|fight|put|restore|release|support|hands off|no more|no)\b",
    re.I,
)
_OFFICIAL = re.compile(
    r"\b(?:mayor|governor|gov\.|minister|senator|speaker|superintendent|police|sheriff|chancellor|premier|"
    r"secretary of|commissioner|kommissar\w*|prime|ceo|chief executive|chief operating|officer|remarks|"
    r"president(?! of the union)(?! of the association)|bürgermeister\w*|alcalde|ministr\w+|ministre|préfet)\b",
    re.I,
)

# a title that makes its holder a protest leader, not an official ("president of the teachers'
# association", "Local 7 union president", "presidente del sindicato")
_MOVEMENT_TITLE = re.compile(
    r"\b(?:union|unions|association|federation|guild|local \d+|teamsters|workers|teachers|nurses|tenants|students|"
    r"coalition|alliance|campaign|movement|activists?|organi[sz]ers?|protesters?|strikers?|sindicato|gremio|gewerkschaft\w*|syndicat)\b",
    re.I,
)


def _demand_modules(codes) -> list:
    """The demand data (lang/<code>/demands.py) of the languages ``codes`` that have some."""
    return [lang.resources(c, "demands") for c in codes if lang.has(c, "demands")]


def _listed(modules: list, name: str) -> str | None:
    """The regex alternatives of list ``name`` in ``modules``, each grouped; None when none has it."""
    found = [p for m in modules for p in getattr(m, name, ())]
    return "|".join(f"(?:{p})" for p in found) if found else None


def _every_language(name: str) -> str:
    """The regex alternatives of list ``name`` in every language's demand data (:func:`_listed`)."""
    return _listed(_demand_modules(lang.languages()), name) or ""


#: where an ask's clause ends: a sentence end, a semicolon, a dash, a bracket, a quotation mark, and
#: a comma before the words of every language's ``CLAUSE_END_WORDS`` (", said", ", according to",
#: ", sagte", ", dijo", ", a déclaré", ", ha detto", ", disse", ", sier", ", zei"...)
#: (each alternative opens with a literal character, so that the matcher skips to those in C: the
#: full stop's look-behind after it, ";|!|\?" rather than a class)
_CLAUSE_END = re.compile(
    r"\.(?<![A-Z]\.)(?!\w)|;|!|\?|, (?:[\w\-]+ ){1,3}(?:said|says|told|added)\b|, (?:"
    + _every_language("CLAUSE_END_WORDS")
    + r")\b| — | -- | – | \(|\"|”|“|»|«"
)
#: a comma or full stop closed by a single quotation mark before a blank (rule single_quote_end): no
#: apostrophe stands there ("the workers'," puts the comma after it)
_SINGLE_QUOTE_END = re.compile(r"[,.!?]['’‘](?=\s)")


#: a comma and a participle of comment or consequence, every language's (rule "participle_end")
_PARTICIPLE_END = re.compile(r",\s+(?:" + _every_language("CLAUSE_END_PARTICIPLES") + r")\b")
#: words among the reporting verbs that are no verb after "and": sources ("so", "laut", "según") and
#: English forms that are also plural nouns ("answers", "demands", "states"): only past forms count there
_NOT_COORDINATED_VERBS = frozenset("so laut zufolge según secondo segundo conforme".split())


def _coordinated_verbs() -> str:
    """Every language's reporting verbs (lang/<code>/quotes.py, with simplemma's paradigm forms where
    the language asks for them) as one alternation, English past forms only, longest first (grouped
    by first character: :func:`.word_alternation.literal_by_first_character`)."""
    verbs: set[str] = set()
    for code in lang.languages():
        if not lang.has(code, "quotes"):
            continue
        module = lang.resources(code, "quotes")
        listed = frozenset(module.REPORTING_VERBS) | reporting_verb_forms(module)
        if code == "en":
            listed = frozenset(w for w in listed if w.endswith("ed") or w in ("said", "told", "wrote"))
        verbs |= {w for w in listed if " " not in w and "'" not in w and len(w) > 2}
    # and the verbs of asking after which a second ask begins ("exigem X e *pedem* Y": lang/<code>/demands.py
    # COORDINATED_ASK_VERBS), so that the first ask ends before them and the second is read from its own cue
    verbs |= {w for m in _demand_modules(lang.languages()) for w in getattr(m, "COORDINATED_ASK_VERBS", ())}
    verbs -= _NOT_COORDINATED_VERBS
    return literal_by_first_character(sorted(verbs, key=lambda w: (-len(w), w)))


def _flat_alternatives(pattern: str) -> list[str]:
    """The alternatives of ``pattern``'s top-level alternatives that are groups, in order
    ("(?:y|e)|(?:et)" -> ["y", "e", "et"])."""
    return [
        inner
        for item in alternatives(pattern)
        for inner in (alternatives(item[3:-1]) if item.startswith("(?:") and item.endswith(")") else [item])
    ]


#: ", and urged", " und kritisierten", " et ont dénoncé": a second verb of saying (rule coordinated_verb_end)
#: (",? " written as two literal openings and both alternations grouped by first character, so that
#: the matcher skips to commas and blanks in C and tries one group of openers and of verbs there)
_COORDINATED_VERB = re.compile(
    r"(?:, | )(?:" + by_first_letter(_flat_alternatives(_every_language("COORDINATED_VERB_OPENERS")))
    + r") (?:" + _coordinated_verbs() + r")\b"
)
#: the separable verb particles that may close a clause, every language's (rule particle_end)
_TRAILING_PARTICLES = frozenset(
    word for m in _demand_modules(lang.languages()) for words in getattr(m, "TRAILING_PARTICLES", ()) for word in words.split("|")
)


def _leading_pattern(codes) -> re.Pattern:
    """The words that open an ask after its cue, not part of it (``LEADING_WORDS`` of ``codes``' demand
    data, English's with them): "and that ...", "y que ...", "et ..."; and an acronym in brackets."""
    words = [w for m in _demand_modules(dict.fromkeys(["en", *codes])) for w in getattr(m, "LEADING_WORDS", ())]
    return re.compile(r"^(?:(?:" + "|".join(dict.fromkeys(words)) + r") |\([A-Z]{2,8}\) )+", re.I)


#: every language's leading words, for a text whose language is not known
_LEADING = _leading_pattern(lang.languages())
_LEADING_ADVERB = re.compile(r"^(?:(?:" + _every_language("LEADING_ADVERBS") + r")\b[ ,]*)+", re.I)


def _without_lead(clause: str, leading: re.Pattern = _LEADING) -> str:
    """``clause`` without the conjunctions, complementisers and (rule leading_adverb) adverbs that
    open it after a cue: "and that ...", "zudem höhere Löhne"; ``leading``: the article language's
    leading words (the Norwegian article "et" is no French "and")."""
    clause = leading.sub("", clause)
    if RULES["leading_adverb"]:
        trimmed = _LEADING_ADVERB.sub("", clause)
        if trimmed != clause:
            clause = leading.sub("", trimmed)
    return clause


_FOR_TARGET = re.compile(rf"^(?:and )?for (?P<target>{_NAME}|{_NOUN_GROUP}) to ")


def _clause(text: str, *, stop_at_quotes: bool = True) -> str:
    """The clause at the start of ``text``: up to the sentence end or a clause boundary."""
    text = text[:_MAX_CHARS]
    pos = 0
    while True:
        m = _CLAUSE_END.search(text, pos)
        if m is None:
            end = len(text)
            break
        if not stop_at_quotes and m.group() in ('"', "”", "“", "»", "«"):
            pos = m.end()
            continue
        end = m.start()
        break
    if RULES["single_quote_end"]:
        closing = _SINGLE_QUOTE_END.search(text, 0, end)
        if closing:
            end = closing.start()
    if RULES["participle_end"]:
        participle = _PARTICIPLE_END.search(text, 0, end)
        if participle:
            end = participle.start()
    if RULES["coordinated_verb_end"]:
        second = _COORDINATED_VERB.search(text, 0, end)
        if second:
            end = second.start()
    if RULES["clause_tidy"]:
        named = _NAMED_SPEAKER.search(text, 0, end)  # ", Union Steward Ana Ruiz said"
        if named:
            end = named.start()
    words = text[:end].split()
    clause = " ".join(words[:_MAX_WORDS]).strip(" ,:\"“”'")
    if RULES["clause_tidy"]:
        clause = _tidy_end(clause)
    if RULES["particle_end"]:
        head, _, last = clause.rpartition(" ")
        if head and last in _TRAILING_PARTICLES:
            clause = head  # "den Erhalt des Parks ein": the particle of "setzen sich ... ein"
    return clause


#: a comma, a run of capitalised words (a title and a name) and a verb of saying (rule "clause_tidy")
_NAMED_SPEAKER = re.compile(r", (?:[A-Z][\w.'’\-]* ){1,6}(?:said|says|told|added|wrote)\b")


_ENDS_WITH_INITIAL = re.compile(r"(?<!\w)[A-Z]\.$")  # "the U.N." keeps its period


def _tidy_end(clause: str) -> str:
    """Rule clause_tidy: a clause cut where its text ends keeps no closing parenthesis whose opening
    it left out ("impeach the mayor)") and no final period after a capital ("more use of the ABC.")."""
    while clause.endswith(")") and clause.count(")") > clause.count("("):
        clause = clause[:-1].rstrip(" ,")
    if clause.endswith(".") and not clause.endswith("..") and not _ENDS_WITH_INITIAL.search(clause):
        clause = clause[:-1]
    return clause


_SENTENCE_END = re.compile(r"(?<![A-Z])[.!?](?=\s+[A-Z\"“]|\s*$)")
# the literal patterns below compiled once, not looked up in re's cache at each call (per-name
# patterns elsewhere can push them out of it)
_LIST_SPLIT = re.compile(r", and |, (?=[a-z]+ing\b)")
_LIST_AND = re.compile(r"^(?:and|or|und|y|et) ")
_LIST_VERB = re.compile(r"\b(?:include|included|are|were|is|was)\b")
_DIGIT = re.compile(r"\d")
_WE_CLAUSE = re.compile(r",? (?:and|but|so|und|aber|y|pero|et|mais) (?:we|they|wir|nous)\b")
_WORD = re.compile(r"\w+")


def _list_items(text: str, leading: re.Pattern = _LEADING) -> list[str]:
    """'A; B; and C' -> [A, B, C]: a list of demands introduced by "demands include"."""
    m = _SENTENCE_END.search(text[:1500])
    sentence = text[: m.start()] if m else text[:1500]
    parts = [p.strip() for p in sentence.split(";")]
    if len(parts) == 1:
        parts = [p.strip() for p in _LIST_SPLIT.split(sentence)]
    items = []
    for part in parts:
        part = _LIST_AND.sub("", part.strip(" ,:"))
        if not _FOR_TARGET.match(part):
            part = _without_lead(part, leading)
        part = part.strip(" ,:\"“”")
        if part:
            items.append(" ".join(part.split()[:_MAX_WORDS]))
    return items


# an opening mark is never inside the span: a run of openers is not scanned again from each one
_QUOTED = re.compile(r"[\"“][^\"“”]{0,3000}[\"”]")
_OPENER = re.compile(r"[\"“](?<!\S.)(?=\w)")  # (?:^|(?<=\s)) after the mark: the matcher skips to marks


def _quote_spans(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _QUOTED.finditer(text)]
    tail = spans[-1][1] if spans else 0
    opener = _OPENER.search(text, tail)
    if opener:  # a quotation that goes on in the next paragraph
        spans.append((opener.start(), len(text)))
    return spans


#: what the scans of :func:`_stem_spans` stop at: a character before a word (the character is no letter or
#: digit, an ASCII class that Python's matcher skips through in C, then any other letter or digit left out)
_BEFORE_WORD = r"[^a-zA-Z0-9](?<=[\W_])"
_STEM_ALTERNATION = by_first_letter(_CUE_STEMS)
#: a cue stem at the start of a word: the character before it (a newline before the first one), and the stem
_STEM_AT_WORD_START = re.compile(_BEFORE_WORD + _STEM_ALTERNATION)


#: the run of letters and digits a piece opens with (no character the scans stop at), and the rest
_WORD_OPENING = re.compile(r"([^\W_]+)(.*)", re.S)


@lru_cache(maxsize=None)
def _stems_and_pieces(pieces: tuple[str, ...]) -> re.Pattern | None:
    """:data:`_STEM_AT_WORD_START` with the alternative of ``pieces`` (:func:`.word_alternation.literal_starts`
    of patterns that open with ``\\b``) after the stems': one scan finds the stems and the places of
    the pieces that start a word (a pattern opening with ``\\b`` starts a word; the places inside words,
    where it was tried and failed, are left out).  A piece's run of letters and digits is matched, the
    rest looked ahead for ("keep" of "keep "): the scan steps over no character it stops at, so it finds
    every stem it finds alone.  (Which pieces stand at a place found is tested apart.)  None when a
    piece opens with no letter or digit."""
    openings = [_WORD_OPENING.match(piece) for piece in pieces]
    if not pieces or not all(openings):
        return None
    groups: dict[str, list[str]] = {}
    for m in openings:
        word, rest = m.groups()
        groups.setdefault(word[0], []).append(re.escape(word[1:]) + (f"(?={re.escape(rest)})" if rest else ""))
    alternation = "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())
    # (the stems' group 1: their alternation holds no group of its own)
    return re.compile(_BEFORE_WORD + "(?:(" + _STEM_ALTERNATION + ")|" + alternation + ")")


@lru_cache(maxsize=None)
def _merged_scan(starts: tuple[str, ...], asking: tuple[str, ...] | None) -> re.Pattern | None:
    """:func:`_stems_and_pieces` of the report cues' starts and the asking verbs' (when there are any)."""
    return _stems_and_pieces(tuple(sorted({*starts, *(asking or ())})))


def _stem_spans(
    texts: list[str], lowered_out: list[str] | None = None, starts: tuple[str, ...] | None = None,
    starts_out: list[list[int]] | None = None, document: Document | None = None, word_starts: bool = False,
    asking: tuple[str, ...] | None = None, asking_out: list[list[int]] | None = None,
) -> list[list[tuple[int, int]]]:
    """For each text, the (start, end) of the cue stems that start a word, in order.

    The texts are lower-cased and joined, and the stems are found in one scan of the whole
    that stops only between words, instead of a regex tried at every letter of every
    paragraph.  With ``starts`` (:func:`.word_alternation.literal_starts` of a pattern),
    where each of them occurs in each text goes to ``starts_out``, in order: the places a
    match of that pattern may start (one ``str.find`` scan of the whole per piece; ``word_starts``: the
    pattern opens with ``\\b``, and only the places that start a word are given, found in the scan of
    the stems, see :func:`_stems_and_pieces`; then, with ``asking``, the places where one of them
    starts a word go to ``asking_out`` too, from the same scan: ``asking_out`` is left empty when the
    scan cannot be made).  ``document``: the article's, whose paragraphs the texts are (or cuts of
    them), with their lower case kept."""
    pieces = []
    given = None if document is None else document.lowers(texts)
    for i, text in enumerate(texts):
        lowered = text.lower() if given is None else given[i]
        if len(lowered) != len(text):  # "İ" lower-cases to two characters: keep such ones as they are
            lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
        pieces.append(lowered)
    joined = "\n".join(pieces)
    offsets = []
    at = 0
    for piece in pieces:
        offsets.append(at)
        at += len(piece) + 1
    spans: list[list[tuple[int, int]]] = [[] for _ in texts]
    # (in the joined text with a newline before it, a match's start is where its stem starts in
    # the joined text; each stem is letters alone, so no stem holds the character before another)
    prefixed = "\n" + joined
    merged = _merged_scan(starts, asking) if word_starts and starts_out is not None and starts else None
    if merged is not None:
        # one scan for the stems and the places of the pieces that open a word (see _stems_and_pieces)
        word_places: list[list[int]] = [[] for _ in texts]
        asking_places: list[list[int]] = [[] for _ in texts]
        startswith = joined.startswith
        for m in merged.finditer(prefixed):
            at = m.start()
            i = bisect_right(offsets, at) - 1
            if m.lastindex == 1:  # a stem (and perhaps a piece too)
                spans[i].append((at - offsets[i], m.end() - 1 - offsets[i]))
            if startswith(starts, at):
                word_places[i].append(at - offsets[i])
            if asking and startswith(asking, at):
                asking_places[i].append(at - offsets[i])
        starts_out.extend(word_places)
        if asking and asking_out is not None:
            asking_out.extend(asking_places)
    else:
        for m in _STEM_AT_WORD_START.finditer(prefixed):
            at = m.start()
            i = bisect_right(offsets, at) - 1
            spans[i].append((at - offsets[i], m.end() - 1 - offsets[i]))
        if starts_out is not None and starts is not None:
            places: list[set[int]] = [set() for _ in texts]
            for piece in starts:  # (none holds a newline: each is found within one text)
                at = joined.find(piece)
                while at >= 0:
                    i = bisect_right(offsets, at) - 1
                    places[i].add(at - offsets[i])
                    at = joined.find(piece, at + 1)
            starts_out.extend(sorted(found) for found in places)
    if lowered_out is not None:  # the caller reads the lower case too
        lowered_out.extend(pieces)
    return spans


def _cue_matches(text: str, stems: list[tuple[int, int]], subject_dropped: bool = False) -> Iterator[re.Match]:
    """The report cues of ``text``, given where its cue stems are (:func:`_stem_spans`).

    Every cue holds one of the stems at the start of a word, at most a few words in
    ("demonstrators still want", "while the union sought"): the cue pattern is tried at
    the word starts from 45 characters before the stem up to the stem itself, not
    searched through the text after it, which belongs to the next stem."""
    covered = 0
    for at, stem_end in stems:
        if at < covered:
            continue  # inside a cue already found
        end = stem_end + 160
        for start in _WORD_START.finditer(text, max(covered, at - 45), at + 1):
            m = _REPORT_CUES.match(text, start.start(), end)
            if (
                m is None and subject_dropped and start.start() == at and text[at].isupper()
                and RULES["sentence_initial_cue"] and _opens_sentence(text, at)
            ):
                # (rule sentence_initial_cue: the cues are lower case; the same length, so offsets hold)
                m = _REPORT_CUES.match(text[:at] + text[at].lower() + text[at + 1 :], at, end)
            if m:
                covered = m.end()
                yield m
                break


_SENTENCE_ENDS = frozenset((".", "!", "?", ":", ";", "\"", "\u201d", "\u00bb", "\u201c"))


def _opens_sentence(text: str, at: int) -> bool:
    """Whether ``text[at]`` opens the text or a sentence (after an end mark and a blank)."""
    i = at  # (back over the blanks before it, without copying the text before it)
    while i and text[i - 1].isspace():
        i -= 1
    return not i or (text[i - 1] in _SENTENCE_ENDS and i < at)


@dataclass(frozen=True, slots=True)
class _LanguageCues:
    """The demand cues of one language's ``lang/<code>/demands.py``, compiled."""

    #: the report cues, searched in the lower case (with ``report_gapped``: in ``" " + text``, from
    #: the character before each match, see :func:`_report_spans`)
    report: re.Pattern | None
    verb_final: re.Pattern | None
    imperative: re.Pattern | None
    headline: re.Pattern | None = None
    #: whether the shared English imperatives ("Stop", "No", "Give") open a quoted demand: not in a
    #: text of another known language, where "No es ..." is a statement (signs and chants are
    #: often English anywhere: "No Nukes")
    english_imperatives: bool = True
    #: a noun phrase naming the protest's issue, and the words that make a sentence speak of a protest
    issue: re.Pattern | None = None
    issue_context: re.Pattern | None = None
    #: a modal of obligation in a quotation ("debe", "muss", "doit"): the sentence that holds it,
    #: from its subject on, is an ask (``QUOTE_MODALS``)
    modal: re.Pattern | None = None
    #: text every match of ``modal`` starts with (one of them), or None (:func:`literal_starts`)
    modal_starts: tuple[str, ...] | None = None
    #: a cue verb may open a sentence, its subject left out (``SUBJECT_DROPPED``: rule sentence_initial_cue)
    subject_dropped: bool = False
    #: the speakers themselves ("we", "wir", "nous"): a modal sentence holding one is no ask (``FIRST_PERSON``)
    first_person: re.Pattern | None = None
    #: text one of which every match of ``issue`` holds (:func:`required_literals`), or None
    issue_needs: tuple[str, ...] | None = None
    #: text every match of ``report`` starts with (one of them), or None (:func:`literal_starts`)
    report_starts: tuple[str, ...] | None = None
    report_gapped: bool = False
    #: words that end the text before a cue whose subject they subordinate (``SUBORDINATORS``)
    subordinate: re.Pattern | None = None
    #: the end of a sentence's part before a modal whose subject is generic (``GENERIC_SUBJECTS``)
    generic_subject: re.Pattern | None = None
    #: a remark on the talk after a modal or a cue (``REMARKS``), matched where the modal ends
    remark: re.Pattern | None = None
    #: the end of the text before "call(ed) for" that names a thing (``THING_CALLERS``), and what
    #: follows "call for" in an invitation (``SUBMISSIONS``)
    thing_caller: re.Pattern | None = None
    submissions: re.Pattern | None = None
    #: "in favour of" (``FAVOUR_CUES``), and the verbs of setting aside before it (``SET_ASIDE``)
    favour_cue: re.Pattern | None = None
    set_aside: re.Pattern | None = None
    #: the end of the text before an adjective "demanding" (``DEGREE_WORDS``)
    degree: re.Pattern | None = None
    #: the start of a clause that is no object of the cue (``NOT_AN_OBJECT``)
    not_object: re.Pattern | None = None
    #: a verb of asking, whom it asks and "(not) to" (``ASKING_VERBS``, ``PEOPLE_NOUNS``)
    asking: re.Pattern | None = None
    #: cues that are words of the ask (NOMINAL_CUES), matched where a cue starts (rule nominal_cue)
    nominal: re.Pattern | None = None
    #: the text every match of ``asking`` starts with, lower-cased (:func:`literal_starts` of ``ASKING_VERBS``)
    asking_start: tuple[str, ...] | None = None
    #: the words that open an ask after its cue and are no part of it (``LEADING_WORDS``, with English's)
    leading: re.Pattern = _LEADING
    #: rule appeal_particle: the target and its particle at the start of an ask (APPEAL_SPLIT)
    appeal_split: re.Pattern | None = None
    #: rule protest_place: a place after a protest verb (PLACE_OPENERS), and the cues that are such a verb alone
    #: (PROTEST_VERBS)
    place_opener: re.Pattern | None = None
    protest_verb: re.Pattern | None = None
    #: rule addressee_split: a preposition of address, the body asked and the word that opens the ask
    #: (ADDRESSEE_PREPOSITIONS, ASK_OPENERS, NOT_ADDRESSEES)
    addressee: re.Pattern | None = None


@lru_cache(maxsize=None)
def language_cues(language: str | None) -> _LanguageCues:
    """The article language's own demand cues (every language's for an unknown one)."""
    code = (language or "").split("-")[0].lower()
    codes = [code] if code in lang.languages() else list(lang.languages())
    modules = _demand_modules(codes)
    report = [p for m in modules for p in getattr(m, "REPORT_CUES", ())]
    # (each language's group "object" named apart, so that they can be one alternation)
    final = [
        m.VERB_FINAL.replace("(?P<object>", f"(?P<object{i}>")
        for i, m in enumerate(modules) if getattr(m, "VERB_FINAL", None)
    ]
    imperatives = [p for m in modules for p in getattr(m, "IMPERATIVES", ())]
    headline = [p for m in modules for p in getattr(m, "HEADLINE_CUES", ())]
    modals = [p for m in modules for p in getattr(m, "QUOTE_MODALS", ())]
    first_person = [p for m in modules for p in getattr(m, "FIRST_PERSON", ())]
    issue = [p for m in modules for p in getattr(m, "ISSUE_NOUNS", ())]
    issue_context = [p for m in modules for p in getattr(m, "ISSUE_CONTEXT", ())]

    def listed(name: str) -> str | None:
        return _listed(modules, name)

    def before(name: str) -> re.Pattern | None:  # the list's word at the end of a text, then spaces
        words = listed(name)
        return re.compile(rf"(?:^|(?<=\W))(?:{words})\s*$") if words else None

    def opening(name: str) -> re.Pattern | None:  # the list's word at the start of a text
        words = listed(name)
        return re.compile(rf"\s*(?:{words})(?!\w)") if words else None

    def whole(name: str, end: str = "") -> re.Pattern | None:  # the list's words, matched where a call puts them
        words = listed(name)
        return re.compile(rf"(?:{words}){end}") if words else None
    issue_source = r"\b(?:" + "|".join(f"(?:{p})" for p in issue) + r")"
    report_starts = _starts_without_newlines(literal_starts(report))
    # cues without literal starts to look for, each opening with a word character: searched from the
    # character before each match (an ASCII class Python's matcher skips through in C) instead of
    # trying the alternation at every character
    gapped = bool(report) and report_starts is None and opens_with_a_word_character(report)
    return _LanguageCues(
        report=re.compile((_GAP if gapped else r"\b") + grouped(report) + r"\b:? ?") if report else None,
        report_gapped=gapped,
        verb_final=re.compile("|".join(f"(?:{p})" for p in final)) if final else None,
        imperative=re.compile(r"^(?:" + "|".join(f"(?:{p})" for p in imperatives) + r")\b", re.I) if imperatives else None,
        headline=re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in headline) + r") ", re.I) if headline else None,
        report_starts=report_starts,
        issue=re.compile(issue_source) if issue else None,
        issue_needs=_fewest_pieces(required_literals(issue_source)) if issue else None,
        issue_context=re.compile("|".join(f"(?:{p})" for p in issue_context)) if issue_context else None,
        english_imperatives=code not in lang.languages() or code == "en",
        modal=re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in modals) + r")\b") if modals else None,
        modal_starts=literal_starts(modals) if modals else None,
        first_person=re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in first_person) + r")\b") if first_person else None,
        subordinate=before("SUBORDINATORS"),
        generic_subject=before("GENERIC_SUBJECTS"),
        remark=opening("REMARKS"),
        nominal=whole("NOMINAL_CUES", r"\b"),
        thing_caller=before("THING_CALLERS"),
        submissions=opening("SUBMISSIONS"),
        favour_cue=opening("FAVOUR_CUES"),
        set_aside=re.compile(rf"\b(?:{listed('SET_ASIDE')})\b") if listed("SET_ASIDE") else None,
        degree=before("DEGREE_WORDS"),
        not_object=opening("NOT_AN_OBJECT"),
        asking=_asking(listed("ASKING_VERBS"), listed("PEOPLE_NOUNS")),
        asking_start=_first_letters(literal_starts([listed("ASKING_VERBS")])) if listed("ASKING_VERBS") else None,
        # (every module of the article's language or languages says so)
        subject_dropped=bool(modules) and all(getattr(m, "SUBJECT_DROPPED", False) for m in modules),
        leading=_leading_pattern(codes),
        appeal_split=re.compile(rf"^(?:{listed('APPEAL_SPLIT')})") if listed("APPEAL_SPLIT") else None,
        place_opener=re.compile(rf"^(?:{listed('PLACE_OPENERS')})\b", re.I) if listed("PLACE_OPENERS") else None,
        protest_verb=re.compile(rf"(?:{listed('PROTEST_VERBS')})\s*$", re.I) if listed("PROTEST_VERBS") else None,
        addressee=_addressee_pattern(
            listed("ADDRESSEE_PREPOSITIONS"), listed("ASK_OPENERS"), listed("NOT_ADDRESSEES"), listed("ADDRESSEE_CONNECTORS"),
        ),
    )


def _addressee_pattern(
    prepositions: str | None, openers: str | None, not_addressees: str | None, connectors: str | None,
) -> re.Pattern | None:
    """Rule addressee_split's pattern: at the start of the text after a cue, a preposition of address
    and one to five words (the body asked: no word of ``not_addressees``, "al menos", "au moins", nor one
    that opens the ask; a connector only before a capitalised word, "al ministro del Lavoro"), then a
    word that opens the ask (``openers``: a determiner, "que", "dat")."""
    if not prepositions or not openers:
        return None
    refused = f"{openers}|{not_addressees}" if not_addressees else openers
    word = rf"(?!(?i:{refused})\b)[^\W\d_][\w'’\-]*"
    if connectors:
        word = rf"(?:(?i:{connectors}) [A-ZÀ-Þ][\w'’\-]*|{word})"
    return re.compile(  # (an apposition may follow the body asked: "alla Provincia, proprietaria dell'edificio, un …")
        rf"(?i:{prepositions}) (?P<target>{word}(?: {word}){{0,4}}?)(?:,? |, [^,.;:!?]{{1,60}}, )(?=(?i:{openers})\b)"
    )


def _addressee_split(rest: str, cues: "_LanguageCues") -> tuple[str, str] | None:
    """Rule addressee_split: (the body asked, the text of the ask) when ``rest``, the text after a
    cue, opens with whom the cue asks ("do governo estadual o pagamento ..."), else None."""
    if not RULES["addressee_split"] or cues.addressee is None:
        return None
    rest = rest.lstrip(" ")
    m = cues.addressee.match(rest)
    if m is None:
        return None
    return m.group("target"), rest[m.end() :]


def _first_letters(starts: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """The first three letters of each of ``starts``, once each: fewer pieces to look for, one of
    which still opens every match (None for None)."""
    return None if starts is None else tuple(dict.fromkeys(piece[:3] for piece in starts))


def _asking(verbs: str | None, people: str | None) -> re.Pattern | None:
    """Rule people_target's pattern: a verb of asking, whom it asks (a name, "X and others", a
    body, or a people noun after a determiner or quantifier and up to two other words), "(not) to"."""
    if not verbs or not people:
        return None
    group = (
        r"(?:(?:the|their|its|his|her|our|your|all|other|fellow|local|every|both|many|some|young|older) )?"
        rf"(?:[\w\-’']+ ){{0,2}}?(?:{people})"
    )
    return re.compile(
        rf"\b(?i:{verbs}) (?=[^.;!?]{{0,90}}? to )(?P<target>{_NAME}(?: and others(?: in the \w+)?)?|{_NOUN_GROUP}|{group})"
        r"(?:,? (?:instead|again|once more|as well))? (?P<negation>not )?to (?=\w)"
    )


def _starts_without_newlines(starts: tuple[str, ...] | None) -> tuple[str, ...] | None:
    return None if starts is None or any("\n" in piece for piece in starts) else starts


def _fewest_pieces(pieces: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """``pieces`` without those that hold another (a text holding one holds the other)."""
    if pieces is None:
        return None
    return tuple(p for p in pieces if not any(q != p and q in p for q in pieces))


def _report_spans(pattern: re.Pattern, text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each match of the report cues in ``text`` when ``pattern`` is them searched
    from the character before each match (``report_gapped``): in ``" " + text`` a match opens with
    that character, so its start there is where the cue starts in ``text`` and it ends one character
    further on.  The next search starts at the last character of the match before, which may open
    the next one, as finditer's next match (after a cue ending in a space) may start right after it."""
    gapped = " " + text
    search = pattern.search
    m = search(gapped)
    while m is not None:
        end = m.end()
        yield m.start(), end - 1
        m = search(gapped, end - 1)

#: a determiner before the subject of a cue, left out before looking for a subordinator (every language's
#: SUBJECT_DETERMINERS: "if *the* residents want")
_SUBJECT_DETERMINER = re.compile(r"(?:" + _every_language("SUBJECT_DETERMINERS") + r")\s+$")
_CALL_FOR = re.compile(r"call(?:s|ed|ing)? for\s*$")
_DEMANDING = re.compile(r"demanding\b")
_DEMANDED = re.compile(r"demand(?:ed|ing|s)?\b")


def _sentence_before(text: str, start: int) -> str:
    """The part of ``text``'s sentence before ``start``."""
    head = text[max(0, start - 200) : start]
    m = None
    for m in _SENTENCE_END.finditer(head):
        pass
    return head[m.end() :] if m else head


def _subordinate(cues: "_LanguageCues", before: str) -> bool:
    """Rule subordinate_cue: the subject a cue opens with follows a subordinator ("if they want")."""
    if cues.subordinate is None or not RULES["subordinate_cue"]:
        return False
    before = _SUBJECT_DETERMINER.sub("", before.lower()[-40:])
    return bool(cues.subordinate.search(before))


def _no_ask_after(text: str, start: int, cue: str, rest: str, cues: "_LanguageCues") -> bool:
    """Whether the report cue ``cue`` (at ``start`` of ``text``, ``rest`` after it) asks nothing:
    rules subordinate_cue, thing_calls_for, set_aside_in_favour, adjective_demanding, question_or_agent."""
    low = cue.lower().strip()
    if _subordinate(cues, text[max(0, start - 40) : start]):
        return True
    before = text[max(0, start - 40) : start].lower()
    if RULES["thing_calls_for"] and _CALL_FOR.match(low):
        if cues.thing_caller is not None and cues.thing_caller.search(before):
            return True
        if cues.submissions is not None and cues.submissions.match(rest.lower()):
            return True
    if RULES["set_aside_in_favour"] and cues.favour_cue is not None and cues.favour_cue.match(low):
        if cues.set_aside is not None and cues.set_aside.search(_sentence_before(text, start).lower()):
            return True
    if RULES["adjective_demanding"] and cues.degree is not None and _DEMANDING.match(low) and cues.degree.search(before):
        return True
    if RULES["question_or_agent"] and cues.not_object is not None and _DEMANDED.match(low):
        if cues.not_object.match(rest.lower()):
            return True
    return False


def _language_report_demands(
    text: str, cues: _LanguageCues, quoted: list[tuple[int, int]] | None, lowered: str | None = None,
    places: list[int] | None = None,
) -> list[Demand]:
    """Demands after the language's own report cues, and German/Dutch verb-final ones
    (``quoted``: the quotation spans of ``text``, if already known; ``places``: where in
    ``text`` the ``report_starts`` of ``cues`` occur, if already known)."""
    found: list[Demand] = []
    if cues.report is not None:
        lowered = text.lower() if lowered is None else lowered
        if len(lowered) == len(text):
            starts = cues.report_starts
            if starts is not None:  # a match starts with one of ``starts``: the pattern is tried where they are only
                places = literal_places(lowered, starts) if places is None else places
                # (most paragraphs hold none of the starts: no generator made for them)
                spans = ((m.start(), m.end()) for m in matches_at(cues.report, lowered, places)) if places else ()
            elif cues.report_gapped:
                spans = _report_spans(cues.report, lowered)
            else:
                spans = ((m.start(), m.end()) for m in cues.report.finditer(lowered))
            for start, end in spans:
                if quoted is None:
                    quoted = _quote_spans(text)
                if any(s < start < e for s, e in quoted) or _NEGATED.search(text[max(0, start - 20) : start]):
                    continue
                if text[end : end + 2].lstrip().startswith(","):
                    continue  # the verb has no object here ("ceux qui rejettent, ceux qui ...")
                if _no_ask_after(text, start, text[start:end], text[end:], cues):
                    continue
                if RULES["nominal_cue"] and cues.nominal is not None and cues.nominal.match(lowered, start):
                    end = start  # "le retrait de la loi": the cue's words are the ask's
                rest, target = text[end:], None
                addressed = _addressee_split(rest, cues)
                if addressed is not None:
                    target, rest = addressed
                clause = _without_lead(_clause(rest, stop_at_quotes=False), cues.leading)
                if len(clause.split()) >= 2 or _DIGIT.search(clause):
                    found.append(Demand(text=clause, source="report", target=target))
    if cues.verb_final is not None:
        for m in cues.verb_final.finditer(text):
            if quoted is None:
                quoted = _quote_spans(text)
            if not any(s < m.start() < e for s, e in quoted):
                # (the language's own "object<i>" group: a cue may hold groups of its own)
                obj = next(v for k, v in m.groupdict().items() if k.startswith("object") and v)
                found.append(Demand(text=obj, source="report"))
    return found


def _report_demands(paragraphs: list[str], language: str | None = None, document: Document | None = None) -> list[Demand]:
    found: list[Demand] = []
    cues = language_cues(language)
    budget = _SCAN_CHARS
    texts: list[str] = []
    for para in paragraphs:
        if budget <= 0:
            break
        texts.append(para[:budget])
        budget -= len(texts[-1])
    lowered_texts: list[str] = []
    places: list[list[int]] = []
    asking_places: list[list[int]] = []
    people = cues.asking is not None and RULES["people_target"]
    # (the cues open with \b: a match starts a word; the verbs of asking are read where they start one)
    at_word_starts = cues.report is not None and cues.report.pattern.startswith(r"\b")
    asking = cues.asking_start if people else None
    stem_spans = _stem_spans(
        texts, lowered_texts, cues.report_starts, places, document, at_word_starts, asking, asking_places
    )
    for i, (text, stems, lowered) in enumerate(zip(texts, stem_spans, lowered_texts)):
        quoted: list[tuple[int, int]] | None = None
        for m in _cue_matches(text, stems, cues.subject_dropped):
            if quoted is None:
                quoted = _quote_spans(text)
            start = m.start()
            if any(s < start < e for s, e in quoted) or _NEGATED.search(text[max(0, start - 20) : start]):
                continue
            cue = m.group()
            rest = text[m.end() :]
            if _no_ask_after(text, start, cue, rest, cues):
                continue
            if not RULES["target_tail"] and any(m.group(g) for g in _TAIL_GROUPS):
                continue
            target = next((m.group(g) for g in _TARGET_GROUPS if m.group(g)), None)
            if target is None:  # "fordern von der Stadt ...", "exigen al Ayuntamiento ... la clausura"
                addressed = _ADDRESSED.match(rest)
                if addressed:
                    target, rest = addressed.group("target"), rest[addressed.end() :].lstrip(", ")
                else:
                    split = _addressee_split(rest, cues)
                    if split is not None:
                        target, rest = split
            if target is None and cue.rstrip().endswith(("want", "wants", "wanted")):
                wanted = _WANT_TARGET.match(rest)  # "the union wants the city to reopen ..."
                if wanted and (RULES["target_tail"] or not wanted.group("tail")):
                    target, rest = wanted.group("target"), rest[wanted.end() :]
            if _LIST_CUE.match(cue.strip()) and _LIST_VERB.search(cue):
                for item in _list_items(rest, cues.leading):
                    item_target = target
                    t = _FOR_TARGET.match(item)
                    if t:
                        item_target = t.group("target")
                        item = item[t.end() :]
                    found.append(Demand(text=item, source="report", target=item_target))
                continue
            if rest[:2].lstrip().startswith(","):
                continue  # the verb has no object here ("those who protested, ...")
            if RULES["protest_place"] and cues.place_opener is not None and cues.protest_verb is not None and cues.protest_verb.match(cue):
                if cues.place_opener.match(rest):
                    continue  # "protesting outside County Hall as ...": where, not what
            clause = _without_lead(_clause(rest, stop_at_quotes=False), cues.leading)
            if RULES["appeal_particle"] and cues.appeal_split is not None:
                appeal = cues.appeal_split.match(clause)
                if appeal:
                    target, clause = appeal.group("target"), clause[appeal.end() :]
            if len(clause.split()) >= 2 or _DIGIT.search(clause):
                found.append(Demand(text=clause, source="report", target=target.strip() if target else None))
        if " by" in text and any(map(text.__contains__, _PASSIVE_VERBS)):
            for m in _PASSIVE_ASK.finditer(text):
                found.append(Demand(text=m.group(1), source="report"))
        found += _language_report_demands(text, cues, quoted, lowered, places[i] if places else None)
        if people:
            found += _people_asked(text, cues, quoted, lowered, asking_places[i] if asking_places else None)
    return found


def _people_asked(
    text: str, cues: "_LanguageCues", quoted: list[tuple[int, int]] | None, lowered: str | None = None,
    places: list[int] | None = None,
) -> list[Demand]:
    """Rule people_target: "urged residents not to drive", "pleaded with the board to wait",
    "asked their members to vote" -- the ask of a verb of asking whose object the cues above do not
    take (people named by a common noun), and "not" kept when the ask is to refrain (``places``: where
    a verb of asking starts a word in ``text``, if already known, see :func:`_stem_spans`)."""
    found = []
    lowered = text.lower() if lowered is None else lowered
    if cues.asking_start is not None and len(lowered) == len(text):
        # (tried only where a verb of asking starts, found in one scan, not at every character)
        if places is None:
            places = [at for at in literal_places(lowered, cues.asking_start) if at == 0 or not lowered[at - 1].isalnum()]
        asked = matches_at(cues.asking, text, places) if places else ()
    else:
        asked = cues.asking.finditer(text)
    for m in asked:
        if quoted is None:
            quoted = _quote_spans(text)
        if any(s < m.start() < e for s, e in quoted) or _NEGATED.search(text[max(0, m.start() - 20) : m.start()]):
            continue
        if _subordinate(cues, text[max(0, m.start() - 40) : m.start()]):
            continue
        clause = _without_lead(_clause(text[m.end() :], stop_at_quotes=False), cues.leading)
        if len(clause.split()) >= 2 or _DIGIT.search(clause):
            if m.group("negation"):
                clause = "not " + clause
            found.append(Demand(text=clause, source="report", target=m.group("target").strip()))
    return found


# where a headline's ask ends: a colon, a dash, a clause of time, place or attribution
_HEADLINE_END = re.compile(
    r"\s*(?:[:;|?!]| [-–—] | \(|[\"“”]| (?:as|after|amid|despite|while|in|at|outside|near|on|says?|said|"
    r"nach|trotz|in|am|vor|tras|pese|en|ante|frente|après|malgré|à|devant|dopo|nonostante|davanti|após|apesar|diante|"
    r"na|ondanks|bij|voor)\b)",
    re.I,
)
_HEADLINE_MIN_WORDS = 1


def _headline_demands(headline: str | None, language: str | None = None) -> list[Demand]:
    """The ask a headline states after its language's headline cue ("Teachers march against
    pension cuts", "Tausende demonstrieren gegen Mietenwahnsinn", "Marcha contra la reforma")."""
    cues = language_cues(language)
    if not headline or cues.headline is None:
        return []
    found: list[Demand] = []
    for m in cues.headline.finditer(headline):
        rest = headline[m.end() :]
        end = _HEADLINE_END.search(rest)
        ask = rest[: end.start()] if end else rest
        ask = _without_lead(ask.strip(" ,.'‘’"), cues.leading)
        if len(ask.split()) >= _HEADLINE_MIN_WORDS and len(ask.split()) <= 8:
            found.append(Demand(text=ask, source="report"))  # the headline is the reporter's words
    return found


_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")


def _issue_demands(headline: str | None, paragraphs: list[str], language: str | None = None) -> list[Demand]:
    """The issue a language names in one noun ("die Justizreform") in the headline or in a
    sentence that speaks of the protest ("Tausende protestierten am Samstag ... die Rentenreform")."""
    cues = language_cues(language)
    if cues.issue is None or cues.issue_context is None:
        return []
    found: list[Demand] = []
    budget = _SCAN_CHARS
    texts = [headline] if headline else []
    for para in paragraphs:
        if budget <= 0:
            break
        texts.append(para[:budget])
        budget -= len(texts[-1])
    needs = cues.issue_needs
    for i, text in enumerate(texts):
        if needs is not None and not any(map(text.__contains__, needs)):
            continue  # no sentence of it holds an issue noun
        for sentence in _SENTENCE.findall(text):
            if needs is not None and not any(map(sentence.__contains__, needs)):
                continue
            if not (i == 0 and headline) and not cues.issue_context.search(sentence):
                continue
            for m in cues.issue.finditer(sentence):
                found.append(Demand(text=m.group().strip(), source="report"))
    return found


def _imperative(text: str, cues: _LanguageCues, *, spoken: bool = False) -> bool:
    text = text.lstrip(" ¡¿")  # Spanish opens an exclamation with "¡": "¡Fuera Ortega!"
    return bool(
        ((cues.english_imperatives or not spoken) and _IMPERATIVE.match(text))
        or (cues.imperative is not None and cues.imperative.match(text))
    )


_END_MARKS = re.compile(r"[.!?]+")
#: a capital standing alone before a period, an initial ("U.N.", "J. Smith"): no sentence ends there
_INITIAL = re.compile(r"(?<![\w.])[A-Z]\.(?=\w)")
_GOES_ON = re.compile(r" [a-z]")  # after an abbreviation's period, a word in lower case: the sentence goes on
_ADVERBS = re.compile(r"(?:['’]ll|['’]d| will| would| might| may| could| can| also| still| just| really| never| always| then| all)+\s*$")
_FIRST_WORD = re.compile(r"[\s\"“”'‘’(]*(?:(?:but|and|so|or)\s+)?\w*\s*")
#: "No one", "No single", "No matter", "No doubt" open a statement, not a "No ..." demand (rule "no_statement";
#: every language's NO_STATEMENTS)
_NO_STATEMENT = re.compile(r"(?:" + _every_language("NO_STATEMENTS") + r")\b", re.I)


def _modal_sentences(text: str, lowered: str, cues: _LanguageCues) -> list[Demand]:
    """Rule "modal sentence": a sentence of a quotation whose verb is a modal of obligation of the
    language (``QUOTE_MODALS``: "La reforma debe ser retirada", "Die Mieten müssen sinken", "Le
    ministre doit partir") is an ask, subject included; not one the speakers say of themselves
    ("Wir müssen weiterkämpfen")."""
    if cues.modal is None or not RULES["modal_sentence"]:
        return []
    found = []
    done = 0
    # (the modals found where one may start, not by a scan that tries the \b-led pattern at every character)
    for m in matches_from_starts(cues.modal, lowered, cues.modal_starts):  # (the sentence around each modal, as _SENTENCE splits them)
        if m.start() < done:
            continue
        start = max(lowered.rfind(".", 0, m.start()), lowered.rfind("!", 0, m.start()), lowered.rfind("?", 0, m.start())) + 1
        end_mark = _END_MARKS.search(lowered, m.end())
        while end_mark is not None and RULES["clause_tidy"] and (
            _INITIAL.match(text, end_mark.start() - 1) or _GOES_ON.match(text, end_mark.end())
        ):
            end_mark = _END_MARKS.search(lowered, end_mark.end())  # "the U.N." goes on
        done = end_mark.end() if end_mark else len(lowered)
        sentence = text[start:done].strip(" ¡¿")
        if end_mark is not None and "?" in end_mark.group() and RULES["modal_question"]:
            continue
        if RULES["impersonal_remark"] and cues.remark is not None and cues.remark.match(lowered, m.end()):
            continue  # "It should be noted that ...", "Il faut dire que ..."
        if (
            RULES["generic_subject"] and cues.generic_subject is not None
            and (cues.generic_subject.search(_ADVERBS.sub("", lowered[start : m.start()]))
                 or cues.generic_subject.search(_FIRST_WORD.match(lowered, start).group()))
        ):
            continue  # "You have to charge it every night"
        # (the speakers themselves, in the article's language: "we must fight on" is a plan, not an ask)
        if cues.first_person is None or not cues.first_person.search(lowered, start, done):
            clause = _clause(sentence)
            if len(clause.split()) >= 3:
                found.append(Demand(text=clause, source="quote"))
    return found


def _quote_demands(quotes: list[Quote], organisations: list[Organisation], language: str | None = None) -> list[Demand]:
    cues = language_cues(language)
    excluded = {o.name.lower() for o in organisations if o.role in ("target", "media")}
    found: list[Demand] = []
    for quote in quotes:
        if quote.kind != "direct":
            continue
        who = " ".join(filter(None, [quote.speaker, quote.speaker_title]))
        if who and _OFFICIAL.search(who) and not _MOVEMENT_TITLE.search(who):
            continue
        if quote.organisation and quote.organisation.lower() in excluded:
            continue
        text = quote.text
        if _imperative(text, cues, spoken=True):
            clause = _clause(text)
            if not (RULES["no_statement"] and (_NO_STATEMENT.match(text) or len(clause.split()) < 2)):
                found.append(Demand(text=clause, source="quote"))
                continue
        lowered = text[:_SCAN_CHARS].lower()  # the cues are lower case: no re.I, which is slow
        if len(lowered) != len(text[:_SCAN_CHARS]):
            continue
        spoken = _spoken_asks(text, lowered, cues, "quote")
        # (a sentence whose ask a cue already gave is not given again whole)
        found += [d for d in _modal_sentences(text, lowered, cues) if not any(c.text in d.text for c in spoken)]
        found += spoken
    return found


#: a negation right before a spoken cue, every language's NEGATIONS, as the spoken cues are read in every quotation
#: whatever its language (rule negated_spoken_cue)
_NEGATION_BEFORE = re.compile(rf"(?:{_every_language('NEGATIONS')})\s+$")


def _spoken_asks(text: str, lowered: str, cues, source: str) -> list[Demand]:
    """The asks after the spoken cues of ``text`` ("we want …", "exigimos …", "wir fordern …");
    ``lowered`` is its lower case, as long as it."""
    spoken: list[Demand] = []
    for start, end in _report_spans(_QUOTE_CUES_AFTER_GAP, lowered):  # (the spans of _QUOTE_CUES.finditer(lowered))
        if _subordinate(cues, lowered[max(0, start - 40) : start]):
            continue  # "if they want to", "when we need it"
        if RULES["impersonal_remark"] and cues.remark is not None and cues.remark.match(lowered, end):
            continue  # "it should be noted that"
        if RULES["negated_spoken_cue"] and _NEGATION_BEFORE.search(lowered, max(0, start - 12), start):
            continue  # "no pedimos lujos", "non vogliamo che …"
        clause = _without_lead(_clause(text[end:].lstrip()), cues.leading)
        clause = _WE_CLAUSE.split(clause)[0]
        if len(clause.split()) >= 2:
            spoken.append(Demand(text=clause.strip(" ,"), source=source))
    return spoken


def _slogan_demands(slogans: list[str], language: str | None = None) -> list[Demand]:
    cues = language_cues(language)
    return [
        Demand(text=" ".join(s.split()).strip(" .!\"“”„«»"), source="slogan")
        for s in slogans
        if _imperative(s.strip(" \"“”'„«»"), cues)
    ]


_NO_DOUBLE_QUOTES = str.maketrans("", "", '"“”„«»')


#: rule claimed_count: an ask that is a number (perhaps "more than", "près de") and a noun of people counted,
#: every language's COUNTED_NOUNS ("15.000 participants", "2,000 marchers", "rund 500 Teilnehmende")
_COUNTED = re.compile(
    r"^(?:(?:" + _every_language("COUNT_APPROXIMATORS") + r") )?\d[\d.,\u202f\u00a0 ]*(?:mil |mille |thousand |000 )?(?:"
    + _every_language("COUNTED_NOUNS") + r")$",
    re.I,
)


def _claimed_count(demand: Demand) -> bool:
    return RULES["claimed_count"] and _COUNTED.match(demand.text.strip(" .,")) is not None


def _dedupe(demands: list[Demand]) -> list[Demand]:
    kept: list[Demand] = []
    keys: list[tuple[str, set[str]]] = []
    for demand in demands:
        # a clause cut inside a quotation keeps one mark of a pair: the words are the demand
        demand.text = " ".join(demand.text.translate(_NO_DOUBLE_QUOTES).split())
        key = " ".join(_WORD.findall(demand.text.lower()))
        words = set(key.split())
        if not key:
            continue
        duplicate = False
        for i, (other, other_words) in enumerate(keys):
            if key in other:
                duplicate = True
                break
            if other in key:  # the longer wording wins, in the first one's place
                kept[i] = demand
                keys[i] = (key, words)
                duplicate = True
                break
            overlap = len(words & other_words) / max(1, min(len(words), len(other_words)))
            if overlap >= 0.8:
                duplicate = True
                break
        if not duplicate:
            kept.append(demand)
            keys.append((key, words))
    return kept


def extract_demands(
    paragraphs: list[str],
    *,
    quotes: list[Quote] | None = None,
    slogans: list[str] | None = None,
    organisations: list[Organisation] | None = None,
    language: str | None = None,
    headline: str | None = None,
    document: Document | None = None,
) -> list[Demand]:
    """The protesters' demands, in the order report, quote, slogan, headline; one per distinct ask
    (``document``: the article's :class:`~.document.Document`, when made)."""
    demands = _report_demands(paragraphs, language, document)
    demands += _quote_demands(quotes or [], organisations or [], language)
    demands += _slogan_demands(slogans or [], language)
    demands += _headline_demands(headline, language)
    demands += _issue_demands(headline, paragraphs, language)
    return _dedupe([d for d in demands if not _claimed_count(d)])
