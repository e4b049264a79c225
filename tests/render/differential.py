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

import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from milio.chat.contract.system_message import SafeAnswerStream, UnsafeAnswerError, safe_answer
from tests.render.judge import MarkedJudge

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


@dataclass
class Findings:
    """What a batch of answers did on /chat and on the stream, judged by node's marked."""

    answers: int = 0
    prefixes: int = 0  # accumulated stream texts judged (one per event)
    unsafe: list[str] = field(default_factory=list)  # marked renders what we sent unsafe
    crashes: list[str] = field(default_factory=list)  # an exception: a 5xx
    differs: list[str] = field(default_factory=list)  # the stream's text is not /chat's
    chat_refused: int = 0
    stream_refused: int = 0


def stream_events(pieces: list[str]) -> tuple[list[str], bool]:
    """The accumulated texts the app renders after each event, and whether it was refused.

    The clock moves a second on each look, so every release is judged and sent
    on its own: the most prefixes the client can be shown.
    """
    ticks = itertools.count()
    stream = SafeAnswerStream(clock=lambda: float(next(ticks)))
    shown: list[str] = []
    text = ""
    try:
        for piece in pieces:
            if released := stream.feed(piece):
                text += released
                shown.append(text)
        if rest := stream.finish():
            shown.append(text + rest)
    except UnsafeAnswerError:
        return shown, True
    return shown, False


def check_batch(
    answers: list[str], cuts: Callable[[str], list[str]], judge: MarkedJudge, findings: Findings
) -> None:
    """Each answer through /chat and through the stream at ``cuts``; every text sent judged."""
    sent: list[tuple[str, str]] = []
    for answer in answers:
        try:
            chat = safe_answer(answer)
            shown, refused = stream_events(cuts(answer))
        except Exception as error:  # any exception is a finding: a 5xx
            findings.crashes.append(f"{type(error).__name__}: {answer!r}")
            continue
        findings.chat_refused += chat.refused
        findings.stream_refused += refused
        if not refused and not chat.refused and (shown[-1] if shown else "") != chat.text:
            findings.differs.append(f"{answer!r}: chat {chat.text!r}, stream {shown[-1:]!r}")
        sent += [(answer, chat.text)] + [(answer, prefix) for prefix in shown]
        findings.prefixes += len(shown)
    findings.answers += len(answers)
    judgements = judge.judge_many([text for _, text in sent])
    for (answer, text), judgement in zip(sent, judgements, strict=True):
        if not judgement.safe:
            findings.unsafe.append(f"{judgement.violations}: {answer!r} -> {text!r}")
