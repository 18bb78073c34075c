"""Quotations in the body and who said them.  (First version: a stub.)"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..items import Quote


@dataclass(slots=True)
class QuoteExtraction:
    #: quoted speech, in reading order
    quotes: list[Quote] = field(default_factory=list)
    #: chants and sign/banner texts (quoted text introduced as such), in reading order
    slogans: list[str] = field(default_factory=list)


def extract_quotes(paragraphs: list[str], *, language: str | None = None) -> QuoteExtraction:
    return QuoteExtraction()
