"""A streaming sanitizer gone wrong, to test the final gate behind it."""

from __future__ import annotations


class BrokenSanitizer:
    """Releases a good first piece, then raw HTML (`pieces` may be set to other text)."""

    def __init__(self) -> None:
        self.pieces = ["Hello", " <img src=x onerror=alert(1)>"]

    def feed(self, piece: str) -> str:
        return self.pieces.pop(0) if self.pieces else ""

    def finish(self) -> str:
        return ""
