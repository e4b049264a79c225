"""Answers the desktop client renders as Markdown, made safe for its renderer.

`sanitize_markdown` parses an answer with a real CommonMark parser and writes it
back in a canonical subset (see `emitter`); `StreamingSanitizer` does the same
for a streamed answer, releasing only text whose rendering can no longer change
(see `stream`); `is_safe_markdown` is the final gate, an independent check of
what we send (see `gate`).
"""

from milio.chat.markdown.emitter import document, literal_text
from milio.chat.markdown.gate import is_safe_markdown
from milio.chat.markdown.parser import normalize, parse
from milio.chat.markdown.stream import StreamInconsistencyError, StreamingSanitizer


def sanitize_markdown(text: str) -> str:
    """The answer in the canonical safe subset ("" if nothing is left to show)."""
    return "\n\n".join(document(parse(normalize(text))))


__all__ = [
    "StreamInconsistencyError",
    "StreamingSanitizer",
    "is_safe_markdown",
    "literal_text",
    "sanitize_markdown",
]
