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
"""

from __future__ import annotations

import html
import re

import nh3

from milio.chat.answers.renderer import RenderError, render

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
