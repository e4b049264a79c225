"""The words commands are said with, and the words that may bear on one.

A clause is judged by the words it holds: a word of an action (the catalog's
templates less function words, :func:`action_words`), the name of an application or
a site (:func:`holds_a_name`), a thing the vocabulary acts on (:data:`THINGS`), or a
word that may negate, condition, defer, report or hedge a command (:data:`MODIFIERS`).
:func:`may_match_a_template` says whether matching a clause could find a command at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from milio.chat.contract.catalog import template_words
from milio.chat.understanding.clauses import words_of

# Words that may bear on the command: a condition, a time, a hedge, a negation,
# a report of what was said or done, a second thing to do, another choice.
MODIFIERS = frozenset(
    (
        # conditions and times: the command may be meant for later
        *("if", "unless", "when", "whenever", "once", "until", "till", "til", "after"),
        *("before", "later", "minute", "min", "hour", "second", "sec", "afterwards", "first"),
        *("yet", "meanwhile"),
        # hedges
        *("maybe", "perhaps", "probably", "might", "guess", "think", "wonder", "unsure"),
        *("suppose", "reckon"),  # "open discord i suppose" is as open as "..., I guess"
        *("should", "shouldn't", "whether", "either", "neither", "sure"),
        # asking or reporting what was said: the command is quoted, not given
        *("say", "says", "said", "tell", "tells", "told", "ask", "asks", "asked", "wrote"),
        *("write", "writes", "type", "typed", "types", "reads", "mean", "means", "meant"),
        *("called", "named", "titled", "quote", "instead", "wait", "actually", "cancel"),
        *("asking", "saying", "telling", "asks", "quoted"),
        # a report of what was done: "it's fine, I did it already"
        *("already", "did", "didn't", "tried", "still"),
        # taking it back: "open discord im kidding"
        *("kidding", "joking", "jk", "jking", "nah", "psych", "sike", "nevermind"),
        # negations that can turn on the command ("don't", "never", "not that one")
        *("don't", "dont", "never", "not", "no", "nope", "nvm", "nevermind", "without"),
        # a second thing, or another choice: "discord too", "the other one"
        *("too", "also", "both", "same", "another", "other", "others", "next", "then"),
        *("different", "rather", "wrong", "mistake", "oops", "else", "plus"),
    )
)
# Verbs and nouns of actions the templates leave to other words ("kill" is in them,
# "opening" and "mute" are not); with the templates' own words they make the
# vocabulary of commands (see action_words).
_MORE_ACTION_WORDS = frozenset(
    (
        *("opening", "closing", "launch", "starting", "stop", "boot", "quit", "exit", "kill"),
        *("play", "playing", "pause", "resume", "set", "create", "add", "delete", "remove"),
        *("rename", "turn", "shut", "restart", "reboot", "record", "recording", "film", "mute"),
        *("unmute", "raise", "lower", "increase", "decrease", "visit", "browse", "navigate"),
        *("search", "google", "send", "email", "e-mail", "mail", "screenshot", "timer"),
        *("stopwatch", "alarm", "countdown", "volume", "louder", "quieter", "webcam", "camera"),
        *("photo", "picture", "pic", "selfie", "video", "sleep", "hibernate", "suspend"),
        *("folder", "file", "directory", "song", "music", "playlist", "track", "app", "apps"),
        *("website", "site", "link", "url", "bring", "pull", "fire", "crank", "bump", "pump"),
        *("switch", "install", "uninstall", "update", "download", "save", "copy", "move"),
        *("tab", "tabs", "window", "windows", "browser", "program", "application", "lock"),
        *("capture", "snap", "grab", "power", "shutdown", "reset", "clear", "show"),
    )
)
# Words of the templates that are no action by themselves: function words, light
# verbs and degrees ("I'm going home", "my boss is waiting", "a little tired").
_NOT_ACTION_WORDS = frozenset(
    (
        *("a", "an", "the", "my", "our", "me", "myself", "us", "i", "i'm", "am", "is", "it"),
        *("it's", "its", "that", "that's", "this", "what", "what's", "whatever", "whatever's"),
        *("which", "will", "with", "by", "for", "from", "of", "on", "in", "into", "to", "at"),
        *("as", "and", "through", "up", "down", "off", "out", "over", "away", "again", "right"),
        *("one", "all", "ahead", "onto", "whose", "x", "lil", "high"),
        *("bit", "little", "lot", "bunch", "much", "more", "less", "way", "tiny", "tad"),
        *("touch", "smidge", "notch", "slightly", "some", "new", "quick", "short", "current"),
        *("full", "whole", "entire", "empty", "blank", "front", "built", "built-in", "egg"),
        *("kitchen", "home", "mode", "apple", "force", "name", "call", "head", "hop", "stick"),
        *("jump", "keep"),  # "jump on a call", "I keep getting distracted"
        *("get", "give", "go", "goes", "going", "make", "take", "put", "use", "using", "do"),
        *("watch", "time", "everything", "freeze", "run", "running", "sleeping", "listening"),
        *("started", "timing", "counting"),
        # said of a game as much as of a command: "the game keeps lagging", "nice shot"
        *("game", "games", "shot", "hit", "press", "cut", "drop"),
        # the machine itself: a statement about it is a reason ("my laptop is slow")
        *("computer", "pc", "mac", "macbook", "laptop", "machine", "system", "desktop"),
        *("device", "imac", "workstation", "display", "monitor", "screen"),
        # how loud it is now: a reason to change it, not a change
        *("loud", "quiet", "low", "soft"),
        # a customer more often than an e-mail program ("a call with the client")
        "client",
        # what the sound comes out of: "my headphones died" is a reason
        *("headphones", "headset"),
    )
)


@cache
def action_words() -> frozenset[str]:
    """Every word an action is asked with: the catalog's templates, less function words.

    Only these forms: in a statement an inflected verb describes ("my laptop restarted",
    "my roommate is sleeping"); a noun of a thing acted on still counts ("the music").
    """
    return frozenset(template_words() - _NOT_ACTION_WORDS) | _MORE_ACTION_WORDS


# Words of the templates that no template is made of alone: each template holds a
# word besides these or is a typed URL (tests/chat/test_clauses.py holds it), so a
# clause with no other template word, no shorthand the utterance reads as one, and no
# dotted word can match no template.
TEMPLATE_FUNCTION_WORDS = frozenset(
    (
        *("a", "an", "the", "my", "our", "me", "myself", "us", "i", "i'm", "am", "is", "it"),
        *("it's", "its", "that", "that's", "this", "what", "what's", "whatever", "which"),
        *("whatever's", "will", "with", "by", "for", "from", "of", "on", "in", "into", "to"),
        *("at", "as", "and", "through"),
    )
)
_SHORTHAND = frozenset(("vol", "ss", "vid", "pic", "pics", "u", "ur", "w", "2", "rec"))
DOTTED = re.compile(r"\w\.\w")


def may_match_a_template(text: str) -> bool:
    """Whether matching ``text`` against the templates could find a command at all."""
    if DOTTED.search(text):
        return True
    said = words_of(text)
    if said[-1:] == ["on"]:
        return True  # "discord on": a name and the state it should be in
    words = frozenset(said)
    return bool(words & _SHORTHAND or (words - TEMPLATE_FUNCTION_WORDS) & template_words())


# The vocabulary's things: a story names them freely ("I lost all my tabs", "a 40
# page document", "I updated windows").
THINGS = frozenset(
    (
        *("address", "alarm", "app", "application", "apps", "audio", "browser", "cam"),
        *("camera", "clip", "countdown", "dir", "directory", "doc", "document", "e-mail"),
        *("email", "file", "folder", "footage", "homepage", "image", "itunes", "link"),
        *("mail", "music", "page", "photo", "photograph", "pic", "picture", "player"),
        *("playlist", "podcast", "process", "program", "programme", "queue", "screenshot"),
        *("selfie", "site", "snapshot", "software", "song", "sound", "speaker", "speakers"),
        *("spotify", "stopwatch", "tab", "tabs", "task", "timer", "track", "tunes", "url"),
        *("video", "volume", "web", "webcam", "webpage", "website", "window", "windows"),
        *("update", "startup", "playback", "recording", "power"),
    )
)


def names_what_it_acts_on(text: str) -> bool:
    """Whether a command says what it acts on: "restart the computer", "take a
    screenshot", "volume up"; not "restart", "shut down", "mute" (beside a story that
    names applications, on which?)."""
    return bool(OBJECTS.intersection(words_of(text)))


OBJECTS = THINGS | frozenset(
    (
        *("computer", "pc", "laptop", "mac", "macbook", "machine", "system", "desktop"),
        *("device", "screen", "imac", "workstation"),
    )
)


def names_as_a_thing(text: str, name: str) -> bool:
    """Whether a story names ``name`` beside a word of a kind of thing: in "I made a
    chill playlist yesterday" or "my son's minecraft folder", "chill" and "minecraft"
    may be a playlist and a folder, and a command on them needs reading."""
    words, named = words_of(text), words_of(name)
    size = len(named)
    said = any(words[at : at + size] == named for at in range(len(words) - size + 1))
    return said and bool(_KINDS_OF_THINGS.intersection(words))


_KINDS_OF_THINGS = frozenset(
    (
        *("folder", "folders", "file", "files", "directory", "dir", "doc", "document"),
        *("playlist", "song", "track", "album", "page", "link", "site", "website", "webpage"),
        *("url", "tab", "video", "photo", "photograph", "pic", "picture", "image", "clip"),
        *("podcast", "recording", "project", "note", "notes", "footage", "screenshot"),
    )
)


# Conditions said with common words: the command waits for what follows them. Not
# "as soon as possible": that is now.
CONDITIONS = re.compile(
    r"\bsoon as\b(?! (?:possible|poss|you can|u can|you're able))"
    r"|\b(?:by the time|in case|as long as|so long as|provided|providing|assuming"
    r"|supposing|every time|each time|any time|anytime|right after|straight after|just after"
    r"|the (?:moment|minute|second|instant) (?:that |when )?(?:i|we|you|it|the|my|he|she|they"
    r"|i'm|im|it's|its|we're))\b"
)


def is_an_action_word(word: str) -> bool:
    return word in action_words() and word not in MODIFIERS


def bears_on_a_command(text: str) -> bool:
    """Whether the clause asks, or holds a word that may negate, condition, defer,
    report or hedge a command ("he said open chrome", "if it's slow, ...")."""
    return "?" in text or any(word in MODIFIERS for word in words_of(text))


def an_action_said(word: str) -> bool:
    """Whether ``word`` is a word of the vocabulary of commands, as said or with "-ing"
    or "-ed" ("restarting", "closed", "launched")."""
    if word in action_words():
        return True
    if word.endswith("ing"):
        return word[:-3] in action_words() or f"{word[:-3]}e" in action_words()
    if word.endswith("ed"):
        return word[:-2] in action_words() or word[:-1] in action_words()
    return word.endswith("s") and word[:-1] in action_words()  # "plays", "opens"


MAX_NAME_WORDS = 3


def holds_a_name(words: list[str], names_a_thing: Callable[[str], bool]) -> bool:
    """Whether some words of ``words`` in a row, up to :data:`MAX_NAME_WORDS`, name a thing
    by ``names_a_thing``, the check of one name."""
    return any(
        names_a_thing(" ".join(words[at : at + size]))
        for size in range(1, MAX_NAME_WORDS + 1)
        for at in range(len(words) - size + 1)
    )
