from pathlib import Path

from rallycrawl.extraction.body import extract_body, mostly_link_text, paragraphs_from_tree, split_paragraphs
from rallycrawl.extraction.page import Page

SITE = Path(__file__).resolve().parent.parent / "fixtures" / "site"


def body_of(name: str):
    page = Page((SITE / name).read_text(encoding="utf-8"), f"https://news.example/{name}")
    return extract_body(page, headline="Tenants Rally Outside City Hall Demanding Rent Freeze")


def test_main_text_in_order_without_boilerplate():
    body = body_of("rally-article.html")
    text = body.text
    assert body.paragraphs[0].startswith("Hundreds of renters gathered")
    assert body.paragraphs[-1].startswith("Organisers said they would return")
    for junk in ("Advertisement", "Related stories", "Council budget vote", "newsletter", "Photo: Lena",
                 "Renters hold placards", "Great turnout", "All rights reserved", "Subscribe today"):
        assert junk not in text, junk
    assert "\n\n" in text and "\n\n\n" not in text
    assert body.word_count == sum(len(p.split()) for p in body.paragraphs) or body.word_count > 150


def test_body_only_in_jsonld_is_used():
    html = ('<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H",'
            '"articleBody":"First paragraph of the story is here.\\nSecond paragraph follows."}</script>'
            "</head><body><div id=app></div></body></html>")
    body = extract_body(Page(html, "https://e.org/a"))
    assert body.paragraphs == ["First paragraph of the story is here.", "Second paragraph follows."]


def test_page_without_text_gives_no_article_text():
    # trafilatura's last resort (fast mode) returns the page's loose text: a menu word at most,
    # far below the words an article needs (RALLYCRAWL_MIN_WORDS).
    body = extract_body(Page("<html><body><nav><a href='/'>Home</a></nav></body></html>", "https://e.org/"))
    assert body.word_count <= 1


def test_empty_document_gives_empty_body():
    body = extract_body(Page("<html><head><title>T</title></head><body></body></html>", "https://e.org/"))
    assert body.paragraphs == [] and body.word_count == 0


def test_split_paragraphs_drops_blank_lines():
    assert split_paragraphs("a  b\n\n\n c\n") == ["a b", "c"]


def _tree(xml: str):
    from lxml import etree

    return etree.fromstring(xml)


def test_loose_text_between_headings_is_kept_as_paragraphs():
    tree = _tree("<body>Intro line.<head>First deal</head>Its description here."
                 "<head>Second deal</head>More <hi>loose</hi> text.</body>")
    assert paragraphs_from_tree(tree) == [
        "Intro line.", "First deal", "Its description here.", "Second deal", "More loose text."
    ]


def test_line_breaks_end_a_paragraph_and_words_never_run_together():
    tree = _tree("<body><p>Tour dates:<lb/>June 9, Tampa<lb/>June 10, Miami</p><p>After.</p></body>")
    assert paragraphs_from_tree(tree) == ["Tour dates:", "June 9, Tampa", "June 10, Miami", "After."]


def test_lists_give_one_paragraph_per_item_and_tables_one_per_row():
    tree = _tree("<body><list><item>One</item><item>Two <ref>link</ref></item></list>"
                 "<table><row><cell>Pos</cell><cell>Name</cell></row>"
                 "<row><cell>1</cell><cell>Ana Ruiz</cell></row></table></body>")
    assert paragraphs_from_tree(tree) == ["One", "Two link", "Pos | Name", "1 | Ana Ruiz"]


def test_deep_output_tree_does_not_recurse():
    from lxml import etree

    body = etree.Element("body")
    node = body
    for _ in range(5000):
        node = etree.SubElement(node, "hi")
    node.text = "deep"
    assert paragraphs_from_tree(body) == ["deep"]


def test_section_front_of_links_gives_no_article_text():
    links = "".join(f"<a href='/local/{i}'>Harbour story number {i}</a> " for i in range(30))
    page = Page(f"<html><head><title>Local</title></head><body><nav>{links}</nav></body></html>", "https://e.org/")
    assert extract_body(page).paragraphs == []


def test_short_article_with_inline_links_is_kept():
    text = ("The ferry service to the island resumes on Monday after a month of repairs to the pier, "
            "the <a href='/port'>port authority</a> said, and fares stay the same for residents and visitors.")
    page = Page(f"<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
                f"<article><p>{text}</p></article></body></html>", "https://e.org/ferry")
    paragraphs = extract_body(page).paragraphs
    assert len(paragraphs) == 1 and paragraphs[0].startswith("The ferry service")


def test_mostly_link_text_counts_words_not_links():
    assert mostly_link_text(["Read: one two three four"], ["one two three four", "Home"])
    assert not mostly_link_text(["A long sentence of plain prose with a single link here"], ["link"])
    assert not mostly_link_text([], ["anything"])


def test_fallbacks_get_their_chance_when_fast_mode_finds_only_links(monkeypatch):
    from types import SimpleNamespace

    from lxml import etree

    import rallycrawl.extraction.body as body_module

    calls = []

    def fake_bare_extraction(tree, *, fast, **kwargs):
        calls.append(fast)
        if fast:  # the last-resort dump of a page's menu
            return SimpleNamespace(body=_tree("<body><p>Home News Sport Weather</p></body>"))
        return SimpleNamespace(body=etree.fromstring("<body><p>The article text itself.</p></body>"))

    monkeypatch.setattr(body_module, "bare_extraction", fake_bare_extraction)
    html = ("<html><body><a href='/'>Home</a><a href='/n'>News</a><a href='/s'>Sport</a>"
            "<a href='/w'>Weather</a><p>The article text itself.</p></body></html>")
    assert extract_body(Page(html, "https://e.org/a")).paragraphs == ["The article text itself."]
    assert calls == [True, False]


def test_related_headlines_that_are_links_leave_the_body():
    from rallycrawl.extraction.body import drop_link_lines

    paragraphs = [
        "Dock workers walked out at dawn on Tuesday.",
        "Related: Dockers plan a second strike in May",
        "The union said the stoppage would last a day.",
        "Port authority names new chief",
        "Short link",
    ]
    links = ["Dockers plan a second strike in May", "Port authority names new chief", "Short link", "Home"]
    assert drop_link_lines(paragraphs, links) == [paragraphs[0], paragraphs[2], "Short link"]


def test_a_body_made_of_links_is_kept_whole():
    from rallycrawl.extraction.body import drop_link_lines

    paragraphs = ["The whole article sits inside one link, as broken pages have it.", "And more of it, linked too."]
    assert drop_link_lines(paragraphs, paragraphs) == paragraphs


def test_extract_body_drops_related_headlines_set_inside_the_article():
    paragraphs = [f"<p>Dock workers walked out at dawn, paragraph {i} of the report on the strike.</p>" for i in range(6)]
    paragraphs[2] += '<p>Related: <a href="/n/1">Dockers plan a second strike in May at the port</a></p>'
    paragraphs[4] += '<h3><a href="/n/2">Port authority names a new chief executive today</a></h3>'
    html = "<html><body><article><h1>Dockers strike</h1>" + "".join(paragraphs) + "</article></body></html>"
    body = extract_body(Page(html, "https://e.org/a"), headline="Dockers strike").paragraphs
    assert len(body) == 6 and not any("Dockers plan" in p or "Port authority" in p for p in body)
