"""A DNS resolver the test controls, for crawls in a subprocess (``-s TWISTED_DNS_RESOLVER=fake_dns.FakeResolver``).

``RALLYCRAWL_FAKE_DNS`` is a JSON object: name -> address, or name -> list of
addresses answered in turn (one per lookup, the last one repeated: a rebinding
server).  Names it does not list are resolved by the system (``/etc/hosts``).
Every lookup is appended to the file ``RALLYCRAWL_FAKE_DNS_LOG`` (if set) as
``name address`` so that a test can count them.
"""

from __future__ import annotations

import json
import os
import socket

from twisted.internet import defer
from twisted.internet.interfaces import IResolverSimple
from zope.interface import implementer


@implementer(IResolverSimple)
class FakeResolver:
    def __init__(self, reactor):
        self.reactor = reactor
        self.table = json.loads(os.environ.get("RALLYCRAWL_FAKE_DNS", "{}"))
        self.calls: dict[str, int] = {}

    @classmethod
    def from_crawler(cls, crawler, reactor):
        return cls(reactor)

    def install_on_reactor(self):
        self.reactor.installResolver(self)

    def getHostByName(self, name, timeout=()):
        answer = self.table.get(name.lower())
        n = self.calls.get(name, 0)
        self.calls[name] = n + 1
        if isinstance(answer, list):
            answer = answer[min(n, len(answer) - 1)]
        try:
            address = answer or socket.gethostbyname(name)
        except OSError as exc:
            from twisted.internet.error import DNSLookupError

            return defer.fail(DNSLookupError(f"{name}: {exc}"))
        log = os.environ.get("RALLYCRAWL_FAKE_DNS_LOG")
        if log:
            with open(log, "a") as fh:
                fh.write(f"{name} {address}\n")
        return defer.succeed(address)
