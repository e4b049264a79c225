"""Pieces of Markdown that change how a renderer reads what follows, for generating answers.

Joined at random they make the documents the property tests and `make fuzz` give
the sanitizer: fences and code spans in and out of containers, links wrapped in
links, definitions, entities and schemes in every spelling, raw tags, tables.
"""

from __future__ import annotations

import random

FRAGMENTS: tuple[str, ...] = (
    # structure
    "\n",
    "\n",
    "\n\n",
    "\n\n",
    "- ",
    "* ",
    "+ ",
    "1. ",
    "2) ",
    "> ",
    ">",
    "  ",
    "   ",
    "    ",
    "\t",
    "# ",
    "### ",
    "---",
    "***",
    "===",
    "| ",
    " | ",
    "|",
    "|---|---|",
    ":-:",
    "- [ ] ",
    "- [x] ",
    "[ ] ",
    # code
    "`",
    "``",
    "```",
    "````",
    "~~~",
    "```js",
    "~~~~",
    "` `",
    # links and definitions
    "[",
    "]",
    "(",
    ")",
    "![",
    "](",
    "]: ",
    "[x]",
    "[x]: ",
    "[x][]",
    "<",
    ">",
    '"',
    "'",
    "[a](https://a.example/x)",
    "[b](<https://a.example/y z>)",
    "![i](https://a.example/i.png)",
    "[r]: https://a.example/r",
    "[r]",
    "[R]",
    "(https://a.example)",
    "'t'",
    '"t"',
    # schemes and URLs
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:",
    "java&#10;script:",
    "&#106;avascript:",
    "javascript&colon;",
    "&#x6A;",
    "vbscript:msgbox(1)",
    "data:text/html,x",
    "data:image/svg+xml,x",
    "file:///etc/passwd",
    "https://a.example/",
    "http://",
    "www.a.example",
    "WWW.",
    "ftp://f.example/x",
    "FTP:",
    "mailto:a@b.example",
    "a@b.example",
    "<https://a.example>",
    "<javascript:alert(1)>",
    "<a@b.example>",
    # HTML
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "<svg onload=alert(1)>",
    "</p>",
    "<!--",
    "-->",
    "<?",
    "?>",
    "<a href=javascript:alert(1)>",
    "<b>",
    "</b>",
    "<IMG SRC=x ONERROR=alert(1)>",
    "<div>",
    "<",
    # inline
    "*",
    "**",
    "_",
    "__",
    "~",
    "~~",
    "\\",
    "\\`",
    "\\[",
    "\\]",
    "&",
    "&amp;",
    "&lt;",
    "&#",
    ";",
    ":",
    "!",
    "#",
    "=",
    "-",
    "+",
    "@",
    "%",
    "%CD%",
    # words
    "word",
    "text",
    " ",
    " ",
    "a",
    "b",
    "x",
    "1",
    "2024.",
    "é",
    "“",
    "\u00a0",
    "\u2028",
)


# Inline markup only, densely: where marked's inline rules differ from CommonMark's.
INLINE_FRAGMENTS: tuple[str, ...] = (
    "`", "``", "~", "~~", "*", "**", "_", "__", "[", "]", "](", ")", "![", "\\", "&", "!",
    "https://a.example/", "www.a.example", "x", " ", "\n", "<img src=x onerror=alert(1)>",
    "[a](https://a.example/)", "<", ">", "|", "a@b.example",
)  # fmt: skip


def random_answer(rng: random.Random, max_fragments: int = 40) -> str:
    pool = FRAGMENTS if rng.random() < 0.7 else INLINE_FRAGMENTS
    return "".join(rng.choice(pool) for _ in range(rng.randint(1, max_fragments)))


def random_cuts(rng: random.Random, text: str) -> list[str]:
    """``text`` cut into pieces: one character at a time, by threes, or at random places."""
    choice = rng.random()
    if choice < 0.2:
        size = rng.choice((1, 2, 3, 4, 64))
        return [text[i : i + size] for i in range(0, len(text), size)]
    count = rng.randint(0, min(len(text), 12))
    cuts = sorted(rng.sample(range(1, len(text)), k=min(count, max(len(text) - 1, 0))))
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
