"""Where a new clause may start in a message typed on without punctuation.

"open spotify i have a meeting", "close chrome my laptop is dying", "open discord 😂
my friends are waiting": a reason or a comment glued to the command, as typed in chat
or dictated. The words that may open such a clause are a closed class (a subject
pronoun or determiner, a reason said without its subject, an emoji); the matcher
reads the message as if a comma stood there, and keeps the answer only when the words
before it are a whole command that names nothing the user chose
(:func:`.matcher.match`): after a folder name or a title, the words that follow may
belong to it ("create a folder called Things I Have To Do").
"""

from __future__ import annotations

import re

# Words that open a clause of its own: who or what the clause is about, or a reason
# said without its subject ("gotta finish my homework").
_OPENERS = frozenset(
    (
        *("i", "i'm", "im", "i've", "ive", "i'd", "id", "i’m", "i’ve", "i’d"),
        *("we", "we're", "it's", "its", "it’s"),
        *("he", "she", "they", "they're", "theyre", "everyone", "everyones"),
        *("everybody", "everyone's", "gotta", "need", "have"),
    )
)
# Openers of a noun ("my server", "this video") may tell what the command acts on
# ("open youtube my subscriptions"): they open a clause only before a verb of it.
# "it" is the same: a verb takes it ("restart it again"), a clause may open with it
# ("close chrome it froze again").
_BEFORE_A_NOUN = frozenset(("my", "our", "his", "their", "this", "people", "it"))
_FINITE_VERBS = frozenset(
    (
        *("is", "are", "was", "were", "isn't", "aren't", "wasn't", "weren't", "isnt", "arent"),
        *("has", "have", "had", "hasn't", "haven't", "keeps", "keep", "kept", "won't", "wont"),
        *("can't", "cant", "cannot", "couldn't", "doesn't", "doesnt", "don't", "dont", "will"),
        *("didn't", "didnt", "just", "needs", "wants", "died", "crashed", "froze", "broke"),
        *("left", "gets", "got", "started", "starts", "sucks", "hates", "loves", "says"),
        *("said", "went", "goes", "takes", "took", "lags", "lagged", "freezes", "crashes"),
        *("stopped", "stops", "won't", "isn't", "does", "did", "never", "always", "makes"),
    )
)
# Not "me", which a verb takes, and not after a word
# that makes the clause the time the command waits for ("open spotify once im done").
_WAITING_FOR = frozenset(
    (
        *("once", "after", "before", "until", "till", "til", "when", "whenever", "while"),
        *("unless", "if", "as", "since", "that", "which", "who", "where", "than"),
    )
)
_NOUN_WORDS = 3  # "my little brother is": the verb comes within the next three words
# "the" is no opener: "open youtube the video my friend sent", "pause the music".
_TOKEN = re.compile(r"\S+")
_WORD_CHARS = re.compile(r"\w")
MIN_WORDS_AFTER = 2  # "i have", "my bad": one word alone is a tail the matcher reads


def may_run_on(text: str) -> bool:
    """A cheap test: whether a word that may open a clause is in ``text`` at all."""
    words = text.casefold().split()
    return not (_OPENERS.isdisjoint(words) and _BEFORE_A_NOUN.isdisjoint(words))


def cuts(text: str) -> list[int]:
    """Where a clause may start in ``text``: before an opener (or an emoji) that is
    neither its first word nor one of its last ``MIN_WORDS_AFTER - 1``."""
    tokens = list(_TOKEN.finditer(text))
    found: list[int] = []
    for at in range(1, len(tokens) - MIN_WORDS_AFTER + 1):
        token = tokens[at].group()
        word = token.casefold().strip(".,!?\"'")
        if tokens[at - 1].group().casefold() in _WAITING_FOR:
            continue
        emoji = not token.isascii() and not _WORD_CHARS.search(token)
        if word in _BEFORE_A_NOUN:
            after = (t.group().casefold() for t in tokens[at + 1 : at + 1 + _NOUN_WORDS])
            if _FINITE_VERBS.isdisjoint(after):
                continue
        elif not (word in _OPENERS or emoji):
            continue
        found.append(tokens[at].start())
    return found
