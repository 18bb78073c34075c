"""Switching named extraction rules off for a run, from an environment variable.

Each rule-bearing module (attribution, organisations, event, metadata, demands) keeps a table of its
named rules; ``RALLYCRAWL_<KIND>_RULES_OFF="rule,rule"`` names those to leave out, which
``bench/quality.py`` uses to measure what one rule brings.
"""

from __future__ import annotations

import os
from collections.abc import Collection


def switched_off(variable: str, known: Collection[str] | None = None, kind: str = "") -> frozenset[str]:
    """The rule names the comma-separated environment ``variable`` lists.  With ``known``, a
    name outside it is a ``ValueError`` (a misspelt rule would otherwise measure nothing)."""
    names = frozenset(n.strip() for n in os.environ.get(variable, "").split(",") if n.strip())
    return names if known is None else checked(names, known, kind)


def checked(names: Collection[str], known: Collection[str], kind: str = "") -> frozenset[str]:
    """``names`` as a frozenset, or a ``ValueError`` naming those outside ``known``."""
    unknown = set(names) - set(known)
    if unknown:
        raise ValueError(f"unknown {kind} rules: {sorted(unknown)}; known: {sorted(known)}")
    return frozenset(names)
