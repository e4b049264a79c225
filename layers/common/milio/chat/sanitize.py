"""Make model and user text safe to render as Markdown in the desktop client.

The client renders answers with a Markdown library straight into a page that can
reach Node.js, so raw HTML and script URLs are code execution. Outside code, every
``<`` becomes ``&lt;`` (no tag, comment or autolink can form) and every link or
image destination whose scheme is not http, https or mailto becomes ``#``. Code
(fenced blocks and inline spans) is left alone because the renderer escapes it.

When unsure whether the renderer sees code, the text is treated as prose: an
escaped ``<`` inside code is cosmetic, an unescaped one outside code is not.

The work is line by line with a little state, so :class:`StreamingSanitizer`
gives exactly the one-shot output whatever the chunk boundaries; it also
releases the start of a line as soon as no later character can change it.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
MAX_QUERY_CHARS = 200

_LINE_END = re.compile(r"\r\n|\r|\n")
_FENCE_OPEN = re.compile(r" {0,3}(`{3,}|~{3,})(.*)")
_FENCE_CLOSE = re.compile(r" {0,3}(`{3,}|~{3,})[~`]*[ \t]*")
# Every start of a line that _FENCE_CLOSE could still match (and a little more).
_FENCE_CLOSE_START = re.compile(r" {0,3}(?:[`~]+[ \t]*)?")
# In prose, what follows these decides how they and the rest of the line come out.
_UNSETTLED = re.compile(r"[`\\\]]")
_REF_DEFINITION = re.compile(r" {0,3}\[(?:[^\]\\]|\\.)+\]:[ \t]*")
_LINK_OPEN = re.compile(r"\]\([ \t]*")
_TOKEN = re.compile(r"[^ \t]*")
_SCHEME = re.compile(r"([a-z][a-z0-9+.\-]*):")
_DROPPED_CONTROLS = dict.fromkeys(c for c in range(32) if c not in (9, 10))
_QUERY_FORBIDDEN = re.compile(r"[\"'`$\\<>|;&{}\[\]!*]")


def is_safe_destination(url: str) -> bool:
    """Would a browser run this link target as script (or load it as data)?"""
    # Undo what the renderer and browser undo before reading the scheme:
    # backslash escapes, character references, and blanks or controls anywhere.
    cleaned = html.unescape(url.replace("\\", ""))
    cleaned = "".join(ch for ch in cleaned if ch > " " and ch != "\x7f").lstrip("<").lower()
    match = _SCHEME.match(cleaned)
    return match is None or match.group(1) in SAFE_SCHEMES


def _safe_token(token: str) -> str:
    if is_safe_destination(token):
        return token
    return "#)" if token.endswith(")") else "#"  # keep the link's closing parenthesis


@dataclass
class _LineState:
    fence: str | None = None  # the opening run of the fenced block we are in
    inline_code_unsure: bool = False  # an unmatched backtick earlier in the paragraph
    destination_next: bool = False  # a link target may start the next line


class _Sanitizer:
    """Sanitizes complete lines, carrying state from one line to the next."""

    def __init__(self) -> None:
        self._state = _LineState()

    def line(self, text: str) -> str:
        text = text.translate(_DROPPED_CONTROLS)
        state = self._state
        if state.fence is not None:
            if _closes_fence(text, state.fence):
                state.fence = None
            return text
        opened = _opens_fence(text)
        if opened is not None:
            self._state = _LineState(fence=opened)
            return text
        if not text.strip():
            self._state = _LineState()
            return text
        return self._prose(text)

    def settled_start(self, partial: str) -> str:
        """The output of a line that begins with ``partial``, as far as it is already fixed.

        Whatever the rest of the line, its output begins with this. Pure: the
        state changes only when :meth:`line` sees the whole line.
        """
        text = partial.translate(_DROPPED_CONTROLS)
        state = self._state
        if state.fence is not None:
            return "" if _FENCE_CLOSE_START.fullmatch(text) else text
        head = text.lstrip()
        if state.destination_next or not head or head[0] in "`~[":
            return ""  # may yet be a link target, a blank line, a fence or a definition
        unsettled = _UNSETTLED.search(text)
        return text[: unsettled.start() if unsettled else len(text)].replace("<", "&lt;")

    def _prose(self, text: str) -> str:
        state = self._state
        prefix = ""
        if state.destination_next:
            text = text.lstrip(" \t")
            token = _TOKEN.match(text)
            end = token.end() if token else 0
            prefix, text = _safe_token(text[:end]), text[end:]
            state.destination_next = False
        definition = _REF_DEFINITION.match(text)
        if definition is not None:
            prefix += text[: definition.end()]
            text = text[definition.end() :]
            if not text.strip():
                state.destination_next = True
                return prefix + text
            token = _TOKEN.match(text)
            end = token.end() if token else 0
            prefix, text = prefix + _safe_token(text[:end]), text[end:]
        return prefix + self._inline(text)

    def _inline(self, text: str) -> str:
        out: list[str] = []
        pos = 0
        prose_start = 0
        while pos < len(text) and not self._state.inline_code_unsure:
            if text[pos] == "\\":
                pos += 2
                continue
            if text[pos] != "`":
                pos += 1
                continue
            run_end = _run_end(text, pos)
            close = _closing_run(text, run_end, run_end - pos)
            if close is None:
                # The renderer may pair this run with one on a later line; from
                # here to the paragraph's end, nothing is trusted as code.
                self._state.inline_code_unsure = True
                break
            out.append(self._escape_prose(text[prose_start:pos]))
            out.append(text[pos:close])
            pos = prose_start = close
        out.append(self._escape_prose(text[prose_start:]))
        return "".join(out)

    def _escape_prose(self, text: str) -> str:
        out: list[str] = []
        pos = 0
        for match in _LINK_OPEN.finditer(text):
            if match.start() < pos:
                continue
            out.append(text[pos : match.end()])
            token = _TOKEN.match(text, match.end())
            end = token.end() if token else match.end()
            if end == len(text) and end == match.end():
                self._state.destination_next = True
            out.append(_safe_token(text[match.end() : end]) if end > match.end() else "")
            pos = end
        out.append(text[pos:])
        return "".join(out).replace("<", "&lt;")


def _run_end(text: str, start: int) -> int:
    end = start
    while end < len(text) and text[end] == "`":
        end += 1
    return end


def _closing_run(text: str, start: int, length: int) -> int | None:
    """End of the next backtick run of exactly ``length``, as the renderer pairs them."""
    pos = start
    while pos < len(text):
        if text[pos] != "`":
            pos += 1
            continue
        end = _run_end(text, pos)
        if end - pos == length:
            return end
        pos = end
    return None


def _opens_fence(line: str) -> str | None:
    match = _FENCE_OPEN.fullmatch(line)
    if match is None:
        return None
    run, info = match.group(1), match.group(2)
    if run[0] == "`" and "`" in info:
        return None  # not a fence in CommonMark: an inline code span
    return run


def _closes_fence(line: str, opening: str) -> bool:
    # A superset of CommonMark's rule and marked's looser one: closing too early
    # only makes us treat code as prose, which is the safe mistake.
    match = _FENCE_CLOSE.fullmatch(line)
    return match is not None and match.group(1).startswith(opening)


class StreamingSanitizer:
    """Incremental :func:`sanitize_markdown`: same output for any chunking.

    Whether a line opens a code block or continues a link is only known once the
    line is complete, so most of the work waits for the line's end; but the start
    of a line is released early once nothing after it can change it (in a code
    block, once the line cannot close the block; in prose, up to the first
    backtick, backslash or ``]``), so a long paragraph arrives as it is written.
    """

    def __init__(self) -> None:
        self._sanitizer = _Sanitizer()
        self._pending = ""
        self._released = 0  # characters of the current line's output already returned

    def feed(self, chunk: str) -> str:
        self._pending += chunk
        out: list[str] = []
        start = 0
        for match in _LINE_END.finditer(self._pending):
            if match.group() == "\r" and match.end() == len(self._pending):
                break  # may be the first half of "\r\n"
            out.append(self._complete(self._pending[start : match.start()]) + "\n")
            start = match.end()
        self._pending = self._pending[start:]
        out.append(self._release_settled())
        return "".join(out)

    def finish(self) -> str:
        rest = self.feed("")
        if self._pending.endswith("\r"):
            self._pending = self._pending[:-1]
            rest += self._complete(self._pending) + "\n"
        elif self._pending:
            rest += self._complete(self._pending)
        self._pending = ""
        return rest

    def _complete(self, line: str) -> str:
        """The rest of a finished line's output, after what was released early."""
        rest = self._sanitizer.line(line)[self._released :]
        self._released = 0
        return rest

    def _release_settled(self) -> str:
        # A trailing "\r" ends the line either way; it is not part of its text.
        settled = self._sanitizer.settled_start(self._pending.removesuffix("\r"))
        fresh = settled[self._released :]
        self._released += len(fresh)
        return fresh


def sanitize_markdown(text: str) -> str:
    """Markdown kept, raw HTML and script URLs removed (outside code)."""
    stream = StreamingSanitizer()
    return stream.feed(text) + stream.finish()


def clean_search_query(text: str) -> str:
    """One line of plain words for the client's Google search, or ``""``."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(" " if unicodedata.category(ch).startswith(("C", "Z")) else ch for ch in text)
    text = _QUERY_FORBIDDEN.sub(" ", text)
    return " ".join(text.split())[:MAX_QUERY_CHARS].strip()
