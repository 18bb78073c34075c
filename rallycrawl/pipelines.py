"""Item pipelines: thin adapters from the raw page item to the exported record.

Each extraction pipeline runs one stage of :mod:`rallycrawl.extraction.article`
(the chain behind ``rallycrawl.extract_article``), so that a crawl and a call of
``extract_article`` give the same record; the pipelines add what only a crawl
has: stats, the spider's date window, ``only_protest`` and ``max_articles``.

Order (see ``ITEM_PIPELINES`` in settings):

1. :class:`PagePipeline` parses the HTML once (and turns away non-HTML);
2. :class:`MetadataPipeline` reads headline, authors, dates, publisher...;
3. :class:`BodyPipeline` extracts the main text (and turns away non-articles);
4. :class:`ProtestAnalysisPipeline` decides ``is_protest`` and extracts
   organisations, quotes, demands and the event;
5. :class:`RecordPipeline` builds the contract record, validates it and drops
   every internal key (the parsed page included).

Two checks apply a spider's limits when it has them: :class:`DateWindowPipeline`
(after the metadata: ``since``/``until`` against the published date) and
:class:`ArticleLimitPipeline` (after the record: ``max_articles``).

Internal state travels in keys that start with ``_``.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem
from scrapy.utils.defer import deferred_from_coro

from .extraction import article as extraction
from .extraction.articleness import NotAnArticleError, binary_reason
from .record import RECORD_FIELDS, RecordError, validate_record

logger = logging.getLogger(__name__)


class NotAnArticle(DropItem):
    """The page is not an article: counted and logged once at INFO."""

    def __init__(self, reason: str):
        super().__init__(f"not an article: {reason}", log_level="INFO")
        self.reason = reason


class NotAProtest(DropItem):
    """Left out of the exports as not about a protest; logged once at INFO with its score.

    ``record`` is the article's full record (``is_protest`` false): the stores keep it,
    so that what the exports leave out can be audited.
    """

    def __init__(self, score: float | None = None, record: dict[str, Any] | None = None):
        shown = "" if score is None else f", protest_score {score:.2f}"
        super().__init__(f"not about a protest{shown} (only_protest is on)", log_level="INFO")
        self.score = score
        self.record = record


class _StatsPipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.settings = crawler.settings

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def not_article(self, reason_key: str, reason: str) -> NotAnArticle:
        self.stats.inc_value("rallycrawl/not_article")
        self.stats.inc_value(f"rallycrawl/not_article/{reason_key}")
        return NotAnArticle(reason)

    def not_article_from(self, error: NotAnArticleError) -> NotAnArticle:
        return self.not_article(error.key, error.reason)


class PagePipeline(_StatsPipeline):
    """Parse the HTML once; the parsed :class:`Page` travels in ``_page``."""

    def process_item(self, item):
        adapter = ItemAdapter(item)
        reason = binary_reason(
            adapter.get("_magic") or b"", adapter.get("_content_type") or "", adapter.get("_html") is not None
        )
        if reason:
            raise self.not_article("not_html", reason)
        try:
            page = extraction.parse_page(
                adapter["_html"], adapter["url"], max_links=self.settings.getint("RALLYCRAWL_MAX_LINKS_PER_PAGE", 3000)
            )
        except NotAnArticleError as exc:
            raise self.not_article_from(exc) from None
        adapter["_page"] = page
        adapter["_html"] = None
        return item


class MetadataPipeline(_StatsPipeline):
    def process_item(self, item):
        adapter = ItemAdapter(item)
        adapter["_metadata"] = extraction.read_metadata(adapter["_page"])
        return item


class OutsideDateWindow(DropItem):
    def __init__(self, published: str):
        super().__init__(f"published {published}, outside the since/until window", log_level="DEBUG")


class DateWindowPipeline(_StatsPipeline):
    """Turn away articles published outside the spider's ``since``/``until`` days (inclusive).

    The page's own date, as the page writes it (its local day), is the last of
    the date checks: the ``news`` spider already skipped what feed, sitemap and
    URL dates placed outside.  An article without a published date is kept.
    Spiders without ``since``/``until`` attributes pass everything.
    """

    def process_item(self, item):
        spider = self.crawler.spider
        since, until = getattr(spider, "since", None), getattr(spider, "until", None)
        if since is None and until is None:
            return item
        published = ItemAdapter(item)["_metadata"].published
        if not published:
            self.stats.inc_value("rallycrawl/date_unknown")
            return item
        try:
            day = date.fromisoformat(published[:10])
        except ValueError:
            return item
        if (since is not None and day < since) or (until is not None and day > until):
            self.stats.inc_value("rallycrawl/filtered/date_page")
            raise OutsideDateWindow(published)
        return item


class BodyPipeline(_StatsPipeline):
    def __init__(self, crawler):
        super().__init__(crawler)
        self.min_words = crawler.settings.getint("RALLYCRAWL_MIN_WORDS", extraction.MIN_WORDS)
        self.fast = crawler.settings.getbool("RALLYCRAWL_FAST_BODY", True)

    def process_item(self, item):
        adapter = ItemAdapter(item)
        meta = adapter["_metadata"]
        try:
            body = extraction.read_body(adapter["_page"], meta, fast=self.fast, min_words=self.min_words)
        except NotAnArticleError as exc:
            raise self.not_article_from(exc) from None
        extraction.settle_language(meta, body)
        adapter["_body"] = body
        return item


class ProtestAnalysisPipeline(_StatsPipeline):
    def process_item(self, item):
        adapter = ItemAdapter(item)
        limit = self.settings.getint("RALLYCRAWL_MAX_ANALYSIS_CHARS", 60_000)
        analysis = extraction.analyse(adapter["_metadata"], adapter["_body"], url=adapter["url"], max_chars=limit)
        if analysis.truncated:
            self.stats.inc_value("rallycrawl/analysis_truncated")
            logger.info("Analysed only the first %s characters of %s", limit, adapter["url"])
        if analysis.error is not None:  # logged; the article is exported without the analysis
            self.stats.inc_value("rallycrawl/analysis_error")
        adapter["_analysis"] = analysis
        if analysis.is_protest:
            self.stats.inc_value("rallycrawl/protest_articles")
        elif getattr(self.crawler.spider, "only_protest", False):
            self.stats.inc_value("rallycrawl/skipped_not_protest")
            raise NotAProtest(float(analysis.protest_score), left_out_record(adapter))
        return item


def build_record(adapter: ItemAdapter) -> dict[str, Any]:
    """The contract record from a fully processed item (internal keys left out)."""
    return extraction.build_record(
        adapter["url"],
        adapter["_metadata"],
        adapter["_body"],
        adapter["_analysis"],
        fetched_at=adapter["fetched_at"],
        extra=adapter,  # public extra keys a spider added (e.g. ``source``) pass through
    )


def left_out_record(adapter: ItemAdapter) -> dict[str, Any] | None:
    """The record of an article the exports leave out, for the stores; None if it breaks the contract."""
    try:
        record = build_record(adapter)
        validate_record(record)
    except RecordError:
        return None
    return record


class RecordPipeline(_StatsPipeline):
    """Validate against the contract and export only the record.

    Only a record that breaks the contract (:class:`RecordError`) is dropped and counted
    as an invalid record; any other exception (a ``KeyError`` for a stage that did not
    run, a ``TypeError``) is a bug, which Scrapy reports as an item error with its traceback.
    """

    def process_item(self, item):
        adapter = ItemAdapter(item)
        record = build_record(adapter)
        try:
            validate_record(record)
        except RecordError as exc:
            self.stats.inc_value("rallycrawl/invalid_record")
            raise DropItem(f"invalid record: {exc}", log_level="ERROR") from None
        self.stats.inc_value("rallycrawl/articles")
        return record


class ArticleLimit(DropItem):
    def __init__(self, limit: int):
        super().__init__(f"max_articles={limit} already exported", log_level="DEBUG")


class ArticleLimitPipeline(_StatsPipeline):
    """Export at most the spider's ``max_articles`` records, then close the spider.

    Runs after validation and before the stores, so that the limit counts
    exported records exactly, however many were in flight when it was reached.
    """

    def __init__(self, crawler):
        super().__init__(crawler)
        self.exported = 0

    def process_item(self, item):
        limit = getattr(self.crawler.spider, "max_articles", None)
        if not limit:
            return item
        if self.exported >= limit:
            self.stats.inc_value("rallycrawl/filtered/max_articles")
            raise ArticleLimit(limit)
        self.exported += 1
        if self.exported == limit:
            logger.info("Exported max_articles=%d articles: closing the spider", limit)
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="max_articles"))
        return item


__all__ = [
    "PagePipeline",
    "MetadataPipeline",
    "BodyPipeline",
    "ProtestAnalysisPipeline",
    "RecordPipeline",
    "DateWindowPipeline",
    "ArticleLimitPipeline",
    "NotAnArticle",
    "RECORD_FIELDS",
]
