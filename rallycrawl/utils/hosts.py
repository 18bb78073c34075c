"""What a host name or address says before any lookup: an IP literal, a loopback or private host.

Shared by the redirect guard (hosts as written) and the address guard (the addresses a name
resolves to).  No Scrapy import.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

_LOOPBACK_NAMES = ("localhost",)
_PRIVATE_SUFFIXES = (".local", ".internal", ".home.arpa")


def ip_of_host(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address a host written as an IP literal stands for (also 127.1, 0x7f.1, 2130706433), else None."""
    host = host.strip("[]").rstrip(".")
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if host and all(part.isalnum() for part in host.split(".")) and host[0].isdigit():
        try:  # the forms inet_aton (and so getaddrinfo) reads: 127.1, 0x7f.1, 2130706433
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def canonical_host(host: str | None) -> str:
    """The host as a URL parser reads it: lower case, without brackets or a final dot, and an IPv4
    address written in another form (``127.1``, ``0x7f.0.0.1``, ``2130706433``) as its dotted quad,
    as the WHATWG URL standard (and w3lib from 2.6) writes it, so the guards compare and report hosts
    the same way whichever w3lib wrote the URL."""
    name = (host or "").strip().strip("[]").rstrip(".").lower()
    if name and name[0].isdigit() and ":" not in name:
        ip = ip_of_host(name)
        if ip is not None:
            return str(ip)
    return name


def url_with_canonical_host(url: str) -> str:
    """``url`` with its host written as :func:`canonical_host` writes an IPv4 address in another form
    (``http://0x7f.1:8080/a`` → ``http://127.0.0.1:8080/a``); every other URL unchanged."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return url
    if not host or not host[0].isdigit() or ":" in host:
        return url  # (only an IPv4 address in another spelling is written otherwise)
    canonical = canonical_host(host)
    if canonical == host:
        return url
    userinfo, at, hostport = parts.netloc.rpartition("@")
    _, colon, port = hostport.partition(":")
    return parts._replace(netloc=f"{userinfo}{at}{canonical}{colon}{port}").geturl()


def host_kind(host: str | None) -> str | None:
    """``"loopback"`` or ``"private"`` for a host that is not on the public internet, else ``None``."""
    if not host:
        return None
    host = host.lower()
    name = host.rstrip(".")
    if name in _LOOPBACK_NAMES or name.endswith(".localhost"):
        return "loopback"
    if name.endswith(_PRIVATE_SUFFIXES):
        return "private"
    ip = ip_of_host(host)
    if ip is None:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        return "loopback"
    if not ip.is_global or ip.is_multicast:
        return "private"
    return None
