"""Article metadata from small hand-written pages: declared data first, the visible page as fallback."""

import json

import pytest

from rallycrawl.extraction.metadata import byline_names, clean_authors, extract_metadata, strip_site_name
from rallycrawl.extraction.page import Page

URL = "https://news.example.org/local/2022/03/14/tenants-march-on-city-hall/"
BODY = "<p>" + "Tenants walked from the river park to the town hall on Monday. " * 5 + "</p>"


def page(head: str = "", body: str = "", url: str = URL) -> Page:
    return Page(f"<html><head>{head}</head><body>{body}{BODY}</body></html>", url)


def ld(**obj) -> str:
    return f'<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", **obj})}</script>'


# --- JSON-LD -------------------------------------------------------------------------------

def test_json_ld_article_gives_headline_authors_dates_and_publisher():
    meta = extract_metadata(page(ld(
        **{"@type": "NewsArticle"},
        headline="Tenants march on City Hall over rent rises",
        datePublished="2022-03-14T09:15:00+01:00",
        dateModified="2022-03-14T12:00:00+01:00",
        author=[{"@type": "Person", "name": "Mara Quist"}, {"@type": "Person", "name": "Tobias Lenk"}],
        publisher={"@type": "Organization", "name": "The Riverside Courier"},
        inLanguage="en-GB",
    )))
    assert meta.headline == "Tenants march on City Hall over rent rises"
    assert meta.published == "2022-03-14T09:15:00+01:00"
    assert meta.modified == "2022-03-14T12:00:00+01:00"
    assert meta.authors == ["Mara Quist", "Tobias Lenk"]
    assert meta.publisher == "The Riverside Courier"
    assert meta.language == "en"


def test_json_ld_in_a_graph_and_an_organisation_author_is_no_person():
    graph = {"@graph": [
        {"@type": "WebSite", "name": "Riverside Courier"},
        {"@type": "NewsArticle", "headline": "Strike closes the port",
         "datePublished": "2022-03-14", "author": {"@type": "Organization", "name": "Courier Wire"}},
    ]}
    meta = extract_metadata(page(ld(**graph)))
    assert meta.headline == "Strike closes the port"
    assert meta.published == "2022-03-14"
    assert meta.authors == []


def test_placeholder_json_ld_date_falls_through_to_the_visible_date():
    meta = extract_metadata(page(
        ld(**{"@type": "NewsArticle"}, headline="Vigil for the flood victims", datePublished="0001-01-01T00:00:00Z"),
        '<div class="article-date">Published 6:05 PM EST Mar 14, 2022</div>',
        url="https://news.example.org/vigil-flood-victims",
    ))
    assert meta.published == "2022-03-14T18:05:00-05:00"


# --- OpenGraph, meta and microdata --------------------------------------------------------------

def test_opengraph_and_article_meta():
    meta = extract_metadata(page(
        '<meta property="og:title" content="Farmers block the ring road">'
        '<meta property="og:site_name" content="Valley Post">'
        '<meta property="article:published_time" content="2022-03-14T07:00:00-05:00">'
        '<meta name="author" content="By Ines Varga and Paul Oyelaran">'
    ))
    assert meta.headline == "Farmers block the ring road"
    assert meta.published == "2022-03-14T07:00:00-05:00"
    assert meta.authors == ["Ines Varga", "Paul Oyelaran"]
    assert meta.publisher == "Valley Post"


def test_other_publication_date_names_in_meta():
    meta = extract_metadata(page('<meta name="web_publish_date" content="03/14/2022">'
                                 '<meta name="last_update_date" content="03/20/2022">'))
    assert meta.published == "2022-03-14"


def test_microdata_author_and_date():
    meta = extract_metadata(page(body=(
        '<article itemscope itemtype="https://schema.org/NewsArticle">'
        '<h1 itemprop="headline">Nurses walk out at two hospitals</h1>'
        '<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
        'by <span itemprop="name">Lotte Brandt</span></span>'
        '<meta itemprop="datePublished" content="2022-03-14T10:00:00+01:00"></article>'
    ), url="https://news.example.org/nurses"))
    assert meta.headline == "Nurses walk out at two hospitals"
    assert meta.authors == ["Lotte Brandt"]
    assert meta.published == "2022-03-14T10:00:00+01:00"


def test_date_assigned_in_a_script():
    meta = extract_metadata(page('<script>var pageInfo = {"firstPublished": "2022-03-14T08:30:00Z",'
                                 ' "lastModified": "2022-03-15T08:30:00Z"};</script>'))
    assert meta.published == "2022-03-14T08:30:00+00:00"


# --- visible-only pages --------------------------------------------------------------------------

def test_visible_only_page_headline_byline_and_date():
    meta = extract_metadata(page(
        "<title>Dockers strike for a second day | Harbour Times</title>",
        '<h1>Dockers strike for a second day</h1>'
        '<p class="byline">By SOFIA ANDRADE, Harbour Times Labour Correspondent</p>'
        '<span class="date">Monday, 14 March 2022, 4:10 pm</span>',
        url="https://harbour.example.com/dockers-strike",
    ))
    assert meta.headline == "Dockers strike for a second day"
    assert meta.authors == ["Sofia Andrade"]
    assert meta.published == "2022-03-14T16:10:00"


def test_updated_line_is_not_the_publication_date_and_url_date_settles_conflicts():
    meta = extract_metadata(page(
        body='<div class="meta">Updated 21 March 2022</div><div class="meta">Posted on 2 January 2020</div>',
    ))
    # The visible date disagrees with the date in the URL: the URL wins.
    assert meta.published == "2022-03-14"


def test_visible_byline_completes_a_shorter_declared_author_list():
    meta = extract_metadata(page(
        ld(**{"@type": "NewsArticle"}, headline="Students occupy the library",
           author={"@type": "Person", "name": "Rhea Kowalczyk"}),
        '<div class="story-byline">By RHEA KOWALCZYK, DEV MALHOTRA and ANA LUÍSA FERRO Associated Writers'
        '</div>',
    ))
    assert meta.authors == ["Rhea Kowalczyk", "Dev Malhotra", "Ana Luísa Ferro"]


def test_desk_byline_names_nobody_and_related_bylines_are_not_used():
    meta = extract_metadata(page(
        '<meta name="author" content="Courier Staff">',
        '<div class="related"><span class="author">By Ola Hansen</span></div>',
    ))
    assert meta.authors == []


# --- site-name suffixes ------------------------------------------------------------------------

@pytest.mark.parametrize(
    "title",
    [
        "Pensioners rally against cuts | Harbour Times",
        "Pensioners rally against cuts - Harbour Times",
        "Pensioners rally against cuts — Harbour Times",
        "Harbour Times: Pensioners rally against cuts",
        "Pensioners rally against cuts · harbour times",
    ],
)
def test_site_name_suffixes_are_stripped(title):
    assert strip_site_name(title, ["Harbour Times"]) == "Pensioners rally against cuts"


def test_headline_from_title_without_declared_site_name():
    meta = extract_metadata(page("<title>Pensioners rally against pension cuts - Harbour Times</title>"))
    assert meta.headline == "Pensioners rally against pension cuts"


def test_headline_with_a_colon_or_dash_of_its_own_is_kept():
    meta = extract_metadata(page(
        '<meta property="og:site_name" content="Harbour Times">'
        "<title>Strike day two: ferries stay in port | Harbour Times</title>",
        "<h1>Strike day two: ferries stay in port</h1>",
    ))
    assert meta.headline == "Strike day two: ferries stay in port"


def test_single_quoted_headline_and_entities():
    meta = extract_metadata(page(
        "<title>&#8216;We will not move&#8217;: residents block demolition &amp; eviction | Harbour Times</title>",
        "<h1>&#8216;We will not move&#8217;: residents block demolition &amp; eviction</h1>",
    ))
    assert meta.headline == "\u2018We will not move\u2019: residents block demolition & eviction"


# --- byline strings ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (["By Mara Quist"], ["Mara Quist"]),
        (["Analysis by Mara Quist, Courier Editor-at-large"], ["Mara Quist"]),
        (["Von Jonas Becker und Lea Wolf"], ["Jonas Becker", "Lea Wolf"]),
        (["Por Lucía Fernández y Mateo Ruiz"], ["Lucía Fernández", "Mateo Ruiz"]),
        (["Par Claire Dubois"], ["Claire Dubois"]),
        (["MARA QUIST"], ["Mara Quist"]),
        (["Mara Quist", "mara quist"], ["Mara Quist"]),
        (["Ursula van der Berg"], ["Ursula van der Berg"]),
        (["J. R. Okafor"], ["J. R. Okafor"]),
        (["Staff Reporter"], ["Staff Reporter"]),
        (["Mara Quist", "Staff Reporter"], ["Mara Quist"]),
        (["Reuters"], []),
        (["Editorial"], []),
        (["Courier Sport"], []),
        (["The Associated Press"], []),
        (["https://news.example.org/authors/mara-quist"], []),
        (["mara@example.org"], []),
        (["Mara Quist mara@example.org"], ["Mara Quist"]),
        (["Mara Quist (Reuters)"], ["Mara Quist"]),
        (["Zo&euml; Quist &amp; Ana Ruiz"], ["Zoë Quist", "Ana Ruiz"]),
        (["By Mara Quist @maraquist"], ["Mara Quist"]),
        (["Martin Luther King Jr. and Mara Quist"], ["Martin Luther King Jr.", "Mara Quist"]),
    ],
)
def test_clean_authors(raw, expected):
    assert clean_authors(raw) == expected


def test_outlet_names_are_not_authors():
    assert clean_authors(["Harbour Times"], not_names=["Harbour Times"]) == []
    assert clean_authors(["Sofia Andrade Valley Chronicle"], not_names=["Valley Chronicle"]) == ["Sofia Andrade"]


def test_visible_byline_title_after_a_comma_is_no_name():
    names, roles = byline_names("Glen Faraday, Ap National Political Writer", strict=True)
    assert names == ["Glen Faraday"] and roles == ["Ap National Political Writer"]
    names, _ = byline_names("By MARTA VELLING and JUNE HARROWAY Associated Press", strict=True)
    assert names == ["Marta Velling", "June Harroway"]


def test_visible_byline_stops_at_dates_and_roles():
    names, _ = byline_names("By Mara Quist , Tobias Lenk 2022-03-14T09:15:00Z Politics", strict=True)
    assert names == ["Mara Quist", "Tobias Lenk"]
    names, _ = byline_names("By Mara Quist | March 14, 2022 9:15 AM Print this article", strict=True)
    assert names == ["Mara Quist"]
    names, _ = byline_names("by European Space Agency", strict=True)
    assert names == []


def test_long_byline_is_cheap():
    import time

    start = time.perf_counter()
    byline_names("By " + "Mara " * 200_000, strict=True)
    clean_authors(["x" * 1_000_000])
    assert time.perf_counter() - start < 1.0


def test_visible_bylines_in_other_languages():
    meta = extract_metadata(page(
        '<meta property="article:author" content="https://journal.example.fr/auteurs/claire-dubois">',
        '<div class="signature">Par <a class="auteur" href="/auteurs/claire-dubois">Claire Dubois</a>'
        ' <span>Publié le 20 janvier 2024 à 18h12</span></div>',
        url="https://journal.example.fr/region/manifestation",
    ))
    assert meta.authors == ["Claire Dubois"]
    assert meta.published == "2024-01-20T18:12:00"
    meta = extract_metadata(page(body='<p class="autor">Von Jonas Becker, aktualisiert am 3. Mai 2024</p>'))
    assert meta.authors == ["Jonas Becker"]
    names, _ = byline_names("By Marine Le Pen", strict=True)
    assert names == ["Marine Le Pen"]


def test_numeric_visible_dates_follow_the_page_language():
    body = '<small class="text-muted">05/10/2018 - Publicado por: Ana Souza</small>'
    pt = Page(f'<html lang="pt-BR"><body>{body}{BODY}</body></html>', "https://noticias.example.br/n/1")
    us = Page(f'<html lang="en-US"><body>{body}{BODY}</body></html>', "https://news.example.com/n/1")
    assert extract_metadata(pt).published == "2018-10-05"
    assert extract_metadata(us).published == "2018-05-10"


def test_logo_h1_is_not_the_headline():
    meta = extract_metadata(page(
        '<meta property="og:title" content="Ferry crews strike over rosters">'
        '<meta property="og:site_name" content="Harbour Times">'
        "<title>Ferry crews strike over rosters | Harbour Times</title>",
        "<h1>Harbour Times</h1><h2>Ferry crews strike over rosters</h2>",
    ))
    assert meta.headline == "Ferry crews strike over rosters"


def test_without_declared_titles_the_h1_that_tells_the_title_story_wins():
    # The <title> says it in other words; the <h1> is what readers see.
    meta = extract_metadata(page(
        "<title>Ferry strike: crews stop work (day two)</title>",
        "<h1>Harbour Times</h1><h1>Ferry strike day two: crews stop work again</h1>",
    ))
    assert meta.headline == "Ferry strike day two: crews stop work again"
    # An <h1> that shares nothing with a full <title> is a logo or a section name.
    meta = extract_metadata(page("<title>Ferry crews stop work for a second day - Hbr</title>", "<h1>Hafenblatt</h1>"))
    assert meta.headline == "Ferry crews stop work for a second day"
    # A <title> that is only the site's name leaves the headline to the <h1>.
    meta = extract_metadata(page("<title>Harbour Times</title>", "<h1>Ferry crews stop work</h1>"))
    assert meta.headline == "Ferry crews stop work"


def test_h1_that_is_one_part_of_the_title():
    meta = extract_metadata(page("<title>About the strike – Harbour Ferry Workers Association</title>",
                                 "<h1>About the strike</h1>"))
    assert meta.headline == "About the strike"


def test_h1_with_typographic_quotes_and_dashes_is_what_readers_see():
    meta = extract_metadata(page(
        "<meta property=\"og:title\" content=\"'We stay' - tenants occupy the lobby\">",
        "<h1>\u2018We stay\u2019 \u2013 tenants occupy the lobby</h1>",
    ))
    assert meta.headline == "\u2018We stay\u2019 \u2013 tenants occupy the lobby"


def test_h1_telling_the_story_in_other_words_beats_a_social_title():
    meta = extract_metadata(page(
        '<meta property="og:title" content="HS Roundup: Ferry strike closes school trips">',
        "<h1>High School Roundup: Ferry strike closes school trips</h1><h1>Most read</h1>",
    ))
    assert meta.headline == "High School Roundup: Ferry strike closes school trips"
    meta = extract_metadata(page(
        '<meta property="og:title" content="Ferry strike closes school trips">',
        # another story's headline; the page shows its own in a box of its own
        "<h1>Why don't you go and count the reindeer?</h1><div class=\"headline\">Ferry strike closes school trips</div>",
    ))
    assert meta.headline == "Ferry strike closes school trips"


def test_kicker_inside_the_h1_is_left_out():
    meta = extract_metadata(page(
        '<meta property="og:title" content="Ferry crews stop work for a second day">',
        '<h1><span class="kicker">Strike</span>Ferry crews stop work for a second day</h1>',
    ))
    assert meta.headline == "Ferry crews stop work for a second day"


def test_declared_title_ending_in_a_quote_is_not_cut():
    title = "Ferry strike enters second day \u2013 \u2018We will not back down\u2019"
    meta = extract_metadata(page(f'<meta property="og:title" content="{title}">', f"<h1>{title}</h1>"))
    assert meta.headline == title


def test_section_name_h1_is_not_the_headline():
    meta = extract_metadata(page(
        '<meta property="og:title" content="Protests erupt over fuel prices in the capital">',
        "<h1>Protests</h1>",
    ))
    assert meta.headline == "Protests erupt over fuel prices in the capital"


def test_offset_from_meta_completes_a_json_ld_time_without_one():
    meta = extract_metadata(page(
        ld(**{"@type": "NewsArticle"}, headline="Dockers strike", datePublished="2022-03-14T09:15:00")
        + '<meta property="article:published_time" content="2022-03-14T09:15:00-05:00">'
    ))
    assert meta.published == "2022-03-14T09:15:00-05:00"
    meta = extract_metadata(page(ld(**{"@type": "NewsArticle"}, headline="Dockers strike",
                                    datePublished="2022-03-14T09:15:00")))
    assert meta.published == "2022-03-14T09:15:00"


def test_unmarked_byline_and_date_lines_after_the_headline():
    html = (
        '<html lang="de"><head><title>Mahnwache vor dem Rathaus - Kurier</title></head><body>'
        "<h1>Mahnwache vor dem Rathaus</h1><div>Von ANNA BERGER und JENS KRÖGER</div>"
        f"<div>Veröffentlicht am 02.10.2023 um 19:45 Uhr</div>{BODY}</body></html>"
    )
    meta = extract_metadata(Page(html, "https://kurier.example.de/region/mahnwache"))
    assert meta.authors == ["Anna Berger", "Jens Kröger"]
    assert meta.published == "2023-10-02T19:45:00"


def test_spanish_date_class_and_desk_byline():
    meta = extract_metadata(Page(
        '<html lang="es-ES"><body><h1>La buena marcha del turismo</h1>'
        '<span class="byline">Redacción</span> <span class="fecha">14/08/2024</span>'
        f"{BODY}</body></html>", "https://gaceta.example.es/economia/turismo"))
    assert meta.authors == []
    assert meta.published == "2024-08-14"


def test_json_ld_author_given_by_reference():
    graph = {"@graph": [
        {"@type": "NewsArticle", "headline": "Strike closes the port", "datePublished": "2022-03-14",
         "author": {"@id": "https://news.example.org/#/schema/person/7"}},
        {"@type": "Person", "@id": "https://news.example.org/#/schema/person/7", "name": "Mara Quist"},
        {"@type": "Organization", "@id": "https://news.example.org/#org", "name": "Harbour Times"},
    ]}
    assert extract_metadata(page(ld(**graph))).authors == ["Mara Quist"]
    graph["@graph"][0]["author"] = {"@id": "https://news.example.org/#org"}
    assert extract_metadata(page(ld(**graph))).authors == []


def test_html_entities_in_json_ld_titles_are_decoded():
    meta = extract_metadata(page(ld(**{"@type": "NewsArticle"}, headline="Dockers&#8217; strike &amp; the port")))
    assert meta.headline == "Dockers\u2019 strike & the port"


def test_byline_beats_a_json_ld_reference_to_the_posting_account():
    graph = {"@graph": [
        {"@type": "NewsArticle", "headline": "Strike closes the port",
         "author": {"@id": "https://news.example.org/#/schema/person/7"}},
        {"@type": "Person", "@id": "https://news.example.org/#/schema/person/7", "name": "Web Producer"},
    ]}
    meta = extract_metadata(page(ld(**graph), '<div class="article-byline">By Ines Varga , Paul Oyelaran</div>'))
    assert meta.authors == ["Ines Varga", "Paul Oyelaran"]


def test_hostile_scripts_and_bylines_cost_little():
    import time

    start = time.perf_counter()
    script = '<script>' + 'var publishDate = "' * 50_000 + "</script>"
    assert extract_metadata(page(script)).published == "2022-03-14"  # from the URL
    nested = '<div class="byline author date meta">' * 2000 + "By " + "Mara " * 100_000 + "</div>" * 2000
    extract_metadata(page(body=nested))
    assert time.perf_counter() - start < 2.0


def test_desk_as_the_first_visible_byline_stops_the_search():
    meta = extract_metadata(page(body=(
        '<span class="byline__author-name">Courier Sport</span>'
        '<div class="related"><span class="card-author">Ola Hansen</span></div>'
    )))
    assert meta.authors == []


def test_bylines_of_related_stories_are_not_the_authors():
    meta = extract_metadata(page(body=(
        '<div class="related-links"><div class="related-links-author">Ola Hansen</div></div>'
        '<div class="recommended"><span class="author">Ben Kurz</span></div>'
        '<p class="story-byline">By Ines Varga</p>'
    )))
    assert meta.authors == ["Ines Varga"]


def test_one_byline_element_per_author():
    meta = extract_metadata(page(body=(
        '<div class="signature">Par <span class="auteur-nom">Hélène Guérin</span> et '
        '<span class="auteur-nom">Yannick Le Gall</span></div>'
        '<ul class="autres"><li><span class="auteur-nom">Ola Hansen</span></li></ul>'
    )))
    assert meta.authors == ["Hélène Guérin", "Yannick Le Gall"]
