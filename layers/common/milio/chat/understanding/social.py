"""Clauses that are a sign-off, a greeting, a vocative or filler as a whole.

"thanks so much", "hey milio", "morning mate", "pleaseee": closed lists of what is
said around a request (:data:`SOCIAL`, with the sign-offs that cannot be the end of a
name), read with the assistant's names and words of address after them, and a word
drawn out or slipped read as the word it stands for. :mod:`.asides` takes such a clause
as a sign-off or a social aside.
"""

from __future__ import annotations

from milio.chat.understanding import chatter, frames, typos
from milio.chat.understanding.clauses import words_of
from milio.chat.understanding.stretched import read_as


def _phrases(text: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(words_of(line)) for line in text.strip().splitlines())


# The asides that cannot be the end of a name ("play Hello, Goodbye" may be one title).
_SIGN_OFFS = _phrases(
    """
    please
    pls
    plz
    please and thank you
    thanks
    thank you
    thank u
    thanks a lot
    thanks so much
    thank you so much
    thx
    ty
    tysm
    cheers
    much appreciated
    much obliged
    god bless
    bless you
    thank you ever so much
    thank you very much indeed
    appreciate it
    thanks in advance
    many thanks
    thanks again
    best
    best regards
    kind regards
    warm regards
    regards
    all the best
    sincerely
    yours
    yours truly
    yours sincerely
    respectfully
    with thanks
    with gratitude
    cheers mate
    thanks a bunch
    many thanks in advance
    thank you in advance
    thanks a million
    thanks a ton
    thanks heaps
    thanks loads
    thanks for your help
    thanks for the help
    many thanks for your help
    many thanks for the help
    thank you for your help
    thank you for the help
    thanks for helping
    thank you for helping
    thanks muchly
    ta very much
    ta muchly
    cheers for that
    yours faithfully
    kindest regards
    warmest regards
    thanks & regards
    thanks and regards
    with kind regards
    with best wishes
    best wishes
    lots of love
    with love
    """
) | frozenset(
    tuple(words_of(said)) for said in (*chatter.THANKS, *chatter.UNSURE, *frames.NO_TROUBLE)
)
# Clauses that are a greeting, a sign-off, a vocative or filler as a whole.
SOCIAL = (
    _SIGN_OFFS
    | _phrases(
        """
    hi
    hey
    hello
    yo
    hiya
    howdy
    greetings
    good morning
    good afternoon
    good evening
    morning
    evening
    afternoon
    hey there
    hi there
    hello there
    ok
    okay
    k
    kk
    alright
    all right
    right
    so
    so yeah
    yeah
    yes
    yep
    sure
    well
    um
    umm
    uh
    uhh
    uh huh
    er
    erm
    hmm
    hm
    like
    you know
    i mean
    i appreciate it
    ta
    cool
    great
    awesome
    nice
    perfect
    lol
    lmao
    haha
    hehe
    oops
    sorry
    my bad
    excuse me
    anyway
    anyways
    whatever
    thankfully
    luckily
    fortunately
    unfortunately
    sadly
    bless her
    bless him
    bless them
    bless
    obviously
    of course
    naturally
    as usual
    as always
    thank god
    thank goodness
    fun times
    good times
    oh well
    btw
    quick one
    quick thing
    just a quick thing
    quick question
    one more thing
    real quick
    quick
    quickly
    hurry
    hurry up
    urgent
    ugh
    argh
    come on
    seriously
    asap
    rn
    right now
    now
    buddy
    mate
    bro
    dude
    friend
    my friend
    boss
    sir
    mister
    assistant
    computer
    u there
    you there
    do me a favour
    do me a favor
    could you do me a favour
    could you do me a favor
    can you do me a favour
    can you do me a favor
    quick favour
    quick favor
    quick request
    a quick one
    i have a request
    i've got a request
    good day
    good day to you
    dear
    my dear
    gg
    ggs
    gg ez
    gg wp
    ggwp
    gg ff
    ff
    ez
    ez clap
    w
    dub
    huge w
    big w
    massive w
    victory royale
    pog
    poggers
    brb
    afk
    ngl
    fr
    fr fr
    lowkey
    bet
    ong
    no cap
    bruh
    welp
    yikes
    sheesh
    omg
    rofl
    glhf
    could you
    could you please
    can you
    can you please
    would you
    would you please
    will you
    will you please
    please could you
    would you kindly
    kindly
    are you there
    r u there
    still there
    you awake
    are you awake
    how are you
    how r u
    how are you doing
    how are you today
    how are you doing today
    how's it going
    hows it going
    how's your day
    how's your day going
    how are things
    how have you been
    how you doing
    good to see you
    don't worry
    dont worry
    no worries
    no problem
    good to see you again
    nice to see you
    nice to see you again
    happy monday
    happy tuesday
    happy wednesday
    happy thursday
    happy friday
    happy saturday
    happy sunday
    happy weekend
    happy holidays
    happy new year
    what's up
    whats up
    sup
    wassup
    hope you're well
    go ahead
    so go ahead
    if you don't mind
    if you dont mind
    if you wouldn't mind
    if that's ok
    if that's okay
    if that's alright
    hope you are well
    i'm back
    im back
    back again
    me again
    it's me
    its me
    good night
    goodnight
    night
    bye
    goodbye
    bye bye
    see ya
    see you
    see you tomorrow
    see you later
    see ya tomorrow
    see ya later
    see you next shift
    take care
    have a good one
    heads up
    fyi
    just so you know
    just fyi
    long story short
    long story
    tomorrow is another day
    one of those days
    it's been one of those days
    its been one of those days
    if i'm honest
    if im honest
    if i'm being honest
    if im being honest
    to be honest
    to be fair
    truth be told
    sorry for the long message
    long time no see
    here we go
    here we go again
    picture this
    so picture this
    get this
    before i forget
    speaking of which
    speaking of that
    on that note
    here's the thing
    heres the thing
    here's the situation
    heres the situation
    here's the deal
    the thing is
    thing is
    the point is
    bottom line
    in short
    that's why
    thats why
    that is why
    which is why
    this is why
    hence
    therefore
    so yeah
    let's go
    lets go
    get in
    oh my god
    oh my days
    oh my word
    here we go folks
    what a day
    what a morning
    what a week
    what a night
    there's a good chap
    there's a good lad
    there's a good girl
    there's a good boy
    that's a good lad
    that's a good girl
    don't judge
    dont judge
    don't judge me
    dont judge me
    no judgement
    no judgment
    """
    )
    | frozenset(tuple(words_of(said)) for said in frames.SAID_ALONE)
)
# Words of address said after thanks or a greeting: "thank you, young man", "hi sweetie".
_ADDRESS = frozenset(
    tuple(words_of(said))
    for said in (*frames.PET_NAMES, *frames.PET_NAMES_SET_APART, *frames.FAMILY)
)
# The assistant's names, alone or after a greeting.
_VOCATIVES = frozenset(("milio", "mileo", "milo"))
_GREETING_WORDS = frozenset(("hey", "hi", "hello", "yo", "ok", "okay", "oh", "dear"))


def framed(word: str) -> str:
    """A word around a request as it is meant: drawn out ("yessss", "heyyy") or slipped."""
    drawn_out = read_as(word, SOCIAL_WORDS)
    return drawn_out if drawn_out in SOCIAL_WORDS else typos.framing_word(word)


# Said after thanks: "thank you dear", "thanks again milio", "cheers mate".
_AFTER_THANKS = frozenset(
    (
        *_VOCATIVES,
        *("dear", "kindly", "love", "darling", "again", "buddy", "mate", "bro", "dude", "man"),
        *("yesterday", "earlier", "today", "before"),  # "thanks for your help yesterday"
        *("sir", "ma'am", "madam", "friend", "pal", "boss", "very", "much", "so", "a", "lot"),
    )
)


# Every word of the lists above, read as itself ("pwease"), never as a slip of another.
SOCIAL_WORDS = (
    frozenset((*(word for phrase in SOCIAL | _ADDRESS for word in phrase), *_AFTER_THANKS))
    | _GREETING_WORDS
)


def is_sign_off(words: list[str]) -> bool:
    if words == ["milio"]:
        return True
    for size in range(len(words), 0, -1):
        if tuple(words[:size]) in _SIGN_OFFS:
            rest = words[size:]
            return all(word in _AFTER_THANKS for word in rest) or tuple(rest) in _ADDRESS
    return False


def is_social(words: list[str]) -> bool:
    if tuple(words) in frames.LATER_NOW:
        return False  # "now now, open zoom": later, in South African English
    if tuple(words) in SOCIAL or (len(set(words)) == 1 and (words[0],) in SOCIAL):
        return True  # "quick quick quick", "hurry hurry"
    named = chatter.address_at_end(words)
    if 0 < named < len(words) and tuple(words[:-named]) in SOCIAL:
        return True  # "yo my dude", "good evening my favorite assistant"
    addressed = len(words) > 1 and (words[-1] in _VOCATIVES or words[-1] in _AFTER_THANKS)
    if addressed and tuple(words[:-1]) in SOCIAL:
        return True  # "hey milio", "hello dear", "morning mate", "hi there milio"
    while words and words[0] in _GREETING_WORDS and len(words) > 1:
        words = words[1:]
    if len(words) > 2 and tuple(words[-2:]) in _ADDRESS:
        words = words[:-2]  # "morning young man"
    elif words and (words[-1] in _VOCATIVES or words[-1] in _AFTER_THANKS):
        words = words[:-1]  # "hey milio", "hello dear", "morning mate"
    elif len(words) > 1 and (words[-1],) in _ADDRESS:
        words = words[:-1]  # "good morning sunshine", "hi bestie"
    return not words or tuple(words) in SOCIAL
