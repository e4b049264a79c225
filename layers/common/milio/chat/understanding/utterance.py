"""What the user typed, without the words that do not change what they ask for.

"hey milio, could you please open Discord for me 🙏" becomes "open Discord":
greetings, politeness and filler at either end, emoji and emoticons at either
end, and the sentence's closing punctuation go; so do spoken disfluencies
anywhere ("open um slack"). Chat shorthand is read as the word it stands for
("vol up", "take a pic w the webcam"), and "would you mind opening" as "open".
Every token that stays keeps the user's own characters, and
:meth:`Utterance.typed` gives them back exactly: an emoji or a letter of any
script inside a name stays in it, and a name with a dropped word inside it is
not whole (:meth:`Utterance.is_whole`), so it is never rewritten to fit.
Negations, questions and conditions are left in place, so they match no
template and go to the model.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import cached_property
from types import MappingProxyType

from milio.chat.understanding import frames, other_languages, typos, wake_words
from milio.chat.understanding.applications import COMMON_WORD_NAMES, known_application
from milio.chat.understanding.names import names_a_thing
from milio.chat.understanding.stretched import read_as, said_once
from milio.chat.understanding.websites import KNOWN_SITES

MAX_CHARS = 160


def _grateful_frames() -> tuple[str, ...]:
    """ "I'd be ever so grateful if you could", "I would be much obliged if you would"..."""
    return tuple(
        f"{subject} be {degree}{feeling} if {you}"
        for subject in ("i would", "i'd", "id", "i will", "i'll", "i shall", "i should", "we'd")
        for degree in ("", "most ", "so ", "ever so ", "very ", "really ", "much ", "truly ")
        for feeling in ("grateful", "thankful", "obliged", "appreciative")
        for you in ("you could", "you would", "you'd", "you can", "you could please")
    )


def _purpose_tails() -> tuple[str, ...]:
    """ "... for the 10am call", "... ahead of the meeting": what a workplace request is for."""
    things: tuple[str, ...] = ("meeting", "call", "standup", "stand-up", "presentation")
    things += ("demo", "review", "report", "team", "client", "interview", "webinar", "deck")
    things += ("workshop", "client call", "team meeting", "team call", "sales call")
    things += ("board meeting",)
    # What else people join on a computer, and its usual kinds ("my church meeting").
    gatherings = ("meeting", "call", "class", "service", "session", "lesson", "lecture")
    things += (*gatherings[2:], "seminar", "appointment", "book club")
    kinds = ("church", "family", "weekly", "daily", "morning", "online", "video", "group")
    things += tuple(f"{kind} {gathering}" for kind in kinds for gathering in gatherings)
    return (
        *(
            f"{lead} {the} {thing}"
            for lead in ("for", "ahead of")
            for the in ("the", "my", "our")
            for thing in things
        ),
        *("for documentation purposes", "for my records", "for reference", "for the record"),
        *("for audit purposes", "for compliance purposes"),
    )


def _on_the_computer() -> tuple[str, ...]:
    """ "turn up the volume on my laptop": where, when it is the only place there is. Not
    "on the desktop": a folder there is a place the templates read."""
    return tuple(
        f"{where} {the} {device}"
        for where in ("on", "of", "in", "from")
        for the in ("the", "my", "this")
        for device in ("computer", "pc", "laptop", "mac", "macbook", "machine")
    )


# Said before a verb in the past tense: "it would be great if you opened discord".
_WISH_PREFIXES = tuple(
    f"{frame} if you"
    for frame in (
        *("it would be great", "it'd be great", "it would be nice", "it'd be nice"),
        *("i'd love it", "i would love it", "i'd like it", "i would like it"),
        *("i'd appreciate it", "i would appreciate it", "it would help", "it'd help"),
        # "(it) would be awesome if you opened slack", "that'd be amazing if you could"
        *(
            f"{it}be {good}"
            for it in ("would ", "it would ", "it'd ", "itd ", "that would ", "that'd ")
            for good in (
                *("great", "nice", "awesome", "amazing", "lovely", "perfect", "cool"),
                *("helpful", "super helpful", "really helpful", "so helpful", "wonderful"),
                *("brilliant", "fantastic", "ideal", "so great", "really great", "a huge help"),
                *("a big help", "a lifesaver", "good", "really good"),
            )
        ),
        *("would love it", "would appreciate it", "would really appreciate it"),
        *("i'd really appreciate it", "i would really appreciate it", "i'd really love it"),
    )
)

# Said before the request. Longest phrases are tried first; commas and colons
# after them ("hey milio, ...", "milio: ...") go with them.
_PREFIXES = (
    "hey milio",
    "hi milio",
    "hello milio",
    "ok milio",
    "okay milio",
    "yo milio",
    "milio",
    "hey there",
    "hi there",
    "hello there",
    "thanks",
    "thank you",
    "thx",
    "hey",
    "hi",
    "hello",
    "yo",
    "ok",
    "okay",
    "k",
    "alright",
    "all right",
    "so",
    "um",
    "umm",
    "uh",
    "hmm",
    # what dictation spells out before the words: "new line open zoom"
    *("new line", "newline", "new paragraph"),
    "well",
    "now",
    "and now",
    "right",
    "please",
    "pls",
    "plz",
    "plss",
    "pleaseee",
    "kindly",
    "just",
    "quickly",
    "quick",
    # Urgency said first, terse: "asap close chrome", "urgent open teams".
    *("asap", "urgent", "urgently", "rn", "right now", "immediately", "hurry"),
    "can you",
    "could you",
    "would you",
    "will you",
    "can u",
    "could u",
    "would u",
    "will u",
    "can ya",
    "could ya",
    "would you kindly",
    "would you be so kind as to",
    "be so kind as to",
    "i'd like you to",
    "i would like you to",
    "id like you to",
    "i want you to",
    "i need you to",
    "can i get",
    "could i get",
    "can i have",
    "could i have",
    "give me",
    "get me",
    "go ahead and",
    # Not "go" alone: peeled, "go to youtube" and "go into sleep mode" would lose their verb.
    *("go and", "go on and", "just go and"),
    # a hedge said right before the verb softens the request, it does not defer it
    # ("maybe open spotify?"; "maybe I should open spotify" is no request: no verb here)
    "maybe",
    "perhaps",
    "possibly",
    "maybe just",
    "perhaps just",
    "i guess",
    "maybe you could",
    "perhaps you could",
    "maybe you can",
    # frustration and urgency said before it
    "ugh",
    "ughh",
    "argh",
    "omg",
    "oh my god",
    "ffs",
    "for god's sake",
    "for gods sake",
    "for the love of god",
    "come on",
    "c'mon",
    "cmon",
    "jeez",
    "geez",
    "seriously",
    "honestly",
    "hurry",
    "hurry up",
    "quick quick",
    # disfluencies and chat openers
    "er",
    "erm",
    "uhh",
    "uhm",
    "hm",
    "like",
    "so yeah",
    "you know",
    "good morning",
    "good afternoon",
    "good evening",
    "morning",
    # other Englishes: "please to open ...", "you can open ..."
    "please to",
    "kindly to",
    "can you please",
    "could you please",
    "is it possible to",
    "would it be possible to",
    "would you be able to",
    "could you be able to",
    "are you able to",
    "it would be great if you could",
    "it'd be great if you could",
    "it would be nice if you could",
    "i'd appreciate it if you could",
    "i was wondering if you could",
    "i was wondering if u could",
    "i wonder if you could",
    "any chance you could",
    "any chance u could",
    "do one thing",
    "please do the needful and",
    "do the needful and",
    "can you to",
    "could you to",
    "please you",
    "you please",
    "for me",
    "could you possibly",
    "can you possibly",
    "can i ask you to",
    "could i ask you to",
    "do you think you could",
    "if you could",
    "be a dear and",
    "please be a dear and",
    "be a love and",
    "could you be a love and",
    "would you be a love and",
    "would you be a dear and",
    "be a legend and",
    "be a gem and",
    "be a star and",
    "be an angel and",
    "be a doll and",
    "be a sweetheart and",
    # formal and corporate frames
    "dear",
    "my dear",
    *_grateful_frames(),
    *(f"{wish} could" for wish in _WISH_PREFIXES),
    "i would appreciate it if you could",
    "i would appreciate it if you would",
    "i'd appreciate it if you would",
    "i would appreciate if you could",
    "i'd appreciate if you could",
    "would you be so good as to",
    "would you be ever so kind as to",
    "would you be so very kind as to",
    "could you be so kind as to",
    "would you be ever so kind and",
    "would you be so kind to",
    "would you please be so kind to",
    "please be so kind to",
    "be so kind to",
    "i ask you to",
    "i ask you please to",
    "i would ask you to",
    "i'd ask you to",
    "i must ask you to",
    "gimme",
    "fyi",
    "per our discussion",
    "as discussed",
    "action required",
    "please be advised",
    "be advised",
    # The notice framing a request ("please be advised that I need excel opened"): what
    # follows is read as said alone, its own time or negation included.
    "please be advised that",
    "be advised that",
    "please note that",
    "please note",
    "for your information",
    "for your awareness",
    "just a heads up",
    "heads up",
    "hi team",
    "hello team",
    "i wonder if you might",
    "i was wondering if you might",
    "might you",
    "might you please",
    "young man",
    "young lady",
    "now then",
    "if you would be so kind",
    "if you'd be so kind",
    "if you would be so kind as to",
    "if you'd be so kind as to",
    "be so good as to",
    "would you be kind enough to",
    "could you be kind enough to",
    "please be kind enough to",
    "please be so kind as to",
    "may i ask you to",
    "might i ask you to",
    "i'd like to ask you to",
    "i would like to ask you to",
    "i kindly request you to",
    "i request you to",
    "request you to",
    "requesting",
    "request",
    "i request",
    "i'd like to request",
    "i would like to request",
    "i am requesting",
    "i'm requesting",
    "we request",
    "i want that you",
    "i want you",
    "i would like that you",
    "i'd like that you",
    "i need that you",
    "can we",
    "could we",
    "can we please",
    "could we please",
    "is it possible for you to",
    "would it be possible for you to",
    "requesting you to",
    "kindly request you to",
    "please proceed to",
    "kindly proceed to",
    "proceed to",
    "please go ahead and",
    "please kindly",
    "kindly please",
    "if you would",
    "if you would please",
    "if you would kindly",
    "if you don't mind",
    "if you please",
    # chat and gamer openers
    "bro",
    "bruh",
    "dude",
    "fam",
    "ngl",
    "lowkey",
    "ayo",
    "aye",
    "oi",
    "yo bro",
    "dawg",
    "milo",
    "mileo",
    "emilio",
    "millio",
    "melio",
    "give us",
    "get us",
    "feel free to",
    "you may",
    "i'm asking you to",
    "im asking you to",
    "how about you",
    "would you care to",
    "care to",
    "i'd appreciate it if you'd",
    "i would appreciate it if you'd",
    "bhai",
    "arre",
    "achha",
    "acha",
    "sir",
    "sir please",
    "boss",
    "madam",
    "ma'am",
    "homie",
    "aight",
    "ight",
    "bet",
    "gn",
    # "be right back": the user steps away while it is done ("brb restart").
    *("brb", "brb guys", "afk brb"),
    "ok so",
    "okay so",
    "alright so",
    # back to the request after a long story: "..., anyway can you open spotify"
    "anyway",
    "anyways",
    "anyhow",
    "so anyway",
    "btw",
    "by the way",
    # the point of a long message: "long story short I need word open", "which is why
    # I need you to open zoom" (issue 20)
    *("long story short", "so long story short", "which is why", "that's why", "thats why"),
    *("so that's why", "hence", "the thing is", "thing is", "before i forget"),
    *other_languages.POLITENESS_BEFORE,
    *other_languages.FRAMES,
    *other_languages.CAN_YOU,
    *frames.LEADS,
)
# Said after the request.
_SUFFIXES = (
    "please",
    "pls",
    "plz",
    "plss",
    "pleaseee",
    "thanks",
    "thank you",
    "thank u",
    "thanks a lot",
    "thanks so much",
    "thank you so much",
    "please and thank you",
    "thx",
    "ty",
    "cheers",
    "for me",
    "now",
    "right now",
    "from now",
    "starting now",
    "asap",
    "quickly",
    "real quick",
    "quick",
    "immediately",
    "right away",
    "straight away",
    "at once",
    "already",
    "too",
    "as well",
    "will you",
    "would you",
    "could you",
    "can you",
    "will ya",
    "would ya",
    "ok",
    "okay",
    "milio",
    "buddy",
    "mate",
    "bro",
    "dude",
    "my friend",
    "lol",
    "haha",
    "rn",
    "rq",
    "ta",
    # said in passing, in a long message: "Oh, open spotify by the way." (issue 20)
    *("by the way", "btw"),
    "that would be great",
    "that'd be great",
    "would be great",
    "period",
    "full stop",
    "exclamation mark",
    "exclamation point",
    "yaar",
    "lah",
    "innit",
    "so yeah",
    "you know",
    "ty",
    "tysm",
    "thank you very much",
    # frustration said after it, or a hedge on the asking (a "maybe" after the
    # request leaves it open: "close chrome maybe" goes to the model)
    "if possible",
    "if that's possible",
    "ffs",
    "for god's sake",
    "for gods sake",
    "for the love of god",
    "come on",
    "ugh",
    # formal and corporate endings
    "at your earliest convenience",
    "at your convenience",
    "at the earliest",
    "as soon as possible",
    "as soon as you can",
    *frames.NO_TROUBLE,
    "if you don't mind",
    "if you would",
    "if you please",
    "if you would be so kind",
    "thank you kindly",
    "thanks in advance",
    "thx in advance",
    "thank you in advance",
    "ty in advance",
    "tia",
    "many thanks",
    "much appreciated",
    "appreciate it",
    "i appreciate it",
    "kind regards",
    "best regards",
    "regards",
    # chat shorthand
    "pls n thx",
    "pls and thx",
    "plz n thx",
    "plz and thx",
    "please and thanks",
    "please n thanks",
    "kthx",
    "kthxbye",
    "thnx",
    "thanx",
    "tnx",
    "thks",
    "ty so much",
    "do the needful",
    "please do the needful",
    *_purpose_tails(),
    # Done with it for a while: "shut down the computer for the night", "close teams for
    # the day" (not "for tonight": "open zoom for tonight" is for later).
    *("for the night", "for the day", "for today", "for the weekend"),
    *_on_the_computer(),
    "thank you for your cooperation",
    "thank you for your help",
    "thanks for your help",
    "thanks for the help",
    "thank you for your assistance",
    "thanks and regards",
    "thanks & regards",
    "warm regards",
    "best wishes",
    "yours sincerely",
    "yours truly",
    "yours faithfully",
    "much obliged",
    "thank you ever so much",
    "thanks ever so much",
    "lmao",
    "lmfao",
    *other_languages.POLITENESS_AFTER,
)
# Said before the request, but about the user ("I want to restart" may be about a
# game): a bare verb ("restart", "pause") is not taken after them.
_INDIRECT_PREFIXES = (
    "wanna",
    "you wanna",
    "u wanna",
    "i'd like",
    "i would like",
    "id like",
    "i'd love",
    "i would love",
    "i'd appreciate",
    "i would appreciate",
    "need",
    "i'd like to",
    "i would like to",
    "id like to",
    "i want to",
    "i wanna",
    "i need to",
    "i need",
    "i want",
    "let's",
    "lets",
    # A game just over ("gg close val"): a bare verb after it may be the game's ("gg restart").
    *("gg", "ggs", "gg wp", "gg ez", "gg go next"),
    *other_languages.HELP_FRAMES,
    *frames.WANTING,
    *frames.TIME_FOR,
)
# Tags some Englishes end a request with ("open spotify na", "close it eh"). Each may
# also end a title ("Hey Ya"): a name just before one is not taken (Utterance.is_whole).
# Words of address that are also words of titles ("All You Need Is Love"): taken as
# address only after a comma ("open skype, love").
_ADDRESS_AFTER_A_COMMA = frozenset(
    ("love", "pet", "hun", "honey", "son", "sweetheart", "luv", *frames.PET_NAMES_SET_APART)
)
_TAG_SUFFIXES = (
    *("na", "eh", "ya", "yeah", "man", "la", "leh", "dear", "my dear", "fr", "fr fr"),
    *("for real", "no cap", "fam", "bruh", "ngl", "darling", "sweetie", "ong", "on god"),
    *("deadass", "tho", "only", "itself", "ji", "bhai", "boss", "sir", "madam", "ma'am"),
    *("once", "one time", "fast", "gn", "good night", "goodnight", "sincerely", "pronto"),
    *("respectfully", "bless you", "god bless", "god bless you", "milo", "mileo", "emilio"),
    "brb",
    # A game just over, said after the request too ("close val gg"); as after a lead, a
    # bare verb before it may be the game's ("restart gg").
    *("gg", "ggs", "gg wp", "gg ez"),
    *other_languages.TAGS,
    *frames.TAGS,
)
# Said before a request in other Englishes ("you can create folder with name X"); with a
# question mark they ask whether it can be done ("you can open discord?"): not a command.
_STATEMENT_PREFIXES = ("you can", "you could", "u can", "u could", "you", "u")
# Said before a verb in its -ing form: "would you mind opening discord" is "open discord".
_GERUND_PREFIXES = (
    "you mind",
    "would you mind",
    "would u mind",
    "do you mind",
    "do u mind",
    "mind",
    "would you mind please",
    "how about",
    "what about",
    "any chance of",
    *frames.GERUND_LEADS,
)
_PAST_TENSES: dict[str, str] = {
    **{"opened": "open", "closed": "close", "launched": "launch", "started": "start"},
    **{"took": "take", "played": "play", "paused": "pause", "restarted": "restart"},
    **{"rebooted": "reboot", "turned": "turn", "set": "set", "put": "put", "made": "make"},
    **{"created": "create", "deleted": "delete", "renamed": "rename", "recorded": "record"},
    **{"stopped": "stop", "killed": "kill", "quit": "quit", "raised": "raise"},
    **{"lowered": "lower", "shut": "shut", "switched": "switch", "fired": "fire"},
}
# What a thing did, in a wish: "if the pc went to sleep".
_DID = {**_PAST_TENSES, "went": "go"}
_VERBS_OF_COMMANDS = (
    *("open", "launch", "start", "play", "record", "restart", "reboot", "turn", "lower"),
    *("boost", "crank", "pull", "fire", "boot", "load", "quit", "kill", "end", "bring"),
    *("exit", "close", "pause", "rename", "delete", "take", "make", "create", "increase"),
    *("decrease", "reduce", "mute", "capture", "raise", "set", "put", "get", "run", "shut"),
    *("stop", "drop", "snap", "grab", "bump", "show", "switch", "power", "lock"),
)
_DOUBLED = frozenset(("set", "put", "get", "run", "shut", "stop", "drop", "snap", "grab"))


def _gerund(verb: str) -> str:
    if verb in _DOUBLED:
        return f"{verb}{verb[-1]}ing"
    return f"{verb[:-1]}ing" if verb.endswith("e") else f"{verb}ing"


GERUNDS = {_gerund(verb): verb for verb in _VERBS_OF_COMMANDS}
# Verbs some Englishes and terse commands say after their object ("discord please open").
_FINAL_VERBS = frozenset(
    (
        *("open", "close", "launch", "start", "restart", "reboot", "quit", "exit", "take"),
        *("delete", "kill", "create", "make", "remove", "pause", "rename"),
    )
)
# Spoken hesitations, dropped wherever they are ("open um slack", "set a timer for uh 5 minutes"),
# and the comma dictation spells out ("milio comma open discord").
_DISFLUENCIES = frozenset(
    ("um", "umm", "uh", "uhh", "uhm", "er", "err", "erm", "hmm", "hm", "comma")
)
# Said between the verb and what it acts on in other Englishes ("open please discord").
_POLITE_AFTER_THE_VERB = frozenset(
    ("please", "pls", "plz", "kindly", *other_languages.PLEASE_IN_ONE_WORD)
)
# Said between the verb and its object by Englishes that put the adverb there ("close now
# the chrome", "take quickly a screenshot"): only before a determiner, so a title that
# starts with one stays whole ("play now and then").
_ADVERBS_AFTER_THE_VERB = frozenset(("now", "quickly", "immediately", "fast", "quick", "directly"))
# The state a thing should be in, after a word of wanting: "I need spotify closed".
_PARTICIPLES = {
    **{"opened": "open", "open": "open", "launched": "launch", "started": "start"},
    **{"closed": "close", "killed": "kill", "restarted": "restart", "rebooted": "reboot"},
    **{"paused": "pause", "stopped": "stop", "deleted": "delete", "removed": "remove"},
    **{"created": "create", "made": "make", "taken": "take", "played": "play"},
    **{"recorded": "record", "renamed": "rename", "turned": "turn", "shut": "shut"},
    **{"switched": "switch", "powered": "power", "lowered": "lower", "raised": "raise"},
    **{"reduced": "reduce", "increased": "increase", "decreased": "decrease", "set": "set"},
}
_PARTICLES = frozenset(("up", "down", "off"))
_VERBS_OF_STATES = frozenset(("get", "have", "keep", "leave", "make", "bring", "pop", "put", "set"))
_VERBS_ON_IT = frozenset(
    (
        *("open", "close", "launch", "start", "restart", "reboot", "quit", "kill", "pause"),
        *("stop", "delete", "remove", "turn", "shut", "play", "exit"),
    )
)
# "open me the file": the person it is done for, said by other Englishes. Not after "play",
# "show", "take" or "bring": "play me a song", "take me to youtube" have it in their templates.
_VERBS_BEFORE_ME = frozenset(
    ("open", "close", "launch", "start", "delete", "remove", "erase", "restart", "pause")
)
# What a thing wanted may be said to do after "to": "I want the computer to restart".
_VERBS_OF_THINGS = frozenset((*_VERBS_ON_IT, "go", "power", "reboot", "shutdown", "sleep"))
# Who may be wanted to do it, never a thing: "I need him to close slack", "if my
# brother closed it".
_NOT_A_THING = frames.SUBJECTS.union(("me", "him", "her", "them", "us", "someone", "somebody"))
# "Make" or "do" before a verb, in other Englishes: "make restart the computer".
_MAKE = frozenset(("make", "do"))
_VERBS_AFTER_MAKE = frozenset(
    (
        *("open", "close", "start", "restart", "reboot", "shut", "shutdown", "pause", "stop"),
        *("launch", "sleep", "record", "play", "delete", "rename", "quit", "exit"),
    )
)
# After these, "like" is a word of the sentence ("play like a rolling stone"), not a filler.
_LIKE_IS_A_WORD_AFTER = frozenset(("play", "to", "on", "listen", "sounds", "looks", "feel", "just"))
# Chat shorthand, read as the word it stands for; the user's characters stay in the token.
_SHORTHAND = {
    **{"u": "you", "ur": "your", "vol": "volume", "w": "with", "w/": "with", "b4": "before"},
    **{"ss": "screenshot", "vid": "video", "vol+": "volume up", "vol-": "volume down"},
    **{"rec": "record", "dn": "down"},  # "vol dn 15%"
    **{"nav": "navigate", "pomo": "pomodoro", "alt+tab": "alt-tab"},  # "nav to yt"
    # The keys that take a screenshot, said for the key that does ("press cmd+shift+4").
    **dict.fromkeys(
        ("cmd+shift+3", "cmd+shift+4", "command+shift+4", "win+shift+s", "⌘⇧3", "⌘⇧4"), "prtsc"
    ),
}
# "pleaseeee", "plzzz", "thxxx": a letter said three times or more reads as one.
MIN_WORDS_AFTER_INDIRECT = 2
# Said between a frame and its verb's -ing or past form: they soften, they change nothing.
_SOFTENING = frozenset(("just", "quickly", "maybe", "possibly", "perhaps", "please", "kindly"))


@dataclass(frozen=True)
class _Phrases:
    """Phrases of filler, found by their first word: a message is peeled word by word,
    and most words start no phrase. ``backwards``: matched from a message's end."""

    phrases: frozenset[tuple[str, ...]]
    sizes: Mapping[str, tuple[int, ...]]  # by first word, the longest first

    @classmethod
    def of(cls, phrases: tuple[str, ...], *, backwards: bool = False) -> _Phrases:
        words = [tuple(p.split())[:: -1 if backwards else 1] for p in phrases]
        sizes: dict[str, set[int]] = {}
        for phrase in words:
            sizes.setdefault(phrase[0], set()).add(len(phrase))
        by_first = {word: tuple(sorted(found, reverse=True)) for word, found in sizes.items()}
        return cls(frozenset(words), MappingProxyType(by_first))

    def leading(self, words: list[str]) -> int:
        """How many of ``words`` the longest phrase they start with covers (0: none)."""
        for size in self.sizes.get(words[0], ()) if words else ():
            if size <= len(words) and tuple(words[:size]) in self.phrases:
                return size
        return 0


_PREFIX_WORDS = _Phrases.of(_PREFIXES)  # frames.LEADS say "you" otherwise already
_INDIRECT_WORDS = _Phrases.of(_INDIRECT_PREFIXES)
_SUFFIX_WORDS = _Phrases.of(frames.said_otherwise(_SUFFIXES), backwards=True)
_GERUND_WORDS = _Phrases.of(frames.said_otherwise(_GERUND_PREFIXES))
_GERUND_OR_NONE_WORDS = _Phrases.of(frames.GERUND_LEADS_OR_NONE)
_WISH_WORDS = _Phrases.of(frames.said_otherwise(_WISH_PREFIXES))
# The same wishes before a thing that did it: "i'd love it if (the pc went to sleep)".
_WISH_IF_WORDS = _Phrases.of(tuple(wish.removesuffix(" you") for wish in _WISH_PREFIXES))
_STATEMENT_WORDS = _Phrases.of(_STATEMENT_PREFIXES)
_TAG_WORDS = _Phrases.of(frames.said_otherwise(_TAG_SUFFIXES), backwards=True)
_LABEL_WORDS = _Phrases.of(frames.LABELS)
_ADDRESS_LEAD_WORDS = _Phrases.of(frames.ADDRESS_LEADS)
_ADDRESS_TAG_WORDS = _Phrases.of(frames.ADDRESS_TAGS, backwards=True)
_SET_APART_WORDS = _Phrases.of(frames.LEADS_SET_APART)
# Every word of the phrases above: each is read as itself, never as a slip of another
# ("thanx", "mileo", "pwease" are listed as they are).
_ALL_PHRASES = (
    *(_PREFIX_WORDS, _INDIRECT_WORDS, _SUFFIX_WORDS, _GERUND_WORDS, _WISH_WORDS),
    *(_GERUND_OR_NONE_WORDS, _STATEMENT_WORDS, _TAG_WORDS, _LABEL_WORDS, _ADDRESS_LEAD_WORDS),
    *(_ADDRESS_TAG_WORDS, _SET_APART_WORDS),
)
_LISTED_WORDS = frozenset(
    word for phrases in _ALL_PHRASES for phrase in phrases.phrases for word in phrase
)
# What may trail a filler word ("please," "milio:").
_SOFT_PUNCTUATION = ",:;.!?…"
# What may end the sentence without being part of its last word ("C:" keeps its colon).
_CLOSING_PUNCTUATION = ".!?…"
_EMOTICON = re.compile(
    r"[:;=8][-'^o]?[)(\]\[dDpPoO3/\\|*]+|[)(][-']?[:;]|<3+|[xX][dD]+|\^+_*\^+|[:;]-?\|"
)
_APOSTROPHES = str.maketrans("‘’ʼ`", "''''")


@dataclass(frozen=True)
class Token:
    text: str  # how the token reads: the user's characters, or the word shorthand stands for
    start: int  # where the user's characters are in the original text
    end: int
    symbol: bool = False  # emoji only: dropped at either end, kept inside (a name may hold it)

    @cached_property
    def word(self) -> str:
        """How the token reads, for comparing with filler words."""
        word = self.text.casefold().translate(_APOSTROPHES).rstrip(_SOFT_PUNCTUATION)
        word = word.strip("*").rstrip(_SOFT_PUNCTUATION)  # "*sigh*", "**Command:**"
        return said_once(word)

    @cached_property
    def framing(self) -> str:
        """How the token reads among the words that frame a request: "plese" as
        "please" (:mod:`.typos`); any other word as :attr:`word`."""
        return self.word if self.word in _LISTED_WORDS else typos.framing_word(self.word)

    @cached_property
    def opening(self) -> str:
        """:attr:`framing` of the word that opens the request: "pleas" too is "please"."""
        return self.word if self.word in _LISTED_WORDS else typos.opening_word(self.word)

    def reading(self, text: str) -> Token:
        return Token(text, self.start, self.end, self.symbol)


@dataclass(frozen=True)
class Utterance:
    original: str
    tokens: tuple[Token, ...]
    gaps: tuple[int, ...] = ()  # where words were dropped between tokens (original offsets)
    decorated_end: bool = False  # emoji or a tag ("na", "eh") were dropped after the last token
    # A verb said last may be read first: only then may utterance_of(verb_first=True) differ.
    verb_last: bool = False

    @cached_property
    def text(self) -> str:
        """The tokens joined by single spaces: what templates are matched against."""
        return " ".join(token.text for token in self.tokens)

    @cached_property
    def _starts(self) -> tuple[int, ...]:
        starts, position = [], 0
        for token in self.tokens:
            starts.append(position)
            position += len(token.text) + 1
        return tuple(starts)

    def _covered(self, start: int, end: int) -> list[int]:
        return [
            index
            for index, at in enumerate(self._starts)
            if at < end and at + len(self.tokens[index].text) > start
        ]

    def typed(self, start: int, end: int) -> str:
        """The original characters behind ``text[start:end]``, widened to whole tokens.

        Whole tokens, because a matcher may have dropped punctuation at a word's
        edge (".git" read as "git"); the caller checks what the user really typed.
        """
        span = self.span(start, end)
        return self.original[span[0] : span[1]] if span else ""

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """Where the whole tokens behind ``text[start:end]`` are in the original text."""
        covered = self._covered(start, end)
        if not covered:
            return None
        return self.tokens[covered[0]].start, self.tokens[covered[-1]].end

    def is_whole(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is all the user typed there, as a name must be.

        Not when a word was dropped inside it or next to it ("Tax um Returns"),
        nor when it ends the sentence and emoji were dropped after it ("Trips ✈️"
        may be the folder's whole name).
        """
        covered = self._covered(start, end)
        if not covered:
            return False
        first, last = covered[0], covered[-1]
        before = self.tokens[first - 1].end if first else -1
        after = self.tokens[last + 1].start if last + 1 < len(self.tokens) else len(self.original)
        if any(before < gap < after for gap in self.gaps):
            return False
        return not (last == len(self.tokens) - 1 and self.decorated_end)


def utterance_of(text: str, *, verb_first: bool = False) -> Utterance | None:
    """The request without filler, or ``None`` when nothing is left or it cannot be a command.

    ``verb_first``: the other reading of a sentence that ends with a verb ("discord
    please open", "screenshot take"), tried when the sentence as said matches nothing.
    """
    text = _composed(text)
    if len(text) > MAX_CHARS or any(ch in "\r\n\t" for ch in text):
        return None
    tokens = [t for t in (_trim(m.group(), m.start()) for m in re.finditer(r"\S+", text)) if t]
    tokens, tagged, verb_last = _strip_edges(tokens, verb_first=verb_first)
    if not tokens:
        return None
    # The sentence's own ending ("!!", "?", " 😀") is not part of its last word.
    last = tokens[-1]
    end = len(last.text)
    while end and _is_decoration(last.text[end - 1]):
        end -= 1
    if not end:
        return None
    tokens[-1] = Token(last.text[:end], last.start, last.start + end)
    if any(_is_control(ch) for token in tokens for ch in token.text):
        return None
    tokens, gaps = _without_disfluencies(tokens)
    tokens, restarted = _without_restart(tokens, gaps)
    gaps = (*gaps, *restarted)
    read = _in_english(tokens) if tokens else None
    if read is None:
        return None
    tokens, dropped, particle = read
    gaps = (*gaps, *dropped)
    after = text[tokens[-1].end :]
    decorated = particle or tagged
    decorated |= any(_is_decoration(ch) and ch not in _CLOSING_PUNCTUATION for ch in after)
    tokens = [_read_shorthand(token) for token in tokens]
    tokens = [_unstretched(token, _STRETCHED_WORDS) for token in tokens]
    tokens[0] = _unstretched(tokens[0], _VERBS_OF_COMMANDS)
    return Utterance(text, tuple(tokens), gaps, decorated, verb_last)


def _composed(text: str) -> str:
    """The text in NFC, unless that makes it longer: a letter NFC takes apart (Hindi "ज़"
    typed as one character) would move every offset past it, and the name is kept as typed."""
    composed = unicodedata.normalize("NFC", text)
    return composed if len(composed) <= len(text) else text


def _trim(raw: str, start: int) -> Token | None:
    """The token, or ``None`` for an emoticon or lone punctuation; emoji are kept as symbols."""
    if _EMOTICON.fullmatch(raw):
        return None
    if all(_is_decoration(ch) or ch in "," for ch in raw):
        if all(ch in _CLOSING_PUNCTUATION or ch in "," for ch in raw):
            return None
        return Token(raw, start, start + len(raw), symbol=True)
    return Token(raw, start, start + len(raw))


class _NotACommandError(Exception):
    """What was peeled shows the sentence is no command ("would you mind if ...")."""


def _strip_edges(tokens: list[Token], *, verb_first: bool) -> tuple[list[Token], bool, bool]:
    """The tokens without filler at either end, whether a tag that may end a title
    was dropped from the end, and whether a verb said last may be read first. With
    ``verb_first``, a verb said last is read first."""
    indirect = tagged = asked = addressed = verb_last = hedged = False
    reordered = not verb_first
    lead: Token | None = None  # the last word of a word of wanting peeled
    try:
        while tokens:
            asked |= "?" in tokens[-1].text  # "discord open please?", "chrome open ah?"
            peeled = _can_or_not(tokens) or _peel_front(tokens) or _peel_end(tokens)
            if peeled is None and not reordered and not asked and not hedged:
                peeled, reordered = _verb_first(tokens), True
            if peeled is None:
                # Where peeling stops is the one place verb_first tries the verb said last.
                verb_last = not asked and not hedged and _verb_first(tokens) is not None
                break
            if peeled[1] == "indirect":
                lead = tokens[len(tokens) - len(peeled[0]) - 1]
            tokens, said = peeled
            hedged |= said == "hedge"  # "maybe chrome open" guesses at a state
            indirect |= said == "indirect"
            tagged |= said in ("tag", "address tag")
            addressed |= said in ("address", "address tag")
    except _NotACommandError:
        return [], tagged, False
    wanted = _name_wanted(lead, tokens) if lead is not None and not asked else None
    if wanted is not None:
        return wanted, tagged, False
    if (indirect or addressed) and len(tokens) < MIN_WORDS_AFTER_INDIRECT:
        return [], tagged, False
    tokens = _switched(tokens)
    return (_wanted_done(tokens) if indirect else _topic_first(tokens)), tagged, verb_last


# The last word of a word of wanting a name alone may follow: "I want spotify", "time for
# zoom", "how about some spotify"; not "gg" ("gg valorant" ends a game).
_WANTING_A_THING = frozenset(("want", "need", "like", "love", "use", "have", "for", "about"))


def _name_wanted(lead: Token, tokens: list[Token]) -> list[Token] | None:
    """ "(I want) spotify", "(time for) zoom", "(how about) some spotify": a known
    application or site named alone after a word of wanting, read as "open" it, the word
    of wanting standing for the verb. Not a name that is also a common word ("I need
    notes", "time for calculator")."""
    if lead.word not in _WANTING_A_THING or not tokens:
        return None
    offered = tokens[0].word == "some"
    if lead.word == "about" and not offered:
        return None  # "what about spotify" may ask how it is
    if len(tokens) > 1 and offered:
        tokens = tokens[1:]  # "how about some spotify"
    said = " ".join(token.word for token in tokens)
    if said in COMMON_WORD_NAMES or not names_a_thing(said):
        return None
    return [lead.reading("open"), *tokens]


def _switched(tokens: list[Token]) -> list[Token]:
    """ "off the music", "on the webcam": said for "turn off", "turn on" by other Englishes."""
    verb = frames.SWITCHES.get(tokens[0].word) if len(tokens) >= 3 else None
    if verb is None or tokens[1].word not in frames.DETERMINERS:
        return tokens
    if tokens[2].word in frames.MACHINES:
        return tokens
    return [tokens[0].reading(verb), *tokens[1:]]


def _topic_first(tokens: list[Token]) -> list[Token]:
    """ "spotify, close it", "the volume, turn it up": the thing said first, then the
    command on "it", read as the command on the thing."""
    words = [token.word for token in tokens]
    if len(words) < 3:
        return tokens
    particle = words[-1] in _PARTICLES and len(words) >= 4
    at = len(words) - (3 if particle else 2)
    if at < 1 or words[at + 1] != "it" or words[at] not in _VERBS_ON_IT:
        return tokens
    if not tokens[at - 1].text.endswith(","):
        return tokens  # "let me close it": only a thing set apart by a comma
    thing = [*tokens[: at - 1], _without_trailing_comma(tokens[at - 1])]
    return [tokens[at], *thing, *tokens[at + 2 :]]


def _wanted_done(tokens: list[Token]) -> list[Token]:
    """ "(I want) spotify closed", "(I need) the computer shut down": after a word of
    wanting, the thing and the state it should be in, read as the command; an amount
    after the state stays last ("the volume lowered by 10", "a timer set for 5 minutes")."""
    if tokens[0].word in _VERBS_OF_STATES:
        return tokens  # "(let's) get spotify open": the verb is said
    done = _thing_to_do(tokens)
    if done is None and (amount := _amount_after_a_state(tokens)):
        done = [*_wanted_done(tokens[:-amount]), *tokens[-amount:]]
    if done is not None:
        return done
    last = tokens[-1].word
    if len(tokens) >= 3 and last in _PARTICLES and tokens[-2].word in _PARTICIPLES:
        verb = _PARTICIPLES[tokens[-2].word]  # "the volume turned up": "turn the volume up"
        return [tokens[-2].reading(verb), *tokens[:-2], tokens[-1]]
    if last in _PARTICIPLES:
        return [tokens[-1].reading(_PARTICIPLES[last]), *tokens[:-1]]
    if last == "off":
        return [tokens[-1].reading("turn"), *tokens[:-1], tokens[-1]]
    return tokens


# Words of the thing before "to" and its verb, at most: "(I want) the whole computer to restart".
MAX_THING_WORDS = 4


def _thing_before(words: list[str], ends: Collection[str]) -> int:
    """How many words the thing said first holds, up to the first of ``ends`` (at most
    :data:`MAX_THING_WORDS`); 0 when none of them follows, or a person is said instead."""
    at = next((i for i, word in enumerate(words[: MAX_THING_WORDS + 1]) if word in ends), 0)
    return 0 if _NOT_A_THING.intersection(words[:at]) else at


def _thing_to_do(tokens: list[Token]) -> list[Token] | None:
    """ "(I want) the computer to restart", "(I need) slack to close", "(I'd like) the pc to
    go to sleep": after a word of wanting, the thing, "to" and what it should do, read as
    the command ("restart the computer"), or as the thing doing it when more words follow
    ("the pc go to sleep"). Not a person ("I need him to close it")."""
    words = [token.word for token in tokens]
    at = _thing_before(words, ("to",))  # not "him to close it"
    if not at or at + 1 >= len(words) or words[at + 1] not in _VERBS_OF_THINGS:
        return None
    thing = tokens[:at]
    if not _VERBS_OF_THINGS.isdisjoint(words[:at]):
        return None  # "the pc go to sleep" is said already
    rest = tokens[at + 2 :]
    return [tokens[at + 1], *thing] if not rest else [*thing, *tokens[at + 1 :]]


def _amount_after_a_state(tokens: list[Token]) -> int:
    """How many tokens at the end say an amount after a state ("by 10", "for 5 minutes"),
    said with a number; 0 when none."""
    for size in (2, 3):
        if len(tokens) < size + 2 or tokens[-size].word not in ("by", "for"):
            continue
        said = tokens[-size - 1].word
        state = said in _PARTICIPLES or (
            said in _PARTICLES and tokens[-size - 2].word in _PARTICIPLES
        )
        if state and any(ch.isdigit() for ch in tokens[-size + 1].word):
            return size
    return 0


def _verb_first(tokens: list[Token]) -> tuple[list[Token], str] | None:
    """ "spotify open please", "screenshot take": the verb said last, read first.

    Not for a question ("discord open?" asks whether it is; see _strip_edges).
    """
    last = tokens[-1]
    if len(tokens) < 2 or last.word not in _FINAL_VERBS:
        return None
    if tokens[0].word in _FINAL_VERBS:
        return None
    thing = tokens[:-1]
    if len(thing) > 1 and thing[0].word in _MAKE:
        thing = thing[1:]  # "make chrome open", "do the computer restart" (German, Dutch)
    if len(thing) > 1 and thing[-1].word in other_languages.OBJECT_MARKERS:
        thing = thing[:-1]  # "chrome ko open (karo)"
    return [last, *thing], "reordered"


def _peel_front(tokens: list[Token]) -> tuple[list[Token], str] | None:
    words = [tokens[0].opening, *(token.framing for token in tokens[1:])]
    if tokens[0].symbol:
        return tokens[1:], "symbol"
    if tuple(words[:2]) in frames.LATER_NOW:
        raise _NotACommandError  # "just now, open zoom": later, in South African English
    if lead := _peeled_lead(tokens, words):
        return lead
    if cut := _STATEMENT_WORDS.leading(words):
        if tokens[-1].text.endswith("?"):
            raise _NotACommandError  # "you can open discord?" asks whether it can
        return tokens[cut:], "prefix"
    if framed := _verb_after_a_frame(tokens, words):
        return framed
    if cut := _INDIRECT_WORDS.leading(words):
        if _a_rest_for_oneself(words, cut):
            raise _NotACommandError  # "I could use a reboot": maybe the user's own
        return tokens[cut:], "indirect"
    return None


# What a person may wish for themselves as much as for the machine: "I could use a
# reboot", "we could all use a restart". Said so with no machine named, the model reads it.
_RESTS = frozenset(("reboot", "restart", "shutdown", "reset", "sleep", "nap", "break", "rest"))


def _a_rest_for_oneself(words: list[str], cut: int) -> bool:
    rest = words[cut:]
    return (
        words[cut - 1] == "use" and not _RESTS.isdisjoint(rest) and frames.MACHINES.isdisjoint(rest)
    )


def _verb_after_a_frame(tokens: list[Token], words: list[str]) -> tuple[list[Token], str] | None:
    """The request after a frame that takes a verb's -ing or past form ("would you mind
    opening", "it'd be great if you opened"), read with the verb itself."""
    for phrases, forms in ((_GERUND_WORDS, GERUNDS), (_WISH_WORDS, _PAST_TENSES)):
        if cut := phrases.leading(words):
            while cut < len(words) - 1 and words[cut] in _SOFTENING:
                cut += 1  # "would you mind just opening", "if you quickly opened"
            verb = forms.get(words[cut]) if cut < len(words) else None
            if verb is None and _offers_a_thing(tokens, words, cut):
                return tokens[cut:], "indirect"  # "how about a screenshot", read as wanted
            if verb is None:
                raise _NotACommandError  # "would you mind if I closed it", "... if you didn't"
            return [tokens[cut].reading(verb), *tokens[cut + 1 :]], "prefix"
    if cut := _WISH_IF_WORDS.leading(words):
        return _thing_did(tokens[cut:])
    return None


def _thing_did(tokens: list[Token]) -> tuple[list[Token], str] | None:
    """ "(I'd love it if) the pc went to sleep", "(it'd be great if) slack closed": the
    thing and what it did, wished for, read as the thing doing it ("the pc go to
    sleep"). Not a person ("if my brother closed it"), nor what it did not do."""
    words = [token.word for token in tokens]
    at = _thing_before(words, _DID)
    if not at:
        return None
    did = tokens[at].reading(_DID[words[at]])
    return [*tokens[:at], did, *tokens[at + 1 :]], "indirect"


# Leads that offer a thing as well as an -ing form: "how about a screenshot", "what about
# some spotify", "any chance of a timer for 5 minutes". Not asked ("what about the
# timer?" asks how it is), nor before a subject ("how about I close it", "what about if").
_OFFERING = frozenset((("how", "about"), ("what", "about"), ("any", "chance", "of")))
# A thing already there is asked about: "what about the stopwatch", "how about my folder".
_NOT_OFFERED = frames.SUBJECTS.union(frames.DETERMINERS).difference(("a",))


def _offers_a_thing(tokens: list[Token], words: list[str], cut: int) -> bool:
    if cut >= len(words):
        return False  # "how about", said alone
    offered = tuple(words[:cut]) in _OFFERING and not tokens[-1].text.endswith("?")
    thing = words[cut]
    return offered and thing not in _NOT_OFFERED and thing not in _NOT_INTRODUCING


def _can_or_not(tokens: list[Token]) -> tuple[list[Token], str] | None:
    """ "can open spotify or not?", Singaporean English: a request, when a verb follows
    "can" ("can spotify open or not" asks whether it does)."""
    words = [token.word for token in tokens]
    if len(words) < 5 or words[0] != "can" or words[-2:] != ["or", "not"]:
        return None
    if words[1] not in _VERBS_OF_COMMANDS and words[1] != "help":
        return None
    return [*tokens[1:-3], _without_trailing_comma(tokens[-3])], "tag"


def _peeled_lead(tokens: list[Token], words: list[str]) -> tuple[list[Token], str] | None:
    """The tokens after a lead: another assistant's wake word, politeness, a frame that
    asks, a greeting; a label before its colon ("Quick ask: open Teams"); a word set
    apart by a comma ("Look, open chrome", but "look up X" is a search); "action" before
    an -ing form ("please action opening X")."""
    cut = wake_words.lead(words)  # "ok google open discord", "siri, open chrome"
    if 0 < cut < len(tokens) and _called(tokens, words, cut):
        return tokens[cut:], "prefix"
    prefix, address = _PREFIX_WORDS.leading(words), _ADDRESS_LEAD_WORDS.leading(words)
    if prefix or address:  # the longer: "dear sir or madam", not "dear"
        if prefix < address:
            return tokens[address:], "address"
        return tokens[prefix:], _hedged(tokens, words, prefix)
    for phrases, mark, said in ((_LABEL_WORDS, ":", "prefix"), (_SET_APART_WORDS, ",", "address")):
        cut = phrases.leading(words)
        # The label may be in bold: "**Command:** open slack".
        if 0 < cut < len(tokens) and tokens[cut - 1].text.rstrip("*_").endswith(mark):
            return tokens[cut:], said
    cut = _introduction(tokens, words)
    if cut:
        return tokens[cut:], "address"
    cut = _GERUND_OR_NONE_WORDS.leading(words)
    verb = GERUNDS.get(words[cut]) if 0 < cut < len(tokens) else None
    return None if verb is None else ([tokens[cut].reading(verb), *tokens[cut + 1 :]], "prefix")


_DOUBT_WORDS = frozenset(tuple(doubt.split()) for doubt in frames.DOUBTS)
_HEDGE_WORDS = _DOUBT_WORDS.union(tuple(hedge.split()) for hedge in frames.HEDGES)
# After a doubt, words with a subject of their own or that ask are what is doubted.
_DOUBTED = frames.SUBJECTS.union(
    ("if", "whether", "why", "what", "how", "which", "where", "when", "that", "this"),
    ("i'd", "id", "i'm", "im", "i'll", "i've", "it's", "its", "we're", "we'd", "you're"),
)


def _hedged(tokens: list[Token], words: list[str], cut: int) -> str:
    """ "hedge" after a hedge or a doubt ("maybe open spotify", "idk, just open it"), else
    "prefix"; no command when a doubt is said right before a clause of its own ("not
    sure I want chrome open", "idk if you could open zoom")."""
    lead = tuple(words[:cut])
    if lead not in _HEDGE_WORDS:
        return "prefix"
    set_apart = tokens[cut - 1].text.endswith((",", ":", ";", "."))  # "idk, I need it open"
    if not set_apart and lead in _DOUBT_WORDS and cut < len(words) and words[cut] in _DOUBTED:
        raise _NotACommandError
    return "hedge"


# Who is typing, said before "here,": "screen reader user here, please open chrome",
# "Dave from IT here, ...". A few plain words, none of a command, a subject, a negation, a
# condition, a time or a question ("if I'm here, ...", "not here yet, ...").
_MOST_WORDS_INTRODUCING = 4
_NOT_INTRODUCING = frozenset(
    (
        *("not", "no", "never", "nobody", "if", "when", "once", "until", "till", "unless"),
        *("after", "before", "while", "soon", "later", "tomorrow", "tonight", "yet", "still"),
        *("is", "are", "was", "were", "am", "be", "been", "will", "would", "who", "what"),
        *("where", "why", "how", "whether", "don't", "dont", "won't", "wasn't", "isn't"),
    )
)


def _introduction(tokens: list[Token], words: list[str]) -> int:
    """How many tokens a "who is typing" lead before "here," covers (0: none)."""
    for cut, token in enumerate(tokens[: _MOST_WORDS_INTRODUCING + 1], start=1):
        if token.word == "here" and token.text.endswith(","):
            said = words[: cut - 1]
            plain = all(word.isalpha() or word in ("a", "an") for word in said)
            unsaid = frames.SUBJECTS.union(_VERBS_OF_COMMANDS, _NOT_INTRODUCING).isdisjoint(said)
            return cut if said and plain and unsaid and cut < len(tokens) else 0
    return 0


# What may follow a wake word not set apart by a comma, besides a verb of a command and
# a lead ("alexa volume up", "siri please open chrome").
_AFTER_A_WAKE_WORD = frozenset(("volume", "vol", "go", "search", "visit", "unmute", "navigate"))
_LEADS_AFTER_A_WAKE_WORD = (_PREFIX_WORDS, _GERUND_WORDS, _INDIRECT_WORDS, _STATEMENT_WORDS)


def _called(tokens: list[Token], words: list[str], cut: int) -> bool:
    """Whether the wake word ``words[:cut]`` calls the assistant: set apart ("siri, ..."),
    or before a verb or a lead; not before a name the user chose, which it may begin
    ("siri notes.txt, open it")."""
    if tokens[cut - 1].text.endswith((",", ":")):
        return True
    rest = words[cut:]
    if rest[0] in _VERBS_OF_COMMANDS or rest[0] in _AFTER_A_WAKE_WORD:
        return True
    return any(phrases.leading(rest) for phrases in _LEADS_AFTER_A_WAKE_WORD)


def _peel_end(tokens: list[Token]) -> tuple[list[Token], str] | None:
    words = [token.framing for token in tokens][::-1]
    if said_last := _verb_said_last(tokens):
        return said_last, "reordered"
    if tokens[-1].symbol:
        return tokens[:-1], "symbol"
    if tuple(words[1::-1]) in frames.LATER_NOW:
        raise _NotACommandError  # "open chrome now now": later, in South African English
    ends = (
        (_SUFFIX_WORDS.leading(words), len(tokens), "suffix"),  # "open discord, please"
        (_TAG_WORDS.leading(words), len(tokens) - 1, "tag"),
        (_ADDRESS_TAG_WORDS.leading(words), len(tokens) - 1, "address tag"),
    )
    # The longest, the first of equals: "... if that's ok" is a tag, not "ok" after "if that's"
    found = [(cut, said) for cut, most, said in ends if 0 < cut < most]
    cut, said = max(found, key=lambda end: end[0], default=(0, ""))
    if cut and any(token.framing != token.word for token in tokens[-cut:]):
        said = "address tag" if said == "address tag" else "tag"  # "a folder called Trips Plese"
    if cut:
        return [*tokens[: -cut - 1], _without_trailing_comma(tokens[-cut - 1])], said
    set_apart = len(tokens) > 2 and tokens[-2].text.endswith(",")
    if set_apart and (words[0] in _ADDRESS_AFTER_A_COMMA or words[0] in wake_words.NAMES):
        return [*tokens[:-2], _without_trailing_comma(tokens[-2])], "address tag"  # "..., love"
    if words[0] == "can" and len(tokens) > 2 and words[1] not in frames.SUBJECTS:
        return [*tokens[:-2], _without_trailing_comma(tokens[-2])], "tag"  # "open it can?"
    return None


def _verb_said_last(tokens: list[Token]) -> list[Token] | None:
    """ "spotify kholo", "chrome ko band kar do": a verb of another language said after
    the thing, read as the English verb said first; not in a question."""
    if tokens[-1].text.endswith("?"):
        return None
    words = tuple(token.word for token in tokens)
    for size in (3, 2, 1):
        verb = other_languages.VERBS_SAID_LAST.get(words[-size:])
        thing = tokens[:-size]
        if verb is None or not thing:
            continue
        if len(thing) > 1 and thing[-1].word in other_languages.OBJECT_MARKERS:
            thing = thing[:-1]
        nouns = other_languages.NOUNS_BEFORE_A_VERB_SAID_LAST.get(verb)
        if nouns is not None:
            if len(thing) > 1 and thing[0].word in ("the", "my", "a"):
                thing = thing[1:]
            if len(thing) != 1 or thing[0].word not in nouns:
                return None  # "gaana kam karo": only the volume, or a shot
            if verb != "take":
                thing = [thing[0].reading("volume")]  # "awaaz", "sound"
        elif not _a_known_thing(thing):
            return None  # "mera notes.txt kholo", "die datei notes.txt öffnen"
        return [Token(verb, tokens[-size].start, tokens[-1].end), *thing]
    return None


def _without_disfluencies(tokens: list[Token]) -> tuple[list[Token], tuple[int, ...]]:
    """The tokens without hesitations and a filler "like" or "for me" inside the sentence."""
    kept: list[Token] = []
    gaps: list[int] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        following = tokens[index + 1].word if index + 1 < len(tokens) else ""
        previous = kept[-1].word if kept else ""
        after_the_verb = bool(following) and index == _after_the_verb(tokens)
        adverb = token.word in _ADVERBS_AFTER_THE_VERB
        adverb &= following in frames.DETERMINERS or following in ("one", "an")
        after_the_verb &= token.framing in _POLITE_AFTER_THE_VERB or adverb
        intensifier = previous in frames.DETERMINERS and token.word in frames.INTENSIFIERS
        before_the_verb = not index and token.word in _MAKE and following in _VERBS_AFTER_MAKE
        if (
            token.word in _DISFLUENCIES
            or _is_cut_off(token, following)  # "op- open discord"
            or _is_filler_like(token, previous, following)
            or after_the_verb  # "open please discord"
            or (intensifier and following)  # "open the damn chrome", "take a wee screenshot"
            or before_the_verb  # "make restart the computer"
        ):
            gaps.append(token.start)
            index += 1
            continue
        if index == 1 and token.word == "me" and previous in _VERBS_BEFORE_ME and following:
            gaps.append(token.start)  # "open me the file report.pdf"
            index += 1
            continue
        if token.word in ("for", "to") and following == "me" and kept and index + 2 < len(tokens):
            gaps.append(token.start)  # "open for me the chrome", "open to me discord"
            index += 2
            continue
        kept.append(token)
        index += 1
    if kept and kept[-1].text.endswith(","):
        kept[-1] = _without_trailing_comma(kept[-1])
    return kept, tuple(gaps)


# Marks of a hesitation after a word: "take a - take a screenshot", "the, the volume".
_HESITATION_MARKS = (",", "...", "…", "-", "–", "—")
_DASHES = frozenset(("-", "--", "–", "—"))
# Words a speaker says twice while looking for the next one: "turn up the, the volume".
_RESTARTED_WORDS = frames.DETERMINERS.union(("an", "to", "on", "up", "down", "off", "for", "of"))
MAX_RESTARTED_WORDS = 3
# Verbs a dictated message may stutter on; not those whose object is a name the user
# chose (a song, a new file or folder), which may start with the verb's own word.
_STUTTERED_VERBS = frozenset(_VERBS_OF_COMMANDS).difference(
    ("play", "create", "make", "rename", "delete", "record", "show")
)


def _without_restart(
    tokens: list[Token], gaps: tuple[int, ...]
) -> tuple[list[Token], tuple[int, ...]]:
    """The sentence as the speaker finished it when they started it again after a
    hesitation: "open... uh... open discord", "take a - take a screenshot" (the request
    said again from its start), "turn up the, the volume" (a small word said twice).
    Only after a mark of hesitation, so a name said twice ("play talk talk") stays."""

    words = [token.word for token in tokens]
    if len(set(words)) == len(words):
        return tokens, ()  # nothing said twice: most sentences

    def hesitated(first: int, second: int) -> bool:
        # A mark ends the first copy, a dash stands between, or a filler was dropped there.
        mark = tokens[first].text.endswith(_HESITATION_MARKS)
        dropped = any(tokens[first].end <= gap < tokens[second].start for gap in gaps)
        return mark or second > first + 1 or dropped or _stuttered_verb(first, second)

    def _stuttered_verb(first: int, second: int) -> bool:
        # Dictation's "open open discord": the verb said twice. Not when the second may
        # start a name: "open open office" opens OpenOffice, "play play date" is a song,
        # "open open questions.txt" a file.
        after = " ".join(token.text for token in tokens[second:])
        said_twice = first == 0 and second == 1 and words[0] in _STUTTERED_VERBS
        return said_twice and "." not in after and known_application(after) is None

    def _stuttered_word(index: int) -> bool:
        # "open the the calculator", "set a a timer": after a verb that takes no name
        # the user chose ("play the the" may be the band The The).
        after = " ".join(token.text for token in tokens[index + 1 :])
        return words[0] in _STUTTERED_VERBS and "." not in after

    for size in range(MAX_RESTARTED_WORDS, 0, -1):
        again = size + (len(tokens) > size and tokens[size].word in _DASHES)
        repeated = words[again : again + size] == words[:size]
        if len(tokens) > again + size and repeated and hesitated(size - 1, again):
            return tokens[again:], tuple(token.start for token in tokens[:again])
    for index in range(1, len(tokens) - 2):
        word = words[index]
        twice = word in _RESTARTED_WORDS and words[index + 1] == word
        if twice and (tokens[index].text.endswith(_HESITATION_MARKS) or _stuttered_word(index)):
            return [*tokens[:index], *tokens[index + 1 :]], (tokens[index].start,)
    return tokens, ()


def _after_the_verb(tokens: list[Token]) -> int:
    """Where the verb's object may start: after "turn on" in "turn on please spotify"."""
    phrasal = len(tokens) > 2 and (tokens[0].word, tokens[1].word) in _PHRASAL_VERBS
    return 2 if phrasal else 1


# Verbs of two words, said with "please" after both by other Englishes ("turn on please X").
_PHRASAL_VERBS = frozenset(
    (*((verb, "on") for verb in ("turn", "switch", "put")), ("turn", "off"), ("switch", "off"))
)


def _in_english(tokens: list[Token]) -> tuple[list[Token], tuple[int, ...], bool] | None:
    """ "abre el spotify" read as "open the spotify", where words were dropped, and whether a
    particle said last ("mach spotify auf") was; ``None`` when the sentence goes on in the
    other language (:mod:`.other_languages`)."""
    first = tokens[0].word
    verb = other_languages.VERBS.get(first)
    particle = first in other_languages.SEPARABLE_VERBS and len(tokens) >= 3
    particle &= tokens[-1].word in other_languages.PARTICLES
    if particle:
        verb, tokens = other_languages.PARTICLES[tokens[-1].word], tokens[:-1]
    if verb is None and _article_after_an_english_verb(tokens):
        verb = first  # "open el chrome": read as after "abre"
    if verb is None:
        return tokens, (), False
    rest, gaps = _without_polite_words(tokens[1:])
    rest = _joined_nouns(rest)
    article = other_languages.ARTICLES.get(rest[0].word) if rest else None
    if article is not None and verb not in other_languages.NOT_BEFORE_AN_ARTICLE:
        rest = [rest[0].reading(article), *rest[1:]]
        after_article = rest[1:]
    else:
        after_article = rest
    after_article = _with_prepositions_read(after_article)
    if verb in other_languages.VERBS_OF_AMOUNTS:
        after_article = _amount_read(after_article)
    if any(token.word in other_languages.WORDS_OF_A_SENTENCE for token in after_article):
        return None
    rest = [*rest[: len(rest) - len(after_article)], *after_article]
    if not _folder_named(rest):
        return None  # "crea una carpeta nueva": a new folder, not one called "nueva"
    rest = [_read_noun(token) for token in rest]
    if first in other_languages.VERBS_OF_KNOWN_THINGS and not _a_known_thing(rest):
        return None  # "открой мой notes.txt": no file "мой notes"
    return [tokens[0].reading(verb), *rest], gaps, particle


def _folder_named(tokens: list[Token]) -> bool:
    """Whether a folder said in the other language is named with a naming word, or is
    said last ("crea una carpeta llamada Fotos", "crea una carpeta")."""
    for index, token in enumerate(tokens[:-1]):
        if token.word in other_languages.FOLDER_NOUNS:
            return tokens[index + 1].word in other_languages.NAMING_WORDS.union(("called", "named"))
    return True


def _a_known_thing(tokens: list[Token]) -> bool:
    """Whether the tokens, as read, name a known application or site, or the computer:
    all a verb of more languages acts on (any other word may be of that language)."""
    words = [token.text.casefold() for token in tokens]
    if len(words) > 1 and words[0] in ("the", "my"):
        words = words[1:]
    name = " ".join(words)
    known = name in other_languages.THE_COMPUTER or name in KNOWN_SITES
    return known or known_application(name) is not None


def _article_after_an_english_verb(tokens: list[Token]) -> bool:
    return (
        len(tokens) > 2
        and tokens[0].word in other_languages.ENGLISH_VERBS_BEFORE_AN_ARTICLE
        and tokens[1].word in other_languages.ARTICLES_AFTER_AN_ENGLISH_VERB
    )


def _without_polite_words(tokens: list[Token]) -> tuple[list[Token], tuple[int, ...]]:
    """ "por favor spotify" after "abre": the politeness said between verb and object."""
    words = tuple(token.word for token in tokens)
    for size in (3, 2, 1):
        if size < len(tokens) and words[:size] in other_languages.AFTER_THE_VERB:
            return tokens[size:], (tokens[0].start,)
    return tokens, ()


def _joined_nouns(tokens: list[Token]) -> list[Token]:
    """ "captura de pantalla" read as one word, "screenshot"."""
    joined: list[Token] = []
    index = 0
    while index < len(tokens):
        for phrase, noun in other_languages.NOUN_PHRASES.items():
            words = tuple(token.word for token in tokens[index : index + len(phrase)])
            if words == phrase:
                last = tokens[index + len(phrase) - 1]
                joined.append(Token(noun, tokens[index].start, last.end))
                index += len(phrase)
                break
        else:
            joined.append(tokens[index])
            index += 1
    return joined


def _with_prepositions_read(tokens: list[Token]) -> list[Token]:
    """ "con la cámara" read as "with the cámara": "with" and the article after it."""
    read = list(tokens)
    for index, token in enumerate(tokens):
        preposition = other_languages.PREPOSITIONS.get(token.word)
        if preposition is None:
            continue
        read[index] = token.reading(preposition)
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        article = other_languages.ARTICLES.get(after.word) if after else None
        if after is not None and article is not None:
            read[index + 1] = after.reading(article)
    return read


def _amount_read(tokens: list[Token]) -> list[Token]:
    """ "le volume de 10" read as "the volume by 10": the amount ends the sentence."""
    if len(tokens) < 2 or not tokens[-1].word.removesuffix("%").isdigit():
        return tokens
    if tokens[-2].word not in other_languages.BY_BEFORE_AN_AMOUNT:
        return tokens
    return [*tokens[:-2], tokens[-2].reading("by"), tokens[-1]]


def _read_noun(token: Token) -> Token:
    noun = other_languages.NOUNS.get(token.word)
    return token.reading(noun) if noun else token


def _is_cut_off(token: Token, following: str) -> bool:
    """A word broken off and said again whole next ("op- open", "fi- five"): a false start."""
    start = token.text.casefold().removesuffix("-")
    return start != token.text.casefold() and start.isalpha() and following.startswith(start)


def _is_filler_like(token: Token, previous: str, following: str) -> bool:
    if token.word != "like" or previous in _LIKE_IS_A_WORD_AFTER:
        return False
    return token.text.endswith(",") or following in ("the", "um", "uh")


# Words of a request shouted with a letter stretched ("TAKE THE SCREENSHOOOT", "vol
# uppppp", "LOUDERRRR", "pause the musiccc"): read as the word, as a verb is; never a name.
_STRETCHED_WORDS = frozenset(
    (
        *("screenshot", "up", "down", "volume", "vol", "louder", "quieter", "music"),
        *("song", "timer", "stopwatch", "it", "the", "sound", "photo", "pic", "picture"),
    )
)


def _unstretched(token: Token, words: frozenset[str] | tuple[str, ...]) -> Token:
    """ "opennn", "CLOSEEE", "screenshooot": a word of ``words`` said with a letter
    stretched, read as the word (once or twice the letter); a name is never read so."""
    word = token.text.casefold()
    said = read_as(word, words)
    return token if said == word else token.reading(said)


def _read_shorthand(token: Token) -> Token:
    reading = _SHORTHAND.get(token.text.casefold())
    return token.reading(reading) if reading else token


def _without_trailing_comma(token: Token) -> Token:
    text = token.text.rstrip(",")
    return Token(text, token.start, token.start + len(text), token.symbol) if text else token


def _is_decoration(ch: str) -> bool:
    """Closing punctuation or a piece of an emoji (pictographs, skin tones, joiners)."""
    if ch in _CLOSING_PUNCTUATION or ch in "\u200d\ufe0f\ufe0e\u20e3":
        return True
    return ord(ch) >= 0x2190 and unicodedata.category(ch) in ("So", "Sk")


def _is_control(ch: str) -> bool:
    # The zero-width joiner is allowed: it joins emoji ("👩‍💻"); where it stands is
    # checked with the name it is in (milio.chat.contract.payloads).
    return ch != "\u200d" and unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs", "Cn")
