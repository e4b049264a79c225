"""What a route asks for, as FastAPI dependencies: ``def chat(settings: SettingsDep, ...)``.

The services come from the app (``create_app(services=...)``; tests hand in
their own, or override ``current_services`` with ``app.dependency_overrides``).
The request id and deadline are the ones the guard middleware gave the request:
it opens the request's context (``RequestContext``) before any route runs.
Each dependency is ``async`` because none of them waits: FastAPI runs a plain
function in a worker thread, a hop per dependency per request.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI, Request

from milio.db import Database
from milio.deadline import Deadline
from milio.errorlog import device_of
from milio.services import Services, get_services
from milio.settings import Settings

ServicesSource = Callable[[], Services]


@dataclass(frozen=True)
class RequestContext:
    request_id: str
    deadline: Deadline


_current: ContextVar[RequestContext | None] = ContextVar("milio_request", default=None)


@contextmanager
def request_context(request_id: str, deadline: Deadline) -> Iterator[RequestContext]:
    """The request's id and deadline, for every dependency and log line inside."""
    context = RequestContext(request_id, deadline)
    token = _current.set(context)
    try:
        yield context
    finally:
        _current.reset(token)


def current_request() -> RequestContext | None:
    """The context of the request being served (None outside one)."""
    return _current.get()


def services_of_app(app: FastAPI) -> ServicesSource:
    """Where the app's requests get their services (``create_app(services=...)``)."""
    source = getattr(app.state, "services", None)
    return source if callable(source) else get_services


async def current_services(request: Request) -> Services:
    return services_of_app(request.app)()


ServicesDep = Annotated[Services, Depends(current_services)]


async def current_settings(services: ServicesDep) -> Settings:
    return services.settings


async def current_database(services: ServicesDep) -> Database:
    return services.database


async def current_request_id() -> str | None:
    context = _current.get()
    return context.request_id if context else None


async def current_deadline(request: Request) -> Deadline:
    context = _current.get()
    if context is not None:
        return context.deadline
    return Deadline.after(services_of_app(request.app)().settings.request_deadline_seconds)


async def client_device(request: Request) -> str | None:
    """The client's own ``X-Device`` label if it sent one, else its User-Agent."""
    headers = request.headers
    return device_of(headers.get("user-agent"), headers.get("x-device"))


SettingsDep = Annotated[Settings, Depends(current_settings)]
DatabaseDep = Annotated[Database, Depends(current_database)]
RequestId = Annotated[str | None, Depends(current_request_id)]
RequestDeadline = Annotated[Deadline, Depends(current_deadline)]
Device = Annotated[str | None, Depends(client_device)]
