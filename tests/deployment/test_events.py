"""events/ as the platform sends them (validated against Powertools' event models), and the
env-vars file `sam local invoke` takes with them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from aws_lambda_powertools.utilities.parser.models import (
    ApiGatewayAuthorizerToken,
    APIGatewayProxyEventModel,
    LambdaFunctionUrlModel,
)
from pydantic import BaseModel

from devserver.routes import Route, load_template
from scripts.make_events import event_name
from tests.deployment.cloudformation import transformed

ROOT = Path(__file__).resolve().parents[2]
EVENTS = ROOT / "events"
SPECIAL = {
    "event-authorizer-token.json": ApiGatewayAuthorizerToken,
    "event-post-chat-stream.json": LambdaFunctionUrlModel,
}


def _event_files() -> list[Path]:
    return sorted(p for p in EVENTS.glob("event-*.json"))


@pytest.mark.parametrize("path", _event_files(), ids=lambda p: p.name)
def test_each_event_validates_against_its_powertools_model(path: Path) -> None:
    model: type[BaseModel] = SPECIAL.get(path.name, APIGatewayProxyEventModel)
    event = model.model_validate(json.loads(path.read_text()))
    if isinstance(event, APIGatewayProxyEventModel):
        route = Route(event.httpMethod, event.resource, "", "", protected=False)
        assert event_name(route) == path.name  # the file is named for its route
        protected = event.requestContext.authorizer is not None
        assert protected == ("Authorization" in event.headers)


def _declared_variables() -> dict[str, set[str]]:
    """Each function's environment variables as the template declares them (Globals included)."""
    resources = transformed()["Resources"]
    return {
        name: set(r["Properties"].get("Environment", {}).get("Variables", {}))
        for name, r in resources.items()
        if r["Type"] == "AWS::Lambda::Function"
    }


def test_the_env_vars_file_only_sets_variables_the_template_declares() -> None:
    """`sam local invoke --env-vars` silently ignores any other variable."""
    env_vars: dict[str, dict[str, Any]] = json.loads((EVENTS / "env-vars.json").read_text())
    declared = _declared_variables()
    functions = {
        n for n, r in load_template()["Resources"].items()
        if r["Type"] == "AWS::Serverless::Function"
    }  # fmt: skip
    for scope, variables in env_vars.items():
        targets = functions if scope == "Parameters" else {scope}
        assert targets <= functions, scope
        for target in targets:
            if scope == "Parameters" and target == "StreamFunction":
                continue  # runs under the Web Adapter, not `sam local invoke` events
            missing = set(variables) - declared[target]
            assert not missing, (scope, target, missing)


def test_the_env_vars_file_holds_no_secret() -> None:
    text = (EVENTS / "env-vars.json").read_text().lower()
    for word in ("jwt_secret", 'api_key"', 'token"', "password"):
        assert word not in text
