"""Time the stream server adds before the first event, p50/p99; and the sanitizer's cost.

    .venv/bin/python scripts/bench_stream.py [N] [DELAY_SECONDS]
    .venv/bin/python scripts/bench_stream.py --sanitizer [--layer PATH]

A local Anthropic fake answers each streamed request after DELAY seconds (0.2 by
default). The stream app runs under uvicorn in its own process, on loopback, as
the Web Adapter runs it. Each of N rounds (50 by default) times, back to back:

- the fake's own time to its first delta (a raw streamed request straight to it);
- the client's time to the first ``event: message`` through the stream app,
  token check, account lookup (a local libSQL file), chain and SDK included.

The figure is their difference, per round. Loopback only: network time to a real
provider is not in it; the SDK's client is warmed by a few rounds not counted.

Then, in this process, the stream sanitizer alone: the time from a prose answer's
first delta to its first released text (p50/p99), and the CPU time of a 48 KB
line fed in 4-character deltas (plain prose, and prose with markup). With
``--sanitizer`` only this part runs; ``--layer`` measures another checkout's
``layers/common`` (e.g. an export of main, whose sanitizer was
``milio.chat.sanitize``).

``--first-event [ROUNDS]`` (also part of the full run): the time the stream's
sanitizer and gate add to the first event, by how an answer opens (plain words,
a heading, a list, emphasis, a code span, a link, a code block...). Each opening
is fed in 4-character deltas to a fresh `SafeAnswerStream` (the gate warmed as
the stream function warms it); the figure is the feed call that returns the
first event (the deltas before it return nothing and are spent while waiting for
the next one), p50/p99 over ROUNDS (500) streams per opening; beside it, the
share of those first events the engine rendered.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "layers" / "common"), str(ROOT)]

from milio.settings import SECRETS  # noqa: E402
from scripts.timing import percentiles  # noqa: E402
from tests.fakes import FakeLLMServer, Reply  # noqa: E402
from tests.support.services import free_port  # noqa: E402

WARM_UP_ROUNDS = 3
ANSWER = "A short streamed answer of a few words for the bench."
PROVIDER_KEYS = ("OPENAI_API_KEY", "MISTRAL_API_KEY", "GROQ_API_KEY", "MILIO_LLM_PROVIDERS")


def _bench_env(local_dir: Path, fake: FakeLLMServer) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in PROVIDER_KEYS}
    env.pop("MILIO_DATABASE_URL", None)
    env.pop("TURSO_DATABASE_URL", None)
    for variable in SECRETS:  # the local secrets file, never Secrets Manager
        env.pop(variable, None)
    env |= fake.env()
    env |= {
        "MILIO_LOCAL_DIR": str(local_dir),
        "MILIO_JWT_SECRET": secrets.token_urlsafe(48),
        "MILIO_RATE_LIMIT_PER_SECOND": "100000",
        "MILIO_RATE_LIMIT_BURST": "100000",
        # Out of the way, as bench.py sets them: else the rounds are of 429s.
        "MILIO_USER_RATE_LIMIT_PER_SECOND": "100000",
        "MILIO_USER_RATE_LIMIT_BURST": "100000",
        "MILIO_DAILY_QUOTAS": "default=1000000",
        "MILIO_DAILY_MODEL_TOKENS": "default=1000000000",
        "POWERTOOLS_TRACE_DISABLED": "true",
        "PYTHONPATH": os.pathsep.join(
            [str(ROOT / "layers" / "common"), str(ROOT / "functions" / "stream")]
        ),
    }
    return env


def _user_token() -> str:
    """A user in the local database the server will read, and a token for them."""
    from milio.migrations import apply_migrations
    from milio.services import get_database
    from milio.settings import get_settings
    from milio.tokens import issue_token

    # Settings as the environment now says (another benchmark may have read them before).
    get_settings.cache_clear()  # and with them, the services
    db = get_database()
    apply_migrations(db)
    user_id = db.insert("INSERT INTO users (email, password) VALUES (?, ?)", ("b@bench", "x"))
    return issue_token(user_id, "b@bench", get_settings()).token


@contextmanager
def _stream_server(env: dict[str, str]) -> Iterator[str]:
    port = free_port()
    command = [sys.executable, "-m", "uvicorn", "--host", "127.0.0.1", "--port", str(port)]
    command += ["--no-access-log", "--log-level", "warning", "stream_api:served"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                if httpx.get(f"{url}/health", timeout=0.5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("the stream app did not start")
            time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def _time_to_line(client: httpx.Client, url: str, prefix: str, **kwargs: object) -> float:
    started = time.perf_counter()
    with client.stream("POST", url, **kwargs) as response:  # type: ignore[arg-type]
        response.raise_for_status()
        first = None
        for line in response.iter_lines():  # read to the end: a full request each round
            if first is None and line.startswith(prefix):
                first = time.perf_counter() - started
    if first is None:
        raise RuntimeError(f"no line starting {prefix!r}")
    return first


def _print(label: str, seconds: list[float]) -> None:
    p50, p99 = percentiles([s * 1000 for s in seconds])
    print(f"{label:<52} p50 {p50:8.2f} ms   p99 {p99:8.2f} ms")


FIRST_DELTAS = ["Sure", "Here", "The", "A", "Lighthouses", "Yes", "In", "To"]
LONG_LINES = {
    "plain prose": "The quick brown fox jumps over the lazy dog, again and again. ",
    "prose with markup": "Some **bold** text, `code` and a [link](https://a.example/). ",
}


def _sanitizer_class() -> type:
    """The stream's sanitizer with its gate (marked judging the text shown so far) when there."""
    try:
        from milio.chat.contract.system_message import SafeAnswerStream
    except ImportError:  # an older checkout
        from milio.chat.sanitize import StreamingSanitizer  # type: ignore[import-not-found]

        return StreamingSanitizer  # type: ignore[no-any-return]
    return SafeAnswerStream


def _warm_gate() -> None:
    """As stream.py does when the function starts (an older checkout has no gate.warm)."""
    try:
        from milio.chat.answers import gate
    except ImportError:
        return
    if hasattr(gate, "warm"):
        gate.warm()


def bench_sanitizer(rounds: int = 2000) -> None:
    sanitizer = _sanitizer_class()
    _warm_gate()  # the gate's engine starts with the stream function, not here
    first = []
    for index in range(rounds):
        stream = sanitizer()
        started = time.perf_counter()
        released = stream.feed(FIRST_DELTAS[index % len(FIRST_DELTAS)])
        first.append(time.perf_counter() - started)
        if not released:
            raise RuntimeError("the first word of plain prose was held back")
    _print("sanitizer and gate: first delta to first released text", first)
    for name, sentence in LONG_LINES.items():
        line = (sentence * (48_000 // len(sentence) + 1))[:48_000]
        stream = sanitizer()
        started = time.process_time()
        for i in range(0, len(line), 4):
            stream.feed(line[i : i + 4])
        stream.finish()
        cpu = time.process_time() - started
        print(f"sanitizer and gate: 48 KB line of {name} in 4-character deltas{cpu:>9.3f} s CPU")


# How answers open: the first event comes once the first of these is settled.
OPENINGS = {
    "plain words": "Sure, here is how",
    "words and punctuation": "Sure! Here's how to do it:\n\nFirst",
    "heading": "# Setting up Milio\n\nFirst",
    "numbered list": "1. Open the settings.\n2. Choose a plan.\n3.",
    "emphasis": "**Note:** the answer matters",
    "a character written as a reference": "C# and F# are languages",
    "words, then a code span": "Use `pip install milio` to",
    "words, then a link": "See [the guide](https://docs.example/guide) for",
    "a code span first": "`pip install milio` installs",
    "a link first": "[Milio](https://milio.example/) helps.\n\nIt",
    "a code block": "```bash\npip install milio\n```\n\nThen",
    # Openings the engine renders: "<" (in a code block), a mailto: link.
    "a code block of HTML": "```html\n<p>Hello</p>\n```\n\nThen",
    "a mailto: link first": "[Write to us](mailto:help@milio.example).\n\nWe",
}


def _first_event_ms(opening: str, *, gated: bool) -> tuple[float, bool]:
    """The time of the feed call that returns the first event, and whether the engine
    rendered it; ``gated``: `SafeAnswerStream`, else the sanitizer alone."""
    from milio.chat.answers import gate
    from milio.chat.answers.release import StreamingSanitizer
    from milio.chat.contract.system_message import SafeAnswerStream

    stream = SafeAnswerStream() if gated else StreamingSanitizer()
    for start in range(0, len(opening), 4):
        began = time.perf_counter()
        released = stream.feed(opening[start : start + 4])
        if released:
            elapsed = (time.perf_counter() - began) * 1000
            return elapsed, gated and not gate.provably_safe(released)
    raise RuntimeError(f"no event from {opening!r}")


def bench_first_event(rounds: int = 500) -> None:
    _warm_gate()
    alone: dict[str, list[float]] = {name: [] for name in OPENINGS}
    gated: dict[str, list[float]] = {name: [] for name in OPENINGS}
    rendered = dict.fromkeys(OPENINGS, 0)
    for _ in range(rounds):  # in turn, so that a busy moment hits all alike
        for name, opening in OPENINGS.items():
            alone[name].append(_first_event_ms(opening, gated=False)[0])
            elapsed, engine = _first_event_ms(opening, gated=True)
            gated[name].append(elapsed)
            rendered[name] += engine
    print(f"stream: delta to first event, N={rounds} per opening: sanitizer alone | and gate")
    for name in OPENINGS:
        a50, a99 = percentiles(alone[name])
        g50, g99 = percentiles(gated[name])
        share = f"{100 * rendered[name] / rounds:.0f}%"
        print(
            f"  {name:<34} p50 {a50:6.3f} | {g50:6.3f} ms   p99 {a99:6.3f} | {g99:6.3f} ms"
            f"   rendered {share:>4}"
        )


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if "--layer" in args:
        layer = args[args.index("--layer") + 1]
        sys.path.insert(0, str(Path(layer).resolve()))
        for name in [m for m in sys.modules if m == "milio" or m.startswith("milio.")]:
            del sys.modules[name]
    if "--sanitizer" in args:
        bench_sanitizer()
        return
    if "--first-event" in args:
        rest = args[args.index("--first-event") + 1 :]
        bench_first_event(int(rest[0]) if rest else 500)
        return
    rounds = int(args[0]) if args else 50
    delay = float(args[1]) if len(args) > 1 else 0.2
    with tempfile.TemporaryDirectory() as tmp, FakeLLMServer("anthropic") as fake:
        env = _bench_env(Path(tmp), fake)
        os.environ.update({k: v for k, v in env.items() if k != "PYTHONPATH"})
        token = _user_token()
        fake.script(*[Reply(ANSWER, delay=delay)] * (2 * (rounds + WARM_UP_ROUNDS)))
        direct_request = {
            "json": {
                "model": "bench",
                "max_tokens": 64,
                "stream": True,
                "messages": [{"role": "user", "content": "hi"}],
            },
            "headers": {"x-api-key": "test-key", "anthropic-version": "2023-06-01"},
        }
        stream_request = {
            "json": {"Message": "hi"},
            "headers": {"Authorization": f"Bearer {token}"},
        }
        direct, through = [], []
        with (
            _stream_server(env) as server,
            httpx.Client(timeout=30) as client,
        ):  # the first request is slow
            for index in range(rounds + WARM_UP_ROUNDS):
                fake_first = _time_to_line(
                    client,
                    f"{fake.root_url}/v1/messages",
                    "event: content_block_delta",
                    **direct_request,
                )
                client_first = _time_to_line(
                    client, f"{server}/chat/stream", "event: message", **stream_request
                )
                if index >= WARM_UP_ROUNDS:
                    direct.append(fake_first)
                    through.append(client_first)
    print(f"stream: first event, N={rounds}, fake's first delta after {delay * 1000:.0f} ms")
    _print("fake's own time to first delta (direct)", direct)
    _print("client's time to first event (through the server)", through)
    _print(
        "added by the server (per round: through - direct)",
        [t - d for t, d in zip(through, direct, strict=True)],
    )
    bench_sanitizer()
    bench_first_event()


if __name__ == "__main__":
    main()
