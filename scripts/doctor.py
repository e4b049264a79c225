"""``make doctor``: is this configuration one that works? Says what is wrong, by name.

Reads the settings as a function would (environment, then the secrets), checks
that no key is left in the application secret after the split, reaches the
database, and asks each configured provider for a tiny
answer through the same provider code the functions use. A refused key, a model
that does not exist (or no longer does), an answer that comes back empty, an
unreachable endpoint: each is one line naming the variable to fix. Exits 1 when
anything failed. It calls the real providers, so it spends a few tokens.

    make doctor                          # the local configuration
    MILIO_ENV=aws MILIO_SECRET_ARN=arn:... MILIO_DATABASE_SECRET_ARN=arn:... \
      MILIO_MODEL_KEYS_SECRET_ARN=arn:... make doctor   # a deployment's secrets
"""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "layers" / "common"))

from milio.errors import ConfigurationError  # noqa: E402
from milio.providers import ErrorKind, ProviderError, build_provider, configured_order  # noqa: E402
from milio.settings import Settings, get_settings, misplaced_keys, read_secrets  # noqa: E402
from milio.startup import describe  # noqa: E402

# Enough for a one-word answer; a reasoning model that spends it all on thinking
# answers nothing, which the pipeline's small budgets would meet too.
DOCTOR_MAX_TOKENS = 16
DOCTOR_TIMEOUT_SECONDS = 15.0
Report = Callable[[str], None]


def variable_of(field_name: str) -> str:
    """The environment variable that sets a field of Settings."""
    spec = next(f for f in dataclasses.fields(Settings) if f.name == field_name)
    env: tuple[str, ...] = spec.metadata["env"]
    return env[0]


def explain(error: ProviderError, name: str, model: str) -> str:
    key, model_var = variable_of(f"{name}_api_key"), variable_of(f"{name}_model")
    status = f" (HTTP {error.status})" if error.status else ""
    advice = {
        ErrorKind.AUTHENTICATION: f"the API key was refused{status}: check {key}",
        ErrorKind.MODEL_NOT_FOUND: (
            f"model {model!r} does not exist or was retired{status}: set {model_var}"
            " to a current model (README: Models)"
        ),
        ErrorKind.MALFORMED_RESPONSE: (
            f"model {model!r} answered nothing usable within {DOCTOR_MAX_TOKENS} tokens"
            f" (a reasoning model thinking past the budget?): check {model_var}"
        ),
        ErrorKind.RATE_LIMITED: f"rate limited{status}: the key works; try again later",
        ErrorKind.TIMEOUT: f"no answer within {DOCTOR_TIMEOUT_SECONDS:g} s: check the network",
        ErrorKind.CONNECTION: f"unreachable: check the network and {name.upper()}_BASE_URL",
    }
    return advice.get(error.kind, f"failed: {error.kind.value}{status}")


def check_secrets(environ: Mapping[str, str], report: Report) -> bool:
    """In AWS: no key left in the application secret that belongs in another secret (every
    reader of the application secret, the authorizer first, could read it)."""
    read = read_secrets(environ)
    if not read:
        return True
    left = misplaced_keys(read)
    if left:
        report(
            f"FAIL secrets: the application secret still holds {', '.join(sorted(left))}:"
            " the authorizer can read them; run make split-secret STACK=<stack name>"
        )
        return False
    names = ", ".join(variable.removesuffix("_ARN").lower() for variable in sorted(read))
    report(f"ok   secrets: each key in its own secret ({names})")
    return True


def check_database(settings: Settings, report: Report) -> bool:
    from milio.db import database_from_settings
    from milio.migrations import available_migrations

    db = database_from_settings(settings)
    try:
        migrated = db.fetch_one(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
        )
        rows = db.fetch_all("SELECT version FROM schema_migrations") if migrated else []
        done = {row[0] for row in rows}
    except Exception as exc:  # any failure here is the thing to report
        report(f"FAIL database {describe(settings)['database']}: {type(exc).__name__}: {exc}")
        return False
    finally:
        db.close()
    pending = [m.name for m in available_migrations() if m.version not in done]
    if pending:
        report(f"FAIL database: migrations not applied: {', '.join(pending)} (make migrate)")
        return False
    report(f"ok   database {describe(settings)['database']}")
    return True


def check_provider(settings: Settings, name: str, report: Report) -> bool:
    model: str = getattr(settings, f"{name}_model")
    provider = build_provider(settings, name)
    try:
        answer = provider.complete(
            system="Answer with the single word OK.",
            user="ping",
            max_tokens=DOCTOR_MAX_TOKENS,
            timeout=DOCTOR_TIMEOUT_SECONDS,
        )
    except ProviderError as error:
        report(f"FAIL {name} ({model}): {explain(error, name, model)}")
        return False
    report(f"ok   {name} ({model}): answered in {answer.latency_ms:.0f} ms")
    return True


def main(report: Report = print, environ: Mapping[str, str] | None = None) -> int:
    environ = os.environ if environ is None else environ
    try:
        settings = get_settings()
        names = configured_order(settings)
    except ConfigurationError as exc:
        report(f"FAIL configuration: {exc.message}")
        return 1
    summary = describe(settings, providers=False)
    report(f"configuration: {summary['environment']}, secret from {summary['secret']}")
    results = [check_secrets(environ, report), check_database(settings, report)]
    if not names:
        report("note no provider configured: only the fast path answers, the rest is 'B'")
    results += [check_provider(settings, name, report) for name in names]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
