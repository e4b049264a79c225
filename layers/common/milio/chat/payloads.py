"""Validators that build action payloads on the server from untrusted details.

The desktop client pastes payloads into shell commands and AppleScript without
escaping, so every detail is checked against an allow-list of characters and
re-emitted from the checked value. A validator returns the clean text, or
``None`` when the detail must not be passed on; the caller then sends the
client's "missing detail" payload ``0``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from urllib.parse import urlsplit

Validator = Callable[[object], str | None]

MISSING = "0"
NAME_MAX_CHARS = 64
EXT_MAX_CHARS = 10
SUBJECT_MAX_CHARS = 200
BODY_MAX_CHARS = 2000
URL_MAX_CHARS = 2048
MAX_TIMER_SECONDS = 86_400

# Punctuation allowed in names besides letters, digits and single spaces: none of
# these has a meaning to sh, cmd or AppleScript inside or outside quotes.
_NAME_PUNCTUATION = frozenset("-_.+")
# Prose (e-mail subject and body) may carry ordinary punctuation, but never the
# client's separator "|", quotes that end a shell or HTML string, or markup.
_TEXT_FORBIDDEN = frozenset('|"`<>\\$')
_EXT = re.compile(rf"[A-Za-z0-9]{{1,{EXT_MAX_CHARS}}}")
_DIGITS = re.compile(r"[0-9]{1,6}")
_PERCENT = re.compile(r"%\s*([0-9]{1,3})|([0-9]{1,3})\s*(?:%|percent)")
_EMAIL = re.compile(
    r"[A-Za-z0-9][A-Za-z0-9._+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
    r"[A-Za-z]{2,24}"
)
_HOST_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
# RFC 3986 characters minus those a shell, cmd or a quoted string could act on.
_URL_CHARS = re.compile(r"[A-Za-z0-9\-._~:/?#@&+=,;%]+")
_PERCENT_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")


def _as_text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return unicodedata.normalize("NFC", value).strip(" ")


def _has_control(text: str) -> bool:
    return any(unicodedata.category(ch).startswith("C") for ch in text)


def valid_name(value: object) -> str | None:
    """An application, file, folder, song or playlist name."""
    text = _as_text(value)
    if not text or len(text) > NAME_MAX_CHARS or "  " in text:
        return None
    if text[0] == "-" or ".." in text or text == ".":
        # An option to a command, or a parent or current path. A leading dot is a
        # hidden folder or file the user named (".git"): kept, as the user typed it.
        return None
    if all(ch.isalnum() or ch == " " or ch in _NAME_PUNCTUATION for ch in text):
        return text
    return None


def valid_extension(value: object) -> str | None:
    text = _as_text(value)
    if text is None:
        return None
    text = text.removeprefix(".")
    return text.lower() if _EXT.fullmatch(text) else None


def _whole_number(value: object) -> int | None:
    if isinstance(value, bool):
        return None  # a bool is an int to Python, never a count to a user
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() and abs(value) < 1e9 else None
    text = _as_text(value)
    if text is not None and _DIGITS.fullmatch(text):
        return int(text)
    return None


def valid_seconds(value: object) -> str | None:
    seconds = _whole_number(value)
    if seconds is None or not 1 <= seconds <= MAX_TIMER_SECONDS:
        return None
    return str(seconds)


def valid_volume(value: object) -> str | None:
    """A volume step: ``10`` (points) or ``%10`` (percent), from 1 to 100."""
    number = _whole_number(value)
    percent = False
    if number is None:
        text = _as_text(value)
        match = _PERCENT.fullmatch(text) if text else None
        if match is None:
            return None
        number, percent = int(match.group(1) or match.group(2)), True
    if not 1 <= number <= 100:
        return None
    return f"%{number}" if percent else str(number)


def valid_url(value: object) -> str | None:
    """An http(s) URL with a real host name and nothing a shell could act on."""
    text = _as_text(value)
    if not text or len(text) > URL_MAX_CHARS or not _URL_CHARS.fullmatch(text):
        return None
    if _PERCENT_ESCAPE.search(text):
        return None  # a bare % is how cmd.exe expands variables
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or "@" in parts.netloc:
        return None
    host = (parts.hostname or "").rstrip(".")
    labels = host.split(".")
    if len(labels) < 2 or not all(_HOST_LABEL.fullmatch(label) for label in labels):
        return None
    try:
        _ = parts.port  # raises on a malformed port
    except ValueError:
        return None
    return text


def valid_email_address(value: object) -> str | None:
    text = _as_text(value)
    if text is None or len(text) > 254 or not _EMAIL.fullmatch(text):
        return None
    return text


def _valid_prose(value: object, max_chars: int) -> str | None:
    # Newlines are refused rather than replaced: the client splits the payload
    # on "|" and a silent rewrite would send something the user did not ask for.
    text = _as_text(value)
    if not text or len(text) > max_chars or _has_control(text):
        return None
    if any(ch in _TEXT_FORBIDDEN for ch in text):
        return None
    return text


def valid_subject(value: object) -> str | None:
    return _valid_prose(value, SUBJECT_MAX_CHARS)


def valid_body(value: object) -> str | None:
    return _valid_prose(value, BODY_MAX_CHARS)


def optional(validator: Validator) -> Validator:
    """Accept an absent detail as the empty string, check any other value."""

    def check(value: object) -> str | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            return ""
        return validator(value)

    return check
