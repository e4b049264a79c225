"""The metrics each /chat answer emits (Embedded Metric Format on stdout, as in Lambda)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from aws_lambda_powertools.metrics import MetricUnit

from milio.db import Database
from milio.observability import add_counts, metrics
from tests.conftest import load_event
from tests.fakes import Fail, FakeLLMServer, Reply
from tests.functions.test_handlers import LambdaContext


def _emitted(out: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(values, dimensions) of each EMF document printed."""
    documents = []
    for line in out.splitlines():
        if not line.startswith('{"_aws"'):
            continue
        doc = json.loads(line)
        (directive,) = doc["_aws"]["CloudWatchMetrics"]
        names = [m["Name"] for m in directive["Metrics"]]
        dims = {d: doc[d] for d in directive["Dimensions"][0]}
        values = {n: doc[n][0] if isinstance(doc[n], list) else doc[n] for n in names}
        documents.append((values, dims))
    return documents


def _chat(message: str, capsys: pytest.CaptureFixture[str]) -> list[Any]:
    event = load_event("event-post-chat.json")
    event["body"] = json.dumps({"Message": message})
    metrics.clear_metrics()  # what earlier tests' requests added through the app, never flushed
    capsys.readouterr()
    result = __import__("chat_api").handler(event, LambdaContext())
    assert result["statusCode"] == 200
    return _emitted(capsys.readouterr().out)


def test_a_fast_path_answer_counts_as_local(
    local_db: Database, groq: FakeLLMServer, capsys: pytest.CaptureFixture[str]
) -> None:
    documents = _chat("open discord", capsys)
    request = next(values for values, _ in documents if "ChatRequests" in values)
    assert request["ChatAnsweredLocally"] == 1
    assert request["ChatAnsweredByModel"] == 0
    assert "ModelCallsPerRequest" not in request
    assert request["ProviderAttempts"] == 0


def test_a_model_answer_counts_calls_latency_and_failures_by_provider(
    local_db: Database, groq: FakeLLMServer, capsys: pytest.CaptureFixture[str]
) -> None:
    decision = {"category": "0", "action": "003", "details": {"name": "a", "ext": "txt"}}
    groq.script(Fail(500), Reply(json.dumps(decision)))  # the chain retries the 500
    documents = _chat("could you pull up my budget spreadsheet", capsys)
    request = next(values for values, _ in documents if "ChatRequests" in values)
    assert request["ChatAnsweredByModel"] == 1
    assert request["ModelCallsPerRequest"] == 1
    assert (request["ProviderAttempts"], request["ProviderFailures"]) == (2, 1)
    assert (request["AnswerNotUnderstood"], request["AnswerUnavailable"]) == (0, 0)
    latencies = [v for v, d in documents if "ProviderLatency" in v and d["provider"] == "groq"]
    assert len(latencies) == 1
    failed = [d for v, d in documents if "ProviderCallFailed" in v]
    assert failed == [{"service": "milio", "provider": "groq"}]


def test_b_answers_are_counted(
    local_db: Database, groq: FakeLLMServer, capsys: pytest.CaptureFixture[str]
) -> None:
    groq.script(*[Fail(500)] * 10)
    documents = _chat("what is the capital of Peru", capsys)
    request = next(values for values, _ in documents if "ChatRequests" in values)
    assert request["AnswerUnavailable"] == 1


def _serialized_and_cleared() -> dict[str, Any]:
    document: dict[str, Any] = dict(metrics.serialize_metric_set())
    document["_aws"] = {k: v for k, v in document["_aws"].items() if k != "Timestamp"}
    metrics.clear_metrics()
    return document


def test_counts_are_recorded_as_powertools_own_add_metric_records_them() -> None:
    counts = {"ChatRequests": 1, "ChatAnsweredLocally": 0, "ProviderAttempts": 3}
    metrics.clear_metrics()
    for _ in range(2):
        add_counts(counts)
    ours = _serialized_and_cleared()
    for _ in range(2):
        for name, value in counts.items():
            metrics.add_metric(name=name, unit=MetricUnit.Count, value=value)
    assert ours == _serialized_and_cleared()
    assert ours["ProviderAttempts"] == [3.0, 3.0]
