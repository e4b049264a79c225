"""Headers the server itself reads (body size, host, port): a value no client or gateway
sends is a 400, checked before anything parses it.

Behind API Gateway, Mangum builds the request's server from ``Host`` and
``X-Forwarded-Port`` (``int()`` of the port, a split on ``:`` of the host); locally,
Starlette builds URLs from ``Host``. Either would fail on an absurd value, so each is
held to what a real client sends: a host name or IPv4 address with an optional port
(IPv6 literals are refused: neither API Gateway nor the local server is reached by one),
ports from 1 to 65535, and a Content-Length of ASCII digits.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_HOST = re.compile(r"[A-Za-z0-9._-]{1,253}(?::(?P<port>[0-9]{1,5}))?")
_PORT = re.compile(r"[0-9]{1,5}")
# 18 digits is far beyond any body size we accept (then 413), and still a small int.
_LENGTH = re.compile(r"[0-9]{1,18}")


def _port_ok(port: str | None) -> bool:
    return port is None or 1 <= int(port) <= 65535


def header_problem(header: Callable[[str], str | None]) -> str | None:
    """What is wrong with the request's own headers (``header`` reads one by lowercase
    name), or None."""
    length = header("content-length")
    if length is not None and not _LENGTH.fullmatch(length):
        return "Invalid Content-Length header"
    host = header("host")
    if host is not None:
        match = _HOST.fullmatch(host)
        if match is None or not _port_ok(match.group("port")):
            return "Invalid Host header"
    port = header("x-forwarded-port")
    if port is not None and not (_PORT.fullmatch(port) and _port_ok(port)):
        return "Invalid X-Forwarded-Port header"
    return None
