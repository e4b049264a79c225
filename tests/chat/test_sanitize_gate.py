"""The final gate: it judges rendered HTML without the sanitizer, and what happens on refusal."""

from __future__ import annotations

import pytest

from milio.chat.answers import emitter, release
from milio.chat.answers.emitter import literal_text, sanitize_markdown
from milio.chat.answers.gate import is_safe_markdown
from milio.chat.contract.system_message import SafeAnswerStream, UnsafeAnswerError, safe_answer
from milio.chat.pipeline import run_chat
from tests.chat.conftest import MODEL_ONLY, ScriptedCompleter
from tests.fakes.sanitizer import BrokenSanitizer
from tests.render.attacks import all_attacks
from tests.render.benign import BENIGN


@pytest.mark.parametrize(
    "text",
    [
        "<img src=x onerror=alert(1)>",
        "<script>alert(1)</script>",
        "hi <!-- comment -->",
        "[a](javascript:alert(1))",
        "[a](&#106;avascript:alert(1))",
        "[a](JaVaScRiPt:alert(1))",
        "![a](data:image/svg+xml,x)",
        "[a](vbscript:msgbox(1))",
        "[a](file:///etc/passwd)",
        "[a](/relative/path)",
        "[a](#fragment)",
        "<javascript:alert(1)>",
        "[x]\n\n[x]: javascript:alert(1)",
        '<a href="https://ok.example" onclick="x()">a</a>',
        "<svg><foo-bar onclick=1>z</foo-bar></svg>",
    ],
)
def test_the_gate_refuses_html_event_handlers_and_other_schemes(text: str) -> None:
    assert not is_safe_markdown(text)


@pytest.mark.parametrize("text", [*BENIGN, "`<b>`", "```html\n<div onclick=x>\n```"])
def test_the_gate_accepts_ordinary_answers_once_sanitized(text: str) -> None:
    assert is_safe_markdown(sanitize_markdown(text))


@pytest.mark.parametrize(("kind", "attack"), all_attacks())
def test_the_gate_accepts_what_the_sanitizer_makes_of_every_attack(kind: str, attack: str) -> None:
    assert is_safe_markdown(sanitize_markdown(attack)), kind


def test_a_refused_answer_is_shown_as_literal_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(emitter, "sanitize_markdown", lambda text: text)  # a broken sanitizer
    answer = safe_answer("Click <img src=x onerror=alert(1)> now")
    assert answer.refused
    assert answer.text == literal_text("Click <img src=x onerror=alert(1)> now")
    assert is_safe_markdown(answer.text)


def test_a_safe_answer_is_not_refused() -> None:
    answer = safe_answer("**Hello** <world>")
    assert (answer.text, answer.refused) == ("**Hello** &lt;world&gt;", False)


def test_a_refusal_is_noted_for_the_error_log(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(emitter, "sanitize_markdown", lambda text: text)
    completer = ScriptedCompleter({"category": "7", "answer_7": "<script>alert(1)</script>"})
    result = run_chat("tell me", completer, MODEL_ONLY)
    assert result.system_message == "7" + literal_text("<script>alert(1)</script>")
    assert [record.kind for record in result.log_records] == ["unsafe_answer"]


def test_the_stream_gate_stops_at_the_first_unsafe_piece(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(release, "StreamingSanitizer", BrokenSanitizer)
    stream = SafeAnswerStream()
    assert stream.feed("x") == "Hello"
    with pytest.raises(UnsafeAnswerError) as refused:
        stream.feed("y")
    assert refused.value.message == "The answer could not be shown safely"


def test_the_stream_gate_judges_the_text_shown_so_far_not_the_piece(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class _SplitTag(BrokenSanitizer):
        def __init__(self) -> None:
            self.pieces = ["a <im", "g src=x onerror=alert(1)> b"]  # each piece alone is text

    monkeypatch.setattr(release, "StreamingSanitizer", _SplitTag)
    stream = SafeAnswerStream()
    assert stream.feed("1") == "a <im"
    with pytest.raises(UnsafeAnswerError):
        stream.feed("2")  # the app would now render "a <img src=x onerror=...> b"


def test_the_whole_streamed_answer_is_rendered_by_marked_once(judged: list[str]) -> None:
    """Short prefixes may pass on `provably_safe`; the finished answer never does."""
    from milio.chat.answers import gate

    assert gate.warm()
    judged.clear()
    stream = SafeAnswerStream(clock=lambda: 0.0)
    shown = stream.feed("Sure, here is **how**:") + stream.feed(" open it.") + stream.finish()
    assert judged == [shown]  # every prefix was plain, the whole was marked's
    again = SafeAnswerStream(clock=lambda: 0.0)
    judged.clear()
    text = again.feed("<b>hi</b>") + again.finish()  # marked judges it as it goes
    assert judged == [text]  # and the finished text, already passed, is not judged again
