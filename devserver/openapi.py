"""The API's OpenAPI documents: one per function's app, and the whole API as deployed.

`make dev` serves the whole API's at /openapi.json (schemathesis fuzzes against it in
`make test`); `make openapi` writes them all to `openapi/` for client authors. The
apps' own documents come from FastAPI; added here, once for every operation, what the
shared middleware and error handlers answer (every error is ``{"error", "requestId"}``)
and which routes need the Bearer token (template.yaml's authorizer, or the stream app's
own check).
"""

from __future__ import annotations

import copy
import importlib
import json
import sys
from pathlib import Path
from typing import Any

from devserver.routes import Template, read_template

ERROR_BODY = {
    "type": "object",
    "required": ["error"],
    "properties": {"error": {"type": "string"}, "requestId": {"type": "string"}},
}
# What any operation may answer besides its success: the guard middleware's refusals
# (400, 408, 413, 415, 429), validation (422), the domain errors (401, 404, 409) and
# a dependency that is down (503).
ERROR_STATUSES = {
    "400": "Bad request",
    "401": "Missing, invalid or expired token",
    "404": "Not found",
    "408": "Request body not received in time",
    "409": "Conflict",
    "413": "Request body too large",
    "415": "Content-Type must be application/json",
    "422": "Invalid request",
    "429": "Too many requests",
    "503": "A service the request needs is unavailable",
}
_FASTAPI_VALIDATION = ("HTTPValidationError", "ValidationError")
_METHODS = ("get", "post", "put", "patch", "delete")
BEARER = {"bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}}


def app_document(module: str) -> dict[str, Any]:
    """One function's app, its errors documented."""
    app = importlib.import_module(module).app
    document: dict[str, Any] = copy.deepcopy(app.openapi())
    for operation in _operations(document):
        _document_errors(operation)
    schemas = document.get("components", {}).get("schemas", {})
    for name in _FASTAPI_VALIDATION:  # replaced by ERROR_BODY
        schemas.pop(name, None)
    return document


def api_document(template: Template | None = None) -> dict[str, Any]:
    """Every route of the deployment, as `make dev` serves it on one port."""
    template = template or read_template()
    protected = {(r.path, r.method.lower()) for r in template.api_routes if r.protected}
    deployed = {(r.path, r.method.lower()) for r in template.api_routes}
    modules = sorted({r.module for r in template.api_routes} | {template.stream_module})
    merged: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "Milio API", "version": "1"},
        "paths": {},
        "components": {"schemas": {}, "securitySchemes": BEARER},
    }
    for module in modules:
        document = app_document(module)
        is_stream = module == template.stream_module
        for path, item in document["paths"].items():
            for method, operation in item.items():
                # The function URL serves the stream app (which checks the token itself),
                # but not its readiness path; API Gateway serves the template's routes.
                routed = path != "/health" if is_stream else (path, method) in deployed
                if not routed:
                    continue
                if is_stream or (path, method) in protected:
                    operation["security"] = [{"bearer": []}]
                merged["paths"].setdefault(path, {})[method] = operation
        _merge_schemas(merged["components"]["schemas"], document)
    return merged


def _operations(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        operation
        for item in document.get("paths", {}).values()
        for method, operation in item.items()
        if method in _METHODS
    ]


def _document_errors(operation: dict[str, Any]) -> None:
    responses = operation.setdefault("responses", {})
    success: dict[str, Any] = next(
        (r for status, r in responses.items() if status.startswith("2")), {}
    )
    # A page for a browser answers its own errors as pages, the middleware's as JSON.
    html = "text/html" in success.get("content", {})
    for status, description in ERROR_STATUSES.items():
        content: dict[str, Any] = {"application/json": {"schema": ERROR_BODY}}
        if html:
            content["text/html"] = {"schema": {"type": "string"}}
        responses[status] = {"description": description, "content": content}


def _merge_schemas(into: dict[str, Any], document: dict[str, Any]) -> None:
    for name, schema in document.get("components", {}).get("schemas", {}).items():
        if into.setdefault(name, schema) != schema:
            raise ValueError(f"two apps define different schemas named {name}")


def main(out: Path) -> None:
    out.mkdir(exist_ok=True)
    template = read_template()
    for module in sorted({r.module for r in template.api_routes} | {template.stream_module}):
        (out / f"{module}.json").write_text(json.dumps(app_document(module), indent=2) + "\n")
    (out / "milio.json").write_text(json.dumps(api_document(template), indent=2) + "\n")
    print(f"wrote {out}/milio.json (the whole API) and one document per app")


if __name__ == "__main__":
    from devserver.import_roots import ROOT  # puts the functions and the layer on sys.path

    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "openapi")
