"""The judge itself: it must see every attack of the corpus, raw, as unsafe."""

from __future__ import annotations

import pytest

from tests.render.attacks import all_attacks
from tests.render.benign import BENIGN
from tests.render.judge import MarkedJudge


@pytest.mark.parametrize(("kind", "attack"), all_attacks())
def test_every_attack_is_unsafe_when_rendered_raw(
    marked_judge: MarkedJudge, kind: str, attack: str
) -> None:
    assert not marked_judge.judge(attack).safe, kind


@pytest.mark.parametrize("answer", BENIGN)
def test_ordinary_answers_render_within_the_allow_list(
    marked_judge: MarkedJudge, answer: str
) -> None:
    assert marked_judge.judge(answer).safe


@pytest.mark.parametrize(
    ("html_in", "violation"),
    [
        ("[a](&#32;javascript:alert(1))", "javascript:"),
        ("[a](<java&#9;script:alert(1)>)", "javascript:"),
        ("<a href='x' onclick='y'>z</a>", "attribute onclick"),
        ("[a](./local)", "file:"),
        ("<!-- hidden -->", "comment"),
        ("<svg><a href='#'>x</a></svg>", "element svg"),
    ],
)
def test_the_judge_reads_urls_and_tags_as_the_browser_does(
    marked_judge: MarkedJudge, html_in: str, violation: str
) -> None:
    found = marked_judge.judge(html_in).violations
    assert any(violation in v for v in found), found
