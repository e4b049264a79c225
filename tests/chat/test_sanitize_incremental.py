"""The streaming sanitizer releases a line's start early, without changing the output."""

from __future__ import annotations

import random

import pytest

from milio.chat.sanitize import StreamingSanitizer, sanitize_markdown

# Characters that change how a line is read, and plain ones between them.
ALPHABET = ["a", "b", " ", "\t", "<", ">", "`", "~", "\\", "[", "]", "(", ")", ":", "\n", "\r"]
WORDS = ["javascript:", "https://x", "```", "~~~", "[r]:", "](", "<img", "\x00"]


def _feed_each(chunks: list[str]) -> list[str]:
    stream = StreamingSanitizer()
    return [stream.feed(chunk) for chunk in chunks] + [stream.finish()]


def test_a_long_paragraph_arrives_word_by_word() -> None:
    words = ["Streaming", " answers", " should", " not", " wait", " for", " a", " newline."]
    out = _feed_each(words)
    assert out == [*words, ""]


def test_a_code_line_arrives_once_it_cannot_close_the_block() -> None:
    out = _feed_each(["```py\n", "  ", "x = '<b>'", " + 1", "\n```", "\n"])
    assert out == ["```py\n", "", "  x = '<b>'", " + 1", "\n", "```\n", ""]


@pytest.mark.parametrize(
    ("chunks", "held"),
    [
        (["`code", " <b>"], "`code <b>"),  # may open a fence or an inline span
        (["~~", "~ x"], "~~~ x"),  # may open a fence
        (["[ref", "]: x"], "[ref]: x"),  # may be a reference definition
        (["   ", "   "], "      "),  # may be a blank line
    ],
)
def test_an_undecided_line_is_held_to_its_end(chunks: list[str], held: str) -> None:
    out = _feed_each(chunks)
    assert out[:-1] == ["", ""]
    assert out[-1] == sanitize_markdown(held)


def test_prose_is_held_from_the_first_character_that_depends_on_what_follows() -> None:
    out = _feed_each(["see <b> [x", "](java", "script:alert(1)) done"])
    assert out[0] == "see &lt;b> [x"
    assert out[1] == ""  # "](" waits for its target
    assert "".join(out) == "see &lt;b> [x](#) done"


def test_an_early_release_never_needs_taking_back() -> None:
    rng = random.Random(1234)
    for _ in range(400):
        pieces = rng.choices(ALPHABET + WORDS, k=rng.randint(1, 30))
        text = "".join(pieces)
        expected = sanitize_markdown(text)
        cuts = sorted(rng.sample(range(len(text) + 1), k=min(len(text) + 1, 6)))
        chunks = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
        got = "".join(_feed_each(chunks))
        assert got == expected, (text, chunks)
        one_by_one = "".join(_feed_each(list(text)))
        assert one_by_one == expected, text
