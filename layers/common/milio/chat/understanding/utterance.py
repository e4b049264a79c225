"""What the user typed, without the words that do not change what they ask for.

"hey milio, could you please open Discord for me 🙏" becomes "open Discord":
greetings, politeness and filler at either end, emoji and emoticons, and the
sentence's closing punctuation go; every word that stays keeps the user's own
characters, and :meth:`Utterance.typed` gives them back exactly (a name is never
rewritten to fit). Negations, questions and conditions are left in place, so
they match no template and go to the model.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property

MAX_CHARS = 160

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
    "do me a favor and",
    "do me a favour and",
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
)
# Said before the request, but about the user ("I want to restart" may be about a
# game): a bare verb ("restart", "pause") is not taken after them.
_INDIRECT_PREFIXES = (
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
)
MIN_WORDS_AFTER_INDIRECT = 2
_PREFIX_WORDS = frozenset(tuple(p.split()) for p in _PREFIXES)
_INDIRECT_WORDS = frozenset(tuple(p.split()) for p in _INDIRECT_PREFIXES)
_SUFFIX_WORDS = frozenset(tuple(s.split()) for s in _SUFFIXES)
_LONGEST = max(len(p) for p in _PREFIX_WORDS | _INDIRECT_WORDS | _SUFFIX_WORDS)
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
    text: str  # the user's characters
    start: int  # where they are in the original text
    end: int

    @cached_property
    def word(self) -> str:
        """How the token reads, for comparing with filler words."""
        return self.text.casefold().translate(_APOSTROPHES).rstrip(_SOFT_PUNCTUATION)


@dataclass(frozen=True)
class Utterance:
    original: str
    tokens: tuple[Token, ...]

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

    def typed(self, start: int, end: int) -> str:
        """The original characters behind ``text[start:end]``, widened to whole tokens.

        Whole tokens, because a matcher may have dropped punctuation at a word's
        edge (".git" read as "git"); the caller checks what the user really typed.
        """
        covered = [
            token
            for token, at in zip(self.tokens, self._starts, strict=True)
            if at < end and at + len(token.text) > start
        ]
        if not covered:
            return ""
        return self.original[covered[0].start : covered[-1].end]


def utterance_of(text: str) -> Utterance | None:
    """The request without filler, or ``None`` when nothing is left or it cannot be a command."""
    text = unicodedata.normalize("NFC", text)
    if len(text) > MAX_CHARS or any(ch in "\r\n\t" for ch in text):
        return None
    tokens = [t for t in (_trim(m.group(), m.start()) for m in re.finditer(r"\S+", text)) if t]
    tokens = _strip_edges(tokens)
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
    return Utterance(text, tuple(tokens))


def _trim(raw: str, start: int) -> Token | None:
    """The token, or ``None`` for an emoji, an emoticon or lone punctuation."""
    if _EMOTICON.fullmatch(raw) or all(_is_decoration(ch) or ch in "," for ch in raw):
        return None
    return Token(raw, start, start + len(raw))


def _strip_edges(tokens: list[Token]) -> list[Token]:
    indirect = False
    while tokens:
        words = [token.word for token in tokens]
        if cut := _leading(words, _PREFIX_WORDS):
            tokens = tokens[cut:]
        elif cut := _leading(words, _INDIRECT_WORDS):
            tokens, indirect = tokens[cut:], True
        elif (cut := _leading(words[::-1], _SUFFIX_WORDS, reverse=True)) and cut < len(tokens):
            tokens = tokens[:-cut]
            tokens[-1] = _without_trailing_comma(tokens[-1])  # "open discord, please"
        else:
            break
    if indirect and len(tokens) < MIN_WORDS_AFTER_INDIRECT:
        return []
    return tokens


Phrases = frozenset[tuple[str, ...]]


def _leading(words: list[str], phrases: Phrases, *, reverse: bool = False) -> int:
    """How many of ``words`` the longest phrase they start with covers (0: none)."""
    for size in range(min(_LONGEST, len(words)), 0, -1):
        head = tuple(words[:size])
        if (head[::-1] if reverse else head) in phrases:
            return size
    return 0


def _without_trailing_comma(token: Token) -> Token:
    text = token.text.rstrip(",")
    return Token(text, token.start, token.start + len(text)) if text else token


def _is_decoration(ch: str) -> bool:
    """Closing punctuation or a piece of an emoji (pictographs, skin tones, joiners)."""
    if ch in _CLOSING_PUNCTUATION or ch in "\u200d\ufe0f\ufe0e\u20e3":
        return True
    return ord(ch) >= 0x2190 and unicodedata.category(ch) in ("So", "Sk")


def _is_control(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs", "Cn")
