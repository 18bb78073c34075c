"""The progress display: live on a terminal (driven here on a pseudo-terminal), lines under cron."""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
import time

import pytest

from conftest import FIXTURES

pytestmark = pytest.mark.e2e

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
PAGES = ("/rally-article.html", "/plain-article.html", "/store-rally.html", "/store-market.html",
         "/section-front.html", "/warc-dockers-strike.html")


def slow_pages(local_server, delay: float = 0.6):
    """Serve the fixture pages slowly, so that the display refreshes several times."""
    def handler_for(path):
        body = (FIXTURES / "site" / path.lstrip("/")).read_bytes()

        def handle(request):
            time.sleep(delay)
            request.send_response(200)
            request.send_header("Content-Type", "text/html; charset=utf-8")
            request.send_header("Content-Length", str(len(body)))
            request.end_headers()
            request.wfile.write(body)
        return handle

    for path in PAGES:
        local_server.handle(f"/slow{path}", handler_for(path))
    return ",".join(local_server.url(f"/slow{p}") for p in PAGES)


def crawl_args(urls: str, tmp_path) -> list[str]:
    return [sys.executable, "-m", "scrapy", "crawl", "article", "-a", f"urls={urls}",
            "-s", "ROBOTSTXT_OBEY=False", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CONCURRENT_REQUESTS=1",
            "-s", f"RALLYCRAWL_SQLITE_PATH={tmp_path / 'store.sqlite3'}", "-O", str(tmp_path / "out.jsonl")]


def run_on_a_terminal(cmd: list[str], cwd, timeout: float = 120) -> tuple[int, str]:
    """Run ``cmd`` with stdout and stderr on a pseudo-terminal; its exit status and everything it wrote."""
    master, slave = pty.openpty()
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "rallycrawl.settings", "TERM": "xterm-256color",
           "COLUMNS": "120", "LINES": "40", "PYTHONUNBUFFERED": "1"}
    env.pop("NO_COLOR", None)
    proc = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=slave, stderr=slave, env=env)
    os.close(slave)
    chunks, deadline = [], time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:  # the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
        elif proc.poll() is not None:
            break
    proc.wait(timeout=10)
    os.close(master)
    return proc.returncode, b"".join(chunks).decode("utf-8", "replace")


def test_live_display_on_a_terminal(local_server, tmp_path):
    urls = slow_pages(local_server)
    status, screen = run_on_a_terminal(crawl_args(urls, tmp_path), tmp_path)
    assert status == 0, screen[-3000:]
    plain = ANSI.sub("", screen)
    # the display was drawn and redrawn in place (cursor movement), with the figures
    assert "\x1b[" in screen
    frames = re.findall(r"pages\s+(\d+) fetched", plain)
    assert len(frames) >= 3, plain[-2000:]
    assert int(frames[0]) < int(frames[-1]) <= len(PAGES)
    assert re.search(r"articles\s+\d+ found: \d+ exported, \d+ left out, \d+ already seen", plain)
    assert re.search(r"queue\s+\d+ queued, \d+ downloading", plain)
    assert "elapsed" in plain
    # the log still reaches the terminal, and the summary is the last line
    assert "Spider closed (finished)" in plain
    lines = [line.strip() for line in plain.replace("\r", "\n").splitlines() if line.strip()]
    assert "Run summary: article finished" in lines[-1], lines[-5:]
    assert "4 articles found" in lines[-1] or "articles found" in lines[-1]
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) >= 3


def test_progress_lines_when_not_on_a_terminal(local_server, crawl):
    urls = slow_pages(local_server, delay=0.5)
    result = crawl("article", args={"urls": urls}, settings={"RALLYCRAWL_PROGRESS_INTERVAL": "1",
                                                             "CONCURRENT_REQUESTS": "1"})
    assert result.returncode == 0, result.stderr[-3000:]
    progress = [line for line in result.stderr.splitlines() if "Progress: " in line]
    assert len(progress) >= 2
    assert re.search(r"Progress: \d+ pages fetched \(\d+/min\), \d+ articles found: \d+ exported, \d+ left out, "
                     r"\d+ already seen; \d+ pages not articles, \d+ errors; \d+ queued, \d+ downloading; "
                     r"\d+s elapsed", progress[-1]), progress[-1]
    assert "\x1b[" not in result.stderr  # no terminal codes in a log file
    assert "Crawled 0 pages" not in result.stderr  # Scrapy's LogStats line is replaced
    assert "Run summary:" in [line for line in result.stderr.splitlines() if line.strip()][-1]
