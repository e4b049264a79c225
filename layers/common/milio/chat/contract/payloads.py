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
from urllib.parse import urlsplit, urlunsplit

from milio.chat.contract.urls import canonical_url

Validator = Callable[[object], str | None]

MISSING = "0"
NAME_MAX_CHARS = 64
EXT_MAX_CHARS = 10
SUBJECT_MAX_CHARS = 200
BODY_MAX_CHARS = 2000
URL_MAX_CHARS = 2048
MAX_TIMER_SECONDS = 86_400
MAX_QUERY_CHARS = 200

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
# What a URL keeps unencoded: RFC 3986's unreserved and delimiter characters but
# the quote; none has a meaning to sh or cmd inside the double quotes the client
# puts a URL in (`open "<url>"`, `xdg-open "<url>"`, `start "" "<url>"`).
_URL_SAFE = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?[]@!&()*+,;="
)
# Active inside double quotes (sh: $ ` \ and the quote itself): a URL holding one
# is refused, not repaired.
_URL_REFUSED = frozenset('"`$\\')
_BARE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
# cmd expands %NAME% even inside double quotes. Percent escapes can spell a few
# names cmd always defines (e.g. "%CD%41"); a URL that does is refused.
_CMD_VARIABLE = re.compile(r"%(?=([^%]+)%)")
_CMD_DYNAMIC = frozenset(
    {"cd", "date", "time", "random", "errorlevel", "cmdextversion", "cmdcmdline"}
    | {"highestnumanodenumber", "__cd__", "__appdir__"}
)
_QUERY_FORBIDDEN = re.compile(r"[\"'`$\\<>|;&{}\[\]!*]")
# Quote-like characters: AppleScript and some shells take the curly ones for quotes.
_QUOTE_NAMES = (
    "QUOTATION", "APOSTROPHE", "PRIME", "TURNED COMMA", "REVERSED COMMA", "GRAVE ACCENT",
    "ACUTE ACCENT",
)  # fmt: skip


def _as_text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return unicodedata.normalize("NFC", value).strip(" ")


def _has_control(text: str) -> bool:
    return any(unicodedata.category(ch).startswith("C") for ch in text)


def _is_quote_like(ch: str) -> bool:
    if ch.isascii() and (ch.isalnum() or ch == " "):
        return False  # most of every name: no Unicode lookup needed
    name = unicodedata.name(ch, "")
    if any(part in name for part in _QUOTE_NAMES):
        return True
    return any(q in unicodedata.normalize("NFKC", ch) for q in "\"'`")


def valid_name(value: object) -> str | None:
    """An application, file, folder, song or playlist name: letters and digits of any
    script, single spaces, ``-_.+`` and emoji.

    Linux's `xdg-open <name>` takes it unquoted, so each word is an argument:
    none may look like an option. Elsewhere it sits in double quotes (and in
    AppleScript), so no quote of any script is allowed either.
    """
    text = _as_text(value)
    if not text or len(text) > NAME_MAX_CHARS or "  " in text:
        return None
    if text[0] == "-" or ".." in text or text == ".":
        # An option to a command, or a parent or current path. A leading dot is a
        # hidden folder or file the user named (".git"): kept, as the user typed it.
        return None
    if any(word.startswith("-") for word in text.split(" ")):
        return None  # "x -rf": an option once the shell splits the words
    if any(_is_quote_like(ch) for ch in text):
        return None
    rest = without_emoji(text)
    if rest is not None and all(
        ch.isalnum() or ch == " " or ch in _NAME_PUNCTUATION or _is_mark_on_letter(rest, i)
        for i, ch in enumerate(rest)
    ):
        return text
    return None


def _is_mark_on_letter(text: str, index: int) -> bool:
    """A combining mark that belongs to the letter before it: the vowel signs of Devanagari,
    Bengali or Thai, an accent typed decomposed. Inert to every shell; a mark standing alone
    (after a space, punctuation or at the start) is not a letter of any name."""
    if not _is_mark(text[index]):
        return False
    base = index - 1
    while base >= 0 and _is_mark(text[base]):
        base -= 1
    return base >= 0 and text[base].isalnum()


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch) in {"Mn", "Mc"}


_EMOJI_MODIFIERS = frozenset("\ufe0f\ufe0e\u20e3") | frozenset(map(chr, range(0x1F3FB, 0x1F400)))
_ZERO_WIDTH_JOINER = "\u200d"


def is_emoji(ch: str) -> bool:
    """A pictograph or symbol (a book, a plane, a flag's letters): inert to sh, cmd, AppleScript."""
    return ord(ch) >= 0x2190 and unicodedata.category(ch) == "So"


def without_emoji(text: str) -> str | None:
    """``text`` with its emoji taken out, or ``None`` when a selector, skin tone or
    joiner stands anywhere but inside an emoji (where it could hide in a name)."""
    kept: list[str] = []
    in_emoji = False
    for index, ch in enumerate(text):
        if is_emoji(ch):
            in_emoji = True
        elif ch in _EMOJI_MODIFIERS:
            if not in_emoji:
                return None
        elif ch == _ZERO_WIDTH_JOINER:
            following = text[index + 1 : index + 2]
            if not in_emoji or not following or not is_emoji(following):
                return None
        else:
            in_emoji = False
            kept.append(ch)
    return "".join(kept)


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


def _ascii_host(text: str) -> str | None:
    """The URL with an international host name written in punycode (IDNA)."""
    try:
        parts = urlsplit(text)
        host, port = parts.hostname or "", parts.port
        ascii_host = host.encode("idna").decode("ascii")
    except (ValueError, UnicodeError):
        return None
    if host.isascii() or "@" in parts.netloc:
        return text  # nothing to convert (user info is refused later)
    netloc = ascii_host if port is None else f"{ascii_host}:{port}"
    return urlunsplit(parts._replace(netloc=netloc))


def valid_url(value: object) -> str | None:
    """An http(s) URL in canonical form, with a real host name.

    Lower-case scheme and host (punycode for international names), everything
    but RFC 3986's delimiters percent-encoded (spaces and quotes included), no
    character sh or cmd acts on inside double quotes: the client's commands get
    it as one argument, unchanged.
    """
    text = _as_text(value)
    if not text or len(text) > URL_MAX_CHARS or _has_control(text):
        return None
    if any(ch in _URL_REFUSED for ch in text) or _BARE_PERCENT.search(text):
        return None  # shell syntax, or a bare % (how cmd expands variables)
    ascii_text = _ascii_host(text.replace(" ", "%20"))
    url = canonical_url(ascii_text, frozenset({"http", "https"}), _URL_SAFE) if ascii_text else None
    if url is None or len(url) > URL_MAX_CHARS:
        return None
    labels = (urlsplit(url).hostname or "").rstrip(".").split(".")
    if len(labels) < 2 or not all(_HOST_LABEL.fullmatch(label) for label in labels):
        return None
    if any(name.lower() in _CMD_DYNAMIC for name in _CMD_VARIABLE.findall(url)):
        return None
    return url


def valid_email_address(value: object) -> str | None:
    text = _as_text(value)
    if text is None or len(text) > 254 or not _EMAIL.fullmatch(text):
        return None
    return text


def _valid_prose(value: object, max_chars: int) -> str | None:
    # Newlines are refused rather than replaced: the client splits the payload
    # on "|" and a silent rewrite would send something the user did not ask for.
    # U+2028/U+2029 are line breaks too (and end a JavaScript line in older engines).
    text = _as_text(value)
    if not text or len(text) > max_chars or _has_control(text):
        return None
    if any(unicodedata.category(ch) in ("Zl", "Zp") for ch in text):
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


def clean_search_query(text: str) -> str:
    """One line of plain words for the client's Google search (code 3), or ``""``."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(" " if unicodedata.category(ch).startswith(("C", "Z")) else ch for ch in text)
    text = _QUERY_FORBIDDEN.sub(" ", text)
    return " ".join(text.split())[:MAX_QUERY_CHARS].strip()
