"""Every category and action of the desktop client's protocol, defined once.

Prompts, the fast path, payload building and the final protocol check all read
this table, so adding an action is adding one entry here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from milio.chat import payloads
from milio.chat.payloads import Validator

Details = Mapping[str, object]
EntityConverter = Callable[[Mapping[str, object]], dict[str, object]]


class CategoryKind(StrEnum):
    ACTION = "action"  # "0" and "1": a two-digit action code and a payload follow
    SEARCH = "search"  # "3": a search query follows
    ANSWER = "answer"  # "4"-"7": Markdown text follows
    STATUS = "status"  # "A", "B": nothing follows


@dataclass(frozen=True)
class Category:
    code: str
    name: str
    description: str
    kind: CategoryKind
    chosen_by_model: bool = True


@dataclass(frozen=True)
class DetailField:
    name: str
    description: str
    validator: Validator


@dataclass(frozen=True)
class Action:
    category: str
    code: str
    name: str
    description: str
    fields: tuple[DetailField, ...] = ()
    templates: tuple[str, ...] = ()  # hassil sentences for the fast path
    from_entities: EntityConverter | None = None  # fast-path slots -> details
    answers_in_text: bool = False  # payload is a Markdown answer, not details
    needs_pdf: bool = False  # offered only when the request carries a PDF
    chosen_by_model: bool = True

    @property
    def full_code(self) -> str:
        return self.category + self.code


def _name(description: str) -> DetailField:
    return DetailField("name", description, payloads.valid_name)


_EXT = DetailField("ext", "the file extension without the dot, e.g. pdf", payloads.valid_extension)
_FILE = (_name("the file name without its extension"), _EXT)
_DEVICE = "[the|my|this] (computer|pc|mac|laptop)"


def _timer_details(entities: Mapping[str, object]) -> dict[str, object]:
    total = 0
    for unit, factor in (("hours", 3600), ("minutes", 60), ("seconds", 1)):
        value = entities.get(unit)
        if isinstance(value, int | float):
            total += int(value) * factor
    return {"seconds": total}


def _volume_details(entities: Mapping[str, object]) -> dict[str, object]:
    if "percent" in entities:
        return {"amount": f"%{entities['percent']}"}
    return {"amount": entities.get("amount")}


def _volume_templates(direction: str, verbs: str) -> tuple[str, ...]:
    return (
        f"{verbs} [the] volume [{direction}] by {{amount}}",
        f"{verbs} [the] volume [{direction}] by {{percent}} (percent|%)",
        f"turn [the] volume {direction} by {{amount}}",
        f"turn [the] volume {direction} by {{percent}} (percent|%)",
        f"turn {direction} [the] volume by {{amount}}",
        f"turn {direction} [the] volume by {{percent}} (percent|%)",
        f"volume {direction} [by] {{amount}}",
        f"volume {direction} [by] {{percent}} (percent|%)",
    )


_DURATION = (
    "({hours} hour[s] [[and] {minutes} minute[s]] [[and] {seconds} second[s]]"
    "|{minutes} minute[s] [[and] {seconds} second[s]]"
    "|{seconds} second[s])"
)
_VOLUME_FIELD = DetailField(
    "amount",
    'how much to change the volume: a number from 1 to 100, or a percentage written "10%"',
    payloads.valid_volume,
)

CATEGORIES: Mapping[str, Category] = MappingProxyType(
    {
        c.code: c
        for c in (
            Category(
                "0",
                "software",
                "act on software: open or close an application, open, create, rename or "
                "delete a file or folder, take a screenshot, play or pause music, open a "
                "website, send an e-mail, set a timer, start a stopwatch, or answer about "
                "an attached PDF",
                CategoryKind.ACTION,
            ),
            Category(
                "1",
                "hardware",
                "act on hardware: change the volume, take a webcam picture or video, put "
                "the computer to sleep, shut it down or restart it",
                CategoryKind.ACTION,
            ),
            Category(
                "3",
                "web_search",
                "needs real-time or local information found on the web: news, weather, "
                "scores, prices, places near the user",
                CategoryKind.SEARCH,
            ),
            Category(
                "4",
                "logic_facts",
                "logic, facts, mathematics, science, explanations",
                CategoryKind.ANSWER,
            ),
            Category(
                "5",
                "creative_writing",
                "creative writing: jokes, poems, stories, letters, plans",
                CategoryKind.ANSWER,
            ),
            Category(
                "6",
                "computer_science",
                "computer science and code: write, review or explain code, algorithms",
                CategoryKind.ANSWER,
            ),
            Category(
                "7",
                "discussion",
                "simple discussion: greetings, small talk, feelings, questions about Milio",
                CategoryKind.ANSWER,
            ),
            Category(
                "A", "not_understood", "the request cannot be understood", CategoryKind.STATUS
            ),
            Category(
                "B",
                "unavailable",
                "the language model is unavailable",
                CategoryKind.STATUS,
                chosen_by_model=False,
            ),
        )
    }
)

_SOFTWARE = (
    Action(
        "0",
        "01",
        "open_app",
        "open an application",
        (_name("the application name, e.g. discord"),),
        templates=("(open|launch|start|run) [the] {app} [app|application]",),
    ),
    Action(
        "0",
        "02",
        "close_app",
        "close an application",
        (_name("the application name, e.g. discord"),),
        templates=("(close|quit|exit|kill) [the] {app} [app|application]",),
    ),
    Action("0", "03", "open_file", "open a file", _FILE),
    Action("0", "04", "close_file", "close a file", _FILE),
    Action("0", "05", "create_file", "create a file", _FILE),
    Action(
        "0",
        "06",
        "rename_file",
        "rename a file",
        (
            DetailField("old", "the current file name without extension", payloads.valid_name),
            _EXT,
            DetailField("new", "the new file name without extension", payloads.valid_name),
        ),
    ),
    Action("0", "07", "delete_file", "delete a file", _FILE),
    Action(
        "0",
        "08",
        "create_folder",
        "create a folder",
        (_name("the folder name"),),
        templates=("(create|make) [a] [new] folder (called|named) {name}",),
    ),
    Action(
        "0",
        "09",
        "rename_folder",
        "rename a folder",
        (
            DetailField("old", "the current folder name", payloads.valid_name),
            DetailField("new", "the new folder name", payloads.valid_name),
        ),
    ),
    Action(
        "0",
        "10",
        "delete_folder",
        "delete a folder",
        (_name("the folder name"),),
        templates=(
            "(delete|remove) [the] folder (called|named) {name}",
            "(delete|remove) the {name} folder",
        ),
    ),
    Action(
        "0",
        "11",
        "take_screenshot",
        "take a screenshot",
        templates=(
            "(take|capture|grab) [a] (screenshot|screen shot|screen capture)",
            "screenshot [my|the] screen",
            "capture [my|the] screen",
        ),
    ),
    Action(
        "0",
        "12",
        "play_music",
        "play a song, optionally from a playlist",
        (
            DetailField("song", "the song title", payloads.valid_name),
            DetailField(
                "playlist",
                "the playlist name, or an empty string",
                payloads.optional(payloads.valid_name),
            ),
        ),
    ),
    Action(
        "0",
        "13",
        "pause_music",
        "pause the music",
        templates=("pause [the] (music|song|track|playback)", "stop [the] music"),
    ),
    Action(
        "0",
        "14",
        "open_url",
        "open a website or URL in the browser",
        (DetailField("url", "the full https URL", payloads.valid_url),),
        templates=(
            "(open|launch) [the] {site} [website|site|page]",
            "(go|take me) to [the] {site} [website|site|page]",
            "visit {site}",
        ),
    ),
    Action(
        "0",
        "15",
        "send_email",
        "write or send an e-mail",
        (
            DetailField(
                "recipient", "the recipient's e-mail address", payloads.valid_email_address
            ),
            DetailField("subject", "a short subject line", payloads.valid_subject),
            DetailField("body", "the message body, on a single line", payloads.valid_body),
        ),
    ),
    Action(
        "0",
        "16",
        "answer_pdf",
        "answer a question about, summarize or explain the attached PDF",
        answers_in_text=True,
        needs_pdf=True,
    ),
    Action(
        "0",
        "17",
        "set_timer",
        "set a timer",
        (DetailField("seconds", "the timer duration in whole seconds", payloads.valid_seconds),),
        templates=(
            f"(set|start|create) [a|the] timer (for|of) {_DURATION}",
            f"timer (for|of) {_DURATION}",
            f"(set|start|create) [a] {_DURATION} timer",
        ),
        from_entities=_timer_details,
    ),
    Action(
        "0",
        "18",
        "start_stopwatch",
        "start a stopwatch",
        templates=("(start|launch|open) [a|the] (stopwatch|chronometer)",),
    ),
)

_HARDWARE = (
    Action(
        "1",
        "00",
        "hardware_not_understood",
        "none of the hardware actions fits",
        chosen_by_model=False,
    ),
    Action(
        "1",
        "01",
        "volume_up",
        "turn the volume up",
        (_VOLUME_FIELD,),
        templates=_volume_templates("up", "(raise|increase)"),
        from_entities=_volume_details,
    ),
    Action(
        "1",
        "02",
        "volume_down",
        "turn the volume down",
        (_VOLUME_FIELD,),
        templates=_volume_templates("down", "(lower|decrease|reduce)"),
        from_entities=_volume_details,
    ),
    Action(
        "1",
        "03",
        "webcam_picture",
        "take a picture with the webcam",
        templates=(
            "take a (picture|photo) (with|using) [the|my] (webcam|camera)",
            "(take|snap) a (webcam|camera) (picture|photo)",
            "take a selfie",
        ),
    ),
    Action(
        "1",
        "04",
        "webcam_video",
        "record a video with the webcam",
        templates=(
            "record a video (with|using) [the|my] (webcam|camera)",
            "(start|begin) recording [a] [video] (with|using|on) [the|my] (webcam|camera)",
            "record [a] (webcam|camera) video",
        ),
    ),
    Action(
        "1",
        "05",
        "sleep",
        "put the computer to sleep",
        templates=(f"put {_DEVICE} to sleep", f"(sleep|suspend) {_DEVICE}"),
    ),
    Action(
        "1",
        "06",
        "shut_down",
        "shut the computer down",
        templates=(
            f"(shut down|shutdown|power off|turn off|switch off) {_DEVICE}",
            f"shut {_DEVICE} down",
        ),
    ),
    Action(
        "1",
        "07",
        "restart",
        "restart the computer",
        templates=(f"(restart|reboot) {_DEVICE}",),
    ),
)

ACTIONS: Mapping[str, Action] = MappingProxyType({a.full_code: a for a in _SOFTWARE + _HARDWARE})


@dataclass(frozen=True)
class ActionChoice:
    """The actions the model may pick from in one category, given the request."""

    actions: tuple[Action, ...] = field(default_factory=tuple)

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(a.code for a in self.actions)


def actions_in(category: str, *, with_pdf: bool) -> ActionChoice:
    return ActionChoice(
        tuple(
            a
            for a in ACTIONS.values()
            if a.category == category and a.chosen_by_model and (with_pdf or not a.needs_pdf)
        )
    )


def model_categories() -> tuple[Category, ...]:
    return tuple(c for c in CATEGORIES.values() if c.chosen_by_model)


def build_payload(action: Action, details: Details) -> tuple[str, dict[str, str]]:
    """The payload and the validated details; ``0`` if any detail fails its check."""
    clean: dict[str, str] = {}
    for detail in action.fields:
        value = detail.validator(details.get(detail.name))
        if value is None:
            return payloads.MISSING, {}
        clean[detail.name] = value
    return "|".join(clean[d.name] for d in action.fields), clean
