"""``make split-secret STACK=<stack name>``: move the keys of a stack created before the
secrets were split out of its one application secret, each into its own secret.

Each key the application secret still holds (non-empty) is written into its home secret,
over what that holds (the generated encryption key included: the old key is the one that
opens the stored Google tokens); only then are the moved keys removed from the
application secret, which keeps the token-signing key. Running it again moves nothing.
It prints key names, never a value. Needs AWS credentials for the stack's account.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "layers" / "common"))

from milio.settings import (  # noqa: E402
    APP_SECRET,
    DATABASE_SECRET,
    ENCRYPTION_SECRET,
    GOOGLE_SECRET,
    MODEL_KEYS_SECRET,
    misplaced_keys,
)

# The stack's outputs that name each secret.
OUTPUTS = {
    "AppSecretArn": APP_SECRET,
    "DatabaseSecretArn": DATABASE_SECRET,
    "ModelKeysSecretArn": MODEL_KEYS_SECRET,
    "GoogleSecretArn": GOOGLE_SECRET,
    "EncryptionSecretArn": ENCRYPTION_SECRET,
}
Report = Callable[[str], None]


def _read(client: Any, arn: str) -> dict[str, str]:
    data = json.loads(client.get_secret_value(SecretId=arn)["SecretString"])
    if not isinstance(data, dict):
        raise SystemExit(f"{arn} is not a JSON object")
    return {str(k): str(v) for k, v in data.items() if v is not None}


def _write(client: Any, arn: str, values: Mapping[str, str]) -> None:
    client.put_secret_value(SecretId=arn, SecretString=json.dumps(dict(values)))


def split(client: Any, arns: Mapping[str, str], report: Report = print) -> list[str]:
    """Move the misplaced keys (by variable: ``arns`` names every secret); the keys moved."""
    read = {variable: _read(client, arn) for variable, arn in arns.items()}
    moving = misplaced_keys(read)
    for home in sorted(set(moving.values())):
        keys = sorted(key for key, where in moving.items() if where == home)
        _write(client, arns[home], read[home] | {key: read[APP_SECRET][key] for key in keys})
        report(f"moved {', '.join(keys)} to {home.removesuffix('_ARN').lower()}")
    if moving:
        kept = {k: v for k, v in read[APP_SECRET].items() if k not in moving}
        _write(client, arns[APP_SECRET], kept)
        report(f"removed them from the application secret, which keeps {', '.join(sorted(kept))}")
    else:
        report("nothing to move: every key is in its own secret")
    return sorted(moving)


def stack_secrets(cloudformation: Any, stack: str) -> dict[str, str]:
    """Each secret's ARN, from the stack's outputs."""
    (description,) = cloudformation.describe_stacks(StackName=stack)["Stacks"]
    outputs = {o["OutputKey"]: o["OutputValue"] for o in description.get("Outputs", [])}
    missing = sorted(set(OUTPUTS) - set(outputs))
    if missing:
        raise SystemExit(f"stack {stack} has no output {', '.join(missing)}: deploy first")
    return {variable: outputs[output] for output, variable in OUTPUTS.items()}


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not argv[0]:
        print("usage: make split-secret STACK=<stack name>", file=sys.stderr)
        return 2
    import boto3

    arns = stack_secrets(boto3.client("cloudformation"), argv[0])
    split(boto3.client("secretsmanager"), arns)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
