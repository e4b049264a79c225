"""The routes template.yaml deploys and the routes the apps serve are the same set."""

import importlib
import json
from pathlib import Path

from fastapi.routing import iter_route_contexts

from devserver.routes import read_template
from scripts.make_events import api_event, event_name

EVENTS = Path(__file__).resolve().parents[2] / "events"


def _served(module: str) -> set[tuple[str, str]]:
    app = importlib.import_module(module).app
    return {
        (method, route.path)
        for route in iter_route_contexts(app.routes)
        for method in route.methods or ()
    }


def test_every_deployed_route_has_code_and_every_route_is_deployed() -> None:
    template = read_template()
    modules = {r.module for r in template.api_routes}
    deployed = {(r.method, r.path) for r in template.api_routes}
    served = set().union(*(_served(m) for m in modules))
    assert deployed == served


def test_each_route_is_deployed_on_the_function_whose_app_serves_it() -> None:
    for route in read_template().api_routes:
        assert (route.method, route.path) in _served(route.module), route


def test_the_stream_function_serves_the_streaming_route_and_its_readiness_path() -> None:
    assert _served(read_template().stream_module) == {("POST", "/chat/stream"), ("GET", "/health")}


def test_the_contract_routes_are_all_deployed_in_both_spellings() -> None:
    deployed = {(r.method, r.path) for r in read_template().api_routes}
    contract = {
        ("GET", "/health"), ("GET", "/verify-token"),
        ("POST", "/register"), ("POST", "/user/signup"),
        ("POST", "/login"), ("POST", "/user/login"),
        ("DELETE", "/user/delete"), ("POST", "/chat"),
        ("GET", "/email/login"), ("GET", "/email/handleCallback"),
        ("POST", "/email/get-email"), ("POST", "/email/send"),
    }  # fmt: skip
    assert contract <= deployed


def test_only_the_intended_routes_are_public() -> None:
    public = {(r.method, r.path) for r in read_template().api_routes if not r.protected}
    assert public == {
        ("GET", "/health"), ("GET", "/verify-token"),
        ("POST", "/register"), ("POST", "/user/signup"),
        ("POST", "/login"), ("POST", "/user/login"),
        ("GET", "/email/login"), ("POST", "/email/login"), ("GET", "/email/handleCallback"),
    }  # fmt: skip


def test_every_route_has_an_up_to_date_event_file() -> None:
    for route in read_template().api_routes:
        path = EVENTS / event_name(route)
        assert path.exists(), f"missing {path.name}: run `make events`"
        assert json.loads(path.read_text()) == api_event(route), f"{path.name} is stale"
