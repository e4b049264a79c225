"""What the desktop client puts around the user's words in a chat message."""

from __future__ import annotations

import re
from dataclasses import dataclass

PDF_MARKER = "PDF Content number"
# The client's prefixes: "User request: ..." after PDF text, "New user message : ..."
# after earlier turns. The last one holds what the user just typed.
_REQUEST_MARKERS = re.compile(r"(?:User request|New user message)\s*:\s*", re.I)


@dataclass(frozen=True)
class ParsedRequest:
    message: str  # everything the client sent, context included
    latest: str  # only what the user just asked
    has_pdf: bool


def parse_request(message: str) -> ParsedRequest:
    markers = list(_REQUEST_MARKERS.finditer(message))
    latest = message[markers[-1].end() :] if markers else message
    return ParsedRequest(message=message, latest=latest.strip(), has_pdf=PDF_MARKER in message)
