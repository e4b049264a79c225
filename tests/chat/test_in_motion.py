"""Messages typed in motion or excitement: a driver's few words, a commentator's play-by-play,
a shell line typed from habit."""

from __future__ import annotations

import pytest

from milio.chat.understanding import commentary, matcher, road


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("driving, vol up", "101"),
        ("vol up - driving", "101"),
        ("parked. screenshot", "011"),
        ("red light. open discord", "001discord"),
        ("hands full - pause music", "013"),
        ("timer 10 min, parked", "017600"),
        ("one hand. open discord", "001discord"),
        ("im driving rn, open spotify", "001spotify"),
        ("at the pump. timer 5 min", "017300"),
    ],
)
def test_where_a_driver_is_said_beside_a_command_is_a_comment(text: str, expected: str) -> None:
    found = matcher.match(text)
    assert found is not None
    assert found.system_message.startswith(expected)


@pytest.mark.parametrize(
    "text",
    [
        "driving? vol up",  # asked
        "parked? open spotify",
        "when parked, open spotify",  # a condition
        "if driving, vol up",
        "at the next red light, open spotify",  # then, not now
        "after the next song, pause",
        "driving, don't open spotify",  # negated
        "parked, i opened spotify",  # told
        "driving, my wife opened spotify",  # someone else's doing
        "driving, open spotify and vol up",  # two commands
        "driving. open spotify later",  # deferred
        "not driving, vol up",
        "red light, play despacito - driving",  # a title may go on
    ],
)
def test_a_driver_s_words_that_bear_on_the_command_go_to_the_model(text: str) -> None:
    assert matcher.match(text) is None


def test_only_whole_phrases_say_where_a_driver_is() -> None:
    assert road.is_on_the_move(["im", "driving", "rn"])
    assert not road.is_on_the_move(["driving", "playlist"])
    assert not road.is_on_the_move(["traffic"])  # a topic one may look up
    assert road.waits_for_the_next(["at", "the", "next", "exit"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AND MILIO OPENS SPOTIFY! what a move", "001spotify"),
        ("Milio steps up... takes the screenshot!", "011"),
        ("and milio fires up discord!!", "001discord"),
        ("MILIO CRANKS THE VOLUME!!!", "101"),
        ("and Milio sets a timer for 5 minutes", "017300"),
        ("Milio plays Despacito!", "012Despacito|"),  # the title as typed
    ],
)
def test_the_assistant_s_move_called_as_it_happens_is_a_request(text: str, expected: str) -> None:
    found = matcher.match(text)
    assert found is not None
    assert found.system_message.startswith(expected)


@pytest.mark.parametrize(
    "text",
    [
        "milio opens spotify?",  # asked
        "milio opened spotify!",  # told
        "milio never opens spotify!",
        "milio opens spotify when i log in!",  # a habit
        "milio opens spotify every morning!",
        "milio opens spotify",  # no call of a play: may tell a habit
        "milio opens spotify in 5 minutes!",  # deferred
        "milio opens spotify and he takes a screenshot!",  # two moves
        "AND HE OPENS SPOTIFY!",  # someone else's move
        "my brother says milio opens spotify!",
        "milio opens spotify by itself!",
        "milio restarts the pc!",  # may be a complaint; never the machine's restart
        "milio closes chrome! thank god it works now",  # told: a close loses work
        "AND MILIO KILLS DISCORD!",
        "if milio opens spotify, pause it",
    ],
)
def test_a_move_told_asked_or_someone_else_s_goes_to_the_model(text: str) -> None:
    assert matcher.match(text) is None


def test_only_the_move_is_said_again_the_rest_as_typed() -> None:
    assert commentary.as_request("AND MILIO OPENS SPOTIFY!") == "open SPOTIFY!"
    assert commentary.as_request("he opens spotify!") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("stuck in traffic. spotify pls", "001spotify"),  # a name and a word that asks
        ("spotify pls. driving", "001spotify"),
        ("turn it down, too loud", "102"),  # the reason asks for the same
        ("vol up, too quiet", "101"),
        ("timer 2h parking", "0177200"),  # what it is for, after the duration
        ("timer 15 min - parking meter", "017900"),
        ("timer 45 sec - noodles", "01745"),  # any unit of the clock
    ],
)
def test_a_terse_name_a_reason_or_a_purpose_beside_the_command(text: str, expected: str) -> None:
    found = matcher.match(text)
    assert found is not None
    assert found.system_message.startswith(expected)


@pytest.mark.parametrize(
    "text",
    [
        "driving. spotify now?",
        "spotify pls, then discord",
        "vol up, too loud",  # the reason asks for the other way
        "too loud, close spotify",
        "not too loud, vol up",
        "too loud, turn it down later",
        "timer 2h parking tomorrow",
        "timer 45 secs noodles in 10 min",
        "timer 10 min pasta, 5 min eggs",
        "i set a timer 10 min pasta",
    ],
)
def test_a_reason_or_purpose_that_bears_on_the_command_goes_to_the_model(text: str) -> None:
    assert matcher.match(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("boom! open spotify", "001spotify"),
        ("back of the net! screenshot", "011"),
        ("final whistle, close steam", "002steam"),
        ("what a run! volume up", "101"),
        ("here we go folks, open discord", "001discord"),
    ],
)
def test_a_commentator_s_call_beside_the_command_is_a_remark(text: str, expected: str) -> None:
    found = matcher.match(text)
    assert found is not None
    assert found.system_message.startswith(expected)


@pytest.mark.parametrize(
    "text",
    [
        "boom! i opened spotify",
        "get in there! screenshot it later",
        "final whistle, close steam and discord",
        "what a run! he turned the volume up",
    ],
)
def test_a_call_beside_a_told_deferred_or_double_command_goes_to_the_model(text: str) -> None:
    assert matcher.match(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("app open spotify", "001spotify"),  # the noun, then its verb
        ("app close discord", "002discord"),
        ("systemctl hibernate", "105"),
        ("amixer set Master 10%+", "101%10"),
        ("amixer -q sset Master 5%-", "102%5"),
        ("firefox github.com", "014https://github.com/"),
        ("mv notes.txt ideas.txt", "006notes|txt|ideas"),
        ("nano todo.md", "003todo|md"),
        ("milio --timer 5m", "017300"),
    ],
)
def test_shell_lines_that_say_the_action_are_answered(text: str, expected: str) -> None:
    found = matcher.match(text)
    assert found is not None
    assert found.system_message == expected


@pytest.mark.parametrize(
    "text",
    [
        "sleep 300",  # the shell waits; the machine does not sleep
        "mv notes.txt notes.md",  # another extension
        "mv notes.txt ~/Documents/notes.txt",  # moved, not renamed
        "firefox youtube.com?",
        "app open spotify discord",
        "amixer set Master 10%",  # a level, not a step
        "nano notes.txt && rm notes.txt",
        "vim ~/notes.txt",
        "md Projects",  # may be markdown
    ],
)
def test_shell_lines_that_say_more_or_else_go_to_the_model(text: str) -> None:
    assert matcher.match(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gg ez, screenshot", "011"),
        ("ff, close league", "002league of legends"),
        ("massive W, screenshot", "011"),
        ("victory royale! screenshot", "011"),
        ("queue timer 5 min", "017300"),
    ],
)
def test_a_gamer_s_call_beside_the_command_is_filler(text: str, expected: str) -> None:
    found = matcher.match(text)
    assert found is not None
    assert found.system_message == expected


@pytest.mark.parametrize(
    "text",
    [
        "gg ez, i closed league",
        "ff, close league later",
        "pog, close league and discord",
        "play despacito, pog",  # a title may go on
        "gg wp, should i close league",
    ],
)
def test_a_gamer_s_call_beside_what_is_no_request_goes_to_the_model(text: str) -> None:
    assert matcher.match(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TAKE THE SCREENSHOOOOT", "011"),
        ("crank it uppppp", "101"),
        ("louderrrr", "101"),
        ("pause the musiccc", "013"),
        ("create a folder called Uppp", "008Uppp"),  # a name stays as typed
        ("play Shout Outtt", "012Shout Outtt|"),
        ("omw, open spotify", "001spotify"),
        ("driving lol, vol up", "101"),
    ],
)
def test_a_word_shouted_stretched_reads_as_the_word_and_a_name_as_typed(
    text: str, expected: str
) -> None:
    found = matcher.match(text)
    assert found is not None
    assert found.system_message.startswith(expected)


def test_a_stretched_name_is_not_read_as_a_known_one() -> None:
    assert matcher.match("OPEN SPOTIFYYYY") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("louder pls driving", "101"),
        ("pause music driving rn", "013"),
        ("screenshot parked", "011"),
    ],
)
def test_where_a_driver_is_typed_on_without_a_comma(text: str, expected: str) -> None:
    found = matcher.match(text)
    assert found is not None
    assert found.system_message.startswith(expected)


@pytest.mark.parametrize(
    "text",
    [
        "vol up driving?",
        "open spotify when driving",
        "open spotify after driving",
        "dont open spotify driving",
        "open spotify and discord driving",
        "open spotify while driving",
    ],
)
def test_driving_typed_on_as_a_condition_or_beside_more_goes_to_the_model(text: str) -> None:
    assert matcher.match(text) is None
