"""The fast path's speed levers: the same answers, less work for them."""

from __future__ import annotations

from milio.chat.understanding import matcher, per_message


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
    assert {"python", "csv", "docx"} <= _required("<make> [a|an] [new] [empty|blank] {file_type")
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
