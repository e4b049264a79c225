"""How we reach Google: the auth library's transport and the Gmail API client.

``google.auth.transport.requests.Request`` waits up to 120 s by default; our
functions have seconds. Both are built once per services object
(``google_transport(services)``, ``gmail_client(services)``, through
``Services.built``), so their connection pools are reused across requests, and a
test gets its own by building its own services.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import google.auth.transport.requests
import httplib2  # type: ignore[import-untyped]
from google.auth import transport
from googleapiclient.discovery import build

if TYPE_CHECKING:
    from milio.services import Services

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


def google_transport(services: Services) -> TimedRequest:
    """Google's auth transport (token refresh, ID-token certificates, userinfo)."""
    return services.built(_new_transport)


def gmail_client(services: Services) -> Any:
    """The Gmail API client for the settings' endpoint (it holds no credentials)."""
    return services.built(_new_gmail_client)


def _new_transport(services: Services) -> TimedRequest:
    return TimedRequest()


def _new_gmail_client(services: Services) -> Any:
    """The Gmail client, from the discovery document bundled with the library (no fetch).

    It carries no credentials: each call passes its own authorized transport.
    """
    api_endpoint = services.settings.gmail_api_endpoint
    return build(
        "gmail",
        "v1",
        http=httplib2.Http(timeout=GOOGLE_TIMEOUT_SECONDS),
        static_discovery=True,
        cache_discovery=False,
        client_options={"api_endpoint": api_endpoint},
    )
