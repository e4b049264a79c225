"""Websites the fast path recognises: well-known sites by name, and any domain or URL typed.

A typed domain opens as typed, lowercased, over https (``netflix.com`` ->
``https://netflix.com/``); a typed URL keeps its scheme and path (scheme and
host lowercased, ``/`` added when there is no path). A URL is taken only when
it holds nothing a shell or the client's command line could act on (``&``,
``;``, quotes, ...) and ``payloads.valid_url`` accepts it unchanged; it is
never rewritten to fit: the caller declines instead.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from milio.chat.contract import payloads

_SITES = """
youtube: you tube, youtube website, yt | https://www.youtube.com/
youtube music: yt music, ytmusic | https://music.youtube.com/
google: google search, google homepage | https://www.google.com/
google drive: gdrive, g drive | https://drive.google.com/
gmail: g mail | https://mail.google.com/
google docs: gdocs | https://docs.google.com/
google sheets: gsheets, g sheets | https://sheets.google.com/
google calendar: gcal | https://calendar.google.com/
google translate | https://translate.google.com/
google photos | https://photos.google.com/
google news | https://news.google.com/
github: gh | https://github.com/
gitlab | https://gitlab.com/
netflix | https://www.netflix.com/
hulu | https://www.hulu.com/
disney plus: disney+, disneyplus | https://www.disneyplus.com/
reddit | https://www.reddit.com/
facebook: fb | https://www.facebook.com/
instagram: insta, ig | https://www.instagram.com/
linkedin: linked in | https://www.linkedin.com/
twitter | https://twitter.com/
pinterest | https://www.pinterest.com/
tiktok: tik tok | https://www.tiktok.com/
tumblr | https://www.tumblr.com/
wikipedia | https://www.wikipedia.org/
amazon | https://www.amazon.com/
ebay | https://www.ebay.com/
etsy | https://www.etsy.com/
twitch | https://www.twitch.tv/
stack overflow: stackoverflow | https://stackoverflow.com/
hacker news | https://news.ycombinator.com/
chatgpt: chat gpt | https://chatgpt.com/
duckduckgo: duck duck go, ddg | https://duckduckgo.com/
bing | https://www.bing.com/
yahoo | https://www.yahoo.com/
imdb | https://www.imdb.com/
espn | https://www.espn.com/
cnn | https://www.cnn.com/
new york times: the new york times, nytimes | https://www.nytimes.com/
the guardian | https://www.theguardian.com/
quora | https://www.quora.com/
medium | https://medium.com/
soundcloud | https://soundcloud.com/
paypal | https://www.paypal.com/
airbnb | https://www.airbnb.com/
yelp | https://www.yelp.com/
wolfram alpha: wolframalpha | https://www.wolframalpha.com/
khan academy | https://www.khanacademy.org/
coursera | https://www.coursera.org/
udemy | https://www.udemy.com/
duolingo | https://www.duolingo.com/
leetcode | https://leetcode.com/
kaggle | https://www.kaggle.com/
canva | https://www.canva.com/
icloud | https://www.icloud.com/
whatsapp web | https://web.whatsapp.com/
claude: claude ai, claude.ai | https://claude.ai/
perplexity | https://www.perplexity.ai/
gemini: google gemini | https://gemini.google.com/
openai | https://openai.com/
hugging face: huggingface | https://huggingface.co/
arxiv | https://arxiv.org/
google scholar | https://scholar.google.com/
google classroom | https://classroom.google.com/
google meet | https://meet.google.com/
google keep | https://keep.google.com/
google slides | https://slides.google.com/
google forms | https://forms.google.com/
youtube studio: yt studio | https://studio.youtube.com/
yahoo mail | https://mail.yahoo.com/
yahoo finance | https://finance.yahoo.com/
apple | https://www.apple.com/
mdn: mdn web docs | https://developer.mozilla.org/
w3schools | https://www.w3schools.com/
bitbucket | https://bitbucket.org/
vercel | https://vercel.com/
netlify | https://www.netlify.com/
npr | https://www.npr.org/
fox news | https://www.foxnews.com/
washington post: the washington post | https://www.washingtonpost.com/
wall street journal: the wall street journal, wsj | https://www.wsj.com/
the verge | https://www.theverge.com/
techcrunch | https://techcrunch.com/
wired | https://www.wired.com/
nasa | https://www.nasa.gov/
bloomberg | https://www.bloomberg.com/
reuters | https://www.reuters.com/
cnbc | https://www.cnbc.com/
forbes | https://www.forbes.com/
nba | https://www.nba.com/
nfl | https://www.nfl.com/
vimeo | https://vimeo.com/
dailymotion | https://www.dailymotion.com/
crunchyroll | https://www.crunchyroll.com/
paramount plus: paramount+ | https://www.paramountplus.com/
pandora | https://www.pandora.com/
bandcamp | https://bandcamp.com/
genius | https://genius.com/
goodreads | https://www.goodreads.com/
letterboxd | https://letterboxd.com/
rotten tomatoes | https://www.rottentomatoes.com/
ign | https://www.ign.com/
lichess | https://lichess.org/
snapchat | https://www.snapchat.com/
substack | https://substack.com/
patreon | https://www.patreon.com/
indeed | https://www.indeed.com/
glassdoor | https://www.glassdoor.com/
upwork | https://www.upwork.com/
fiverr | https://www.fiverr.com/
craigslist | https://www.craigslist.org/
zillow | https://www.zillow.com/
expedia | https://www.expedia.com/
tripadvisor | https://www.tripadvisor.com/
doordash | https://www.doordash.com/
walmart | https://www.walmart.com/
best buy | https://www.bestbuy.com/
ikea | https://www.ikea.com/
aliexpress | https://www.aliexpress.com/
coinbase | https://www.coinbase.com/
tradingview | https://www.tradingview.com/
merriam webster: merriam-webster | https://www.merriam-webster.com/
bbc: the bbc, bbc news, bbc website | https://www.bbc.co.uk/
bbc iplayer: iplayer | https://www.bbc.co.uk/iplayer
bbc sport | https://www.bbc.co.uk/sport
sky news | https://news.sky.com/
daily mail: the daily mail | https://www.dailymail.co.uk/
itvx: itv x, itv hub | https://www.itv.com/
flipkart | https://www.flipkart.com/
zomato | https://www.zomato.com/
swiggy | https://www.swiggy.com/
myntra | https://www.myntra.com/
irctc | https://www.irctc.co.in/
naukri | https://www.naukri.com/
cricbuzz | https://www.cricbuzz.com/
espncricinfo: cricinfo | https://www.espncricinfo.com/
times of india: the times of india | https://timesofindia.indiatimes.com/
hbo max | https://www.max.com/
prime video: amazon prime video | https://www.primevideo.com/
proton mail: protonmail | https://mail.proton.me/
google maps: gmaps, g maps | https://www.google.com/maps
youtube tv | https://tv.youtube.com/
youtube kids | https://www.youtubekids.com/
spotify web player: spotify web, spotify web app | https://open.spotify.com/
apple tv plus: apple tv+ | https://tv.apple.com/
peacock: peacock tv | https://www.peacocktv.com/
"""


def _sites(text: str) -> dict[str, str]:
    sites: dict[str, str] = {}
    for line in text.strip().splitlines():
        names, _, url = line.partition("|")
        name, _, aliases = names.partition(":")
        for alias in (name, *aliases.split(",")):
            if alias.strip():
                sites[alias.strip()] = url.strip()
    return sites


KNOWN_SITES: Mapping[str, str] = MappingProxyType(_sites(_SITES))

_URL = re.compile(
    r"(?:(?P<scheme>https?)://)?"
    r"(?P<host>(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?P<tld>[a-z]{2,24}))"
    r"(?P<port>:[0-9]{1,5})?"
    r"(?P<rest>[/?#].*)?",
    re.IGNORECASE,
)
# Top-level domains a bare "name.tld" may end with. Those that are also common
# file extensions (.py, .md, .sh, .zip, .app, ...) open as sites only with a
# scheme, "www." or a word that says it is a site: "open main.py" is a file.
_TLDS = frozenset(
    (
        *("com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "xyz", "io", "co"),
        *("dev", "me", "tv", "gg", "fm", "ly", "to", "gl", "site", "online", "store", "shop"),
        *("blog", "news", "tech", "cloud", "page", "live", "uk", "us", "ca", "de", "fr", "es"),
        *("it", "nl", "be", "ch", "at", "se", "no", "dk", "fi", "pt", "ie", "au", "nz", "jp"),
        *("cn", "in", "br", "mx", "ar", "ru", "ua", "kr", "za", "eu", "tw", "hk", "sg", "il"),
        *("gr", "cz", "hu", "ro", "tr", "id", "my", "ph", "vn", "th", "cl", "pe", "nu", "ws"),
        *("ai", "app", "so", "art", "design", "fun", "games", "club", "space", "website", "world"),
        *("today", "network", "academy", "agency", "studio", "media", "digital", "social", "link"),
    )
)
# What a typed URL may hold: "&" ends a command in cmd.exe, ";" in sh, "%" expands
# a variable in cmd.exe, and so on.
_PLAIN_URL = re.compile(r"[A-Za-z0-9\-._~:/?#=+,]+")
_FILE_LIKE_TLDS = frozenset(
    ("py", "md", "rs", "sh", "pl", "zip", "mov", "cc", "ps", "cs", "sc", "pm")
)


def url_shaped(typed: str) -> bool:
    """Whether the words are meant as one domain or URL, safe or not."""
    lowered = typed.casefold()
    if " " in lowered:
        return False  # "the link https://...": a URL and more words; another reading has it
    if "://" in lowered:
        return True
    if lowered.startswith("www."):
        return True
    host = _URL.match(lowered)
    return host is not None and host["tld"] in _TLDS


def website_url(typed: str, *, said_site: bool = False) -> str | None:
    """The URL to open for a site named or typed as ``typed``, or ``None``.

    ``said_site``: the sentence calls it a site ("the ... website", "go to ..."),
    which lets a domain end like a file name ("go to example.py").
    """
    known = KNOWN_SITES.get(" ".join(typed.casefold().split()))
    if known is not None:
        return known
    match = _URL.fullmatch(typed)
    if match is None:
        return None
    scheme, host, tld = match["scheme"], match["host"].lower(), match["tld"].lower()
    bare = scheme is None and not host.startswith("www.")
    if bare and tld not in _TLDS and not (said_site and tld in _FILE_LIKE_TLDS):
        return None
    rest = match["rest"] or "/"
    if rest[0] != "/":
        rest = "/" + rest  # "example.com?q=1" -> "example.com/?q=1"
    candidate = f"{(scheme or 'https').lower()}://{host}{match['port'] or ''}{rest}"
    if not _PLAIN_URL.fullmatch(candidate) or payloads.valid_url(candidate) != candidate:
        return None
    return candidate
