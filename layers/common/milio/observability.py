"""Powertools logger, metrics and tracer: one of each per process, configured by env."""

from __future__ import annotations

import os

from aws_lambda_powertools import Logger, Metrics, Tracer

# The template sets both; the defaults keep local runs and tests well-formed.
SERVICE = os.environ.get("POWERTOOLS_SERVICE_NAME", "milio")
NAMESPACE = os.environ.get("POWERTOOLS_METRICS_NAMESPACE", "Milio")

logger = Logger(service=SERVICE)
metrics = Metrics(namespace=NAMESPACE, service=SERVICE)
tracer = Tracer(service=SERVICE)
