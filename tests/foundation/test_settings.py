import json
import stat
from pathlib import Path

import pytest

from milio.errors import ConfigurationError
from milio.settings import Settings, get_settings, load_secret_values


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
    a = Settings().jwt_secret.get_secret_value()  # type: ignore[call-arg]
    monkeypatch.setenv("MILIO_LOCAL_DIR", str(tmp_path / "b"))
    b = Settings().jwt_secret.get_secret_value()  # type: ignore[call-arg]
    assert a != b


def test_environment_overrides_the_secret_source(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MILIO_JWT_SECRET", "from-the-environment-" + "z" * 30)
    assert get_settings().jwt_secret.get_secret_value().startswith("from-the-environment-")


def test_a_deployed_function_never_invents_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_LAMBDA_FUNCTION_NAME", "milio-auth")
    with pytest.raises(ConfigurationError):
        load_secret_values()


def test_secrets_do_not_appear_in_the_settings_repr() -> None:
    settings = get_settings()
    assert settings.jwt_secret.get_secret_value() not in repr(settings)


def test_local_database_defaults_to_a_file_in_the_local_dir(tmp_path: Path) -> None:
    assert get_settings().database_url == str(tmp_path / "local" / "milio.db")


def test_invalid_numbers_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MILIO_RATE_LIMIT_BURST", "0")
    with pytest.raises(ValueError, match="MILIO_RATE_LIMIT_BURST"):
        get_settings()
