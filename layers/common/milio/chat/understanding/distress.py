"""Words of despair or self-harm in a message, which the fast path never answers.

"i want to die lol. close chrome" holds a plain command, but a person may be telling
us something that matters more than the command: the model reads the whole message
and may answer it. Said in jest, it costs one model call; missed, much more.
"""

from __future__ import annotations

import re

# Phrases, not words: "kill chrome", "this song is to die for", "dying to try it",
# "I'm dead tired", "my head is killing me" stay the fast path's.
_DISTRESS = re.compile(
    r"""\b(?:
        (?:want|wanna|going|gonna|trying|ready|wish\ I\ could)\ (?:to\ )?(?:die|end\ it)\b
      | (?:kill|killing|hurt|hurting|cut|cutting|harm|harming)\ my\ ?self\b
      | \b(?:kms|kys)\b
      | suicid\w*
      | self[-\ ]?harm\w*
      | end(?:ing)?\ (?:it\ all|my\ life|my\ own\ life)
      | (?:done|finished)\ with\ (?:life|living)
      | (?:don'?t|do\ not|dont)\ want\ to\ (?:live|be\ alive|exist|wake\ up)
      | no\ (?:reason|point)\ (?:to|in)\ (?:live|living|going\ on)
      | better\ off\ dead
      | not\ want\ to\ be\ here\ anymore
      | (?:can'?t|cannot)\ (?:do\ this|do\ it|take\ (?:it|this)|go\ on|cope|keep\ going)\ any\ ?more
      | (?:can'?t|cannot)\ go\ on\ like\ this
      | (?:what'?s|whats)\ the\ point\ (?:of\ (?:anything|living|life|it\ all)|anymore)
      | nothing\ matters\ any\ ?more
      | give\ up\ on\ (?:everything|life|myself)
      | wish\ (?:i|I)\ (?:was|were)\ (?:dead|never\ born)
      | (?:no\ ?one|nobody)\ would\ (?:miss|care\ if)\ me
    )""",
    re.IGNORECASE | re.VERBOSE,
)


def heard(text: str) -> bool:
    """Whether ``text`` says something of despair or self-harm (then the model reads it)."""
    return _DISTRESS.search(text.replace("’", "'")) is not None
