"""A message cut into clauses, so that the one command inside it can be found.

People rarely type a bare command: a greeting or the assistant's name comes
first, a reason or a comment after ("close chrome, it froze again"), the whole
is sometimes wrapped in quotes or Markdown emphasis. The message is cut at
commas, dashes, sentence ends and the words that join clauses ("and", "so",
"because", "then", "but", "or"); each piece keeps its place in the message, so
a name read from it is exactly what the user typed.

:func:`aside_kind` says whether a clause is plainly not a command, and which
kind of aside it is: a sign-off, a greeting, a reason or a comment about the
user or the machine. Anything else (a
second command, a bare name, a negation, a question, a condition, a time, a
hedge, a report of what someone said) is not an aside, and the matcher then
leaves the whole message to the model: precision first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

MAX_CLAUSES = 6


@dataclass(frozen=True)
class Clause:
    start: int  # where the clause is in the message
    end: int
    text: str  # the message's own characters


# Pairs that may wrap a whole command: quotes, code and Markdown emphasis.
_WRAPPERS = (
    ("**", "**"),
    ("__", "__"),
    ("*", "*"),
    ("_", "_"),
    ("`", "`"),
    ('"', '"'),
    ("“", "”"),
    ("'", "'"),
    ("‘", "’"),
    ("«", "»"),
    ("„", "“"),
    ("„", "”"),
    ("```", "```"),
    ("~~", "~~"),
    ("(", ")"),
    ("[", "]"),
)
_EDGE_BLANKS = " \u00a0\t\r\n"
_QUOTE_BLOCK = "> "  # a Markdown quote: the whole line is the quoted command


def unwrapped(text: str, start: int = 0, end: int | None = None) -> tuple[int, int]:
    """The span of ``text[start:end]`` inside the wrappers around all of it.

    Only a pair that encloses everything and appears nowhere inside is peeled:
    in `open "discord"` the quotes belong to the name, and the name is not
    rewritten; `"open discord"` is the command, quoted.
    """
    end = len(text) if end is None else end
    while True:
        while start < end and text[start] in _EDGE_BLANKS:
            start += 1
        while end > start and text[end - 1] in _EDGE_BLANKS:
            end -= 1
        if text.startswith(_QUOTE_BLOCK, start) and ">" not in text[start + 1 : end]:
            start += len(_QUOTE_BLOCK)
            continue
        for opening, closing in _WRAPPERS:
            inner_start, inner_end = start + len(opening), end - len(closing)
            if inner_end <= inner_start or not text.startswith(opening, start):
                continue
            if not text.startswith(closing, inner_end):
                continue
            inner = text[inner_start:inner_end]
            if opening in inner or closing in inner or not inner.strip():
                continue
            start, end = inner_start, inner_end
            break
        else:
            return start, end


# Where a message is cut: punctuation that ends a clause (a sentence end only
# before a blank, so "battle.net" and "v2.0" stay whole), and before the words
# that join clauses. The joining word stays with the clause it opens.
_CUT = re.compile(
    r"\s*(?:[,;]+|[.!?…]+(?=\s)|:(?=\s)|\s[-–—]+(?=\s)|—|\.{3}|[\r\n]+)\s*"
    r"|\s+(?=(?:and|so|because|cause|cuz|coz|bc|since|then|but|or|otherwise|plus)\b)"
    # a comment typed on without a comma: "close chrome its lagging"
    r"|\s+(?=(?:it's|its|it’s|i'm|im|i’m|i've|i’ve)\s)",
    re.IGNORECASE,
)


def clauses_of(text: str) -> list[Clause]:
    """The clauses of ``text``, in order; each without its wrappers and edge blanks."""
    pieces: list[Clause] = []
    position = 0
    for cut in [*_CUT.finditer(text), None]:
        stop = cut.start() if cut else len(text)
        start, end = unwrapped(text, position, stop)
        if end > start:
            pieces.append(Clause(start, end, text[start:end]))
        if cut:
            position = max(cut.end(), cut.start() + 1)
    return pieces


_WORD = re.compile(r"[\w'’]+")


def words_of(text: str) -> list[str]:
    return [word.casefold().replace("’", "'") for word in _WORD.findall(text)]


def _phrases(text: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(words_of(line)) for line in text.strip().splitlines())


# The asides that cannot be the end of a name ("play Hello, Goodbye" may be one title).
_SIGN_OFFS = _phrases(
    """
    please
    pls
    plz
    please and thank you
    thanks
    thank you
    thank u
    thanks a lot
    thanks so much
    thank you so much
    thx
    ty
    tysm
    cheers
    much appreciated
    appreciate it
    thanks in advance
    """
)
# Clauses that are a greeting, a sign-off, a vocative or filler as a whole.
_SOCIAL = _SIGN_OFFS | _phrases(
    """
    hi
    hey
    hello
    yo
    hiya
    howdy
    greetings
    good morning
    good afternoon
    good evening
    morning
    hey there
    hi there
    hello there
    ok
    okay
    k
    kk
    alright
    all right
    right
    so
    so yeah
    yeah
    yes
    yep
    sure
    well
    um
    umm
    uh
    uhh
    uh huh
    er
    erm
    hmm
    hm
    like
    you know
    i mean
    i appreciate it
    ta
    cool
    great
    awesome
    nice
    perfect
    lol
    lmao
    haha
    hehe
    oops
    sorry
    my bad
    excuse me
    anyway
    anyways
    btw
    quick one
    quick question
    one more thing
    real quick
    asap
    rn
    right now
    now
    buddy
    mate
    bro
    dude
    friend
    my friend
    boss
    sir
    mister
    assistant
    computer
    u there
    you there
    are you there
    r u there
    still there
    you awake
    are you awake
    how are you
    how r u
    how are you doing
    what's up
    whats up
    sup
    wassup
    hope you're well
    hope you are well
    i'm back
    im back
    back again
    me again
    it's me
    its me
    good night
    goodnight
    night
    bye
    goodbye
    bye bye
    see ya
    see you
    take care
    have a good one
    """
)
# The assistant's names, alone or after a greeting.
_VOCATIVES = frozenset(("milio", "mileo", "milo"))
_GREETING_WORDS = frozenset(("hey", "hi", "hello", "yo", "ok", "okay", "oh", "dear"))

# A clause that opens with one of these is its own request, or joins one: not an aside.
_OPENERS_NOT_ASIDE = frozenset(
    (
        *("then", "or", "also", "plus", "and then", "after", "before", "instead", "otherwise"),
        *("wait", "actually", "nvm", "nevermind", "cancel", "scratch", "no", "nope", "not"),
        *("don't", "dont", "do", "never", "stop", "what", "how", "why", "who", "which", "where"),
        *("can", "could", "would", "will", "should", "shall", "is", "are", "did", "does"),
        *("let's", "lets", "please", "pls", "plz", "just", "go", "again", "too", "only"),
    )
)
# Words that make a clause a condition, a time, a hedge, a negation or a report.
_DOUBT_WORDS = frozenset(
    (
        # conditions and times: the command may be meant for later
        *("if", "unless", "when", "whenever", "once", "until", "till", "til", "after"),
        *("before", "later", "tomorrow", "tonight", "minute", "minutes", "min", "mins"),
        *("hour", "hours", "second", "seconds", "sec", "secs", "afterwards"),
        # hedges
        *("maybe", "perhaps", "probably", "might", "guess", "think", "wonder", "unsure"),
        *("should", "shouldn't", "whether", "either", "neither"),
        # asking or reporting what was said: the command is quoted, not given
        *("say", "says", "said", "tell", "tells", "told", "ask", "asks", "asked", "wrote"),
        *("write", "writes", "type", "typed", "types", "reads", "mean", "means", "meant"),
        *("called", "named", "titled", "quote", "instead", "wait", "actually", "cancel"),
        # a report of what was done: "it's fine, I did it already"
        *("already", "did", "didn't", "tried", "still"),
        # taking it back: "open discord im kidding"
        *("kidding", "joking", "jk", "jking", "nah", "psych", "sike", "nevermind"),
        # negations that can turn on the command ("don't", "never", "not that one")
        *("don't", "dont", "never", "not", "no", "nope", "nvm", "nevermind", "without"),
    )
)
# The words of the actions themselves: a clause holding one may be a second command.
_ACTION_WORDS = frozenset(
    (
        *("open", "opening", "close", "closing", "launch", "start", "starting", "stop"),
        *("boot", "load", "quit", "exit", "kill", "end", "play", "playing", "pause"),
        *("resume", "set", "take", "make", "create", "add", "delete", "remove", "trash"),
        *("rename", "turn", "shut", "restart", "reboot", "record", "recording", "film"),
        *("mute", "unmute", "raise", "lower", "increase", "decrease", "visit", "go", "browse"),
        *("navigate", "search", "google", "look", "find", "send", "email", "e-mail", "mail"),
        *("screenshot", "screen", "timer", "stopwatch", "alarm"),
        *("countdown", "volume", "sound", "louder", "quieter", "webcam", "camera", "photo"),
        *("picture", "pic", "selfie", "video", "sleep", "hibernate", "suspend", "folder"),
        *("file", "directory", "song", "music", "playlist", "track", "app", "website"),
        *("site", "link", "url", "bring", "pull", "fire", "crank", "bump", "pump", "put"),
        *("get", "show", "switch", "install", "uninstall", "update", "download", "save"),
        *("copy", "move", "both", "same", "another", "next", "also", "then"),
    )
)
# What a comment or a reason starts with: its subject, or the word that makes it a reason.
_ASIDE_OPENERS = frozenset(
    (
        *("i", "i'm", "im", "i've", "ive", "i'd", "it", "it's", "its", "this", "that's"),
        *("thats", "there's", "theres", "we", "we're", "they", "they're", "he", "she", "my"),
        *("our", "everything's", "nothing", "because", "cause", "cuz", "coz", "bc", "since"),
        *("so", "as", "ugh", "argh", "oh", "wow", "finally", "man", "honestly", "seriously"),
    )
)
# A comment about a thing: "the call is over", "meeting is over", "battery's low".
_STATEMENT_VERBS = frozenset(
    ("is", "are", "was", "were", "isn't", "aren't", "wasn't", "keeps", "has", "have", "had")
)
# Words peeled from the front of a clause before it is judged ("and it froze again").
_JOINERS = frozenset(("and", "but", "so", "yeah", "um", "uh", "like", "well", "oh"))


class Aside(Enum):
    SIGN_OFF = "thanks, please, the assistant's name"
    SOCIAL = "a greeting, an interjection or filler"
    COMMENT = "a reason or a comment about the user or the machine"


def aside_kind(text: str, names_a_thing: Callable[[str], bool]) -> Aside | None:
    """What kind of aside the clause is, or ``None`` when it may be a command.

    ``names_a_thing`` says whether words name an application or a site: a clause
    naming one ("firefox too", "I closed spotify") may be a second command.
    """
    words = words_of(text)
    while words and words[0] in _JOINERS and tuple(words) not in _SOCIAL:
        words = words[1:]
    if not words or tuple(words) in _SIGN_OFFS or words in (["milio"], ["thanks", "milio"]):
        return Aside.SIGN_OFF
    if _is_social(words):
        return Aside.SOCIAL
    return Aside.COMMENT if _is_comment(text, words, names_a_thing) else None


def _is_comment(text: str, words: list[str], names_a_thing: Callable[[str], bool]) -> bool:
    if "?" in text or any(word in _DOUBT_WORDS or word in _ACTION_WORDS for word in words):
        return False  # a question, a doubt, or words of a command
    if words[0] in _OPENERS_NOT_ASIDE or " ".join(words[:2]) in _OPENERS_NOT_ASIDE:
        return False
    if words[0] not in _ASIDE_OPENERS and not _STATEMENT_VERBS.intersection(words):
        return False  # a fragment ("and Pepper"), not a statement or a reason
    return not _names_a_thing(words, names_a_thing)


def _is_social(words: list[str]) -> bool:
    if tuple(words) in _SOCIAL:
        return True
    while words and words[0] in _GREETING_WORDS and len(words) > 1:
        words = words[1:]
    if words and words[-1] in _VOCATIVES:
        words = words[:-1]  # "hey milio", "thanks milio"
    return not words or tuple(words) in _SOCIAL


MAX_NAME_WORDS = 3


def _names_a_thing(words: list[str], names_a_thing: Callable[[str], bool]) -> bool:
    return any(
        names_a_thing(" ".join(words[at : at + size]))
        for size in range(1, MAX_NAME_WORDS + 1)
        for at in range(len(words) - size + 1)
    )
