"""``make errors``: what people asked that the server did not resolve, to improve the
fast-path templates and the prompts.

Reads the error log (the ``errors`` table of the configured database: the local
file, or Turso with ``MILIO_DATABASE_URL``/``TURSO_AUTH_TOKEN``) and prints:

- the rows by type and by provider;
- the most frequent unresolved sentences, normalised (the latest turn only,
  without pasted PDF text or earlier turns; case, spacing, edge punctuation and
  numbers folded) and grouped, each with its counts by type and provider and
  its most recent wording;

and writes those sentences as candidate dataset lines
(the dataset's format, ``tests/data/README.md``: ``text``, ``expected``, ``match``, ``kind``,
``style``) to review, label and add to ``tests/data/``. ``expected`` is a
placeholder (``A``, ``match: category``) until someone labels the line.

    make errors                       # last 30 days, top 20
    make errors ARGS="--days 7 --top 50 --export /tmp/candidates.jsonl"
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "layers" / "common"))

from milio.chat.request import parse_request  # noqa: E402
from milio.db import Database, DatabaseError, DatabaseUnavailableError  # noqa: E402
from milio.services import get_database  # noqa: E402
from milio.settings import get_settings  # noqa: E402

# One row per failed provider attempt: they explain other rows, they are not sentences.
ATTEMPT_ROWS = "provider_failure"
_EDGE_PUNCTUATION = " \t.,;:!?¡¿'\"`()[]{}…-"
_SPACES = re.compile(r"\s+")
_NUMBERS = re.compile(r"\d+")
Report = Callable[[str], None]


@dataclass(frozen=True)
class Row:
    user_chat: str
    type_error: str
    provider: str | None
    created_at: str


@dataclass
class Group:
    """Rows whose latest turn normalises to the same sentence."""

    sentence: str
    example: str = ""
    latest_at: str = ""
    types: Counter[str] = field(default_factory=Counter)
    providers: Counter[str] = field(default_factory=Counter)

    @property
    def count(self) -> int:
        return sum(self.types.values())


def latest_turn(user_chat: str) -> str:
    """What the person typed this time: no pasted PDF text, no earlier turns."""
    try:
        return parse_request(user_chat).latest.strip()
    except Exception:  # a row written by another version: keep it as it is
        return user_chat.strip()


def normalise(sentence: str) -> str:
    text = unicodedata.normalize("NFKC", sentence).casefold()
    text = _SPACES.sub(" ", text).strip(_EDGE_PUNCTUATION)
    return _NUMBERS.sub("#", text)


def group_sentences(rows: Iterable[Row]) -> list[Group]:
    """Unresolved sentences, most frequent first (ties: most recent first)."""
    groups: dict[str, Group] = {}
    for row in rows:
        if row.type_error == ATTEMPT_ROWS or not row.user_chat:
            continue
        text = latest_turn(row.user_chat)
        key = normalise(text)
        if not key:
            continue
        group = groups.setdefault(key, Group(key))
        group.types[row.type_error] += 1
        group.providers[row.provider or "none"] += 1
        if row.created_at >= group.latest_at:
            group.example, group.latest_at = text, row.created_at
    ordered = sorted(groups.values(), key=lambda g: g.latest_at, reverse=True)
    return sorted(ordered, key=lambda g: g.count, reverse=True)


def dataset_line(group: Group) -> dict[str, str]:
    """A candidate line of the chat dataset; ``expected`` awaits a person's label."""
    return {
        "text": _SPACES.sub(" ", group.example),
        "expected": "A",
        "match": "category",
        "kind": "other",
        "style": "error-log",
    }


def read_rows(db: Database, days: int) -> list[Row]:
    rows = db.fetch_all(
        "SELECT user_chat, type_error, provider, created_at FROM errors"
        " WHERE created_at >= datetime('now', ?) ORDER BY id",
        (f"-{days} days",),
    )
    return [Row(str(r[0] or ""), str(r[1] or "unknown"), r[2], str(r[3] or "")) for r in rows]


def _counts(counter: Counter[str]) -> str:
    return ", ".join(f"{name} {count}" for name, count in counter.most_common())


def report(rows: Sequence[Row], groups: Sequence[Group], top: int, out: Report) -> None:
    if not rows:
        out("The error log has no rows in this period.")
        return
    out(f"{len(rows)} rows, {rows[0].created_at} to {rows[-1].created_at}")
    out(f"by type:     {_counts(Counter(r.type_error for r in rows))}")
    out(f"by provider: {_counts(Counter(r.provider or 'none' for r in rows))}")
    pairs = Counter(f"{r.type_error}/{r.provider or 'none'}" for r in rows)
    out(f"by type and provider: {_counts(pairs)}")
    out("")
    out(f"most frequent unresolved sentences ({len(groups)} distinct):")
    for group in groups[:top]:
        out(f"{group.count:6}  {group.example!r}")
        out(f"        types: {_counts(group.types)}; providers: {_counts(group.providers)}")


def main(argv: Sequence[str] | None = None, out: Report = print) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--export", type=Path, help="candidate dataset lines (JSONL)")
    args = parser.parse_args(argv)
    try:
        rows = read_rows(get_database(), args.days)
    except DatabaseError as exc:  # an SQL error: a missing table or column
        out(f"could not read the error log ({exc}): run `make migrate` first")
        return 1
    except DatabaseUnavailableError:
        out("the database is unreachable: check MILIO_DATABASE_URL and TURSO_AUTH_TOKEN")
        return 1
    groups = group_sentences(rows)
    report(rows, groups, args.top, out)
    export = args.export or get_settings().local_dir / "error-candidates.jsonl"
    export.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(dataset_line(g), ensure_ascii=False) for g in groups[: args.top]]
    export.write_text("".join(f"{line}\n" for line in lines))
    out("")
    out(f"{len(lines)} candidate dataset lines in {export}: label each before adding it")
    return 0


if __name__ == "__main__":
    sys.exit(main())
