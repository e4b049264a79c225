"""Clauses of a message: where they are, and which of them are plainly not commands."""

from __future__ import annotations

import re

import pytest

from milio.chat.contract.catalog import ACTIONS, SENTENCE_PARTS
from milio.chat.understanding import matcher, other_languages, remarks
from milio.chat.understanding.asides import aside_kind, aside_kinds, sets_the_scene
from milio.chat.understanding.clauses import (
    Aside,
    clauses_of,
    correction_end,
    lines_joined,
    said_once,
    unwrapped,
    words_of,
)
from milio.chat.understanding.command_words import (
    TEMPLATE_FUNCTION_WORDS,
    bears_on_a_command,
    may_match_a_template,
)
from milio.chat.understanding.number_words import parse_number

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _no_names(words: str) -> bool:
    return words == "firefox"


def test_clauses_are_the_messages_own_characters_at_their_places() -> None:
    text = "hey milio, **open discord** — I have a meeting. Thanks!"
    clauses = clauses_of(text)
    assert [c.text for c in clauses] == ["hey milio", "open discord", "I have a meeting", "Thanks!"]
    assert all(text[c.start : c.end] == c.text for c in clauses)


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("open battle.net", ["open battle.net"]),  # a dot inside a word ends nothing
        ("go to https://example.com/a", ["go to https://example.com/a"]),
        ("close chrome because it froze", ["close chrome", "because it froze"]),
        ("open android studio", ["open android studio"]),  # "and" only as a word
        ("open discord and spotify", ["open discord", "and spotify"]),
        # not before the clause a hedge is about
        ("I think it's in my downloads", ["I think it's in my downloads"]),
    ],
)
def test_a_message_is_cut_at_punctuation_and_joining_words(text: str, pieces: list[str]) -> None:
    assert [c.text for c in clauses_of(text)] == pieces


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ('"open discord"', "open discord"),
        ("**_open discord_**", "open discord"),
        ("“restart my computer”", "restart my computer"),
        ('open "discord"', 'open "discord"'),  # the quotes belong to the name
        ('"open" "discord"', '"open" "discord"'),
        ("**", "**"),
    ],
)
def test_only_wrappers_around_everything_are_peeled(text: str, inner: str) -> None:
    start, end = unwrapped(text)
    assert text[start:end] == inner


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("thanks!", Aside.SIGN_OFF),
        ("milio", Aside.SIGN_OFF),
        ("hey milio", Aside.SOCIAL),
        ("so yeah", Aside.SOCIAL),
        ("u there", Aside.SOCIAL),
        ("I have a meeting", Aside.COMMENT),
        ("because it keeps crashing", Aside.COMMENT),
        ("the call is over", Aside.COMMENT),
        ("and spotify", None),  # a bare name: the rest of a second command
        # names an application, in a story: the command beside it must name its own
        ("firefox is broken", Aside.NARRATIVE),
        ("is firefox broken", None),
        ("then close it", None),
        ("no wait", None),
        ("not firefox", None),
        ("in 5 minutes", None),
        ("I think", None),
        ("is that a good idea?", None),
        ("the error says", None),
        ("Pepper", Aside.FRAGMENT),  # not a statement: after a name, maybe its end
        ("and Pepper", None),
    ],
)
def test_asides_are_told_apart_from_what_may_be_a_command(text: str, kind: Aside | None) -> None:
    assert aside_kind(text, _no_names) is kind


def test_a_command_on_its_own_line_in_a_code_block_is_a_clause() -> None:
    text = "```\nopen discord\n```"
    start, end = unwrapped(text)
    assert text[start:end] == "open discord"
    assert [c.text for c in clauses_of("hi milio\nopen discord\nthanks")] == [
        "hi milio",
        "open discord",
        "thanks",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # statements that hold no word of an action, no name, no number, no modifier
        "I hope you are well",
        "I have been working all day",
        "and I want to relax",
        "my boss is waiting",
        "my roommate is sleeping",
        "the mouse keeps freezing",
        "it's way too noisy",  # "too" before a word is a degree
        "My hearing is not what it used to be",  # "is not" says how things are
        "it's due tomorrow morning",
        "my manager needs proof",
        "I've been staring at spreadsheets for hours",  # no number: no duration
        "I think it's because of the heat",  # hedges the reason, not the command
        "My kids are asleep in the next room",
        "I'd love some quiet while I work",
    ],
)
def test_a_statement_with_nothing_a_command_could_take_is_an_aside(text: str) -> None:
    assert aside_kind(text, _no_names) is Aside.COMMENT


@pytest.mark.parametrize(
    "text",
    [
        "my friend wants firefox",  # a name
        "the browser is useless too",  # "too" at the end: a second thing
        "the meeting is at 3",  # a number a command could take
        "I need it in five",
        "I need it tonight",  # a day said of the command
        "I'll do it later",
        "I want the other one",  # another choice
        "I don't need it",  # a negation
        "my boss says so",  # a report
        "I think so",  # a hedge
        "I think",
        "I want it in a minute",
        "I need it for 5 minutes",
        "we need it for hours",  # a time said of the command
        "next, the other one",
        "I need you to close the tabs",  # a request put as a statement
        "you should open it",
        "the music is playing",  # a thing a command acts on
        "and the new one",  # goes on with the command
    ],
)
def test_a_clause_with_anything_that_may_bear_on_the_command_is_no_aside(text: str) -> None:
    assert aside_kind(text, _no_names) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("thank you dear", Aside.SIGN_OFF),
        ("thanks again milio", Aside.SIGN_OFF),
        ("best regards", Aside.SIGN_OFF),
        ("thanks for nothing", Aside.FRAGMENT),
        ("thanks for your help yesterday", Aside.SIGN_OFF),
        ("Thanks a bunch!", Aside.SIGN_OFF),
        ("if you don't mind", Aside.SOCIAL),
        ("go ahead", Aside.SOCIAL),
        ("gg", Aside.SOCIAL),
        ("hello dear", Aside.SOCIAL),
        ("do me a favour", Aside.SOCIAL),
        ("if you can", None),
    ],
)
def test_sign_offs_may_end_with_a_vocative(text: str, kind: Aside | None) -> None:
    assert aside_kind(text, _no_names) is kind


def test_a_name_signed_after_a_sign_off_is_part_of_it() -> None:
    signed = clauses_of("open discord. Kind regards, Margaret")
    assert aside_kinds(signed, _no_names) == [None, Aside.SIGN_OFF, Aside.SIGN_OFF]
    named = clauses_of("open discord. Thanks, Firefox")  # a name is no signature
    assert aside_kinds(named, _no_names) == [None, Aside.SIGN_OFF, None]
    unsigned = clauses_of("open discord, Margaret")  # not after a sign-off
    assert aside_kinds(unsigned, _no_names) == [None, Aside.FRAGMENT]


@pytest.mark.parametrize(
    "text", ["Long day at the movies", "Busy morning there", "Big week ahead", "Monday morning"]
)
def test_words_without_a_verb_are_a_fragment(text: str) -> None:
    assert aside_kind(text, _no_names) is Aside.FRAGMENT


@pytest.mark.parametrize(
    "text",
    [
        "Long day",
        "Crazy morning",
        "What a mess",
        "Big day today",
        "Such a long week",
        "so tired",
        "Worst day ever",
        "Long day at work",
        "Long day at the office",
        "Busy morning here",
        "long day lol",
        "new laptop",
        "who dis",
        "Oof",
    ],
)
def test_words_of_description_without_a_verb_are_a_remark(text: str) -> None:
    assert aside_kind(text, _no_names) is Aside.REMARK


@pytest.mark.parametrize(
    "text",
    [
        "Tomorrow",  # a time that may defer the command
        "Monday morning",
        "Late night",
        "At night",
        "Later",
        "Mañana",
        "Not now",
        "Wrong app",
        "Two things",
        "Good firefox",  # a name
        "and long day",  # joined on
        "what a day for firefox",
        "Busy day ahead",
    ],
)
def test_words_that_may_bear_on_the_command_are_no_remark(text: str) -> None:
    assert aside_kind(text, _no_names) is not Aside.REMARK


def test_words_after_and_that_go_on_a_remark_are_part_of_it() -> None:
    tired = clauses_of("Hungry and tired. Open spotify")
    assert aside_kinds(tired, _no_names) == [Aside.REMARK, Aside.REMARK, None]
    deferred = clauses_of("Hungry and tomorrow. Open spotify")
    assert aside_kinds(deferred, _no_names) == [Aside.REMARK, None, None]


def test_a_day_of_the_week_is_a_remark_only_complained_of() -> None:
    complained = clauses_of("Ugh, Mondays. Open outlook")
    assert aside_kinds(complained, _no_names) == [Aside.SOCIAL, Aside.REMARK, None]
    every_monday = clauses_of("Mondays, open outlook")
    assert aside_kinds(every_monday, _no_names) == [Aside.FRAGMENT, None]
    that_monday = clauses_of("Ugh, Monday. Open outlook")
    assert aside_kinds(that_monday, _no_names) == [Aside.SOCIAL, Aside.FRAGMENT, None]


def test_a_remark_s_words_bear_on_no_command() -> None:
    for word in remarks.WORDS - TEMPLATE_FUNCTION_WORDS:
        assert not bears_on_a_command(word), word
        assert not may_match_a_template(word) or word in ("home", "new", "laptop"), word
        assert parse_number(word) is None, word
        assert word not in other_languages.BEARING_ON_A_COMMAND, word
        assert word not in _WEEKDAYS, word
        assert not matcher.match(f"open {word}"), word  # no application or site


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("no wait", ""),
        ("no wait open firefox", "open firefox"),
        ("sorry I mean discord", "discord"),
        ("actually no", ""),
        ("scratch that", ""),
        ("or rather discord", "discord"),
        ("make that 10 minutes", "10 minutes"),
        ("no", ""),
        ("no firefox", None),  # a bare "no" corrects only on its own: "not firefox"?
        ("no wait?", None),
        ("nothing", None),
        ("open firefox", None),
    ],
)
def test_a_correction_marker_opens_a_clause(text: str, rest: str | None) -> None:
    end = correction_end(text)
    assert (None if end is None else text[end:]) == rest


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("open chrome no wait open firefox", ["open chrome", "no wait open firefox"]),
        ("open spotify sorry I mean discord", ["open spotify", "sorry I mean discord"]),
        ("thanks so much", ["thanks so much"]),
        ("I have so much to do, open slack", ["I have so much to do", "open slack"]),
        ("it's so slow so close chrome", ["it's so slow", "so close chrome"]),
        # a single word may be just a word: no cut without punctuation
        ("could you actually open spotify", ["could you actually open spotify"]),
        ("play Sorry Not Sorry", ["play Sorry Not Sorry"]),
    ],
)
def test_a_correction_typed_on_is_cut_before_its_first_word(text: str, pieces: list[str]) -> None:
    assert [c.text for c in clauses_of(text)] == pieces


def _always_holds_a_word(template: str) -> bool:
    """Whether every way of saying ``template`` holds a word outside the function words:
    a sequence does when one of its items does, a choice when each of its options does,
    an optional part never."""
    parts = dict(SENTENCE_PARTS)
    for _ in range(3):  # parts may name parts
        template = re.sub(r"<(\w+)>", lambda m: f"({parts[m.group(1)]})", template)
    template = re.sub(r"\{[^}]*\}", " ", template)
    held, at = _sequence(template, 0)
    assert at == len(template)
    return held


def _sequence(text: str, at: int) -> tuple[bool, int]:
    """(whether the sequence from ``at`` always holds a word, where it ends)."""
    held, word = False, ""
    while at < len(text) and text[at] not in "|)]":
        if text[at] in "([":
            inner, at = _choice(text, at + 1, text[at])
            held |= inner
        else:
            word += text[at]
            at += 1
            continue
        held |= _holds(word)
        word = ""
    return held or _holds(word), at


def _choice(text: str, at: int, opening: str) -> tuple[bool, int]:
    options = []
    while True:
        held, at = _sequence(text, at)
        options.append(held)
        if text[at] == "|":
            at += 1
            continue
        return opening == "(" and all(options), at + 1


def _holds(words: str) -> bool:
    return bool(set(words_of(words)) - TEMPLATE_FUNCTION_WORDS)


def test_every_way_of_saying_a_template_holds_more_than_function_words() -> None:
    # What may_match_a_template relies on: a clause of function words alone (and no
    # dotted word for a typed URL) can match no template.
    for action in ACTIONS.values():
        for template in action.templates:
            # and a name then "on" ("discord on"): may_match_a_template reads the last word
            if template not in ("{typed_url:url}", "<an_app> on"):
                assert _always_holds_a_word(template), (action.name, template)
    assert may_match_a_template("zzz on")
    assert not _always_holds_a_word("[the] (it|a [screen])")  # the check can fail


@pytest.mark.parametrize(
    ("text", "may"),
    [
        ("my boss is waiting", False),
        ("I hope you are well", False),
        ("it's too loud", True),
        ("my computer is slow", True),
        ("example.com is down", True),
        ("my vol is low", True),
    ],
)
def test_only_a_clause_with_a_templates_word_may_match_one(text: str, may: bool) -> None:
    assert may_match_a_template(text) is may


@pytest.mark.parametrize(
    "text",
    [
        "open zoom, I have a meeting mañana",  # a time in another language may defer it
        "close chrome, no lo necesito",  # a negation in another language
        "open spotify, si tengo tiempo",  # a condition
        "launch steam, je joue plus tard",
    ],
)
def test_another_language_s_negations_conditions_and_times_bear_on_the_command(
    text: str,
) -> None:
    assert matcher.match(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # a time, a number or the user's reason, told of something else
        "I have a call with the client in two minutes",
        "we're live in 30 seconds",
        "the meeting starts in 5 minutes",
        "my laptop fan has been super loud for 20 minutes",
        "standup in 2",  # an event said short
        "Client call in 3 minutes",
        "I need to send it to IT",
        "I have to write a letter to the council",
        "the client is already waiting",  # said of someone else
        "I have 3 exams next week",
        "running late",  # the subject left out, the verb in a form no request takes
        "got a meeting in 5",
        "just got back from lunch",
        "client's on the line",
        "boss is calling in 2 minutes",
        "the meeting is about to start",  # someone else's own verb of an action
        "my pc will restart in 10 minutes",
        "she likes to play games",  # what someone else wants to do is theirs
        "the baby finally fell asleep",
        "I'm not feeling great",  # "not" after "I'm" says how things are
        "my granddaughter is coming over in an hour",  # a visit, no end
    ],
)
def test_a_statement_with_its_own_subject_may_tell_a_time_or_a_reason(text: str) -> None:
    assert aside_kind(text, _no_names) is Aside.COMMENT


@pytest.mark.parametrize(
    "text",
    [
        "I'm done in 5 minutes",  # an end the command may wait for
        "I'm off in 5",
        "I'm leaving in 10 minutes",
        "I go in 5 minutes",
        "the meeting ends in 5 minutes",
        "I need it in 5 minutes",  # a word for the command
        "I need that in 5 minutes",
        "I have a meeting at 3",  # a clock time
        "the call is at 3pm",
        "I need to set a timer in 5 minutes",  # a command's word beside a time
        "I want to record the meeting",  # a verb the assistant would do
        "I need to restart it",
        "I need to send",  # a verb alone may be the command
        "as soon as the meeting starts",  # a condition in common words
        "the minute the meeting starts",
        "in 5 minutes",  # no subject
        "I'll be there in 5 minutes",  # a plan of the speaker
        "I already did it",  # said of the speaker
        "everyone's still waiting for it",  # speaks of the command
        "my son said we're live in 30 seconds",
        "finished it already",  # the speaker, the subject left out
        "leaving in 5",
        "the meeting is scheduled for 3",  # "for 3" with no unit is a moment
        "schedule meeting in 5 minutes",  # a request, not an event said short
        "it's in 5 minutes",  # "it" may be the command
        "10 minutes",  # a number and a unit are no subject and verb
        "he said",  # what someone else said is no verb of theirs to allow
        "they already did it",
        "we start in 5 minutes",  # the speaker's own verb of an action
        "my boss wants me to take a screenshot",  # asked of the speaker
        "the meeting is over in 5 minutes",
        "I don't need it",  # a negation may bear on the command
        "I don't want",
        "I don't have a meeting in 5 minutes",  # a negation beside a time
        "I think it's in 5 minutes",  # "it's" may be the command
        "don't open it",
    ],
)
def test_a_statement_whose_time_or_verb_may_be_the_command_s_is_no_aside(text: str) -> None:
    assert aside_kind(text, _no_names) is None


@pytest.mark.parametrize(
    "text",
    [
        "Hi there Milio",
        "quick quick quick",
        "heads up",
        "How are you today",
        "Good to see you again",
        "Happy Friday",
    ],
)
def test_greetings_with_a_name_and_repeated_fillers_are_social(text: str) -> None:
    assert aside_kind(text, _no_names) is Aside.SOCIAL


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("hey siri", Aside.SOCIAL),
        ("OK Google", Aside.SOCIAL),
        ("jarvis", Aside.SOCIAL),
        ("Alexa", Aside.SOCIAL),
        ("and alexa", None),  # joined on: maybe a second name
        ("google", None),  # a site, called only after a greeting
    ],
)
def test_another_assistants_wake_word_alone_is_social(text: str, kind: Aside | None) -> None:
    assert aside_kind(text, lambda words: words == "google") is kind


def test_words_after_and_that_go_on_a_statement_are_part_of_it() -> None:
    text = "my brother used my laptop and left a bunch of stuff running"
    assert aside_kinds(clauses_of(text), _no_names) == [Aside.COMMENT, Aside.COMMENT]
    alone = clauses_of("open discord and left a bunch of stuff running")
    assert aside_kinds(alone, _no_names)[1] is None  # after a command: maybe its rest


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("sweetie", Aside.SOCIAL),
        ("young man", Aside.SOCIAL),
        ("for crying out loud", Aside.SOCIAL),
        ("per my last email", Aside.SOCIAL),
        ("quick ask", Aside.SOCIAL),
        ("abeg", Aside.SOCIAL),
        ("there's a good lad", Aside.SOCIAL),
        ("morning young man", Aside.SOCIAL),
        ("thank you, young man", Aside.SIGN_OFF),
        ("thanks a million", Aside.SIGN_OFF),
        ("thanks sweetie", Aside.SIGN_OFF),
        ("sweetie don't", None),
        ("for crying out loud, firefox", None),
    ],
)
def test_words_of_address_exasperation_and_workplace_leads_alone_are_asides(
    text: str, kind: Aside | None
) -> None:
    assert aside_kind(text, _no_names) is kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("mum here", Aside.SOCIAL),
        ("this is dad", Aside.SOCIAL),
        ("yeah yeah", Aside.SOCIAL),
        ("god damn it", Aside.SOCIAL),
        ("dad here, firefox", None),
    ],
)
def test_who_is_typing_and_impatience_alone_are_asides(text: str, kind: Aside | None) -> None:
    assert aside_kind(text, _no_names) is kind


def _apps(words: str) -> bool:
    return words in ("photoshop", "discord", "chrome", "spotify", "valorant", "zoom", "netflix")


@pytest.mark.parametrize(
    "text",
    [
        "So yesterday photoshop crashed twice",
        "we played valorant until 3am lol",  # a time of the story, in the past
        "I was on discord with my friends all night",
        "Last week I set up a folder for my taxes",  # "set" after a subject is told
        "My daughter showed me how to use zoom last Sunday",
        "Two days ago my nephew installed roblox on my laptop",
        "discord keeps crashing",  # someone else's present
        "We talk on zoom every Sunday",  # a habit
        "because chrome was using too much memory",
        "My neighbour helped me set up my new printer",
        "Grandma called on whatsapp earlier",  # a call, not a name
        "This morning my laptop did a massive update",
        "Last night my grandson came over",  # no fragment: it has a subject and a past
        "I noticed that chrome froze that night",  # "that" before a subject or a time
    ],
)
def test_a_clause_that_tells_what_happened_is_a_narrative(text: str) -> None:
    assert aside_kind(text, _apps) is Aside.NARRATIVE


@pytest.mark.parametrize(
    "text",
    [
        "I closed it",  # a word for a thing said before
        "I quit that while I slept",
        "yesterday you opened zoom for me",  # the assistant
        "my friend said to open steam",  # a report of a saying
        "I was going to open spotify",  # a plan
        "I didn't close chrome",  # a negation
        "I closed chrome by mistake",
        "I already closed chrome",
        "I closed chrome open firefox",  # a command typed on
        "I open chrome",  # a first person's present may be a request
        "the music is playing",  # a state a command may change
        "the meeting ends in 5 minutes",  # to come
        "the meeting was at 3",  # an event's time, maybe still to come
        "the call got moved to 3pm",
        "I opened chrome, did you?",
        "if photoshop crashes again",
        "I made a folder called taxes",  # a name given
        "it crashed twice",  # "it" may be the command's thing
        "I set a timer for 5 minutes",  # said for "set one", maybe; no time says it is over
        "my son could've closed chrome",
    ],
)
def test_a_story_that_asks_plans_negates_or_points_is_no_narrative(text: str) -> None:
    assert aside_kind(text, _apps) is not Aside.NARRATIVE


def test_a_story_goes_on_after_and_or_a_comma_but_not_after_a_command() -> None:
    told = "my sister borrowed my laptop and installed like five games on it"
    assert aside_kinds(clauses_of(told), _apps) == [Aside.COMMENT, Aside.NARRATIVE]
    listed = "I walked the dog, made breakfast"
    assert aside_kinds(clauses_of(listed), _apps) == [Aside.COMMENT, Aside.NARRATIVE]
    # a past a command says too ("quit") stays a possible command
    assert aside_kinds(clauses_of("I closed chrome, quit spotify"), _apps)[1] is None
    assert aside_kinds(clauses_of("open spotify and I closed discord"), _apps) == [None, None]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("meeting in 2 open zoom", ["meeting in 2", "open zoom"]),
        ("meeting NOW open zoom", ["meeting NOW", "open zoom"]),
        ("so late close discord", ["so late", "close discord"]),
        ("exam in 2h close discord", ["exam in 2h", "close discord"]),
        ("set a timer for 5 minutes", ["set a timer for 5 minutes"]),
        ("open zoom now", ["open zoom now"]),
    ],
)
def test_a_command_typed_on_after_a_time_or_late_is_a_clause_of_its_own(
    text: str, pieces: list[str]
) -> None:
    assert [clause.text for clause in clauses_of(text)] == pieces


def test_unsure_is_an_aside_only_before_the_command() -> None:
    before = clauses_of("not sure, open zoom")
    after = clauses_of("open zoom, not sure")
    assert aside_kinds(before, lambda _: False) == [Aside.SOCIAL, None]
    assert aside_kinds(after, lambda _: False) == [None, None]


@pytest.mark.parametrize("text", ["focusss", "ahhh", "pleaseee", "late late late", "Help"])
def test_alarm_self_talk_and_stretched_words_alone_are_asides(text: str) -> None:
    assert aside_kind(text, lambda _: False) is not None


@pytest.mark.parametrize("text", ["exam tomorrow", "finals week", "omg exam in 2h", "cant focus"])
def test_a_students_situation_said_short_is_an_aside(text: str) -> None:
    assert aside_kind(text, lambda _: False) is not None


@pytest.mark.parametrize("text", ["tomorrow", "exam tomorrow at 9", "cant close discord"])
def test_a_day_or_a_time_that_may_be_the_commands_is_no_aside(text: str) -> None:
    assert aside_kind(text, lambda _: False) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("open zoom. open zoom!!", "open zoom"),
        ("OPEN ZOOM OPEN ZOOM OPEN ZOOM", "OPEN ZOOM"),
        ("open zoom open teams", None),
        ("play talk talk", None),  # a name may say a word twice
        ("pls pls pls", None),
    ],
)
def test_a_command_said_again_and_again_is_said_once(text: str, expected: str | None) -> None:
    assert said_once(text) == expected


@pytest.mark.parametrize("text", ["in a meeting", "on a call", "studying", "trying to focus"])
def test_what_the_user_is_busy_with_said_alone_is_an_aside(text: str) -> None:
    assert aside_kind(text, lambda _: False) is not None


@pytest.mark.parametrize("text", ["in a meeting in 5", "in 5 minutes", "studying tonight"])
def test_being_busy_with_a_time_is_no_aside(text: str) -> None:
    assert aside_kind(text, lambda _: False) is None


@pytest.mark.parametrize(
    "text",
    [
        "Goal",
        "Red card",
        "What a save by the keeper",  # "save" after "what a" is a noun
        "What a game",
        "Incredible scenes",
        "penalty shootout",
        "Night shift again",
    ],
)
def test_a_game_s_moments_and_wonder_at_them_are_remarks(text: str) -> None:
    assert aside_kind(text, _no_names) is Aside.REMARK


@pytest.mark.parametrize(
    "text",
    ["What a save for firefox", "Monday again", "Night shift again tomorrow", "What a"],
)
def test_exclamations_that_may_bear_on_the_command_are_no_remark(text: str) -> None:
    names = {"firefox"}
    assert aside_kind(text, lambda words: words in names) is not Aside.REMARK


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Patient in bed 4 is finally sleeping", Aside.COMMENT),  # a label's number
        ("I'm still on chapter two", Aside.COMMENT),
        ("It's 3am", Aside.COMMENT),  # the hour it is now
        ("It's 2 am", Aside.COMMENT),
        ("I'm still at the library", Aside.COMMENT),
        ("I'm still in the meeting", None),  # may object to closing it
        ("I'm still on it", None),
        ("It's 5 minutes", None),  # no hour: a time the command may take
        ("The meeting is at 3", None),
    ],
)
def test_a_label_s_number_the_hour_and_where_one_still_is_bear_on_nothing(
    text: str, kind: Aside | None
) -> None:
    assert aside_kind(text, _no_names) is kind


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("Lunch break again", True),
        ("Gate 12", True),
        ("Day 3 of revision", True),
        ("Double shift at the warehouse", True),
        ("Overnight shift at the warehouse", False),  # "overnight" may say when
        ("Monday morning", False),
        ("Lunch tomorrow", False),
        ("Park the car", False),  # a verb first may be a command
        ("Kitchen lights off", False),  # "off" is a template's word
        ("Library lights dimmed please", False),  # a request
        ("Lunch break?", False),
    ],
)
def test_a_scene_opens_with_a_noun_of_a_place_or_a_part_of_the_day(text: str, scene: bool) -> None:
    assert sets_the_scene(text) is scene


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I've been staring at the same page for an hour", Aside.NARRATIVE),
        ("The staff room is empty for once", Aside.COMMENT),
        ("I can't move", Aside.COMMENT),  # what the speaker cannot do
        ("Just got off a 14 hour shift", Aside.COMMENT),  # how long a thing is
        ("I can't open spotify", None),  # names what it acts on
        ("Do the same", None),
        ("Once it's done", None),
        ("Set a 14 hour timer", None),
    ],
)
def test_words_of_a_story_that_bear_on_no_command_where_they_stand(
    text: str, kind: Aside | None
) -> None:
    names = {"spotify"}
    assert aside_kind(text, lambda words: words in names) is kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("GOOOOAL", Aside.REMARK),  # drawn out, said once
        ("Wowwww", Aside.REMARK),
        ("YESSSS", Aside.SOCIAL),
        ("Full time", Aside.REMARK),  # a game's time, though "time" is a template's word
        ("Game over", Aside.REMARK),
        ("What a strike from the captain", Aside.REMARK),
        ("Noooo", None),  # "no" drawn out may take the command back: never an aside
    ],
)
def test_shouts_of_a_game_drawn_out_or_whole_are_asides(text: str, kind: Aside | None) -> None:
    assert aside_kind(text, _no_names) is kind


def test_a_game_s_time_shouted_is_no_degree() -> None:
    assert not remarks.is_a_degree(["extra", "time"])
    assert not remarks.is_a_degree(["gooooal"])
    assert remarks.is_a_degree(["really", "big"])


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("Homework done", True),
        ("kids fed", True),
        ("my brain fried", True),
        ("Meds given", True),
        ("Lights dimmed", False),  # a thing of the house: maybe a request
        ("Keep the door closed", False),  # a verb first
        ("Timer set", False),  # a template's word
    ],
)
def test_a_day_s_tasks_ticked_off_set_the_scene(text: str, scene: bool) -> None:
    assert sets_the_scene(text) is scene


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I'm playing fifa with my brother", Aside.NARRATIVE),  # what the speaker does now
        ("I'm recording a lecture on my phone", Aside.NARRATIVE),
        ("I'm wanting to open zoom", None),  # a wish
        ("I'm setting a timer", None),  # may ask for one
        ("I'm playing fifa tonight", None),  # to come
        ("I'm done in 10 minutes", None),  # no past: an end the command may wait for
    ],
)
def test_what_the_speaker_is_doing_now_is_told(text: str, kind: Aside | None) -> None:
    names = {"fifa"}
    assert aside_kind(text, lambda words: words in names) is kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I've had no sleep", Aside.COMMENT),  # none of a thing
        ("It's my first day on the ward", Aside.COMMENT),  # an ordinal
        ("the car wouldn't start", Aside.COMMENT),
        ("No", None),
        ("First", None),
        ("the first one", None),
    ],
)
def test_no_first_and_wouldn_t_inside_a_statement_bear_on_no_command(
    text: str, kind: Aside | None
) -> None:
    found = aside_kind(text, _no_names)
    assert found is kind or (kind is None and found is Aside.FRAGMENT)


def test_since_a_time_after_a_statement_goes_on_with_it() -> None:
    barking = clauses_of("The dog has been barking since 6am. Open youtube.")
    assert aside_kinds(barking, _no_names) == [Aside.COMMENT, Aside.COMMENT, None]
    alone = clauses_of("Since 6am, open youtube.")
    assert aside_kinds(alone, _no_names)[0] is None


@pytest.mark.parametrize(
    ("text", "scene"),
    [("2-1 up", True), ("3-0 down at halftime", True), ("3-0", True), ("2-3 minutes", False)],
)
def test_a_score_and_how_it_stands_set_the_scene(text: str, scene: bool) -> None:
    assert sets_the_scene(text) is scene


def test_a_line_break_is_joined_only_where_a_command_goes_on_over_it() -> None:
    joined, breaks = lines_joined("set a timer for\n10 minutes\nthanks")
    assert joined == "set a timer for 10 minutes\nthanks"  # the same length, names in place
    assert breaks == [("for", "10")]
    assert lines_joined("open spotify\nclose discord") == (
        "open spotify\nclose discord",
        [],
    )


@pytest.mark.parametrize("text", ["thank you mommy", "thanks dad", "thank you grandma"])
def test_thanks_to_a_member_of_the_family_is_a_sign_off(text: str) -> None:
    assert aside_kind(text, _no_names) is Aside.SIGN_OFF


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("open the calculator, thanks mommy", "001calculator"),
        ("Pretty please, open the calculator, thank you mommy", "001calculator"),
        ("close zoom, thank you mum", "002zoom"),
    ],
)
def test_a_command_thanked_with_a_family_word_is_answered(text: str, expected: str) -> None:
    found = matcher.match(text)
    assert found is not None, text
    assert found.system_message == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I don't have much time, close discord", "002discord"),
        ("we dont have all day, open zoom", "001zoom"),
        ("I don't feel well, pause the music", "013"),
    ],
)
def test_a_state_the_user_denies_is_a_reason_beside_the_command(text: str, expected: str) -> None:
    found = matcher.match(text)
    assert found is not None, text
    assert found.system_message == expected


@pytest.mark.parametrize(
    "text",
    ["I don't want, close spotify", "I don't know, close spotify", "I don't have it, open chrome"],
)
def test_a_negation_that_may_bear_on_the_command_goes_to_the_model(text: str) -> None:
    assert matcher.match(text) is None


@pytest.mark.parametrize(
    "text",
    ["I have never used it much", "I've never been good with computers", "I never liked it"],
)
def test_what_the_user_never_did_is_a_statement(text: str) -> None:
    assert aside_kind(text, _no_names) is Aside.COMMENT


@pytest.mark.parametrize(
    "text",
    ["I never closed it", "I never opened it", "never open chrome", "I have never used zoom"],
)
def test_never_before_a_verb_of_the_vocabulary_or_a_name_is_no_aside(text: str) -> None:
    assert aside_kind(text, lambda words: words in ("chrome", "zoom")) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Back from break, open teams", "001microsoft teams"),
        ("End of shift, close excel", "002microsoft excel"),
        ("Night shift again, open spotify", "001spotify"),
        ("On call, open slack", "001slack"),
        ("Site visit, take a screenshot", "011"),
        ("Just back from the site visit, open outlook", "001microsoft outlook"),
        ("WFH today, open teams", "001microsoft teams"),
        ("Covering the front desk, open chrome", "001google chrome"),
        ("Restocking shelves all morning, open spotify", "001spotify"),
        ("In between meetings, open spotify", "001spotify"),
        ("In the office, open teams", "001microsoft teams"),
        ("Another night shift. Open spotify", "001spotify"),
        ("Register 2 is down again, open chrome", "001google chrome"),
        ("Build 41 failed, open slack", "001slack"),
        ("Back at my desk, open outlook", "001microsoft outlook"),
        ("At the depot, open excel", "001microsoft excel"),
        ("Out on a job, open chrome", "001google chrome"),
    ],
)
def test_work_talk_before_the_command_sets_the_scene(text: str, expected: str) -> None:
    found = matcher.match(text)
    assert found is not None, text
    assert found.system_message == expected


@pytest.mark.parametrize(
    "text",
    [
        "After handover, open spotify",  # when to do it
        "Night shift at 7, open spotify",  # a time in the scene may time the command
        "On call at 8, open slack",
        "Night shift tomorrow, open spotify",
        "In the break, set a timer for 10 minutes",  # "in the break": during it, later
        "In my lunch break, open youtube",
        "In an hour, open chrome",
        "Covering the front desk until 5, open chrome",
        "On call, the charge nurse said open teams",  # reported
        "End of shift, open zoom and open slack",  # two commands
        "On my break, don't open netflix",
        "Back from break, should I open teams?",
        "On call, set a timer for 10",  # a number beside a timer
        "End of shift, close it",  # close what?
        "On my laptop in the office, open chrome",  # "on" before no noun of work
        "Server 3 is down, set a timer",  # a label's number beside a timer
        "At lunch, open youtube",  # "at" before a part of the day: when
        "At handover, close spotify",
        "At my desk at 5, open outlook",
        "Back in an hour, close spotify",
    ],
)
def test_work_talk_that_may_bear_on_the_command_goes_to_the_model(text: str) -> None:
    assert matcher.match(text) is None


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("on call", True),
        ("end of my shift", True),
        ("night shift", True),
        ("restocking shelves all morning", True),
        ("in the office", True),
        ("in an hour", False),
        ("in the break", False),
        ("on my laptop", False),
        ("night shift tomorrow", False),
        ("end of the world", False),
    ],
)
def test_a_scene_at_work_is_read_by_its_shape(text: str, scene: bool) -> None:
    assert sets_the_scene(text) is scene


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The P1 is resolved, close slack", "002slack"),
        ("FY24 budget is signed off, close excel", "002microsoft excel"),
        ("INC4821 is open, open chrome", "001google chrome"),
    ],
)
def test_a_code_of_work_is_no_amount(text: str, expected: str) -> None:
    found = matcher.match(text)
    assert found is not None, text
    assert found.system_message == expected


@pytest.mark.parametrize(
    "text",
    ["Q3 report is due, set a timer", "x2 speed, open youtube", "P1 incident, set a timer"],
)
def test_a_code_beside_a_timer_or_a_count_goes_to_the_model(text: str) -> None:
    assert matcher.match(text) is None


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("off shift now", True),
        ("off duty", True),
        ("halfway through nights", True),
        ("in the break room", True),  # the last noun of two says what it is
        ("at the nurses station", True),
        ("in the lunch break", False),  # during it, maybe later
        ("off the lights", False),  # "off" before no noun of work
        ("off shift tomorrow", False),
    ],
)
def test_a_lead_word_opens_a_scene_only_before_a_noun_of_work(text: str, scene: bool) -> None:
    assert sets_the_scene(text) is scene


def test_how_long_a_shift_was_said_first_sets_the_scene() -> None:
    found = matcher.match("12 hour shift done, open netflix")
    assert found is not None
    assert found.system_message == "014https://www.netflix.com/"
    # beside the volume or a timer with no amount the number may be the command's
    assert matcher.match("12 hour shift done, turn the volume up") is None
    assert matcher.match("12 hour shift, set a timer") is None
    assert matcher.match("12 hour shift tomorrow, open spotify") is None


@pytest.mark.parametrize(
    "text",
    [
        "At the depot, dispatch said open excel",  # reported
        "End of shift, is outlook still open?",  # a question
        "Off duty, close teams and open netflix",  # two commands
        "Between patients, open spotify in 10 minutes",  # deferred
        "On my break till 2, open youtube",  # a time in the scene
        "At the depot, if the truck's late open outlook",  # a condition
    ],
)
def test_a_work_scene_leaves_the_command_s_own_traps_to_the_model(text: str) -> None:
    assert matcher.match(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Okay, end of my shift. Close teams. See you tomorrow Milio.", "002microsoft teams"),
        ("Evening! On nights again this week. Open youtube please.", "014https://www.youtube.com/"),
        ("Just back from a home visit. Open outlook please.", "001microsoft outlook"),
    ],
)
def test_greetings_and_farewells_of_a_shift(text: str, expected: str) -> None:
    found = matcher.match(text)
    assert found is not None, text
    assert found.system_message == expected


@pytest.mark.parametrize("text", ["This evening, open netflix", "this afternoon, open teams"])
def test_a_later_part_of_today_alone_may_time_the_command(text: str) -> None:
    assert matcher.match(text) is None


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("on the m25", True),  # a road by its letter and number
        ("on the motorway", True),
        ("at the services", True),
        ("on the m25 tomorrow", False),
        ("on 5", False),
    ],
)
def test_a_driver_s_road_sets_the_scene(text: str, scene: bool) -> None:
    assert sets_the_scene(text) is scene


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("back from annual leave", True),
        ("month end", True),
        ("hybrid day", True),
        ("end", False),
        ("year end tomorrow", False),
    ],
)
def test_an_office_worker_s_day_sets_the_scene(text: str, scene: bool) -> None:
    assert sets_the_scene(text) is scene
    # a number in the scene keeps the message for the model (the clause is no aside)
    assert matcher.match("Month end at 5, open excel") is None


@pytest.mark.parametrize(
    "text", ["i'm not done", "im not finished yet", "I'm not allowed to", "we are not ready"]
)
def test_not_done_or_not_allowed_is_no_aside(text: str) -> None:
    # beside a command it objects: "shut down im not finished"
    assert aside_kind(text, lambda words: False) is None


@pytest.mark.parametrize("text", ["i'm done", "it's not responding", "I can't focus"])
def test_done_or_another_negation_stays_a_comment(text: str) -> None:
    assert aside_kind(text, lambda words: False) is Aside.COMMENT


# Long messages: the command inside a story of the user's day (issue 16, "long-story").


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Now I feel great", Aside.COMMENT),  # how the speaker is now
        ("now we're home", Aside.COMMENT),
        ("We're both exhausted", Aside.COMMENT),  # the two of them, no second thing
        ("they were both asleep", Aside.COMMENT),
        ("my colleague asked me a ton of questions", Aside.COMMENT),
        ("Long story", Aside.SOCIAL),
        ("Feeling so tired", Aside.REMARK),
        ("What a relief", Aside.REMARK),
        ("now open spotify", None),
        ("now I'm going to close chrome", None),
        ("close them both", None),
        ("she asked me to close slack", None),  # what to do, asked
        ("he asked if I could open zoom", None),
    ],
)
def test_how_the_user_is_now_and_what_others_did_are_asides(text: str, kind: Aside | None) -> None:
    assert aside_kind(text, _no_names) is kind


def test_then_and_a_subject_in_the_past_go_on_with_the_story() -> None:
    told = "He cried at first but then he loved it. Open firefox"
    assert aside_kinds(clauses_of(told), _no_names) == [
        *(Aside.NARRATIVE, Aside.SIGN_OFF, Aside.COMMENT, None)
    ]
    # no subject after "then": a second command; nor with no statement before it
    assert aside_kinds(clauses_of("I closed it, then open firefox"), _no_names)[-1] is None
    assert aside_kinds(clauses_of("Then he left. Open firefox"), _no_names)[0] is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Jack's teacher said he's doing great. Open word.", Aside.COMMENT),
        ("The vet told us the dog is fine. Open word.", Aside.COMMENT),
        ("My dad told me he closed firefox. Open word.", Aside.NARRATIVE),
        # a comma may let the words that follow be theirs too
        ("My boss says the meeting is starting, open zoom", None),
        ("My friend told me to open discord. Open word.", None),  # an instruction
        ("My roommate said I should block them. Open word.", None),
        ("My brother said it's broken. Open word.", None),  # "it" may be the command's
        ("She said you would open it. Open word.", None),
        ("I said I was tired. Open word.", None),  # the speaker's own words
    ],
)
def test_what_someone_said_is_an_aside_when_a_statement_closed_by_a_sentence_end(
    text: str, kind: Aside | None
) -> None:
    assert aside_kinds(clauses_of(text), _no_names, text)[0] is kind
    # without the message, nothing shows where what they said ends
    assert aside_kinds(clauses_of(text), _no_names)[0] is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I tried to bake bread", Aside.COMMENT),  # a thing tried that no command does
        ("I tried yoga for the first time this morning", Aside.COMMENT),
        ("it didn't even hurt", Aside.COMMENT),  # a past denied, of no command's verb
        ("and I didn't reply", Aside.COMMENT),
        ("My best friend moved to another city last month", Aside.COMMENT),
        ("but it took three hours", Aside.COMMENT),  # how long a thing took
        ("it took me two hours to get home", Aside.COMMENT),
        ("I tried to open it", None),
        ("I tried restarting my laptop", None),  # a command's verb, with "-ing"
        ("I tried again", None),
        ("I didn't close it", None),
        ("I didn't want to", None),
        ("he didn't say", None),
        ("I'll do it another day", None),  # "another day" may be when
        ("my friend moved to another one", None),
        ("it takes 5 minutes", None),  # not over: maybe the timer's
    ],
)
def test_what_was_tried_denied_or_took_long_in_a_story_is_an_aside(
    text: str, kind: Aside | None
) -> None:
    assert aside_kind(text, _no_names) is kind


def test_a_story_s_plural_subject_is_no_verb() -> None:
    text = "The neighbours' kids were playing football in the street. Open firefox"
    assert aside_kinds(clauses_of(text), _no_names)[0] is Aside.NARRATIVE


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("Time to celebrate", True),  # what the user is about to do, now
        ("time for bed", True),
        ("time to sleep", False),  # a word of a command: the machine may sleep
        ("time to open it", False),
        ("time to leave tomorrow", False),
        ("time for 5 minutes", False),
        ("time to relax?", False),
    ],
)
def test_time_to_do_a_thing_no_command_does_sets_the_scene(text: str, scene: bool) -> None:
    assert sets_the_scene(text) is scene


def test_a_hedge_after_a_statement_is_the_statement_s() -> None:
    hedged = clauses_of("I had an exam and it went well I think. Open firefox")
    assert aside_kinds(hedged, _no_names) == [Aside.COMMENT, Aside.COMMENT, None]
    assert aside_kinds(clauses_of("Open firefox I think"), _no_names) == [None]
    assert (
        aside_kinds(clauses_of("The meeting is at 3 I think. Open firefox"), _no_names)[0] is None
    )


def test_so_after_all_or_both_is_a_degree_not_a_join() -> None:
    assert len(clauses_of("We are all so happy for her")) == 1
    assert len(clauses_of("we were both so tired")) == 1


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I had to wait at the doctor's office for ages", Aside.COMMENT),
        ("the magazines were from 2015", Aside.COMMENT),  # a year
        ("and I still failed the quiz", Aside.COMMENT),
        ("The driver didn't even apologise", Aside.COMMENT),
        ("My mum sent me a voice note that was nine minutes long", Aside.COMMENT),
        ("Typical", Aside.REMARK),
        ("I still closed it", None),  # maybe done already
        ("I still set a timer", None),
        ("wait for 2015 seconds", None),
    ],
)
def test_more_of_a_story_s_pasts_are_asides(text: str, kind: Aside | None) -> None:
    assert aside_kind(text, _no_names) is kind


def test_then_and_a_past_without_its_subject_go_on_with_the_story() -> None:
    told = clauses_of("My teammate fed the whole game and then blamed me. Open firefox")
    assert aside_kinds(told, _no_names)[2] is Aside.NARRATIVE
    # a past said as a command is, after "then", may be a second command
    second = clauses_of("My teammate fed the whole game and then set a timer. Open firefox")
    assert aside_kinds(second, _no_names)[2] is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("So I got caught in the rain without a coat", Aside.COMMENT),
        ("It still works somehow", Aside.COMMENT),
        ("firefox still plays", None),  # a state a command may change
        ("it still opens", None),
        ("close it without saving", None),
    ],
)
def test_without_a_thing_and_still_so_in_a_story_are_asides(text: str, kind: Aside | None) -> None:
    assert aside_kind(text, _no_names) is kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The school called and said my son has a fever. Open word.", Aside.COMMENT),
        ("My mother called and told me my aunt is in hospital. Open word.", Aside.COMMENT),
        ("I called and said I'm ill. Open word.", None),  # the speaker's own words
        ("My boss called and said to open teams. Open word.", None),
    ],
)
def test_what_the_story_s_person_said_goes_on_with_their_statement(
    text: str, kind: Aside | None
) -> None:
    assert aside_kinds(clauses_of(text), _no_names, text)[1] is kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("When my alarm went off I threw my phone across the room. Open word.", Aside.NARRATIVE),
        ("As soon as I sat down to eat, the phone rang. Open word.", Aside.COMMENT),
        ("The moment I got to the office the fire alarm went off. Open word.", Aside.NARRATIVE),
        # alone before the command, a past may be a condition in the wrong tense
        ("When I got home, open word.", None),
        ("Once the kids were in bed, open word.", None),
        ("When I get home the house will be quiet. Open word.", None),  # a condition
        ("When I said open word, I meant it. Open word.", None),
    ],
)
def test_a_time_in_the_past_with_its_story_is_part_of_the_story(
    text: str, kind: Aside | None
) -> None:
    assert aside_kinds(clauses_of(text), _no_names)[0] is kind


@pytest.mark.parametrize("text", ["If I'm honest", "to be honest", "truth be told"])
def test_saying_one_is_honest_is_no_condition(text: str) -> None:
    assert aside_kind(text, _no_names) is Aside.SOCIAL


def test_so_before_a_degree_after_a_statement_goes_on_with_it() -> None:
    told = clauses_of("He worked so hard on it. Open firefox")
    assert aside_kinds(told, _no_names) == [Aside.COMMENT, Aside.COMMENT, None]
    # not before words a template may take: "so volume down" may be the command
    assert aside_kinds(clauses_of("I'm tired, so volume down"), _no_names)[1] is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("My friends are all at the pub without me", Aside.COMMENT),
        ("some guy is eating tuna next to me", Aside.COMMENT),
    ],
)
def test_without_me_and_next_to_me_are_places(text: str, kind: Aside) -> None:
    assert aside_kind(text, _no_names) is kind


def test_since_a_time_that_ends_the_clause_goes_on_with_the_statement() -> None:
    # "this morning" ends the words: the times a story opens with are read to their end
    told = clauses_of("I've had a headache since this morning. Open firefox")
    assert aside_kinds(told, _no_names) == [Aside.COMMENT, Aside.COMMENT, None]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("If I'm honest the exam was harder than I expected", Aside.COMMENT),
        ("to be honest the party was a bit dull", Aside.COMMENT),
        ("if I'm honest I want you to close it", None),
    ],
)
def test_a_statement_said_frankly_is_judged_without_the_if(text: str, kind: Aside | None) -> None:
    assert aside_kind(text, _no_names) is kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I can't wait for the weekend", Aside.COMMENT),
        ("Tomorrow is another day", Aside.SOCIAL),
        ("I can't wait to open it", None),
    ],
)
def test_looking_forward_is_an_aside(text: str, kind: Aside | None) -> None:
    assert aside_kind(text, _no_names) is kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("the car wouldn't start this morning", Aside.COMMENT),  # what it could not do
        ("my phone has been buzzing non stop", Aside.COMMENT),
        ("it's been one of those days", Aside.SOCIAL),
        ("the car wouldn't start tomorrow", None),  # "tomorrow" may time the command
        ("you can't stop now", None),
    ],
)
def test_what_could_not_be_done_and_sayings_of_a_day_are_asides(
    text: str, kind: Aside | None
) -> None:
    assert aside_kind(text, _no_names) is kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("it did not come", Aside.COMMENT),  # "didn't" said in full
        ("I did not reply", Aside.COMMENT),
        ("I did not close it", None),
        ("he did not say", None),
        ("I did it already", None),
    ],
)
def test_a_past_denied_in_full_is_read_as_in_short(text: str, kind: Aside | None) -> None:
    assert aside_kind(text, _no_names) is kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I slept rather badly last night", Aside.COMMENT),  # a degree
        ("I'd rather sleep", None),  # a wish
        ("or rather firefox", None),  # another choice
    ],
)
def test_rather_as_a_degree_is_no_other_choice(text: str, kind: Aside | None) -> None:
    assert aside_kind(text, _no_names) is kind


def test_what_the_request_is_for_asked_with_it_is_an_aside() -> None:
    asked = clauses_of("Could you open firefox so I can relax?")
    assert aside_kinds(asked, _no_names) == [None, Aside.COMMENT]
    # a purpose a command may serve, or a time, stays the model's
    for text in ("Could you open firefox so I can open it?", "Open firefox so I can relax later?"):
        assert aside_kinds(clauses_of(text), _no_names)[-1] is None
    assert matcher.match("Should I open firefox so I can relax?") is None
