"""Names the fast path recognizes without a model.

Closed lists rather than wildcards: "open discord" is only resolved locally when
"discord" is a known application; anything else goes to the model. A name is
either an application or a website, never both, so "open X" has one meaning.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

# Spoken form -> the name sent to the client (it runs `open -a "<name>"`).
KNOWN_APPS: Mapping[str, str] = MappingProxyType(
    {
        "discord": "discord",
        "spotify": "spotify",
        "slack": "slack",
        "zoom": "zoom",
        "microsoft teams": "microsoft teams",
        "teams": "microsoft teams",
        "google chrome": "google chrome",
        "chrome": "google chrome",
        "firefox": "firefox",
        "safari": "safari",
        "microsoft edge": "microsoft edge",
        "brave": "brave browser",
        "vlc": "vlc",
        "steam": "steam",
        "notion": "notion",
        "obsidian": "obsidian",
        "figma": "figma",
        "microsoft word": "microsoft word",
        "word": "microsoft word",
        "microsoft excel": "microsoft excel",
        "excel": "microsoft excel",
        "powerpoint": "microsoft powerpoint",
        "outlook": "microsoft outlook",
        "onenote": "microsoft onenote",
        "terminal": "terminal",
        "finder": "finder",
        "notes": "notes",
        "calculator": "calculator",
        "calendar": "calendar",
        "mail": "mail",
        "messages": "messages",
        "facetime": "facetime",
        "photos": "photos",
        "preview": "preview",
        "textedit": "textedit",
        "xcode": "xcode",
        "visual studio code": "visual studio code",
        "vs code": "visual studio code",
        "vscode": "visual studio code",
        "whatsapp": "whatsapp",
        "telegram": "telegram",
        "signal": "signal",
        "skype": "skype",
        "postman": "postman",
        "docker": "docker",
        "pycharm": "pycharm",
        "intellij": "intellij idea",
        "android studio": "android studio",
        "app store": "app store",
        "system settings": "system settings",
        "system preferences": "system preferences",
        "activity monitor": "activity monitor",
        "photoshop": "adobe photoshop",
        "illustrator": "adobe illustrator",
        "premiere pro": "adobe premiere pro",
        "garageband": "garageband",
        "imovie": "imovie",
        "keynote": "keynote",
        "pages": "pages",
        "numbers": "numbers",
        "iterm": "iterm",
        "sublime text": "sublime text",
        "1password": "1password",
    }
)

# Spoken form -> the URL opened (action 014).
KNOWN_SITES: Mapping[str, str] = MappingProxyType(
    {
        "youtube": "https://www.youtube.com/",
        "youtube.com": "https://www.youtube.com/",
        "google": "https://www.google.com/",
        "google.com": "https://www.google.com/",
        "gmail": "https://mail.google.com/",
        "google maps": "https://maps.google.com/",
        "google drive": "https://drive.google.com/",
        "google docs": "https://docs.google.com/",
        "github": "https://github.com/",
        "github.com": "https://github.com/",
        "netflix": "https://www.netflix.com/",
        "reddit": "https://www.reddit.com/",
        "reddit.com": "https://www.reddit.com/",
        "facebook": "https://www.facebook.com/",
        "instagram": "https://www.instagram.com/",
        "linkedin": "https://www.linkedin.com/",
        "wikipedia": "https://www.wikipedia.org/",
        "amazon": "https://www.amazon.com/",
        "twitch": "https://www.twitch.tv/",
        "stack overflow": "https://stackoverflow.com/",
        "stackoverflow": "https://stackoverflow.com/",
        "chatgpt": "https://chatgpt.com/",
        "twitter": "https://x.com/",
        "hacker news": "https://news.ycombinator.com/",
        "ebay": "https://www.ebay.com/",
        "pinterest": "https://www.pinterest.com/",
        "duckduckgo": "https://duckduckgo.com/",
    }
)

assert not set(KNOWN_APPS) & set(KNOWN_SITES), "a name must have one meaning"
