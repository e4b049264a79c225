"""The OAuth callback: what it refuses, and that a refusal stores nothing."""

from __future__ import annotations

import time
from urllib.parse import parse_qs, urlsplit

import jwt
import pytest

from milio.db import Database
from milio.gmail.accounts import load_account
from milio.gmail.errors import GmailUnavailableError, GoogleConsentError, InvalidOAuthStateError
from milio.gmail.keys import state_signing_key
from milio.gmail.oauth_flow import handle_callback, start_consent
from milio.gmail.oauth_state import STATE_TTL_SECONDS, issue_state
from milio.services import Services
from milio.settings import Settings, load_settings
from tests.fakes.google import USERINFO_EMAIL, FakeGoogle
from tests.gmail.conftest import approve


def _nothing_stored(db: Database) -> bool:
    rows = db.fetch_one("SELECT COUNT(*) FROM google_accounts")
    return rows is not None and rows[0] == 0


def test_callback_stores_the_account_of_the_user_who_started(
    local_db: Database, gmail_settings: Settings, gmail_services: Services, fake_google: FakeGoogle
) -> None:
    redirect = approve(fake_google, 3, gmail_settings)
    handle_callback(
        redirect["code"],
        redirect["state"],
        gmail_settings,
        gmail_services,
        browser_binding=redirect["binding"],
    )

    account = load_account(3, local_db, gmail_settings)
    assert account is not None
    assert account.google_email == fake_google.user_email
    assert account.refresh_token == fake_google.refresh_tokens()[0]
    assert "https://www.googleapis.com/auth/gmail.send" in account.scopes


def test_a_replayed_state_is_refused(
    local_db: Database, gmail_settings: Settings, gmail_services: Services, fake_google: FakeGoogle
) -> None:
    start = start_consent(3, gmail_settings)
    url, binding = start.url, start.browser_binding
    first = fake_google.approve(url)
    handle_callback(
        first["code"], first["state"], gmail_settings, gmail_services, browser_binding=binding
    )
    local_db.execute("DELETE FROM google_accounts")
    second = fake_google.approve(url)  # a new code, the same state

    with pytest.raises(InvalidOAuthStateError):
        handle_callback(
            second["code"], second["state"], gmail_settings, gmail_services, browser_binding=binding
        )
    assert _nothing_stored(local_db)
    assert len(fake_google.calls("token")) == 1  # the replay never reached Google


def test_an_expired_state_is_refused(
    local_db: Database, gmail_settings: Settings, gmail_services: Services, fake_google: FakeGoogle
) -> None:
    state, _ = issue_state(3, gmail_settings, "b", now=time.time() - STATE_TTL_SECONDS - 5)
    with pytest.raises(InvalidOAuthStateError):
        handle_callback("4/0Acode", state, gmail_settings, gmail_services, browser_binding="b")
    assert _nothing_stored(local_db)
    assert fake_google.calls("token") == []


@pytest.mark.parametrize(
    "state",
    ["", "not-a-jwt", "a.b.c", "x" * 5000],
    ids=["empty", "garbage", "three-parts", "huge"],
)
def test_a_malformed_state_is_refused(
    local_db: Database,
    gmail_settings: Settings,
    gmail_services: Services,
    fake_google: FakeGoogle,
    state: str,
) -> None:
    with pytest.raises(InvalidOAuthStateError):
        handle_callback("4/0Acode", state, gmail_settings, gmail_services, browser_binding="b")
    assert _nothing_stored(local_db)


def test_a_state_rewritten_for_another_user_is_refused(
    local_db: Database, gmail_settings: Settings, gmail_services: Services, fake_google: FakeGoogle
) -> None:
    redirect = approve(fake_google, 3, gmail_settings)
    claims = jwt.decode(redirect["state"], options={"verify_signature": False})
    claims["sub"] = "4"
    forged_with_other_key = jwt.encode(claims, "k" * 32, algorithm="HS256")
    # The JWT secret itself is not the state key: a token signer cannot forge states.
    forged_with_jwt_secret = jwt.encode(
        claims, gmail_settings.jwt_secret.get_secret_value(), algorithm="HS256"
    )

    for forged in (forged_with_other_key, forged_with_jwt_secret):
        with pytest.raises(InvalidOAuthStateError):
            handle_callback(
                redirect["code"],
                forged,
                gmail_settings,
                gmail_services,
                browser_binding=redirect["binding"],
            )
    assert _nothing_stored(local_db)
    assert (
        state_signing_key(gmail_settings) != gmail_settings.jwt_secret.get_secret_value().encode()
    )


def test_a_consent_link_finished_in_another_browser_is_refused(
    local_db: Database, gmail_settings: Settings, gmail_services: Services, fake_google: FakeGoogle
) -> None:
    # User 3 sends their consent link to user 4, who consents in their own browser.
    attacker = start_consent(3, gmail_settings)
    victim = start_consent(4, gmail_settings)
    redirect = fake_google.approve(attacker.url)

    with pytest.raises(InvalidOAuthStateError):
        handle_callback(
            redirect["code"], redirect["state"], gmail_settings, gmail_services,
            browser_binding=victim.browser_binding,
        )  # fmt: skip
    assert _nothing_stored(local_db)


def test_the_browser_binding_of_the_same_browser_is_accepted(
    local_db: Database, gmail_settings: Settings, gmail_services: Services, fake_google: FakeGoogle
) -> None:
    start = start_consent(3, gmail_settings)
    redirect = fake_google.approve(start.url)
    result = handle_callback(
        redirect["code"],
        redirect["state"],
        gmail_settings,
        gmail_services,
        browser_binding=start.browser_binding,
    )
    assert result.user_id == 3


@pytest.mark.parametrize(
    ("overrides", "foreign_key"),
    [
        ({"aud": "someone-else.apps.googleusercontent.com"}, False),
        ({"iss": "https://evil.example"}, False),
        ({"email_verified": False}, False),
        ({"exp": int(time.time()) - 3600, "iat": int(time.time()) - 7200}, False),
        ({}, True),
    ],
    ids=["audience", "issuer", "unverified-email", "expired", "signature"],
)
def test_an_id_token_that_does_not_verify_stores_nothing(
    local_db: Database,
    gmail_settings: Settings,
    gmail_services: Services,
    fake_google: FakeGoogle,
    overrides: dict[str, object],
    foreign_key: bool,
) -> None:
    fake_google.id_token_overrides = overrides
    fake_google.sign_with_foreign_key = foreign_key
    redirect = approve(fake_google, 3, gmail_settings)

    with pytest.raises(GoogleConsentError):
        handle_callback(
            redirect["code"],
            redirect["state"],
            gmail_settings,
            gmail_services,
            browser_binding=redirect["binding"],
        )
    assert _nothing_stored(local_db)


def test_id_tokens_verify_against_pem_certificates_too(
    local_db: Database,
    gmail_settings: Settings,
    fake_google: FakeGoogle,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MILIO_GOOGLE_CERTS_URI", fake_google.pem_certs_uri)
    settings = load_settings()
    redirect = approve(fake_google, 3, settings)

    result = handle_callback(
        redirect["code"],
        redirect["state"],
        settings,
        Services(settings),
        browser_binding=redirect["binding"],
    )
    assert result.user_id == 3
    assert fake_google.calls("certs")[0].path == "/oauth2/v1/certs"


def test_consent_without_the_send_permission_stores_nothing(
    local_db: Database, gmail_settings: Settings, gmail_services: Services, fake_google: FakeGoogle
) -> None:
    fake_google.granted_scopes = ("openid", USERINFO_EMAIL)  # the user unticked "send"
    redirect = approve(fake_google, 3, gmail_settings)

    with pytest.raises(GoogleConsentError):
        handle_callback(
            redirect["code"],
            redirect["state"],
            gmail_settings,
            gmail_services,
            browser_binding=redirect["binding"],
        )
    assert _nothing_stored(local_db)


def test_a_code_google_refuses_stores_nothing(
    local_db: Database, gmail_settings: Settings, gmail_services: Services, fake_google: FakeGoogle
) -> None:
    redirect = approve(fake_google, 3, gmail_settings)
    with pytest.raises(GoogleConsentError):
        handle_callback(
            "4/0Anot-a-code-google-issued",
            redirect["state"],
            gmail_settings,
            gmail_services,
            browser_binding=redirect["binding"],
        )
    assert _nothing_stored(local_db)


@pytest.mark.parametrize("status", [500, 503])
def test_a_failing_token_endpoint_is_unavailable_not_a_user_error(
    local_db: Database,
    gmail_settings: Settings,
    gmail_services: Services,
    fake_google: FakeGoogle,
    status: int,
) -> None:
    redirect = approve(fake_google, 3, gmail_settings)
    fake_google.fail_next("token", status)
    with pytest.raises(GmailUnavailableError):
        handle_callback(
            redirect["code"],
            redirect["state"],
            gmail_settings,
            gmail_services,
            browser_binding=redirect["binding"],
        )
    assert _nothing_stored(local_db)


def test_reconnecting_replaces_the_account(
    local_db: Database, gmail_settings: Settings, gmail_services: Services, fake_google: FakeGoogle
) -> None:
    for address in ("first@gmail.com", "second@gmail.com"):
        fake_google.user_email = address
        redirect = approve(fake_google, 3, gmail_settings)
        handle_callback(
            redirect["code"],
            redirect["state"],
            gmail_settings,
            gmail_services,
            browser_binding=redirect["binding"],
        )

    rows = local_db.fetch_all("SELECT google_email FROM google_accounts WHERE user_id = 3")
    assert rows == [("second@gmail.com",)]
    account = load_account(3, local_db, gmail_settings)
    assert account is not None
    assert account.refresh_token == fake_google.refresh_tokens()[1]


def test_consent_url_asks_for_exactly_three_scopes_and_offline_access(
    gmail_settings: Settings,
) -> None:
    query = parse_qs(urlsplit(start_consent(1, gmail_settings).url).query)
    assert sorted(query["scope"][0].split()) == sorted(
        ["openid", "email", "https://www.googleapis.com/auth/gmail.send"]
    )
    assert query["access_type"] == ["offline"]
    assert "include_granted_scopes" not in query
    assert start_consent(1, gmail_settings).url != start_consent(1, gmail_settings).url


def test_a_callback_without_the_browser_binding_is_refused(
    local_db: Database, gmail_settings: Settings, gmail_services: Services, fake_google: FakeGoogle
) -> None:
    """Before: the binding was checked only when present, so a browser without the cookie
    (the person the consent link was sent to) connected their Gmail to the sender."""
    redirect = approve(fake_google, 3, gmail_settings)
    with pytest.raises(InvalidOAuthStateError):
        handle_callback(
            redirect["code"],
            redirect["state"],
            gmail_settings,
            gmail_services,
            browser_binding=None,
        )
    assert _nothing_stored(local_db)
    assert fake_google.calls("token") == []
