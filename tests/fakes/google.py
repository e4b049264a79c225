"""A local Google: OAuth, certificates, userinfo, revocation and Gmail send.

One threaded HTTP server on a free 127.0.0.1 port speaks the wire formats of
the real endpoints (form-encoded token requests, JSON answers, an RS256 ID
token signed with a key made at start, JWKS and PEM certificates, Gmail's
``{"raw": base64url}`` send and its JSON errors), so the real Google libraries
can be pointed at it by configuration. It records every request, and each
endpoint can be told to fail its next calls.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import secrets
import threading
import time
from collections import defaultdict, deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, parse_qsl, urlencode, urlsplit

import jwt
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from jwt.algorithms import RSAAlgorithm

CLIENT_ID = "1234567890-milio-test.apps.googleusercontent.com"
CLIENT_SECRET = "GOCSPX-test-client-secret"
GMAIL_SEND = "https://www.googleapis.com/auth/gmail.send"
USERINFO_EMAIL = "https://www.googleapis.com/auth/userinfo.email"
# Google answers the short scope names with their URL forms.
_SCOPE_ALIASES = {
    "email": USERINFO_EMAIL,
    "profile": "https://www.googleapis.com/auth/userinfo.profile",
}

# Endpoint names for fail_next().
TOKEN, CERTS, USERINFO, REVOKE, GMAIL_SEND_ENDPOINT = "token", "certs", "userinfo", "revoke", "send"


@dataclass(frozen=True)
class RecordedRequest:
    endpoint: str
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes

    def form(self) -> dict[str, str]:
        return dict(parse_qsl(self.body.decode()))


@dataclass(frozen=True)
class SentMessage:
    user_id: str
    google_email: str
    access_token: str
    raw: bytes  # the RFC 5322 message, base64url-decoded


@dataclass
class _PendingCode:
    email: str
    scopes: tuple[str, ...]
    redirect_uri: str
    code_challenge: str | None
    used: bool = False


@dataclass
class _AccessToken:
    email: str
    scopes: tuple[str, ...]
    expires_at: float
    refresh_token: str | None


@dataclass
class _Grant:
    email: str
    scopes: tuple[str, ...]
    revoked: bool = False


@dataclass
class FakeGoogle:
    base_url: str = ""
    client_id: str = CLIENT_ID
    client_secret: str = CLIENT_SECRET
    # Who "signs in" at the consent screen, and what they grant (None: all asked).
    user_email: str = "alice.example@gmail.com"
    granted_scopes: tuple[str, ...] | None = None
    # Merged into every ID token's claims (e.g. {"email_verified": False}).
    id_token_overrides: dict[str, Any] = field(default_factory=dict)
    sign_with_foreign_key: bool = False
    access_token_lifetime: int = 3599
    requests: list[RecordedRequest] = field(default_factory=list)
    sent: list[SentMessage] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._failures: dict[str, deque[tuple[int, dict[str, Any]]]] = defaultdict(deque)
        self._codes: dict[str, _PendingCode] = {}
        self._access: dict[str, _AccessToken] = {}
        self._grants: dict[str, _Grant] = {}
        self._key, self._foreign_key = _signing_key("google"), _signing_key("foreign")
        self.key_id = secrets.token_hex(20)
        self._certificate = _self_signed(self._key)

    # Addresses, for the settings.
    @property
    def auth_uri(self) -> str:
        return f"{self.base_url}/o/oauth2/v2/auth"

    @property
    def token_uri(self) -> str:
        return f"{self.base_url}/token"

    @property
    def certs_uri(self) -> str:  # JWKS, as https://www.googleapis.com/oauth2/v3/certs
        return f"{self.base_url}/oauth2/v3/certs"

    @property
    def pem_certs_uri(self) -> str:  # {kid: PEM}, as https://www.googleapis.com/oauth2/v1/certs
        return f"{self.base_url}/oauth2/v1/certs"

    @property
    def userinfo_uri(self) -> str:
        return f"{self.base_url}/v1/userinfo"

    @property
    def revoke_uri(self) -> str:
        return f"{self.base_url}/revoke"

    def settings_env(self, redirect_uri: str) -> dict[str, str]:
        """The environment that points Milio's settings at this fake."""
        return {
            "MILIO_GOOGLE_CLIENT_ID": self.client_id,
            "MILIO_GOOGLE_CLIENT_SECRET": self.client_secret,
            "MILIO_GOOGLE_REDIRECT_URI": redirect_uri,
            "MILIO_GOOGLE_AUTH_URI": self.auth_uri,
            "MILIO_GOOGLE_TOKEN_URI": self.token_uri,
            "MILIO_GOOGLE_CERTS_URI": self.certs_uri,
            "MILIO_GOOGLE_USERINFO_URI": self.userinfo_uri,
            "MILIO_GOOGLE_REVOKE_URI": self.revoke_uri,
            "MILIO_GMAIL_API_ENDPOINT": f"{self.base_url}/",
        }

    # Scripting.
    def fail_next(self, endpoint: str, status: int, body: dict[str, Any] | None = None) -> None:
        """Make the next call to ``endpoint`` answer ``status`` (Google's error body by default)."""
        with self._lock:
            self._failures[endpoint].append((status, body or _default_error(endpoint, status)))

    def approve(self, consent_url: str) -> dict[str, str]:
        """The user consents: answer the query of the redirect back to the app (code, state)."""
        query = dict(parse_qsl(urlsplit(consent_url).query))
        location = self._authorize(query)
        return dict(parse_qsl(urlsplit(location).query))

    def issue_grant(
        self,
        email: str | None = None,
        scopes: tuple[str, ...] | None = None,
        expires_in: int = 3599,
    ) -> tuple[str, str]:
        """A refresh token and an access token, as if the user had consented earlier."""
        email = email or self.user_email
        scopes = scopes or ("openid", USERINFO_EMAIL, GMAIL_SEND)
        refresh = "1//" + secrets.token_urlsafe(48)
        with self._lock:
            self._grants[refresh] = _Grant(email, scopes)
        return refresh, self._new_access_token(email, scopes, refresh, expires_in)

    def expire_access_tokens(self) -> None:
        with self._lock:
            for token in self._access.values():
                token.expires_at = time.time() - 1

    def revoke_all(self) -> None:
        """The user removed the app at myaccount.google.com/permissions."""
        with self._lock:
            for grant in self._grants.values():
                grant.revoked = True
            self._access.clear()

    def refresh_tokens(self) -> list[str]:
        """Every refresh token issued, in order."""
        with self._lock:
            return list(self._grants)

    def grant_is_revoked(self, refresh_token: str) -> bool:
        with self._lock:
            return self._grants[refresh_token].revoked

    def calls(self, endpoint: str) -> list[RecordedRequest]:
        with self._lock:
            return [r for r in self.requests if r.endpoint == endpoint]

    # The endpoints.
    def handle(self, request: RecordedRequest) -> tuple[int, dict[str, str], bytes]:
        with self._lock:
            self.requests.append(request)
            failures = self._failures.get(request.endpoint)
            failure = failures.popleft() if failures else None
        if failure is not None:
            return _json(failure[0], failure[1])
        handler = {
            "auth": self._auth_endpoint,
            TOKEN: self._token_endpoint,
            CERTS: self._certs_endpoint,
            USERINFO: self._userinfo_endpoint,
            REVOKE: self._revoke_endpoint,
            GMAIL_SEND_ENDPOINT: self._send_endpoint,
        }.get(request.endpoint)
        if handler is None:
            return _json(
                404, {"error": {"code": 404, "message": "Not Found", "status": "NOT_FOUND"}}
            )
        return handler(request)

    def _auth_endpoint(self, request: RecordedRequest) -> tuple[int, dict[str, str], bytes]:
        try:
            location = self._authorize(request.query)
        except ValueError as exc:
            return 400, {"Content-Type": "text/html"}, f"<p>Error 400: {exc}</p>".encode()
        return 302, {"Location": location}, b""

    def _authorize(self, query: dict[str, str]) -> str:
        if query.get("client_id") != self.client_id:
            raise ValueError("invalid_client")
        if query.get("response_type") != "code" or not query.get("redirect_uri"):
            raise ValueError("invalid_request")
        requested = tuple(_SCOPE_ALIASES.get(s, s) for s in query.get("scope", "").split())
        scopes = self.granted_scopes if self.granted_scopes is not None else requested
        challenge = query.get("code_challenge")
        if challenge is not None and query.get("code_challenge_method") != "S256":
            raise ValueError("invalid_request: code_challenge_method")
        code = "4/0A" + secrets.token_urlsafe(40)
        with self._lock:
            self._codes[code] = _PendingCode(
                self.user_email, scopes, query["redirect_uri"], challenge
            )
        answer = {"state": query.get("state", ""), "code": code, "scope": " ".join(scopes)}
        return f"{query['redirect_uri']}?{urlencode(answer)}"

    def _token_endpoint(self, request: RecordedRequest) -> tuple[int, dict[str, str], bytes]:
        form = request.form()
        if not self._client_authenticated(request, form):
            return _json(401, {"error": "invalid_client", "error_description": "Unauthorized"})
        grant_type = form.get("grant_type")
        if grant_type == "authorization_code":
            return self._exchange_code(form)
        if grant_type == "refresh_token":
            return self._refresh(form)
        return _json(
            400, {"error": "unsupported_grant_type", "error_description": "Invalid grant_type"}
        )

    def _client_authenticated(self, request: RecordedRequest, form: dict[str, str]) -> bool:
        header = request.headers.get("authorization", "")
        if header.lower().startswith("basic "):
            user, _, password = base64.b64decode(header[6:]).decode().partition(":")
            return (user, password) == (self.client_id, self.client_secret)
        return (form.get("client_id"), form.get("client_secret")) == (
            self.client_id,
            self.client_secret,
        )

    def _exchange_code(self, form: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        with self._lock:
            pending = self._codes.get(form.get("code", ""))
            valid = pending is not None and not pending.used
            if pending is not None:
                pending.used = True
        if pending is None or not valid or form.get("redirect_uri") != pending.redirect_uri:
            return _json(400, {"error": "invalid_grant", "error_description": "Bad Request"})
        if pending.code_challenge is not None:
            verifier = form.get("code_verifier", "")
            digest = hashlib.sha256(verifier.encode()).digest()
            if base64.urlsafe_b64encode(digest).decode().rstrip("=") != pending.code_challenge:
                return _json(
                    400, {"error": "invalid_grant", "error_description": "Invalid code verifier."}
                )
        refresh, access = self.issue_grant(
            pending.email, pending.scopes, self.access_token_lifetime
        )
        return _json(
            200,
            {
                "access_token": access,
                "expires_in": self.access_token_lifetime,
                "refresh_token": refresh,
                "scope": " ".join(pending.scopes),
                "token_type": "Bearer",
                "id_token": self.id_token(pending.email),
            },
        )

    def _refresh(self, form: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        with self._lock:
            grant = self._grants.get(form.get("refresh_token", ""))
        if grant is None or grant.revoked:
            return _json(
                400,
                {
                    "error": "invalid_grant",
                    "error_description": "Token has been expired or revoked.",
                },
            )
        access = self._new_access_token(
            grant.email, grant.scopes, form["refresh_token"], self.access_token_lifetime
        )
        return _json(
            200,
            {
                "access_token": access,
                "expires_in": self.access_token_lifetime,
                "scope": " ".join(grant.scopes),
                "token_type": "Bearer",
            },
        )

    def _certs_endpoint(self, request: RecordedRequest) -> tuple[int, dict[str, str], bytes]:
        if request.path.startswith("/oauth2/v1/"):
            pem = self._certificate.public_bytes(serialization.Encoding.PEM).decode()
            return _json(200, {self.key_id: pem})
        jwk: dict[str, Any] = RSAAlgorithm.to_jwk(self._key.public_key(), as_dict=True)
        jwk.update({"kid": self.key_id, "alg": "RS256", "use": "sig"})
        return _json(200, {"keys": [jwk]})

    def _userinfo_endpoint(self, request: RecordedRequest) -> tuple[int, dict[str, str], bytes]:
        token = self._bearer(request)
        if token is None:
            return _json(
                401, {"error": "invalid_request", "error_description": "Invalid Credentials"}
            )
        if USERINFO_EMAIL not in token.scopes:
            return _json(200, {"sub": _subject(token.email)})
        return _json(
            200, {"sub": _subject(token.email), "email": token.email, "email_verified": True}
        )

    def _revoke_endpoint(self, request: RecordedRequest) -> tuple[int, dict[str, str], bytes]:
        value = request.form().get("token") or request.query.get("token", "")
        with self._lock:
            grant = self._grants.get(value)
            access = self._access.pop(value, None)
            if grant is not None and not grant.revoked:
                grant.revoked = True
                self._access = {k: v for k, v in self._access.items() if v.refresh_token != value}
                return _json(200, {})
        if access is not None:
            return _json(200, {})
        return _json(
            400, {"error": "invalid_token", "error_description": "Token expired or revoked"}
        )

    def _send_endpoint(self, request: RecordedRequest) -> tuple[int, dict[str, str], bytes]:
        token = self._bearer(request)
        if token is None:
            return _json(401, _default_error(GMAIL_SEND_ENDPOINT, 401))
        if GMAIL_SEND not in token.scopes:
            return _json(403, _default_error(GMAIL_SEND_ENDPOINT, 403))
        try:
            raw = json.loads(request.body)["raw"]
            message = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4))
        except (ValueError, KeyError, TypeError):
            return _json(400, _default_error(GMAIL_SEND_ENDPOINT, 400))
        user_id = request.path.split("/")[4]
        access_token = request.headers["authorization"].split(" ", 1)[1]
        with self._lock:
            self.sent.append(SentMessage(user_id, token.email, access_token, message))
        return _json(
            200,
            {"id": secrets.token_hex(8), "threadId": secrets.token_hex(8), "labelIds": ["SENT"]},
        )

    # Tokens.
    def id_token(self, email: str) -> str:
        now = int(time.time())
        claims: dict[str, Any] = {
            "iss": "https://accounts.google.com",
            "azp": self.client_id,
            "aud": self.client_id,
            "sub": _subject(email),
            "email": email,
            "email_verified": True,
            "iat": now,
            "exp": now + 3599,
        }
        claims.update(self.id_token_overrides)
        key = self._foreign_key if self.sign_with_foreign_key else self._key
        return jwt.encode(claims, key, algorithm="RS256", headers={"kid": self.key_id})

    def _new_access_token(
        self, email: str, scopes: tuple[str, ...], refresh: str | None, expires_in: int
    ) -> str:
        token = "ya29." + secrets.token_urlsafe(60)
        with self._lock:
            self._access[token] = _AccessToken(email, scopes, time.time() + expires_in, refresh)
        return token

    def _bearer(self, request: RecordedRequest) -> _AccessToken | None:
        scheme, _, value = request.headers.get("authorization", "").partition(" ")
        with self._lock:
            token = self._access.get(value) if scheme.lower() == "bearer" else None
        if token is None or token.expires_at <= time.time():
            return None
        return token


def _subject(email: str) -> str:
    return str(int(hashlib.sha256(email.encode()).hexdigest()[:15], 16))


@lru_cache(maxsize=2)
def _signing_key(name: str) -> rsa.RSAPrivateKey:
    """One RSA key per name and test run: generating one takes a tenth of a second."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _self_signed(key: rsa.RSAPrivateKey) -> x509.Certificate:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "fake-google-oauth2")])
    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )


_GMAIL_ERRORS = {
    400: ("Invalid To header", "invalidArgument", "INVALID_ARGUMENT"),
    401: (
        "Request had invalid authentication credentials. Expected OAuth 2 access token,"
        " login cookie or other valid authentication credential.",
        "authError",
        "UNAUTHENTICATED",
    ),
    403: (
        "Request had insufficient authentication scopes.",
        "insufficientPermissions",
        "PERMISSION_DENIED",
    ),
    429: ("User-rate limit exceeded.", "rateLimitExceeded", "RESOURCE_EXHAUSTED"),
    500: ("Internal error encountered.", "backendError", "INTERNAL"),
    503: ("The service is currently unavailable.", "backendError", "UNAVAILABLE"),
}


def _default_error(endpoint: str, status: int) -> dict[str, Any]:
    if endpoint in (TOKEN, REVOKE):
        if status == 400:
            code = "invalid_grant" if endpoint == TOKEN else "invalid_token"
            return {"error": code, "error_description": "Token has been expired or revoked."}
        if status == 401:
            return {"error": "invalid_client", "error_description": "Unauthorized"}
        return {"error": "internal_failure", "error_description": "Backend Error"}
    message, reason, grpc_status = _GMAIL_ERRORS.get(status, ("Error", "unknown", "UNKNOWN"))
    return {
        "error": {
            "code": status,
            "message": message,
            "errors": [{"message": message, "domain": "global", "reason": reason}],
            "status": grpc_status,
        }
    }


def _json(status: int, body: dict[str, Any]) -> tuple[int, dict[str, str], bytes]:
    return status, {"Content-Type": "application/json; charset=UTF-8"}, json.dumps(body).encode()


_ENDPOINTS = {
    ("GET", "/o/oauth2/v2/auth"): "auth",
    ("POST", "/token"): TOKEN,
    ("GET", "/oauth2/v3/certs"): CERTS,
    ("GET", "/oauth2/v1/certs"): CERTS,
    ("GET", "/v1/userinfo"): USERINFO,
    ("POST", "/revoke"): REVOKE,
}


def _endpoint(method: str, path: str) -> str:
    parts = path.split("/")  # /gmail/v1/users/{userId}/messages/send
    if (
        method == "POST"
        and parts[1:4] == ["gmail", "v1", "users"]
        and parts[5:] == ["messages", "send"]
    ):
        return GMAIL_SEND_ENDPOINT
    return _ENDPOINTS.get((method, path), "unknown")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def _serve(self) -> None:
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        request = RecordedRequest(
            endpoint=_endpoint(self.command, url.path),
            method=self.command,
            path=url.path,
            query={k: v[0] for k, v in parse_qs(url.query).items()},
            headers={k.lower(): v for k, v in self.headers.items()},
            body=self.rfile.read(length) if length else b"",
        )
        status, headers, body = self.server.fake.handle(request)
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def log_message(self, format: str, *args: Any) -> None:
        return  # keep test output quiet


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fake: FakeGoogle


@contextmanager
def running_fake_google() -> Iterator[FakeGoogle]:
    """A FakeGoogle serving on 127.0.0.1 (free port) in a background thread."""
    server = _Server(("127.0.0.1", 0), _Handler)
    fake = FakeGoogle(base_url=f"http://127.0.0.1:{server.server_address[1]}")
    server.fake = fake
    thread = threading.Thread(
        target=server.serve_forever, args=(0.05,), name="fake-google", daemon=True
    )
    thread.start()
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
