"""`make bench`: the figures users feel, measured on this machine.

- cold import: median of 5 fresh interpreters importing each function's handler
  module from the `sam build` artifact (run `make package` first), with only the
  function, the layer and the runtime's own libraries on the path;
- in-process latency of requests through the apps (p50/p99), where built.

Further benchmarks register themselves in BENCHES.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from devserver.routes import load_template  # noqa: E402
from scripts.check_package import (  # noqa: E402
    BUILD,
    base_python,
    dir_size,
    isolated_env,
    runtime_stub,
)

RUNS = 5
IMPORT = (
    "import sys, time; sys.path[:0] = sys.argv[1].split(':'); t = time.perf_counter(); "
    "__import__(sys.argv[2]); print((time.perf_counter() - t) * 1000)"
)


def cold_imports() -> None:
    if not (BUILD / "template.yaml").exists():
        print("cold imports: no build; run `make package` first")
        return
    resources = load_template(BUILD / "template.yaml")["Resources"]
    layer = BUILD / "CommonLayer"
    print(f"cold import of each handler module, median of {RUNS} fresh processes")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        stub = runtime_stub(tmp)
        for name, resource in sorted(resources.items()):
            if resource["Type"] != "AWS::Serverless::Function":
                continue
            handler = resource["Properties"]["Handler"]
            module = "stream_api" if handler == "run.sh" else handler.rsplit(".", 1)[0]
            paths = ":".join(map(str, [BUILD / name, layer / "python", stub]))
            times = []
            for _ in range(RUNS):
                out = subprocess.run(
                    [base_python(), "-S", "-c", IMPORT, paths, module],
                    capture_output=True,
                    text=True,
                    env=isolated_env(tmp),
                    cwd=tmp,
                    check=True,
                )
                times.append(float(out.stdout.strip().splitlines()[-1]))
            size_mb = (dir_size(BUILD / name) + dir_size(layer)) / (1024 * 1024)
            print(
                f"  {name:<26} {module:<12} median {statistics.median(times):7.1f} ms"
                f"  (min {min(times):.1f}, max {max(times):.1f})  built {size_mb:.1f} MB with layer"
            )


BENCHES: list[Callable[[], None]] = [cold_imports]


def main() -> None:
    for bench in BENCHES:
        bench()


if __name__ == "__main__":
    main()
