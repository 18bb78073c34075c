"""The protest event: kind, date, location, target, size, tactics, slogans.  (First version: a stub.)"""

from __future__ import annotations

from ..items import Event


def extract_event(
    headline: str,
    paragraphs: list[str],
    *,
    published: str | None = None,
    slogans: list[str] | None = None,
    language: str | None = None,
) -> Event | None:
    return None
