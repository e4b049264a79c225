"""Story sentences that :mod:`.narratives` does not read: a verb after a modal or a negation.

A story told before a command often says what did not happen, or could barely: "my laptop
would not start this morning", "the courier didn't even knock", "I could barely stand up
after", "the airline app won't load". Its verb is bare, after "didn't", "couldn't",
"would not", "could barely" (in the past) or, said of someone or something else, after
"won't", "can't", "doesn't" (in the present). :func:`denied_at` finds that shape and gives
the clause back without its modal, so that :mod:`.asides` judges the rest of it as any
story (nothing that asks, wants, conditions, hedges, reports a saying or stands for a
thing), and :mod:`.matcher` the command beside it (it must name what it acts on itself).

Safety: the verb is no action of the assistant ("I didn't close teams", "I couldn't open
slack" deny or report the command), unless nothing follows it but when it happened ("my
laptop would not start this morning": a thing that failed, no command denied); nor a verb
of saying, thinking, wanting or doing ("didn't say", "didn't want to", "wouldn't do that");
nor a first person's present ("I don't open slack", "I can't close it" may refuse).

Also :func:`is_rhetorical`: a question put to nobody ("can you believe it"), which asks
nothing of the assistant.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from milio.chat.understanding import narratives

# The modal (or "did") and its negation, in the past: "didn't", "could not", "could barely".
_PAST_MODALS = frozenset(("did", "could", "would"))
_PAST_DENIED = frozenset(
    (
        *("didn't", "didnt", "couldn't", "couldnt", "wouldn't", "wouldnt"),
        *("didn’t", "couldn’t", "wouldn’t"),
    )
)
# Said of someone or something else, in the present: "the app won't load".
_PRESENT_MODALS = frozenset(("does", "do", "will", "can"))
_PRESENT_DENIED = frozenset(
    (
        *("won't", "wont", "can't", "cant", "doesn't", "doesnt", "don't", "dont"),
        *("won’t", "can’t", "doesn’t", "don’t", "cannot"),
    )
)
# A perfect denied: "my parcel still hasn't arrived", "I haven't slept in two days".
_PERFECT_MODALS = frozenset(("has", "have", "had"))
_PERFECTS = frozenset(
    ("hasn't", "hasnt", "haven't", "havent", "hadn't", "hadnt", "hasn’t", "haven’t", "hadn’t")
)
# Participles that report, stand for the command or lead to another verb ("hasn't been
# able to", "haven't done it", "hadn't said").
_PERFECTS_NOT_TOLD = frozenset(
    ("been", "done", "had", "got", "gotten", "said", "told", "meant", "thought", "let", "put")
)
# After a modal, what makes it deny or all but deny: "could not", "could barely".
_DENYING = frozenset(("not", "never", "barely", "hardly", "scarcely"))
# Between the modal and its verb: "didn't even knock", "couldn't really sleep".
_BETWEEN = frozenset(("even", "really", "quite", "barely", "hardly", "ever", "just", "actually"))
# Verbs that say, think, want or stand for the command: "didn't say", "wouldn't do that".
_NOT_TOLD = frozenset(
    (
        *("say", "tell", "ask", "write", "type", "mean", "think", "know", "guess", "want"),
        *("need", "have", "get", "let", "do", "make", "expect", "like", "mind", "bother"),
        *("dare", "plan", "try", "remember", "forget", "realise", "realize", "notice"),
        *("agree", "allow", "wish", "hope", "care", "help", "believe", "be", "go"),
        *("seem", "recommend", "suggest", "advise", "use", "touch"),
        # work not yet done: "shut down, I didn't finish my report" objects to the command
        *("finish", "complete", "save", "end", "submit", "upload", "download", "sync"),
        *("send", "install", "update", "back", "wrap", "close", "stop"),
    )
)
# After a verb of the vocabulary with nothing it acts on: the story's own words of when.
_STILL_TOLD = frozenset(("again", "properly", "at", "all", "anymore", "today", "either"))
_FIRST_PERSONS = frozenset(("i", "we", "i've", "ive", "we've", "i'm", "im", "we're"))


def denied_at(
    words: list[str],
    names_a_thing: Callable[[str], bool],
    is_action_word: Callable[[str], bool],
) -> tuple[list[str], narratives.Told] | None:
    """The clause without its modal and where its subject and verb are, when it tells
    what did not happen ("the courier didn't even knock" -> "the courier knock", the verb
    at 2, in the past), or ``None``."""
    start = narratives.opening_time_end(words)
    subject = _subject_end(words, start, names_a_thing)
    if subject is None:
        return None
    modal = _after_adverbs(words, subject)  # "I almost didn't", "the baby just would not"
    verb, past = _verb_after_a_modal(words, modal)
    # not "I don't open slack", "I can't close it": a first person's present may refuse
    if verb is None or verb >= len(words) or (not past and words[start] in _FIRST_PERSONS):
        return None
    said, rest = words[verb], words[verb + 1 :]
    perfect = words[modal] in _PERFECTS  # "hasn't arrived": said in a past participle
    if not said.isalpha() or (narratives.is_a_past(said) != perfect) or said.endswith("ing"):
        return None
    stems = _stems(said) if perfect else {said}
    if said in _PERFECTS_NOT_TOLD or not _NOT_TOLD.isdisjoint(stems) or said.endswith("s"):
        return None
    # not "didn't have to", "couldn't wait to", "hasn't been able to open slack"; not
    # "I didn't close teams": the command denied
    to_act = any(word == "to" and is_action_word(then) for word, then in pairwise(rest))
    if rest[:1] == ["to"] or to_act or (any(map(is_action_word, stems)) and not _said_alone(rest)):
        return None
    told = [*words[:modal], *words[verb:]]
    over = past and (start > 0 or narratives.is_over(words))
    return told, narratives.Told(start, modal, past=past, over=over)


def _subject_end(words: list[str], start: int, names_a_thing: Callable[[str], bool]) -> int | None:
    """After the subject opening ``words[start:]``: a person or a named thing as
    :mod:`.narratives` reads them, or "my laptop", "the courier" up to a modal."""
    if start >= len(words) or not narratives.is_a_determiner(words[start]):
        return narratives.subject_end(words, start, names_a_thing)
    last = min(start + 2 + narratives.MAX_SUBJECT_WORDS, len(words))
    for at in range(start + 2, last):  # the noun is one word at least
        if _verb_after_a_modal(words, _after_adverbs(words, at))[0] is not None:
            return at
    return None


def _after_adverbs(words: list[str], at: int) -> int:
    while at < len(words) - 1 and narratives.is_an_adverb(words[at]):
        at += 1
    return at


def _verb_after_a_modal(words: list[str], at: int) -> tuple[int | None, bool]:
    """Where the verb after the modal at ``at`` is, and whether it is in the past."""
    if at >= len(words):
        return None, False
    word = words[at]
    after = at + 1
    if word in _PAST_DENIED or word in _PRESENT_DENIED:
        past = word in _PAST_DENIED
    elif word in _PAST_MODALS and after < len(words) and words[after] in _DENYING:
        past, after = True, after + 1
    elif word in _PERFECTS:
        past = True
    elif word in _PERFECT_MODALS and after < len(words) and words[after] == "not":
        past, after = True, after + 1
    elif word in _PRESENT_MODALS and after < len(words) and words[after] == "not":
        past, after = False, after + 1
    else:
        return None, False
    while after < len(words) - 1 and words[after] in _BETWEEN:
        after += 1
    return after, past


def _stems(said: str) -> set[str]:
    """ "closed" -> "close", "finished" -> "finish", "stopped" -> "stop": the forms a
    participle in "-ed" may come from, to be judged as its verb is."""
    if not said.endswith("ed"):
        return {said}
    return {said, said[:-1], said[:-2], said[:-3]}


def _said_alone(rest: list[str]) -> bool:
    """Whether a verb of the vocabulary acts on nothing: only when it happened follows
    ("would not start this morning", "won't load again")."""
    times = rest[narratives.opening_time_end(rest) :] if rest else []
    return all(word in _STILL_TOLD for word in times)


# Questions put to nobody: "can you believe it", "would you believe that".
_RHETORICAL = frozenset(
    (
        *(
            (modal, "you", "believe", it)
            for modal in ("can", "could", "would", "cant", "can't")
            for it in ("it", "that", "this")
        ),
        ("believe", "it", "or", "not"),
        ("go", "figure"),
        ("i", "kid", "you", "not"),
    )
)


def is_rhetorical(words: list[str]) -> bool:
    """ "can you believe it", "believe it or not", "go figure": said of the story, not asked."""
    return tuple(words) in _RHETORICAL


# Work the command could cut short when it is not done: "I haven't saved my work"; not
# a machine that fails ("the printer won't print", "the page won't load"): a reason.
_UNDONE = frozenset(
    (
        *("finish", "complete", "save", "submit", "upload", "download", "sync", "send"),
        *("install", "update", "back", "wrap", "end", "render", "export"),
    )
)
_DENIALS = frozenset(
    (*_PAST_DENIED, *_PRESENT_DENIED, *_PERFECTS, "not", "never", "isn't", "wasn't", "aren't")
)
MAX_WORDS_TO_ITS_VERB = 3  # "haven't even quite finished"


def not_done(words: list[str]) -> bool:
    """Whether the clause says some work is not done ("I haven't finished my report",
    "my download didn't complete", "the file is not saved"): beside a command that
    closes or shuts down, an objection, not a reason."""
    for at, word in enumerate(words):
        if word not in _DENIALS:
            continue
        for said in words[at + 1 : at + 1 + MAX_WORDS_TO_ITS_VERB]:
            if not _UNDONE.isdisjoint(_stems(said) | {said.removesuffix("d")}):
                return True
    return False
