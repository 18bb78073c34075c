"""Refuse redirects the user did not ask for: to other schemes, and from public to private hosts.

A page on the open web can answer with ``Location: file:///etc/passwd`` or
``Location: http://127.0.0.1:8080/admin`` (or a ``<meta http-equiv=refresh>``
to the same).  :class:`RedirectGuardMiddleware` refuses, logs (WARNING) and
counts (``rallycrawl/redirect_refused/<reason>``) every redirect that

* leads to a scheme other than ``http`` or ``https`` (``file:``, ``ftp:``,
  ``data:``, ...): Scrapy would not follow it either, but would hand the 3xx
  on as an unexplained HTTP error;
* leads to a loopback, private, link-local or otherwise non-global host the
  user did not ask for (:class:`rallycrawl.downloadermiddlewares.address_guard.AddressPolicy`: the
  hosts of the URLs the user gave and ``RALLYCRAWL_ALLOW_PRIVATE_HOSTS``).

What is checked here is the host as written in the URL: IP literals in every form
a resolver accepts (``127.1``, ``0x7f.0.0.1``, ``2130706433``, ``[::1]``,
``[::ffff:10.0.0.1]``; the log shows an IPv4 address as its dotted quad) and the names ``localhost``, ``*.localhost``,
``*.local``, ``*.internal`` and ``*.home.arpa``, so that such a redirect is
reported as one.  Every other destination (a public name whose DNS answers
with a private address, a name from ``/etc/hosts``) is checked on the address
actually connected to by :mod:`rallycrawl.downloadermiddlewares.address_guard`, which sees every
request, redirected or not.
"""

from __future__ import annotations

import logging
from urllib.parse import urljoin, urlsplit

from scrapy.exceptions import IgnoreRequest
from w3lib.url import safe_url_string

from ..utils.hosts import host_kind, url_with_canonical_host
from .address_guard import AddressPolicy

logger = logging.getLogger(__name__)

ALLOWED_SCHEMES = frozenset({"http", "https"})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
def refusal(source_url: str, target_url: str, *, allow_private: bool = False, policy=None) -> str | None:
    """Why a redirect from ``source_url`` (the URL first asked for) to ``target_url`` is refused.

    ``policy`` (an :class:`~rallycrawl.downloadermiddlewares.address_guard.AddressPolicy`) says which
    private hosts the user asked for; without one, a private target is refused
    unless the source is private too (the older rule, kept for callers that
    have no crawler).
    """
    target = urlsplit(target_url)
    scheme = target.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        return f"scheme {scheme or '(none)'}"
    if "@" in target.netloc:
        return "credentials in the URL"
    if allow_private:
        return None
    if policy is not None:
        refused = policy.refusal_as_written(target.hostname or "")
        return refused.kind if refused is not None else None
    kind = host_kind(target.hostname)
    if kind is not None and host_kind(urlsplit(source_url).hostname) is None:
        return kind
    return None


class RedirectGuardMiddleware:
    """Downloader middleware: see the module's documentation.

    Its ``process_response`` runs before Scrapy's redirect middlewares see a
    3xx (priority above 600); its ``process_request`` sees every request a
    redirect or a meta refresh produced (they carry ``redirect_urls``).
    """

    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.allow_private = crawler.settings.getbool("RALLYCRAWL_ALLOW_PRIVATE_REDIRECTS", False)
        self._policy = None

    @property
    def policy(self):
        if self._policy is None and getattr(self.crawler, "spider", None) is not None:
            self._policy = AddressPolicy.from_crawler(self.crawler)
        return self._policy

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _refuse(self, reason: str, source: str, target: str) -> IgnoreRequest:
        key = reason.split()[0]
        target = url_with_canonical_host(target)  # as w3lib >= 2.6 writes it, whichever w3lib is installed
        self.stats.inc_value("rallycrawl/redirect_refused")
        self.stats.inc_value(f"rallycrawl/redirect_refused/{key}")
        hint = "" if key in ("scheme", "credentials") else " (not a host you gave; list it in RALLYCRAWL_ALLOW_PRIVATE_HOSTS to allow)"
        logger.warning("Refused redirect from %s to %s: %s%s", source, _shown(target), reason, hint)
        return IgnoreRequest(f"refused redirect to {_shown(target)}: {reason}")

    def process_request(self, request):
        redirects = request.meta.get("redirect_urls")
        if not redirects:
            return None
        reason = refusal(redirects[0], request.url, allow_private=self.allow_private, policy=self.policy)
        if reason:
            raise self._refuse(reason, redirects[-1], request.url)
        return None

    def process_response(self, request, response):
        if response.status not in REDIRECT_STATUSES or request.meta.get("dont_redirect"):
            return response
        location = response.headers.get(b"Location")
        if not location:
            return response
        target = urljoin(request.url, safe_url_string(location.decode("latin-1").strip()))
        origin = (request.meta.get("redirect_urls") or [request.url])[0]
        reason = refusal(origin, target, allow_private=self.allow_private, policy=self.policy)
        if reason:
            raise self._refuse(reason, request.url, target)
        return response


def _shown(url: str) -> str:
    """A URL fit for a log line: ``data:`` URLs are cut short."""
    return url if len(url) <= 200 else url[:200] + "..."
