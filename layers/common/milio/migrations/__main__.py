"""``python -m milio.migrations``: migrate the configured database."""

from milio.migrations import apply_migrations
from milio.services import get_database

if __name__ == "__main__":
    names = apply_migrations(get_database())
    print("applied:", ", ".join(names) if names else "nothing (up to date)")
