"""The email routes as the desktop client calls them, through the whole local API."""

from __future__ import annotations

import email
import re
from email import policy
from urllib.parse import parse_qs, parse_qsl, urlsplit

import pytest
from fastapi.testclient import TestClient

from email_api import BINDING_COOKIE, SECURE_BINDING_COOKIE
from milio.db import Database
from milio.settings import Settings, get_settings
from milio.tokens import issue_token
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


def _consent_url(browser: TestClient, page_url: str, params: dict[str, str]) -> str:
    """Open the confirmation page in ``browser`` and press its button: Google's consent URL."""
    page = browser.get(page_url, params=params)
    assert page.status_code == 200
    assert page.headers["referrer-policy"] == "no-referrer"
    assert "form-action 'self' http://127.0.0.1:" in page.headers["content-security-policy"]
    match = re.search(r'name="ticket" value="([^"]+)"', page.text)
    assert match is not None
    go = browser.post("/email/login", data={"ticket": match.group(1)}, follow_redirects=False)
    assert go.status_code == 303, go.text
    return go.headers["location"]


def _connect_as_the_desktop_client(api: TestClient, user: ApiUser, google: FakeGoogle) -> str:
    consent = _consent_url(api, "/email/login", {"jwt": user.token})
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
    url = urlsplit(start.json()["url"])
    assert api_user.token not in start.json()["url"]
    assert url.path == "/email/login"  # the same confirmation page as the desktop client's
    consent = _consent_url(api, url.path, dict(parse_qsl(url.query)))
    redirect = google.approve(consent)
    assert api.get("/email/handleCallback", params=redirect).status_code == 200
    stored = api.post("/email/get-email", json={}, headers=api_user.headers)
    assert stored.json() == {"emailAddress": google.user_email}


def test_a_replayed_callback_is_an_error_page(
    api: TestClient, api_user: ApiUser, google: FakeGoogle
) -> None:
    redirect = google.approve(_consent_url(api, "/email/login", {"jwt": api_user.token}))
    assert api.get("/email/handleCallback", params=redirect).status_code == 200
    replay = api.get("/email/handleCallback", params=redirect)
    assert replay.status_code == 400
    assert "token-received" not in replay.text


@pytest.mark.parametrize("start", ["/email/login", "/email/oauth/start"])
def test_a_consent_url_made_for_a_and_completed_in_another_browser_attaches_nothing_to_a(
    api: TestClient, api_user: ApiUser, sqld_db: Database, google: FakeGoogle, start: str
) -> None:
    """A hands Google's consent URL to B; B consents in B's own browser, with no binding
    cookie or with the one of B's own flow. Nothing is attached to A."""
    if start == "/email/login":
        consent = _consent_url(api, start, {"jwt": api_user.token})
    else:
        url = urlsplit(api.post(start, headers=api_user.headers).json()["url"])
        consent = _consent_url(api, url.path, dict(parse_qsl(url.query)))
    b_id = sqld_db.insert("INSERT INTO users (email, password) VALUES ('b@x.org', 'x')")
    b_token = issue_token(b_id, "b@x.org", get_settings()).token
    with TestClient(api.app) as b_browser:
        refused = b_browser.get("/email/handleCallback", params=google.approve(consent))
        assert refused.status_code == 400
        _consent_url(b_browser, "/email/login", {"jwt": b_token})  # B's own binding cookie
        refused = b_browser.get("/email/handleCallback", params=google.approve(consent))
        assert refused.status_code == 400
    assert "token-received" not in refused.text
    assert sqld_db.fetch_all("SELECT user_id FROM google_accounts") == []
    assert api.post("/email/get-email", json={}, headers=api_user.headers).status_code == 404


def test_the_confirmation_page_names_the_account_that_will_get_access(
    api: TestClient, api_user: ApiUser, google: FakeGoogle
) -> None:
    page = api.get("/email/login", params={"jwt": api_user.token})
    assert f"<strong>{api_user.email}</strong>" in page.text
    assert BINDING_COOKIE in page.headers["set-cookie"]
    assert "httponly" in page.headers["set-cookie"].lower()
    assert "samesite=lax" in page.headers["set-cookie"].lower()
    assert "<script" not in page.text
    assert google.requests == []  # nobody is sent to Google before the button


def test_the_confirmation_form_only_continues_from_the_browser_that_showed_it(
    api: TestClient, api_user: ApiUser, google: FakeGoogle
) -> None:
    """The form's ticket is the CSRF token: bound to the page's cookie."""
    page = api.get("/email/login", params={"jwt": api_user.token})
    match = re.search(r'name="ticket" value="([^"]+)"', page.text)
    assert match is not None
    with TestClient(api.app) as other_browser:
        refused = other_browser.post(
            "/email/login", data={"ticket": match.group(1)}, follow_redirects=False
        )
    assert refused.status_code == 400
    forged = api.post("/email/login", data={"ticket": "forged"}, follow_redirects=False)
    assert forged.status_code == 400
    start_ticket = urlsplit(api.post("/email/oauth/start", headers=api_user.headers).json()["url"])
    unbound = dict(parse_qsl(start_ticket.query))  # a start ticket is no form ticket
    assert api.post("/email/login", data=unbound, follow_redirects=False).status_code == 400


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


def test_a_form_with_too_many_fields_is_refused_as_a_page(
    api: TestClient, google: FakeGoogle
) -> None:
    """Found by schemathesis: parse_qs raised past its field limit, a 500."""
    fields = {f"f{i}": "x" for i in range(20)}
    response = api.post("/email/login", data=fields, follow_redirects=False)
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/html")


def test_a_form_ticket_takes_the_browser_to_google_once(
    api: TestClient, api_user: ApiUser, google: FakeGoogle
) -> None:
    page = api.get("/email/login", params={"jwt": api_user.token})
    match = re.search(r'name="ticket" value="([^"]+)"', page.text)
    assert match is not None
    first = api.post("/email/login", data={"ticket": match.group(1)}, follow_redirects=False)
    assert first.status_code == 303
    again = api.post("/email/login", data={"ticket": match.group(1)}, follow_redirects=False)
    assert again.status_code == 400
    assert "already used" in again.text


def test_a_start_ticket_opens_the_confirmation_page_once(
    api: TestClient, api_user: ApiUser, google: FakeGoogle
) -> None:
    url = urlsplit(api.post("/email/oauth/start", headers=api_user.headers).json()["url"])
    start = dict(parse_qsl(url.query))
    assert api.get("/email/login", params=start).status_code == 200
    again = api.get("/email/login", params=start)
    assert again.status_code == 400
    assert 'name="ticket"' not in again.text


def test_over_https_the_binding_cookie_has_the_host_prefix(
    api: TestClient, api_user: ApiUser, google: FakeGoogle
) -> None:
    with TestClient(api.app, base_url="https://testserver") as browser:
        page = browser.get("/email/login", params={"jwt": api_user.token})
        cookie = page.headers["set-cookie"]
        assert cookie.startswith(f"{SECURE_BINDING_COOKIE}=")
        assert "; secure" in cookie.lower()
        assert "path=/;" in cookie.lower() or cookie.lower().endswith("path=/")
        assert "domain=" not in cookie.lower()
        match = re.search(r'name="ticket" value="([^"]+)"', page.text)
        assert match is not None
        go = browser.post("/email/login", data={"ticket": match.group(1)}, follow_redirects=False)
        assert go.status_code == 303  # the prefixed cookie is the one read back
        redirect = google.approve(go.headers["location"])
        done = browser.get("/email/handleCallback", params=redirect)
        assert done.status_code == 200
        assert "token-received" in done.text
        # Over HTTPS the plain name is not read: it is a cookie a sibling could plant.
        page = browser.get("/email/login", params={"jwt": api_user.token})
        match = re.search(r'name="ticket" value="([^"]+)"', page.text)
        assert match is not None
        binding = browser.cookies[SECURE_BINDING_COOKIE]
        browser.cookies.clear()
        browser.cookies.set(BINDING_COOKIE, binding)
        planted = browser.post(
            "/email/login", data={"ticket": match.group(1)}, follow_redirects=False
        )
        assert planted.status_code == 400


def test_a_non_ascii_account_is_spelled_out_on_the_confirmation_page(
    api: TestClient, sqld_db: Database, google: FakeGoogle
) -> None:
    address = "\u0430\u0501\u0430@\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444"
    user_id = sqld_db.insert("INSERT INTO users (email, password) VALUES (?, 'x')", (address,))
    token = issue_token(user_id, address, get_settings()).token
    page = api.get("/email/login", params={"jwt": token})
    assert page.status_code == 200
    assert "U+0430 CYRILLIC SMALL LETTER A" in page.text
    assert "U+0501 CYRILLIC SMALL LETTER KOMI DE" in page.text
    assert "\\u0430\\u0501\\u0430@xn--e1afmkfd.xn--p1ai" in page.text


def test_an_ascii_account_is_shown_as_it_is(
    api: TestClient, api_user: ApiUser, google: FakeGoogle
) -> None:
    page = api.get("/email/login", params={"jwt": api_user.token})
    assert "not plain Latin" not in page.text
