"""Least privilege for secrets, read from the translated template: each function's role
can read only the secrets whose keys its code uses, its environment names exactly those,
and the secret that signs every token keeps the properties it was created with."""

from __future__ import annotations

import json
from typing import Any

import pytest

from milio.settings import APP_SECRET, SECRETS, secret_homes
from tests.deployment.cloudformation import ROOT, resolve, transformed

# The secret resources, by the variable that names each to a function.
SECRET_RESOURCES = {
    "MILIO_SECRET_ARN": "AppSecret",
    "MILIO_DATABASE_SECRET_ARN": "DatabaseSecret",
    "MILIO_MODEL_KEYS_SECRET_ARN": "ModelKeysSecret",
    "MILIO_GOOGLE_SECRET_ARN": "GoogleSecret",
    "MILIO_ENCRYPTION_SECRET_ARN": "EncryptionSecret",
}
# What each function's code reads, by secret key (tokens.py, db.py, gmail/keys.py,
# providers/, gmail/oauth_flow.py; auth decrypts a deleted account's Google grant).
NEEDS = {
    "TokenAuthorizerFunction": {"jwt_secret", "turso_database_url", "turso_auth_token"},
    "AuthFunction": {"jwt_secret", "turso_database_url", "turso_auth_token", "encryption_key"},
    "ChatFunction": {
        "turso_database_url", "turso_auth_token",
        "openai_api_key", "anthropic_api_key", "mistral_api_key", "groq_api_key",
        "decision_memory_key",
    },
    "EmailFunction": {
        "jwt_secret", "turso_database_url", "turso_auth_token", "encryption_key",
        "google_client_id", "google_client_secret",
    },
    "StreamFunction": {
        "jwt_secret", "turso_database_url", "turso_auth_token",
        "openai_api_key", "anthropic_api_key", "mistral_api_key", "groq_api_key",
        "decision_memory_key",  # with the model keys; only chat's memory uses it
    },
}  # fmt: skip
REFS = {name: name for name in transformed()["Resources"]}  # a resource's Ref: its name


def _readable(function: str, parameters: dict[str, str] | None = None) -> set[str]:
    """The secrets (resources) the function's role may GetSecretValue, as deployed."""
    resources = transformed()["Resources"]
    role = resources[resources[function]["Properties"]["Role"]["Fn::GetAtt"][0]]
    policies = resolve(role["Properties"]["Policies"], REFS | (parameters or {}))
    readable = set()
    for policy in policies:
        for statement in policy["PolicyDocument"]["Statement"]:
            actions = statement["Action"]
            if any(action.startswith("secretsmanager:") for action in actions):
                assert set(actions) == {"secretsmanager:GetSecretValue"}
                readable.add(statement["Resource"])
    return readable


def _named(function: str, parameters: dict[str, str] | None = None) -> set[str]:
    """The secrets the function's environment names (what its code will read)."""
    env = transformed()["Resources"][function]["Properties"]["Environment"]["Variables"]
    env = resolve(env, REFS | (parameters or {}))
    return {SECRET_RESOURCES[name] for name in SECRETS if name in env}


def _keys(secrets: set[str]) -> set[str]:
    homes = {name: SECRET_RESOURCES[home] for name, home in secret_homes().items()}
    return {key for key, home in homes.items() if home in secrets}


@pytest.mark.parametrize("function", sorted(NEEDS))
def test_each_function_reads_exactly_the_secrets_its_code_needs(function: str) -> None:
    readable = _readable(function)
    assert _named(function) == readable
    assert _keys(readable) == NEEDS[function]


def test_the_authorizer_shares_only_the_database_with_chat() -> None:
    """Both check the database (the user still exists; the error log): nothing else."""
    assert _readable("TokenAuthorizerFunction") & _readable("ChatFunction") == {"DatabaseSecret"}
    assert "jwt_secret" not in _keys(_readable("ChatFunction"))
    model_and_google = {"openai_api_key", "groq_api_key", "google_client_secret", "encryption_key"}
    assert not _keys(_readable("TokenAuthorizerFunction")) & model_and_google


def test_model_keys_reach_only_chat_and_stream_and_google_only_email() -> None:
    readers = {
        secret: {function for function in NEEDS if secret in _readable(function)}
        for secret in SECRET_RESOURCES.values()
    }
    assert readers["ModelKeysSecret"] == {"ChatFunction", "StreamFunction"}
    assert readers["GoogleSecret"] == {"EmailFunction"}
    assert readers["EncryptionSecret"] == {"EmailFunction", "AuthFunction"}
    assert readers["DatabaseSecret"] == set(NEEDS)


def test_upgrading_from_one_secret_lets_chat_read_it_until_the_split() -> None:
    upgrading = {"UpgradeFromOneSecret": "true"}
    assert _readable("ChatFunction", upgrading) == {
        "AppSecret",
        "DatabaseSecret",
        "ModelKeysSecret",
    }
    assert _named("ChatFunction", upgrading) == _readable("ChatFunction", upgrading)
    assert transformed()["Parameters"]["UpgradeFromOneSecret"]["Default"] == "false"


def test_every_secret_survives_stack_deletion_and_replacement() -> None:
    resources = transformed()["Resources"]
    for name in SECRET_RESOURCES.values():
        secret = resources[name]
        assert secret["DeletionPolicy"] == secret["UpdateReplacePolicy"] == "Retain", name


def test_the_token_signing_secret_keeps_the_properties_it_was_created_with() -> None:
    """A changed GenerateSecretString makes CloudFormation generate a new value: every
    issued token, and every key put in by hand, would be lost."""
    props: dict[str, Any] = transformed()["Resources"]["AppSecret"]["Properties"]
    assert props["GenerateSecretString"] == {
        "SecretStringTemplate": '{"turso_database_url": "", "turso_auth_token": ""}',
        "GenerateStringKey": "jwt_secret",
        "PasswordLength": 64,
        "ExcludePunctuation": True,
    }
    assert props["Description"].startswith("Milio application secrets (JSON): jwt_secret,")
    assert "SecretString" not in props


def test_every_secret_key_has_a_home_a_function_names() -> None:
    homes = set(secret_homes().values())
    assert homes == set(SECRETS)
    assert secret_homes()["jwt_secret"] == APP_SECRET


def test_sam_local_invoke_blanks_every_secret_a_function_names() -> None:
    """Otherwise the function would ask Secrets Manager for a logical id, not use the
    local secrets file."""
    env_vars = json.loads((ROOT / "events/env-vars.json").read_text())
    for function in NEEDS:
        if function == "StreamFunction":
            continue  # runs under the Web Adapter, not `sam local invoke`
        env = transformed()["Resources"][function]["Properties"]["Environment"]["Variables"]
        named = {name for name in SECRETS if name in env}
        assert named
        assert {name for name, value in env_vars[function].items() if value == ""} >= named
