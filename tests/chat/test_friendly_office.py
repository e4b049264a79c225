"""Requests wrapped as a friend ("bestie", "love u", "ty!!"), hedged ("sorry if this is
dumb, but"), or in an office e-mail ("Per IT's advice", "for the audit trail", "Regards,
J. Patel"): the chatter is an aside, never part of a name, and the near misses go to
the model."""

from __future__ import annotations

import pytest

from milio.chat.understanding import chatter, matcher, office


def _answer(text: str) -> str | None:
    found = matcher.match(text)
    return None if found is None else found.system_message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("open spotify bestie", "001spotify"),
        ("open discord you're a star", "001discord"),
        ("open obsidian thank youuu bestie", "001obsidian"),
        ("open zoom ilysm", "001zoom"),
        ("good morning sunshine, play good as hell", "012good as hell|"),
        ("you're a star, shut down the computer", "106"),
        ("shut down the computer, see u tmrw!!", "106"),
    ],
)
def test_a_friends_chatter_is_an_aside(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a title or a name never swallows the chatter after it
        "play despacito bestie",
        "play despacito love u",
        "play despacito you are amazing",
        "play shape of you thanks bestie!!",
        "play despacito hehe",
        "play despacito yass queen",
        "play despacito uwu",
        "create a folder called Trips bestie",
        "create a folder called Trips love u",
        # nor a deferral said in an e-mail's words
        "Please delete the folder Old_Files upon approval",
        "Kindly delete the folder Reports pending approval",
        "Please play Clair de Lune should the guests arrive early",
        "Please play Clair de Lune upon arrival of the guests",
    ],
)
def test_no_name_holds_chatter_or_a_deferral(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sorry if this is dumb, but could you take a screenshot?", "011"),
        ("I don't know if this is allowed, but could you record a video with the webcam?", "104"),
        ("it's probably fine, but could you restart the computer?", "107"),
        ("open firefox for me? sorry if that's a weird thing to ask", "001firefox"),
        ("would it perhaps be possible to lower the volume by 20%?", "102%20"),
        ("is it okay if I ask you to take a screenshot?", "011"),
        ("I think I'd like a timer for 6 minutes, if that's possible?", "017360"),
        ("I'm not sure if it's called this, but open thunderbird", "001thunderbird"),
    ],
)
def test_a_hedge_of_the_asking_is_an_aside(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sorry for the asking, before the request or after it: no correction
        ("I'm so sorry to ask again but could you open Blender please", "001blender"),
        ("Apologies for the trouble — could you set a 90 second timer?", "01790"),
        ("Forgive me for asking, could you open the calculator?", "001calculator"),
        ("open chrome, sorry for the trouble", "001google chrome"),
        # the asker's leave, before or after, even after a title
        ("if it's not too much hassle, could you open youtube?", "014https://www.youtube.com/"),
        ("Um, would you mind playing clair de lune? If it's no bother.", "012clair de lune|"),
        ("If I may, could you take a quick photo with the camera?", "103"),
        ("I wonder, could you open Slack for me?", "001slack"),
        ("Would you mind if I asked you to open Notepad?", "001notepad"),
        # asking with the trouble it gives, the thanks, or the kindness of it
        (
            "Would it trouble you to rename the folder Photos to Holiday Photos?",
            "009Photos|Holiday Photos",
        ),
        ("Would it be a bother to delete the file draft_old.docx?", "007draft_old|docx"),
        ("I'd appreciate it very much if you would turn the volume down by 10.", "10210"),
        ("It would be very kind of you to put the computer to sleep.", "105"),
        ("I don't suppose you'd be able to start a stopwatch?", "018"),
        ("Could you do me a small favour and open WhatsApp?", "001whatsapp"),
        ("I think I need the volume lower, if that's ok", "1020"),
        # the music stopped for a while, a timer asked with what it is for
        ("sorry, could you stop the music for a sec? someone's at the door", "013"),
        ("Could you be a dear and set a timer for 3 minutes for my tea?", "017180"),
    ],
)
def test_an_over_polite_request_is_the_request(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "If I may open Zoom myself, that would be better.",  # leave asked for the user
        "Would it bother you if I closed Discord myself?",
        "I wonder, should I restart the computer?",
        "Would you mind if I opened Slack myself?",
        "Would it be a problem to shut down while it's still saving?",  # asks what it does
        "Would it be too much of a bother to open Zoom after lunch?",
        "I'm terribly sorry to bother you again, but should I shut down the computer?",
        "Apologies for the trouble, but please don't restart the computer.",
        "Forgive me, I already closed Spotify.",
        "I think I need to restart the computer, should I?",
        "I think I need to restart",  # maybe the user's own restart
        "Would you pause the music for a moment after this song?",
        "pause the music for 10 minutes",  # to start again then: the model's
        "set a timer for a sec and pause the music",
    ],
)
def test_over_polite_near_misses_go_to_the_model(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kindly take a screenshot for the audit trail. Regards", "011"),
        ("Please start the stopwatch for the fire drill. Many thanks.", "018"),
        ("Could you please restart the computer to apply the updates. Thank you.", "107"),
        ("Please set a timer for 15 minutes to keep the review on schedule. Regards", "017900"),
        ("Kindly put the computer to sleep. Regards, M. Okafor", "105"),
        ("Per IT's advice, could you please shut down the computer. Thank you.", "106"),
    ],
)
def test_an_office_frame_and_purpose_are_asides(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "don't open spotify bestie",
        "did you open spotify bestie?",
        "open spotify later bestie",
        "my bestie opened spotify lol",
        "open spotify and discord bestie",
        "bestie open spotify when i get home",
        "nighty night 🌙 don't put the computer to sleep",
        "sorry if this is dumb, but should I close chrome?",
        "I don't know if this is allowed, but don't delete the folder test123",
        "is it okay if I ask you to open chrome later?",
        "I think I'd like to go to youtube.com tonight",
        "open discord, not sure if this is allowed",
        "take a screenshot for the meeting tomorrow",
        "restart the computer to apply the patch tonight",
        "did you restart the computer to apply the patch?",
        "Please shut down the computer for an hour",
        "Please restart the computer for the maintenance window on Friday. Regards",
        "Please take a screenshot to attach to the ticket tomorrow. Regards",
        "I put the computer to sleep. Regards, J. Patel",
        "Per IT's advice, do not restart the computer.",
        "Could you please action the following: do not close Slack.",
    ],
)
def test_near_misses_go_to_the_model(text: str) -> None:
    assert _answer(text) is None


def test_a_purpose_is_no_time_nor_condition() -> None:
    assert office.without_purpose("take a screenshot for the audit trail") == "take a screenshot"
    assert office.without_purpose("take a screenshot for the meeting tomorrow") is None
    assert office.without_purpose("put the computer to sleep") is None


def test_chatter_inside_a_title() -> None:
    assert chatter.holds_chatter(["despacito", "bestie", "it's", "my", "jam"])
    assert not chatter.holds_chatter(["bestie"])  # a title's first word is its own
    assert chatter.defers(["x", "upon", "my", "return"])
    assert not chatter.defers(["once", "upon", "a", "time"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an emoji between an aside and the verb sets them apart as a comma would
        ("pizza's almost ready 🍕 set a timer for 9 min", "017540"),
        ("thx for everything today, put the computer to sleep", "105"),
        ("shhh bestie pause the music", "013"),
        # thanks in a friend's shorthand, or owning up to the asking, may end a name
        ("make a folder called Beach Pics pls, ty ty", "008Beach Pics"),
        ("rename the folder Stuff to Old Stuff? sorry if that's complicated", "009Stuff|Old Stuff"),
        ("could you close zoom? sorry, I'm new to this", "002zoom"),
        ("open chrome sorry I mean firefox", "001firefox"),
    ],
)
def test_asides_set_apart(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "don't 🙅 open zoom",
        "tomorrow 📅 open zoom",
        "did you 🤔 open zoom",
        "play hello, love u",
        "play good as hell its monday",
        "thx for everything today, you already shut down the computer",
    ],
)
def test_set_apart_near_misses_go_to_the_model(text: str) -> None:
    assert _answer(text) is None
