"""Whatever a message holds, the fast path answers or declines; it never raises. The
phrases it peels off a request, said with nothing after them ("how about", "would you
mind"), are where a reader may look past a message's end."""

from __future__ import annotations

import pytest

from milio.chat.understanding import matcher, utterance


def _phrases() -> list[str]:
    """Of the phrases that open alike (their first two words), the shortest: thousands of
    spellings of the same frames would say nothing more."""
    shortest: dict[tuple[str, ...], tuple[str, ...]] = {}
    for phrases in utterance._ALL_PHRASES:
        for words in phrases.phrases:
            said = tuple(reversed(words)) if phrases in _BACKWARDS else words
            known = shortest.get(said[:2])
            if known is None or len(said) < len(known):
                shortest[said[:2]] = said
    return sorted(" ".join(words) for words in shortest.values())


_BACKWARDS = (utterance._SUFFIX_WORDS, utterance._TAG_WORDS, utterance._ADDRESS_TAG_WORDS)


def test_there_are_phrases_to_say() -> None:
    assert len(_phrases()) > 200


@pytest.mark.parametrize("ending", ["", "?", " just", " it"])
def test_a_phrase_alone_is_answered_or_declined(ending: str) -> None:
    for phrase in _phrases():
        matcher.match(phrase + ending)  # raises on a reader's slip
