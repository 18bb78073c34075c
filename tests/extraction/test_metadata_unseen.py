"""Metadata on pages from outlets and countries the rules were not written on: bylines in
credits blocks and embedded data, pages without metadata, titles cut by quote marks."""

import pytest

from rallycrawl.extraction.body import count_words
from rallycrawl.extraction.dates import parse_date
from rallycrawl.extraction.metadata import byline_names, clean_authors, extract_metadata
from rallycrawl.extraction.page import Page

URL = "https://news.example.org/local/tenants-march-on-city-hall"
TEXT = "<p>" + "Tenants walked from the river park to the town hall on Monday. " * 5 + "</p>"


def page(head: str = "", body: str = "") -> Page:
    return Page(f"<html><head>{head}</head><body>{body}{TEXT}</body></html>", URL)


# --- bylines read as lines -----------------------------------------------------------------

def test_byline_block_stops_at_the_outlet_and_date_lines():
    meta = extract_metadata(page(body=(
        "<h1>Tenants march on city hall</h1>"
        '<div class="article_byline"><div>By <span>Ines Varga</span></div>'
        "<div>Harbour Post</div><time>Dec 13, 2016 at 3:45 pm</time></div>"
    )))
    assert meta.authors == ["Ines Varga"]


def test_one_block_per_author_with_joining_lines():
    meta = extract_metadata(page(body=(
        '<div class="byline-text"><span>By </span><div class="name">Jim Okoro</div><span>, </span>'
        '<div class="name">Lisa Brandt</div><span> and </span><div class="name">KENNETH P. VOGEL</div>'
        '<div class="title">The Harbour Times</div></div>'
    )))
    assert meta.authors == ["Jim Okoro", "Lisa Brandt", "Kenneth P. Vogel"]


@pytest.mark.parametrize("text, names", [
    ("Kevin Ochoa and Mara Quist USA TODAY", ["Kevin Ochoa", "Mara Quist"]),
    ("By Paul Lund CNN Supreme Court Producer", ["Paul Lund"]),
])
def test_a_name_stops_at_an_outlet_acronym(text, names):
    assert byline_names(text, strict=True)[0] == names


def test_declared_author_with_a_role_keeps_the_name():
    meta = extract_metadata(page('<meta name="author" content="By\u00a0 Paul Lund  CNN Supreme Court Producer">'))
    assert meta.authors == ["Paul Lund"]
    assert clean_authors(["Jo Ng for The Harbour Times"]) == ["Jo Ng"]
    assert clean_authors(["Staff Reporter"]) == ["Staff Reporter"]


# --- embedded data, e-mail, widgets, publisher -------------------------------------------------

def test_link_preview_label_written_by_gives_the_author():
    meta = extract_metadata(page(
        '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Mara Quist">'
        '<meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="4 minutes">'
    ))
    assert meta.authors == ["Mara Quist"]


def test_an_email_as_author_meta_leaves_the_visible_byline():
    meta = extract_metadata(page('<meta name="author" content="newsdesk@harbour.example">',
                                 '<p class="byline">By Ines Varga</p>'))
    assert meta.authors == ["Ines Varga"]


def test_login_widget_and_image_credits_are_not_bylines():
    meta = extract_metadata(page(body=(
        '<div class="user-account author-login"><a>Sign In</a> <a>My Account</a></div>'
        '<figure><img src="x.jpg"><figcaption class="photo-credit">Photo: Dana Holm / Reuters</figcaption></figure>'
        "<h1>Tenants march on city hall</h1><p class=\"author\">Von Jonas Becker</p>"
    )))
    assert meta.authors == ["Jonas Becker"]


def test_the_publishers_name_is_not_an_author():
    meta = extract_metadata(page(
        '<meta property="og:site_name" content="The Korea Harbour">'
        '<meta name="author" content="KoreaHarbour">'
    ))
    assert meta.authors == []


@pytest.mark.parametrize("byline, names", [
    ("di Mario Rossi e Luca Bianchi", ["Mario Rossi", "Luca Bianchi"]),
    ("Door Jan de Vries en Piet Jansen", ["Jan de Vries", "Piet Jansen"]),
    ("Por Ana Souza e João Lima", ["Ana Souza", "João Lima"]),
    ("Texto: Carmen Ruiz", ["Carmen Ruiz"]),
    ("Geschreven door Els Peeters", ["Els Peeters"]),
])
def test_bylines_in_more_languages(byline, names):
    assert byline_names(byline, strict=True)[0] == names


# --- pages without metadata ----------------------------------------------------------------------

def test_byline_and_date_under_the_headline_of_a_page_without_metadata():
    meta = extract_metadata(Page(
        "<html><head><title>Dockers stop work at the harbour</title></head><body>"
        "<font><b><h3>Dockers stop work at the harbour</h3></b> Staff and agencies<br>29 December, 2007<br>"
        "<p> By ODA HALVORSEN, Harbour Press Writer 2 hours ago </p>" + TEXT + "</font></body></html>",
        "http://127.0.0.1/news/dockers.html",
    ))
    assert meta.headline == "Dockers stop work at the harbour"
    assert meta.published == "2007-12-29"
    assert meta.authors == ["Oda Halvorsen"]


def test_a_date_announced_as_an_update_is_not_the_publication_date():
    meta = extract_metadata(Page(
        "<html><body><h1>Dockers stop work</h1><p>Updated 3 May 2021</p><p>2 May 2021</p>" + TEXT + "</body></html>",
        "http://127.0.0.1/news/dockers.html",
    ))
    assert meta.published == "2021-05-02"


@pytest.mark.parametrize("text, iso", [
    ("12 maggio 2021", "2021-05-12"),
    ("3 de março de 2020", "2020-03-03"),
    ("7 mei 2019", "2019-05-07"),
    ("1 ottobre 2018", "2018-10-01"),
])
def test_month_names_in_more_languages(text, iso):
    assert parse_date(text) == iso


# --- headlines -------------------------------------------------------------------------------

def test_og_title_cut_by_an_unescaped_quote_mark():
    meta = extract_metadata(page(
        '<meta property="og:title" content="Nurses chant "Enough" at the rally">'
        '<title>Nurses chant "Enough" at the rally - Harbour Times</title>'
    ))
    assert meta.headline == 'Nurses chant "Enough" at the rally'


def test_several_short_site_segments_are_stripped():
    meta = extract_metadata(page("<title>Union weighs a mass walkout over the pay offer | Top Stories | Local | Gzt</title>"))
    assert meta.headline == "Union weighs a mass walkout over the pay offer"


# --- words in scripts without spaces ----------------------------------------------------------------

def test_words_are_counted_per_script():
    assert count_words("Nurses walk out over night shifts") == 6
    assert count_words("東京で数千人が原発に反対してデモ行進した") == 10  # 20 characters, two a word
    assert count_words("서울에서 수천 명이 시위를 벌였다") == 5  # Korean writes spaces
    assert count_words("İstanbul'da binlerce kişi yürüdü") == 5


def test_byline_and_date_lines_opening_the_body_leave_it_and_fill_the_metadata():
    from rallycrawl.extraction.metadata import Metadata, opening_lines

    paragraphs = ["Von Jonas Becker", "Sun, 09 Apr 2017 12:06 PM", "Tausende zogen am Sonntag durch die Stadt.",
                  "Por la mañana llegaron más."]
    meta = Metadata(headline="Demo")
    assert opening_lines(paragraphs, meta) == paragraphs[2:]
    assert meta.authors == ["Jonas Becker"] and meta.published == "2017-04-09T12:06:00"
    declared = Metadata(headline="Demo", authors=["Ines Varga"], published="2017-04-08")
    assert opening_lines(paragraphs, declared) == paragraphs[2:]
    assert declared.authors == ["Ines Varga"] and declared.published == "2017-04-08"
    sentences = ["Por la mañana, miles marcharon.", "By Tuesday the strike had ended.", "On 3 May 2021."]
    assert opening_lines(sentences, Metadata()) == sentences


def test_the_sites_name_from_its_address_leaves_the_title():
    meta = extract_metadata(Page(
        "<html><head><title>HarbourWatch&nbsp;:&nbsp;U.K.: Protesting the sale of the ferry port</title>"
        '<link rel="canonical" href="https://www.harbourwatch.org/article/uk-protest"></head>'
        "<body>" + TEXT + "</body></html>", "http://127.0.0.1/a.html"))
    assert meta.headline == "U.K.: Protesting the sale of the ferry port"
    french = extract_metadata(Page(
        "<html><head><title>Grève : les dockers bloquent le port</title></head><body>" + TEXT + "</body></html>",
        "https://www.harbour.example.fr/greve"))
    assert french.headline == "Grève : les dockers bloquent le port"


@pytest.mark.parametrize("text, code", [
    ("서울에서 수천 명이 시위를 벌였다. 노동조합은 임금 인상을 요구했다.", "ko"),
    ("東京で数千人が原発に反対してデモ行進した。参加者は再稼働の中止を求めた。", "ja"),
    ("数千人在北京街头游行，要求提高工资。工会表示将继续抗议。", "zh"),
    ("İşçiler ve sendika üyeleri bu sabah için bir yürüyüş düzenledi, ancak polis daha sonra müdahale etti "
     "ve olay çok kısa sürdü.", "tr"),
    ("The union said the strike would go on and that the workers were ready for a long fight.", "en"),
])
def test_language_from_script_or_function_words(text, code):
    from rallycrawl.extraction.language import detect_language

    assert detect_language(text) == code
