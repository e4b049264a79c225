"""The final gate: what does the client's own renderer make of this text, and is it allowed?

The text is rendered by marked 12.0.1 itself, with the client's options
(`renderer`), and the HTML string marked returns is read by nh3 (ammonia, on the
html5ever HTML5 parser) twice: once keeping everything it contains, once keeping
only the client-safe allow-list (the elements marked makes for Markdown, a few
attributes, absolute http/https/mailto URLs, https/http for images, no ``style``
and no ``on*``). If the two differ, something outside the allow-list is in the
answer. Nothing of the sanitizer is used (it parses with markdown-it), so neither
its mistakes nor a CommonMark parser's opinion of the text decide here: marked's
output does. A text marked cannot render within the limits is refused.

Two helpers for the stream, whose first event should not wait for the engine:
`warm` makes marked's first renders in a process cheap, and `provably_safe` passes,
without rendering, a short text from which no rule of marked's can make anything
outside the allow-list.
"""

from __future__ import annotations

import html
import re

import nh3

from milio.chat.answers.renderer import RenderError, ready, render

ALLOWED_TAGS = frozenset(
    {"p", "em", "strong", "del", "code", "pre", "a", "img", "ul", "ol", "li", "blockquote"}
    | {"hr", "br", "table", "thead", "tbody", "tr", "th", "td", "input"}
    | {"h1", "h2", "h3", "h4", "h5", "h6"}
)
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title"},
    "code": {"class"},
    "ol": {"start"},
    "th": {"align"},
    "td": {"align"},
    "input": {"type", "checked", "disabled"},
}
URL_SCHEMES = {"http", "https", "mailto"}
IMAGE_SCHEMES = ("http:", "https:")
# The values allowed of the other attributes, when they are limited.
_VALUES = {
    "align": re.compile(r"left|center|right"),
    # A code block's language, as the client's check reads it (JavaScript's \S).
    "class": re.compile(
        "language-[^\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*"
    ),
    "type": re.compile(r"checkbox"),
}
# How the HTML tokenizer reads a tag name: an ASCII letter after "<" or "</",
# then anything up to a blank, "/" or ">".
_TAG_NAME = re.compile(r"</?([A-Za-z][^\t\n\f\r />]*)")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
_ATTRIBUTE_STARTS = {chr(c) for c in range(0x21, 0x7F)} - {"/", ">", "="}
# marked writes a task list's checkbox as <input checked="" disabled="" type="checkbox">.
_ENABLED_INPUT = re.compile(r"<input(?![^>]*\bdisabled=)[^>]*>")


def _allowed_value(tag: str, attribute: str, value: str) -> str | None:
    if attribute in ("href", "src"):
        if not _SCHEME.match(value):
            return None  # relative: would resolve against the app's own file:// page
        if tag == "img" and not value.lower().startswith(IMAGE_SCHEMES):
            return None
    elif attribute in _VALUES and not _VALUES[attribute].fullmatch(value):
        return None
    return value


def _everything_kept(rendered: str) -> str:
    """The HTML as ammonia serializes it when nothing is removed (for a fair comparison)."""
    tags = {name.lower() for name in _TAG_NAME.findall(rendered)}
    # Schemes as a browser reads them: character references decoded, tabs and
    # line breaks removed. Listing too many is harmless: this copy keeps all.
    decoded = re.sub(r"[\t\n\r]", "", html.unescape(rendered))
    schemes = {scheme.lower() for scheme in _SCHEME.findall(decoded)}
    starts = _ATTRIBUTE_STARTS | {ch for ch in rendered if ord(ch) > 0x7E}
    return nh3.clean(
        rendered,
        tags=set(ALLOWED_TAGS | tags),
        clean_content_tags=set(),
        generic_attribute_prefixes=starts,
        url_schemes=schemes | URL_SCHEMES,
        strip_comments=False,
        link_rel=None,
    )


def _allowed_only(rendered: str) -> str:
    return nh3.clean(
        rendered,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(),
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=_allowed_value,
        url_schemes=URL_SCHEMES,
        strip_comments=True,
        link_rel=None,
    )


def is_safe_html(rendered: str) -> bool:
    """True when the HTML holds nothing outside the allow-list."""
    allowed = _allowed_only(rendered)
    return allowed == _everything_kept(rendered) and not _ENABLED_INPUT.search(allowed)


def is_safe_markdown(text: str) -> bool:
    """True when marked 12.0.1 renders ``text`` to nothing outside the allow-list.

    False as well when marked could not render it here (a time or memory limit,
    marked missing or altered): what cannot be verified is not sent.
    """
    try:
        rendered = render(text)
    except RenderError:
        return False
    return is_safe_html(rendered)


# Every rule of marked's once. V8 compiles a function on its first call: rendered
# cold, this takes about 50 ms, warm well under one; nh3 has a first-use cost too.
WARM_SAMPLE = (
    "# Heading\n\nSome **bold**, *em*, _em_, __strong__, ~~del~~, `code`,"
    ' [link](https://a.example/b "t"), ![image](https://a.example/i.png),'
    " <https://a.example>, www.a.example, a@b.example, &#42; &amp; \\* text  \nbreak\n\n"
    "- item\n- [ ] task\n  - nested\n\n1. one\n2. two\n\n> quote\n\n"
    "| a | b |\n|:--|--:|\n| c | d |\n\n```python\nx = 1\n```\n\n    indented\n\n"
    "***\n\nTitle\n=====\n\n<b>html</b>\n\n[ref]: https://a.example\n"
)
WARM_ROUNDS = 3


def warm() -> bool:
    """Start the engine now and take marked's first-use costs (a function whose every
    answer is text: the stream); False if marked cannot be loaded (logged)."""
    try:
        for _ in range(WARM_ROUNDS):
            is_safe_html(render(WARM_SAMPLE))
    except RenderError:
        return False
    return True


# `provably_safe`: the only attributes marked 12.0.1 fills from the text are a
# link's or image's URL and title, an ordered list's `start`, a cell's `align` and
# a code block's `language-` class. Without "<" (raw HTML, autolinks and <targets>),
# with every "](" followed by "http://" or "https://" (a link's or image's target
# starts there; "]:" would define a reference, so none), "://" only after http or
# https (ftp:// is an autolink too) and "www." only in lower case (marked links
# "WWW.x" to a relative URL), what marked can make of a text is paragraphs,
# headings, lists, quotes, rules, tables, em, strong, del, code, br, code blocks,
# task boxes, http(s) links and images and mailto: links to e-mail addresses: all on
# the allow-list, however its rules pair delimiters. Character references ("&",
# which the sanitizer writes for every character that could open markup) are
# copied into the HTML as they are and decoded by the browser: as text, or after a
# URL's fixed scheme; but in a fence's info they would make the class hold a blank
# ("&#32;"), so "&" only without "```" or "~~~". Checked against marked in node on
# generated texts (tests/render/test_marked_gate.py). The claim is kept to short
# texts, the start of a stream: a longer one is rendered (and marked's time limit
# applies).
#
# A fenced code block the text opens with (an answer opening with code) is safe
# whatever it holds, and only the text after it is looked at: opened by a line of
# three or more backticks and an info with no backtick (else marked reads no fence)
# and no "&" or "\" (an entity or escape could put a blank in the class), closed by
# a line of the same backticks, with no line between starting with three backticks
# after blanks (marked would close there), it is one <pre><code> with every
# character escaped, and marked reads what follows as a document of its own.
PROVABLY_SAFE_MAX_CHARS = 1024
_NO_MARKUP = re.compile(r"[^<\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]*")
_OTHER_TARGET = re.compile(r"\]\((?!https?://)|\]:|(?<!http)(?<!https)://")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")
_OPENING_FENCE = re.compile(r"(`{3,})[^`&\\\n]*")


def provably_safe(text: str) -> bool:
    """True when ``text`` needs no rendering to pass: marked is loaded here (so text
    answers are not all refused) and nothing in the text can render outside the allow-list."""
    if len(text) > PROVABLY_SAFE_MAX_CHARS or not ready():
        return False
    rest = _after_opening_code_block(text)
    return (
        _NO_MARKUP.fullmatch(rest) is not None
        and _OTHER_TARGET.search(rest) is None
        and rest.count("www.") == rest.lower().count("www.")
        and ("&" not in rest or ("~~~" not in rest and "```" not in rest))
    )


def _after_opening_code_block(text: str) -> str:
    """What follows the fenced code block ``text`` opens with; all of it if it opens with none."""
    lines = text.split("\n")
    opening = _OPENING_FENCE.fullmatch(lines[0])
    if opening is None or _CONTROLS.search(text):
        return text
    for index, line in enumerate(lines[1:], 1):
        if line == opening.group(1):
            return "\n".join(lines[index + 1 :])
        if line.lstrip(" \t").startswith("```"):
            break
    return text
