"""The one Markdown parser the sanitizer reads answers with: markdown-it-py.

CommonMark with GitHub's tables, strikethrough and task lists, raw HTML off (a
tag in an answer is text, shown as typed). One deliberate change: a table may
not interrupt a paragraph, it needs a blank line (or another block) before it,
as models write them anyway. With that, only the first line of a paragraph can
turn out to be a table's header, which lets the stream release prose while it
is still being written. And one of marked's readings is taken: on a list item's
first line, a table may go on in lines not indented ("- a | b" over
"--- | ---"), which marked takes into the item.
"""

from __future__ import annotations

import re
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock, table
from markdown_it.token import Token
from markdown_it.tree import SyntaxTreeNode
from mdit_py_plugins.tasklists import tasklists_plugin

# Control characters other than tab and line feed have no place in an answer.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_LINE_BREAKS = re.compile(r"\r\n?")

Env = dict[str, Any]
# Inline markup nested deeper than this (emphasis in emphasis in a link...) is
# written as its text: the syntax tree is built recursively, and a 1 KB answer of
# nested emphasis would otherwise exhaust Python's stack.
MAX_INLINE_NESTING = 16


# A line marked reads as the start of another block before it tries a table
# (a heading, quote, list item or fence): such a line is no table header for us either.
_OTHER_BLOCK = re.compile(r" {0,3}(?:(?:#{1,6}|[-+*]|[0-9]{1,9}[.)])(?=[ \t\n]|\Z)|>|```|~~~)")
# What ends a list item in marked rather than continuing it lazily: a blank line, or
# a line starting another block (a rule too).
_ENDS_ITEM = re.compile(
    r" {0,3}(?:(?:[-+*]|[0-9]{1,9}[.)])(?=[ \t\n]|\Z)|#|>|```|~~~|(?:[-*_][ \t]*){3,}$)"
)


def _table(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    if _OTHER_BLOCK.match(state.src, state.bMarks[start_line] + state.tShift[start_line]):
        return False
    lifted = _lazy_item_lines(state, start_line, end_line)
    try:
        return table(state, start_line, end_line, silent)
    finally:
        for line, count in lifted:
            state.sCount[line] = count


def _lazy_item_lines(state: StateBlock, start_line: int, end_line: int) -> list[tuple[int, int]]:
    """On a list item's first line, the lazy lines after it read as the item's (marked
    takes every such line into the item, so "- a | b" over "--- | ---" is a table in the
    item there); returned with their indentation, to be put back."""
    marker = state.src[
        state.bMarks[start_line] : state.bMarks[start_line] + state.tShift[start_line]
    ]
    if state.parentType != "list" or not marker.strip():
        return []
    lifted = []
    for line in range(start_line + 1, end_line):
        text = state.src[state.bMarks[line] : state.eMarks[line]]
        if state.sCount[line] >= state.blkIndent or not text.strip() or _ENDS_ITEM.match(text):
            break
        lifted.append((line, state.sCount[line]))
        state.sCount[line] = state.blkIndent
    return lifted


def new_parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False})
    md.enable(["table", "strikethrough"])
    md.block.ruler.at("table", _table, {"alt": []})
    md.use(tasklists_plugin)
    return md


PARSER = new_parser()


def normalize(text: str) -> str:
    """Line breaks as ``\\n`` and no control characters: done before any parsing."""
    return _CONTROLS.sub("", _LINE_BREAKS.sub("\n", text))


def parse(text: str, env: Env | None = None) -> list[Token]:
    """Block and inline tokens of normalized text; reference definitions go into ``env``."""
    return PARSER.parse(text, env if env is not None else {})


def tree(tokens: list[Token]) -> SyntaxTreeNode:
    """The syntax tree of ``tokens``, inline markup past `MAX_INLINE_NESTING` made plain text."""
    for token in tokens:
        if token.children:
            _flatten_deep(token.children)
    return SyntaxTreeNode(tokens)


def _flatten_deep(children: list[Token]) -> None:
    depth = 0
    for token in children:
        nesting = token.nesting
        if nesting == 1:
            depth += 1
        if nesting and depth > MAX_INLINE_NESTING:
            token.type, token.tag, token.nesting, token.content = "text", "", 0, ""
        if nesting == -1:
            depth -= 1
