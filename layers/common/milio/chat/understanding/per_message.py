"""Judgements remembered while one message is read, and forgotten after it.

A long message is read many ways (whole, clause by clause, cut where a run-on may
end, with a correction taken back), and each way judges its clauses again: what kind
of aside "my boss is calling" is, the same each time. A pure judgement under
:func:`remembered` is made once per message for the same arguments, while
:func:`one_message` reads it; outside one, it is made each time it is asked. Nothing
is kept from one message to the next.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator
from contextvars import ContextVar
from functools import wraps

# The judgements made on the message being read (a context's own: threads and tasks
# reading other messages do not share it); None when no message is being read.
_MADE: ContextVar[dict[Hashable, object] | None] = ContextVar("judgements_made", default=None)


def remembered[**P, R](judge: Callable[P, R]) -> Callable[P, R]:
    """``judge``, a pure function of hashable arguments, made once per message."""

    @wraps(judge)
    def judged(*args: P.args, **kwargs: P.kwargs) -> R:
        made = _MADE.get()
        if made is None:
            return judge(*args, **kwargs)
        key = (judge, args, tuple(sorted(kwargs.items())))
        if key not in made:
            made[key] = judge(*args, **kwargs)
        return made[key]  # type: ignore[return-value]

    return judged


def replayed[**P, T](produce: Callable[P, Iterator[T]]) -> Callable[P, Iterable[T]]:
    """``produce``, a pure generator of hashable arguments, run once per message: a second
    reader reads again the items the first drew, and draws on where it stopped."""

    @wraps(produce)
    def replaying(*args: P.args, **kwargs: P.kwargs) -> Iterable[T]:
        made = _MADE.get()
        if made is None:
            return produce(*args, **kwargs)
        key = (produce, args, tuple(sorted(kwargs.items())))
        if key not in made:
            made[key] = _Replay(produce(*args, **kwargs))
        return made[key]  # type: ignore[return-value]

    return replaying


class _Replay[T]:
    """The items of ``items``, kept as they are drawn, for each reader from the first."""

    def __init__(self, items: Iterator[T]) -> None:
        self._items = items
        self._drawn: list[T] = []
        self._done = False

    def __iter__(self) -> Iterator[T]:
        at = 0
        while True:
            if at == len(self._drawn):
                if self._done:
                    return
                try:
                    self._drawn.append(next(self._items))
                except StopIteration:
                    self._done = True
                    return
            yield self._drawn[at]
            at += 1


def one_message[**P, R](read: Callable[P, R]) -> Callable[P, R]:
    """``read``, reading one message, with its own judgements remembered."""

    @wraps(read)
    def reading(*args: P.args, **kwargs: P.kwargs) -> R:
        token = _MADE.set({})
        try:
            return read(*args, **kwargs)
        finally:
            _MADE.reset(token)

    return reading
