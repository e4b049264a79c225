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


def stream_tail(api: Api, model: str, output_tokens: int) -> list[bytes]:
    """Events after the last delta, ending the stream the way each API does."""
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
    return [_chunk(api, model, {}, "stop", usage), sse("[DONE]")]


def _chunk(
    api: Api, model: str, delta: dict[str, Any], finish: str | None, usage: Any = None
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
