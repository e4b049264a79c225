"""The email routes as the desktop client calls them, through the whole local API."""

from __future__ import annotations

import email
from email import policy
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient

from email_api import BINDING_COOKIE
from milio.settings import Settings, get_settings
from tests.conftest import ApiUser
from tests.fakes.google import FakeGoogle

pytestmark = pytest.mark.sqld


@pytest.fixture
def google(
    gmail_settings: Settings, fake_google: FakeGoogle, monkeypatch: pytest.MonkeyPatch
) -> FakeGoogle:
    # No configured redirect: the callback URL is derived from the request, as in AWS.
    monkeypatch.delenv("MILIO_GOOGLE_REDIRECT_URI")
    get_settings.cache_clear()
    return fake_google


def _connect_as_the_desktop_client(api: TestClient, user: ApiUser, google: FakeGoogle) -> str:
    start = api.get("/email/login", params={"jwt": user.token}, follow_redirects=False)
    assert start.status_code == 302
    assert start.headers["referrer-policy"] == "no-referrer"
    consent = start.headers["location"]
    query = parse_qs(urlsplit(consent).query)
    assert query["redirect_uri"] == ["http://testserver/email/handleCallback"]
    redirect = google.approve(consent)
    page = api.get("/email/handleCallback", params=redirect)
    assert page.status_code == 200
    assert "script-src 'nonce-" in page.headers["content-security-policy"]
    assert "token-received" in page.text
    return next(line for line in page.text.split('"') if line.startswith("ya29."))


def test_the_desktop_clients_gmail_calls_work_end_to_end(
    api: TestClient, api_user: ApiUser, google: FakeGoogle
) -> None:
    access_token = _connect_as_the_desktop_client(api, api_user, google)

    address = api.post(
        "/email/get-email", json={"AccessToken": access_token}, headers=api_user.headers
    )
    assert address.status_code == 200
    assert address.json() == {"emailAddress": google.user_email}

    sent = api.post(
        "/email/send",
        json={
            "accessToken": access_token,
            "recipientEmail": "grace@example.com",
            "subject": "Réunion demain",
            "content": "Bonjour,\nà demain ☕",
        },
        headers=api_user.headers,
    )
    assert sent.status_code == 200, sent.text
    assert len(google.sent) == 1
    message = email.message_from_bytes(google.sent[0].raw, policy=policy.default)
    assert message["To"] == "grace@example.com"
    assert message["Subject"] == "Réunion demain"
    assert message.get_content().replace("\r\n", "\n").strip() == "Bonjour,\nà demain ☕"


def test_a_header_injection_is_refused_and_nothing_is_sent(
    api: TestClient, api_user: ApiUser, google: FakeGoogle
) -> None:
    access_token = _connect_as_the_desktop_client(api, api_user, google)
    response = api.post(
        "/email/send",
        json={
            "accessToken": access_token,
            "recipientEmail": "grace@example.com",
            "subject": "hi\r\nBcc: everyone@example.com",
            "content": "x",
        },
        headers=api_user.headers,
    )
    assert response.status_code == 400
    assert "error" in response.json()
    assert google.sent == []


def test_the_better_start_keeps_the_token_out_of_urls(
    api: TestClient, api_user: ApiUser, google: FakeGoogle
) -> None:
    start = api.post("/email/oauth/start", headers=api_user.headers)
    assert start.status_code == 200
    assert api_user.token not in start.json()["url"]
    redirect = google.approve(start.json()["url"])
    assert api.get("/email/handleCallback", params=redirect).status_code == 200
    stored = api.post("/email/get-email", json={}, headers=api_user.headers)
    assert stored.json() == {"emailAddress": google.user_email}


def test_a_replayed_callback_is_an_error_page(
    api: TestClient, api_user: ApiUser, google: FakeGoogle
) -> None:
    start = api.post("/email/oauth/start", headers=api_user.headers)
    redirect = google.approve(start.json()["url"])
    assert api.get("/email/handleCallback", params=redirect).status_code == 200
    replay = api.get("/email/handleCallback", params=redirect)
    assert replay.status_code == 400
    assert "token-received" not in replay.text


def test_a_consent_started_in_another_browser_is_refused(
    api: TestClient, api_user: ApiUser, google: FakeGoogle
) -> None:
    start = api.get("/email/login", params={"jwt": api_user.token}, follow_redirects=False)
    redirect = google.approve(start.headers["location"])
    api.cookies.set(BINDING_COOKIE, "someone-elses-binding")
    response = api.get("/email/handleCallback", params=redirect)
    assert response.status_code == 400
    assert api.post("/email/get-email", json={}, headers=api_user.headers).status_code == 404


def test_an_invalid_jwt_in_the_login_url_gets_an_error_page(
    api: TestClient, google: FakeGoogle
) -> None:
    response = api.get("/email/login", params={"jwt": "forged"}, follow_redirects=False)
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("text/html")
    assert google.requests == []


def test_get_email_when_not_connected_is_a_clear_404(
    api: TestClient, api_user: ApiUser, google: FakeGoogle
) -> None:
    response = api.post("/email/get-email", json={}, headers=api_user.headers)
    assert response.status_code == 404
    assert response.json()["error"]


def test_disconnect_revokes_and_forgets(
    api: TestClient, api_user: ApiUser, google: FakeGoogle
) -> None:
    _connect_as_the_desktop_client(api, api_user, google)
    response = api.delete("/email/account", headers=api_user.headers)
    assert response.status_code == 200
    assert response.json()["revokedAtGoogle"] is True
    assert api.post("/email/get-email", json={}, headers=api_user.headers).status_code == 404
