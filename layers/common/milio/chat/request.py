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


# Where the context was cut: the model sees that something is missing.
TRIMMED = "\n[… the rest of this context was cut to fit …]\n"


class RequestTooLongForModelError(PayloadTooLargeError):
    public_message = "The request itself is too long for the language model"


def bound_for_model(message: str, max_chars: int) -> str:
    """The message as sent to a model: at most ``max_chars`` characters.

    What the user just asked is kept whole (a request longer than the bound alone is
    refused, 413); the context in front of it (a pasted PDF, earlier turns) is cut at
    its end to fit, and the cut is marked. Each model call of a request sends this
    text once, so one request sends at most its number of calls times the bound.
    """
    if len(message) <= max_chars:
        return message
    markers = list(_REQUEST_MARKERS.finditer(message))
    start = markers[-1].start() if markers else 0
    request = message[start:]
    room = max_chars - len(request) - len(TRIMMED)
    if room <= 0:
        raise RequestTooLongForModelError()
    return message[:room] + TRIMMED + request


def parse_request(message: str) -> ParsedRequest:
    markers = list(_REQUEST_MARKERS.finditer(message))
    latest = message[markers[-1].end() :] if markers else message
    return ParsedRequest(message=message, latest=latest.strip(), has_pdf=PDF_MARKER in message)
