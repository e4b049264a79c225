"""Sign-up refuses addresses that mix scripts or look like an existing account's
(UTS #39 skeletons), so a look-alike account cannot receive someone's Gmail consent."""

from __future__ import annotations

import threading

import pytest

from milio import accounts
from milio.confusables import mixes_scripts, skeleton
from milio.db import Database

pytestmark = pytest.mark.sqld
PASSWORD = "s3cret-password"


@pytest.mark.parametrize(
    "address",
    ["\u0430da@example.com", "ada@ex\u0430mple.com", "p\u0430ypal@example.com", "ada@\u0435x.com"],
)
def test_an_address_mixing_scripts_in_one_part_is_refused(sqld_db: Database, address: str) -> None:
    with pytest.raises(accounts.MixedScriptEmailError) as refused:
        accounts.register(address, PASSWORD)
    assert refused.value.status_code == 400
    assert sqld_db.fetch_all("SELECT email FROM users") == []


@pytest.mark.parametrize(
    ("existing", "lookalike"),
    [
        ("ada@example.com", "\u0430\u0501\u0430@example.com"),  # all-Cyrillic local part
        ("paypal@example.com", "paypa1@example.com"),
        ("modern@example.com", "rnodern@example.com"),
        ("ada@example.com", "ada@examp1e.com"),
    ],
)
def test_an_address_that_looks_like_an_existing_one_is_refused(
    sqld_db: Database, existing: str, lookalike: str
) -> None:
    accounts.register(existing, PASSWORD)
    with pytest.raises(accounts.LookalikeEmailError) as refused:
        accounts.register(lookalike, PASSWORD)
    assert refused.value.status_code == 409
    assert [row[0] for row in sqld_db.fetch_all("SELECT email FROM users")] == [existing]


def test_single_script_addresses_of_other_scripts_are_welcome(sqld_db: Database) -> None:
    for address in (
        "ivan@example.com",
        "\u0438\u0432\u0430\u043d@example.com",
        "東京たワ@example.jp",
    ):
        accounts.register(address, PASSWORD)
    assert len(sqld_db.fetch_all("SELECT id FROM users")) == 3


def test_two_racing_look_alike_sign_ups_make_one_account(sqld_db: Database) -> None:
    """The unique skeleton index decides, not the check before the insert."""
    outcomes: list[str] = []
    barrier = threading.Barrier(8)

    def sign_up(address: str) -> None:
        barrier.wait()
        try:
            accounts.register(address, PASSWORD)
            outcomes.append("created")
        except (accounts.LookalikeEmailError, accounts.EmailTakenError):
            outcomes.append("refused")

    addresses = ["paypal@example.com", "paypa1@example.com"] * 4
    threads = [threading.Thread(target=sign_up, args=(a,)) for a in addresses]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["created"] + ["refused"] * 7
    assert len(sqld_db.fetch_all("SELECT id FROM users")) == 1


def test_an_account_of_the_original_server_gets_its_skeleton_at_log_in(sqld_db: Database) -> None:
    from milio import passwords

    sqld_db.execute(
        "INSERT INTO users (email, password) VALUES (?, ?)",
        ("Ada@Example.com", passwords.hash_password(PASSWORD)),
    )
    accounts.register("\u0430\u0501\u0430@example.com", PASSWORD)  # not yet known as a look-alike
    sqld_db.execute("DELETE FROM users WHERE email = ?", ("\u0430\u0501\u0430@example.com",))
    accounts.login("ada@example.com", PASSWORD)
    with pytest.raises(accounts.LookalikeEmailError):
        accounts.register("\u0430\u0501\u0430@example.com", PASSWORD)


def test_skeletons_follow_unicode_confusables() -> None:
    assert skeleton("\u0430da") == skeleton("ada")
    assert skeleton("rn") == skeleton("m")
    assert skeleton("ada") != skeleton("ade")
    assert mixes_scripts("\u0430da")
    assert not mixes_scripts("\u0430\u0434\u0430")
    assert not mixes_scripts("東京たワ")  # Han with kana: one of UTS #39's allowed mixes
