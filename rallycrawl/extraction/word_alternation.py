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
