"""Whether a word of a clause may be part of a command, read where it stands.

A word of an action, a number, a time or a word that may bear on a command
(:mod:`.command_words`) makes a clause no plain aside, unless it reads otherwise where
it stands: "is not" says how things are, "its 2 loud" is "too", "bed 4" names which
one, "a 14 hour shift" measures a thing, "it took three hours" is over, "I can barely
hear the video" names a thing told of. :func:`may_be_part_of_a_command` reads each word
so, :func:`reads_otherwise_here` the words that read otherwise.
"""

from __future__ import annotations

import re

from milio.chat.understanding import narratives, other_languages, remarks, scenes, statements
from milio.chat.understanding.clauses import words_of
from milio.chat.understanding.command_words import (
    MODIFIERS,
    OBJECTS,
    THINGS,
    action_words,
    an_action_said,
)
from milio.chat.understanding.durations import CLOCK_UNITS
from milio.chat.understanding.number_words import parse_number

# A statement's verb, when its subject is a noun ("the call is over", "my boss needs it").
_STATEMENT_VERBS = frozenset(
    (
        *("is", "are", "was", "were", "am", "be", "been", "isn't", "aren't", "wasn't", "has"),
        *("have", "had", "keeps", "won't", "can't", "doesn't", "froze", "broke", "died", "got"),
        *("wouldn't", "couldn't", "wouldnt", "couldnt", "didn't", "didnt"),
    )
)
# After "that", "this" or "one", words that make it no word for a thing said before.
AFTER_A_POINTING_WORD = frozenset(
    (
        *("morning", "afternoon", "evening", "night", "day", "week", "weekend", "month"),
        *("year", "time", "summer", "winter", "semester", "term", "of", "i", "we", "he"),
        *("she", "they", "my", "the", "our", "his", "her", "their", "everyone", "someone"),
    )
)


def tells_a_number(text: str) -> bool:
    """Whether the clause tells a number ("the pasta needs 12 minutes", "a minute";
    not the texted "2" of "its 2 loud", nor "all day")."""
    words = words_of(text)
    return any(
        statements.is_a_time(word)
        and (word not in statements.UNITS or (at > 0 and words[at - 1] in ("a", "an", "half")))
        and not reads_otherwise_here(word, words, at)
        for at, word in enumerate(words)
    )


_SUBJECT_CONTRACTIONS = ("'re", "'m", "'ve", "'ll")


def has_a_verb(words: list[str]) -> bool:
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
_DAYS = CLOCK_UNITS.union(("tomorrow", "tonight", "today", "days"))
THE_COMMAND = frozenset(("it", "that", "this", "them"))
# A subject that brings its verb, or says one follows: "it's due tomorrow", "im done for tonight".
SUBJECT_AND_VERB = frozenset(
    (
        *("i", "i'm", "im", "i've", "ive", "i'd", "i'll", "it's", "that's", "thats", "there's"),
        *("theres", "we", "we're", "we've", "they", "they're", "he", "he's", "she", "she's"),
        *("you", "you're"),
    )
)
# "My hearing is not what it used to be": after these, "not" says how things are.
_BEING = frozenset(("is", "are", "was", "were", "am", "i'm", "im", "it's", "its", "that's"))


def may_be_part_of_a_command(word: str, words: list[str], at: int) -> bool:
    if reads_otherwise_here(word, words, at) or _a_label_or_the_hour(word, words, at):
        return False
    took = ("took" in words or "lasted" in words) and _took_a_time(words, at)
    if _of_a_scene_at_work(word, words, at) or took or (word.isdigit() and _a_year(words, at)):
        return False
    told = word in THINGS and _a_thing_told(words, at)  # "I can barely hear the video"
    measured = measures_a_thing(words, at) or _a_data_size(words, at)  # "it's using 6 GB"
    if told or _cannot_do(words, at) or measured or _none_of(words, at):
        return False
    if word in _DAYS:  # "Ugh, tomorrow." with no verb of its own may be when to do it
        subject = narratives.opening_time_end(words)  # "Today I just want to relax"
        said = subject < len(words) and words[subject] in SUBJECT_AND_VERB
        own_verb = said or has_a_verb(words) or statements.an_event_on_a_day(words)
        return bool(THE_COMMAND.intersection(words)) or not own_verb
    # "This evening, open netflix": maybe when to do it
    if word in other_languages.BEARING_ON_A_COMMAND or _later_today(word, words):
        return True
    number = any(ch.isdigit() for ch in word) or (
        word not in ("a", "an") and parse_number(word) is not None
    )  # "the meeting is at 3", "I need it in five"
    return number or word in MODIFIERS or word in action_words()


# Before a thing told of, after its determiner: "an important email", "the new update".
MAX_WORDS_BEFORE_A_THING = 1
DETERMINING = frozenset(
    ("a", "an", "the", "my", "our", "his", "her", "their", "some", "any", "every", "all")
)
# Words of wanting, asking or planning: "I need some music" may ask for it.
WANTING_A_THING = frozenset(
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
    while start > 0 and at - start <= MAX_WORDS_BEFORE_A_THING and words[start] not in DETERMINING:
        start -= 1
    if start < 0 or words[start] not in DETERMINING:
        return False
    between = words[start + 1 : at]
    if any(may_bear(word) for word in between):
        return False  # "the next video", "a 5 minute timer", "my other playlist"
    if not WANTING_A_THING.isdisjoint(words) or any(map(_done_to_a_thing, words)):
        return False  # "I'm setting a timer" may ask for one
    return statements.verb_at(words) is not None


def _done_to_a_thing(word: str) -> bool:
    """ "setting", "opened", "playing": a verb of the vocabulary, said or inflected."""
    if word in THINGS:
        return False
    doubled = word.endswith("ing") and len(word) > 5 and word[-4] == word[-5]
    return an_action_said(word) or (doubled and word[:-4] in action_words())


def may_bear(word: str) -> bool:
    number = any(ch.isdigit() for ch in word) or parse_number(word) is not None
    return number or word in MODIFIERS or word in action_words()


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


def reads_otherwise_here(word: str, words: list[str], at: int) -> bool:
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
        or (word == "else" and _else_of_a_pronoun(words, at))
        or (word == "both" and _the_two_of_them(word, words, at))
        or (word == "stop" and before == "non")  # "buzzing non stop"
        or (word == "non" and after == "stop")
        or (word == "rather" and _a_degree_of(words, at))
        or (word in _OF_THE_PAST and _told_of_the_past(word, words, at))
    )


_BE = frozenset(("is", "are", "was", "were", "i'm", "im", "it's", "its", "we're", "they're"))


def _else_of_a_pronoun(words: list[str], at: int) -> bool:
    """ "I've tried everything else", "nothing else has fixed it": "else" part of the
    pronoun before it, in a statement with its verb; not "something else" nor "or else",
    which may ask for a second thing."""
    return at > 0 and words[at - 1] in _ELSE_OF and statements.verb_at(words) is not None


def _a_state_too(words: list[str], at: int) -> bool:
    """ "The food was incredible too", "I'm exhausted too": a state said last of a
    subject, "too" for "as well"; not of a thing, nor a verb of the vocabulary ("spotify
    is open too", "the browser is useless too": maybe a second command)."""
    if at < 2 or words[at - 2] not in _BE or not OBJECTS.isdisjoint(words):
        return False  # "the browser is useless too": close it as well?
    if statements.verb_at(words) is None:
        return False
    state = words[at - 1]
    number = any(ch.isdigit() for ch in state) or parse_number(state) is not None
    return not (number or state in MODIFIERS or an_action_said(state) or state in OBJECTS)


def _their_habit_never(words: list[str], at: int) -> bool:
    """ "My brother never answers his phone", "he never listens": what someone else never
    does, a verb no command says; not "spotify never opens" nor "it never works"."""
    after = words[at + 1] if at + 1 < len(words) else ""
    if not at or words[at - 1] in _NOT_THEIRS or not narratives.third_person_present(after):
        return False
    return not an_action_said(after) and statements.verb_at(words) is not None


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
    if not rest or any(map(an_action_said, rest)) or _points_back(rest):
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
    return verb not in MODIFIERS and verb not in _NOT_A_PLAIN_PAST


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
        word in ("it", "them") or (word in ("this", "that") and after not in AFTER_A_POINTING_WORD)
        for word, after in zip(words, [*words[1:], ""], strict=True)
    )


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
# Pronouns "else" is part of: "I've tried everything else", "nothing else has fixed it".
_ELSE_OF = frozenset(
    (
        *("everything", "anything", "nothing", "everyone", "anyone", "someone", "no-one"),
        *("everybody", "anybody", "somebody", "nobody"),
    )
)


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
        return before in OWNERS and after not in ("", "one", "thing", "things")
    if word in ("asked", "asks") and after in ASKED_WHOM:  # "asked me a ton of questions"
        after = words[at + 2] if at + 2 < len(words) else ""
    return after == "about" or (word in ("asked", "asks") and after in _ASKED_A_THING)


# Asked of whom, then what: a question, a favour ("asked me a ton of questions", "asks
# so many questions"), not what to do ("asked me to close slack", "asked if ...").
ASKED_WHOM = frozenset(("me", "us", "him", "her", "them", "everyone"))
_ASKED_A_THING = frozenset(("a", "an", "so", "lots", "loads", "tons", "some", "many", "for"))
_HAVING = frozenset(("had", "have", "has", "got", "there's", "theres", "with", "is", "was"))
OWNERS = frozenset(("my", "our", "his", "her", "their", "the"))


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
    return subject and told and not an_action_said(after)


# Where or how the speaker still is: "still at work", "still awake", "still stuck in traffic".
_WHERE_ONE_STILL_IS = frozenset(
    (
        *("at", "in", "on", "here", "there", "awake", "up", "stuck", "outside", "inside"),
        *("home", "downstairs", "upstairs"),
    )
)


# Units of data: after a number, how big a file, a download or a memory is.
_DATA_UNITS = frozenset(
    (
        *("kb", "mb", "gb", "tb", "kilobytes", "megabytes", "gigabytes", "terabytes"),
        *("gig", "gigs", "meg", "megs", "bytes"),
    )
)
# The number and its unit typed together: "200mb", "4gigs", "40GB".
_DATA_SIZE = re.compile(r"\d+(?:kb|mb|gb|tb|gigs?|megs?)")


def _a_data_size(words: list[str], at: int) -> bool:
    """ "6 GB of memory", "6.5 gb" (cut at its dot), "a 200MB log", "like 4 gigs": how big
    a thing is, neither a time nor an amount for a command. Beside a timer or the volume
    it is still a number (:func:`tells_a_number`)."""
    word = words[at]
    if _DATA_SIZE.fullmatch(word):
        return True
    if not word.isdigit():
        return False
    unit = at + 1
    if unit < len(words) and words[unit].isdigit():
        unit += 1  # "6.5 gb": its decimals
    return unit < len(words) and words[unit] in _DATA_UNITS


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


def measures_a_thing(words: list[str], at: int) -> bool:
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
