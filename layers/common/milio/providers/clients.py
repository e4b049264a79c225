"""SDK clients made on first use and kept for the life of the process.

A sync client serves `complete` for every request of a container. Async clients
hold connection pools bound to one event loop, so there is one per loop: under
uvicorn that is one per process; in tests each test's loop gets its own.
"""

from __future__ import annotations

import asyncio
import threading
import weakref
from collections.abc import Callable


class ClientCache[SyncT, AsyncT]:
    def __init__(self, make_sync: Callable[[], SyncT], make_async: Callable[[], AsyncT]) -> None:
        self._make_sync = make_sync
        self._make_async = make_async
        self._sync: SyncT | None = None
        self._lock = threading.Lock()
        self._by_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, AsyncT] = (
            weakref.WeakKeyDictionary()
        )

    def sync(self) -> SyncT:
        if self._sync is None:
            with self._lock:
                if self._sync is None:
                    self._sync = self._make_sync()
        return self._sync

    def for_running_loop(self) -> AsyncT:
        loop = asyncio.get_running_loop()
        client = self._by_loop.get(loop)
        if client is None:
            client = self._by_loop[loop] = self._make_async()
        return client
