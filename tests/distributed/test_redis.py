"""Several ``scrapy crawl`` workers sharing one Redis frontier, against the real Redis server.

Two workers crawl the local news site together: every article is exported
once and every page fetched once in total; a worker stopped in the middle
leaves its queued requests in Redis and the next worker finishes them; start
URLs pushed to Redis while the workers wait are crawled once.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from pathlib import Path

import pytest

from news.conftest import THROTTLED, NewsSite, news_site  # noqa: F401 - the news_site fixture
from news.test_news_crawl import ALL_ARTICLES

pytestmark = [pytest.mark.redis, pytest.mark.e2e]

#: robots.txt is fetched by each worker's robots.txt middleware (outside the
#: scheduler) and once more by the news spider looking for sitemaps
PER_WORKER = {"/robots.txt"}


@pytest.fixture
def redis_prefix(redis_url):
    """A key prefix of this test's own; its keys are deleted afterwards."""
    import redis

    prefix = f"rallycrawl-test:{uuid.uuid4().hex[:12]}:"
    client = redis.Redis.from_url(redis_url)
    yield prefix, client
    for key in client.scan_iter(match=f"{prefix}*"):
        client.delete(key)
    client.close()


def start_worker(cwd: Path, spider: str, name: str, redis_url: str, prefix: str,
                 args: dict[str, str] | None = None, settings: dict[str, str] | None = None) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "scrapy", "crawl", spider, "-O", str(cwd / f"{name}.jsonl")]
    for key, value in (args or {}).items():
        cmd += ["-a", f"{key}={value}"]
    base = {
        "RALLYCRAWL_REDIS_URL": redis_url,
        "RALLYCRAWL_REDIS_KEY_PREFIX": prefix,
        "RALLYCRAWL_REDIS_IDLE_TIMEOUT": "3",
        "RALLYCRAWL_SQLITE_ENABLED": "False",
        "AUTOTHROTTLE_ENABLED": "False",
        "CONCURRENT_REQUESTS": "2",
        "LOG_LEVEL": "INFO",
    }
    for key, value in {**base, **(settings or {})}.items():
        cmd += ["-s", f"{key}={value}"]
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "rallycrawl.settings", "PYTHONUNBUFFERED": "1"}
    with open(cwd / f"{name}.log", "w") as log:  # the worker keeps its own copy of the file
        return subprocess.Popen(cmd, cwd=cwd, stdout=log, stderr=subprocess.STDOUT, env=env)


def exported(cwd: Path, *names: str) -> list[str]:
    urls = []
    for name in names:
        path = cwd / f"{name}.jsonl"
        if path.exists():
            urls += [json.loads(line)["url"] for line in path.read_text().splitlines() if line.strip()]
    return urls


def stat(cwd: Path, name: str, key: str) -> int:
    for line in (cwd / f"{name}.log").read_text().splitlines():
        if line.strip().startswith(f"'{key}':"):
            return int(line.split(":", 1)[1].strip().rstrip(","))
    return 0


def assert_fetched_once(site: NewsSite, workers: int) -> None:
    counts = Counter(site.paths())
    for path, count in counts.items():
        if path in PER_WORKER:
            assert count <= workers + 1, (path, count)
        elif path == THROTTLED:
            assert count == 2, (path, count)  # 429 once, then the retry
        else:
            assert count == 1, f"{path} fetched {count} times"


def wait_for(condition, timeout: float = 60, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def test_two_workers_share_the_crawl(news_site, redis_url, redis_prefix, tmp_path):  # noqa: F811
    prefix, client = redis_prefix
    args = {"site": news_site.url("/"), "only_protest": "false", "depth": "10"}
    # polite enough that the crawl outlasts the second worker's start-up, however busy the machine
    slow = {"CONCURRENT_REQUESTS": "1", "DOWNLOAD_DELAY": "0.5"}
    workers = {"w1": start_worker(tmp_path, "news", "w1", redis_url, prefix, args, slow)}
    wait_for(lambda: len(news_site.paths()) >= 3, what="the first worker to get going")
    workers["w2"] = start_worker(tmp_path, "news", "w2", redis_url, prefix, args, slow)
    for name, worker in workers.items():
        assert worker.wait(timeout=120) == 0, (tmp_path / f"{name}.log").read_text()[-3000:]

    urls = exported(tmp_path, "w1", "w2")
    assert len(urls) == len(set(urls)), "an article was exported twice"
    assert sorted(u.removeprefix(news_site.url("")) for u in urls) == sorted(ALL_ARTICLES)
    assert_fetched_once(news_site, workers=2)
    # both took requests from the shared queue, and one start page was skipped as already scheduled
    assert stat(tmp_path, "w1", "scheduler/dequeued/redis") > 0
    assert stat(tmp_path, "w2", "scheduler/dequeued/redis") > 0
    skipped = stat(tmp_path, "w1", "rallycrawl/redis/start_already_scheduled") + stat(
        tmp_path, "w2", "rallycrawl/redis/start_already_scheduled")
    assert skipped == 1
    # the last worker out ended the crawl: nothing of it is left in Redis
    assert list(client.scan_iter(match=f"{prefix}*")) == []


def test_a_stopped_worker_loses_no_queued_request(news_site, redis_url, redis_prefix, tmp_path):  # noqa: F811
    prefix, client = redis_prefix
    queue = f"{prefix}news:requests"
    args = {"site": news_site.url("/"), "only_protest": "false", "depth": "10"}
    slow = {"CONCURRENT_REQUESTS": "1", "DOWNLOAD_DELAY": "0.3"}
    first = start_worker(tmp_path, "news", "first", redis_url, prefix, args, slow)
    wait_for(lambda: len(news_site.paths()) >= 8 and client.zcard(queue) >= 3, what="the first worker to get going")
    first.send_signal(signal.SIGINT)  # Ctrl-C: stop gracefully
    first.wait(timeout=60)
    assert "Closing spider (shutdown)" in (tmp_path / "first.log").read_text()
    left = client.zcard(queue)
    assert left > 0, "the queued requests did not survive the worker"

    # Restarted with the same command line, it resumes: the start pages are not fetched again.
    second = start_worker(tmp_path, "news", "second", redis_url, prefix, args)
    assert second.wait(timeout=120) == 0, (tmp_path / "second.log").read_text()[-3000:]
    assert "Sharing request queue" in (tmp_path / "second.log").read_text()
    assert stat(tmp_path, "second", "scheduler/dequeued/redis") >= left

    urls = exported(tmp_path, "first", "second")
    assert len(urls) == len(set(urls)), "an article was exported twice"
    assert sorted(u.removeprefix(news_site.url("")) for u in urls) == sorted(ALL_ARTICLES)
    assert_fetched_once(news_site, workers=2)


def test_start_urls_pushed_while_workers_wait(news_site, redis_url, redis_prefix, tmp_path):  # noqa: F811
    prefix, client = redis_prefix
    articles = sorted(ALL_ARTICLES - {THROTTLED})
    # No URL on the command line: the workers wait for start URLs in Redis. Those URLs are not
    # known when the crawl starts, so a private host among them must be allowed by the setting.
    allow = {"RALLYCRAWL_ALLOW_PRIVATE_HOSTS": "127.0.0.1"}
    workers = {name: start_worker(tmp_path, "article", name, redis_url, prefix, settings=allow)
               for name in ("a1", "a2")}
    wait_for(lambda: all("Waiting for start URLs" in (tmp_path / f"{n}.log").read_text() for n in workers),
             what="both workers to wait")
    client.rpush(f"{prefix}article:start_urls", *[news_site.url(path) for path in articles])
    for name, worker in workers.items():
        assert worker.wait(timeout=120) == 0, (tmp_path / f"{name}.log").read_text()[-3000:]

    urls = exported(tmp_path, "a1", "a2")
    assert sorted(u.removeprefix(news_site.url("")) for u in urls) == articles
    assert sorted(p for p in news_site.paths() if p not in PER_WORKER) == articles  # each fetched once
    assert client.llen(f"{prefix}article:start_urls") == 0


def test_unreachable_redis_is_one_clear_line(crawl):
    result = crawl("article", output=None, args={"url": "http://127.0.0.1:9/a.html"},
                   settings={"RALLYCRAWL_REDIS_URL": "redis://127.0.0.1:9/0"})
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("rallycrawl: error: cannot use Redis at RALLYCRAWL_REDIS_URL=redis://127.0.0.1:9/0")
