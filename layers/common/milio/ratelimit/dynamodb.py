"""DynamoDB limiter: one bucket per key, shared by every process and Lambda instance.

Table layout (for template.yaml):
    partition key ``pk`` (String), no sort key, on-demand billing;
    attribute ``tat`` (Number): the bucket's theoretical arrival time, epoch seconds;
    TTL attribute ``expires_at`` (Number, epoch seconds).

Each hit is one conditional UpdateItem, two at most, never a read-then-write:
- "idle" branch: the bucket is absent or full (``tat`` in the past):
  ``SET tat = now + interval`` if ``attribute_not_exists(tat) OR tat < now``;
- "busy" branch: ``SET tat = tat + interval`` if ``tat BETWEEN now AND now + window - interval``.
DynamoDB applies each update atomically, so concurrent writers cannot both take the
last token. A failed condition returns the item (ReturnValuesOnConditionCheckFailure),
which either says the request is refused (no write needed) or which branch to take.
``tat`` only ever grows, so the second attempt settles it; the TTL only tidies the
table (an expired bucket is full again whether or not DynamoDB has deleted it yet).

Instances compare their own wall clocks against ``tat``; Lambda hosts are kept within
milliseconds by NTP, far below the 0.5 s interval of the default limit.

When DynamoDB cannot be reached (or the table is missing, or throttled), the limiter
falls back to a per-process memory limiter for the next few seconds and logs a warning:
failing closed would turn a DynamoDB incident into a full outage, log-in included, while
failing fully open would drop all brute-force protection; the per-instance limit keeps
part of it.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FuturesTimeoutError
from typing import Any

from botocore.exceptions import BotoCoreError, ClientError

from milio.dynamodb import (
    DEFAULT_FALLBACK_SECONDS,
    DEFAULT_TIMEOUT_SECONDS,
    MemoryFallback,
    make_client,
)
from milio.ratelimit.base import Bucket, Decision, RateLimiter, sanitize_key
from milio.ratelimit.memory import MemoryRateLimiter

_IDLE_UPDATE = "SET tat = :fresh, expires_at = :exp"
_IDLE_CONDITION = "attribute_not_exists(tat) OR tat < :now"
_BUSY_UPDATE = "SET tat = tat + :interval, expires_at = :exp"
_BUSY_CONDITION = "tat BETWEEN :now AND :latest"
# Extra life for an item after its bucket is full again, so the TTL never races a live bucket.
_TTL_MARGIN_SECONDS = 60


def _number(value: float) -> dict[str, str]:
    return {"N": f"{value:.6f}"}


class _UnsettledError(Exception):
    """The item changed between attempts more often than it can (tat only grows)."""


class DynamoDbRateLimiter:
    def __init__(
        self,
        table_name: str,
        rate_per_second: float,
        burst: int,
        *,
        client: Any = None,  # a boto3 DynamoDB client; boto3 ships no types for it here
        clock: Callable[[], float] = time.time,
        fallback: RateLimiter | None = None,
        timeout: float = DEFAULT_TIMEOUT_SECONDS,
        fallback_seconds: float = DEFAULT_FALLBACK_SECONDS,
    ) -> None:
        self._table = table_name
        self._bucket = Bucket(rate_per_second, burst)
        self._client: Any = client if client is not None else make_client(timeout=timeout)
        self._timeout = timeout
        self._failing = MemoryFallback(
            f"rate limit table {table_name} unavailable, using the per-process limiter",
            fallback_seconds,
        )
        # The calls run here, so a hit can give up at its timeout whatever the socket does.
        self._calls = ThreadPoolExecutor(max_workers=4, thread_name_prefix="ratelimit")
        self._clock = clock
        # Not ``fallback or ...``: an empty MemoryRateLimiter has len 0, so it is falsy.
        self._fallback = (
            fallback if fallback is not None else MemoryRateLimiter(rate_per_second, burst)
        )

    def hit(self, key: str) -> Decision:
        key = sanitize_key(key)
        if self._failing.active:
            return self._fallback.hit(key)
        call = self._calls.submit(self._hit, key, self._clock())
        try:
            return call.result(timeout=self._timeout)
        except (BotoCoreError, ClientError, _UnsettledError, FuturesTimeoutError) as exc:
            self._failing.failed(exc)
            return self._fallback.hit(key)

    def _hit(self, key: str, now: float) -> Decision:
        known: float | None = None
        for _attempt in range(3):
            if known is not None and known >= now and not self._bucket.fits(known, now):
                return self._bucket.refused(known, now)
            busy = known is not None and known >= now
            try:
                new_tat = self._update(key, now, busy=busy)
            except ClientError as exc:
                if exc.response.get("Error", {}).get("Code") != "ConditionalCheckFailedException":
                    raise
                item: Any = exc.response.get("Item")  # present: ALL_OLD asked for it
                known = _tat_of(item)
                continue
            return self._bucket.allowed(new_tat, now)
        raise _UnsettledError(f"bucket {key!r} did not settle")

    def _update(self, key: str, now: float, *, busy: bool) -> float:
        bucket = self._bucket
        values = {":now": _number(now), ":exp": {"N": str(self._expiry(now))}}
        if busy:
            values[":interval"] = _number(bucket.interval)
            values[":latest"] = _number(now + bucket.window - bucket.interval)
        else:
            values[":fresh"] = _number(now + bucket.interval)
        response = self._client.update_item(
            TableName=self._table,
            Key={"pk": {"S": key}},
            UpdateExpression=_BUSY_UPDATE if busy else _IDLE_UPDATE,
            ConditionExpression=_BUSY_CONDITION if busy else _IDLE_CONDITION,
            ExpressionAttributeValues=values,
            ReturnValues="UPDATED_NEW",
            ReturnValuesOnConditionCheckFailure="ALL_OLD",
        )
        return float(response["Attributes"]["tat"]["N"])

    def _expiry(self, now: float) -> int:
        return math.ceil(now + self._bucket.window) + _TTL_MARGIN_SECONDS


def _tat_of(item: dict[str, Any] | None) -> float | None:
    if not item or "tat" not in item:
        return None
    return float(item["tat"]["N"])
