"""The chat pipeline: from a user's message to the desktop client's System message.

The folders show the two paths of ``/chat``: ``understanding/`` reads a message
locally (the fast path's matcher and its readers), ``model/`` asks a language
model and reads its answer; ``answers/`` makes an answer safe for the client's
Markdown renderer; ``contract/`` is the client's side of the wire (the action
catalog, payloads, URLs, the System-message check). ``pipeline`` orchestrates
``/chat``; ``stream`` is the streaming route's logic beside it.

Nothing is imported here or in the subpackages' ``__init__``, so that importing
one module (the stream function's ``milio.chat.stream``) does not load the
others (the fast path's matcher). Import from the module that holds the name:
``milio.chat.pipeline.run_chat``,
``milio.chat.contract.system_message.is_valid_system_message``.
"""
