"""`make split-secret` and `make doctor` on a stack from before the split, against a real
moto_server: every key ends in its own secret, the effective values never change (the old
encryption key wins over the generated one), and the doctor says when the move is due."""

from __future__ import annotations

import json
import uuid
from typing import Any

import boto3
import pytest

from milio.settings import (
    APP_SECRET,
    DATABASE_SECRET,
    ENCRYPTION_SECRET,
    GOOGLE_SECRET,
    MODEL_KEYS_SECRET,
    merge_secrets,
    read_secrets,
)
from scripts import doctor
from scripts.split_secret import split

pytestmark = pytest.mark.moto

ONE_SECRET = {  # what an operator put into the one secret before the split
    "jwt_secret": "j" * 64,
    "turso_database_url": "libsql://db.example",
    "turso_auth_token": "tok-8f3a",
    "groq_api_key": "gsk",
    "anthropic_api_key": "sk-ant",
    "google_client_id": "cid",
    "google_client_secret": "csecret",
    "encryption_key": "old-key",
}
CREATED = {  # what the stack's update creates beside it
    DATABASE_SECRET: {"turso_database_url": "", "turso_auth_token": ""},
    MODEL_KEYS_SECRET: {"openai_api_key": "", "groq_api_key": ""},
    GOOGLE_SECRET: {"google_client_id": "", "google_client_secret": ""},
    ENCRYPTION_SECRET: {"encryption_key": "generated"},
}


@pytest.fixture
def client(moto_url: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("AWS_ENDPOINT_URL", moto_url)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    return boto3.client("secretsmanager", endpoint_url=moto_url)


FRESH = {"MILIO_SECRET_MAX_AGE_SECONDS": "0"}  # every read asks Secrets Manager, no cache


def _stack(client: Any) -> dict[str, str]:
    arns = {}
    for variable, values in {APP_SECRET: ONE_SECRET, **CREATED}.items():
        name = f"split-{variable.lower()}-{uuid.uuid4().hex}"
        arns[variable] = client.create_secret(Name=name, SecretString=json.dumps(values))["ARN"]
    return arns


def _content(client: Any, arn: str) -> dict[str, str]:
    data: dict[str, str] = json.loads(client.get_secret_value(SecretId=arn)["SecretString"])
    return data


def test_split_moves_each_key_home_and_changes_no_effective_value(client: Any) -> None:
    arns = _stack(client)
    before = merge_secrets(read_secrets(arns | FRESH))
    lines: list[str] = []

    moved = split(client, arns, lines.append)

    assert set(moved) == set(ONE_SECRET) - {"jwt_secret"}
    assert _content(client, arns[APP_SECRET]) == {"jwt_secret": "j" * 64}
    assert _content(client, arns[DATABASE_SECRET]) == {
        "turso_database_url": "libsql://db.example",
        "turso_auth_token": "tok-8f3a",
    }
    assert _content(client, arns[MODEL_KEYS_SECRET]) == {
        "openai_api_key": "",
        "groq_api_key": "gsk",
        "anthropic_api_key": "sk-ant",
    }
    assert _content(client, arns[ENCRYPTION_SECRET]) == {"encryption_key": "old-key"}
    assert merge_secrets(read_secrets(arns | FRESH)) == before
    assert not any(value in line for line in lines for value in ("gsk", "old-key", "tok-8f3a"))

    assert split(client, arns, lines.append) == []  # again: nothing to move


def test_what_each_function_reads_after_the_split(client: Any) -> None:
    arns = _stack(client)
    split(client, arns, lambda _: None)
    authorizer = merge_secrets(
        read_secrets({v: arns[v] for v in (APP_SECRET, DATABASE_SECRET)} | FRESH)
    )
    assert set(authorizer) == {"jwt_secret", "turso_database_url", "turso_auth_token"}
    chat = merge_secrets(
        read_secrets({v: arns[v] for v in (DATABASE_SECRET, MODEL_KEYS_SECRET)} | FRESH)
    )
    assert "jwt_secret" not in chat
    assert chat["groq_api_key"] == "gsk"


def test_the_doctor_fails_until_the_keys_are_moved(client: Any) -> None:
    arns = _stack(client)
    lines: list[str] = []
    assert doctor.check_secrets(arns | FRESH, lines.append) is False
    assert "make split-secret" in lines[-1]
    assert "groq_api_key" in lines[-1]
    assert "gsk" not in lines[-1]

    split(client, arns, lambda _: None)

    assert doctor.check_secrets(arns | FRESH, lines.append) is True
    assert lines[-1].startswith("ok   secrets")
