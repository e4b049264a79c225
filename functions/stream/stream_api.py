"""The streaming function: FastAPI under uvicorn and the Lambda Web Adapter.

It sits behind a function URL, not API Gateway, so it checks the JWT itself
with the same code the authorizer uses.
"""

from __future__ import annotations

from fastapi import APIRouter

from milio.errors import NotImplementedYetError
from milio.web.factory import create_app

router = APIRouter()


@router.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}


@router.post("/chat/stream")
def chat_stream() -> None:
    raise NotImplementedYetError("Streaming is not built yet")


app = create_app("Milio stream", [router])
