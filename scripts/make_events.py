"""Write events/: one API Gateway (REST, proxy) event per route of template.yaml,
a TOKEN authorizer event and a function URL event for the stream. Each is complete
as the platform sends it (a test validates them against Powertools' event models),
so they work as they are with `sam local invoke -e` (see the README).

Run again after adding a route: `make events`.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from devserver.routes import Route, read_template  # noqa: E402

EVENTS = ROOT / "events"
SAMPLE_BODIES: dict[tuple[str, str], dict[str, Any]] = {
    ("POST", "/register"): {"email": "ada@example.com", "password": "correct horse battery"},
    ("POST", "/user/signup"): {"email": "ada@example.com", "password": "correct horse battery"},
    ("POST", "/login"): {"email": "ada@example.com", "password": "correct horse battery"},
    ("POST", "/user/login"): {"email": "ada@example.com", "password": "correct horse battery"},
    ("POST", "/chat"): {"Message": "open discord"},
    ("POST", "/email/get-email"): {},
    ("POST", "/email/send"): {
        "recipientEmail": "grace@example.com",
        "subject": "Hello",
        "content": "Sent from Milio.",
    },
}
SAMPLE_QUERIES: dict[tuple[str, str], dict[str, str]] = {
    ("GET", "/email/login"): {"jwt": "eyJhbGciOiJIUzI1NiJ9.e30.placeholder"},
    ("GET", "/email/handleCallback"): {"code": "4/0Aexample", "state": "example-state"},
}
# One fixed moment, so the files stay the same from run to run.
REQUEST_TIME = "27/Nov/2026:14:00:00 +0000"
REQUEST_TIME_EPOCH = 1795788000000
SAMPLE_TOKEN = "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0.placeholder"  # noqa: S105 (a placeholder that never verifies)


def event_name(route: Route) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", route.path.lower()).strip("-")
    return f"event-{route.method.lower()}-{slug}.json"


def api_event(route: Route) -> dict[str, Any]:
    body = SAMPLE_BODIES.get((route.method, route.path))
    headers = {
        "Accept": "application/json",
        "Host": "abc123.execute-api.us-east-1.amazonaws.com",
        "User-Agent": "Milio/1.0 Electron",
        "X-Forwarded-For": "203.0.113.7",
    }
    if body is not None:
        headers["Content-Type"] = "application/json"
    if route.protected:
        headers["Authorization"] = SAMPLE_TOKEN
    context: dict[str, Any] = {
        "accountId": "123456789012",
        "apiId": "abc123",
        "domainName": "abc123.execute-api.us-east-1.amazonaws.com",
        "domainPrefix": "abc123",
        "extendedRequestId": "Xyz1AbCdIAMEbQ=",
        "resourceId": "a1b2c3",
        "resourcePath": route.path,
        "httpMethod": route.method,
        "path": f"/prod{route.path}",
        "protocol": "HTTP/1.1",
        "requestId": "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
        "requestTime": REQUEST_TIME,
        "requestTimeEpoch": REQUEST_TIME_EPOCH,
        "stage": "prod",
        "identity": {"sourceIp": "203.0.113.7", "userAgent": "Milio/1.0 Electron"},
    }
    if route.protected:
        context["authorizer"] = {
            "principalId": "1",
            "userId": "1",
            "email": "ada@example.com",
            "tier": "default",
            "integrationLatency": 12,
        }
    query = SAMPLE_QUERIES.get((route.method, route.path))
    return {
        "resource": route.path,
        "path": route.path,
        "httpMethod": route.method,
        "headers": headers,
        "multiValueHeaders": {k: [v] for k, v in headers.items()},
        "queryStringParameters": query,
        "multiValueQueryStringParameters": {k: [v] for k, v in query.items()} if query else None,
        "pathParameters": None,
        "stageVariables": None,
        "requestContext": context,
        "body": json.dumps(body) if body is not None else None,
        "isBase64Encoded": False,
    }


def authorizer_event() -> dict[str, Any]:
    return {
        "type": "TOKEN",
        "authorizationToken": SAMPLE_TOKEN,
        "methodArn": "arn:aws:execute-api:us-east-1:123456789012:abc123/prod/POST/chat",
    }


def stream_event() -> dict[str, Any]:
    """A function URL event (payload 2.0), as the Web Adapter receives it."""
    body = {"Message": "Tell me a short story about a lighthouse."}
    return {
        "version": "2.0",
        "routeKey": "$default",
        "rawPath": "/chat/stream",
        "rawQueryString": "",
        "headers": {
            "authorization": SAMPLE_TOKEN,
            "content-type": "application/json",
            "host": "abcdefghij.lambda-url.us-east-1.on.aws",
        },
        "requestContext": {
            "accountId": "anonymous",
            "apiId": "abcdefghij",
            "domainName": "abcdefghij.lambda-url.us-east-1.on.aws",
            "domainPrefix": "abcdefghij",
            "http": {
                "method": "POST",
                "path": "/chat/stream",
                "protocol": "HTTP/1.1",
                "sourceIp": "203.0.113.7",
                "userAgent": "curl/8.5.0",
            },
            "requestId": "9d8b7c6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
            "routeKey": "$default",
            "stage": "$default",
            "time": REQUEST_TIME,
            "timeEpoch": REQUEST_TIME_EPOCH,
        },
        "body": json.dumps(body),
        "isBase64Encoded": False,
    }


def main() -> None:
    EVENTS.mkdir(exist_ok=True)
    files = {event_name(r): api_event(r) for r in read_template().api_routes}
    files["event-authorizer-token.json"] = authorizer_event()
    files["event-post-chat-stream.json"] = stream_event()
    for name, event in files.items():
        (EVENTS / name).write_text(json.dumps(event, indent=2) + "\n")
    print(f"wrote {len(files)} events to {EVENTS.relative_to(ROOT)}/")


if __name__ == "__main__":
    main()
