"""Headline forms of pages with and without metadata, one test per named rule of metadata.RULES
added for them, each with the rule on and switched off (invented pages, towns and outlets)."""

from __future__ import annotations

from rallycrawl.extraction import metadata as md
from rallycrawl.extraction.metadata import extract_metadata
from rallycrawl.extraction.page import Page

URL = "https://www.harbourcourier.example/news/dock-workers-walk-out"
TEXT = ("Dock workers walked off the job at the harbour of Kestrelby on Monday, saying their new rosters "
        "left them without a single free weekend. About four hundred people joined the picket line.")
HEADLINE = "Dock workers walk out over rosters in Kestrelby"
SEO_TITLE = "Kestrelby harbour strike: what the rosters change for workers"


def meta(body: str, *, title: str = f"{SEO_TITLE} | Harbour Courier", head: str = "", url: str = URL) -> md.Metadata:
    html = (f'<html lang="en"><head><title>{title}</title>{head}</head><body>{body}'
            f"<p>{TEXT}</p><p>{TEXT}</p></body></html>")
    return extract_metadata(Page(html, url))


def off(rule: str, body: str, **kw) -> md.Metadata:
    md.switch_off(rule)
    try:
        return meta(body, **kw)
    finally:
        md.switch_off()


def test_the_rules_are_named():
    assert {"h1-over-declared-title", "date-not-under-other-heading", "h1-continues-cut-title"} <= md.RULES.keys()


# --- h1-over-declared-title ------------------------------------------------------------------------

def test_the_h1_over_a_declared_social_title():
    head = f'<meta property="og:title" content="{SEO_TITLE}">'
    body = f"<article><h1>{HEADLINE}</h1></article>"
    assert meta(body, head=head).headline == HEADLINE
    assert off("h1-over-declared-title", body, head=head).headline == SEO_TITLE


def test_a_declared_title_that_a_heading_shows_stays():
    head = f'<meta property="og:title" content="{SEO_TITLE}">'
    body = f"<h1>Ferry timetable changes for the winter</h1><h2>{SEO_TITLE}</h2>"
    assert meta(body, head=head).headline == SEO_TITLE


def test_the_sites_name_in_an_h1_is_no_headline_over_a_declared_title():
    head = f'<meta property="og:title" content="{SEO_TITLE}">'
    for h1 in ('<h1 class="site-title">Harbour Courier Daily News</h1>',
               '<h1><a href="https://www.harbourcourier.example/">Notes From The Quay Online</a></h1>',
               '<h1 id="logo">Notes From The Quay Online</h1>', "<h1>Opinion</h1>"):
        assert meta(h1, head=head).headline == SEO_TITLE, h1


def test_a_declared_title_the_page_shows_as_text_stays():
    head = f'<meta property="og:title" content="{SEO_TITLE}">'
    body = f'<h1>Ferry timetable changes for the winter</h1><div class="story-title">{SEO_TITLE}</div>'
    assert meta(body, head=head).headline == SEO_TITLE


# --- date-not-under-other-heading ------------------------------------------------------------------

def test_a_teasers_date_above_the_headline_is_not_the_pages():
    body = ('<div class="more-from"><h2>More from this writer</h2>'
            '<div class="card"><h4><a href="/ferry-fares">Ferry fares rise again in Kestrelby</a></h4>'
            '<strong>Jo Ng</strong><div class="when">11/12/21 4:40PM</div></div></div>'
            f'<div class="story"><span class="kicker">Harbour</span><h1>{HEADLINE}</h1>'
            '<span class="when">Monday 5:30PM</span></div>')
    assert meta(body, title=HEADLINE).published is None
    assert off("date-not-under-other-heading", body, title=HEADLINE).published.startswith("2021-11-12")


def test_a_date_line_above_the_headline_in_the_storys_own_header_stays():
    body = (f'<header class="story-head"><div class="meta"><span>Harbour</span> | <span>06 May 2031</span></div>'
            f'<h1>{HEADLINE}</h1></header>')
    assert meta(body, title=HEADLINE).published.startswith("2031-05-06")


def test_a_section_heading_above_the_date_is_no_teaser():
    body = (f'<div class="section"><h2>Local news</h2><span>06 May 2031</span></div>'
            f'<h1>{HEADLINE}</h1>')
    assert meta(body, title=HEADLINE).published.startswith("2031-05-06")


# --- h1-continues-cut-title ------------------------------------------------------------------------

CUT = "Dock workers walk out over rosters in"


def test_the_h1_that_continues_a_title_cut_at_a_length():
    head = f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{CUT}"}}</script>'
    body = f"<h1>{HEADLINE}</h1>"
    assert meta(body, title=HEADLINE, head=head).headline == HEADLINE
    assert off("h1-continues-cut-title", body, title=HEADLINE, head=head).headline == CUT


def test_a_title_and_its_subtitle_in_one_h1_keep_the_title():
    head = f'<meta property="og:title" content="{HEADLINE}">'
    body = (f'<h1><span class="title">{HEADLINE}</span>'
            '<span class="subtitle">Four hundred join the picket line on the quay</span></h1>')
    assert meta(body, title=HEADLINE, head=head).headline == HEADLINE
