"""Asking a language model: the completer, the decision, prompts and reading model output."""
