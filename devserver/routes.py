"""The routes template.yaml deploys, read from the template itself.

The local gateway serves exactly these, and a test checks that the apps serve
the same set: nothing deployed without code, no code without a route.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "template.yaml"


class _CloudFormationLoader(yaml.SafeLoader):
    """Accepts CloudFormation's short tags (!Ref, !Sub, ...) as plain values."""


def _any_tag(loader: yaml.SafeLoader, _suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)  # type: ignore[arg-type]


_CloudFormationLoader.add_multi_constructor("!", _any_tag)


@dataclass(frozen=True)
class Route:
    method: str
    path: str
    function: str
    module: str
    protected: bool


@dataclass(frozen=True)
class Template:
    api_routes: list[Route]
    authorizer_module: str
    stream_module: str


def load_template(path: Path = TEMPLATE) -> dict[str, Any]:
    data: dict[str, Any] = yaml.load(path.read_text(), Loader=_CloudFormationLoader)  # noqa: S506
    return data


def _module_of(handler: str) -> str:
    return handler.rsplit(".", 1)[0]


def _stream_module(code_uri: str) -> str:
    """The module run.sh hands to uvicorn (``module:served``); its FastAPI app is ``app``."""
    script = (ROOT / code_uri / "run.sh").read_text()
    match = re.search(r"\b([a-z_][a-z0-9_]*):[a-z_][a-z0-9_]*\s", script)
    if not match:
        raise ValueError("run.sh does not start a `module:attribute` with uvicorn")
    return match.group(1)


def read_template(path: Path = TEMPLATE) -> Template:
    resources = load_template(path)["Resources"]
    routes: list[Route] = []
    authorizer = stream = ""
    api_auth = resources["Api"]["Properties"]["Auth"]
    authorizer_fn = api_auth["Authorizers"][api_auth["DefaultAuthorizer"]]["FunctionArn"]
    for name, resource in resources.items():
        if resource.get("Type") != "AWS::Serverless::Function":
            continue
        props = resource["Properties"]
        if authorizer_fn.startswith(f"{name}."):
            authorizer = _module_of(props["Handler"])
        if props.get("FunctionUrlConfig"):
            stream = _stream_module(props["CodeUri"])
        for event in (props.get("Events") or {}).values():
            if event.get("Type") != "Api":
                continue
            ev = event["Properties"]
            public = (ev.get("Auth") or {}).get("Authorizer") == "NONE"
            routes.append(
                Route(
                    ev["Method"].upper(), ev["Path"], name, _module_of(props["Handler"]), not public
                )
            )
    return Template(api_routes=routes, authorizer_module=authorizer, stream_module=stream)
