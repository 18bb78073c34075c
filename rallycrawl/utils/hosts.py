"""What a host name or address says before any lookup: an IP literal, a loopback or private host.

Shared by the redirect guard (hosts as written) and the address guard (the addresses a name
resolves to).  No Scrapy import.
"""

from __future__ import annotations

import ipaddress
import socket

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
