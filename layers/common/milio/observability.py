"""Powertools logger and metrics: one of each per process, configured by env.

No Powertools Tracer: importing the X-Ray SDK (and the botocore it pulls in)
cost about 450 ms of every cold start, measured with `make bench`. Active
tracing in template.yaml still records each invocation's segment.

Keys that belong to one request (its id, the Lambda context of one invocation)
live in a context variable, never in the logger's shared keys: concurrent
requests (tasks of one event loop, and the threads they start, which copy the
context) each log their own. Powertools' ``thread_safe_*`` keys are that
context variable.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.metrics import EphemeralMetrics, MetricUnit, single_metric

# The template sets both; the defaults keep local runs and tests well-formed.
SERVICE = os.environ.get("POWERTOOLS_SERVICE_NAME", "milio")
NAMESPACE = os.environ.get("POWERTOOLS_METRICS_NAMESPACE", "Milio")

logger = Logger(service=SERVICE)
metrics = Metrics(namespace=NAMESPACE, service=SERVICE)

_cold_start = True
_cold_starts_counted: set[str] = set()  # the functions this process counted a ColdStart for


@contextmanager
def log_keys(**keys: object) -> Iterator[None]:
    """Add ``keys`` to every log line of the current context (this request) only."""
    outer = dict(logger.thread_safe_get_current_keys())
    logger.thread_safe_append_keys(**keys)
    try:
        yield
    finally:
        logger.thread_safe_clear_keys()  # a new, empty mapping: nothing shared is mutated
        if outer:
            logger.thread_safe_append_keys(**outer)


def add_counts(counts: Mapping[str, float]) -> None:
    """Add ``Count`` metrics to this invocation's set, as ``metrics.add_metric`` would.

    Without its checks of name, unit and resolution (ours are written in the code) and
    the debug line it formats whether or not it is logged: 13 µs a metric, measured,
    which every ``/chat`` answer paid seven times. The handler flushes the set at the
    end of each invocation, long before Powertools' 100 values a metric.
    """
    metric_set = metrics.metric_set
    for name, value in counts.items():
        metric = metric_set.get(name)
        if metric is None:
            metric = metric_set[name] = {"Unit": "Count", "StorageResolution": 60, "Value": []}
        metric["Value"].append(float(value))


def lambda_context_keys(context: Any) -> dict[str, object]:
    """What Powertools' ``inject_lambda_context`` logs, read from a Lambda context."""
    global _cold_start
    cold, _cold_start = _cold_start, False
    return {
        "cold_start": cold,
        "function_name": getattr(context, "function_name", None),
        "function_memory_size": getattr(context, "memory_limit_in_mb", None),
        "function_arn": getattr(context, "invoked_function_arn", None),
        "function_request_id": getattr(context, "aws_request_id", None),
    }


def with_lambda_context[H: Callable[..., Any]](handler: H) -> H:
    """Log lines inside ``handler`` carry its invocation's Lambda context, and only they do.

    In place of Powertools' ``inject_lambda_context``, whose keys are the logger's
    shared ones: the local gateway calls the authorizer from many threads at once,
    and each call would overwrite (and clear) the keys of all the others.
    """

    @functools.wraps(handler)
    def wrapper(event: Any, context: Any) -> Any:
        with log_keys(**lambda_context_keys(context)):
            return handler(event, context)

    return wrapper  # type: ignore[return-value]


def own_metrics() -> EphemeralMetrics:
    """Metrics of one unit of work, flushed on their own: nothing recorded elsewhere in
    the process joins them, and the dimensions they add stay theirs."""
    return EphemeralMetrics(namespace=NAMESPACE, service=SERVICE)


def count_cold_start(function_name: str) -> None:
    """The ``ColdStart`` metric, once per process, as Powertools' ``log_metrics``
    (``capture_cold_start_metric``) emits it for a handler: for an app the Web Adapter
    serves, which has no handler to decorate."""
    if function_name in _cold_starts_counted:
        return
    _cold_starts_counted.add(function_name)
    with single_metric(
        name="ColdStart", unit=MetricUnit.Count, value=1, namespace=NAMESPACE
    ) as metric:
        metric.add_dimension(name="function_name", value=function_name)
        metric.add_dimension(name="service", value=SERVICE)


def flush_request_metrics() -> None:
    """Send what the shared ``metrics`` holds now, if anything: at the end of a request
    of an app with no handler (whose decorator would flush)."""
    if metrics.metric_set:
        metrics.flush_metrics()
