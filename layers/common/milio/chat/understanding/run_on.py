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

from milio.chat.understanding import road

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
        *("didn't", "didnt", "needs", "wants", "died", "crashed", "froze", "broke"),
        *("left", "gets", "got", "started", "starts", "sucks", "hates", "loves", "says"),
        *("said", "went", "goes", "takes", "took", "lags", "lagged", "freezes", "crashes"),
        *("stopped", "stops", "does", "did", "makes"),
    )
)
# Not "me", which a verb takes; and no cut after a word that makes the clause the time
# the command waits for ("open spotify once im done").
_WAITING_FOR = frozenset(
    (
        *("once", "after", "before", "until", "till", "til", "when", "whenever", "while"),
        *("unless", "if", "as", "since", "that", "which", "who", "where", "than"),
    )
)
_NOUN_WORDS = 3  # "my little brother is": the verb comes within the next three words
_MARKS = (",", ".", ";", ":", "!", "?", "…")
# "the" is no opener: "open youtube the video my friend sent", "pause the music".
# Nor "never", "always" a verb: "open youtube my never ending playlist".
_TOKEN = re.compile(r"\S+")
_WORD_CHARS = re.compile(r"\w")
# A run-on message is a chat line: longer ones have their marks, or are the model's.
MAX_WORDS = 24
MIN_WORDS_AFTER = 2  # "i have", "my bad": one word alone is a tail the matcher reads


def may_run_on(text: str) -> bool:
    """A cheap test: whether a word that may open a clause is in ``text`` at all, or
    where a driver is ends it ("vol up driving")."""
    words = text.casefold().split()
    if len(words) > MAX_WORDS:
        return False
    opener = not (_OPENERS.isdisjoint(words) and _BEFORE_A_NOUN.isdisjoint(words))
    return opener or _on_the_move_from(list(_TOKEN.finditer(text))) is not None


MAX_TAIL_WORDS = 4  # "one hand on the wheel"


def _on_the_move_from(tokens: list[re.Match[str]]) -> int | None:
    """Where the last words start when they only say where a driver is (:mod:`.road`):
    "louder pls driving", "pause music driving rn"; after a word, with no mark before."""
    for size in range(1, min(MAX_TAIL_WORDS, len(tokens) - 1) + 1):
        tail = [t.group().casefold().strip(".,!?\"'") for t in tokens[-size:]]
        if road.is_on_the_move(tail) and not tokens[-size - 1].group().endswith(_MARKS):
            return len(tokens) - size
    return None


def cuts(text: str) -> list[int]:
    """Where a clause may start in ``text``: before an opener (or an emoji) that is
    neither its first word nor one of its last ``MIN_WORDS_AFTER - 1``."""
    tokens = list(_TOKEN.finditer(text))
    found: list[int] = []
    for at in range(1, len(tokens) - MIN_WORDS_AFTER + 1):
        token = tokens[at].group()
        word = token.casefold().strip(".,!?\"'")
        before = tokens[at - 1].group()
        if before.casefold() in _WAITING_FOR or before.endswith(_MARKS):
            continue  # a mark cuts there already (:func:`.clauses.clauses_of`)
        if before.casefold() in _OPENERS:
            continue  # "I need": the clause opened a word before
        emoji = not token.isascii() and not _WORD_CHARS.search(token)
        if word in _BEFORE_A_NOUN:
            after = (t.group().casefold() for t in tokens[at + 1 : at + 1 + _NOUN_WORDS])
            if _FINITE_VERBS.isdisjoint(after):
                continue
        elif not (word in _OPENERS or emoji):
            continue
        found.append(tokens[at].start())
    tail = _on_the_move_from(tokens)
    if tail is not None and tokens[tail].start() not in found:
        found.append(tokens[tail].start())  # "vol up driving"
    return found


# Verbs a command opens with, after a comment typed before it without a comma: "my
# boss is calling open zoom", "im bored open netflix".
_COMMAND_VERBS = frozenset(
    (
        *("open", "close", "launch", "start", "quit", "kill", "mute", "pause", "play"),
        *("turn", "set", "take", "restart", "shut", "exit", "unmute", "put", "pull"),
    )
)
# A subject with its "will" or "would" said short: the verb after it is the subject's.
_WILL_OR_WOULD = ("'ll", "’ll", "'d", "’d")
# Words after which a verb goes on the same clause: "i said open zoom", "we need to
# open zoom", "i didnt open zoom", "i told him open zoom".
_VERB_GOES_ON = frozenset(
    (
        *("to", "and", "or", "but", "then", "not", "never", "dont", "don't", "didnt"),
        *("didn't", "doesnt", "doesn't", "can", "cant", "can't", "cannot", "could", "would"),
        *("should", "will", "won't", "wont", "might", "must", "may", "shall", "gonna"),
        *("wanna", "gotta", "said", "say", "says", "told", "tell", "asked", "ask", "you"),
        *("u", "me", "him", "her", "them", "us", "let", "lets", "let's", "please", "pls"),
        *("just", "i", "we", "they", "he", "she", "also", "already", "still", "need"),
        *("needs", "want", "wants", "help", "make", "did", "do", "does", "always", "usually"),
        *("sometimes", "often", "rather", "try", "tried", "trying", "forgot", "remember"),
        *("how", "why", "what", "who", "where", "when", "if", "unless", "once", "after"),
        *("before", "until", "till", "while", "can't", "couldnt", "couldn't", "to"),
        *("wouldnt", "shouldnt", "mustnt", "neednt", "mightnt", "aint", "rather"),
        # a verb that needs what follows it: "my password is open zoom" says what it is
        *("is", "are", "was", "were", "am", "be", "been", "being"),
    )
)
# A negation said short, with its apostrophe: "wouldn't", "mustn’t", "needn't".
_NEGATED = ("n't", "n’t")
# The comment is a clause: a verb in it, or a subject said with one ("im bored").
_SAID_WITH_A_VERB = _FINITE_VERBS | frozenset(
    (
        *("i'm", "im", "i’m", "it's", "its", "it’s", "we're", "they're", "theyre", "am"),
        *("i've", "ive", "everyone's", "everyones"),
    )
)
_GREETINGS = frozenset(
    (
        *("hey", "hi", "hello", "yo", "ok", "okay", "so", "milio", "omg", "ugh", "bro"),
        *("dude", "guys", "lol", "lmao", "man", "welp", "well", "oh", "ah", "oof"),
    )
)


def command_starts(text: str) -> list[int]:
    """Where a command may start after a comment said first with no comma: before a
    verb of a command, when the words before it open with who or what the comment is
    about (a greeting may come first) and their last word leaves no verb to follow."""
    tokens = list(_TOKEN.finditer(text))
    words = [t.group().casefold().strip(".,!?\"'") for t in tokens]
    first = next((at for at, word in enumerate(words) if word not in _GREETINGS), len(words))
    if first == len(words) or not (words[first] in _OPENERS or words[first] in _BEFORE_A_NOUN):
        return []
    if _SAID_WITH_A_VERB.isdisjoint(words[first:]):
        return []  # "my sister open zoom" may tell what she does, or call her
    return [
        tokens[at].start()
        for at in range(first + 2, len(words) - 1)
        if words[at] in _COMMAND_VERBS
        and words[at - 1] not in _VERB_GOES_ON
        and not words[at - 1].endswith(_NEGATED)  # "i wouldn't open steam": no request
        and not words[at - 1].endswith(_WILL_OR_WOULD)  # "she'll open excel": hers
        and not tokens[at - 1].group().endswith(_MARKS)
    ]


# A comment that denies, objects or speaks of an action may take the command back: "open
# spotify we are not allowed", "close chrome she is using it", "open spotify he wants it
# closed". Glued on without a comma, it is the model's.
_TAKES_IT_BACK = frozenset(
    (
        *("not", "no", "cant", "can't", "cannot", "shouldnt", "shouldn't", "wont", "won't"),
        *("dont", "don't", "doesnt", "doesn't", "didnt", "didn't", "isnt", "isn't", "never"),
        *("arent", "aren't", "wasnt", "wasn't", "couldnt", "couldn't", "mustnt", "mustn't"),
        *("nobody", "using", "uses", "use", "open", "opened", "close", "closed", "shut"),
        *("quit", "kill", "killed", "start", "stop", "stopped", "turn", "turned", "allowed"),
        *("wouldnt", "shouldnt", "neednt", "aint"),
    )
)


def may_be_an_aside(comment: str) -> bool:
    """Whether ``comment``, glued to a command without a comma, may be read as an aside:
    it holds no word that denies, objects or speaks of an action."""
    words = [word.strip(".,!?\"'") for word in comment.casefold().split()]
    return _TAKES_IT_BACK.isdisjoint(words) and not any(w.endswith(_NEGATED) for w in words)
