"""Issue 13, all at once: one news crawl meets every hostile case and every failure it can share.

A feed the user gave (on 127.0.0.1, the test's server) lists good articles and
hostile ones: private destinations behind names the test's DNS controls, a URL
with a password, terminal escape codes in headers, 300 nested spans, a 5 MB
page of links, 1 MB of quotation marks; a second feed is an Atom file with a
long namespace prefix and 100,000 entries; robots.txt is 9 MB.  The same crawl
writes a second JSON Lines export to a disk that fills up (a 16 KiB tmpfs, or
``/dev/full`` where mounting is not allowed) and stores into a SQLite store
whose trigger rejects one good article.  The crawl must stay alive, export
(first export) and store every good page whole, reach no host it was not given,
log neither a password nor an escape code, and fail: exit 5 (records lost), the
summary naming the export, the unstored file and what was refused.  A control
crawl of the same site with the good pages only (and pages that are merely not
articles: a page of links, a binary, a 404, a page robots.txt forbids) exits 0.
"""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import time

import pytest

from conftest import run_scrapy
from test_private_addresses import CRAWL_SETTINGS, PARAGRAPHS, article, crawl_env, rss

pytestmark = pytest.mark.e2e

MB = 1024 * 1024
SECRET = "hunter2Secret"
#: the test's server sends 9 MB of robots.txt and a 5 MB page from Python threads: on a loaded
#: machine that takes longer than the 5 s of CRAWL_SETTINGS, and a good page must not time out
SLOW = ["-s", "DOWNLOAD_TIMEOUT=60"]


def long_article(headline: str, middle: str = "") -> str:
    more = "".join(f"<p>Paragraph {n}: the marchers walked past the town hall and the old market, "
                   f"chanting for the ward to stay open.</p>" for n in range(20))
    first = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<html><head><title>{headline}</title></head><body><article><h1>{headline}</h1>{first}{middle}{more}"
            f"</article></body></html>")


@pytest.fixture
def hostile_site(local_server):
    s = local_server
    hosts: list[str] = []

    def recording(path, body, content_type="text/html; charset=utf-8", **headers):
        data = body.encode() if isinstance(body, str) else body

        def serve(handler):
            hosts.append(handler.headers.get("Host", ""))
            handler.send_response(200)
            handler.send_header("Content-Type", content_type)
            for name, value in headers.items():
                handler.send_header(name, value)
            handler.send_header("Content-Length", str(len(data)))
            handler.end_headers()
            handler.wfile.write(data)

        s.handle(path, serve)

    good = {f"/good-{n}.html": f"Hospital march number {n} fills the square" for n in range(5)}
    good["/store-refuses.html"] = "Hospital march the store refuses"  # rejected by the store's trigger
    for path, headline in good.items():
        recording(path, long_article(headline))
    spans = "<p>" + "<span>" * 300 + "Words deep in the spans." + "</span>" * 300 + "</p>"
    recording("/deep.html", long_article("Deeply nested march report", spans))
    good["/deep.html"] = "Deeply nested march report"
    quotes = "".join(f"<p>\u201c{chr(34) * 500}\u00ab \u201e{chr(0x201C) * 200} \u00bb {n}</p>" for n in range(1400))
    recording("/quotes.html", long_article("Quotation marks march report", quotes))
    good["/quotes.html"] = "Quotation marks march report"
    links = "".join(f"<li><a href='/news/2024/05/{i:06d}-march-on-city-hall'>Marchers rally over rents {i}</a></li>"
                    for i in range(42_000))
    recording("/links.html", f"<html><body><ul>{links}</ul></body></html>")
    recording("/escape-type.bin", b"\x01\x02 binary data", content_type="application/\x1b[2J\x1b]0;owned\x07pdf")
    recording("/escape-encoding.html", long_article("Escape codes in a header"),
              **{"Content-Encoding": "\x1b[31mbr0ken\x1b[0m", "X-Note": "\x1b[2J"})
    robots = b"User-agent: *\nDisallow: /private/\n" + b"".join(f"Disallow: /s{i}/\n".encode() for i in range(450_000))
    recording("/robots.txt", robots, content_type="text/plain")
    p = "averyveryverylongprefixabc"
    atom_entries = "".join(f"<{p}:entry><{p}:title>E {i}</{p}:title><{p}:link href='/atom/{i}.html'/></{p}:entry>"
                           for i in range(100_000))
    recording("/atom.xml", f"<?xml version='1.0'?><{p}:feed xmlns:{p}='http://www.w3.org/2005/Atom'>"
                           f"<{p}:title>f</{p}:title>{atom_entries}</{p}:feed>", content_type="application/atom+xml")
    port = s.port
    entries = [s.url(path) for path in good] + [s.url(p_) for p_ in ("/links.html", "/escape-type.bin",
                                                                       "/escape-encoding.html")]
    hostile = [f"http://evil.test:{port}/secret.html", f"http://localhost:{port}/secret.html",
               f"http://2130706434:{port}/secret.html", "http://metadata.test/latest/meta-data/",
               f"http://[::ffff:127.0.0.1]:{port}/secret.html", f"http://bob:{SECRET}@127.0.0.1:{port}/good-0.html"]
    recording("/feed.xml", rss(entries + hostile), content_type="application/rss+xml")
    return s, hosts, good


@pytest.fixture
def full_disk(tmp_path):
    """Where an export runs out of space: a 16 KiB tmpfs (three records), else /dev/full."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(mount)],
                      capture_output=True).returncode != 0:
        yield None
        return
    try:
        yield mount / "news.jsonl"
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def seeded_store(tmp_path, server) -> list[str]:
    """A SQLite store made by a first crawl, with a trigger that rejects /store-refuses.html: its settings."""
    settings = ["-s", "RALLYCRAWL_SQLITE_ENABLED=True", "-s", f"RALLYCRAWL_SQLITE_PATH={tmp_path / 'store.sqlite3'}",
                "-s", f"RALLYCRAWL_UNSTORED_DIR={tmp_path}"]
    server.route("/seed.html", long_article("Seed march report for the store"))
    proc = run_scrapy(["crawl", "article", "-a", f"urls={server.url('/seed.html')}", "-o", str(tmp_path / "seed.jsonl"),
                       *CRAWL_SETTINGS, *settings, *SLOW, "-s", "ROBOTSTXT_OBEY=False"], tmp_path,
                      env=crawl_env(tmp_path), timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    with sqlite3.connect(tmp_path / "store.sqlite3") as db:
        db.execute("CREATE TRIGGER refuse BEFORE INSERT ON articles WHEN NEW.url LIKE '%/store-refuses.html' "
                   "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
    return settings


def stored_urls(tmp_path) -> set[str]:
    with sqlite3.connect(tmp_path / "store.sqlite3") as db:
        return {url.rsplit("/", 1)[-1] for (url,) in db.execute("SELECT url FROM articles WHERE is_latest")}


def run_summary(log: str) -> str:
    lines = [line for line in log.splitlines() if "Run summary:" in line]
    assert len(lines) == 1, log[-3000:]
    return lines[0]


def test_one_crawl_survives_every_hostile_case_and_exports_every_good_page(hostile_site, tmp_path, full_disk):
    server, hosts, good = hostile_site
    store = seeded_store(tmp_path, server)
    out = tmp_path / "out.jsonl"
    full = full_disk or "/dev/full"
    started = time.monotonic()
    proc = run_scrapy(["crawl", "news", "-a", f"feed={server.url('/feed.xml')},{server.url('/atom.xml')}",
                       "-a", "only_protest=false", "-o", str(out), "-o", str(full), *CRAWL_SETTINGS, *store, *SLOW,
                       "-s", "ROBOTSTXT_OBEY=True", "-s", "LOG_LEVEL=INFO", "-s", "CLOSESPIDER_TIMEOUT=200"],
                      tmp_path, env=crawl_env(tmp_path), timeout=300)
    elapsed = time.monotonic() - started
    log = proc.stderr
    (tmp_path / "crawl.log").write_text(log)
    records = {r["url"].rsplit("/", 1)[-1]: r for r in map(json.loads, out.read_text().splitlines())}
    # every good page is exported, whole
    for path, headline in good.items():
        assert records[path.lstrip("/")]["headline"] == headline, log[-3000:]
    assert "Words deep in the spans." in records["deep.html"]["body"]
    assert "Paragraph 19:" in records["deep.html"]["body"]  # 300 spans did not cut the article
    assert len(records["quotes.html"]["body"]) > 900_000 and "\u00bb 1399" in records["quotes.html"]["body"]
    # the page of links was turned away before the body extractor, memory stayed bounded
    assert "links.html" not in records
    assert "not an article: more than 3000 links" in log
    stats = {k: int(v) for k, v in re.findall(r"'([\w/.-]+)': (\d+)", log)}
    assert stats["memusage/max"] < 600 * MB, stats["memusage/max"]
    assert stats["rallycrawl/analysis_truncated"] >= 1
    # the Atom feed was cut at RALLYCRAWL_MAX_FEED_ENTRIES before parsing, robots.txt at 500 KiB
    assert stats.get("rallycrawl/discovery/missing", 0) >= 0
    assert elapsed < 200, elapsed
    # no host but the one the user gave was reached; the private ones were refused
    assert set(hosts) == {f"127.0.0.1:{server.port}"}, set(hosts)
    assert "host evil.test connects to 127.0.0.1, a loopback address" in log
    assert "host metadata.test connects to 169.254.169.254, a link-local address" in log
    assert stats["rallycrawl/address_refused"] >= 5
    # neither the password nor a terminal escape code reached the log
    assert SECRET not in log and SECRET not in proc.stdout
    assert "\x1b" not in log and "\x07" not in log
    assert "\\x1b" in log  # the escape codes are shown, escaped
    assert f"Not following http://bob:***@127.0.0.1:{server.port}/good-0.html: a user name or password" in log
    assert f"Dropped {server.url('/escape-type.bin')}: not an article: not a text document (application/\\x1b[2J" in log
    assert "Traceback" not in log
    # the store has every good page but the one it rejected, which is kept in the unstored file
    assert stored_urls(tmp_path) == (set(records) - {"store-refuses.html"}) | {"seed.html"}
    unstored = [p for p in tmp_path.iterdir() if p.name.startswith("rallycrawl-unstored-sqlite-")]
    assert len(unstored) == 1
    assert [json.loads(line)["record"]["url"] for line in unstored[0].read_text().splitlines()] == [
        server.url("/store-refuses.html")]
    # the run failed, and its summary (and the command's last line) says what was lost and refused
    assert proc.returncode == 5, log[-3000:]
    line = run_summary(log)
    assert re.search(rf"\d+ records? not written to the export {re.escape(str(full))} \(No space left on device\)",
                     line), line
    assert f"1 record not stored by the sqlite store, kept in {unstored[0]}" in line
    loopback = stats["rallycrawl/address_refused/loopback"]
    assert f"refused 1 request to a link-local address, {loopback} requests to loopback addresses, " \
           "1 URL with a user name or password" in line, line
    assert log.strip().splitlines()[-1].startswith("rallycrawl: ") and log.strip().endswith("(exit 5)")


def test_the_same_site_without_what_is_lost_or_refused_exits_0(hostile_site, tmp_path):
    """The control: good pages, and pages that are merely not articles, 404s and robots.txt refusals."""
    server, hosts, good = hostile_site
    store = seeded_store(tmp_path, server)
    extra = ["/links.html", "/escape-type.bin", "/missing.html", "/private/forbidden.html"]
    server.route("/clean.xml", rss([server.url(p) for p in [*good, *extra] if p != "/store-refuses.html"]),
                 content_type="application/rss+xml")
    out = tmp_path / "out.jsonl"
    proc = run_scrapy(["crawl", "news", "-a", f"feed={server.url('/clean.xml')}", "-a", "only_protest=false",
                       "-o", str(out), *CRAWL_SETTINGS, *store, *SLOW, "-s", "ROBOTSTXT_OBEY=True",
                       "-s", "LOG_LEVEL=INFO"],
                      tmp_path, env=crawl_env(tmp_path), timeout=300)
    log = proc.stderr
    assert proc.returncode == 0, log[-3000:]
    exported = {json.loads(line)["url"].rsplit("/", 1)[-1] for line in out.read_text().splitlines()}
    expected = {p.lstrip("/") for p in good} - {"store-refuses.html"}
    assert exported == expected
    assert stored_urls(tmp_path) == expected | {"seed.html"}
    assert "not an article: more than 3000 links" in log and "'robotstxt/forbidden': 1" in log
    assert "Not an article: " + server.url("/missing.html") + " (HTTP 404)" in log
    assert run_summary(log).endswith(": ok")
    assert "Traceback" not in log
