import dataclasses
import json
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from milio.errors import ConfigurationError
from milio.settings import Settings, get_settings, load_secret_values, load_settings, secret_keys

ROOT = Path(__file__).resolve().parents[2]


def test_local_secrets_are_generated_once_with_private_permissions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MILIO_JWT_SECRET")
    monkeypatch.setenv("MILIO_LOCAL_DIR", str(tmp_path / "fresh"))
    first = get_settings().jwt_secret.get_secret_value()
    get_settings.cache_clear()
    second = get_settings().jwt_secret.get_secret_value()
    path = tmp_path / "fresh" / "secrets.json"
    assert first == second
    assert len(first) >= 48
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text())["jwt_secret"] == first


def test_two_local_directories_get_different_secrets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MILIO_JWT_SECRET")
    monkeypatch.setenv("MILIO_LOCAL_DIR", str(tmp_path / "a"))
    a = load_settings().jwt_secret.get_secret_value()
    monkeypatch.setenv("MILIO_LOCAL_DIR", str(tmp_path / "b"))
    b = load_settings().jwt_secret.get_secret_value()
    assert a != b


def test_environment_overrides_the_secret_source(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MILIO_JWT_SECRET", "from-the-environment-" + "z" * 30)
    assert get_settings().jwt_secret.get_secret_value().startswith("from-the-environment-")


def test_the_secret_fills_what_the_environment_leaves_unset() -> None:
    settings = load_settings(
        environ={"MILIO_OPENAI_MODEL": "gpt-test"},
        secret_values={"jwt_secret": "s" * 40, "groq_api_key": "gsk", "openai_api_key": ""},
    )
    assert settings.jwt_secret.get_secret_value() == "s" * 40
    assert settings.groq_api_key is not None
    assert settings.groq_api_key.get_secret_value() == "gsk"
    assert settings.openai_api_key is None  # an empty value counts as unset
    assert settings.openai_model == "gpt-test"


def test_a_deployed_function_never_invents_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_LAMBDA_FUNCTION_NAME", "milio-auth")
    with pytest.raises(ConfigurationError, match="MILIO_SECRET_ARN"):
        load_secret_values()


def test_a_deployment_without_a_database_url_stops_with_a_clear_error() -> None:
    with pytest.raises(ConfigurationError, match="turso_database_url"):
        load_settings(environ={"MILIO_ENV": "aws"}, secret_values={"jwt_secret": "s" * 40})
    deployed = load_settings(
        environ={"MILIO_ENV": "aws"},
        secret_values={"jwt_secret": "s" * 40, "turso_database_url": "libsql://db.turso.io"},
    )
    assert deployed.database_url == "libsql://db.turso.io"


def test_a_deployment_refuses_a_database_file() -> None:
    """Deployed functions ship no driver for files: a path must stop them at start-up."""
    with pytest.raises(ConfigurationError, match="file path"):
        load_settings(
            environ={"MILIO_ENV": "aws", "MILIO_DATABASE_URL": "/var/task/milio.db"},
            secret_values={"jwt_secret": "s" * 40},
        )


def test_a_missing_required_setting_names_its_variable() -> None:
    with pytest.raises(ConfigurationError, match="MILIO_JWT_SECRET"):
        load_settings(environ={}, secret_values={})


def test_secrets_do_not_appear_in_the_settings_repr() -> None:
    settings = get_settings()
    assert settings.jwt_secret.get_secret_value() not in repr(settings)


def test_local_database_defaults_to_a_file_in_the_local_dir(tmp_path: Path) -> None:
    assert get_settings().database_url == str(tmp_path / "local" / "milio.db")


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("MILIO_RATE_LIMIT_BURST", "0", "at least 1"),
        ("MILIO_RATE_LIMIT_PER_SECOND", "fast", "a number"),
        ("MILIO_LLM_DEADLINE_SECONDS", "29", "at most 28"),
        ("MILIO_FAST_PATH", "maybe", "true or false"),
        ("MILIO_ENV", "staging", "one of"),
        ("MILIO_DAILY_QUOTAS", "default", "name=value"),
    ],
)
def test_invalid_values_are_refused_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, message: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigurationError, match=rf"{name}.*{message}"):
        get_settings()


def test_values_are_parsed_by_their_declared_type(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MILIO_FAST_PATH", "off")
    monkeypatch.setenv("MILIO_RATE_LIMIT_PER_SECOND", "0.5")
    monkeypatch.setenv("MILIO_DAILY_QUOTAS", "default=20, pro = 500")
    monkeypatch.setenv("MILIO_TIER_API_KEYS", "default=abc,pro=def")
    settings = get_settings()
    assert settings.fast_path is False
    assert settings.rate_limit_per_second == 0.5
    assert settings.daily_quotas == {"default": 20, "pro": 500}
    assert settings.tier_api_keys == {"default": "abc", "pro": "def"}


def test_every_setting_is_in_the_readme_table() -> None:
    """One home for every knob, documented: each field's variable appears in the table."""
    readme = (ROOT / "README.md").read_text()
    table = readme.split("## Settings and secrets", 1)[1].split("\n## ", 1)[0]
    for spec in dataclasses.fields(Settings):
        assert f"`{spec.metadata['env'][0]}`" in table, spec.name
    for key in secret_keys():
        assert f"`{key}`" in table, key


def test_the_settings_module_imports_no_pydantic() -> None:
    """The authorizer imports it: it must stay near its floor (PyJWT and the logger)."""
    code = "import sys, milio.settings; print(sorted(m for m in sys.modules if 'pydantic' in m))"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT / "layers/common")},
    )
    assert out.stdout.strip() == "[]"


def test_settings_objects_compare_by_value() -> None:
    """The refresh keeps the same object while the secret is unchanged."""
    values = {"jwt_secret": "s" * 40}
    assert load_settings(environ={}, secret_values=values) == load_settings(
        environ={}, secret_values=dict(values)
    )
    assert re.search(r"\*{5}", repr(load_settings(environ={}, secret_values=values)))
