"""A command typed the way a command line takes one, said again in plain words.

"milio> open spotify", "$ open spotify", "/open spotify", "!open spotify",
"open --app slack", "open -a Slack", "timer --minutes 5", "volume up=10",
"open(spotify)", "exec spotify", "vol += 10": :func:`plain_command` gives "open spotify",
"open slack", "timer 5 minutes", "volume up 10", which the matcher then reads like any
sentence; a known application's name alone after a prompt ("$ spotify", "run: discord")
is run, "open spotify". Only when the shape is plain: an unknown flag ("shutdown -r"), a
second argument, or a quote inside a value leave the message as it is (and
so to the model). A value is copied exactly as typed, between its quotes if
it had them: a name is never rewritten.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import Enum

from milio.chat.understanding.applications import known_application
from milio.chat.understanding.durations import CLOCK_UNITS
from milio.chat.understanding.websites import url_shaped

MAX_CHARS = 160


class _Says(Enum):
    """How a flag and its value are said (_SAID puts the value where ``{value}`` is)."""

    VALUE = "--app slack -> slack"
    UNIT = "--minutes 5 -> 5 minutes"
    FLAG = "--up 10 -> up 10; alone: --up -> up"
    FOR = "--duration 5m -> for 5m"
    BY = "--by 10 -> by 10"
    VERB = "milio --open spotify -> open spotify; alone: --pause -> pause"


_SAID: Mapping[_Says, str] = {
    _Says.VALUE: "{value}",
    _Says.UNIT: "{value} {name}",
    _Says.FLAG: "{name} {value}",
    _Says.FOR: "for {value}",
    _Says.BY: "by {value}",
    _Says.VERB: "{name} {value}",
}


# The flags (and keys of key=value) understood, and how each is said in words.
# Long names only, but "-a" (macOS "open -a"): a letter means another thing to each
# program ("-s": seconds, or a song?).
_FLAGS: Mapping[str, _Says] = {
    **dict.fromkeys(("app", "application", "a", "name", "program"), _Says.VALUE),
    **dict.fromkeys(("url", "site", "link", "website"), _Says.VALUE),
    **dict.fromkeys(("song", "track", "title", "folder", "dir", "directory"), _Says.VALUE),
    **dict.fromkeys(CLOCK_UNITS, _Says.UNIT),
    **dict.fromkeys(("duration", "time", "length", "for"), _Says.FOR),
    **dict.fromkeys(("by", "amount", "step", "percent"), _Says.BY),
    **dict.fromkeys(("up", "down"), _Says.FLAG),
    # the command itself given as a flag: "milio --open spotify", "spotify --pause"
    **dict.fromkeys(
        ("open", "close", "launch", "quit", "kill", "play", "pause", "mute", "unmute"),
        _Says.VERB,
    ),
    **dict.fromkeys(
        ("restart", "reboot", "shutdown", "screenshot", "stopwatch", "start", "timer"),
        _Says.VERB,
    ),
}
_ALONE = (_Says.FLAG, _Says.VERB)  # may come without a value
_NUMBERS = (_Says.UNIT, _Says.FLAG, _Says.FOR, _Says.BY)  # take a number
# The flags that change nothing said in words: "close chrome --force", "open spotify --now".
_NO_VALUE = frozenset(
    ("now", "force", "yes", "quiet", "full", "fullscreen", "background", "silent")
)
# What may come before the command: a prompt ("milio> ", "$ ", "❯ "), "sudo", "cmd:".
_PROMPT = re.compile(
    r"(?:(?:milio|mileo|milo)\s*[>$%:]|>{1,3}|[$%❯»]|sudo|(?:cmd|command|run|exec|execute)\s*[:>])"
    r"\s+"
    r"|(?:(?:PS\s+)?[a-z]:\\[^>\s]*>"  # Windows: "C:\Users\me>", "PS C:\>"
    r"|[\w.-]+@[\w.-]+(?::[^\s$#]*)?[$#]"  # "me@laptop:~$"
    r"|(?:[\w.-]+@[\w.-]+\s+)?~[^\s$%#]*\s*[$%#])\s*",  # "~ $", "me@mbp ~ %" (zsh)
    re.IGNORECASE,
)
# A chat command: "/open spotify", "!timer 5m", "--open spotify"; not a path ("/Users/me").
_CHAT_COMMAND = re.compile(r"(?:[/!]|--)(?=[a-z][a-z_-]*(?:\s|$))", re.IGNORECASE)
# A chat command of one word that is no command said alone: "/photo" takes one.
_CHAT_NOUNS: Mapping[str, str] = {
    **dict.fromkeys(("photo", "picture", "pic"), "take a photo"),
    **dict.fromkeys(("video", "vid"), "record a video"),
    "sleep": "put the computer to sleep",
}
# A command named in code: "open_app", "set-timer", "take_screenshot".
_CODE_NAME = re.compile(r"([a-z]+(?:[_-][a-z]+)+)(?=\s|$)", re.IGNORECASE)
# The kind of thing a code name may end with: "open_app spotify" is "open spotify".
_KIND_WORDS = frozenset(("app", "application", "music"))
# Programs and their flags that say an action: "killall Slack", "shutdown -r now".
_PROGRAMS: Mapping[str, str] = {
    **dict.fromkeys(("killall", "pkill", "kill -9", "kill -15", "taskkill /im"), "close"),
    **dict.fromkeys(("killall -9", "pkill -9", "pkill -f"), "close"),
    **dict.fromkeys(
        ("shutdown -h", "systemctl poweroff", "poweroff", "stop-computer"), "shut down"
    ),
    **dict.fromkeys(("shutdown -r", "systemctl reboot"), "restart"),
    "stop-process": "close",
    "start-process": "open",
    "new-item -itemtype directory": "mkdir",
    **dict.fromkeys(("systemctl suspend", "pmset sleepnow"), "put the computer to sleep"),
    **dict.fromkeys(("init 6", "shutdown /r", "restart-computer"), "restart"),
    **dict.fromkeys(("init 0", "shutdown /s", "shutdown -s"), "shut down"),
    # In 0 seconds: now ("/t 60" is later, and stays unread).
    "shutdown /s /t 0": "shut down",
    "shutdown /r /t 0": "restart",
    "taskkill /f /im": "close",
    **dict.fromkeys(("rmdir", "rm -r"), "delete the folder"),
    **dict.fromkeys(("shutdown /s /t 0", "shutdown -s -t 0"), "shut down"),
    **dict.fromkeys(("shutdown /r /t 0", "shutdown -r -t 0"), "restart"),
    "mkdir -p": "mkdir",
    # A file's own commands: the file templates then want a name with its extension.
    "touch": "create the file",
    **dict.fromkeys(("rm", "del"), "delete the file"),
    **dict.fromkeys(("screencapture", "gnome-screenshot", "scrot"), "take a screenshot"),
    # "exec spotify" runs it; "exec: open spotify" is a prompt (_PROMPT).
    **dict.fromkeys(("xdg-open", "exec"), "open"),
    # A command's noun then its verb, as a CLI groups them: "app open spotify".
    **{f"{app} {verb}": "open" for app in ("app", "apps") for verb in ("open", "launch", "start")},
    **{f"{app} {verb}": "close" for app in ("app", "apps") for verb in ("close", "kill", "quit")},
    "systemctl hibernate": "put the computer to sleep",
    "goto": "go to",
}
# Programs that take paths: "rm notes.txt todo.txt" deletes two files, not one.
_TAKE_PATHS = frozenset(("delete the folder", "delete the file", "create the file", "mkdir"))
# A call: "open(spotify)", "set_timer('5 minutes')", "volume.up(10)".
_CALL = re.compile(r"([a-z]+(?:[_.][a-z]+)*)\(([^()]*)\)", re.IGNORECASE)
_TOKEN = re.compile(r"\"[^\"]*\"|'[^']*'|\S+")
_FLAG = re.compile(r"--?([a-z]+)(?:=(.+))?", re.IGNORECASE)
# Not "a=b", "C:", nor a URL's scheme ("xdg-open https://...").
_KEY_VALUE = re.compile(r"([a-z]{2,})(?:=|:(?!//))(.+)", re.IGNORECASE)
# "volume +10", "vol -5%": a signed amount after the volume is a direction.
_SIGNED = re.compile(r"([+-])([0-9]{1,3}%?)")
_VOLUME_WORDS = frozenset(("volume", "vol", "sound"))
# "vol++", "volume -= 10": the volume stepped the way code steps a number.
_STEPPED = re.compile(
    r"(volume|vol|sound)\s*(?:(\+\+|--)|(\+=|-=)\s*([0-9]{1,3}%?))", re.IGNORECASE
)


def plain_command(text: str) -> str | None:
    """The command in plain words, or ``None`` when ``text`` has no command-line shape."""
    said = _said_plainly(text)
    verbs = said.casefold().split()[:2] if said else []
    if len(verbs) == 2 and verbs[0] == verbs[1]:
        return None  # "exec open spotify": a program called "open", or a command unclear
    return said


def _said_plainly(text: str) -> str | None:
    text = text.strip()
    if len(text) > MAX_CHARS or "\n" in text or text.endswith("?"):
        return None  # "rm notes.txt?" asks whether to
    rest = text
    while prompt := _PROMPT.match(rest):  # "$ sudo reboot"
        rest = rest[prompt.end() :]
    prompted = rest != text
    if rest.endswith(";") and rest.count(";") == 1:
        rest = rest[:-1].rstrip()  # "open discord;": a statement ended as code ends one
    if chat := _CHAT_COMMAND.match(rest):
        rest = rest[chat.end() :]
        if rest.casefold() in _CHAT_NOUNS:
            return _CHAT_NOUNS[rest.casefold()]
    if stepped := _STEPPED.fullmatch(rest):
        word, by_one, by_amount, amount = stepped.groups()
        direction = "up" if (by_one or by_amount)[0] == "+" else "down"
        return f"{word} {direction}" if by_one else f"{word} {direction} {amount}"
    rest = _exe_said(_program_said(_shell_said(rest)))
    call = _CALL.fullmatch(rest)
    if call is not None:
        return _called(call.group(1), call.group(2))
    words = _with_flags_said(rest)
    if words is None or words == text:
        return None  # an unknown flag, or nothing typed the command-line way
    words = words.strip()
    # "$ spotify", "run: discord"; not a chat command ("/clock" may ask the time)
    run_by_name = prompted and known_application(words) is not None
    return f"open {words}" if run_by_name else words


# Shell lines whose arguments say the action: "amixer set Master 10%+" (the volume up by
# 10%), "firefox github.com" (a browser given a site), "mv notes.txt ideas.txt" (a file
# renamed where it is), "nano notes.txt" (a file opened in an editor).
_AMIXER = re.compile(r"amixer\s+(?:-q\s+)?s?set\s+master\s+([0-9]{1,3})%([+-])", re.IGNORECASE)
_BROWSED = re.compile(r"(?:firefox|chrome|google-chrome|chromium|brave|safari)\s+(\S+)", re.I)
_A_FILE = r"([^\s/\\'\"]+\.[a-z0-9]{1,5})"
_MOVED = re.compile(rf"(?:mv|ren)\s+{_A_FILE}\s+{_A_FILE}", re.IGNORECASE)
_EDITED = re.compile(rf"(?:nano|vim?|code|notepad|gedit|subl)\s+{_A_FILE}", re.IGNORECASE)


def _shell_said(rest: str) -> str:
    """ "amixer set Master 10%+" -> "volume up by 10%"; "firefox github.com" -> "open
    github.com"; "mv a.txt b.txt" -> "rename a.txt to b.txt"; "nano a.txt" -> "open a.txt"."""
    if amixer := _AMIXER.fullmatch(rest):
        direction = "up" if amixer.group(2) == "+" else "down"
        return f"volume {direction} by {amixer.group(1)}%"
    if (browsed := _BROWSED.fullmatch(rest)) and url_shaped(browsed.group(1)):
        return f"open {browsed.group(1)}"
    if moved := _MOVED.fullmatch(rest):
        return f"rename {moved.group(1)} to {moved.group(2)}"
    edited = _EDITED.fullmatch(rest)
    return f"open {edited.group(1)}" if edited else rest


def _program_said(rest: str) -> str:
    """ "killall Slack" -> "close Slack"; "open_app spotify" -> "open spotify"."""
    lowered = rest.casefold()
    for program, said in sorted(_PROGRAMS.items(), key=lambda item: -len(item[0])):
        if lowered.startswith(program) and lowered[len(program) : len(program) + 1] in ("", " "):
            if said in _TAKE_PATHS and len(rest[len(program) :].split()) > 1:
                return rest  # several paths: said as it is, to the model
            return said + rest[len(program) :]
    code_name = _CODE_NAME.match(rest)
    if code_name is None:
        return rest
    after = rest[code_name.end() :]
    return _command_words(code_name.group(1), with_argument=bool(after)) + after


# A known application's program file: "start discord.exe", "taskkill /im chrome.exe /f"
# (the force switch, last, changes nothing said in words), "open /Applications/Slack.app".
_EXE = re.compile(
    r"(open|close|start|run|launch|kill|quit|exit)\s+(?:/applications/)?"
    r"(\S+)\.(?:exe(?:\s+/f)?|app/?)",
    re.IGNORECASE,
)


def _exe_said(rest: str) -> str:
    """ "close chrome.exe" -> "close chrome", for an application the tables know only."""
    exe = _EXE.fullmatch(rest)
    if exe is None or known_application(exe.group(2)) is None:
        return rest  # "start setup.exe": a program the fast path does not know runs nothing
    return f"{exe.group(1)} {exe.group(2)}"


def _command_words(name: str, *, with_argument: bool) -> str:
    """A command named in code, in words: "set_timer" -> "set timer"; before an
    argument, "open_app" and "app.open" -> "open" (the argument is the app)."""
    words = re.split(r"[_.-]", name)
    if len(words) > 1 and words[-1].casefold() in _KIND_WORDS and with_argument:
        words = words[:-1]
    if len(words) > 1 and words[0].casefold() in _KIND_WORDS and with_argument:
        words = words[1:]  # "app.open('spotify')": the object's method
    return " ".join(words)


def _called(function: str, argument: str) -> str | None:
    """ "open(spotify)" -> "open spotify"; "timer(minutes=5)" -> "timer 5 minutes"."""
    argument = argument.strip()
    verb = _command_words(function, with_argument=bool(argument))
    if not argument:
        return verb
    if "," in argument:
        return None  # two arguments: two things, or a name with a comma
    pair = _KEY_VALUE.fullmatch(argument)
    if pair is not None:
        value = _unquoted(pair.group(2))
        said = None if value is None else _said(pair.group(1), value)
        return None if said is None else f"{verb} {said}"
    value = _unquoted(argument)
    return None if value is None else f"{verb} {value}"


def _with_flags_said(rest: str) -> str | None:
    """The text with each flag and key=value said in words; ``None`` when one is unknown.

    Everything else stays as typed, blanks included: a value of several words
    ("-a Google Chrome") is copied from the text, not joined again.
    """
    tokens = list(_TOKEN.finditer(rest))
    said: list[str] = []
    position = at = verbs = 0
    while at < len(tokens):
        token = tokens[at]
        flag = _FLAG.fullmatch(token.group())
        pair = None if flag or at == 0 else _KEY_VALUE.fullmatch(token.group())
        shaped = flag or pair
        signed = _SIGNED.fullmatch(token.group())
        if shaped is None and signed and at and tokens[at - 1].group().casefold() in _VOLUME_WORDS:
            direction = "up" if signed.group(1) == "+" else "down"
            said += [rest[position : token.start()], f"{direction} {signed.group(2)}"]
            position, at = token.end(), at + 1
            continue
        if shaped is None:
            if token.group()[:1] in "-\"'" or "=" in token.group():
                return None  # a flag or a quote outside the shapes above
            at += 1
            continue
        name, value = shaped.group(1), shaped.group(2)
        said.append(rest[position : token.start()])
        end, at = token.end(), at + 1
        if flag is not None and value is None and name.casefold() in _NO_VALUE:
            position = end
            continue
        if value is None and flag is not None:
            taken = _value_end(tokens, at)
            if taken > at:
                value, end = (
                    rest[tokens[at].start() : tokens[taken - 1].end()],
                    tokens[taken - 1].end(),
                )
            at = taken
        words = _said(name, None if value is None else _unquoted(value), given=value is not None)
        verbs += _FLAGS.get(name.casefold()) is _Says.VERB
        if words is None or verbs > 1:
            return None  # an unknown flag, or two commands ("--open x --close y")
        said.append(words)
        position = end
    said.append(rest[position:])
    return "".join(said)


def _value_end(tokens: list[re.Match[str]], at: int) -> int:
    """Where the value that starts at ``tokens[at]`` ends: at the next flag."""
    end = at
    while end < len(tokens):
        word = tokens[end].group()
        if _FLAG.fullmatch(word) or "=" in word:
            break
        end += 1
    return end


def _said(name: str, value: str | None, *, given: bool = True) -> str | None:
    """How a flag and its value are said; ``None`` for an unknown flag or a bad value."""
    says = _FLAGS.get(name.casefold())
    if says is None or (value is None and (given or says not in _ALONE)):
        return None
    if value is None:
        return name
    if says is _Says.VALUE and value.casefold().endswith(".app") and len(value) > 4:
        value = value[:-4]  # "open -a Spotify.app": the application's bundle
    if says in _NUMBERS and not any(ch.isdigit() for ch in value):
        return None  # an amount or a time is a number: "--minutes five" is not read
    return _SAID[says].format(value=value, name=name)


def _unquoted(value: str) -> str | None:
    """The value without the quotes around all of it; ``None`` for a quote inside it."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    if not value or any(ch in value for ch in "\"'`"):
        return None
    return value
