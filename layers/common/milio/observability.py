"""Powertools logger and metrics: one of each per process, configured by env.

No Powertools Tracer: importing the X-Ray SDK (and the botocore it pulls in)
cost about 450 ms of every cold start, measured with `make bench`. Active
tracing in template.yaml still records each invocation's segment.
"""

from __future__ import annotations

import os

from aws_lambda_powertools import Logger, Metrics

# The template sets both; the defaults keep local runs and tests well-formed.
SERVICE = os.environ.get("POWERTOOLS_SERVICE_NAME", "milio")
NAMESPACE = os.environ.get("POWERTOOLS_METRICS_NAMESPACE", "Milio")

logger = Logger(service=SERVICE)
metrics = Metrics(namespace=NAMESPACE, service=SERVICE)
