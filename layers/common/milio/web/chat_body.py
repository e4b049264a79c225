"""The body of POST /chat and POST /chat/stream."""

from __future__ import annotations

import re
from typing import Annotated, Any, cast

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

# Absent is allowed (either spelling will do); an explicit null is not a message.
_ABSENT = cast(str, None)
# What no keyboard produces and no client sends: surrogate code points (JSON's "\ud83d"
# alone decodes to one; UTF-8 cannot carry it, so the database and the model APIs would
# refuse the text later, after a quota unit is spent) and Unicode's 66 noncharacters
# (U+FDD0..U+FDEF and the last two code points of every plane).
_PLANE_ENDS = "".join(chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF) for plane in range(17))
_NOT_TEXT = re.compile(f"[\ud800-\udfff\ufdd0-\ufdef{_PLANE_ENDS}]")


def _text_only(value: str) -> str:
    if _NOT_TEXT.search(value):
        raise ValueError("the message holds code points that are not text")
    return value


Text = Annotated[str, AfterValidator(_text_only)]


def _one_of_the_spellings(schema: dict[str, Any]) -> None:
    schema["anyOf"] = [{"required": ["Message"]}, {"required": ["message"]}]


class ChatBody(BaseModel):
    # The desktop client sends "Message"; newer clients may send "message".
    model_config = ConfigDict(extra="ignore", json_schema_extra=_one_of_the_spellings)
    message: Text = Field(default=_ABSENT, validation_alias="Message")
    message_lower: Text = Field(default=_ABSENT, validation_alias="message")

    @model_validator(mode="after")
    def _one_message(self) -> ChatBody:
        if self.message is None and self.message_lower is None:
            raise ValueError("Message is required")
        return self

    @property
    def text(self) -> str:
        return self.message if self.message is not None else self.message_lower or ""
