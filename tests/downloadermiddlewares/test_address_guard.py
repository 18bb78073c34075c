"""The address rule: which resolved addresses a crawl may connect to (rallycrawl.downloadermiddlewares.address_guard)."""

from __future__ import annotations

import pytest
from twisted.internet.address import IPv4Address

from rallycrawl.downloadermiddlewares.address_guard import AddressPolicy, GuardedNameResolver, address_kind


@pytest.mark.parametrize("address, kind", [
    ("93.184.215.14", None),
    ("2606:4700::1111", None),
    ("127.0.0.1", "loopback"),
    ("127.8.9.10", "loopback"),
    ("::1", "loopback"),
    ("::ffff:127.0.0.1", "loopback"),
    ("::ffff:10.0.0.1", "private"),
    ("::ffff:93.184.215.14", None),
    ("10.1.2.3", "private"),
    ("172.16.0.1", "private"),
    ("192.168.1.1", "private"),
    ("100.64.0.1", "private"),  # carrier-grade NAT
    ("fc00::1", "private"),
    ("169.254.169.254", "link-local"),
    ("fe80::1", "link-local"),
    ("0.0.0.0", "unspecified"),
    ("::", "unspecified"),
    ("224.0.0.1", "multicast"),
    ("64:ff9b::7f00:1", "IPv4-translation"),
    ("64:ff9b::5db8:d70e", "IPv4-translation"),
    ("2002:7f00:1::", "IPv4-translation"),
    ("::7f00:1", "IPv4-translation"),
])
def test_address_kind(address, kind):
    assert address_kind(address) == kind


def test_user_given_hosts_and_the_setting_are_allowed_nothing_else():
    policy = AddressPolicy(["intranet.example", "10.9.0.0/16", "[::1]"],
                           ["http://127.0.0.1:8000/start", "https://Feeds.Local./rss"])
    assert policy.refusal("127.0.0.1", "127.0.0.1") is None  # a start URL's host
    assert policy.refusal("feeds.local", "192.168.0.4") is None  # a feed's host, any case, trailing dot
    assert policy.refusal("intranet.example", "10.0.0.8") is None  # the setting: a name
    assert policy.refusal("anything.example", "10.9.3.4") is None  # the setting: a network
    assert policy.refusal("::1", "::1") is None
    refused = policy.refusal("localhost", "127.0.0.1")  # same address, but not the host the user gave
    assert refused is not None and refused.kind == "loopback"
    assert str(refused) == "host localhost connects to 127.0.0.1, a loopback address"
    assert policy.refusal("2130706433", "127.0.0.1") is None  # the start URL's address, written in decimal
    refused = policy.refusal("0x7f.0.0.2", "127.0.0.2")  # another loopback address: named as a URL parser reads it
    assert str(refused) == "address 127.0.0.2, a loopback address"
    assert policy.refusal("evil.example", "10.0.0.8").kind == "private"
    assert policy.refusal("public.example", "93.184.215.14") is None
    assert AddressPolicy(["*"]).refusal("x", "127.0.0.1") is None
    assert AddressPolicy(allow_all=True).refusal("x", "10.0.0.1") is None


def test_proxied_requests_are_checked_as_written():
    policy = AddressPolicy([], ["http://127.0.0.1:8000/"])
    assert policy.refusal_as_written("127.0.0.1") is None
    assert policy.refusal_as_written("2130706434").kind == "loopback"  # 127.0.0.2
    assert policy.refusal_as_written("0x7f.0.0.2").kind == "loopback"
    # the host the user gave, in another spelling a URL parser reads as the same address (w3lib 2.6
    # writes it as 127.0.0.1 before any guard sees it; 2.5 leaves it as written): allowed either way
    assert policy.refusal_as_written("0x7f.0.0.1") is None
    assert policy.refusal_as_written("127.1") is None
    assert policy.refusal_as_written("[::ffff:169.254.169.254]").kind == "link-local"
    assert policy.refusal_as_written("printer.local").kind == "private"
    assert policy.refusal_as_written("news.example") is None


class _Receiver:
    def __init__(self):
        self.addresses, self.done = [], False

    def resolutionBegan(self, resolution):
        pass

    def addressResolved(self, address):
        self.addresses.append(address.host)

    def resolutionComplete(self):
        self.done = True


class _Inner:
    """A resolver that answers each lookup from a list (one answer per lookup)."""

    def __init__(self, answers):
        self.answers, self.lookups = list(answers), 0

    def resolveHostName(self, receiver, name, port=0, types=None, semantics="TCP"):
        self.lookups += 1
        receiver.resolutionBegan(object())
        for address in self.answers.pop(0):
            receiver.addressResolved(IPv4Address("TCP", address, port))
        receiver.resolutionComplete()


def test_the_connection_gets_only_the_checked_addresses_of_one_lookup():
    inner = _Inner([["93.184.215.14", "127.0.0.1"], ["127.0.0.1"]])
    refusals = {}
    resolver = GuardedNameResolver(inner, AddressPolicy(), refusals)
    first = _Receiver()
    resolver.resolveHostName(first, "rebind.example", 80)
    assert first.addresses == ["93.184.215.14"] and first.done  # the private answer is never handed on
    assert "rebind.example" not in refusals  # one address passed
    second = _Receiver()
    resolver.resolveHostName(second, "rebind.example", 80)  # the name now answers loopback only
    assert second.addresses == [] and second.done
    assert refusals["rebind.example"].address == "127.0.0.1"
    assert inner.lookups == 2  # one lookup per connection: what was checked is what is connected to


def test_address_literals_are_checked_without_a_lookup():
    inner = _Inner([])
    refusals = {}
    resolver = GuardedNameResolver(inner, AddressPolicy(), refusals)
    receiver = _Receiver()
    resolver.resolveHostName(receiver, "::ffff:127.0.0.1", 80)
    assert receiver.addresses == [] and receiver.done and inner.lookups == 0
    assert refusals["::ffff:127.0.0.1"].kind == "loopback"
    public = _Receiver()
    resolver.resolveHostName(public, "2606:4700::1111", 443)
    assert public.addresses == ["2606:4700::1111"]
