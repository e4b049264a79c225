"""Fixtures of the Gmail tests: a local Google and settings pointed at it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from milio.db import Database
from milio.services import Services
from milio.settings import Settings, get_settings
from tests.fakes.google import FakeGoogle, running_fake_google

REDIRECT_URI = "http://127.0.0.1:9/email/handleCallback"  # never called: tests act as the browser
ENCRYPTION_KEY = "test-encryption-key-" + "k" * 40


@pytest.fixture
def fake_google() -> Iterator[FakeGoogle]:
    with running_fake_google() as fake:
        yield fake


@pytest.fixture
def gmail_settings(fake_google: FakeGoogle, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings whose Google endpoints are the fake's."""
    for name, value in fake_google.settings_env(REDIRECT_URI).items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("MILIO_ENCRYPTION_KEY", ENCRYPTION_KEY)
    # The fake speaks plain HTTP on loopback; oauthlib insists on HTTPS otherwise.
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    # No proxy may stand between the libraries and 127.0.0.1.
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    get_settings.cache_clear()
    return get_settings()


@pytest.fixture
def gmail_services(gmail_settings: Settings) -> Iterator[Services]:
    """The test's own services over those settings: its own database client and Google
    clients, with nothing of the process's to clear."""
    services = Services(gmail_settings)
    yield services
    if "database" in services.__dict__:  # built by the test
        services.database.close()


def approve(fake: FakeGoogle, user_id: int, settings: Settings) -> dict[str, str]:
    """Start a consent for ``user_id`` and have Google approve it: the callback's query,
    plus the ``binding`` the starting browser keeps in its cookie."""
    from milio.gmail.oauth_flow import start_consent

    start = start_consent(user_id, settings)
    return fake.approve(start.url) | {"binding": start.browser_binding}


def connect_gmail(fake: FakeGoogle, services: Services, user_id: int) -> str:
    """Run the whole consent for ``user_id``; answer the access token the app receives."""
    from milio.gmail.oauth_flow import handle_callback

    settings = services.settings
    redirect = approve(fake, user_id, settings)
    result = handle_callback(
        redirect["code"], redirect["state"], settings, services, browser_binding=redirect["binding"]
    )
    return result.access_token


@pytest.fixture
def local_db(local_db: Database) -> Database:
    """The local database with users 1 to 9: Gmail rows are written only for users that exist."""
    for user_id in range(1, 10):
        local_db.execute(
            "INSERT INTO users (id, email, password) VALUES (?, ?, 'x')",
            (user_id, f"u{user_id}@x.io"),
        )
    return local_db
