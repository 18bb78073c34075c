"""One address rule for every request: no loopback or private destination the user did not ask for.

A feed, a sitemap, a link or a redirect can point the crawler at
``http://169.254.169.254/`` (cloud metadata), ``http://localhost:6379/`` or a
name whose DNS answer is ``10.0.0.5``.  :class:`GuardedHTTPDownloadHandler`
(Scrapy's HTTP/1.1 handler, registered for ``http`` and ``https``) checks the
**address it actually connects to**: the host is resolved once, every address
of the answer is checked, and the connection is made only to the addresses that
passed, so DNS rebinding has no second lookup to slip into.  The check covers
every request of every spider: start URLs, links, feed and sitemap entries,
robots.txt and sitemap probes, redirects.

Refused destinations (:func:`address_kind`): loopback, private (RFC 1918,
CGNAT, unique-local...), link-local (169.254/16 and fe80::/10), multicast,
unspecified (0.0.0.0, which reaches the local host), reserved and
documentation ranges, and the IPv6 ranges that carry an IPv4 address: IPv4-mapped
``::ffff:0:0/96`` (checked as the IPv4 address), IPv4-compatible ``::/96``,
NAT64 ``64:ff9b::/96`` and ``64:ff9b:1::/48``, 6to4 ``2002::/16``.

Allowed anyway (:class:`AddressPolicy`): the hosts of the URLs the user gave
(start URLs, ``-a feed=``, ``-a sitemap=``; each spider's ``given_urls()``), the
hosts, addresses and networks listed in ``RALLYCRAWL_ALLOW_PRIVATE_HOSTS``
(``"*"`` allows every address; so does the older
``RALLYCRAWL_ALLOW_PRIVATE_REDIRECTS=True``).  Hosts are compared as a URL
parser reads them (lower case, without a trailing dot, an IPv4 address in
another form as its dotted quad: :func:`rallycrawl.utils.hosts.canonical_host`):
a start URL on ``127.0.0.1`` allows ``127.0.0.1`` and ``0x7f.0.0.1``, not
``localhost``.

A refused request raises :class:`AddressRefused` (an ``IgnoreRequest``, so it is
not retried and robots.txt treats it as "no robots.txt"), logs one WARNING
``Refused URL: host H connects to A, a loopback address ...`` and counts
``rallycrawl/address_refused`` and ``rallycrawl/address_refused/<kind>``.

Through a proxy (``http_proxy``, ``meta["proxy"]``) the proxy resolves the
name, so only the host as written is checked there (IP literals in every form
and ``localhost``-like names, :func:`rallycrawl.utils.hosts.host_kind`).
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Iterable
from urllib.parse import urlsplit

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler, _ScrapyAgent
from scrapy.exceptions import IgnoreRequest, ResponseDataLossError
from scrapy.utils._download_handlers import get_dataloss_msg, wrap_twisted_exceptions
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.interfaces import (
    IHostnameResolver,
    IHostResolution,
    IReactorPluggableNameResolver,
    IResolutionReceiver,
)
from twisted.internet.address import IPv4Address, IPv6Address
from zope.interface import implementer

from ..utils.hosts import canonical_host, host_kind, ip_of_host

logger = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

#: IPv6 ranges that carry an IPv4 address and reach it through a translator or tunnel
_EMBEDDING_V4 = tuple(
    ipaddress.ip_network(n) for n in ("64:ff9b::/96", "64:ff9b:1::/48", "2002::/16", "::/96")
)


class AddressRefused(IgnoreRequest):
    """The request's destination is a loopback or private address the user did not ask for."""

    def __init__(self, host: str, address: str, kind: str):
        self.host, self.address, self.kind = host, address, kind
        shown = f"host {host} connects to {address}" if host != address.lower() else f"address {address}"
        article = "an" if kind[:1].lower() in "aeiou" else "a"
        super().__init__(f"{shown}, {article} {kind} address")


def address_kind(address: str | IPAddress) -> str | None:
    """Why ``address`` is not a public destination (``"loopback"``, ``"private"``...), or ``None``."""
    ip = ipaddress.ip_address(address.split("%", 1)[0]) if isinstance(address, str) else address
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local"
    if ip.is_multicast:
        return "multicast"
    if ip.is_unspecified:
        return "unspecified"
    if isinstance(ip, ipaddress.IPv6Address) and any(ip in net for net in _EMBEDDING_V4):
        return "IPv4-translation"
    if not ip.is_global:
        return "private"
    return None


class AddressPolicy:
    """Which non-public destinations are allowed: see the module's documentation."""

    def __init__(self, allowed: Iterable[str] = (), given_urls: Iterable[str] = (), allow_all: bool = False):
        self.allow_all = allow_all
        self.hosts: set[str] = set()
        self.networks: list[ipaddress.IPv4Network | ipaddress.IPv6Network] = []
        for entry in allowed:
            entry = canonical_host(str(entry))
            if not entry:
                continue
            if entry == "*":
                self.allow_all = True
                continue
            try:
                self.networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                self.hosts.add(entry)
        for url in given_urls:
            try:
                host = canonical_host(urlsplit(url).hostname)
            except ValueError:
                continue
            if host:
                self.hosts.add(host)

    @classmethod
    def from_crawler(cls, crawler) -> AddressPolicy:
        settings = crawler.settings
        allowed = settings.getlist("RALLYCRAWL_ALLOW_PRIVATE_HOSTS")
        spider = getattr(crawler, "spider", None)
        if spider is not None and hasattr(spider, "given_urls"):
            given = list(spider.given_urls())
        else:  # a spider of another project: its start URLs are what the user gave
            given = [u for u in getattr(spider, "start_urls", None) or [] if isinstance(u, str)]
        return cls(allowed, given, allow_all=settings.getbool("RALLYCRAWL_ALLOW_PRIVATE_REDIRECTS", False))

    def refusal(self, host: str, address: str) -> AddressRefused | None:
        """The refusal of a connection to ``address`` (the answer for ``host``), or ``None``."""
        try:
            kind = address_kind(address)
        except ValueError:
            return AddressRefused(host, address, "malformed")
        if kind is None or self.allow_all:
            return None
        host = canonical_host(host)
        if host in self.hosts:
            return None
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        if any(ip.version == net.version and ip in net for net in self.networks):
            return None
        return AddressRefused(host, address, kind)

    def refusal_as_written(self, host: str) -> AddressRefused | None:
        """For proxied requests: the host as written (IP literals, ``localhost``-like names)."""
        name = canonical_host(host)
        if self.allow_all or name in self.hosts:
            return None
        ip = ip_of_host(name)
        if ip is not None:
            return self.refusal(name, str(ip))
        kind = host_kind(name)
        return AddressRefused(name, name, kind) if kind else None


@implementer(IResolutionReceiver)
class _CheckingReceiver:
    """Passes on only the resolved addresses the policy allows; remembers a refusal."""

    def __init__(self, receiver, host: str, policy: AddressPolicy, refusals: dict[str, AddressRefused]):
        self.receiver, self.host, self.policy, self.refusals = receiver, host, policy, refusals
        self.passed = 0

    def resolutionBegan(self, resolution):
        self.receiver.resolutionBegan(resolution)

    def addressResolved(self, address):
        refused = self.policy.refusal(self.host, address.host)
        if refused is None:
            self.passed += 1
            self.receiver.addressResolved(address)
        else:
            if len(self.refusals) > 10_000:  # one entry a refused host: bounded whatever the crawl
                self.refusals.clear()
            self.refusals[canonical_host(self.host)] = refused

    def resolutionComplete(self):
        if self.passed:
            self.refusals.pop(canonical_host(self.host), None)
        self.receiver.resolutionComplete()


@implementer(IHostnameResolver)
class GuardedNameResolver:
    """A name resolver whose answers are checked before anyone connects to them."""

    def __init__(self, inner, policy: AddressPolicy, refusals: dict[str, AddressRefused]):
        self.inner, self.policy, self.refusals = inner, policy, refusals

    def resolveHostName(self, resolutionReceiver, hostName, portNumber=0, addressTypes=None,
                        transportSemantics="TCP"):
        receiver = _CheckingReceiver(resolutionReceiver, hostName, self.policy, self.refusals)
        literal = _literal(hostName)
        if literal is not None:
            # an address as written (IPv6 ones included, which the default IPv4 resolver cannot
            # look up): checked and answered here, whatever the inner resolver would do with it
            resolution = HostResolution(hostName)
            receiver.resolutionBegan(resolution)
            family = IPv6Address if literal.version == 6 else IPv4Address
            receiver.addressResolved(family("TCP", str(literal), portNumber))
            receiver.resolutionComplete()
            return resolution
        return self.inner.resolveHostName(receiver, hostName, portNumber, addressTypes, transportSemantics)


@implementer(IHostResolution)
class HostResolution:
    def __init__(self, name: str):
        self.name = name

    def cancel(self):  # pragma: no cover - answered at once, nothing to cancel
        pass


def _literal(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(canonical_host(host).split("%", 1)[0])
    except ValueError:
        return None


@implementer(IReactorPluggableNameResolver)
class _GuardedReactor:
    """The reactor, seen through a checking name resolver (Twisted's endpoints resolve through it)."""

    def __init__(self, reactor, resolver: GuardedNameResolver):
        self._reactor = reactor
        self.nameResolver = resolver

    def installNameResolver(self, resolver):  # pragma: no cover - nobody installs through the proxy
        raise NotImplementedError

    def __getattr__(self, name):
        return getattr(self._reactor, name)


class _GuardedAgent(_ScrapyAgent):
    guarded_reactor: _GuardedReactor | None = None

    def _get_agent(self, request, timeout):
        agent = super()._get_agent(request, timeout)
        if not request.meta.get("proxy") and self.guarded_reactor is not None:
            # Twisted's Agent builds a HostnameEndpoint on its reactor for every new connection
            agent._endpointFactory._reactor = self.guarded_reactor
        return agent


class GuardedHTTPDownloadHandler(HTTP11DownloadHandler):
    """Scrapy's HTTP/1.1 handler that connects only to addresses :class:`AddressPolicy` allows."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self._policy: AddressPolicy | None = None
        self._refusals: dict[str, AddressRefused] = {}
        self._guarded_reactor: _GuardedReactor | None = None

    def _guard(self) -> tuple[AddressPolicy, _GuardedReactor]:
        if self._policy is None or self._guarded_reactor is None:
            from twisted.internet import reactor

            self._policy = AddressPolicy.from_crawler(self._crawler)
            resolver = GuardedNameResolver(reactor.nameResolver, self._policy, self._refusals)
            self._guarded_reactor = _GuardedReactor(reactor, resolver)
        return self._policy, self._guarded_reactor

    async def download_request(self, request):
        # Scrapy's HTTP11DownloadHandler.download_request, with the checking agent
        policy, guarded = self._guard()
        if request.meta.get("proxy"):
            refused = policy.refusal_as_written(urlsplit(request.url).hostname or "")
            if refused is not None:
                raise self._refused(request, refused)
        agent = _GuardedAgent(
            contextFactory=self._contextFactory,
            bindAddress=self._bind_address,
            pool=self._pool,
            maxsize=getattr(self._crawler.spider, "download_maxsize", self._default_maxsize),
            warnsize=getattr(self._crawler.spider, "download_warnsize", self._default_warnsize),
            fail_on_dataloss=self._fail_on_dataloss,
            crawler=self._crawler,
            tls_verbose_logging=self._tls_verbose_logging,
        )
        agent.guarded_reactor = guarded
        try:
            with wrap_twisted_exceptions():
                return await maybe_deferred_to_future(agent.download_request(request))
        except ResponseDataLossError:
            if not self._fail_on_dataloss_warned:
                logger.warning(get_dataloss_msg(request.url))
                self._fail_on_dataloss_warned = True
            raise
        except AddressRefused:
            raise
        except Exception as exc:
            refused = self._refusals.get(canonical_host(urlsplit(request.url).hostname))
            if refused is not None:
                raise self._refused(request, refused) from exc
            raise

    def _refused(self, request, refused: AddressRefused) -> AddressRefused:
        stats = self._crawler.stats
        stats.inc_value("rallycrawl/address_refused")
        stats.inc_value(f"rallycrawl/address_refused/{refused.kind}")
        redirected = request.meta.get("redirect_urls")
        via = f" (redirected from {redirected[-1]})" if redirected else ""
        logger.warning(
            "Refused %s%s: %s (not a host you gave; list it in RALLYCRAWL_ALLOW_PRIVATE_HOSTS to allow)",
            request.url, via, refused,
        )
        return refused
