"""A chat message: its size limits, and what the desktop client puts around the user's words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from milio.errors import BadRequestError, PayloadTooLargeError

PDF_MARKER = "PDF Content number"
# The client's prefixes: "User request: ..." after PDF text, "New user message : ..."
# after earlier turns. The last one holds what the user just typed.
_REQUEST_MARKERS = re.compile(r"(?:User request|New user message)\s*:\s*", re.I)


@dataclass(frozen=True)
class ParsedRequest:
    message: str  # everything the client sent, context included
    latest: str  # only what the user just asked
    has_pdf: bool


def check_message(message: str, max_chars: int) -> None:
    """BadRequestError for an empty message, PayloadTooLargeError past ``max_chars``."""
    if not message.strip():
        raise BadRequestError("Message is empty")
    if len(message) > max_chars:
        raise PayloadTooLargeError("Message is too long")


def parse_request(message: str) -> ParsedRequest:
    markers = list(_REQUEST_MARKERS.finditer(message))
    latest = message[markers[-1].end() :] if markers else message
    return ParsedRequest(message=message, latest=latest.strip(), has_pdf=PDF_MARKER in message)
