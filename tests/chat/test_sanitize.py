from __future__ import annotations

import re

import pytest

from milio.chat.sanitize import (
    StreamingSanitizer,
    clean_search_query,
    is_safe_destination,
    sanitize_markdown,
)

SAMPLES = [
    "Hello **world**, 2 < 3 and 5 > 4.",
    "<script>alert(1)</script>\n<img src=x onerror=alert(1)>",
    "Click [here](javascript:alert(1)) or ![pic](data:image/png;base64,AAAA).",
    "[ok](https://example.com) [bad](JaVaScRiPt:alert(1)) [enc](&#106;avascript:alert(1))",
    "[split](\njavascript:alert(1))\n\n[ref]:\n  vbscript:msgbox(1)",
    "Use `<div>` for blocks and ``a ` b`` too; \\`<b>not code</b>`",
    "```html\n<div onclick=x>keep</div>\n```\nafter <b>fence</b>\r\n~~~\n<i>tilde</i>\n~~~",
    "a `open\nstill <b>prose</b> `x` here\n\nnew `<p>` paragraph",
    "```\nunclosed <code>\r\nline",
    "```js\nx\n```~\n<img src=x onerror=1>",
    "tab[x](java\tscript:alert(1)) esc[y](javascript\\:alert(1))",
    "\x00nul\x1b[31m <a href='x'>",
]


def _all_splits(text: str) -> list[list[str]]:
    splits = [[text[:i], text[i:]] for i in range(len(text) + 1)]
    splits.append(list(text))  # one character at a time
    return splits


@pytest.mark.parametrize("text", SAMPLES)
def test_streaming_gives_one_shot_output_at_every_boundary(text: str) -> None:
    expected = sanitize_markdown(text)
    for chunks in _all_splits(text):
        stream = StreamingSanitizer()
        got = "".join(stream.feed(chunk) for chunk in chunks) + stream.finish()
        assert got == expected, chunks


@pytest.mark.parametrize("text", SAMPLES)
def test_streaming_three_way_splits(text: str) -> None:
    expected = sanitize_markdown(text)
    step = max(1, len(text) // 12)
    for i in range(0, len(text) + 1, step):
        for j in range(i, len(text) + 1, step):
            stream = StreamingSanitizer()
            got = stream.feed(text[:i]) + stream.feed(text[i:j]) + stream.feed(text[j:])
            assert got + stream.finish() == expected


@pytest.mark.parametrize("text", SAMPLES)
def test_sanitizing_twice_changes_nothing(text: str) -> None:
    once = sanitize_markdown(text)
    assert sanitize_markdown(once) == once


def _prose_parts(text: str) -> str:
    """Text outside fenced blocks and inline code spans (a simple reading)."""
    text = re.sub(r"(?ms)^(```|~~~).*?(^\1[^\n]*$|\Z)", "", text)
    return re.sub(r"`[^`\n]*`", "", text)


@pytest.mark.parametrize("text", SAMPLES)
def test_no_tag_or_script_url_survives_outside_code(text: str) -> None:
    prose = _prose_parts(sanitize_markdown(text))
    assert not re.search(r"<[a-zA-Z/!?]", prose)
    for target in re.findall(r"\]\(\s*([^\s)]*)", prose):
        assert is_safe_destination(target), target


def test_code_is_kept_verbatim() -> None:
    text = 'Use `<div>` here.\n```html\n<p onclick="x">hi</p>\n```\n'
    assert sanitize_markdown(text) == text


def test_markdown_is_kept() -> None:
    text = "# Title\n\n- **bold** and *it*\n> quote\n[link](https://example.com/a_b)"
    assert sanitize_markdown(text) == text


def test_unmatched_backtick_makes_rest_of_paragraph_prose() -> None:
    out = sanitize_markdown("a `b\nc` <img src=x onerror=1> `d`")
    assert "<img" not in out


def test_fence_closed_the_lenient_way_is_closed() -> None:
    out = sanitize_markdown("```\nx\n```~\n<img src=x onerror=1>")
    assert "<img" not in out


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        " JAVASCRIPT:x",
        "java\tscript:x",
        "&#106;avascript:x",
        "javascript&#58;x",
        "java\\script:x",
        "vbscript:x",
        "data:text/html,x",
        "<javascript:x>",
    ],
)
def test_script_destinations_are_unsafe(url: str) -> None:
    assert not is_safe_destination(url)


@pytest.mark.parametrize(
    "url", ["https://a.com", "http://a.com", "mailto:a@b.c", "#top", "/x", "a/b"]
)
def test_plain_destinations_are_safe(url: str) -> None:
    assert is_safe_destination(url)


def test_search_query_is_one_clean_line() -> None:
    query = clean_search_query('  NBA "results"\n28 March; $(reboot) `id` <b>\u200b  ')
    assert query == "NBA results 28 March (reboot) id b"
    assert clean_search_query("\n\t ") == ""
    assert len(clean_search_query("word " * 100)) <= 200
