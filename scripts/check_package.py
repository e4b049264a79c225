"""Check the artifact `sam build` made, as Lambda would load it.

For each function, seeing only the built function, the built layer and the
libraries the Lambda runtime itself ships (boto3 & co.):

- its size with the layer, within our 180 MB budget (Lambda's limit is 250 MB);
- only wheels and compiled files for Lambda's platform (scripts/lambda_platform.py), in it
  and in the layer, judged from the files, not by loading them on this host;
- one copy of each distribution: none in both the function and the layer;
- its distributions' requirements all met there (``pip check``);
- every milio module it can reach (imports followed through the package, those
  inside functions included) imports with only those dependencies;
- in a fresh interpreter, its handler imported and invoked with an events/ file
  (the streaming function started through its own run.sh and called over HTTP).
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from devserver.routes import load_template  # noqa: E402
from scripts.lambda_platform import foreign_files  # noqa: E402
from tests.support.services import free_port, sqld_service  # noqa: E402

BUILD = ROOT / ".aws-sam" / "build"
EVENTS = ROOT / "events"
LAYER_SOURCE = ROOT / "layers" / "common"
# Our budget, well inside Lambda's 250 MB unzipped limit: room to grow, faster cold starts.
LIMIT_BYTES = 180 * 1024 * 1024
# What the python3.13 Lambda runtime provides besides the standard library.
RUNTIME_LIBRARIES = ("boto3", "botocore", "s3transfer", "jmespath", "dateutil", "six.py", "urllib3")
# Which event each API function is invoked with, and the status it must answer.
SMOKE_EVENTS = {
    "AuthFunction": ("event-get-health.json", {200}),
    "ChatFunction": ("event-post-chat.json", {200}),  # "open discord": the local fast path
    "EmailFunction": ("event-post-email-get-email.json", {404}),  # Gmail not connected
}
AUTHORIZER_EVENT = "event-authorizer-token.json"
STREAM_EVENT = "event-post-chat-stream.json"

INVOKE = """
import json, sys, time
sys.path[:0] = sys.argv[1].split(":")
started = time.perf_counter()
module_name, attr = sys.argv[2].rsplit(".", 1)
module = __import__(module_name)
imported_ms = (time.perf_counter() - started) * 1000
# A deployed database is migrated; so is this one.
from milio.services import get_database
from milio.migrations import apply_migrations
apply_migrations(get_database())

class Context:
    function_name = sys.argv[4]
    function_version = "$LATEST"
    memory_limit_in_mb = 512
    invoked_function_arn = "arn:aws:lambda:us-east-1:123456789012:function:" + sys.argv[4]
    aws_request_id = "00000000-0000-4000-8000-000000000000"
    log_group_name = "/aws/lambda/" + sys.argv[4]
    log_stream_name = "local"
    def get_remaining_time_in_millis(self): return 29000

event = json.load(open(sys.argv[3]))
try:
    result = getattr(module, attr)(event, Context())
except Exception as exc:
    result = {"raised": str(exc)}
print("RESULT " + json.dumps({"import_ms": imported_ms, "result": result}))
"""


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def runtime_stub(into: Path) -> Path:
    """A folder standing in for the runtime's own site-packages (links into the venv)."""
    import boto3

    site = Path(boto3.__file__).resolve().parents[1]
    stub = into / "runtime"
    stub.mkdir()
    for name in RUNTIME_LIBRARIES:
        (stub / name).symlink_to(site / name)
    return stub


# The smoke tests' database: a real libSQL server, reached over HTTP as Turso is in AWS
# (the built layer has no driver for database files). Set by main().
DATABASE_URL: str | None = None


def isolated_env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MILIO_", "PYTHON"))}
    if DATABASE_URL:
        env["MILIO_DATABASE_URL"] = DATABASE_URL
    env.update(
        MILIO_LOCAL_DIR=str(tmp / "local"),
        MILIO_JWT_SECRET="package-check-" + "s" * 40,
        POWERTOOLS_TRACE_DISABLED="true",
        POWERTOOLS_METRICS_NAMESPACE="MilioPackageCheck",
        POWERTOOLS_SERVICE_NAME="milio",
        # Lambda cannot write next to the code: nothing is cached between cold starts.
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


def base_python() -> str:
    # The interpreter without the venv's site-packages (-S keeps the system's out too).
    return getattr(sys, "_base_executable", sys.executable)


def invoke(name: str, handler: str, event: str, paths: list[Path], tmp: Path) -> dict[str, Any]:
    proc = subprocess.run(
        [
            base_python(),
            "-S",
            "-c",
            INVOKE,
            ":".join(map(str, paths)),
            handler,
            str(EVENTS / event),
            name,
        ],
        capture_output=True,
        text=True,
        env=isolated_env(tmp),
        cwd=tmp,
        timeout=120,
        check=False,
    )
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            result: dict[str, Any] = json.loads(line[len("RESULT ") :])
            return result
    raise RuntimeError(f"{name}: no result\n{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}")


def check_api_function(name: str, props: dict[str, Any], paths: list[Path], tmp: Path) -> str:
    event, allowed = SMOKE_EVENTS[name]
    out = invoke(name, props["Handler"], event, paths, tmp)
    status = out["result"].get("statusCode")
    if status not in allowed:
        raise RuntimeError(f"{name}: {event} answered {out['result']}, expected one of {allowed}")
    json.loads(out["result"]["body"])  # every answer is JSON
    return f"{event} -> {status}"


def check_authorizer(name: str, props: dict[str, Any], paths: list[Path], tmp: Path) -> str:
    out = invoke(name, props["Handler"], AUTHORIZER_EVENT, paths, tmp)
    if out["result"] != {"raised": "Unauthorized"}:
        raise RuntimeError(f"{name}: a forged token was not refused: {out['result']}")
    return f"{AUTHORIZER_EVENT} -> Unauthorized"


def _request(url: str, data: bytes | None = None, headers: dict[str, str] | None = None) -> int:
    request = urllib.request.Request(url, data=data, headers=headers or {})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310 (loopback)
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def check_stream_function(name: str, paths: list[Path], tmp: Path) -> str:
    """Start run.sh as the Web Adapter would and call the app over HTTP."""
    shim = tmp / "bin"
    shim.mkdir(exist_ok=True)
    (shim / "python").write_text(f'#!/bin/sh\nexec "{base_python()}" -S "$@"\n')
    (shim / "python").chmod(0o755)
    port = free_port()
    env = isolated_env(tmp) | {
        "AWS_LWA_PORT": str(port),
        "LAMBDA_TASK_ROOT": str(BUILD / name),
        "LAMBDA_RUNTIME_DIR": str(paths[-1]),
        "PYTHONPATH": ":".join(map(str, paths)),
        "PATH": f"{shim}:{os.environ['PATH']}",
    }
    proc = subprocess.Popen(["./run.sh"], cwd=BUILD / name, env=env, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                health = _request(f"http://127.0.0.1:{port}/health")
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    err = proc.stderr.read().decode() if proc.stderr else ""
                    raise RuntimeError(
                        f"{name}: run.sh did not serve /health\n{err[-3000:]}"
                    ) from None
                time.sleep(0.1)
        event = json.loads((EVENTS / STREAM_EVENT).read_text())
        status = _request(
            f"http://127.0.0.1:{port}/chat/stream",
            data=event["body"].encode(),
            headers={
                "content-type": "application/json",
                "authorization": event["headers"]["authorization"],
            },
        )
        if health != 200 or status != 401:
            raise RuntimeError(
                f"{name}: /health -> {health}, forged-token /chat/stream -> {status}"
            )
        return f"run.sh: /health -> {health}, {STREAM_EVENT} (forged token) -> {status}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def distributions(folder: Path) -> set[str]:
    names = set()
    for dist_info in folder.glob("*.dist-info"):
        name = dist_info.name.removesuffix(".dist-info").rsplit("-", 1)[0]
        names.add(re.sub(r"[-_.]+", "-", name).lower())
    return names


def check_one_copy(name: str, function: Path, layer: Path) -> None:
    both = distributions(function) & distributions(layer)
    if both:
        raise RuntimeError(f"{name}: shadows the layer's {sorted(both)} with its own copy")


def check_platform(name: str, folder: Path) -> None:
    foreign = foreign_files(folder)
    if foreign:
        raise RuntimeError(f"{name}: built for another platform: {'; '.join(foreign[:5])}")


def check_requirements_met(name: str, paths: list[Path], tmp: Path) -> None:
    """``pip check`` over exactly these folders (pip itself linked in alone)."""
    import pip

    pip_only = tmp / "pip-only"
    if not pip_only.exists():
        pip_only.mkdir()
        (pip_only / "pip").symlink_to(Path(pip.__file__).parent)
    code = (
        "import sys; sys.path[:0] = sys.argv[1].split(':');"
        "from pip._internal.cli.main import main; sys.exit(main(['check']))"
    )
    search = ":".join(map(str, [*paths, pip_only]))
    proc = subprocess.run(
        [base_python(), "-S", "-c", code, search],
        capture_output=True, text=True, env=isolated_env(tmp), cwd=tmp, check=False,
    )  # fmt: skip
    if proc.returncode != 0:
        raise RuntimeError(f"{name}: unmet requirements:\n{proc.stdout}{proc.stderr}")


def _imports(path: Path, module: str) -> set[str]:
    """Modules ``path`` (the module ``module``) imports, anywhere in it, as absolute names."""
    found = set()
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parent = ".".join(parts[: len(parts) - node.level + 1])
                base = f"{parent}.{base}" if base else parent
            found.add(base)
            found |= {f"{base}.{alias.name}" for alias in node.names}
    return found


def _source_of(module: str, roots: list[Path]) -> Path | None:
    relative = Path(*module.split("."))
    for root in roots:
        for candidate in (root / relative / "__init__.py", root / f"{relative}.py"):
            if candidate.exists():
                return candidate
    return None


def reachable_modules(handler_module: str, code_dir: Path) -> list[str]:
    """Every module of the function and of milio it can import, following imports made
    inside functions too (providers, boto3 backends): what may run in Lambda."""
    roots = [code_dir, LAYER_SOURCE]
    seen: set[str] = set()
    todo = [handler_module]
    while todo:
        module = todo.pop()
        if module in seen or module.endswith("__main__"):
            continue
        source = _source_of(module, roots)
        if source is None:
            continue  # a third-party module, or a name imported from a module
        seen.add(module)
        parents = [module.rsplit(".", i)[0] for i in range(1, module.count(".") + 1)]
        todo += parents + sorted(_imports(source, module))
    return sorted(seen)


def check_reachable_imports(name: str, module: str, paths: list[Path], tmp: Path) -> int:
    source = load_template()["Resources"][name]["Properties"]["CodeUri"]
    modules = reachable_modules(module, ROOT / source)
    code = (
        "import importlib, sys; sys.path[:0] = sys.argv[1].split(':'); failed = []\n"
        "for m in sys.argv[2:]:\n"
        "    try: importlib.import_module(m)\n"
        "    except ImportError as e: failed.append(f'{m}: {e}')\n"
        "print('\\n'.join(failed)); sys.exit(1 if failed else 0)"
    )
    proc = subprocess.run(
        [base_python(), "-S", "-c", code, ":".join(map(str, paths)), *modules],
        capture_output=True, text=True, env=isolated_env(tmp), cwd=tmp, timeout=300, check=False,
    )  # fmt: skip
    if proc.returncode != 0:
        raise RuntimeError(
            f"{name}: modules it can reach do not import:\n{proc.stdout}{proc.stderr[-2000:]}"
        )
    return len(modules)


def handler_module(props: dict[str, Any]) -> str:
    handler = str(props["Handler"])
    return "stream_api" if handler == "run.sh" else handler.rsplit(".", 1)[0]


def built_functions() -> list[tuple[str, dict[str, Any]]]:
    """(logical id, properties) of every function in the built template, by name."""
    resources = load_template(BUILD / "template.yaml")["Resources"]
    return sorted(
        (name, resource["Properties"])
        for name, resource in resources.items()
        if resource["Type"] == "AWS::Serverless::Function"
    )


def main() -> int:
    global DATABASE_URL  # noqa: PLW0603 (one run, one database)
    layer = BUILD / "CommonLayer" / "python"
    layer_size = dir_size(BUILD / "CommonLayer")
    failures = 0
    try:
        check_platform("common layer", layer)
    except RuntimeError as exc:
        print(f"FAILED: {exc}")
        failures += 1
    print(f"{'function':<26}{'code MB':>9}{'+layer MB':>11}  smoke test")
    with tempfile.TemporaryDirectory() as tmp_name, sqld_service(Path(tmp_name)) as sqld:
        DATABASE_URL = sqld.url
        tmp = Path(tmp_name)
        stub = runtime_stub(tmp)
        for name, props in built_functions():
            paths = [BUILD / name, layer, stub]
            size = dir_size(BUILD / name)
            try:
                if size + layer_size > LIMIT_BYTES:
                    raise RuntimeError(f"{name}: over our 180 MB budget (function and layer)")
                check_one_copy(name, BUILD / name, layer)
                check_platform(name, BUILD / name)
                check_requirements_met(name, paths, tmp)
                reached = check_reachable_imports(name, handler_module(props), paths, tmp)
                if props.get("FunctionUrlConfig"):
                    outcome = check_stream_function(name, paths, tmp)
                elif name in SMOKE_EVENTS:
                    outcome = check_api_function(name, props, paths, tmp)
                else:
                    outcome = check_authorizer(name, props, paths, tmp)
            except RuntimeError as exc:
                failures += 1
                outcome = f"FAILED: {exc}"
            mb = 1024 * 1024
            if not outcome.startswith("FAILED"):
                outcome = f"{reached} modules import; {outcome}"
            print(f"{name:<26}{size / mb:>9.1f}{(size + layer_size) / mb:>11.1f}  {outcome}")
    print(f"common layer: {layer_size / (1024 * 1024):.1f} MB unzipped")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
