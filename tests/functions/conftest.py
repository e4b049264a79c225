"""Fixtures of the function tests: the chat tests' fake Groq, for the other modules here."""

from tests.functions.test_chat_api import groq

__all__ = ["groq"]
