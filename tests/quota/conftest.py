"""Fixtures of the quota tests: the chat tests' fake Groq."""

from tests.functions.test_chat_api import groq

__all__ = ["groq"]
