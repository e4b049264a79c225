"""The chat pipeline: fast path, then category, action and details, step by step.

Each model step answers from an allow-list; an answer outside it gets one retry
with a corrective instruction, then the request is "not understood" (``A``).
Action codes and payloads are built here from validated details, never copied
from model text, and a final check refuses anything outside the protocol.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

from milio.chat import fastpath, prompts
from milio.chat.answers import parse_choice, parse_details
from milio.chat.catalog import ACTIONS, CATEGORIES, Action, CategoryKind, actions_in, build_payload
from milio.chat.catalog import model_categories as _model_categories
from milio.chat.completion import Completer, Completion
from milio.chat.payloads import clean_search_query
from milio.chat.protocol import NOT_UNDERSTOOD, UNAVAILABLE, is_valid_system_message, safe_answer
from milio.chat.request import ChatRequest, parse_request
from milio.errors import BadRequestError, PayloadTooLargeError, ProviderUnavailableError

ErrorKind = Literal[
    "not_understood", "unavailable", "out_of_set", "provider_failure", "unsafe_answer"
]

CHOICE_MAX_TOKENS = 8
DETAILS_MAX_TOKENS = 400
QUERY_MAX_TOKENS = 64
ANSWER_MAX_TOKENS = 1500
NONE_OF_THESE = "00"
_EMPTY: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True)
class ErrorRecord:
    """One thing that went wrong, for the error log the HTTP layer writes."""

    kind: ErrorKind
    detail: str
    model_answer: str | None = None
    provider: str | None = None
    latency_ms: float | None = None


@dataclass(frozen=True)
class ActionCall:
    code: str  # the three-character action code, e.g. "001"
    name: str
    args: Mapping[str, str] = _EMPTY


@dataclass(frozen=True)
class ChatResult:
    system_message: str
    action: ActionCall | None
    source: str  # "local" or the provider that gave the last answer
    model_calls: int
    errors: tuple[ErrorRecord, ...] = ()


@dataclass
class _Outcome:
    message: str
    action: ActionCall | None = None


@dataclass
class _Run:
    """The state of one request as it goes through the model steps."""

    request: ChatRequest
    completer: Completer
    calls: int = 0
    source: str = "local"
    errors: list[ErrorRecord] = field(default_factory=list)

    def ask(self, system: str, max_tokens: int, purpose: str) -> Completion:
        self.calls += 1
        completion = self.completer.complete(
            system=system, user=self.request.message, max_tokens=max_tokens, purpose=purpose
        )
        self.source = completion.provider
        return completion

    def note(self, kind: ErrorKind, detail: str, completion: Completion | None = None) -> None:
        self.errors.append(
            ErrorRecord(
                kind=kind,
                detail=detail,
                model_answer=completion.text[:500] if completion else None,
                provider=completion.provider if completion else None,
                latency_ms=completion.latency_ms if completion else None,
            )
        )

    def choose(self, system: str, allowed: frozenset[str], purpose: str) -> str | None:
        first = self.ask(system, CHOICE_MAX_TOKENS, purpose)
        choice = parse_choice(first.text, allowed)
        if choice is not None:
            return choice
        self.note("out_of_set", f"{purpose}: answer not in the allowed set", first)
        retry = prompts.retry_instruction(first.text, allowed)
        second = self.ask(f"{system}\n\n{retry}", CHOICE_MAX_TOKENS, f"{purpose}_retry")
        choice = parse_choice(second.text, allowed)
        if choice is None:
            self.note("not_understood", f"{purpose}: answer not in the allowed set twice", second)
        return choice


def _route(run: _Run) -> _Outcome:
    categories = _model_categories()
    allowed = frozenset(c.code for c in categories)
    code = run.choose(prompts.category_prompt(categories), allowed, "category")
    if code is None or code == NOT_UNDERSTOOD:
        return _Outcome(NOT_UNDERSTOOD)
    kind = CATEGORIES[code].kind
    if kind is CategoryKind.ACTION:
        return _act(run, code)
    if kind is CategoryKind.SEARCH:
        return _search(run)
    return _answer(run, code, code)


def _act(run: _Run, category: str) -> _Outcome:
    choice = actions_in(category, with_pdf=run.request.has_pdf)
    allowed = choice.codes | {NONE_OF_THESE}
    code = run.choose(prompts.action_prompt(choice.actions), allowed, "action")
    if code is None:
        return _Outcome(NOT_UNDERSTOOD)
    action = ACTIONS.get(category + code)
    if action is None or (code == NONE_OF_THESE and category == "0"):
        return _Outcome(NOT_UNDERSTOOD)
    if action.answers_in_text:
        return _answer(run, action.full_code, action.full_code)
    if not action.fields:
        return _Outcome(action.full_code, ActionCall(action.full_code, action.name))
    return _details(run, action)


def _details(run: _Run, action: Action) -> _Outcome:
    completion = run.ask(prompts.details_prompt(action), DETAILS_MAX_TOKENS, "details")
    details = parse_details(completion.text)
    if details is None:
        run.note("not_understood", "details: no JSON object", completion)
        details = {}
    payload, args = build_payload(action, details)
    if not args:
        run.note("out_of_set", "details: a detail failed validation", completion)
    return _Outcome(action.full_code + payload, ActionCall(action.full_code, action.name, args))


def _search(run: _Run) -> _Outcome:
    completion = run.ask(prompts.search_prompt(), QUERY_MAX_TOKENS, "search_query")
    query = clean_search_query(completion.text)
    if not query:
        run.note("not_understood", "search: empty query", completion)
        return _Outcome(NOT_UNDERSTOOD)
    return _Outcome("3" + query)


def _answer(run: _Run, prefix: str, style: str) -> _Outcome:
    completion = run.ask(prompts.answer_prompt(style), ANSWER_MAX_TOKENS, f"answer_{style}")
    answer = safe_answer(completion.text)
    if answer.refused:
        run.note("unsafe_answer", "answer: the final gate refused the sanitized text", completion)
    text = answer.text
    if not text:
        run.note("not_understood", "answer: empty text", completion)
        return _Outcome(NOT_UNDERSTOOD)
    return _Outcome(prefix + text)


def _local(request: ChatRequest) -> ChatResult | None:
    found = fastpath.match(request.latest)
    if found is None:
        return None
    action = ActionCall(found.action.full_code, found.action.name, dict(found.details))
    return ChatResult(found.system_message, action, "local", 0)


def _check_size(message: str, max_message_chars: int | None) -> None:
    if not message.strip():
        raise BadRequestError("Message is empty")
    if max_message_chars is None:
        from milio.settings import get_settings  # read only when the caller did not say

        max_message_chars = get_settings().chat_max_message_chars
    if len(message) > max_message_chars:
        raise PayloadTooLargeError("Message is too long")


def _use_fast_path(fast_path: bool | None) -> bool:
    if fast_path is not None:
        return fast_path
    from milio.settings import get_settings

    return get_settings().fast_path


def _gate(run: _Run, outcome: _Outcome) -> ChatResult:
    message, action = outcome.message, outcome.action
    if not is_valid_system_message(message):
        run.note("out_of_set", "final check refused the System message")
        message, action = NOT_UNDERSTOOD, None
    return ChatResult(message, action, run.source, run.calls, tuple(run.errors))


def run_chat(
    message: str,
    completer: Completer | None,
    *,
    fast_path: bool | None = None,
    max_message_chars: int | None = None,
) -> ChatResult:
    """Answer one ``/chat`` message with a System message of the client's protocol.

    ``fast_path`` and ``max_message_chars`` default to the settings. With no
    completer (no provider configured), what the fast path cannot answer is "B".
    """
    _check_size(message, max_message_chars)
    request = parse_request(message)
    if _use_fast_path(fast_path):
        local = _local(request)
        if local is not None and is_valid_system_message(local.system_message):
            return local
    if completer is None:
        unavailable = ErrorRecord("unavailable", "no language-model provider configured")
        return ChatResult(UNAVAILABLE, None, "local", 0, (unavailable,))
    run = _Run(request, completer)
    try:
        outcome = _route(run)
    except ProviderUnavailableError as exc:
        run.note("unavailable", f"every provider failed: {exc.message}")
        return ChatResult(UNAVAILABLE, None, run.source, run.calls, tuple(run.errors))
    return _gate(run, outcome)
