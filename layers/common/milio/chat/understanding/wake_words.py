"""Other assistants' wake words, typed out of habit before a command.

"ok google open discord", "hey siri, open chrome", "alexa turn the volume up": the
user calls Milio by another assistant's name. Taken as the address only at the
edge of a request: first in it, or last after a comma ("open discord, alexa");
inside a sentence a name is part of it ("open google chrome", "play alexa's
playlist"). "google" is also a site and a verb ("open google", "google cats"):
it is an address only after a greeting ("ok google", "hey google"), and not
before a word that makes a name with it ("hey google chrome is frozen").
"""

from __future__ import annotations

from milio.chat.understanding.names import names_a_thing

# Names no command takes: a user who types one first is calling the assistant.
NAMES = frozenset(("alexa", "siri", "cortana", "jarvis", "bixby"))
# A site, an app or a word besides: an address only after a greeting ("hey computer").
_NAMES_AFTER_A_GREETING = frozenset(
    ("google", "assistant", "computer", "bot", "copilot", "chatgpt", "gemini")
)
# The second word of a name said after a greeting: "hey google assistant".
_SECOND_NAMES = {"google": "assistant"}
# "dear": a letter's opening, how some Englishes address the assistant ("dear assistant").
_GREETINGS = frozenset(("ok", "okay", "hey", "hi", "hello", "yo", "dear"))
_LONGEST_NAME_AFTER = 2  # "google chrome", "google play store"


def lead(words: list[str]) -> int:
    """How many of ``words`` a wake word opening them covers ("hey siri" 2, "alexa"
    1), or 0."""
    greeted = len(words) > 1 and words[0] in _GREETINGS
    name = words[1] if greeted else words[0] if words else ""
    if name in NAMES:
        return 2 if greeted else 1
    if not greeted or name not in _NAMES_AFTER_A_GREETING:
        return 0
    if len(words) > 2 and _SECOND_NAMES.get(name) == words[2]:
        return 3
    after = words[1 : 2 + _LONGEST_NAME_AFTER]
    if any(names_a_thing(" ".join(after[:size])) for size in range(2, len(after) + 1)):
        return 0  # "hey google chrome is frozen": a name, not an address
    return 2


def is_address(words: list[str]) -> bool:
    """Whether ``words`` are a wake word and nothing else: "hey siri", "jarvis"."""
    return bool(words) and lead(words) == len(words)
