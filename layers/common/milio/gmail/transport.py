"""How we reach Google: the auth library's transport and the Gmail API client.

``google.auth.transport.requests.Request`` waits up to 120 s by default; our
functions have seconds. Both are built once per services object
(``Services.google_transport``, ``Services.gmail_client``), so their connection
pools are reused across requests, and a test gets its own by building its own
services.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import google.auth.transport.requests
import httplib2  # type: ignore[import-untyped]
from google.auth import transport
from googleapiclient.discovery import build

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


def gmail_client(api_endpoint: str) -> Any:
    """The Gmail client, from the discovery document bundled with the library (no fetch).

    It carries no credentials: each call passes its own authorized transport.
    """
    return build(
        "gmail",
        "v1",
        http=httplib2.Http(timeout=GOOGLE_TIMEOUT_SECONDS),
        static_discovery=True,
        cache_discovery=False,
        client_options={"api_endpoint": api_endpoint},
    )
