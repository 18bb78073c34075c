"""Bylines read from the visible page when it declares nothing: one test per named rule of
metadata.RULES added for pages without metadata, each with the rule on and switched off (invented
pages, towns, people and outlets)."""

from __future__ import annotations

import pytest

from rallycrawl.extraction import metadata as md
from rallycrawl.extraction.metadata import extract_metadata
from rallycrawl.extraction.page import Page

URL = "http://127.0.0.1:8000/pages/harbour.html"
TEXT = ("Dock workers walked off the job at the harbour of Kestrelby on Monday, saying their new rosters "
        "left them without a single free weekend. About four hundred people joined the picket line.")
HEADLINE = "Dock workers walk out over rosters in Kestrelby"


def meta(body: str, *, title: str = f"{HEADLINE} - Kestrel Courier", lang: str = "en") -> md.Metadata:
    html = (f'<html lang="{lang}"><head><title>{title}</title></head><body>{body}'
            f"<p>{TEXT}</p><p>{TEXT}</p></body></html>")
    return extract_metadata(Page(html, URL))


def off(rule: str | tuple[str, ...], body: str, **kw) -> md.Metadata:
    md.switch_off(*((rule,) if isinstance(rule, str) else rule))
    try:
        return meta(body, **kw)
    finally:
        md.switch_off()


def test_the_new_rules_are_named():
    assert {"no-article-name"} <= md.RULES.keys()


# --- bylines -------------------------------------------------------------------------------------

@pytest.mark.parametrize("byline", ["Le Courrier de Kestrel with AFP", "El Diario Kestrel", "La Gaceta Kestrel"])
def test_a_name_opening_with_an_article_is_an_outlet(byline):
    body = f'<h1>{HEADLINE}</h1><span class="author__name">{byline}</span>'
    assert meta(body).authors == []
    assert off("no-article-name", body).authors != []


def test_a_person_whose_surname_opens_with_an_article_stays():
    assert md.byline_names("By Camille Le Goff and Rui de la Vega", strict=True)[0] == ["Camille Le Goff", "Rui de la Vega"]
