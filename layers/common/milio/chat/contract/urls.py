"""URLs in one canonical form, or none at all: link targets in answers, URL payloads.

A target is kept only when its scheme is http or https (and mailto for links),
then re-written with every character percent-encoded except letters, digits and
``-.!$&'+,;=:@/?`` and valid ``%`` escapes (with ``#`` only before the fragment). No space, quote,
parenthesis, bracket, backslash or ``*_~`` is left to interact with the
renderer's parsing, and what the browser reads is what was checked: no entity,
control character or blank can smuggle another scheme in.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

MAX_URL_CHARS = 4096
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
IMAGE_SCHEMES = frozenset({"http", "https"})

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_HOST = re.compile(rf"{_LABEL}(?:\.{_LABEL})*\.?")
_ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
# What a link target keeps as it is in Markdown: nothing the renderer's parsing reacts to.
MARKDOWN_SAFE = frozenset(_ALPHANUMERIC + "-.!$&'+,;=:@/?")
_HEX = frozenset("0123456789abcdefABCDEF")


def percent_encode(part: str, safe: frozenset[str]) -> str:
    """Percent-encode all but the ``safe`` characters; keep valid escapes, in upper case."""
    out: list[str] = []
    i = 0
    while i < len(part):
        ch = part[i]
        if ch == "%" and part[i + 1 : i + 2] in _HEX and part[i + 2 : i + 3] in _HEX:
            out.append("%" + part[i + 1 : i + 3].upper())
            i += 3
            continue
        if ch in safe:
            out.append(ch)
        else:
            out.extend(f"%{byte:02X}" for byte in ch.encode("utf-8"))
        i += 1
    return "".join(out)


def canonical_url(
    href: str, schemes: frozenset[str] = LINK_SCHEMES, safe: frozenset[str] = MARKDOWN_SAFE
) -> str | None:
    """``href`` as one canonical absolute URL with an allowed scheme, or ``None``.

    The scheme and host are lower-cased (an international host must already be
    punycode), user info and IPv6 literals are refused, and the rest is
    percent-encoded but for the ``safe`` characters.
    """
    if not href or len(href) > MAX_URL_CHARS or any(ch <= " " or ch == "\x7f" for ch in href):
        return None
    scheme_match = _SCHEME.match(href)
    if scheme_match is None or scheme_match.group(1).lower() not in schemes:
        return None
    scheme = scheme_match.group(1).lower()
    rest = href[scheme_match.end() :]
    if scheme == "mailto":
        address = percent_encode(rest, safe)
        return f"mailto:{address}" if address else None
    return _web_url(href, scheme, safe) if rest.startswith("//") else None


def _web_url(href: str, scheme: str, safe: frozenset[str]) -> str | None:
    try:
        parts = urlsplit(href)
        authority = _authority(parts.netloc, parts.hostname, parts.port)
    except ValueError:
        return None
    if authority is None:
        return None
    url = f"{scheme}://{authority}{percent_encode(parts.path, safe) or '/'}"
    if parts.query or href.rstrip("#").endswith("?"):
        url += "?" + percent_encode(parts.query, safe)
    if parts.fragment:
        url += "#" + percent_encode(parts.fragment, safe)
    return url


def _authority(netloc: str, hostname: str | None, port: int | None) -> str | None:
    """Host and port, lower-cased; none for user info (a deceptive host) or an IPv6 literal."""
    host = (hostname or "").lower()
    if "@" in netloc or "[" in netloc or not _HOST.fullmatch(host):
        return None  # (the parser already wrote international names as punycode)
    return host if port is None else f"{host}:{port}"


def markdown_destination(url: str) -> str:
    """A canonical URL as a Markdown link destination: only ``&`` needs care.

    An ``&`` becomes ``&amp;``: the renderer passes the destination into the
    ``href`` attribute as it is, where the browser would decode ``&lt`` and its
    like; ``&amp;`` decodes to ``&`` whichever parser reads it.
    """
    return url.replace("&", "&amp;")
