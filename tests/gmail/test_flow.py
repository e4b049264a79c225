"""The whole Gmail connection and send, against the real libSQL server and a local Google."""

from __future__ import annotations

import base64
import email
import hashlib
from email import policy
from urllib.parse import parse_qs, urlsplit

import pytest

from milio.db import Database
from milio.gmail.mailbox import connected_email
from milio.gmail.messages import OutgoingEmail
from milio.gmail.oauth_flow import handle_callback, start_consent
from milio.gmail.sender import send_email
from milio.services import Services
from milio.settings import Settings
from tests.fakes.google import CLIENT_ID, FakeGoogle
from tests.gmail.conftest import REDIRECT_URI

pytestmark = pytest.mark.sqld


def test_connect_then_get_email_then_send_delivers_the_exact_message(
    sqld_db: Database, gmail_settings: Settings, gmail_services: Services, fake_google: FakeGoogle
) -> None:
    user_id = sqld_db.insert("INSERT INTO users (email, password) VALUES ('u@x.io', 'x')")
    start = start_consent(user_id, gmail_settings)
    url = start.url

    parts = urlsplit(url)
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == fake_google.auth_uri
    assert query["client_id"] == CLIENT_ID
    assert query["redirect_uri"] == REDIRECT_URI
    assert query["response_type"] == "code"
    assert query["scope"].split() == [
        "openid",
        "email",
        "https://www.googleapis.com/auth/gmail.send",
    ]
    assert query["access_type"] == "offline"
    assert query["prompt"] == "consent"
    assert query["code_challenge_method"] == "S256"
    assert len(query["code_challenge"]) == 43
    assert query["state"].count(".") == 2  # a signed JWT, not a bare random value

    redirect = fake_google.approve(url)
    assert redirect["state"] == query["state"]
    result = handle_callback(
        redirect["code"],
        redirect["state"],
        gmail_settings,
        gmail_services,
        browser_binding=start.browser_binding,
    )

    assert result.user_id == user_id
    assert result.google_email == fake_google.user_email
    assert result.access_token.startswith("ya29.")
    exchange = fake_google.calls("token")[0].form()
    assert exchange["grant_type"] == "authorization_code"
    challenge = base64.urlsafe_b64encode(
        hashlib.sha256(exchange["code_verifier"].encode()).digest()
    )
    assert challenge.decode().rstrip("=") == query["code_challenge"]  # PKCE held

    row = sqld_db.fetch_one("SELECT * FROM google_accounts WHERE user_id = ?", (user_id,))
    assert row is not None
    [refresh_token] = fake_google.refresh_tokens()
    stored = " ".join(str(value) for value in row)
    assert fake_google.user_email in stored
    assert refresh_token not in stored
    assert result.access_token not in stored
    assert "1//" not in stored  # Google's refresh tokens start so: none is in clear

    assert connected_email(user_id, gmail_services) == fake_google.user_email

    mail = OutgoingEmail(
        recipient="bob@example.org",
        subject="Réunion demain ✓ — 会議",
        content="Bonjour Bob,\nÀ demain à 10 h.\n日本語のテキスト\n",
    )
    send_email(user_id, mail, gmail_services)

    assert len(fake_google.sent) == 1
    sent = fake_google.sent[0]
    assert sent.user_id == "me"
    assert sent.google_email == fake_google.user_email
    message = email.message_from_bytes(sent.raw, policy=policy.default)
    assert message["To"] == "bob@example.org"
    assert message["From"] == fake_google.user_email
    assert message["Subject"] == "Réunion demain ✓ — 会議"
    assert message["Date"] is not None
    assert message["Message-ID"].startswith("<")
    assert message["Message-ID"].endswith(">")
    assert message.get_content_type() == "text/plain"
    assert message.get_content_charset() == "utf-8"
    body = message.get_content().replace("\r\n", "\n")
    assert body == "Bonjour Bob,\nÀ demain à 10 h.\n日本語のテキスト\n"
    assert set(message.keys()) == {
        "To", "From", "Subject", "Date", "Message-ID",
        "Content-Type", "Content-Transfer-Encoding", "MIME-Version",
    }  # fmt: skip
