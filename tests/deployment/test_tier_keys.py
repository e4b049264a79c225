"""The tiers' usage plans and keys, created on moto's API Gateway as CloudFormation would
create them from the transformed template, and the authorizer answering, for each user,
the key of their tier's plan as usageIdentifierKey."""

from __future__ import annotations

from typing import Any

import boto3
import pytest

from milio.db import Database
from milio.settings import get_settings
from milio.tokens import issue_token
from tests.conftest import load_event
from tests.deployment.cloudformation import defaults, resolve, transformed
from tests.functions.test_handlers import LambdaContext
from tests.ratelimit.conftest import AWS_TEST_ENV

pytestmark = pytest.mark.moto
TIERS = {"default": "DefaultTier", "pro": "ProTier"}


@pytest.fixture
def apigateway(moto_url: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    for name, value in AWS_TEST_ENV.items():
        monkeypatch.setenv(name, value)
    return boto3.client("apigateway", endpoint_url=moto_url)


def _deployed_api(client: Any) -> tuple[str, str]:
    """A REST API with a stage, standing in for the one SAM creates."""
    api_id = client.create_rest_api(name="milio-test-api")["id"]
    root = client.get_resources(restApiId=api_id)["items"][0]["id"]
    chat = client.create_resource(restApiId=api_id, parentId=root, pathPart="chat")["id"]
    client.put_method(
        restApiId=api_id, resourceId=chat, httpMethod="POST", authorizationType="NONE",
        apiKeyRequired=True,
    )  # fmt: skip
    client.put_integration(restApiId=api_id, resourceId=chat, httpMethod="POST", type="MOCK")
    stage = str(defaults()["StageName"])
    client.create_deployment(restApiId=api_id, stageName=stage)
    return api_id, stage


def _create_tier(client: Any, tier: str, refs: dict[str, Any]) -> dict[str, str]:
    """The tier's plan, key and link, from the template's properties."""
    resources = transformed()["Resources"]
    plan = resolve(resources[f"{tier}UsagePlan"]["Properties"], refs)
    plan_id = client.create_usage_plan(
        name=plan["UsagePlanName"],
        apiStages=[{"apiId": s["ApiId"], "stage": s["Stage"]} for s in plan["ApiStages"]],
        throttle={
            "rateLimit": float(plan["Throttle"]["RateLimit"]),
            "burstLimit": int(plan["Throttle"]["BurstLimit"]),
        },
        quota={"limit": int(plan["Quota"]["Limit"]), "period": plan["Quota"]["Period"]},
    )["id"]
    key = resolve(resources[f"{tier}ApiKey"]["Properties"], refs)
    key_id = client.create_api_key(name=key["Name"], value=key["Value"], enabled=key["Enabled"])[
        "id"
    ]
    link = resolve(resources[f"{tier}UsagePlanKey"]["Properties"], refs | {
        f"{tier}ApiKey": key_id, f"{tier}UsagePlan": plan_id,
    })  # fmt: skip
    client.create_usage_plan_key(
        usagePlanId=link["UsagePlanId"], keyId=link["KeyId"], keyType=link["KeyType"]
    )
    return {"plan": plan_id, "key": key_id}


def test_each_users_key_belongs_to_their_tiers_plan(
    apigateway: Any, local_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    api_id, stage = _deployed_api(apigateway)
    refs = {"Api": api_id, "ApiStage": stage}
    created = {name: _create_tier(apigateway, tier, refs) for name, tier in TIERS.items()}
    env = transformed()["Resources"]["TokenAuthorizerFunction"]["Properties"]["Environment"]
    monkeypatch.setenv("MILIO_TIER_API_KEYS", resolve(env["Variables"]["MILIO_TIER_API_KEYS"]))
    get_settings.cache_clear()
    keys_by_value = {k["value"]: k for k in apigateway.get_api_keys(includeValues=True)["items"]}

    for tier, stored in (("default", None), ("pro", "pro")):
        user_id = local_db.insert(
            "INSERT INTO users (email, password, tier) VALUES (?, ?, ?)",
            (f"{tier}@example.com", "x", stored),
        )
        event = load_event("event-authorizer-token.json")
        token = issue_token(user_id, f"{tier}@example.com", get_settings()).token
        event["authorizationToken"] = f"Bearer {token}"
        policy = __import__("authorizer").handler(event, LambdaContext())

        key = keys_by_value[policy["usageIdentifierKey"]]
        assert key["enabled"] is True
        assert key["id"] == created[tier]["key"]
        plan_keys = apigateway.get_usage_plan_keys(usagePlanId=created[tier]["plan"])["items"]
        assert [k["id"] for k in plan_keys] == [key["id"]]
        plan = apigateway.get_usage_plan(usagePlanId=created[tier]["plan"])
        assert plan["apiStages"] == [{"apiId": api_id, "stage": stage}]
        assert plan["quota"]["period"] == "DAY"
        prefix = TIERS[tier]
        assert plan["quota"]["limit"] == defaults()[f"{prefix}DailyQuota"]
        assert plan["throttle"]["burstLimit"] == defaults()[f"{prefix}BurstLimit"]
