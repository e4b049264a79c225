"""`make bench`: the figures users feel, measured on this machine.

- cold import: median of 7 fresh interpreters importing each function's handler
  module from the `sam build` artifact (built first by `make bench`), with only
  the function, the layer and the runtime's own libraries on the path, and no
  bytecode cache (Lambda cannot write one), in CPU time; next to it, the function's floor (the
  third-party libraries its handler cannot do without, imported alone, the same
  way) and the ratio of the two;
- in-process latency through the Lambda handlers (Mangum, middleware, app);
- log-in (argon2id) and the rate limiter's added latency per request;
- the time the streaming app adds before the first event.
"""

from __future__ import annotations

import contextlib
import io
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.check_package import (  # noqa: E402
    BUILD,
    base_python,
    built_functions,
    dir_size,
    handler_module,
    isolated_env,
    runtime_stub,
)
from scripts.timing import report  # noqa: E402

RUNS = 7
# CPU time of the importing process: on a shared machine, wall time mostly measures
# the neighbours (Lambda gives each instance its own CPU share).
IMPORT = (
    "import sys, time; sys.path[:0] = sys.argv[1].split(':'); t = time.process_time(); "
    "[__import__(m) for m in sys.argv[2:]]; print((time.process_time() - t) * 1000)"
)
WEB = ("fastapi", "mangum", "aws_lambda_powertools.metrics")
# What each handler cannot do without: the TOKEN authorizer's floor is PyJWT, the
# database's HTTP transport (http.client: the layer reaches Turso over HTTP and ships no
# libsql) and the Powertools logger; the others add the web stack and their features'.
DB = "http.client"
FLOORS = {
    "TokenAuthorizerFunction": ("jwt", DB, "aws_lambda_powertools.logging"),
    "AuthFunction": ("jwt", DB, "aws_lambda_powertools.logging", *WEB),
    "ChatFunction": ("jwt", DB, "aws_lambda_powertools.logging", *WEB, "hassil"),
    "EmailFunction": (
        "jwt",
        DB,
        "aws_lambda_powertools.logging",
        *WEB,
        "googleapiclient.discovery",
        "google.oauth2.id_token",
        "cryptography.hazmat.primitives",
    ),
    "StreamFunction": ("jwt", DB, "aws_lambda_powertools.logging", "fastapi", "markdown_it"),
}


def _import_ms(modules: tuple[str, ...], paths: str, tmp: Path) -> float:
    out = subprocess.run(
        [base_python(), "-S", "-c", IMPORT, paths, *modules],
        capture_output=True,
        text=True,
        env=isolated_env(tmp),
        cwd=tmp,
        check=True,
    )
    return float(out.stdout.strip().splitlines()[-1])


def _medians(handler: str, floor: tuple[str, ...], paths: str, tmp: Path) -> tuple[float, float]:
    """Median import times of the handler and of its floor, measured in turns, so a busy
    machine slows both alike."""
    handler_ms, floor_ms = [], []
    for _ in range(RUNS):
        handler_ms.append(_import_ms((handler,), paths, tmp))
        floor_ms.append(_import_ms(floor, paths, tmp))
    return statistics.median(handler_ms), statistics.median(floor_ms)


def cold_imports() -> None:
    if not (BUILD / "template.yaml").exists():
        print("cold imports: no build; run `make package` first")
        return
    layer = BUILD / "CommonLayer"
    print(f"cold import of each handler module vs its floor, median of {RUNS} fresh processes")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        stub = runtime_stub(tmp)
        for name, props in built_functions():
            module = handler_module(props)
            paths = ":".join(map(str, [BUILD / name, layer / "python", stub]))
            handler_ms, floor_ms = _medians(module, FLOORS[name], paths, tmp)
            size_mb = (dir_size(BUILD / name) + dir_size(layer)) / (1024 * 1024)
            print(
                f"  {name:<24} {module:<11} {handler_ms:7.1f} ms; floor {floor_ms:6.1f} ms"
                f" ({handler_ms / floor_ms:.2f}x)  built {size_mb:.1f} MB with layer"
            )


@dataclass(frozen=True)
class WarmHandlers:
    """The auth and chat functions' Lambda handlers, with their events, as a warm
    container serves them."""

    auth: Callable[..., dict[str, Any]]
    chat: Callable[..., dict[str, Any]]
    health_event: dict[str, Any]
    chat_event: dict[str, Any]
    context: Any


def warm_handlers() -> WarmHandlers:
    """Import the handlers in this process, with a local database and no limits in the way."""
    import os

    for folder in ("layers/common", "functions/auth", "functions/chat"):
        sys.path.insert(0, str(ROOT / folder))
    tmp = tempfile.mkdtemp()
    os.environ.update(
        MILIO_LOCAL_DIR=tmp,
        MILIO_RATE_LIMIT_PER_SECOND="1000000",
        MILIO_RATE_LIMIT_BURST="1000000",
        MILIO_USER_RATE_LIMIT_PER_SECOND="1000000",  # else most /chat figures are of 429s
        MILIO_USER_RATE_LIMIT_BURST="1000000",
        POWERTOOLS_TRACE_DISABLED="true",
        POWERTOOLS_METRICS_NAMESPACE="MilioBench",
        POWERTOOLS_METRICS_DISABLED="true",  # the measurement, not stdout
    )
    import json
    import logging
    import warnings

    logging.disable(logging.CRITICAL)  # keep the measurement about the request, not stdout
    warnings.filterwarnings("ignore", "No application metrics to publish")
    from milio.migrations import apply_migrations
    from milio.services import get_database
    from tests.functions.test_handlers import LambdaContext

    apply_migrations(get_database())
    auth_api, chat_api = __import__("auth_api"), __import__("chat_api")
    return WarmHandlers(
        auth_api.handler,
        chat_api.handler,
        json.loads((ROOT / "events" / "event-get-health.json").read_text()),
        json.loads((ROOT / "events" / "event-post-chat.json").read_text()),
        LambdaContext(),
    )


def quietly(handler: Callable[..., object], event: object, context: Any) -> Callable[[int], object]:
    # Powertools prints its metrics buffer whenever it fills, metrics disabled or not.
    def call(_: int) -> object:
        with contextlib.redirect_stdout(io.StringIO()):
            return handler(event, context)

    return call


def handlers_in_process(runs: int = 500) -> None:
    """A request through the Lambda handler, as a warm container serves it."""
    warm = warm_handlers()
    health, chat, context = warm.health_event, warm.chat_event, warm.context
    print("in-process, through the Lambda handler (warm)")
    report("GET /health", quietly(warm.auth, health, context), runs)
    report('POST /chat "open discord" (fast path)', quietly(warm.chat, chat, context), runs)
    remembered = _remembered_event(chat)
    report(f"POST /chat {REMEMBERED!r} (memory)", quietly(warm.chat, remembered, context), runs)


# A message the fast path leaves to the model; its decision is remembered for user 1.
REMEMBERED = "could you pull up my budget spreadsheet"


def _remembered_event(chat: dict[str, object]) -> dict[str, object]:
    """The /chat event of a message a model already answered: no provider is configured,
    so the answer can only come from the memory (checked before timing)."""
    import json

    from milio.chat.model.memory import DecisionMemory
    from milio.chat.request import parse_request
    from milio.decision_memory import DecisionMemoryTable
    from milio.services import get_database
    from milio.settings import get_settings
    from tests.functions.test_handlers import LambdaContext

    db = get_database()
    db.execute("INSERT OR IGNORE INTO users (id, email, password) VALUES (1, 'a@b.c', 'x')")
    memory = DecisionMemory.from_settings(DecisionMemoryTable(db), get_settings())
    assert memory is not None, "the local secrets hold a decision_memory_key"
    memory.remember(1, parse_request(REMEMBERED), "003budget|xlsx")
    event = chat | {"body": json.dumps({"Message": REMEMBERED})}
    with contextlib.redirect_stdout(io.StringIO()):
        answer = json.loads(__import__("chat_api").handler(event, LambdaContext())["body"])
    assert (answer.get("System message"), answer.get("source")) == ("003budget|xlsx", "memory")
    return event


def login_and_limiter() -> None:
    from scripts import bench_limiter, bench_login

    print("log-in")
    bench_login.main(30)
    print("rate limiter, added latency per request")
    bench_limiter.main(300)


def stream_first_event() -> None:
    from scripts import bench_stream

    print("streaming: time the server adds before the first event")
    bench_stream.main([])


BENCHES: list[Callable[[], None]] = [
    cold_imports,
    handlers_in_process,
    login_and_limiter,
    stream_first_event,
]


def main() -> None:
    for bench in BENCHES:
        bench()


if __name__ == "__main__":
    main()
