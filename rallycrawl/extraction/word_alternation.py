"""Fast scans for long lists of words: one alternation grouped by first letter.

Python's matcher tries the alternatives of ``\\b(?:a|b|c...)`` one after the
other at every word boundary.  Grouped by first letter
(``\\b(?=[a-z])(?:p(?:rotest|icket)|s(?:trike|it-in))\\b``) it tries one
letter's group at a word start and gives up at once where a word ends; the
matches are the same, as alternatives with different first letters never match
at the same place and the order within a letter is kept.  Scans of the
protest-word lists run about twice as fast.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable, Iterator


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` ("a(?:b|c)|d" -> ["a(?:b|c)", "d"])."""
    found, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 1
        elif char == "[":
            i = pattern.index("]", i + 2)  # "[]x]" and "[^]x]" do not occur in our word lists
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            found.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*found, pattern[start:]]


def literal_alternation(words, space: str = " ") -> str:
    """Literal ``words`` as regex alternatives, each once, longest first (a longer word wins
    over a shorter one it opens with), a space in a word read as ``space``."""
    return "|".join(re.escape(w).replace(r"\ ", space) for w in sorted(dict.fromkeys(words), key=len, reverse=True))


def literal_by_first_character(words: Iterable[str]) -> str:
    """Literal ``words`` as one alternation grouped by their first character, in the order given
    (the same matches as ``"|".join(map(re.escape, words))``: words with different first characters
    never match at the same place, and the order within a character is kept).  An alternation whose
    every alternative opens with a literal character lets the matcher skip in C to those characters;
    the group of each is tried at them alone."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


def by_first_letter(patterns: list[str]) -> str:
    """One alternation of ``patterns``' alternatives, grouped by their first letter.

    Each alternative must start with a lower-case ASCII letter of its own (not
    followed by a quantifier); the scanned text is lower-cased.
    """
    groups: dict[str, list[str]] = {}
    for alternative in (a for p in patterns for a in alternatives(p)):
        if not ("a" <= alternative[:1] <= "z") or alternative[1:2] in ("?", "*", "+", "{"):
            raise ValueError(f"an alternative must start with a letter of its own: {alternative!r}")
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "(?:" + "|".join(f"{letter}(?:{'|'.join(rest)})" for letter, rest in groups.items()) + ")"


def by_first_two_letters(patterns: list[str]) -> str:
    """Like :func:`by_first_letter`, each letter's rests grouped again by their own first
    letter where they allow it: fewer alternatives tried per word."""
    groups: dict[str, list[str]] = {}
    for alternative in (a for p in patterns for a in alternatives(p)):
        groups.setdefault(alternative[0], []).append(alternative[1:])
    parts = []
    for letter, rests in groups.items():
        try:
            parts.append(letter + by_first_letter(rests))
        except ValueError:  # a rest that does not open with a letter of its own: kept as it is
            parts.append(f"{letter}(?:{'|'.join(rests)})")
    return "(?:" + "|".join(parts) + ")"


def grouped(patterns: list[str]) -> str:
    """One alternation of ``patterns``' alternatives: those that open with a letter of their
    own grouped by it (:func:`by_first_letter`), the others (opening with a group, a class
    or a non-ASCII letter) as they are.  The scanned text is lower-cased."""
    letters, others = [], []
    for alternative in (a for p in patterns for a in alternatives(p)):
        own_letter = "a" <= alternative[:1] <= "z" and alternative[1:2] not in ("?", "*", "+", "{")
        (letters if own_letter else others).append(alternative)
    parts = ([f"(?=[a-z]){by_first_letter(letters)}"] if letters else []) + others
    return "(?:" + "|".join(parts) + ")"


def word_scan(patterns: list[str]) -> re.Pattern:
    """``\\b(?:patterns...)\\b`` over lower-cased text, grouped by first letter."""
    return re.compile(r"\b(?=[a-z])" + by_first_letter(patterns) + r"\b")


_MIN_PREFIX = 3  # shorter literal openings filter too little to be worth the look-ups
_MAX_PREFIX = 6  # characters of an opening looked for


def literal_openings(patterns: list[str]) -> tuple[str, ...] | None:
    """Literal text that every match of the alternation of ``patterns`` opens with
    (one of them), for a cheap ``str``-containment test before a regex scan: a text
    that holds none of them cannot match.  ``None`` when some alternative opens with
    something else than at least three literal characters (a class, a flag) and so
    cannot be filtered that way; an optional group at the opening gives its own
    openings and those of what follows it.

    >>> literal_openings([r"opponents of|pleas? for|in favou?r of|in protest at|protest(?:ed)? over"])
    ('pleas', 'in fav', 'in pro', 'oppone', 'plea f', 'protes')
    """
    found = _literal_openings(patterns)
    if found is None:
        return None
    # fewer, shorter look-ups: one that holds another is implied by it ("protest" covers
    # "in protest at"), and a piece of an opening is as necessary as the whole
    return tuple(_fewest([f[:_MAX_PREFIX] for f in _fewest(found)]))


def literal_starts(patterns: list[str]) -> tuple[str, ...] | None:
    """Literal text at the very start of every match of the alternation of ``patterns``
    (one of them), to find with ``str.find`` the places where a match may start and try
    the pattern there only (:func:`literal_openings` is for a containment test: it drops
    an opening that holds another, which a match need not start with).  Each opening is
    kept up to six characters, and one that starts with another kept one is left out
    (its places are among the other's).  ``None`` as for :func:`literal_openings`.

    >>> literal_starts([r"opponents of|pleas? for|in favou?r of|in protest at|protest(?:ed)? over"])
    ('pleas', 'in fav', 'in pro', 'oppone', 'plea f', 'protes')
    """
    found = _literal_openings(patterns)
    if found is None:
        return None
    return tuple(_fewest([f[:_MAX_PREFIX] for f in found], at_start=True))


def opens_with_a_word_character(patterns: list[str]) -> bool:
    """Whether every match of the alternation of ``patterns`` opens with literal text whose first
    character is a word character (so that ``\\b`` before it means a non-word character or the
    start of the text before the match)."""
    found = _all_openings(tuple(patterns))
    return found is not None and all(o[:1].isalnum() or o[:1] == "_" for o in found)


def _literal_openings(patterns: list[str]) -> list[str] | None:
    """The literal openings of the alternation of ``patterns`` (see :func:`literal_openings`)."""
    found = _all_openings(tuple(patterns))
    if not found or min(map(len, found)) < _MIN_PREFIX:
        return None
    return list(found)


@lru_cache(maxsize=64)
def _all_openings(patterns: tuple[str, ...]) -> tuple[str, ...] | None:
    """The literal openings of the alternation of ``patterns``, of any length (parsed once)."""
    if not patterns:
        return None
    items = _parsed("|".join(f"(?:{p})" for p in patterns))
    found = None if items is None else _openings(items)
    return tuple(found) if found else None


def _parsed(pattern: str) -> list | None:
    """The items of ``pattern`` as Python's regex parser reads them; None for a pattern it
    refuses and for a case-blind or verbose one (whose literal text is not what it matches)."""
    try:
        parsed = re._parser.parse(pattern)  # type: ignore[attr-defined]
    except (re.error, AttributeError):
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    return list(parsed)


def _each_branch(branches: list, read) -> list[str] | None:
    """What ``read`` gives for every branch of an alternation, together; None when one gives None."""
    found: list[str] = []
    for branch in branches:
        piece = read(list(branch))
        if piece is None:
            return None
        found.extend(piece)
    return found


def _fewest(openings: list[str], *, at_start: bool = False) -> list[str]:
    """``openings`` without those that hold another (that start with another, ``at_start``),
    shortest first."""
    kept: list[str] = []
    for opening in sorted(set(openings), key=lambda f: (len(f), f)):
        if not any(opening.startswith(k) if at_start else k in opening for k in kept):
            kept.append(opening)
    return kept


_REPEATS = tuple(getattr(re._constants, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(re._constants, n))  # type: ignore[attr-defined]


def _openings(items: list) -> list[str] | None:
    """The literal openings of a parsed (sub)pattern's items; None when one has none."""
    from re import _constants as c  # type: ignore[attr-defined]

    text: list[str] = []
    for i, (op, av) in enumerate(items):
        if op is c.LITERAL:
            text.append(chr(av))
            continue
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero width: the literal text around it is still one piece of the match
        rests: list[str] | None = None
        if op is c.SUBPATTERN and not av[1] and not av[2]:  # a group, without flags of its own
            rests = _openings(list(av[3]))
        elif op is c.BRANCH:
            rests = _each_branch(av[1], _openings)
        elif op in _REPEATS:
            low, _high, item = av
            rests = _openings(list(item))
            if rests is not None and not low:  # optional: the match may open with what follows
                after = _openings(items[i + 1 :])
                rests = None if after is None else rests + after
        if rests:
            return ["".join(text) + rest for rest in rests]
        break
    return ["".join(text)] if text else None


_MIN_REQUIRED = 3  # shorter required pieces filter too little to be worth the look-ups


def required_literals(pattern: str) -> tuple[str, ...] | None:
    """Literal pieces of which every match of ``pattern`` holds one (anywhere in it), for a
    cheap ``str``-containment test before a regex scan: a text that holds none of them cannot
    match.  Of the pieces a match must hold (a run of literal characters, or one of several
    when a group or an alternation must match), those whose shortest is longest are kept;
    ``None`` when no such piece of at least three characters can be told (a pattern made of
    classes, a case-blind one).

    >>> required_literals(r"\\b(?P<t>[A-Z]\\w*)['’]s? (?:speech|visit|talk)\\b")
    ('speech', 'visit', 'talk')
    """
    items = _parsed(pattern)
    found = None if items is None else _required(items)
    if not found or min(map(len, found)) < _MIN_REQUIRED:
        return None
    return tuple(dict.fromkeys(found))


def _required(items: list) -> list[str] | None:
    """The best set of pieces one of which every match of a parsed sequence holds, or None."""
    from re import _constants as c  # type: ignore[attr-defined]

    candidates: list[list[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append(["".join(run)])
            run.clear()

    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero width: the literal text around it is still one piece of the match
        flush()
        found: list[str] | None = None
        if op is c.SUBPATTERN and not av[1] and not av[2]:  # a group, without flags of its own
            found = _required(list(av[3]))
        elif op is c.BRANCH:
            found = _each_branch(av[1], _required)
        elif op in _REPEATS and av[0] >= 1:
            found = _required(list(av[2]))
        if found:
            candidates.append(found)
    flush()
    if not candidates:
        return None
    return max(candidates, key=lambda pieces: (min(map(len, pieces)), -len(pieces)))


def expansions(pattern: str, limit: int = 5000) -> list[str] | None:
    """Every text ``pattern`` matches, for a pattern made only of literal characters, groups,
    alternations, classes of characters and optional items (``crowds? (?:of|at)`` ->
    ``crowd of``, ``crowd at``, ``crowds of``, ``crowds at``); None for any other pattern
    or more than ``limit`` texts.  A list of phrases written compactly can so be looked up
    word by word (by its first or last word) instead of scanned for.

    >>> expansions(r"organi[sz]ers? said")
    ['organiser said', 'organisers said', 'organizer said', 'organizers said']
    """
    from re import _constants as c  # type: ignore[attr-defined]

    def walk(items: list) -> list[str] | None:
        texts = [""]
        for op, av in items:
            if op is c.LITERAL:
                options = [chr(av)]
            elif op is c.IN and all(o is c.LITERAL for o, _ in av):
                options = [chr(a) for _, a in av]
            elif op is c.SUBPATTERN and not av[1] and not av[2]:
                options = walk(list(av[3]))
            elif op is c.BRANCH:
                options = _each_branch(av[1], walk)
            elif op in _REPEATS and av[0] == 0 and av[1] == 1:
                options = walk(list(av[2]))
                options = None if options is None else ["", *options]
            else:
                return None
            if options is None or len(texts) * len(options) > limit:
                return None
            texts = [t + o for t in texts for o in options]
        return texts

    items = _parsed(pattern)
    found = None if items is None else walk(items)
    return None if found is None else sorted(dict.fromkeys(found))


def literal_places(text: str, starts: tuple[str, ...]) -> list[int]:
    """Where each of ``starts`` (:func:`literal_starts`) occurs in ``text``, in order."""
    found: set[int] = set()
    for piece in filter(text.__contains__, starts):  # (most are not in the text: tested in C)
        at = text.find(piece)
        while at >= 0:
            found.add(at)
            at = text.find(piece, at + 1)
    return sorted(found)


def matches_at(pattern: re.Pattern, text: str, places: Iterable[int]) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for a pattern whose every match starts at one of ``places`` (in
    order; :func:`literal_places`) and is never empty: the pattern is tried there only, and not
    inside the match before (look-behinds and ``\\b`` still see the text before a place)."""
    end = 0
    match = pattern.match
    for at in places:
        if at < end:
            continue
        m = match(text, at)
        if m is not None:
            end = m.end()
            yield m


def matches_from_starts(pattern: re.Pattern, text: str, starts: tuple[str, ...] | None) -> Iterator[re.Match]:
    """``pattern.finditer(text)``, the pattern tried only where one of ``starts`` (:func:`literal_starts`
    of it) occurs in ``text`` (:func:`matches_at`); ``starts`` None: a plain scan.  For a pattern that
    opens with ``\\b``, which a scan tries at every character (the matcher has no first letters to skip to)."""
    if starts is None:
        return pattern.finditer(text)
    places = literal_places(text, starts)
    return matches_at(pattern, text, places) if places else iter(())  # (no place: no generator made)


#: the greatest width of a pattern for which :func:`end_search` pays
_END_SEARCH_WIDTH = 1000


def end_search(pattern: re.Pattern) -> Callable[[str], re.Match | None]:
    """``pattern.search`` for a pattern whose every match ends at the end of the text (each of
    its alternatives ends with ``$``, without MULTILINE): a match starts at most its greatest
    width (and one for the newline ``$`` may stand before) from the end, so the search starts
    there instead of trying the pattern at every character before.  (A search from ``pos`` reads
    the text before it for ``\\b`` and look-behinds: a match is one of the whole text's.)  The
    pattern's own ``search`` when it is not such a pattern or has no greatest width."""
    try:
        parsed = re._parser.parse(pattern.pattern, pattern.flags)  # type: ignore[attr-defined]
    except (re.error, AttributeError):
        return pattern.search
    width = parsed.getwidth()[1]  # (an unbounded repeat gives a huge width)
    if pattern.flags & re.MULTILINE or width > _END_SEARCH_WIDTH or not _ends_at_end(list(parsed)):
        return pattern.search
    search = pattern.search
    reach = width + 1

    def searched(text: str) -> re.Match | None:
        return search(text, len(text) - reach) if len(text) > reach else search(text)

    return searched


def _ends_at_end(items: list) -> bool:
    """Whether every match of the parsed ``items`` ends with ``$`` (AT_END)."""
    if not items:
        return False
    op, value = items[-1]
    name = str(op)
    if name == "AT":
        return str(value) == "AT_END"
    if name == "BRANCH":
        return all(_ends_at_end(list(branch)) for branch in value[1])
    if name == "SUBPATTERN":
        return _ends_at_end(list(value[-1]))
    return False
