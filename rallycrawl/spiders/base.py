"""What every rallycrawl spider shares: argument checking and the page item."""

from __future__ import annotations

import logging
from typing import Any, ClassVar

import scrapy
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure
from w3lib.url import safe_url_string

from ..downloadermiddlewares.address_guard import AddressRefused
from ..utils.clock import utc_now
from ..utils.encoding import html_encoding
from ..utils.urls import UrlError, check_url

logger = logging.getLogger(__name__)

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off"}


class ArgumentError(ValueError):
    """A spider argument is missing or malformed; the message says what to pass."""


def parse_bool(name: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    raise ArgumentError(f"-a {name}={value!r} is not a boolean: pass -a {name}=true or -a {name}=false")


def parse_int(name: str, value: Any, minimum: int = 0) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ArgumentError(f"-a {name}={value!r} is not a whole number: pass e.g. -a {name}=100") from None
    if number < minimum:
        raise ArgumentError(f"-a {name}={value!r} must be at least {minimum}")
    return number


def split_list(value: str) -> list[str]:
    return [part.strip() for part in str(value).split(",") if part.strip()]


def read_lines(name: str, path: str) -> list[str]:
    """Lines of a list file: blank lines and ``#`` comments dropped; ``-`` is stdin."""
    import sys

    try:
        if path == "-":
            text = sys.stdin.read()
        else:
            with open(path, encoding="utf-8-sig") as fh:
                text = fh.read()
    except OSError as exc:
        raise ArgumentError(f"-a {name}={path}: cannot read it ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise ArgumentError(f"-a {name}={path}: not a UTF-8 text file") from None
    lines = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") else line.strip()
        if line:
            lines.append(line)
    return lines


def checked_urls(name: str, urls: list[str]) -> list[str]:
    out = []
    for url in urls:
        try:
            out.append(check_url(url))
        except UrlError as exc:
            raise ArgumentError(f"-a {name}: {exc}") from None
    return out


def urls_from_arguments(args: dict[str, Any], *, listed: str, listing_file: str, single: str | None = None) -> list[str]:
    """Checked URLs from ``-a <single>=URL``, ``-a <listed>=URL1,URL2`` and ``-a <listing_file>=PATH``."""
    urls: list[str] = []
    if single and args.get(single):
        urls += checked_urls(single, [args[single]])
    if args.get(listed):
        urls += checked_urls(listed, split_list(args[listed]))
    if args.get(listing_file):
        lines = read_lines(listing_file, args[listing_file])
        if not lines:
            raise ArgumentError(f"-a {listing_file}={args[listing_file]}: the file lists no URL")
        urls += checked_urls(listing_file, lines)
    return urls


class RallySpider(scrapy.Spider):
    """Base class: declared arguments, checked before anything is crawled."""

    #: argument name -> one-line help; anything else passed with -a is an error.
    arguments: ClassVar[dict[str, str]] = {}
    #: export only articles that report a protest
    only_protest: bool = False

    @classmethod
    def check_arguments(cls, args: dict[str, Any]) -> dict[str, Any]:
        """Return the arguments to start the spider with, or raise ArgumentError.

        Called by ``scrapy crawl`` before the crawl starts, so that a wrong
        argument stops it with one clear line.
        """
        unknown = sorted(k for k in args if k not in cls.arguments and not k.startswith("_"))
        if unknown:
            known = ", ".join(sorted(cls.arguments))
            raise ArgumentError(
                f"unknown argument{'s' if len(unknown) > 1 else ''} "
                f"{', '.join('-a ' + k for k in unknown)} for spider {cls.name!r}; it takes: {known}"
            )
        return args

    def given_urls(self) -> list[str]:
        """The URLs the user gave: their hosts may be private (rallycrawl.downloadermiddlewares.address_guard)."""
        return []

    # -- the page item ------------------------------------------------------------

    def page_item(self, response: Response, **extra: Any) -> dict[str, Any]:
        """The raw item the pipelines turn into an article record."""
        is_text = isinstance(response, TextResponse)
        item = {
            "url": response.url,
            "fetched_at": extra.pop("fetched_at", None) or utc_now(),
            "_status": response.status,
            "_content_type": response.headers.get(b"Content-Type", b"").decode("latin-1"),
            "_magic": bytes(response.body[:8]),
            "_html": html_text(response) if is_text else None,
        }
        item.update(extra)
        return item

    def on_error(self, failure: Failure):
        """Count and log a request that produced no page; never raise."""
        request = failure.request
        stats = self.crawler.stats
        if failure.check(AddressRefused):
            return  # logged and counted by the download handler
        if failure.check(HttpError):
            status = failure.value.response.status
            stats.inc_value(f"rallycrawl/not_article/http_{status}")
            logger.info("Not an article: %s (HTTP %s)", request.url, status)
            return
        if _too_large(failure):
            stats.inc_value("rallycrawl/failed/too_large")
            logger.warning(
                "Refused %s: larger than DOWNLOAD_MAXSIZE (%s bytes), compressed or not",
                request.url, request.meta.get("download_maxsize", self.crawler.settings.getint("DOWNLOAD_MAXSIZE")),
            )
            return
        reason = failure.type.__name__ if failure.type else "error"
        stats.inc_value(f"rallycrawl/failed/{reason}")
        logger.warning("Failed to fetch %s: %s", request.url, _describe(failure))


def _too_large(failure: Failure) -> bool:
    """The download handler or the decompression refused a body over DOWNLOAD_MAXSIZE.

    Scrapy says so in the message, except when the body grows past the limit
    while streaming: then the download is cancelled with an empty message (after
    a "larger than download max size" warning of its own).
    """
    text = str(failure.value)
    if failure.check(DownloadCancelledError):
        return not text.strip() or "download max size" in text
    return bool(failure.check(IgnoreRequest)) and "DOWNLOAD_MAXSIZE" in text


def _describe(failure: Failure) -> str:
    value = failure.value
    text = str(value).strip()
    return f"{type(value).__name__}: {text}" if text else type(value).__name__


def html_text(response: TextResponse) -> str:
    """The response's text, decoded as :func:`~rallycrawl.utils.encoding.html_encoding` says."""
    content_type = response.headers.get(b"Content-Type", b"").decode("latin-1")
    encoding = html_encoding(response.body, content_type, response.encoding)
    if encoding == response.encoding:
        return response.text
    return response.body.decode(encoding, errors="replace")


def request_url(url: str) -> str:
    return safe_url_string(url)
