"""``python -m devserver``: migrate the local database and serve the whole API."""

from __future__ import annotations

import logging
import os
from typing import Any
from urllib.parse import unquote_plus

import devserver.import_roots  # noqa: F401 (the layer and the functions on sys.path)

# Query parameters that carry credentials: the desktop client's `?jwt=`, OAuth's code and state.
_SECRET_NAMES = frozenset({"jwt", "code", "state", "ticket", "token", "access_token"})


def redact_query(path: str) -> str:
    """The path with the values of credential parameters replaced, the names compared
    as the server decodes them (``?%6Awt=`` is ``jwt``, ``?JWT=`` too)."""
    head, mark, query = path.partition("?")
    if not mark:
        return path
    return f"{head}?{'&'.join(_redact_field(field) for field in query.split('&'))}"


def _redact_field(field: str) -> str:
    name, equals, _ = field.partition("=")
    if equals and unquote_plus(name).strip().lower() in _SECRET_NAMES:
        return f"{name}=[redacted]"
    return field


class RedactSecretsFilter(logging.Filter):
    """Keeps tokens in query strings out of uvicorn's access log."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(
                redact_query(arg) if isinstance(arg, str) else arg for arg in record.args
            )
        return True


def server_config(app: Any, port: int) -> Any:
    """uvicorn as `make dev` runs it: loopback only, and no proxy headers: nothing stands
    in front of it, so an X-Forwarded-For is the client's own claim (the rate limiter
    keys on the address)."""
    import uvicorn

    logging.getLogger("uvicorn.access").addFilter(RedactSecretsFilter())
    return uvicorn.Config(app, host="127.0.0.1", port=port, log_level="info", proxy_headers=False)


def main() -> None:
    import uvicorn

    from devserver.gateway import LocalGateway
    from devserver.routes import read_template
    from milio.migrations import apply_migrations
    from milio.services import get_database
    from milio.settings import get_settings

    settings = get_settings()
    applied = apply_migrations(get_database())
    port = int(os.environ.get("PORT", "8080"))
    print(f"database: {settings.database_url} (migrations applied: {len(applied)})")
    print(f"Milio API on http://127.0.0.1:{port}")
    uvicorn.Server(server_config(LocalGateway(read_template()), port)).run()


if __name__ == "__main__":
    main()
