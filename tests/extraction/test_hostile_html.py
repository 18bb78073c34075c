"""Hostile HTML through the pure extraction steps: no exception, bounded time.

rallycrawl.extract_article's chain (page -> metadata -> body -> analysis), as the pipelines
run them, on broken, huge, deeply nested and mislabelled documents written here.
Time bounds are generous (they catch hangs and quadratic blow-ups, not speed).
"""

from __future__ import annotations

import json
import time

import pytest

from rallycrawl.extraction import article
from rallycrawl.extraction.articleness import binary_reason
from rallycrawl.extraction.body import extract_body
from rallycrawl.extraction.page import Page, PageError

PARAGRAPHS = [
    "Several hundred nurses walked out of the county hospital on Tuesday and gathered at its gates, "
    "holding placards that asked for safer staffing on night shifts.",
    "The Riverside Nurses Association, which called the walkout, said wards were routinely left with "
    "half the staff they need and that patients were paying the price.",
    "\u201cWe cannot keep doing this on goodwill alone,\u201d said Ines Halvorsen, the association's "
    "president. \u201cThe board has to hire.\u201d",
    "Hospital managers said emergency care continued throughout the day and that talks would resume "
    "on Friday.",
]
HEADLINE = "Nurses walk out over night-shift staffing"


def article_html(paragraphs=PARAGRAPHS, headline=HEADLINE, head_extra="") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><title>{headline}</title>{head_extra}</head>"
        f"<body><nav><a href='/'>Home</a></nav><article><h1>{headline}</h1>{body}</article></body></html>"
    )


def extract(html: str):
    """rallycrawl.extract_article's chain, every stage's result kept (errors raised, not logged);
    for a page that is no article, its metadata, the body found and no analysis."""
    url = "http://127.0.0.1/news/a"
    try:
        result = article.extract(html, url, min_words=1, strict=True)
    except article.NotAnArticleError as exc:
        if exc.key == "unparseable":
            raise
        page = article.parse_page(html, url)
        meta = article.read_metadata(page)
        return meta, extract_body(page, headline=meta.headline), None
    return result.metadata, result.body, result.analysis


def timed(fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - start


def growth(page_of, n_small: int, n_large: int):
    """Seconds to extract pages of two sizes (best of two tries if the first looks superlinear)."""
    small_html, large_html = page_of(n_small), page_of(n_large)
    _, small = timed(extract, small_html)
    result, large = timed(extract, large_html)
    if large >= 8 * small + 1.0:  # a busy machine: measure once more, keep the best times
        small = min(small, timed(extract, small_html)[1])
        large = min(large, timed(extract, large_html)[1])
    return small, large, result


def test_reference_article_is_extracted():
    meta, body, _ = extract(article_html())
    assert meta.headline == HEADLINE
    assert any(p.startswith("Several hundred nurses") for p in body.paragraphs)


@pytest.mark.parametrize("cut", [0.3, 0.5, 0.8, 0.97])
def test_truncated_document(cut):
    html = article_html()
    meta, body, _ = extract(html[: int(len(html) * cut)])
    assert meta.headline == HEADLINE
    if cut >= 0.8:
        assert any("Riverside Nurses Association" in p for p in body.paragraphs)


def test_document_cut_inside_a_tag_and_an_attribute():
    html = article_html()
    cut = html.index("<p>", html.index("<p>") + 1) + 2
    meta, body, _ = extract(html[:cut] + ' class="x')
    assert meta.headline == HEADLINE


def test_unclosed_tags():
    html = article_html()
    for closing in ("</p>", "</article>", "</body>", "</html>", "</nav>"):
        html = html.replace(closing, "")
    _, body, _ = extract(html)
    assert any("Ines Halvorsen" in p for p in body.paragraphs)


def test_stray_closing_tags_and_garbage_markup():
    html = article_html().replace("<p>", "</div></span><p></td>", 2).replace("<article>", "<article><<>><!-- x")
    meta, body, _ = extract(html)
    assert meta.headline == HEADLINE


def test_100000_levels_of_nesting_is_bounded():
    html = "<html><body>" + "<div>" * 100_000 + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>" * 100_000
    (meta, body, _), seconds = timed(extract, html + "</body></html>")
    # libxml2 stops building the tree at 256 levels; the page is parsed again with the
    # tags deeper than MAX_DEPTH removed, so the text is kept
    assert seconds < 10
    assert any("Riverside Nurses Association" in p for p in body.paragraphs)


@pytest.mark.parametrize("end_tag", ["</div>", "</span>", ""])
def test_flattening_is_linear_whatever_the_end_tags(end_tag):
    from rallycrawl.extraction.page import flatten_deep_nesting

    def page_of(n: int) -> str:
        return "<div>" * n + "<p>text</p>" + end_tag * n

    start = time.perf_counter()
    flatten_deep_nesting(page_of(25_000))
    small = time.perf_counter() - start
    start = time.perf_counter()
    flat = flatten_deep_nesting(page_of(100_000))
    large = time.perf_counter() - start
    assert large < 8 * small + 0.5
    assert ">text" in flat and flat.count("<div>") == 180  # the deeper tags go, the text stays


def test_300_nested_spans_inside_the_article_lose_nothing():
    """Issue 13: 300 balanced <span> levels after the third paragraph cut the article to 82 words."""
    more = [f"Paragraph {n} of the report on the march, with enough words to count as article text." for n in range(20)]
    deep = "<span>" * 300 + "Deep inside the spans." + "</span>" * 300
    html = article_html(PARAGRAPHS[:3] + [deep] + more)
    (meta, body, _), seconds = timed(extract, html)
    assert seconds < 5
    text = " ".join(body.paragraphs)
    for n in range(20):
        assert f"Paragraph {n} of the report" in text
    assert "Deep inside the spans." in text
    reference = " ".join(extract(article_html(PARAGRAPHS[:3] + more))[1].paragraphs)
    assert len(text.split()) >= len(reference.split())


def test_deep_inline_nesting_after_the_text_keeps_the_text():
    html = article_html().replace("</article>", "<b>" * 100_000 + "x</article>")
    (meta, body, _), seconds = timed(extract, html)
    assert seconds < 10
    assert any("Riverside Nurses Association" in p for p in body.paragraphs)


def test_five_megabyte_paragraph_is_bounded_and_linear():
    def page_of(n_bytes: int) -> str:
        words = "protest " * (n_bytes // 8)
        return article_html([PARAGRAPHS[0], words])

    small, large, (_, body, _) = growth(page_of, 1_250_000, 5_000_000)
    assert large < 20
    assert large < 8 * small + 1.0  # linear (4x the input), with room for noise
    assert body.word_count > 600_000


def test_many_blocks_grow_linearly():
    block = "<div class='c'><p>{}</p><a href='/x'>more</a></div>"

    def page_of(n: int) -> str:
        return article_html().replace("</article>", "".join(block.format(f"Paragraph {i} " + PARAGRAPHS[i % 4]) for i in range(n)) + "</article>")

    small, large, _ = growth(page_of, 300, 1200)
    assert large < 20
    assert large < 8 * small + 1.0


def test_body_only_in_noscript():
    html = (
        f"<html><head><title>{HEADLINE}</title></head><body><div id='app'></div>"
        f"<noscript><article><h1>{HEADLINE}</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "</article></noscript></body></html>"
    )
    _, body, _ = extract(html)
    assert any("Riverside Nurses Association" in p for p in body.paragraphs)


def test_body_only_in_json_ld():
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE,
            "articleBody": "\n".join(PARAGRAPHS), "datePublished": "2023-05-02T09:00:00+02:00"}
    html = (
        f"<html><head><script type='application/ld+json'>{json.dumps(data)}</script></head>"
        "<body><div id='app'></div></body></html>"
    )
    meta, body, _ = extract(html)
    assert meta.headline == HEADLINE
    assert meta.published == "2023-05-02T09:00:00+02:00"
    text = " ".join(body.paragraphs)
    assert all(p[:40] in text for p in PARAGRAPHS)


def test_nul_and_control_bytes_are_dropped():
    html = article_html().replace("nurses", "nur\x00ses").replace("Tuesday", "Tues\x01\x1fday")
    meta, body, _ = extract(html)
    assert meta.headline == HEADLINE
    text = " ".join(body.paragraphs)
    assert "nurses walked out" in text and "on Tuesday and" in text
    assert not any(ch in "".join(body.paragraphs) for ch in "\x00\x01\x1f")


def test_replacement_characters_and_bad_char_references():
    html = article_html().replace("placards", "plac\ufffdards &#xD800; &#0; &#x110000; &#55296;")
    _, body, _ = extract(html)
    text = "".join(body.paragraphs)
    assert "placards" not in text and "\ufffd" in text
    text.encode("utf-8")  # nothing a UTF-8 export could choke on


def test_json_ld_with_lone_surrogate_escapes_gives_exportable_strings():
    """Regression: "\\ud800" in JSON-LD made the JSON Lines exporter raise UnicodeEncodeError."""
    script = (
        '{"@type":"NewsArticle","headline":"Nurses \\ud800 walk out","author":{"name":"Ines \\udfff Halvorsen"},'
        '"description":"Emoji pair \\ud83d\\ude00 stays"}'
    )
    meta, _, _ = extract(article_html(head_extra=f"<script type='application/ld+json'>{script}</script>"))
    for value in (meta.headline, meta.description, *meta.authors):
        value.encode("utf-8")
    assert "\U0001f600" in meta.description


def test_json_ld_nested_too_deep_is_ignored():
    """Regression: json.loads raised RecursionError (not a ValueError) and lost the page."""
    deep = "[" * 100_000 + "]" * 100_000
    meta, body, _ = extract(article_html(head_extra=f"<script type='application/ld+json'>{deep}</script>"))
    assert meta.headline == HEADLINE and body.paragraphs


def test_malformed_json_ld_values_of_every_type():
    script = json.dumps({"@type": ["NewsArticle", 3, None], "headline": ["a", {"x": 1}], "author": [1, None, {"name": 5}],
                         "datePublished": "2021-13-45T99:99", "publisher": [[["deep"]]], "articleBody": {"not": "text"}})
    meta, _, _ = extract(article_html(head_extra=f"<script type='application/ld+json'>{script}</script>"))
    assert meta.published is None


@pytest.mark.parametrize("html", ["", "   \n\t ", "\x00\x00\x00", "<?xml version='1.0' encoding='utf-8'?>"])
def test_empty_documents_raise_page_error_only(html):
    with pytest.raises(PageError):
        Page(html, "http://127.0.0.1/").tree


def test_xml_declaration_with_encoding_is_parsed():
    meta, _, _ = extract("<?xml version='1.0' encoding='iso-8859-1'?>" + article_html())
    assert meta.headline == HEADLINE


@pytest.mark.parametrize(
    ("magic", "content_type", "what"),
    [
        (b"%PDF-1.7\n", "text/html", "PDF"),
        (b"\x89PNG\r\n\x1a\n", "text/html; charset=utf-8", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JF", "text/html", "JPEG"),
        (b"GIF89a\x01\x00", "text/html", "GIF"),
    ],
)
def test_binary_served_as_html_is_not_an_article(magic, content_type, what):
    assert what in binary_reason(magic, content_type, True)


def test_binary_decoded_as_text_never_raises():
    data = bytes(range(256)) * 400
    html = data.decode("latin-1")
    try:
        extract(html)
    except article.NotAnArticleError:  # unparseable, or no article text
        pass
