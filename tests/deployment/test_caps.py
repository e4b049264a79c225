"""The caps on spending and abuse beyond the usage plans, as deployed: the global daily
ceiling's configuration and alarm, the optional WAF rule on the sign-in and sign-up
routes, and the optional AWS Budgets alarm (README: Tiers, quotas and spending caps)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from devserver.routes import read_template
from tests.deployment.cloudformation import defaults, holds, resolve, transformed

SIGN_IN = {"/login", "/register", "/user/login", "/user/signup"}
MODEL_FUNCTIONS = ("ChatFunction", "StreamFunction")


def _props(name: str) -> dict[str, Any]:
    props: dict[str, Any] = transformed()["Resources"][name]["Properties"]
    return props


@pytest.mark.parametrize("function", MODEL_FUNCTIONS)
def test_the_model_functions_share_one_ceiling_counted_in_the_quota_table(function: str) -> None:
    env = _props(function)["Environment"]["Variables"]
    assert env["MILIO_GLOBAL_DAILY_CEILING"] == {"Ref": "GlobalDailyModelRequests"}
    assert env["MILIO_QUOTA_TABLE"] == {"Ref": "RateLimitTable"}
    resources = transformed()["Resources"]
    role = resources[_props(function)["Role"]["Fn::GetAtt"][0]]
    policies = resolve(role["Properties"]["Policies"], {name: name for name in resources})
    statements = [s for p in policies for s in p["PolicyDocument"]["Statement"]]
    assert {
        "Effect": "Allow",
        "Action": "dynamodb:UpdateItem",
        "Resource": {"Fn::GetAtt": ["RateLimitTable", "Arn"]},
    } in statements


def test_the_ceiling_is_on_by_default_above_what_one_user_may_spend() -> None:
    values = defaults()
    assert values["GlobalDailyModelRequests"] > 0
    assert values["GlobalDailyModelRequests"] >= 10 * values["ProUserDailyModelRequests"] // 4
    assert values["GlobalDailyModelRequests"] > values["DefaultUserDailyModelRequests"]


def test_reaching_the_ceiling_raises_an_alarm_on_the_topic() -> None:
    alarm = _props("GlobalCeilingReachedAlarm")
    assert alarm["Namespace"] == "Milio"  # POWERTOOLS_METRICS_NAMESPACE, like the others
    assert alarm["MetricName"] == "GlobalCeilingReached"
    assert alarm["Dimensions"] == [{"Name": "service", "Value": "milio"}]
    assert alarm["Statistic"] == "Sum"
    assert alarm["Threshold"] == 1
    assert alarm["ComparisonOperator"] == "GreaterThanOrEqualToThreshold"
    assert alarm["AlarmActions"] == [{"Ref": "AlarmTopic"}]


# AWS WAF ----------------------------------------------------------------------------------


def _waf_pattern() -> re.Pattern[str]:
    (rule,) = _props("ApiWebAcl")["Rules"]
    scope = rule["Statement"]["RateBasedStatement"]["ScopeDownStatement"]
    return re.compile(resolve(scope["RegexMatchStatement"]["RegexString"]))


def test_the_waf_is_optional_and_off_by_default() -> None:
    resources = transformed()["Resources"]
    assert resources["ApiWebAcl"]["Condition"] == "UseWaf"
    assert resources["ApiWebAclAssociation"]["Condition"] == "UseWaf"
    assert not holds("UseWaf")
    assert holds("UseWaf", {"EnableWaf": "true"})


def test_the_waf_rule_limits_each_address_on_exactly_the_sign_in_routes() -> None:
    pattern = _waf_pattern()
    routes = {r.path for r in read_template().api_routes}
    assert routes >= SIGN_IN
    for path in routes:
        for seen in (f"/prod{path}", path):  # the stage's URL and the custom domain's
            assert bool(pattern.search(seen)) == (path in SIGN_IN), seen
    for other in ("/prod/email/login", "/prod/login/../chat", "/prod/loginx", "/a/b/login"):
        assert not pattern.search(other), other


def test_the_waf_answers_429_json_with_retry_after_and_covers_the_stage() -> None:
    acl = _props("ApiWebAcl")
    assert acl["Scope"] == "REGIONAL"
    assert acl["DefaultAction"] == {"Allow": {}}
    (rule,) = acl["Rules"]
    rate = rule["Statement"]["RateBasedStatement"]
    assert rate["AggregateKeyType"] == "IP"
    assert rate["Limit"] == {"Ref": "WafSignInRequestsPer5Minutes"}
    response = rule["Action"]["Block"]["CustomResponse"]
    assert response["ResponseCode"] == 429
    assert {"Name": "Retry-After", "Value": str(rate["EvaluationWindowSec"])} in response[
        "ResponseHeaders"
    ]
    body = acl["CustomResponseBodies"][response["CustomResponseBodyKey"]]
    assert body["ContentType"] == "APPLICATION_JSON"
    association = _props("ApiWebAclAssociation")
    refs = {"Api": "abc123", "ApiStage": "prod"}
    assert resolve(association["ResourceArn"], refs) == (
        "arn:aws:apigateway:us-east-1::/restapis/abc123/stages/prod"
    )
    assert association["WebACLArn"] == {"Fn::GetAtt": ["ApiWebAcl", "Arn"]}


# AWS Budgets ------------------------------------------------------------------------------


def test_the_budget_is_optional_and_mails_the_alarm_address() -> None:
    assert transformed()["Resources"]["MonthlyBudget"]["Condition"] == "HasBudget"
    assert not holds("HasBudget")
    assert not holds("HasBudget", {"MonthlyBudgetUsd": "50"})  # no address to mail
    assert holds("HasBudget", {"MonthlyBudgetUsd": "50", "AlarmEmail": "ops@example.com"})
    budget = _props("MonthlyBudget")
    assert budget["Budget"]["TimeUnit"] == "MONTHLY"
    assert budget["Budget"]["BudgetType"] == "COST"
    assert budget["Budget"]["BudgetLimit"] == {"Amount": {"Ref": "MonthlyBudgetUsd"}, "Unit": "USD"}
    kinds = set()
    for notification in budget["NotificationsWithSubscribers"]:
        kinds.add(notification["Notification"]["NotificationType"])
        assert notification["Subscribers"] == [
            {"SubscriptionType": "EMAIL", "Address": {"Ref": "AlarmEmail"}}
        ]
    assert kinds == {"ACTUAL", "FORECASTED"}
