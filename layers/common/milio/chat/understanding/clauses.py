"""A message cut into clauses, so that the one command inside it can be found.

People rarely type a bare command: a greeting or the assistant's name comes
first, a reason or a comment after ("close chrome, it froze again"), the whole
is sometimes wrapped in quotes or Markdown emphasis. The message is cut at
commas, dashes, sentence ends and the words that join clauses ("and", "so",
"because", "then", "but", "or"); each piece keeps its place in the message, so
a name read from it is exactly what the user typed.

Here too: a clause cut into its words (:func:`words_of`), a correction that takes
back the command before it (:func:`correction_end`), a command said again and again
(:func:`said_once`) or typed over lines (:func:`lines_joined`), and the kinds of aside
a clause may be (:class:`Aside`), which :mod:`.asides` judges.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

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
# A list item's mark: "- open slack", "• open slack", "1. open slack" (one item alone).
_LIST_MARK = re.compile(r"(?:[-*•+]|\d{1,2}[.)])[ \t]+")


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
        if (mark := _LIST_MARK.match(text, start, end)) is not None and mark.end() < end:
            start = mark.end()
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
    r"|\s+(?=(?:because|cause|cuz|coz|bc|since|then|but|or|otherwise|plus)\b)"
    # "and", but not inside one verb: "go ahead and open", "I couldn't go and open it",
    # "get apex up and running"
    r"|(?<!\bgo)(?<!\bahead)(?<!\bgo on)(?<!\btry)\s+(?=and\b)(?!and running\b)"
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
    # or by a word of apology, when a verb says the command again: "close notion sorry
    # close obsidian" (not "actually": "could you actually open spotify")
    r"|\s+(?=(?:sorry|oops|whoops)\s+"
    r"(?:open|close|launch|start|quit|kill|pause|play|set|take|turn|create|delete)\s)"
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
    r"|change\s+that\s+to|ignore\s+that|ignore\s+(?:my|the)\s+last\s+(?:one|message|request)"
)
# "or actually firefox", "oh wait, I meant ..."
_HESITATION = r"(?:(?:er|err|erm|um|umm|uh|uhh|hmm|or|oh|ah|ahh)(?:[\s,.…]+))*"
_CORRECTION = re.compile(
    rf"(?:{_HESITATION}(?:{_TAKE_BACK})(?:[\s,:;.!…\-–—]+|$))+"
    r"(?:(?:make\s+it|change\s+it\s+to)\s+)?",
    re.IGNORECASE,
)
_HESITATIONS = re.compile(rf"{_HESITATION}(?:er|err|erm|um|umm|uh|uhh|hmm)[\s.…]*", re.IGNORECASE)


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
