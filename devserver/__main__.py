"""``python -m devserver``: migrate the local database and serve the whole API."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The same import roots Lambda gives the functions: the layer and each function's code.
for folder in (
    "layers/common",
    "functions/auth",
    "functions/chat",
    "functions/email",
    "functions/stream",
):
    sys.path.insert(0, str(ROOT / folder))


def main() -> None:
    import uvicorn

    from devserver.gateway import LocalGateway
    from devserver.routes import read_template
    from milio.db import get_database
    from milio.migrations import apply_migrations
    from milio.settings import get_settings

    settings = get_settings()
    applied = apply_migrations(get_database())
    port = int(os.environ.get("PORT", "8080"))
    print(f"database: {settings.database_url} (migrations applied: {len(applied)})")
    print(f"Milio API on http://127.0.0.1:{port}")
    uvicorn.run(LocalGateway(read_template()), host="127.0.0.1", port=port, log_level="info")


if __name__ == "__main__":
    main()
