"""The import roots Lambda gives the functions, for the local server and its tools.

Importing this module puts the layer and each function's code on ``sys.path``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = (
    "layers/common",
    "functions/auth",
    "functions/chat",
    "functions/email",
    "functions/stream",
)

for folder in FOLDERS:
    if str(ROOT / folder) not in sys.path:
        sys.path.insert(0, str(ROOT / folder))
