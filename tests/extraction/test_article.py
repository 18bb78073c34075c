"""rallycrawl.extract_article: the one entry point, and the pipelines giving the same record."""

from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.utils.misc import build_from_crawler, load_object
from scrapy.utils.test import get_crawler

import rallycrawl
from rallycrawl import NotAnArticleError, extract_article
from rallycrawl import settings as project_settings
from rallycrawl.extraction import analysis as analysis_module
from rallycrawl.extraction import article
from rallycrawl.items import RECORD_FIELDS
from rallycrawl.spiders.article import ArticleSpider

SITE = Path(__file__).resolve().parent.parent / "fixtures" / "site"
URL = "http://127.0.0.1:8000/a.html"


def test_extract_article_gives_the_contract_record():
    html = (SITE / "rally-article.html").read_text(encoding="utf-8")
    record = extract_article(html, URL, fetched_at="2024-03-15T10:00:00+00:00")
    assert list(record) == list(RECORD_FIELDS)
    assert record["headline"] == "Tenants Rally Outside City Hall Demanding Rent Freeze"
    assert record["authors"] == ["Marisol Okafor", "Dev Pranesh"]
    assert record["fetched_at"] == "2024-03-15T10:00:00+00:00"
    assert record["is_protest"] is True
    assert record["quotes"] and record["organisations"]


def test_extract_article_takes_the_page_as_bytes_in_its_declared_encoding():
    html = (SITE / "rally-article.html").read_text(encoding="utf-8")
    as_text = extract_article(html, URL, fetched_at="2024-03-15T10:00:00+00:00")
    assert extract_article(html.encode("utf-8"), URL, fetched_at="2024-03-15T10:00:00+00:00") == as_text
    latin = html.replace("<head>", '<head><meta charset="iso-8859-1">', 1).replace(
        "Tenants Rally", "Tenants Rally \u00e0 la Mairie"
    )
    record = extract_article(latin.encode("iso-8859-1"), URL)
    assert "\u00e0 la Mairie" in record["headline"]


def test_extract_article_says_why_a_page_is_not_an_article():
    html = (SITE / "section-front.html").read_text(encoding="utf-8")
    with pytest.raises(NotAnArticleError) as info:
        extract_article(html, URL)
    assert info.value.key == "no_text"
    with pytest.raises(NotAnArticleError) as info:
        extract_article("   ", URL)
    assert info.value.key == "unparseable"


def test_pipelines_export_what_extract_article_returns():
    """The crawl and the function are one chain: same record for the same page."""
    body = (SITE / "rally-article.html").read_bytes()
    response = HtmlResponse(URL, body=body, request=Request(URL))
    crawler = get_crawler(ArticleSpider, {"ITEM_PIPELINES": {}})
    crawler.spider = crawler._create_spider(urls=URL)
    crawler.stats.open_spider()
    item = crawler.spider.page_item(response, fetched_at="2024-03-15T10:00:00+00:00")
    pipelines = sorted(project_settings.ITEM_PIPELINES.items(), key=lambda kv: kv[1])
    for path, order in pipelines:
        if order <= 900:
            item = build_from_crawler(load_object(path), crawler).process_item(item)
    assert item == extract_article(response.text, URL, fetched_at="2024-03-15T10:00:00+00:00")


def test_a_failing_analysis_keeps_the_article(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(analysis_module, "extract_quotes", broken)
    html = (SITE / "rally-article.html").read_text(encoding="utf-8")
    result = article.extract(html, URL)
    assert result.analysis.error == "RuntimeError: boom"
    assert result.record["quotes"] == [] and result.record["headline"]
    with pytest.raises(RuntimeError):
        extract_article(html, URL, strict=True)


def test_steps_that_accept_a_document_get_the_same_one(monkeypatch):
    seen = []
    real = analysis_module.score_protest

    def score_protest(headline, paragraphs, language=None, *, document=None, published=None):
        seen.append(document)
        return real(headline, paragraphs, language, published=published)

    monkeypatch.setattr(analysis_module, "score_protest", score_protest)
    html = (SITE / "rally-article.html").read_text(encoding="utf-8")
    result = article.extract(html, URL)
    assert len(seen) == 1 and seen[0] is not None
    assert seen[0].texts == result.body.paragraphs
    assert seen[0].headline == result.metadata.headline


def test_the_package_exports_the_entry_point_lazily():
    assert rallycrawl.extract_article is article.extract_article
    with pytest.raises(AttributeError):
        rallycrawl.no_such_name  # noqa: B018
