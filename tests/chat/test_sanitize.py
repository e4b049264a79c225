"""The canonical Markdown the sanitizer writes: one form per construct, each read alike by marked.

These pin the rules of milio/chat/answers/emitter.py on small inputs; the
renderer itself judges the output in tests/render and the route tests.
"""

from __future__ import annotations

import pytest

from milio.chat.answers.emitter import literal_text, sanitize_markdown


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("2 < 3 and 5 > 4", "2 &lt; 3 and 5 &gt; 4"),
        ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
        ("<!-- hidden -->", "&lt;!-- hidden --&gt;"),
        ("a [b] c \\*d\\* e_f", "a &#91;b&#93; c &#42;d&#42; e&#95;f"),
        ("x | y ~ z # w", "x &#124; y &#126; z &#35; w"),
        ("A & B", "A &amp; B"),
        ("&#106;avascript", "javascript"),  # entities are decoded, then written as text
    ],
)
def test_text_that_could_open_markup_is_written_as_character_references(
    answer: str, expected: str
) -> None:
    assert sanitize_markdown(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("foo\n\\- bar", "foo\n&#45; bar"),  # not a list item
        ("foo\n\\=\\=\\=", "foo\n&#61;=="),  # not a heading underline
        ("foo\n2\\. bar", "foo\n2&#46; bar"),  # not a numbered item
        ("foo\n\\+ bar", "foo\n&#43; bar"),
        ("a\n\\: b", "a\n&#58; b"),  # not a table's delimiter row
    ],
)
def test_a_line_never_starts_with_what_marked_reads_as_a_block(answer: str, expected: str) -> None:
    assert sanitize_markdown(answer) == expected


def test_bare_urls_are_left_to_the_renderer_except_ftp_and_odd_www() -> None:
    out = sanitize_markdown(
        "See https://a.example/x, www.b.example, ftp://c.example, WWW.d.example"
    )
    assert out == ("See https://a.example/x, www.b.example, ftp&#58;//c.example, WWW&#46;d.example")


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("[docs](<https://Docs.Example/a b>)", "[docs](https://docs.example/a%20b)"),
        ("[q](https://a.example/?x=1&y=2)", "[q](https://a.example/?x=1&amp;y=2)"),
        ("[p](https://a.example/f(x)_*y*~)", "[p](https://a.example/f%28x%29%5F%2Ay%2A%7E)"),
        ("[m](mailto:ada@example.com)", "[m](mailto:ada@example.com)"),
        ("<https://a.example/auto>", "[https://a.example/auto](https://a.example/auto)"),
        ("[r]\n\n[r]: https://a.example/r", "[r](https://a.example/r)"),
        ("![logo](https://a.example/l.png)", "![logo](https://a.example/l.png)"),
    ],
)
def test_links_are_inline_with_one_canonical_target(answer: str, expected: str) -> None:
    assert sanitize_markdown(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("[a](JaVaScRiPt:alert(1))", "&#91;a&#93;(JaVaScRiPt:alert(1))"),
        ("[a](/relative)", "a"),
        ("[a](ftp://files.example/x)", "a"),
        (
            "![pic](http://a.example/p.png) ![no](mailto:a@b.example)",
            "![pic](http://a.example/p.png) no",
        ),
        ("[a](https://user@evil.example/)", "a"),
    ],
)
def test_other_targets_leave_only_the_text(answer: str, expected: str) -> None:
    assert sanitize_markdown(answer) == expected


def test_code_blocks_keep_their_language_and_a_fence_longer_than_any_run_inside() -> None:
    answer = "~~~markdown\nUse ```` fences\n<b>raw</b>\n~~~"
    assert sanitize_markdown(answer) == "`````markdown\nUse ```` fences\n<b>raw</b>\n`````"
    assert sanitize_markdown("    indented <i>\n") == "```\nindented <i>\n```"


def test_a_code_block_in_a_list_item_stays_in_it_every_line_indented() -> None:
    answer = "1. Install:\n   ```bash\n   pip install x\n\n   <b>\n   ```\n2. Run it"
    expected = "1. Install:\n\n   ```bash\n   pip install x\n\n   <b>\n   ```\n2. Run it"
    assert sanitize_markdown(answer) == expected


def test_a_table_in_a_list_item_stays_in_it_lazy_rows_included_as_marked_reads_them() -> None:
    answer = "- a | b\n--- | ---\nc | d\n- e"
    assert sanitize_markdown(answer) == "- a | b |\n  | --- | --- |\n  | c | d |\n- e"


def test_a_code_block_in_a_quote_splits_the_quote() -> None:
    answer = "> before\n> ```\n> code\n> ```\n> after"
    assert sanitize_markdown(answer) == "> before\n\n```\ncode\n```\n\n> after"


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("use `x < y` here", "use `x < y` here"),
        ("``a`b``", "``a`b``"),  # a backtick, and nothing that could pair outside
        ("`` `x` ``", "`` `x` ``"),
        ("``a`*b``", "`a`&#96;`*b`"),  # with "*": split, so marked hides each part
        ("`  padded  `", "`  padded  `"),
        ("https://a.example/`<b>`", "https://a.example/&lt;b&gt;"),  # in a bare URL: text
        ("~~gone `a~~b`~~", "gone `a~~b`"),  # strikethrough around a span holding ~
    ],
)
def test_code_spans_hold_backticks_only_alone_and_stand_only_where_marked_sees_them(
    answer: str, expected: str
) -> None:
    assert sanitize_markdown(answer) == expected


def test_tables_have_their_header_first_and_escape_pipes_in_cells() -> None:
    answer = "| a | b |\n|:--|--:|\n| `x\\|y` | [l](https://a.example/) |"
    assert sanitize_markdown(answer) == (
        "a | b |\n| :--- | ---: |\n| `x\\|y` | [l](https://a.example/) |"
    )


def test_lists_headings_quotes_and_tasks_keep_their_form() -> None:
    answer = "# T\n\nSub\n---\n\n- [ ] todo\n- [x] done\n  - nested\n\n> *quoted* **text**\n\n***"
    assert sanitize_markdown(answer) == (
        "# T\n\nSub\n---\n\n- [ ] todo\n- [x] done\n  - nested\n\n> *quoted* **text**\n\n***"
    )


def test_hard_breaks_become_backslash_breaks_and_blank_answers_nothing() -> None:
    assert sanitize_markdown("a  \nb\\\nc") == "a\\\nb\\\nc"
    assert sanitize_markdown(" \n\n \t") == ""
    assert sanitize_markdown("[x]: https://a.example/") == ""  # a definition alone shows nothing


def test_line_breaks_and_control_characters_are_normalized() -> None:
    assert sanitize_markdown("a\r\nb\rc\x00d\x1be") == "a\nb\ncde"


def test_the_literal_fallback_shows_every_character_and_no_markup() -> None:
    assert literal_text("  <b>hi</b> [a](b)\n- x\n\n2. y") == (
        "&#60;b&#62;hi&#60;&#47;b&#62; &#91;a&#93;&#40;b&#41;\\\n&#45; x\n\n2&#46; y"
    )
