"""Write parsed Markdown back out in a canonical subset the client renders safely.

The rules, each for a way marked 12.0.1 reads Markdown differently from CommonMark:

- **Text** has every character that could open markup written as a character
  reference (``&lt;``, ``&#91;``, ``&#96;``...), never with a backslash: marked
  undoes ``\\[`` inside link text and ``\\|`` inside table cells before parsing
  them again, and a backslash joins a bare URL. At the start of a line,
  ``-+=:``, blanks and a number's ``.``/``)`` are written that way too, so no
  line turns into a list, heading, table or code block. ``ftp:`` and ``WWW.``
  are broken the same way (marked would link them to ftp: or a relative URL);
  ``http(s)://``, ``www.`` and e-mail addresses are left for marked to link.
- **Code spans** hold a backtick only when nothing in them could pair with a
  delimiter outside; otherwise one with backticks is split at them, so every
  span is the one-backtick kind marked's emphasis scan skips. A span that marked
  would swallow into a bare URL or read as text after ``~~``, that holds ``~``
  inside strikethrough or brackets and delimiters in link text, is written as
  text; in a table cell its ``|`` is written ``\\|``. Strikethrough is never
  nested; emphasis and strikethrough whose decoded edges are blank are written
  without their delimiters (marked judges edges with JavaScript's ``\\s``).
- **Decoded line breaks** (``&#10;`` in the source) are written ``&#10;``, and
  characters unassigned in Unicode 15.1 (the client's) as references.
- **Inside a bare URL** (from ``http(s)://`` or ``www.`` to the next blank, as
  marked reads it, and after a link of ours in case marked did not take it as
  one) no markup opens: marked would take the opener into the URL and pair
  what follows differently. Emphasis, links and images there are their text.
- **Code blocks** are fenced blocks whose fence is longer than any run of
  backticks inside, with the language kept. Code blocks and tables stay in
  their list items (every line of the item indented to its content, which
  marked keeps in the item); a heading or rule inside a list item, and a code
  block or table inside a quote, moves out to the top level, splitting the
  container around it.
- **Links and images** are inline, ``[text](url)``, with the target in the one
  form of `urls.canonical_url`; any other target leaves the text as text.
  References are resolved by the parser, so no definition is written.
- **Lists** use ``-`` or ``N.``, with items on consecutive lines; **headings**
  keep their style (``#`` or an underline), so a paragraph being streamed is
  always a prefix of the heading it may turn out to be.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from markdown_it.token import Token
from markdown_it.tree import SyntaxTreeNode

from milio.chat.answers.parser import normalize, parse, tree
from milio.chat.contract.urls import IMAGE_SCHEMES, canonical_url, markdown_destination

# A line break in text came from a character reference (&#10;, &NewLine;): written
# raw, marked would start a new line there, and perhaps a table, heading or list.
_ALWAYS = {"&": "&amp;", "<": "&lt;", ">": "&gt;"} | {
    ch: f"&#{ord(ch)};" for ch in "[]\\`*_~|#\n\r"
}
_LINE_START = {ch: f"&#{ord(ch)};" for ch in "-+=: \t"}
_NUMBER_END = {".": "&#46;", ")": "&#41;"}
_DIGITS = frozenset("0123456789")
# What JavaScript's \s matches: where marked's bare-URL match ends.
_JS_SPACE = frozenset(
    "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
)
# Text that needs no character-by-character care: none of it is escaped, and no
# URL start can end inside it (those end with ":", "/" or ".").
_PLAIN_RUN = re.compile(r"[^&<>\[\]\\`*_~|#!:./\n\r]+")
_LINK_TEXT_CODE = frozenset("[]()*_~")
# Nothing in a code span with these can pair with emphasis, strikethrough or a link outside it.
_CODE_MASK_FREE = frozenset("[]()*_~<>|\\")
_LANGUAGE = re.compile(r"[A-Za-z0-9_+#.\-]{1,32}")
_ALIGN = {"text-align:left": ":---", "text-align:center": ":---:", "text-align:right": "---:"}
HARD_BREAK = "\\\n"
RULE = "***"


@dataclass
class InlineWriter:
    """Writes inline content, looking only backwards.

    Each character's output depends on what came before it, never on what comes
    after (a "!" is held until the next character), so the output of a prefix is
    a prefix of the output: the stream relies on that.
    """

    at_line_start: bool = True
    out: list[str] = field(default_factory=list)
    _taken: int = 0  # pieces of `out` already handed out by `take`
    _tail: str = ""  # the last characters written, for the ftp:/www. rules
    _line_number: bool = False  # the line so far is digits: a "." or ")" now ends a list marker
    _in_bare_url: bool = False  # marked would read what follows as part of a bare URL
    _bang: bool = False  # a "!" held back: before "[" it must not make an image

    def text(self, text: str) -> None:
        position = 0
        while position < len(text):
            piece = ""
            if not (self._bang or self.at_line_start or self._line_number):
                run = _PLAIN_RUN.match(text, position)
                piece = run.group() if run is not None else ""
                if not piece.isascii():
                    piece = _before_unknown_character(piece)
            if not piece:
                self._char(text[position])
                position += 1
                continue
            self.out.append(piece)
            self._tail = (self._tail + piece)[-8:]
            if not _JS_SPACE.isdisjoint(piece):
                self._in_bare_url = False
            position += len(piece)

    def raw(self, markup: str) -> None:
        """Markup of our own (delimiters, a whole code span, a link's target)."""
        self._flush_bang(escape=markup.startswith("["))
        self.at_line_start = self._line_number = False
        self._write(markup)

    def newline(self, hard: bool = False) -> None:
        self._flush_bang(escape=False)
        self._write(HARD_BREAK if hard else "\n")
        self.at_line_start = True
        self._line_number = False

    def in_bare_url(self) -> bool:
        return self._in_bare_url

    def may_be_in_bare_url(self) -> None:
        """After a link of ours: should marked not take it as a link, its target is a bare URL."""
        self._in_bare_url = True

    def after_tilde(self) -> bool:
        """The last thing written is a ``~~`` delimiter (a ``~`` of text is a reference)."""
        return self._tail.endswith("~")

    def getvalue(self) -> str:
        self._flush_bang(escape=False)
        return "".join(self.out)

    def take(self) -> str:
        """What was written since the last call (a held "!" stays held)."""
        piece = "".join(self.out[self._taken :])
        self._taken = len(self.out)
        return piece

    def _char(self, ch: str) -> None:
        if ch == "!":
            self._flush_bang(escape=False)
            self._bang = True
            self.at_line_start = self._line_number = False
            return
        self._flush_bang(escape=False)
        if self.at_line_start:
            self.at_line_start = False
            if ch in _DIGITS:
                self._line_number = True
                self._write(ch)
                return
            if ch in _LINE_START:
                self._write(_LINE_START[ch])
                return
        elif self._line_number:
            if ch in _DIGITS:
                self._write(ch)
                return
            self._line_number = False
            if ch in _NUMBER_END:
                self._write(_NUMBER_END[ch])
                return
        self._write(self._escape(ch))

    def _escape(self, ch: str) -> str:
        if ch in _ALWAYS:
            return _ALWAYS[ch]
        if is_after_client_unicode(ch):
            return f"&#{ord(ch)};"
        tail = self._tail.lower()
        if ch == ":" and tail.endswith("ftp"):
            return "&#58;"
        if ch == "." and tail.endswith("www") and not self._tail.endswith("www"):
            return "&#46;"
        return ch

    def _flush_bang(self, *, escape: bool) -> None:
        if self._bang:
            self._bang = False
            self._write("&#33;" if escape else "!")

    def _write(self, piece: str) -> None:
        self.out.append(piece)
        self._tail = (self._tail + piece)[-8:]
        if not _JS_SPACE.isdisjoint(piece):
            self._in_bare_url = False  # where marked's bare-URL match ends
        if self._tail.lower().endswith(("http://", "https://")) or self._tail.endswith("www."):
            self._in_bare_url = True


@dataclass(frozen=True)
class InlineContext:
    in_link: bool = False  # link text: one line, no links inside
    in_cell: bool = False
    in_strike: bool = False


def write_inline(nodes: Sequence[SyntaxTreeNode], writer: InlineWriter, ctx: InlineContext) -> None:
    for node in nodes:
        kind = node.type
        if kind in ("text", "html_inline"):
            writer.text(node.content)
        elif kind in ("softbreak", "hardbreak"):
            if ctx.in_link or ctx.in_cell:
                writer.text(" ")
            else:
                writer.newline(hard=kind == "hardbreak")
        elif kind == "code_inline":
            _code_span(node.content, writer, ctx)
        elif kind in ("em", "strong") and (writer.in_bare_url() or _blank_edges(node)):
            write_inline(node.children, writer, ctx)  # the opener would be part of the URL
        elif kind in ("em", "strong"):
            delimiter = "*" if kind == "em" else "**"
            writer.raw(delimiter)
            write_inline(node.children, writer, ctx)
            writer.raw(delimiter)
        elif kind == "s":
            _strikethrough(node, writer, ctx)
        elif kind == "link":
            _link(node, writer, ctx)
        elif kind == "image":
            _image(node, writer)
        else:  # a token type this version does not know: its text, as text
            writer.text(node.content)


def is_after_client_unicode(ch: str) -> bool:
    """Unassigned in Unicode 15.1 (Python 3.13's tables), the client's (V8 12.2) version.

    marked's emphasis rules test Unicode punctuation and blanks: a character the
    client does not know may read differently here (V8 of a later Unicode), so it
    is written as a character reference, which those rules do not see.
    """
    return ch > "\x7f" and unicodedata.category(ch) == "Cn"


def _before_unknown_character(run: str) -> str:
    """The part of a plain run before its first character the client's Unicode lacks."""
    for index, ch in enumerate(run):
        if is_after_client_unicode(ch):
            return run[:index]
    return run


def _code_span(content: str, writer: InlineWriter, ctx: InlineContext) -> None:
    # marked's text rule reads a run of ~ and ` as one piece of text: after ~~ a
    # backtick would not open the span, and its content would be read as markup.
    unsafe_place = writer.in_bare_url() or writer.after_tilde()
    unsafe_place |= any(is_after_client_unicode(ch) for ch in content)
    # In link text, marked hides "link-shaped" spans before it pairs emphasis; a
    # code span there holding brackets or delimiters moves where that hiding ends.
    unsafe_place |= ctx.in_link and not _LINK_TEXT_CODE.isdisjoint(content)
    cell_pipe = ctx.in_cell and "|" in content
    if cell_pipe and "\\" not in content and "`" not in content and not unsafe_place:
        # In a cell, marked (like GFM) turns "\\|" back into "|" before reading the
        # cell's inline content: the span keeps its pipes.
        writer.raw(_span(content.replace("|", "\\|"), 1))
        return
    if unsafe_place or cell_pipe or (ctx.in_strike and "~" in content):
        writer.text(content)
        return
    if "`" in content and _CODE_MASK_FREE.isdisjoint(content):
        # A span holding backticks is not one marked hides from its emphasis scan,
        # which is harmless when nothing in it can pair with a delimiter outside.
        longest = max(len(run) for run in re.findall("`+", content))
        writer.raw(_span(content, longest + 1))
        return
    for index, piece in enumerate(content.split("`")):
        if index:
            writer.text("`")
        if piece:
            writer.raw(_span(piece, 1))


def _span(content: str, ticks: int) -> str:
    """A code span of ``content`` (padded where the parser would take a blank or tick off)."""
    fence = "`" * ticks
    spaced = content[0] == " " and content[-1] == " " and content.strip(" ")
    pad = " " if spaced or content[0] == "`" or content[-1] == "`" else ""
    return f"{fence}{pad}{content}{pad}{fence}"


def _blank_edges(node: SyntaxTreeNode) -> bool:
    """Emphasis or strikethrough whose content starts or ends with a blank once decoded.

    markdown-it judged the edges on the source (where ``&#32;`` or ``&nbsp;`` is
    no blank); marked judges them on the text we write, with JavaScript's \\s, and
    would not close there: the delimiters are left out and the content kept.
    """
    text = plain_text(node.children)
    return not text or text[0] in _JS_SPACE or text[-1] in _JS_SPACE or text[-1] in "~*_"


def _strikethrough(node: SyntaxTreeNode, writer: InlineWriter, ctx: InlineContext) -> None:
    # marked ends ~~ at the first ~~ it meets, even inside a code span, and reads
    # ~~~~ (a strikethrough inside another) as text.
    codes = (n.content for n in node.walk() if n.type == "code_inline")
    plain = ctx.in_strike or writer.in_bare_url() or _blank_edges(node)
    if plain or any("~" in code for code in codes):
        write_inline(node.children, writer, ctx)
        return
    writer.raw("~~")
    write_inline(node.children, writer, InlineContext(ctx.in_link, ctx.in_cell, in_strike=True))
    writer.raw("~~")


def _link(node: SyntaxTreeNode, writer: InlineWriter, ctx: InlineContext) -> None:
    url = canonical_url(str(node.attrs.get("href", "")))
    if url is None or ctx.in_link or writer.in_bare_url():
        write_inline(node.children, writer, ctx)
        return
    writer.raw("[")
    write_inline(node.children, writer, InlineContext(True, ctx.in_cell, ctx.in_strike))
    writer.raw(f"]({markdown_destination(url)})")
    writer.may_be_in_bare_url()


def _image(node: SyntaxTreeNode, writer: InlineWriter) -> None:
    alt = plain_text(node.children)
    url = canonical_url(str(node.attrs.get("src", "")), IMAGE_SCHEMES)
    if url is None or writer.in_bare_url():
        writer.text(alt)
        return
    writer.raw("![")
    writer.text(alt)
    writer.raw(f"]({markdown_destination(url)})")
    writer.may_be_in_bare_url()


def plain_text(nodes: Iterable[SyntaxTreeNode]) -> str:
    parts: list[str] = []
    for node in nodes:
        if node.type in ("text", "code_inline", "html_inline"):
            parts.append(node.content)
        elif node.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        else:
            parts.append(plain_text(node.children))
    return "".join(parts)


def inline_lines(inline: SyntaxTreeNode | None, *, at_line_start: bool = True) -> list[str]:
    writer = InlineWriter(at_line_start=at_line_start)
    if inline is not None:
        write_inline(inline.children, writer, InlineContext())
    return writer.getvalue().split("\n")


# Blocks ---------------------------------------------------------------------------


@dataclass
class Part:
    """Lines of output that form one block where they stand, or must stand at the top."""

    lines: list[str]
    top: bool = False
    paragraph: bool = False
    interrupts: bool = False  # may follow a paragraph with no blank line (a list that may)


def _inline_of(node: SyntaxTreeNode) -> SyntaxTreeNode | None:
    return next((child for child in node.children if child.type == "inline"), None)


def paragraph(node: SyntaxTreeNode) -> list[str]:
    return inline_lines(_inline_of(node))


def heading(node: SyntaxTreeNode) -> list[str]:
    inline = _inline_of(node)
    if node.markup in ("=", "-"):  # an underlined heading keeps its underline
        lines = inline_lines(inline)
        return [*lines, node.markup * 3] if any(lines) else []
    text = " ".join(inline_lines(inline, at_line_start=False))
    hashes = "#" * int(node.tag[1:])
    return [f"{hashes} {text}" if text else hashes]


def code_block(node: SyntaxTreeNode) -> list[str]:
    content = node.content
    runs = [len(run) for run in re.findall(r"`+", content)]
    fence = "`" * max(3, max(runs, default=0) + 1)
    words = node.info.split() if node.type == "fence" else []
    language = words[0] if words and _LANGUAGE.fullmatch(words[0]) else ""
    body = content[:-1] if content.endswith("\n") else content
    return [fence + language, *(body.split("\n") if content else []), fence]


def table(node: SyntaxTreeNode) -> list[str]:
    rows = [row for section in node.children for row in section.children]
    head, body = rows[0], rows[1:]
    width = len(head.children)
    header = [_cell(cell, first=index == 0) for index, cell in enumerate(head.children)]
    aligns = [_ALIGN.get(str(cell.attrs.get("style", "")), "---") for cell in head.children]
    lines = [("| " if not header[0] else "") + " | ".join(header) + " |"]
    lines.append("| " + " | ".join(aligns) + " |")
    for row in body:
        cells = [_cell(cell, first=False) for cell in row.children[:width]]
        cells += [""] * (width - len(cells))
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _cell(cell: SyntaxTreeNode, *, first: bool) -> str:
    writer = InlineWriter(at_line_start=first)
    inline = _inline_of(cell)
    if inline is not None:
        write_inline(inline.children, writer, InlineContext(in_cell=True))
    return writer.getvalue()


def flatten(nodes: Sequence[SyntaxTreeNode], container: str | None = None) -> list[Part]:
    """The output parts of sibling blocks inside ``container`` ("item", "quote" or None)."""
    parts: list[Part] = []
    in_item = container == "item"
    for node in nodes:
        kind = node.type
        if kind == "paragraph":
            parts.append(Part(paragraph(node), paragraph=True))
        elif kind == "heading":
            lines = heading(node)
            if lines:
                parts.append(Part(lines, top=in_item))
        elif kind == "hr":
            parts.append(Part([RULE], top=in_item))
        elif kind in ("fence", "code_block"):
            parts.append(Part(code_block(node), top=not in_item))
        elif kind == "table":
            parts.append(Part(table(node), top=not in_item))
        elif kind == "blockquote":
            parts.extend(_quote(node, hoisted=in_item))
        elif kind in ("bullet_list", "ordered_list"):
            parts.extend(_list(node))
        elif kind == "html_block":  # raw HTML is off; should it appear, it is text
            parts.append(Part(_text_lines(node.content)))
    return [part for part in parts if any(part.lines)]


def _text_lines(text: str) -> list[str]:
    writer = InlineWriter()
    for index, line in enumerate(text.strip("\n").split("\n")):
        if index:
            writer.newline()
        writer.text(line.strip())
    return writer.getvalue().split("\n")


def _join(parts: list[Part], prefix: str, blank: str) -> list[str]:
    lines: list[str] = []
    for index, part in enumerate(parts):
        if index and not (part.interrupts and parts[index - 1].paragraph):
            lines.append(blank)
        lines.extend(prefix + line if line else blank for line in part.lines)
    return lines


def _quote(node: SyntaxTreeNode, *, hoisted: bool) -> list[Part]:
    out: list[Part] = []
    group: list[Part] = []
    for part in [*flatten(node.children, "quote"), None]:
        if part is None or part.top:
            if group:
                out.append(Part(_join(group, "> ", ">"), top=hoisted))
                group = []
            if part is not None:
                out.append(part)
        else:
            group.append(part)
    return out


def _task(item: SyntaxTreeNode) -> str:
    """ "[ ] " or "[x] " for a task list item (taking its checkbox out), else ""."""
    first = item.children[0] if item.children else None
    inline = _inline_of(first) if first is not None and first.type == "paragraph" else None
    if inline is None or not inline.children or inline.children[0].type != "html_inline":
        return ""
    box = inline.children[0].content
    if 'type="checkbox"' not in box:
        return ""
    inline.children = inline.children[1:]
    if inline.children and inline.children[0].type == "text":
        inline.children[0].token.content = inline.children[0].content.removeprefix(" ")  # type: ignore[union-attr]
    return "[x] " if 'checked="checked"' in box else "[ ] "


def _list(node: SyntaxTreeNode) -> list[Part]:
    ordered = node.type == "ordered_list"
    start = int(node.attrs.get("start", 1)) if ordered else 1
    interrupts = start == 1  # only a list starting at 1 may follow a paragraph line directly
    out: list[Part] = []
    lines: list[str] = []
    for index, item in enumerate(node.children):
        marker = f"{start + index}." if ordered else "-"
        task = _task(item)
        parts = flatten(item.children, "item")
        split = next((i for i, part in enumerate(parts) if part.top), len(parts))
        inner = _join(parts[:split], "", "")
        first = inner[0] if inner else ""
        lines.append(f"{marker} {task}{first}".rstrip(" "))
        indent = " " * (len(marker) + 1)
        lines.extend(indent + line if line else "" for line in inner[1:])
        if split < len(parts):  # the rest of this item stands at the top level
            out.append(Part(lines, interrupts=interrupts and not out))
            out.extend(Part(part.lines, top=True) for part in parts[split:])
            lines = []
    if lines:
        out.append(Part(lines, interrupts=interrupts and not out))
    return out


def document(tokens: list[Token]) -> list[str]:
    """Output blocks of a parsed document, to be joined by blank lines."""
    root = tree(tokens)
    return ["\n".join(part.lines) for part in flatten(root.children)]


def sanitize_markdown(text: str) -> str:
    """The answer in the canonical safe subset ("" if nothing is left to show)."""
    return "\n\n".join(document(parse(normalize(text))))


def literal_text(text: str) -> str:
    """``text`` shown exactly as typed, with no markup at all: the fallback answer.

    Every ASCII punctuation character becomes a character reference, blanks at
    the start of a line are dropped, lines are joined by hard breaks and blank
    lines kept as paragraph breaks. No renderer finds a tag, link or block in it.
    """
    paragraphs = [p for p in re.split(r"\n[ \t]*\n", text.strip()) if p.strip()]
    out = []
    for paragraph in paragraphs:
        lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
        out.append(HARD_BREAK.join("".join(_literal(ch) for ch in line) for line in lines))
    return "\n\n".join(out)


def _literal(ch: str) -> str:
    markup = ch.isascii() and not ch.isalnum() and ch != " "
    return f"&#{ord(ch)};" if markup or is_after_client_unicode(ch) else ch
