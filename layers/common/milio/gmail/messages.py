"""Building the e-mail: the standard library's ``email`` package, checked first.

Everything a caller supplies is validated before a message exists, so a bad
request can never reach Gmail: no CR or LF (or other control character) in a
header, one plain recipient address, a bounded size.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from milio.gmail.errors import InvalidMessageError, MessageTooLargeError

# The body limit, UTF-8 encoded. Gmail takes far more (35 MB through the
# upload endpoint), but the desktop client sends typed or dictated text; 1 MiB
# is generous for that and keeps a request well inside a Lambda's 6 MB payload.
MAX_BODY_BYTES = 1024 * 1024
# RFC 5322 caps a line at 998 characters; a subject this long is a mistake.
MAX_SUBJECT_CHARS = 500
MAX_ADDRESS_CHARS = 254
# A plain address: dot-atom local part, a domain of letters, digits and
# hyphens with a dot. Display names, comments, lists and quoted local parts
# are refused: the client sends a bare address.
_LOCAL = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_ADDRESS = re.compile(rf"{_LOCAL}@{_LABEL}(?:\.{_LABEL})+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\x85]")


@dataclass(frozen=True)
class OutgoingEmail:
    recipient: str
    subject: str
    content: str


def validate(mail: OutgoingEmail) -> None:
    """Raise InvalidMessageError or MessageTooLargeError for anything we would not send."""
    check_address(mail.recipient, "recipient")
    if _CONTROL.search(mail.subject):
        raise InvalidMessageError("The subject must be a single line")
    if len(mail.subject) > MAX_SUBJECT_CHARS:
        raise InvalidMessageError(f"The subject is longer than {MAX_SUBJECT_CHARS} characters")
    if "\x00" in mail.content:
        raise InvalidMessageError("The message contains a NUL character")
    if len(mail.content.encode("utf-8", "surrogatepass")) > MAX_BODY_BYTES:
        raise MessageTooLargeError(f"The message is larger than {MAX_BODY_BYTES} bytes")


def check_address(address: str, role: str) -> None:
    if len(address) > MAX_ADDRESS_CHARS or not _ADDRESS.fullmatch(address):
        raise InvalidMessageError(f"The {role} is not a valid e-mail address")


def build_message(
    mail: OutgoingEmail, sender: str | None = None, now: datetime | None = None
) -> EmailMessage:
    """The validated message with To, Subject, Date, Message-ID and, when known, From."""
    validate(mail)
    if sender is not None:
        check_address(sender, "sender")
    message = EmailMessage(policy=policy.SMTP)
    message["To"] = mail.recipient
    if sender is not None:
        message["From"] = sender
    message["Subject"] = mail.subject
    message["Date"] = format_datetime(now or datetime.now(UTC))
    domain = sender.rpartition("@")[2] if sender else "milio.invalid"
    message["Message-ID"] = make_msgid(domain=domain)
    message.set_content(mail.content, charset="utf-8")
    return message


def gmail_raw(message: EmailMessage) -> str:
    """The message as Gmail's ``raw`` field wants it: RFC 5322 bytes, base64url."""
    return base64.urlsafe_b64encode(message.as_bytes(policy=policy.SMTP)).decode("ascii")
