"""The memory of the model's action decisions, on a real (local libSQL) database."""

from __future__ import annotations

import json

import pytest

from milio.accounts import delete_user
from milio.chat.model.memory import SECONDS_PER_DAY, DecisionMemory, UserMemory, normalised
from milio.chat.pipeline import run_chat
from milio.db import Database
from milio.decision_memory import DecisionMemoryTable
from tests.chat.conftest import ONE_CALL, ScriptedCompleter

MESSAGE = "could you pull up my budget spreadsheet"
OPEN_BUDGET = json.dumps(
    {"category": "0", "action": "003", "details": {"name": "budget", "ext": "xlsx"}}
)
LIFETIME = 30 * SECONDS_PER_DAY


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def memory(local_db: Database, clock: Clock) -> DecisionMemory:
    return DecisionMemory(DecisionMemoryTable(local_db), b"k" * 32, LIFETIME, clock)


def _user(local_db: Database, email: str = "ada@example.com") -> int:
    return local_db.insert("INSERT INTO users (email, password) VALUES (?, ?)", (email, "x"))


def _ask(text: str, memory: UserMemory, answer: str = OPEN_BUDGET) -> tuple[str, str, int]:
    completer = ScriptedCompleter({"decision": answer})
    result = run_chat(text, completer, ONE_CALL, memory)
    return result.system_message, result.source, len(completer.calls)


def test_the_same_message_again_costs_no_model_call(
    local_db: Database, memory: DecisionMemory
) -> None:
    mine = UserMemory(memory, _user(local_db))
    assert _ask(MESSAGE, mine) == ("003budget|xlsx", "fake", 1)
    assert _ask(MESSAGE, mine) == ("003budget|xlsx", "memory", 0)
    assert _ask(f"  {MESSAGE.replace(' ', '  ')}!", mine)[1:] == ("memory", 0)  # normalised


def test_the_memory_is_per_user_and_per_spelling(
    local_db: Database, memory: DecisionMemory
) -> None:
    mine, theirs = (
        UserMemory(memory, _user(local_db)),
        UserMemory(memory, _user(local_db, "b@x.io")),
    )
    _ask(MESSAGE, mine)
    assert _ask(MESSAGE, theirs)[1:] == ("fake", 1)
    assert _ask(MESSAGE.upper(), mine)[1:] == ("fake", 1)  # case is kept: "Taxes" is not "taxes"


def test_a_decision_is_forgotten_after_thirty_days(
    local_db: Database, memory: DecisionMemory, clock: Clock
) -> None:
    mine = UserMemory(memory, _user(local_db))
    _ask(MESSAGE, mine)
    clock.now += LIFETIME - 1
    assert _ask(MESSAGE, mine)[1:] == ("memory", 0)
    clock.now += 2
    assert _ask(MESSAGE, mine)[1:] == ("fake", 1)


def test_only_a_keyed_digest_is_stored_never_the_message(
    local_db: Database, memory: DecisionMemory
) -> None:
    mine = UserMemory(memory, _user(local_db))
    _ask(MESSAGE, mine)
    rows = local_db.fetch_all("SELECT * FROM remembered_decisions")
    assert len(rows) == 1
    stored = " ".join(str(value) for value in rows[0])
    assert "budget spreadsheet" not in stored
    assert "pull up" not in stored
    other_key = DecisionMemory(memory.store, b"x" * 32, LIFETIME)
    assert memory.digest(MESSAGE) in stored
    assert other_key.digest(MESSAGE) not in stored


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a PDF or earlier turns: the same words may mean something else there
        (f"PDF Content number 1: x\nUser request: {MESSAGE}", OPEN_BUDGET),
        (f"Previous user message : hi New user message : {MESSAGE}", OPEN_BUDGET),
        # a text answer, an e-mail (prose drawn from the message), a missing detail
        ("what is the capital of peru", json.dumps({"category": "4", "answer": "Lima."})),
        (
            "email bob@example.com that I am late",
            json.dumps(
                {
                    "category": "0",
                    "action": "015",
                    "details": {"recipient": "bob@example.com", "subject": "Late", "body": "Late"},
                }
            ),
        ),
        (
            "could you pull up that thing",
            json.dumps({"category": "0", "action": "003", "details": {"name": None, "ext": None}}),
        ),
        # someone in distress is read afresh each time, whatever was answered before
        (f"i want to die lol. {MESSAGE}", OPEN_BUDGET),
    ],
)
def test_what_is_never_remembered(
    local_db: Database, memory: DecisionMemory, text: str, answer: str
) -> None:
    mine = UserMemory(memory, _user(local_db))
    _ask(text, mine, answer)
    assert _ask(text, mine, answer)[1:] == ("fake", 1)
    assert local_db.fetch_all("SELECT * FROM remembered_decisions") == []


@pytest.mark.parametrize(
    "tampered",
    ["003budget|xlsx; rm -rf ~", "008../../etc", "4Some text", "001", "999x", "015a|b|c"],
)
def test_a_stored_decision_is_checked_again_before_it_answers(
    local_db: Database, memory: DecisionMemory, tampered: str
) -> None:
    mine = UserMemory(memory, _user(local_db))
    _ask(MESSAGE, mine)
    local_db.execute("UPDATE remembered_decisions SET decision = ?", (tampered,))
    assert _ask(MESSAGE, mine) == ("003budget|xlsx", "fake", 1)


def test_the_memory_goes_with_the_account(local_db: Database, memory: DecisionMemory) -> None:
    user_id = _user(local_db)
    _ask(MESSAGE, UserMemory(memory, user_id))
    assert delete_user(user_id, local_db)
    assert local_db.fetch_all("SELECT * FROM remembered_decisions") == []


def test_an_unreachable_memory_never_fails_the_request(
    local_db: Database, memory: DecisionMemory
) -> None:
    mine = UserMemory(memory, _user(local_db))
    local_db.execute("DROP TABLE remembered_decisions")  # as before the migration ran
    assert _ask(MESSAGE, mine) == ("003budget|xlsx", "fake", 1)
    assert _ask(MESSAGE, mine) == ("003budget|xlsx", "fake", 1)


def test_normalising_keeps_what_changes_the_meaning() -> None:
    assert normalised("  open\u0301   Taxes folder?! ") == normalised("open\u0301 Taxes folder")
    assert normalised("open Taxes") != normalised("open taxes")


def test_nothing_is_remembered_for_an_account_already_deleted(
    local_db: Database, memory: DecisionMemory
) -> None:
    user_id = _user(local_db)
    mine = UserMemory(memory, user_id)
    assert delete_user(user_id, local_db)
    _ask(MESSAGE, mine)  # a request in flight across the deletion
    assert local_db.fetch_all("SELECT * FROM remembered_decisions") == []
