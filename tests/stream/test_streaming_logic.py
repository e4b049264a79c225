"""The streaming logic without HTTP: event framing, message checks, Lambda warm-up."""

from __future__ import annotations

import pytest

import stream_api
from milio.chat.request import check_message
from milio.chat.stream import END_EVENT, error_event, sse_event
from milio.errors import BadRequestError, ConfigurationError, PayloadTooLargeError


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Hello", b"event: message\ndata: Hello\n\n"),
        (" lead", b"event: message\ndata:  lead\n\n"),
        ("a\nb", b"event: message\ndata: a\ndata: b\n\n"),
        ("a\r\nb\rc", b"event: message\ndata: a\ndata: b\ndata: c\n\n"),
        ("end\n", b"event: message\ndata: end\ndata: \n\n"),
        ("", b"event: message\ndata: \n\n"),
    ],
)
def test_an_event_has_one_data_line_per_line_of_text(data: str, expected: bytes) -> None:
    assert sse_event("message", data) == expected


def test_end_and_error_events() -> None:
    assert END_EVENT == b"event: end\ndata: true\n\n"
    framed = b'event: error\ndata: {"error": "bad \\"x\\"\\nthing"}\n\n'
    assert error_event('bad "x"\nthing') == framed


def test_message_checks() -> None:
    check_message("hi", 10)
    with pytest.raises(BadRequestError):
        check_message(" \n\t", 10)
    with pytest.raises(PayloadTooLargeError):
        check_message("x" * 11, 10)


class _Chain:
    def __init__(self, error: Exception | None = None) -> None:
        self.error = error
        self.warmed = 0

    def warm_up(self) -> None:
        if self.error is not None:
            raise self.error
        self.warmed += 1


def test_the_sdks_are_warmed_up_at_import_only_in_lambda(monkeypatch: pytest.MonkeyPatch) -> None:
    chain = _Chain()
    stream_api.warm_up_in_lambda(lambda: chain)
    assert chain.warmed == 0  # tests and `make dev`: imported on first use
    monkeypatch.setenv("AWS_LAMBDA_FUNCTION_NAME", "StreamFunction")
    stream_api.warm_up_in_lambda(lambda: chain)
    assert chain.warmed == 1


def test_a_configuration_error_does_not_stop_the_function_starting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("AWS_LAMBDA_FUNCTION_NAME", "StreamFunction")
    stream_api.warm_up_in_lambda(lambda: _Chain(ConfigurationError("x")))  # logged, not raised
