"""The chat pipeline: from a user's message to the desktop client's System message."""

from milio.chat.completion import Completer, Completion
from milio.chat.payloads import clean_search_query
from milio.chat.pipeline import ActionCall, ChatResult, ErrorRecord, run_chat
from milio.chat.protocol import is_valid_system_message

__all__ = [
    "ActionCall",
    "ChatResult",
    "Completer",
    "Completion",
    "ErrorRecord",
    "clean_search_query",
    "is_valid_system_message",
    "run_chat",
]
