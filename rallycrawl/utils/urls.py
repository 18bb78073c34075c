"""Checking URLs the user gives."""

from __future__ import annotations

from urllib.parse import urlsplit

from .redaction import redact


class UrlError(ValueError):
    pass


def check_url(url: str) -> str:
    """Return ``url`` if it is an absolute http(s) URL with a host, else raise UrlError."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise UrlError(f"{redact(url)!r} is not a valid URL") from None
    if parts.scheme not in ("http", "https"):
        raise UrlError(f"{redact(url)!r} is not an http:// or https:// URL")
    if not parts.hostname or any(ch.isspace() for ch in url):
        raise UrlError(f"{redact(url)!r} is not a valid URL (no host or contains spaces)")
    if "@" in parts.netloc:
        raise UrlError(
            f"{redact(url)!r} carries a user name or password: rallycrawl sends no credentials "
            "from URLs (they would end up in logs, stores and exports); remove them"
        )
    return url


def registered_domain(url: str) -> str:
    """Host of ``url`` without a leading ``www.`` (and without a port)."""
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host
