"""Chatter a friendly user wraps a request in: names for the assistant ("bestie", "babe"),
compliments ("you're the best"), affection ("love u", "xoxo"), laughs and cheers ("hehe",
"yas") and sign-offs ("see u tmrw"). Said after a request they are asides, not words of
a title or name: "play despacito bestie" is "Despacito", never a song "despacito bestie".

Words are listed as :attr:`Token.word` reads them: lower case, a stretched letter said
once ("yasss" is "yas", "thank youuu" is "thank you").
"""

from __future__ import annotations

from milio.chat.understanding.stretched import read_as

# What a friend calls the assistant, before or after the request ("bestie, open canva").
ADDRESS = (
    *("bestie", "my bestie", "bestiee", "besties", "bff", "my bff", "bby", "babes", "boo"),
    *("cutie", "my g", "homie", "girlie", "girly", "friendo", "bestest", "bestie boo"),
    *("my fav", "my fave", "my fav assistant", "my favorite assistant", "my fave assistant"),
    *("my favourite assistant", "my fav human", "my favorite human", "my favourite human"),
    *("my dude", "my queen", "my king", "my lifesaver", "you genius", "my fav person"),
    *("hubby", "wifey", "bestfriend", "my bestfriend", "my best friend", "bbg"),
)
_ADDRESS_WORDS = frozenset(tuple(said.split()) for said in ADDRESS)
MAX_ADDRESS_WORDS = max(len(said) for said in _ADDRESS_WORDS)


def address_at_end(words: list[str]) -> int:
    """How many words at the end of ``words`` call the assistant a friend's name ("yo my
    dude", "good evening my favorite assistant"); 0 when they do not."""
    for size in range(min(MAX_ADDRESS_WORDS, len(words)), 0, -1):
        if tuple(words[-size:]) in _ADDRESS_WORDS:
            return size
    return 0


# Compliments, affection, laughs and sign-offs said after the request.
_COMPLIMENTS = tuple(
    f"{you} {best}"
    for you in ("you're", "youre", "ur", "you are", "u are", "u r", "you", "u", "ya")
    for best in (
        *("the best", "the bestest", "amazing", "a star", "a lifesaver", "a life saver"),
        *("a genius", "a legend", "a gem", "an angel", "awesome", "the goat", "a queen"),
        *("a king", "so smart", "so good", "my fav", "my favorite", "my favourite", "a hero"),
        *("rock", "rule", "slay", "da best", "so sweet", "a sweetheart", "a doll"),
    )
)
_AFFECTION = (
    *("love u", "love you", "love ya", "luv u", "luv ya", "luv you", "ily", "ilysm", "ilu"),
    *("love u lots", "love you lots", "love ya lots", "lots of love", "love u bestie"),
    *("xoxo", "xo", "xx", "xxx", "mwah", "muah", "hugs", "big hugs", "kisses", "smooches"),
    *("appreciate u", "appreciate you", "appreciate ya", "tysm", "tyvm", "ty ty", "tyy"),
    *("thank u bestie", "k thx", "kk thx", "ok ty", "ok thx", "thank u so much"),
    *("thankies", "thanku", "thankyou", "lysm", "uwu", "owo"),
)
_LAUGHS = (
    *("hehe", "heh", "teehee", "tehe", "lmao", "lmfao", "lol", "rofl", "haha", "hahaha"),
    *("kk", "yay", "woohoo", "wohoo", "yas", "yas queen", "slay", "omg", "ngl", "fr"),
    *("lets go", "let's go", "periodt", "iconic", "no pressure", "pretty please", "yass"),
    *("yass queen", "yas bestie", "yass bestie"),
)
_SIGN_OFFS = (
    *("see u tmrw", "see you tomorrow", "see u tomorrow", "see ya", "see u", "see ya later"),
    *("see u later", "see you later", "ttyl", "bye", "byee", "bye bye", "bye bestie"),
    *("nighty night", "night night", "nite", "gn bestie", "sweet dreams", "ciao"),
)
# Thanks for what was done before, and hushing: "thx for everything today", "shhh".
_THANKS_AND_HUSH = (
    *(
        f"{thanks} for {what}{when}"
        for thanks in ("thx", "thanks", "thank you", "thank u", "ty", "tysm")
        for what in ("everything", "all your help", "all the help", "today", "earlier")
        for when in ("", " today", " tonight", " bestie", " btw")
    ),
    *("sh", "shh", "shush", "psst", "shh bestie", "hush"),
)
# Thanks said in a friend's shorthand, a sign-off even after a title ("play X, ty ty").
THANKS = (
    *("ty ty", "tysm", "tyvm", "tyy", "thankies", "thanku", "thankyou", "thank u so much"),
    *("ty bestie", "thx bestie", "thanks bestie", "thank u bestie", "ty ty bestie"),
)
TAGS = (*_COMPLIMENTS, *_AFFECTION, *_LAUGHS, *_SIGN_OFFS)
# Said alone as a clause beside the request: "you're a star ⭐ shut down the computer".
ALONE = (
    *(*_COMPLIMENTS, *_AFFECTION, *_SIGN_OFFS, *_THANKS_AND_HUSH),
    *(f"{said} btw" for said in _COMPLIMENTS),
)
# Single words that are chatter wherever they stand after a title's first word: a title
# that holds one ("despacito bestie it's my jam") is left to the model.
WORDS = frozenset(
    (
        *("bestie", "bestiee", "besties", "bff", "bby", "babe", "babes", "cutie", "homie"),
        *("girlie", "friendo", "ily", "ilysm", "ilu", "xoxo", "mwah", "muah", "tysm", "tyvm"),
        *("hehe", "teehee", "tehe", "lmao", "lmfao", "rofl", "woohoo", "wohoo", "yas"),
        *("periodt", "ttyl", "ty", "thx", "pls", "plz", "bestest", "tyy", "sweetie", "sis"),
        *("yass", "bestie's", "babez", "bae", "hun", "hunny", "luv", "hubby", "wifey"),
        *("bf", "gf", "bestfriend", "uwu", "owo", "thankies", "thanku", "thankyou", "lysm"),
        *("bbg", "dearest", "okur", "okurr", "vibes", "skips", "blast", "bc", "cuz", "coz"),
        # a comment typed on ("play good as hell its monday"): a clause, not a title's
        *("its", "it's", "it’s"),
    )
)


def holds_chatter(words: list[str]) -> bool:
    """Whether a name's words after its first hold chatter ("despacito bestie", "Trips
    tysm"): the name may end before it, so the model decides."""
    return any(read_as(word.strip("!?.,~"), WORDS) in WORDS for word in words[1:])


# Words of an office e-mail that make a request later or conditional ("Kindly delete the
# folder Old_Files upon approval", "pending IT sign-off"): no name holds them.
DEFERRING = frozenset(("upon", "pending", "provided", "providing", "once", "during", "whilst"))
# The subjects after which "should" opens a condition: "play X should the guests arrive".
_SUBJECTS = frozenset(("the", "you", "it", "we", "they", "he", "she", "there", "anyone"))


def defers(words: list[str]) -> bool:
    """Whether a title's later words make it conditional or later ("... upon my return",
    "... pending approval", "... should the call start"); not "Once Upon a Time"."""
    return any(
        word in ("pending", "provided", "providing")
        or (word == "upon" and then not in ("a", "an"))
        or (word == "should" and then in _SUBJECTS)
        for word, then in zip(words, [*words[1:], ""], strict=True)
    )


def _apologies() -> tuple[str, ...]:
    """Sorry for the asking: "I'm so sorry to ask again", "apologies for the trouble",
    "forgive me for asking", "I'd rather not bother you". Of the asking, never of the
    command ("sorry, I closed it" owns up to what was done, and is no apology of these)."""
    bothering = (
        *("ask", "bother you", "trouble you", "be a pain", "be a bother", "be a nuisance"),
        *("bug you", "pester you", "interrupt"),
    )
    trouble = (
        *("the trouble", "the bother", "the hassle", "the inconvenience", "the interruption"),
        *("bothering you", "troubling you", "asking", "interrupting", "being a pain"),
        *("being a nuisance", "being a bother"),
    )
    sorry = tuple(
        f"{i_am}{degree}sorry"
        for i_am in ("", "i'm ", "im ", "i am ")
        for degree in ("", "so ", "very ", "terribly ", "awfully ", "really ", "ever so ")
    )
    apologies = ("apologies", "my apologies", "many apologies", "a thousand apologies")
    return (
        *(f"{s} to {b}{again}" for s in sorry for b in bothering for again in ("", " again")),
        *(
            f"{s} for {t}{again}"
            for s in (*sorry, *apologies)
            for t in trouble
            for again in ("", " again")
        ),
        *apologies,
        *(
            f"{forgive} {me}"
            for forgive in ("forgive", "pardon")
            for me in ("me", "the bother", "the intrusion")
        ),
        *(
            f"{forgive} me for {t}"
            for forgive in ("forgive", "pardon")
            for t in ("asking", "bothering you", "asking again")
        ),
        *(
            f"i'd {rather} not {bother} you"
            for rather in ("rather", "prefer")
            for bother in ("bother", "trouble")
        ),
    )


APOLOGIES = _apologies()


def _unsure() -> tuple[str, ...]:
    """What an unsure user says of the asking itself, alone as a clause or before "but":
    "sorry if this is dumb", "I hope this is okay to ask", "I think that's how it's
    spelled". Of the asking or the name, never of the command: "I'm not sure I should"
    weighs it, and is not listed."""
    this = ("this", "that", "it", "this question", "that question", "my question")
    odd = (
        *("dumb", "stupid", "silly", "weird", "a weird thing to ask", "a dumb question"),
        *("a silly question", "a stupid question", "a lot", "annoying", "obvious", "basic"),
        *("complicated", "a weird request", "a silly request", "a strange request", "wrong"),
    )
    return (
        *(f"sorry if {it} {be} {o}" for it in this for be in ("is", "sounds") for o in odd),
        *(f"sorry if {it}'s {o}" for it in ("this", "that", "it") for o in odd),
        *(f"sorry if i'm {doing}" for doing in ("doing this wrong", "asking wrong", "bugging you")),
        *(f"sorry if i am {doing}" for doing in ("doing this wrong", "asking wrong")),
        *APOLOGIES,
        *("sorry i'm new to this", "sorry im new"),
        *(
            f"{hope} {it} {ok} to ask"
            for hope in ("i hope", "hope")
            for it in ("this is", "it's", "that's", "its", "thats")
            for ok in ("okay", "ok", "alright", "fine", "not weird")
        ),
        *(
            f"i think {that}"
            for that in (
                *("that's how it's spelled", "that's the address", "that's the name"),
                *("that's what it's called", "it's called that", "that's right"),
                *("that's the right name", "that's how you spell it", "i spelled it right"),
            )
        ),
        *("it's probably fine", "its probably fine", "it's probably nothing", "no pressure"),
        *("i'm new to this", "sorry i'm new to this", "i'm still learning", "im new to this"),
        *("hope that's okay", "hope that's ok", "hope that's alright", "if that makes sense"),
        # "I hope you don't mind, but", "hope you don't mind me asking"
        *(
            f"{hope} you don't mind{asking}"
            for hope in ("i hope", "hope")
            for asking in ("", " me asking", " my asking")
        ),
    )


def _doubts() -> tuple[str, ...]:
    """A doubt whether it may be done, or of the name: "I don't know if this is allowed",
    "I'm not sure if it's called this". An aside only before the request (as
    :data:`.frames.UNSURE_OF_A_CLAUSE`): after it, it hedges the request itself."""
    unsure = tuple(
        f"{um}{idk}"
        for um in ("", "um ", "umm ", "uh ", "hmm ", "sorry ")
        for idk in ("i don't know", "i dont know", "idk", "not sure", "i'm not sure", "im not sure")
    )
    return (
        *(
            f"{idk} {whether} {allowed}"
            for idk in unsure
            for whether in ("if", "whether")
            for allowed in (
                *("this is allowed", "that's allowed", "you do this", "that's possible"),
                *("this is how it works", "this is how this works", "you're allowed to"),
                *("it's called this", "that's the name", "that's what it's called"),
                *("that's the right name", "i spelled it right", "that's how it's spelled"),
            )
        ),
        *(f"{idk} {allowed}" for idk in unsure for allowed in ("this is how it works",)),
    )


UNSURE = _unsure()
DOUBTS = _doubts()
_UNSURE_WORDS = frozenset(tuple(said.split()) for said in UNSURE)


def is_unsure(words: list[str]) -> bool:
    """Whether the clause's words are all one of :data:`UNSURE`: "sorry if that's dumb"
    owns up to the asking, it takes back no command as "sorry, firefox" does."""
    return tuple(words) in _UNSURE_WORDS


# Asking frames an unsure user hedges inside: "would it perhaps be possible to", "is it
# okay if I ask you to", "I think I'd like". Before the request, as "would it be possible
# to" is.
_HEDGED_FRAMES = (
    *(
        f"{would} it {perhaps} be {possible} {to}"
        for would in ("would", "could", "will")
        for perhaps in ("perhaps", "maybe", "possibly")
        for possible in ("possible", "okay", "ok", "alright")
        for to in ("to", "for you to")
    ),
    *(
        f"{is_it} {ok} if i {ask} you to"
        for is_it in ("is it", "would it be", "is that")
        for ok in ("okay", "ok", "alright", "all right", "fine")
        for ask in ("ask", "asked")
    ),
    *(
        f"{would} you mind if i {ask} you to"
        for would in ("would", "do")
        for ask in ("ask", "asked")
    ),
    *(
        f"{i_think} {i_would}"
        for i_think in ("i think", "i suppose", "i reckon")
        for i_would in (
            *("i'd like", "i'd like to", "i would like", "i would like to", "id like"),
            *("i'd love", "i'd love to", "i want", "i want to", "i need"),
        )
    ),
)
LEADS = (*(f"{unsure} but" for unsure in UNSURE), *_HEDGED_FRAMES, "sh", "shh", "psst")
