"""Quotation spans in body paragraphs: where each quotation opens and closes.

One left-to-right pass over the quotation marks of each paragraph, linear in
its length.  Whether a mark opens or closes is read from its neighbours (a mark
after a space and before a letter opens, one after a letter and before a space
or punctuation closes), so English “…”, German „…“, Swedish ”…” and straight
"…" all work, and apostrophes (don't, Harris' home) are not taken for quotation
marks.  Rules:

* Double marks (" “ ” „ ‟ and two single marks in a row) close any double mark;
  guillemets (« » and ‹ ›) close only guillemets, in either direction
  (French « … », German » … «).
* Inside a quotation, marks of the other kind are a quote inside the quote and
  stay in its text.
* Single marks (‘ ’ ‚ ') quote only outside double quotes, and only when an
  opening and a closing mark are found in the same paragraph.
* A quotation still open at the end of its paragraph continues into the next
  paragraph only when that one starts with an opening mark (the newspaper
  convention for a quotation over several paragraphs); otherwise it ends with
  its paragraph.  A stray mark never swallows more than the rest of its
  paragraph.
"""

from __future__ import annotations

import re
from operator import attrgetter
from bisect import bisect_right
from collections.abc import Collection
from dataclasses import dataclass

_DOUBLE = frozenset('"\u201c\u201d\u201e\u201f\u2033')
_GUILLEMET = frozenset("\u00ab\u00bb")
_SINGLE_GUILLEMET = frozenset("\u2039\u203a")
_SINGLE = frozenset("'\u2018\u2019\u201a\u201b")
#: marks that only ever open
_ALWAYS_OPEN = frozenset("\u201e\u201a")

#: characters that can be (part of) a quotation mark; which are marks is read by :func:`_marks`
_MARK_CHARS = "\"'`\u2018\u2019\u201b\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u2039\u203a\u201a"
_ASCII_MARK_CHARS = "\"'`"
#: two single marks in a row are a double mark
_PAIRS = frozenset(("''", "\u2019\u2019", "\u2018\u2018", "``"))
_ONE_CHAR_MARKS = frozenset("\"\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u2039\u203a\u201a")
_APOSTROPHES = frozenset("'\u2018\u2019\u201b")
_OPENING_CONTEXT = frozenset("([{\u2014\u2013-/\u00a0")
_CLOSING_CONTEXT = frozenset(".,;:!?)]}\u2026\u2014\u2013-/")
#: a single-quoted span longer than this is taken for apostrophes, not a quotation
_MAX_SINGLE_QUOTE = 600


@dataclass(slots=True)
class Span:
    """One quotation: its text (marks removed) and where it lies.

    ``start`` is the offset of the first character inside the opening mark in
    paragraph ``paragraph``; ``end`` the offset of the closing mark in paragraph
    ``end_paragraph`` (its length when the quotation ran to the paragraph's end).
    """

    text: str
    paragraph: int
    start: int
    end_paragraph: int
    end: int
    #: offset of the opening mark (``start`` minus the mark's length)
    open_at: int = 0
    #: offset just after the closing mark (``end`` when there was none)
    close_after: int = 0
    #: what the reporter's frame puts right after the quotation: "," for a dash quotation
    #: whose attribution opens with a dash ('—…  —dijo X' reads as '"…", dijo X')
    joint: str = ""
    #: offset of a dash closing that attribution ('—dijo X—.'), left out of the frame; -1: none
    drop: int = -1


@dataclass(slots=True)
class _Mark:
    at: int
    length: int
    char: str
    can_open: bool
    can_close: bool

    family: str = "single"


#: the family of a one-character mark (any other is single); two single marks in a row are double
_FAMILY_OF = {
    **{c: "double" for c in _DOUBLE},
    **{c: "guillemet" for c in _GUILLEMET},
    **{c: "single_guillemet" for c in _SINGLE_GUILLEMET},
}


#: a span's place in reading order (paragraph, then offset): the sort key of find_spans
_READING_ORDER = attrgetter("paragraph", "start")


def _mark_char_offsets(text: str) -> list[int]:
    """Offsets of the characters of ``text`` that can be (part of) quotation marks, in
    order.  (str.find per character: much quicker than a regex character class,
    which is tried at every character.)"""
    offsets: list[int] = []
    for char in _ASCII_MARK_CHARS if text.isascii() else _MARK_CHARS:
        if char in text:
            find = text.find
            at = find(char)
            while at >= 0:
                offsets.append(at)
                at = find(char, at + 1)
    offsets.sort()
    return offsets


def _marks(text: str) -> list[_Mark]:
    """The quotation marks of ``text``, left to right: double marks, two single marks
    in a row, and single marks that are not apostrophes between two word characters
    (don't, O'Brien), each with whether it can open or close a quotation."""
    marks: list[_Mark] = []
    n = len(text)
    free = 0
    for at in _mark_char_offsets(text):
        if at < free:
            continue  # the second half of a pair
        char = text[at]
        if char in _ONE_CHAR_MARKS:  # (no pair starts with one of these)
            end = at + 1
        elif text[at : at + 2] in _PAIRS:
            end = at + 2
        elif char in _APOSTROPHES and not (
            # (a word character: alphanumeric or _)
            at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")
            and at + 1 < n and (text[at + 1].isalnum() or text[at + 1] == "_")
        ):
            end = at + 1
        else:
            continue
        free = end
        before = text[at - 1] if at > 0 else " "
        after = text[end] if end < n else " "
        before_space = before.isspace() or before in _OPENING_CONTEXT
        after_space = after.isspace() or after in _CLOSING_CONTEXT
        if char in _ALWAYS_OPEN and end - at == 1:
            can_open, can_close = not after.isspace(), False
        elif char in _SINGLE and end - at == 1:
            # An apostrophe sits between letters (don't) or after a word (Harris').
            can_open = before_space and after.isalpha()
            can_close = not before.isspace() and not after.isalnum()
        elif char in _GUILLEMET or char in _SINGLE_GUILLEMET:
            can_open = can_close = True
        else:
            can_open = before_space or not after_space
            can_close = not before_space or after_space
            if before_space and not after_space:
                can_close = False
            elif after_space and not before_space:
                can_open = False
        family = _FAMILY_OF.get(char, "single") if end - at == 1 else "double"
        marks.append(_Mark(at, end - at, char, can_open, can_close, family))
    return marks


def _opens_paragraph(text: str) -> _Mark | None:
    stripped = len(text) - len(text.lstrip())
    for mark in _marks(text[: stripped + 4]) if stripped < len(text) else []:
        if mark.at == stripped and mark.can_open and mark.family != "single":
            return mark
    return None


def _closes(opener: _Mark, mark: _Mark) -> bool:
    if not mark.can_close or mark.family != opener.family:
        return False
    if opener.family in ("guillemet", "single_guillemet"):
        return mark.char != opener.char
    return True


def _single_quotes(text: str, marks: list[_Mark], plain: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """Single-quoted spans in the parts of ``text`` outside double quotes (``plain``)."""
    spans: list[tuple[int, int, int, int]] = []
    singles = [m for m in marks if m.family == "single"]
    if not singles:
        return spans
    k = 0
    for lo, hi in plain:
        while k < len(singles) and singles[k].at < lo:
            k += 1
        inside = []
        while k < len(singles) and singles[k].at < hi:
            inside.append(singles[k])
            k += 1
        spans.extend(_pair_singles(text, inside))
    return spans


def _pair_singles(text: str, inside: list[_Mark]) -> list[tuple[int, int, int, int]]:
    spans = []
    i = 0
    while i < len(inside):
        opener = inside[i]
        if not opener.can_open:
            i += 1
            continue
        chosen = None
        weak = None
        for j in range(i + 1, len(inside)):
            mark = inside[j]
            if mark.at - opener.at > _MAX_SINGLE_QUOTE:
                break
            if not mark.can_close or (mark.char == "\u2018") != (opener.char == "\u201a"):
                continue
            # "the teachers' union": a plural possessive, unless nothing better follows
            after = text[mark.at + 1 : mark.at + 3]
            if text[mark.at - 1] in "sS" and after[:1] == " " and after[1:2].isalpha():
                weak = weak if weak is not None else j
                continue
            chosen = j
            break
        if chosen is None:
            chosen = weak
        if chosen is None:
            i += 1
            continue
        closer = inside[chosen]
        start, end = opener.at + opener.length, closer.at
        if end - start >= 2:
            spans.append((opener.at, start, end, closer.at + closer.length))
        i = chosen + 1
    return spans


def find_spans(
    paragraphs: list[str], dash_cues: Collection[str] | None = None, dash_after_prose: bool = False,
    dash_alone: bool = True,
) -> list[Span]:
    """Every quotation in ``paragraphs``, in reading order; with ``dash_cues`` (the
    lower-case reporting verbs of a language that opens quotations with a dash) also
    the paragraphs that are dash quotations (``dash_after_prose``: one standing alone
    after a paragraph of running text counts too; ``dash_alone`` false: none stands
    alone, a dash quotation needs its reporting verb)."""
    spans: list[Span] = []
    carried: tuple[_Mark, Span, list[str]] | None = None  # a quotation running on
    for index, text in enumerate(paragraphs):
        marks = _marks(text)
        if not marks:  # no quotation opens, continues or closes here
            if carried is not None:
                _finish(spans, carried)
                carried = None
            continue
        position = 0
        plain_from = 0  # where text outside double quotes starts
        plain: list[tuple[int, int]] = []  # stretches outside double quotes
        opener: _Mark | None = None
        current: Span | None = None
        pieces: list[str] = []
        if carried is not None:
            first = _opens_paragraph(text)
            if first is not None and first.family == carried[0].family:
                opener, current, pieces = carried
                opener = first if first.family == "double" else opener
                position = current_start = first.at + first.length
            else:
                _finish(spans, carried)
            carried = None
        if current is not None:
            marks = [m for m in marks if m.at >= position]
        singles = False
        for mark in marks:
            if mark.family == "single":
                singles = True
                continue
            if opener is None:
                if mark.can_open:
                    plain.append((plain_from, mark.at))
                    opener = mark
                    current_start = mark.at + mark.length
                    current = Span("", index, current_start, index, current_start, mark.at, current_start)
                    pieces = []
                continue
            if _closes(opener, mark):
                pieces.append(text[current_start : mark.at])
                current.end_paragraph, current.end = index, mark.at
                current.close_after = mark.at + mark.length
                _finish(spans, (opener, current, pieces))
                opener = current = None
                plain_from = mark.at + mark.length
            elif mark.can_open and not mark.can_close and mark.family == opener.family and opener.family == "double":
                # a new opening before the last one closed: the last one was stray
                opener = mark
                current_start = mark.at + mark.length
                current = Span("", index, current_start, index, current_start, mark.at, current_start)
                pieces = []
        if opener is not None:
            pieces.append(text[current_start:])
            current.end_paragraph, current.end = index, len(text)
            current.close_after = len(text)
            carried = (opener, current, pieces)
        else:
            plain.append((plain_from, len(text)))
        for opened, start, end, closed in _single_quotes(text, marks, plain) if singles else ():
            text_inside = text[start:end].strip().rstrip(",").strip()
            if text_inside:
                spans.append(Span(text_inside, index, start, index, end, opened, closed))
    if carried is not None:
        _finish(spans, carried)
    if dash_cues:
        dashed = _dash_spans(paragraphs, dash_cues, dash_after_prose, dash_alone)
        if dashed:
            # marks inside a dash quotation quote inside the quotation: they stay in its text
            keys = [(d.paragraph, d.open_at) for d in dashed]  # (in reading order)
            kept = []
            for s in spans:
                k = bisect_right(keys, (s.paragraph, s.open_at)) - 1
                if k < 0 or dashed[k].paragraph != s.paragraph or dashed[k].close_after <= s.open_at:
                    kept.append(s)
            spans = kept + dashed
    spans.sort(key=_READING_ORDER)
    return spans


def _finish(spans: list[Span], carried: tuple[_Mark, Span, list[str]]) -> None:
    _, span, pieces = carried
    if len(pieces) == 1:  # the usual quotation, within one paragraph
        text = pieces[0].strip()
    else:
        text = " ".join(p.strip() for p in pieces if p.strip())
    text = text.strip().rstrip(",").strip()
    if text:
        span.text = text
        spans.append(span)


# --- quotations opened by a dash ----------------------------------------------------------

_DASHES = "\u2013\u2014"
_SPACE = " \t\u00a0\u202f"
#: a paragraph opening a dash quotation: the dash, an optional space, a capital or ¿ ¡
_DASH_OPEN = re.compile("[\u2013\u2014][ \u00a0\u202f]?(?=[\u00bf\u00a1]?[^\\W\\d_])")
#: where a dash quotation may end: a comma (or ? !) before a reporting verb
#: ('…, sier hun', '… ! s'exclame-t-elle'), or a dash after a space opening the reporter's inciso ('… —dijo ella')
_DASH_END = re.compile(
    "(?P<punct>[,?!])[ \u00a0\u202f]+(?P<word>[^\\W\\d_]+(?:['\u2019][^\\W\\d_]+)?)"
    "|[ \u00a0\u202f](?P<dash>[\u2013\u2014])[ \u00a0\u202f]?(?P<dword>[^\\W\\d_]+)"
)
#: the end of the reporter's clause after the verb: a sentence end or a dash closing an inciso
_CLAUSE_END = re.compile("[.!?\u2026](?=[ \u00a0\u202f]|$)|[\u2013\u2014]")
#: a dash quotation standing alone ends a sentence and has at least this many words
_MIN_ALONE_WORDS = 4
#: the words of a paragraph read for a reporting verb when it follows a quotation standing
#: alone ('– …. / Det sier Kari Nordmann til NTB.')
_NEXT_WORDS = 2


def _opens_with_dash(text: str, at: int = 0) -> tuple[int, int] | None:
    """Where the dash is and where the quotation starts in a paragraph (or in the
    text from ``at``) opening with a dash, a space or none, and a capital or ¿ ¡."""
    n = len(text)
    while at < n and text[at].isspace():
        at += 1
    m = _DASH_OPEN.match(text, at)
    if m is None:
        return None
    first = text[m.end() : m.end() + 1]
    if first in "\u00bf\u00a1":
        return (at, m.end()) if text[m.end() + 1 : m.end() + 2].isalpha() else None
    return (at, m.end()) if first.isupper() else None


def _segments(text: str, opening: tuple[int, int], cues: Collection[str], index: int) -> tuple[list[Span], bool]:
    """The dash quotations of a paragraph whose dash and quotation start at ``opening``
    (what :func:`_opens_with_dash` found), and whether the last one runs to the
    paragraph's end with no reporting verb.  One pass left to right: each quotation ends where a reporting verb follows ('…, sier
    hun', '… —dijo ella'); the reporter's clause runs to its sentence end or to a
    dash closing it ('—dijo—. …', after which the quotation goes on); a dash and a
    capital after that clause's sentence end open another quotation ('…, sier hun. – …')."""
    spans: list[Span] = []
    n = len(text)
    open_at, pos = opening  # (the dash, the quotation's first character)
    while pos < n:
        found = None
        for m in _DASH_END.finditer(text, pos):
            word = m.group("word") or m.group("dword")
            if word[0].islower() and (
                word.lower() in cues or (m.group("dword") and _closed_inciso(text, m.end()))
                or _auxiliary_cue(text, m.end(), word, cues)
            ):
                found = m
                break
        if found is None:
            spans.append(Span(text[pos:].strip().rstrip(",").strip(), index, pos, index, n, open_at, n))
            return spans, True
        punct = found.group("punct")
        if punct:
            end = found.start() + (0 if punct == "," else 1)  # '…? spør hun': the mark is the quotation's
            joint, cue_at, close_after = "", found.start("word"), end
        else:
            end = found.start()
            joint, cue_at, close_after = ",", found.start("dword"), found.start("dword")
        span = Span(text[pos:end].strip().removesuffix(",").rstrip(), index, pos, index, end, open_at, close_after, joint)
        spans.append(span)
        clause = _CLAUSE_END.search(text, cue_at)
        if clause is None:
            return spans, False
        after = clause.end()
        if clause.group() in _DASHES:
            if punct:  # '…, sier hun – og …': no inciso to close
                return spans, False
            span.drop = clause.start()
            # '—dijo—. Queremos …': the quotation goes on after the closing dash
            rest = after
            while rest < n and (text[rest] in ".,;:" or text[rest] in _SPACE):
                rest += 1
            if rest < n and (text[rest].isalnum() or text[rest] in "\u00bf\u00a1"):
                pos = open_at = rest
                continue
            return spans, False
        # after the clause's sentence end, a dash and a capital open another quotation
        opening = _opens_with_dash(text, after)
        if opening is None:
            return spans, False
        open_at, pos = opening
    return spans, False


#: the word after an auxiliary, over a French inversion ('…, a déclaré X', '…, a-t-elle ajouté')
_AFTER_AUXILIARY = re.compile("(?:-t-(?:il|elle|on))?[ \u00a0\u202f]+([^\\W\\d_]+)")


def _auxiliary_cue(text: str, at: int, word: str, cues: Collection[str]) -> bool:
    """Whether ``word`` ending at ``at`` is an auxiliary with its reporting verb after it
    ('—…, a déclaré Marie Dupont.', '— …, a-t-elle ajouté.', '—…, ha dicho'): ``cues`` hold
    such pairs as "a déclaré" (:func:`.attribution.dash_cues`, rule ``dash_auxiliary``)."""
    m = _AFTER_AUXILIARY.match(text, at, at + 40)
    return m is not None and f"{word.lower()} {m.group(1).lower()}" in cues


def _closed_inciso(text: str, at: int) -> bool:
    """Whether the reporter's inciso going on at ``at`` is closed by a dash before any
    sentence end, and that dash ends a clause ('—gritó una vecina—.', '—gritó—, …'):
    an inciso with a verb the language data lacks.  (The search stops at the next
    dash, so that reading every inciso stays linear.)"""
    clause = _CLAUSE_END.search(text, at)
    if clause is None or clause.group() not in _DASHES:
        return False
    return text[clause.end() : clause.end() + 1] in ("", ".", ",", ";", ":")


#: words a paragraph of running text has at least (a heading or a caption has fewer)
_PROSE_WORDS = 5


def _is_prose(text: str) -> bool:
    """A paragraph of running text: it ends a sentence and has words enough to be no
    heading, caption or list line ('Hun mener staten må komme med et bedre tilbud.')."""
    return _ends_sentence(text) and len(text.split(None, _PROSE_WORDS)) >= _PROSE_WORDS and _opens_with_dash(text) is None


def _ends_sentence(text: str) -> bool:
    return text.rstrip("\"'\u201d\u2019\u00bb)").endswith((".", "!", "?", "\u2026"))


def _dash_spans(
    paragraphs: list[str], cues: Collection[str], after_prose: bool = False, alone_ok: bool = True
) -> list[Span]:
    """Quotations in paragraphs opening with a dash and a capital (or ¿ ¡).  A
    paragraph counts when a reporting verb ends its quotation; one with no
    reporting verb is a quotation standing alone (the speaker goes on) when it ends
    a sentence, has at least :data:`_MIN_ALONE_WORDS` words, and follows a dash
    quotation or a colon, or is followed by a paragraph naming the speaker in its
    first words ('Det sier …'), or (``after_prose``) follows a paragraph of running text
    ending a sentence ('Hun mener staten må komme med et bedre tilbud.' / '– Det er ikke
    mulig å rekruttere nye lærere.').  List lines ('– Les også: …', '— Read more') do
    neither.  Without ``alone_ok`` (French, whose copy opens list items with a dash) a
    paragraph with no reporting verb is no quotation."""
    spans: list[Span] = []
    previous_quoted = False
    for index, text in enumerate(paragraphs):
        opening = _opens_with_dash(text)
        if opening is None:
            previous_quoted = False
            continue
        found, alone = _segments(text, opening, cues, index)
        if alone:
            last = found[-1]
            # (after an attributed quotation in the paragraph it goes on: '—…—dijo—. …')
            ok = len(found) > 1 or (
                _ends_sentence(last.text) and len(last.text.split(None, _MIN_ALONE_WORDS)) >= _MIN_ALONE_WORDS
            )
            if ok and len(found) == 1 and not alone_ok:
                ok = False  # ('Leurs revendications :' / '– Le retrait de la réforme.': a list line)
            if ok and len(found) == 1:
                before = paragraphs[index - 1].rstrip() if index > 0 else ""
                after = paragraphs[index + 1].split(None, _NEXT_WORDS + 1)[:_NEXT_WORDS] if index + 1 < len(paragraphs) else []
                ok = (
                    previous_quoted
                    or before.endswith(":")
                    or any(w.strip(",.").lower() in cues for w in after)
                    or (after_prose and _is_prose(before))
                )
            if not ok:
                found.pop()
        found = [s for s in found if s.text]
        spans.extend(found)
        previous_quoted = bool(found)
    return spans
