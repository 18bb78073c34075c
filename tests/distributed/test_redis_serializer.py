"""Requests queued in Redis are JSON data: they round-trip exactly, and nothing else is read back.

The round trips use requests the news and article spiders really make (and
the meta Scrapy's own middlewares add on the way: depth, download slot,
redirects, retries). A value JSON cannot carry unchanged fails at once when
queued; an entry that is not a request this serializer wrote (garbage, a
serialised Python object) is refused, and the scheduler drops it with a log
line and goes on, against the real Redis server.
"""

from __future__ import annotations

import asyncio
import json
import logging
import pickle
import uuid

import pytest
from scrapy import FormRequest, Request
from scrapy.utils.datatypes import SequenceExclude
from scrapy.utils.request import request_from_dict
from scrapy.utils.test import get_crawler

from rallycrawl.distributed import serializer as redis_serializer
from rallycrawl.distributed.addon import RedisAddon
from rallycrawl.distributed.serializer import RefusedPayload, dumps, loads
from rallycrawl.spiders.article import ArticleSpider
from rallycrawl.spiders.news import ARTICLE, GIVEN, NewsSpider

SITE = "http://news.example/"


@pytest.fixture
def news_spider():
    crawler = get_crawler(NewsSpider, {"RALLYCRAWL_SQLITE_ENABLED": False})
    return NewsSpider.from_crawler(crawler, site=SITE, depth="3")


def round_trip(request: Request, spider) -> Request:
    payload = dumps(request.to_dict(spider=spider))
    assert isinstance(payload, bytes)
    json.loads(payload)  # plain JSON, readable with redis-cli
    return request_from_dict(loads(payload), spider=spider)


def assert_same(request: Request, spider) -> Request:
    back = round_trip(request, spider)
    assert type(back) is type(request)
    assert back.to_dict(spider=spider) == request.to_dict(spider=spider)
    assert back.callback == request.callback and back.errback == request.errback
    return back


def test_the_news_spiders_start_requests_round_trip(news_spider):
    async def collect():
        return [request async for request in news_spider.start()]

    requests = asyncio.run(collect())
    assert {r.callback.__name__ for r in requests} == {"parse_listing", "parse_robots"}
    for request in requests:
        back = assert_same(request, news_spider)
        assert back.cb_kwargs == request.cb_kwargs
        assert back.priority == request.priority and back.dont_filter == request.dont_filter


def test_the_news_spiders_discovered_requests_round_trip(news_spider):
    article = news_spider._article_request(SITE + "2024/05/01/march-on-city-hall.html", "feed",
                                           given=True)
    listing = news_spider._link_request(SITE + "politics/", "Politics", "", depth=1)
    page = news_spider._link_request(SITE + "item/77/", "More", "", depth=3)  # the URL does not say
    sitemap = news_spider._sitemap_request("http://elsewhere.example/sitemap.xml",
                                           errback=news_spider.on_discovery_error, given=True)
    assert article.meta[ARTICLE] is True
    assert sitemap.meta == {GIVEN: True, "allow_offsite": True}
    for request in (article, listing, page, sitemap):
        back = assert_same(request, news_spider)
        assert back.meta == request.meta and back.cb_kwargs == request.cb_kwargs
    assert round_trip(sitemap, news_spider).errback == news_spider.on_discovery_error


def test_the_article_spiders_request_round_trips():
    spider = ArticleSpider.from_crawler(get_crawler(ArticleSpider), url="http://news.example/a.html")
    request = spider.start_request("http://news.example/a.html")
    back = assert_same(request, spider)
    assert back.callback == spider.parse and back.errback == spider.on_error


def test_scrapys_own_meta_on_a_redirected_retried_request(news_spider):
    """What Scrapy's depth, redirect, retry, timeout and slot middlewares put on a request
    that goes back through the scheduler."""
    request = Request(
        SITE + "moved/story.html",
        callback=news_spider.parse_article,
        errback=news_spider.on_error,
        meta={
            ARTICLE: True,
            "depth": 2,
            "download_slot": "news.example",
            "download_timeout": 30.0,
            "download_latency": 0.012,
            "redirect_urls": [SITE + "old/story.html"],
            "redirect_reasons": [301, "meta refresh"],
            "redirect_times": 1,
            "redirect_ttl": 19,
            "retry_times": 1,
            "handle_httpstatus_list": [404],
            "proxy": None,
            "is_start_request": False,
        },
        priority=-2,
        flags=["redirected"],
    )
    back = assert_same(request, news_spider)
    assert back.meta == request.meta
    assert back.flags == ["redirected"]


def test_bytes_headers_cookies_and_body_come_back_as_they_were(news_spider):
    body = bytes(range(256)) + "café €".encode("utf-8")
    request = Request(
        SITE + "search",
        method="POST",
        callback=news_spider.parse_page,
        headers={"Referer": SITE, "Accept-Language": ["de", "fr;q=0.8"], "X-Raw": b"\xff\x00\x80"},
        cookies={"session": "abc", "lang": "fr"},
        body=body,
        encoding="latin-1",
        cb_kwargs={"depth": 1, "trail": ["a", "b"], "weights": {"x": 0.5}},
        dont_filter=True,
    )
    back = assert_same(request, news_spider)
    assert back.body == body
    assert back.headers.getlist("Accept-Language") == [b"de", b"fr;q=0.8"]
    assert back.headers[b"X-Raw"] == b"\xff\x00\x80"
    assert back.cookies == {"session": "abc", "lang": "fr"}
    assert back.encoding == "latin-1" and back.method == "POST"


def test_a_request_subclass_round_trips(news_spider):
    request = FormRequest(SITE + "login", formdata={"q": "protest"}, callback=news_spider.parse_page)
    assert_same(request, news_spider)


def test_meta_that_looks_like_the_encoding_is_kept_apart(news_spider):
    meta = {"$bytes": "not bytes", "note": {"$dict": [[1, 2]]}, "raw": {b"k": b"v", 3: None}}
    back = round_trip(Request(SITE, meta=meta), news_spider)
    assert back.meta == meta


@pytest.mark.parametrize(
    "meta, named",
    [
        ({"pair": (1, 2)}, "tuple"),
        ({"hosts": {"a", "b"}}, "set"),
        ({"handle_httpstatus_list": SequenceExclude(range(300, 400))}, "SequenceExclude"),
        ({"nested": {"when": object()}}, "object"),
        ({"score": float("nan")}, "nan"),
        ({"score": float("inf")}, "inf"),
    ],
)
def test_meta_json_cannot_carry_fails_loudly(news_spider, meta, named):
    request = Request(SITE + "x", meta=meta)
    with pytest.raises(TypeError, match=named) as raised:
        dumps(request.to_dict(spider=news_spider))
    assert SITE + "x" in str(raised.value) and "meta" in str(raised.value)


def test_cb_kwargs_json_cannot_carry_fail_loudly(news_spider):
    request = Request(SITE, callback=news_spider.parse_listing, cb_kwargs={"since": object()})
    with pytest.raises(TypeError, match=r"\['cb_kwargs'\]\['since'\]"):
        dumps(request.to_dict(spider=news_spider))


class Planted:
    """A serialised object whose reading runs code (here: creates a file)."""

    def __init__(self, path):
        self.path = path

    def __reduce__(self):
        return (open, (str(self.path), "w"))


def valid(**changes) -> bytes:
    request = {"url": SITE, "callback": None, "errback": None, "method": "GET", "headers": {},
               "body": b"", "cookies": {}, "meta": {}, "encoding": "utf-8", "priority": 0,
               "dont_filter": False, "flags": [], "cb_kwargs": {}}
    request.update(changes)
    return dumps({k: v for k, v in request.items() if v is not ...})


@pytest.mark.parametrize(
    "payload, reason",
    [
        (b"", "not JSON"),
        (b"\x80\x05\x95garbage", "not JSON"),
        (b"GET / HTTP/1.1", "not JSON"),
        (b"[1, 2, 3]", "format marker"),
        (json.dumps({"url": SITE}).encode(), "format marker"),
        (valid(url="file:///etc/passwd"), "http"),
        (valid(url="http://"), "url"),
        (valid(url=...), "no url"),
        (valid(_class="os.system"), "not a request class"),
        (valid(_class="rallycrawl_never_imported.Evil"), "not a request class"),
        (valid(_class="scrapy.utils.request.request_from_dict"), "not a request class"),
        (valid(callback="__class__"), "not a spider method name"),
        (valid(errback="parse; rm -rf /"), "not a spider method name"),
        (valid(priority="high"), "priority"),
        (valid(priority=True), "priority"),
        (valid(body="text"), "body"),
        (valid(meta=[1]), "meta"),
        (valid(extra=1), "unknown request fields"),
        (b'{"format": "rallycrawl-request/1", "request": {"url": {"$code": "x"}}}', "unknown tag"),
        (b'{"format": "rallycrawl-request/1", "request": {"url": "http://a/", "body": {"$bytes": "\\u20ac"}}}',
         "Latin-1"),
        (b'{"format": "rallycrawl-request/1", "request": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
         "not JSON|nested"),
    ],
)
def test_loads_refuses_what_it_did_not_write(payload, reason):
    with pytest.raises(RefusedPayload, match=reason):
        loads(payload)


def test_loads_refuses_a_serialised_object_without_running_it(tmp_path):
    marker = tmp_path / "ran"
    with pytest.raises(RefusedPayload, match="not JSON"):
        loads(pickle.dumps({"url": SITE, "x": Planted(marker)}, protocol=pickle.HIGHEST_PROTOCOL))
    assert not marker.exists()


def test_an_oversized_payload_is_refused_before_parsing(monkeypatch):
    monkeypatch.setattr(redis_serializer, "MAX_PAYLOAD", 100)
    with pytest.raises(RefusedPayload, match="more than"):
        loads(valid(body=b"x" * 200))


# -- against the real Redis server ----------------------------------------------------------


@pytest.fixture
def redis_scheduler(redis_url):
    """The scheduler the add-on configures, opened for a news spider on a key prefix of its own."""
    import redis

    prefix = f"rallycrawl-test:{uuid.uuid4().hex[:12]}:"
    crawler = get_crawler(NewsSpider, {
        "RALLYCRAWL_REDIS_URL": redis_url,
        "RALLYCRAWL_REDIS_KEY_PREFIX": prefix,
        "RALLYCRAWL_SQLITE_ENABLED": False,
        "ADDONS": {RedisAddon: 0},
    })
    assert crawler.settings["SCHEDULER_SERIALIZER"] == "rallycrawl.distributed.serializer"
    spider = NewsSpider.from_crawler(crawler, site=SITE)
    crawler.spider = spider
    from rallycrawl.distributed.frontier import RedisScheduler

    scheduler = RedisScheduler.from_crawler(crawler)
    scheduler.open(spider)
    client = redis.Redis.from_url(redis_url)
    yield scheduler, spider, client
    for key in client.scan_iter(match=f"{prefix}*"):
        client.delete(key)
    client.close()


@pytest.mark.redis
def test_the_queue_holds_json_and_gives_the_request_back(redis_scheduler):
    scheduler, spider, client = redis_scheduler
    request = spider._article_request(SITE + "2024/05/01/strike.html", "link")
    assert scheduler.enqueue_request(request)
    [raw] = client.zrange(scheduler.queue.key, 0, -1)
    assert json.loads(raw)["request"]["url"] == request.url
    back = scheduler.next_request()
    assert back.to_dict(spider=spider) == request.to_dict(spider=spider)


@pytest.mark.redis
def test_a_planted_object_in_the_queue_is_refused_logged_and_skipped(redis_scheduler, tmp_path, caplog):
    scheduler, spider, client = redis_scheduler
    marker = tmp_path / "ran"
    good = spider._article_request(SITE + "2024/05/01/strike.html", "link")
    scheduler.enqueue_request(good)
    # ahead of the good request in the queue (lower score pops first)
    planted = pickle.dumps(Planted(marker), protocol=pickle.HIGHEST_PROTOCOL)
    client.execute_command("ZADD", scheduler.queue.key, -100, planted)
    client.execute_command("ZADD", scheduler.queue.key, -99, b"\x00garbage\xff")
    client.execute_command("ZADD", scheduler.queue.key, -98, valid(callback="no_such_method"))

    with caplog.at_level(logging.WARNING, logger="rallycrawl.distributed.frontier"):
        back = scheduler.next_request()
    assert back is not None and back.url == good.url
    assert not marker.exists(), "the planted payload ran"
    refused = [r for r in caplog.records if "Refused an entry of the Redis queue" in r.getMessage()]
    assert len(refused) == 3
    assert "not JSON" in refused[0].getMessage()
    assert "no_such_method" in refused[2].getMessage()
    assert scheduler.stats.get_value("rallycrawl/redis/refused_requests") == 3
    assert scheduler.next_request() is None
    assert client.zcard(scheduler.queue.key) == 0
