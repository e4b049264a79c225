"""Copy marked 12.0.1's lib/marked.umd.js into the built layer, next to the gate that runs it.

    python3.13 scripts/vendor_marked.py DEST_DIR

The file comes from .tools/marked (scripts/install_marked.sh installs it from the
committed, integrity-checked npm lock): third-party code is never committed here,
only copied into the artifact at build time. Its sha256 is checked against the
digest pinned in milio.chat.answers.renderer before it is copied, so a build
cannot ship a file the functions would refuse at run time. The layer's Makefile
calls this after copying milio/, with DEST_DIR its milio/chat/answers/.
"""

from __future__ import annotations

import hashlib
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / ".tools" / "marked" / "node_modules" / "marked" / "lib" / "marked.umd.js"
RENDERER = ROOT / "layers" / "common" / "milio" / "chat" / "answers" / "renderer.py"


def pinned_digest() -> str:
    """The digest the gate checks (read from its source: this script imports no milio)."""
    for line in RENDERER.read_text(encoding="utf-8").splitlines():
        if line.startswith("MARKED_SHA256 = "):
            return line.split('"')[1]
    raise SystemExit(f"vendor_marked: no MARKED_SHA256 in {RENDERER}")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    if not SOURCE.is_file():
        print(f"vendor_marked: {SOURCE} is missing: run scripts/install_marked.sh", file=sys.stderr)
        return 1
    digest = hashlib.sha256(SOURCE.read_bytes()).hexdigest()
    if digest != pinned_digest():
        print(f"vendor_marked: {SOURCE} has sha256 {digest}, not the pinned one", file=sys.stderr)
        return 1
    destination = Path(argv[0])
    destination.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, destination / SOURCE.name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
