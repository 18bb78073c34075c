"""Checking URLs the user gives."""

from __future__ import annotations

from urllib.parse import urlsplit


class UrlError(ValueError):
    pass


def check_url(url: str) -> str:
    """Return ``url`` if it is an absolute http(s) URL with a host, else raise UrlError."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise UrlError(f"{url!r} is not a valid URL") from None
    if parts.scheme not in ("http", "https"):
        raise UrlError(f"{url!r} is not an http:// or https:// URL")
    if not parts.hostname or any(ch.isspace() for ch in url):
        raise UrlError(f"{url!r} is not a valid URL (no host or contains spaces)")
    return url


def registered_domain(url: str) -> str:
    """Host of ``url`` without a leading ``www.`` (and without a port)."""
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host
