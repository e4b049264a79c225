"""The desktop client's side of the wire.

The action catalog, payloads, URLs and the System-message check.
"""
