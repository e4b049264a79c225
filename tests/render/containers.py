"""Answers aimed at what list items and quotes hold: code blocks and tables kept in them.

The emitter writes a code block or table that was in a list item inside the item,
every line indented to the item's content, and relies on marked keeping those lines
in the item. These answers try to break that: items of every marker and width,
nested, quoted, with continuation lines indented too little, too much or not at
all (lazy), blank lines inside and around fences, fences of both kinds (closed or
not) holding raw HTML, list markers, headings, rules and other fences, and table
rows with and without their item's indentation.
"""

from __future__ import annotations

import random

from tests.render.differential import IMG

_MARKERS = ("- ", "* ", "+ ", "1. ", "2) ", "10. ", "-  ", "1.  ", "- [ ] ")
_FENCES = ("```", "~~~", "````", "```js", "~~~ x", "```&#32;a", "``` `")
_CODE_LINES = (
    IMG, "<script>alert(1)</script>", "- item", "1. item", "# heading", "---", "***",
    "```", "~~~", "> quote", "| a | b |", "[x]: javascript:alert(1)", "[x]", "    deep",
    "\t<b>tab</b>", "", "word", "\\", "`", "<!--",
)  # fmt: skip
_ROWS = ("a | b", "| a | b |", "--- | ---", "|---|---|", ":-|-:", "x | " + IMG, "`|` | b", "-|-")
_INDENTS = ("", " ", "  ", "   ", "    ", "     ", "\t")


def _indent(rng: random.Random, width: int) -> str:
    """The item's own indentation mostly, sometimes less, more or none (lazy)."""
    return " " * width if rng.random() < 0.7 else rng.choice(_INDENTS)


def _fence(rng: random.Random, width: int) -> list[str]:
    fence = rng.choice(_FENCES)
    lines = [fence]
    lines += [rng.choice(_CODE_LINES) for _ in range(rng.randint(0, 5))]
    if rng.random() < 0.85:
        lines.append(fence.split(" ")[0].rstrip("js"))
    return [_indent(rng, width) + line if line else "" for line in lines]


def _table(rng: random.Random, width: int) -> list[str]:
    return [_indent(rng, width) + rng.choice(_ROWS) for _ in range(rng.randint(1, 4))]


def _item(rng: random.Random, depth: int) -> list[str]:
    marker = rng.choice(_MARKERS)
    width = len(marker)
    first = rng.choice(("Install:", "a | b", "```", "", "step " + IMG, "x"))
    lines = [marker + first]
    for _ in range(rng.randint(0, 3)):
        kind = rng.random()
        if kind < 0.1:
            lines.append("")
        if kind < 0.45:
            lines += _fence(rng, width)
        elif kind < 0.75:
            lines += _table(rng, width)
        elif kind < 0.85 and depth < 2:
            lines += [" " * width + line if line else "" for line in _item(rng, depth + 1)]
        else:
            lines.append(_indent(rng, width) + rng.choice(("more", "then " + IMG, "---")))
    return lines


def container_answer(rng: random.Random) -> str:
    """A list of a few items, sometimes inside a quote, sometimes with prose around it."""
    lines: list[str] = []
    for _ in range(rng.randint(1, 4)):
        lines += _item(rng, 0)
        if rng.random() < 0.3:
            lines.append("")
    if rng.random() < 0.25:
        lines = [rng.choice(("> ", ">", "> > ")) + line for line in lines]
    if rng.random() < 0.3:
        lines = ["Steps:", "", *lines, "", "Done."]
    return "\n".join(lines)
