"""Answers the desktop client renders as Markdown, made safe for its renderer.

`emitter.sanitize_markdown` parses an answer with a real CommonMark parser
(`parser`) and writes it back in a canonical subset; `release.StreamingSanitizer`
does the same for a streamed answer, releasing only text whose rendering can no
longer change (`probe` finds where); `gate.is_safe_markdown` is the final gate,
an independent check of what we send.
"""
