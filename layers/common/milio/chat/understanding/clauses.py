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
from functools import cache

from milio.chat.contract.catalog import template_words
from milio.chat.understanding import (
    chatter,
    frames,
    narratives,
    other_languages,
    per_message,
    remarks,
    road,
    scenes,
    statements,
    stories,
    typos,
    wake_words,
)
from milio.chat.understanding.number_words import parse_number

MAX_CLAUSES = 20
MAX_MESSAGE_CHARS = 600


@dataclass(frozen=True)
class Clause:
    start: int  # where the clause is in the message
    end: int
    text: str  # the message's own characters

    def asked_in(self, message: str) -> bool:
        """Whether the question mark the cut left follows the clause in ``message``:
        "parked? screenshot" asks "parked?", though "?" ends the clause, outside its text."""
        return message[self.end :].lstrip(" !").startswith("?")


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
    r"|\s+(?=(?:and|because|cause|cuz|coz|bc|since|then|but|or|otherwise|plus)\b)"
    # "so" joins clauses, but not in "thanks so much", "would you be so kind as to",
    # "I have so much to do", "it's so slow"
    r"|(?<!thanks)(?<!thank you)(?<!thank u)(?<!\bbe)(?<!\bam)(?<!\bis)(?<!\bare)(?<!\bwas)"
    r"(?<!\bwere)(?<!\bbeen)(?<!\ball)(?<!\bboth)(?<!\bhave)(?<!\bhas)(?<!\bhad)(?<!\bfeel)(?<!\bi'm)(?<!\bim)"
    r"(?<!\bit's)(?<!\bits)(?<!\bthat's)(?<!\bnot)(?<!\bjust)(?<!\breally)(?<!\bgot)"
    r"\s+(?=so\b)"
    # a correction typed on without a comma ("open spotify sorry I mean discord"), cut
    # before its first word only; a single word ("actually") may be just a word there
    r"|(?<!\bno)(?<!\bsorry)(?<!\bactually)(?<!\bwait)(?<!\boops)(?<!\boh)\s+"
    r"(?=(?:(?:sorry|oops|oh|actually|no),?\s+)?"
    r"(?:no wait|wait no|i mean|i meant|scratch that|make that|actually no|no actually)\b)"
    # a command typed on after a time or "late", without a comma: "meeting in 2 open
    # zoom", "meeting NOW open zoom", "omg im late open teams"
    r"|(?:(?<=\d)|(?<=\d[hm])|(?<=\bmin)|(?<=\bmins)|(?<=\bminutes)|(?<=\bhr)|(?<=\bhrs)"
    r"|(?<=\bhour)|(?<=\bhours)|(?<=\bnow)|(?<=\blate))"
    r"\s+(?=(?:open|close|launch|start|quit|kill|mute|pause|join)\s)"
    # a comment typed on without a comma: "close chrome its lagging"; not the clause a
    # hedge is about ("I think it's in my downloads")
    r"|(?<!\bthink)(?<!\bguess)(?<!\bsuppose)(?<!\bbelieve)(?<!\bhope)(?<!\bsure)(?<!\bif)"
    r"(?<!\bper)(?<!\bfollowing)"  # "Per IT's advice": IT, the department
    # nor the time a command waits for ("open spotify once im done")
    r"(?<!\bonce)(?<!\bafter)(?<!\bbefore)(?<!\buntil)(?<!\btill)(?<!\bwhen)(?<!\bwhile)"
    r"\s+(?=(?:it's|its|it’s|i'm|im|i’m|i've|i’ve)\s)"
    # emoji between an aside and a command's verb: "cookies in the oven 🍪 set a timer"
    r"|\s+[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\uFE0F\u200D]+\s+"
    r"(?=(?:open|close|play|pause|set|put|shut|restart|take|record|turn|start|launch)\s)",
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


# What takes back the command said before it: "no wait", "sorry I mean", "scratch that";
# hesitations may come before each ("er, I mean teams"), and after one of them "make
# it" says what instead ("no, make it 5 minutes"; alone, "make it louder" is a command).
_TAKE_BACK = (  # the longest first: "I meant to say" before "I meant"
    r"i\s+meant\s+to\s+say|what\s+i\s+meant\s+was|i\s+mean\s+to\s+say|no\s+wait|wait\s+no"
    r"|no\s+no|no|wait|sorry|i\s+mean|i\s+meant|actually|oops|whoops"
    r"|scratch\s+that|make\s+that|or\s+rather|rather|my\s+bad|correction|nvm|never\s*mind"
    r"|on\s+second\s+thoughts?|forget\s+that|cancel\s+that|strike\s+that|disregard\s+that"
    r"|change\s+of\s+plans?|nope|nah|let\s+me\s+rephrase|my\s+mistake|wrong\s+one"
    r"|change\s+that\s+to"
)
# "or actually firefox", "oh wait, I meant ..."
_HESITATION = r"(?:(?:er|erm|um|umm|uh|uhh|hmm|or|oh|ah|ahh)(?:[\s,.…]+))*"
_CORRECTION = re.compile(
    rf"(?:{_HESITATION}(?:{_TAKE_BACK})(?:[\s,:;.!…\-–—]+|$))+"
    r"(?:(?:make\s+it|change\s+it\s+to)\s+)?",
    re.IGNORECASE,
)
_HESITATIONS = re.compile(rf"{_HESITATION}(?:er|erm|um|umm|uh|uhh|hmm)[\s.…]*", re.IGNORECASE)


def correction_end(text: str) -> int | None:
    """Where the command after a correction marker opening ``text`` starts (``len(text)``
    when the marker is all of it), or ``None`` when ``text`` opens with none.

    A bare "no" corrects only set apart: "no, firefox", but "no firefox" may mean
    "not firefox".
    """
    marker = _CORRECTION.match(text)
    if marker is None or "?" in text:
        return None
    set_apart = any(ch in ",:;.!…-–—" for ch in marker.group())
    bare = words_of(marker.group()) in (["no"], ["nope"], ["nah"])
    if bare and marker.end() < len(text) and not set_apart:
        return None
    return marker.end()


def corrections_joined(text: str, clauses: list[Clause]) -> list[Clause]:
    """The clauses, with a correction cut into several joined again, and with what
    follows it: "open spotify. Wait, no — open discord" has three clauses, not four.
    A hesitation just before a correction is part of it ("open slack, er, I mean teams").
    """
    joined: list[Clause] = []
    for clause in clauses:
        if joined and _opens_correction(joined[-1]):
            start = joined.pop().start
            joined.append(Clause(start, clause.end, text[start : clause.end]))
        else:
            joined.append(clause)
    return joined


_SIGN_OFF_AT_END = re.compile(
    r"(?:[\s,]+(?:please|pls|plz|thanks|thank\s+you|thx|ty))*[\s.!…]*$", re.IGNORECASE
)


def without_sign_off(text: str) -> str:
    """ "firefox please!" -> "firefox": the words before a closing sign-off."""
    sign_off = _SIGN_OFF_AT_END.search(text)
    return text[: sign_off.start()] if sign_off else text


def _opens_correction(clause: Clause) -> bool:
    """A correction alone ("no wait", "sorry"), or a hesitation alone ("er")."""
    end = correction_end(clause.text)
    if end is not None:
        return end == len(clause.text)
    hesitation = _HESITATIONS.fullmatch(clause.text)
    return hesitation is not None


_WORD = re.compile(r"[\w'’]+")


def words_of(text: str) -> list[str]:
    return [word.casefold().replace("’", "'") for word in _WORD.findall(text)]


MIN_REPEATED_WORDS = 2  # a verb and what it acts on: "pls pls pls" is peeled otherwise


def said_once(text: str) -> str | None:
    """The first time a command said again and again is said, or ``None``: "open zoom.
    open zoom!!", "OPEN ZOOM OPEN ZOOM OPEN ZOOM" (under stress) say one command once."""
    found = list(_WORD.finditer(text))
    words = [word.group().casefold() for word in found]
    if len(words) < 2 * MIN_REPEATED_WORDS or words.count(words[0]) < 2:  # cheap first
        return None
    for size in range(MIN_REPEATED_WORDS, len(words) // 2 + 1):
        if len(words) % size == 0 and words == words[:size] * (len(words) // size):
            return text[: found[size - 1].end()]
    return None


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
    much obliged
    god bless
    bless you
    thank you ever so much
    thank you very much indeed
    appreciate it
    thanks in advance
    many thanks
    thanks again
    best
    best regards
    kind regards
    warm regards
    regards
    all the best
    sincerely
    yours
    yours truly
    yours sincerely
    respectfully
    with thanks
    with gratitude
    cheers mate
    thanks a bunch
    many thanks in advance
    thank you in advance
    thanks a million
    thanks a ton
    thanks heaps
    thanks loads
    thanks for your help
    thanks for the help
    thank you for your help
    thank you for the help
    thanks for helping
    thank you for helping
    thanks muchly
    ta very much
    ta muchly
    cheers for that
    yours faithfully
    kindest regards
    warmest regards
    with kind regards
    with best wishes
    best wishes
    lots of love
    with love
    """
) | frozenset(tuple(words_of(said)) for said in (*chatter.THANKS, *chatter.UNSURE))
# Clauses that are a greeting, a sign-off, a vocative or filler as a whole.
_SOCIAL = (
    _SIGN_OFFS
    | _phrases(
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
    evening
    afternoon
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
    whatever
    thankfully
    luckily
    fortunately
    unfortunately
    sadly
    bless her
    bless him
    bless them
    bless
    obviously
    of course
    naturally
    as usual
    as always
    thank god
    thank goodness
    fun times
    good times
    oh well
    btw
    quick one
    quick thing
    just a quick thing
    quick question
    one more thing
    real quick
    quick
    quickly
    hurry
    hurry up
    urgent
    ugh
    argh
    come on
    seriously
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
    do me a favour
    do me a favor
    could you do me a favour
    could you do me a favor
    can you do me a favour
    can you do me a favor
    quick favour
    quick favor
    quick request
    a quick one
    i have a request
    i've got a request
    good day
    good day to you
    dear
    my dear
    gg
    ggs
    gg ez
    gg wp
    ggwp
    gg ff
    ff
    ez
    ez clap
    w
    dub
    huge w
    big w
    massive w
    victory royale
    pog
    poggers
    brb
    afk
    ngl
    fr
    fr fr
    lowkey
    bet
    ong
    no cap
    bruh
    welp
    yikes
    sheesh
    omg
    rofl
    glhf
    could you
    could you please
    can you
    can you please
    would you
    would you please
    will you
    will you please
    please could you
    would you kindly
    kindly
    are you there
    r u there
    still there
    you awake
    are you awake
    how are you
    how r u
    how are you doing
    how are you today
    how are you doing today
    how's it going
    hows it going
    how's your day
    how's your day going
    how are things
    how have you been
    how you doing
    good to see you
    don't worry
    dont worry
    no worries
    no problem
    good to see you again
    nice to see you
    nice to see you again
    happy monday
    happy tuesday
    happy wednesday
    happy thursday
    happy friday
    happy saturday
    happy sunday
    happy weekend
    happy holidays
    happy new year
    what's up
    whats up
    sup
    wassup
    hope you're well
    go ahead
    so go ahead
    if you don't mind
    if you dont mind
    if you wouldn't mind
    if it's not too much trouble
    if it isn't too much trouble
    if that's ok
    if that's okay
    if that's alright
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
    see you tomorrow
    see you later
    see ya tomorrow
    see ya later
    see you next shift
    take care
    have a good one
    heads up
    fyi
    just so you know
    just fyi
    long story short
    long story
    tomorrow is another day
    one of those days
    it's been one of those days
    its been one of those days
    if i'm honest
    if im honest
    if i'm being honest
    if im being honest
    to be honest
    to be fair
    truth be told
    sorry to bother you
    sorry for the long message
    sorry to bug you
    sorry for the trouble
    long time no see
    here we go
    here we go again
    picture this
    so picture this
    get this
    before i forget
    speaking of which
    speaking of that
    on that note
    here's the thing
    heres the thing
    here's the situation
    heres the situation
    here's the deal
    the thing is
    thing is
    the point is
    bottom line
    in short
    that's why
    thats why
    that is why
    which is why
    this is why
    hence
    therefore
    so yeah
    let's go
    lets go
    get in
    oh my god
    oh my days
    oh my word
    here we go folks
    what a day
    what a morning
    what a week
    what a night
    there's a good chap
    there's a good lad
    there's a good girl
    there's a good boy
    that's a good lad
    that's a good girl
    don't judge
    dont judge
    don't judge me
    dont judge me
    no judgement
    no judgment
    """
    )
    | frozenset(tuple(words_of(said)) for said in frames.SAID_ALONE)
)
# Words of address said after thanks or a greeting: "thank you, young man", "hi sweetie".
_ADDRESS = frozenset(
    tuple(words_of(said))
    for said in (*frames.PET_NAMES, *frames.PET_NAMES_SET_APART, *frames.FAMILY)
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
# Words that may bear on the command: a condition, a time, a hedge, a negation,
# a report of what was said or done, a second thing to do, another choice.
_MODIFIERS = frozenset(
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
# vocabulary of commands (see _action_words).
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
def _action_words() -> frozenset[str]:
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
_DOTTED = re.compile(r"\w\.\w")


def may_match_a_template(text: str) -> bool:
    """Whether matching ``text`` against the templates could find a command at all."""
    if _DOTTED.search(text):
        return True
    said = words_of(text)
    if said[-1:] == ["on"]:
        return True  # "discord on": a name and the state it should be in
    words = frozenset(said)
    return bool(words & _SHORTHAND or (words - TEMPLATE_FUNCTION_WORDS) & template_words())


# What a statement starts with: its subject, or the word that makes it a reason.
_ASIDE_OPENERS = frozenset(
    (
        *("i", "i'm", "im", "i've", "ive", "i'd", "i'll", "it", "it's", "its", "that's"),
        *("thats", "there", "there's", "theres", "we", "we're", "we've", "they", "they're"),
        *("he", "he's", "she", "she's", "you", "you're", "everything", "everything's"),
        *("nothing", "someone", "everyone", "everybody", "somebody", "nobody", "because"),
        *("cause", "cuz", "coz", "bc", "since", "so", "as", "ugh", "argh", "oh", "wow"),
        *("finally", "man", "honestly", "seriously", "tbh", "apparently", "my", "our", "this"),
    )
)
# A statement's verb, when its subject is a noun ("the call is over", "my boss needs it").
_STATEMENT_VERBS = frozenset(
    (
        *("is", "are", "was", "were", "am", "be", "been", "isn't", "aren't", "wasn't", "has"),
        *("have", "had", "keeps", "won't", "can't", "doesn't", "froze", "broke", "died", "got"),
        *("wouldn't", "couldn't", "wouldnt", "couldnt", "didn't", "didnt"),
    )
)
# A statement that asks the assistant for something ("I need you to ...", "you should ...").
_REQUESTS_OF_YOU = re.compile(
    r"\b(?:you|u)\b.*\bto\b|\b(?:you|u)\b\s+(?:should|must|need|have|could|can|will|would|'ll)\b"
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


class Aside(Enum):
    SIGN_OFF = "thanks, please, the assistant's name"
    SOCIAL = "a greeting, an interjection or filler"
    COMMENT = "a statement that holds nothing a command could take"
    # Not a statement: an aside before the command ("Long day at the office. Open
    # spotify"), but after it maybe the rest of a name or a second one ("and Pepper").
    FRAGMENT = "words with nothing a command could take, and no verb"
    # It may name applications and hold verbs of actions ("photoshop crashed twice",
    # "I closed all my tabs"): the command beside it must name its own thing.
    NARRATIVE = "a statement that tells what happened (:mod:`.narratives`)"
    # A fragment in plain words of description (:mod:`.remarks`): "Long day", "What a
    # mess". Never the rest of a name: after a name the user chose, it goes to the model.
    REMARK = "a verbless remark in plain words of description"
    # A fragment that sets the scene (:mod:`.scenes`): "Lunch break again", "Gate 12".
    # Only before the command (:mod:`.matcher`), which must name what it acts on.
    SCENE = "a verbless scene: where the user is, what part of the day it is"


def sets_the_scene(text: str) -> bool:
    """Whether a fragment (:attr:`Aside.FRAGMENT`) sets a scene: no word of a template,
    no question, and the shape of :func:`scenes.is_a_scene`."""
    words = words_of(text)
    if len(words) > 1 and words[0] == "just":  # "Just back from break"
        words = words[1:]
    if len(words) > 3 and _measures_a_thing(words, 0):  # "12 hour shift done": how long
        words = words[2:]
    said = words[:-1] if words[-1:] == ["again"] else words  # "Lunch break again"
    if "?" not in text and len(said) == 2 and said[1] == "time":  # "Break time!": now
        return scenes.is_a_time_of(said[0])
    if "?" not in text and scenes.is_time_to(said):  # "Time to celebrate": what comes now
        plain = not any(word in _MODIFIERS or parse_number(word) for word in said[2:])
        return plain and not may_match_a_template(" ".join(said[2:]))
    score = _SCORE.match(text)
    if score and "?" not in text:  # "2-1 up", "3-0 down at halftime"
        return tuple(words_of(text[score.end() :])) in _SAID_OF_A_SCORE
    # "Meeting!! open zoom", "call over"; "gloves on", "dough on my hands", "stirring the risotto",
    # "baby sleeping": a fragment holds no word of an action ("all", "over" are no command)
    now = scenes.is_an_event_come(said) or scenes.is_an_event_over(said)
    now = now or scenes.has_hands_busy(said) or _busy_doing(said)
    now = now or _in_a_state(said)
    if "?" not in text and now:
        return True
    if "?" in text or may_match_a_template(" ".join(scenes.without_work_words(said))):
        return False
    return scenes.is_a_scene(said) or scenes.is_done(said)


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
    return not _an_action_said(words[at]) or (at == 1 and words[at] in _STATE_ING)


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
        elif after_a_statement and kinds[at] in _UNTOLD and _goes_on_telling(text):
            kinds[at] = Aside.NARRATIVE  # "and installed five games on it", "made breakfast"
        elif after_a_statement and kinds[at] in _UNTOLD and _lists_on(text, names_a_thing):
            kinds[at] = Aside.COMMENT  # "we had tea, and cake"
        elif after_a_statement and unknown and _since_a_time(words_of(text)):
            kinds[at] = Aside.COMMENT  # "the dog has been barking, since 6am"
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
        if _plans_own_work(words) and not _names_a_thing(words, names_a_thing):
            kinds[at] = Aside.COMMENT


# Commands that take a thing away: after one, "I don't need it" is why.
_REMOVALS = frozenset(
    ("close", "quit", "exit", "kill", "delete", "remove", "trash", "pause", "mute", "stop")
)
_NOT_NEEDED = frozenset(
    tuple(f"{i} {do_not} {need} {it}{now}".split())
    for i in ("i", "we")
    for do_not in ("don't", "dont", "do not")
    for need in ("need", "want", "use")
    for it in ("it", "that", "this", "them")
    for now in ("", " anymore", " any more", " right now", " now", " for now", " at the moment")
)


def _not_needed_after_a_removal(clauses: list[Clause], kinds: list[Aside | None]) -> None:
    """ "close discord, I don't need it right now", "delete the folder X. I don't need it":
    right after a command that takes a thing away, the user's reason; after any other
    ("open discord, I don't need it") it may take the command back."""
    for at in range(1, len(clauses)):
        if kinds[at] is not None or kinds[at - 1] is not None:
            continue
        words = words_of(clauses[at].text)
        if words[:1] and words[0] in _JOINING_ON:
            words = words[1:]
        said = words_of(clauses[at - 1].text)
        removal = next((word for word in said if word in _action_words()), None) in _REMOVALS
        if removal and tuple(words) in _NOT_NEEDED and "?" not in clauses[at].text:
            kinds[at] = Aside.COMMENT


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
    if not verb.isalpha() or verb in _DOING_THE_COMMAND or verb in _MODIFIERS:
        return False
    if _is_an_action_word(verb) and not started:
        return False
    rest = words[at + 1 :]
    if not _SECOND_PERSON.isdisjoint(rest):
        return False
    return all(
        word in _OF_A_PLAN or not _may_be_part_of_a_command(word, words, i)
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
        kind = _comment_kind(clause.text, words, names_a_thing, relative=True)
        kinds[at] = kind if kind in (Aside.COMMENT, Aside.NARRATIVE) else None


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
        if 1 <= len(words) <= 2 and all(w[:1].isupper() and w.rstrip(".").isalpha() for w in words):
            named = _names_a_thing(words_of(signed), names_a_thing)
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
    (:func:`_goes_on_telling`), go on with the story. A command after "then" has no
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
    if _goes_on_telling(text):
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
    return _comment_kind(text, words[1:], names_a_thing) is Aside.FRAGMENT


_UNTOLD = (None, Aside.FRAGMENT)


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
    return _comment_kind(text, words[1:], names_a_thing) is Aside.FRAGMENT


@per_message.remembered  # a long message's readings judge the same clauses
def aside_kind(text: str, names_a_thing: Callable[[str], bool]) -> Aside | None:
    """What kind of aside the clause is, or ``None`` when it may be a command.

    ``names_a_thing`` says whether words name an application or a site: a clause
    naming one ("firefox too", "I closed spotify") may be a second command.
    """
    words = [_unstretched(word) for word in words_of(text)]
    if wake_words.is_address(words):  # "ok google", "jarvis"; not "and alexa"
        return Aside.SOCIAL
    joined = bool(words) and words[0] in _JOINING_ON
    while words and words[0] in _JOINERS and tuple(words) not in _SOCIAL:
        words = words[1:]
    while len(words) > 1 and words[0] in _EXCLAIMED and tuple(words) not in _SOCIAL:
        words = words[1:]
    if len(words) > 1 and words[0] == "just" and _just_then(words[1:]):
        words = words[1:]  # "just got back from lunch": no "just open it"
    words = _said_frankly_or_now(words)
    framed = [word if word in _SOCIAL_WORDS else _framed(word) for word in words]
    if not words or _is_sign_off(framed):
        return Aside.SIGN_OFF
    if _is_social(framed) or stories.is_rhetorical(words):  # "can you believe it"
        return Aside.SOCIAL
    if not joined and "?" not in text and _is_a_remark(words, names_a_thing):
        return Aside.REMARK
    # "open spotify, I changed my mind", "delete it, I'll do it myself": may take it back
    said = " ".join(words)
    changed_mind = _CHANGED_MIND.search(said) is not None or _TAKES_OVER.match(said) is not None
    undone = stories.not_done(words)  # "I haven't saved my work": an objection
    kind = None if changed_mind or undone else _comment_kind(text, words, names_a_thing)
    # "that should do it"; "presenting next": the user's turn, not when to do it
    turn = not joined and _my_turn_next(words)
    if kind is None and "?" not in text and (_expects_it_helps(words) or turn):
        kind = Aside.COMMENT
    if kind is None and "?" not in text and _urges_or_assures(words):
        kind = Aside.COMMENT  # "let's get it going", "I'm pretty sure": no second request
    if kind in (None, Aside.FRAGMENT) and not (changed_mind or undone):
        # "because chrome froze", "then we went back to valorant" (after a statement)
        story = words[1:] if words[0] in _LEADS_OF_A_STORY else words
        told = narratives.told_at(story, names_a_thing)
        if told and _tells_only(text, story, told):
            return Aside.NARRATIVE  # "last night my grandson came over" is no fragment
        denied = stories.denied_at(story, names_a_thing, _is_an_action_word)
        kind = Aside.NARRATIVE if denied and _tells_only(text, *denied) else kind
    return None if kind is Aside.FRAGMENT and joined else kind


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
_SECOND_PERSON = frozenset(("you", "u", "your", "ur", "you're", "youre", "yourself"))


def _reported_statement(
    text: str, words: list[str], names_a_thing: Callable[[str], bool]
) -> Aside | None:
    """ "Jack's teacher said he's doing great", "the vet told us the dog is fine": another
    person's words that are a statement themselves (:attr:`Aside.COMMENT` or a story:
    that kind), with no word for a thing said before, no "you" and no instruction ("said
    to open discord", "told me to close it", "said I should block them"): what someone
    said, not a command reported."""
    at = next(at for at, word in enumerate(words) if word in _REPORTING)
    if not 1 <= at <= MAX_REPORTER_WORDS or "?" in text or _DOTTED.search(text):
        return None
    reporter = words[:at]
    if len(reporter) == 1:
        third = reporter[0] in _REPORTERS_ALONE or reporter[0] in _PEOPLE
    else:
        third = reporter[0] in _OWNERS or reporter[0].endswith("'s")
    if not third or not {"i", "we", *_SECOND_PERSON}.isdisjoint(reporter):
        return None
    said = words[at + 1 :]
    if said[:1] and said[0] in _ASKED_WHOM:
        said = said[1:]  # "told us the dog is fine"
    if said[:1] == ["that"]:
        said = said[1:]
    if len(said) < 2 or said[0] not in _SUBJECTS_OF_A_REPORT:
        return None  # "said to open discord", "said open it"
    if not _THE_COMMAND.isdisjoint(said) or not _SECOND_PERSON.isdisjoint(said):
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


def _framed(word: str) -> str:
    """A word around a request as it is meant: drawn out ("yessss", "heyyy") or slipped."""
    drawn_out = remarks.squeezed(word, _SOCIAL_WORDS)
    return drawn_out if drawn_out in _SOCIAL_WORDS else typos.framing_word(word)


def _is_a_remark(words: list[str], names_a_thing: Callable[[str], bool]) -> bool:
    return remarks.is_plain(words) and not _names_a_thing(words, names_a_thing)


_LEADS_OF_A_STORY = frozenset(("because", "cause", "cuz", "coz", "bc", "then"))
# A clause that opens with these goes on with what came before: "and Pepper".
_JOINING_ON = frozenset(("and", "or", "plus", "but", "with", "also", "then", "nor"))


def _comment_kind(
    text: str, words: list[str], names_a_thing: Callable[[str], bool], *, relative: bool = False
) -> Aside | None:
    """A statement (or a fragment) that holds nothing a command could take.

    Not by what it says but by what it lacks: no word of an action, no name of an
    application or a site, no number, and no word that may bear on the command
    (a condition, a time, a hedge, a negation, a report, a second thing). A statement
    with its own subject may still tell a time or a number of something else, or the
    user's reason ("the meeting starts in 5 minutes", "I need to send it to IT"):
    :func:`_said_of_the_world`. Without a verb it is a fragment ("Long day", "the new
    one"), which may be the rest of the command, a second name or the end of a title.
    """
    said = " ".join(words)
    # "at the next red light, open spotify": a place ahead says then, not now
    waits = _CONDITIONS.search(said) or road.waits_for_the_next(words)
    if "?" in text or _REQUESTS_OF_YOU.search(said) or waits:
        # a question, a request put as a statement, or a condition said with common
        # words ("as soon as the meeting starts": the command waits for it)
        return None
    opener = words[0] in _OPENERS_NOT_ASIDE or " ".join(words[:2]) in _OPENERS_NOT_ASIDE
    opener = opener and not relative
    # Or "the lights dimmed please": a request in words the vocabulary lacks; or
    # "discord off since noon": a state told, not why.
    # Or "shut down, I'm not finished": an objection, not a reason.
    if opener or _ASKING_AFTER.intersection(words[1:]) or _since_when(words) or _not_yet(words):
        return None
    held = [at for at, word in enumerate(words) if _may_be_part_of_a_command(word, words, at)]
    if held and _PURPOSE_DENIED.match(text):
        held = [at for at in held if words[at] not in _NEGATIONS_OF_A_PURPOSE]  # "so I don't"
    if held and _SCORE.search(text) and statements.UNITS.isdisjoint(words):
        held = [at for at in held if not words[at].isdigit()]  # "It's 2-1!", "3-0 up"
    if held and not _said_of_the_world(words, held):
        return None
    if _names_a_thing(words, names_a_thing) or _DOTTED.search(text):
        return None  # a name, a domain or a file ("example.com is down")
    # A statement that names a thing ("I can barely hear the video") tells of it as a
    # story does: the command beside it must name its own ("restart": the computer?).
    stated = Aside.NARRATIVE if _THINGS.intersection(words) else Aside.COMMENT
    if words[0] not in _ASIDE_OPENERS and not _has_a_verb(words):
        return Aside.FRAGMENT if statements.verb_at(words) is None else stated
    return stated


_ASKING_AFTER = frozenset(("please", "pls", "plz", "kindly"))
# What the command is for, said negated: "set a timer, so I don't overrun my break"; the
# "don't" is the purpose's, not the command's.
_PURPOSE_DENIED = re.compile(
    r"\s*so\s+(?:that\s+)?(?:i|we)\s+(?:don'?t|do\s+not|won'?t|will\s+not)\s", re.IGNORECASE
)
_NEGATIONS_OF_A_PURPOSE = frozenset(("don't", "dont", "not", "won't", "wont"))
# Not done, not allowed: said beside a command, it objects to it ("close chrome, i'm not
# done", "open spotify, I'm not supposed to").
_NOT_YET = frozenset(("done", "finished", "ready", "allowed", "supposed", "permitted", "through"))
_NEGATIONS = frozenset(("not", "isn't", "isnt", "aren't", "arent", "wasn't", "wasnt", "never"))


def _not_yet(words: list[str]) -> bool:
    """Whether a negation comes just before a word of being done or allowed."""
    return any(
        word in _NOT_YET and not _NEGATIONS.isdisjoint(words[max(0, at - 2) : at])
        for at, word in enumerate(words)
    )


_AT_HALF = ("", "at halftime", "at half time", "at the break", "at fulltime", "at full time")
# After a score, how it stands: "2-1 up", "3-0 down at halftime".
_SAID_OF_A_SCORE = frozenset(
    (*(tuple(f"{lead} {when}".split()) for lead in ("", "up", "down") for when in _AT_HALF),)
)
# A game's score, "2-1", "3 - 0": no time nor amount (with no unit: "2-3 minutes" is one).
_SCORE = re.compile(r"(?<![\d.:])\d{1,2}\s?[-–]\s?\d{1,2}(?![\d.:%])")


def _tells_only(text: str, words: list[str], told: narratives.Told) -> bool:
    """Whether a clause that tells what happened holds nothing else a command could
    take: no question, condition, wish, request, negation, hedge or report ("I was
    going to open spotify", "my friend said to open steam", "I didn't close it"), no
    "you" (the assistant may be meant), no word for a thing said before ("I closed it";
    "on it" names a place), and no verb of the vocabulary that is not the story's own
    ("I closed chrome open firefox"). In the past, a time word is the story's ("we
    played until 3am", "chrome crashed when I was halfway through a form")."""
    if "?" in text or _DOTTED.search(text) or _CONDITIONS.search(" ".join(words)):
        return False
    if narratives.names_an_event(words[told.subject : told.verb]) and not told.over:
        timed = any(statements.time_at(words, at) for at in range(told.verb, len(words)))
        if timed:
            return False  # "the meeting was at 3": maybe still to come, said in the past
    to_come = _told_to_come(words) or (not told.past and _may_be_to_come(words))
    if to_come or _doing_what_may_be_asked(words, told):
        return False  # "the meeting ends in 5", "was moved to 3": to come, it may time the command
    for at in range(told.subject, len(words)):
        word = words[at]
        if at == told.verb and (_rang(words, at) or _did_a_thing(words, at)):
            continue
        if not _may_tell(word, words, at, past=told.past):
            return False
        said = at > told.verb and _a_verb_said(word, words[at - 1], past=told.past)
        if said and not _their_doing(words, told, at):
            return False
    return True


_SPEAKER_NOW = frozenset(("i'm", "im", "we're"))


def _doing_what_may_be_asked(words: list[str], told: narratives.Told) -> bool:
    """ "I'm setting a timer" may ask for one: what the speaker is doing now names nothing
    of the vocabulary but its own verb ("I'm playing fifa with my brother")."""
    if told.past or words[told.subject] not in _SPEAKER_NOW:
        return False
    return any(_is_an_action_word(word) for word in words[told.verb + 1 :])


def _their_doing(words: list[str], told: narratives.Told, at: int) -> bool:
    """ "my son is playing minecraft", "she is recording a podcast": in the present, the
    "-ing" right after a person's "is" or "are" is what that person is doing; "the music
    is playing" is a state a command may change."""
    if told.past or at != told.verb + 1 or not words[at].endswith("ing"):
        return False
    subject = words[told.subject : told.verb]
    return words[told.verb] in ("is", "are") and bool(_PEOPLE.intersection(subject))


# People a story tells of doing something: "my son is playing minecraft".
_PEOPLE = frozenset(
    (
        *("he", "she", "they", "son", "daughter", "kid", "kids", "child", "children"),
        *("brother", "sister", "wife", "husband", "partner", "boyfriend", "girlfriend"),
        *("roommate", "flatmate", "housemate", "boss", "manager", "teacher", "professor"),
        *("mum", "mom", "dad", "baby", "toddler", "colleague", "coworker", "friend"),
        *("friends", "patient", "nurse", "doctor", "cousin", "grandma", "grandpa"),
        *("neighbour", "neighbor", "neighbours", "neighbors", "twins", "teenager", "students"),
        *("guy", "guys", "man", "woman", "lady", "girl", "boy", "people", "driver", "coworkers"),
        *("passenger", "colleagues", "classmates", "classmate", "prof", "players", "fans"),
    )
)


def _a_verb_said(word: str, before: str, *, past: bool) -> bool:
    """Whether ``word`` is a verb of the vocabulary said beside the story's own: "I
    closed chrome open firefox" may be a command typed on; in the present, "the music
    is playing" is a state a command may change. Not a thing ("my music", "a page
    document"), nor in the past a verb told ("showed me how to install it", "helped
    me set up my printer", "kept playing")."""
    if word not in _action_words() or word in _THINGS or word in _MODIFIERS:
        return False  # a modifier ("too") is judged as one
    if not past:
        return True
    told = word.endswith(("ing", "ed")) or before in _BEFORE_A_VERB
    return not (told or _before_a_noun(before))


def _did_a_thing(words: list[str], at: int) -> bool:
    """ "my laptop did a massive update", "I did my homework", "did two loads of laundry":
    "did" as the verb of a thing done, not "I did it already" nor "did you"."""
    after = words[at + 1] if at + 1 < len(words) else ""
    number = after not in ("a", "an") and (after.isdigit() or parse_number(after) is not None)
    return words[at] == "did" and (after in ("a", "an", "the", "my", "our", "some") or number)


def _rang(words: list[str], at: int) -> bool:
    """ "my boss called me on teams", "grandma called on whatsapp": a call, not a name
    ("a folder called taxes")."""
    after = words[at + 1] if at + 1 < len(words) else ""
    return words[at] == "called" and after in _CALLED


# "" too: "the vet called", said last, rang; "mum called during handover".
_CALLED = frozenset(
    (
        *("me", "us", "him", "her", "on", "from", "earlier", "twice", "yesterday", ""),
        *("during", "while", "again", "back", "today", "this", "last", "when", "about"),
        "to",
        "at",  # "my mum called to complain", "the client called at 8am"
    )
)


def _before_a_noun(word: str) -> bool:
    """Whether a word of the vocabulary after ``word`` is a thing named, not a verb
    said: "a search", "the start", "my son's reboot", "three tabs"."""
    return word in _BEFORE_A_NOUN or word.endswith("'s") or statements.is_a_time(word)


# The vocabulary's things: a story names them freely ("I lost all my tabs", "a 40
# page document", "I updated windows").
_THINGS = frozenset(
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
    return bool(_OBJECTS.intersection(words_of(text)))


_OBJECTS = _THINGS | frozenset(
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
# After these, a verb of the vocabulary is told, not said: "to install", "helped me set up".
_BEFORE_A_VERB = frozenset(("to", "me", "us", "him", "her"))


def _may_be_to_come(words: list[str]) -> bool:
    """Whether a statement in the present may tell what is to come: a time or a number
    ("my shift ends in 10", "the meeting is scheduled for 3"), or a word of one."""
    soon = _TO_COME.intersection(words)
    return bool(soon) or any(
        statements.time_at(words, at) and words[at - 1 : at] not in (["every"], ["each"])
        for at in range(len(words))
    )  # "we talk every day" tells a habit


def _told_to_come(words: list[str]) -> bool:
    """Whether a story tells what is still to come ("the call got rescheduled", "was
    moved to 3"; not "the update moved all my icons around")."""
    if _TO_COME_FROM_THE_PAST.intersection(words):
        return True
    moved = [at for at, word in enumerate(words) if word in _MOVED]
    return any(_MOVED_TO.intersection(words[at + 1 :]) for at in moved)


# Said in the past, these still tell what is to come: "the call got postponed".
_TO_COME_FROM_THE_PAST = frozenset(
    (
        *("tomorrow", "tonight", "soon", "shortly", "upcoming", "rescheduled", "postponed"),
        *("delayed", "scheduled", "booked", "arranged", "due"),
    )
)
# "moved to 3", "pushed back", "brought forward": a time moved, still to come.
_MOVED = frozenset(("moved", "pushed", "changed", "bumped", "shifted", "brought", "put"))
_MOVED_TO = frozenset(("to", "till", "until", "til", "back", "forward", "for", "up"))
# In the present, these tell what is to come: "the stream starts soon".
_TO_COME = frozenset(
    (
        *("soon", "shortly", "tonight", "tomorrow", "today", "scheduled", "due", "booked"),
        *("starts", "begins", "ends", "finishes", "kicks", "arrives", "leaves", "returns"),
    )
)


def _goes_on_telling(text: str) -> bool:
    """ "and installed like five games on it", "made breakfast": after a statement, a
    past with its subject left out (:func:`_tells_only`). Not a past a command says
    too ("set", "shut", "quit": "I closed chrome, quit spotify")."""
    words = words_of(text)
    verb = 1 if words[:1] in (["and"], ["but"], ["then"]) else 0
    if len(words) <= verb or not narratives.is_a_past(words[verb]):
        return False
    if words[verb] in _action_words() or words[verb] in narratives.SAID_AS_COMMANDS_ARE:
        return False
    return _tells_only(text, words, narratives.Told(subject=verb, verb=verb, past=True))


def _may_tell(word: str, words: list[str], at: int, *, past: bool) -> bool:
    """Whether ``word`` at ``at`` may be part of a story told beside a command."""
    before = words[at - 1] if at else ""
    after = words[at + 1] if at + 1 < len(words) else ""
    if word in _NOT_IN_A_STORY or word.endswith(("n't", "'ll", "'d")):
        return False
    if word == "no" and after == "reason":
        return True  # "for no reason" negates nothing
    if word in _MODIFIERS or word in other_languages.BEARING_ON_A_COMMAND:
        return (past and word in _TIMES_OF_A_STORY) or _reads_otherwise_here(word, words, at)
    if word in _FOR_A_THING:
        return before in _PLACES  # "installed five games on it"; not "I closed it"
    if word in ("that", "this", "one"):
        # "that night", "one of my friends", "that my laptop froze"; not "I quit that
        # while I slept", "the one": a thing said before
        told_that = word == "that" and before in _NOTICED  # "I noticed that chrome froze"
        a_number = word == "one" and before in _PLACES and after != ""  # "won by one point"
        return (
            told_that
            or a_number
            or (before not in ("the", "new") and after in _AFTER_A_POINTING_WORD)
        )
    return not (word == "about" and after == "to")  # "I was about to close it"


_NOTICED = frozenset(
    ("noticed", "realised", "realized", "found", "saw", "heard", "knew", "learned", "learnt")
)
# After "that", "this" or "one", words that make it no word for a thing said before.
_AFTER_A_POINTING_WORD = frozenset(
    (
        *("morning", "afternoon", "evening", "night", "day", "week", "weekend", "month"),
        *("year", "time", "summer", "winter", "semester", "term", "of", "i", "we", "he"),
        *("she", "they", "my", "the", "our", "his", "her", "their", "everyone", "someone"),
    )
)


# Words that ask, want, plan or tell an accident: a story holds none ("I was going to
# open spotify").
_NOT_IN_A_STORY = frozenset(
    (
        *("you", "u", "ya", "ye", "your", "ur", "yours", "yourself", "you're", "youre"),
        *("want", "wants", "wanted", "wanna", "need", "needs", "needed", "would", "could"),
        *("can", "will", "shall", "must", "might", "may", "gonna", "gotta", "hope", "hoping"),
        *("hoped", "wish", "wished", "plan", "planning", "planned", "try", "trying", "going"),
        *("please", "pls", "plz", "kindly", "now", "let's", "lets", "asap", "supposed"),
        *("remind", "reminded", "remember", "expected", "expect", "waiting"),
        *("could've", "should've", "would've", "might've", "must've", "coulda", "shoulda"),
        "woulda",
        # an accident may be undone by the command: "I closed chrome by accident"
        *("accident", "accidentally", "accidently", "mistakenly", "inadvertently"),
    )
)
# In the past, these tell when the story happened, not when the command is for.
_TIMES_OF_A_STORY = frozenset(
    (
        *("until", "till", "til", "after", "before", "minute", "min", "hour", "second"),
        *("sec", "afterwards", "first", "later", "when", "once"),
    )
)
_FOR_A_THING = frozenset(("it", "its", "them", "those", "these"))
_PLACES = frozenset(
    (
        *("on", "in", "with", "to", "for", "about", "of", "from", "at", "into", "onto"),
        *("over", "under", "through", "around", "during", "by", "behind", "inside"),
    )
)
# Before a noun of the vocabulary, these make it a thing named (:func:`_before_a_noun`).
_BEFORE_A_NOUN = frozenset(
    (
        *_PLACES,
        *("a", "an", "the", "my", "our", "his", "her", "their", "some", "any", "all"),
        *("every", "each", "few", "several", "many", "more", "new", "old", "whole"),
        *("entire", "own", "favourite", "favorite", "like"),
    )
)


# Conditions said with common words: the command waits for what follows them. Not
# "as soon as possible": that is now.
_CONDITIONS = re.compile(
    r"\bsoon as\b(?! (?:possible|poss|you can|u can|you're able))"
    r"|\b(?:by the time|in case|as long as|so long as|provided|providing|assuming"
    r"|supposing|every time|each time|any time|anytime|right after|straight after|just after"
    r"|the (?:moment|minute|second|instant) (?:that |when )?(?:i|we|you|it|the|my|he|she|they"
    r"|i'm|im|it's|its|we're))\b"
)
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
# Before these, a verb is the user's own doing, its reason ("I need to send it to IT",
# "I have to write an essay"), not a command.
_REASONS = frozenset(
    (
        *("need", "needs", "needed", "have", "has", "had", "want", "wants", "wanted", "got"),
        *("trying", "about", "going", "planning", "hoping", "supposed", "able", "used"),
    )
)
_REASONS_WITHOUT_TO = frozenset(("gotta", "wanna", "gonna", "hafta", "needa"))
# Verbs of the vocabulary that, after a reason, are the user's own work, done with what
# the command brings up ("I need to send it to IT", "I have to write a letter"). Not a
# verb the assistant would do by itself ("I need to restart it", "I want to record
# the meeting"): that may be a second command.
_OWN_WORK = frozenset(
    (
        *("send", "email", "e-mail", "mail", "print", "search", "google", "download", "save"),
        *("copy", "show", "add", "install", "update", "write", "type", "register", "enter"),
        *("complete", "load", "browse", "count"),
    )
)


def _said_of_the_world(words: list[str], held: list[int]) -> bool:
    """Whether a clause whose words at ``held`` may bear on a command is still a
    statement about the world: it has its own subject and verb, and each of those words
    is a time told of something else ("I have a call in two minutes"), the verb of
    the user's reason ("I need to send it to IT"), or, said of someone else, a state
    ("the client is already waiting") or their own verb ("the meeting is starting").
    Not a reason beside a time ("I need to set a timer in 5 minutes"), and not a time
    that may be the command's (:func:`statements.may_time_the_command`)."""
    verb = statements.verb_at(words)
    if verb is None:
        return False
    times = [at for at in held if statements.time_at(words, at)]
    reasons = [at for at in held if at > verb and _own_doing(words, at)]
    others = statements.of_others(words)
    states = [at for at in held if others and words[at] in _STATES]
    # Someone else's own verb of an action: "the meeting is starting", "my pc will
    # restart in 5"; not what they said or did ("he said", "she already did").
    theirs = [
        at
        for at in held
        if others and _is_an_action_word(words[at]) and statements.its_verb(words, verb, at)
    ]
    denied = [at for at in held if _denies_a_state(words, at) or _never_did(words, at)]
    # "I want to see if it rains", "my pull request": the user's own clause, a noun
    own = [
        at
        for at in held
        if _of_own_clause(words, verb, at)
        or _an_aspect_of_own(words, verb, at)
        or at == (_denied_wish(words) or (-1, -1))[0]
        or _a_noun_owned(words, at)
        or _compared(words, at)
    ]
    # with its subject said: "installed five games" goes on a story (:func:`_goes_on_telling`)
    counted = [at for at in held if verb and _counts_things(words, at)]
    times = [at for at in times if at not in counted]  # "forty emails": no time
    if (denied or _denied_wish(words)) and times:
        return False  # "I don't have a meeting in 5 minutes": a negation beside a time
    if len({*times, *reasons, *states, *theirs, *denied, *own, *counted}) < len(held):
        return False  # a negation among them: "I don't want, close spotify" may negate it
    return not times or not (reasons or statements.may_time_the_command(words))


# The user's wish or need, its own verb after "to": "I want to see", "we need to check".
_WISH_OR_NEED = frozenset(("want", "need", "have", "wanted", "needed", "had"))
_WISHING_ADVERBS = frozenset(("just", "really", "kinda", "kind", "of", "only", "also"))
# Words that open a clause under a verb: "see if it rains", "check whether", "afterwards".
_SUBORDINATORS = frozenset(
    ("if", "whether", "how", "before", "after", "afterwards", "until", "till", "when", "once")
)
# After a subordinator, the subject of its clause: "before it disappears", "if it rains".
_SUBORDINATE_SUBJECTS = frozenset(
    (
        *("it", "it's", "its", "i", "i'm", "im", "we", "he", "she", "they", "there", "the"),
        *("my", "our", "his", "their", "this", "that", "long", "much", "many", "far"),
    )
)


def _of_own_clause(words: list[str], verb: int, at: int) -> bool:
    """A subordinator of the user's own verb after "I want to" or "we need to" ("I want to
    see if it rains on saturday", "I need to show them before it disappears", "I want to
    watch myself afterwards"): the clause it opens is that verb's, not a condition of the
    command. Only when that verb is no action the assistant does ("I want to close it
    afterwards" may be a second command), every word from the subordinator on that may
    bear on a command is a subordinator ("if it works first", "in 5 minutes" are the
    command's maybe), and a subject or the end follows it."""
    own = _own_verb(words, verb)
    if own is None or at <= own or words[at] not in _SUBORDINATORS:
        return False
    after = words[at + 1] if at + 1 < len(words) else ""
    if after and after not in _SUBORDINATE_SUBJECTS:
        return False
    rest = words[at:]
    if not _SECOND_PERSON.isdisjoint(rest) or any(parse_number(word) for word in rest):
        return False
    return all(
        w in _SUBORDINATORS or _a_noun_owned(words, i) or not _may_be_part_of_a_command(w, words, i)
        for i, w in enumerate(rest, start=at)
    )


def _own_verb_after_a_wish(words: list[str], verb: int) -> int | None:
    """Where the user's own verb is in "I want to see", "we really need to check": after
    "I" or "we", a wish or a need and "to", a verb no action of the assistant."""
    if words[0] not in ("i", "we"):
        return None
    at = 1
    while at < len(words) and words[at] in _WISHING_ADVERBS:
        at += 1
    if at != verb and not (at < len(words) and words[at] in _WISH_OR_NEED):
        return None
    if at + 2 >= len(words) or words[at] not in _WISH_OR_NEED or words[at + 1] != "to":
        return None
    own = at + 2
    if words[own] in _ASPECTS and own + 1 < len(words) and words[own + 1].endswith("ing"):
        own += 1  # "I want to start writing": the user's own verb is "writing"
    return None if words[own] in _action_words() and words[own] not in _OWN_WORK else own


_DENYING = frozenset(("don't", "dont", "never"))
# What happened, not the command's thing: "I don't want that to happen"; never "it", "them"
# ("open discord, I don't want it running" refuses what it asks).
_OBJECTS_OF_A_WISH = frozenset(("that", "this", "anyone", "anybody"))


def _denied_wish(words: list[str]) -> tuple[int, int] | None:
    """Where the negation and the user's own verb are in a wish the user denies: "I
    don't want that to happen again", "I never want to lose it". Only a verb no action
    of the assistant ("I don't want to close it" may take the command back), after "I"
    or "we" said first."""
    if words[0] not in ("i", "we"):
        return None
    at = 1
    while at < len(words) and words[at] in _WISHING_ADVERBS:
        at += 1
    if at < len(words) and words[at] in _DENYING:
        denied, at = at, at + 1
    elif words[at : at + 2] == ["do", "not"]:
        denied, at = at + 1, at + 2
    else:
        return None
    while at < len(words) and words[at] in ("really", "even", "ever"):
        at += 1
    if words[at : at + 1] != ["want"]:
        return None
    at += 1
    said_of = at < len(words) and words[at] in _OBJECTS_OF_A_WISH
    at += said_of
    if words[at : at + 1] != ["to"]:
        return None  # "I don't want it", "... it running": the command's thing, refused
    own = words[at + 1] if at + 1 < len(words) else ""
    # "I don't want that to run": after "that", "happen again" only ("that" may be the
    # command's: "open discord, I don't want that to happen" may refuse it)
    told = own.isalpha() and own not in _action_words() and own not in _MODIFIERS
    again = own == "happen" and "again" in words[at + 2 :]
    return (denied, at + 1) if told and (not said_of or again) else None


def _own_verb(words: list[str], verb: int) -> int | None:
    """The user's own verb after a wish, said or denied (:func:`_denied_wish`)."""
    own = _own_verb_after_a_wish(words, verb)
    denied = _denied_wish(words) if own is None else None
    return own if denied is None else denied[1]


# Verbs of when a doing starts or goes on, before its "-ing": "start writing".
_ASPECTS = frozenset(("start", "begin", "keep", "stop"))


def _an_aspect_of_own(words: list[str], verb: int, at: int) -> bool:
    """ "start" in "I want to start writing down ideas": how the user's own doing goes,
    not "start" asked for (:func:`_own_verb_after_a_wish`)."""
    own = _own_verb_after_a_wish(words, verb)
    return own is not None and at == own - 1 and words[at] in _ASPECTS


# Before a word of the vocabulary, a possessive makes it a noun: "my pull request".
_POSSESSIVES = frozenset(("my", "our", "his", "their"))


def _a_noun_owned(words: list[str], at: int) -> bool:
    """ "my pull request", "our download": after a possessive, a word of an action is a
    noun a statement names, not a verb (no command says "my" before its verb)."""
    return at > 0 and words[at - 1] in _POSSESSIVES and _is_an_action_word(words[at])


# Before a number, words that make it an amount or a time a command may take.
_BEFORE_AN_AMOUNT = frozenset(("by", "to", "at", "in", "for", "until", "till", "after"))


def _counts_things(words: list[str], at: int) -> bool:
    """ "there's like forty emails waiting", "I've reproduced it six times", "that one
    bug": a number before the things a statement counts (no unit, no word of the
    vocabulary: "3 tabs" may be the command's), not an amount nor a time for the command
    (beside a timer or the volume, still a number: :func:`tells_a_number`)."""
    word, after = words[at], words[at + 1] if at + 1 < len(words) else ""
    number = word.isdigit() or (word not in ("a", "an") and parse_number(word) is not None)
    if not number or not after.isalpha() or after in statements.UNITS or after in _SHARES:
        return False
    before = words[at - 1] if at else ""
    return before not in _BEFORE_AN_AMOUNT and not _may_bear(after) and parse_number(after) is None


_SHARES = frozenset(("percent", "per", "pc", "percentage", "notches", "points", "steps"))
MAX_COMPARED_WORDS = 3  # "than the actual show"


def _compared(words: list[str], at: int) -> bool:
    """ "the ads are way louder than the show": a comparison a statement tells, its
    "-er" before "than" and the thing it is compared with after "than" and a determiner;
    a description, not "louder" asked for (said with a subject and its verb; no wish:
    "I want it louder than the show" asks for it)."""
    if not _WANTING_A_THING.isdisjoint(words) or words[0] in _SUBJECT_AND_VERB:
        return False
    if words[at].endswith("er") and words[at + 1 : at + 2] == ["than"]:
        return True
    than = [i for i in range(max(0, at - MAX_COMPARED_WORDS), at) if words[i] == "than"]
    return bool(than) and words[than[-1] + 1] in _DETERMINING and words[at] not in _MODIFIERS


# What the user says they lack or feel, negated with its object: "I don't have much time".
_STATE_VERBS = frozenset(("have", "feel"))


def _denies_a_state(words: list[str], at: int) -> bool:
    """ "I don't have much time", "we dont have all day": the user's own state, denied,
    with an object after it; not "I don't want" or "I don't know", which may bear on it,
    nor "I don't have it"."""
    return (
        words[at] in ("don't", "dont")
        and at >= 1
        and words[at - 1] in ("i", "we")
        and at + 2 < len(words)
        and words[at + 1] in _STATE_VERBS
        and words[at + 2] not in _THE_COMMAND  # "I don't have it": maybe the command's thing
    )


# Said of the user's past after "never": "I have never used it much", "I've never been".
_SAID_NEVER_OF = frozenset(("i", "we", "i've", "ive", "we've", "have"))
_PAST_PARTICIPLES = frozenset(("been", "had", "seen", "heard", "known", "understood"))


def _never_did(words: list[str], at: int) -> bool:
    """ "I have never used it much": what the user never did, a report of the past; not
    a verb of the vocabulary ("I never closed it", "never opened")."""
    after = words[at + 1] if at + 1 < len(words) else ""
    return (
        words[at] == "never"
        and at >= 1
        and words[at - 1] in _SAID_NEVER_OF
        and (after.endswith("ed") or after in _PAST_PARTICIPLES)
        and not any(_is_an_action_word(verb) for verb in (after, after[:-1], after[:-2]))
    )


def _is_an_action_word(word: str) -> bool:
    return word in _action_words() and word not in _MODIFIERS


# Said of someone else, a state goes on or has begun: "the client is already waiting".
_STATES = frozenset(("already", "still"))


def _own_doing(words: list[str], at: int) -> bool:
    """A verb after "need to", "have to", "gotta": the user's own reason, with an object
    ("send it to IT"); alone ("I need to mute") it may be the command."""
    if words[at] not in _OWN_WORK or at + 1 >= len(words):
        return False
    after_to = at >= 2 and words[at - 1] == "to" and words[at - 2] in _REASONS
    return after_to or (at >= 1 and words[at - 1] in _REASONS_WITHOUT_TO)


def tells_a_number(text: str) -> bool:
    """Whether the clause tells a number ("the pasta needs 12 minutes", "a minute";
    not the texted "2" of "its 2 loud", nor "all day")."""
    words = words_of(text)
    return any(
        statements.is_a_time(word)
        and (word not in statements.UNITS or (at > 0 and words[at - 1] in ("a", "an", "half")))
        and not _reads_otherwise_here(word, words, at)
        for at, word in enumerate(words)
    )


def bears_on_a_command(text: str) -> bool:
    """Whether the clause asks, or holds a word that may negate, condition, defer,
    report or hedge a command ("he said open chrome", "if it's slow, ...")."""
    return "?" in text or any(word in _MODIFIERS for word in words_of(text))


_SUBJECT_CONTRACTIONS = ("'re", "'m", "'ve", "'ll")


def _has_a_verb(words: list[str]) -> bool:
    """Whether a clause that opens with a noun has a verb after it: "the call is over",
    "the app crashed", "my boss needs proof" (a last word in -s may be a plural)."""
    if _STATEMENT_VERBS.intersection(words) or any(w.endswith("'s") for w in words[1:]):
        return True
    if any(w.endswith(_SUBJECT_CONTRACTIONS) for w in words):
        return True  # "hope you're doing well": a subject and its verb, inside
    middle = words[2:-1]
    return any(w.endswith("ed") for w in words[2:]) or any(w.endswith("s") for w in middle)


_LATER_TODAY = frozenset(("evening", "afternoon", "weekend"))


def _later_today(word: str, words: list[str]) -> bool:
    return word in _LATER_TODAY and words == ["this", word]


# A code of work, letters then digits ("q3", "p1", "fy24"); a time is digits then
# letters ("5min", "3pm"), and "x2" may be how many times.
_CODE = re.compile(r"[a-z]{1,3}\d{1,5}")
# Words of a template that may be nouns of work: :func:`scenes.is_a_work_word`.
_WORK_WORDS = frozenset(
    (
        "end",
        "start",
        "on",
        "call",
        "site",
        "visit",
        "all",
        "quick",
        "front",
        "out",
        "off",
        "home",
        "run",
    )
)
# Before these, a texted "2" is "too" ("its 2 loud"), not a number.
_COPULAS = frozenset(("is", "it's", "its", "are", "was", "so", "way", "much"))


# When the day is said with a word for the command ("I need it tonight"), or with no
# verb of its own ("Ugh, tomorrow."), it may defer it.
_DAYS = frozenset(
    ("tomorrow", "tonight", "today", "minutes", "mins", "hours", "seconds", "secs", "days")
)
_THE_COMMAND = frozenset(("it", "that", "this", "them"))
# A subject that brings its verb, or says one follows: "it's due tomorrow", "im done for tonight".
_SUBJECT_AND_VERB = frozenset(
    (
        *("i", "i'm", "im", "i've", "ive", "i'd", "i'll", "it's", "that's", "thats", "there's"),
        *("theres", "we", "we're", "we've", "they", "they're", "he", "he's", "she", "she's"),
        *("you", "you're"),
    )
)
# "My hearing is not what it used to be": after these, "not" says how things are.
_BEING = frozenset(("is", "are", "was", "were", "am", "i'm", "im", "it's", "its", "that's"))


def _may_be_part_of_a_command(word: str, words: list[str], at: int) -> bool:
    if _reads_otherwise_here(word, words, at) or _a_label_or_the_hour(word, words, at):
        return False
    took = ("took" in words or "lasted" in words) and _took_a_time(words, at)
    if _of_a_scene_at_work(word, words, at) or took or (word.isdigit() and _a_year(words, at)):
        return False
    told = word in _THINGS and _a_thing_told(words, at)  # "I can barely hear the video"
    if told or _cannot_do(words, at) or _measures_a_thing(words, at) or _none_of(words, at):
        return False
    if word in _DAYS:  # "Ugh, tomorrow." with no verb of its own may be when to do it
        subject = narratives.opening_time_end(words)  # "Today I just want to relax"
        said = subject < len(words) and words[subject] in _SUBJECT_AND_VERB
        own_verb = said or _has_a_verb(words) or statements.an_event_on_a_day(words)
        return bool(_THE_COMMAND.intersection(words)) or not own_verb
    # "This evening, open netflix": maybe when to do it
    if word in other_languages.BEARING_ON_A_COMMAND or _later_today(word, words):
        return True
    number = any(ch.isdigit() for ch in word) or (
        word not in ("a", "an") and parse_number(word) is not None
    )  # "the meeting is at 3", "I need it in five"
    return number or word in _MODIFIERS or word in _action_words()


# Before a thing told of, after its determiner: "an important email", "the new update".
MAX_WORDS_BEFORE_A_THING = 1
_DETERMINING = frozenset(
    ("a", "an", "the", "my", "our", "his", "her", "their", "some", "any", "every", "all")
)
# Words of wanting, asking or planning: "I need some music" may ask for it.
_WANTING_A_THING = frozenset(
    (
        *("want", "wants", "wanted", "wanna", "need", "needs", "needed", "needa", "like"),
        *("love", "prefer", "rather", "hope", "wish", "would", "could", "should", "you"),
        *("u", "your", "ur", "please", "pls", "plz", "let's", "lets", "gonna", "gotta"),
        *("going", "get", "got", "give", "bring", "find", "make", "keep", "leave", "let"),
    )
)


def _a_thing_told(words: list[str], at: int) -> bool:
    """ "I can barely hear the video", "I'm expecting an important email", "the power
    went out": a thing of the vocabulary after its determiner, in a statement with its
    own subject and verb that wants, asks for and plans nothing (issue 20: the context
    of a long message); named, not acted on. Not "this video": maybe the command's."""
    start = at - 1
    while start > 0 and at - start <= MAX_WORDS_BEFORE_A_THING and words[start] not in _DETERMINING:
        start -= 1
    if start < 0 or words[start] not in _DETERMINING:
        return False
    between = words[start + 1 : at]
    if any(_may_bear(word) for word in between):
        return False  # "the next video", "a 5 minute timer", "my other playlist"
    if not _WANTING_A_THING.isdisjoint(words) or any(map(_done_to_a_thing, words)):
        return False  # "I'm setting a timer" may ask for one
    return statements.verb_at(words) is not None


def _done_to_a_thing(word: str) -> bool:
    """ "setting", "opened", "playing": a verb of the vocabulary, said or inflected."""
    if word in _THINGS:
        return False
    doubled = word.endswith("ing") and len(word) > 5 and word[-4] == word[-5]
    return _an_action_said(word) or (doubled and word[:-4] in _action_words())


def _may_bear(word: str) -> bool:
    number = any(ch.isdigit() for ch in word) or parse_number(word) is not None
    return number or word in _MODIFIERS or word in _action_words()


_IN_A_YEAR = frozenset(("in", "from", "since", "of", "back", "until", "till", "around"))
MIN_YEAR, MAX_YEAR = 1900, 2099


def _a_year(words: list[str], at: int) -> bool:
    """ "magazines from 2015", "back in 1998": a year, no amount nor time for the command."""
    word = words[at]
    if len(word) != 4 or not word.isdigit() or not at or words[at - 1] not in _IN_A_YEAR:
        return False
    return MIN_YEAR <= int(word) <= MAX_YEAR


_TOOK = frozenset(("took", "lasted"))
MAX_TOOK_WORDS = 4  # "took me like two hours"
# Between "took" and how long: "took me two hours", "lasted about an hour".
_TOOK_HOW = frozenset(
    (*("me", "us", "him", "her", "them", "about", "around", "like", "nearly", "almost"),)
) | frozenset(("over", "literally", "a", "an", "at", "least", "only", "just", "half"))


def _took_a_time(words: list[str], at: int) -> bool:
    """ "it took three hours", "took me two hours to get home", "the call lasted an hour":
    how long a thing took, over (beside a timer or the volume still a number:
    :func:`tells_a_number`)."""
    said = [i for i in range(max(0, at - MAX_TOOK_WORDS), at) if words[i] in _TOOK]
    if not said:
        return False
    took = said[-1]
    between = words[took + 1 : at + 1]
    timed = [word for word in between if word not in _TOOK_HOW]
    return 1 <= len(timed) <= 2 and all(statements.is_a_time(word) for word in timed)


def _of_a_scene_at_work(word: str, words: list[str], at: int) -> bool:
    """ "on call", "end of shift", "site visit": nouns of work (:mod:`.scenes`); "another"
    before a scene; "today" after one, the scene's day ("Long shift at the depot today")."""
    if word in _WORK_WORDS and scenes.is_a_work_word(words, at):
        return True
    if _CODE.fullmatch(word) and not word.startswith("x"):
        return True  # "Q3 numbers", "a P1 incident", "FY24": a code of work, not an amount
    if word == "another" and at == 0 and scenes.is_a_scene(words[1:]):
        return True  # "Another night shift", "another double": one more of the same day
    return word == "today" and at + 1 == len(words) and scenes.is_a_scene(words[:at])


def _reads_otherwise_here(word: str, words: list[str], at: int) -> bool:
    """A word that reads otherwise where it stands: "is not" says how things are; a
    texted "2" before a word is "too" ("its 2 loud"); "too" before a word is a degree
    ("way too noisy"), at the end a second thing; "the next room" is no next command;
    "I think it's the tabs" hedges the reason, "I think" alone the command."""
    before = words[at - 1] if at else ""
    after = words[at + 1] if at + 1 < len(words) else ""
    if word == "not":  # "my hearing is not what it was", "the bus did not come"
        return before in _BEING or (before == "did" and _told_of_the_past(word, words, at))
    if word in _HEDGES_OF_A_CLAUSE:
        return after in _SUBJECTS and at + 2 < len(words)
    if word in _OF_WHAT_COMES:
        return _which_or_how_long(word, words, at)
    if word in _TOLD_HERE:
        return _told_here(word, words, at)
    if word in _LABELS and after.isdigit() and words[at + 2 : at + 3] in _SAID_OF_A_LABEL:
        return True  # "register 2 is down", "build 41 failed": a noun that names which one
    texted_too = word == "2" and before in _COPULAS and after not in ("", *statements.UNITS)
    return (
        texted_too
        or (word == "too" and (after != "" or _a_state_too(words, at)))
        or (word == "never" and _their_habit_never(words, at))
        or (word == "both" and _the_two_of_them(word, words, at))
        or (word == "stop" and before == "non")  # "buzzing non stop"
        or (word == "non" and after == "stop")
        or (word == "rather" and _a_degree_of(words, at))
        or (word in _OF_THE_PAST and _told_of_the_past(word, words, at))
    )


_BE = frozenset(("is", "are", "was", "were", "i'm", "im", "it's", "its", "we're", "they're"))


def _a_state_too(words: list[str], at: int) -> bool:
    """ "The food was incredible too", "I'm exhausted too": a state said last of a
    subject, "too" for "as well"; not of a thing, nor a verb of the vocabulary ("spotify
    is open too", "the browser is useless too": maybe a second command)."""
    if at < 2 or words[at - 2] not in _BE or not _OBJECTS.isdisjoint(words):
        return False  # "the browser is useless too": close it as well?
    if statements.verb_at(words) is None:
        return False
    state = words[at - 1]
    number = any(ch.isdigit() for ch in state) or parse_number(state) is not None
    return not (number or state in _MODIFIERS or _an_action_said(state) or state in _OBJECTS)


def _their_habit_never(words: list[str], at: int) -> bool:
    """ "My brother never answers his phone", "he never listens": what someone else never
    does, a verb no command says; not "spotify never opens" nor "it never works"."""
    after = words[at + 1] if at + 1 < len(words) else ""
    if not at or words[at - 1] in _NOT_THEIRS or not narratives.third_person_present(after):
        return False
    return not _an_action_said(after) and statements.verb_at(words) is not None


_NOT_THEIRS = frozenset(("i", "we", "you", "u", "it", "that", "this", "they", "which"))


# Words a story tells the past with, that beside a command may report it done or say
# another: "I tried to bake bread", "it didn't even hurt", "it took three hours",
# "my friend moved to another city".
_NEGATED_PASTS = frozenset(("didn't", "didnt"))
_OF_THE_PAST = frozenset(("tried", "another", "wait", "without", "did", *_NEGATED_PASTS))


def _told_of_the_past(word: str, words: list[str], at: int) -> bool:
    """:func:`_told_plainly`, with "did not" read as "didn't" ("it did not come")."""
    if word in ("did", "not"):
        said_at = at if word == "did" else at - 1
        if words[said_at : said_at + 2] != ["did", "not"]:
            return False
        in_short = [*words[:said_at], "didn't", *words[said_at + 2 :]]
        return _told_plainly("didn't", in_short, said_at)
    return _told_plainly(word, words, at)


def _told_plainly(word: str, words: list[str], at: int) -> bool:
    """ "I tried yoga", "I tried to bake bread": a thing tried that is no command's
    (not "tried to open it", "tried restarting"); "I didn't reply", "it didn't even
    hurt": a past denied whose verb is no command's, nor a wish or a report ("didn't
    close it", "didn't want", "didn't say"); "moved to another city": in a past, another
    of a thing no command acts on, nor a time ("another day" may be when)."""
    rest = words[at + 1 :]
    if not rest or any(map(_an_action_said, rest)) or _points_back(rest):
        return False
    before = words[at - 1] if at else ""
    if word in ("wait", "without"):  # "had to wait for ages", "without a coat" (not "saving")
        # "I can't wait for the weekend": looking forward to it
        had_to = words[at - 2 : at] == ["had", "to"] or before in ("can't", "cant", "cannot")
        return had_to if word == "wait" else rest[0] in ("a", "an", "my", "any", "me", "us")
    if word == "another":
        after = rest[0]
        plain = after not in _NOT_ANOTHER and not statements.is_a_time(after)
        return plain and any(narratives.is_a_past(told) for told in words[:at])
    if before not in _SUBJECTS_OF_A_PAST and words[at - 2 : at - 1] not in _BY_WHOM:
        return False
    if word == "tried":
        return rest[0] != "again"
    verb = next((said for said in rest if said not in _DENIED_HOW), "")
    return verb not in _MODIFIERS and verb not in _NOT_A_PLAIN_PAST


_SUBJECTS_OF_A_PAST = frozenset(
    (*("i", "we", "he", "she", "they", "it", "i've", "ive", "we've", "finally", "also"),)
)
_BY_WHOM = (["my"], ["our"], ["the"], ["his"], ["her"], ["their"])  # "the bus didn't come"
_DENIED_HOW = frozenset(("even", "really", "just", "ever", "quite", "fully"))
# After "didn't": wishes and needs, which may bear on the command ("I didn't want it"),
# and work not done, which beside it may object ("shut down, I didn't finish").
_NOT_A_PLAIN_PAST = frozenset(
    (
        *("want", "need", "like", "mean", "get", "have", "know", "let", "expect", "agree"),
        *("finish", "complete", "end", "submit", "upload", "back", "sync", "check", "read"),
        *("see", "notice", "realise", "realize", "hear", "think", "remember", "forget"),
    )
)
# After "another": one more of what was said, or of the same ("another one", "another go").
_NOT_ANOTHER = frozenset(("one", "ones", "thing", "things", "go", "try", "round", "time"))


def _points_back(words: list[str]) -> bool:
    """Whether ``words`` hold a word for a thing said before ("it", "them", "that one");
    not "this morning", "that night"."""
    return any(
        word in ("it", "them") or (word in ("this", "that") and after not in _AFTER_A_POINTING_WORD)
        for word, after in zip(words, [*words[1:], ""], strict=True)
    )


def _an_action_said(word: str) -> bool:
    """Whether ``word`` is a word of the vocabulary of commands, as said or with "-ing"
    or "-ed" ("restarting", "closed", "launched")."""
    if word in _action_words():
        return True
    if word.endswith("ing"):
        return word[:-3] in _action_words() or f"{word[:-3]}e" in _action_words()
    if word.endswith("ed"):
        return word[:-2] in _action_words() or word[:-1] in _action_words()
    return word.endswith("s") and word[:-1] in _action_words()  # "plays", "opens"


def _a_degree_of(words: list[str], at: int) -> bool:
    """ "I slept rather badly", "rather tired": "rather" as a degree, not another choice
    ("or rather", "I'd rather")."""
    before = words[at - 1] if at else ""
    after = words[at + 1] if at + 1 < len(words) else ""
    told = after.endswith("ly") or after in remarks.DESCRIBING
    return told and before not in ("or", "i'd", "id", "we'd", "would", "much")


def _the_two_of_them(word: str, words: list[str], at: int) -> bool:
    """ "we're both exhausted", "they were both asleep": the two people, no second thing."""
    if word == "both" and words[at + 1 : at + 2] in (["hands"], ["arms"], ["feet"]):
        return True  # "both hands on the ladder": the user's two hands
    if word != "both" or not at:
        return False
    before = words[at - 1]
    said_with = words[at - 2] if before in ("are", "were") and at > 1 else before
    return said_with in _TWO_OF_THEM


# A statement's verb after a label and its number: "register 2 is down", "build 41 failed".
_SAID_OF_A_LABEL = (
    *(["is"], ["was"], ["has"], ["needs"], ["keeps"], ["isn't"], ["failed"], ["broke"]),
    *(["crashed"], ["shipped"], ["arrived"], ["went"], ["got"]),
)
_OF_WHAT_COMES = frozenset(("next", "till", "til", "until", "'til"))


def _which_or_how_long(word: str, words: list[str], at: int) -> bool:
    """ "the next room", "sat next to me" is no next command; "5 minutes till standup"
    tells the time left (:func:`statements.counts_down`), no time the command waits for."""
    if word == "next":
        return words[at - 1 : at] in (["the"], ["this"]) or words[at + 1 : at + 2] == ["to"]
    return at == 2 and statements.counts_down(words)


_TWO_OF_THEM = frozenset(("we", "we're", "we've", "they", "they're", "they've"))
_ASKING_OF = frozenset(("asking", "asks", "asked", "ask"))
_TOLD_HERE = frozenset(("still", "same", "once", "no", "first", *_ASKING_OF))


def _told_here(word: str, words: list[str], at: int) -> bool:
    """Words of a story that bear on no command where they stand: where the speaker
    is still (:func:`_still_where`); "asking about" ("she keeps asking about my
    grades"); "the same page", a thing seen ("do the same", "the same for discord" ask
    for something again); "for once", no condition ("once it's done")."""
    before = words[at - 1] if at else ""
    after = words[at + 1] if at + 1 < len(words) else ""
    if word == "still":  # "I'm still at work", "I still failed the quiz"
        return _still_where(words, at) or _still_did(words, at)
    if word == "once":
        return before == "for"
    if word == "same":
        return before == "the" and after not in _AFTER_THE_SAME
    if word == "no":  # "I've had no sleep", "there's no wifi": none of a thing
        return before in _HAVING and after not in ("", "one", "way", "need", "longer")
    if word == "first":  # "my first day on the ward"; not "first, open chrome"
        return before in _OWNERS and after not in ("", "one", "thing", "things")
    if word in ("asked", "asks") and after in _ASKED_WHOM:  # "asked me a ton of questions"
        after = words[at + 2] if at + 2 < len(words) else ""
    return after == "about" or (word in ("asked", "asks") and after in _ASKED_A_THING)


# Asked of whom, then what: a question, a favour ("asked me a ton of questions", "asks
# so many questions"), not what to do ("asked me to close slack", "asked if ...").
_ASKED_WHOM = frozenset(("me", "us", "him", "her", "them", "everyone"))
_ASKED_A_THING = frozenset(("a", "an", "so", "lots", "loads", "tons", "some", "many", "for"))
_HAVING = frozenset(("had", "have", "has", "got", "there's", "theres", "with", "is", "was"))
_OWNERS = frozenset(("my", "our", "his", "her", "their", "the"))


_AFTER_THE_SAME = frozenset(
    (
        *("", "for", "with", "thing", "things", "one", "ones", "again", "as", "to", "here"),
        *("there", "please", "pls", "plz", "app", "apps", "site", "way", "now", "but"),
    )
)


def _still_where(words: list[str], at: int) -> bool:
    """ "I'm still at the nurses station", "we're still in the lab": where the speaker
    still is, with no word for the command ("I'm still on it", "is it still open") nor
    an event ("I'm still in the meeting" may object to closing zoom). After a command it
    may object all the same ("shut down, I'm still at my desk"): :mod:`.matcher` leaves
    that to the model."""
    before = words[at - 1] if at else ""
    after = words[at + 1] if at + 1 < len(words) else ""
    speaker = before in ("i'm", "im", "we're", "were") or words[at - 2 : at] in (
        ["i", "am"],
        ["we", "are"],
    )
    if not speaker or after not in _WHERE_ONE_STILL_IS:
        return False
    return not statements.speaks_of_the_command(words) and not narratives.names_an_event(words)


def _still_did(words: list[str], at: int) -> bool:
    """ "I still failed the quiz", "she still won", "it still works": a past or a third
    person's present after "still", that no command says ("I still closed it" may report
    it done, "spotify still plays" tell a state a command may change)."""
    after = words[at + 1] if at + 1 < len(words) else ""
    subject = words[at - 1] in _SUBJECTS_OF_A_PAST if at else False
    told = narratives.is_a_past(after) or narratives.third_person_present(after)
    return subject and told and not _an_action_said(after)


# Where or how the speaker still is: "still at work", "still awake", "still stuck in traffic".
_WHERE_ONE_STILL_IS = frozenset(
    (
        *("at", "in", "on", "here", "there", "awake", "up", "stuck", "outside", "inside"),
        *("home", "downstairs", "upstairs"),
    )
)


def _a_label_or_the_hour(word: str, words: list[str], at: int) -> bool:
    """A number that names which one ("bed 4", "room 12", "chapter five", "day 3"), or,
    after "it's", the hour it is now ("it's 3am", "it's 2 am"; not "it's 2 loud"):
    neither a time for the command nor what it acts on. Beside a timer or the volume
    it is still a number (:func:`tells_a_number`): "Bed 4. Set a timer" is for the model."""
    before = words[at - 1] if at else ""
    if before not in _LABELS and before != "it's" and words[at - 2 : at] != ["it", "is"]:
        return False
    if not statements.is_a_time(word) or word in statements.UNITS:
        return False
    if before in _LABELS:
        return True
    after = words[at + 1] if at + 1 < len(words) else ""
    return word[-2:] in ("am", "pm") or after in ("am", "pm", "o'clock", "oclock")


def _cannot_do(words: list[str], at: int) -> bool:
    """ "I can't move", "she can't sleep", "the car wouldn't start this morning": a verb
    of the vocabulary said last after "can't" (or before a time of the story), what the
    person or thing cannot do, with nothing it acts on ("I can't open chrome" names one)."""
    before = words[at - 1] if at else ""
    if before not in _CANNOT or words[at - 2 : at - 1] == ["you"]:
        return False
    told_when = narratives.opening_time_end(words[at + 1 :]) == len(words) - at - 1
    return told_when or words[at + 1] in ("anymore", "properly", "at", "well")


def _none_of(words: list[str], at: int) -> bool:
    """ "I've had no sleep": after "no" read as none of a thing, a word of the
    vocabulary is that thing."""
    return at >= 2 and words[at - 1] == "no" and _told_here("no", words, at - 1)


_CANNOT = frozenset(
    ("can't", "cant", "cannot", "couldn't", "couldnt", "won't", "wont", "wouldn't", "wouldnt")
)


def _measures_a_thing(words: list[str], at: int) -> bool:
    """ "a 14 hour shift", "my 3 hour exam", "a voice note that was nine minutes long": a
    number and its unit said of a thing, how long it is, not a time for the command
    (beside a timer, still a number)."""
    start = at - 1 if words[at] in statements.UNITS else at
    if start < 0 or start + 2 >= len(words) or words[start + 1] not in statements.UNITS:
        return False
    said = words[start]
    number = any(ch.isdigit() for ch in said) or parse_number(said) is not None
    # said first, the clause is about the thing: "12 hour shift done", "12-hour shift."
    owned = start == 0 or words[start - 1] in _OF_A_THING
    long_ago = words[start + 2] == "long" and start > 0 and words[start - 1] in ("was", "were")
    return number and ((owned and words[start + 2] in _MEASURED) or long_ago)


_OF_A_THING = frozenset(("a", "an", "my", "the", "our", "this", "that", "another"))
_MEASURED = frozenset(
    (
        *("shift", "shifts", "drive", "flight", "exam", "lecture", "class", "meeting"),
        *("day", "night", "week", "commute", "journey", "trip", "surgery", "operation"),
        *("workday", "stretch", "study", "session", "marathon", "ride", "wait", "delay"),
    )
)


# Nouns a number after names which one: "bed 4", "room 12", "chapter 5", "day 3 of revision".
_LABELS = frozenset(
    (
        *("bed", "room", "bay", "ward", "floor", "chapter", "page", "day", "week", "level"),
        *("round", "episode", "season", "lesson", "unit", "module", "question", "exercise"),
        *("problem", "section", "part", "number", "gate", "platform", "terminal", "seat"),
        *("table", "lane", "aisle", "dock", "locker", "station", "hole", "lap", "act"),
        *("scene", "slide", "grade", "year", "group", "patient", "case", "step", "stage"),
        *("phase", "shift", "bus", "route", "flight", "cubicle", "desk", "zone", "quarter"),
        *("innings", "inning", "game", "set", "half", "period", "hour", "minute", "mile"),
        *("kilometer", "km", "item", "task", "ticket", "order", "exam", "paper", "essay"),
        # codes of work: "INC-4821", "PO 7731", "PR 512", "server 3", "register 2"
        *("inc", "po", "pr", "invoice", "incident", "job", "pallet", "truck", "van"),
        *("trailer", "load", "server", "register", "checkout", "line", "extension", "ext"),
        *("batch", "shipment", "sku", "ref", "bug", "issue", "sprint", "build", "release"),
        *("theatre", "resus", "pod", "cubicle", "unit", "store", "branch", "site", "cell"),
        *("sev", "severity", "priority", "tier"),
    )
)


# "I think it's ...", "I guess the ...": a hedge of the clause that follows, not of the command.
_HEDGES_OF_A_CLAUSE = frozenset(("think", "guess", "suppose", "believe", "bet", "reckon"))
_SUBJECTS = frozenset(
    (
        *("it", "it's", "its", "that's", "there's", "i'm", "im", "i", "we", "they", "they're"),
        *("he", "she", "my", "the", "this", "everything", "someone"),
    )
)


# Said after thanks: "thank you dear", "thanks again milio", "cheers mate".
_AFTER_THANKS = frozenset(
    (
        *_VOCATIVES,
        *("dear", "kindly", "love", "darling", "again", "buddy", "mate", "bro", "dude", "man"),
        *("yesterday", "earlier", "today", "before"),  # "thanks for your help yesterday"
        *("sir", "ma'am", "madam", "friend", "pal", "boss", "very", "much", "so", "a", "lot"),
    )
)


# Every word of the lists above, read as itself ("pwease"), never as a slip of another.
_SOCIAL_WORDS = (
    frozenset((*(word for phrase in _SOCIAL | _ADDRESS for word in phrase), *_AFTER_THANKS))
    | _GREETING_WORDS
)


# "pleaseee", "ahhh", "nowww": a letter said three times or more, read once or twice.
_STRETCHED = re.compile(r"(\w)\1{2,}")


def _unstretched(word: str) -> str:
    """A stretched word read as the word of the lists it stands for ("focusss", "killll");
    any other word as it is."""
    if not _STRETCHED.search(word):
        return word
    for once in (r"\1", r"\1\1"):
        said = _STRETCHED.sub(once, word)
        if said in _SOCIAL_WORDS:
            return said
    return word


def _is_sign_off(words: list[str]) -> bool:
    if words == ["milio"]:
        return True
    for size in range(len(words), 0, -1):
        if tuple(words[:size]) in _SIGN_OFFS:
            rest = words[size:]
            return all(word in _AFTER_THANKS for word in rest) or tuple(rest) in _ADDRESS
    return False


def _is_social(words: list[str]) -> bool:
    if tuple(words) in frames.LATER_NOW:
        return False  # "now now, open zoom": later, in South African English
    if tuple(words) in _SOCIAL or (len(set(words)) == 1 and (words[0],) in _SOCIAL):
        return True  # "quick quick quick", "hurry hurry"
    addressed = len(words) > 1 and (words[-1] in _VOCATIVES or words[-1] in _AFTER_THANKS)
    if addressed and tuple(words[:-1]) in _SOCIAL:
        return True  # "hey milio", "hello dear", "morning mate", "hi there milio"
    while words and words[0] in _GREETING_WORDS and len(words) > 1:
        words = words[1:]
    if len(words) > 2 and tuple(words[-2:]) in _ADDRESS:
        words = words[:-2]  # "morning young man"
    elif words and (words[-1] in _VOCATIVES or words[-1] in _AFTER_THANKS):
        words = words[:-1]  # "hey milio", "hello dear", "morning mate"
    elif len(words) > 1 and (words[-1],) in _ADDRESS:
        words = words[:-1]  # "good morning sunshine", "hi bestie"
    return not words or tuple(words) in _SOCIAL


MAX_NAME_WORDS = 3


def _names_a_thing(words: list[str], names_a_thing: Callable[[str], bool]) -> bool:
    return any(
        names_a_thing(" ".join(words[at : at + size]))
        for size in range(1, MAX_NAME_WORDS + 1)
        for at in range(len(words) - size + 1)
    )


# Words a command does not end on, or starts a line with, when it goes on over a line
# break: "set a timer for\n10 minutes", "create a folder\ncalled Work".
_GOES_ON = frozenset(
    (
        *("for", "to", "by", "with", "at", "of", "on", "in", "into", "from", "called"),
        *("named", "titled", "a", "an", "the", "my", "up", "down"),
    )
)
_LINE_BREAK = re.compile(r"(?P<before>[\w'’]+)?[ \t]*(?P<break>[\r\n]+)[ \t]*(?P<after>[\w'’]+)?")


def lines_joined(text: str) -> tuple[str, list[tuple[str, str]]]:
    """``text`` with each line break a command goes on over turned into blanks (the same
    length: a name keeps its place), and the words on either side of each."""
    joined, said = text, []
    for line_break in _LINE_BREAK.finditer(text):
        before = (line_break.group("before") or "").casefold()
        after = (line_break.group("after") or "").casefold()
        if not before or not after or (before not in _GOES_ON and after not in _GOES_ON):
            continue
        start, end = line_break.span("break")
        joined = joined[:start] + " " * (end - start) + joined[end:]
        said.append((before, after))
    return joined, said


def _since_when(words: list[str]) -> bool:
    """Whether a clause opens with "since" and says when, not why: no subject nor verb
    after it ("since noon", "since this morning", "since the update")."""
    after = words[1:]
    if words[:1] != ["since"] or not after or frames.SUBJECTS.intersection(after):
        return False
    return not _has_a_verb(after) and statements.verb_at(after) is None


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
    if any(statements.is_a_time(word) or word in _MODIFIERS for word in words):
        return False
    return _BEFORE_WHEN.isdisjoint(words) and not _names_a_thing(words, names_a_thing)
