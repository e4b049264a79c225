import time
from pathlib import Path

import jwt
import pytest

from milio.errors import InvalidTokenError
from milio.settings import get_settings
from milio.signed_tokens import ALGORITHM
from milio.tokens import bearer_token, issue_token, verify_token


def test_an_issued_token_verifies_to_its_user() -> None:
    settings = get_settings()
    issued = issue_token(42, "ada@example.com", settings)
    claims = verify_token(issued.token, settings)
    assert (claims.user_id, claims.email) == (42, "ada@example.com")
    assert issued.expires_in == settings.token_ttl_seconds


def test_the_token_carries_the_standard_claims() -> None:
    settings = get_settings()
    token = issue_token(7, "a@b.c", settings).token
    header = jwt.get_unverified_header(token)
    claims = jwt.decode(token, options={"verify_signature": False})
    assert header["alg"] == ALGORITHM
    assert claims["iss"] == settings.jwt_issuer
    assert claims["aud"] == settings.jwt_audience
    assert claims["sub"] == "7"
    assert claims["exp"] - claims["iat"] == settings.token_ttl_seconds


def _forge(payload: dict[str, object], key: str, algorithm: str = "HS256") -> str:
    return jwt.encode(payload, key, algorithm=algorithm)


def _valid_payload() -> dict[str, object]:
    settings = get_settings()
    now = int(time.time())
    return {
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
        "sub": "1",
        "email": "a@b.c",
        "iat": now,
        "exp": now + 60,
    }


@pytest.mark.parametrize(
    "change",
    [
        {"exp": int(time.time()) - 10},
        {"aud": "someone-else"},
        {"iss": "someone-else"},
        {"sub": "not-a-number"},
        {"sub": None},
    ],
)
def test_tokens_with_wrong_claims_are_refused(change: dict[str, object]) -> None:
    payload = _valid_payload() | change
    payload = {k: v for k, v in payload.items() if v is not None}
    token = _forge(payload, get_settings().jwt_secret.get_secret_value())
    with pytest.raises(InvalidTokenError):
        verify_token(token, get_settings())


def test_a_token_signed_with_another_key_is_refused() -> None:
    with pytest.raises(InvalidTokenError):
        verify_token(_forge(_valid_payload(), "another-key-" + "k" * 40), get_settings())


def test_alg_none_is_refused() -> None:
    token = jwt.encode(_valid_payload(), key=None, algorithm="none")
    with pytest.raises(InvalidTokenError):
        verify_token(token, get_settings())


def test_a_tampered_payload_is_refused() -> None:
    token = issue_token(1, "a@b.c", get_settings()).token
    head, body, sig = token.split(".")
    other = issue_token(2, "a@b.c", get_settings()).token.split(".")[1]
    with pytest.raises(InvalidTokenError):
        verify_token(f"{head}.{other}.{sig}", get_settings())
    assert body != other


@pytest.mark.parametrize("token", ["", "garbage", "a.b.c", "x" * 5000])
def test_malformed_tokens_are_refused(token: str) -> None:
    with pytest.raises(InvalidTokenError):
        verify_token(token, get_settings())


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Bearer abc", "abc"),
        ("bearer  abc ", "abc"),
        ("Basic abc", None),
        ("Bearer", None),
        ("", None),
        (None, None),
    ],
)
def test_bearer_token_parsing(header: str | None, expected: str | None) -> None:
    assert bearer_token(header) == expected


def test_one_module_signs_and_reads_every_token() -> None:
    """Session tokens, consent tickets and OAuth states all go through milio.signed_tokens."""
    layer = Path(__file__).resolve().parents[2] / "layers" / "common" / "milio"
    callers = sorted(
        str(path.relative_to(layer))
        for path in layer.rglob("*.py")
        if "jwt.decode(" in path.read_text() or "jwt.encode(" in path.read_text()
    )
    assert callers == ["signed_tokens.py"]
