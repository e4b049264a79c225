"""DynamoDB quota: one atomic, expiring counter per key and UTC day, shared by every
Lambda instance (the rate limiter's table: partition key ``pk``, TTL ``expires_at``).

Each unit is one conditional ``UpdateItem``: ``ADD used 1`` only if
``used < limit``. DynamoDB applies it atomically, so concurrent requests, from
any number of instances, never count past the limit. The key names the day
(``quota#<key>#<YYYY-MM-DD>``; a user's key is their id), so a new day starts at
zero; the TTL only tidies the table a day later.

When DynamoDB cannot be reached, the quota falls back to a per-process count for
``MILIO_RATE_LIMIT_FALLBACK_SECONDS`` and logs a warning, as the rate limiter does:
refusing every model request during a DynamoDB incident would be an outage, and
counting nothing would lift the cap entirely.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Any

from botocore.exceptions import BotoCoreError, ClientError

from milio.dynamodb import DEFAULT_FALLBACK_SECONDS, MemoryFallback, make_client
from milio.quota.base import DAY_SECONDS, Day, Quota, QuotaDecision
from milio.quota.memory import MemoryQuota

_UPDATE = "ADD used :one SET expires_at = :expires"
_CONDITION = "attribute_not_exists(used) OR used < :limit"


class DynamoDbQuota:
    def __init__(
        self,
        table_name: str,
        *,
        client: Any = None,  # a boto3 DynamoDB client; boto3 ships no types for it here
        clock: Callable[[], float] = time.time,
        fallback: Quota | None = None,
        fallback_seconds: float = DEFAULT_FALLBACK_SECONDS,
    ) -> None:
        self._table = table_name
        self._client: Any = client if client is not None else make_client()
        self._clock = clock
        self._fallback = fallback if fallback is not None else MemoryQuota(clock=clock)
        self._failing = MemoryFallback(
            f"quota table {table_name} unavailable, using the per-process quota",
            fallback_seconds,
        )

    def take(self, key: str, limit: int) -> QuotaDecision:
        if self._failing.active:
            return self._fallback.take(key, limit)
        now = self._clock()
        day = Day.of(now)
        try:
            response = self._client.update_item(
                TableName=self._table,
                Key={"pk": {"S": f"quota#{key}#{day.name}"}},
                UpdateExpression=_UPDATE,
                ConditionExpression=_CONDITION,
                ExpressionAttributeValues={
                    ":one": {"N": "1"},
                    ":limit": {"N": str(limit)},
                    ":expires": {"N": str(math.ceil(day.ends_at) + DAY_SECONDS)},
                },
                ReturnValues="UPDATED_NEW",
            )
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") == "ConditionalCheckFailedException":
                return day.refused(now, limit, limit)
            return self._on_failure(exc, key, limit)
        except BotoCoreError as exc:
            return self._on_failure(exc, key, limit)
        return QuotaDecision(True, int(response["Attributes"]["used"]["N"]), limit, 0)

    def _on_failure(self, exc: Exception, key: str, limit: int) -> QuotaDecision:
        self._failing.failed(exc)
        return self._fallback.take(key, limit)
