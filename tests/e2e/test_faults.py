"""Faults during real crawls: SIGKILL and restart, SIGTERM/SIGINT, a full disk, a locked store, dead servers.

Each test runs ``scrapy crawl article`` as a subprocess against a local server
whose article pages answer slowly, so that the crawl is mid-way when the fault
strikes.  The embedded SQLite store is on (as by default) in the test's
temporary directory.
"""

from __future__ import annotations

import json
import re
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from conftest import ROOT

pytestmark = pytest.mark.e2e

N_ARTICLES = 24
WORDS = ("The march set off from the railway station shortly after ten and wound through the market "
         "square, where stallholders stopped trading to watch the banners go past. ")


def article(i: int) -> bytes:
    paragraphs = "".join(
        f"<p>Paragraph {j} of report {i}. {WORDS * 3}Organisers from the Valley Water Campaign said the "
        f"protest was about keeping the reservoir in public hands.</p>" for j in range(5)
    )
    return (f"<html><head><title>Reservoir protest report number {i}</title></head><body><article>"
            f"<h1>Reservoir protest report number {i}</h1>{paragraphs}</article></body></html>").encode()


def slow_page(i: int, delay: float):
    def serve(handler):
        time.sleep(delay)
        body = article(i)
        try:
            handler.send_response(200)
            handler.send_header("Content-Type", "text/html; charset=utf-8")
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)
        except OSError:  # the crawler was killed mid-response
            pass
    return serve


@pytest.fixture
def slow_site(local_server):
    for i in range(N_ARTICLES):
        local_server.handle(f"/report/{i}", slow_page(i, 0.25))
    return local_server


def start_crawl(tmp_path, urls, output: str, *settings: str, log: str = "crawl.log") -> tuple[subprocess.Popen, object]:
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join(urls) + "\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "scrapy", "crawl", "article", "-a", f"urls_file={listing}", "-o", output,
           "-s", "ROBOTSTXT_OBEY=False", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=DEBUG",
           "-s", "CONCURRENT_REQUESTS=2", "-s", f"RALLYCRAWL_SQLITE_PATH={tmp_path / 'store.sqlite3'}",
           "-s", f"RALLYCRAWL_UNSTORED_DIR={tmp_path}"]
    for setting in settings:
        cmd += ["-s", setting]
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "rallycrawl.settings", "PYTHONUNBUFFERED": "1"}
    log_file = open(tmp_path / log, "w", encoding="utf-8")  # noqa: SIM115 - closed by the caller
    proc = subprocess.Popen(cmd, cwd=tmp_path, stdout=log_file, stderr=subprocess.STDOUT, env=env)
    return proc, log_file


def wait_for(path, text: str, count: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and path.read_text(encoding="utf-8", errors="replace").count(text) >= count:
            return
        time.sleep(0.05)
    raise AssertionError(f"{count} x {text!r} not seen in {path} within {timeout}s")


def scraped_urls(log_text: str) -> list[str]:
    return [line.split("Scraped ", 1)[1].strip() for line in log_text.splitlines() if "] DEBUG: Scraped " in line]


def stored_rows(tmp_path) -> list[tuple[str, int]]:
    with sqlite3.connect(tmp_path / "store.sqlite3") as db:
        return db.execute("SELECT url, version FROM articles WHERE is_latest").fetchall()


def complete_jsonl(path) -> list[dict]:
    text = path.read_text(encoding="utf-8")
    assert text == "" or text.endswith("\n"), f"a partial last line: {text[-200:]!r}"
    return [json.loads(line) for line in text.splitlines()]


def test_sigkill_mid_crawl_then_restart_loses_nothing_and_stores_nothing_twice(slow_site, tmp_path):
    urls = [slow_site.url(f"/report/{i}") for i in range(N_ARTICLES)]
    out = tmp_path / "out.jsonl"
    proc, log_file = start_crawl(tmp_path, urls, str(out))
    try:
        wait_for(tmp_path / "crawl.log", "] DEBUG: Scraped ", 7)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        proc.kill()
        log_file.close()
    reported = scraped_urls((tmp_path / "crawl.log").read_text(encoding="utf-8"))
    assert 7 <= len(reported) < N_ARTICLES
    exported = complete_jsonl(out)  # only whole lines, even though the process died mid-write
    assert {r["url"] for r in exported} <= set(reported)
    stored = {url for url, _ in stored_rows(tmp_path)}
    assert set(reported) <= stored, "a record reported stored was lost"

    proc, log_file = start_crawl(tmp_path, urls, str(out), log="restart.log")
    try:
        assert proc.wait(timeout=120) == 0
    finally:
        log_file.close()
    rows = stored_rows(tmp_path)
    assert sorted(url for url, _ in rows) == sorted(urls), "not every article stored exactly once"
    assert all(version == 1 for _, version in rows)
    with sqlite3.connect(tmp_path / "store.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == N_ARTICLES
    assert {r["url"] for r in complete_jsonl(out)} == set(urls)


def test_appending_to_an_export_left_with_a_partial_line_repairs_it_first(local_server, crawl, tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"url": "http://old.example/1", "headline": "whole"}\n{"url": "http://old.example/2", "head')
    local_server.route("/good", article(3))
    result = crawl("article", output=None, args={"url": local_server.url("/good")}, extra=["-o", str(out)])
    assert result.returncode == 0
    assert [r["url"] for r in complete_jsonl(out)] == ["http://old.example/1", local_server.url("/good")]
    assert "ended with an incomplete line" in result.stderr


def test_each_exported_line_is_on_disk_as_soon_as_it_is_exported(tmp_path):
    from rallycrawl.exporters import JsonLinesExporter

    path = tmp_path / "out.jsonl"
    with path.open("ab") as file:
        exporter = JsonLinesExporter(file, encoding="utf-8")
        exporter.start_exporting()
        for i in range(3):
            exporter.export_item({"url": f"http://a.example/{i}", "body": "x" * 3000})
            assert path.read_bytes().count(b"\n") == i + 1  # read through another handle
        exporter.finish_exporting()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_sigterm_and_ctrl_c_shut_down_cleanly_and_flush_everything(slow_site, tmp_path, signum):
    urls = [slow_site.url(f"/report/{i}") for i in range(N_ARTICLES)]
    out = tmp_path / "out.json"  # a JSON array is only valid if the exporter was closed properly
    proc, log_file = start_crawl(tmp_path, urls, str(out))
    try:
        wait_for(tmp_path / "crawl.log", "] DEBUG: Scraped ", 4)
        proc.send_signal(signum)
        status = proc.wait(timeout=60)
    finally:
        proc.kill()
        log_file.close()
    log = (tmp_path / "crawl.log").read_text(encoding="utf-8")
    assert "Received SIG" in log and "shutting down gracefully" in log
    assert "Closing spider (shutdown)" in log
    records = json.loads(out.read_text(encoding="utf-8"))
    reported = scraped_urls(log)
    assert len(records) == len(reported) < N_ARTICLES
    stored = {url for url, _ in stored_rows(tmp_path)}
    assert {r["url"] for r in records} <= stored
    assert "Traceback" not in log
    assert status == 128 + signum  # interrupted: the crawl did not finish


def test_disk_full_while_exporting_is_a_clear_error_and_the_store_keeps_the_records(slow_site, tmp_path):
    urls = [slow_site.url(f"/report/{i}") for i in range(3)]
    proc, log_file = start_crawl(tmp_path, urls, "/dev/full:jsonl")  # every write fails with ENOSPC
    try:
        status = proc.wait(timeout=120)
    finally:
        proc.kill()
        log_file.close()
    log = (tmp_path / "crawl.log").read_text(encoding="utf-8")
    for url in urls:
        assert f"Could not write {url} to the export /dev/full: No space left on device" in log
    assert "Traceback" not in log
    # the run fails, and its summary says which export lost how many records
    assert status == 5
    assert re.search(r"Run summary: .*: 3 records not written to the export /dev/full \(No space left on device\)", log)
    assert sorted(url for url, _ in stored_rows(tmp_path)) == sorted(urls)


class _LockHolder:
    """Another process's exclusive lock on the SQLite store, taken and released on demand."""

    def __init__(self, db_path):
        self.db_path, self.locked, self.release = db_path, threading.Event(), threading.Event()
        self.thread = threading.Thread(target=self._hold, daemon=True)

    def _hold(self):
        db = sqlite3.connect(self.db_path, isolation_level=None, timeout=30)
        db.execute("BEGIN EXCLUSIVE")
        self.locked.set()
        self.release.wait(120)
        db.execute("ROLLBACK")
        db.close()

    def __enter__(self):
        self.thread.start()
        assert self.locked.wait(30)
        return self

    def __exit__(self, *exc):
        self.release.set()
        self.thread.join(10)


def test_store_locked_before_the_crawl_stops_it_with_a_clear_error(slow_site, tmp_path):
    urls = [slow_site.url(f"/report/{i}") for i in range(3)]
    sqlite3.connect(tmp_path / "store.sqlite3").close()
    with _LockHolder(tmp_path / "store.sqlite3"):
        proc, log_file = start_crawl(tmp_path, urls, str(tmp_path / "out.jsonl"), "RALLYCRAWL_SQLITE_TIMEOUT=1")
        try:
            proc.wait(timeout=120)
        finally:
            proc.kill()
            log_file.close()
    log = (tmp_path / "crawl.log").read_text(encoding="utf-8")
    assert "is locked by another process" in log and "the crawl cannot start" in log
    assert "] DEBUG: Scraped " not in log  # nothing fetched, so nothing to lose


def test_store_locked_mid_crawl_reports_the_records_not_stored(slow_site, tmp_path):
    urls = [slow_site.url(f"/report/{i}") for i in range(8)]
    proc, log_file = start_crawl(tmp_path, urls, str(tmp_path / "out.jsonl"), "RALLYCRAWL_SQLITE_TIMEOUT=1")
    try:
        wait_for(tmp_path / "crawl.log", "] DEBUG: Scraped ", 2)
        with _LockHolder(tmp_path / "store.sqlite3"):
            proc.wait(timeout=120)
    finally:
        proc.kill()
        log_file.close()
    log = (tmp_path / "crawl.log").read_text(encoding="utf-8")
    stored = {url for url, _ in stored_rows(tmp_path)}
    not_stored = set(urls) - stored
    assert not_stored, "the lock came too late to matter"
    # every record the store could not write is named in the log and kept in a file: never silently lost
    assert "NOT stored" in log, log[-3000:]
    kept = "".join(p.read_text(encoding="utf-8") for p in tmp_path.iterdir() if "unstored" in p.name)
    fetched_not_stored = set(scraped_urls(log)) - stored
    assert fetched_not_stored
    for url in fetched_not_stored:
        assert url in kept, url


def _never_answers(handler):
    time.sleep(30)


def _one_byte_at_a_time(handler):
    try:
        handler.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n")
        for _ in range(30):
            handler.wfile.write(b"<")
            handler.wfile.flush()
            time.sleep(1)
    except OSError:
        pass
    handler.close_connection = True


def test_servers_that_hang_are_bounded_by_the_download_timeout(local_server, crawl):
    local_server.handle("/hang", _never_answers)
    local_server.handle("/drip", _one_byte_at_a_time)
    local_server.route("/good", article(1))
    urls = ",".join(local_server.url(p) for p in ("/hang", "/drip", "/good"))
    start = time.monotonic()
    result = crawl("article", args={"urls": urls}, settings={"DOWNLOAD_TIMEOUT": "2", "RETRY_TIMES": "1"})
    elapsed = time.monotonic() - start
    assert result.returncode == 0
    assert elapsed < 25, f"the crawl took {elapsed:.0f}s"
    assert [r["url"] for r in result.records()] == [local_server.url("/good")]
    for path in ("/hang", "/drip"):
        assert f"Failed to fetch {local_server.url(path)}: DownloadTimeoutError" in result.stderr
    assert "'rallycrawl/failed/DownloadTimeoutError': 2" in result.stderr


def test_connection_refused_and_reset_are_reported(local_server, crawl):
    def reset(handler):
        handler.connection.setsockopt(__import__("socket").SOL_SOCKET, __import__("socket").SO_LINGER,
                                      b"\x01\x00\x00\x00\x00\x00\x00\x00")
        handler.close_connection = True

    local_server.handle("/reset", reset)
    local_server.route("/good", article(2))
    urls = ",".join([local_server.url("/reset"), "http://127.0.0.1:9/refused", local_server.url("/good")])
    result = crawl("article", args={"urls": urls}, settings={"RETRY_TIMES": "0"})
    assert result.returncode == 0
    assert [r["url"] for r in result.records()] == [local_server.url("/good")]
    assert "Failed to fetch http://127.0.0.1:9/refused: DownloadConnectionRefusedError" in result.stderr
    assert f"Failed to fetch {local_server.url('/reset')}" in result.stderr


def test_root_is_importable():  # the subprocesses above import the package from the checkout
    assert (ROOT / "rallycrawl" / "__init__.py").exists()
