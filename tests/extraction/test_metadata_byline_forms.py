"""Byline and date forms of pages without metadata, one test per named rule of metadata.RULES
added for them, each with the rule on and switched off (invented pages, towns, people and
outlets)."""

from __future__ import annotations

import pytest

from rallycrawl.extraction import metadata as md
from rallycrawl.extraction.metadata import byline_names, clean_authors
from tests.helpers.metadata_pages import HEADLINE, TEXT, page_metadata, rules_off

URL = "http://127.0.0.1:8000/pages/harbour.html"


def meta(body: str, *, url: str = URL, title: str = HEADLINE) -> md.Metadata:
    return page_metadata(body, url=url, title=title)


def off(rule: str, body: str, **kw) -> md.Metadata:
    with rules_off(rule):
        return meta(body, **kw)


def test_the_rules_are_named():
    assert {"touching-pieces-apart", "byline-place-block-words", "outlet-from-address", "repeated-name",
            "initial-not-connector", "name-above-time-line", "date-line-year", "story-h1", "desk-line-first",
            "credit-after-last-author"} <= md.RULES.keys()


# --- bylines -------------------------------------------------------------------------------------

def test_touching_inline_pieces_are_two_words():
    body = (f'<h1>{HEADLINE}</h1><div class="story-byline">By <span>Tamsin Okafor</span>'
            f'<span class="story-byline__title">Staff Writer</span></div>')
    assert meta(body).authors == ["Tamsin Okafor"]
    assert off("touching-pieces-apart", body).authors == []


def test_a_lower_case_letter_before_a_comma_is_no_word_break():
    assert not md._touching("Okafor", ", Reuters")
    assert md._touching("Okafor", "Staff Writer")
    assert not md._touching("O'", "Brien")


def test_an_image_word_in_a_modifier_does_not_make_an_author_box_a_photo_block():
    body = (f'<h1>{HEADLINE}</h1><p>{TEXT}</p><div class="author-box author-box--layout-image-left">'
            f'<h4 class="author-box__name">Tamsin Okafor</h4></div>')
    assert meta(body).authors == ["Tamsin Okafor"]
    assert off("byline-place-block-words", body).authors == []


def test_a_state_flag_on_the_story_does_not_make_it_a_photo_block():
    body = (f'<article class="post no-image"><h1>{HEADLINE}</h1>'
            f'<div class="byline"><a href="/team/">Tamsin Okafor</a></div></article>')
    assert meta(body).authors == ["Tamsin Okafor"]
    assert off("byline-place-block-words", body).authors == []


def test_the_container_that_holds_the_headline_is_no_caption():
    body = (f'<header class="story-header story-header__caption-style"><h1>{HEADLINE}</h1>'
            f'<div class="byline"><span class="byline__name">Tamsin Okafor</span></div></header>')
    assert meta(body).authors == ["Tamsin Okafor"]
    assert off("byline-place-block-words", body).authors == []


def test_a_real_caption_still_holds_no_byline():
    body = (f'<h1>{HEADLINE}</h1><div class="photo-caption"><span class="author">Jo Ng</span></div>')
    assert meta(body).authors == []


def test_the_outlet_that_the_address_names_is_no_author():
    # (an outlet name without a newspaper word: "newspaper-not-author" would drop "Harbour Courier" too)
    body = (f'<h1>{HEADLINE}</h1><div class="byline-section"><div class="author">Tamsin Okafor</div>'
            f'<div class="publication">Harbour Beacon</div><div>Published 6:10 AM Dec 6, 2031</div></div>')
    url = "https://www.harbourbeacon.example/story/news/2031/12/06/dock-strike/"
    assert meta(body, url=url).authors == ["Tamsin Okafor"]
    assert off("outlet-from-address", body, url=url).authors == ["Tamsin Okafor", "Harbour Beacon"]


def test_the_outlet_at_the_start_of_the_address_and_at_a_name_end():
    assert md._without_address_outlet(["Harbour Courier"], ["harbourcouriermag"]) == []
    assert md._without_address_outlet(["Tamsin Okafor HarbourCourier"], ["harbourcourier"]) == ["Tamsin Okafor"]


def test_a_writers_own_site_keeps_her_name():
    assert md._without_address_outlet(["Tamsin Okafor"], ["tamsinokafor"]) == ["Tamsin Okafor"]


def test_a_name_written_twice_is_one_name():
    body = (f'<h1>{HEADLINE}</h1><div class="author">By <span class="wide">Tamsin Okafor</span> '
            f'<a class="narrow">Tamsin Okafor</a></div>')
    assert meta(body).authors == ["Tamsin Okafor"]
    assert off("repeated-name", body).authors == ["Tamsin Okafor Tamsin Okafor"]


def test_a_name_after_a_word_of_an_author_box_is_that_name():
    body = (f'<h1>{HEADLINE}</h1><div class="story-meta-byline"><div>By <a>Tamsin Okafor</a></div>'
            f'<ul><li>About Tamsin Okafor</li><li>Follow Tamsin Okafor</li></ul><div>December 6, 2031</div></div>')
    assert meta(body).authors == ["Tamsin Okafor"]
    assert off("repeated-name", body).authors == ["Tamsin Okafor", "About Tamsin Okafor"]


@pytest.mark.parametrize("byline, name", [("By Tamsin E. Okafor", "Tamsin E. Okafor"),
                                          ("By Rui Y. Paz", "Rui Y. Paz")])
def test_an_initial_is_no_connector(byline, name):
    assert clean_authors([byline], strict=True) == [name]
    with rules_off("initial-not-connector"):
        assert clean_authors([byline], strict=True) != [name]


def test_a_lower_case_connector_still_joins_two_authors():
    assert clean_authors(["Ana Ruiz e Rui Paz"]) == ["Ana Ruiz", "Rui Paz"]
    assert clean_authors(["Por Ana Ruiz y Rui Paz"]) == ["Ana Ruiz", "Rui Paz"]


@pytest.mark.parametrize("when", ["Monday 6:30PM", "3 hours ago", "Montag, 18:30"])
def test_a_name_above_a_weekday_and_time_is_a_byline(when):
    body = f'<h1>{HEADLINE}</h1><a class="js-link">Tamsin Okafor</a><a class="js-time">{when}</a>'
    assert meta(body).authors == ["Tamsin Okafor"]
    assert off("name-above-time-line", body).authors == []


def test_a_desk_before_a_role_ends_a_name():
    assert byline_names("By Tamsin Okafor Business Columnist", strict=True)[0] == ["Tamsin Okafor"]


def test_a_desk_first_in_a_byline_element_names_nobody_after_it():
    body = (f'<h1>{HEADLINE}</h1><footer class="story-author"><div>Kestrel Sport</div>'
            f'<div>Follow the topics of this story</div><div>Dock Strike</div></footer>')
    assert meta(body).authors == []
    assert off("desk-line-first", body).authors == ["Dock Strike"]


def test_after_the_last_and_a_comma_gives_the_outlet():
    byline = "By Tamsin Okafor and Jo Ng, Harbour Courier"
    assert byline_names(byline, strict=True) == (["Tamsin Okafor", "Jo Ng"], ["Harbour Courier"])
    assert byline_names("By Rui Paz, Jo Ng and Tamsin Okafor", strict=True)[0] == ["Rui Paz", "Jo Ng", "Tamsin Okafor"]
    with rules_off("credit-after-last-author"):
        assert byline_names(byline, strict=True)[0] == ["Tamsin Okafor", "Jo Ng", "Harbour Courier"]


def test_after_a_line_of_names_joined_by_and_the_next_line_is_the_outlet():
    body = (f'<h1>{HEADLINE}</h1><div class="byline-section"><div class="author">Tamsin Okafor and Jo Ng</div>'
            f'<div class="paper">Kestrelby Evening Star</div></div>')
    assert meta(body).authors == ["Tamsin Okafor", "Jo Ng"]
    assert off("credit-after-last-author", body).authors == ["Tamsin Okafor", "Jo Ng", "Kestrelby Evening Star"]


def test_one_author_per_line_is_still_read():
    body = (f'<h1>{HEADLINE}</h1><div class="byline"><div>By Tamsin Okafor</div><div>Jo Ng</div></div>')
    assert meta(body).authors == ["Tamsin Okafor", "Jo Ng"]


# --- dates ---------------------------------------------------------------------------------------

def test_a_date_line_without_a_year_takes_the_year_of_the_address():
    body = f'<h1>{HEADLINE}</h1><time>Updated Dec 3, 9:40 PM</time><time>Posted Dec 3, 9:12 PM</time>'
    url = "https://www.harbourcourier.example/news/2031/12/dock-strike.html"
    assert meta(body, url=url).published == "2031-12-03"
    assert off("date-line-year", body, url=url).published is None


def test_a_date_line_without_a_year_takes_the_year_of_the_copyright():
    body = f'<h1>{HEADLINE}</h1><div class="by">By Tamsin Okafor</div><div class="when">Dec 4</div>'
    footer = "<footer>© 2031 Harbour Courier</footer>"
    assert meta(body + footer).published == "2031-12-04"
    assert off("date-line-year", body + footer).published is None


def test_an_address_month_that_disagrees_gives_no_year():
    body = f'<h1>{HEADLINE}</h1><div class="when">Dec 4</div>'
    assert meta(body, url="https://www.harbourcourier.example/2031/10/dock-strike/").published is None


def test_the_story_h1_before_a_site_headers_copy():
    body = ('<header class="site-header"><h1 class="site-header__story-title">The roster fight</h1>'
            '<div class="today">Dec. 7, 2031</div></header>'
            '<article><h1>The roster fight</h1><div>By Tamsin Okafor</div><div>Dec. 6, 2031</div></article>')
    assert meta(body).published == "2031-12-06"
    # (the <h1> is also the headline, h1-over-title: story-heading-over-copy finds the story's too)
    with rules_off("story-h1", "story-heading-over-copy"):
        assert meta(body).published == "2031-12-07"


# --- body-over-declared-language: the body's language wins when it is plainly another ---------------

_GERMAN_BODY = " ".join([
    "Die Leute treffen sich jeden Montag, und in der Stadt sind viele mit dabei, sei es im Handel, in der Industrie oder in der Pflege.",
    "Es ist eine Gruppe aus Handel und Pflege, die seit Jahren dafür kämpft, dass die Busse auch am Abend fahren, und das ist für die Stadt nicht neu.",
    "Es ist nicht das erste Mal, dass die Gruppe mit der Stadt und dem Land spricht, und auch die Stadt hat sich für die Gruppe eingesetzt, die auf dem Markt ist.",
])


def test_a_body_plainly_in_another_language_settles_the_article_language():
    from rallycrawl.extraction import metadata

    assert metadata.settled_language("en", _GERMAN_BODY) == "de"
    assert metadata.settled_language("en-GB", _GERMAN_BODY) == "de"
    assert metadata.settled_language(None, _GERMAN_BODY) == "de"  # nothing declared: the body's
    # a short text, or one in the declared language with a few words of another, keeps the declared one
    assert metadata.settled_language("en", _GERMAN_BODY[:120]) == "en"
    english = "The march in Borgoverde, die Stadt der Gruppe, was led by the union and the tenants. " * 8
    assert metadata.settled_language("en", english) == "en"
    with rules_off("body-over-declared-language"):
        assert metadata.settled_language("en", _GERMAN_BODY) == "en"


def test_extract_article_exports_the_body_language_over_a_wrong_declaration():
    from rallycrawl import extract_article

    html = (
        '<html lang="en"><head><title>Busse am Abend</title></head><body><article>'
        "<h1>Busse am Abend</h1>" + "".join(f"<p>{_GERMAN_BODY}</p>" for _ in range(2)) + "</article></body></html>"
    )
    record = extract_article(html, "https://kestrel-news.example/2031/12/06/busse")
    assert record["language"] == "de"


@pytest.mark.parametrize("outlet", ["Kestrel Tribune", "Leamoor Today", "Harbour Gazette", "Tarrow Courier"])
def test_a_newspapers_name_under_the_author_is_no_author(outlet):
    # a byline block whose second line is the paper ('Kestrel Tribune'): a newspaper word ends it
    assert clean_authors(["Dana Wolcott", outlet]) == ["Dana Wolcott"]
    assert clean_authors([f"By Dana Wolcott, {outlet}"]) == ["Dana Wolcott"]
    with rules_off("newspaper-not-author"):
        assert clean_authors(["Dana Wolcott", outlet]) == ["Dana Wolcott", outlet]
    assert clean_authors(["Dana Wolcott", "Jo Herald"]) == ["Dana Wolcott", "Jo Herald"]  # a first name opens it
