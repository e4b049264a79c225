"""The readers under the fast path: filler, numbers, durations, applications, websites."""

from __future__ import annotations

import pytest

from milio.chat.understanding.applications import (
    is_plain_name,
    known_application,
    unknown_application,
)
from milio.chat.understanding.durations import parse_duration
from milio.chat.understanding.number_words import parse_number
from milio.chat.understanding.stretched import read_as, said_once
from milio.chat.understanding.utterance import utterance_of
from milio.chat.understanding.websites import url_shaped, website_url


@pytest.mark.parametrize(
    ("typed", "left"),
    [
        ("hey milio, could you please open Discord for me 🙏", "open Discord"),
        ("OPEN DISCORD!!!", "OPEN DISCORD"),
        ("can u pls open discord?", "open discord"),
        ("Milio: open spotify pls", "open spotify"),
        ("yo open steam lol", "open steam"),
        ("ok now open notion :)", "open notion"),
        ("I'd like you to take a screenshot, thanks!", "take a screenshot"),
        ("open discord, please!", "open discord"),
        ("i wanna open zoom 😀😀", "open zoom"),
        ("open discord😀", "open discord"),
        ("thanks, now open the calendar app", "open the calendar app"),
    ],
)
def test_filler_politeness_and_emoji_are_dropped(typed: str, left: str) -> None:
    utterance = utterance_of(typed)
    assert utterance is not None
    assert utterance.text == left


@pytest.mark.parametrize(
    "typed",
    [
        "don't open discord",
        "open discord if you can",
        "open discord when I say go",
        "how do I open discord",
        "create folder C:",
        'open "discord"',
    ],
)
def test_negations_conditions_questions_and_names_keep_every_character(typed: str) -> None:
    utterance = utterance_of(typed)
    assert utterance is not None
    assert utterance.text == typed


def test_typed_gives_back_the_users_characters_of_whole_words() -> None:
    utterance = utterance_of("hey, create a folder called .git please")
    assert utterance is not None
    start = utterance.text.index("git")  # a matcher may drop the dot at a word's edge
    assert utterance.typed(start, start + 3) == ".git"


@pytest.mark.parametrize(
    "typed", ["", "please", "🙂", "open\ndiscord", "x" * 200, "open dis\u202ecord"]
)
def test_nothing_to_match_is_none(typed: str) -> None:
    assert utterance_of(typed) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("25", 25),
        ("1.5", 1.5),
        ("twenty-five", 25),
        ("twenty five", 25),
        ("a hundred and ten", 110),
        ("one and a half", 1.5),
        ("2 and a quarter", 2.25),
        ("half", 0.5),
        ("three quarters", 0.75),
        ("½", 0.5),
    ],
)
def test_numbers_as_people_type_them(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["a few", "a couple", "1,5", "-5", "twenty-", "lots", ""])
def test_vague_numbers_are_none(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("2 minutes", 120),
        ("ninety seconds", 90),
        ("one and a half minutes", 90),
        ("half an hour", 1800),
        ("an hour and a half", 5400),
        ("a quarter of an hour", 900),
        ("three quarters of an hour", 2700),
        ("1.5 hours", 5400),
        ("2 hours and 15 minutes", 8100),
        ("1 hour, 5 minutes", 3900),
        ("1h30", 5400),
        ("1h30m", 5400),
        ("2h", 7200),
        ("10m", 600),
        ("45s", 45),
        ("25-minute", 1500),
        ("twenty-five minutes", 1500),
        ("5 mins", 300),
        ("90 secs", 90),
        ("2 hrs", 7200),
        ("1 hour 30", 5400),
        ("a minute", 60),
    ],
)
def test_durations_in_whole_seconds(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(
    "text",
    [
        "5 minutes 2 hours",
        "1:30",
        "a few minutes",
        "10",
        "-5 minutes",
        "0 minutes",
        "1.3333 minutes",
        "5 minutes from now",
        "2 days",
        "minute",
        "5 minutes and 5 minutes",
        "1 hour 90",
    ],
)
def test_durations_that_are_not_one_clear_duration_are_none(text: str) -> None:
    assert parse_duration(text) is None


def test_applications_by_their_usual_name_and_aliases() -> None:
    assert known_application("VS Code") == "visual studio code"
    assert known_application("ms teams") == "microsoft teams"
    assert known_application("7-zip") == "7zip"
    assert known_application("Notepad++") == "notepad++"
    assert known_application("league of legends") == "league of legends"
    assert known_application("youtube") is None  # a website


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("linear", "linear"),
        ("Zotero", "zotero"),
        ("superhuman", "superhuman"),
        ("dicsord", None),
        ("spotfy", None),
        ("music", None),
        ("my app", None),
        ("rm -rf", None),
        ("calc.exe", None),
        ("whatever", None),
        ("ʼTaxesʼ", None),
        ("x; rm", None),
    ],
)
def test_unknown_application_names_are_taken_only_when_plain(typed: str, name: str | None) -> None:
    assert unknown_application(typed) == name


def test_plain_names_refuse_look_alike_quotes_and_flags() -> None:
    assert is_plain_name("iOS Builds")
    assert is_plain_name(".env.local")
    assert not is_plain_name("ʺTaxesʺ")  # modifier letters that look like quotes
    assert not is_plain_name("notes -rf")


@pytest.mark.parametrize(
    ("typed", "url"),
    [
        ("youtube", "https://www.youtube.com/"),
        ("Netflix.com", "https://netflix.com/"),
        ("www.bbc.co.uk", "https://www.bbc.co.uk/"),
        ("HTTPS://Example.COM/Path", "https://example.com/Path"),
        ("http://example.com:8080/admin", "http://example.com:8080/admin"),
        ("example.com?q=1", "https://example.com/?q=1"),
        ("github.com/torvalds/linux", "https://github.com/torvalds/linux"),
    ],
)
def test_websites_by_name_domain_or_url(typed: str, url: str) -> None:
    assert website_url(typed) == url


@pytest.mark.parametrize(
    "typed",
    [
        "main.py",
        "report.pdf",
        "discord",
        "https://a.com/?a=1&b=2",
        "https://a.com/$(id)",
        "javascript:alert(1)",
        "https://a.com/%0A",
        "https://user@a.com/",
        "file:///etc/passwd",
    ],
)
def test_files_names_and_unsafe_urls_are_no_website(typed: str) -> None:
    assert website_url(typed) is None


def test_a_file_like_domain_opens_when_the_sentence_says_it_is_a_site() -> None:
    assert website_url("example.py", said_site=True) == "https://example.py/"
    assert url_shaped("https://a.com/?a=1&b=2")
    assert not url_shaped("bbc.co.uk website")
    assert not url_shaped("link https://a.com/")


@pytest.mark.parametrize(
    ("typed", "left"),
    [
        ("abre el spotify por favor", "open the spotify"),
        ("ouvre discord stp", "open discord"),
        ("mach Spotify auf bitte", "open Spotify"),
        ("apaga el pc", "turn off the pc"),
        ("reproduce Despacito", "play Despacito"),
        ("I'd be ever so grateful if you could open Slack", "open Slack"),
        ("open please discord", "open discord"),
        ("make restart the computer", "restart the computer"),
        ("open spotify at your earliest convenience", "open spotify"),
        ("crea la carpeta llamada Fotos", "create the folder llamada Fotos"),
        ("baisse le volume de 10", "lower the volume by 10"),
    ],
)
def test_words_of_other_languages_and_registers_read_as_the_command(typed: str, left: str) -> None:
    utterance = utterance_of(typed)
    assert utterance is not None
    assert utterance.text == left


@pytest.mark.parametrize(
    "typed",
    [
        "abre la carpeta de Fotos",
        "crea una carpeta nueva",  # a word after the folder may describe it: not its name
        "cierra chrome y discord",
        "abre spotify mañana",
        "reproduce La Bamba",  # no article is read after "play": a title may start with one
    ],
)
def test_a_sentence_that_goes_on_in_another_language_is_not_read(typed: str) -> None:
    assert utterance_of(typed) is None


def test_a_name_before_a_dropped_particle_is_not_whole() -> None:
    utterance = utterance_of("mach Reading List auf")
    assert utterance is not None
    assert not utterance.is_whole(5, len(utterance.text))  # "auf" may belong to the name


@pytest.mark.parametrize(
    ("typed", "left"),
    [
        ("could ye open zoom for us there", "open zoom"),
        ("I was hoping you might open slack", "open slack"),
        ("for crying out loud close the bloody zoom", "close the zoom"),
        ("take a wee screenshot, pal", "take a screenshot"),
        ("Quick ask: open Slack", "open Slack"),
        ("Team, please open Slack", "open Slack"),
        ("abeg, open telegram jare", "open telegram"),
        ("kindly action opening Slack", "open Slack"),
        ("off the music", "turn off the music"),
    ],
)
def test_frames_around_a_request_are_dropped(typed: str, left: str) -> None:
    utterance = utterance_of(typed)
    assert utterance is not None
    assert utterance.text == left


@pytest.mark.parametrize(
    "typed",
    [
        "team open slack",  # "team" is a word of address only set apart
        "look up slack",
        "task manager open",  # a label only before its colon
        "action the closure of Slack",  # "action" only before an -ing form
    ],
)
def test_a_lead_that_needs_its_mark_is_kept_without_it(typed: str) -> None:
    utterance = utterance_of(typed)
    assert utterance is not None
    assert utterance.text.split(maxsplit=1)[0].casefold() == typed.split(maxsplit=1)[0]


def test_a_name_next_to_a_dropped_intensifier_is_not_whole() -> None:
    utterance = utterance_of("create a folder called the damn Photos")
    assert utterance is not None
    start = utterance.text.index("Photos")
    assert not utterance.is_whole(start, start + len("Photos"))


def test_a_name_before_whom_it_is_for_is_not_whole() -> None:
    utterance = utterance_of("create a folder called Photos for the kids")
    assert utterance is not None
    start = utterance.text.index("Photos")
    assert not utterance.is_whole(start, start + len("Photos"))


@pytest.mark.parametrize("typed", ["open slack now now", "close zoom just now please"])
def test_now_now_and_just_now_defer_the_command(typed: str) -> None:
    assert utterance_of(typed) is None  # later, in South African English


@pytest.mark.parametrize(
    ("typed", "left"),
    [
        ("opennn spotify", "open spotify"),
        ("KILLLL discord", "kill discord"),
        ("would you mind just opening spotify", "open spotify"),
        ("would be awesome if you closed chrome", "close chrome"),
        ("idk just open zoom", "open zoom"),
        ("oh crap, open zoom", "open zoom"),
        ("open teams hurry up", "open teams"),
    ],
)
def test_stress_hedges_and_stretched_verbs_are_read_as_the_request(typed: str, left: str) -> None:
    utterance = utterance_of(typed)
    assert utterance is not None
    assert utterance.text == left


def test_a_stretched_name_is_kept_as_typed() -> None:
    utterance = utterance_of("open Zoooom")
    assert utterance is not None
    assert utterance.text == "open Zoooom"


@pytest.mark.parametrize(
    ("typed", "left"),
    [
        ("i kinda need spotify open", "open spotify"),
        ("i really need to open zoom", "open zoom"),
        ("anyway yeah open zoom", "open zoom"),
    ],
)
def test_pressed_wanting_and_hurried_filler_are_read_as_the_request(typed: str, left: str) -> None:
    utterance = utterance_of(typed)
    assert utterance is not None
    assert utterance.text == left


def test_pressed_wanting_before_a_bare_verb_is_no_request() -> None:
    assert utterance_of("i really need to restart") is None


@pytest.mark.parametrize(
    ("typed", "listed", "read"),
    [
        ("nowww", {"now"}, "now"),  # a run of three read once
        ("cooool", {"cool"}, "cool"),  # twice when once is no word looked for
        ("pleaseeeee", {"please"}, "please"),
        ("zoommm", {"now"}, "zoommm"),  # stands for no word looked for: as typed
        ("cool", {"col"}, "cool"),  # a run of two is no stretch
        ("", {""}, ""),
    ],
)
def test_a_stretched_word_is_read_as_the_listed_word_it_stands_for(
    typed: str, listed: set[str], read: str
) -> None:
    assert read_as(typed, listed) == read


def test_sounds_are_read_with_each_stretched_letter_once() -> None:
    assert said_once("ummm") == "um"
    assert said_once("sooo hmmm") == "so hm"
    assert said_once("too") == "too"
