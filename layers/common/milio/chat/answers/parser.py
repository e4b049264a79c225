"""The one Markdown parser the sanitizer reads answers with: markdown-it-py.

CommonMark with GitHub's tables, strikethrough and task lists, raw HTML off (a
tag in an answer is text, shown as typed). One deliberate change: a table may
not interrupt a paragraph, it needs a blank line (or another block) before it,
as models write them anyway. With that, only the first line of a paragraph can
turn out to be a table's header, which lets the stream release prose while it
is still being written.
"""

from __future__ import annotations

import re
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_block import table
from markdown_it.token import Token
from mdit_py_plugins.tasklists import tasklists_plugin

# Control characters other than tab and line feed have no place in an answer.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_LINE_BREAKS = re.compile(r"\r\n?")

Env = dict[str, Any]


def new_parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False})
    md.enable(["table", "strikethrough"])
    md.block.ruler.at("table", table, {"alt": []})
    md.use(tasklists_plugin)
    return md


PARSER = new_parser()


def normalize(text: str) -> str:
    """Line breaks as ``\\n`` and no control characters: done before any parsing."""
    return _CONTROLS.sub("", _LINE_BREAKS.sub("\n", text))


def parse(text: str, env: Env | None = None) -> list[Token]:
    """Block and inline tokens of normalized text; reference definitions go into ``env``."""
    return PARSER.parse(text, env if env is not None else {})
