"""The words around a request, as fast typing gets them wrong.

"plese open discord", "can yuo open slack", "hey mlio, close teams", "open chrome thnaks":
a slip in a word that frames the request is read as the word meant, so the request is
still found. Only for the closed vocabulary of framing words (politeness, thanks, "can/
could/would you", greetings, the assistant's name, fillers), and only for a slip that no
other reading could claim:

- a framing word of four letters or more: one letter inserted, deleted, changed, or two
  neighbours swapped ("plese", "thnaks", "woudl", "mlio");
- of three letters: two neighbours swapped ("yuo", "cna", "hye");
- of three letters or fewer: one letter doubled ("plss", "uu", "heyy"; three or more
  already read as one, see :class:`.utterance.Token`);
- and a few spellings chat uses on purpose ("plez", "thankyou");
- never a real word ("cold", "wold", "tanks"; "pleas" only when it opens the request:
  :func:`opening_word`), a word of the templates or one edit from one ("quik" may be
  "quit", "coud" may be "loud"), an application's name, a word one edit from a negation,
  a condition, a question word or a number ("couldn" may be "couldn't", "howd" "how'd"),
  nor a slip of two framing words ("ould": could or would?).

A typo of the key word ("opne discord") is none of these: it is left to the model. The
token keeps the user's characters; only the peeling reads the slip (:mod:`.utterance`,
:mod:`.social`), so a name is never changed, and a word their lists hold ("thanx",
"mileo") is read as itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from milio.chat.contract.catalog import template_words
from milio.chat.understanding import other_languages
from milio.chat.understanding.applications import APPLICATIONS

_FRAMING_WORDS = (
    # politeness and thanks
    *("please", "kindly", "thanks", "thank", "cheers", "appreciate", "appreciated"),
    *("regards", "advance", "pls", "plz", "thx", "ty"),
    # asking
    *("could", "would", "can", "you", "u"),
    # greetings, and the assistant's name
    *("hello", "hiya", "howdy", "morning", "evening", "afternoon", "hey", "hi", "yo", "milio"),
    # fillers
    *("just", "quick", "quickly", "okay", "alright", "anyway", "anyways", "ok"),
)
# Shorter words slip only by a letter doubled, or two neighbours swapped at three letters:
# any other edit of them makes another word too often ("can": "fan", "cat", "cab").
MIN_LETTERS_FOR_ANY_EDIT = 4

# Real words one edit from a framing word (read from English word lists, and slang):
# each means something else, so none is read as the framing word.
REAL_WORDS = frozenset(
    (
        *("advanced", "advancer", "advances", "afternoons", "albright", "alight"),
        *("appreciates", "aright", "aust", "buick", "bust", "cello", "cheeks", "cheeps"),
        *("cheer", "cheery", "chewers", "cold", "corning", "dowdy", "dust", "emilio"),
        *("evenings", "eventing", "gould", "gust", "hallo", "hank", "hanks", "hell", "hella"),
        *("helle", "hellos", "hells", "hila", "hollo", "jello", "jest", "joust", "jus", "jut"),
        *("juts", "kay", "kindle", "kingly", "lease", "lust", "milia", "milit", "milo"),
        *("mkay", "moaning", "mooning", "mornings", "mould", "mourning", "must", "ofay"),
        *("oka", "okas", "okays", "oust", "pease", "pleas", "pleased", "pleases", "quack"),
        *("quirk", "regard", "retards", "rewards", "rowdy", "rust", "shank", "shanks"),
        *("sheers", "tank", "tanks", "than", "thana", "thane", "thanes", "thanh", "thant"),
        *("think", "thinks", "thunk", "thunks", "tokay", "woald", "wold", "world", "woulds"),
        *("wound", "ook"),
    )
)
# Framing words as chat writes them on purpose, more than one edit away: read the same.
_CHAT_SPELLINGS = MappingProxyType(
    {
        **dict.fromkeys(("plez", "pleez", "pleeze", "ples", "pliz"), "please"),
        **dict.fromkeys(("thankyou", "thnku"), "thanks"),
    }
)
# Real words read as the framing word only when they open the request: "pleas open
# discord", "could you pleas open spotify" (no plea is said before a verb); never at its
# end ("look up guilty pleas").
_BEFORE_THE_REQUEST = MappingProxyType({"pleas": "please"})
# Words that change what is asked: a slip one edit from one is never read as a framing
# word ("couldn you open it" may be "couldn't", "coule" "couple"), nor peeled.
_MEANINGFUL = (
    # negations
    *("not", "no", "nope", "nah", "never", "don't", "dont", "dnt", "nt", "didn't", "didnt"),
    *("doesn't", "doesnt", "won't", "wont", "can't", "cant", "cannot", "couldn't"),
    *("couldnt", "wouldn't", "wouldnt", "shouldn't", "shouldnt", "isn't", "isnt", "aren't"),
    *("arent", "wasn't", "wasnt", "ain't", "aint", "without", "neither", "nor", "none"),
    *("nothing", "nobody"),
    # conditions and times
    *("if", "when", "whenever", "unless", "until", "till", "once", "after", "before"),
    *("later", "tomorrow", "tonight", "soon", "wait", "then", "while"),
    # questions
    *("how", "what", "why", "where", "who", "which", "whether"),
    # numbers and amounts ("coule" may be "couple")
    *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty"),
    *("seventy", "eighty", "ninety", "hundred", "thousand", "half", "quarter", "dozen"),
    *("couple", "few", "several"),
)


@dataclass(frozen=True)
class _Near:
    """Words one edit from some words, found by what each is without one letter."""

    words: frozenset[str]
    shortened: frozenset[str]  # a word without one of its letters
    blanked: frozenset[tuple[int, str]]  # the same, with where the letter was

    @classmethod
    def of(cls, words: Iterable[str]) -> _Near:
        found = frozenset(words)
        blanked = frozenset(
            (at, word[:at] + word[at + 1 :]) for word in found for at in range(len(word))
        )
        return cls(found, frozenset(rest for _, rest in blanked), blanked)

    def holds(self, word: str) -> bool:
        """Whether ``word`` is one of the words, or one edit from one."""
        if word in self.words or word in self.shortened:
            return True  # the word, or it with a letter dropped
        for at in range(len(word)):
            rest = word[:at] + word[at + 1 :]
            if rest in self.words or (at, rest) in self.blanked:
                return True  # a letter added, or one changed
        return any(_swapped(word, at) in self.words for at in range(len(word) - 1))


def _swapped(word: str, at: int) -> str:
    return word[:at] + word[at + 1] + word[at] + word[at + 2 :]


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _one_edit(word: str) -> set[str]:
    """Every string one insertion, deletion, change or swap of neighbours from ``word``."""
    slips = {_swapped(word, at) for at in range(len(word) - 1)}
    for at in range(len(word) + 1):
        slips.update(word[:at] + letter + word[at:] for letter in _LETTERS)
    for at in range(len(word)):
        slips.add(word[:at] + word[at + 1 :])
        slips.update(word[:at] + letter + word[at + 1 :] for letter in _LETTERS)
    return slips


def _short_slips(word: str) -> set[str]:
    """ "plss", "heyy", "uu"; "yuo", "cna"."""
    doubled = {word[: at + 1] + word[at:] for at in range(len(word))}
    swapped = {_swapped(word, at) for at in range(len(word) - 1)} if len(word) == 3 else set()
    return doubled | swapped


def _slips() -> Mapping[str, str]:
    """Each slip and the framing word it is read as."""
    readings: dict[str, set[str]] = {}
    for word in _FRAMING_WORDS:
        edits = _one_edit if len(word) >= MIN_LETTERS_FOR_ANY_EDIT else _short_slips
        for slip in edits(word):
            readings.setdefault(slip, set()).add(word)
    taken = REAL_WORDS | frozenset(_FRAMING_WORDS) | frozenset(APPLICATIONS)
    taken |= frozenset(other_languages.VERBS)
    slips: dict[str, str] = {}
    for slip, words in readings.items():
        if slip in taken:
            continue
        meant = words if len(words) == 1 else {w for w in words if len(w) == len(slip)}
        if len(meant) == 1:  # "thansk": thanks, of its length, before thank; "ould": none
            slips[slip] = next(iter(meant))
    return MappingProxyType(slips)


_SLIPS = _slips()
# What a slip must not be near, checked when one is met (about 6 µs) rather than for
# every slip at import (about 80 ms): few are ever typed.
_COMMAND_WORDS = _Near.of(
    word for word in template_words() if len(word) >= 3 and word not in _FRAMING_WORDS
)
_MEANINGFUL_WORDS = _Near.of(_MEANINGFUL)


def framing_word(word: str) -> str:
    """The framing word ``word`` (casefolded) is a slip of, or ``word`` itself."""
    if spelt := _CHAT_SPELLINGS.get(word):
        return spelt
    meant = _SLIPS.get(word)
    if meant is None or _COMMAND_WORDS.holds(word) or _MEANINGFUL_WORDS.holds(word):
        return word
    return meant


def opening_word(word: str) -> str:
    """:func:`framing_word`, and a real word read as one only when it opens the request."""
    return _BEFORE_THE_REQUEST.get(word) or framing_word(word)
