"""Powering the machine down beside work still running goes to the model (:mod:`.in_progress`)."""

from __future__ import annotations

import pytest

from milio.chat.understanding import in_progress, matcher


@pytest.mark.parametrize(
    "text",
    [
        "waiting for the build. shut down the computer",
        "shut down the computer, waiting for the update",
        "waiting on the update, restart the pc",
        "put the computer to sleep, waiting for my download",
        "put the computer to sleep, my download is almost done",
        "render is in progress, restart the computer",
        "files still copying, put the pc to sleep",
    ],
)
def test_powering_down_beside_running_work_goes_to_the_model(text: str) -> None:
    assert matcher.match(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("shut down the computer", "106"),
        ("restart the computer to apply the updates", "107"),
        ("the updates are all installed, shut down the computer", "106"),
        ("put the computer to sleep, going to lunch", "105"),
        ("waiting for the bus, open spotify", "001spotify"),  # opening stops nothing
    ],
)
def test_other_requests_and_finished_work_are_still_answered(text: str, expected: str) -> None:
    found = matcher.match(text)
    assert found is not None
    assert found.system_message == expected


def test_only_the_machine_s_sleep_shutdown_and_restart_are_held_back() -> None:
    assert in_progress.stops_work_running("106", "downloading a game, shut down")
    assert not in_progress.stops_work_running("001", "downloading a game, open steam")
    assert not in_progress.stops_work_running("106", "the download finished, shut down")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("restart the computer — no wait, shut it down", "106"),  # a correction, not a wait
        ("I am finishing up my reading. Please put the computer to sleep.", "105"),
    ],
)
def test_a_correction_or_the_user_s_own_doing_is_no_work_running(text: str, expected: str) -> None:
    found = matcher.match(text)
    assert found is not None
    assert found.system_message == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another device told of before a power command said alone: maybe meant for it
        ("my phone froze. restart", None),
        ("The printer jammed again. restart", None),
        ("the router keeps dropping, shut down", None),
        # the machine named, said of the computer, or the device given as the reason after
        ("the printer jammed again. restart the computer", "107"),
        ("my laptop froze. restart", "107"),
        ("restart, my headphones won't connect", "107"),
        ("put the computer to sleep, my phone is charging", "105"),
    ],
)
def test_a_power_command_after_another_device_is_the_model_s(
    text: str, expected: str | None
) -> None:
    found = matcher.match(text)
    assert (None if found is None else found.system_message) == expected
