"""Commands typed the command-line way, said again in plain words (and then matched)."""

from __future__ import annotations

import pytest

from milio.chat.understanding import matcher
from milio.chat.understanding.command_line import plain_command


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("milio> open spotify", "open spotify"),
        ("$ open spotify", "open spotify"),
        ("/open spotify", "open spotify"),
        ("!open spotify", "open spotify"),
        ("sudo reboot", "reboot"),
        ("open --app slack", "open slack"),
        ("close --app=slack", "close slack"),
        ("open -a Slack", "open Slack"),
        ('open -a "Google Chrome"', "open Google Chrome"),
        ("open -a Google  Chrome", "open Google  Chrome"),  # blanks kept as typed
        ("timer --minutes 5", "timer 5 minutes"),
        ("timer --duration 1h30", "timer for 1h30"),
        ("volume up=10", "volume up 10"),
        ("volume --up 10", "volume up 10"),
        ("volume --up", "volume up"),
        ("open(spotify)", "open spotify"),
        ("open('spotify')", "open spotify"),
        ("set_timer(minutes=5)", "set timer 5 minutes"),
        ("take_screenshot()", "take screenshot"),
        # a command named in code, a program and the flags that say the action
        ("open_app spotify", "open spotify"),
        ('open_app("spotify")', "open spotify"),
        ("set-timer 5m", "set timer 5m"),
        ("killall Slack", "close Slack"),
        ("kill -9 chrome", "close chrome"),
        ("shutdown -r now", "restart now"),
        ("$ sudo shutdown -h now", "shut down now"),
        ("mkdir -p Projects", "mkdir Projects"),
        ("close chrome --force", "close chrome"),
        ("milio volume +10", "milio volume up 10"),
        ("vol -5%", "vol down 5%"),
        ("open app:spotify", "open spotify"),
        ("cmd: open spotify", "open spotify"),
        ("PS C:\\> start spotify", "start spotify"),
        ("C:\\Users\\me> start spotify", "start spotify"),
        ("me@laptop:~$ open -a Spotify", "open Spotify"),
        ("exec spotify", "open spotify"),
        ("init 6", "restart"),
        ("shutdown /s", "shut down"),
        ("touch notes.txt", "create the file notes.txt"),
        ("rm notes.txt", "delete the file notes.txt"),
        ("vol++", "vol up"),
        ("volume -= 10", "volume down 10"),
    ],
)
def test_a_command_line_shape_is_said_plainly(text: str, plain: str) -> None:
    assert plain_command(text) == plain


@pytest.mark.parametrize(
    "text",
    [
        "open spotify",  # no command-line shape: the matcher reads it as it is
        "shutdown -k now",  # an unknown flag may change what the command does
        "open --new-window chrome",
        "rm -rf /",
        "/Users/me open",  # a path, not a chat command
        "open(spotify, discord)",  # two arguments
        'open -a "Goo"gle"',  # a quote inside the value
        "timer --minutes",  # a flag that needs a value has none
        "create a folder called a=b",
        'open "discord"',  # quotes that may belong to the name, outside any flag
        "$ " + "open discord " * 20,
        "sudoku",  # a word that starts like a prompt
        "executive summary",
        "email me@example.com",
    ],
)
def test_anything_else_is_left_as_it_is(text: str) -> None:
    assert plain_command(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("milio> open spotify", "001spotify"),
        ("/open spotify", "001spotify"),
        ("open --app slack", "001slack"),
        ('open -a "Google Chrome"', "001google chrome"),
        ("timer --minutes 5", "017300"),
        ("volume up=10", "10110"),
        ("open(spotify)", "001spotify"),
        ("$ shutdown now", "106"),
        ("/screenshot", "011"),
        ("mkdir --name 📚Reading", "008📚Reading"),
        ("open_app spotify", "001spotify"),
        ("killall Slack", "002slack"),
        ("shutdown -r now", "107"),
        ("milio volume -10", "10210"),
        ("rmdir Old.Stuff", "010Old.Stuff"),
        ("open -a Spotify.app", "001spotify"),
        ("poweroff", "106"),
        ("Stop-Process spotify", "002spotify"),
        ("New-Item -ItemType Directory Projects", "008Projects"),
        ("screenshot --full", "011"),
        ("milio --open spotify", "001spotify"),
        ("milio --kill chrome", "002google chrome"),
        ("execute: open spotify", "001spotify"),
        ("exec discord", "001discord"),
        ("sudo exec spotify", "001spotify"),
        ("init 0", "106"),
        ("shutdown /r", "107"),
        ("Restart-Computer", "107"),
        ("taskkill /f /im chrome", "002google chrome"),
        ("touch notes.txt", "005notes|txt"),
        ("rm notes.txt", "007notes|txt"),
        ("del report.docx", "007report|docx"),
        ("rm -r Projects", "010Projects"),
        ("screencapture", "011"),
        ("vol++", "1010"),
        ("volume += 10", "10110"),
        ("volume-=5%", "102%5"),
        ("/photo", "103"),
        ("!video", "104"),
        ("/sleep", "105"),
        ("screenshot --fullscreen", "011"),
        ("stopwatch --start", "018"),
    ],
)
def test_command_line_commands_are_answered(text: str, expected: str) -> None:
    found = matcher.match(text)
    assert found is not None, text
    assert found.system_message == expected


@pytest.mark.parametrize(
    "text",
    [
        "$ rm -rf ~",
        "/open spotify; reboot",
        "open --app $(reboot)",
        "open(../../etc)",
        "mkdir --name x;rm",
        "shutdown -k now",
        "open -a slack discord",  # two names, or one unknown
        "/open discord --in 5m",
        "open spotify && exit",
        "volume -10 +10",
        "open_app spotify discord",
        "killall",
        "open -a Unknownthing.app",  # an application the tables do not know
        "play -s despacito",  # a letter flag: seconds, or a song?
        "timer -m 5",
        "timer --minutes five",  # an amount is a number
        "close --all chrome",  # a flag that changes what is closed
        "milio --open spotify --close discord",  # two commands
        "milio --open",
        "exec open spotify",
        "init 3",
        "touch grass",  # a file's commands want a file's name
        "rm notes",
        "rm -f notes.txt",
        "rm *.txt",
        "rm ~/notes.txt",
        "rm -r ~",
        "rm -rf Projects",
        "del /q report.docx",
        "screencapture -x shot.png",
        "vol ++ 5",  # "++" steps by one
        "volume -= 500",
        "/sleep 5",
        "rm notes.txt?",  # asks whether to
        "killall Slack?",
        "/photo of my cat",
    ],
)
def test_unsafe_or_unclear_command_lines_go_to_the_model(text: str) -> None:
    assert matcher.match(text) is None


@pytest.mark.parametrize(
    "text",
    ["rm notes.txt todo.txt", "rm -r Drafts Old", "rmdir Drafts Old", "mkdir Tax Returns"],
)
def test_several_paths_after_a_shell_command_go_to_the_model(text: str) -> None:
    # a shell reads "rm a b" as two paths: no one name of a file or folder
    assert matcher.match(text) is None


@pytest.mark.parametrize(
    ("text", "expected"), [("shutdown /s /t 0", "106"), ("shutdown -r -t 0", "107")]
)
def test_a_shutdown_timed_now_is_one(text: str, expected: str) -> None:
    found = matcher.match(text)
    assert found is not None
    assert found.system_message == expected
