"""The desktop client's renderer, marked 12.0.1, run here in an embedded V8 (mini-racer).

The exact ``lib/marked.umd.js`` of the npm package is loaded, and only when its
sha256 is the pinned one. Where it is looked for, first match wins:

1. next to this module (``milio/chat/answers/marked.umd.js``): the deployed layer,
   where ``scripts/vendor_marked.py`` copied it at build time;
2. ``.tools/marked/node_modules/marked/lib/marked.umd.js`` in the repository
   checkout this module lives in (tests, ``make dev``; ``scripts/install_marked.sh``
   installs it from the committed npm lock).

The V8 context has no file system, network or host bindings (mini-racer exposes
none, and no Python function is bound; its JavaScript timers and V8's console are
taken away before marked is loaded). One context per process, made on the first render
(so an answer that needs no Markdown never starts V8), each call under a time and
a memory limit. Whatever goes wrong (marked missing or altered, a timeout, out of
memory, a stack overflow, marked throwing) is `RenderError`: the text could not
be verified, and the caller refuses it.
"""

from __future__ import annotations

import atexit
import hashlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from milio.observability import logger

if TYPE_CHECKING:
    from py_mini_racer import MiniRacer

MARKED_VERSION = "12.0.1"
# sha256 of marked 12.0.1's lib/marked.umd.js, as published on the npm registry.
MARKED_SHA256 = "d06aaa73aa838da1a209e9757d0f4bfecbf3bbe94581971cc0a202353a51137f"
MARKED_FILE = "marked.umd.js"
PACKAGED_PATH = Path(__file__).with_name(MARKED_FILE)
CHECKOUT_PATH = (
    Path(__file__).resolve().parents[5] / ".tools/marked/node_modules/marked/lib" / MARKED_FILE
)
# An answer is at most a few KB; marked renders 4 KB in about a millisecond.
TIME_LIMIT_SECONDS = 2.0
MEMORY_LIMIT_BYTES = 128 * 1024 * 1024

# Before marked: mini-racer's context has no host binding (no require, process,
# fetch or Python function); its timers are plain JavaScript on Atomics.waitAsync,
# declared with var (they cannot be deleted), and V8's console writes nowhere.
# marked needs neither: they are taken away all the same.
_PRELUDE = """
globalThis.setTimeout = undefined;
globalThis.clearTimeout = undefined;
globalThis.__timer_manager = undefined;
globalThis.console = {log() {}, warn() {}, error() {}, info() {}, debug() {}};
"""
# The client's call (src/renderer.js: `const { marked } = require('marked')`, then
# marked.setOptions({gfm: true, tables: true}) and marked(message)). The UMD build
# puts the package's exports at globalThis.marked.
_CLIENT = """
const { marked: clientMarked } = globalThis.marked;
clientMarked.setOptions({gfm: true, tables: true});
globalThis.milioRender = function (text) { return clientMarked(text); };
"""


class RenderError(RuntimeError):
    """marked could not render the text here: it cannot be verified."""


def find_marked(candidates: tuple[Path, ...] = (PACKAGED_PATH, CHECKOUT_PATH)) -> str:
    """marked's source from the first place that has it, checked against the pinned digest."""
    for path in candidates:
        if path.is_file():
            data = path.read_bytes()
            digest = hashlib.sha256(data).hexdigest()
            if digest != MARKED_SHA256:
                raise RenderError(f"{path} is not marked {MARKED_VERSION} (sha256 {digest})")
            return data.decode("utf-8")
    raise RenderError(
        f"marked {MARKED_VERSION} ({MARKED_FILE}) is in none of: "
        + ", ".join(str(path) for path in candidates)
        + " (scripts/install_marked.sh installs it; the layer build copies it)"
    )


class MarkedRenderer:
    """marked 12.0.1 in one V8 context, made on first use and remade after running out of memory."""

    def __init__(
        self,
        source: str,
        *,
        time_limit: float = TIME_LIMIT_SECONDS,
        memory_limit: int = MEMORY_LIMIT_BYTES,
    ) -> None:
        self._source = source
        self._time_limit = time_limit
        self._memory_limit = memory_limit
        self._context: MiniRacer | None = None
        self._lock = threading.Lock()

    def render(self, markdown: str) -> str:
        """The HTML string marked returns for ``markdown``, as the client gets it."""
        from py_mini_racer import JSOOMException

        with self._lock:
            context = self._context or self._start()
            try:
                # The memory limit is the context's, set once in _start.
                html = context.call("milioRender", markdown, timeout_sec=self._time_limit)
            except JSOOMException as error:
                self._close()  # a context past its memory limit stays there
                raise RenderError(f"marked ran out of memory: {error}") from error
            except Exception as error:  # a timeout, a stack overflow, marked throwing...
                raise RenderError(f"marked failed: {type(error).__name__}") from error
        if not isinstance(html, str):
            raise RenderError("marked returned no string")
        return html

    def _start(self) -> MiniRacer:
        from py_mini_racer import MiniRacer

        context = MiniRacer()
        atexit.register(context.close)  # its threads would otherwise keep the process alive
        try:
            context.set_hard_memory_limit(self._memory_limit)  # held by the context
            context.eval(_PRELUDE)
            context.eval(self._source, timeout_sec=self._time_limit * 5)
            context.eval(_CLIENT)
        except Exception as error:  # any failure to load leaves nothing to render with
            context.close()
            raise RenderError(f"marked did not load: {type(error).__name__}") from error
        self._context = context
        return context

    def _close(self) -> None:
        if self._context is not None:
            self._context.close()
            self._context = None

    def close(self) -> None:
        with self._lock:
            self._close()

    @property
    def loaded(self) -> bool:
        """marked is loaded in a context, ready to render."""
        return self._context is not None


_renderer: MarkedRenderer | None = None
_renderer_lock = threading.Lock()


def _process_renderer() -> MarkedRenderer:
    global _renderer  # noqa: PLW0603 (one context per process, made on the first text answer)
    with _renderer_lock:
        if _renderer is None:
            try:
                _renderer = MarkedRenderer(find_marked())
            except RenderError as error:
                logger.error(
                    "marked is missing or altered: text answers are refused",
                    extra={"detail": str(error)},
                )
                raise
        return _renderer


def render(markdown: str) -> str:
    """marked's HTML for ``markdown`` (the process's one context); `RenderError`: unverifiable."""
    return (_renderer or _process_renderer()).render(markdown)


def ready() -> bool:
    """marked is loaded in this process's context (the pinned one: it was checked)."""
    return _renderer is not None and _renderer.loaded
