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


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


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
            at > 0 and _is_word_char(text[at - 1]) and at + 1 < n and _is_word_char(text[at + 1])
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


def find_spans(paragraphs: list[str]) -> list[Span]:
    """Every quotation in ``paragraphs``, in reading order."""
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
    spans.sort(key=lambda s: (s.paragraph, s.start))
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
