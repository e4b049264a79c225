"""The chat pipeline: the fast path, then one structured model call, step by step as a fallback.

1. The fast path (:mod:`milio.chat.understanding.matcher`) answers common commands locally.
2. One structured call (:mod:`milio.chat.model.decision`) gives category, action and
   details, or the answer itself, validated against the catalog.
3. When the providers refuse the structured request or its answer does not fit,
   the steps of the first design: category, then action, then details (or the
   query, or the answer). Each step answers from an allow-list; an answer
   outside it gets one retry with a corrective instruction, then "A".

Action codes and payloads are built here from validated details, never copied
from model text, and the System-message check refuses anything outside the protocol.
:func:`run_chat` returns everything its caller needs, the error-log records
included.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from milio.chat.contract.catalog import (
    ACTIONS,
    CATEGORIES,
    NONE_OF_THESE,
    Action,
    CategoryKind,
    action_names,
    actions_in,
    build_payload,
    category_names,
    model_categories,
)
from milio.chat.contract.payloads import clean_search_query
from milio.chat.contract.system_message import (
    NOT_UNDERSTOOD,
    UNAVAILABLE,
    is_valid_system_message,
    safe_answer,
)
from milio.chat.model import prompts
from milio.chat.model.completer import Completer
from milio.chat.model.decision import Decision, decision_output, offered_actions, read_decision
from milio.chat.model.memory import UserMemory
from milio.chat.model.reading import parse_choice, parse_details, parse_query
from milio.chat.records import ErrorRecord, RecordKind
from milio.chat.request import ParsedRequest, bound_for_model, check_message, parse_request
from milio.chat.understanding import matcher
from milio.errors import ProviderUnavailableError
from milio.providers.base import Completion, ErrorKind, Failure
from milio.providers.chain import ChainResult, NoProviderAnsweredError
from milio.settings import Settings

CHOICE_MAX_TOKENS = 16
DETAILS_MAX_TOKENS = 400
QUERY_MAX_TOKENS = 64
DECISION_MAX_TOKENS = prompts.ANSWER_MAX_TOKENS + 300  # the answer travels inside the decision
HARDWARE_NOT_UNDERSTOOD = "100"
# A structured request the providers refused (or answered unreadably) is asked step by step.
_STRUCTURED_REFUSED = frozenset({ErrorKind.BAD_REQUEST, ErrorKind.MALFORMED_RESPONSE})
_EMPTY: Mapping[str, str] = MappingProxyType({})

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ActionCall:
    code: str  # the three-character action code, e.g. "001"
    name: str
    args: Mapping[str, str] = _EMPTY


@dataclass(frozen=True)
class ChatResult:
    system_message: str
    action: ActionCall | None
    source: str  # "local", "memory" or the provider that gave the last answer
    model_calls: int
    log_records: tuple[ErrorRecord, ...] = ()  # provider failures and the pipeline's own
    answered: tuple[Completion, ...] = ()  # each model call that answered (provider, latency)


@dataclass
class _Outcome:
    message: str
    action: ActionCall | None = None
    judged: str | None = None  # answer text that already passed the gate: not judged again


@dataclass
class _ModelCalls:
    """The state of one request as it goes through the model calls."""

    request: ParsedRequest
    completer: Completer
    calls: int = 0
    source: str = "local"
    records: list[ErrorRecord] = field(default_factory=list)
    answered: list[Completion] = field(default_factory=list)

    def result(self, message: str, action: ActionCall | None) -> ChatResult:
        return ChatResult(
            message, action, self.source, self.calls, tuple(self.records), tuple(self.answered)
        )

    def ask(self, system: str, max_tokens: int, purpose: str) -> Completion:
        self.calls += 1
        try:
            result = self.completer.complete(
                system=system, user=self.request.message, max_tokens=max_tokens, purpose=purpose
            )
        except NoProviderAnsweredError as exc:
            self._failed(exc.failures)
            raise
        return self._answered(result)

    def ask_structured(self, system: str, max_tokens: int, purpose: str) -> Completion:
        self.calls += 1
        try:
            result = self.completer.complete_structured(
                system=system,
                user=self.request.message,
                output=decision_output(self.request.has_pdf),
                max_tokens=max_tokens,
                purpose=purpose,
            )
        except NoProviderAnsweredError as exc:
            self._failed(exc.failures)
            raise
        return self._answered(result)

    def _answered(self, result: ChainResult) -> Completion:
        self._failed(result.failures)
        self.source = result.completion.provider
        self.answered.append(result.completion)
        return result.completion

    def _failed(self, failures: tuple[Failure, ...]) -> None:
        for failure in failures:
            status = f" (HTTP {failure.status})" if failure.status else ""
            self.records.append(
                ErrorRecord(
                    "provider_failure",
                    failure.kind.value + status,
                    provider=failure.provider,
                    latency_ms=failure.latency_ms,
                )
            )

    def note(self, kind: RecordKind, detail: str, completion: Completion | None = None) -> None:
        self.records.append(
            ErrorRecord(
                kind=kind,
                detail=detail,
                model_answer=completion.text[:500] if completion else None,
                provider=completion.provider if completion else None,
                latency_ms=completion.latency_ms if completion else None,
            )
        )

    def choose(
        self,
        system: str,
        allowed: frozenset[str],
        purpose: str,
        names: Mapping[str, str],
        prefix: str = "",
    ) -> str | None:
        first = self.ask(system, CHOICE_MAX_TOKENS, purpose)
        choice = parse_choice(first.text, allowed, names, prefix=prefix)
        if choice is not None:
            return choice
        self.note("out_of_set", f"{purpose}: answer not in the allowed set", first)
        retry = prompts.retry_instruction(first.text, allowed)
        second = self.ask(f"{system}\n\n{retry}", CHOICE_MAX_TOKENS, f"{purpose}_retry")
        choice = parse_choice(second.text, allowed, names, prefix=prefix)
        if choice is None:
            self.note("not_understood", f"{purpose}: answer not in the allowed set twice", second)
        return choice


def _decide(run: _ModelCalls) -> _Outcome | None:
    """One structured call; ``None`` to go step by step instead."""
    actions = offered_actions(run.request.has_pdf)
    try:
        completion = run.ask_structured(
            prompts.decision_prompt(actions), DECISION_MAX_TOKENS, "decision"
        )
    except NoProviderAnsweredError as exc:
        if not any(failure.kind in _STRUCTURED_REFUSED for failure in exc.failures):
            raise  # the providers are down: asking step by step would fail the same way
        run.note("out_of_set", "decision: the providers refused the structured request")
        return None
    decision = read_decision(completion.text, with_pdf=run.request.has_pdf)
    if decision is None:
        run.note("out_of_set", "decision: the answer does not fit the schema", completion)
        return None
    return _carry_out(run, decision, completion)


def _carry_out(run: _ModelCalls, decision: Decision, completion: Completion) -> _Outcome:
    category = CATEGORIES[decision.category]
    if category.kind is CategoryKind.STATUS:
        return _Outcome(NOT_UNDERSTOOD)
    if category.kind is CategoryKind.SEARCH:
        query = clean_search_query(parse_query(decision.search_query or ""))
        return _Outcome("3" + query) if query else _search(run)
    if category.kind is CategoryKind.ANSWER:
        answered = _answer_text(run, decision.category, decision.answer, completion)
        return answered or _answer(run, category.code)
    action = decision.action
    if action is None:
        return _none_of_these(category.code)
    if action.answers_in_text:
        answered = _answer_text(run, action.full_code, decision.answer, completion)
        return answered or _answer(run, action.full_code)
    return _act_with(run, action, decision.details, completion)


def _route(run: _ModelCalls) -> _Outcome:
    categories = model_categories()
    allowed = frozenset(c.code for c in categories)
    code = run.choose(prompts.category_prompt(categories), allowed, "category", category_names())
    if code is None or code == NOT_UNDERSTOOD:
        return _Outcome(NOT_UNDERSTOOD)
    kind = CATEGORIES[code].kind
    if kind is CategoryKind.ACTION:
        return _act(run, code)
    if kind is CategoryKind.SEARCH:
        return _search(run)
    return _answer(run, code)


def _act(run: _ModelCalls, category: str) -> _Outcome:
    choice = actions_in(category, with_pdf=run.request.has_pdf)
    allowed = choice.codes | {NONE_OF_THESE}
    code = run.choose(
        prompts.action_prompt(choice.actions), allowed, "action", action_names(choice), category
    )
    if code is None:
        return _Outcome(NOT_UNDERSTOOD)
    action = ACTIONS.get(category + code)
    if code == NONE_OF_THESE or action is None:
        return _none_of_these(category)
    if action.answers_in_text:
        return _answer(run, action.full_code)
    if not action.fields:
        return _Outcome(action.full_code, ActionCall(action.full_code, action.name))
    completion = run.ask(prompts.details_prompt(action), DETAILS_MAX_TOKENS, "details")
    details = parse_details(completion.text)
    if details is None:
        run.note("not_understood", "details: no JSON object", completion)
    return _act_with(run, action, details or {}, completion)


def _none_of_these(category: str) -> _Outcome:
    if category == "1":
        action = ACTIONS[HARDWARE_NOT_UNDERSTOOD]
        return _Outcome(action.full_code, ActionCall(action.full_code, action.name))
    return _Outcome(NOT_UNDERSTOOD)


def _act_with(
    run: _ModelCalls, action: Action, details: Mapping[str, object], completion: Completion
) -> _Outcome:
    payload, args = build_payload(action, details)
    if action.fields and not args:
        run.note("out_of_set", "details: a detail failed validation", completion)
    return _Outcome(action.full_code + payload, ActionCall(action.full_code, action.name, args))


def _search(run: _ModelCalls) -> _Outcome:
    completion = run.ask(prompts.search_prompt(), QUERY_MAX_TOKENS, "search_query")
    query = clean_search_query(parse_query(completion.text))
    if not query:
        run.note("not_understood", "search: empty query", completion)
        return _Outcome(NOT_UNDERSTOOD)
    return _Outcome("3" + query)


def _answer_text(
    run: _ModelCalls, prefix: str, text: str | None, completion: Completion
) -> _Outcome | None:
    """The answer as the client may render it (sanitized, then judged), or None if empty."""
    answer = safe_answer(text or "")
    if answer.refused:
        run.note("unsafe_answer", "answer: the gate refused the sanitized text", completion)
    return _Outcome(prefix + answer.text, judged=answer.text) if answer.text.strip() else None


def _answer(run: _ModelCalls, style: str) -> _Outcome:
    """A direct answer in ``style`` (a category 4-7, or "016"), which is also its prefix."""
    asked = prompts.direct_answer(style)
    completion = run.ask(asked.system, asked.max_tokens, f"answer_{style}")
    answered = _answer_text(run, style, completion.text, completion)
    if answered is None:
        run.note("not_understood", "answer: empty text", completion)
        return _Outcome(NOT_UNDERSTOOD)
    return answered


def _local(request: ParsedRequest) -> ChatResult | None:
    try:
        found = matcher.match(request.latest)
    except Exception as slip:  # a slip of the fast path costs a model call, not the request
        # Where and what, never the exception's text: it may quote the user's message.
        where = traceback.extract_tb(slip.__traceback__)[-1]
        logger.error(
            "the fast path failed (%s at %s:%s); the models answer",
            type(slip).__name__,
            Path(where.filename).name,
            where.lineno,
        )
        return None
    if found is None or not is_valid_system_message(found.system_message):
        return None
    action = ActionCall(found.action.full_code, found.action.name, dict(found.details))
    return ChatResult(found.system_message, action, "local", 0)


def _remembered(request: ParsedRequest, memory: UserMemory) -> ChatResult | None:
    recalled = memory.recall(request)
    if recalled is None:
        return None
    action = ActionCall(recalled.action.full_code, recalled.action.name, recalled.details)
    return ChatResult(recalled.system_message, action, "memory", 0)


def _checked(run: _ModelCalls, outcome: _Outcome) -> ChatResult:
    """The result, if its System message passes the protocol's check; else "A"."""
    message, action = outcome.message, outcome.action
    if not is_valid_system_message(message, judged=outcome.judged):
        run.note("out_of_set", "the System-message check refused the answer")
        message, action = NOT_UNDERSTOOD, None
    return run.result(message, action)


@dataclass(frozen=True)
class ChatOptions:
    """The settings the pipeline follows (``MILIO_FAST_PATH`` and the others)."""

    fast_path: bool = True
    structured_output: bool = True
    max_message_chars: int = 100_000
    max_model_chars: int = 16_000

    @classmethod
    def from_settings(cls, settings: Settings) -> ChatOptions:
        return cls(
            settings.fast_path,
            settings.chat_structured_output,
            settings.chat_max_message_chars,
            settings.model_input_max_chars,
        )


def answer_locally(message: str, options: ChatOptions) -> ChatResult | None:
    """The fast path's answer, or None when a model must answer.

    Raises ``BadRequestError`` or ``PayloadTooLargeError`` for a message that is
    empty or too long. Builds nothing a model answer needs.
    """
    check_message(message, options.max_message_chars)
    if not options.fast_path:
        return None
    return _local(parse_request(message))


def answer_with_models(
    message: str,
    completer: Completer | None,
    options: ChatOptions,
    memory: UserMemory | None = None,
) -> ChatResult:
    """The answer the models give a message the fast path did not answer.

    With a ``memory``, an action a model chose for the same message of the same
    user is answered again with no model call (source ``memory``), and a new one
    is kept. With no completer (no provider configured) the answer is "B".
    """
    request = parse_request(message)
    if memory is not None:
        remembered = _remembered(request, memory)
        if remembered is not None:
            return remembered
    if completer is None:
        unavailable = ErrorRecord("unavailable", "no language-model provider configured")
        return ChatResult(UNAVAILABLE, None, "local", 0, (unavailable,))
    # Bounded before the first call (which takes the quota): a refusal costs nothing.
    run = _ModelCalls(parse_request(bound_for_model(message, options.max_model_chars)), completer)
    try:
        outcome = _decide(run) if options.structured_output else None
        if outcome is None:
            outcome = _route(run)
    except ProviderUnavailableError as exc:
        run.note("unavailable", f"every provider failed: {exc.message}")
        return run.result(UNAVAILABLE, None)
    result = _checked(run, outcome)
    if memory is not None and result.action is not None:
        memory.remember(request, result.system_message)  # kept only if worth keeping
    return result


def run_chat(
    message: str,
    completer: Completer | None,
    options: ChatOptions,
    memory: UserMemory | None = None,
) -> ChatResult:
    """Answer one ``/chat`` message with a System message of the client's protocol:
    locally when the fast path can, else from the user's memory or with the models."""
    local = answer_locally(message, options)
    if local is not None:
        return local
    return answer_with_models(message, completer, options, memory)
