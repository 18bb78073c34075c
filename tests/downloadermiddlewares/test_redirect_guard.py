"""The redirect guard: other schemes always refused, public -> private refused unless allowed."""

from __future__ import annotations

import logging

import pytest
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from scrapy.utils.test import get_crawler

from rallycrawl.downloadermiddlewares.redirect_guard import RedirectGuardMiddleware, refusal
from rallycrawl.utils.hosts import canonical_host, host_kind, url_with_canonical_host


@pytest.mark.parametrize(
    ("host", "kind"),
    [
        ("127.0.0.1", "loopback"), ("127.1", "loopback"), ("0x7f.0.0.1", "loopback"), ("2130706433", "loopback"),
        ("0177.0.0.1", "loopback"), ("[::1]", "loopback"), ("::ffff:127.0.0.1", "loopback"),
        ("localhost", "loopback"), ("LOCALHOST.", "loopback"), ("admin.localhost", "loopback"),
        ("10.0.0.5", "private"), ("172.16.3.4", "private"), ("192.168.1.1", "private"), ("169.254.169.254", "private"),
        ("100.64.0.1", "private"), ("0.0.0.0", "private"), ("fc00::1", "private"), ("fe80::1", "private"),
        ("::ffff:10.0.0.1", "private"), ("224.0.0.1", "private"), ("printer.local", "private"),
        ("db.internal", "private"), ("nas.home.arpa", "private"),
        ("93.184.216.34", None), ("2606:2800:220:1:248:1893:25c8:1946", None), ("news.example.org", None),
        ("1password.com", None), ("0x.example", None), ("", None), (None, None),
    ],
)
def test_host_kind(host, kind):
    assert host_kind(host) == kind


@pytest.mark.parametrize("host, canonical", [
    ("0x7f.0.0.1", "127.0.0.1"), ("127.1", "127.0.0.1"), ("2130706433", "127.0.0.1"), ("0177.0.0.1", "127.0.0.1"),
    ("10.0.0.5", "10.0.0.5"), ("[::1]", "::1"), ("News.Example.", "news.example"), ("1password.example", "1password.example"),
    ("", ""),
])
def test_canonical_host_reads_ipv4_in_every_spelling_as_its_dotted_quad(host, canonical):
    assert canonical_host(host) == canonical


def test_url_with_canonical_host_keeps_everything_but_the_host():
    assert url_with_canonical_host("http://bob:pw@0x7f.1:8080/a?b=1#c") == "http://bob:pw@127.0.0.1:8080/a?b=1#c"
    for url in ("http://news.example/a", "http://[::1]:80/", "http://127.0.0.1/x", "data:text/html,hi", "http://[bad/"):
        assert url_with_canonical_host(url) == url


@pytest.mark.parametrize(
    ("source", "target", "reason"),
    [
        ("https://news.example.org/a", "file:///etc/passwd", "scheme file"),
        ("http://127.0.0.1:8000/a", "file:///etc/passwd", "scheme file"),
        ("https://news.example.org/a", "ftp://news.example.org/f", "scheme ftp"),
        ("https://news.example.org/a", "data:text/html,<p>hi</p>", "scheme data"),
        ("https://news.example.org/a", "http://127.0.0.1:8080/admin", "loopback"),
        ("https://news.example.org/a", "http://169.254.169.254/latest/meta-data/", "private"),
        ("https://news.example.org/a", "http://[::1]/", "loopback"),
        ("https://news.example.org/a", "https://www.example.org/b", None),
        ("http://127.0.0.1:8000/a", "http://127.0.0.1:8000/b", None),
        ("http://10.1.2.3/a", "http://10.1.2.4/b", None),
        ("http://intranet.local/a", "http://127.0.0.1/b", None),
    ],
)
def test_refusal(source, target, reason):
    assert refusal(source, target) == reason


def test_private_redirects_can_be_allowed_but_schemes_never():
    assert refusal("https://news.example.org/a", "http://10.0.0.1/", allow_private=True) is None
    assert refusal("https://news.example.org/a", "file:///etc/passwd", allow_private=True) == "scheme file"


def _middleware(**settings):
    crawler = get_crawler(settings_dict=settings)
    crawler.stats.open_spider()
    return RedirectGuardMiddleware.from_crawler(crawler), crawler.stats


def test_3xx_to_a_file_url_is_refused_logged_and_counted(caplog):
    mw, stats = _middleware()
    request = Request("https://news.example.org/a")
    response = Response(request.url, status=302, headers={"Location": "file:///etc/passwd"}, request=request)
    with caplog.at_level(logging.WARNING), pytest.raises(IgnoreRequest):
        mw.process_response(request, response)
    assert "Refused redirect from https://news.example.org/a to file:///etc/passwd: scheme file" in caplog.text
    assert stats.get_value("rallycrawl/redirect_refused/scheme") == 1


def test_relative_and_protocol_relative_locations():
    mw, stats = _middleware()
    request = Request("https://news.example.org/a")
    for location, refused in (("/b", False), ("//127.0.0.1/x", True), ("//cdn.example.org/x", False)):
        response = Response(request.url, status=301, headers={"Location": location}, request=request)
        if refused:
            with pytest.raises(IgnoreRequest):
                mw.process_response(request, response)
        else:
            assert mw.process_response(request, response) is response
    assert stats.get_value("rallycrawl/redirect_refused/loopback") == 1


def test_second_hop_is_judged_against_the_first_url():
    mw, _ = _middleware()
    hop = Request("https://cdn.example.org/b", meta={"redirect_urls": ["https://news.example.org/a"]})
    response = Response(hop.url, status=302, headers={"Location": "http://192.168.0.1/"}, request=hop)
    with pytest.raises(IgnoreRequest):
        mw.process_response(hop, response)


def test_meta_refresh_requests_are_checked_on_the_way_out():
    mw, stats = _middleware()
    redirected = Request("http://10.0.0.8/secret", meta={"redirect_urls": ["https://news.example.org/a"]})
    with pytest.raises(IgnoreRequest):
        mw.process_request(redirected)
    assert stats.get_value("rallycrawl/redirect_refused/private") == 1
    assert mw.process_request(Request("http://10.0.0.8/asked-for")) is None


def test_allow_private_redirects_setting():
    mw, _ = _middleware(RALLYCRAWL_ALLOW_PRIVATE_REDIRECTS=True)
    redirected = Request("http://10.0.0.8/secret", meta={"redirect_urls": ["https://news.example.org/a"]})
    assert mw.process_request(redirected) is None


def test_non_redirect_responses_pass():
    mw, _ = _middleware()
    request = Request("https://news.example.org/a")
    ok = Response(request.url, status=200, headers={"Location": "file:///etc/passwd"}, request=request)
    assert mw.process_response(request, ok) is ok


def test_enabled_in_the_project_settings():
    from rallycrawl import settings

    assert "rallycrawl.downloadermiddlewares.redirect_guard.RedirectGuardMiddleware" in settings.DOWNLOADER_MIDDLEWARES
    assert settings.DOWNLOADER_MIDDLEWARES["rallycrawl.downloadermiddlewares.redirect_guard.RedirectGuardMiddleware"] > 600


def test_redirects_to_urls_with_credentials_are_refused():
    assert refusal("http://news.example/a", "http://bob:s3cret@news.example/b") == "credentials in the URL"
    assert refusal("http://news.example/a", "https://bob@news.example/b") == "credentials in the URL"
