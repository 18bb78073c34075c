"""Organisations named in an article, with acronyms merged and roles.  (First version: a stub.)"""

from __future__ import annotations

from ..items import Organisation, Quote


def extract_organisations(
    paragraphs: list[str],
    *,
    headline: str = "",
    quotes: list[Quote] | None = None,
    is_protest: bool = False,
    language: str | None = None,
    publisher: str | None = None,
) -> list[Organisation]:
    return []
