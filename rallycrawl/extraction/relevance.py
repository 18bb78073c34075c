"""Does an article report a protest event?  Cheap, runs before the costly steps."""

from __future__ import annotations

import re

_EVENT_WORDS = re.compile(
    r"\b(?:protest(?:s|ers?|ed|ing)?|rall(?:y|ies|ied)|march(?:es|ed|ers)?|demonstrat(?:ion|ions|ors?|ed)|"
    r"strik(?:e|es|ers|ing)|sit-in|vigil|blockade|walkout|picket)\b",
    re.I,
)


def score_protest(headline: str, paragraphs: list[str]) -> tuple[bool, float]:
    """(is_protest, score in 0..1). First version: counts event words."""
    lead = " ".join([headline, *paragraphs[:4]])
    hits = len(_EVENT_WORDS.findall(lead))
    score = min(1.0, hits / 4.0)
    return score >= 0.5, round(score, 3)
