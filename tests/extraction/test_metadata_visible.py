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


def rule_gives_authors(rule: str | tuple[str, ...], under: str, names: list[str], lang: str) -> None:
    """``under`` the headline names ``names`` with ``rule`` on, and nobody with it off."""
    body = f"<h1>{HEADLINE}</h1>{under}"
    assert meta(body, lang=lang).authors == names
    assert off(rule, body, lang=lang).authors == []


def test_the_new_rules_are_named():
    assert {"no-article-name", "name-outlet-line", "byline-after-date", "byline-label-forms", "byline-date-words",
            "name-place-line", "desk-declared-visible-byline", "byline-not-in-other-stories",
            "name-date-line", "day-first-from-text", "dateline-full-stop", "published-and-updated-line",
            "name-article-outlet", "heading-with-kicker", "share-link-date", "author-link"} <= md.RULES.keys()


# --- bylines -------------------------------------------------------------------------------------

@pytest.mark.parametrize("byline", ["Le Courrier de Kestrel with AFP", "El Diario Kestrel", "La Gaceta Kestrel"])
def test_a_name_opening_with_an_article_is_an_outlet(byline):
    body = f'<h1>{HEADLINE}</h1><span class="author__name">{byline}</span>'
    assert meta(body).authors == []
    assert off("no-article-name", body).authors != []


@pytest.mark.parametrize("lang, line, names", [
    ("en", "Tamsin Okafor | Kestrel Wire", ["Tamsin Okafor"]),
    ("de", "Jonas Brenner | Kestrelboter", ["Jonas Brenner"]),
    ("es", "Lucía Ferrer | Agencia Kestrel", ["Lucía Ferrer"]),
    ("fr", "Camille Rouault · Le Courrier de Kestrel", ["Camille Rouault"]),
])
def test_a_name_and_an_outlet_after_a_bar(lang, line, names):
    rule_gives_authors(("name-outlet-line", "name-article-outlet"), f"<p>{line}</p>", names, lang)


@pytest.mark.parametrize("line", [
    "Tamsin Okafor | 3 min read",       # no outlet: digits
    "Tamsin Okafor | share this story on social media today",  # too long for an outlet
    "Harbour strike | Kestrel Courier",  # no person
])
def test_no_name_and_outlet_line(line):
    assert meta(f"<h1>{HEADLINE}</h1><p>{line}</p>").authors == []


@pytest.mark.parametrize("lang, line, names", [
    ("de", "06.12.2031 | Von Jonas Brenner", ["Jonas Brenner"]),
    ("de", "6. Dezember 2031, 14:30 Uhr – von Jonas Brenner und Lea Hartmann", ["Jonas Brenner", "Lea Hartmann"]),
    ("en", "Posted on 12/06/2031 by Tamsin Okafor", ["Tamsin Okafor"]),
    ("es", "06/12/2031 - Por Lucía Ferrer y Tomás Ibarra", ["Lucía Ferrer", "Tomás Ibarra"]),
    ("fr", "Le 06/12/2031 par Camille Rouault", ["Camille Rouault"]),
])
def test_a_byline_after_the_date(lang, line, names):
    body = f"<h1>{HEADLINE}</h1><p>{line}</p>"
    found = meta(body, lang=lang)
    assert found.authors == names
    assert found.published.startswith("2031-12-06")
    assert off("byline-after-date", body, lang=lang).authors == []


def test_no_byline_after_a_date_in_a_sentence():
    assert meta(f"<h1>{HEADLINE}</h1><p>On 12/06/2031 the strike was called by the dockers' union</p>").authors == []


# --- byline forms --------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, line, names", [
    ("de", "Autor: Jonas Brenner", ["Jonas Brenner"]),
    ("de", "Autorin: Lea Hartmann", ["Lea Hartmann"]),
    ("de", "Eine Analyse von Jonas Brenner und Lea Hartmann", ["Jonas Brenner", "Lea Hartmann"]),
    ("en", "Author: Tamsin Okafor", ["Tamsin Okafor"]),
    ("es", "Autora: Lucía Ferrer", ["Lucía Ferrer"]),
    ("fr", "Auteur : Camille Rouault", ["Camille Rouault"]),
])
def test_a_label_with_a_colon_or_after_an_article(lang, line, names):
    rule_gives_authors("byline-label-forms", f"<p>{line}</p>", names, lang)


def test_a_label_with_nothing_after_it_is_no_byline():
    assert meta(f"<h1>{HEADLINE}</h1><p>Autor:</p><p>Kestrel Courier</p>", lang="de").authors == []


@pytest.mark.parametrize("lang, line, names", [
    ("es", "Escrito por Lucía Ferrer el 6 de diciembre de 2031", ["Lucía Ferrer"]),
    ("fr", "Par Camille Rouault le 6 décembre 2031", ["Camille Rouault"]),
    ("it", "Di Giulia Ferraro il 6 dicembre 2031", ["Giulia Ferraro"]),
    ("de", "Von Jonas Brenner Samstag, 6. Dezember 2031", ["Jonas Brenner"]),
])
def test_a_byline_stops_before_the_words_of_its_date(lang, line, names):
    body = f"<h1>{HEADLINE}</h1><p>{line}</p>"
    found = meta(body, lang=lang)
    assert found.authors == names
    assert found.published == "2031-12-06"
    assert off("byline-date-words", body, lang=lang).authors != names


def test_a_surname_that_is_a_weekday_stays():
    assert md.byline_names("Von Jonas Freitag und Lea Hartmann", strict=True)[0] == ["Jonas Freitag", "Lea Hartmann"]
    assert md.byline_names("Par Camille Le Goff", strict=True)[0] == ["Camille Le Goff"]


@pytest.mark.parametrize("lang, under, names", [
    ("de", "<p>Jonas Brenner, Hamburg</p><p>06.12.2031</p>", ["Jonas Brenner"]),
    ("es", "<p>Lucía Ferrer y Tomás Ibarra, Madrid</p>", ["Lucía Ferrer", "Tomás Ibarra"]),
])
def test_a_name_line_with_a_city(lang, under, names):
    rule_gives_authors("name-place-line", under, names, lang)


def test_a_name_and_a_word_that_is_no_place_is_no_byline():
    assert meta(f"<h1>{HEADLINE}</h1><p>Jonas Brenner, Wochenende</p>", lang="de").authors == []


def test_a_person_whose_surname_opens_with_an_article_stays():
    names = md.byline_names("By Camille Le Goff and Rui de la Vega", strict=True)[0]
    assert names == ["Camille Le Goff", "Rui de la Vega"]


# --- a declared desk ------------------------------------------------------------------------------

def test_a_declared_desk_leaves_the_visible_byline():
    html = (f'<html lang="en"><head><title>{HEADLINE}</title><meta name="author" content="Courier Staff"></head>'
            f'<body><h1>{HEADLINE}</h1><div class="byline">By Tamsin Okafor</div><p>{TEXT}</p></body></html>')
    assert extract_metadata(Page(html, URL)).authors == ["Tamsin Okafor"]
    md.switch_off("desk-declared-visible-byline")
    try:
        assert extract_metadata(Page(html, URL)).authors == []
    finally:
        md.switch_off()


def test_a_declared_desk_and_only_bylines_of_other_stories_name_nobody():
    html = (f'<html lang="en"><head><title>{HEADLINE}</title><meta name="author" content="Courier Staff"></head>'
            f'<body><h1>{HEADLINE}</h1><p>{TEXT}</p><div class="related-stories"><span class="author">By Ola Brandt'
            "</span></div></body></html>")
    assert extract_metadata(Page(html, URL)).authors == []


def test_a_by_line_in_a_box_of_other_stories_under_the_headline_is_not_the_pages():
    body = (f'<h1>{HEADLINE}</h1><div class="related-stories"><a href="/x">Ferry crews join</a>'
            "<p>By Ola Brandt</p></div>")
    assert meta(body).authors == []
    assert off("byline-not-in-other-stories", body).authors == ["Ola Brandt"]


@pytest.mark.parametrize("lang, line, names, day", [
    ("en", "Tamsin Okafor, December 6, 2031", ["Tamsin Okafor"], "2031-12-06"),
    ("en", "Tamsin Okafor and Rui Delgado - Dec. 6, 2031 11:30 am", ["Tamsin Okafor", "Rui Delgado"], "2031-12-06"),
    ("de", "Jonas Brenner | 06.12.2031, 14:30 Uhr", ["Jonas Brenner"], "2031-12-06"),
    ("es", "Lucía Ferrer y Tomás Ibarra, 6 de diciembre de 2031", ["Lucía Ferrer", "Tomás Ibarra"], "2031-12-06"),
    ("fr", "Camille Rouault · 6 décembre 2031", ["Camille Rouault"], "2031-12-06"),
])
def test_a_name_line_followed_by_its_date(lang, line, names, day):
    body = f"<h1>{HEADLINE}</h1><p>{line}</p>"
    found = meta(body, lang=lang)
    assert (found.authors, found.published[:10]) == (names, day)
    assert off("name-date-line", body, lang=lang).authors == []


@pytest.mark.parametrize("line", ["Harbour strike, December 6, 2031", "Tamsin Okafor spoke, December 6, 2031"])
def test_no_name_and_date_line(line):
    assert meta(f"<h1>{HEADLINE}</h1><p>{line}</p>").authors == []


# --- numeric dates on pages without a language ---------------------------------------------------

FRENCH = ("Les dockers de Kestrelby ont cessé le travail lundi, estimant que leurs nouveaux horaires ne leur "
          "laissent plus aucun week-end libre. Le syndicat a indiqué que la grève durerait jusqu'à ce que "
          "l'autorité portuaire accepte de négocier.")


def undeclared(line: str, text: str) -> md.Metadata:
    html = (f"<html><head><title>Kestrelby - Kestrel Courier</title></head><body><h1>Grève au port de Kestrelby"
            f"</h1><p>{line}</p><p>{text}</p><p>{text}</p></body></html>")
    return extract_metadata(Page(html, URL))


def test_numeric_dates_are_day_first_under_a_text_that_is_not_english():
    assert undeclared("Publié le 06/12/2031 à 14h30", FRENCH).published[:10] == "2031-12-06"
    md.switch_off("day-first-from-text")
    try:
        assert undeclared("Publié le 06/12/2031 à 14h30", FRENCH).published[:10] == "2031-06-12"
    finally:
        md.switch_off()


def test_numeric_dates_stay_month_first_under_english_text():
    assert undeclared("Posted 12/06/2031", TEXT + " " + TEXT).published[:10] == "2031-12-06"


# --- datelines -----------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, opening", [
    ("de", "Kestrelby, 6. Dezember 2031. Mehrere hundert Hafenarbeiter haben am Samstag die Arbeit niedergelegt."),
    ("fr", "Kestrelby, le 6 décembre 2031. Plusieurs centaines de dockers ont cessé le travail samedi."),
    ("en", "KESTRELBY, December 6, 2031. Several hundred dock workers walked off the job on Saturday."),
])
def test_a_dateline_whose_date_ends_with_a_full_stop(lang, opening):
    body = f"<h1>{HEADLINE}</h1><p>{opening}</p>"
    assert meta(body, lang=lang).published == "2031-12-06"
    assert off("dateline-full-stop", body, lang=lang).published is None


@pytest.mark.parametrize("opening", [
    "Kestrelby, 6. Dezember. Mehrere hundert Hafenarbeiter haben am Samstag die Arbeit niedergelegt.",
    "Die Hafenarbeiter, seit 2031. Mehrere hundert haben am Samstag die Arbeit niedergelegt.",
])
def test_no_dateline_without_a_full_date(opening):
    assert meta(f"<h1>{HEADLINE}</h1><p>{opening}</p>", lang="de").published is None


# --- links to authors' pages ---------------------------------------------------------------------

@pytest.mark.parametrize("lang, under, names", [
    ("en", '<div class="meta-x"><a href="/author/tamsin-okafor/">Tamsin Okafor</a></div>', ["Tamsin Okafor"]),
    ("en", '<p><a href="https://example.org/profile/tamsinokafor">Tamsin Okafor</a> and '
           '<a href="https://example.org/profile/jo-ng">Jo Ng</a></p>', ["Tamsin Okafor", "Jo Ng"]),
    ("de", '<p><a href="/autor/jonas-brenner"><span>Jonas Brenner</span></a></p>', ["Jonas Brenner"]),
    ("fr", '<p><a href="/auteur/camille-rouault">Camille Rouault</a></p>', ["Camille Rouault"]),
    ("es", '<p><a href="/autor/lucia-ferrer">Lucía Ferrer</a></p>', ["Lucía Ferrer"]),
])
def test_a_name_that_links_to_an_authors_page(lang, under, names):
    rule_gives_authors("author-link", under, names, lang)


def test_a_link_to_an_authors_page_in_a_box_of_other_stories_or_far_below_is_no_byline():
    related = '<div class="related-stories"><a href="/author/tamsin-okafor/">Tamsin Okafor</a></div>'
    assert meta(f"<h1>{HEADLINE}</h1>{related}").authors == []
    far = "".join(f"<p>Short line {i}</p>" for i in range(15))
    assert meta(f'<h1>{HEADLINE}</h1>{far}<p><a href="/author/tamsin-okafor/">Tamsin Okafor</a></p>').authors == []
    assert meta(f'<h1>{HEADLINE}</h1><p><a href="/tag/tamsin-okafor/">Tamsin Okafor</a></p>').authors == []


# --- a line with the publication and an update -----------------------------------------------------

@pytest.mark.parametrize("lang, line", [
    ("de", "Veröffentlicht am 06.12.2031, 14:30 Uhr, aktualisiert am 08.12.2031, 09:15 Uhr"),
    ("de", "Aktualisiert am 08.12.2031 | Erschienen am 06.12.2031"),
    ("it", "Aggiornato il 8 dicembre 2031 - Pubblicato il 6 dicembre 2031"),
    ("en", "Updated Dec. 8, 2031 · Posted Dec. 6, 2031"),
])
def test_a_line_with_the_publication_and_an_update_gives_the_publication(lang, line):
    body = f"<h1>{HEADLINE}</h1><p>{line}</p><p>Kestrelby</p><p>10.12.2031</p>"
    assert meta(body, lang=lang).published.startswith("2031-12-06")
    assert not (off("published-and-updated-line", body, lang=lang).published or "").startswith("2031-12-06")


def test_a_published_word_is_read_at_a_word_start_only():
    # "Republican" holds "publi": the line is still an update, not the publication
    body = f"<h1>{HEADLINE}</h1><p>Republican reaction added, updated Dec. 8, 2031</p><p>Dec. 6, 2031</p>"
    assert meta(body).published.startswith("2031-12-06")
    assert meta(f"<h1>{HEADLINE}</h1><p>Updated Dec. 8, 2031 | Publication Dec. 6, 2031</p>").published.startswith(
        "2031-12-06"
    )


@pytest.mark.parametrize("lang, line, names", [
    ("en", "Tamsin Okafor, The Kestrel Courier", ["Tamsin Okafor"]),
    ("de", "Jonas Brenner, Die Kestrelzeitung", ["Jonas Brenner"]),
    ("fr", "Camille Rouault, Le Courrier de Kestrel", ["Camille Rouault"]),
    ("es", "Lucía Ferrer y Tomás Ibarra, El Heraldo de Kestrel", ["Lucía Ferrer", "Tomás Ibarra"]),
])
def test_a_name_line_with_an_outlet_that_opens_with_an_article(lang, line, names):
    rule_gives_authors("name-article-outlet", f"<p>{line}</p>", names, lang)


def test_a_name_and_a_lower_case_description_is_no_byline():
    assert meta(f"<h1>{HEADLINE}</h1><p>Tamsin Okafor, the strike leader</p>").authors == []


def test_the_heading_that_shows_the_headline_after_a_kicker_is_where_the_date_is_read():
    body = (f'<h1>KC Online</h1><p>01.12.2031</p>'
            f'<h1><span class="kicker">Streik</span> {HEADLINE}</h1><p>06.12.2031</p>')
    assert meta(body, lang="de").published == "2031-12-06"
    assert off("heading-with-kicker", body, lang="de").published == "2031-12-01"


def test_without_a_headline_no_heading_shows_it_and_the_first_h1_stands_in():
    # (an empty headline is in every heading's text: it must not make the page's first <h2> the headline's)
    page = Page(f"<html><body><h2>More stories</h2><h1>KC</h1><p>By Tamsin Okafor</p><p>{TEXT}</p></body></html>", URL)
    assert md._headline_element(page, "").tag == "h1"
    assert md._headline_element(Page(f"<html><body><h2>More stories</h2><p>{TEXT}</p></body></html>", URL), "") is None


# --- the address that share links carry ------------------------------------------------------------

SHARE = ('<a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fkestrel.example%2F2031%2F12%2F06%2Fdock-strike%2F">'
         'Share</a><a href="https://twitter.com/intent/tweet?text=Dock%20strike&amp;url=https://kestrel.example/2031/12/06/'
         'dock-strike/">Post</a><a href="mailto:?subject=Dock%20strike&amp;body=https://kestrel.example/2031/12/06/dock-strike/">'
         'E-mail</a>')


def test_the_date_in_the_address_that_share_links_carry():
    body = f"<h1>{HEADLINE}</h1>{SHARE}"
    assert meta(body).published == "2031-12-06"
    assert off("share-link-date", body).published is None


def test_the_share_links_date_wins_over_another_date_under_the_headline():
    body = f"<h1>{HEADLINE}</h1><p>Dec. 9, 2031</p>{SHARE}"
    assert meta(body).published == "2031-12-06"
    assert off("share-link-date", body).published == "2031-12-09"


def test_links_that_share_nothing_dated_give_no_date():
    body = (f'<h1>{HEADLINE}</h1><a href="https://www.facebook.com/sharer/sharer.php?u=https://kestrel.example/news/dock">'
            'Share</a><a href="https://kestrel.example/2031/12/06/other-story/">Other story</a>')
    assert meta(body).published is None
