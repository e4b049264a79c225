"""Remarks in plain words: a comment with no verb beside a command that bears on nothing.

"Long day. Open spotify.", "Crazy morning, open teams please", "What a mess. Close
chrome.": words of description (how the day, the week or the user is), an
intensifier, an exclamation. Any other word without a verb may bear on the command
("Mañana, open spotify", "Tomorrow. Open zoom.", "Two things. Open zoom.", "Monday
morning, open outlook": a day of the week may say when), so a remark is made only of
the closed lists below (none a verb), and a clause is one only when it is not joined
on ("and long day"), names nothing and asks nothing
(:func:`milio.chat.understanding.asides.aside_kind`).
No word here may bear on a command: none is a number, a time that could defer
("tonight", "later", "early", a weekday), a modifier or a word of an action; a test
holds it.
"""

from __future__ import annotations

from milio.chat.understanding.stretched import read_as

# How a day, a week or the user is.
_DESCRIBING = (
    *("long", "big", "busy", "crazy", "rough", "tough", "hard", "bad", "good", "great"),
    *("weird", "strange", "hectic", "stressful", "lazy", "boring", "fun", "nice", "lovely"),
    *("awful", "terrible", "horrible", "brutal", "insane", "wild", "productive", "slow"),
    *("cold", "hot", "rainy", "sunny", "cloudy", "grey", "gray", "gloomy", "beautiful"),
    *("tiring", "exhausting", "cozy", "manic", "mad", "chaotic", "messy", "endless"),
    *("nonstop", "dead", "new", "old", "typical"),
)
# How the user feels: never how much of something.
_FEELINGS = (
    *("tired", "exhausted", "sleepy", "hungry", "bored", "stressed", "knackered", "sick"),
    *("sad", "happy", "grumpy", "cranky", "nervous", "anxious", "sore"),
    *("proud", "relieved", "grateful", "overwhelmed", "drained", "lonely", "better", "worse"),
)
# Wonder at what is seen, as a game is commented on: "Incredible!", "Unbelievable scenes".
_WONDER = (
    *("incredible", "unbelievable", "amazing", "stunning", "brilliant", "magnificent"),
    *("sensational", "spectacular", "fantastic", "outrageous", "ridiculous", "phenomenal"),
    *("epic", "legendary", "glorious", "superb", "gorgeous", "wow", "omg", "unlucky"),
    *("gutting", "heartbreaking", "painful", "cruel", "tense", "nervy", "electric"),
)
# A game's moments, shouted as they happen: "Goal!", "Touchdown!", "Red card!", "Final lap!".
_MOMENTS_OF_A_GAME = (
    *("goal", "goals", "touchdown", "halftime", "fulltime"),
    *("overtime", "penalty", "penalties", "shootout", "offside", "foul", "homer", "dunk"),
    *("slam", "ace", "wicket", "buzzer", "beater", "hattrick", "upset"),
    *("card", "lap", "corner", "saved", "scored", "scores", "missed", "blocked", "denied"),
    *("kickoff", "tipoff", "faceoff", "cleared", "intercepted", "equaliser", "equalizer"),
    *("champions", "champion", "winners"),
)
# What a game is about, after a moment or "what a": "What a save by the keeper".
_OF_A_GAME = (
    *("keeper", "goalie", "goalkeeper", "crowd", "fans", "ref", "referee", "team"),
    *("striker", "defender", "defence", "defense", "finish", "comeback", "strike", "pass"),
    *("tackle", "header", "volley", "rally", "catch", "dribble", "red", "yellow", "final"),
    *("pitch", "stadium", "scenes", "atmosphere", "race"),
    *("win", "victory", "performance", "goalline", "line", "post", "bar", "crossbar"),
    *("captain", "skipper", "youngster", "veteran", "substitute", "midfielder", "winger"),
    *("rookie", "champ", "quarterback", "pitcher", "batter", "bowler", "driver"),
    *("stuff", "field", "court", "box", "area", "net", "try", "inning", "innings", "round"),
)
# After "what a", a noun even where a template reads it as a verb: "What a save!".
_NOUNS_AFTER_WHAT_A = frozenset(
    (
        *("save", "shot", "match", "game", "player", "kick", "finish", "play", "move"),
        *("moment", "hit", "run", "block"),
    )
)
# A game's times and ends, shouted whole: each holds a word a template reads otherwise.
_SHOUTED = frozenset(
    (
        *((when, "time") for when in ("full", "half", "extra", "injury", "stoppage")),
        *(("game", "over"), ("match", "point"), ("set", "point"), ("game", "point")),
        # a commentator's calls: "Back of the net!", "Get in there!", "Final whistle!"
        *(("back", "of", "the", "net"), ("get", "in", "there"), ("final", "whistle")),
        *(("hat", "trick"), ("home", "run"), ("three", "pointer")),
        *(("absolute", "scenes"), ("checkmate",), ("game", "set", "match")),
    )
)


# Superlatives said of a day ("worst day ever"): made from the words that take -est.
_SUPERLATIVE_OF = ("long", "big", "busy", "crazy", "rough", "tough", "hard", "weird")
_IRREGULAR_SUPERLATIVES = ("worst", "best")
# What the remark is about: a stretch of time that is now, or how it goes.
_TIMES = ("day", "morning", "afternoon", "evening", "night", "week", "shift", "today", "season")
# How things go; not a topic one may look up ("Weather. Open google.", "Traffic.").
_STATES = (
    *("mess", "chaos", "madness", "nightmare", "disaster", "headache", "drama", "stress"),
    *("vibes", "mood", "relief", "shame", "pity"),
    # a student's season: "finals week", "exam season", "deadline day"
    *("exam", "finals", "exams", "midterms", "cramming", "deadlines", "revision", "crunch"),
)
# The user's own things, as a remark's subject: "new laptop, who dis".
_THINGS = ("laptop", "phone")
# Where the user was, after "at": "long day at work"; or is: "busy morning here".
_PLACES = ("work", "office", "school", "uni", "home")
_HERE = ("here",)
_EXCLAMATIONS = (
    *("oof", "meh", "phew", "whew", "sigh", "yay", "whoa", "ugh", "argh", "lol", "lmao"),
    *("haha", "smh", "fml", "boom"),
)
# Said after an exclamation, a day of the week is a complaint about it ("Ugh, Mondays."),
# not when the command is for: only so, since "Mondays, open outlook" may be every Monday.
_DAYS_COMPLAINED_OF = frozenset(
    f"{day}days" for day in ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
)
# Words of degree and of the exclamation's frame: "such a long day", "what a mess".
_FRAME = ("a", "an", "the", "of", "at", "what", "such", "so", "very", "really", "super")
# "feeling" says whose the words are ("Feeling so tired"): the user's.
_FRAME_MORE = ("pretty", "quite", "kinda", "sorta", "totally", "absolutely", "ever", "feeling")
# "new phone, who dis": the joke, said whole.
_JOKES = frozenset((("who", "dis"), ("new", "phone", "who", "dis")))
MAX_WORDS = 6


def _superlative(word: str) -> str:
    if word.endswith("y"):
        return f"{word[:-1]}iest"
    return f"{word}{word[-1]}est" if word == "big" else f"{word}est"


DESCRIBING = frozenset(
    (
        *_DESCRIBING,
        *_FEELINGS,
        *(_superlative(word) for word in _SUPERLATIVE_OF),
        *_IRREGULAR_SUPERLATIVES,
        *_STATES,
        *_EXCLAMATIONS,
        *_WONDER,
        *_MOMENTS_OF_A_GAME,
    )
)
WORDS = DESCRIBING | frozenset(
    (*_TIMES, *_THINGS, *_PLACES, *_HERE, *_FRAME, *_FRAME_MORE, *_OF_A_GAME, "by", "from")
)


def is_plain(words: list[str]) -> bool:
    """Whether ``words`` (a clause without a verb) are a remark in plain words: all of
    them from the lists, one at least describing, "what" only first, and only a place
    after "at" ("long day at work"; "at night" says when)."""
    words = [read_as(word, WORDS) for word in words]  # "GOOOOAL", "wowwww"
    if tuple(words) in _JOKES or tuple(words) in _SHOUTED or _once_more(words):
        return True
    if _how_often_it_happened(words):
        return True
    exclaimed = _exclaimed(words)
    if not 1 <= len(words) <= MAX_WORDS or not (exclaimed or DESCRIBING.intersection(words)):
        return False
    if exclaimed:  # "what a save": a noun, whatever the templates read it as
        words = [word for word in words if word not in _NOUNS_AFTER_WHAT_A]
    if not WORDS.issuperset(words) or "what" in words[1:]:
        return False
    return all(_a_place(words[at + 1 :]) for at, word in enumerate(words) if word == "at")


# How many times a thing has happened, said of what the user just told: "third time today".
_ORDINALS = frozenset(
    (
        *("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"),
        *("tenth", "umpteenth", "nth", "millionth", "hundredth", "2nd", "3rd", "4th", "5th"),
    )
)
_WHEN_IT_RECURS = frozenset(
    (
        *(("today",), ("this", "week"), ("this", "morning"), ("this", "month"), ("now",)),
        *(("in", "a", "row"), ("this", "year"), ("tonight",), ("this", "evening"), ()),
    )
)


def _how_often_it_happened(words: list[str]) -> bool:
    """ "third time today", "the fifth time this week", "2nd time in a row": how often
    what the user told happened, counted with an ordinal (never "first": "first, open it"),
    no amount nor time for the command."""
    said = words[1:] if words[:1] == ["the"] else words
    if len(said) < 2 or said[0] not in _ORDINALS or said[1] != "time":
        return False
    return tuple(said[2:]) in _WHEN_IT_RECURS


_EXCLAIMED_AT = frozenset((*_OF_A_GAME, *_MOMENTS_OF_A_GAME, *_TIMES, *_STATES))


def _once_more(words: list[str]) -> bool:
    """ "Night shift again", "Monday morning again"... only of a stretch of time that is
    now: "night shift again" is a complaint; a weekday stays when the command may be for."""
    return 2 <= len(words) <= MAX_WORDS and words[-1] == "again" and _NOW.issuperset(words[:-1])


_NOW = frozenset((*_TIMES, "the", "a"))


def _exclaimed(words: list[str]) -> bool:
    """ "What a game", "what an atmosphere", "what a save by the keeper": a thing of a game
    or a day exclaimed at (a noun after "what a", be it what a template reads as a verb)."""
    if len(words) < 3 or words[0] != "what" or words[1] not in ("a", "an"):
        return False
    return any(word in _NOUNS_AFTER_WHAT_A or word in _EXCLAIMED_AT for word in words[2:])


def _a_place(after: list[str]) -> bool:
    """ "at work", "at the office"; not "at night"."""
    place = after[1:] if after[:1] == ["the"] else after
    return bool(place) and place[0] in _PLACES


# A remark with one of these is about something; without, it may be a degree.
_ABOUT = frozenset(
    (*_FEELINGS, *_TIMES, *_STATES, *_THINGS, *_PLACES, *_HERE, *_EXCLAMATIONS, *_OF_A_GAME)
) | _NOUNS_AFTER_WHAT_A.union(_MOMENTS_OF_A_GAME, _WONDER)


_NO_DEGREES = _JOKES | _SHOUTED


def is_a_degree(words: list[str]) -> bool:
    """Whether ``words`` are a remark of how big, long or hot alone, which beside a command
    that takes an amount may say how much ("Really big. Volume up.", "Long. Set a timer.")."""
    said = tuple(read_as(word, WORDS) for word in words)
    return is_plain(words) and _ABOUT.isdisjoint(said) and said not in _NO_DEGREES


def is_a_complaint(before: list[str], words: list[str]) -> bool:
    """Whether ``words`` are a day of the week complained of after the exclamation
    ``before``: "Ugh, Mondays."."""
    exclaimed = bool(before) and all(word in _EXCLAMATIONS for word in before)
    return exclaimed and len(words) == 1 and words[0] in _DAYS_COMPLAINED_OF
