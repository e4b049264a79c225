"""`sanitize_markdown` for a streamed answer: release only what can no longer change.

The joined output is exactly ``sanitize_markdown(whole answer)``, however the
answer is cut into pieces. The text is read as CommonMark reads it, in top-level
blocks; a block is released once the lines after it show it has ended (and, for
a list, each item once the next one has begun). Two kinds have rules of their own:

- **A paragraph** (the common case: prose) is released as it is written. A new
  line joins it only once its first characters rule out anything that would end
  it; in the text so far, `probe.stable_length` finds how far the rendering is
  settled (nothing open: no unclosed code span, link, emphasis...). When nothing
  is open and plain characters arrive, they are written out directly, without
  parsing again, so a long line costs time in proportion to its length.
- **A fenced code block** is held until its closing fence (the fence written
  around it depends on its content), each new line checked alone for closing.

A block whose text holds a bracket pair that is not a link could still become
one through a reference defined further down: from there on, everything is
held to the end. Where re-reading a long open block on every line would cost
time in the square of its length, it is re-read only after it has grown by a
quarter; nothing is lost by waiting.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum, auto

from markdown_it.tree import SyntaxTreeNode

from milio.chat.answers.emitter import InlineContext, InlineWriter, flatten, write_inline
from milio.chat.answers.parser import PARSER, Env, normalize, parse, tree
from milio.chat.answers.probe import stable_length

# The open part of a paragraph is parsed again on each piece while it is short, and
# an open block on each line; past these sizes, only once it has grown by GROWTH.
FREE_PARAGRAPH_CHARS = 512
FREE_BLOCK_CHARS = 4096
GROWTH = 1.25
# Characters that may start markup: text without them is written straight out.
_MARKUP = frozenset("\\`*_~[]!<&|\n")
_BLOCK_STARTS = frozenset("#>-*+=_`~[|0123456789")
# What the parser trims from a paragraph's start: Python's blanks, but not U+0085
# (markdown-it-py's block rules see it as text).
_PARAGRAPH_TRIM = "".join(ch for ch in map(chr, range(0x3001)) if ch.isspace() and ch != "\x85")
_REFERENCE_SIGN = "&#93;"  # a "]" written as text: a reference further down may claim it


class StreamInconsistencyError(RuntimeError):
    """The text already released is not a prefix of the final output (a bug of ours)."""


class _Mode(Enum):
    START = auto()  # at the start of a block, waiting to see what it is
    PARAGRAPH = auto()
    FENCE = auto()
    BLOCK = auto()
    HOLD = auto()  # everything from here is released at the end


@dataclass
class _Paragraph:
    """The paragraph being written at `StreamingSanitizer._start`."""

    next_line: int  # offset of the first line not yet taken in
    lines: list[str] = field(default_factory=list)
    table_checked: bool = False  # its second line has been seen: no table any more
    writer: InlineWriter = field(default_factory=InlineWriter)  # its state after `released`
    released: int = 0  # characters of the inline text written out
    settled: bool = True  # nothing was open after `released` at the last look
    waits_for_markup: bool = False  # and what was open can only change with markup
    parsed_at: int = 0  # length of the text parsed from `released` on, at the last parse
    parsed_to: int = 0  # length of the whole text at the last parse

    def source(self, partial: str | None) -> str:
        lines = [*self.lines, partial] if partial is not None else self.lines
        return "\n".join(lines).lstrip(_PARAGRAPH_TRIM)


class StreamingSanitizer:
    """Feed pieces of an answer, get back the safe text that is settled so far."""

    def __init__(self) -> None:
        self._text = ""
        self._cr = False  # the last piece ended with "\r": a "\n" next belongs to it
        self._start = 0  # offset of the first block not fully released
        self._released_blocks = 0
        self._partial: list[str] = []  # what is released of the block at `_start`
        self._env: Env = {}  # references defined in released blocks
        self._mode = _Mode.START
        self._para: _Paragraph | None = None
        self._fence_line = ""  # FENCE: the opening line
        self._fence_next = 0  # FENCE: offset of the next line to check
        self._parsed_at = 0  # BLOCK: length of the open region at its last parse
        self._out: list[str] = []

    def feed(self, piece: str) -> str:
        if self._cr and piece.startswith("\n"):
            piece = piece[1:]
        self._cr = piece.endswith("\r")
        self._text += normalize(piece[:-1] if self._cr else piece)
        if self._cr:
            self._text += "\n"  # a lone "\r" is a line break; a "\n" after it is dropped
        self._out = []
        self._advance()
        return "".join(self._out)

    def finish(self) -> str:
        self._out = []
        units = _units(self._text[self._start :], dict(self._env))
        for unit in units:
            self._release(unit, complete=True)
        return "".join(self._out)

    # Releasing ---------------------------------------------------------------------

    def _release(self, block: str, *, complete: bool) -> None:
        """Release (more of) the block at `_start`; ``complete`` when it is final."""
        released = "".join(self._partial)
        if not block.startswith(released):
            raise StreamInconsistencyError("released text is not a prefix of the block")
        self._release_more(block[len(released) :])
        if complete:
            self._released_blocks += 1 if block else 0
            self._partial = []

    def _release_more(self, text: str) -> None:
        """Release text that continues the block at `_start`."""
        if not text:
            return
        if not self._partial and self._released_blocks:
            self._out.append("\n\n")
        self._out.append(text)
        self._partial.append(text)

    def _release_final(self, units: list[str], end: int) -> bool:
        """Release complete blocks ending at offset ``end``; False when they must be held."""
        if any(_REFERENCE_SIGN in unit for unit in units):
            self._mode = _Mode.HOLD
            return False
        for unit in units:
            self._release(unit, complete=True)
        self._commit(end)
        return True

    def _commit(self, end: int) -> None:
        """The text before ``end`` is released: keep its reference definitions."""
        region = self._text[self._start : end]
        if "]:" in region:
            parse(region, self._env)
        self._start = end

    # Reading ---------------------------------------------------------------------

    def _advance(self) -> None:
        steps = {
            _Mode.START: self._at_block_start,
            _Mode.PARAGRAPH: self._in_paragraph,
            _Mode.FENCE: self._in_fence,
            _Mode.BLOCK: self._in_block,
        }
        while (step := steps.get(self._mode)) is not None and step():
            pass

    def _at_block_start(self) -> bool:
        text = self._text
        end = text.find("\n", self._start)
        while end >= 0 and not text[self._start : end].strip(" \t"):
            self._start = end + 1  # blank lines before a block belong to nothing
            end = text.find("\n", self._start)
        line = text[self._start : end if end >= 0 else len(text)]
        kind = _line_kind(line, continuation=False)
        if kind == "paragraph":
            self._para = _Paragraph(self._start)
            self._mode = _Mode.PARAGRAPH
        elif kind == "block" or end >= 0:
            self._mode, self._parsed_at = _Mode.BLOCK, 0
        else:
            return False
        return True

    # A paragraph ------------------------------------------------------------------

    def _in_paragraph(self) -> bool:
        para = self._para
        assert para is not None
        text = self._text
        while (end := text.find("\n", para.next_line)) >= 0:
            line = text[para.next_line : end]
            verdict = self._continues(para, line) if para.lines else "continues"
            if verdict == "table":
                self._mode, self._parsed_at = _Mode.BLOCK, 0
                return True
            if verdict != "ends":
                para.lines.append(line)
                para.next_line = end + 1
            if verdict in ("ends", "heading"):
                return self._end_paragraph(para)
        partial = text[para.next_line :]
        table_possible = not para.table_checked and "|" in (para.lines[:1] or [partial])[0]
        if not para.lines or (
            not table_possible and _line_kind(partial, continuation=True) == "paragraph"
        ):
            self._release_paragraph(para, para.source(partial), table_possible)
        else:
            self._release_paragraph(para, para.source(None), table_possible)
        return False

    def _continues(self, para: _Paragraph, line: str) -> str:
        """What a new complete line does to the open paragraph, as the parser reads it."""
        table_possible = not para.table_checked and "|" in para.lines[0]
        para.table_checked = True
        if not line.strip(" \t"):  # blank as the parser sees it (no other spaces)
            return "ends"
        head = para.lines[0] if table_possible else "x"
        nodes = tree(PARSER.parse(f"{head}\n{line}\n", {})).children
        first = nodes[0] if nodes else None
        if first is None or first.map is None or first.map[1] < 2:
            return "ends"
        verdicts = {"paragraph": "continues", "heading": "heading", "table": "table"}
        return verdicts.get(first.type, "ends")

    def _end_paragraph(self, para: _Paragraph) -> bool:
        units = _units("\n".join(para.lines), dict(self._env))
        if not self._release_final(units, para.next_line):
            return False
        self._para = None
        self._mode = _Mode.START
        return True

    def _release_paragraph(self, para: _Paragraph, source: str, table_possible: bool) -> None:
        new = source[para.released :]
        if not new:
            return
        if para.settled and _MARKUP.isdisjoint(new):  # plain text: written as it comes
            body = new.rstrip()  # trailing blanks may yet become a line break
            if body:
                para.writer.text(body)
                para.released += len(body)
                self._release_more(para.writer.take())
            return
        if para.waits_for_markup and _MARKUP.isdisjoint(source[para.parsed_to :]):
            return  # plain text cannot close what is open
        # Parse from the last released character on (it gives the flanking context):
        # what came before is settled and cannot change how the rest reads. Unless
        # that character could itself start markup when read alone (an escaped "[",
        # say): then from the start.
        context = max(para.released - 1, 0)
        if source[context] in _MARKUP:
            context = 0
        region = source[context:]
        if len(region) > FREE_PARAGRAPH_CHARS and len(region) < para.parsed_at * GROWTH:
            return
        para.parsed_at, para.parsed_to = len(region), len(source)
        settled = stable_length(region, self._env, pipe_is_open=table_possible)
        para.waits_for_markup = settled.waits_for_markup
        stable, tokens = context + settled.length, settled.tokens
        if stable > para.released:
            if settled.length < len(region):
                tokens = PARSER.parseInline(region[: settled.length], dict(self._env))
            nodes = tree(tokens).children[0].children
            if context == 0 and para.released:  # read again from the start
                para.writer = InlineWriter()
                write_inline(nodes, para.writer, InlineContext())
                self._release(para.writer.take(), complete=False)
            else:
                if context < para.released:
                    _drop_first_character(nodes)
                write_inline(nodes, para.writer, InlineContext())
                self._release_more(para.writer.take())
            para.released = stable
        para.settled = para.released == _trimmed_length(source)

    # A fenced code block -------------------------------------------------------------

    def _in_fence(self) -> bool:
        text = self._text
        while (end := text.find("\n", self._fence_next)) >= 0:
            line = text[self._fence_next : end]
            self._fence_next = end + 1
            if _closes_fence(self._fence_line, line):
                units = _units(text[self._start : end + 1], dict(self._env))
                if not self._release_final(units, end + 1):
                    return False
                self._mode = _Mode.START
                return True
        return False

    # Any other block ------------------------------------------------------------------

    def _region_to_parse(self) -> str | None:
        """The complete lines of the open region, if they are worth parsing again."""
        complete = self._text.rfind("\n", self._start) + 1
        region = self._text[self._start : complete]
        if not region or len(region) == self._parsed_at:
            return None
        if len(region) > FREE_BLOCK_CHARS and len(region) < self._parsed_at * GROWTH:
            return None
        self._parsed_at = len(region)
        return region

    def _in_block(self) -> bool:
        region = self._region_to_parse()
        if region is None:
            return False
        nodes = tree(parse(region, dict(self._env))).children
        if not nodes:
            return False  # reference definitions so far: they stay in the region
        offsets = _line_offsets(region)
        last = nodes[-1]
        first = _first_line(last)
        if first > 0:  # blocks before the last one are complete (HOLD may stop here)
            self._release_final(
                [_output(node) for node in nodes[:-1]], self._start + offsets[first]
            )
            self._parsed_at = 0
            return True
        lines = region.split("\n")[:-1]
        end = last.map[1] if last.map else len(lines)
        if _is_complete(last, lines, end):
            if self._release_final([_output(last)], self._start + offsets[end]):
                self._mode = _Mode.START
            return True
        return self._open_block(last, lines, offsets, end)

    def _open_block(
        self, node: SyntaxTreeNode, lines: list[str], offsets: list[int], end: int
    ) -> bool:
        """The last block of the region, still open: switch to its own mode, or release items."""
        kind = node.type
        if kind == "paragraph" and not lines[0].lstrip(" ").startswith("["):
            para = _Paragraph(self._start + offsets[end], lines[:end])
            para.table_checked = end > 1
            self._para, self._mode = para, _Mode.PARAGRAPH
            return True
        if kind == "fence":
            self._fence_line, self._fence_next = lines[0], self._start + offsets[end]
            self._mode = _Mode.FENCE
            return True
        if kind in ("bullet_list", "ordered_list") and len(node.children) > 1:
            last_item = node.children[-1].map
            if last_item is not None:  # the items before the last one are complete
                upto = self._text[self._start : self._start + offsets[last_item[0]]]
                done = _units(upto, dict(self._env))[:1]
                if done and _REFERENCE_SIGN in done[0]:
                    self._mode = _Mode.HOLD
                elif done:
                    self._release(done[0], complete=False)
        return False


def _drop_first_character(nodes: list[SyntaxTreeNode]) -> None:
    """Take out the context character parsed again in front of a paragraph's rest."""
    first = nodes[0] if nodes else None
    if first is None or first.type != "text" or first.token is None:
        raise StreamInconsistencyError("the context character did not parse as text")
    first.token.content = first.token.content[1:]


def _trimmed_length(text: str) -> int:
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1
    return end


def _first_line(node: SyntaxTreeNode) -> int:
    return node.map[0] if node.map else 0


def _line_offsets(region: str) -> list[int]:
    offsets = [0]
    for index, char in enumerate(region):
        if char == "\n":
            offsets.append(index + 1)
    return offsets


def _is_complete(node: SyntaxTreeNode, lines: list[str], end: int) -> bool:
    """Whether the region's last block is final already, before any more lines."""
    kind = node.type
    if kind in ("hr", "heading"):
        return True  # one line (or ended by its underline)
    if kind == "fence":
        return end - _first_line(node) >= 2 and _closes_fence(lines[0], lines[end - 1])
    if kind in ("bullet_list", "ordered_list", "code_block"):
        return False  # may go on after blank lines
    return end < len(lines)  # followed by a blank line


def _output(node: SyntaxTreeNode) -> str:
    return "\n\n".join("\n".join(part.lines) for part in flatten([node]))


def _units(text: str, env: Env) -> list[str]:
    """The output of each top-level block of ``text``."""
    return [_output(node) for node in tree(parse(text, env)).children]


def _closes_fence(opening: str, line: str) -> bool:
    """Whether ``line`` closes the fenced block ``opening`` begins (the parser decides)."""
    tokens = PARSER.parse(f"{opening}\n{line}\n", {})
    fence = tokens[0] if tokens else None
    return fence is not None and fence.type == "fence" and fence.content == ""


def _line_kind(line: str, *, continuation: bool) -> str | None:
    """From the first characters of a line: "paragraph" text for sure, "block" (maybe not),
    or None when it is too early to tell.

    ``continuation``: the line follows a paragraph's line, and only what can
    interrupt a paragraph counts (lists must not be empty, and be numbered 1).
    """
    indent = len(line) - len(line.lstrip(" "))
    if indent >= 4 or line[: indent + 1].endswith("\t"):
        return "paragraph" if continuation else "block"  # lazy continuation / indented code
    rest = line[indent:]
    if not rest or rest[0] not in _BLOCK_STARTS:
        return "paragraph" if rest else None
    return _KIND_BY_START[rest[0]](rest, continuation)


def _opening_kind(rest: str, continuation: bool) -> str | None:
    """ "[" (a reference definition) or "|" (a table): blocks only at a block's start."""
    return "paragraph" if continuation else "block"


def _quote_kind(rest: str, continuation: bool) -> str | None:
    return "block"


def _heading_kind(rest: str, continuation: bool) -> str | None:
    run = len(rest) - len(rest.lstrip("#"))
    if run == len(rest):
        return None if run <= 6 else "paragraph"
    return "block" if run <= 6 and rest[run] in " \t" else "paragraph"


def _fence_kind(rest: str, continuation: bool) -> str | None:
    run = len(rest) - len(rest.lstrip(rest[0]))
    if run >= 3:
        return "block"
    return None if run == len(rest) else "paragraph"


def _number_kind(rest: str, continuation: bool) -> str | None:
    digits = len(rest) - len(rest.lstrip("0123456789"))
    if digits + 1 >= len(rest):
        return None if digits == len(rest) or rest[digits] in ".)" else "paragraph"
    if digits > 9 or rest[digits] not in ".)" or rest[digits + 1] not in " \t":
        return "paragraph"
    # Only a list starting at 1 may interrupt a paragraph.
    return "block" if not continuation or int(rest[:digits]) == 1 else "paragraph"


def _marker_kind(rest: str, continuation: bool) -> str | None:
    """- * + _ = : a list item (a marker, a blank, text), a rule or an underline."""
    char = rest[0]
    if char in "-*+" and len(rest) > 1 and rest[1] in " \t" and rest[1:].strip(" \t"):
        return "block"
    if rest.strip(f" \t{char}"):
        return "paragraph"
    return None


_KIND_BY_START = {
    "[": _opening_kind,
    "|": _opening_kind,
    ">": _quote_kind,
    "#": _heading_kind,
    "`": _fence_kind,
    "~": _fence_kind,
    **dict.fromkeys("0123456789", _number_kind),
    **dict.fromkeys("-*+_=", _marker_kind),
}
