"""The final gate: does this Markdown render to allowed HTML only? Judged without the sanitizer.

The text is rendered by a second markdown-it with raw HTML *on* and every link kept
(whatever its target), and the HTML is
read by nh3 (ammonia, built on the html5ever HTML5 parser) twice: once keeping
everything it contains, once keeping only the allow-list (the tags Markdown
makes, a few attributes, http/https/mailto URLs that are absolute). If the two
differ, something outside the allow-list is in the answer. Nothing of the
sanitizer is used, so a mistake there is not repeated here.
"""

from __future__ import annotations

import html
import re

import nh3
from markdown_it import MarkdownIt

ALLOWED_TAGS = frozenset(
    {"p", "em", "strong", "s", "code", "pre", "a", "img", "ul", "ol", "li", "blockquote", "hr"}
    | {"br", "table", "thead", "tbody", "tr", "th", "td", "h1", "h2", "h3", "h4", "h5", "h6"}
)
ALLOWED_ATTRIBUTES = {
    "a": {"href"},
    "img": {"src", "alt"},
    "code": {"class"},
    "ol": {"start"},
    "th": {"style"},
    "td": {"style"},
}
URL_SCHEMES = {"http", "https", "mailto"}
_URL_ATTRIBUTES = frozenset({"href", "src"})


class _EveryLink(MarkdownIt):
    """markdown-it, but keeping every link as a link: the gate judges the targets itself.

    (markdown-it would turn a javascript: link back into text, hiding it from the check.)
    """

    def validateLink(self, url: str) -> bool:  # noqa: N802 (markdown-it's name)
        return True


_RENDERER = _EveryLink("commonmark", {"html": True}).enable(["table", "strikethrough"])
# How the HTML tokenizer reads a tag name: an ASCII letter after "<" or "</",
# then anything up to a blank, "/" or ">".
_TAG_NAME = re.compile(r"</?([A-Za-z][^\t\n\f\r />]*)")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
_ATTRIBUTE_STARTS = {chr(c) for c in range(0x21, 0x7F)} - {"/", ">", "="}


def _absolute_urls_only(tag: str, attribute: str, value: str) -> str | None:
    if attribute in _URL_ATTRIBUTES and not _SCHEME.match(value):
        return None  # relative: would resolve against the app's own file:// page
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
        attribute_filter=_absolute_urls_only,
        url_schemes=URL_SCHEMES,
        strip_comments=True,
        link_rel=None,
    )


def is_safe_markdown(text: str) -> bool:
    """True when ``text`` renders to nothing outside the allow-list."""
    rendered = _RENDERER.render(text)
    return _allowed_only(rendered) == _everything_kept(rendered)
