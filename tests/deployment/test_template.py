"""template.yaml read as CloudFormation and API Gateway will: the SAM translator's output."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from devserver.routes import read_template
from milio.chat.stream import Outcome
from tests.deployment.cloudformation import STACK_NAME, resolve, transformed

ROOT = Path(__file__).resolve().parents[2]
TIERS = ("DefaultTier", "ProTier")


def _resources(kind: str) -> dict[str, dict[str, Any]]:
    return {n: r for n, r in transformed()["Resources"].items() if r["Type"] == kind}


def _api_body() -> dict[str, Any]:
    body: dict[str, Any] = transformed()["Resources"]["Api"]["Properties"]["Body"]
    return body


def _methods() -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (method.upper(), path): operation
        for path, operations in _api_body()["paths"].items()
        for method, operation in operations.items()
    }


# API keys, tiers and the authorizer --------------------------------------------------


def test_protected_methods_require_an_api_key_and_public_ones_do_not() -> None:
    public = {(r.method, r.path) for r in read_template().api_routes if not r.protected}
    for route, operation in _methods().items():
        schemes = {name for requirement in operation.get("security", []) for name in requirement}
        if route in public:
            assert schemes == set(), route  # no authorizer, no key: the client sends neither
        else:
            assert schemes == {"TokenAuthorizer", "api_key"}, route


def test_the_api_key_comes_from_the_authorizer() -> None:
    api = transformed()["Resources"]["Api"]["Properties"]
    assert api["ApiKeySourceType"] == "AUTHORIZER"
    authorizer = _api_body()["securityDefinitions"]["TokenAuthorizer"]
    uri = authorizer["x-amazon-apigateway-authorizer"]["authorizerUri"]
    assert uri["Fn::Sub"][1]["__FunctionArn__"] == {"Ref": "TokenAuthorizerFunctionAliaslive"}


@pytest.mark.parametrize("tier", TIERS)
def test_each_tier_has_one_usage_plan_on_the_stage_with_one_key(tier: str) -> None:
    resources = transformed()["Resources"]
    plan = resources[f"{tier}UsagePlan"]["Properties"]
    assert plan["ApiStages"] == [{"ApiId": {"Ref": "Api"}, "Stage": {"Ref": "ApiStage"}}]
    assert plan["Quota"] == {"Limit": {"Ref": f"{tier}DailyQuota"}, "Period": "DAY"}
    assert plan["Throttle"] == {
        "RateLimit": {"Ref": f"{tier}RateLimit"},
        "BurstLimit": {"Ref": f"{tier}BurstLimit"},
    }
    link = resources[f"{tier}UsagePlanKey"]["Properties"]
    assert link == {
        "KeyId": {"Ref": f"{tier}ApiKey"},
        "KeyType": "API_KEY",
        "UsagePlanId": {"Ref": f"{tier}UsagePlan"},
    }
    assert resources[f"{tier}ApiKey"]["Properties"]["Enabled"] is True


def test_keys_are_per_tier_never_per_user() -> None:
    assert len(_resources("AWS::ApiGateway::ApiKey")) == len(TIERS)
    assert len(_resources("AWS::ApiGateway::UsagePlan")) == len(TIERS)


def test_the_authorizer_knows_each_tiers_key_value() -> None:
    resources = transformed()["Resources"]
    env = resources["TokenAuthorizerFunction"]["Properties"]["Environment"]["Variables"]
    keys = dict(item.split("=", 1) for item in resolve(env["MILIO_TIER_API_KEYS"]).split(","))
    assert keys == {
        "default": resolve(resources["DefaultTierApiKey"]["Properties"]["Value"]),
        "pro": resolve(resources["ProTierApiKey"]["Properties"]["Value"]),
    }
    assert all(len(value) >= 20 for value in keys.values())  # API Gateway's minimum


# Gateway responses ------------------------------------------------------------------------

SAMPLE_REQUEST_ID = "c6af9ac6-7b61-11e6-9a41-93e8deadbeef"
# What API Gateway substitutes: messageString is the message as a quoted JSON string.
SAMPLE_CONTEXT = {
    "$context.requestId": SAMPLE_REQUEST_ID,
    "$context.error.messageString": json.dumps('Missing "Authentication" Token'),
}


def _render(template: str) -> str:
    rendered = template
    for variable, value in SAMPLE_CONTEXT.items():
        rendered = rendered.replace(variable, value)
    leftover = re.findall(r"\$[\w.{}]+", rendered)
    assert not leftover, f"variables the sample context does not cover: {leftover}"
    return rendered


def test_every_gateway_response_renders_as_json_with_the_request_id() -> None:
    responses = _api_body()["x-amazon-apigateway-gateway-responses"]
    assert {"DEFAULT_4XX", "DEFAULT_5XX", "UNAUTHORIZED", "THROTTLED", "QUOTA_EXCEEDED"} <= set(
        responses
    )
    for name, response in responses.items():
        templates = response["responseTemplates"]
        assert set(templates) == {"application/json"}, name
        body = json.loads(_render(templates["application/json"]))
        assert set(body) == {"error", "requestId"}, name
        assert body["requestId"] == SAMPLE_REQUEST_ID, name
        assert isinstance(body["error"], str), name
        assert body["error"], name


def test_the_default_4xx_carries_api_gateways_own_message() -> None:
    template = _api_body()["x-amazon-apigateway-gateway-responses"]["DEFAULT_4XX"]
    body = json.loads(_render(template["responseTemplates"]["application/json"]))
    assert body["error"] == 'Missing "Authentication" Token'


def test_gateway_statuses_are_honest() -> None:
    responses = _api_body()["x-amazon-apigateway-gateway-responses"]
    statuses = {name: r.get("statusCode") for name, r in responses.items()}
    assert statuses["UNAUTHORIZED"] == "401"
    assert statuses["THROTTLED"] == statuses["QUOTA_EXCEEDED"] == "429"
    assert statuses["AUTHORIZER_FAILURE"] == "503"  # a failing authorizer is not the caller's fault
    assert responses["THROTTLED"]["responseParameters"] == {
        "gatewayresponse.header.Retry-After": "'1'"
    }
    assert responses["QUOTA_EXCEEDED"]["responseParameters"] == {
        "gatewayresponse.header.Retry-After": "'3600'"
    }


def _validation_expression() -> re.Pattern[str]:
    authorizer = _api_body()["securityDefinitions"]["TokenAuthorizer"]
    expression: str = authorizer["x-amazon-apigateway-authorizer"]["identityValidationExpression"]
    return re.compile(expression)  # Java's syntax, the same as Python's for this subset


def test_the_authorizer_is_not_invoked_for_a_header_that_cannot_hold_our_token() -> None:
    pattern = _validation_expression()
    for header in (
        "",
        "Bearer",
        "Bearer ",
        "Basic dXNlcjpwYXNz",
        "Bearer not-a-jwt",
        "Bearer a.b",
        "Bearer a.b.c.d",
        "Bearer a.b.c<script>",
        "Bearer a.b.c\nX-Injected: 1",
        "Bearer a=.b.c",
    ):
        assert not pattern.search(header), header


def test_every_token_we_issue_passes_the_validation_expression() -> None:
    from milio.settings import SecretStr, Settings
    from milio.tokens import bearer_token, issue_token, verify_token

    pattern = _validation_expression()
    settings = Settings(jwt_secret=SecretStr("k" * 64))
    for user_id, email in ((1, "a@b.c"), (10**17, "ü+tag@exämple.org"), (42, "x" * 254)):
        token = issue_token(user_id, email, settings).token
        for header in (f"Bearer {token}", f"bearer {token}", f"BEARER  {token}"):
            assert pattern.search(header), header
            found = bearer_token(header)
            assert found is not None
            assert verify_token(found, settings).user_id == user_id


# A fresh account, the secret, the caps -------------------------------------------------------


def test_access_logging_gets_the_account_cloudwatch_role_or_a_parameter_skips_it() -> None:
    template = transformed()
    resources = template["Resources"]
    account = resources["ApiGatewayAccount"]
    assert account["Condition"] == "CreateAccountRole"
    assert account["Properties"]["CloudWatchRoleArn"] == {
        "Fn::GetAtt": ["ApiGatewayCloudWatchRole", "Arn"]
    }
    role = resources["ApiGatewayCloudWatchRole"]["Properties"]
    assert resolve(role["ManagedPolicyArns"]) == [
        "arn:aws:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs"
    ]
    assert template["Conditions"]["CreateAccountRole"] == {
        "Fn::Equals": [{"Ref": "CreateApiGatewayAccountRole"}, "true"]
    }
    # The stage (through the API) waits for the role when the stack creates it.
    assert resources["Api"]["DependsOn"] == "ApiGatewayAccountReady"
    ready = resources["ApiGatewayAccountReady"]["Metadata"]["AccountSetting"]
    assert ready == {
        "Fn::If": ["CreateAccountRole", {"Ref": "ApiGatewayAccount"}, {"Ref": "AWS::NoValue"}]
    }
    stage = resources["ApiStage"]["Properties"]
    assert stage["AccessLogSetting"]["DestinationArn"] == {
        "Fn::GetAtt": ["ApiAccessLogGroup", "Arn"]
    }


def test_the_secret_survives_stack_deletion_and_replacement() -> None:
    secret = transformed()["Resources"]["AppSecret"]
    assert secret["DeletionPolicy"] == secret["UpdateReplacePolicy"] == "Retain"


@pytest.mark.parametrize(
    ("function", "condition"),
    [("ChatFunction", "ReserveChat"), ("StreamFunction", "ReserveStream")],
)
def test_reserved_concurrency_is_a_parameter_off_by_default(function: str, condition: str) -> None:
    """A fresh account's quota is 10 and Lambda keeps 100 unreserved: any reservation fails."""
    template = transformed()
    props = template["Resources"][function]["Properties"]
    parameter = function.replace("Function", "ReservedConcurrency")
    assert props["ReservedConcurrentExecutions"] == {
        "Fn::If": [condition, {"Ref": parameter}, {"Ref": "AWS::NoValue"}]
    }
    assert template["Conditions"][condition] == {
        "Fn::Not": [{"Fn::Equals": [{"Ref": parameter}, -1]}]
    }
    assert template["Parameters"][parameter]["Default"] == -1


def test_provisioned_concurrency_is_off_by_default_and_needs_a_count_when_chosen() -> None:
    template = transformed()
    assert template["Parameters"]["ColdStartMitigation"]["Default"] == "None"
    assert template["Parameters"]["ProvisionedConcurrency"]["Default"] == -1
    rule = template["Rules"]["ProvisionedConcurrencyNeedsACount"]
    assert rule["RuleCondition"] == {
        "Fn::Equals": [{"Ref": "ColdStartMitigation"}, "ProvisionedConcurrency"]
    }
    (assertion,) = rule["Assertions"]
    refused = assertion["Assert"]["Fn::Not"][0]["Fn::Contains"][0]
    assert set(refused) == {"-1", "0"}


def test_the_api_has_one_stage_the_one_with_throttles_and_logs() -> None:
    """Without OpenApiVersion SAM adds a stage named "Stage" that nothing configures."""
    resources = transformed()["Resources"]
    assert list(_resources("AWS::ApiGateway::Stage")) == ["ApiStage"]
    (deployment,) = _resources("AWS::ApiGateway::Deployment").values()
    assert "StageName" not in deployment["Properties"]
    stage = resources["ApiStage"]["Properties"]
    assert stage["StageName"] == {"Ref": "StageName"}
    assert "AccessLogSetting" in stage
    (settings,) = stage["MethodSettings"]
    assert settings["ThrottlingRateLimit"] == {"Ref": "ThrottleRateLimit"}


def test_per_method_metrics_are_off_since_nothing_reads_them() -> None:
    (settings,) = transformed()["Resources"]["ApiStage"]["Properties"]["MethodSettings"]
    assert settings["MetricsEnabled"] is False
    for alarm in _resources("AWS::CloudWatch::Alarm").values():
        dimensions = alarm["Properties"].get("Dimensions", [])
        assert {d["Name"] for d in dimensions} <= {"ApiName", "Stage", "service"}
    for line in _dashboard_metrics():
        assert not {"Resource", "Method"} & set(map(str, line))


def test_the_account_logging_role_outlives_the_stack() -> None:
    """Every REST API of the account and Region logs through it, not only ours."""
    resources = transformed()["Resources"]
    for name in ("ApiGatewayAccount", "ApiGatewayCloudWatchRole"):
        assert resources[name]["DeletionPolicy"] == "Retain", name
        assert resources[name]["UpdateReplacePolicy"] == "Retain", name


def test_snapstart_or_provisioned_concurrency_is_a_parameter() -> None:
    resources = transformed()["Resources"]
    snap = {"Fn::If": ["UseSnapStart", {"ApplyOn": "PublishedVersions"}, {"Ref": "AWS::NoValue"}]}
    for name in ("AuthFunction", "ChatFunction", "EmailFunction", "TokenAuthorizerFunction"):
        assert resources[name]["Properties"]["SnapStart"] == snap, name
    for name in ("AuthFunction", "ChatFunction", "EmailFunction", "StreamFunction"):
        alias = resources[f"{name}Aliaslive"]["Properties"]
        assert alias["ProvisionedConcurrencyConfig"]["Fn::If"][0] == "UseProvisioned"
    # API Gateway and the function URL call the alias, which is what both apply to.
    assert resources["StreamFunctionUrl"]["Properties"]["TargetFunctionArn"] == {
        "Ref": "StreamFunctionAliaslive"
    }
    assert all(
        "Aliaslive" in json.dumps(op["x-amazon-apigateway-integration"]["uri"])
        for op in _methods().values()
    )


def test_an_optional_custom_domain_maps_the_stage_and_fixes_the_gmail_callback() -> None:
    resources = transformed()["Resources"]
    assert resources["ApiDomain"]["Condition"] == "HasCustomDomain"
    assert resources["ApiDomainMapping"]["Properties"]["Stage"] == {"Ref": "ApiStage"}
    assert resources["ApiDomainRecord"]["Condition"] == "HasHostedZone"
    env = resources["EmailFunction"]["Properties"]["Environment"]["Variables"]
    assert env["MILIO_GOOGLE_REDIRECT_URI"]["Fn::If"][0] == "HasCustomDomain"


def test_resources_are_tagged() -> None:
    resources = transformed()["Resources"]
    for name, resource in resources.items():
        if resource["Type"] in {"AWS::Lambda::Function", "AWS::SNS::Topic", "AWS::DynamoDB::Table"}:
            assert {"Key": "project", "Value": "milio"} in resource["Properties"]["Tags"], name
    stage_tags = resources["ApiStage"]["Properties"]["Tags"]
    assert {"Key": "project", "Value": "milio"} in stage_tags


# Alarms and the dashboard ----------------------------------------------------------------


def test_at_least_five_alarms_notify_the_alarm_topic() -> None:
    alarms = _resources("AWS::CloudWatch::Alarm")
    assert len(alarms) >= 5
    for name, alarm in alarms.items():
        props = alarm["Properties"]
        assert props["AlarmActions"] == [{"Ref": "AlarmTopic"}], name
        assert props["OKActions"] == [{"Ref": "AlarmTopic"}], name
    subscription = transformed()["Resources"]["AlarmEmailSubscription"]
    assert subscription["Condition"] == "HasAlarmEmail"
    assert subscription["Properties"]["Endpoint"] == {"Ref": "AlarmEmail"}


def test_api_alarms_use_the_apis_name() -> None:
    api_name = resolve(transformed()["Resources"]["Api"]["Properties"]["Name"])
    assert api_name == f"{STACK_NAME}-api"
    for name, alarm in _resources("AWS::CloudWatch::Alarm").items():
        props = alarm["Properties"]
        if props.get("Namespace") == "AWS/ApiGateway":
            dimensions = {d["Name"]: resolve(d["Value"]) for d in props["Dimensions"]}
            assert dimensions["ApiName"] == api_name, name


def _dashboard() -> dict[str, Any]:
    resources = transformed()["Resources"]
    refs = {name: f"{STACK_NAME}-{name}" for name in resources}  # function names
    body: dict[str, Any] = json.loads(
        resolve(resources["Dashboard"]["Properties"]["DashboardBody"], refs)
    )
    return body


def _dashboard_metrics() -> list[list[Any]]:
    return [line for widget in _dashboard()["widgets"] for line in widget["properties"]["metrics"]]


def test_the_dashboard_keys_api_gateway_metrics_by_the_apis_name() -> None:
    api_name = resolve(transformed()["Resources"]["Api"]["Properties"]["Name"])
    api_lines = [m for m in _dashboard_metrics() if m and m[0] == "AWS/ApiGateway"]
    assert api_lines
    for line in api_lines:
        assert line[line.index("ApiName") + 1] == api_name


def test_the_dashboard_charts_the_services_own_metrics() -> None:
    text = json.dumps(_dashboard())
    for metric in (
        "ChatAnsweredLocally", "ChatAnsweredByModel", "ModelCallsPerRequest",
        "ProviderLatency", "ProviderCallFailed", "AnswerNotUnderstood", "AnswerUnavailable",
        "TimeToFirstToken", "Http429", "ColdStart", "StreamFailures", "QuotaExceeded",
    ):  # fmt: skip
        assert metric in text, metric
    authorizer = [m for m in _dashboard_metrics() if m[:2] == ["AWS/Lambda", "Duration"]]
    assert any(f"{STACK_NAME}-TokenAuthorizerFunction" in line for line in authorizer)


def _milio_metric_names() -> set[str]:
    names = set()
    for line in _dashboard_metrics():
        if line and line[0] == "Milio":
            names.add(line[1])
        for item in line:
            if isinstance(item, dict) and "expression" in item:
                names |= set(re.findall(r'MetricName=\\?"(\w+)', item["expression"]))
    for alarm in _resources("AWS::CloudWatch::Alarm").values():
        props = alarm["Properties"]
        if props.get("Namespace") == "Milio":
            names.add(props["MetricName"])
        for query in props.get("Metrics", []):
            metric = query.get("MetricStat", {}).get("Metric", {})
            if metric.get("Namespace") == "Milio":
                names.add(metric["MetricName"])
    return names


def test_every_milio_metric_charted_or_watched_is_emitted_somewhere() -> None:
    """No typo between the dashboard, the alarms and the code or the log metric filters."""
    code = "".join(p.read_text() for p in (ROOT / "layers/common/milio").rglob("*.py"))
    filtered = {
        t["MetricName"]
        for f in _resources("AWS::Logs::MetricFilter").values()
        for t in f["Properties"]["MetricTransformations"]
    }
    powertools = {"ColdStart"}  # emitted by Metrics(capture_cold_start_metric=True)
    names = _milio_metric_names()
    assert len(names) > 10
    for name in names:
        assert f'"{name}"' in code or name in filtered or name in powertools, name


def test_the_stream_failure_filter_matches_the_streams_log_line() -> None:
    """The stream logs one "stream finished" line whose outcome is one of Outcome."""
    pattern = transformed()["Resources"]["StreamFailuresFilter"]["Properties"]["FilterPattern"]
    outcomes = set(re.findall(r'\$\.outcome = "(\w+)"', pattern))
    # Only the client's own cancel and the final gate's cut are not failures of ours.
    assert outcomes == {o.value for o in Outcome} - {"completed", "cancelled", "refused"}
    source = (ROOT / "layers/common/milio/chat/stream.py").read_text()
    assert '"stream finished"' in source
    assert '"outcome": report.outcome.value' in source


def test_the_fallback_filters_match_the_warnings_the_code_logs() -> None:
    filters = {
        n: f["Properties"]
        for n, f in _resources("AWS::Logs::MetricFilter").items()
        if "Fallback" in n
    }
    assert {f["LogGroupName"]["Ref"] for f in filters.values()} == {
        "AuthLogGroup", "ChatLogGroup", "EmailLogGroup", "StreamLogGroup",
    }  # fmt: skip
    terms = set(re.findall(r'\?"([^"]+)"', next(iter(filters.values()))["FilterPattern"]))
    limiter = (ROOT / "layers/common/milio/ratelimit/dynamodb.py").read_text()
    quota = (ROOT / "layers/common/milio/quota/dynamodb.py").read_text()
    assert any(term in limiter for term in terms)
    assert any(term in quota for term in terms)


# The streaming function under the Web Adapter ------------------------------------------------


def test_the_web_adapter_and_run_sh_agree_on_the_port() -> None:
    props = transformed()["Resources"]["StreamFunction"]["Properties"]
    env = props["Environment"]["Variables"]
    assert "PORT" not in env  # deprecated by the Web Adapter 1.x
    assert env["AWS_LWA_PORT"] == "8000"
    run_sh = (ROOT / "functions/stream/run.sh").read_text()
    assert '--port="$AWS_LWA_PORT"' in run_sh
    (layer,) = props["Layers"][1:]  # after the common layer
    arn = resolve(layer)
    assert arn.startswith("arn:aws:lambda:us-east-1:753240598075:layer:LambdaAdapterLayerX86:")
    assert int(arn.rsplit(":", 1)[1]) >= 27


def test_no_arn_in_the_template_names_its_partition() -> None:
    """aws-cn and aws-us-gov Regions: every ARN we write says ${AWS::Partition}."""
    assert "arn:aws:" not in (ROOT / "template.yaml").read_text()
