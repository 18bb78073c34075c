"""Shared test fixtures: a local HTTP server on 127.0.0.1 and a ``scrapy crawl`` runner."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


class _QuietHandler(SimpleHTTPRequestHandler):
    #: path -> (status, headers, body) overrides, set per server
    routes: dict[str, tuple[int, dict[str, str], bytes]] = {}

    def log_message(self, format, *args):  # noqa: A002 - keep test output clean
        pass

    def do_GET(self):
        route = self.routes.get(self.path)
        if route is None:
            return super().do_GET()
        if callable(route):  # a handler that writes the raw response itself
            return route(self)
        status, headers, body = route
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@dataclass
class LocalServer:
    root: Path
    port: int
    routes: dict[str, tuple[int, dict[str, str], bytes]]

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path if path.startswith('/') else '/' + path}"

    def route(self, path: str, body: bytes | str, status: int = 200, content_type: str = "text/html", **headers: str):
        data = body.encode("utf-8") if isinstance(body, str) else body
        hdrs = {"Content-Type": content_type} if content_type else {}
        hdrs.update({k.replace("_", "-"): v for k, v in headers.items()})
        self.routes[path] = (status, hdrs, data)

    def handle(self, path: str, handler: Callable[[SimpleHTTPRequestHandler], None]):
        """Serve ``path`` with ``handler(request_handler)``, which writes the raw response
        to ``request_handler.wfile`` (for lying headers, slow or endless bodies)."""
        self.routes[path] = handler


def start_server(root: Path) -> tuple[ThreadingHTTPServer, LocalServer]:
    handler = type("Handler", (_QuietHandler,), {"routes": {}})
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(root)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, LocalServer(root, server.server_address[1], handler.routes)


@pytest.fixture
def local_server(tmp_path_factory) -> LocalServer:
    """An HTTP server on 127.0.0.1 serving the fixture site (plus routes a test adds)."""
    server, info = start_server(FIXTURES / "site")
    yield info
    server.shutdown()
    server.server_close()


@dataclass
class CrawlResult:
    returncode: int
    stdout: str
    stderr: str
    output: Path | None

    def records(self) -> list[dict]:
        assert self.output is not None
        text = self.output.read_text(encoding="utf-8")
        if self.output.suffix == ".json":
            return json.loads(text) if text.strip() else []
        return [json.loads(line) for line in text.splitlines() if line.strip()]


def run_scrapy(args: list[str], cwd: Path, *, stdin: str | None = None, timeout: float = 180,
               env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run ``scrapy <args>`` in a subprocess with the project's settings."""
    full_env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "rallycrawl.settings", "PYTHONUNBUFFERED": "1"}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "scrapy", *args],
        cwd=cwd, input=stdin, capture_output=True, text=True, timeout=timeout, env=full_env,
    )


@pytest.fixture
def crawl(tmp_path) -> Callable[..., CrawlResult]:
    """Run ``scrapy crawl <spider>`` with ``-a`` arguments and one output file.

    Robots.txt and AutoThrottle are off so that tests are fast; the embedded
    store (if any) writes inside the test's temporary directory.
    """

    def _crawl(spider: str, *, output: str | None = "out.jsonl", args: dict[str, str] | None = None,
               settings: dict[str, str] | None = None, extra: list[str] | None = None,
               stdin: str | None = None, timeout: float = 180) -> CrawlResult:
        cmd = ["crawl", spider]
        for key, value in (args or {}).items():
            cmd += ["-a", f"{key}={value}"]
        base = {"ROBOTSTXT_OBEY": "False", "AUTOTHROTTLE_ENABLED": "False", "LOG_LEVEL": "INFO"}
        for key, value in {**base, **(settings or {})}.items():
            cmd += ["-s", f"{key}={value}"]
        out_path = tmp_path / output if output else None
        if out_path is not None:
            cmd += ["-O", str(out_path)]
        cmd += extra or []
        proc = run_scrapy(cmd, tmp_path, stdin=stdin, timeout=timeout)
        return CrawlResult(proc.returncode, proc.stdout, proc.stderr, out_path)

    return _crawl


# -- services (PostgreSQL, Redis): real servers, skipped when absent unless required ------------


def service_missing(message: str):
    """Skip the test, or fail it when RALLYCRAWL_REQUIRE_SERVICES=1 (as CI sets)."""
    if os.environ.get("RALLYCRAWL_REQUIRE_SERVICES") == "1":
        pytest.fail(f"required service missing: {message}")
    pytest.skip(f"service missing: {message}")


@pytest.fixture(scope="session")
def postgres_dsn() -> str:
    """DSN of the test PostgreSQL server (``RALLYCRAWL_TEST_POSTGRES_DSN``).

    Only a server named by the variable is used: a PostgreSQL that happens to run on the
    machine (with a user's data in it) is never touched by default.
    """
    dsn = os.environ.get("RALLYCRAWL_TEST_POSTGRES_DSN", "")
    if not dsn:
        service_missing("PostgreSQL (set RALLYCRAWL_TEST_POSTGRES_DSN to a database the tests may empty)")
    try:
        import psycopg

        with psycopg.connect(dsn, connect_timeout=3):
            pass
    except Exception as exc:  # not installed, not running, refused
        service_missing(f"PostgreSQL ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})")
    return dsn


@pytest.fixture(scope="session")
def redis_url() -> str:
    """URL of the test Redis server (``RALLYCRAWL_TEST_REDIS_URL``); only one named by the variable."""
    url = os.environ.get("RALLYCRAWL_TEST_REDIS_URL", "")
    if not url:
        service_missing("Redis (set RALLYCRAWL_TEST_REDIS_URL to a Redis database the tests may empty)")
    try:
        import redis

        redis.Redis.from_url(url, socket_connect_timeout=3).ping()
    except Exception as exc:  # not installed, not running, refused
        service_missing(f"Redis ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})")
    return url


def _clear_name_caches():
    # (name readings, and a first name's gender with them, are kept per text: a rule of name
    # reading needs them read again)
    from rallycrawl.extraction import attribution, people

    people._read_name.cache_clear()
    attribution._names_in_run.cache_clear()
    attribution._subject_mention.cache_clear()


@pytest.fixture
def organisation_rule_off():
    """``organisation_rule_off(name, ...)`` switches organisation rules off for the test (all on again after)."""
    from rallycrawl.extraction import organisations

    yield organisations.switch_off
    organisations.switch_off()


@pytest.fixture
def tune_only_rules_on(monkeypatch):
    """The attribution rules off by default as tune-only (``attribution.TUNE_ONLY_RULES``) switched on, for the
    tests that show what each does."""
    from rallycrawl.extraction import attribution

    for name in attribution.TUNE_ONLY_RULES:
        monkeypatch.setitem(attribution.RULES, name, True)
    _clear_name_caches()
    yield
    _clear_name_caches()


@pytest.fixture
def rule_off(monkeypatch):
    """``rule_off(name)`` switches one attribution rule off for the test (the attribution tests
    of tests/extraction)."""
    from rallycrawl.extraction import attribution

    def switch(name):
        assert name in attribution.RULES
        monkeypatch.setitem(attribution.RULES, name, False)
        _clear_name_caches()
    yield switch
    _clear_name_caches()
