"""Building the message: what is refused before anything is sent."""

from __future__ import annotations

import base64
import email
from datetime import UTC, datetime
from email import policy

import pytest

from milio.gmail.errors import InvalidMessageError, MessageTooLargeError
from milio.gmail.messages import (
    MAX_BODY_BYTES,
    OutgoingEmail,
    build_message,
    gmail_raw,
    validate,
)


@pytest.mark.parametrize(
    "subject",
    ["Hi\r\nBcc: victim@example.org", "Hi\nBcc: x@example.org", "Hi\rX", "a\x00b", "a\u2028b"],
    ids=["crlf", "lf", "cr", "nul", "line-separator"],
)
def test_a_line_break_in_the_subject_is_refused(subject: str) -> None:
    with pytest.raises(InvalidMessageError):
        validate(OutgoingEmail("bob@example.org", subject, "body"))


@pytest.mark.parametrize(
    "recipient",
    [
        "bob@example.org\r\nBcc: victim@example.org",
        "bob@example.org\nBcc: victim@example.org",
        "bob@example.org, carol@example.org",
        "Bob <bob@example.org>",
        "bob",
        "bob@",
        "@example.org",
        "bob@localhost",
        "bob@@example.org",
        "bob@exa mple.org",
        '"bob"@example.org',
        "bob.@example.org",
        "bob@-example.org",
        "",
        "b" * 250 + "@example.org",
    ],
)
def test_an_invalid_recipient_is_refused(recipient: str) -> None:
    with pytest.raises(InvalidMessageError):
        validate(OutgoingEmail(recipient, "Hello", "body"))


@pytest.mark.parametrize(
    "recipient", ["bob@example.org", "bob.smith+milio@mail.example.co.uk", "o'neil@example.ie"]
)
def test_plain_addresses_are_accepted(recipient: str) -> None:
    validate(OutgoingEmail(recipient, "Hello", "body"))


def test_a_body_over_the_limit_is_refused_and_one_at_the_limit_is_not() -> None:
    validate(OutgoingEmail("bob@example.org", "Big", "a" * MAX_BODY_BYTES))
    with pytest.raises(MessageTooLargeError):
        validate(OutgoingEmail("bob@example.org", "Big", "a" * (MAX_BODY_BYTES + 1)))
    with pytest.raises(MessageTooLargeError):  # counted in UTF-8 bytes, not characters
        validate(OutgoingEmail("bob@example.org", "Big", "é" * (MAX_BODY_BYTES // 2 + 1)))


def test_a_long_subject_is_refused() -> None:
    with pytest.raises(InvalidMessageError):
        validate(OutgoingEmail("bob@example.org", "s" * 501, "body"))


def test_the_message_round_trips_through_gmail_raw() -> None:
    when = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
    mail = OutgoingEmail("bob@example.org", "Grüße 👋", "Zeile 1\nZeile 2 — ünïcödé\n")
    message = build_message(mail, sender="alice@gmail.com", now=when)

    raw = base64.urlsafe_b64decode(gmail_raw(message))
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert parsed["Subject"] == "Grüße 👋"
    assert parsed["From"] == "alice@gmail.com"
    assert parsed["Date"] == "Sat, 01 Mar 2025 09:30:00 +0000"
    assert parsed["Message-ID"].endswith("@gmail.com>")
    assert parsed.get_content().replace("\r\n", "\n") == "Zeile 1\nZeile 2 — ünïcödé\n"
    assert all(byte < 128 for byte in raw.split(b"\r\n\r\n", 1)[0])  # headers are 7-bit


def test_a_body_with_header_like_lines_stays_in_the_body() -> None:
    mail = OutgoingEmail("bob@example.org", "Hi", "\r\nBcc: victim@example.org\r\n\r\nhello")
    parsed = email.message_from_bytes(
        base64.urlsafe_b64decode(gmail_raw(build_message(mail))), policy=policy.default
    )
    assert parsed["Bcc"] is None
    assert "Bcc: victim@example.org" in parsed.get_content()
