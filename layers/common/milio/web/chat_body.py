"""The body of POST /chat and POST /chat/stream."""

from __future__ import annotations

from typing import Any, cast

from pydantic import BaseModel, ConfigDict, Field, model_validator

# Absent is allowed (either spelling will do); an explicit null is not a message.
_ABSENT = cast(str, None)


def _one_of_the_spellings(schema: dict[str, Any]) -> None:
    schema["anyOf"] = [{"required": ["Message"]}, {"required": ["message"]}]


class ChatBody(BaseModel):
    # The desktop client sends "Message"; newer clients may send "message".
    model_config = ConfigDict(extra="ignore", json_schema_extra=_one_of_the_spellings)
    message: str = Field(default=_ABSENT, validation_alias="Message")
    message_lower: str = Field(default=_ABSENT, validation_alias="message")

    @model_validator(mode="after")
    def _one_message(self) -> ChatBody:
        if self.message is None and self.message_lower is None:
            raise ValueError("Message is required")
        return self

    @property
    def text(self) -> str:
        return self.message if self.message is not None else self.message_lower or ""
