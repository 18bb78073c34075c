"""``rallycrawl demo``: a first run that works anywhere, online or not.

The package ships a small invented news site (``site/``: a home page, a
section page, an RSS feed, a sitemap announced in robots.txt, four protest
reports and two other articles; every word written for rallycrawl).  The demo
serves it on 127.0.0.1, crawls it with the ``news`` spider exactly as a real
site would be crawled, and leaves real outputs in one folder: JSON Lines, the
flat and relational CSVs, and the SQLite store.  Nothing leaves the machine:
no proxy, no PostgreSQL, no Redis, whatever the environment says.
"""

from __future__ import annotations

import csv
import json
import mimetypes
import os
import sqlite3
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

SITE = Path(__file__).resolve().parent / "site"
#: the address written in the shipped pages; replaced by the server's own when served
PLACEHOLDER = b"http://demo.rallycrawl.invalid"
DEFAULT_FOLDER = "rallycrawl-demo"
STORE = "rallycrawl.sqlite3"
#: output file -> feed format
OUTPUTS = {
    "articles.jsonl": "jsonlines",
    "articles.csv": "csv",
    "quotes.csv": "quotes-csv",
    "organisations.csv": "organisations-csv",
    "demands.csv": "demands-csv",
}
TEXT_SUFFIXES = {".html": "text/html; charset=utf-8", ".xml": "application/rss+xml; charset=utf-8",
                 ".txt": "text/plain; charset=utf-8"}


class DemoSiteHandler(BaseHTTPRequestHandler):
    """Serves :data:`SITE` read-only, with the placeholder address replaced by the server's."""

    server_version = "rallycrawl-demo"

    def log_message(self, format, *args):  # noqa: A002 - the crawl's own log says what was fetched
        pass

    def do_GET(self):
        path = unquote(urlsplit(self.path).path)
        target = (SITE / path.lstrip("/")).resolve()
        if target.is_dir():
            target = target / "index.html"
        if SITE not in target.parents or not target.is_file():
            self.send_error(404)
            return
        body = target.read_bytes()
        content_type = TEXT_SUFFIXES.get(target.suffix) or mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if target.suffix in TEXT_SUFFIXES:
            host, port = self.server.server_address[:2]
            body = body.replace(PLACEHOLDER, f"http://{host}:{port}".encode())
        if target.name == "sitemap.xml":
            content_type = "application/xml; charset=utf-8"
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def serve_demo_site(port: int = 0) -> tuple[ThreadingHTTPServer, str]:
    """Start serving the demo site on 127.0.0.1 in a thread; the server and its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", port), DemoSiteHandler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name="rallycrawl-demo-site", daemon=True).start()
    host, port = server.server_address[:2]
    return server, f"http://{host}:{port}/"


def crawl_command(base_url: str) -> list[str]:
    """The ``scrapy crawl news`` command line the demo runs (in the output folder)."""
    cmd = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"site={base_url}"]
    for name, fmt in OUTPUTS.items():
        cmd += ["-O", f"{name}:{fmt}"]
    settings = {
        "RALLYCRAWL_SQLITE_PATH": STORE,
        # a first run on someone's machine touches nothing but the folder
        "RALLYCRAWL_POSTGRES_DSN": "",
        "RALLYCRAWL_REDIS_URL": "",
        "HTTPPROXY_ENABLED": "False",
        # a local site: no need to be slow
        "AUTOTHROTTLE_ENABLED": "False",
        "FEED_STORE_EMPTY": "True",
    }
    for key, value in settings.items():
        cmd += ["-s", f"{key}={value}"]
    return cmd


def clear_outputs(folder: Path) -> None:
    """Remove what an earlier demo left in ``folder`` (and nothing else), so that it starts afresh."""
    for name in [*OUTPUTS, STORE, f"{STORE}-wal", f"{STORE}-shm"]:
        (folder / name).unlink(missing_ok=True)


def describe_outputs(folder: Path) -> str:
    """What the demo left, file by file, with counts."""
    lines = [f"Demo outputs in {folder}:"]
    jsonl = folder / "articles.jsonl"
    records = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines() if line.strip()] \
        if jsonl.exists() else []
    lines.append(f"  articles.jsonl       {len(records)} protest reports, one JSON record a line")
    for name, what in (("articles.csv", "article"), ("quotes.csv", "quote"),
                       ("organisations.csv", "organisation"), ("demands.csv", "demand")):
        path = folder / name
        rows = 0
        if path.exists():
            with path.open(encoding="utf-8-sig", newline="") as fh:
                rows = max(0, sum(1 for _ in csv.reader(fh)) - 1)
        lines.append(f"  {name:<20} {rows} rows, one {what} a row")
    store = folder / STORE
    if store.exists():
        with sqlite3.connect(store) as db:
            total, left_out = db.execute(
                "SELECT count(*), sum(NOT is_protest) FROM articles WHERE is_latest").fetchone()
        lines.append(f"  {STORE:<20} the store: {total} articles, {left_out or 0} of them left out of the "
                     "exports as not about a protest (kept for auditing)")
    lines += [
        "",
        "Look at them: head -c 600 articles.jsonl; sqlite3 rallycrawl.sqlite3 'SELECT headline, is_protest FROM articles'",
        "Then a real article: rallycrawl crawl article -a url=URL -O articles.jsonl",
    ]
    return "\n".join(lines)


def run_demo(folder: str | os.PathLike = DEFAULT_FOLDER) -> int:
    """Serve the demo site, crawl it into ``folder`` and say what is there; the crawl's exit status."""
    out = Path(folder).resolve()
    out.mkdir(parents=True, exist_ok=True)
    clear_outputs(out)
    server, base_url = serve_demo_site()
    print(f"rallycrawl demo: serving the sample site at {base_url} and crawling it with the news spider",
          file=sys.stderr, flush=True)
    try:
        env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "rallycrawl.settings"}
        status = subprocess.call(crawl_command(base_url), cwd=out, env=env)
    finally:
        server.shutdown()
        server.server_close()
    print(describe_outputs(out), flush=True)
    return status
