"""Where, in the inline text of a paragraph still being written, the rendering is settled.

`stable_length` parses the text with markdown-it once, with its inline rules
wrapped to note where each construct starts and ends and which ones are still
open: a backtick run with no closing run yet, a ``[`` whose link has not formed
(a later definition may still complete it), an emphasis opener with no closer,
an entity, an escape or an autolink cut by the end of the text. Nothing before
the first open place, and outside every construct around it, can change
whatever text follows; the stream releases that much.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from milio.chat.answers.parser import Env, new_parser

Rule = Callable[[StateInline, bool], bool]

_ENTITY_PREFIX = re.compile(r"&(?:#(?:[xX][0-9a-fA-F]{0,6}|[0-9]{0,7})|[A-Za-z][A-Za-z0-9]{0,31})?")
_AUTOLINK_DEAD = re.compile(r"[\x00-\x20<>]")
_ALT_MAY_CHANGE = re.compile(r"[`<]")
# A character here ends a run of markup whose meaning depends on what follows.
_RUN_CHARS = "*_~`!\\"
_PROBE_KEY = "milio_probe"


@dataclass
class _Probe:
    src: str
    state: StateInline | None = None  # the inline state of the whole text, once seen
    opens: list[int] = field(default_factory=list)
    markup_waits: set[int] = field(default_factory=set)  # opens only markup can settle
    spans: list[tuple[int, int]] = field(default_factory=list)
    token_starts: dict[int, int] = field(default_factory=dict)  # token index -> source position


def _probe_of(state: StateInline, silent: bool) -> _Probe | None:
    probe = state.env.get(_PROBE_KEY)
    if silent or not isinstance(probe, _Probe):
        return None  # a lookahead
    if probe.state is None and len(state.src) == len(probe.src) and state.src == probe.src:
        probe.state = state
    return probe if state is probe.state else None  # not the alt text of an image


def _watch_span(rule: Rule, trigger: str) -> Rule:
    """Code spans, links, images, autolinks, entities, escapes: closed spans or open starts."""

    def watched(state: StateInline, silent: bool) -> bool:
        start, tokens = state.pos, len(state.tokens)
        matched = rule(state, silent)
        probe = _probe_of(state, silent)
        if probe is None or state.src[start] != trigger:
            return matched
        src, end = state.src, state.pos
        if matched and any(t.type != "text" for t in state.tokens[tokens:]):
            probe.spans.append((start, end))
            if end >= len(src):
                probe.opens.append(start)  # a closing run could grow, a reference extend
                if trigger == "`":
                    probe.markup_waits.add(start)
            elif trigger == "!" and _ALT_MAY_CHANGE.search(src, start, end):
                # The alt text is parsed apart, unseen here: a backtick or "<" in it may
                # yet pair with text to come (code spans bind tighter than brackets).
                probe.opens.append(start)
        elif _may_still_form(src, start):
            probe.opens.append(start)
            if trigger == "`" or (trigger == "[" and "]" not in src[start:]):
                probe.markup_waits.add(start)  # a backtick run, or a "]", must come first
        return matched

    return watched


def _may_still_form(src: str, start: int) -> bool:
    """Markup that did not form at ``start``: could text still to come make it form?"""
    char = src[start]
    if char in "`[":
        return True  # a closing run may come; a definition further down may make the link
    if char in "!\\":
        return start + 1 >= len(src)  # "![" or an escape, once the next character is known
    if char == "&":
        return _ENTITY_PREFIX.fullmatch(src, start) is not None
    return _AUTOLINK_DEAD.search(src, start + 1) is None  # "<": no blank or bracket yet


def _watch_delimiters(rule: Rule) -> Rule:
    """Emphasis and strikethrough: note where each delimiter's text token starts."""

    def watched(state: StateInline, silent: bool) -> bool:
        start, tokens = state.pos, len(state.tokens)
        matched = rule(state, silent)
        probe = _probe_of(state, silent)
        if probe is not None and matched:
            # The run's tokens come last (pending text may be flushed before them).
            position = state.pos
            for index in range(len(state.tokens) - 1, tokens - 1, -1):
                position -= len(state.tokens[index].content)
                if position < start:
                    break
                probe.token_starts[index] = position
        return matched

    return watched


def _settle_delimiters(state: StateInline) -> None:
    """After pairing: unmatched openers are open, matched pairs are spans."""
    probe = _probe_of(state, False)
    if probe is None:
        return
    delimiters = state.delimiters
    starts = probe.token_starts
    for delimiter in delimiters:
        position = starts.get(delimiter.token)
        if position is None:
            continue
        if delimiter.open and delimiter.end < 0:
            probe.opens.append(position)
            marker = probe.src[position]
            run_end = position
            while run_end < len(probe.src) and probe.src[run_end] == marker:
                run_end += 1
            if run_end < len(probe.src):
                probe.markup_waits.add(position)  # its flanking is known: a closer must come
        elif delimiter.end >= 0:
            closer = starts.get(delimiters[delimiter.end].token, position)
            probe.spans.append((position, closer + 1))


def _analysis_parser() -> MarkdownIt:
    md = new_parser()
    triggers = {"backticks": "`", "link": "[", "image": "!", "autolink": "<", "entity": "&"}
    for name, trigger in {**triggers, "escape": "\\"}.items():
        rule = md.inline.ruler.__rules__[md.inline.ruler.__find__(name)].fn
        md.inline.ruler.at(name, _watch_span(rule, trigger))
    for name in ("emphasis", "strikethrough"):
        rule = md.inline.ruler.__rules__[md.inline.ruler.__find__(name)].fn
        md.inline.ruler.at(name, _watch_delimiters(rule))
    md.inline.ruler2.push("milio_probe", _settle_delimiters)
    return md


_ANALYSIS = _analysis_parser()


@dataclass(frozen=True)
class Settled:
    length: int  # how much of the text renders as it finally will
    tokens: list[Token]  # the parse of the whole text (usable when all of it is settled)
    waits_for_markup: bool  # what stops it can only change when markup comes


def stable_length(src: str, env: Env, *, pipe_is_open: bool) -> Settled:
    """How much of ``src`` (a paragraph's inline text so far) renders as it finally will.

    ``pipe_is_open``: the text is still the paragraph's first line, which a table
    delimiter row on the next line would make a table header; cells end at "|".
    """
    probe = _Probe(src)
    tokens = _ANALYSIS.parseInline(src, {**env, _PROBE_KEY: probe})
    if src and probe.state is None:
        raise RuntimeError("the inline parse was not observed")
    end, waits = len(src), False
    if probe.opens:
        end = min(probe.opens)
        waits = end in probe.markup_waits
    if pipe_is_open and "|" in src and src.index("|") <= end:
        end, waits = src.index("|"), True  # only the next line can tell
    return Settled(_back_off(src, end, probe.spans), tokens, waits)


def _back_off(src: str, end: int, spans: list[tuple[int, int]]) -> int:
    """Move ``end`` back until no construct straddles it and nothing before it waits on it."""
    while True:
        start = end
        for first, last in spans:
            if first < end < last:
                end = first
        while end and (src[end - 1].isspace() or src[end - 1] in _RUN_CHARS):
            end -= 1  # blanks (a break or the paragraph's end) or a run that may grow
        if end == start:
            return end
