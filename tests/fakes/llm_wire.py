"""The wire formats of the four model APIs, as their public references document them.

OpenAI and Groq: chat completions (JSON, or SSE chunks ended by `data: [DONE]`).
Mistral: the same shape, its own ids and error body. Anthropic: messages (JSON,
or named SSE events message_start ... message_stop, with pings).
"""

from __future__ import annotations

import json
import time
import uuid
from typing import Any, Literal

Api = Literal["openai", "anthropic", "mistral", "groq"]
APIS: tuple[Api, ...] = ("openai", "anthropic", "mistral", "groq")

# Where each SDK posts, given the base URL `FakeLLMServer.base_url` hands it.
PATHS: dict[Api, str] = {
    "openai": "/v1/chat/completions",
    "groq": "/openai/v1/chat/completions",
    "mistral": "/v1/chat/completions",
    "anthropic": "/v1/messages",
}


def _tokens(text: str) -> int:
    return max(1, len(text.split()))


def json_answer(api: Api, model: str, text: str, output_tokens: int | None) -> dict[str, Any]:
    tokens = output_tokens if output_tokens is not None else _tokens(text)
    if api == "anthropic":
        return {
            "id": f"msg_{uuid.uuid4().hex[:24]}",
            "type": "message",
            "role": "assistant",
            "model": model,
            "content": [{"type": "text", "text": text}],
            "stop_reason": "end_turn",
            "stop_sequence": None,
            "usage": {"input_tokens": 12, "output_tokens": tokens},
        }
    message: dict[str, Any] = {"role": "assistant", "content": text}
    return {
        "id": _completion_id(api),
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 12, "completion_tokens": tokens, "total_tokens": 12 + tokens},
    }


def _completion_id(api: Api) -> str:
    return f"chatcmpl-{uuid.uuid4().hex[:24]}" if api != "mistral" else uuid.uuid4().hex


def sse(data: dict[str, Any] | str, event: str | None = None) -> bytes:
    payload = data if isinstance(data, str) else json.dumps(data)
    head = f"event: {event}\n" if event else ""
    return f"{head}data: {payload}\n\n".encode()


def stream_head(api: Api, model: str) -> list[bytes]:
    """Events sent before the first text delta."""
    if api == "anthropic":
        message = json_answer(api, model, "", 1) | {"content": [], "stop_reason": None}
        return [
            sse({"type": "message_start", "message": message}, "message_start"),
            sse(
                {
                    "type": "content_block_start",
                    "index": 0,
                    "content_block": {"type": "text", "text": ""},
                },
                "content_block_start",
            ),
            sse({"type": "ping"}, "ping"),
        ]
    return [_chunk(api, model, {"role": "assistant", "content": ""}, None)]


def stream_delta(api: Api, model: str, text: str) -> bytes:
    if api == "anthropic":
        delta = {
            "type": "content_block_delta",
            "index": 0,
            "delta": {"type": "text_delta", "text": text},
        }
        return sse(delta, "content_block_delta")
    return _chunk(api, model, {"content": text}, None)


def stream_tail(
    api: Api, model: str, output_tokens: int, include_usage: bool = False
) -> list[bytes]:
    """Events after the last delta, ending the stream the way each API does, with the usage
    where each API sends it: Anthropic's in message_start (input) and message_delta
    (output), Mistral's in the finishing chunk, Groq's under ``x_groq`` in it, OpenAI's
    in one more chunk without choices, and only when asked (``include_usage``)."""
    if api == "anthropic":
        return [
            sse({"type": "content_block_stop", "index": 0}, "content_block_stop"),
            sse(
                {
                    "type": "message_delta",
                    "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                    "usage": {"output_tokens": output_tokens},
                },
                "message_delta",
            ),
            sse({"type": "message_stop"}, "message_stop"),
        ]
    usage = {
        "prompt_tokens": 12,
        "completion_tokens": output_tokens,
        "total_tokens": 12 + output_tokens,
    }
    if api == "openai":
        tail = [_chunk(api, model, {}, "stop")]
        if include_usage:
            tail.append(_usage_chunk(model, usage))
        return [*tail, sse("[DONE]")]
    if api == "groq":
        return [_chunk(api, model, {}, "stop", x_groq={"usage": usage}), sse("[DONE]")]
    return [_chunk(api, model, {}, "stop", usage), sse("[DONE]")]


def _usage_chunk(model: str, usage: dict[str, int]) -> bytes:
    body = {
        "id": _completion_id("openai"),
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [],
        "usage": usage,
    }
    return sse(body)


def _chunk(
    api: Api,
    model: str,
    delta: dict[str, Any],
    finish: str | None,
    usage: Any = None,
    x_groq: dict[str, Any] | None = None,
) -> bytes:
    body: dict[str, Any] = {
        "id": _completion_id(api),
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
    }
    if usage is not None:
        body["usage"] = usage
    if x_groq is not None:
        body["x_groq"] = x_groq
    return sse(body)


_ERROR_TYPES = {
    400: ("invalid_request_error", "invalid_request_error"),
    401: ("authentication_error", "invalid_api_key"),
    403: ("permission_error", "permission_denied"),
    429: ("rate_limit_error", "rate_limit_exceeded"),
    529: ("overloaded_error", "overloaded"),
}


def error_body(api: Api, status: int, code_given: str | None = None) -> dict[str, Any]:
    anthropic_type, code = _ERROR_TYPES.get(status, ("api_error", "server_error"))
    anthropic_type, code = code_given or anthropic_type, code_given or code
    message = f"fake {api} error {status}"
    if api == "anthropic":
        return {"type": "error", "error": {"type": anthropic_type, "message": message}}
    if api == "mistral":
        return {
            "object": "error",
            "message": message,
            "type": code,
            "param": None,
            "code": str(status),
        }
    return {"error": {"message": message, "type": code, "param": None, "code": code}}


# Structured answers. A request asks for one by naming tools (OpenAI, Groq,
# Mistral: "tools" + "tool_choice"; Anthropic: "tools" + "tool_choice" of type
# "tool"), a JSON schema ("response_format": {"type": "json_schema"}) or JSON mode
# ("response_format": {"type": "json_object"}). The reply's text is the object.


def structured_kind(body: dict[str, Any]) -> str | None:
    """ "tool", "json_schema", "json_object", or None for a plain text request."""
    if body.get("tools"):
        return "tool"
    response_format = body.get("response_format") or {}
    kind = response_format.get("type")
    return kind if kind in ("json_schema", "json_object") else None


def structured_problem(api: Api, body: dict[str, Any]) -> str | None:
    """Why the real API would refuse this structured request with a 400, or None."""
    kind = structured_kind(body)
    if kind == "tool":
        return _tool_problem(api, body)
    if kind == "json_schema":
        spec = body["response_format"].get("json_schema") or {}
        if not spec.get("name") or not isinstance(spec.get("schema"), dict):
            return "json_schema needs a name and a schema"
        return _strict_problem(spec["schema"]) if spec.get("strict") else None
    if kind == "json_object":
        texts = [str(m.get("content")) for m in body.get("messages", [])]
        if not any("json" in text.lower() for text in texts):
            return "JSON mode needs the word JSON in the messages"
    return None


def _tool_problem(api: Api, body: dict[str, Any]) -> str | None:
    tools, choice = body["tools"], body.get("tool_choice") or {}
    if api == "anthropic":
        names = {tool.get("name") for tool in tools}
        schemas = [tool.get("input_schema") or {} for tool in tools]
        chosen = choice.get("name") if choice.get("type") == "tool" else None
    else:
        names = {tool.get("function", {}).get("name") for tool in tools}
        schemas = [tool.get("function", {}).get("parameters") or {} for tool in tools]
        chosen = (choice.get("function") or {}).get("name")
    if any(schema.get("type") != "object" for schema in schemas):
        return "a tool's schema must be an object"
    if chosen not in names:
        return "tool_choice names no declared tool"
    return None


def _strict_problem(schema: dict[str, Any], where: str = "$") -> str | None:
    """OpenAI's strict mode: every object closed, every property required."""
    types = schema.get("type")
    if types == "object" or (isinstance(types, list) and "object" in types):
        properties = schema.get("properties", {})
        if schema.get("additionalProperties") is not False:
            return f"{where}: additionalProperties must be false"
        if sorted(schema.get("required", [])) != sorted(properties):
            return f"{where}: every property must be required"
        for name, sub in properties.items():
            problem = _strict_problem(sub, f"{where}.{name}")
            if problem:
                return problem
    nullable = isinstance(types, list) and "null" in types
    if "enum" in schema and nullable and None not in schema["enum"]:
        return f"{where}: a nullable enum must list null"
    return None


def structured_answer(
    api: Api, body: dict[str, Any], model: str, text: str, output_tokens: int | None
) -> dict[str, Any]:
    """The API's answer holding ``text`` (a JSON object) the way the request asked for it."""
    answer = json_answer(api, model, text, output_tokens)
    if structured_kind(body) != "tool":
        return answer  # JSON schema and JSON mode: the object is the message content
    if api == "anthropic":
        name = body["tool_choice"]["name"]
        block = {"type": "tool_use", "id": f"toolu_{uuid.uuid4().hex[:24]}", "name": name}
        return answer | {
            "content": [block | {"input": json.loads(text)}],
            "stop_reason": "tool_use",
        }
    name = body["tool_choice"]["function"]["name"]
    call = {
        "id": f"call_{uuid.uuid4().hex[:24]}",
        "type": "function",
        "function": {"name": name, "arguments": text},
    }
    choice = answer["choices"][0]
    choice["message"] = {"role": "assistant", "content": None, "tool_calls": [call]}
    choice["finish_reason"] = "tool_calls"
    return answer
