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


def _reading(tree: list[object]) -> list[str]:
    """The text of a rendering in reading order, and the code blocks' languages."""
    out: list[str] = []
    for node in tree:
        if isinstance(node, str):
            out.extend(node.split())
        elif isinstance(node, list):
            attrs = node[1]
            if isinstance(attrs, dict) and "class" in attrs:
                out.append(str(attrs["class"]))
            out.extend(_reading(node[2:]))
    return out


def test_a_code_block_in_a_list_moves_out_but_reads_the_same(marked_judge: MarkedJudge) -> None:
    # The one intended change: the block stands at the top level, the list resumes after it.
    answer = "1. Install it:\n   ```bash\n   pip install milio\n   ```\n2. Run `milio`."
    original = marked_judge.judge(answer, tree=True).tree
    sanitized = marked_judge.judge(sanitize_markdown(answer), tree=True).tree
    assert _reading(sanitized) == _reading(original)
    assert [node[0] for node in sanitized] == ["ol", "pre", "ol"]
    assert sanitized[2][1] == {"start": "2"}
