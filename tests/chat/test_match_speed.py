"""The fast path's speed levers: the same answers, less work for them."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from hassil import recognize_all
from hassil.recognize import RecognizeResult
from hassil.sample import sample_expression

from milio.chat.understanding import matcher, per_message
from milio.chat.understanding.recognizer import ending, heads

_PLACEHOLDER = re.compile(r"\{\w+\}")


def _required(start: str) -> frozenset[str]:
    """The words every template that starts with ``start`` requires."""
    intents = matcher.get_matcher().intents
    found = [
        sentence
        for intent in intents.intents.values()
        for data in intent.data
        for sentence in data.sentences
        if sentence.text and sentence.text.startswith(start)
    ]
    assert found, start
    return frozenset.intersection(
        *(frozenset().union(*t.get_required_clauses(intents.expansion_rules)) for t in found)
    )


def test_a_closed_lists_words_are_required() -> None:
    # "make a new python file called X": the file type is one of the list's words.
    assert {"python", "csv", "docx"} <= _required("<make> [a|an] [<new>] [empty|blank] {file_type")
    assert {"fully", "completely"} <= _required("<close> {app:app__name} {fully")
    assert {"headshot", "mugshot"} <= _required("<shoot> [a|an|me a|my] [new] {portrait")


def test_a_judgement_is_made_once_per_message_and_forgotten_after() -> None:
    made: list[str] = []

    @per_message.remembered
    def judge(text: str) -> int:
        made.append(text)
        return len(text)

    @per_message.one_message
    def read(text: str) -> int:
        return judge(text) + judge(text) + judge(text.upper())

    assert read("hi") == 6
    assert made == ["hi", "HI"]
    assert read("hi") == 6  # a new message: judged anew
    assert made == ["hi", "HI", "hi", "HI"]
    assert judge("hi") == judge("hi") == 2  # outside a message: nothing is kept
    assert made[4:] == ["hi", "hi"]


def test_a_message_read_twice_is_answered_alike() -> None:
    text = "my boss is calling, it's so loud in here, close spotify please, thanks"
    first = matcher.match(text)
    assert first is not None
    assert matcher.match(text) == first


def _found(results: list[RecognizeResult]) -> list[tuple[object, ...]]:
    return [
        (
            result.intent.name,
            result.intent_sentence.text if result.intent_sentence else None,
            [(e.name, e.value, e.text, e.text_span) for e in result.entities_list],
        )
        for result in results
    ]


def test_every_sentence_a_template_says_ends_as_it_may() -> None:
    # No template is skipped on a message it matches: each sentence it says (wildcards
    # said as a word), punctuation after it or not, ends with one of its ends.
    intents = matcher.get_matcher().intents
    checked = 0
    for intent in intents.intents.values():
        for sentence in (s for data in intent.data for s in data.sentences):
            tail = heads(sentence.expression, intents, at_end=True)
            if tail is None or tail[1]:
                continue
            said = sample_expression(
                sentence.expression, intents.slot_lists, intents.expansion_rules
            )
            for text in itertools.islice(said, 12):
                for told in (text, f"{text}?!", f"{text} ..."):
                    end = ending(_PLACEHOLDER.sub("x", told)).casefold()
                    assert any(end.endswith(e.casefold()) for e in tail[0]), (sentence.text, told)
                    checked += 1
    assert checked > 3_000


def test_the_results_are_hassils_at_the_ends() -> None:
    # Punctuation and blanks after the last word, dashes hassil reads as blanks, letters
    # that match others case aside, a word that only starts as a template's last does.
    built = matcher.get_matcher()
    texts = (
        "set a 5 minute TIMER!!",
        "set a 5 minute timer -",
        "set a 5 minute timer-on",
        "set a 5 minute timers",
        "put the laptop to sleep ?",
        "put the laptop to sleep…",
        "pc off.",
        "turn the music down\u2026 thanks",
        "turn spotify off_",
        "close spotify completely \u212a",
        "shut the laptop dow\u0274",
        "put the laptop to ſleep",
        "",
        " ",
    )
    for text in texts:
        ours = list(built.recognizer.recognize_all(text))
        assert _found(ours) == _found(list(recognize_all(text, built.intents))), text


def test_a_generator_is_run_once_per_message_for_every_reader() -> None:
    drawn: list[int] = []

    @per_message.replayed
    def numbers(last: int) -> Iterator[int]:
        for number in range(last):
            drawn.append(number)
            yield number

    @per_message.one_message
    def read(last: int) -> tuple[list[int], list[int], list[int]]:
        first = next(iter(numbers(last)))  # one reader stops early
        return [first], list(numbers(last)), list(numbers(last))

    assert read(3) == ([0], [0, 1, 2], [0, 1, 2])
    assert drawn == [0, 1, 2]  # each item drawn once
    assert list(numbers(2)) == [0, 1]  # outside a message: run each time
    assert drawn == [0, 1, 2, 0, 1]
