"""Ordinary answers keep their meaning: marked renders the sanitized text as it renders the answer.

The two renderings are compared as parsed HTML trees (URLs as the browser resolves
them, blanks collapsed, paragraphs inside list items unwrapped): the sanitizer's
escapes must not show.
"""

from __future__ import annotations

import pytest

from milio.chat.answers.emitter import sanitize_markdown
from milio.chat.answers.release import StreamingSanitizer
from tests.render.benign import BENIGN
from tests.render.judge import MarkedJudge


@pytest.mark.parametrize("answer", BENIGN)
def test_an_ordinary_answer_renders_the_same_once_sanitized(
    marked_judge: MarkedJudge, answer: str
) -> None:
    original = marked_judge.judge(answer, tree=True)
    sanitized = marked_judge.judge(sanitize_markdown(answer), tree=True)
    assert sanitized.safe
    assert sanitized.tree == original.tree


@pytest.mark.parametrize("answer", BENIGN)
@pytest.mark.parametrize("size", [1, 3, 64])
def test_an_ordinary_answer_streams_to_the_same_text(answer: str, size: int) -> None:
    stream = StreamingSanitizer()
    pieces = [answer[i : i + size] for i in range(0, len(answer), size)]
    assert "".join(map(stream.feed, pieces)) + stream.finish() == sanitize_markdown(answer)


def test_a_code_block_in_numbered_steps_stays_in_its_step(marked_judge: MarkedJudge) -> None:
    answer = "1. Install:\n\n   ```bash\n   pip install x\n   ```\n2. Run it"
    original = marked_judge.judge(answer, tree=True).tree
    sanitized = marked_judge.judge(sanitize_markdown(answer), tree=True).tree
    assert sanitized == original
    first_step = sanitized[0][2]  # ["li", {}, "Install:", ["pre", ...]]: the block inside
    assert [node[0] for node in sanitized] == ["ol"]
    assert [child[0] for child in first_step[2:] if isinstance(child, list)] == ["pre"]


@pytest.mark.parametrize("delimiter", ["  --- | ---", "--- | ---", "| --- | --- |"])
def test_a_list_item_over_a_delimiter_row_is_marked_s_table_in_the_item(
    marked_judge: MarkedJudge, delimiter: str
) -> None:
    answer = f"- a | b\n{delimiter}\n- c"
    original = marked_judge.judge(answer, tree=True).tree
    sanitized = marked_judge.judge(sanitize_markdown(answer), tree=True).tree
    assert sanitized == original
    first_item = original[0][2]
    assert (original[0][0], first_item[2][0]) == ("ul", "table")
