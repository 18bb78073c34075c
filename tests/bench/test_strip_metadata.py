"""bench/strip_metadata.py: a page without its declared metadata keeps what a reader sees."""

from __future__ import annotations

from rallycrawl.extraction.metadata import extract_metadata
from rallycrawl.extraction.page import Page

from bench_scripts import load  # tests/bench/bench_scripts.py


strip_metadata = load("strip_metadata").strip_metadata

URL = "http://127.0.0.1:8000/pages/ferry-workers.html"
PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Ferry workers walk out over rosters | The Gullhaven Courier</title>
<meta property="og:title" content="Ferry workers walk out">
<meta property="og:site_name" content="The Gullhaven Courier">
<meta property="article:published_time" content="2031-05-06T08:00:00Z">
<meta name="author" content="Tamsin Okafor">
<link rel="canonical" href="https://courier.example/2031/05/06/ferry-workers">
<link rel="stylesheet" href="/site.css">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry workers walk out",
 "datePublished": "2031-05-06", "author": {"@type": "Person", "name": "Tamsin Okafor"}}</script>
<script>var firstPublished = "2031-05-06";</script>
</head><body>
<article itemscope itemtype="https://schema.org/NewsArticle">
<h1 itemprop="headline">Ferry workers walk out over rosters</h1>
<p class="byline">By <a rel="author" href="/staff/okafor"><span itemprop="author">Tamsin Okafor</span></a></p>
<time datetime="2031-05-06T08:00:00Z" itemprop="datePublished" pubdate>Tuesday morning</time>
<meta itemprop="dateModified" content="2031-05-07">
<span property="dc:date" content="2031-05-06">a day of queues</span>
<p>Deckhands left the harbour office at dawn and said the new rosters left them no weekends.</p>
</article>
</body></html>"""


def test_declared_metadata_goes():
    html = strip_metadata(PAGE)
    for gone in ("og:title", "article:published_time", 'name="author"', "ld+json", "firstPublished",
                 "canonical", "itemprop", "itemscope", "itemtype", "datetime=", "pubdate", "property=",
                 'content="2031', 'rel="author"', "dateModified"):
        assert gone not in html, gone


def test_visible_text_and_layout_stay():
    html = strip_metadata(PAGE)
    for kept in ('<meta charset="utf-8">', "<title>Ferry workers walk out over rosters | The Gullhaven Courier</title>",
                 '<h1>Ferry workers walk out over rosters</h1>', 'class="byline"', 'href="/staff/okafor"',
                 "By <a", "Tamsin Okafor", "<time>Tuesday morning</time>", "a day of queues",
                 "no weekends.", 'lang="en"', 'rel="stylesheet"'):
        assert kept in html, kept


def test_the_metadata_then_comes_from_the_visible_page_only():
    before = extract_metadata(Page(PAGE, URL))
    assert before.published[:10] == "2031-05-06" and before.authors == ["Tamsin Okafor"]
    after = extract_metadata(Page(strip_metadata(PAGE), URL))
    assert after.published is None  # "Tuesday morning" is no date, and the URL spells none
    assert after.authors == ["Tamsin Okafor"]  # the visible byline
    assert after.headline == "Ferry workers walk out over rosters"
    assert after.publisher is None and after.canonical_url is None


def test_text_after_a_removed_script_stays():
    html = strip_metadata("<html><body><p>Before<script>var x = 1;</script> after the script.</p></body></html>")
    assert "Before after the script." in html and "var x" not in html


def test_empty_and_unparseable_input_come_back_unchanged():
    assert strip_metadata("") == ""
    assert strip_metadata("   ") == "   "
