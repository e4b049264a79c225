"""Commands the fast path answers, put inside words that make them no command to run now:
negated, conditioned, put off, asked about, reported, or beside a second command. None may
be answered with an action.

The commands are dev's own short ones (a verb first, one clause), so the frames test the
shape of a message, not sentences written against the rules; a frame a new rule lets
through fails here with the sentences it answers.
"""

from __future__ import annotations

import re

import pytest

from milio.chat.understanding import matcher, run_on
from milio.chat.understanding.clauses import clauses_of
from scripts.eval import is_action, is_right, load_split

_VERBS = frozenset(
    (
        *("open", "close", "play", "start", "take", "set", "turn", "create", "make", "delete"),
        *("remove", "restart", "reboot", "shut", "launch", "quit", "kill", "pause", "mute"),
        *("lower", "raise", "increase", "decrease", "put", "record", "capture", "snap"),
        *("grab", "fire", "pull", "boot", "bring", "load", "run", "stop", "resume", "get"),
    )
)
_PLAIN = re.compile(r"[a-z][a-z0-9 .'%-]*")
_EVERY = 4  # of the short commands, one in four: about 200, some 7,000 messages

_FRAMES = {
    "negated": ("don't {c}", "do not {c}", "please don't {c}", "never {c}", "dont {c} pls"),
    "conditioned": (
        *("if the meeting starts, {c}", "{c} if it's past 5", "when I say go, {c}"),
        *("{c} when the download finishes", "{c} once the build is done"),
        *("in case it crashes, {c}", "{c} as soon as the call ends", "{c} once I'm back"),
        *("{c} unless I say otherwise", "{c} only if nobody is using it"),
    ),
    "put off": (
        *("{c} in 10 minutes", "{c} tomorrow", "later, {c}", "{c} after lunch"),
        *("{c} later", "{c} at 5pm", "{c} at midnight", "{c} on monday", "{c} next week"),
        *("{c} in an hour", "{c} tonight", "{c} before I get back"),
    ),
    "asked about": (
        *("should I {c}?", "how do I {c}?", "did you {c}?", "can I {c} myself?"),
        *("why would you {c}?", "is it safe to {c}?", "what happens if I {c}?"),
        "why can't I {c}?",
    ),
    "reported": (
        *("my boss told me to {c}", "I was going to {c} but I changed my mind"),
        *("remind me to {c}", "she asked me to {c}", "yesterday I wanted to {c}"),
        *("I tried to {c} but it failed", "I couldn't {c}", "you didn't {c}"),
        *("nobody asked you to {c}", "I wonder if I should {c}", "the tutorial says {c}"),
        "step 3: {c}",
    ),
}
_PAIRS = ("{a} and {b}", "{a}, then {b}", "{a}. {b}")


def _answer(text: str) -> str | None:
    found = matcher.match(text)
    return None if found is None else found.system_message


def _short_commands() -> list[tuple[str, str]]:
    """Dev's short commands said with a verb first in one clause, and their answers."""
    short = []
    for row in load_split("dev"):
        text = row["text"]
        if row["kind"] != "command" or len(text.split()) > 5 or not _PLAIN.fullmatch(text):
            continue
        if text.split()[0] not in _VERBS or len(clauses_of(text)) != 1:
            continue
        if run_on.may_run_on(text):
            continue  # "close teams everyone left": a reason typed on, which a frame would end
        got = _answer(text)
        if got is not None and is_right(row, got):
            short.append((text, got))
    return short[::_EVERY]


@pytest.fixture(scope="module")
def commands() -> list[tuple[str, str]]:
    short = _short_commands()
    assert len(short) >= 150, "too few of dev's commands to frame: the test would say little"
    return short


@pytest.mark.parametrize("kind", sorted(_FRAMES))
def test_a_framed_command_is_not_answered(kind: str, commands: list[tuple[str, str]]) -> None:
    answered = [
        f"{got} <- {framed}"
        for text, _ in commands
        for frame in _FRAMES[kind]
        if (got := _answer(framed := frame.format(c=text))) is not None and is_action(got)
    ]
    assert not answered, "\n".join(answered[:30])


def test_two_commands_are_not_answered_as_one(commands: list[tuple[str, str]]) -> None:
    answered = []
    for at, (first, said) in enumerate(commands):
        second, other = commands[(at * 7 + 3) % len(commands)]
        if said[:3] == other[:3]:
            continue  # "open zoom and open slack" may be read one day; not two actions
        for pair in _PAIRS:
            got = _answer(both := pair.format(a=first, b=second))
            if got is not None and is_action(got):
                answered.append(f"{got} <- {both}")
    assert not answered, "\n".join(answered[:30])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "go (ahead, on) and ..." is one verb with what comes before it
        ("I couldn't go ahead and open vlc", None),
        ("he didn't go and open vlc", None),
        ("go ahead and open vlc", "001vlc"),
        ("could you go and open spotify", "001spotify"),
        # "up and running" is not two clauses; the time after it puts it off
        ("get apex up and running in 10 minutes", None),
        ("get zoom up and running please", "001zoom"),
        # a second command joined on with "and" is read as one
        ("take a screenshot and time how long this takes", None),
        # a name's last dot ends a sentence, a dot of initials does not
        ("create a folder called v2.0. load up spotify", None),
        ("create a folder called P.Y.T.", "008P.Y.T"),
        ("create a folder called Dr. Who", "008Dr. Who"),
        # a title or a name ending in a time to come
        ("play despacito once i get home", None),
        ("create a folder called projects next week", None),
        ("create a folder called Next Level", "008Next Level"),
        # typed on after "is", a command's words are what something is
        ("my password is open zoom", None),
        ("my boss is calling open zoom", "001zoom"),
        # a correction after words the fast path does not know
        ("step 3: open slack no wait discord", None),
        ("open slack no wait discord", "001discord"),
    ],
)
def test_said_in_one_sentence(text: str, expected: str | None) -> None:
    assert _answer(text) == expected
