"""DynamoDB as the rate limiter and the quota use it: one table, a client that fails
fast, and a per-process fallback while the table cannot be reached.

Both keep their counts in one table (partition key ``pk``, TTL ``expires_at``),
and both, when DynamoDB fails, answer from memory for a while
(``MILIO_RATE_LIMIT_FALLBACK_SECONDS``) and log a warning a minute: refusing
everything during a DynamoDB incident would be an outage, counting nothing would
lift every limit. ``MemoryFallback`` is that rule, written once.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable
from typing import Any

import boto3
from botocore.config import Config

logger = logging.getLogger(__name__)

# The limiter sits in front of every request: fail fast rather than stall it.
DEFAULT_TIMEOUT_SECONDS = 0.5
DEFAULT_FALLBACK_SECONDS = 5.0
_WARN_EVERY_SECONDS = 60.0


def make_client(endpoint_url: str | None = None, timeout: float = DEFAULT_TIMEOUT_SECONDS) -> Any:
    """A DynamoDB client with short timeouts and no retries (the fallback is the retry);
    boto3 ships no types for it here."""
    config = Config(
        connect_timeout=timeout, read_timeout=timeout, retries={"total_max_attempts": 1}
    )
    return boto3.client("dynamodb", endpoint_url=endpoint_url, config=config)


def create_table(client: Any, table_name: str) -> None:
    """Create the table as template.yaml declares it: for tests, benchmarks, local emulators."""
    client.create_table(
        TableName=table_name,
        KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
        BillingMode="PAY_PER_REQUEST",
    )
    client.get_waiter("table_exists").wait(TableName=table_name)
    client.update_time_to_live(
        TableName=table_name,
        TimeToLiveSpecification={"Enabled": True, "AttributeName": "expires_at"},
    )


class MemoryFallback:
    """When the table failed: use the per-process backend for ``seconds``, warning once a minute.

    A failed call costs timeouts; skipping the table for a while keeps that delay
    off every request of an outage. ``warning`` is the line logged (the stack's
    metric filters count it).
    """

    def __init__(
        self,
        warning: str,
        seconds: float = DEFAULT_FALLBACK_SECONDS,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._warning = warning
        self._seconds = seconds
        self._monotonic = monotonic
        self._until = -math.inf
        self._last_warning = -math.inf
        self._lock = threading.Lock()

    @property
    def active(self) -> bool:
        return self._monotonic() < self._until

    def failed(self, error: BaseException) -> None:
        with self._lock:
            now = self._monotonic()
            self._until = now + self._seconds
            if now - self._last_warning < _WARN_EVERY_SECONDS:
                return
            self._last_warning = now
        logger.warning("%s: %s", self._warning, type(error).__name__)
