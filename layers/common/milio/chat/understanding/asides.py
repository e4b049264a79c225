"""Which clauses of a message are asides, and which may be the command.

:func:`aside_kind` says whether a clause is plainly not a command, and which
kind of aside it is: a sign-off, a greeting, a reason or a comment about the
user or the machine. Anything else (a
second command, a bare name, a negation, a question, a condition, a time, a
hedge, a report of what someone said) is not an aside, and the matcher then
leaves the whole message to the model: precision first.

:func:`aside_kinds` judges a message's clauses together: words that go on a statement,
a name signed after a sign-off, what someone said that a sentence end closes, a time
or a hedge of a story. The parts it stands on: :mod:`.social` (sign-offs, greetings),
:mod:`.comments` (comments), :mod:`.stories` (stories told),
:mod:`.word_readings` and :mod:`.command_words`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from milio.chat.understanding import (
    command_words,
    denials,
    frames,
    narratives,
    per_message,
    rambles,
    remarks,
    road,
    scenes,
    shift_talk,
    social,
    statements,
    wake_words,
)
from milio.chat.understanding.clauses import Aside, Clause, words_of
from milio.chat.understanding.command_words import (
    DOTTED,
    MODIFIERS,
    action_words,
    an_action_said,
    is_an_action_word,
    may_match_a_template,
)
from milio.chat.understanding.comments import (
    SAID_OF_A_SCORE,
    SCORE,
    SECOND_PERSON,
    comment_kind,
)
from milio.chat.understanding.durations import is_a_trailing_fraction
from milio.chat.understanding.number_words import parse_number
from milio.chat.understanding.stories import PEOPLE, goes_on_telling, says_more_of_it, tells_only
from milio.chat.understanding.stretched import read_as
from milio.chat.understanding.word_readings import (
    ASKED_WHOM,
    OWNERS,
    THE_COMMAND,
    may_be_part_of_a_command,
    measures_a_thing,
)

# Words peeled from the front of a clause before it is judged ("and it froze again").
_JOINERS = frozenset(
    (
        *("and", "but", "so", "yeah", "um", "uh", "like", "well", "oh", "basically"),
        *("anyway", "anyways", "ok", "okay", "honestly", "literally"),
    )
)
# Exclaimed before a statement, peeled when words follow: "omg exam in 2h", "ugh my boss
# is calling"; alone, each is judged as it is ("Oof." is a remark).
_EXCLAIMED = frozenset(
    (
        *("omg", "ugh", "ahh", "ah", "shit", "crap", "damn", "welp", "jeez", "geez", "ffs"),
        *("yikes", "oof", "fml", "lol", "wow", "man", "dude", "bro", "bruh", "sigh"),
    )
)


_KINDS = rambles.Kinds(Aside.COMMENT, Aside.NARRATIVE, Aside.FRAGMENT, Aside.SOCIAL)


def sets_the_scene(text: str) -> bool:
    """Whether a fragment (:attr:`Aside.FRAGMENT`) sets a scene: no word of a template,
    no question, and the shape of :func:`scenes.is_a_scene`."""
    words = words_of(text)
    if len(words) > 1 and words[0] == "just":  # "Just back from break"
        words = words[1:]
    if len(words) > 3 and measures_a_thing(words, 0):  # "12 hour shift done": how long
        words = words[2:]
    said = words[:-1] if words[-1:] == ["again"] else words  # "Lunch break again"
    if "?" not in text and len(said) == 2 and said[1] == "time":  # "Break time!": now
        return scenes.is_a_time_of(said[0])
    if "?" not in text and scenes.is_time_to(said):  # "Time to celebrate": what comes now
        plain = not any(word in MODIFIERS or parse_number(word) for word in said[2:])
        return plain and not may_match_a_template(" ".join(said[2:]))
    score = SCORE.match(text)
    if score and "?" not in text:  # "2-1 up", "3-0 down at halftime"
        return tuple(words_of(text[score.end() :])) in SAID_OF_A_SCORE
    # "Meeting!! open zoom", "call over"; "gloves on", "dough on my hands", "stirring the risotto",
    # "baby sleeping": a fragment holds no word of an action ("all", "over" are no command)
    now = scenes.is_an_event_come(said) or scenes.is_an_event_over(said)
    now = now or scenes.has_hands_busy(said) or _busy_doing(said)
    now = now or _in_a_state(said) or _someone_here(said)
    now = now or shift_talk.is_stamped_scene(text, sets_the_scene, _EXCLAIMED)  # "3am on the ward"
    if "?" not in text and now:
        return True
    if "?" in text or may_match_a_template(" ".join(scenes.without_work_words(said))):
        return False
    return scenes.is_a_scene(said) or scenes.is_done(said)


def is_the_moment(text: str) -> bool:
    """Whether ``text`` says only what the moment is, now, said short: "movie time",
    "Meeting!", "the call"; after a command, the reason for it, never when it is for (no
    time, no question: "meeting at 3", "meeting?")."""
    words = words_of(text)
    if "?" in text:
        return False
    if len(words) == 2 and words[1] == "time":
        return scenes.is_a_time_of(words[0])
    return scenes.is_an_event_come(words) or _someone_here(words)


# Where someone is, said short after who: "boss here", "mom behind me", "teacher coming".
_HERE = frozenset(
    (("here",), ("is", "here"), ("around",), ("coming",), ("incoming",), ("behind", "me"))
)


def _someone_here(words: list[str]) -> bool:
    """Whether ``words`` only say someone is here or on the way, now: "boss here", "my
    mum behind me"; no time ("boss here at 3"), no "not"."""
    said = words[1:] if words[:1] and words[0] in OWNERS else words
    return len(said) >= 2 and said[0] in PEOPLE and tuple(said[1:]) in _HERE


def _in_a_state(words: list[str]) -> bool:
    """ "pt in room 12 finally asleep", "warehouse floor quiet rn": a state said short, its
    "is" left out (:func:`scenes.subject_of_a_state`), of a subject no template holds."""
    subject = scenes.subject_of_a_state(words)
    return subject is not None and not may_match_a_template(" ".join(subject))


def _busy_doing(words: list[str]) -> bool:
    """What the user or someone by them is busy with (:func:`scenes.busy_doing_at`): the
    "-ing" no verb of a command ("recording the screen", "closing chrome"), but after a
    noun one a statement takes ("baby sleeping", "mtg running over", "kick" in "kicking
    in"); a fragment (:attr:`Aside.FRAGMENT`) holds no other word of an action."""
    at = scenes.busy_doing_at(words)
    if at is None:
        return False
    return not an_action_said(words[at]) or (at == 1 and words[at] in _STATE_ING)


# After a noun, the "-ing" of a state, not of a request: "baby sleeping", "coffee kicking in".
_STATE_ING = frozenset(("sleeping", "running", "kicking", "listening", "counting", "timing"))


def aside_kinds(
    clauses: list[Clause], names_a_thing: Callable[[str], bool], message: str | None = None
) -> list[Aside | None]:
    """:func:`aside_kind` of each clause; a name signed after a sign-off is one too
    ("Kind regards, Margaret"), and so are words that go on a statement ("my brother
    used my laptop, and left a bunch of stuff running") or a remark ("tired and
    hungry", "Ugh, Mondays"), and, given the ``message`` the clauses are cut from, what
    someone said that a sentence end closes (:func:`_reports_told`)."""
    kinds = [aside_kind(clause.text, names_a_thing) for clause in clauses]
    _on_the_move(message, clauses, kinds)
    _reports_told(message, clauses, kinds, names_a_thing)
    for at in range(1, len(kinds)):
        after_a_statement = kinds[at - 1] in (Aside.COMMENT, Aside.NARRATIVE)
        text, unknown = clauses[at].text, kinds[at] is None
        if after_a_statement and unknown and _goes_on(text, names_a_thing):
            kinds[at] = Aside.COMMENT
        elif after_a_statement and kinds[at] in _UNTOLD and goes_on_telling(text):
            kinds[at] = Aside.NARRATIVE  # "and installed five games on it", "made breakfast"
        elif after_a_statement and kinds[at] in _UNTOLD and _lists_on(text, names_a_thing):
            kinds[at] = Aside.COMMENT  # "we had tea, and cake"
        elif after_a_statement and unknown and _since_a_time(words_of(text)):
            kinds[at] = Aside.COMMENT  # "the dog has been barking, since 6am"
        elif after_a_statement and unknown and _part_of_its_time(clauses[at - 1], text):
            kinds[at] = kinds[at - 1]  # "the dough has to rise for an hour, and a half"
        elif after_a_statement and _more_of_it(message, clauses, kinds, at, names_a_thing):
            kinds[at] = kinds[at - 1]  # "the guest's mic was awful, lots of hiss."
        elif unknown and kinds[at - 1] is Aside.REMARK:
            words = words_of(text)  # "Tired and hungry"
            if words[:1] == ["and"] and _is_a_remark(words[1:], names_a_thing):
                kinds[at] = Aside.REMARK
        elif kinds[at] is Aside.FRAGMENT and remarks.is_a_complaint(
            words_of(clauses[at - 1].text), words_of(text)
        ):
            kinds[at] = Aside.REMARK  # "Ugh, Mondays."
        elif kinds[at] is Aside.NARRATIVE and not after_a_statement and _joins(clauses[at]):
            kinds[at] = None  # "open spotify and I closed discord": joined to a command
    if kinds[:1] == [Aside.NARRATIVE] and _joins(clauses[0]):
        kinds[0] = None
    _told_on_after_then(clauses, kinds, names_a_thing)
    _hedged_statements(clauses, kinds, names_a_thing)
    _past_times(clauses, kinds, names_a_thing)
    _purpose_asked(clauses, kinds, names_a_thing)
    _unsure_before_a_command(clauses, kinds)
    _own_plan_after_a_command(clauses, kinds, names_a_thing)
    _not_needed_after_a_removal(clauses, kinds)
    _relative_clauses(message, clauses, kinds, names_a_thing)
    _signed(clauses, kinds, names_a_thing)
    rambles.read_on(clauses, kinds, _KINDS, words_of, lambda text: aside_kind(text, names_a_thing))
    return kinds


def _own_plan_after_a_command(
    clauses: list[Clause], kinds: list[Aside | None], names_a_thing: Callable[[str], bool]
) -> None:
    """After a clause that may be the command, what the user will do next with their own
    verb ("delete it. I'll start over", "and we'll fill it in later I guess"): a comment
    (:func:`_plans_own_work`). Before the command it may say whose doing it is."""
    for at in range(1, len(clauses)):
        if kinds[at] is not None or None not in kinds[:at] or "?" in clauses[at].text:
            continue
        words = words_of(clauses[at].text)
        if words[:1] and words[0] in _JOINING_ON:
            words = words[1:]
        if _plans_own_work(words) and not command_words.holds_a_name(words, names_a_thing):
            kinds[at] = Aside.COMMENT


# Commands that take a thing away: after one, "I don't need it" is why.
_REMOVALS = frozenset(
    ("close", "quit", "exit", "kill", "delete", "remove", "trash", "pause", "mute", "stop")
)
_FOR_NOW = ("", " anymore", " any more", " any longer", " right now", " now", " for now")
_FOR_THE_TIME = (*_FOR_NOW, " at the moment", " today", " for this session", " for the meeting")
_NOT_NEEDED = frozenset(
    (
        *(
            tuple(f"{i} {do_not} {need} {it}{now}".split())
            for i in ("i", "we")
            for do_not in ("don't", "dont", "do not")
            for need in ("need", "want", "use")
            for it in ("it", "that", "this", "them")
            for now in (*_FOR_THE_TIME,)
        ),
        # "it is no longer needed", "that's not necessary": the thing, or the command itself
        *(
            tuple(f"{it_is} {no} {needed}{now}".split())
            for it_is in (
                *("it is", "it's", "its", "that is", "that's", "thats", "this is", "they are"),
                *("they're", "it was"),
            )
            for no in ("not", "no longer", "not really")
            for needed in ("needed", "necessary", "required", "in use", "used")
            for now in _FOR_THE_TIME
        ),
        *(
            tuple(f"{it} {isnt} {needed}{now}".split())
            for it, isnt in (("it", "isn't"), ("it", "isnt"), ("that", "isn't"), ("they", "aren't"))
            for needed in ("needed", "necessary", "required", "in use", "used")
            for now in _FOR_THE_TIME
        ),
    )
)


def _not_needed_after_a_removal(clauses: list[Clause], kinds: list[Aside | None]) -> None:
    """ "close discord, I don't need it right now", "delete the folder X. It is no longer
    needed": right after a command that takes a thing away, the user's reason; after any
    other ("open discord, I don't need it", "take a screenshot, it's not needed") it may
    take the command back, so it may be no aside."""
    for at in range(1, len(clauses)):
        words = words_of(clauses[at].text)
        if words[:1] and words[0] in _JOINING_ON:
            words = words[1:]
        if tuple(words) not in _NOT_NEEDED:
            continue
        said = words_of(clauses[at - 1].text)
        removal = next((word for word in said if word in action_words()), None) in _REMOVALS
        if removal and kinds[at - 1] is None and "?" not in clauses[at].text:
            kinds[at] = Aside.COMMENT
        else:
            kinds[at] = None


_WILL_DO = frozenset(("i'll", "ill", "we'll", "i’ll", "we’ll"))
# Verbs that may stand for the command itself ("I'll do it later", "I'll wait"): no plan.
_DOING_THE_COMMAND = frozenset(
    (
        *("do", "handle", "deal", "sort", "take", "get", "need", "want", "try", "wait"),
        *("let", "be", "have", "keep", "leave", "see", "check", "go", "come", "make"),
    )
)
# Words of the plan's own time or hedge: "we'll fill it in later I guess".
_OF_A_PLAN = frozenset(
    (
        *("later", "afterwards", "then", "guess", "think", "probably"),
        *("myself", "ourselves", "again", "over", "just"),
    )
)
_STARTED_OVER = frozenset(("over", "again", "fresh"))


def _plans_own_work(words: list[str]) -> bool:
    """ "I'll start over", "we'll fill it in later I guess", "I'll make tea": after "I'll"
    or "we'll", a verb no action of the assistant ("start" only before "over" or
    "again"), then no word that may bear on a command but the plan's own time or hedge
    (not "I'll open spotify later", "I'll do it myself", "I'll start it later")."""
    if len(words) < 2 or words[0] not in _WILL_DO:
        return False
    at = 1 + (words[1] in ("just", "probably", "then"))
    verb = words[at] if at < len(words) else ""
    after = words[at + 1] if at + 1 < len(words) else ""
    started = verb == "start" and after in _STARTED_OVER
    if not verb.isalpha() or verb in _DOING_THE_COMMAND or verb in MODIFIERS:
        return False
    if is_an_action_word(verb) and not started:
        return False
    rest = words[at + 1 :]
    if not SECOND_PERSON.isdisjoint(rest):
        return False
    return all(
        word in _OF_A_PLAN or not may_be_part_of_a_command(word, words, i)
        for i, word in enumerate(rest, start=at + 1)
    )


def _relative_clauses(
    message: str | None,
    clauses: list[Clause],
    kinds: list[Aside | None],
    names_a_thing: Callable[[str], bool],
) -> None:
    """Takes "which" and its verb right after a clause of the same sentence ("my coffee,
    which is already cold by the way") as the statement it is about the thing before it,
    judged as any statement, after a statement only (after a command, "which is better"
    may ask); not a question ("which is better?", or after a sentence end: "Which one is
    it"), nor a clause that holds what a command could take."""
    if message is None:
        return
    for at in range(1, len(clauses)):
        clause = clauses[at]
        words = words_of(clause.text)
        told = kinds[at - 1] in (Aside.COMMENT, Aside.NARRATIVE)  # not of the command's name
        if not told or kinds[at] is not None or words[:1] != ["which"] or "?" in clause.text:
            continue
        between = message[clauses[at - 1].end : clause.start]
        if clause.asked_in(message) or _CLOSES.search(between) or statements.verb_at(words) != 1:
            continue  # "which" with its verb right after it is the subject of its clause
        kind = comment_kind(clause.text, words, names_a_thing, relative=True)
        kinds[at] = kind if kind in (Aside.COMMENT, Aside.NARRATIVE) else None


# Said before a signed name: "Yours faithfully, Mrs P. Jenkins".
_TITLES = frozenset(("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "rev"))


def _signed(
    clauses: list[Clause], kinds: list[Aside | None], names_a_thing: Callable[[str], bool]
) -> None:
    """The name signed after a sign-off ("Kind regards, Margaret"), cut at its initials'
    dots or not ("Regards, J. Patel"): one or two clauses of capitalised words, two in all."""
    for size in (1, 2):
        at = len(kinds) - size
        if at < 1 or kinds[at - 1] is not Aside.SIGN_OFF:
            continue
        if any(kind not in (None, Aside.FRAGMENT) for kind in kinds[at:]):
            return
        signed = " ".join(clause.text for clause in clauses[at:]).rstrip(".!")
        words = signed.split()
        if len(words) > 1 and words[0].casefold().rstrip(".") in _TITLES:
            words = words[1:]  # "Mrs P. Jenkins", "Dr. Anna Smith"
        if 1 <= len(words) <= 2 and all(w[:1].isupper() and w.rstrip(".").isalpha() for w in words):
            named = command_words.holds_a_name(words_of(signed), names_a_thing)
            kinds[at:] = [None if named else Aside.SIGN_OFF] * size
        return


def _on_the_move(message: str | None, clauses: list[Clause], kinds: list[Aside | None]) -> None:
    """A fragment that says where a driver is ("driving, vol up", "parked. screenshot")
    or how the sound is ("turn it down, too loud") is a comment: why the message is
    short (:mod:`.road`), or the command's reason; not when asked ("parked? ...")."""
    if message is None:
        return
    for at, clause in enumerate(clauses):
        asked = "?" in clause.text or clause.asked_in(message)
        words = words_of(clause.text)
        why = road.is_on_the_move(words) or road.is_too_loud_or_quiet(words)
        if kinds[at] in _UNTOLD and not asked and why:
            kinds[at] = Aside.COMMENT


# Not sure it will work ("idk", "not sure", "worth a try"): said before a command, it
# hedges how it will go, not whether to do it; said after one, it hedges the command.
_UNSURE = frozenset(tuple(words_of(said)) for said in frames.UNSURE_OF_A_CLAUSE)


def _unsure_before_a_command(clauses: list[Clause], kinds: list[Aside | None]) -> None:
    """Takes "not sure", "idk" as an aside right before a clause that may be the command
    ("not sure, but open zoom"); not after it ("open zoom, idk")."""
    for at in range(len(kinds) - 1):
        if kinds[at + 1] is not None or kinds[at] not in _UNTOLD:
            continue
        if _is_unsure(clauses[at].text) and not _a_state_said(clauses[at + 1].text):
            kinds[at] = Aside.SOCIAL


# Words a thing's state is said with after it: "spotify open", "discord off"; and the
# verbs that put a thing in one ("turn it off", "get spotify open").
_STATES_SAID_LAST = frozenset(("open", "opened", "closed", "on", "off", "running"))
_VERBS_OF_A_STATE = frozenset(
    (
        *("turn", "switch", "put", "get", "keep", "leave", "make", "set", "have", "shut"),
        *("power", "bring", "pop", "flip", "open", "close", "start", "kill", "quit", "log"),
    )
)


def _a_state_said(text: str) -> bool:
    """Whether a clause is a thing and then its state ("spotify open"): after "I don't
    know," a guess at the state as much as a terse command."""
    words = words_of(text)
    return len(words) >= 2 and words[-1] in _STATES_SAID_LAST and words[0] not in _VERBS_OF_A_STATE


def _is_unsure(text: str) -> bool:
    words = words_of(text)
    while words and words[0] in _JOINERS:
        words = words[1:]
    return tuple(words) in _UNSURE


_THEN = re.compile(r"then\b[\s,]*", re.IGNORECASE)


# Words that say when, before a clause: with a past, the time of the story ("when I
# got home"); with a present, a condition on the command ("when I get home").
_TIME_OPENERS = tuple(
    tuple(said.split())
    for said in (
        *("as soon as", "by the time", "the moment", "the minute", "the second", "just as"),
        *("right after", "just after", "when", "once", "after", "before", "while", "as"),
        *("whenever", "until", "till"),
    )
)


_OPENS_WITH_A_TIME = re.compile(
    r"(?:as|by the time|the (?:moment|minute|second)|just|right|when|whenever|once|after|before"
    r"|while|until|till)\b",
    re.IGNORECASE,
)


def _past_times(
    clauses: list[Clause], kinds: list[Aside | None], names_a_thing: Callable[[str], bool]
) -> None:
    """Takes a time said in the past, with the story it is the time of, as part of that
    story: "When I got home the door was open", "As soon as I sat down, the phone rang".
    The story must be there, in the clause (a second past) or in the one after it: alone
    before a command it may be a condition said in the wrong tense ("when I got home,
    open spotify")."""
    for at, clause in enumerate(clauses):
        if kinds[at] is not None or not _OPENS_WITH_A_TIME.match(clause.text):
            continue  # matched first: most clauses open otherwise
        words = words_of(clause.text)
        opener = next((o for o in _TIME_OPENERS if tuple(words[: len(o)]) == o), None)
        if opener is None:
            continue
        rest = words[len(opener) :]
        told = narratives.told_at(rest, names_a_thing) if len(rest) > 1 else None
        if told is None or not told.past:
            continue
        pasts = sum(1 for word in rest[told.verb :] if narratives.is_a_past(word))
        main = kinds[at + 1] if at + 1 < len(kinds) else None
        if pasts < 2 and main not in (Aside.COMMENT, Aside.NARRATIVE):
            continue
        kind = aside_kind(" ".join(rest), names_a_thing)
        kinds[at] = kind if kind in (Aside.COMMENT, Aside.NARRATIVE) else None


# "so I can relax?", "so I remember to take a break?", "so the kids can sleep?": what
# the request is for, its question mark the request's.
_PURPOSE_ASKED = re.compile(
    r"so\s+(?:that\s+)?(?:i|we|he|she|they|(?:my|the|our)\s+\w+)\s+[^?]+\?+$", re.IGNORECASE
)


def _purpose_asked(
    clauses: list[Clause], kinds: list[Aside | None], names_a_thing: Callable[[str], bool]
) -> None:
    """Takes "so I can relax?" ending a message, right after what may be the command, as
    the statement it is without the question mark: "Could you open spotify so I can
    relax?" asks for spotify, and why. Not a purpose that a command may serve ("so I can
    open it?"): the statement holds nothing a command could take."""
    last = len(clauses) - 1
    if last < 1 or kinds[last] is not None or kinds[last - 1] is not None:
        return
    text = clauses[last].text
    if not _PURPOSE_ASKED.match(text):
        return
    kind = aside_kind(text.rstrip("?"), names_a_thing)
    kinds[last] = Aside.COMMENT if kind is Aside.COMMENT else None


# A hedge said after a statement, of the statement: "it went well I think".
_HEDGE_AFTER = re.compile(r"[\s,]+i\s+(?:think|guess|reckon|suppose)[\s.!…]*$", re.IGNORECASE)


def _hedged_statements(
    clauses: list[Clause], kinds: list[Aside | None], names_a_thing: Callable[[str], bool]
) -> None:
    """Takes a statement or a story with "I think" after it as what it is without: "and
    it went well I think". After anything else the hedge may be the command's ("open
    zoom I think")."""
    for at, clause in enumerate(clauses):
        if kinds[at] is not None:
            continue
        said = clause.text.rstrip(" .!…")[-7:].casefold()
        hedged = said.endswith(("think", "guess", "reckon", "suppose"))
        hedge = _HEDGE_AFTER.search(clause.text) if hedged else None
        if hedge is None or not hedge.start():
            continue
        kind = aside_kind(clause.text[: hedge.start()], names_a_thing)
        kinds[at] = kind if kind in (Aside.COMMENT, Aside.NARRATIVE) else None


def _told_on_after_then(
    clauses: list[Clause], kinds: list[Aside | None], names_a_thing: Callable[[str], bool]
) -> None:
    """Takes "then" and a story's subject and past after a statement as the story going
    on (:func:`_then_told`): "He cried at first, but then he loved it"."""
    for at in range(1, len(kinds)):
        if kinds[at] is None and clauses[at].text[:4].casefold() == "then":
            kinds[at] = _then_told(clauses, kinds, at, names_a_thing)


def _then_told(
    clauses: list[Clause], kinds: list[Aside | None], at: int, names_a_thing: Callable[[str], bool]
) -> Aside | None:
    """ "He cried at first, but then he loved it", "Then it came back", "and then blamed
    me": after a statement (a bare "but" or "and" may come between), "then" and a past,
    with its subject (:func:`narratives.told_at`) or the statement's
    (:func:`.stories.goes_on_telling`), go on with the story. A command after "then" has no
    subject and no past ("then open spotify", "then set a timer")."""
    text = clauses[at].text
    words = words_of(text)
    if len(words) < 2 or words[0] != "then":
        return None
    before = at - 1
    while before > 0 and _JOINERS.issuperset(words_of(clauses[before].text)):
        before -= 1  # "... at first, but then ...": "but" is cut off alone
    if kinds[before] not in (Aside.COMMENT, Aside.NARRATIVE):
        return None
    if goes_on_telling(text):
        return Aside.NARRATIVE
    told = narratives.told_at(words[1:], names_a_thing)
    # "it" is no story's subject there: "then it came back"
    it_did = words[1] == "it" and len(words) > 2 and narratives.is_a_past(words[2])
    if (told is None or not told.past) and not it_did:
        return None
    then = _THEN.match(text)
    kind = aside_kind(text[then.end() :] if then else text, names_a_thing)
    return kind if kind in (Aside.COMMENT, Aside.NARRATIVE) else None


def _lists_on(text: str, names_a_thing: Callable[[str], bool]) -> bool:
    """ "we had tea, and cake", "the pancakes were burnt but sweet", "he worked so hard":
    after a statement, "and", "but" or "so" before words with nothing a command could
    take and no verb, one more thing of the statement's."""
    words = words_of(text)
    if len(words) < 2 or words[0] not in ("and", "but", "so") or may_match_a_template(text):
        return False  # "and vol down pls" may be the command in words it does not know
    return comment_kind(text, words[1:], names_a_thing) is Aside.FRAGMENT


_UNTOLD = (None, Aside.FRAGMENT)


def _part_of_its_time(statement: Clause, text: str) -> bool:
    """ "and a half" after a statement that ends on a time ("rise for an hour"): the
    rest of that time, cut from it."""
    said = words_of(statement.text)
    return bool(said) and statements.is_a_time(said[-1]) and is_a_trailing_fraction(words_of(text))


MAX_MORE_WORDS = 5


def _more_of_it(
    message: str | None,
    clauses: list[Clause],
    kinds: list[Aside | None],
    at: int,
    names_a_thing: Callable[[str], bool],
) -> bool:
    """Whether the fragment at ``at``, after a statement, says more of it ("the guest's
    mic was awful, lots of hiss.", "I'm a translator, new client from Lyon, lots of
    documents coming in"): short, with nothing a story may not hold
    (:func:`.stories.says_more_of_it`), no name and no word of an action, and a sentence
    end or another statement right after it, never the command ("all my work, open
    word")."""
    text = clauses[at].text
    words = words_of(text)
    if kinds[at] is not Aside.FRAGMENT or message is None or len(words) > MAX_MORE_WORDS:
        return False
    ended = message[clauses[at].end :].lstrip(" )").startswith((".", "!", "…"))
    stated = at + 1 < len(kinds) and kinds[at + 1] in (Aside.COMMENT, Aside.NARRATIVE)
    if not (ended or stated) or any(an_action_said(word) for word in words):
        return False
    if command_words.holds_a_name(words, names_a_thing) or may_match_a_template(text):
        return False
    return says_more_of_it(text, words)


def _since_a_time(words: list[str]) -> bool:
    """ "since 6am", "since this morning", "since lunch": after a statement, the time it
    has gone on from, past, so no time for the command ("since I'm bored" is a reason)."""
    if words[:1] != ["since"] or not 2 <= len(words) <= MAX_SINCE_WORDS:
        return False
    rest = words[1:]
    if narratives.opening_time_end(rest) == len(rest) or tuple(rest) in _SINCE_WHEN:
        return True
    clock = rest[0][:1].isdigit() and (rest[0][-2:] in ("am", "pm") or rest[1:] in _AM_PM)
    return clock and len(rest) <= 2  # "since 6am", "since 6 am"


MAX_SINCE_WORDS = 4
_AM_PM = (["am"], ["pm"], ["o'clock"])
_SINCE_WHEN = frozenset(
    (
        *(("noon",), ("midnight",), ("dawn",), ("lunch",), ("breakfast",), ("forever",)),
        *(("lunchtime",), ("then",), ("last", "night"), ("school",), ("work",)),
    )
)


def _joins(clause: Clause) -> bool:
    return words_of(clause.text)[0] in _JOINING_ON


def _goes_on(text: str, names_a_thing: Callable[[str], bool]) -> bool:
    """ "and left a bunch of stuff running": after "and" or "but", words with nothing a
    command could take and no subject, the rest of the statement before them."""
    words = words_of(text)
    if len(words) < 2 or words[0] not in ("and", "but"):
        return False
    if not statements.goes_on_a_subject(words[1:]):
        return False  # "and vol down pls" may be the command in words it does not know
    return comment_kind(text, words[1:], names_a_thing) is Aside.FRAGMENT


@per_message.remembered  # a long message's readings judge the same clauses
def aside_kind(text: str, names_a_thing: Callable[[str], bool]) -> Aside | None:
    """What kind of aside the clause is, or ``None`` when it may be a command.

    ``names_a_thing`` says whether words name an application or a site: a clause
    naming one ("firefox too", "I closed spotify") may be a second command.
    """
    words = [read_as(word, social.SOCIAL_WORDS) for word in words_of(text)]
    if wake_words.is_address(words):  # "ok google", "jarvis"; not "and alexa"
        return Aside.SOCIAL
    joined = bool(words) and words[0] in _JOINING_ON
    while words and words[0] in _JOINERS and tuple(words) not in social.SOCIAL:
        words = words[1:]
    while len(words) > 1 and words[0] in _EXCLAIMED and tuple(words) not in social.SOCIAL:
        words = words[1:]
    if len(words) > 1 and words[0] == "just" and _just_then(words[1:]):
        words = words[1:]  # "just got back from lunch": no "just open it"
    words = _said_frankly_or_now(words)
    words = _subject_put_back(words)
    words = rambles.without_marker(words)  # "the thing is my laptop is slow"
    framed = [word if word in social.SOCIAL_WORDS else social.framed(word) for word in words]
    if not words or social.is_sign_off(framed):
        return Aside.SIGN_OFF
    if social.is_social(framed) or rambles.is_a_marker(words) or denials.is_rhetorical(words):
        return Aside.SOCIAL  # "okay um where was I", "can you believe it"
    if not joined and "?" not in text and _is_a_remark(words, names_a_thing):
        return Aside.REMARK
    # "open spotify, I changed my mind", "delete it, I'll do it myself": may take it back
    said = " ".join(words)
    changed_mind = _CHANGED_MIND.search(said) is not None or _TAKES_OVER.match(said) is not None
    undone = denials.not_done(words)  # "I haven't saved my work": an objection
    kind = None if changed_mind or undone else comment_kind(text, words, names_a_thing)
    # "that should do it"; "presenting next": the user's turn, not when to do it
    turn = not joined and _my_turn_next(words)
    if kind is None and "?" not in text and (_expects_it_helps(words) or turn):
        kind = Aside.COMMENT
    if kind is None and "?" not in text and _urges_or_assures(words):
        kind = Aside.COMMENT  # "let's get it going", "I'm pretty sure": no second request
    if kind is None and not (joined or undone):
        kind = _said_short(text, words)  # "3am on the ward", "battery on 8%"
    if kind in (None, Aside.FRAGMENT) and not (changed_mind or undone):
        kind = _as_a_story(text, words, names_a_thing) or kind
    return None if kind is Aside.FRAGMENT and joined else kind


def _as_a_story(text: str, words: list[str], names_a_thing: Callable[[str], bool]) -> Aside | None:
    """A story that tells only what happened: "because chrome froze", "then we went back to
    valorant" (after a statement), "last night my grandson came over" (no fragment), and
    one told with a modal or a negation, "my laptop would not start" (:mod:`.denials`)."""
    story = words[1:] if words[0] in _LEADS_OF_A_STORY else words
    told = narratives.told_at(story, names_a_thing)
    if told and tells_only(text, story, told):
        return Aside.NARRATIVE
    denied = denials.denied_at(story, names_a_thing, is_an_action_word)
    return Aside.NARRATIVE if denied and tells_only(text, *denied) else None


def _said_short(text: str, words: list[str]) -> Aside | None:
    """A scene stamped with the hour (before the command only), or a reason told short
    (:mod:`.shift_talk`)."""
    if shift_talk.is_stamped_scene(text, sets_the_scene, _EXCLAIMED):
        return Aside.FRAGMENT
    return Aside.COMMENT if shift_talk.tells_why(text, words, may_be_part_of_a_command) else None


# The user's turn in a meeting, said short: "presenting next", "i'm up next", "my turn next".
_MY_TURN = frozenset(
    (
        *(("up",), ("on",), ("presenting",), ("speaking",), ("talking",), ("demoing",)),
        *(("pitching",), ("my", "turn"), ("turn",)),
    )
)
_I_AM = ((), ("i'm",), ("im",), ("i", "am"))


def _my_turn_next(words: list[str]) -> bool:
    """Whether ``words`` say the user is next to speak or present: "next" is their turn's,
    not the command's ("presenting next, open powerpoint")."""
    if words[-1:] != ["next"]:
        return False
    said = tuple(words[:-1])
    for subject in _I_AM:
        if said[: len(subject)] == subject and said[len(subject) :] in _MY_TURN:
            return subject != () or said[:1] != ("turn",)
    return said in (("i'm",), ("im",), ("i", "am"))  # "i'm next"


# What "that" will do, said of the command just asked: "that should do it".
_THAT_WILL = frozenset(("that", "that'll", "thatll", "this", "this'll"))
_WILL = frozenset(("should", "will", "might", "usually", "normally", "always"))
_HELPS = frozenset(("do", "help", "helps", "fix", "fixes", "work", "works", "sort", "sorts"))
_WHAT_IT_HELPS = ((), ("it",), ("the", "trick"), ("things",), ("the", "problem"), ("it", "out"))


def _expects_it_helps(words: list[str]) -> bool:
    """ "that should do it", "that'll help", "this will fix it", "that usually works": what
    the user expects of the command asked, a comment; nothing else in it (not "that should
    fix it in 5 minutes", "that will help, and close discord")."""
    if len(words) < 2 or words[0] not in _THAT_WILL:
        return False
    at = 1 + (words[1] in _WILL)
    if at >= len(words) or words[at] not in _HELPS:
        return False
    return tuple(words[at + 1 :]) in _WHAT_IT_HELPS


# Words that urge the command on or assure it, with nothing to do in them: "let's just
# get it going", "I'm pretty sure", "right now please". Not "let's open discord", "I'm not
# sure"; "I mean it" may correct the command (:func:`.matcher`).
_LETS = ("let's", "lets", "let us")
_GOING = (
    *("go", "do this", "do it", "get going", "get started", "get moving", "get rolling"),
    *(f"get {it} {going}" for it in ("it", "this", "things") for going in ("going", "started")),
    *("get to work", "get on with it", "get this done", "get it done", "get cracking"),
)
_NOW = ("right now", "right away", "asap", "immediately", "straight away", "now")
_SURE = ("sure", "pretty sure", "quite sure", "fairly sure", "certain", "positive")
_URGING_OR_ASSURING = frozenset(
    tuple(said.split())
    for said in (
        *(f"{lets} {just}{going}" for lets in _LETS for just in ("", "just ") for going in _GOING),
        *(f"{i} {sure}" for i in ("i'm", "im", "i am") for sure in _SURE),
        *("pretty sure", "i'm sure of it", "im sure of it"),
        *(f"{now}{please}" for now in _NOW for please in ("", " please", " pls", " thanks")),
    )
)


def _urges_or_assures(words: list[str]) -> bool:
    return tuple(words) in _URGING_OR_ASSURING


def _reports_told(
    message: str | None,
    clauses: list[Clause],
    kinds: list[Aside | None],
    names_a_thing: Callable[[str], bool],
) -> None:
    """Takes what someone said (:func:`_reported_statement`) as an aside when a sentence
    end closes it: "My son said we're live in 30 seconds. Close spotify.", "The school
    called and said my son has a fever." After a comma the words that follow may be
    theirs too ("my son said we're live in 30 seconds, close spotify")."""
    if message is None:
        return
    for at, clause in enumerate(clauses):
        if kinds[at] is not None or not _SAYS.search(clause.text):
            continue
        words = words_of(clause.text)
        if not _report_closed(message, clauses, kinds, at):
            continue
        while words and words[0] in _JOINERS:
            words = words[1:]
        if words[:1] and words[0] in _REPORTING and at:
            words = [*_whose_statement(clauses[at - 1], kinds[at - 1], names_a_thing), *words]
        kinds[at] = _reported_statement(clause.text, words, names_a_thing)


def _closed_after(message: str, clauses: list[Clause], at: int) -> bool:
    after = clauses[at + 1].start if at + 1 < len(clauses) else len(message)
    return at + 1 == len(clauses) or bool(_CLOSES.search(message[clauses[at].end : after]))


def _report_closed(message: str, clauses: list[Clause], kinds: list[Aside | None], at: int) -> bool:
    """Whether a sentence end closes what someone said at ``at``, maybe after one more
    statement of theirs joined on with "and that" ("our lead said the drive is a mess
    and that everyone has to clean up by Friday.")."""
    if _closed_after(message, clauses, at):
        return True
    then = at + 1
    more = words_of(clauses[then].text)[:2] == ["and", "that"]
    told = kinds[then] in (Aside.COMMENT, Aside.NARRATIVE)
    return more and told and then + 1 < len(clauses) and _closed_after(message, clauses, then)


def _whose_statement(
    clause: Clause, kind: Aside | None, names_a_thing: Callable[[str], bool]
) -> list[str]:
    """The subject of a statement or a story, which the report after it goes on with:
    "The school called and said my son has a fever"; none when it is no statement."""
    words = words_of(clause.text)
    while words and words[0] in _JOINERS:
        words = words[1:]
    told = narratives.told_at(words, names_a_thing) if words else None
    if kind not in (Aside.COMMENT, Aside.NARRATIVE) or told is None:
        return []
    return words[told.subject : told.verb]


_CLOSES = re.compile(r"[.!…\r\n]")
_SAYS = re.compile(r"\b(?:said|says|told|tells|mentioned|explained|reckons)\b", re.IGNORECASE)
# Verbs that report what someone said: beside a command, maybe the command reported
# ("my friend said to open discord"), so only a statement of theirs is an aside.
_REPORTING = frozenset(("said", "says", "told", "tells", "mentioned", "explained", "reckons"))
MAX_REPORTER_WORDS = 4  # "my little brother's teacher"
# Who reports, said alone: "she said", "everyone says".
_REPORTERS_ALONE = frozenset(
    (*("he", "she", "they", "everyone", "everybody", "someone", "somebody", "people"),)
)
# Whose words open a reported statement: "said he's doing great", "told us the dog is fine".
_SUBJECTS_OF_A_REPORT = frozenset(
    (
        *("he", "he's", "she", "she's", "they", "they're", "i", "i'm", "im", "we", "we're"),
        *("the", "my", "our", "his", "her", "their", "everything", "everyone", "nothing"),
    )
)


def _reported_statement(
    text: str, words: list[str], names_a_thing: Callable[[str], bool]
) -> Aside | None:
    """ "Jack's teacher said he's doing great", "the vet told us the dog is fine": another
    person's words that are a statement themselves (:attr:`Aside.COMMENT` or a story:
    that kind), with no word for a thing said before, no "you" and no instruction ("said
    to open discord", "told me to close it", "said I should block them"): what someone
    said, not a command reported."""
    at = next(at for at, word in enumerate(words) if word in _REPORTING)
    if not 1 <= at <= MAX_REPORTER_WORDS or "?" in text or DOTTED.search(text):
        return None
    reporter = words[:at]
    if len(reporter) == 1:
        third = reporter[0] in _REPORTERS_ALONE or reporter[0] in PEOPLE
    else:
        third = reporter[0] in OWNERS or reporter[0].endswith("'s")
    if not third or not {"i", "we", *SECOND_PERSON}.isdisjoint(reporter):
        return None
    said = words[at + 1 :]
    if said[:1] and said[0] in ASKED_WHOM:
        said = said[1:]  # "told us the dog is fine"
    if said[:1] == ["that"]:
        said = said[1:]
    if len(said) < 2 or said[0] not in _SUBJECTS_OF_A_REPORT:
        return None  # "said to open discord", "said open it"
    if not THE_COMMAND.isdisjoint(said) or not SECOND_PERSON.isdisjoint(said):
        return None
    kind = aside_kind(" ".join(said), names_a_thing)
    return kind if kind in (Aside.COMMENT, Aside.NARRATIVE) else None


def _said_frankly_or_now(words: list[str]) -> list[str]:
    """The words after "if I'm honest" or "to be honest" ("if" sets no condition there),
    and after "now" before the speaker ("Now I feel great": how the speaker is now, not
    "now open it")."""
    for frankly in _FRANKLY if words[:1] and words[0] in _FRANKLY_FIRST else ():
        if len(words) > len(frankly) and tuple(words[: len(frankly)]) == frankly:
            return words[len(frankly) :]
    if len(words) > 2 and words[0] == "now" and words[1] in _SPEAKERS_NOW:
        return words[1:]
    return words


def _subject_put_back(words: list[str]) -> list[str]:
    """ "is urgent", "was not working": "it" said again where Spanish, Italian and Portuguese
    speakers leave it out. Not before a subject or a determiner: "is it urgent" asks."""
    if len(words) < 2 or words[0] not in ("is", "was") or words[1] == "there":
        return words
    if words[1] in frames.SUBJECTS or words[1] in frames.DETERMINERS:
        return words
    return ["it", *words]


_FRANKLY = tuple(
    tuple(said.split())
    for said in (
        *("if i'm honest", "if im honest", "if i'm being honest", "if im being honest"),
        *("to be honest", "to be fair", "truth be told"),
    )
)
_FRANKLY_FIRST = frozenset(said[0] for said in _FRANKLY)
# After "now", the speaker or the people of the story, then how they are or what they
# do now: "Now I feel great", "now we're home".
_SPEAKERS_NOW = frozenset(
    (
        *("i", "i'm", "im", "i've", "ive", "we", "we're", "we've", "he", "he's", "she"),
        *("she's", "they", "they're", "everyone", "everyone's", "everything's"),
    )
)


def _just_then(words: list[str]) -> bool:
    """After "just", a statement without its subject or a scene ("just back from break")."""
    return statements.without_subject(words) or scenes.is_a_scene(words)


def _is_a_remark(words: list[str], names_a_thing: Callable[[str], bool]) -> bool:
    return remarks.is_plain(words) and not command_words.holds_a_name(words, names_a_thing)


_LEADS_OF_A_STORY = frozenset(("because", "cause", "cuz", "coz", "bc", "then"))
# A clause that opens with these goes on with what came before: "and Pepper".
_JOINING_ON = frozenset(("and", "or", "plus", "but", "with", "also", "then", "nor"))
# A change of mind, which may take the command beside it back.
_CHANGED_MIND = re.compile(
    r"\b(?:changed?|changing) (?:my|our) minds?\b|\bchange of (?:mind|heart)\b"
    r"|\bsecond thoughts?\b"
)
# The user taking the thing over, the whole clause: "I'll do it myself", "I got it".
_TAKES_OVER = re.compile(
    r"(?:i|i'll|ill|i will|i can|let me)(?: just)? (?:do|handle|manage|sort|take care of"
    r"|deal with) (?:it|that|this)(?: myself| on my own| by myself| manually)?$"
    r"|i(?:'ve| have)? got (?:it|this)$"
)


# What comes after the command, said after "before": what someone is about to do ("before
# I share", "before it clears", "before anyone sees"). Not an event ("before the meeting"
# may be hours away: dev holds it a trap), a time ("before 5", "before tonight", "before
# bed") nor an event's start or an arrival ("before it starts", "before I get home").
_BEFORE_WHO = frozenset(
    (
        *("i", "we", "it", "he", "she", "they", "i'm", "im", "someone", "anyone"),
        *("everyone", "somebody", "anybody", "everybody"),
    )
)
_BEFORE_WHEN = frozenset(
    (
        *("tonight", "tomorrow", "today", "later", "soon", "bed", "bedtime", "noon"),
        *("midnight", "morning", "evening", "afternoon", "night", "lunch", "dinner"),
        *("weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"),
        *("sunday", "week", "end", "you", "u", "your", "ur", "sleep", "leave", "leaving"),
        *("start", "starts", "begin", "begins", "ends", "finish", "finishes", "kicks"),
        *("arrive", "arrives", "get", "gets", "come", "comes", "home", "back", "wake"),
        *("wakes", "done", "go", "goes", "meeting", "call", "class", "exam", "shift"),
    )
)
MAX_BEFORE_WORDS = 6


def only_comes_after(words: list[str], names_a_thing: Callable[[str], bool]) -> bool:
    """Whether ``words``, said after "before" at the end of a command, tell what comes
    after it that doing it now already meets: "before I share", "before it clears",
    "before the deadline". Not a time, a condition, a second thing or anything that
    bears on a command ("before you open zoom", "before opening zoom", "before 5")."""
    if not 1 <= len(words) <= MAX_BEFORE_WORDS or words[0] not in _BEFORE_WHO:
        return False
    if any(statements.is_a_time(word) or word in MODIFIERS for word in words):
        return False
    return _BEFORE_WHEN.isdisjoint(words) and not command_words.holds_a_name(words, names_a_thing)
