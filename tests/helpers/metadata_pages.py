"""Invented pages for the metadata rule tests: a page around a byline or heading fragment, and the
metadata read with named rules switched off (tests/extraction/test_metadata_*_forms.py)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rallycrawl.extraction import metadata as md
from rallycrawl.extraction.page import Page

#: two paragraphs of story text (invented), enough for a body under any heading
TEXT = ("Dock workers walked off the job at the harbour of Kestrelby on Monday, saying their new rosters "
        "left them without a single free weekend. About four hundred people joined the picket line.")
HEADLINE = "Dock workers walk out over rosters in Kestrelby"


def page_metadata(body: str, *, url: str, title: str, head: str = "") -> md.Metadata:
    """The metadata of an English page holding ``body`` and the story text under it."""
    html = (f'<html lang="en"><head><title>{title}</title>{head}</head><body>{body}'
            f"<p>{TEXT}</p><p>{TEXT}</p></body></html>")
    return md.extract_metadata(Page(html, url))


@contextmanager
def rules_off(*rules: str) -> Iterator[None]:
    """The named metadata rules switched off inside the block, all on again after it."""
    md.switch_off(*rules)
    try:
        yield
    finally:
        md.switch_off()
