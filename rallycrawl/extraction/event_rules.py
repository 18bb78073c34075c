"""The named rules of the event's location, target and size that can be switched off one by one.

Each rule is a small unit in ``event.py`` or ``crowd_size.py`` (its words are data in
``lang/<code>/event.py``); ``RALLYCRAWL_EVENT_RULES_OFF="rule,rule"`` switches rules off for a
run, and :data:`HITS` counts how often each rule gave the value a record exports (printed by
``bench/quality.py --in-process --verbose``).
"""

from __future__ import annotations

import os
from collections import Counter

RULES = {
    # --- size (crowd_size.py)
    # the size words, number words, qualifiers, people nouns and verbs of every language's
    # lang/<code>/event.py (CROWD_*): "migliaia di persone", "ruim 500 boeren", "von 10.000 Teilnehmern"
    "size_language_words": True,
    # "a crowd of about 5,000", "the turnout at 8,000", "drew 1,500", "ils étaient 3 000":
    # a bare count after a crowd cue (CROWD_COUNT_CUES)
    "size_crowd_cue": True,
    # "3 000 selon la police", "according to police, 3,000", "laut Polizei 3000": a bare count
    # next to who estimated it (CROWD_SOURCES)
    "size_estimate_source": True,
    # "1.2 million people", "3 millions de manifestants": a count in millions (CROWD_MILLIONS)
    "size_millions": True,
    # no crowd: "the union, which represents 45,000 workers" (CROWD_MEMBERSHIP_CUES), "20 percent
    # of workers", "on March 5 protesters", "3 million people" read as 3
    "size_not_a_crowd": True,
}

#: RALLYCRAWL_EVENT_RULES_OFF="rule,rule" switches rules off for a run
for _name in filter(None, os.environ.get("RALLYCRAWL_EVENT_RULES_OFF", "").split(",")):
    RULES[_name.strip()] = False

#: how often each rule gave an exported value ("size:size_crowd_cue"), for bench/quality.py --verbose
HITS: Counter = Counter()
#: the rule that gave each field of the last event extracted ({"size": "size_crowd_cue"}), read
#: by bench/quality.py --in-process to tally each rule's right and wrong values
LAST: dict[str, str] = {}


def on(rule: str) -> bool:
    """Whether ``rule`` is switched on."""
    return RULES[rule]


def hit(field: str, rule: str | None) -> None:
    """Count that ``rule`` gave the exported ``field``."""
    if rule:
        HITS[f"{field}:{rule}"] += 1
        LAST[field] = rule
