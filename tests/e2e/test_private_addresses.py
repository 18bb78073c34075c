"""Every request of a crawl connects only to public addresses or to private hosts the user asked for.

DNS goes through a resolver the test controls (``tests/helpers/fake_dns.py``):
names such as ``evil.test`` or ``127.0.0.1.nip.io`` answer with the loopback
address of the test's own server, ``metadata.test`` with 169.254.169.254 (never
connected to: it is refused before).  The server records the ``Host`` of every
request it receives, so "refused" means "never reached", not "not exported".
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import run_scrapy

pytestmark = pytest.mark.e2e

HELPERS = Path(__file__).resolve().parent.parent / "helpers"

PARAGRAPHS = [
    "Nurses and porters marched through the centre of the city on Saturday to protest the closure "
    "of the maternity ward at the district hospital, the third closure in the region this year.",
    "The march was organised by the Health Workers Union, which says the nearest ward would then be "
    "ninety minutes away by road for women in the hill villages.",
    "\u201cWe will keep marching until the ward stays open,\u201d said Mara Lindqvist, a midwife at the "
    "hospital for twenty years. \u201cThe ministry has not answered a single letter.\u201d",
]


def article(headline: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<html><head><title>{headline}</title></head><body><article><h1>{headline}</h1>{body}"
            f"</article></body></html>")


def rss(urls: list[str]) -> str:
    items = "".join(f"<item><title>t</title><link>{u}</link></item>" for u in urls)
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>f</title>{items}</channel></rss>"


def hostile_hosts(port: int) -> dict[str, str]:
    """name -> the base URL of a private destination the user did not ask for."""
    return {
        "localhost": f"http://localhost:{port}",  # /etc/hosts
        "vm-like name from /etc/hosts": f"http://{_etc_hosts_name()}:{port}",
        # 127.0.0.2: 127.0.0.1 in any spelling is the host the user gave (the feed's)
        "decimal": f"http://2130706434:{port}",
        "short dotted": f"http://127.2:{port}",
        "hex": f"http://0x7f.0.0.2:{port}",
        "IPv4-mapped": f"http://[::ffff:127.0.0.1]:{port}",
        "IPv4-compatible": f"http://[::127.0.0.1]:{port}",
        "NAT64": f"http://[64:ff9b::7f00:1]:{port}",
        "6to4": f"http://[2002:7f00:1::]:{port}",
        "public name, private answer": f"http://evil.test:{port}",
        "nip.io": f"http://127.0.0.1.nip.io:{port}",
        "rebinding": f"http://rebind.test:{port}",
        "metadata": "http://metadata.test",
    }


def _etc_hosts_name() -> str:
    try:
        for line in Path("/etc/hosts").read_text().splitlines():
            parts = line.split("#")[0].split()
            if len(parts) > 1 and parts[0] == "127.0.0.1":
                for name in parts[1:]:
                    if name != "localhost":
                        return name
    except OSError:
        pass
    return "localhost.localdomain"


def fake_dns() -> dict[str, object]:
    return {
        "evil.test": "127.0.0.1",
        "127.0.0.1.nip.io": "127.0.0.1",
        "allowed.test": "127.0.0.1",
        "metadata.test": "169.254.169.254",
        # a rebinding server: a public answer first (the connection to it fails), then loopback
        "rebind.test": ["1.1.1.1", "127.0.0.1", "127.0.0.1", "127.0.0.1"],
    }


def crawl_env(tmp_path: Path) -> dict[str, str]:
    return {
        "PYTHONPATH": os.pathsep.join([str(HELPERS), os.environ.get("PYTHONPATH", "")]),
        "RALLYCRAWL_FAKE_DNS": json.dumps(fake_dns()),
        "RALLYCRAWL_FAKE_DNS_LOG": str(tmp_path / "dns.log"),
    }


CRAWL_SETTINGS = ["-s", "TWISTED_DNS_RESOLVER=fake_dns.FakeResolver", "-s", "AUTOTHROTTLE_ENABLED=False",
                  "-s", "DOWNLOAD_TIMEOUT=5", "-s", "RETRY_TIMES=0", "-s", "RALLYCRAWL_SQLITE_ENABLED=False"]


@pytest.fixture
def served(local_server):
    hosts: list[str] = []

    def recorder(headline):
        def serve(handler):
            hosts.append(handler.headers.get("Host", ""))
            body = article(headline).encode()
            handler.send_response(200)
            handler.send_header("Content-Type", "text/html; charset=utf-8")
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)
        return serve

    def robots(handler):
        hosts.append(handler.headers.get("Host", ""))
        body = b"User-agent: *\nAllow: /\n"
        handler.send_response(200)
        handler.send_header("Content-Type", "text/plain")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    local_server.handle("/good.html", recorder("Maternity ward march fills the city centre"))
    local_server.handle("/allowed.html", recorder("Allowed host reports the hospital march"))
    local_server.handle("/robots.txt", robots)
    for i in range(len(hostile_hosts(local_server.port))):
        local_server.handle(f"/secret-{i}.html", recorder(f"Secret page {i} nobody asked for"))
    return local_server, hosts


def test_feed_entries_on_private_addresses_are_refused_on_the_address_connected_to(served, tmp_path):
    server, hosts = served
    port = server.port
    hostile = hostile_hosts(port)
    entries = [server.url("/good.html"), f"http://allowed.test:{port}/allowed.html"]
    entries += [f"{base}/secret-{i}.html" for i, base in enumerate(hostile.values())]
    # a second page on the rebinding host: a second connection, so a second lookup (no DNS cache here)
    entries.append(f"{hostile['rebinding']}/secret-0.html")
    server.route("/feed.xml", rss(entries), content_type="application/rss+xml")
    out = tmp_path / "out.jsonl"
    proc = run_scrapy(["crawl", "news", "-a", f"feed={server.url('/feed.xml')}", "-a", "only_protest=false",
                       "-o", str(out), *CRAWL_SETTINGS, "-s", "RALLYCRAWL_ALLOW_PRIVATE_HOSTS=allowed.test"],
                      tmp_path, env=crawl_env(tmp_path), timeout=120)
    headlines = sorted(json.loads(line)["headline"] for line in out.read_text().splitlines())
    assert headlines == ["Allowed host reports the hospital march", "Maternity ward march fills the city centre"], \
        proc.stderr[-3000:]
    # the server saw only the host the user gave and the host the setting lists (robots.txt included)
    assert set(hosts) <= {f"127.0.0.1:{port}", f"allowed.test:{port}"}, hosts
    assert f"allowed.test:{port}" in hosts
    # each hostile entry was refused in a WARNING naming the address connected to (none was fetched)
    refused = {
        "localhost": "host localhost connects to 127.0.0.1, a loopback address",
        "vm-like name from /etc/hosts": f"host {_etc_hosts_name()} connects to 127.0.0.1, a loopback address",
        # named as a URL parser reads them (w3lib 2.6 rewrites them so before the guard sees them)
        "decimal": "address 127.0.0.2, a loopback address",
        "short dotted": "address 127.0.0.2, a loopback address",
        "hex": "address 127.0.0.2, a loopback address",
        "IPv4-mapped": "address ::ffff:7f00:1, a loopback address",
        "IPv4-compatible": "address ::7f00:1, an IPv4-translation address",
        "NAT64": "address 64:ff9b::7f00:1, an IPv4-translation address",
        "6to4": "address 2002:7f00:1::, an IPv4-translation address",
        "public name, private answer": "host evil.test connects to 127.0.0.1, a loopback address",
        "nip.io": "host 127.0.0.1.nip.io connects to 127.0.0.1, a loopback address",
        "rebinding": "host rebind.test connects to 127.0.0.1, a loopback address",
        "metadata": "host metadata.test connects to 169.254.169.254, a link-local address",
    }
    assert set(refused) == set(hostile)
    for i, (name, base) in enumerate(hostile.items()):
        assert f"{refused[name]} (not a host you gave" in proc.stderr, name
        assert f"/secret-{i}.html" in proc.stderr, name
    assert "'rallycrawl/address_refused/loopback'" in proc.stderr
    assert "Traceback" not in proc.stderr
    # DNS went through the test's resolver; the rebinding name answered a public address first
    # (that connection fails), then loopback, refused on the answer it would have connected to
    lookups = (tmp_path / "dns.log").read_text().splitlines()
    assert "evil.test 127.0.0.1" in lookups
    assert lookups.index("rebind.test 1.1.1.1") < lookups.index("rebind.test 127.0.0.1")
    assert proc.returncode == 6, proc.stderr[-3000:]  # the good pages are exported, but the run refused some
    assert "requests to loopback addresses" in proc.stderr.strip().splitlines()[-1]


def test_a_private_start_url_does_not_open_other_private_hosts(served, tmp_path):
    """An article crawl given 127.0.0.1 may fetch 127.0.0.1, not localhost or evil.test."""
    server, hosts = served
    port = server.port
    urls = [server.url("/good.html"), f"http://evil.test:{port}/secret-0.html"]
    out = tmp_path / "out.jsonl"
    proc = run_scrapy(["crawl", "article", "-a", "urls=" + ",".join(urls), "-o", str(out), *CRAWL_SETTINGS],
                      tmp_path, env=crawl_env(tmp_path), timeout=120)
    # evil.test was given by the user too: it is allowed, like 127.0.0.1
    assert len(out.read_text().splitlines()) == 2, proc.stderr[-3000:]
    assert proc.returncode == 0, proc.stderr[-3000:]  # nothing refused
    server.route("/feed.xml", rss([f"http://localhost:{port}/secret-1.html", server.url("/good.html")]),
                 content_type="application/rss+xml")
    hosts.clear()
    out2 = tmp_path / "out2.jsonl"
    proc = run_scrapy(["crawl", "news", "-a", f"feed={server.url('/feed.xml')}", "-a", "only_protest=false",
                       "-a", "refresh=true", "-o", str(out2), *CRAWL_SETTINGS], tmp_path,
                      env=crawl_env(tmp_path), timeout=120)
    assert len(out2.read_text().splitlines()) == 1, proc.stderr[-3000:]
    assert f"localhost:{port}" not in hosts
    assert f"Refused http://localhost:{port}/secret-1.html: host localhost connects to 127.0.0.1" in proc.stderr
    assert proc.returncode == 6, proc.stderr[-3000:]
