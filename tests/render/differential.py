"""Answers aimed at where a CommonMark parser and marked 12.0.1 disagree (issue 18).

The three mechanisms found by the differential search, as classes to generate
from rather than instances: delimiter edges that only a JavaScript-whitespace
reading judges (entity and Unicode blanks around ``~~``, ``*``, ``_``); code spans
inside link text and emphasis whose content pairs with delimiters outside them;
line breaks written as entities before something that starts a block. Tables
and reference definitions are mixed in. `REPRODUCERS` are the issue's examples
and variants of our own, each of which came out of the earlier sanitizer as an
answer marked renders into script.
"""

from __future__ import annotations

import random

IMG = "<img src=x onerror=alert(1)>"

REPRODUCERS: tuple[str, ...] = (
    # strikethrough edges: the example, then other blanks and delimiters
    f"~~a&#32;~~ `~~{IMG}`",
    f"~~a&nbsp;~~ `~~{IMG}`",
    f"~~a\ufeff~~ and `~~{IMG}`",
    f"~~a\u2028~~ x `~~{IMG}`",
    f"~~b&#160;~~ `x` `~~ {IMG}`",
    f"*a&#32;* `*{IMG}`",
    f"**a&nbsp;** then `**{IMG}`",
    f"_a\u3000_ `_{IMG}`",
    # emphasis masking: a code span in link text holding "](" and ")"
    f"*a [x `](y)` z](https://example.com) `*{IMG}`",
    f"**[`](x)`](https://example.com) b `**{IMG}`",
    f"_x [`](` y](https://example.com) `)_{IMG}`",
    f"*[a `](b)c`](https://e.com) d* `*` `{IMG}`",
    # line breaks from entities before block starts
    f"a&#10;| b |&#10;|---|&#10;| `x|{IMG}` |",
    f"x&#13;| a |&#13;| - |&#13;`y|{IMG}`",
    f"text&NewLine;# `a|{IMG}`",
    f"p&#10;- `q|{IMG}`",
    f"p&#10;```&#10;{IMG}",
    "a&#10;[x]: javascript:alert(1)&#10;&#10;[x]",
    # nesting deep enough to exhaust a recursive reader
    "*" * 400 + "a" + "*" * 400,
    "[" * 300 + "a" + "](https://e.com)" * 300,
    "> " * 200 + "deep",
)

_BLANKS = (
    " ",
    "&#32;",
    "&nbsp;",
    "&#160;",
    "\u00a0",
    "\ufeff",
    "&#xFEFF;",
    "\u2028",
    "&#x2028;",
    "\u3000",
    "&#9;",
    "\u200b",
    "\u0085",
    "&#133;",
    "",
    "",
    "\t",
)
_DELIMITERS = ("~~", "~", "*", "**", "_", "__", "***", "~~~")
_CODE = (
    "`~~`",
    "`*`",
    "`**`",
    "`_`",
    "`](x)`",
    "`[`",
    "`)`",
    "`|`",
    "`` ` ``",
    "``` `` ```",
    f"`{IMG}`",
    f"`~~{IMG}`",
    f"`*{IMG}`",
    f"`_{IMG}`",
    f"`|{IMG}`",
    "`\\|`",
)
_LINKS = (
    "[a `](` b](https://e.com)",
    "[`](x)`](https://e.com)",
    "[x](https://e.com)",
    "[a]",
    "[a]: javascript:alert(1)",
    "\n[a]: https://e.com\n",
    "[a](javascript:alert(1))",
    "![i](https://e.com/i.png)",
    "<https://e.com>",
    "http://e.com/",
    "www.e.com",
)
_LINE_BREAKS = ("&#10;", "&#13;", "&NewLine;", "&#x0A;", "&#x0D;", "\n", "\n\n")
_BLOCK_STARTS = (
    "# ",
    "| a |",
    "|---|",
    "| - |",
    "- ",
    "1. ",
    "```",
    "~~~",
    "> ",
    "---",
    "===",
    "    ",
    "[x]: ",
    "<div>",
    "\\",
)
_TEXT = (
    "a",
    "word",
    " ",
    IMG,
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    "|",
    "\\|",
    "&#96;",
    "&#42;",
    "&#126;",
    "x",
    "é",
    "\U0001fae9",
)


def differential_answer(rng: random.Random, max_items: int = 24) -> str:
    """One answer of items from the classes above, each class as likely as the others."""
    classes = (_BLANKS, _DELIMITERS, _CODE, _LINKS, _LINE_BREAKS, _BLOCK_STARTS, _TEXT)
    return "".join(rng.choice(rng.choice(classes)) for _ in range(rng.randint(1, max_items)))
