"""Helpers for the store tests: contract records and crawlers built with ``get_crawler``."""

from __future__ import annotations

import copy

import scrapy
from scrapy.utils.test import get_crawler

BASE_RECORD = {
    "url": "http://news.example.org/2026/03/tenants-rally",
    "canonical_url": "http://news.example.org/tenants-rally",
    "domain": "example.org",
    "fetched_at": "2026-03-04T16:00:00+00:00",
    "schema_version": 1,
    "headline": "Tenants rally at city hall",
    "description": "Renters ask the council for a freeze.",
    "authors": ["Mara Quill"],
    "published": "2026-03-04T10:00:00-05:00",
    "modified": None,
    "publisher": "Example News",
    "section": "City",
    "language": "en",
    "body": "About two hundred tenants rallied on Tuesday.\n\n\"We need homes we can afford,\" said Dana Pell.",
    "word_count": 16,
    "is_protest": True,
    "protest_score": 0.9,
    "organisations": [
        {"name": "Riverside Tenants Union", "acronym": "RTU", "role": "organiser", "mentions": 2},
        {"name": "Example News", "acronym": None, "role": "media", "mentions": 1},
    ],
    "quotes": [
        {"text": "We need homes we can afford", "speaker": "Dana Pell", "speaker_title": "a spokesperson",
         "organisation": "Riverside Tenants Union", "cue": "said", "kind": "direct", "paragraph": 1},
    ],
    "demands": [{"text": "freeze rents for twelve months", "target": "the city council", "source": "report"}],
    "event": {"kind": "rally", "date": "2026-03-03", "location": "city hall", "target": "the city council",
              "size_text": "about two hundred tenants", "size_min": 200, "size_max": 200,
              "tactics": ["chanting"], "slogans": ["Homes not profits"]},
    "event_id": None,
}


def make_record(n: int = 0, **changes) -> dict:
    """A contract record; ``n`` gives it its own URL, ``changes`` override keys."""
    record = copy.deepcopy(BASE_RECORD)
    if n:
        record["url"] = f"http://news.example.org/2026/03/story-{n}"
        record["canonical_url"] = f"http://news.example.org/story-{n}"
        record["headline"] = f"Story number {n}"
    record.update(changes)
    return record


class StoreTestSpider(scrapy.Spider):
    name = "store-test"
    refresh = False


def make_crawler(settings: dict | None = None, *, refresh: bool = False):
    """A crawler with its spider attached, as the middleware and stores see it during a crawl."""
    crawler = get_crawler(StoreTestSpider, settings)
    crawler.spider = StoreTestSpider()
    crawler.spider.refresh = refresh
    crawler.stats.open_spider()
    return crawler
