"""The Porthaven Post: a small news site on 127.0.0.1 for the ``news`` spider's tests.

Served from a per-test copy of ``tests/fixtures/newsite`` (so a test can add
or change pages between runs), with a log of every request and a few
dynamic routes a static directory cannot give:

* ``http://newsite.test`` in any text file is replaced by the server's address;
* ``/sitemaps/news.xml.gz`` is ``sitemaps/news.xml`` gzipped at request time;
* ``/local/2021/04/05/cleaners-protest-outside-hospital.html`` answers 429 with
  ``Retry-After: 1`` the first time it is asked for;
* ``/news/ferry-strike-latest-old-address`` redirects twice (301, then 302) to
  the ferry article;
* ``/calendar/?month=YYYY-MM`` is an endless calendar: every month links to the
  months before and after it.
"""

from __future__ import annotations

import gzip
import re
import shutil
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

NEWSITE = Path(__file__).resolve().parent.parent / "fixtures" / "newsite"
PLACEHOLDER = b"http://newsite.test"
TEXT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml",
    ".txt": "text/plain",
    ".json": "application/feed+json",
    ".css": "text/css",
}
THROTTLED = "/local/2021/04/05/cleaners-protest-outside-hospital.html"
REDIRECTS = {
    "/news/ferry-strike-latest-old-address": (301, "/r/ferry"),
    "/r/ferry": (302, "/2021/04/09/ferry-workers-end-strike.html"),
}


@dataclass
class NewsSite:
    root: Path
    port: int = 0
    #: (monotonic time, path with query) of every request, in order
    requests: list[tuple[float, str]] = field(default_factory=list)
    throttled_once: bool = False

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def paths(self) -> list[str]:
        return [path for _, path in self.requests]

    def clear_log(self) -> None:
        self.requests.clear()

    def add_article(self, path: str, html: str) -> None:
        target = self.root / path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")


def _calendar_page(month: str) -> bytes:
    match = re.fullmatch(r"(\d{4})-(\d{2})", month or "")
    year, mon = (int(match.group(1)), int(match.group(2))) if match else (2021, 4)
    prev_ = f"{year - (mon == 1)}-{(mon - 2) % 12 + 1:02d}"
    next_ = f"{year + (mon == 12)}-{mon % 12 + 1:02d}"
    return (
        f"<!DOCTYPE html><html><head><title>Events in {year}-{mon:02d}</title></head><body>"
        f"<h1>Events calendar: {year}-{mon:02d}</h1><p>No events listed this month.</p>"
        f'<a href="/calendar/?month={prev_}">Previous month</a> '
        f'<a href="/calendar/?month={next_}">Next month</a></body></html>'
    ).encode()


def _handler(site: NewsSite):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format, *args):  # noqa: A002 - keep test output clean
            pass

        def _send(self, status: int, body: bytes = b"", content_type: str = "text/html", **headers: str):
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            for key, value in headers.items():
                self.send_header(key.replace("_", "-"), value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def do_GET(self):  # noqa: N802 - http.server's naming
            site.requests.append((time.monotonic(), self.path))
            parts = urlsplit(self.path)
            path = parts.path
            base = f"http://127.0.0.1:{site.port}".encode()
            if path in REDIRECTS:
                status, target = REDIRECTS[path]
                return self._send(status, Location=target)
            if path == THROTTLED and not site.throttled_once:
                site.throttled_once = True
                return self._send(429, b"slow down", "text/plain", Retry_After="1")
            if path == "/calendar/":
                return self._send(200, _calendar_page(parse_qs(parts.query).get("month", [""])[0]),
                                  "text/html; charset=utf-8")
            if path.endswith(".xml.gz"):
                source = site.root / path[1:-3]
                if source.is_file():
                    data = source.read_bytes().replace(PLACEHOLDER, base)
                    return self._send(200, gzip.compress(data), "application/gzip")
                return self._send(404, b"not found")
            target = site.root / path.lstrip("/")
            if target.is_dir():
                target = target / "index.html"
            try:
                resolved = target.resolve()
                resolved.relative_to(site.root.resolve())
                data = resolved.read_bytes()
            except (OSError, ValueError):
                return self._send(404, b"<html><body>Not found</body></html>")
            content_type = TEXT_TYPES.get(resolved.suffix, "application/octet-stream")
            if resolved.suffix in TEXT_TYPES:
                data = data.replace(PLACEHOLDER, base)
            return self._send(200, data, content_type)

    return Handler


@pytest.fixture
def news_site(tmp_path) -> NewsSite:
    """The Porthaven Post on 127.0.0.1, from a copy of the fixture site the test may change."""
    root = tmp_path / "newsite"
    shutil.copytree(NEWSITE, root)
    site = NewsSite(root)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.port = server.server_address[1]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield site
    server.shutdown()
    server.server_close()
