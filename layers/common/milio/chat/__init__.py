"""The chat pipeline: from a user's message to the desktop client's System message.

Nothing is imported here, so that importing one module of the package (the
stream function's ``milio.chat.streaming``) does not load the others (the fast
path's matcher). Import from the module that holds the name:
``milio.chat.pipeline.run_chat``, ``milio.chat.protocol.is_valid_system_message``.
"""
