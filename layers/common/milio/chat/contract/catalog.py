"""Every category and action of the desktop client's protocol, defined once.

Prompts, the fast path, payload building and the final protocol check all read
this table, so adding an action is adding one entry here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from types import MappingProxyType

from milio.chat.contract import payloads
from milio.chat.contract.payloads import Validator

Details = Mapping[str, object]


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
    # Fast-path sentences (hassil templates). A slot is {list:field}: the list
    # says how the words are read (milio.chat.understanding.matcher), the field which detail
    # they give; <part> is one of SENTENCE_PARTS.
    templates: tuple[str, ...] = ()
    # Said without its detail ("volume up", "set a timer"), the request is still
    # understood: the fast path answers with the missing-detail payload "0".
    asks_for_missing: bool = False
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
_VOLUME_FIELD = DetailField(
    "amount",
    'how much to change the volume: a number from 1 to 100, or a percentage written "10%"',
    payloads.valid_volume,
)

# Pieces shared by the templates (hassil expansion rules).
SENTENCE_PARTS: Mapping[str, str] = MappingProxyType(
    {
        "open": "(open|launch|start|run|fire up|boot up|start up|load|load up|bring up|pull up"
        "|open up|pop open|crack open|spin up|boot)",
        # Slang for opening: one template each (every alternative of <open> costs a match).
        "hop_on": "(initiate|hop on|hop onto|hop in|hop into|jump on|jump in|jump into|get on"
        "|load into"
        "|boot into"
        "|alt tab into"
        "|alt-tab into|alt tab to|alt-tab to|tab into|switch to|switch over to)",
        # Not "run" or "launch" for files: running "main.py" is not opening it.
        "open_file": "(open|load|bring up|pull up|open up|show me|show|view)",
        "close": "(close|quit|exit|kill|terminate|force quit|force close|shut down|close out"
        "|close out of|exit out of|quit out of|get out of|turn off|switch off|shut off|shut"
        "|close down)",
        # An application, or "the"/"my" one: "my photos" may be the user's photos.
        "an_app": "({app:name}|(the|my) {the_app:name})",
        "app_word": "[desktop] (app|application|program|programme|software|client|process)",
        "named": "[(that's|that is|which is)] (called|named|titled|labeled|labelled|llamada"
        "|llamado|nommé|nommée|appelé|appelée|chiamata|chiamato|chamada|chamado|namens) [as]"
        "|(with|having) [the] name [of]|(by|of) [the] name [of]|(which|whose) name is|{naming:how}"
        # The name given as a note, as learners say it: "a folder, name is Taxes".
        "|[and] [its|the] name is",
        "make": "(create|make|add|set up|generate|start|whip up|spin up)",
        # What is made anew: "a fresh folder", "a brand new file". Not "another": said
        # alone ("Another night shift.") it would bear on a command.
        "new": "(new|fresh|brand new|brand-new)",
        # "eliminate" (Spanish "eliminar"); not "suppress" (French "supprimer"): in English
        # it hides, and what cannot be undone, said so, is the model's.
        "delete": "(delete|remove|trash|erase|get rid of|throw away|nuke|bin|toss|throw out"
        "|chuck out|eliminate|destroy|permanently delete|permanently remove|delete permanently)",
        # "carpet": what Spanish speakers call a folder (carpeta). Not "archive" for a file
        # (archivo): "Archive" is a common folder name.
        "file_word": "(file|document|doc)",
        "folder_word": "(folder|directory|dir|carpet|subfolder|sub-folder|sub folder|subdirectory)",
        "device": "[the|my|this] [whole|entire] <machine>",
        "machine": "(computer|pc|mac|macbook|laptop|machine|system|desktop|device|imac|workstation"
        "|{machine:what})",
        "sound": "[system|computer|pc|laptop|{volume_of:what}] (volume|sound|audio|music|speakers"
        "|speaker|tunes|headphones|headset|loudness) [{level:what}]",
        "webcam": "[laptop|computer|pc|mac|macbook|facetime|front|built-in|built in] (webcam"
        "|web cam|camera|cam|facecam)",
        # The machine as the camera, with "with" or "using" only: "a picture from my laptop"
        # may be a file on it.
        "by_webcam": "((with|using|from|on|through) [the|my] <webcam>|(with|using) [the|my]"
        " (laptop|computer|pc|mac|macbook))",
        "screen": "[the|my|this] [whole|entire|full|current] [laptop|computer|pc|mac]"
        " (screen|display|desktop|monitor"
        "|window|page|tab|game|match)",
        # What a screenshot is of: what is shown ("screenshot this error", "a screenshot of
        # the slide"); {shown} only after the word screenshot: "grab the chat" is none.
        "shown": "(<screen>|(this|that|the|my|our) [current] {shown:what}|what's on [my|the]"
        " screen|what is on [my|the] screen|everything|it all)",
        # Each action's own words, shared by its templates.
        "screenshot": "(screenshot|screen shot|screengrab|screen grab|screen capture|screencap"
        "|screen cap|printscreen|print screen|screenie|prtsc|prt sc|prtscn|prt scn|prtscr)",
        "photo": "(picture|photo|foto|pic|photograph|selfie|image)",
        # Not "click": "click picture" may be said of a button.
        "shoot": "(take|snap|capture|grab|shoot|get|make|do)",
        # "program" and "activate" as Spanish, Italian and Portuguese speakers say it.
        "set_up": "(set|start|create|make|put|run|begin|add|set up|get|do|keep|give|kick off"
        "|fire up|spin up|start up|pop|throw|stick|commence|program|programme|activate"
        "|launch|open)",
        "site_word": "(website|site|page|homepage|home page|web page|webpage|web site)",
        "timer": "(timer|countdown|count down|countdown timer|egg timer|kitchen timer"
        "|pomodoro timer|pomodoro|countdown clock)",
        "desktop": "(on|from|to) [the|my] desktop",
        # "in" and "with the name" as other Englishes say it ("rename X in Y").
        "rename_to": "(to|as|into|in|with [the] name|(to|with) [the] new name|to [the] name)",
        # A request said as a noun: "please action the launch of spotify", "initiate a restart".
        "perform": "(do|perform|make|initiate|execute|trigger|run|carry out|action|proceed with"
        "|go ahead with|kick off|commence|arrange|arrange for|facilitate)",
        # Before a comparative ("the volume a bit lower"): no "more" nor "less" ("less louder").
        "by_a_bit": "(a bit|a little|a little bit|slightly|a notch|a tad|a touch|way|much|a lot)",
        "a_bit": "(a bit|a little|a little bit|slightly|some|a notch|a tad|more|less|a lot|way"
        "|much|a bunch|little bit|little|a tiny bit|a touch|a smidge|a lil|a lil bit|lil bit"
        "|a hair|{a_little:how})",
    }
)


def _volume_templates(
    direction: str, verbs: str, comparative: str, more: str, opposite: str, plus: str
) -> tuple[str, ...]:
    return (
        # The direction may be said twice, as learners do: "raise the volume up".
        # "with" as German "um", Dutch "met" say it: "increase the volume with 10".
        f"{verbs} [the|my] <sound> [{direction}] [by|of|with] {{amount:amount}}",
        f"{verbs} [<a_bit>] [the|my] <sound> [{direction}] [<a_bit>]",
        f"(turn|crank|pump|bump|push|jack|dial|bring|knock|take|whack|get|amp|{{ramp:how}})"
        f" {direction} [the|my|that|this] <sound> [[by] {{amount:amount}}|<a_bit>]",
        "(turn|crank|pump|bump|push|jack|dial|bring|knock|take|whack|get|amp|{ramp:how})"
        f" [the|my|that|this] <sound> [right|<a_bit>] {direction} [[by] {{amount:amount}}"
        "|<a_bit>]",
        f"(turn|crank|bring|dial|pump|bump|jack|knock|amp) it {direction} [[by] {{amount:amount}}"
        "|<a_bit>]",
        f"[the|my] <sound> [<a_bit>] {direction} [[by] {{amount:amount}}|<a_bit>]",
        f"[the|my] <sound> {{amount:amount}} {direction}",
        f"[the|my] <sound> {plus} {{amount:amount}}",
        f"[make] [it|the <sound>|everything] [<a_bit>] {comparative}",
        f"make [the|my] <sound> go {direction} [<a_bit>]",
        # "on" as Russian "на", "with" as German "um" say it: "make volume louder on 10".
        f"[make (it|[the|my] <sound>|everything)] [<by_a_bit>] {comparative} "
        "(by|on|with) {amount:amount}",
        f"make {comparative} [the|my] <sound>",
        f"[the|my] <sound> make [it] ({comparative}|{more})",
        f"{{amount:amount}} {comparative}",
        f"[(put|give|add) [me]] [{{amount:amount}}] {more} (volume|sound)",
        f"(volume|sound) {more}",
        f"[it's|its|it is|that's|this is|the <sound> is] [way|much|a bit|a little|bit]"
        f" too {opposite}",
    )


def _word_order_templates(comparatives: str, nouns: str) -> tuple[str, ...]:
    """Other Englishes' orders and noun phrases: "put the volume more high", "make more
    low the sound", "volume increase by 10"."""
    return (
        f"[(make|put|set|turn)] [the|my] <sound> [<by_a_bit>] {comparatives}",
        f"[(make|put|set)] {comparatives} [the|my] <sound> [<a_bit>]",
        f"[a|an] <sound> {nouns} [[by|of|with] {{amount:amount}}]",
    )


def _player_templates(direction: str) -> tuple[str, ...]:
    """The music player said for its sound: "turn spotify up", "turn down youtube"."""
    player = "(spotify|apple music|itunes|youtube|youtube music|soundcloud|deezer|tidal)"
    return (
        f"(turn|crank|pump|bump) {direction} {player} [[by] {{amount:amount}}|<a_bit>]",
        f"(turn|crank|pump|bump) {player} [<a_bit>] {direction} [[by] {{amount:amount}}|<a_bit>]",
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
        templates=(
            "<open> {app:name}",
            "<open> (the|my) {the_app:name}",
            # One more of it: "spin up a terminal", "open a new chrome window".
            "<open> (a|an) [new] {the_app:name} [<app_word>]",
            "<open> (a|an) [new] {the_app:name} window",
            "<open> [the|my] {app:name} browser",
            "<open> [the|a] {app_by_name:name} <app_word>",
            "<open> my {the_app:name} <app_word>",
            "<open> [the|a|my] <app_word> <named> {named_app:name}",
            "(start|fire|boot|open|spin|load|pull) <an_app> up",
            "(chuck|stick|pop|whack|throw) (<an_app> on|on <an_app>)",
            # Not "put on spotify": a song may be put on it.
            "put <an_app> on",
            # Said short, the state it should be in: "discord on", as "<an_app> off" closes.
            "<an_app> on",
            # "to" as Indian English says it: "make the chrome to open".
            "make <an_app> [to] (open|start)",
            "<hop_on> <an_app>",
            "(turn on|switch on) [the|my] {the_app:name} [<app_word>]",
            "(get|bring|pop) <an_app> (up|open|running|going|up and running)",
            "<open> [the|my] (<app_word>|browser|navigator|game) [of] {app:name}",
            "(play|launch|start|run|open|queue up|hop on|jump on) [{game_of:how}] {game:name}",
            "[<perform>] [the|a] (launch|launching|opening|start-up|startup|boot-up) of [the|my]"
            " {app:name} [<app_word>]",
            "get <an_app> (started|launched|opened)",
            "(power up|startup|start-up|reopen) <an_app>",
        ),
    ),
    Action(
        "0",
        "02",
        "close_app",
        "close an application",
        (_name("the application name, e.g. discord"),),
        templates=(
            "<close> {app:name}",
            "<close> (the|my) {the_app:name}",
            "<close> [the|my] {app:name} browser",
            "<close> [the] {app_by_name:name} <app_word>",
            "<close> my {the_app:name} <app_word>",
            "<close> [the|my] <app_word> <named> {named_app:name}",
            # Its window or its session: the client closes the whole application.
            "(<close>|end) [the|my|this|that] {app:name} (window|windows|session)",
            "(shut|turn|switch) [the|my] {app:name} [<app_word>] (down|off)",
            # Stopped, when it is said to be an application: "stop the program chrome".
            "(stop|end) [the|my] (<app_word> [<named>] {app:name}|{app_by_name:name} <app_word>)",
            "<an_app> off",
            "(close|kill|shut) <an_app> (out|off)",
            # Not "stop": "make spotify stop" may be the music.
            "make <an_app> [to] (close|quit)",
            "get <an_app> off [my|the] screen",
            "<close> [the|my] (<app_word>|browser|navigator|game) [of] {app:name}",
            # Slang for closing, for an application only ("nuke" deletes a file).
            "(end|end task|end task on|end task for|alt f4|alt-f4|alt+f4|cmd q|cmd+q|ctrl q"
            "|ctrl+q|get off|hop off|x out|x out of|{rage:how} quit|ragequit|rage-quit|force kill"
            "|force stop|kill off) [the|my] {app:name} [<app_word>]",
            # Words for deleting, never of a thing of the user's ("get rid of my photos").
            "(nuke|get rid of) [the|my] ({the_app:name}|{app_by_name:name} <app_word>)",
            "{fully:how} <close> {app:name}",
            "<close> {app:name} {fully:how}",
            "[<perform>] [the|a] (closing|closure|termination|shutdown|shutting down|force quit"
            "|close) of [the|my] {app:name} [<app_word>]",
            "close [the|my] {app:name} [<app_word>] down",
            "(exit|quit) from [the|my] {app:name} [<app_word>]",
            # Said of an application only: "stop running the tests" is not one.
            "(stop|quit) running [the|my] ({app:name} [<app_word>]|{app_by_name:name} <app_word>)",
        ),
    ),
    Action(
        "0",
        "03",
        "open_file",
        "open a file",
        _FILE,
        templates=(
            "<open_file> [the|my] [<file_word>] {file:name}",
            "<open_file> [the|my] {file:name} <file_word>",
            "<open_file> [the|my] <file_word> <named> {file:name}",
            "<open_file> [the|my] {file_type:ext} [<file_word>] <named> {file_name:name}",
        ),
    ),
    Action(
        "0",
        "04",
        "close_file",
        "close a file",
        _FILE,
        templates=(
            "<close> [the|my] [<file_word>] {file:name}",
            "<close> [the|my] {file:name} <file_word>",
            "<close> [the|my] <file_word> <named> {file:name}",
        ),
    ),
    Action(
        "0",
        "05",
        "create_file",
        "create a file",
        _FILE,
        templates=(
            "<make> [a|an|the] [<new>] [empty|blank] <file_word> [<named>] {file:name}",
            "<make> [a|an] [<new>] [empty|blank] {file_type:ext} [<file_word>] <named>"
            " {file_name:name}",
            "<make> [a|an] [<new>] [empty|blank] {file_type:ext} <file_word> {file_name:name}",
            "(create|make) [a|an] [<new>] [empty|blank] {file:name}",
            "<new> [empty|blank] <file_word> [<named>] {file:name}",
            "[<perform>] [the] creation of [a|an|the] [<new>] <file_word> <named> {file:name}",
            "<new> {file_type:ext} [<file_word>] [<named>] {file_name:name}",
            "<make> [a|an|the] [<new>] [empty|blank] <file_word> [<named>] {file:name} <desktop>",
        ),
    ),
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
        templates=(
            "rename [the|my] [<file_word>] {file:old} <rename_to> {file_name:new}",
            "rename [the|my] <file_word> <named> {file:old} <rename_to> {file_name:new}",
            "change [the] name of [the|my] [<file_word>] {file:old} <rename_to> {file_name:new}",
        ),
    ),
    Action(
        "0",
        "07",
        "delete_file",
        "delete a file",
        _FILE,
        templates=(
            "<delete> [the|my] [<file_word>] {file:name}",
            "<delete> [the|my] {file:name} <file_word>",
            "<delete> [the|my] <file_word> <named> {file:name}",
            "[<perform>] [the|a] (deletion|removal) of [the|my] [<file_word>] {file:name}",
        ),
    ),
    Action(
        "0",
        "08",
        "create_folder",
        "create a folder",
        (_name("the folder name"),),
        templates=(
            "<make> [me] [a|an|the|one] [<new>] [empty] <folder_word> <named> {folder:name}"
            " [<desktop>]",
            "<make> [me] [a|an|the] [<new>] [empty] <folder_word> <desktop> <named> {folder:name}",
            # Where said as the machine itself: "a folder on my pc called Work".
            "<make> [me] [a|an|the] [<new>] [empty] <folder_word> on <device> <named>"
            " {folder:name}",
            "<make> [me] [a|an|the] [<new>] [empty] <folder_word> {bare_folder:name} [<desktop>]",
            "<make> [me] [a|an|the] [<new>] [empty] {folder_before_noun:name} <folder_word>"
            " [<desktop>]",
            "<make> [me] [a|an] [<new>] [empty] <folder_word> and ((call|name) it|give it [the]"
            " name) {folder:name}",
            # Where before what, as Russian and Spanish say it: "create on desktop folder X".
            "<make> (on|in) [the|my] desktop [a|an|the] [<new>] [empty] <folder_word> (<named>"
            " {folder:name}|{bare_folder:name})",
            # Said as a noun, only after a verb: "the creation of a folder called X failed"
            # is about it, and a folder name may be any words.
            "<perform> [the] creation of [a|an|the] [<new>] <folder_word> <named> {folder:name}",
            "[a|an] <new> [empty] <folder_word> <named> {folder:name}",
            "[a|an] <new> [empty] <folder_word> {bare_folder:name}",
            "mkdir {path:name}",
            # The noun first, as some learners' English says it: "folder create with name X".
            "<folder_word> (create|make) <named> {folder:name}",
        ),
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
        templates=(
            "rename [the|my] <folder_word> [<named>] {folder:old} <rename_to> {folder:new}",
            "rename [the|my] {folder_before_noun:old} <folder_word> <rename_to> {folder:new}",
            "change [the] name of [the|my] <folder_word> [<named>] {folder:old} <rename_to>"
            " {folder:new}",
            "change [the] name of [the|my] {folder_before_noun:old} <folder_word> <rename_to>"
            " {folder:new}",
            "change the <folder_word> name from {folder:old} to {folder:new}",
            "change the <folder_word> name {folder:old} to {folder:new}",
        ),
    ),
    Action(
        "0",
        "10",
        "delete_folder",
        "delete a folder",
        (_name("the folder name"),),
        templates=(
            # Where it is said anywhere: "remove from the desktop the folder called X" (French,
            # Spanish order), "delete the folder on the desktop named X".
            "<delete> [<desktop>] [the|my] <folder_word> [<desktop>] <named> {folder:name}"
            " [<desktop>]",
            "<delete> [the|my] <folder_word> {bare_folder:name} [<desktop>]",
            "<delete> [the|my|that|this] [whole|entire] {folder_before_noun:name} <folder_word>"
            " [<desktop>]",
            "<perform> [the|a] (deletion|removal) of [the|my] <folder_word> [<named>]"
            " {folder:name}",
            # Moved to the bin: "send the Drafts folder to the trash".
            "{to_the_bin:how} [the|my|that|this] ({folder_before_noun:name} <folder_word>"
            "|<folder_word> [<named>] {folder:name}) (to|in|into) [the|my] {the_bin:what}",
        ),
    ),
    Action(
        "0",
        "11",
        "take_screenshot",
        "take a screenshot",
        templates=(
            # "the" after a verb only: "the screenshot of the error" is one already taken.
            "[(take|capture|grab|get|make|snap|do|save|{snag:how}|shoot|trigger|initiate|execute"
            "|perform) [the]] [a|an|me a|us a|one] [quick|{a_little:how}|little|new|full"
            "|full-screen|fullscreen|full screen|entire screen|whole screen|whole-screen]"
            " (<screenshot>|screen snapshot) [(of|from) (<shown>|this|that)] [<desktop>|and save"
            " it [<desktop>]]",
            # "a screen" for a screenshot, as French, Italian and Spanish speakers say it.
            "take [a|an|me a] screen [of (<screen>|this|that)]",
            # "a print of the screen": a screenshot, in Brazilian Portuguese ("um print").
            "[(take|capture|grab|get|snap|save|make|do|realize|realise)] [a|an] (picture|pic"
            "|photo|image|snapshot|capture|shot|copy|snap|print) of <screen>",
            "<screenshot> (this|that|it|<shown>)",
            "(capture|grab|snap|snapshot|cap|snip) ([the contents of] <screen>|(what's|what is"
            "|everything) on [my|the] screen)",
            "(take|grab|make|do) [a|an] [quick] (snip|screen (picture|pic|photo|image))"
            " [of <screen>]",
            "(press|hit|push) [the] (print screen|printscreen|prtsc|prt sc|prtscn|prt scn|prtscr)",
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
        templates=(
            # British "pop on", "stick on", "chuck on", "whack on". Not "listen to me": said
            # for attention.
            "((play|put on|start playing|queue up|queue|blast|throw on|pop on|stick on|chuck on"
            "|whack on) [me]|listen to) [the song|the track|song|track] {song:song}",
            "(put|pop|stick|throw|chuck|whack) the (song|track) {song:song} on",
            # Other languages' verb for playing ("pon la canción", "включи песню").
            "(put|turn on|switch on) [me] [the|a] (song|track) {song:song}",
            "(play|put on|start playing) [the song|the track|song|track|me] {song:song}"
            " (from|off|on|in) [my|the] {playlist:playlist} playlist",
            "(play|put on|start playing) [the song|the track|song|track|me] {song:song}"
            " (from|off|on|in) [my|the] playlist [<named>] {playlist:playlist}",
            "(play|put on|start playing) [the song|the track|song|track|me] {song:song}"
            " on (spotify|apple music|itunes)",
            # Its title said after it: "play a song called Yesterday" ("called something" is none).
            "((play|put on|start playing|queue up|blast|throw on) [me]|listen to) (the|a)"
            " (song|track) <named> {song:song}",
            # A kind of music (a closed list: "play some zelda" is a game).
            "((play|put on|throw on|blast|queue up|pop on|stick on|chuck on|whack on) [me]"
            "|listen to) [some] {genre:song} (music|songs|tunes)",
            "(play|put on|throw on|blast|queue up|pop on|stick on|chuck on|whack on) [me] some"
            " {genre:song}",
            "(put|pop|stick|throw|chuck|whack) [on] some {genre:song} [music|songs|tunes] on",
        ),
    ),
    Action(
        "0",
        "13",
        "pause_music",
        "pause the music",
        templates=(
            "(pause|stop|halt|freeze) [the|my|this] [current] [spotify|apple music|itunes] (music"
            "|song|track|playback|audio|tune|tunes|player|playlist|podcast)",
            "(pause|stop) what (i'm|i am) listening to",
            "(pause|stop|halt|freeze) [the|my] (spotify|apple music|itunes)",
            "(pause|stop) (what's|whatever's|what is|whatever is) playing",
            "pause [it|playback|everything]",
            "(stop|pause|quit) playing [the|my|this] [music|song|track]",
            "(turn off|shut off|kill|cut) [the|my] (music|song|tunes)",
            "switch off [the|my] (music|song|tunes)",
            "(turn|switch|shut) the (music|song|tunes) off",
            "(hit|press) pause [on [the|my] (music|song|track|tunes|spotify|apple music|itunes)]",
            # Not "on hold": "I'm on hold" is a reason.
            "(put|pop) [the|my] (music|song|tunes) (on|in) pause",
            "put (on|in) pause [the|my] (music|song)",
            "[the|my] (music|song|tunes) (off|stop|pause)",
            # Not "spotify stop" nor "spotify off": they may close it.
            "(spotify|apple music|itunes|playback|track|player|podcast) pause",
        ),
    ),
    Action(
        "0",
        "14",
        "open_url",
        "open a website or URL in the browser",
        (DetailField("url", "the full https URL", payloads.valid_url),),
        templates=(
            "<open> [the] {site:url}",
            "<open> [the] {site:url} in [the|my|a] [web] browser",
            "<open> [the] {site:url} in [the|my] {app:browser}",
            "[<open>] [the] {named_site:url} <site_word>",
            "<open> [the|this] (link|url|address|<site_word>) [of] {named_site:url}",
            "<open> [the] {site:url} in a new (tab|window)",
            # The user's account on it: "open my gmail", "pull up my linkedin".
            "<open> my {site:url} [<site_word>]",
            "(go|navigate|browse|head|surf|take me|bring me|enter|go in|go into|get into|access"
            "|enter in|enter on|enter into|swing by|pop over|hop over)"
            " [over to|to] [the] {named_site:url}"
            " [<site_word>]",
            "(visit|browse|show me|go on|<hop_on>) [the] {named_site:url} [<site_word>]",
            # The word "site" first: "go on the site github.com" (French "aller sur le site").
            "(go [on|to|into]|navigate [to]|head [to]|visit|browse [to]|enter [on|in|into])"
            " [the] <site_word> [of] {named_site:url}",
            "(chuck|stick|pop|whack|throw|put) [the] {named_site:url} on",
            # Not "put on youtube": it may be an upload.
            "(chuck|stick|pop|whack|throw) on [the] {named_site:url}",
            "{typed_url:url}",
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
            "<set_up> [a|an|the|me a|us a|up a|one|new|a new|on a] <timer> (for|of|on|to|at|lasting"
            "|from|with|that lasts|which lasts|with a duration of) [{roughly:how}]"
            " {duration:seconds}",
            "[a|an|new|a new] <timer> (for|of|lasting|on) [{roughly:how}] {duration:seconds}",
            "[a|an|new|a new] <timer> {duration:seconds}",
            "(start|begin) counting down [from] {duration:seconds}",
            "(set|start|create|make) [a|an|me a] <timer> (that|to|which) (goes off|go off|rings"
            "|ring|ends|end|will go off|will ring) in {duration:seconds}",
            "<set_up> [a|an|me a|us a|one|on a|up a] [quick|short|new] {duration:seconds} <timer>"
            " [on]",
            # Timing the user: "time me for 5 minutes" (alone, "time me" is a stopwatch).
            "time (me|us) [for] {duration:seconds}",
            "(put|set|stick|add|give me|give us) {duration:seconds} on the (timer|clock)",
            "(set|start|make|put|do|create|run) [a|the|one] <timer> {duration:seconds}",
            "get [a|an|me a] {duration:seconds} <timer> (going|started|running)",
            "((pop|stick|put|set|chuck|throw|whack) [a|an] <timer> on|get [a|an|me a|us a] <timer>"
            " (going|started|running)) (for|of) {duration:seconds}",
            "<timer> (put|set|start) [for|of] {duration:seconds}",
            # The length said first, as other Englishes order it: "for 45 seconds put a timer".
            "(for|of) {duration:seconds} <set_up> [a|an|one|me a|the] <timer>",
            # "go" said last, the go-ahead: "10 min timer go", "timer 5 min go"
            "[a|an] {duration:seconds} <timer> [go]",
            "<timer> [for|of|from] {duration:seconds} [go]",
            # Not "the timer": that one may already exist.
            "(set|start|create|make|put|add|set up) [a|an|me a|new|a new] <timer>",
        ),
        asks_for_missing=True,
    ),
    Action(
        "0",
        "18",
        "start_stopwatch",
        "start a stopwatch",
        templates=(
            "(start|launch|open|begin|run|set|turn on|activate|fire up|kick off|initiate|trigger"
            "|commence|spin up|start up|boot up|give me|set up) [a|an|the|my|me a] [new]"
            " (stopwatch|stop watch|chronometer|chrono) [app]",
            "[a|the|new|a new] (stopwatch|stop watch|chronometer) [start|on|go]",
            "(start|begin) (timing|{clocking:how}) [me|us]",
            "(start|begin) counting up",
            "time {how_long:how} [me|us]",
            "get [a|an|the|my] (stopwatch|stop watch) (going|started|running)",
            "time me",
        ),
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
        templates=_volume_templates(
            "up",
            "(raise|increase|boost|amplify|up|crank|pump|bump|jack|hike|augment|elevate|louden)",
            "(louder|more loud)",
            "(more|higher)",
            "(quiet|low|soft)",
            "(plus|+)",
        )
        + _word_order_templates(
            "(more high|higher|more loud|louder|more up)",
            "(increase|boost|raise|bump)",
        )
        + ("(crank|pump) it [<a_bit>]",)
        + _player_templates("up")
        # The level it should be at, a verb said ("make the volume high"): without one,
        # "volume high" may say it is too loud.
        + (
            "(make|put|set) [the|my] <sound> (high|loud)",
            "(make|put|set) (high|loud) [the|my] <sound> [<a_bit>]",
        ),
        asks_for_missing=True,
    ),
    Action(
        "1",
        "02",
        "volume_down",
        "turn the volume down",
        (_VOLUME_FIELD,),
        templates=_volume_templates(
            "(down|doon)",  # Scots "turn it doon"
            "(lower|decrease|reduce|drop|lessen|soften|down|diminish|descend|tone down|quiet down"
            "|quieten|quieten down)",
            "(quieter|softer|less loud|more quiet|more soft)",
            "(less|lower)",
            "loud",
            "minus",
        )
        + _word_order_templates(
            "(more low|lower|more quiet|quieter|more soft|softer|less loud|more down)",
            "(decrease|reduction|drop)",
        )
        # Not "tone it down": said to a person, it is about their words.
        + (
            "((tone|quiet|quieten) [the|my] <sound>|(quiet|quieten) it) down [[by] {amount:amount}"
            "|<a_bit>]",
        )
        + _player_templates("down")
        + (
            "(make|put|set) [the|my] <sound> (low|quiet|soft)",
            "(make|put|set) (low|quiet|soft) [the|my] <sound> [<a_bit>]",
        ),
        asks_for_missing=True,
    ),
    Action(
        "1",
        "03",
        "webcam_picture",
        "take a picture with the webcam",
        templates=(
            "<shoot> [a|an|me a|one] [quick|new] [<webcam>] <photo> [of (me|myself|us"
            "|{my_face:what})] [<by_webcam>]",
            "[a|an] [quick] <photo> of (me|myself|us|{my_face:what}) [<by_webcam>]",
            "photograph (me|myself|us) [<by_webcam>]",
            "<shoot> [a|an|me a|my] [new] {portrait:what} [<by_webcam>]",
            "(take|snap|capture|grab) [a|an] [quick] (snapshot|snap|shot|{still:what}) <by_webcam>",
            "(take|snap) (my|our|me) <photo> [<by_webcam>]",
            "[a|an|one] [quick] selfie",
            "[a|an] [quick|new] (<webcam> (<photo>|snapshot|snap)|(<photo>|snapshot) <by_webcam>)",
            "(use|open) [the|my] <webcam> to <shoot> (a|one) <photo>",
            "click (a|one|my) (<photo>|snap) [<by_webcam>]",
            # "shot" only with the webcam said: "take a shot" may be a drink.
            "(take|snap|grab) [a|an|one] [quick] <webcam> shot",
        ),
    ),
    Action(
        "1",
        "04",
        "webcam_video",
        "record a video with the webcam",
        templates=(
            "(record|take|capture|film|shoot|register) [a|an|me a|one|some] [short|quick|new]"
            " [<webcam>|selfie] (video|clip|footage) [of (me|myself|us)] [<by_webcam>]"
            " [for {duration:length}]",
            "make [a|an] [short|quick] [selfie] (video|clip) [of me] <by_webcam>",
            "make [a|an] [short|quick] <webcam> (video|clip) [of me]",
            "(record|take|film|shoot) [a|an] {duration:length} (video|clip|vid) [of me]"
            " [<by_webcam>]",
            "(start|begin) [a|an|the] [new] (<webcam>|video) recording [<by_webcam>]",
            "(start|begin) [a|an|the] [new] <webcam> (video|clip)",
            "(start|begin) recording [a] [video] <by_webcam>",
            "(start|begin) recording [a] video",
            "(start|begin) [a] video recording",
            "(record|film|video) (me|myself|us) [<by_webcam>] [for {duration:length}]",
            "(start|begin) (recording|filming) (me|myself|us) [<by_webcam>]",
            "(record|take|film|shoot) [a|an] [short|quick] (video|clip|vid) [of (me|myself|us)]"
            " for {duration:length}",
            "(start|begin) [a|an] recording <by_webcam>",
            "start filming [me]",
            "record <by_webcam>",
            "record [the|my] <webcam>",
            "(do|make|shoot) [a|an] [short|quick] [selfie] (video|clip|vid) of (me|myself|us)"
            " [<by_webcam>]",
            "[a|an] [short|quick] (video|vid|clip) of (me|myself|us) [<by_webcam>]",
            "[(make|take|record|shoot)] [a|an] (video selfie|selfie video)",
            "[(make|do|take)] [a|an] [short|quick] <webcam> (video|recording|clip)",
            "[a|an] [short|quick] [video] (recording|video|clip) <by_webcam>",
            "(do|make) [a] [<webcam>] [video] recording <by_webcam>",
        ),
    ),
    Action(
        "1",
        "05",
        "sleep",
        "put the computer to sleep",
        templates=(
            "(put|pop) <device> to sleep",
            # Not without the device: "I need to go to sleep" is the user's need.
            "<device> go [to] sleep",
            "put <device> (in|into|to|on|for) [the] (sleep|sleeping|standby|suspension|hibernation"
            "|hibernate|suspend) [mode]",
            "put (in|into|to|on) (sleep|sleeping|standby) [mode] <device>",
            "send <device> to sleep",
            "<device> (sleep|to sleep|standby|to standby) [mode]",
            "(suspend|hibernate)",
            "(sleep|suspend|hibernate|standby) <device>",
            "(make|{let:how}) <device> [to|go to] (sleep|hibernate)",
            "[(enter|activate|turn on|switch to|go into|put|set|enable|initiate|trigger)] [the]"
            " (sleep|sleeping|standby|hibernate|hibernation|suspend) mode [(for|on|of) <device>"
            "|on]",
        ),
    ),
    Action(
        "1",
        "06",
        "shut_down",
        "shut the computer down",
        templates=(
            # Not "drive the computer down", "make the computer out" (German, Dutch) nor "put
            # off the pc" (or postpone it?): what cannot be undone, said so, is the model's.
            "(shut down|shutdown|power off|power down|turn off|switch off|shut off|extinguish"
            "|turn aff|switch aff) <device>",
            "(shut|power|turn|switch) <device> (down|off|aff)",
            "[<perform>|begin|start] [a|the] [system|full|complete] (shutdown|shut down|power off"
            "|power down)"
            " [of <device>]",
            # Not "my laptop shut down": it did, by itself.
            "[the|this] [whole|entire] <machine> (shut down|shutdown|power off|power down)",
            "(make|{let:how}) <device> [to] (shut down|shutdown|power off|power down|turn off"
            "|switch off)",
            "<device> off",
            "off <device>",
            "(shut|power) (it|everything) down",
            "(shut|power) it all (down|off)",
            "power (it|everything) off",
            # Not "turn off everything": the apps, the lights?
            "(power off|shut down|power down) everything",
        ),
    ),
    Action(
        "1",
        "07",
        "restart",
        "restart the computer",
        templates=(
            # "the box" only here: turned off, it may be a TV's.
            "(restart|reboot|reinitiate|reinitialize|reinitialise|re-start|re-boot|bounce"
            "|power cycle|power-cycle)"
            " (<device>|[the|my|this] {box:what})",
            "[<perform>] [a|the] [quick|system|full|computer|pc|{restart_kind:how}]"
            " (restart|reboot|power cycle) [of <device>]",
            "[make|{let:how}] <device> (restart|reboot)",
            "(make|{let:how}) <device> to (restart|reboot)",
            # Started again: "start the computer new" (German "neu starten"). Not "start it
            # over": a song or a game may be.
            "(start|boot) <device> (new|anew|again|over)",
            "give <device> a [quick] (restart|reboot)",
            "(turn|switch) (<device>|it) off and {back_on:how}",
        ),
    ),
)

ACTIONS: Mapping[str, Action] = MappingProxyType({a.full_code: a for a in _SOFTWARE + _HARDWARE})


def codes_of(*names: str) -> frozenset[str]:
    """The full codes of the actions ``names`` names ("sleep", "shut_down"): a policy over
    actions reads by name, not by number; a name no action has fails at import."""
    by_name = {action.name: code for code, action in ACTIONS.items()}
    return frozenset(by_name[name] for name in names)


_WORD_PATTERN = re.compile(r"[\w'’-]+")
_SLOT_OR_PART = re.compile(r"\{[^}]*\}|<[^>]*>")


@cache
def template_words() -> frozenset[str]:
    """Every word the fast path's templates and their shared parts are written with."""
    texts = [t for action in ACTIONS.values() for t in action.templates]
    return frozenset(
        word
        for text in (*texts, *SENTENCE_PARTS.values())
        for word in _WORD_PATTERN.findall(_SLOT_OR_PART.sub(" ", text).casefold())
    )


NONE_OF_THESE = "00"  # the model's answer when no action of the category fits


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


# Other words a model may answer with instead of a category's code.
_CATEGORY_ALIASES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "0": ("software action", "software actions"),
        "1": ("hardware action", "hardware actions"),
        "3": ("search", "web", "internet search", "google search"),
        "4": ("logic", "facts", "fact", "logic and facts", "math", "maths", "science"),
        "5": ("creative", "creative writing", "writing"),
        "6": ("code", "coding", "programming", "computer science"),
        "7": ("discussion", "chat", "conversation", "small talk", "smalltalk"),
        "A": ("not understood", "unknown", "unclear"),
    }
)


def category_names() -> dict[str, str]:
    """Names of the model's categories ("software", "web search") -> their codes."""
    names = {alias: code for code, aliases in _CATEGORY_ALIASES.items() for alias in aliases}
    for category in model_categories():
        names[category.name] = category.code
        names[category.name.replace("_", " ")] = category.code
    return names


def action_names(choice: ActionChoice) -> dict[str, str]:
    """Names of the actions offered ("open_app", "open app", "open an application") -> codes."""
    names: dict[str, str] = {}
    for action in choice.actions:
        plain = action.description.replace(" an ", " ").replace(" a ", " ").replace(" the ", " ")
        for name in (action.name, action.name.replace("_", " "), action.description, plain):
            names[name] = action.code
    return names


def build_payload(action: Action, details: Details) -> tuple[str, dict[str, str]]:
    """The payload and the validated details; ``0`` if any detail fails its check."""
    clean: dict[str, str] = {}
    for detail in action.fields:
        value = detail.validator(details.get(detail.name))
        if value is None:
            return payloads.MISSING, {}
        clean[detail.name] = value
    return "|".join(clean[d.name] for d in action.fields), clean
