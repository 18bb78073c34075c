"""Who speaks a quotation nobody was found for, when an organisation of the article opens its sentence.

Attribution (:mod:`.attribution`) reads a sentence's subject from its words alone, and a name it cannot
read whole — a French or Spanish name in sentence case, 'Le Syndicat des enseignants du Var', 'Le
Centre de services scolaire des Trois-Collines' — is no subject there, so a fragment the sentence quotes
('… a qualifié la grève de « regrettable »') went to nobody.  The organisations step reads such names
(:mod:`.organisations`).  Rule ``found_organisation_subject``: after both have run, a quotation with no
speaker and no cue whose sentence opens with one of the article's organisations (after the language's
definite article, if any) and names no person before the quotation is that organisation's.

Rule ``organisation_pronoun``: in a language whose articles tell a noun's gender, '« … », indique-t-elle dans un
communiqué' right after a sentence that opens with 'La mairie de X' (an organisation of the article, its article of
the pronoun's gender) is the organisation's, when nobody is named between: "elle" means the town hall, not a woman
named paragraphs before (or nobody).

Takes text and names, returns nothing: the quotations are changed in place.  No Scrapy import.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .attribution import RULES
from .document import sentence_spans
from .knowledge.names import first_name_gender
from .lang import resources

#: what stands between a quotation's text and the words before it: spaces and opening marks
_OPENING = " \t\u00a0\u202f«“\"„‘‚‹'"
#: quotation marks: a quotation between the organisation and this one
_MARKS = "«»“”\"„"
#: a capitalised word (a name may start there)
_CAPITALISED = re.compile(r"\b[^\W\d_][\w'’-]*", re.UNICODE)


class _Language:
    """What the rules read of a language (``lang/<code>/quotes.py``), once."""

    def __init__(self, language: str | None):
        quotes = resources(language, "quotes")
        #: the genders the language's articles give their noun ({"la": "f"}), and its singular pronouns' ({"elle": "f"})
        self.article_genders = dict(getattr(quotes, "ARTICLE_GENDERS", {}))
        self.pronouns = dict(getattr(quotes, "SINGULAR_PRONOUNS", {}))
        #: definite articles, as words ("le") and elided ("l'")
        self.articles = frozenset(getattr(quotes, "DEFINITE_ARTICLES", ()))
        self.elided = tuple(getattr(quotes, "ELIDED_ARTICLES", ()))


@lru_cache(maxsize=None)
def _language(language: str | None) -> _Language:
    return _Language(language)


def _words(lead: str, lang: _Language) -> list[str]:
    """The lower-case words of ``lead``, an elided article split off its word ("l'action" -> "l'", "action")."""
    words = []
    for word in lead.lower().split():
        for elided in lang.elided:
            if word.startswith(elided) and len(word) > len(elided):
                words.append(elided)
                word = word[len(elided):]
                break
        words.append(word)
    return words


def _lead_allows(lead: str, lang: _Language) -> bool:
    """Whether the words before an organisation's name at a sentence's start leave it the subject: none or an
    article, or (rule ``found_organisation_after_opener``) an opening phrase of up to eight words and its comma, then
    an article or none ('Sur les réseaux sociaux, la CGT a …', 'In a statement on Monday, the X Union said …')."""
    if "," in lead:
        if not RULES["found_organisation_after_opener"]:
            return False
        opener, lead = lead.rsplit(",", 1)
        if len(opener.split()) > 8 or any(mark in opener for mark in _MARKS):
            return False
    words = _words(lead, lang)
    return not words or (len(words) == 1 and (words[0] in lang.articles or words[0] in lang.elided))


def _opening_organisation(before: str, names: list[str], lang: _Language) -> str | None:
    """The longest of ``names`` that stands in ``before`` (a sentence up to a quotation) as a whole word where the
    words before it leave it the sentence's subject (:func:`_lead_allows`), or None."""
    found = None
    for name in names:
        at = before.find(name)
        if at < 0 or at > 80 or (at > 0 and before[at - 1].isalnum()):
            continue
        end = at + len(name)
        if end < len(before) and before[end].isalnum():
            continue
        if (found is None or len(name) > len(found[1])) and _lead_allows(before[:at], lang):
            found = (at, name)
    return None if found is None else found[1]


class _Sentences:
    """The sentences of the paragraphs a rule asks about, split as the document analysis splits them
    (:func:`.document.sentence_spans`, the language's abbreviations), each paragraph once and only when asked:
    most articles have no quotation these rules read, and the whole document's sentences cost a pass of their own."""

    def __init__(self, paragraphs: list[str], language: str | None):
        self.paragraphs = paragraphs
        data = resources(language, "sentences")
        self.abbreviations, self.ordinal_stop = data.ABBREVIATIONS, getattr(data, "ORDINAL_STOP", False)
        self._spans: dict[int, list[tuple[int, int]]] = {}

    def spans(self, index: int) -> list[tuple[int, int]]:
        found = self._spans.get(index)
        if found is None:
            found = self._spans[index] = sentence_spans(
                self.paragraphs[index], self.abbreviations, ordinal_stop=self.ordinal_stop
            )
        return found

    def around(self, index: int, at: int) -> tuple[int, str | None, bool]:
        """Where the sentence of paragraph ``index`` that holds position ``at`` starts; the sentence before it (in
        that paragraph, else the last of the paragraph before; None: none); whether that one is in the same paragraph."""
        spans = self.spans(index)
        k = 0
        for i, (a, _) in enumerate(spans):
            if a > at:
                break
            k = i
        start = spans[k][0] if spans else 0
        if k > 0:
            a, b = spans[k - 1]
            return start, self.paragraphs[index][a:b], True
        before = self.spans(index - 1) if index > 0 else []
        if before:
            a, b = before[-1]
            return start, self.paragraphs[index - 1][a:b], False
        return start, None, False


def _names_a_person(text: str) -> bool:
    """Whether ``text`` holds a capitalised word that is a first name of one gender (somebody else may speak)."""
    return any(first_name_gender(m.group()) in ("m", "f") for m in _CAPITALISED.finditer(text) if m.group()[0].isupper())


def organisation_subject_speakers(
    quotes, organisation_names: list[str], paragraphs: list[str], language: str | None
) -> None:
    """Rule ``found_organisation_subject`` (see the module's documentation); ``quotes`` are changed in place."""
    if not RULES["found_organisation_subject"] or not organisation_names:
        return
    lang = _language(language)
    sentences = _Sentences(paragraphs, language)
    last: tuple[int, int, str] | None = None  # (paragraph, sentence start, organisation) of the last quotation given
    for quote in quotes:
        if quote.speaker or quote.cue or not 0 <= quote.paragraph < len(paragraphs):
            continue
        paragraph = paragraphs[quote.paragraph]
        at = paragraph.find(quote.text)
        if at <= 0:
            continue
        start, _, _ = sentences.around(quote.paragraph, at)
        before = paragraph[start:at].rstrip(_OPENING).lstrip()
        name = _opening_organisation(before, organisation_names, lang)
        if name is None:
            continue
        rest = before[before.find(name) + len(name):]
        if _names_a_person(rest):
            continue  # ('La CGT a rencontré Marie Dupont, qui juge …': she may speak)
        if any(mark in rest for mark in _MARKS) and last != (quote.paragraph, start, name):
            continue  # another quotation between, not given to the organisation
        quote.speaker = name
        quote.organisation = quote.organisation or name
        quote.rule = "found_organisation_subject"
        last = (quote.paragraph, start, name)


#: a verb and the pronoun after it, right after a quotation's comma ('indique-t-elle', 'précise-t-il', 'explicó ella')
_VERB_PRONOUN = re.compile(r"\s*[»”\"]?\s*,\s*[^\W\d_][\w’']*(?:-t)?[- ]([^\W\d_]+)\b")


def organisation_pronoun_speakers(
    quotes, organisation_names: list[str], paragraphs: list[str], language: str | None
) -> None:
    """Rule ``organisation_pronoun`` (see the module's documentation); ``quotes`` are changed in place."""
    if not RULES["organisation_pronoun"] or not organisation_names:
        return
    lang = _language(language)
    if not lang.article_genders:
        return
    sentences = _Sentences(paragraphs, language)
    for quote in quotes:
        if (quote.speaker and quote.rule != "pronoun") or not 0 <= quote.paragraph < len(paragraphs):
            continue
        paragraph = paragraphs[quote.paragraph]
        at = paragraph.find(quote.text)
        if at < 0:
            continue
        m = _VERB_PRONOUN.match(paragraph, at + len(quote.text))
        gender = m and lang.pronouns.get(m.group(1).lower())
        if gender not in ("m", "f"):
            continue
        start, previous, same_paragraph = sentences.around(quote.paragraph, at)
        if previous is None:
            continue
        sentence = previous.strip()
        words = sentence.split(None, 1)
        if len(words) < 2 or lang.article_genders.get(words[0].lower()) != gender:
            continue
        name = _opening_organisation(words[1], organisation_names, lang)
        if name is None or not words[1].startswith(name):
            continue
        # what stands between the organisation and the quotation
        between = sentence[len(words[0]) + 1 + len(name):] + paragraph[start if same_paragraph else 0 : at]
        if _names_a_person(between):
            continue  # somebody of that gender may be meant
        if quote.speaker and quote.speaker in between:
            continue  # (whom the pronoun was given to stands between: they are meant)
        quote.speaker = name
        quote.organisation = quote.organisation or name
        quote.rule = "organisation_pronoun"
