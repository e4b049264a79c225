"""`make errors`: the error log grouped into the sentences people use to improve templates
and prompts, and exported as candidate dataset lines."""

from __future__ import annotations

import json
from pathlib import Path

from milio.db import Database
from scripts import errors

ROWS = [
    ("Open Notion please", "not_understood", "groq"),
    ("open notion   please!", "out_of_set", "openai"),
    ("PDF Content number 1: a report\nUser request: OPEN NOTION PLEASE", "not_understood", "groq"),
    ("Open Notion please", "provider_failure", "groq"),  # an attempt, not a sentence
    ("set a timer for 5 minutes and 10 seconds", "not_understood", "groq"),
    ("set a timer for 7 minutes and 3 seconds", "out_of_set", "groq"),
    ("what's the weather", "unavailable", None),
]


def _fill(db: Database) -> None:
    for chat, kind, provider in ROWS:
        db.execute(
            "INSERT INTO errors (user_chat, type_error, provider) VALUES (?, ?, ?)",
            (chat, kind, provider),
        )
    db.execute(
        "INSERT INTO errors (user_chat, type_error, created_at)"
        " VALUES ('an old sentence', 'not_understood', datetime('now', '-60 days'))"
    )


def test_sentences_are_normalised_grouped_and_ranked(local_db: Database) -> None:
    _fill(local_db)
    groups = errors.group_sentences(errors.read_rows(local_db, days=30))

    assert [(g.sentence, g.count) for g in groups] == [
        ("open notion please", 3),
        ("set a timer for # minutes and # seconds", 2),
        ("what's the weather", 1),
    ]
    notion = groups[0]
    assert notion.types == {"not_understood": 2, "out_of_set": 1}
    assert notion.providers == {"groq": 2, "openai": 1}
    assert notion.example == "OPEN NOTION PLEASE"  # the latest wording, without the PDF


def test_the_report_and_the_candidate_lines(local_db: Database, tmp_path: Path) -> None:
    _fill(local_db)
    out: list[str] = []
    export = tmp_path / "candidates.jsonl"

    assert errors.main(["--top", "2", "--export", str(export)], out.append) == 0

    text = "\n".join(out)
    assert "7 rows" in text  # the 60-day-old row is outside the default 30 days
    assert "by type:     not_understood 3, out_of_set 2, provider_failure 1, unavailable 1" in text
    assert "types: not_understood 2, out_of_set 1; providers: groq 2, openai 1" in text
    lines = [json.loads(line) for line in export.read_text().splitlines()]
    assert [line["text"] for line in lines] == [
        "OPEN NOTION PLEASE",
        "set a timer for 7 minutes and 3 seconds",
    ]
    for line in lines:  # the dataset's format (tests/data/README.md)
        assert set(line) == {"text", "expected", "match", "kind", "style"}
        assert line["match"] in {"exact", "action", "category"}
        assert line["kind"] in {"command", "trap", "other"}


def test_an_unmigrated_database_asks_for_make_migrate() -> None:
    out: list[str] = []
    assert errors.main([], out.append) == 1
    assert "make migrate" in out[0]
