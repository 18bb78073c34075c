"""Security in real crawls: refused redirects, credentials kept out of logs, stats and exports.

Redirects from a *public* host are needed, but the test server listens on
127.0.0.1.  So the crawler reaches ``http://news.example/...`` through an HTTP
proxy (``http_proxy``) that is the local server itself: the request URL (and
so the redirect guard's idea of the source host) is public, the bytes come
from 127.0.0.1.  The proxy URL carries a password, which must not leak either.
"""

from __future__ import annotations

import base64
import json
import uuid

import pytest

from conftest import run_scrapy

pytestmark = pytest.mark.e2e

PROXY_USER, PROXY_SECRET = "crawler", "pr0xyS3cretW0rd"
DB_SECRET = "dbS3cretW0rd"
FEED_SECRET = "f33dS3cretW0rd"

PARAGRAPHS = [
    "Parents and teachers gathered outside the education ministry on Thursday afternoon to protest "
    "the closure of twelve village schools at the end of the school year.",
    "The protest was called by the Rural Schools Alliance, which says the closures would force "
    "children as young as five onto buses for an hour each way.",
    "\u201cA school is the heart of a village,\u201d said Oona Feldt, a teacher from the valley. "
    "\u201cClose it and the village dies.\u201d",
]


def page(headline: str, head: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"<html><head>{head}<title>{headline}</title></head><body><article><h1>{headline}</h1>{body}</article></body></html>"


def _recorder(server, path, headline):
    hits = []

    def serve(handler):
        hits.append(handler.headers.get("Proxy-Authorization"))
        body = page(headline).encode()
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    for key in (path, server.url(path)):
        server.handle(key, serve)
    return hits


@pytest.fixture
def site(local_server):
    s = local_server
    secret_hits = _recorder(s, "/secret.html", "Internal page nobody asked for")
    asked_hits = _recorder(s, "/asked.html", "Local page the user asked for")
    public = "http://news.example"
    s.route(f"{public}/good.html", page("Village schools protest reaches the ministry"))
    redirects = {
        "to-file": "file:///etc/passwd",
        "to-ftp": "ftp://news.example/pub/file.html",
        "to-data": "data:text/html,<html><body><p>injected</p></body></html>",
        "to-loopback": s.url("/secret.html"),
        "to-loopback-hex": s.url("/secret.html").replace("127.0.0.1", "0x7f.0.0.1"),
        "to-localhost": s.url("/secret.html").replace("127.0.0.1", "localhost"),
    }
    for name, target in redirects.items():
        s.route(f"{public}/{name}", "", status=302, Location=target)
    s.route(f"{public}/meta-refresh", page("Moved", head=f"<meta http-equiv='refresh' content='0; url={s.url('/secret.html')}'>"))
    # A crawl the user started on 127.0.0.1 may redirect there, but never to file:// nor to
    # another private host the user did not give (localhost is not 127.0.0.1 as written).
    for key in ("/local-redirect", s.url("/local-redirect")):  # direct, or through the proxy
        s.route(key, "", status=302, Location=s.url("/asked.html"))
    for key in ("/local-to-localhost", s.url("/local-to-localhost")):
        s.route(key, "", status=302, Location=s.url("/secret.html").replace("127.0.0.1", "localhost"))
    for key in ("/local-to-file", s.url("/local-to-file")):
        s.route(key, "", status=302, Location="file:///etc/passwd")
    return s, public, redirects, secret_hits, asked_hits


def _crawl(tmp_path, server, urls, *settings: str, extra: list[str] = ()):
    proxy = f"http://{PROXY_USER}:{PROXY_SECRET}@127.0.0.1:{server.port}"
    # -o, not -O: Scrapy refuses a mix, and ``extra`` may add a second feed
    args = ["crawl", "article", "-a", "urls=" + ",".join(urls), "-o", str(tmp_path / "out.jsonl"),
            "-s", "ROBOTSTXT_OBEY=False", "-s", "AUTOTHROTTLE_ENABLED=False",
            "-s", f"RALLYCRAWL_SQLITE_PATH={tmp_path / 'store.sqlite3'}"]
    for setting in settings:
        args += ["-s", setting]
    args += extra
    env = {"http_proxy": proxy, "HTTP_PROXY": proxy, "no_proxy": "", "NO_PROXY": ""}
    proc = run_scrapy(args, tmp_path, env=env, timeout=120)
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines() if line.strip()]
    return proc, records


def test_redirects_to_other_schemes_and_private_hosts_are_refused(site, tmp_path):
    server, public, redirects, secret_hits, asked_hits = site
    urls = [f"{public}/good.html", *(f"{public}/{name}" for name in redirects), f"{public}/meta-refresh"]
    proc, records = _crawl(tmp_path, server, urls)
    assert proc.returncode == 6, proc.stderr[-2000:]  # refused: the run fails, and says what it refused
    assert "refused 4 requests to loopback addresses, 3 redirects to another scheme than http(s)" in \
        proc.stderr.strip().splitlines()[-1]
    headlines = {r["headline"] for r in records}
    assert "Village schools protest reaches the ministry" in headlines  # the good page still exported
    assert "Internal page nobody asked for" not in headlines
    assert secret_hits == [], "the crawler fetched a private page it was redirected to"
    assert "root:" not in (tmp_path / "out.jsonl").read_text()
    for name, target in redirects.items():
        shown = target.split("<")[0]  # data: URLs are logged percent-encoded
        shown = shown.replace("0x7f.0.0.1", "127.0.0.1")  # an IPv4 host is logged as its dotted quad
        assert f"Refused redirect from {public}/{name} to {shown}" in proc.stderr, name
    assert f"Refused redirect from {public}/meta-refresh to {server.url('/secret.html')}: loopback" in proc.stderr
    assert "'rallycrawl/redirect_refused': 7" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_crawl_started_on_a_private_host_stays_on_that_host(site, tmp_path):
    server, _, _, secret_hits, _ = site
    urls = [server.url("/local-redirect"), server.url("/local-to-file"), server.url("/local-to-localhost")]
    proc, records = _crawl(tmp_path, server, urls)
    assert [r["headline"] for r in records] == ["Local page the user asked for"]  # the user gave 127.0.0.1
    assert secret_hits == []
    assert f"Refused redirect from {server.url('/local-to-file')} to file:///etc/passwd: scheme file" in proc.stderr
    localhost = server.url("/secret.html").replace("127.0.0.1", "localhost")
    assert f"Refused redirect from {server.url('/local-to-localhost')} to {localhost}: loopback" in proc.stderr
    assert "'rallycrawl/redirect_refused': 2" in proc.stderr
    assert proc.returncode == 6, proc.stderr[-2000:]


def test_private_redirects_can_be_allowed(site, tmp_path):
    server, public, _, secret_hits, _ = site
    proc, records = _crawl(tmp_path, server, [f"{public}/to-loopback", f"{public}/to-file"],
                           "RALLYCRAWL_ALLOW_PRIVATE_REDIRECTS=True")
    assert [r["headline"] for r in records] == ["Internal page nobody asked for"]
    assert len(secret_hits) == 1
    assert "'rallycrawl/redirect_refused/scheme': 1" in proc.stderr
    assert proc.returncode == 6 and "refused 1 redirect to another scheme" in proc.stderr, proc.stderr[-2000:]


@pytest.fixture
def pg_schema_dsn(postgres_dsn):
    """The test server's DSN with a password and a schema of our own (dropped afterwards)."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    schema = f"security_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(postgres_dsn, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    parts = conninfo_to_dict(postgres_dsn)
    yield (f"postgresql://{parts.get('user', 'postgres')}:{DB_SECRET}@{parts.get('host', '127.0.0.1')}:"
           f"{parts.get('port', 5432)}/{parts.get('dbname', 'test')}?options=-csearch_path%3D{schema}")
    with psycopg.connect(postgres_dsn, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


def test_credentials_never_reach_logs_stats_or_exports(site, tmp_path, pg_schema_dsn):
    server, public, _, _, asked_hits = site
    ftp_feed = f"ftp://feeduser:{FEED_SECRET}@127.0.0.1:1/out.jsonl"  # nothing listens: the store fails, loudly
    proc, records = _crawl(
        tmp_path, server, [f"{public}/good.html", server.url("/asked.html")],
        f"RALLYCRAWL_POSTGRES_DSN={pg_schema_dsn}", f"RALLYCRAWL_UNSTORED_DIR={tmp_path}", "LOG_LEVEL=DEBUG",
        extra=["-o", f"{ftp_feed}:jsonl"],
    )
    assert len(records) == 2, proc.stderr[-3000:]
    assert "PostgreSQL store: connected to" in proc.stderr
    # the proxy was really used, with its credentials
    token = base64.b64encode(f"{PROXY_USER}:{PROXY_SECRET}".encode()).decode()
    assert f"Basic {token}" in asked_hits
    # Scrapy logs FEEDS among the overridden settings, and the feed URI when storing fails
    assert "ftp://feeduser:***@127.0.0.1:1/out.jsonl" in proc.stderr
    secrets = (PROXY_SECRET, DB_SECRET, FEED_SECRET, token)
    outputs = {"stdout": proc.stdout, "stderr (log and stats)": proc.stderr}
    for path in tmp_path.rglob("*"):
        if path.is_file():
            outputs[path.name] = path.read_bytes().decode("utf-8", "replace")
    for where, text in outputs.items():
        for secret in secrets:
            assert secret not in text, f"{secret!r} leaked into {where}"
