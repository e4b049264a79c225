"""Desktop applications the fast path knows by name, and the rule for names it does not know.

Each line of the tables is the name the client opens (lowercase, the
application's usual name: the client runs ``open -a "<name>"`` and its
equivalents) followed by the other ways people write it. A name outside the
tables is accepted only where the sentence names it as an application ("the
app called linear", "the program named zotero"), and only when it is not one
of our names misspelt, a kind of thing ("the music app"), a phrase, or a word
a shell would act on.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from types import MappingProxyType

from milio.chat.contract import payloads
from milio.chat.understanding import other_languages

_APPLICATIONS = """
google chrome: chrome, chrome browser, google chrome browser
firefox: mozilla firefox, firefox browser
safari: safari browser, apple safari
microsoft edge: edge, ms edge, msedge, edge browser, microsoft edge browser
brave browser: brave
opera: opera browser
opera gx: opera gx browser
vivaldi: vivaldi browser
arc: arc browser
tor browser: tor
chromium: chromium browser
librewolf
waterfox
zen browser
discord
slack
zoom: zoom meetings, zoom meeting, zoom app, zoom workplace
microsoft teams: teams, ms teams, msteams, teams app
skype
whatsapp: whats app, whatsapp desktop
telegram: telegram desktop
signal: signal desktop
messenger: facebook messenger
messages: imessage, imessages, apple messages
facetime: face time
webex: cisco webex, webex meetings
viber
wechat
element
thunderbird: mozilla thunderbird
mail: apple mail
microsoft outlook: outlook, ms outlook
spark: spark mail
mailspring
microsoft word: word, ms word, msword, winword
microsoft excel: excel, ms excel
microsoft powerpoint: powerpoint, ms powerpoint, power point, ppt
microsoft onenote: onenote, one note
microsoft access: ms access
microsoft publisher: publisher
microsoft to do: microsoft todo, ms to do
pages: apple pages
numbers: apple numbers
keynote: apple keynote
libreoffice: libre office
libreoffice writer
libreoffice calc
libreoffice impress
openoffice: open office
wps office: wps
notion
obsidian
evernote
bear: bear notes
joplin
logseq
todoist
things: things 3
ticktick
trello
asana
clickup
airtable
notability
goodnotes: good notes
craft
typora
scrivener
ulysses
ia writer
grammarly
adobe acrobat: acrobat, acrobat reader, adobe reader, adobe acrobat reader, acrobat pro
preview
foxit reader: foxit
calibre
kindle
anki
zotero
mendeley
visual studio code: vs code, vscode, vsc, visual studio code editor
visual studio: microsoft visual studio
xcode
android studio
intellij idea: intellij, intellij idea ultimate
pycharm
webstorm
phpstorm
goland
rider
clion
rubymine
datagrip
eclipse
netbeans
sublime text: sublime
atom
notepad++: notepad plus plus, notepad ++, npp, np++
notepad
textedit: text edit
macvim
gvim
emacs
cursor: cursor editor, cursor ide
zed: zed editor
terminal: mac terminal
iterm: iterm2
warp: warp terminal
windows terminal
powershell: windows powershell, pwsh
command prompt: cmd
git bash
github desktop
sourcetree
gitkraken: git kraken
docker: docker desktop
postman
insomnia
tableplus
dbeaver
mysql workbench
pgadmin
mongodb compass
filezilla
putty
wireshark
virtualbox: oracle virtualbox
vmware workstation
vmware fusion
parallels desktop: parallels
unity hub: unity
unreal engine: unreal
godot: godot engine
blender
jupyter notebook: jupyter
jupyterlab: jupyter lab
anaconda navigator: anaconda
rstudio: r studio
matlab
spyder
arduino ide: arduino
xampp
adobe photoshop: photoshop
adobe illustrator: illustrator
adobe premiere pro: premiere pro, premiere, adobe premiere
adobe after effects: after effects
adobe lightroom: lightroom
adobe indesign: indesign
adobe xd
adobe audition: audition
adobe creative cloud: creative cloud
figma
sketch
affinity photo
affinity designer
affinity publisher
gimp
inkscape
krita
paint: ms paint, microsoft paint, mspaint
paint 3d
paint.net: paint dot net
davinci resolve: resolve
final cut pro: final cut
imovie
garageband: garage band
logic pro: logic pro x
ableton live: ableton
fl studio
audacity
pro tools
reaper
obs studio: obs
streamlabs: streamlabs obs
handbrake
vlc: vlc media player, vlc player
iina
quicktime player: quicktime
windows media player
itunes
apple music
spotify
tidal
deezer
amazon music
plex
kodi
stremio
photos: apple photos, microsoft photos
snipping tool
capcut
clipchamp
shotcut
kdenlive
openshot
camtasia
snagit
loom
steam
epic games launcher: epic games, epic launcher, epic games store
battle.net: battlenet, battle net, bnet
ea app: origin
ubisoft connect: uplay
gog galaxy
xbox: xbox app
riot client
finder
file explorer: explorer, windows explorer
calculator: calc
calendar
clock
notes: apple notes
reminders
contacts
app store: mac app store
microsoft store: windows store, ms store
system settings
system preferences
control panel
task manager: taskmgr, task mgr
activity monitor
disk utility
keychain access
automator
shortcuts
wordpad
registry editor: regedit
device manager
magnifier
narrator: windows narrator
nvda: nvda screen reader
jaws: jaws screen reader
voiceover: voice over
on-screen keyboard: on screen keyboard, onscreen keyboard
sticky notes: stickies
voice memos
photo booth
image capture
font book
remote desktop: microsoft remote desktop, remote desktop connection
teamviewer
anydesk
1password: one password
bitwarden
lastpass
keepassxc: keepass
dashlane
nordvpn: nord vpn
expressvpn: express vpn
protonvpn: proton vpn
tunnelblick
ccleaner
malwarebytes
avast
dropbox
onedrive: one drive, microsoft onedrive
transmission
qbittorrent
utorrent
winrar
7zip: 7-zip, 7 zip
the unarchiver
keka
alfred
raycast
rectangle
magnet
bartender
amphetamine
cyberduck
balenaetcher: etcher
rufus
raspberry pi imager
podcasts: apple podcasts
apple books
apple tv
freeform
linear
superhuman
miro
basecamp
simplenote
standard notes
anytype
microsoft whiteboard
microsoft copilot: copilot
box drive
sublime merge
sequel ace
alacritty
ghostty
bbedit
octave: gnu octave
codeblocks: code blocks, code::blocks
dev-c++: dev c++
autodesk maya: maya
3ds max: autodesk 3ds max
cinema 4d: c4d
houdini
zbrush
autocad
fusion 360: autodesk fusion 360
solidworks
sketchup
revit
freecad
google earth: google earth pro
adobe express
adobe digital editions
musescore
mpv
winamp
foobar2000
potplayer
shazam
stream deck: elgato stream deck
geforce experience: nvidia geforce experience
voicemeeter
norton: norton antivirus
mcafee
bitdefender
windows security: windows defender
powertoys: microsoft powertoys
autohotkey
veracrypt
winscp
rustdesk
parsec
steam link
ventoy
cpu-z
hwmonitor
msi afterburner: afterburner
crystaldiskinfo
speccy
revo uninstaller
peazip
bandizip
cleanmymac: cleanmymac x
appcleaner
karabiner-elements: karabiner
bettertouchtool
little snitch
istat menus
logi options+: logi options, logitech options
logitech g hub: g hub, ghub
launchpad
mission control
system information
script editor
time machine
disk management
event viewer
character map
gedit
nautilus
konsole
teamspeak
mumble
kakaotalk
gotomeeting
mailbird
xbox game bar: game bar, gamebar
minecraft launcher
roblox studio
playnite
heroic games launcher: heroic
"""

# Games open as applications too, and "play <game>" means opening it.
_GAMES = """
minecraft: mc
roblox
league of legends: league
valorant: val, valo
fortnite
counter-strike 2: counter strike 2, cs2, counter strike, counter-strike, cs, csgo, cs go
dota 2: dota
overwatch 2: overwatch, ow2
genshin impact: genshin
apex legends: apex
rocket league
among us
world of warcraft
hearthstone
stardew valley
terraria
the sims 4: sims 4, sims, the sims
call of duty: cod, warzone, cod warzone
grand theft auto v: gta v, gta 5, gta five, gta
red dead redemption 2: rdr2, rdr 2, red dead, red dead 2
elden ring
cyberpunk 2077
the witcher 3: witcher 3
hollow knight
fall guys
rainbow six siege: r6 siege, r6, rainbow six, siege
destiny 2: destiny
warframe
path of exile: poe
sea of thieves
microsoft flight simulator: flight simulator
microsoft solitaire collection: solitaire
candy crush: candy crush saga
pubg: pubg battlegrounds
baldurs gate 3: bg3, baldurs gate
helldivers 2: helldivers
palworld
lethal company
escape from tarkov: tarkov, eft
dead by daylight: dbd
team fortress 2: tf2
left 4 dead 2: l4d2
marvel rivals
phasmophobia: phasmo
factorio
brawlhalla
"""

# Never a name by themselves: they say what kind of thing, not which one.
GENERIC_WORDS = frozenset(
    (
        *("app", "apps", "application", "applications", "program", "programs", "software"),
        *("browser", "web browser", "music", "music player", "email", "emails", "e-mail"),
        *("camera", "webcam", "settings", "game", "games", "video", "videos", "file", "files"),
        *("folder", "folders", "document", "documents", "window", "windows", "door"),
        *("computer", "pc", "mac", "laptop", "screen", "system", "internet", "web"),
        *("timer", "stopwatch", "alarm", "volume", "sound", "audio", "chat", "editor"),
        *("messenger app", "player", "store", "maps", "weather", "news", "tv", "movies"),
    )
)
# Words that make "X" a phrase rather than a name ("discord and spotify", "it").
STOP_WORDS = frozenset(
    (
        *("a", "an", "the", "my", "your", "our", "his", "her", "their", "this", "that"),
        *("these", "those", "it", "them", "some", "any", "all", "every", "another", "other"),
        *("on", "in", "at", "to", "from", "for", "with", "without", "into", "onto", "of"),
        *("and", "or", "but", "then", "also", "plus", "after", "before", "when", "while"),
        *("if", "unless", "until", "later", "tomorrow", "tonight", "today", "again"),
        *("please", "not", "no", "don't", "never", "instead", "first", "next", "last"),
        *("called", "named", "titled", "labeled", "labelled", "by", "up", "down", "off", "out"),
        *("something", "file", "folder", "document", "doc", "directory"),
        *("whatever", "anything", "everything", "nothing", "stuff", "thing", "one", "same"),
        # A clause, not a name: "the folder I made yesterday", "the app we used".
        *("i", "me", "we", "us", "you", "he", "she", "they", "yesterday", "earlier", "ago"),
        *("recently", "made", "created", "used", "saved", "downloaded", "opened", "was", "were"),
        *other_languages.NAMING_WORDS,
        *("which", "whose", "as"),
        *other_languages.NOT_IN_A_NAME,
    )
)
MAX_NAME_WORDS = 3
# Commands and flags are never application names, even when "rm -rf" is safe to quote.
_SHELL_WORDS = frozenset(
    ("rm", "sudo", "sh", "bash", "zsh", "curl", "wget", "del", "rmdir", "format", "mkfs", "dd")
)


# The operating systems' own applications named with a common word: "the weather
# app" is the Weather application, but "open weather" or "open my music app" may
# mean something else, so these are taken only as "the <name> app".
BUILT_IN_BY_WORD = frozenset(
    (
        *("weather", "camera", "settings", "maps", "news", "music", "stocks", "home", "tv"),
        *("voice recorder", "sound recorder", "phone link", "tips", "feedback hub", "alarms"),
        *("media player", "photo viewer", "snip and sketch", "screenshot"),
    )
)

# Applications named for what they hold: "open my photos" or "open the notes" may
# mean the user's photos or notes, not the app, so only "open photos" is taken.
CONTENT_NOUN_NAMES = frozenset(
    (
        *("notes", "photos", "messages", "contacts", "reminders", "pages", "numbers", "word"),
        *("books", "things", "podcasts", "shortcuts", "paint", "keynote", "sketch", "craft"),
        *("teams", "mail", "preview", "signal", "element", "spark", "bear", "magnet", "arc"),
    )
)


def _table(text: str) -> dict[str, str]:
    aliases: dict[str, str] = {}
    for line in text.strip().splitlines():
        name, _, rest = line.partition(":")
        for alias in (name, *rest.split(",")):
            if alias.strip():
                aliases[alias.strip()] = name.strip()
    return aliases


APPLICATIONS: Mapping[str, str] = MappingProxyType(_table(_APPLICATIONS) | _table(_GAMES))
GAMES: frozenset[str] = frozenset(_table(_GAMES))


def known_application(words: str) -> str | None:
    """The name to open for a known application written ``words`` (any case)."""
    return APPLICATIONS.get(" ".join(words.casefold().split()))


def unknown_application(typed: str) -> str | None:
    """An application the tables do not know, written ``typed`` after "the app called".

    ``None`` when it reads like a phrase, a kind of thing, a misspelt known name,
    a command, or holds a character outside the plain name grammar (a name is
    never rewritten to fit).
    """
    if not is_plain_name(typed):
        return None
    words = typed.casefold().split()
    if any(word in _SHELL_WORDS for word in words) or "." in typed:
        return None  # "calc.exe", "evil.sh": a file or a domain, not an application
    phrase = " ".join(words)
    if not 1 <= len(words) <= MAX_NAME_WORDS or phrase in GENERIC_WORDS:
        return None
    if any(word in STOP_WORDS for word in words) or _misspelt_known(phrase):
        return None
    return phrase


def is_plain_name(typed: str) -> bool:
    """Letters, digits, single spaces, ``-_.+`` and emoji, no word starting with ``-``.

    Stricter than ``payloads.valid_name``: modifier letters such as ``ʼ`` or ``ʺ``
    pass as letters there but look like quotes, and "-rf" reads as a flag.
    """
    if payloads.valid_name(typed) != typed:
        return False
    if any(word.startswith("-") for word in typed.split()):
        return False
    rest = payloads.without_emoji(typed)
    return rest is not None and all(
        ch in " -_.+" or unicodedata.category(ch) in _NAME_CATEGORIES or _script_mark(ch)
        for ch in rest
    )


_NAME_CATEGORIES = frozenset(("Lu", "Ll", "Lt", "Lo", "Nd"))
# Marks that belong to no one script (accents left apart, overlays such as a slash through
# a letter), which NFC does not join to a letter: never in a name taken as typed.
_SHARED_MARKS = ((0x0300, 0x036F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF))


def _script_mark(ch: str) -> bool:
    """A vowel sign or dot of a script's own ("दस्तावेज़", "مُشَارِيع"): part of the word
    (payloads.valid_name has checked that it sits on a letter)."""
    if unicodedata.category(ch) not in ("Mn", "Mc"):
        return False
    code = ord(ch)
    return not any(low <= code <= high for low, high in _SHARED_MARKS) and code < 0xFE00


def _misspelt_known(phrase: str) -> bool:
    """Close to a known name without being it: "dicsord", "spotfy", "chorme"."""
    limit = 1 if len(phrase) <= 8 else 2
    return any(
        abs(len(alias) - len(phrase)) <= limit and 0 < _distance(alias, phrase, limit) <= limit
        for alias in APPLICATIONS
    )


def _distance(a: str, b: str, limit: int) -> int:
    """Edit distance with transpositions, giving up (``limit + 1``) once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]
