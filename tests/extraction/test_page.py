from rallycrawl.extraction.page import Page


def test_jsonld_graph_is_flattened_and_article_found():
    html = """<html><head><script type="application/ld+json">
    {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
     {"@type":["NewsArticle"],"headline":"A headline"}]}</script>
    <script type="application/ld+json">{not json</script></head><body><p>x</p></body></html>"""
    page = Page(html, "https://example.org/a")
    assert page.article_jsonld["headline"] == "A headline"
    assert [o.get("@type") for o in page.jsonld_of_type("WebSite")] == ["WebSite"]


def test_meta_tags_by_name_and_property():
    page = Page('<html><head><meta property="og:title" content=" A  title "><meta name="Author" content="X Y">'
                "</head><body></body></html>", "https://example.org/")
    assert page.meta_first("og:title") == "A title"
    assert page.meta_first("author") == "X Y"


def test_xml_declaration_and_control_characters_do_not_break_parsing():
    page = Page('<?xml version="1.0" encoding="utf-8"?>\n<html><body><p>a\x00b\x07c</p></body></html>', "https://e.org/")
    assert page.tree.findtext(".//p") == "abc"


def test_declared_charset_does_not_override_the_decoded_text():
    page = Page('<html><head><meta charset="iso-8859-1"><meta http-equiv="Content-Type" '
                'content="text/html; charset=windows-1251"></head><body><p>Café “naïve” – ½ 東京</p></body></html>',
                "https://e.org/")
    assert page.tree.findtext(".//p") == "Café “naïve” – ½ 東京"


def test_lone_surrogate_does_not_cut_the_text_short():
    page = Page("<html><body><p>before\ud800after</p><p>next</p></body></html>", "https://e.org/")
    assert page.tree.findtext(".//p") == "before?after"
    assert [p.text for p in page.tree.iter("p")] == ["before?after", "next"]


def test_whitespace_only_document_is_an_error():
    import pytest

    from rallycrawl.extraction.page import PageError

    with pytest.raises(PageError):
        Page(" \n\t ", "https://e.org/").tree  # noqa: B018
