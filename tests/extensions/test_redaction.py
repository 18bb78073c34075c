"""Credentials in log records are redacted, whichever logger or handler writes them."""

from __future__ import annotations

import io
import logging

import pytest

from rallycrawl.extensions.redaction import CredentialRedaction
from rallycrawl.utils.redaction import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("postgresql://user:s3cret@db:5432/news", "postgresql://user:***@db:5432/news"),
        ("redis://:s3cret@127.0.0.1:6379/0", "redis://:***@127.0.0.1:6379/0"),
        ("proxy http://crawler:p%40ss@proxy:3128 failed", "proxy http://crawler:***@proxy:3128 failed"),
        ("{'FEEDS': {'ftp://u:s3cret@host/out.jsonl': {}}}", "{'FEEDS': {'ftp://u:***@host/out.jsonl': {}}}"),
        ("host=db user=u password=s3cret dbname=news", "host=db user=u password=*** dbname=news"),
        ("host=db password='s3 cret' dbname=news", "host=db password=*** dbname=news"),
        ("PASSWORD = s3cret", "PASSWORD=***"),
        ("https://example.org:8443/a@b and user@example.org", "https://example.org:8443/a@b and user@example.org"),
        ("Crawled (200) <GET https://example.org/path:with@colon>", "Crawled (200) <GET https://example.org/path:with@colon>"),
        ("no credentials here", "no credentials here"),
        # without a scheme (Scrapy's "invalid hostname: ..."), as a token of its own
        ("invalid hostname: alice:s3cret@example.org", "invalid hostname: alice:***@example.org"),
        ("alice:s3cret@example.org/a", "alice:***@example.org/a"),
        ("url='bob:p4ss@[::1]:8080/x'", "url='bob:***@[::1]:8080/x'"),
        ("meeting at 12:30 and user@example.org", "meeting at 12:30 and user@example.org"),
    ],
)
def test_redact(text, expected):
    assert redact(text) == expected


def test_redact_is_linear_on_hostile_text():
    import time

    start = time.perf_counter()
    redact("a://" + "b:" * 200_000 + "@" + "password=" * 100_000)
    assert time.perf_counter() - start < 2


def test_records_are_redacted_for_every_handler_added_before_or_after(caplog):
    CredentialRedaction()
    late = io.StringIO()
    handler = logging.StreamHandler(late)  # like Scrapy's root handler, re-created after the extensions
    logging.getLogger().addHandler(handler)
    try:
        log = logging.getLogger("rallycrawl.test")
        log.warning("connecting to %s", "postgresql://u:s3cret@db/news")
        try:
            raise RuntimeError("proxy http://u:s3cret@proxy:3128 refused")
        except RuntimeError:
            log.exception("failed")
    finally:
        logging.getLogger().removeHandler(handler)
    assert "s3cret" not in late.getvalue() and "s3cret" not in caplog.text
    assert "postgresql://u:***@db/news" in late.getvalue()
    assert "http://u:***@proxy:3128" in late.getvalue()


def test_installing_twice_wraps_once():
    CredentialRedaction()
    factory = logging.getLogRecordFactory()
    CredentialRedaction()
    assert logging.getLogRecordFactory() is factory


def test_enabled_in_the_project_settings():
    from rallycrawl import settings

    assert "rallycrawl.extensions.redaction.CredentialRedaction" in settings.EXTENSIONS
