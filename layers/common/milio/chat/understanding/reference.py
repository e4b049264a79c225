"""A command found in the whole message: on "it" named elsewhere, or said in pieces.

1. "Chrome keeps crashing. Close it.": the one command acts on a pronoun ("it",
   "that", "this one", "them"), and the one thing the message names is in one other
   clause that says something about it ("X keeps crashing", "X is too loud", "I need
   X", or X alone). The command is read with the thing in the pronoun's place: a known
   application or website, read by the same readers as any command, so its name is what
   they give; or the computer, the music or the volume, for the actions done to them.
   Nothing else may name a thing, and every other clause must be an aside.
2. "Timer - 10 min - go": every piece too short to be a clause of its own, none a
   statement nor bearing on a command; joined back in order, they may be one command.

Anything doubtful is left to the model: a negation, a condition, a question about the
thing, a report of what was done to it ("I closed chrome, open it"), two things, a
time that defers ("Tomorrow. Open zoom.").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import cache, partial
from typing import Protocol

from milio.chat.contract.catalog import codes_of
from milio.chat.understanding.applications import CONTENT_NOUN_NAMES
from milio.chat.understanding.asides import (
    aside_kind,
    aside_kinds,
    is_the_moment,
    sets_the_scene,
)
from milio.chat.understanding.clauses import Aside, Clause, correction_end, words_of
from milio.chat.understanding.command_words import (
    DOTTED,
    bears_on_a_command,
    is_an_action_word,
)
from milio.chat.understanding.durations import parse_duration
from milio.chat.understanding.found import FastMatch
from milio.chat.understanding.remarks import is_a_degree
from milio.chat.understanding.word_readings import tells_a_number

MatchClause = Callable[[str], FastMatch | None]
NamesAThing = Callable[[str], bool]
KindsOf = Callable[[], list[Aside | None]]  # the message's clauses, each judged once


class NoCommands(Protocol):
    """Whether no comment among the clauses is a command after all, but one that asks for
    what ``command`` does (matcher._comments_are_no_commands)."""

    def __call__(
        self, clauses: list[Clause], kinds: list[Aside | None], command: FastMatch | None = None, /
    ) -> bool: ...


MAX_NAME_WORDS = 3
MAX_PIECES = 5
MAX_PIECE_WORDS = 3


@dataclass(frozen=True)
class _Kind:
    """What a thing may have done to it when a command names it by a pronoun."""

    said: str | None  # put for the pronoun; ``None``: the thing's name as typed
    actions: frozenset[str]


# An application or a website: opened or closed, read by the readers from its name.
_NAMED = _Kind(None, codes_of("open_app", "close_app", "open_url"))
# A name that may mean something else ("my notes", "example.com"): nothing is done to it.
_UNSURE = _Kind(None, frozenset())
_NOUNS: dict[str, _Kind] = {
    **dict.fromkeys(
        ("computer", "pc", "laptop", "mac", "macbook", "imac", "machine", "desktop"),
        _Kind("the computer", codes_of("sleep", "shut_down", "restart")),
    ),
    **dict.fromkeys(
        ("music", "song", "track", "tunes"),
        _Kind("the music", codes_of("pause_music", "volume_up", "volume_down")),
    ),
    **dict.fromkeys(
        ("volume", "sound", "audio"), _Kind("the volume", codes_of("volume_up", "volume_down"))
    ),
}
# Words that put the command off to another time.
_DEFERRING = frozenset(
    (
        *("tomorrow", "tonight", "later", "soon", "afterwards", "eventually", "weekend"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    )
)
# What was done to the thing: a report ("I closed chrome, open it") leaves "it" unclear.
_DONE = frozenset(
    (
        *("opened", "closed", "quit", "quitted", "exited", "killed", "launched", "started"),
        *("restarted", "rebooted", "paused", "played", "installed", "updated"),
        *("uninstalled", "reopened", "muted", "unmuted", "shut", "turned", "minimized"),
        *("minimised", "deleted", "removed", "downloaded", "visited", "tried", "used"),
    )
)
_PRONOUN = re.compile(r"(?<![\w'’-])(?:this one|that one|it|that|this|them)(?![\w'’-])", re.I)
_TOKEN = re.compile(r"\S+")
_EDGE_PUNCTUATION = "\"'“”‘’()[]*_,.!?…:;"
_POSSESSIVE = re.compile(r"['’]s\b", re.I)
# Before the thing in a clause that is nothing but the thing ("the music", "my laptop").
_DETERMINERS = frozenset(("the", "my", "this", "that", "our", "your"))


@dataclass(frozen=True)
class _Mention:
    clause: int
    start: int  # in the message
    end: int
    kind: _Kind


def command_in_message(
    text: str,
    clauses: list[Clause],
    *,
    match_clause: MatchClause,
    names_a_thing: NamesAThing,
    no_commands: NoCommands,
    chosen_names: Collection[str],
) -> FastMatch | None:
    """The one command of a message no clause of which is a whole command by itself.

    ``chosen_names``: the readers whose words are a name the user chose (a folder, a title).
    """
    # What kind of aside each clause is, judged once for the readers below that ask.
    kinds_of = cache(partial(aside_kinds, clauses, names_a_thing))
    return (
        _on_the_thing_named(text, clauses, match_clause, names_a_thing, no_commands)
        or _said_in_pieces(text, clauses, match_clause, kinds_of, chosen_names, no_commands)
        or _named_after(text, clauses, match_clause, kinds_of)
        or _named_after_a_colon(text, clauses, match_clause, kinds_of)
    )


def _on_the_thing_named(
    text: str,
    clauses: list[Clause],
    match_clause: MatchClause,
    names_a_thing: NamesAThing,
    no_commands: NoCommands,
    *,
    split: bool = True,
) -> FastMatch | None:
    mentions = [m for at, c in enumerate(clauses) for m in _mentions(text, c, at, names_a_thing)]
    if len(mentions) != 1:
        return None  # no thing, or two: "spotify and discord are open, close it"
    thing = mentions[0]
    kinds = aside_kinds(clauses, names_a_thing)
    commands = [
        at
        for at, kind in enumerate(kinds)
        if kind is None and at != thing.clause and _PRONOUN.search(clauses[at].text)
    ]
    if not commands and split:  # "spotify is too loud close it"
        run_on = _cut_run_on(text, clauses[thing.clause], thing)
        if run_on is None:
            return None
        clauses = [*clauses[: thing.clause], *run_on, *clauses[thing.clause + 1 :]]
        return _on_the_thing_named(
            text, clauses, match_clause, names_a_thing, no_commands, split=False
        )
    if len(commands) != 1 or not _all_else_aside(
        text, clauses, kinds, thing, commands[0], names_a_thing, no_commands
    ):
        return None
    said = text[thing.start : thing.end] if thing.kind.said is None else thing.kind.said
    actions = _wanted_actions(text, clauses, thing)
    return _command_on(clauses[commands[0]].text, said, thing.kind, actions, match_clause)


def _all_else_aside(
    text: str,
    clauses: list[Clause],
    kinds: list[Aside | None],
    thing: _Mention,
    at: int,
    names_a_thing: NamesAThing,
    no_commands: NoCommands,
) -> bool:
    """Whether, but for the command at ``at``, the message only says what the thing is
    like, and asides."""
    about = _said_of_it(clauses, kinds, thing.clause, at)
    start, end = clauses[about[0]].start, clauses[about[-1]].end
    span = Clause(start, end, text[start:end])
    if not _asked_by(text, clauses, at) or not _about_it(
        text, span, thing, names_a_thing, first=thing.clause < at
    ):
        return False
    rest = [i for i in range(len(clauses)) if i != at and i not in about]
    if any(kinds[i] in (None, Aside.FRAGMENT, Aside.NARRATIVE) for i in rest):
        # a second command, words the vocabulary does not know, or a story whose
        # things "it" may be ("I was recording a video. Discord keeps crashing. Close it.")
        return False
    between = range(about[-1] + 1, at) if thing.clause < at else range(at + 1, thing.clause)
    if any(not _ANOTHER_THING.isdisjoint(words_of(clauses[i].text)) for i in between):
        return False  # "Chrome keeps crashing. My essay is due. Close it.": "it" may be that
    checked = [*rest, *about[1:]]
    return no_commands([clauses[i] for i in checked], [kinds[i] for i in checked])


# Words a command on "it" typed on after a statement starts with: "spotify is too loud
# close it", "my laptop is slow can you restart it".
_COMMAND_OPENERS = frozenset(
    (
        *("close", "open", "restart", "reboot", "quit", "kill", "exit", "launch", "start"),
        *("shut", "turn", "pause", "put", "stop", "please", "pls", "plz", "can", "could"),
        *("would", "just", "kindly"),
    )
)
# Words after which a verb belongs to them ("I can't close it", "hard to close it").
_TAKES_A_VERB = frozenset(
    (
        *("i", "you", "u", "we", "they", "he", "she", "to", "can", "can't", "cant", "could"),
        *("couldn't", "will", "won't", "would", "wouldn't", "should", "must", "might", "may"),
        *("gonna", "wanna", "gotta", "don't", "dont", "didn't", "didnt", "doesn't", "never"),
        *("not", "cannot", "i'll", "i'd", "let", "lets", "let's", "me", "tried", "trying"),
        *("want", "need", "how", "why", "what", "when", "where", "if", "who", "whether"),
    )
)


def _cut_run_on(text: str, clause: Clause, thing: _Mention) -> tuple[Clause, Clause] | None:
    """A statement about the thing and a command on "it" typed on in one clause, cut
    where the command starts: after the thing and a word at least, at the first word
    that starts a command, not after a word a verb belongs to."""
    words = list(re.finditer(r"[\w'’]+", text[thing.end : clause.end]))
    for before, word in itertools.pairwise(words):
        said = word.group().casefold()
        if said in _COMMAND_OPENERS and before.group().casefold() not in _TAKES_A_VERB:
            cut = thing.end + word.start()
            end = thing.end + before.end()
            return Clause(clause.start, end, text[clause.start : end]), Clause(
                cut, clause.end, text[cut : clause.end]
            )
    return None


def _said_of_it(clauses: list[Clause], kinds: list[Aside | None], named: int, at: int) -> range:
    """The clauses that say what the thing is like: the one naming it, and before the
    command the short pieces right after it with no clause of their own ("Chrome.
    Frozen. Close it.", "Spotify... too loud... close it")."""
    end = named + 1
    while (
        end < at
        and kinds[end] in (None, Aside.FRAGMENT)
        and len(words_of(clauses[end].text)) <= MAX_PIECE_WORDS
    ):
        end += 1
    return range(named, end)


# "can you open it?": a question that asks for the command.
_ASKING = re.compile(r"\W*(?:can|could|would|will)\s+(?:you|u)\b", re.IGNORECASE)


def _asked_by(text: str, clauses: list[Clause], at: int) -> bool:
    """Whether any question mark in the message is the command's own, asking for it
    ("can you close it?"); "Chrome? Close it." and "close it?" are left to the model."""
    if "?" not in text:
        return True
    return "?" not in text[: clauses[at].start] and _ASKING.match(clauses[at].text) is not None


def _mentions(text: str, clause: Clause, at: int, names_a_thing: NamesAThing) -> list[_Mention]:
    """The things a clause names, each once, the longest name first ("google chrome")."""
    tokens = [_bare(token, clause.start) for token in _TOKEN.finditer(clause.text)]
    found: list[_Mention] = []
    position = 0
    while position < len(tokens):
        for size in range(min(MAX_NAME_WORDS, len(tokens) - position), 0, -1):
            start, end = tokens[position][0], tokens[position + size - 1][1]
            mention = _mention(text[start:end], names_a_thing)
            if mention is not None:
                found.append(_Mention(at, start, end, mention))
                position += size
                break
        else:
            position += 1
    return found


def _bare(token: re.Match[str], offset: int) -> tuple[int, int]:
    """Where a word is without the punctuation around it and a possessive "'s"."""
    start, word = offset + token.start(), token.group()
    stripped = word.lstrip(_EDGE_PUNCTUATION)
    start += len(word) - len(stripped)
    word = stripped.rstrip(_EDGE_PUNCTUATION)
    if _POSSESSIVE.fullmatch(word, len(word) - 2):
        word = word[:-2]
    return start, start + len(word)


def _mention(typed: str, names_a_thing: NamesAThing) -> _Kind | None:
    """What kind of thing ``typed`` is, or ``None`` when it names none."""
    words = " ".join(typed.casefold().split())
    if words in _NOUNS:
        return _NOUNS[words]
    if not words or not names_a_thing(words):
        return None
    return _UNSURE if words in CONTENT_NOUN_NAMES or "." in words else _NAMED


_PLACEHOLDER = "thing"  # a noun no list of the clauses module knows


def _placeheld(text: str, span: Clause, thing: _Mention) -> str:
    """The clause with a plain noun in the thing's place, to be judged as an aside; "'s"
    after it is read as "is" ("spotify's frozen"), which a possessive reads as well."""
    end, said = thing.end, _PLACEHOLDER
    if _POSSESSIVE.match(text, end, span.end):
        end, said = end + 2, f"{_PLACEHOLDER} is"
    return text[span.start : thing.start] + said + text[end : span.end]


def _about_it(
    text: str, span: Clause, thing: _Mention, names_a_thing: NamesAThing, *, first: bool
) -> bool:
    """Whether what is said of the thing (``span`` of the message) is about it and holds
    nothing else a command could take: a statement about it, or, said ``first``, before
    the command, the thing alone or with how it is ("Spotify.", "the music", "Chrome.
    Frozen."); after the command, a bare name may be a second one."""
    said = _placeheld(text, span, thing)
    lead = _lead(text, span, thing)
    if _DONE.intersection(words_of(said)) or _DEFERRING.intersection(words_of(said)):
        return False  # a report of what was done to it, or a time: "zoom is tomorrow"
    if lead is None:
        return False
    hedge = _HEDGE.search(text, span.start, thing.start) if lead.startswith("i ") else None
    if hedge is not None:  # "I think Chrome has crashed": the hedge is of the reason
        said = _placeheld(text, Clause(hedge.end(), span.end, text[hedge.end() : span.end]), thing)
    kind = aside_kind(said, names_a_thing)
    if kind is Aside.COMMENT:
        return True
    return first and kind is Aside.FRAGMENT and lead.strip() in ("", *_DETERMINERS)


_HEDGE = re.compile(r"\b(?:think|guess|believe)\b", re.IGNORECASE)
# Before the thing: a hedge, what the user needs, a determiner ("I think I need the").
_BEFORE_IT = re.compile(
    r"(?:(?:i think|i guess|i believe) )?"
    r"(?P<needed>(?:(?:i|we) (?:really )?(?:need|want|wanna|would like)|i'd like) )?"
    r"(?:(?:the|my|this|that|our|your) )?"
)
_INTERJECTIONS = frozenset(
    (
        *("ugh", "oh", "ok", "okay", "so", "well", "and", "but", "man", "hmm", "omg", "wow"),
        *("welp", "argh", "yeah", "um", "uh", "honestly", "seriously", "bruh", "lol", "jeez"),
        *("ngl", "tbh", "lowkey", "literally", "yo", "hey", "bro", "dude", "like", "guys"),
    )
)
# What follows the thing as a subject: the verb of a statement about it ("keeps
# crashing", "is too loud", "'s fan is loud"), or an adverb before it.
_SAID_OF_IT = frozenset(
    (
        *("is", "isn't", "isnt", "'s", "are", "aren't", "was", "wasn't", "has", "hasn't"),
        *("had", "keeps", "kept", "won't", "wont", "can't", "cant", "doesn't", "doesnt"),
        *("didn't", "didnt", "just", "always", "constantly", "again", "seems", "looks"),
        *("sounds", "feels", "got", "gets", "went", "froze", "frozen", "broke", "died"),
        *("hung", "crashes", "lags", "freezes", "sucks", "hangs", "glitches", "stutters"),
        *("eats", "hogs", "uses", "takes", "too", "so", "really", "totally", "completely"),
        *(
            "running",
            "acting",
            "being",
            "appears",
            "way",
            "crashing",
            "freezing",
            "lagging",
            "dying",
        ),
        *("overheating", "glitching", "buffering", "stuttering", "hanging", "loading"),
    )
)


# Words that name something else after the thing: "it" may be that.
_ANOTHER_THING = frozenset(
    (
        *("a", "an", "the", "my", "your", "his", "her", "our", "their", "this", "that"),
        *("these", "those", "some", "any"),
    )
)


def _lead(text: str, span: Clause, thing: _Mention) -> str | None:
    """The words before the thing, when the thing is what is said of: the subject,
    followed by a verb of a statement or how it is ("Chrome keeps crashing", "Chrome.
    Frozen."), what the user needs ("I need the calculator"), or all of it; ``None``
    for a word inside another phrase ("I can't zoom in", "the edge of the window"),
    or when something else is named after it, which "it" may be ("Gmail got an email",
    "Amazon delivered my package")."""
    lead = _lead_match(text, span, thing)
    if lead is None:
        return None
    after = words_of(text[thing.end : span.end])
    # What it is for is no other thing: "we need discord for the raid".
    if any(w in _ANOTHER_THING and after[at - 1 : at] != ["for"] for at, w in enumerate(after)):
        return None
    if lead.group("needed") or not after or after[0] in _SAID_OF_IT or after[0].endswith("ed"):
        return lead.group()
    return None


def _lead_match(text: str, span: Clause, thing: _Mention) -> re.Match[str] | None:
    before = words_of(text[span.start : thing.start])
    while before and before[0] in _INTERJECTIONS:
        before = before[1:]
    return _BEFORE_IT.fullmatch("".join(f"{word} " for word in before))


def _wanted_actions(text: str, clauses: list[Clause], thing: _Mention) -> frozenset[str]:
    """What may be done to a named application or site: what the user needs is opened
    ("I need the calculator, open it"), what the user complains of is closed ("Chrome
    keeps crashing, close it"); "I need chrome, close it" and "chrome is slow, open it"
    contradict themselves, and the model decides; named alone, anything may be done to it."""
    if thing.kind is not _NAMED:
        return thing.kind.actions
    clause = clauses[thing.clause]
    lead = _lead_match(text, clause, thing)
    if lead is not None and lead.group("needed") is not None:
        return _OPENED
    said = words_of(text[clause.start : thing.start] + " " + text[thing.end : clause.end])
    if all(word in _DETERMINERS for word in said):
        return _NAMED.actions  # named alone: "Spotify. Open it."
    return _NAMED.actions - _OPENED


_OPENED = codes_of("open_app", "open_url")


# After a statement, "and" or "but" joins the command to nothing (as the matcher reads it).
_AND = re.compile(r"(?:and|but)\s+(?=\S)", re.IGNORECASE)


def _command_on(
    command: str, said: str, kind: _Kind, actions: frozenset[str], match_clause: MatchClause
) -> FastMatch | None:
    """The command with ``said`` in the place of its one pronoun, when it is done to it."""
    joined = _AND.match(command)  # "chrome froze and I need you to close it"
    command = command[joined.end() :] if joined else command
    pronouns = list(_PRONOUN.finditer(command))
    if len(pronouns) != 1 or bears_on_a_command(command.replace("?", " ")):
        return None
    if _DEFERRING.intersection(words_of(command)):
        return None
    pronoun = pronouns[0]
    resolved = command[: pronoun.start()] + said + command[pronoun.end() :]
    found = match_clause(resolved)
    if found is None or found.action.full_code not in actions:
        return None
    alone = match_clause(command)
    if alone is not None and alone.system_message != found.system_message:
        return None  # "turn it down" is the volume, not "turn spotify down"
    if kind.said is not None:
        return found if not found.slots else None
    where = (pronoun.start(), pronoun.start() + len(said))
    return found if [(s.start, s.end) for s in found.slots] == [where] else None


# A closing word that starts what was said before it: "timer, 10 min, go".
_GO = frozenset((("go",), ("go", "go"), ("now", "go"), ("go", "now")))
_JOINING_ON = frozenset(("and", "or", "plus", "but", "with", "also", "then", "nor"))
# A piece that opens with one of these gives a reason: "because of chrome".
_GIVING_A_REASON = frozenset(("because", "cause", "cuz", "coz", "bc", "since", "otherwise"))


# Around the pieces: greetings, thanks, and what the user says of the moment ("I'm
# cooking. Timer. 10 minutes.", "It's too quiet. Volume. Up.").
_SAID = (Aside.COMMENT, Aside.REMARK)
_AROUND_PIECES = (Aside.SOCIAL, Aside.SIGN_OFF, *_SAID)


def _tells_how_much(text: str) -> bool:
    return tells_a_number(text) or is_a_degree(words_of(text))


# Actions never put together from pieces ("Folder. Work. Delete."): what they destroy
# (files, folders, the work open on the computer) cannot be brought back, and pieces
# may be read in another order than meant, or belong to other things.
NEVER_FROM_PIECES = codes_of("delete_file", "delete_folder", "shut_down", "restart")


def may_be_joined(found: FastMatch, clauses: list[Clause], match_clause: MatchClause) -> bool:
    """Whether ``found``, read across ``clauses``, may be answered: not put together
    from pieces when it destroys, nor from short pieces the last of which asks ("open.
    spotify?"). Said whole in one clause, it is not put together ("hej, restart the
    computer"), nor when a clause is joined on to the one before, no punctuation between
    ("turn it off and on again"), nor when the thing is said first and the command on it
    ("notes.txt, delete it")."""
    if len(clauses) == 2 and _PRONOUN.search(clauses[1].text):
        return True
    if any(
        _JOINING_ON.intersection(words_of(after.text)[:1]) and after.start == before.end + 1
        for before, after in itertools.pairwise(clauses)
    ):
        return True
    asked = "?" in clauses[-1].text and all(
        len(words_of(clause.text)) <= MAX_PIECE_WORDS for clause in clauses
    )
    if found.action.full_code not in NEVER_FROM_PIECES and not asked:
        return True
    return any(
        (alone := match_clause(clause.text)) is not None
        and alone.system_message == found.system_message
        for clause in clauses
    )


def _said_in_pieces(
    text: str,
    clauses: list[Clause],
    match_clause: MatchClause,
    kinds_of: KindsOf,
    chosen_names: Collection[str],
    no_commands: NoCommands,
) -> FastMatch | None:
    """ "Volume - down - 10": short pieces with no clause of their own, joined back.

    Not for a name the user chooses: cut from its verb by punctuation, it may be more
    pieces or fewer ("Create folder. Work. Stuff.").
    """
    if "?" in text or _DEFERRING.intersection(words_of(text)):
        return None  # "Tomorrow. Open zoom."
    kinds = kinds_of()
    cut = _pieces_and_around(clauses, kinds)
    if cut is None:
        return None
    readings, around = cut
    for said in readings:  # as said; then the piece that had "it" first, as a verb goes
        found = match_clause(" ".join(said))
        if found is not None:
            break
    if found is None:
        return None
    joined = " ".join(said)
    chosen = [joined[s.start : s.end] for s in found.slots if s.reader in chosen_names]
    if not all(_one_dotted_word(name) for name in chosen):
        return None  # "Create folder. Work. Stuff.": "Work", or "Work Stuff"?
    if not may_be_joined(found, clauses, match_clause):
        return None
    # A slot read across pieces is a name made of several ("Play. Hello. Goodbye.").
    bounds, start = [], 0
    for piece in said:
        bounds.append((start, start + len(piece)))
        start += len(piece) + 1
    inside = all(any(a <= s.start and s.end <= b for a, b in bounds) for s in found.slots)
    # A comment may ask for what the pieces do ("It's too quiet. Volume. Up."), no more.
    said_around = ([clauses[i] for i in around], [kinds[i] for i in around])
    return found if inside and (not around or no_commands(*said_around, found)) else None


def _pieces_and_around(
    clauses: list[Clause], kinds: list[Aside | None]
) -> tuple[list[list[str]], list[int]] | None:
    """The readings of what the pieces say (their one "it" left out), and where the
    comments around them are; ``None`` when the clauses are no such pieces."""
    first, last = 0, len(clauses)
    while first < last and (
        _around(clauses[first], kinds[first])
        or (kinds[first] is Aside.FRAGMENT and sets_the_scene(clauses[first].text))
    ):
        first += 1  # a scene set before the pieces: "Cooking. Timer. 10 min."
    while first < last and (
        _around(clauses[last - 1], kinds[last - 1])
        or tuple(words_of(clauses[last - 1].text)) in _GO
    ):
        last -= 1
    pieces = clauses[first:last]
    if not 2 <= len(pieces) <= MAX_PIECES:
        return None
    around = [i for i in (*range(first), *range(last, len(clauses))) if kinds[i] in _SAID]
    if any(_tells_how_much(clauses[i].text) for i in around):
        return None  # "The pasta needs 12 minutes. Timer. Go."
    if not all(
        _a_piece(piece, kind) for piece, kind in zip(pieces, kinds[first:last], strict=True)
    ):
        return None
    said = _without_the_pronoun([piece.text for piece in pieces])
    return None if said is None else (_with_the_verb_first(said), around)


def _with_the_verb_first(readings: list[list[str]]) -> list[list[str]]:
    """The readings, then the first one with its verb said alone moved first, as a verb
    goes ("Webcam. Record.", "File. New. notes.txt"); of two pieces, the machine, the
    music or the volume said last, said first ("Sleep mode. PC.": "PC sleep mode")."""
    said = readings[0]
    if len(said) == 2 and _a_noun_alone(said[1]):
        return [*readings, said[::-1]]
    verbs = [at for at, piece in enumerate(said) if at and _a_verb_alone(piece)]
    if len(verbs) != 1:
        return readings
    at = verbs[0]
    return [*readings, [said[at], *said[:at], *said[at + 1 :]]]


def _a_noun_alone(piece: str) -> bool:
    words = words_of(piece)
    said = words[1:] if words[:1] and words[0] in _DETERMINERS else words
    return " ".join(said) in _NOUNS


def _a_verb_alone(piece: str) -> bool:
    words = words_of(piece)
    return len(words) == 1 and (is_an_action_word(words[0]) or words[0] == "new")


def _one_dotted_word(name: str) -> bool:
    """Whether a name the user chose is one word with a dot inside ("notes.txt"): no
    punctuation between pieces can have cut it, nor can a piece go on with it."""
    return not any(ch.isspace() for ch in name) and DOTTED.search(name) is not None


def _around(clause: Clause, kind: Aside | None) -> bool:
    """Whether a clause is said around the pieces: an aside of :data:`_AROUND_PIECES`, or
    what the moment is ("Slack. Open. Meeting.", "Movie time. VLC. Open.")."""
    return kind in _AROUND_PIECES or (kind is Aside.FRAGMENT and is_the_moment(clause.text))


def _a_piece(piece: Clause, kind: Aside | None) -> bool:
    """A piece of a command: a few words, no statement, nothing that bears on a command
    (but a duration: "10 min")."""
    words = words_of(piece.text)
    if not 1 <= len(words) <= MAX_PIECE_WORDS or kind not in (None, Aside.FRAGMENT):
        return False
    if words[0] in _JOINING_ON or words[0] in _GIVING_A_REASON:
        return False
    if correction_end(piece.text) is not None:
        return False
    # "10 min." ends a sentence: its period is no part of the duration
    duration = parse_duration(piece.text.rstrip(_CLOSING))
    return not bears_on_a_command(piece.text) or duration is not None


# "it" after the verb of a piece: what the other pieces name ("The timer. 10 minutes.
# Start it.", "Open it. Spotify.").
_IT_AFTER_A_VERB = re.compile(r"(?<=\S)\s+it(?![\w'’-])", re.IGNORECASE)


def _without_the_pronoun(pieces: list[str]) -> list[list[str]] | None:
    """The pieces with the one "it" said after a verb left out, as if what it stands
    for were said there, in their order and then with that piece first ("The volume.
    Lower it. By 10."); ``None`` for two of them ("Spotify. Open it. Discord. Close
    it."), or beside a piece with a subject or a want, which the model weighs ("I need
    chrome. Close it.")."""
    found = [(at, m) for at, piece in enumerate(pieces) for m in _IT_AFTER_A_VERB.finditer(piece)]
    if not found:
        return [pieces]
    if len(found) > 1:
        return None
    at, pronoun = found[0]
    others = (words_of(other) for i, other in enumerate(pieces) if i != at)
    if any(not _TAKES_A_VERB.isdisjoint(words) for words in others):
        return None
    piece = pieces[at][: pronoun.start()] + pieces[at][pronoun.end() :]
    in_order = [*pieces[:at], piece, *pieces[at + 1 :]]
    return [in_order] if not at else [in_order, [piece, *pieces[:at], *pieces[at + 1 :]]]


# What a command says in place of a name it gives after it ("Open something. Spotify.",
# "Open the following app: Discord", "I need an app opened. Discord.").
_STANDING_IN = re.compile(
    r"(?<![\w'’-])(?:something|(?:this|the following)(?=\s*(?:[:.!…\r\n]|$))"
    r"|(?:an?|the|this|that|the following|one)"
    r"\s+(?P<noun>app|application|program|programme|website|site|web\s?site|web\s?page|page))"
    r"(?![\w'’-])",
    re.IGNORECASE,
)
# What may be done to a name given after the command, by the word that stands in for it:
# an application opened or closed, a site opened; a title or a name the user chooses is
# left to the model ("Play a song. Surprise me.", "Create a folder. Work stuff.").
_APPLICATION_ACTIONS = codes_of("open_app", "close_app")
_SITE_ACTIONS = codes_of("open_url")
_DONE_TO_A_NAME: dict[str | None, frozenset[str]] = {
    None: _APPLICATION_ACTIONS | _SITE_ACTIONS,  # "something", "this", "the following"
    **dict.fromkeys(("app", "application", "program", "programme"), _APPLICATION_ACTIONS),
    **dict.fromkeys(("website", "site", "web site", "webpage", "web page", "page"), _SITE_ACTIONS),
}


def _named_after(
    text: str, clauses: list[Clause], match_clause: MatchClause, kinds_of: KindsOf
) -> FastMatch | None:
    """A command that says "something" or "an app" for the name in the one piece after it.

    Read with the name in their place, it must be a command whose one slot is the name,
    whole; the command alone must be none ("Open zoom. Discord." may be two).
    """
    if "?" in text or _STANDING_IN.search(text) is None:
        return None
    said = _command_then_name(text, clauses, kinds_of)
    if said is None or match_clause(said[0].text) is not None:
        return None
    command, name, at = said
    found = match_clause(command.text[: at.start()] + name + command.text[at.end() :])
    noun = at.group("noun")
    wanted = _DONE_TO_A_NAME.get(" ".join(noun.casefold().split()) if noun else None)
    if found is None or wanted is None or found.action.full_code not in wanted:
        return None
    where = (at.start(), at.start() + len(name))
    return found if [(s.start, s.end) for s in found.slots] == [where] else None


def _command_then_name(
    text: str, clauses: list[Clause], kinds_of: KindsOf
) -> tuple[Clause, str, re.Match[str]] | None:
    """The two pieces, but for greetings and sign-offs: a command with one word standing
    in for a name, bearing on nothing, and the name, a short piece; ``None`` otherwise."""
    if _DEFERRING.intersection(words_of(text)):
        return None
    kinds = kinds_of()
    first, last = _inner(clauses, kinds)
    if last - first != 2:
        return None
    command, name = clauses[first], clauses[first + 1]
    standing_in = list(_STANDING_IN.finditer(command.text))
    given = _NAME_GIVEN.match(name.text) or _IT_IS.match(name.text)
    if given is not None and _ends_a_sentence(text[command.end : name.start]):
        # "Open an app for me. It's called Discord.": the name the sentence gives
        name = Clause(name.start + given.end(), name.end, name.text[given.end() :])
        kinds = [*kinds[: first + 1], aside_kind(name.text, _no_name), *kinds[first + 2 :]]
    if len(standing_in) != 1 or not _a_piece(name, kinds[first + 1]):
        return None
    if _PRONOUN.search(name.text):
        return None  # "I can't zoom in on this page, close it": no name after it
    if bears_on_a_command(command.text):
        return None
    return command, name.text.rstrip(_CLOSING), standing_in[0]


_CLOSING = ".!…"


def _inner(clauses: list[Clause], kinds: list[Aside | None]) -> tuple[int, int]:
    """Where the clauses start and end without greetings and sign-offs around them."""
    first, last = 0, len(clauses)
    while first < last and kinds[first] in (Aside.SOCIAL, Aside.SIGN_OFF):
        first += 1
    while first < last and kinds[last - 1] in (Aside.SOCIAL, Aside.SIGN_OFF):
        last -= 1
    return first, last


# Words before a colon that say what the name is ("called: Recipes"), not who called.
_LABELS = frozenset(("called", "named", "titled"))


def _named_after_a_colon(
    text: str, clauses: list[Clause], match_clause: MatchClause, kinds_of: KindsOf
) -> FastMatch | None:
    """ "Create a folder called: Recipes", "New folder:⏎Recipes": a command, a colon, and
    the one short piece it introduces, a name the user chooses too; joined back, the
    command's one slot must be that piece, whole."""
    named = ":" in text or _NAME_GIVEN.search(text) is not None
    if not named or "?" in text or _DEFERRING.intersection(words_of(text)):
        return None
    said_apart = _command_colon_name(text, clauses, kinds_of())
    if said_apart is None:
        return None
    command, name = said_apart
    if match_clause(command.text) is not None:
        return None  # "Open zoom: discord" may be two
    # Read as one clause the user typed, as the matcher reads any: "called" is no report here.
    said = name.text.rstrip(_CLOSING)
    found = match_clause(f"{command.text} {said}")
    if found is None or found.action.full_code in NEVER_FROM_PIECES:
        return None
    where = (len(command.text) + 1, len(command.text) + 1 + len(said))
    return found if [(s.start, s.end) for s in found.slots] == [where] else None


def _command_colon_name(
    text: str, clauses: list[Clause], kinds: list[Aside | None]
) -> tuple[Clause, Clause] | None:
    """The two pieces, but for greetings and thanks, a colon between them: a command
    that bears on nothing ("my friend told me: ..."; "called:" is a label) and a short
    piece; ``None`` otherwise."""
    first, last = _inner(clauses, kinds)
    if last - first != 2:
        return None
    command, name = clauses[first], clauses[first + 1]
    kind = kinds[first + 1]
    given = _NAME_GIVEN.match(name.text)
    if given is not None and _ends_a_sentence(text[command.end : name.start]):
        # "Make a folder. Call it Projects.": the next sentence gives its name, as a colon
        name = Clause(name.start + given.end(), name.end, name.text[given.end() :])
        kind = aside_kind(name.text, _no_name)
    elif text[command.end : name.start].strip() != ":":
        return None
    if not _a_piece(name, kind):
        return None
    if bears_on_a_command(command.text) and _LABELS.isdisjoint(words_of(command.text)):
        return None
    return command, name


# A sentence that gives the name of what the one before asks for: "Call it Projects.",
# "It's called Discord.", "Name: Work" (issue 20: a command split over short sentences).
_NAME_GIVEN = re.compile(
    r"(?:(?:it's|it’s|it is|its)\s+(?:called|named)|(?:call|name)\s+it|the name is|its name is"
    r"|called|named)\s+(?=\w)",
    re.IGNORECASE,
)
# "It's Discord.": only for a word that stands in for an application or a site.
_IT_IS = re.compile(r"(?:it's|it’s|it is)\s+(?=\w)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!…\r\n]")


def _ends_a_sentence(between: str) -> bool:
    return _SENTENCE_END.search(between) is not None


def _no_name(_words: str) -> bool:
    return False
