"""The services a request reaches, built once from the settings object and held.

One ``Services`` per settings object: the database client, the rate limiter,
the quota and the provider chains, each built on first use, so a function (or
a request) that needs none of them pays for none; what one function alone
needs (the email function's Google clients) is built through ``built``, so
this module imports nothing of it. A local ``/chat`` answer
never builds a provider chain. In AWS the settings object is rebuilt when the
application secret changes; ``get_services()`` then builds new services from it.

Routes reach them through FastAPI dependencies (``milio.web.dependencies``);
tests build their own (``Services(settings)``) and hand them to the app.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from milio.settings import Settings, get_settings

if TYPE_CHECKING:
    from milio.db import Database
    from milio.providers.chain import ProviderChain
    from milio.quota.base import Quota
    from milio.ratelimit.base import RateLimiter


T = TypeVar("T")


class Services:
    """What the functions share across requests; each part is built on first use.

    The backends are imported where they are built: the authorizer needs no
    provider chain, and the local server no boto3.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._built: dict[Callable[[Services], Any], Any] = {}

    @cached_property
    def database(self) -> Database:
        from milio.db import database_from_settings

        return database_from_settings(self.settings)

    @cached_property
    def limiter(self) -> RateLimiter:
        from milio.ratelimit import rate_limiter_from_settings

        return rate_limiter_from_settings(self.settings)

    @cached_property
    def user_limiter(self) -> RateLimiter:
        """Per user, on every protected route (``user#<id>`` keys)."""
        from milio.ratelimit import user_rate_limiter_from_settings

        return user_rate_limiter_from_settings(self.settings)

    @cached_property
    def quota(self) -> Quota:
        from milio.quota import quota_from_settings

        return quota_from_settings(self.settings)

    @cached_property
    def chain(self) -> ProviderChain:
        """The completion chain, in the configured order."""
        from milio.providers.registry import configured_order

        return self._chain(configured_order)

    @cached_property
    def stream_chain(self) -> ProviderChain:
        """The streaming chain: Anthropic first, then the configured order."""
        from milio.providers.registry import stream_order

        return self._chain(stream_order)

    def built(self, make: Callable[[Services], T]) -> T:
        """What ``make`` builds from these services, built on first use and held."""
        with self._lock:
            if make not in self._built:
                self._built[make] = make(self)
            held: T = self._built[make]
            return held

    def _chain(self, order: Callable[[Settings], list[str]]) -> ProviderChain:
        # One provider object (so one set of SDK clients) and one health record per
        # name, shared by the completion and the stream chains.
        from milio.providers.registry import build_chain

        with self._lock:
            built = self.__dict__.get("chain") or self.__dict__.get("stream_chain")
            return build_chain(self.settings, order(self.settings), sharing=built)


class _CurrentServices:
    """``get_services()``: the services of the current settings object."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._services: Services | None = None

    def __call__(self) -> Services:
        settings = get_settings()
        current = self._services
        if current is not None and current.settings is settings:
            return current
        with self._lock:
            if self._services is None or self._services.settings is not settings:
                self._services = Services(settings)
            return self._services


get_services = _CurrentServices()


def get_database() -> Database:
    """The database client of the current services."""
    return get_services().database
