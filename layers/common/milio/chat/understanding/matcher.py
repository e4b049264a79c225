"""Resolve common commands locally, no model call: hassil templates, then strict slot readers.

1. :mod:`milio.chat.understanding.utterance` drops greetings, politeness, emoji and the
   closing punctuation, keeping every other character as typed.
2. hassil matches the catalog's templates. Slots are wildcards: hassil only
   finds where the words are; the readers below decide what they mean (a known
   application, a domain, a duration, a folder name exactly as typed).
3. Every reading of the sentence is read: a reading whose slot is not what the
   template wants ("discord" is no website) is dropped; a name that is not safe
   as typed stops everything. The answer is given only when the readings that
   remain agree on one action and payload, and the payload passes the same
   validators as a model's details. Otherwise ``None``: the model decides.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from enum import Enum
from functools import lru_cache, partial
from itertools import pairwise
from typing import Any

from hassil import Intents, recognize_all
from hassil.recognize import RecognizeResult

from milio.chat.contract import payloads
from milio.chat.contract.catalog import ACTIONS, SENTENCE_PARTS, build_payload, codes_of
from milio.chat.understanding import (
    arrows,
    chatter,
    commentary,
    distress,
    exclamations,
    in_progress,
    later_use,
    objections,
    office,
    other_devices,
    other_languages,
    per_message,
    prefilter,
    recognizer,
    reference,
    remarks,
    run_on,
    scenes,
    second_asks,
    shift_talk,
    terse,
    timer_purposes,
)
from milio.chat.understanding.applications import (
    BUILT_IN_BY_WORD,
    CONTENT_NOUN_NAMES,
    GAMES,
    GENERIC_WORDS,
    STOP_WORDS,
    is_plain_name,
    known_application,
    unknown_application,
)
from milio.chat.understanding.asides import (
    aside_kind,
    aside_kinds,
    is_the_moment,
    only_comes_after,
    sets_the_scene,
)
from milio.chat.understanding.clauses import (
    MAX_CLAUSES,
    MAX_MESSAGE_CHARS,
    Aside,
    Clause,
    clauses_of,
    correction_end,
    corrections_joined,
    lines_joined,
    said_once,
    unwrapped,
    without_sign_off,
    words_of,
)
from milio.chat.understanding.command_line import plain_command
from milio.chat.understanding.command_words import (
    bears_on_a_command,
    may_match_a_template,
    names_as_a_thing,
    names_what_it_acts_on,
)
from milio.chat.understanding.durations import parse_duration
from milio.chat.understanding.found import FastMatch, NameKind, Slot
from milio.chat.understanding.names import names_a_thing
from milio.chat.understanding.number_words import parse_number
from milio.chat.understanding.reference import MatchClause
from milio.chat.understanding.statements import CALENDAR
from milio.chat.understanding.utterance import Utterance, utterance_of
from milio.chat.understanding.websites import KNOWN_SITES, url_shaped, website_url
from milio.chat.understanding.word_readings import tells_a_number

MAX_READINGS = 48
MAX_WORDS_ACROSS_CLAUSES = 16
# Comments matched against the templates in one message (those that could match one
# at all, command_words.may_match_a_template): past it, the model decides.
MAX_CHECKED_COMMENTS = 5
# Words at the end of a command taken back that the words said instead may replace.
MAX_REPLACED_WORDS = 3
MAX_NAME_WORDS = 4
# Places a run-on message is read as cut at (:func:`_run_on`): each is one more reading.
MAX_RUN_ON_READINGS = 2
MAX_SONG_WORDS = 6


class Refusal(Enum):
    NOT_THIS = "this reading does not fit"  # another reading may
    DECLINE = "leave the sentence to the model"  # e.g. a name unsafe as typed


Details = dict[str, object]
Reader = Callable[[str, str], Details | Refusal]  # (words as typed, field) -> details


def _application(typed: str, field: str) -> Details | Refusal:
    name = known_application(typed)
    return {field: name} if name is not None else Refusal.NOT_THIS


def _the_application(typed: str, field: str) -> Details | Refusal:
    """After "the" or "my": "my spotify" is the app, "my photos" may be the user's photos."""
    if " ".join(typed.casefold().split()) in CONTENT_NOUN_NAMES:
        return Refusal.NOT_THIS
    return _application(typed, field)


def _named_application(typed: str, field: str) -> Details | Refusal:
    name = known_application(typed) or unknown_application(typed)
    return {field: name} if name is not None else Refusal.NOT_THIS


def _application_by_name(typed: str, field: str) -> Details | Refusal:
    """In "the <name> app": a known application, a website's name ("the netflix app"),
    or a built-in application named with a common word ("the weather app")."""
    words = " ".join(typed.casefold().split())
    by_word = words in KNOWN_SITES or words in BUILT_IN_BY_WORD
    if by_word and known_application(words) is None and "." not in words:
        return {field: words}
    return _application(typed, field)


def _game(typed: str, field: str) -> Details | Refusal:
    name = known_application(typed)
    return {field: name} if name in GAMES else Refusal.NOT_THIS


def _site(typed: str, field: str, *, said_site: bool = False) -> Details | Refusal:
    if known_application(typed):
        return Refusal.NOT_THIS  # "battle.net" is the application of that name
    url = website_url(typed, said_site=said_site)
    if url is not None:
        return {field: url}
    return Refusal.DECLINE if url_shaped(typed) else Refusal.NOT_THIS


def _named_site(typed: str, field: str) -> Details | Refusal:
    return _site(typed, field, said_site=True)


def _typed_url(typed: str, field: str) -> Details | Refusal:
    """A domain or URL typed on its own ("netflix.com"); a site's bare name is not enough."""
    if " " in typed or not url_shaped(typed):
        return Refusal.NOT_THIS
    return _site(typed, field)


# Extensions a "name.ext" slot may end with: "notes.io" is a website, "notes.md" a file.
_FILE_EXTENSIONS = frozenset(
    (
        *("txt", "md", "pdf", "doc", "docx", "xls", "xlsx", "csv", "ppt", "pptx", "odt", "ods"),
        *("odp", "rtf", "tex", "json", "xml", "yaml", "yml", "toml", "ini", "cfg", "log", "py"),
        *("js", "ts", "jsx", "tsx", "html", "htm", "css", "scss", "java", "c", "cpp", "h", "hpp"),
        *("cs", "go", "rs", "rb", "php", "swift", "kt", "sql", "r", "ipynb", "png", "key"),
        *("jpg", "jpeg", "gif", "svg", "bmp", "tiff", "webp", "heic", "ico", "psd", "mp3"),
        *("wav", "flac", "m4a", "aac", "ogg", "mp4", "mov", "avi", "mkv", "webm", "zip", "rar"),
        # Not "ai", "app" or "so": "claude.ai", "linear.app" and "notion.so" are websites.
        *("7z", "tar", "gz", "epub", "mobi", "pages", "numbers"),
    )
)
# Not here: programs and scripts (.exe, .sh, .bat, .dmg...): opening one runs it.
# Words that make a name a phrase ("notes on my desktop", "x and y"), even after "called".
_PHRASE_WORDS = frozenset(
    (
        *("on", "in", "at", "to", "from", "into", "onto", "inside", "under", "within", "with"),
        *("and", "or", "then", "also", "plus", "please", "called", "named", "titled", "it"),
        *("folder", "file", "directory", "when", "if", "after", "before", "later", "but"),
        *("labeled", "labelled"),
        *other_languages.NAMING_WORDS,
        *("which", "whose", "as", "tomorrow", "tonight", "afterwards", "unless", "until"),
        *other_languages.NOT_IN_A_NAME,
        *("whatever", "something", "anything", "you", "want", "like", "think", "whichever"),
        *("i", "we", "they", "yesterday", "earlier", "ago", "made", "created", "used", "saved"),
        # What is said of a name not chosen: "name is not decided yet", "called not sure".
        *("not", "yet", "decided", "undecided"),
    )
)


# Words that say a name follows them, which no name starts with; nor a bare name with
# "name" ("create a folder called Name Tags" is one).
_NAMING_LEADS = (
    *("entitled ", "known as ", "under name ", "under the name ", "under the title "),
    *("with title ", "with the title "),
)
_BARE_NAMING_LEADS = ("name ", *_NAMING_LEADS)


def _said_after_its_name(typed: str, *, strict: bool = False) -> bool:
    """ "entitled Reports": the name is the words after "entitled"."""
    words = f"{' '.join(typed.casefold().split())} "
    return words.startswith(_BARE_NAMING_LEADS if strict else _NAMING_LEADS) and " " in typed


def _said_after_the_word_name(typed: str) -> bool:
    """ "its name Work", "new name Work", "name Work": learners' English says the word
    "name" (or "title") before the name, as no name starts ("Name Tags" may)."""
    words = typed.split()
    if len(words) == 2 and words[1] == "name":
        return True  # "to new name", "to a name": no name given
    return any(word in ("name", "title") for word in words[:2][: len(words) - 1])


_SENTENCE_END = ".:;!…"


# Words a dot ends that end no sentence: "Mr. Brightside", "St. Louis".
_ABBREVIATIONS = frozenset(
    (
        *("mr.", "mrs.", "ms.", "dr.", "st.", "jr.", "sr.", "vs.", "feat.", "ft.", "vol."),
        *("pt.", "no.", "mt.", "inc.", "ltd.", "co.", "etc.", "prof.", "ave.", "op."),
    )
)


def _ends_a_sentence(typed: str) -> bool:
    """ "Drafts." in "a folder called Drafts. On my desktop": the message's own end is
    taken off before matching, so a name read ending so ends a sentence inside it (not
    "P.Y.T.", whose dots are its own); so does "Yellow." before "By Coldplay"."""
    words = typed.split()
    if not words:
        return False
    last = words[-1]
    if last[-1:] in (*_SENTENCE_END, "?") and not _initials(last):
        return True
    return any(
        word.endswith((".", "…"))
        and not _initials(word)
        and len(word) > 2  # "J. Cole": an initial
        and word.casefold() not in _ABBREVIATIONS
        for word in words[:-1]
    )


def _initials(word: str) -> bool:
    """ "P.Y.T.", "U.S.": dots after single letters are the word's own; not the last dot
    of "v2.0." or ".config.", which ends a sentence."""
    parts = word.rstrip(".").split(".")
    return len(parts) > 1 and all(len(part) == 1 for part in parts)


def _typed_name(typed: str, *, strict: bool) -> str | Refusal:
    """A name exactly as typed: a phrase is no name; an unsafe name declines the sentence."""
    words = typed.casefold().split()
    if not 1 <= len(words) <= MAX_NAME_WORDS or _ends_a_sentence(typed):
        return Refusal.NOT_THIS
    if _ends_in_a_duration(words) or chatter.DEFERRING.intersection(words) or _next_day(words):
        return Refusal.DECLINE  # "called Drafts om 10 minuten", "Old_Files upon approval"
    if _said_after_its_name(typed, strict=strict) or _said_after_the_word_name(typed):
        return Refusal.NOT_THIS  # "make folder name Reports", "to new name Work"
    # "called: Recipes": a word before a colon or a sentence end is no less a word
    bare = (word.rstrip(_SENTENCE_END) for word in words)
    if any(word in (STOP_WORDS if strict else _PHRASE_WORDS) for word in bare):
        return Refusal.NOT_THIS
    return typed if is_plain_name(typed) else Refusal.DECLINE


def _folder(typed: str, field: str) -> Details | Refusal:
    name = _typed_name(typed, strict=False)
    return name if isinstance(name, Refusal) else {field: name}


def _bare_folder(typed: str, field: str) -> Details | Refusal:
    name = _typed_name(typed, strict=True)
    return name if isinstance(name, Refusal) else {field: name}


def _path(typed: str, field: str) -> Details | Refusal:
    """A folder typed after a shell's "mkdir": one word; "mkdir Tax Returns" makes two."""
    return _bare_folder(typed, field) if len(typed.split()) == 1 else Refusal.NOT_THIS


# Words that say what a folder is like, not what it is called: "delete the old folder",
# "create an empty folder". Said before "folder" with no other word, they describe one
# ("the old photos folder" is named); after a naming word ("a folder called New") they
# are its name.
_DESCRIBING_WORDS = frozenset(
    (
        *("old", "new", "big", "small", "large", "little", "tiny", "huge", "empty", "blank"),
        *("full", "whole", "entire", "current", "previous", "second", "third", "latest"),
        *("newest", "oldest", "older", "newer", "recent", "random", "extra", "spare"),
        *("useless", "unused", "unneeded", "unnecessary", "wrong", "right", "original"),
        *("existing", "usual", "main", "default", "duplicate", "duplicated", "temporary"),
        *("hidden", "shared", "selected", "open", "opened", "messy", "bad", "good", "fresh"),
        *("untitled", "unnamed", "nameless", "important", "red", "blue", "green", "yellow"),
        *("orange", "purple", "grey", "gray", "annoying", "stupid", "weird"),
        *("real", "actual", "proper", "separate", "special", "private", "secret", "own"),
    )
)


# Said first, in lowercase, these take in all of a folder: "the whole Drafts folder" is
# "Drafts" ("the Whole Foods folder" is named).
_ALL_OF_IT = frozenset(("whole", "entire", "full", "complete"))


def _folder_before_noun(typed: str, field: str) -> Details | Refusal:
    """ "the Work folder": a name said before the word folder, not only words that
    describe one ("the old folder", "a big empty folder"), nor a word that describes
    a name ("the old Drafts folder": the name may be "Drafts")."""
    words = typed.split()
    if all(word.casefold() in _DESCRIBING_WORDS for word in words):
        return Refusal.NOT_THIS
    if all(word in other_languages.ARTICLES for word in words):
        return Refusal.NOT_THIS  # "crea una carpeta": "a folder", read from "una"
    first = words[0]
    described = first in _DESCRIBING_WORDS and any(not word.islower() for word in words[1:])
    if described or first in _ALL_OF_IT:
        return Refusal.NOT_THIS
    return _bare_folder(typed, field)


def _file(typed: str, field: str, *, needs_extension: bool = True) -> Details | Refusal:
    stem, dot, extension = typed.rpartition(".")
    if not dot:
        if needs_extension:
            return Refusal.NOT_THIS
        return _bare_folder(typed, field)  # same rule: "ideas", "main"
    if extension.casefold() not in _FILE_EXTENSIONS:
        return Refusal.NOT_THIS if needs_extension else Refusal.DECLINE
    words = stem.casefold().split()
    if len(words) > 1 and not other_languages.FILE_NOUNS.isdisjoint(words):
        return Refusal.NOT_THIS  # "un archivo notas.txt": the file is "notas.txt"
    name = _typed_name(stem, strict=True)
    if isinstance(name, Refusal):
        return name
    return {field: name, "ext": extension.casefold()}


def _file_name(typed: str, field: str) -> Details | Refusal:
    return _file(typed, field, needs_extension=False)


_NOT_A_SONG = frozenset(
    (
        *("some", "music", "song", "songs", "track", "tracks", "something", "anything", "game"),
        *("games", "video", "videos", "movie", "film", "radio", "playlist", "album", "podcast"),
        *("on", "from", "in", "at", "for", "with", "and", "then", "it", "that", "this"),
        *("again", "my", "me", "a", "an", "please", "list", "random", "next", "previous", "chess"),
        *("usual", "favorite", "favourite", "same", "last", "whatever", "one", "up", "down"),
        *("outside", "around", "along", "games", "cards", "ball", "piano", "guitar", "sound"),
        *("called", "named", "titled", "labeled", "labelled", "news", "audiobook", "noise"),
        *("sounds", "tv", "show", "episode", "series", "trailer", "tennis", "football", "tunes"),
        *("soccer", "basketball", "golf", "poker", "sudoku", "tag", "catch", "dead", "fair"),
        # A clause: "the song we heard", "the one you played earlier".
        *("heard", "played", "listened", "liked", "sent", "shared", "saved", "earlier", "ago"),
        *other_languages.NOT_IN_A_TITLE,
        *("which", "whose"),  # "from the playlist whose name is workout"
        "lyrics",  # "turn on the song lyrics" shows them
    )
)


# Games and sports played, not heard, when they are all that is said ("play pool",
# "play hockey"); a title may hold the word ("Pool Party", "Ping Pong", "Trivia Night").
_PLAYED_NOT_HEARD = frozenset(
    (
        *("hockey", "pool", "darts", "cricket", "baseball", "volleyball", "rugby", "bowling"),
        *("badminton", "billiards", "monopoly", "scrabble", "uno", "checkers", "mahjong"),
        *("dominoes", "bingo", "charades", "trivia", "snooker", "ping pong", "handball"),
        *("table tennis", "ice hockey", "hide and seek", "board games", "video games"),
    )
)


# Things put on, thrown on, blasted or listened to that are not heard, when they are all
# that is said ("put on the kettle", "blast the aircon", "listen to your body").
_NOT_HEARD = frozenset(
    (
        *("kettle", "heating", "heater", "heat", "lights", "light", "lamp", "oven", "stove"),
        *("aircon", "air con", "ac", "air conditioning", "air conditioner", "fan", "fans"),
        *("sunscreen", "suncream", "sun cream", "sunblock", "makeup", "make-up", "lipstick"),
        *("perfume", "cologne", "deodorant", "lotion", "weight", "pounds", "seatbelt"),
        *("seat belt", "coat", "jacket", "hoodie", "sweater", "jumper", "shoes", "socks"),
        *("boots", "clothes", "hat", "glasses", "sunglasses", "mask", "gloves", "pants"),
        *("trousers", "shirt", "pyjamas", "pajamas", "uniform", "headphones", "earphones"),
        *("earbuds", "headset", "dishwasher", "washing machine", "washing", "laundry", "dryer"),
        *("brakes", "handbrake", "coffee", "tea", "water", "dinner", "lunch", "breakfast"),
        *("pasta", "rice", "a brave face", "brave face", "a smile", "an accent", "an act"),
        *("reason", "body", "gut", "instincts", "advice", "parents", "telly", "television"),
        *("central heating", "immersion", "hob", "grill", "fire", "boiler", "iron", "a wash"),
        *("a film", "a movie", "a show", "a brew", "a cuppa", "the footy", "the match"),
    )
)
_DETERMINERS = frozenset(("the", "a", "an", "my", "your", "our", "his", "her", "their"))
# Modes and states a thing is put on or in, said by other Englishes where a title would be
# ("put on pause", "put on sleep", "put on mute"; "put on repeat X" repeats X).
_MODES = frozenset(
    (
        *("pause", "mute", "hold", "repeat", "loop", "shuffle", "standby", "sleep", "hibernate"),
        *("silent", "silence", "vibrate", "speaker", "speakerphone", "loud", "louder", "max"),
        *("maximum", "full", "high", "low", "focus", "fullscreen", "full screen", "airplane"),
    )
)


def _a_mode(words: list[str]) -> bool:
    """ "pause", "the sleep mode", "repeat Despacito": a mode, or a way to play said first
    (not "High Hopes", "Hold Me Closer")."""
    while len(words) > 1 and words[0] in _DETERMINERS:
        words = words[1:]
    said_first = words[0] in ("repeat", "loop", "shuffle")
    return said_first or " ".join(words) in _MODES or words[-1] == "mode"


def _not_heard(phrase: str) -> bool:
    words = phrase.split()
    while len(words) > 1 and words[0] in _DETERMINERS:
        words = words[1:]
    return phrase in _NOT_HEARD or " ".join(words) in _NOT_HEARD


# After a title's first word, what makes the request conditional or later ("play X if you
# can", "play X tomorrow"): the title may end before it, so the model decides.
_CONDITION_WORDS = frozenset(
    ("if", "when", "whenever", "unless", "until", "till", "while", "whilst")
)
_TIME_WORDS = frozenset(("later", "tomorrow", "tonight", "afterwards", "today", "soon"))


# "after dinner", "before the meeting", "once i get home"; not "Time After Time", "Once
# Upon a Time".
_BEFORE_OR_AFTER = frozenset(("after", "before", "once"))
_WHAT_COMES = frozenset(
    (
        *("the", "this", "that", "my", "our", "your", "his", "her", "their", "a", "an", "i"),
        *("i'm", "we", "we're", "you", "he", "she", "they", "it", "dinner", "lunch", "tea"),
        *("breakfast", "supper", "work", "school", "class", "noon", "midnight", "midday"),
    )
)


def _ends_in_a_duration(words: list[str]) -> bool:
    """ "Despacito om 10 minuten", "Drafts dans 5 minutes": a time to wait, in any
    language, after the name's first word."""
    return len(words) >= 3 and parse_duration(" ".join(words[-2:])) is not None


def _next_day(words: list[str]) -> bool:
    """ "... next week", "... next monday": a day to come, not now."""
    return any(word == "next" and then in CALENDAR for word, then in pairwise(words))


def _ends_in_a_condition_or_time(words: list[str]) -> bool:
    if len(words) < 2:
        return False
    return (
        _ends_in_a_duration(words)
        or words[-1] in _TIME_WORDS
        or words[-2:] == ["or", "not"]
        or any(word in _CONDITION_WORDS for word in words[1:])
        or chatter.defers(words[1:])
        or any(
            word in _BEFORE_OR_AFTER and (then in _WHAT_COMES or then[:1].isdigit())
            for word, then in pairwise(words[1:])
        )
        or _next_day(words[1:])
    )


# Words peeled after a request that a title may also end with ("Pray for Me", "All Right
# Now", "Love You Too"): a title right before them, nothing between, may go on.
_TITLE_MAY_GO_ON = re.compile(
    r"\s+(?:for me|now|right now|too|as well|already|quick|quickly|real quick|at once"
    r"|immediately|right away|straight away|you know|come on|ok|okay)(?![\w'’-])",
    re.IGNORECASE,
)


def _song(typed: str, field: str) -> Details | Refusal:
    words = typed.casefold().split()
    phrase = " ".join(words)
    bare = [word.rstrip(_SENTENCE_END) for word in words]  # "play music. Bohemian Rhapsody"
    if not 1 <= len(words) <= MAX_SONG_WORDS or any(word in _NOT_A_SONG for word in bare):
        return Refusal.NOT_THIS
    if _ends_a_sentence(typed) or _said_after_its_name(typed):
        return Refusal.NOT_THIS  # "play Despacito. On spotify."; "my playlist known as x"
    if words[0] in ("by", "of") or _a_mode(bare):
        # "play by ear"; "play X by Y", "play song of Adele" name the artist; "put on
        # pause", "put on sleep mode", "put on repeat X" name a mode
        return Refusal.NOT_THIS
    if _ends_in_a_condition_or_time(words) or chatter.holds_chatter(words):
        return Refusal.DECLINE  # "play despacito later", "... bestie": the title may end there
    # "play minecraft" opens the game; "play youtube" is unclear; "play pool" is a game
    named = known_application(phrase) or phrase in KNOWN_SITES or phrase in GENERIC_WORDS
    if named or phrase in _PLAYED_NOT_HEARD or _not_heard(phrase):
        return Refusal.NOT_THIS
    return {field: typed} if is_plain_name(typed) else Refusal.DECLINE


# Kinds of music, said where a title would be ("throw on some jazz"): a closed list, as
# "play some X" is as often a game or a sport ("play some zelda", "play some hockey").
_GENRES = frozenset(
    (
        *("jazz", "smooth jazz", "blues", "rock", "classic rock", "hard rock", "soft rock"),
        *("punk", "metal", "heavy metal", "pop", "k-pop", "kpop", "j-pop", "hip hop"),
        *("hip-hop", "rap", "soul", "funk", "disco", "country", "folk", "indie", "indie rock"),
        *("alternative", "grunge", "reggae", "reggaeton", "salsa", "latin", "edm", "techno"),
        *("trance", "dubstep", "drum and bass", "lofi", "lo-fi", "lo fi", "chillhop", "ambient"),
        *("classical", "gospel", "bluegrass", "bossa nova", "afrobeats", "afrobeat", "emo"),
        *("dancehall", "ska", "synthwave", "motown", "90s", "80s", "70s", "oldies", "piano jazz"),
    )
)


def _genre(typed: str, field: str) -> Details | Refusal:
    """A kind of music, kept as typed: "some Jazz" is the song "Jazz"."""
    if " ".join(typed.casefold().split()) not in _GENRES:
        return Refusal.NOT_THIS
    return {field: typed} if is_plain_name(typed) else Refusal.DECLINE


def _duration(typed: str, field: str) -> Details | Refusal:
    seconds = parse_duration(typed)
    return {field: seconds} if seconds is not None else Refusal.NOT_THIS


_PERCENT = re.compile(r"(.+?)\s*(?:%|percent|per cent)", re.IGNORECASE)
_POINTS = re.compile(
    r"(.+?)\s+(?:points?|notch(?:es)?|steps?|units?|clicks?|bars?|levels?|ticks?)", re.IGNORECASE
)


def _amount(typed: str, field: str) -> Details | Refusal:
    percent = _PERCENT.fullmatch(typed.strip())
    unit = percent or _POINTS.fullmatch(typed.strip())
    if unit and unit.group(1).casefold() in ("a", "an"):
        return Refusal.NOT_THIS  # "a notch" is a bit (<a_bit>), not an amount
    number = parse_number(unit.group(1) if unit else typed)
    if number is None or number.denominator != 1 or not 1 <= number <= 100:
        return Refusal.NOT_THIS
    return {field: f"%{number}" if percent else str(number)}


READERS: Mapping[str, Reader] = {
    "app": _application,
    "the_app": _the_application,
    "named_app": _named_application,
    "app_by_name": _application_by_name,
    "game": _game,
    "site": _site,
    "named_site": _named_site,
    "typed_url": _typed_url,
    "file": _file,
    "file_name": _file_name,
    "folder": _folder,
    "bare_folder": _bare_folder,
    "path": _path,
    "folder_before_noun": _folder_before_noun,
    "song": _song,
    "playlist": _song,
    "genre": _genre,
    "duration": _duration,
    "amount": _amount,
}


# Slots whose words are a name the user chose, taken exactly as typed.
NAME_LISTS: Mapping[str, NameKind] = {
    **dict.fromkeys(
        (
            *("named_app", "file", "file_name", "folder", "bare_folder", "folder_before_noun"),
            "path",
        ),
        NameKind.NAME,
    ),
    **dict.fromkeys(("song", "playlist", "genre"), NameKind.TITLE),
}
# Words for a kind of file -> its extension ("a python file called main").
FILE_TYPES: Mapping[str, str] = {
    **dict.fromkeys(("text", "txt", "plain text"), "txt"),
    **dict.fromkeys(("markdown", "md"), "md"),
    **dict.fromkeys(("python", "py"), "py"),
    **dict.fromkeys(("javascript", "js"), "js"),
    **dict.fromkeys(("typescript", "ts"), "ts"),
    **{ext: ext for ext in ("html", "css", "json", "csv", "pdf", "yaml", "xml", "sql", "java")},
    **dict.fromkeys(("word", "docx"), "docx"),
    **dict.fromkeys(("excel", "xlsx", "spreadsheet"), "xlsx"),
    **dict.fromkeys(("powerpoint", "pptx"), "pptx"),
    **dict.fromkeys(("shell", "bash"), "sh"),
}


def _as_they_are(words: tuple[str, ...]) -> dict[str, str]:
    return {word: word for word in words}


# What a screenshot may be said to be of ("screenshot this slide"); any value does.
_SHOWN = (
    *("slide", "slides", "error", "error message", "chat", "conversation", "meeting", "call"),
    *("presentation", "browser", "code", "results", "graph", "chart", "dashboard", "score"),
    *("scoreboard", "map", "email", "message", "post", "thread", "spreadsheet", "receipt"),
    *("confirmation", "order", "video", "stream", "settings", "bug", "issue", "output"),
    *("console", "terminal", "form", "article", "document", "stack trace", "traceback"),
    *("diff", "logs", "log", "ide", "editor", "pull request", "pr", "build", "test results"),
    *("query", "design", "mockup", "ui", "layout", "recipe", "tweet", "text", "texts"),
    *("messages", "menu", "ticket", "invoice", "bill", "result", "notification", "popup"),
    *("pop-up", "dialog", "warning", "alert", "table", "list", "picture", "photo", "image"),
    *("terminal output", "console output", "error log", "error logs", "build log"),
    *("stats", "rank", "loadout", "inventory", "match history", "leaderboard", "lobby"),
)
# Closed lists of words a template takes, each word read as its value. Not the
# templates' own words, which :mod:`.command_words` reads as words of a command: these ask
# for nothing in a statement ("I have a meeting", "my rig is slow", "I'm completely lost").
WORD_LISTS: Mapping[str, Mapping[str, str]] = {
    "file_type": FILE_TYPES,
    "shown": _as_they_are(_SHOWN),
    # Other names of the machine ("restart my rig"); the usual ones are <device>'s own.
    "machine": _as_they_are(("rig", "tower", "chromebook", "os", "operating system", "macos")),
    "fully": _as_they_are(("completely", "fully", "entirely", "totally", "for good")),
    # Nigerian English "reduce it small", Scottish "a wee screenshot".
    "a_little": _as_they_are(
        (
            *("small", "small small", "wee", "a wee bit", "a wee"),
            # Said again after a first change: "volume up a bit more".
            *("a bit more", "a little more", "a little bit more", "a tad more", "bit more"),
            *("some more", "a lot more", "much more", "a bit less", "a little less"),
            # Steps of a dial: "down a peg", "up a couple of notches".
            *("bit", "a peg", "a peg or two", "a notch or two", "a couple notches"),
            *("a couple of notches", "a few notches", "a click", "a couple of clicks"),
        )
    ),
    # How near the time is: "a timer for about 10 minutes", "for the next 10 minutes".
    "roughly": _as_they_are(
        ("about", "around", "roughly", "approximately", "exactly", "just", "only", "the next")
    ),
    # "time how long this takes" (not "long" on its own: "been a long day").
    "how_long": _as_they_are(
        tuple(
            f"how long {it} {takes}"
            for it in ("this", "it", "that")
            for takes in ("takes", "lasts")
        )
    ),
    # Whose volume: "the speaker volume", "the master volume".
    "volume_of": _as_they_are(
        (
            *("speaker", "headphone", "headphones", "master", "media", "main", "audio"),
            *("computer's", "laptop's", "pc's", "mac's", "system's"),
            *("music", "video", "movie", "game", "spotify", "youtube"),
        )
    ),
    # Words of these actions that a statement holds as often ("let me know", "a nice
    # ramp"): a list, not a word that makes a clause a command.
    "ramp": _as_they_are(("ramp",)),
    "my_face": _as_they_are(("my face",)),
    "to_the_bin": _as_they_are(("move", "send", "put", "throw", "drag", "chuck", "toss")),
    # Not template words: "I can barely hear", "this game is garbage".
    "the_bin": _as_they_are(
        (
            *("trash", "bin", "recycle bin", "recycling bin", "rubbish bin", "trash can"),
            *("wastebasket", "garbage", "rubbish", "trash bin", "garbage bin"),
        )
    ),
    "still": _as_they_are(("still",)),  # "a still with the webcam"; "still broken"
    "let": _as_they_are(("let",)),
    "level": _as_they_are(("level", "levels")),  # "the volume level"; "my stress level"
    # Gamers' words that a reason may hold too: "I'm about to rage", "we hit a snag".
    "rage": _as_they_are(("rage",)),  # "rage quit"
    "snag": _as_they_are(("snag",)),
    "clocking": _as_they_are(("clocking",)),  # "I'm clocking out" is said of the user
    "naming": _as_they_are(
        (
            *("known as", "entitled"),  # "the app known as X"
            # Learners' English: "a folder with title X", "under the name X".
            *("with title", "with the title", "under the name", "under name", "under the title"),
            *("under the name of", "with the title of"),
        )
    ),
    # Restarted only: turned off, a box may be a TV's, and "turn off windows" may be its windows.
    "box": _as_they_are(
        ("box", "windows", "windows 10", "windows 11", "ubuntu", "linux", "the os", "chromeos")
    ),
    "game_of": _as_they_are(("a game of", "a match of", "a round of", "some")),
    "restart_kind": _as_they_are(("hard", "soft", "clean", "fresh", "warm", "cold")),
    # "off and back on": a list, as "back" read as a command's word would make "back from
    # lunch, open slack" a second command.
    "back_on": _as_they_are(
        tuple(
            f"{then}{back}on{again}"
            for then in ("", "then ")
            for back in ("", "back ")
            for again in ("", " again")
        )
    ),
    "portrait": _as_they_are(
        ("headshot", "mugshot", "profile picture", "profile pic", "profile photo", "passport photo")
    ),
}
# The details each action takes, by its code.
_FIELDS: Mapping[str, frozenset[str]] = {
    code: frozenset(detail.name for detail in action.fields) for code, action in ACTIONS.items()
}
# Sentences that reach every template, so the first request does not compile them.
_WARM_UP = ("open discord", "set a timer for 5 minutes", "volume up by 10", "take a photo")
_SLOT = re.compile(r"\{(\w+):(\w+)\}")
_SEPARATOR = "__"  # slot names carry their list: {app:name} is compiled as {app:app__name}


@dataclass(frozen=True)
class Matcher:
    intents: Intents
    recognizer: recognizer.Recognizer
    build_ms: float


def _intents_dict() -> dict[str, Any]:
    lists: dict[str, Any] = {name: {"wildcard": True} for name in READERS}
    for name, words in WORD_LISTS.items():
        lists[name] = {"values": [{"in": said, "out": value} for said, value in words.items()]}
    intents = {
        code: {"data": [{"sentences": [_SLOT.sub(_tag_slot, t) for t in action.templates]}]}
        for code, action in ACTIONS.items()
        if action.templates
    }
    return {
        "language": "en",
        "intents": intents,
        "lists": lists,
        "expansion_rules": {
            name: _SLOT.sub(_tag_slot, part) for name, part in SENTENCE_PARTS.items()
        },
    }


def _tag_slot(slot: re.Match[str]) -> str:
    list_name, field = slot.groups()
    return f"{{{list_name}:{list_name}{_SEPARATOR}{field}}}"


@lru_cache(maxsize=1)
def get_matcher() -> Matcher:
    """The compiled templates, built once per process (a Lambda cold start)."""
    start = time.perf_counter()
    intents = Intents.from_dict(_intents_dict())
    prefilter.sharpen(intents)  # fewer templates tried in vain on each message
    for sentence in _WARM_UP:  # hassil compiles each template on its first use
        for _ in recognize_all(sentence, intents):
            pass
    # the same results as hassil's recognize_all, fewer templates tried for them
    recognizing = recognizer.Recognizer(intents)
    return Matcher(intents, recognizing, (time.perf_counter() - start) * 1000)


# Its action code, payload, details, whether a name ends it, and where its slots are.
Reading = tuple[str, str, dict[str, str], "NameKind | None", tuple[Slot, ...]]


def _read(utterance: Utterance, result: Any) -> Reading | Refusal:
    """One reading of the sentence: its action code, payload, details, and whether a
    name the user typed ends it."""
    action = ACTIONS[result.intent.name]
    details: Details = {}
    name_at_end: NameKind | None = None
    slots: list[Slot] = []
    for entity in result.entities_list:
        list_name, _, field = entity.name.partition(_SEPARATOR)
        if entity.is_wildcard:
            span = None if entity.text_span is None else utterance.span(*entity.text_span)
            if entity.text_span is None or span is None:
                return Refusal.DECLINE
            slots.append(Slot(list_name, *span))
            read = READERS[list_name](utterance.typed(*entity.text_span), field)
            whole = list_name not in NAME_LISTS or utterance.is_whole(*entity.text_span)
            # "play pray for me": "for me" may be the title's own
            titled = NAME_LISTS.get(list_name) is NameKind.TITLE
            whole = whole and not (titled and _TITLE_MAY_GO_ON.match(utterance.original, span[1]))
            if not whole and not isinstance(read, Refusal):
                return Refusal.DECLINE  # a name is taken whole as typed, or not at all
            if entity.text_span[1] >= len(utterance.text):
                name_at_end = NAME_LISTS.get(list_name)
        else:  # a closed list's word: a detail of the action, or a word of the sentence
            read = {field: entity.value} if field in _FIELDS[action.full_code] else {}
        if isinstance(read, Refusal):
            return read
        if any(details.get(key, value) != value for key, value in read.items()):
            return Refusal.DECLINE  # "a python file called main.js"
        details.update(read)
    payload, clean = build_payload(action, details)
    if payload == payloads.MISSING and (details or not action.asks_for_missing):
        return Refusal.NOT_THIS
    return action.full_code, payload, clean, name_at_end, tuple(slots)


@per_message.one_message  # each clause's kind judged once for the message
def match(text: str) -> FastMatch | None:
    """The one action a message asks for, or ``None`` when unsure.

    A command typed the command-line way (:mod:`.command_line`) is read said
    plainly. A message of several clauses (:mod:`.clauses`) is answered when exactly one
    of them is a command and every other one plainly not (a greeting, a reason,
    a comment), or when one correction ("no wait", "I mean") takes back the
    command before it for the one after it; otherwise, and for a message of one
    clause, the message as a whole must be a command ("set a timer for an hour
    and a half" is one, across its "and"). Failing that, a command on "it" whose
    one thing another clause is about, or a command said in short pieces
    (:mod:`.reference`: "Chrome keeps crashing. Close it.", "timer. 10 min. go").
    Last, a message typed over lines is read with the line breaks a command goes on over
    as blanks (:func:`.clauses.lines_joined`). Else the model decides, and always when
    the message speaks of despair or self-harm (:mod:`.distress`), or asks to power the
    machine down beside work it speaks of as still running (:mod:`.in_progress`) or
    at a stamped hour (:mod:`.shift_talk`), or after another device with no machine named
    (:mod:`.other_devices`), or speaks after the command of it as no use or its purpose
    gone (:mod:`.objections`).
    """
    if len(text) > MAX_MESSAGE_CHARS or distress.heard(text):
        return None  # too long to read here, or someone in distress: the model reads it
    found = _match_said(text)
    if found is None:
        return None
    code = found.action.full_code
    before, after = _around_the_command(text, found)
    held_back = (
        in_progress.stops_work_running(code, text)  # "waiting for the build. shut down"
        or other_devices.meant_for_another(code, before)  # "my phone froze. restart"
        or objections.argued_against(code, after, found.payload)  # "…, the meeting got cancelled"
        or shift_talk.may_wait_or_object(code, text)  # "ward quiet at 4am, restart"
    )
    return None if held_back else found


def _around_the_command(text: str, found: FastMatch) -> tuple[str, str]:
    """The message up to the end of the command's clause, and what follows it: what may
    name another device before it (:mod:`.other_devices`), and what may argue against it
    after it (:mod:`.objections`; a story before it tells what happened before, "my train
    got cancelled. Open spotify"). With no one clause the command, the whole message is
    read for both."""
    clauses = clauses_of(text)
    at = next(
        (at for at, c in enumerate(clauses) if _is_the_command(_match_clause(c.text), found)),
        None,
    )
    if at is None:
        return text, text
    return text[: clauses[at].end], text[clauses[at].end :]


def _is_the_command(found: FastMatch | None, command: FastMatch) -> bool:
    return found is not None and found.action is command.action


def _match_said(text: str) -> FastMatch | None:
    said_plainly = plain_command(text)  # "open --app slack", "/open spotify"
    said = text if said_plainly is None else said_plainly
    said = exclamations.read_as_marks(arrows.read_as_words(said))  # "chrome -> close"
    said = commentary.as_request(said) or said  # "AND MILIO OPENS SPOTIFY!"
    said = said_once(said) or said  # "open zoom. open zoom!!" is said once
    found = _match_message(said)
    if found is None and (asked := terse.open_request(said)) is not None:
        found = _match_clause(asked)  # "spotify. now.": the name alone, asked for
    if found is None and (plain := timer_purposes.without_purpose(said)) is not None:
        found = _timer_for(_match_message(plain))  # "parking timer 2h"
    if found is None and run_on.may_run_on(said):
        # "open spotify i have a meeting", "my boss is calling open zoom"
        found = _run_on(said) or _said_after_a_comment(said)
    if found is None and " before " in said.casefold():
        found = _done_before(said)  # "close slack before I share"
    if found is None:
        found = _contrasted(said)  # "open discord instead of slack"
    if found is not None or "\n" not in said:
        return found
    return _over_lines(said)


# A command said with what comes after it ("delete the file before screen share"): done
# now, it is done before; not one whose time matters (a timer, a recording, a shutdown).
_DONE_NOW_FOR_LATER = codes_of(
    *("open_app", "close_app", "open_file", "close_file", "delete_file", "delete_folder"),
    *("take_screenshot", "pause_music", "open_url"),
)
_BEFORE = re.compile(r"[\s,]+before\s+(?P<after>[^.!?,;:]+?)[\s.!]*$", re.IGNORECASE)


def _done_before(text: str) -> FastMatch | None:
    """ "close the file salary_review.pdf before I share", "take a screenshot of this
    before it clears": the command, when what follows "before" only comes after it
    (:func:`.asides.only_comes_after`) and the message asks nothing."""
    before = _BEFORE.search(text)
    if before is None or "?" in text:
        return None
    if not only_comes_after(words_of(before["after"]), names_a_thing):
        return None
    found = _match_message(text[: before.start()])
    return found if found and found.action.full_code in _DONE_NOW_FOR_LATER else None


# What a command on an application or a site may be set against: "close firefox instead
# of chrome", "go to bbc.com rather than cnn.com". Not "open chrome, not firefox": a
# negation beside a command is the model's to read.
_CONTRAST = re.compile(
    r"[\s,;–—-]+(?:instead\s+of|rather\s+than)\s+(?:the\s+|my\s+)?"
    r"(?P<other>[^\s,;:!?][^,;:!?]*?)[\s.!]*$",
    re.IGNORECASE,
)
_CONTRASTED = codes_of("open_app", "close_app", "open_url")


def _contrasted(text: str) -> FastMatch | None:
    """The command before "instead of X" or "rather than X", when X is an application or a site
    the fast path knows, other than the one the command names: the user says which one."""
    contrast = _CONTRAST.search(text)
    if contrast is None or "?" in text or not contrast.start():
        return None
    other = " ".join(contrast["other"].casefold().split())
    if not names_a_thing(other) and website_url(other) is None:
        return None
    found = _match_message(text[: contrast.start()])
    if found is None or found.action.full_code not in _CONTRASTED:
        return None
    named = {known_application(other), website_url(other), KNOWN_SITES.get(other)}
    return None if found.payload in named else found


def _timer_for(found: FastMatch | None) -> FastMatch | None:
    """A timer said with what it is for, when it says how long: "set a timer for my pasta"
    leaves the time to be judged."""
    if found is None or found.action.name != "set_timer" or found.payload == payloads.MISSING:
        return None
    return found


def _over_lines(text: str) -> FastMatch | None:
    r"""A command typed on over a line break ("set a timer for\n10 minutes"), read as one
    line; not when a name goes on over it ("called Things to\nDo" is no "Things to Do")."""
    joined, breaks = lines_joined(text)
    if not breaks:
        return None
    found = _match_message(joined)
    if found is None or found.action.full_code in reference.NEVER_FROM_PIECES:
        return None  # what cannot be undone is the model's to read over lines
    payload = found.payload.casefold()
    return None if any(f"{before} {after}" in payload for before, after in breaks) else found


def _run_on(text: str) -> FastMatch | None:
    """A command with a reason or a comment typed on without a comma ("open discord my
    friends are waiting"), read as if a comma stood where the second clause starts
    (:mod:`.run_on`). Only when the words before it are a whole command on no name the
    user chooses: after a folder name or a title the words may belong to it."""
    tried = 0
    for cut in run_on.cuts(text):
        before = text[:cut].rstrip()
        if not may_match_a_template(before):
            continue
        tried += 1
        if tried > MAX_RUN_ON_READINGS:
            return None
        command = _match_message(before)
        if command is None:
            continue
        if command.name_at_end is not None or any(s.reader in NAME_LISTS for s in command.slots):
            return None  # "create a folder called Things I Have To Do"
        if not run_on.may_be_an_aside(text[cut:]):
            return None  # "open spotify we are not allowed"
        return _the_same(_clause_by_clause(f"{before}, {text[cut:]}"), command)
    return None


def _the_same(found: FastMatch | None, command: FastMatch) -> FastMatch | None:
    """The reading with a comma put in, when it answers as the words cut off did."""
    same = found is not None and found.system_message == command.system_message
    return found if same else None


def _clause_by_clause(text: str) -> FastMatch | None:
    """``text``'s one command read clause by clause only, no correction in it: for a
    comma the run-on reading put in, the message read whole has failed already."""
    match_clause = _asked_in(text)
    clauses = clauses_of(text)
    if not 2 <= len(clauses) <= MAX_CLAUSES:
        return None
    joined = corrections_joined(text, clauses)
    if any(_corrects(joined, at) for at in range(1, len(joined))):
        return None
    return _from_clauses(text, clauses, match_clause)


def _message_or_run_on(text: str) -> FastMatch | None:
    found = _match_message(text)
    if found is not None or not run_on.may_run_on(text):
        return found
    return _run_on(text)


def _said_after_a_comment(text: str) -> FastMatch | None:
    """A command typed on after a comment with no comma ("my boss is calling open
    zoom"), read as if a comma stood before its verb (:func:`.run_on.command_starts`):
    only when the words from the verb on are a command, and read with the comma the
    message gives the same one."""
    for start in run_on.command_starts(text)[:MAX_RUN_ON_READINGS]:
        command = _message_or_run_on(text[start:])  # "... open zoom i need it now"
        if command is None:
            continue
        if not run_on.may_be_an_aside(text[:start]):
            return None  # "i cant hear open youtube"
        found = _message_or_run_on(f"{text[:start].rstrip()}, {text[start:]}")
        return _the_same(found, command)
    return None


def _match_message(text: str) -> FastMatch | None:
    """The one command ``text`` asks for. Its clauses are matched by :func:`_match_clause`,
    remembered for the message: several checks and readings read the same clause."""
    match_clause = _asked_in(text)
    clauses = clauses_of(text)
    instead = _said_instead(clauses)
    if instead and (found := _match_message(text[clauses[instead].start :])) is not None:
        # "scratch that, open zoom": the command right after the correction, not a
        # story first ("no wait, I closed chrome yesterday, open firefox")
        right_after = match_clause(clauses[instead].text)
        if right_after is not None and right_after.system_message == found.system_message:
            return found
    corrections: list[int] = []
    if 2 <= len(clauses) <= MAX_CLAUSES:
        joined = corrections_joined(text, clauses)
        corrections = [at for at in range(1, len(joined)) if _corrects(joined, at)]
        if len(corrections) == 1:
            found = _corrected(text, joined, corrections[0], match_clause)
        else:
            found = None if corrections else _from_clauses(text, clauses, match_clause)
        if found is not None:
            return found
    start, end = unwrapped(text)
    # Read whole, a message of several clauses is one command across them ("set a timer
    # for an hour and a half"): a template's length, not a story's.
    read_whole = len(clauses) < 2 or len(text[start:end].split()) <= MAX_WORDS_ACROSS_CLAUSES
    found = match_clause(text[start:end]) if read_whole else None
    if found is not None and len(clauses) >= 2:
        whole = reference.may_be_joined(found, clauses, match_clause)
        found = found if whole else None  # "Folder. Work. Delete.": put together
    if found is not None or corrections or not 1 <= len(clauses) <= MAX_CLAUSES:
        return found
    return reference.command_in_message(
        text,
        clauses,
        match_clause=match_clause,
        names_a_thing=names_a_thing,
        no_commands=partial(_comments_are_no_commands, match_clause=match_clause),
        chosen_names=NAME_LISTS.keys(),
    )


def _said_instead(clauses: list[Clause]) -> int:
    """Where what a message says instead starts, when it opens with corrections set
    apart ("scratch that, open zoom", "actually, scratch that - close teams"): what
    the user asked before it is taken back. 0 when it opens with none."""
    at = 0
    while at < len(clauses) and correction_end(clauses[at].text) == len(clauses[at].text):
        if words_of(clauses[at].text) in _REFUSALS_ALONE:
            return 0  # "No. Open spotify.": a refusal of something, maybe of the command
        at += 1
    return at if at < len(clauses) else 0


# A correction of one word that may as well refuse what follows it.
_REFUSALS_ALONE = (["no"], ["nope"], ["nah"], ["wait"], ["no", "no"])


def _corrects(clauses: list[Clause], at: int) -> bool:
    """Whether clause ``at`` opens with a correction that something follows, after a
    clause that may be a command ("hi, I mean, could you ..." corrects nothing).

    "I mean" before a statement says more, it takes nothing back: "open discord,
    I mean, the squad is waiting".
    """
    text = clauses[at].text
    end = correction_end(text)
    if end is None or (end == len(text) and at + 1 == len(clauses)):
        return False
    rest = text[end:] if end < len(text) else clauses[at + 1].text
    if chatter.is_unsure(words_of(text)) or chatter.is_unsure(words_of(rest)):
        return False  # "open firefox? sorry if that's weird", "...? sorry, I'm new to this"
    if words_of(text[:end]) == ["i", "mean"]:
        said_more = (Aside.COMMENT, Aside.SOCIAL, Aside.SIGN_OFF, Aside.REMARK)
        if aside_kind(rest, names_a_thing) in said_more:
            return False
    return aside_kinds(clauses[at - 1 : at], names_a_thing) == [None]


def _from_clauses(text: str, clauses: list[Clause], match_clause: MatchClause) -> FastMatch | None:
    kinds = aside_kinds(clauses, names_a_thing, text)
    second_asks.mark(clauses, kinds, text)  # "report due in 20? open excel"
    if kinds.count(None) > 1:
        return None  # several clauses that may be commands
    command: FastMatch | None
    if None in kinds:
        at = kinds.index(None)
        command = match_clause(_without_and(clauses[at].text))
    else:  # words the vocabulary does not know may still be a command: "vol down pls"
        fragments = [at for at, kind in enumerate(kinds) if kind is Aside.FRAGMENT]
        if len(fragments) > MAX_CHECKED_COMMENTS:
            return None
        # A fragment never opens with "and" or "but" (joined on, it may be a command).
        matched = {at: match_clause(clauses[at].text) for at in fragments}
        commands = [at for at, found in matched.items() if found is not None]
        if len(commands) != 1:
            return None
        at = commands[0]
        command = matched[at]
    kinds[:at] = [_scene_or(kinds[i], clauses[i], text) for i in range(at)]
    if command is not None and not _names_anything(command):
        # "shut down the computer. done for the day": after no name, no part of one
        kinds[at + 1 :] = [_scene_or(kinds[i], clauses[i], text) for i in range(at + 1, len(kinds))]
    elif command is not None and _names_known_things(command):
        kinds[at + 1 :] = [_busy_or(kinds[i], clauses[i], text) for i in range(at + 1, len(kinds))]
    if Aside.FRAGMENT in kinds[:at] + kinds[at + 1 :] or _the_speakers_plan(clauses, at):
        return None  # "mañana, open spotify": unknown words; "I'll go and open it": whose?
    if command is None or not _all_else_asides(clauses, kinds, at, command, match_clause):
        return None
    # "open zoom, I'll join tomorrow": wanted then, maybe
    later = later_use.put_off(
        command.action.full_code, [words_of(c.text) for c in clauses[at + 1 :]]
    )
    before = _comments_are_no_commands(clauses[:at], kinds[:at], command, match_clause=match_clause)
    return command if before and not later else None


# Who a statement is about, said first ("I'll go", "we're gonna head out"); not "you".
_SUBJECTS = frozenset(
    (
        *("i", "i'll", "ill", "i'm", "im", "i'd", "we", "we'll", "we're", "he", "he'll"),
        *("she", "she'll", "they", "they'll", "they're", "i’ll", "i’m", "we’ll"),
    )
)
# Words that make a statement a plan: what its subject will, must or may do.
_PLANNED = frozenset(
    (
        *("'ll", "’ll", "will", "gonna", "going", "wanna", "want", "gotta", "need", "have"),
        *("has", "should", "must", "about", "might", "may", "can", "could", "would", "try"),
        *("trying", "ill"),
    )
)


def _the_speakers_plan(clauses: list[Clause], at: int) -> bool:
    """Whether the command at ``at``, joined on with "and" or "then", goes on with the
    plan the statement before it tells: "I'll go and open spotify", "we're gonna eat
    then close zoom" say what its subject will do, not what the assistant should."""
    if not at:
        return False
    said, joined = words_of(clauses[at - 1].text), words_of(clauses[at].text)
    if not said or not joined or joined[0] not in ("and", "then"):
        return False
    planned = any(w in _PLANNED or w.endswith(("'ll", "’ll")) for w in said)
    return said[0] in _SUBJECTS and planned


def _names_anything(command: FastMatch) -> bool:
    """Whether the command names what it acts on ("open spotify", "delete the folder
    tmp"): a scene after it may be the rest of the name, or say when ("Open spotify.
    Lunch break again."); a duration or an amount is no name."""
    return any(slot.reader not in ("duration", "amount") for slot in command.slots)


def _names_known_things(command: FastMatch) -> bool:
    """Whether the command names only things of the lists (an application, a site): no
    name the user chose, which the words after it may go on."""
    return command.name_at_end is None and all(s.reader not in NAME_LISTS for s in command.slots)


def _busy_or(kind: Aside | None, clause: Clause, message: str) -> Aside | None:
    """After a command on a known thing, what the user is busy with now ("open canva,
    making a birthday card for my mum"), a scene (:func:`_scene_or`) of an "-ing" first;
    not one that points back ("making it full screen" may ask more of it)."""
    words = words_of(clause.text)
    busy = scenes.busy_doing_at(words) == 0 and _BACK_TO_THE_STORY.isdisjoint(words)
    if kind is Aside.FRAGMENT and not clause.asked_in(message) and is_the_moment(clause.text):
        return Aside.SCENE  # "open vlc. movie time", "open zoom, meeting!"
    return _scene_or(kind, clause, message) if busy else kind


def _scene_or(kind: Aside | None, clause: Clause, message: str) -> Aside | None:
    """A fragment before the command that sets a scene ("Lunch break again. Open
    youtube") is one (:func:`sets_the_scene`); any other kind stays. Not when asked
    ("gloves on? open firefox"): the question mark ends the clause, outside its text."""
    asked = clause.asked_in(message)
    scene = kind is Aside.FRAGMENT and not asked and sets_the_scene(clause.text)
    return Aside.SCENE if scene else kind


def _all_else_asides(
    clauses: list[Clause],
    kinds: list[Aside | None],
    at: int,
    command: FastMatch,
    match_clause: MatchClause,
) -> bool:
    """Whether the clauses around the command at ``at`` leave it alone: the checks that
    match no template first (a story, a number), then those after it."""
    told = _TOLD.isdisjoint(kinds) or _beside_a_story(clauses, kinds, at, command)
    if not told or not _no_number_for(command, clauses[:at]):
        return False
    checked = [
        c
        for i, (c, kind) in enumerate(zip(clauses, kinds, strict=True))
        if i != at and kind in _CHECKED and may_match_a_template(c.text)
    ]
    if len(checked) > MAX_CHECKED_COMMENTS:
        return False  # the bound is the message's, before and after the command together
    return _only_asides(clauses[at + 1 :], kinds[at + 1 :], command, match_clause)


# In a command beside a story, words for something the story told: "open it again",
# "do the same", "discord too", "that folder", "bring it back", "the other one".
_BACK_TO_THE_STORY = frozenset(
    (
        *("it", "it's", "its", "them", "that", "this", "those", "these", "one", "ones"),
        *("same", "again", "too", "also", "back", "another", "other", "instead", "else"),
        *("well", "do", "did", "repeat", "there", "here", "him", "her", "they", "rest"),
        *("both", "either", "more", "last", "previous", "before", "earlier", "yesterday"),
    )
)


def _beside_a_story(
    clauses: list[Clause], kinds: list[Aside | None], at: int, command: FastMatch
) -> bool:
    """Whether the command at ``at``, beside a story (:class:`Aside.NARRATIVE`), says
    all it acts on itself: no word for what the story told ("I closed chrome by
    mistake, open it again"), no detail missing, a thing when it names none ("chrome
    crashed and discord froze, restart": restart what?), and no name the story gives
    as a kind of thing ("I made a chill playlist, play chill"). Not joined on to the
    story ("I restarted my pc then open chrome" may tell both)."""
    text = clauses[at].text
    words = words_of(text)
    missing = command.payload == payloads.MISSING and command.action.full_code not in _BY_AN_AMOUNT
    if _BACK_TO_THE_STORY.intersection(words) or missing:
        return False
    if at and kinds[at - 1] is Aside.NARRATIVE and words[0] in _JOINED_ON:
        return False
    said = _without_and(text)
    if not command.slots and Aside.NARRATIVE not in kinds and "?" not in text:
        # "shift over. shutdown.": a scene names no thing the machine's end may be of
        return command.action.full_code in _ENDS_THE_DAY or names_what_it_acts_on(said)
    if not command.slots:
        return names_what_it_acts_on(said)
    story = [c.text for c, kind in zip(clauses, kinds, strict=True) if kind in _TOLD]
    named = [said[slot.start : slot.end] for slot in command.slots]
    return not any(names_as_a_thing(told, name) for told in story for name in named)


_JOINED_ON = frozenset(("and", "then", "but", "or", "plus", "also", "with", "nor"))
# What a scene may be followed by said bare: the machine put away (not "restart", which
# after "practice over" may be of a game).
_ENDS_THE_DAY = codes_of("sleep", "shut_down")
# Asides beside which the command must say all it acts on itself: a story, a scene.
_TOLD = frozenset((Aside.NARRATIVE, Aside.SCENE))


_AND = re.compile(r"(?:and|but)\s+(?=\S)", re.IGNORECASE)


def _without_and(text: str) -> str:
    """ "Do me a favour and open Spotify": after an aside, "and" joins it to nothing."""
    joined = _AND.match(text)
    return text[joined.end() :] if joined else text


def _only_asides(
    clauses: list[Clause],
    kinds: list[Aside | None],
    command: FastMatch,
    match_clause: MatchClause,
) -> bool:
    """Whether the clauses after ``command`` are all asides that may follow it."""
    after = kinds[0] if kinds else Aside.SIGN_OFF
    if after is None or not _may_follow(command.name_at_end, after):
        return False  # "play Hello, Goodbye": what follows a name may belong to it
    if None in kinds or Aside.FRAGMENT in kinds:
        return False  # "open discord, and spotify": maybe a second one
    if any(_STILL.intersection(words_of(clause.text)) for clause in clauses):
        return False  # "shut down, I'm still at my desk": maybe an objection
    return _no_number_for(command, clauses) and _comments_are_no_commands(
        clauses, kinds, command, match_clause=match_clause
    )


_STILL = frozenset(("still",))
# Actions whose detail is an amount (the volume): a story tells none but with a number
# (:func:`_no_number_for`), so "turn the volume up" beside one needs no more.
_BY_AN_AMOUNT = frozenset(
    code for code, action in ACTIONS.items() if any("{amount:" in t for t in action.templates)
)


# Actions whose details are a number: a timer's duration, the volume's amount.
_TAKE_A_NUMBER = frozenset(
    code
    for code, action in ACTIONS.items()
    if any("{amount:" in t or "{duration:" in t for t in action.templates)
)


def _no_number_for(command: FastMatch, asides: list[Clause]) -> bool:
    """Whether no aside holds a number or a time the command may take: beside "set a
    timer" or "volume up", a statement's "the pasta needs 12 minutes" may be its amount,
    and a remark of degree alone may say how much ("Really big. Volume up.")."""
    if command.action.full_code not in _TAKE_A_NUMBER:
        return True
    if any(slot.reader in ("duration", "amount") for slot in command.slots):
        return True  # "exam in 2h, set a timer for 25 minutes": it says its own
    return not any(
        tells_a_number(aside.text) or remarks.is_a_degree(words_of(aside.text)) for aside in asides
    )


def _comments_are_no_commands(
    clauses: list[Clause],
    kinds: list[Aside | None],
    command: FastMatch | None = None,
    *,
    match_clause: MatchClause,
) -> bool:
    """Whether no comment is a command after all ("it's too loud" is one), but a
    statement that asks for just what ``command`` does: "turn it down, it's way too
    loud" gives its reason. Each check matches the templates: past
    MAX_CHECKED_COMMENTS, the model decides instead."""
    # Read without the "and" that joins it on: "take a screenshot and time how long this
    # takes" asks for two things.
    comments = [
        (said, kind)
        for c, kind in zip(clauses, kinds, strict=True)
        if kind in _CHECKED and may_match_a_template(said := _without_and(c.text))
    ]
    if len(comments) > MAX_CHECKED_COMMENTS:
        return False
    for comment, kind in comments:
        found = match_clause(comment)
        if found is not None and not (kind is Aside.COMMENT and _asks_for(found, command)):
            return False
    return True


def _asks_for(found: FastMatch, command: FastMatch | None) -> bool:
    """Whether ``found`` asks for what ``command`` does, its detail unsaid or the same."""
    return (
        command is not None
        and found.action is command.action
        and found.payload in (payloads.MISSING, command.payload)
    )


_CHECKED = (Aside.COMMENT, Aside.FRAGMENT, Aside.NARRATIVE, Aside.REMARK, Aside.SCENE)


def _corrected(
    text: str, clauses: list[Clause], at: int, match_clause: MatchClause
) -> FastMatch | None:
    """The command after the one correction in the message, which takes back the one before.

    "open chrome, no wait, open firefox"; "open spotify sorry I mean discord": a
    bare name takes the cancelled command's place, read by the same reader. Just
    before the correction there must be what may be a command and holds nothing
    that bears on one (a negation, a condition, a report), and nothing else may be one.
    """
    said = clauses[at - 1]
    before = aside_kinds(clauses[: at - 1], names_a_thing)
    told = Aside.NARRATIVE in before  # a story, then a command taken back: the model reads it
    unknown = Aside.FRAGMENT in before  # "step 3: open slack no wait discord", as in a command
    no_commands = _comments_are_no_commands(clauses[: at - 1], before, match_clause=match_clause)
    if None in before or told or unknown or not no_commands:
        return None
    cancelled = match_clause(said.text)
    if cancelled is None and bears_on_a_command(said.text):
        return None  # "he said open chrome, no wait, ...": nothing to take back
    replacement, following = _replacement(text, clauses, at)
    if _ADDS_TO_IT.intersection(words_of(replacement.text)):
        return None  # "actually open firefox too": both, not instead
    # Cut off by punctuation, a correction word cannot be part of a name before it.
    punctuated = bool(text[said.end : clauses[at].start].strip())
    command = _instead(said, cancelled, replacement, match_clause, punctuated=punctuated)
    if command is None:
        return None
    kinds = aside_kinds(clauses[following:], names_a_thing)
    if Aside.NARRATIVE in kinds or not _no_number_for(command, clauses[: at - 1]):
        return None
    return command if _only_asides(clauses[following:], kinds, command, match_clause) else None


def _replacement(text: str, clauses: list[Clause], at: int) -> tuple[Clause, int]:
    """What the correction at ``at`` says instead, and where the clauses after it start."""
    marker = clauses[at]
    rest = marker.start + (correction_end(marker.text) or 0)
    if rest < marker.end:
        said = Clause(rest, marker.end, text[rest : marker.end])
        return _without_instead(text, said), at + 1
    return _without_instead(text, clauses[at + 1]), at + 2


def _instead(
    said: Clause,
    cancelled: FastMatch | None,
    replacement: Clause,
    match_clause: MatchClause,
    *,
    punctuated: bool,
) -> FastMatch | None:
    """The command the replacement gives in place of the one ``said`` before it."""
    command = match_clause(replacement.text)
    if command is None:
        if cancelled is not None and cancelled.slots:
            # A name the user chooses may hold the correction's words when nothing
            # sets them apart ("create a folder called Project Wait No Time").
            free = any(slot.reader in NAME_LISTS for slot in cancelled.slots)
            return (
                None
                if free and not punctuated
                else _in_place_of(said.text, cancelled, replacement.text, match_clause)
            )
        if not punctuated:
            return None
        return _in_place_of_the_end(said.text, replacement.text, match_clause)
    if cancelled is None:
        # A command the fast path does not know ("play some jazz"): taken back
        # whole, when punctuation sets the correction apart from it.
        return command if punctuated else None
    if cancelled.name_at_end and not punctuated:
        return None  # "create a folder called Stuff Actually Open Discord"
    return command


def _in_place_of_the_end(said: str, instead: str, match_clause: MatchClause) -> FastMatch | None:
    """The words said instead in place of the last words of the command taken back,
    when every such reading that is a command gives the same one: "turn the volume
    up, no, down"; "set a timer for 5, no, 10 minutes"; "take a screenshot, no, a
    photo". Not for a title, which may be any words."""
    as_typed = instead.rstrip(" .!…")
    instead = without_sign_off(instead)
    words = list(re.finditer(r"\S+", said))
    if not instead or len(instead.split()) > MAX_NAME_WORDS:
        return None
    readings: dict[str, FastMatch] = {}
    for size in range(1, min(MAX_REPLACED_WORDS, len(words) - 1) + 1):
        found = match_clause(said[: words[-size].start()] + instead)
        if found is not None:
            readings[found.system_message] = found
    if len(readings) != 1:
        return None
    found = next(iter(readings.values()))
    if found.name_at_end is not None and instead != as_typed:
        return None  # "Pretty Please" may be the whole name: no sign-off is cut from it
    return None if found.name_at_end is NameKind.TITLE else found


_INSTEAD = re.compile(r"[\s,]+instead[\s.!…]*$", re.IGNORECASE)


def _without_instead(text: str, clause: Clause) -> Clause:
    """ "open firefox instead" says no more than "open firefox" after a correction."""
    instead = _INSTEAD.search(clause.text)
    if instead is None or not instead.start():
        return clause
    end = clause.start + instead.start()
    return Clause(clause.start, end, text[clause.start : end])


# Words that make a correction an addition: "open firefox too".
_ADDS_TO_IT = frozenset(("too", "also", "both", "well", "and", "plus", "again"))


def _in_place_of(
    said: str, cancelled: FastMatch, name: str, match_clause: MatchClause
) -> FastMatch | None:
    """The cancelled command with ``name`` in place of its one slot, read anew.

    "open spotify, or rather discord" is "open discord". Not for a title, which may be
    any words.
    """
    if len(cancelled.slots) != 1:
        return None
    slot = cancelled.slots[0]
    kind = NAME_LISTS.get(slot.reader)
    if kind is NameKind.TITLE:
        return None
    # A name the user chooses is taken as typed ("Pretty Please"); a known one may be
    # followed by a sign-off ("firefox please").
    name = name.rstrip(" .!…") if kind is NameKind.NAME else without_sign_off(name)
    if not name:
        return None
    command = match_clause(said[: slot.start] + name + said[slot.end :])
    if command is None or command.action is not cancelled.action or len(command.slots) != 1:
        return None
    # The name is read, as typed, by a reader of the same action, inside what was
    # said instead ("I mean the discord app": the template takes "the" and "app").
    read, end = command.slots[0], slot.start + len(name)
    if kind is NameKind.NAME:  # the whole of it, nothing dropped ("Pretty Please")
        return command if (read.start, read.end) == (slot.start, end) else None
    return command if slot.start <= read.start and read.end <= end else None


def _may_follow(name: NameKind | None, aside: Aside) -> bool:
    """Whether ``aside`` may come right after a clause that ends with ``name``.

    A title may be a whole sentence ("play Hello, I Love You"): after one, only
    a sign-off. A folder or file name is rarely more than a few words, but a
    greeting or an interjection after it may still be part of it.
    """
    if name is NameKind.TITLE:
        return aside is Aside.SIGN_OFF
    if name is NameKind.NAME:
        return aside not in (Aside.SOCIAL, Aside.REMARK)
    return True


# Each clause matched once, however many readings of the message hold it.
@per_message.remembered
def _match_clause(text: str, *, unwrapped_once: bool = False) -> FastMatch | None:
    found = _match_clause_as_said(text, unwrapped_once=unwrapped_once)
    if found is not None:
        return found
    bare = office.without_purpose(text)  # "take a screenshot for the audit trail"
    if bare is not None:
        return _for_a_purpose(_match_clause_as_said(bare))
    bare = office.without_a_while(text)  # "stop the music for a sec"
    found = None if bare is None else _match_clause_as_said(bare)
    if found is None or found.action.full_code not in office.SAID_FOR_A_WHILE:
        return None
    return found


def _for_a_purpose(found: FastMatch | None) -> FastMatch | None:
    """A command read without the purpose said after it ("take a screenshot for the
    audit trail"): one that acts on no name, or a timer that says its duration."""
    if found is None or found.action.full_code in office.NAMELESS:
        return found
    timed = any(slot.reader == "duration" for slot in found.slots)
    return found if found.action.name == "set_timer" and timed else None


def _match_clause_as_said(text: str, *, unwrapped_once: bool = False) -> FastMatch | None:
    utterance = utterance_of(text)
    if utterance is None:
        return None
    first, last = utterance.tokens[0], utterance.tokens[-1]
    start, end = unwrapped(text, first.start, last.end)
    if (start, end) != (first.start, last.end) and not unwrapped_once:
        # "**pause the music** thanks!": the wrappers were inside the politeness
        inner = _match_clause(text[start:end], unwrapped_once=True)
        if inner is None:
            return None
        moved = tuple(Slot(s.reader, s.start + start, s.end + start) for s in inner.slots)
        return replace(inner, slots=moved)
    found = _match_utterance(utterance)
    if isinstance(found, FastMatch) and _asks_or_tells_a_state(text, utterance, found):
        found = Refusal.DECLINE
    if found is not None:
        return found if isinstance(found, FastMatch) else None
    # Read verb first only when a verb is said last: otherwise it reads the same.
    reordered = utterance_of(text, verb_first=True) if utterance.verb_last else None
    if reordered is None or reordered.tokens == utterance.tokens:
        return _name_asked_for(text)
    again = _match_utterance(reordered)
    return again if isinstance(again, FastMatch) else _name_asked_for(text)


def _name_asked_for(text: str) -> FastMatch | None:
    """A known name and a word that asks for it (:mod:`.terse`), read as "open <name>":
    "spotify pls" in "stuck in traffic. spotify pls"; its slots where the name was typed."""
    asked = terse.open_request(text)
    found = None if asked is None else _match_clause(asked)
    if asked is None or found is None:
        return None
    shift = text.find(asked.removeprefix("open ")) - len("open ")
    moved = tuple(Slot(s.reader, s.start + shift, s.end + shift) for s in found.slots)
    return replace(found, slots=moved)


@per_message.replayed  # clauses read alike ("please open X", "open X") are matched once
def _readings(text: str) -> Iterator[RecognizeResult]:
    return get_matcher().recognizer.recognize_all(text)


def _match_utterance(utterance: Utterance) -> FastMatch | Refusal | None:
    """The one reading of the utterance; ``Refusal.DECLINE`` when one of them declines."""
    found: dict[tuple[str, str], dict[str, str]] = {}
    slots: dict[tuple[str, str], tuple[Slot, ...]] = {}
    name_at_end: NameKind | None = None
    if not may_match_a_template(utterance.text):
        return None  # no word of any template: matching would find nothing, slowly
    for count, result in enumerate(_readings(utterance.text)):
        if count >= MAX_READINGS:
            return None
        reading = _read(utterance, result)
        if reading is Refusal.DECLINE:
            return Refusal.DECLINE
        if isinstance(reading, tuple):
            code, payload, details, at_end, where = reading
            found[(code, payload)] = details
            slots.setdefault((code, payload), where)
            name_at_end = name_at_end or at_end
    chosen = _one_reading(found)
    if chosen is None:
        return None
    (code, payload), details = chosen
    return FastMatch(ACTIONS[code], payload, details, name_at_end, slots[(code, payload)])


# Words a template may take or leave before a free-text slot ("[the|my] {playlist}",
# "with the name [of] {folder}").
_OPTIONAL_LEADS = frozenset(("the", "a", "an", "my", "your", "this", "new", "of", "as"))


def _one_reading(
    found: dict[tuple[str, str], dict[str, str]],
) -> tuple[tuple[str, str], dict[str, str]] | None:
    """The reading the sentence has, when its readings agree.

    Readings that differ only by a word a template leaves optional ("the
    beatles" or "beatles" in "from the beatles playlist") are one reading: the
    one that leaves the word to the template.
    """
    groups: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for code, payload in found:
        core = "|".join(_without_lead(part) for part in payload.split("|"))
        groups.setdefault((code, core), []).append((code, payload))
    if len(groups) != 1:
        return None
    key = min(next(iter(groups.values())), key=lambda item: len(item[1]))
    return key, found[key]


def _without_lead(text: str) -> str:
    words = text.split(" ")
    while len(words) > 1 and words[0].casefold() in _OPTIONAL_LEADS:
        words = words[1:]
    return " ".join(words)


# A name then the state it should be in, said short ("discord on", "spotify off", "music
# pause"), asks whether it is with a question mark, and tells that it is with these words.
_STATE_WORDS = frozenset(("on", "off", "pause", "stop"))
_TOLD_STATES = frozenset(("already", "still", "yet", "again", "anyway", "anyways"))
# The machine's states, said last after a thing ("pc restart?", "laptop sleep already"),
# ask or tell as "pc off?" does; a verb alone ("reboot?") asks for it.
_MACHINE_STATES = frozenset(("sleep", "restart", "reboot", "shutdown", "hibernate"))
# Applications named with a common word, never taken from the name and a state alone
# (Teams, at work, is the application).
_WORDS_BEFORE_A_STATE = CONTENT_NOUN_NAMES.union(
    ("clock", "edge", "opera", "calendar", "line")
).difference(("teams",))
_VERBS_BEFORE_A_STATE = frozenset(
    (
        *("turn", "switch", "put", "shut", "power", "get", "chuck", "stick", "pop", "whack"),
        *("throw", "close", "kill", "make", "hop", "x", "log", "sign", "flip", "cut", "knock"),
    )
)


# The sound said first, then the way it should go with a question mark, asks whether it
# should: "vol up?", "music down?" (not "turn the volume up?", a request that asks).
_WAYS_ASKED = frozenset(("up", "down"))
_SOUND_SAID_FIRST = frozenset(("volume", "vol", "sound", "music", "audio", "the", "my"))


def _asks_or_tells_a_state(text: str, utterance: Utterance, found: FastMatch) -> bool:
    """Whether ``text``, a thing said first and then "on" or "off", asks or tells the
    state it is in ("discord off?", "pc off?", "spotify on already") rather than asks
    for it."""
    last = utterance.tokens[-1].word
    if last in _WAYS_ASKED and "?" in text:
        return _SOUND_SAID_FIRST.issuperset(token.word for token in utterance.tokens[:-1])
    said_after = last in _MACHINE_STATES and len(utterance.tokens) > 1
    if last not in _STATE_WORDS and not said_after:
        return False
    if utterance.tokens[0].word in _VERBS_BEFORE_A_STATE:
        return False  # "turn discord off?", "put spotify on?": a request that asks
    if " ".join(token.word for token in utterance.tokens[:-1]) in _WORDS_BEFORE_A_STATE:
        return True  # "clock off" ends a shift, "notes on" may begin a title
    return "?" in text or not _TOLD_STATES.isdisjoint(words_of(text))


def _asked_in(message: str) -> MatchClause:
    """Matching a clause of ``message`` with the question mark the cut left after it:
    "discord close? lol", "discord on?? lol" ask as "discord close?" does; with no
    question mark in the message, :func:`_match_clause` itself."""
    if "?" not in message:
        return _match_clause

    def match_clause(clause: str) -> FastMatch | None:
        at = message.find(clause)
        after = message[at + len(clause) :].lstrip(" !") if at >= 0 else ""
        asked = after.startswith("?") and not clause.endswith("?")
        return _match_clause(f"{clause}?" if asked else clause)

    return match_clause
