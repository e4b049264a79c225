"""The body of POST /chat and POST /chat/stream."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator


class ChatRequest(BaseModel):
    # The desktop client sends "Message"; newer clients may send "message".
    model_config = ConfigDict(extra="ignore")
    message: str | None = Field(default=None, validation_alias="Message")
    message_lower: str | None = Field(default=None, validation_alias="message")

    @model_validator(mode="after")
    def _one_message(self) -> ChatRequest:
        if self.message is None and self.message_lower is None:
            raise ValueError("Message is required")
        return self

    @property
    def text(self) -> str:
        return self.message if self.message is not None else self.message_lower or ""
