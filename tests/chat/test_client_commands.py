"""Payloads in the desktop client's real commands: each reaches its program as intended.

The templates are the client's own (src/action_scripts/software.js of
Chadi00/milio_desktop): Node's `exec` runs them with /bin/sh on macOS and Linux,
cmd.exe on Windows. Here /bin/sh runs them for real, with `open`, `xdg-open`,
`pkill` and `osascript` replaced by a probe that prints the arguments it got:
every accepted payload must arrive as the argument(s) meant, character for
character. cmd.exe cannot run here; its rules inside double quotes (the quote
ends the string, ``%NAME%`` expands) are checked on the payload instead.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Callable

import pytest

from milio.chat.contract import payloads
from tests.chat.test_payloads import SHELL_ATTACKS

DESKTOP = "/home/ada/Desktop"
PROGRAMS = ("open", "xdg-open", "pkill", "osascript")
NAMES = [
    *SHELL_ATTACKS,
    "discord",
    "Visual Studio Code",
    "C++ notes",
    "café",
    "tax_2023 v1.2",
    "x -rf",
    "a * b",
    "~root",
    "$HOME",
    "don't",
    "a\u00a0b",
    "«data»",
    "📚 Reading List",
    "👩‍💻 Work",
    "Trips ✈️",
    "Фото 2024",
]
URLS = [
    "https://www.youtube.com/",
    "https://example.com/a b?q=1&r='x'#top",
    "HTTPS://Bücher.Example/straße?q=\u201cx\u201d",
    'https://example.com/" ; reboot',
    "https://example.com/$(reboot)",
    "https://example.com/`id`",
    "https://example.com/%CD%41",
    "https://example.com/%PATH%",
    "https://example.com/a\\b",
    "https://example.com/!x!",
    "https://example.com/*?[a]",
]
# Variables cmd.exe defines whatever the environment (a URL may not spell them).
CMD_ALWAYS_DEFINED = {"cd", "date", "time", "random", "errorlevel", "cmdextversion", "cmdcmdline"}
APPLESCRIPT_QUOTES = frozenset('"\\\u201c\u201d\u00ab\u00bb')


@pytest.fixture(scope="module")
def run_sh(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], list[str]]:
    """Run a command line with /bin/sh; the programs it calls print their arguments."""
    bin_dir = tmp_path_factory.mktemp("probe-bin")
    for program in PROGRAMS:
        probe = bin_dir / program
        probe.write_text("#!/bin/sh\nprintf '%s\\0' \"$@\"\n")
        probe.chmod(0o755)
    env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "HOME": "/home/ada", "LC_ALL": "C.UTF-8"}

    def run(command: str) -> list[str]:
        done = subprocess.run(
            ["/bin/sh", "-c", command], env=env, capture_output=True, check=True, timeout=5
        )
        return done.stdout.decode().split("\0")[:-1]

    return run


def _cmd_reads_literally(payload: str) -> bool:
    """Inside cmd's double quotes: no quote to end them, no %NAME% that always expands."""
    names = re.findall(r"%(?=([^%]+)%)", payload)
    return '"' not in payload and not (CMD_ALWAYS_DEFINED & {n.lower() for n in names})


def _accepted(validator: Callable[[object], str | None], raws: list[str]) -> list[str]:
    return [value for raw in raws if (value := validator(raw)) is not None]


@pytest.mark.parametrize("name", _accepted(payloads.valid_name, NAMES))
def test_an_application_name_reaches_every_command_literally(
    run_sh: Callable[[str], list[str]], name: str
) -> None:
    for variant in (name[0].upper() + name[1:], name[0].lower() + name[1:]):  # as the client does
        assert run_sh(f'open -a "{variant}"') == ["-a", variant]
        assert run_sh(f'pkill -x "{variant}"') == ["-x", variant]
    words = run_sh(f"xdg-open {name}")  # unquoted: one argument per word, none an option
    assert words == name.split(" ")
    assert not any(word.startswith("-") for word in words)
    assert _cmd_reads_literally(f"{name}://")
    assert _cmd_reads_literally(f"{name}.exe")


@pytest.mark.parametrize("name", _accepted(payloads.valid_name, NAMES))
def test_a_file_name_stays_on_the_desktop(run_sh: Callable[[str], list[str]], name: str) -> None:
    path = os.path.join(DESKTOP, f"{name}.pdf")
    assert os.path.dirname(os.path.normpath(path)) == DESKTOP  # path.join cannot leave it
    for program in ("open", "xdg-open"):
        assert run_sh(f'{program} "{path}"') == [path]
    assert _cmd_reads_literally(path)


@pytest.mark.parametrize("song", _accepted(payloads.valid_name, NAMES))
def test_a_song_name_stays_inside_the_applescript_string(
    run_sh: Callable[[str], list[str]], song: str
) -> None:
    script = (
        '\ntell application "Music"\n'
        f'    set thePlaylist to the first playlist whose name is "{song}"\n'
        f'    set theTracks to tracks of thePlaylist whose name contains "{song}"\n'
        "end tell\n"
    )
    assert run_sh(f"osascript -e '{script}'") == ["-e", script]  # no ' ends the shell quote
    assert APPLESCRIPT_QUOTES.isdisjoint(song)  # nor a quote the AppleScript string


@pytest.mark.parametrize("url", _accepted(payloads.valid_url, URLS))
def test_a_url_reaches_every_command_as_one_literal_argument(
    run_sh: Callable[[str], list[str]], url: str
) -> None:
    for program in ("open", "xdg-open"):
        assert run_sh(f'{program} "{url}"') == [url]
    assert _cmd_reads_literally(url)
    assert not re.search(r"\s", url)


def test_the_hostile_urls_are_refused_and_the_plain_ones_kept() -> None:
    accepted = _accepted(payloads.valid_url, URLS)
    assert accepted == [
        "https://www.youtube.com/",
        "https://example.com/a%20b?q=1&r=%27x%27#top",
        "https://xn--bcher-kva.example/stra%C3%9Fe?q=%E2%80%9Cx%E2%80%9D",
        "https://example.com/!x!",
        "https://example.com/*?[a]",
    ]


def test_the_probe_sees_what_an_unsafe_payload_would_do(
    run_sh: Callable[[str], list[str]],
) -> None:
    # The check is real: unvalidated text splits, expands and escapes the quotes.
    assert run_sh('open -a "x" -n "y"') == ["-a", "x", "-n", "y"]
    assert run_sh("xdg-open x -rf") == ["x", "-rf"]
    assert run_sh('open "$HOME"') == ["/home/ada"]
