"""Redis going away mid-crawl, against a redis-server of the test's own (issue 13, item 7).

The test starts ``redis-server`` on a free port without persistence, starts a
worker, and kills Redis under it: the worker must neither hang nor end "ok".
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time

import pytest

from tests.e2e.test_faults import slow_page  # slow article pages, as the crash tests serve them

pytestmark = [pytest.mark.redis, pytest.mark.e2e]

N_PAGES = 12


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class OwnRedis:
    """A redis-server without persistence on a port of its own: started, killed, restarted empty."""

    def __init__(self, workdir):
        if shutil.which("redis-server") is None:
            pytest.skip("redis-server is not installed")
        self.port, self.workdir, self.proc = free_port(), workdir, None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.proc = subprocess.Popen(["redis-server", "--port", str(self.port), "--bind", "127.0.0.1",
                                      "--save", "", "--appendonly", "no", "--dir", str(self.workdir)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        import redis

        deadline = time.monotonic() + 10
        while True:
            try:
                redis.Redis.from_url(self.url).ping()
                return
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def shutdown_saving(self) -> None:
        """Stop as an operator restarting a persistent Redis does: its data saved, loaded again at start."""
        import redis

        try:
            redis.Redis.from_url(self.url).shutdown(save=True)
        except redis.ConnectionError:
            pass
        self.proc.wait(10)
        self.proc = None

    def kill(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(10)
            self.proc = None


@pytest.fixture
def own_redis(tmp_path):
    pytest.importorskip("redis")
    pytest.importorskip("scrapy_redis")
    server = OwnRedis(tmp_path)
    server.start()
    yield server
    server.kill()


def start_worker(tmp_path, urls, redis_url: str, command: str = "crawl") -> tuple[subprocess.Popen, object]:
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join(urls) + "\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "scrapy", command, "article", "-a", f"urls_file={listing}",
           "-o", str(tmp_path / "out.jsonl")]
    for key, value in {"RALLYCRAWL_REDIS_URL": redis_url, "RALLYCRAWL_REDIS_RETRY_TIMEOUT": "6",
                       "RALLYCRAWL_REDIS_IDLE_TIMEOUT": "2", "ROBOTSTXT_OBEY": "False",
                       "AUTOTHROTTLE_ENABLED": "False", "CONCURRENT_REQUESTS": "2", "LOG_LEVEL": "DEBUG",
                       "RALLYCRAWL_SQLITE_PATH": str(tmp_path / "store.sqlite3"),
                       "RALLYCRAWL_LOCK_PATH": str(tmp_path / "run.lock")}.items():
        cmd += ["-s", f"{key}={value}"]
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "rallycrawl.settings", "PYTHONUNBUFFERED": "1"}
    env.pop("RALLYCRAWL_REDIS_URL", None)
    log = open(tmp_path / "worker.log", "w", encoding="utf-8")  # noqa: SIM115 - closed by the caller
    return subprocess.Popen(cmd, cwd=tmp_path, stdout=log, stderr=subprocess.STDOUT, env=env), log


def wait_for(path, text: str, count: int = 1, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.read_text(encoding="utf-8", errors="replace").count(text) >= count:
            return
        time.sleep(0.05)
    raise AssertionError(f"{count} x {text!r} not seen in {path}")


def scraped(log: str) -> list[str]:
    return [line.split("Scraped ", 1)[1].strip() for line in log.splitlines() if "] DEBUG: Scraped " in line]


def _run_until_fault(local_server, tmp_path, own_redis, command: str, fault) -> tuple[int, str]:
    for i in range(N_PAGES):
        local_server.handle(f"/slow/{i}", slow_page(i, 0.6))
    urls = [local_server.url(f"/slow/{i}") for i in range(N_PAGES)]
    proc, log_file = start_worker(tmp_path, urls, own_redis.url, command)
    try:
        wait_for(tmp_path / "worker.log", "] DEBUG: Scraped ", 2)
        fault()
        status = proc.wait(timeout=120)  # before: a traceback every 5 s, forever
    finally:
        proc.kill()
        log_file.close()
    return status, (tmp_path / "worker.log").read_text(encoding="utf-8")


def _nothing_fetched_lost(tmp_path, log: str) -> None:
    exported = [json.loads(line)["url"] for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert sorted(exported) == sorted(scraped(log))  # every page fetched went through to the export...
    import sqlite3

    with sqlite3.connect(tmp_path / "store.sqlite3") as db:  # ...and the store
        stored = {row[0] for row in db.execute("SELECT url FROM articles")}
    assert set(exported) <= stored


@pytest.mark.parametrize("command", ["crawl", "cron"])
def test_redis_gone_for_good_stops_the_worker_with_a_failure_and_releases_the_lock(
        local_server, tmp_path, own_redis, command):
    status, log = _run_until_fault(local_server, tmp_path, own_redis, command, own_redis.kill)
    assert status == 1, log[-4000:]
    assert "cannot be reached" in log and "retrying for up to 6 s" in log
    assert "Traceback" not in log
    summary = [line for line in log.splitlines() if "Run summary:" in line]
    assert len(summary) == 1 and "could not be reached for" in summary[0] and "the worker stopped" in summary[0]
    assert "ok" not in summary[0].rsplit(":", 1)[1]
    _nothing_fetched_lost(tmp_path, log)
    if command == "cron":  # the lock is free for the next run
        from rallycrawl.commands.runlock import RunLock

        RunLock(tmp_path / "run.lock").acquire().release()


def test_redis_back_empty_is_not_ok(local_server, tmp_path, own_redis):
    def restart_empty():
        own_redis.kill()
        time.sleep(1)
        own_redis.start()

    status, log = _run_until_fault(local_server, tmp_path, own_redis, "cron", restart_empty)
    assert status == 1, log[-4000:]
    assert "came back without this crawl's state" in log
    assert "Traceback" not in log
    summary = [line for line in log.splitlines() if "Run summary:" in line]
    assert len(summary) == 1 and "came back without this crawl's state" in summary[0]
    _nothing_fetched_lost(tmp_path, log)


def test_redis_back_with_its_data_resumes_and_ends_ok(local_server, tmp_path, own_redis):
    def restart_with_data():
        own_redis.shutdown_saving()
        time.sleep(2)
        own_redis.start()

    status, log = _run_until_fault(local_server, tmp_path, own_redis, "cron", restart_with_data)
    assert status == 0, log[-4000:]
    assert "cannot be reached" in log and "is reachable again" in log
    assert "Traceback" not in log
    exported = [json.loads(line)["url"] for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert sorted(exported) == sorted(local_server.url(f"/slow/{i}") for i in range(N_PAGES))
