"""The extraction pipelines run in order on a page item, built with get_crawler."""

from pathlib import Path

import pytest
from scrapy.exceptions import DropItem
from scrapy.http import HtmlResponse, Request, Response
from scrapy.utils.misc import build_from_crawler, load_object
from scrapy.utils.test import get_crawler

from rallycrawl import settings as project_settings
from rallycrawl.items import RECORD_FIELDS
from rallycrawl.pipelines import NotAnArticle, NotAProtest
from rallycrawl.spiders.article import ArticleSpider

SITE = Path(__file__).resolve().parent.parent / "fixtures" / "site"
EXTRACTION = [
    path for path, order in sorted(project_settings.ITEM_PIPELINES.items(), key=lambda kv: kv[1]) if order <= 900
]


@pytest.fixture
def run_pipelines():
    def _run(response, **spider_args):
        crawler = get_crawler(ArticleSpider, {"ITEM_PIPELINES": {}})
        crawler.spider = crawler._create_spider(urls=response.url, **spider_args)
        crawler.stats.open_spider()
        spider = crawler.spider
        item = spider.page_item(response)
        for path in EXTRACTION:
            pipeline = build_from_crawler(load_object(path), crawler)
            item = pipeline.process_item(item)
        return item, crawler.stats

    return _run


def html_response(name: str, url: str = "http://127.0.0.1:8000/a.html", **kwargs) -> HtmlResponse:
    body = (SITE / name).read_bytes()
    return HtmlResponse(url, body=body, request=Request(url), **kwargs)


def test_page_item_becomes_a_contract_record(run_pipelines):
    record, stats = run_pipelines(html_response("rally-article.html"))
    assert list(record)[: len(RECORD_FIELDS)] == list(RECORD_FIELDS)
    assert not [k for k in record if k.startswith("_")], "internal state must not be exported"
    assert record["headline"] == "Tenants Rally Outside City Hall Demanding Rent Freeze"
    assert record["authors"] == ["Marisol Okafor", "Dev Pranesh"]
    assert record["published"] == "2024-03-14T09:15:00-05:00"
    assert record["domain"] == "riverside-ledger.example"
    assert record["body"].startswith("Hundreds of renters")
    assert stats.get_value("rallycrawl/articles") == 1


def test_binary_response_is_not_an_article(run_pipelines):
    url = "http://127.0.0.1:8000/report.pdf"
    response = Response(url, body=b"%PDF-1.7 binary", headers={"Content-Type": "application/pdf"}, request=Request(url))
    with pytest.raises(NotAnArticle, match="PDF"):
        run_pipelines(response)


def test_section_front_is_not_an_article(run_pipelines):
    with pytest.raises(NotAnArticle) as info:
        run_pipelines(html_response("section-front.html"))
    assert "text" in info.value.reason


def test_only_protest_drops_other_articles(run_pipelines):
    with pytest.raises(DropItem, match="not about a protest"):
        run_pipelines(html_response("plain-article.html"), only_protest="true")


def test_an_article_left_out_carries_its_score_and_record_for_the_store(run_pipelines):
    with pytest.raises(NotAProtest) as info:
        run_pipelines(html_response("plain-article.html"), only_protest="true")
    left_out = info.value
    assert left_out.log_level == "INFO"
    assert f"protest_score {left_out.score:.2f}" in str(left_out)
    assert left_out.record["is_protest"] is False
    assert left_out.record["protest_score"] == left_out.score
    assert left_out.record["headline"]


def test_record_says_which_rallycrawl_made_it_and_has_plain_date_keys(run_pipelines):
    from rallycrawl import __version__

    record, _ = run_pipelines(html_response("rally-article.html"))
    assert record["extractor_version"] == __version__
    assert record["published"] == "2024-03-14T09:15:00-05:00"  # unchanged: the page's own form
    assert record["published_date"] == "2024-03-14"
    assert record["published_utc"] == "2024-03-14T14:15:00Z"
    assert record["modified_date"] == "2024-03-14"
    assert record["modified_utc"] == "2024-03-14T16:02:00Z"


def test_a_megabyte_of_quotation_marks_costs_bounded_analysis_and_keeps_the_body(run_pipelines):
    """Issue 13: 1 MB of quotation marks cost 6-9 s of analysis on the thread that drives downloads."""
    import time

    rally = (SITE / "rally-article.html").read_text(encoding="utf-8")
    marks = "".join(f"<p>\u201c{chr(34) * 400}\u00ab \u201e{'“' * 300} \u00bb said {n}</p>" for n in range(1400))
    body = rally.replace("</article>", marks + "</article>")
    assert len(body) > 1_000_000
    url = "http://127.0.0.1:8000/a.html"
    start = time.perf_counter()
    record, stats = run_pipelines(HtmlResponse(url, body=body.encode(), request=Request(url), encoding="utf-8"))
    seconds = time.perf_counter() - start
    assert seconds < 8, seconds  # about 30 s before the cap
    assert stats.get_value("rallycrawl/analysis_truncated") == 1
    assert len(record["body"]) > 1_000_000  # the export keeps the whole text
    assert record["headline"] == "Tenants Rally Outside City Hall Demanding Rent Freeze"


def test_analysed_text_keeps_the_first_paragraphs_whole():
    from rallycrawl.extraction.article import analysed_text

    assert analysed_text("h", ["abc", "defg"], 10) == ("h", ["abc", "defg"], False)
    assert analysed_text("h", ["abc", "defg", "hij"], 9) == ("h", ["abc", "defg", "hi"], True)
    assert analysed_text("x" * 5000, [], 9)[0] == "x" * 1000


def test_a_page_of_links_is_not_an_article_and_never_reaches_the_body_extractor(run_pipelines):
    import time

    links = "".join(f"<li><a href='/news/{i}'>Marchers rally over rents {i}</a></li>" for i in range(20_000))
    url = "http://127.0.0.1:8000/links.html"
    start = time.perf_counter()
    with pytest.raises(NotAnArticle, match="more than 3000 links"):
        run_pipelines(HtmlResponse(url, body=f"<html><body><ul>{links}</ul></body></html>".encode(),
                                   request=Request(url), encoding="utf-8"))
    assert time.perf_counter() - start < 5  # the body extractor alone would take ~20 s
