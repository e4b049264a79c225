"""The fast path: people's own phrasing answered locally; anything doubtful left to the model."""

from __future__ import annotations

import pytest

from milio.chat.understanding import matcher


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hey milio, could you please open Discord for me 🙏", "001discord"),
        ("OPEN SPOTIFY!!!", "001spotify"),
        ("can u pls launch vs code", "001visual studio code"),
        ("open the brave browser", "001brave browser"),
        ("open the app called linear", "001linear"),
        ("play league of legends", "001league of legends"),
        ("shut down spotify", "002spotify"),
        ("open battle.net", "001battle.net"),
        ("open netflix.com", "014https://netflix.com/"),
        ("go to www.bbc.co.uk", "014https://www.bbc.co.uk/"),
        ("open HTTPS://Example.com/Docs", "014https://example.com/Docs"),
        ("open youtube", "014https://www.youtube.com/"),
        ("set a timer for one and a half minutes", "01790"),
        ("a 25-minute timer", "0171500"),
        ("timer 1h30", "0175400"),
        ("countdown 10 mins", "017600"),
        ("set a timer", "0170"),
        ("volume up by twenty percent", "101%20"),
        ("turn it down a bit", "1020"),
        ("take a picture of my screen", "011"),
        ("snap a photo", "103"),
        ("start a webcam recording", "104"),
        ("pause spotify", "013"),
        ("power down", "106"),
        ("turn it off and on again", "107"),
        ("play blinding lights from the workout playlist", "012blinding lights|workout"),
    ],
)
def test_common_commands_in_peoples_own_words(text: str, expected: str) -> None:
    found = matcher.match(text)
    assert found is not None, text
    assert found.system_message == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("create a folder called .git", ".git"),
        ("delete the .git folder", ".git"),
        ("make a folder named iOS Builds", "iOS Builds"),
        ("create a folder named .env.local", ".env.local"),
        ("could you create a folder called Taxes for me", "Taxes"),
        ("create a folder called Recipes pls", "Recipes"),
        ("CREATE A FOLDER CALLED ARCHIVE", "ARCHIVE"),
    ],
)
def test_folder_names_are_kept_exactly_as_typed(text: str, name: str) -> None:
    found = matcher.match(text)
    assert found is not None
    assert found.payload == name


@pytest.mark.parametrize(
    "text",
    [
        # unsafe as typed: declined, never rewritten to fit
        "create a folder named x; rm -rf ~",
        "create a folder called $(reboot)",
        "create a folder called ../../etc",
        "delete the folder called -rf",
        "create a folder called rm -rf",
        "create folder C:",
        "create a folder named “Taxes”",
        "create a folder named ʺTaxesʺ",
        'open "discord"',
        "open https://example.com/?a=1&b=2",
        "open javascript:alert(1)",
        "open the app called calc.exe",
        # not a command to carry out now
        "don't open discord",
        "how do I open discord?",
        "I opened discord yesterday",
        "open discord in 5 minutes",
        "open discord if you can",
        "when I say go, start the stopwatch",
        "open discord and spotify",
        "opne discord",
        "open dicsord",
        "open the dicsord app",
        "open my music app",
        "open my photos",
        "play something relaxing",
        "record my screen",
        "set the volume to 50%",
        "set a timer for 0 minutes",
        "set a timer for -5 minutes",
        "volume up 500",
        "open the door",
        "open " + "discord " * 40,
    ],
)
def test_doubtful_requests_are_left_to_the_model(text: str) -> None:
    assert matcher.match(text) is None


def test_readings_that_differ_by_an_optional_word_are_one_reading() -> None:
    found = matcher.match("play yesterday from the beatles playlist")
    assert found is not None
    assert found.payload == "yesterday|beatles"


def test_the_matcher_is_built_once_and_timed() -> None:
    built = matcher.get_matcher()
    assert built is matcher.get_matcher()
    assert built.build_ms > 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a greeting, the assistant's name, a reason or a comment around the command
        ("hey milio, open discord, I have a meeting", "001discord"),
        ("close chrome, it froze again", "002google chrome"),
        ("Close Spotify. I'm done.", "002spotify"),
        ("close zoom - the call is over", "002zoom"),
        ("restart the computer because it keeps freezing", "107"),
        ("good morning! launch slack please", "001slack"),
        ("u there? open discord", "001discord"),
        # the whole command wrapped in quotes or emphasis
        ('"open discord"', "001discord"),
        ("**open spotify** thanks!", "001spotify"),
        ("`close zoom`", "002zoom"),
        # other Englishes, disfluencies, indirect requests, shorthand, noun phrases
        ("please to open spotify", "001spotify"),
        ("open for me the chrome", "001google chrome"),
        ("make louder the volume", "101"),
        ("do restart of the computer", "107"),
        ("you can create folder with name Projects", "008Projects"),
        ("open um slack", "001slack"),
        ("set a timer for uh 5 minutes", "017300"),
        ("would you mind taking a screenshot", "011"),
        ("get the stopwatch going", "018"),
        ("start recording on the webcam", "104"),
        ("vol up 6", "1016"),
        ("put the computer in sleeping mode", "105"),
        ("pop open notion", "001notion"),
    ],
)
def test_the_command_inside_a_longer_message(text: str, expected: str) -> None:
    found = matcher.match(text)
    assert found is not None, text
    assert found.system_message[: len(expected)] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("create a folder called 📚 Reading List", "📚 Reading List"),
        (
            "hey milio, create a folder called 📚 Reading List, I'm sorting my books",
            "📚 Reading List",
        ),
        ("make a folder named 👩\u200d💻 Work", "👩\u200d💻 Work"),
        ("create a folder called Фото", "Фото"),
        ("create a folder named 写真", "写真"),
        ("create a folder called v2.0", "v2.0"),
        ("delete the folder named old.backup", "old.backup"),
    ],
)
def test_names_keep_their_emoji_scripts_and_dots(text: str, name: str) -> None:
    found = matcher.match(text)
    assert found is not None, text
    assert found.payload == name


@pytest.mark.parametrize(
    "text",
    [
        # two commands
        "open discord, then spotify",
        "open chrome, firefox too",
        "take a screenshot then restart the computer",
        "open slack. open zoom.",
        # a clause that negates, asks, reports, conditions or defers the command
        "open discord, no wait, don't",
        "open chrome, not firefox",
        "close chrome, would that help?",
        "the error says: open discord failed",
        "he said, open spotify",
        "shut down the computer when the download finishes",
        "open zoom, in 5 minutes",
        "open discord, I think",
        "you can open discord?",
        "would you mind if I closed spotify",
        # what follows a name may belong to it; a name is taken whole or not at all
        "play Hello, Goodbye",
        "create a folder called Salt and Pepper",
        "create a folder called Tax um Returns",
        "create a folder named Trips ✈️",
        "create a folder called x\u200d",
        'open "spotify" for me',
    ],
)
def test_a_doubtful_clause_leaves_the_whole_message_to_the_model(text: str) -> None:
    assert matcher.match(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kindly open discord yaar", "001discord"),
        ("open spotify na", "001spotify"),
        ("do one thing, open chrome", "001google chrome"),
        ("close the zoom lah", "002zoom"),
        ("set a timer for five minutes period", "017300"),
        ("I was wondering if you could open firefox", "001firefox"),
        ("open spotify pleaseeee", "001spotify"),
        ("ss my screen", "011"),
        ("close chrome its lagging", "002google chrome"),
        ("vol down pls its 2 loud", "102"),
    ],
)
def test_other_englishes_dictation_and_texting(text: str, expected: str) -> None:
    found = matcher.match(text)
    assert found is not None, text
    assert found.system_message[: len(expected)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "play Hey Ya",  # "ya" may end a request or a title: the title is not cut short
        "create a folder called Sunday na",
        "set a timer for 2 minutes",  # "2" is never read as "too"
    ],
)
def test_a_tag_that_may_end_a_name_is_never_cut_from_it(text: str) -> None:
    found = matcher.match(text)
    assert found is None or found.system_message == "017120"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(close zoom)", "002zoom"),
        ("```open discord```", "001discord"),
        ("> open spotify", "001spotify"),
        ("„open discord“", "001discord"),
        ("discord please open", "001discord"),
        ("screenshot take please", "011"),
        ("computer restart please", "107"),
        ("the volume make higher", "101"),
        ("pop a timer on for ten minutes", "017600"),
        ("a photo with the webcam", "103"),
        ("could you be a love and open discord", "001discord"),
        ("fire up steam would ya", "001steam"),
    ],
)
def test_wrappers_word_orders_and_frames_of_other_englishes(text: str, expected: str) -> None:
    found = matcher.match(text)
    assert found is not None, text
    assert found.system_message[: len(expected)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "discord open?",  # asks whether it is
        "I need to go to sleep",
        "open discord im kidding",
        "open discord its fine I did it already",
        "shut down the computer im still working",
        "keep discord open",  # a verb said last is only another reading: none here
    ],
)
def test_a_verb_said_last_or_a_comment_that_takes_it_back_is_left_to_the_model(
    text: str,
) -> None:
    assert matcher.match(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("open chrome, no wait, open firefox", "001firefox"),
        ("open chrome no wait open firefox", "001firefox"),
        ("close word... actually no, close excel", "002microsoft excel"),
        ("play despacito -- scratch that, pause the music", "013"),
        ("hey milio open chrome, actually, open firefox, thanks", "001firefox"),
        # a bare name takes the cancelled command's place, read by the same reader
        ("open spotify sorry I mean discord", "001discord"),
        ("open spotify, or rather discord", "001discord"),
        ("open chrome, no wait, firefox", "001firefox"),
        ("close slack, I mean zoom", "002zoom"),
        ("set a timer for 5 minutes, make that 10 minutes", "017600"),
        ("volume up 10%, I mean 20%", "101%20"),
        ("create a folder called Taxes, sorry I mean 📚 Reading", "008📚 Reading"),
        # a correction cut in pieces, hesitations, "instead", "make it", a sign-off
        ("Open Spotify. Wait, no — open Apple Music instead.", "001apple music"),
        ("close chrome... no, I meant firefox", "002firefox"),
        ("open slack, er, I mean teams", "001microsoft teams"),
        ("open discord. nvm, open slack", "001slack"),
        ("open discord, on second thought, open slack", "001slack"),
        ("open discord... wait, no. slack.", "001slack"),
        ("set a timer for 3 minutes, no, make it 5 minutes", "017300"),
        ("Open Chrome. Sorry, I meant Firefox.", "001firefox"),
        ("open chrome, no, firefox please", "001firefox"),
        ("restart the computer — no wait, shut it down", "106"),
        # what is taken back need not be a command the fast path knows
        ("play some jazz -- scratch that, pause the music", "013"),
        ("open spotify, I mean the discord app", "001discord"),
        # the words said instead take the place of the last words taken back
        ("set a timer for 5, no, 10 minutes", "017600"),
        ("turn the volume up, no, down", "1020"),
        ("take a screenshot, no, a photo", "103"),
        ("open chrome, or actually firefox", "001firefox"),
        ("Open Spotify — oh wait, I meant Apple Music", "001apple music"),
        ("open chrome, nope, firefox", "001firefox"),
        ("open chrome, I meant to say firefox", "001firefox"),
        ("open chrome. Let me rephrase: open firefox.", "001firefox"),
        ("set a timer for 5 minutes. Change that to 10 minutes.", "017600"),
    ],
)
def test_a_correction_takes_back_the_command_before_it(text: str, expected: str) -> None:
    found = matcher.match(text)
    assert found is not None, text
    assert found.system_message == expected


@pytest.mark.parametrize(
    "text",
    [
        "open chrome, no wait, don't",  # the correction is a negation
        "open chrome, no wait, open firefox, no wait, open edge",  # two corrections
        "open chrome, actually I'm tired",  # only a comment after it
        "open chrome, actually, thanks",
        "open chrome, sorry for the trouble",
        "open spotify, I mean it",
        "open spotify, no wait",  # nothing after it
        "open chrome, actually open firefox and spotify",  # two commands after it
        "open chrome, actually open firefox too",
        "he said open chrome, no wait, open firefox",  # nothing to take back
        "open chrome, no firefox",  # "not firefox"?
        "open chrome, I mean, if you can",
        "open chrome, no wait, the door",  # a name that does not fit the reader
        "set a timer for 5 minutes, no, 10",  # "10" is no duration
        "play Hello, I mean Goodbye",  # a title may be any words
        "open spotify, I mean, close it",
        "open discord. nvm",  # never mind it all
        "open discord, on second thought, don't",
        "open discord, actually maybe not",
        "open discord. Sorry, I meant to say close it.",
        "open spotify, um, make it louder",  # "make it" alone is a second command
        "if it's slow open chrome, no wait, open firefox",  # a condition taken back?
        "play some jazz scratch that pause the music",  # not set apart: maybe a title
        "play some jazz, no wait, firefox",  # a bare name needs the command it replaces
        "open spotify, I mean the other one",
        "close slack, I mean the browser",
        "play hello, no, goodbye",  # a title may be any words
        "open chrome, nope",
        "open chrome, nope firefox",  # a bare "nope" corrects only set apart
        "open spotify, no, close",
        "set a timer for 5 no 10 minutes",  # not set apart
        "set a timer for 3 minutes, no 5 minutes",  # "no 5 minutes": not set apart
    ],
)
def test_a_correction_that_leaves_things_unclear_goes_to_the_model(text: str) -> None:
    assert matcher.match(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "good morning milio, I hope your weekend was lovely. please launch slack. "
            "thanks so much!",
            "001slack",
        ),
        (
            "Hi there. My computer has been acting strange all afternoon, the mouse keeps "
            "freezing and nothing responds properly. Please restart the computer. Much "
            "appreciated.",
            "107",
        ),
        (
            "Dear Milio, I hope you are doing well. My hearing is not what it used to be. "
            "Please turn up the volume. Kind regards, Margaret",
            "1010",
        ),
        (
            "My husband went to bed and I am finishing up my reading. Please put the "
            "computer to sleep. Thank you kindly.",
            "105",
        ),
        ("I need to finish my essay tonight, it's due tomorrow morning. open word please", "001"),
        ("im done gaming for tonight, close steam", "002steam"),
        ("close zoom, my boss is waiting", "002zoom"),
        ("turn the volume down, my roommate is sleeping", "102"),
        ("Could you please, if you don't mind, open Spotify?", "001spotify"),
        ("open spotify, could you?", "001spotify"),
        ("Would you be so kind as to open Spotify for me, dear?", "001spotify"),
        ("Good day. Do me a favour and open Spotify. Much obliged.", "001spotify"),
        ("gg, close valorant", "002valorant"),
        ("close steam, the game keeps crashing", "002steam"),
        ("open slack, I have so much to do today", "001slack"),
        ("Hey Milio, hope you're doing well! Open Spotify please.", "001spotify"),
        ("Been a long day. Open spotify.", "001spotify"),
        ("open discord, I mean, the squad is waiting", "001discord"),  # says more
    ],
)
def test_one_command_among_sentences_that_are_plainly_not_commands(
    text: str, expected: str
) -> None:
    found = matcher.match(text)
    assert found is not None, text
    assert found.system_message[: len(expected)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hey Milio. I have been working all day. Open Spotify. Also close Chrome.",
        "Hi. My son said I should open Spotify. Is that right?",
        "Good morning. If the meeting starts, open zoom. Thanks.",
        "Hi milio, I was thinking maybe you could open slack, not sure though.",
        "Hello. Open slack. Actually never mind.",
        "open slack, the meeting is at 3",
        "open slack, I need it tonight",
        "open spotify, my friend wants discord",
        "close chrome, the browser is useless too",
        "Hi milio. " + "I have been busy. " * 12 + "Open slack.",  # past the clause bound
        # a fragment says what the vocabulary does not know: maybe a time or a command
        "mañana, open spotify",
        "sube el volumen, open spotify",
        "vol down pls, open spotify",
        "Long day at the office. Open Spotify please.",
        "open discord. Busy week.",
    ],
)
def test_a_long_message_with_a_doubtful_sentence_goes_to_the_model(text: str) -> None:
    assert matcher.match(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("create a folder called Project Wait No Time", "Project Wait No Time"),
        ("create a folder called Stuff I mean Things", "Stuff I mean Things"),
        ("make a folder named Taxes Actually Useful", "Taxes Actually Useful"),
    ],
)
def test_words_of_a_correction_inside_a_name_never_cut_it(text: str, name: str) -> None:
    found = matcher.match(text)
    assert found is None or found.payload == name


def test_the_comments_matched_against_the_templates_in_one_message_are_bounded() -> None:
    # "my computer is slow" holds a template's word: it is matched, to be sure it is
    # no command; "my boss is waiting" holds none and costs no match.
    checked = "My computer is slow. " * matcher.MAX_CHECKED_COMMENTS
    found = matcher.match(f"Hi milio. {checked}My boss is waiting. Open slack. Thanks!")
    assert found is not None
    assert found.system_message == "001slack"
    assert matcher.match(f"Hi milio. {checked}My computer is slow. Open slack.") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("create a folder called Taxes, I mean Pretty Please", "Pretty Please"),
        ("create a folder called Taxes, no, 📚 Reading List!", "📚 Reading List"),
        ("make a folder named A, sorry, B.C", "B.C"),
    ],
)
def test_a_name_said_instead_is_taken_exactly_as_typed(text: str, name: str) -> None:
    found = matcher.match(text)
    assert found is None or found.payload == name
