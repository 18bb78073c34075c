"""Sitemaps: indexes, URL sets and Google News sitemaps, gzipped or not.

Parsing is Scrapy's :class:`scrapy.utils.sitemap.Sitemap` (lxml without
entity resolution, recovering from broken XML); this module adds the
``<news:publication_date>`` of Google News sitemaps, which sits one level
deeper than Scrapy reads, and bounded gunzipping.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap

GZIP_MAGIC = b"\x1f\x8b"
DEFAULT_MAX_ENTRIES = 50_000  # the sitemap protocol's own limit per file


@dataclass(frozen=True)
class SitemapEntry:
    url: str
    lastmod: datetime | None
    published: datetime | None  #: from ``<news:publication_date>``
    is_news: bool  #: listed with a ``<news:news>`` block
    changefreq: str = ""  #: "always", "hourly", "daily"... as the sitemap says


@dataclass(frozen=True)
class ParsedSitemap:
    kind: str  #: "sitemapindex", "urlset" or "" when the document is not a sitemap
    entries: list[SitemapEntry]


class _NewsSitemap(Sitemap):
    """Scrapy's sitemap reader, also reading the children of ``<news:news>``."""

    __slots__ = ()

    def _process_sitemap_element(self, elem: Any) -> dict[str, Any] | None:
        for child in elem:
            if self._get_tag_name(child) == "news":
                news = {self._get_tag_name(el): (el.text or "").strip() for el in child}
                if "publication_date" in news:
                    child.text = news["publication_date"]
                elif not (child.text or "").strip():
                    child.text = "-"  # mark as news with no date
                break
        return super()._process_sitemap_element(elem)


def sitemap_body(body: bytes, max_size: int) -> bytes | None:
    """The XML of a sitemap response, gunzipped (at most ``max_size`` bytes) when it is gzip."""
    if body[:2] == GZIP_MAGIC:
        try:
            return gunzip(body, max_size=max_size)
        except (ValueError, OSError, EOFError, struct.error):  # too big (ValueError) or corrupt
            return None
    return body


def parse_sitemap(body: bytes, *, max_entries: int = DEFAULT_MAX_ENTRIES) -> ParsedSitemap:
    """The entries of a sitemap index or URL set (already gunzipped); at most ``max_entries``."""
    if not body.lstrip()[:1] == b"<":
        return ParsedSitemap("", [])
    try:
        sitemap = _NewsSitemap(body)
    except (StopIteration, SyntaxError, ValueError):
        return ParsedSitemap("", [])
    if sitemap.type not in ("sitemapindex", "urlset"):
        return ParsedSitemap("", [])
    entries = []
    try:
        for raw in sitemap:
            loc = raw.get("loc", "").strip()
            if not loc:
                continue
            news = raw.get("news")
            entries.append(SitemapEntry(
                loc, w3c_datetime(raw.get("lastmod")), w3c_datetime(news), news is not None,
                raw.get("changefreq", "").strip().lower(),
            ))
            if len(entries) >= max_entries:
                break
    except SyntaxError:  # lxml's XMLSyntaxError on a truncated file: keep what was read
        pass
    return ParsedSitemap(sitemap.type, entries)


#: YYYY-MM-DD, optionally with hh:mm[:ss[.s]] and a zone (Z or ±hh:mm) — the W3C profile of ISO 8601
_W3C_DATETIME = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:[Zz]|[+-]\d{2}:?\d{2})?)?"
)


def w3c_datetime(value: object) -> datetime | None:
    """A W3C datetime ("2021-04-07", "2021-04-07T10:00:00+01:00") as an aware UTC datetime.

    Only the W3C forms with a full date are read; anything else (a run of digits that
    ``fromisoformat`` would take for a basic-format date, a cut value) is ``None``.
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    if len(text) > 40 or not _W3C_DATETIME.fullmatch(text):
        return None
    try:
        stamp = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=timezone.utc)
    return stamp.astimezone(timezone.utc)
