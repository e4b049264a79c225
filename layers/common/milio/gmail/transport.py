"""The HTTP transport for Google's auth library, with a timeout that fits a Lambda.

``google.auth.transport.requests.Request`` waits up to 120 s by default; our
functions have seconds. One instance per process reuses its connection pool.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

import google.auth.transport.requests
from google.auth import transport

GOOGLE_TIMEOUT_SECONDS = 10.0


class TimedRequest(google.auth.transport.requests.Request):
    def __call__(
        self,
        url: str,
        method: str = "GET",
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        **kwargs: Any,
    ) -> transport.Response:
        response: transport.Response = super().__call__(  # type: ignore[no-untyped-call]
            url, method, body, headers, timeout=timeout or GOOGLE_TIMEOUT_SECONDS, **kwargs
        )
        return response


@lru_cache(maxsize=1)
def google_request() -> TimedRequest:
    return TimedRequest()
