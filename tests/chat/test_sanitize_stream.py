"""The streaming sanitizer: /chat's text for any cuts, prose released as written, linear cost."""

from __future__ import annotations

import pytest

from milio.chat.answers import probe, release
from milio.chat.answers.emitter import sanitize_markdown
from milio.chat.answers.release import StreamingSanitizer
from tests.render.attacks import all_attacks
from tests.render.benign import BENIGN

SAMPLES = [
    *BENIGN,
    *(attack for _, attack in all_attacks()),
    "para with [ref] here\n\n[ref]: https://a.example/\n\nafter",
    "a | b\n--|--\n1 | 2\n\ntext after",
    "foo\nbar\n===\nbaz",
    "x\n- a\n- b\n\ny",
    "\u00a0\n\tnot code",
    "one\r\ntwo\rthree",
    "a \\[*b*](https://a.example/) c",  # an escaped "[" must not be read again alone
]


def _feed(pieces: list[str]) -> list[str]:
    sanitizer = StreamingSanitizer()
    return [sanitizer.feed(piece) for piece in pieces] + [sanitizer.finish()]


@pytest.mark.parametrize("answer", SAMPLES)
def test_every_two_way_cut_and_one_character_at_a_time_give_the_one_shot_text(
    answer: str,
) -> None:
    expected = sanitize_markdown(answer)
    for cut in range(len(answer) + 1):
        assert "".join(_feed([answer[:cut], answer[cut:]])) == expected, cut
    assert "".join(_feed(list(answer))) == expected


def test_plain_prose_is_released_word_by_word() -> None:
    words = ["Streaming", " answers", " should", " not", " wait", " for", " a", " line."]
    assert _feed(words) == [*words, ""]


def test_markup_is_released_once_it_is_closed() -> None:
    out = _feed(["Use ", "**bo", "ld** and `co", "de` now"])
    assert out == ["Use", "", " **bold** and", " `code` now", ""]


def test_a_new_line_joins_the_paragraph_once_it_cannot_start_a_block() -> None:
    out = _feed(["first line\n", "-", "- not a rule", "\n"])
    assert out == ["first line", "", "\n&#45;- not a rule", "", ""]
    assert _feed(["first line\n", "- ", "item\n"]) == ["first line", "", "", "\n\n- item"]


def test_a_code_block_is_held_until_its_fence_closes() -> None:
    out = _feed(["Intro\n\n", "```py\n", "x = 1\n", "```", "\n", "After"])
    assert out == ["Intro", "", "", "", "\n\n```py\nx = 1\n```", "\n\nAfter", ""]


def test_a_list_item_is_released_when_the_next_one_begins() -> None:
    out = _feed(["- one\n", "- two\n", "- three"])
    assert out == ["", "- one", "", "\n- two\n- three"]


def test_a_bracket_pair_holds_the_rest_since_a_later_definition_may_make_it_a_link() -> None:
    out = _feed(
        ["See [the docs] for", " more.\n\nLater text.\n\n", "[the docs]: https://a.example/"]
    )
    assert out == ["See", "", "", " [the docs](https://a.example/) for more.\n\nLater text."]


def test_a_first_line_with_a_pipe_waits_for_the_line_that_may_make_it_a_table() -> None:
    out = _feed(["name | age", "\n", "--- | ---\n", "Ada | 36"])
    assert out == ["name", "", "", "", " | age |\n| --- | --- |\n| Ada | 36 |"]


class _ParsedText:
    """Counts the characters markdown-it parses, to check the cost grows linearly."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.characters = 0
        measured = probe.stable_length

        def counted(src: str, *args: object, **kwargs: bool) -> tuple[int, list[object]]:
            self.characters += len(src)
            return measured(src, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(release, "stable_length", counted)


@pytest.mark.parametrize(
    "line",
    [
        "The quick brown fox jumps over the lazy dog, again and again. " * 800,
        "Some **bold** text and `code` here, then a [link](https://a.example/). " * 700,
        "*" + "an emphasis opener that never closes " * 1300,
        "a`b " * 12_000,
    ],
    ids=["prose", "markup", "unclosed-opener", "backticks"],
)
def test_a_long_line_in_small_deltas_costs_time_in_proportion_to_its_length(
    monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    parsed = _ParsedText(monkeypatch)
    sanitizer = StreamingSanitizer()
    joined = "".join(sanitizer.feed(line[i : i + 4]) for i in range(0, len(line), 4))
    assert joined + sanitizer.finish() == sanitize_markdown(line)
    assert parsed.characters <= 10 * len(line)  # quadratic: thousands of times the length
