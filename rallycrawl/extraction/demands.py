"""What the protesters demand, as short clauses in the article's words.  (First version: a stub.)"""

from __future__ import annotations

from ..items import Demand, Organisation, Quote


def extract_demands(
    paragraphs: list[str],
    *,
    quotes: list[Quote] | None = None,
    slogans: list[str] | None = None,
    organisations: list[Organisation] | None = None,
    language: str | None = None,
) -> list[Demand]:
    return []
