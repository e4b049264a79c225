"""The metrics of each ``/chat`` answer, charted on the dashboard and watched by alarms.

Namespace ``Milio`` (``POWERTOOLS_METRICS_NAMESPACE``). Per request, dimension
``service``, flushed with the invocation's other metrics:

- ``ChatRequests``; ``ChatAnsweredLocally`` or ``ChatAnsweredByModel`` (1 or 0);
- ``ModelCallsPerRequest``, for the requests a model answered;
- ``AnswerNotUnderstood`` (``A``) and ``AnswerUnavailable`` (``B``), 1 or 0, so
  their average is the rate;
- ``ProviderAttempts`` and ``ProviderFailures``: calls to providers and the failed ones.

Per provider call, dimensions ``service`` and ``provider``: ``ProviderLatency``
(ms, the calls that answered) and ``ProviderCallFailed`` (1 per failure).
"""

from __future__ import annotations

from aws_lambda_powertools.metrics import MetricUnit, single_metric

from milio.chat.contract.system_message import NOT_UNDERSTOOD, UNAVAILABLE
from milio.chat.pipeline import ChatResult
from milio.observability import NAMESPACE, SERVICE, add_counts


def _per_provider(name: str, provider: str, unit: MetricUnit, value: float) -> None:
    with single_metric(name=name, unit=unit, value=value, namespace=NAMESPACE) as metric:
        metric.add_dimension(name="service", value=SERVICE)
        metric.add_dimension(name="provider", value=provider)


def record_chat(result: ChatResult) -> None:
    """Add one answer's metrics (flushed by the handler's ``log_metrics``)."""
    answered = result.answered
    failures = [r.provider or "unknown" for r in result.log_records if r.kind == "provider_failure"]
    by_model = result.model_calls > 0
    message = result.system_message
    counts = {
        "ChatRequests": 1,
        "ChatAnsweredLocally": 0 if by_model else 1,
        "ChatAnsweredByModel": 1 if by_model else 0,
    }
    if by_model:
        counts["ModelCallsPerRequest"] = result.model_calls
    counts |= {
        "AnswerNotUnderstood": int(message == NOT_UNDERSTOOD),
        "AnswerUnavailable": int(message == UNAVAILABLE),
        "ProviderAttempts": len(answered) + len(failures),
        "ProviderFailures": len(failures),
    }
    add_counts(counts)
    for completion in answered:
        _per_provider(
            "ProviderLatency", completion.provider, MetricUnit.Milliseconds, completion.latency_ms
        )
    for provider in failures:
        _per_provider("ProviderCallFailed", provider, MetricUnit.Count, 1)
