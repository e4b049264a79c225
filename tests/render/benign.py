"""Ordinary answers, as models write them: their rendering must survive the sanitizer."""

from __future__ import annotations

BENIGN: tuple[str, ...] = (
    "Sure! The capital of Peru is **Lima**. It sits on the Pacific coast.",
    "Here's a quick example in Python:\n\n```python\ndef greet(name: str) -> str:\n"
    '    return f"Hello, {name}!"\n```\n\nCall it with `greet("Ada")`.',
    "## Steps\n\n1. Open the **Settings** app.\n2. Go to *Privacy*.\n3. Turn on `Location`.",
    "- Apples\n- Pears\n  - Conference\n  - Williams\n- Plums",
    "| Language | Typing |\n|:---|---:|\n| Python | dynamic |\n| Rust | static |",
    "> The only way to do great work is to love what you do.\n>\n> — Steve Jobs",
    "Use `<div>` for blocks and `<span>` for inline text. In prose, 3 < 5 and 7 > 2.",
    "Read the [Python docs](https://docs.python.org/3/) or the [PEP index](https://peps.python.org/).",
    "Visit https://www.wikipedia.org for more, or www.example.com/path_with_underscores.",
    "Write to support@example.com if it keeps failing.",
    "# Title\n\nSome *emphasis*, some **strong**, and some ~~struck~~ text.",
    "Line one  \nLine two\\\nLine three",
    "- [ ] Buy milk\n- [x] Call mom",
    "Title\n=====\n\nSubtitle\n--------\n\nBody text.",
    "***\n\nAfter a rule.",
    "A footnote-style reference [docs][1].\n\n[1]: https://example.com/docs",
    "An image: ![logo](https://example.com/logo.png)",
    "Math: 2 * 3 = 6 and 10 - 4 = 6; ratios like 3:2 stay as they are.",
    "Use the `--force` flag with care; `rm -rf /` is never the answer.",
    "```\nplain code block\n  indented line\n```",
    "~~~js\nconst a = `template ${x}`;\n~~~",
    "1. First\n\n   More about the first.\n\n2. Second",
    "Paths like C:\\Users\\ada and /usr/local/bin are shown as typed.",
    "The HTML entity &amp; is an ampersand; &copy; 2024.",
    "Nested **bold with `code` inside** and *italic [link](https://example.org/a)*.",
    "> **Note**\n> Quotes can hold *emphasis* and `code`.",
    "Heading\n\n### Smaller heading\n\nText under it.",
    "Questions? Ask away! Really: anything.",
    "5. Starting at five\n6. Then six",
    "Some text with a trailing link: <https://example.com/auto>",
    # issue 18: structure the stream and /chat must keep
    "Type `` ` `` to open a code span.",
    "The span `` `code` `` shows backticks, and ``a`b`` too.",
    "| Op | Meaning |\n|---|---|\n| `a \\| b` | or |",
    "# A | B\n|---|---|\n| 1 | 2 |",
    "## Results | summary\n\n| a | b |\n|---|---|\n| 1 | 2 |",
)
