"""Headline forms of pages with and without metadata, one test per named rule of metadata.RULES
added for them, each with the rule on and switched off (invented pages, towns and outlets)."""

from __future__ import annotations

from rallycrawl.extraction import metadata as md
from tests.helpers.metadata_pages import HEADLINE, page_metadata, rules_off

URL = "https://www.harbourcourier.example/news/dock-workers-walk-out"
SEO_TITLE = "Kestrelby harbour strike: what the rosters change for workers"


def meta(body: str, *, title: str = f"{SEO_TITLE} | Harbour Courier", head: str = "", url: str = URL) -> md.Metadata:
    return page_metadata(body, url=url, title=title, head=head)


def off(rule: str, body: str, **kw) -> md.Metadata:
    with rules_off(rule):
        return meta(body, **kw)


def test_the_rules_are_named():
    assert {"h1-over-title", "h1-over-declared-title", "story-heading-over-copy", "date-not-under-other-heading",
            "h1-continues-cut-title"} <= md.RULES.keys()


# --- h1-over-title ---------------------------------------------------------------------------------

def test_the_h1_over_a_title_written_for_search_engines():
    body = f'<header><a href="/">Harbour Courier</a></header><article><h1>{HEADLINE}</h1></article>'
    assert meta(body).headline == HEADLINE
    assert off("h1-over-title", body).headline == SEO_TITLE


def test_a_heading_that_shows_the_title_keeps_it():
    # The <h1> is another story's (a box of the most read); the page's own headline is an <h2>.
    body = (f'<div class="most-read"><h1>Ferry timetable changes for the winter</h1></div>'
            f'<h2 class="headline">{SEO_TITLE}</h2>')
    assert meta(body).headline == SEO_TITLE


def test_the_sites_name_in_an_h1_is_no_headline():
    for h1 in ('<h1 class="site-title">Harbour Courier Daily News</h1>',
               '<h1><a href="https://www.harbourcourier.example/">Notes From The Quay Online</a></h1>',
               '<h1 id="logo">Notes From The Quay Online</h1>'):
        assert meta(h1).headline == SEO_TITLE, h1


def test_the_titles_decoration_in_an_h1_is_no_headline():
    body = "<h1>Notes From The Quay</h1>"
    assert meta(body, title=f"{SEO_TITLE} | Notes From The Quay").headline == SEO_TITLE


def test_a_section_label_is_no_headline():
    assert meta("<h1>Opinion</h1>").headline == SEO_TITLE
    assert meta("<h1>Local news</h1>").headline == SEO_TITLE


def test_an_h1_that_shows_the_title_is_read_as_before():
    body = f"<h1>{SEO_TITLE}</h1>"
    assert meta(body).headline == SEO_TITLE
    assert off("h1-over-title", body).headline == SEO_TITLE


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


# --- story-heading-over-copy -----------------------------------------------------------------------

def test_the_storys_h1_over_a_copy_in_the_sites_header():
    body = (f'<div class="site-header"><h1 class="site-header__story">{HEADLINE}</h1>'
            f"<span>Tuesday, 9 December 2031</span></div>"
            f'<article><h1>{HEADLINE}</h1><p class="date">6 December 2031</p></article>')
    assert meta(body, title=HEADLINE).published.startswith("2031-12-06")
    assert off("story-heading-over-copy", body, title=HEADLINE).published.startswith("2031-12-09")


def test_a_teasers_copy_of_the_headline_is_not_the_story():
    # The page's own <h1> sits outside <article>; a box of other stories repeats it in an <h2>.
    body = (f'<header><h1>{HEADLINE}</h1><span class="byline">By Tamsin Okafor</span></header>'
            f'<div class="recommended"><article><a href="/other"><h2>{HEADLINE}</h2></a>'
            f'<span class="byline">By Jo Ng</span></article></div>')
    assert meta(body, title=HEADLINE).authors == ["Tamsin Okafor"]


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
