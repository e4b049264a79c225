"""The words people wrap a request in, by the kind of frame rather than by sentence.

"I was wondering if ye could open spotify for us there", "abeg open whatsapp",
"for crying out loud close teams", "sweetie, open youtube for mommy", "Quick ask:
open Teams": each English, age and mood puts its own words around the same command.
:mod:`.utterance` peels these closed lists from a message's ends; :mod:`.asides`
takes the ones that stand alone ("Sweetie.", "Per my last email,") as asides.

A frame that asks ("do you think you could", "is there any chance you could") is
peeled; one that doubts whether to do it ("maybe I should", "I don't know if I
should") is none of these: it leaves a subject and a verb that no template reads, so
the model decides. The words said after a request are all tags: a name just before
one is not taken ("play Hello for Mommy" is left to the model).
"""

from __future__ import annotations

from milio.chat.understanding import chatter, office

# How "you" is said in the frames of other Englishes: "could ye", "will youse", "can ya".
_YOU = ("you", "ye", "ya", "u", "youse", "yous", "yah")


def said_otherwise(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The phrases with "you" also said as other Englishes say it ("could ye", "thank ya")."""
    said: list[str] = []
    for phrase in phrases:
        said.append(phrase)
        padded = f" {phrase} "  # whole words only: not "young man"
        if " you " in padded:
            said.extend(padded.replace(" you ", f" {you} ")[1:-1] for you in _YOU[1:])
    return tuple(said)


def _asking_frames() -> tuple[str, ...]:
    """ "I was wondering if you could", "is there any chance you could", "reckon you
    could": a question about the asking, and the request after it. Only with "you" and
    a modal: "I wonder if I should" doubts whether to do it, and stays."""
    frames = (
        (
            ("i was wondering if", "i was wondering whether", "i wonder if", "i wonder whether"),
            ("could", "would", "might", "can"),
        ),
        (
            ("i'm wondering if", "im wondering if", "i am wondering if", "wondering if"),
            ("could", "would", "might", "can"),
        ),
        (("just wondering if", "i was just wondering if"), ("could", "would", "might", "can")),
        (
            ("do you think", "d'you think", "you think", "think", "do ya think", "do you reckon"),
            ("could", "can"),
        ),
        (("d'you reckon", "you reckon", "ya reckon", "reckon"), ("could", "can")),
        (
            ("is there any chance", "is there a chance", "is there any way", "any way"),
            ("could", "can", "would", "might"),
        ),
        (("any chance", "is there any possibility"), ("could", "can", "would", "might")),
        (
            ("i don't suppose", "i dont suppose", "don't suppose", "i do not suppose"),
            ("could", "would", "can", "might"),
        ),
        (
            ("i was hoping", "i'm hoping", "im hoping", "i am hoping", "hoping", "i hope"),
            ("could", "can", "would", "might"),
        ),
        (
            tuple(
                f"i was {degree} {hoping}"
                for degree in ("kind of", "kinda", "sort of", "sorta", "just", "really")
                for hoping in ("hoping", "wondering if")
            ),
            ("could", "can", "would", "might"),
        ),
        (("wonder if", "wonder whether"), ("could", "would", "might", "can")),
        (
            ("i'd like to ask if", "i would like to ask if", "may i ask if", "can i ask if"),
            ("could", "would", "can"),
        ),
        (("could i ask if", "might i ask if"), ("could", "would", "can")),
        (("maybe", "perhaps"), ("could", "can", "might")),
    )
    return said_otherwise(
        (
            *(
                f"{opener} {you_modal}{able}"
                for openers, modals in frames
                for opener in openers
                for modal in modals
                # "I don't suppose you'd be able to open it": "would" said short too
                for you_modal in (f"you {modal}", *(("you'd",) if modal == "would" else ()))
                # "I wonder whether you might be able to open spotify"
                for able in ("", *((" be able to",) if modal != "can" else ()))
            ),
            *(f"{modal} you" for modal in ("would", "wid", "could", "cud", "can", "will")),
            # "would you ever open spotify", Irish English: a request, not a question of habit
            *("would you ever", "would you be able to", "could you be able to"),
            *("might you be able to", "would you be good enough to", "could you be good enough to"),
            *("is it at all possible to", "would it at all be possible to"),
            *(
                f"{is_it} {ok} if you{could}"
                for is_it in ("is it", "would it be", "will it be")
                for ok in ("ok", "okay", "alright", "all right", "fine", "possible")
                for could in ("", " could")
            ),
            *("do you think it'd be possible to", "do you think it would be possible to"),
            *("would you be willing to", "are you willing to", "would you be happy to"),
            *("see if you can", "you fit", "abeg you fit", "can you fit"),
            *(
                f"{wonder} i {might} ask you to"
                for wonder in ("i wonder if", "i was wondering if", "i wonder whether")
                for might in ("might", "could", "may", "can")
            ),
            *("could i get you to", "can i get you to", "might i get you to", "can i have you"),
            *("would it be at all possible to", "is it at all possible for you to"),
        )
    )


def _wishes_of_the_user() -> tuple[str, ...]:
    """ "I should very much like you to", "may I trouble you to", "I'd be awfully grateful
    if you'd", "it would be lovely if you could", "please ensure you": what the user
    wishes, and the request after it."""
    # Said with "ye" or "ya" too: the short ones ("may I trouble ye to"), not the letters
    short = (
        *(
            f"{subject} {degree}like you to".replace("  ", " ")
            for subject in ("i would", "i'd", "id", "i should", "we would", "we'd")
            for degree in ("", "very much ", "really ", "so much ", "just ")
        ),
        *(
            f"{may} i {trouble} you to"
            for may in ("may", "might", "could", "can")
            for trouble in ("trouble", "bother")
        ),
        *(
            f"{i} writing to {ask}"
            for i in ("i am", "i'm", "im", "just")
            for ask in ("ask you to", "request that you", "ask if you could", "ask if you would")
        ),
        *("i write to ask you to", "i write to request that you"),
        *("i really want you to", "i really need you to", "i just want you to"),
        *("i just need you to", "be good enough to", "would you be so good as to"),
    )
    return (
        *said_otherwise(short),
        # "I'd greatly appreciate it if you could", "I'd appreciate it very much if you would"
        *(
            f"{subject} {greatly}appreciate {it}if you {modal}".strip()
            for subject in ("", "would", "i would", "i'd", "id", "i'll", "i will")
            for greatly in ("", "greatly ", "really ", "truly ")
            for it in ("it ", "", "it very much ", "it greatly ", "it so much ", "it a lot ")
            for modal in ("could", "would", "can")
        ),
        *(
            f"{subject} be {degree}{feeling} if {you}"
            for subject in ("i'd", "i would")
            for degree in ("", "so ", "awfully ", "terribly ", "eternally ", "extremely ")
            for feeling in ("grateful", "obliged", "delighted", "glad", "happy", "pleased")
            for you in ("you could", "you would", "you can", "you'd")
        ),
        *(
            f"{it} be {degree}{good} if you {modal}"
            for it in ("it would", "it'd", "that would", "that'd")
            for degree in ("", "ever so ", "so ", "very ", "really ", "most ")
            for good in ("lovely", "wonderful", "helpful", "brilliant", "fab", "amazing", "kind")
            for modal in ("could", "would", "can")
        ),
        # "it would be very kind of you to"
        *(
            f"{it} be {degree}kind of you to"
            for it in ("it would", "it'd", "that would", "that'd")
            for degree in ("", "ever so ", "so ", "very ", "really ", "most ", "awfully ")
        ),
        *(
            f"{please}{ensure} {that}you"
            for please in ("", "please ", "kindly ", "just ", "can you ", "could you ")
            for ensure in ("ensure", "make sure")
            for that in ("", "that ")
        ),
        *("request that you", "i request that you", "i'd like to request that you"),
        *("i would like to request that you", "try to", "could you try to", "can you try to"),
    )


# Words of address, said before or after the request ("sweetie, ...", "..., young man").
PET_NAMES = (
    *("sweetie", "sweetheart", "honey", "hon", "darling", "darlin", "kiddo", "buddy"),
    *("bud", "pumpkin", "babe", "champ", "little one", "my love", "dearie", "poppet"),
    *("munchkin", "sweet pea", "my angel", "young man", "young lady", "my boy", "my girl"),
    *("lad", "lads", "lass", "pal", "mate", "hen", "big man", "wee man", "bruv", "boet"),
    *("bru", "my bru", "oga", "my guy", "my man", "chief", "old chap", "old boy", "guys"),
    *("folks", "dude", "bro", "bros", "sir", "madam", "ma'am", "dear"),
    *("my dear", "buddy boy", "my darling", "my sweet", "handsome", "sweetie pie"),
    *("honey bun", "little man", "little lady", "baby girl", "dear sir or madam", "dear sir"),
    *("dear madam",),
    *chatter.ADDRESS,
)
# Words of address that are also words of a command or a title ("all", "team", "love"):
# taken only set apart by a comma ("Team, please open Outlook", "open skype, love").
PET_NAMES_SET_APART = (
    *("love", "luv", "pet", "hun", "son", "baby", "angel", "sunshine", "team", "all"),
    *("everyone", "friend", "sport", "man", "boss", "kid", "kids", "girl", "boy", "legend"),
    # People who could do it themselves: "my sister open zoom" may tell what she does.
    *("my friend", "my brother", "my sister", "brother", "sister"),
)
# Words that open a request only set apart ("Look, open chrome"; "look up X" is a search).
LEADS_SET_APART = (
    *PET_NAMES_SET_APART,
    *("listen to me", "listen to mommy", "listen to daddy", "listen to mummy"),
    *("here", "look", "listen", "sure", "grand", "c'mere", "cmere", "fine", "god", "shame"),
    # "go on twitch" is a request of its own
    *("go on", "go on then", "ah go on", "ah go on then", "at your earliest convenience"),
)
# Whom it is done for: "open youtube for mommy", "open chrome for us there".
_PEOPLE = (
    *("us", "mommy", "mummy", "mommie", "momma", "mama", "mum", "mom", "daddy", "dad"),
    *("papa", "grandma", "grandpa", "granny", "grandad", "granddad", "nana", "nanna"),
    *("gran", "the kids", "the children", "the baby", "the little one", "the boys"),
    *("the girls", "my son", "my daughter", "my kids", "my children", "my wife"),
    *("my husband", "my mum", "my mom", "my dad", "my grandson", "my granddaughter"),
    *("the family", "your brother", "your sister", "grandma and me", "me and my son"),
)
_FAMILY = (
    *("mommy", "mummy", "momma", "mama", "mum", "mom", "daddy", "dad", "papa", "grandma"),
    *("grandpa", "granny", "nana", "grandad"),
)
# Said after thanks or a greeting, as words of address: "thank you mommy", "hi grandma".
FAMILY = _FAMILY


def _said_for_someone() -> tuple[str, ...]:
    """ "help me open", "can help me", "mommy wants you to", "help daddy to": the
    request said as help for someone, or as what someone in the family wants."""
    helped = ("me", "us", *_FAMILY)
    return (
        *(f"help {who}" for who in helped),
        *(f"help {who} to" for who in helped),
        *(f"can help {who}" for who in helped),
        *(f"{who} {wants} you to" for who in _FAMILY for wants in ("wants", "needs")),
        *(f"{who} would like you to" for who in _FAMILY),
    )


def _be_a_dear() -> tuple[str, ...]:
    """ "be a good helper and", "be an absolute legend and", "do me a small favour and"."""
    nouns = (
        *("dear", "love", "legend", "gem", "star", "doll", "sweetheart", "sweetie"),
        *("darling", "good boy", "good girl", "good helper", "big help", "good sport"),
        *("champ", "pal", "mate", "hero", "lifesaver", "good lad", "treasure", "sport"),
    )
    angels = ("angel", "absolute legend", "absolute star", "absolute gem", "absolute angel")
    return (
        *(
            f"{be} a {noun} and"
            for be in ("be", "please be", "go on be", "do be")
            for noun in nouns
        ),
        *(
            f"{be} an {noun} and"
            for be in ("be", "please be", "go on be", "do be")
            for noun in angels
        ),
        *(
            f"do me a {small}{favour} and"
            for small in ("", "small ", "quick ", "little ", "tiny ", "big ", "huge ")
            for favour in ("favour", "favor", "kindness")
        ),
    )


# What a frustrated user calls the assistant: "stupid bot, open chrome", "..., you useless thing".
_INSULTS = tuple(
    f"{you}{bad} {thing}"
    for you in ("", "you ")
    for bad in ("stupid", "useless", "dumb", "silly", "lazy", "pathetic", "bloody", "damn")
    for thing in ("bot", "thing", "machine", "computer", "assistant", "app", "program", "robot")
)
# Frustration, urgency and exasperation said before the request.
_EXASPERATION = (
    *("gah", "gahh", "urgh", "sigh", "dammit", "damn it", "damn", "goddammit", "goddamnit"),
    *("good grief", "oh for god's sake", "for heaven's sake", "for heavens sake"),
    *("for pete's sake", "for petes sake", "for christ's sake", "for fuck's sake"),
    *("for fucks sake", "for crying out loud", "oh for crying out loud", "oh come on"),
    *("i swear to god", "i swear", "for the last time", "for the hundredth time"),
    *("for the millionth time", "for the thousandth time", "for the nth time"),
    *("for the tenth time", "one more time", "once again", "okay fine", "ok fine"),
    *("for the second time", "for the third time", "for the fourth time", "for the fifth time"),
    *("fine then", "oh my days", "jesus", "jeez louise", "geez louise", "bloody hell"),
    *("christ", "oh god", "oh my god", "ffs", "smh", "bruh moment", "i beg", "i beg you"),
    *("i'm begging you", "im begging you", "i am begging you", "please i'm begging you"),
    *("god damn it", "god dammit", "darn it", "dang it", "gosh darn it", "yes yes"),
    *("yes yes yes", "yeah yeah", "ok ok", "okay okay", "fine fine", "alright alright"),
    # said as adverbs before the verb: "just freaking open chrome"
    *("freaking", "freakin", "fricking", "frickin", "frigging", "friggin", "flipping"),
    *("flippin", "effing", "fucking", "fuckin", "bloody", "goddamn", "darn", "dang"),
)
# The same said after it: "close teams for crying out loud".
_EXASPERATION_AFTER = (
    *("jeez", "geez", "omg", "dammit", "damn it", "goddammit", "for crying out loud"),
    *("for heaven's sake", "for heavens sake", "for pete's sake", "for christ's sake"),
    *("for fuck's sake", "for fucks sake", "i beg", "i beg you", "i'm begging you"),
    *("im begging you", "i am begging you", "smh", "ugh", "urgh", "gah", "sigh", "honestly"),
    *("seriously", "already jeez", "for once", "please god", "for goodness sake"),
    *("for goodness' sake", "for goodness's sake", "god damn it", "god dammit", "goddamnit"),
    *("darn it", "dang it", "gosh darn it"),
)
# Leads of regional Englishes: Nigerian ("abeg", "oya"), Irish and Scottish ("gonnae",
# "go on", "sure look"), Australian ("righto"), South African ("ag", "eish", "howzit").
_REGIONAL_LEADS = (
    *("abeg", "biko", "oya", "please abeg", "abeg please", "biko please", "gonnae"),
    *("go on and", "go on then and", "ah go on and"),
    *("sure look", "right so", "righto", "rightio", "righty", "righty-o", "righty o"),
    *("och", "och aye", "ach", "ag", "ag man", "eish", "howzit", "yoh", "haibo", "ey up"),
    *("g'day", "gday", "g'day mate", "oi oi", "grand so", "aye go on", "mind and", "haw"),
    *("make you", "abeg make you", "biko make you", "oya make you", "i dey beg", "do quick"),
    *("do fast", "eh", "aiya", "aiyo", "aiyoh", "alamak", "wah", "walao", "chop chop"),
    *("ag shame", "awrite", "awrite pal", "g'wan", "gwan", "for once", "literally"),
    *("just literally", "do your job and", "just do your job and"),
)
# Their tails: "open chrome lah", "open whatsapp abeg", "open it can or not", "... there".
_REGIONAL_TAGS = (
    *("there", "there now", "there like", "so it is", "abeg", "biko", "jare", "jor", "o"),
    *("sha", "lor", "sia", "ah", "can or not", "can anot", "can a not", "ok can"),
    *("can ah", "can lah", "please can", "okay lah", "ok lah", "leh", "lah", "boet", "bru"),
    *("my bru", "please man", "ta mate", "cheers mate", "cheers pal", "cheers lad"),
    *("cheers big ears", "nice one", "ya legend", "you legend", "cheers legend", "like"),
    *("ta legend", "fast fast", "quick quick", "new line", "new paragraph", "enter"),
    *("the noo", "oo", "sharp sharp", "chop chop", "i'm begging", "im begging"),
    *("begging you", "i beg of you"),
    *(
        f"{there} a {dear}"
        for there in ("there's", "theres", "that's", "thats")
        for dear in ("dear", "love", "good lad", "good girl", "good boy", "good chap", "pet")
    ),
    # asking whether it is all right: "open chrome if that's ok"
    *(
        f"if {that} {ok}"
        for that in ("that's", "thats", "that is", "it's", "its")
        for ok in ("ok", "okay", "alright", "all right", "fine", "cool")
    ),
)
# The asker's leave, said before the request or after it: "if it's not too much trouble",
# "if it isn't too much to ask", "if that's no hassle", "if it wouldn't be a bother".
_TROUBLES = ("trouble", "bother", "hassle")
_TOO_MUCH = (
    *(f"{much}{trouble}" for much in ("too much ", "too much of a ") for trouble in _TROUBLES),
    *(f"{a} {trouble}" for a in ("a", "any") for trouble in (*_TROUBLES, "problem")),
    "too much to ask",
)
NO_TROUBLE = (
    *(
        f"if {it} not {much}"
        for it in ("it's", "its", "it is", "that's", "thats", "that is")
        for much in _TOO_MUCH
    ),
    *(
        f"if {it} {much}"
        for it in (
            *("it isn't", "it isnt", "that isn't", "that isnt", "it wouldn't be", "it wouldnt be"),
            *("it would not be", "that wouldn't be", "it won't be", "it will not be"),
        )
        for much in _TOO_MUCH
    ),
    *(
        f"if {it} no {trouble}"
        for it in ("it's", "its", "it is", "that's", "thats", "that is", "it'd be", "it would be")
        for trouble in (*_TROUBLES, "problem")
    ),
)
# Corporate and formal leads: "Per my last email", "Circling back", "Reaching out to ask
# you to", "Sorry to bother you, but".
_WORKPLACE_LEADS = (
    *(
        f"{per} {whose} {what}"
        for per in ("per", "as per", "further to", "following")
        for whose in ("my last", "my previous", "my earlier", "our last", "our previous", "our")
        for what in (
            *("message", "email", "e-mail", "mail", "note", "conversation", "discussion"),
            *("sync", "call", "chat", "meeting", "catch-up", "catch up", "1:1", "thread"),
        )
    ),
    *("as requested", "as mentioned", "as agreed", "as mentioned earlier", "as previously"),
    *("as previously discussed", "as previously mentioned", "as previously requested"),
    *("following up", "just following up", "following up on this", "circling back"),
    *("just circling back", "circling back on this", "circling back to this", "quick ask"),
    *("just a quick ask", "small ask", "one quick ask", "a quick ask", "quick request"),
    *("reaching out to ask you to", "i'm reaching out to ask you to", "hi all"),
    *("just reaching out to ask you to", "i am reaching out to ask you to", "hello all"),
    *("hey all", "hi everyone", "hello everyone", "good morning all", "morning all"),
    *(f"{sorry}{but}" for sorry in chatter.APOLOGIES for but in ("", " but")),
    *("excuse me", "excuse me but", "pardon me but", "pray"),
    *NO_TROUBLE,
    *("if you wouldn't mind", "if you would not mind"),
    *("to whom it may concern", "at your convenience", "fyi please", "just checking in"),
    *("hope all is well", "hope you are doing well", "hope you're doing well"),
    *("hope this finds you well", "i hope this finds you well", "trust you are well"),
    *("hope this message finds you well", "i hope this message finds you well"),
    *("trust you're well", "i trust you are well", "happy monday", "happy friday"),
    *(
        f"hope you had a {good} {time}"
        for good in ("good", "great", "nice", "lovely")
        for time in ("weekend", "day", "holiday", "break", "week")
    ),
    *(
        f"{sorry} if this is a {dumb} question{but}"
        for sorry in ("sorry", "apologies")
        for dumb in ("dumb", "silly", "stupid", "weird", "strange")
        for but in ("", " but")
    ),
    *(
        f"{sorry} if this is {a_bother}{but}"
        for sorry in ("sorry", "so sorry", "apologies")
        for a_bother in ("a bother", "annoying", "a pain", "a silly request", "a weird request")
        for but in ("", " but")
    ),
    *(
        f"{unsure} if you can do {this} but"
        for unsure in ("not sure", "i'm not sure", "im not sure", "no idea", "i don't know")
        for this in ("this", "that", "it")
    ),
)
# The ends of a request of the same kind: "..., if it's no bother", "..., over".
_WORKPLACE_TAGS = (
    *("if you wouldn't mind", "if you would not mind"),
    *("over", "over and out", "end of command"),
    *("end of message", "end of request", "end of instruction", "as discussed"),
    *("as requested", "as agreed", "as per my last email", "as per my last message"),
    *("thanks in advance for your help", "thank you in advance for your help"),
    *("would you mind", "would you mind please", "if you could", "if you could please"),
    *("if you'd be so kind", "if you would please", "if you'd please"),
)
# A label before a colon: "Quick ask: open Teams", "Voice command: open chrome".
LABELS = tuple(
    f"{label}{urgently}"
    for label in (
        *("command", "voice command", "task", "request", "instruction", "action"),
        *("please action", "action item", "to do", "todo", "to-do", "priority"),
        *("high priority", "top priority", "urgent", "quick ask", "ask", "user request"),
        *("new request", "new task", "request for milio", "note to milio", "pls action"),
        *("to action", "next step", "next steps", "action items", "voice input", "dictation"),
        # the words that hand over a command quoted after them: 'run: "close teams"'
        *("run", "run this", "do this", "execute", "execute this", "try this"),
    )
    for urgently in ("", " asap", " please", " urgently", " now", " pls")
)
# Child speech and what is said to a child: "pretty please", "pwease".
_CHILDISH = (
    *("pretty please", "pretty please with a cherry on top", "pretty please with sugar on top"),
    *("pwease", "pwetty pwease", "pweeze", "please please", "please please please"),
    *("pretty pretty please", "pleasey please"),
)

# The moment come, said before the request: "it's time to close chrome", "time to open
# zoom". Only these affirmative forms: "is it time to", "it's not time to", "it's almost
# time to", "it was time to" ask, refuse, defer or report, and are never peeled.
_TIME_HAS_COME = tuple(
    f"{now}{it}time to"
    for now in ("", "ok ", "okay ", "right ", "alright ", "now ")
    for it in ("", "it's ", "its ", "it is ")
)
# The same before what is wanted, a thing rather than a verb: "time for zoom", "it's time
# for a restart" (a word of wanting: a bare verb after it is not taken).
TIME_FOR = tuple(
    f"{now}{it}time for"
    for now in ("", "ok ", "okay ", "right ", "alright ", "now ")
    for it in ("", "it's ", "its ", "it is ")
)

# Asked before, said as a clause of its own beside the request: "i've asked you like 5
# times, open spotify". Alone only: "I asked you to open it" reports.
_ASKED_BEFORE = tuple(
    f"{i_asked} {you}{like}{times}"
    for i_asked in ("i've asked", "ive asked", "i have asked", "i asked", "i already asked")
    for you in ("you ", "u ", "")
    for like in ("", "like ", "literally ")
    for times in (
        *("twice", "2 times", "3 times", "three times", "5 times", "five times", "10 times"),
        *("ten times", "100 times", "a hundred times", "so many times", "a million times"),
    )
)
# Alarm, swearing and urgency under stress, said before the request or alone beside it:
# "oh crap, open zoom", "shit shit shit open teams", "ASAP open zoom", "ahh close discord".
_ALARM = (
    *("shit", "oh shit", "holy shit", "crap", "oh crap", "holy crap", "fuck", "oh fuck"),
    *("oh no", "oh no no", "oh god no", "ah", "ahh", "aah", "aahh", "agh", "eek", "yikes"),
    *("oh dear", "oh boy", "oh man", "man oh man", "asap", "urgent", "urgently", "fast"),
    *("fuck it", "screw it", "screw this", "f it", "sod it", "bugger", "bloody hell", "wtf"),
    *("omfg", "oh my fucking god"),
    *("come on man", "cmon man", "c'mon man", "for real tho", "for real though"),
    *("christ almighty", "oh for real", "go go", "go go go", "come on come on"),
)
# Said alone as a clause only: "Help! Open zoom", "Emergency, open teams".
_ALARM_ALONE = (
    *("help", "help help", "emergency", "sos", "mayday", "panic", "panicking"),
    # asked of no one: "how hard is it, open chrome"
    *("how hard is it", "how hard can it be", "is it that hard", "is it really that hard"),
)
# The user talking to themself, or how late or stressed they are, said as a clause of its
# own beside the request ("ok ok ok focus. close steam.", "late late late, open teams",
# "no more distractions, close discord"). Whole clauses only: "late night" may say when.
_SELF_TALK = (
    *("focus", "ok focus", "okay focus", "focus up", "stay focused", "focus mode", "lock in"),
    *("locking in", "time to lock in", "let's lock in", "lets lock in", "let's go", "lets go"),
    *("let's do this", "lets do this", "let's get it", "lets get it", "here we go"),
    *("deep breath", "deep breaths", "breathe", "just breathe", "come on brain", "you got this"),
    *("i got this", "we got this", "let's focus", "lets focus", "no distractions"),
    *("no more distractions", "no more games", "no more gaming", "no more procrastinating"),
    *("no more procrastination", "no more excuses", "study time", "study mode", "exam mode"),
    *("grind time", "crunch time", "enough", "that's enough", "enough is enough"),
    # thinking aloud while dictating: "uh, what was it, open discord"
    *("let me think", "lemme think", "let me see", "lemme see", "let's see", "lets see"),
    *("what was it", "what's it called", "whats it called", "what was it called"),
    *("late", "so late", "so so late", "super late", "very late", "late again", "way late"),
    *("so screwed", "so dead", "i'm dead", "im dead", "i'm doomed", "im doomed", "doomed"),
    *("i'm cooked", "im cooked", "cooked", "i'm screwed", "im screwed", "screwed"),
    *("brain dead", "braindead", "brain fried", "brain's fried", "my brain is fried"),
    # behind, sleepless, short of hands: "so behind on revision, open anki"
    *(
        f"{so}behind{on}"
        for so in ("so ", "so far ", "way ", "really ", "so so ")
        for on in ("", " on revision", " on everything", " on work", " on my notes", " rn")
    ),
    *("last minute cramming", "last minute revision", "panic mode", "all nighter"),
    *("pulling an all nighter", "pulling an all-nighter", "all-nighter", "no sleep"),
    *("running on no sleep", "zero sleep", "no sleep again", "can barely keep my eyes open"),
    *("short staffed", "short staffed again", "so short staffed", "short-staffed"),
    *("so annoying", "this is so annoying", "over it", "so over it", "so over this"),
    *(
        f"{sorry}{running}"
        for sorry in ("sorry ", "sorry sorry ", "so sorry ", "sorry sorry sorry ", "soz ")
        for running in ("running late", "running so late", "i'm running late", "im running late")
    ),
    # no time left: "no time, open zoom", "running out of time!! close discord"
    *("no time", "no time to lose", "no time to waste", "no time to explain", "out of time"),
    *("running out of time", "so little time", "not much time", "zero time", "no time rn"),
    # in a rush: "in a hurry, open zoom", "sorry rushing, close spotify"
    *(
        f"{sorry}{kinda}{rush}"
        for sorry in ("", "sorry ", "sorry im ", "sorry i'm ", "bit ")
        for kinda in ("", "kinda ", "really ", "so ", "super ")
        for rush in (
            *("in a rush", "in a hurry", "in a big rush", "in a bit of a rush", "rushed"),
            *("in a rush rn", "in a hurry rn", "rushing", "rushing rn", "short on time"),
            *("tight on time", "behind schedule", "under pressure", "pressed for time"),
        )
    ),
    *("bit of a rush", "a bit of a rush", "bit rushed", "a bit rushed"),
)
# Where or what the user is busy with, said alone as a clause: "in a meeting, pause the
# music", "close discord, studying". Not a verb of an action ("recording", "streaming").
_BUSY = (
    *(
        f"{on} {event}"
        for on in ("on a", "in a", "on the", "in the", "on my", "in my", "in an", "on an")
        for event in (
            *("call", "meeting", "zoom call", "teams call", "video call", "lecture", "class"),
            *("exam", "interview", "presentation", "standup", "webinar", "seminar", "test"),
            "mtg",  # texted short: "in a mtg"
        )
    ),
    *("in class", "in lecture", "in a lecture rn", "on a call rn", "in a meeting rn"),
    *("in mtg", "in mtg rn", "in a mtg rn", "on call rn", "in meeting", "in meeting rn"),
    *("studying", "studying rn", "cramming", "revising", "presenting", "working"),
    *("trying to study", "trying to focus", "trying to concentrate", "trying to work"),
)
# Not sure it will work, said before the request ("not sure but try opening zoom", "idk,
# just open zoom"); after it the same words hedge the command ("open zoom, idk"), so as a
# clause they are an aside only before one (:func:`.asides.aside_kinds`).
UNSURE = (
    *("idk", "i dunno", "dunno", "not sure", "i'm not sure", "im not sure", "no idea"),
    *("idk man", "idk tbh", "not sure tbh", "not sure if this works", "worth a try"),
    *("not sure if this will work", "this might not work", "might not work", "no clue"),
    *("i hate to ask", "hate to ask", "i hate to bother you", "hate to bother you"),
    # unsure it will help: "might help, close chrome", "fingers crossed, restart"
    *("might help", "could help", "maybe it'll help", "maybe it will help", "maybe it helps"),
    *("maybe that'll help", "might work", "worth a shot", "fingers crossed", "here goes"),
    *("let's see if this works", "lets see if this works", "let's see if it works"),
    *("dunno if it'll help", "idk if it'll help", "not sure if it'll help"),
    # unsure it is the right way: "I might be wrong but close chrome"
    *(f"i {may} be wrong" for may in ("might", "may", "could", "could totally")),
    *("not sure if this is right", "not sure this is right", "not sure if i'm doing this right"),
)
# Not sure the assistant can, said before "but" or as a clause of its own before the
# request ("not sure if you can do this but open discord", "no idea if this works, close
# slack"). Never a lead by itself: "not sure if you can open discord" doubts, it asks nothing.
_UNSURE_YOU_CAN = tuple(
    f"{unsure} {whether}{you_can}".replace("  ", " ")
    for unsure in (
        *("not sure", "i'm not sure", "im not sure", "no idea", "idk", "dunno", "i dunno"),
        *("i don't know", "i dont know", "don't know", "dont know"),
    )
    for whether in ("if ", "whether ", "")
    for you_can in (
        *("you can", "you can do this", "you can do that", "you can do it", "u can"),
        *("this works", "this will work", "it works", "it'll work", "this is possible"),
    )
)
# Wondering, set apart before the request: "I wonder, could you open slack?"; not a lead
# ("I wonder whether to restart").
_WONDERING = ("i wonder", "just wondering", "i'm wondering", "im wondering", "i am wondering")
UNSURE_OF_A_CLAUSE = (*UNSURE, *_UNSURE_YOU_CAN, *chatter.DOUBTS, *_WONDERING)
_UNSURE_LEADS = (*UNSURE, *(f"{unsure} but" for unsure in UNSURE_OF_A_CLAUSE))
# Doubt said right before the rest with no comma. What follows is what is doubted when it
# has its own subject or asks: the speaker musing ("maybe I should open spotify", "maybe I
# want chrome open"), objecting ("not sure I want chrome open") or asking ("idk if you
# could open zoom"), no request (:mod:`.utterance`). Before a verb it softens the request.
DOUBTS = (
    *("idk", "i dunno", "dunno", "not sure", "i'm not sure", "im not sure", "no idea"),
    *("no clue", "idk man", "idk tbh", "not sure tbh", "maybe", "perhaps", "possibly"),
)
# Hedges said right before the request ("maybe just open spotify", "I think maybe close
# slack"); "I guess I'd like it lower" hedges a wish the speaker still states. After a
# hedge or a doubt, a thing then a word of its state is a guess at the state ("maybe
# chrome open", "not sure spotify open"), not a terse command.
_I_THINK = ("i think", "i guess", "i suppose", "i reckon", "i'd say", "id say")
HEDGES = (
    *("maybe just", "perhaps just", "i guess"),
    *(
        f"{i_think} {maybe}"
        for i_think in _I_THINK
        for maybe in ("maybe", "perhaps", "possibly", "just", "maybe just", "perhaps just")
    ),
)
# Why, said after the request without a comma: "close discord i can't focus". A tag, so a
# name just before one is not taken ("a folder called notes i need to study").
_CANNOT_FOCUS = tuple(
    f"{i} {must}{really} {focus}".strip()
    for i in ("i", "i really", "i just", "")
    for must in ("can't", "cant", "cannot", "need to", "have to", "gotta", "must", "wanna")
    for really in ("", " actually")
    for focus in ("focus", "study", "concentrate", "think", "work", "revise")
)
# Who is waiting, said after the request without a comma: "open zoom everyone's waiting".
# A tag, so a name just before one is not taken.
_THEY_ARE_WAITING = tuple(
    f"{who} {waiting}"
    for who in (
        *("everyone's", "everyone is", "everybody's", "everybody is", "people are"),
        *("they're", "they are", "my boss is", "the boss is", "the client is"),
        *("the clients are", "my team is", "the team is", "my manager is", "the class is"),
        *("my teacher is", "the teacher is", "my professor is", "my prof is"),
    )
    for waiting in ("waiting", "waiting for me", "already waiting", "already on", "on the call")
)
# Giving in, said before the request: "might as well open spotify", "why not, open it";
# with a subject it is the user's plan ("I might as well open it") and stays.
_GIVING_IN = (
    *("might as well", "may as well", "might as well just", "what the heck", "what the hell"),
)
# The same alone as a clause: "sure why not, open spotify"; "why not open spotify?" may
# ask why it was not done, and is left to the model.
_GIVING_IN_ALONE = ("why not", "sure why not", "eh why not", "oh why not", "heck", "ah well")
# Softening said before the verb: "could you kinda open spotify".
_SOFTLY = ("kinda", "kind of", "sort of", "sorta", "maybe kinda", "maybe just kinda")
# Asking whether it is all right, as a clause of its own: "if it's okay, open spotify",
# "If I may, could you ...". Not a lead: "if I may open zoom" asks leave for the user.
_IF_ALL_RIGHT = (
    *(
        f"if {it} {ok}{with_you}"
        for it in ("it's", "its", "it is", "that's", "thats")
        for ok in ("ok", "okay", "alright", "all right", "fine", "cool")
        for with_you in ("", " with you", " by you")
    ),
    *("if i may", "if i might", "if i may ask", "if i might ask", "if i may be so bold"),
    *("if you don't mind me asking", "if you don't mind my asking"),
)
# Filler said before the request in a hurry: "anyway yeah open zoom", "so basically just".
_FILLER = ("yeah", "yea", "yeah yeah yeah", "basically", "so basically", "anyway yeah")
# Asking put off, hedged or wrapped in a thought (issue 16): "I was thinking you could open
# spotify", "I wanted to ask if you could", "would it be too much to ask to", "maybe we
# could", "I'd love for you to", "not to be a bother but". Always "you" or "we" and a modal
# or "to": "maybe we should" and "I was thinking of opening it" weigh it, and stay.
_HEDGED_ASKING = said_otherwise(
    (
        *(
            f"{thinking} {maybe}you {could}"
            for thinking in ("i was thinking", "i'm thinking", "im thinking", "was thinking")
            for maybe in ("", "maybe ", "perhaps ")
            for could in ("could", "might", "can")
        ),
        *(
            f"{wanted} {ask}"
            for wanted in (
                *("i wanted to", "i just wanted to", "just wanted to", "i was going to"),
                *("i was gonna", "i was just going to", "i meant to", "i've been meaning to"),
            )
            for ask in ("ask if you could", "ask if you can", "ask you to", "ask whether you could")
        ),
        # "would it be a bother to", "is it any trouble to"; not "would it be a problem to"
        # (asked of what it may do: "... to shut down while it updates?")
        *(
            f"{would_it} {much} {to}"
            for would_it in ("would it be", "is it", "would that be", "will it be")
            for much in _TOO_MUCH
            if not much.endswith("problem")
            for to in ("to", "for you to")
        ),
        *(
            f"{would} it {trouble} you {much}to"
            for would in ("would", "will")
            for trouble in ("trouble", "bother", "inconvenience")
            for much in ("", "too much ", "terribly ", "awfully ", "very much ")
        ),
        *("do you think you might", "d'you think you might", "think you might"),
        *(
            f"{wondering} {maybe} {you_could}"
            for wondering in (
                *("i was wondering if", "i wonder if", "wondering if", "i'm wondering if"),
                *("just wondering if", "i was just wondering if"),
            )
            for maybe in ("maybe", "perhaps", "possibly", "")
            for you_could in ("you could", "you would", "you might", "you can", "you'd")
        ),
        *("i wonder if you'd be able to", "i was wondering if you'd be able to"),
        *(f"{hope} you {can}" for hope in ("hope", "hopefully") for can in ("can", "could")),
        *(
            f"{would} you be {ok} to"
            for would in ("would", "are", "will")
            for ok in ("ok", "okay", "alright", "all right", "happy")
        ),
        *(f"{can}try and" for can in ("", "could you ", "can you ", "just ", "maybe ", "please ")),
        *(
            f"if {possible}"
            for possible in ("possible", "it's possible", "that's possible", "at all possible")
        ),
        *(f"{maybe} we {could}" for maybe in ("maybe", "perhaps") for could in ("could", "can")),
        *(
            f"{subject} love for you to"
            for subject in ("i'd", "i would", "id", "would", "i'd really", "i would really")
        ),
        *(f"{subject} like for you to" for subject in ("i'd", "i would", "id")),
        *(
            f"{not_to} but"
            for not_to in (
                *("not to be a bother", "not to be a pain", "not to bother you"),
                *("not to be annoying", "sorry to be annoying", "sorry for the bother"),
                *("sorry for bothering you", "sorry if this is a lot", "sorry if this is annoying"),
                *("i know you're busy", "i know youre busy", "i know you are busy"),
            )
        ),
        # the assistant's moment, asked for: "if you have a sec, open chrome"
        *(
            f"if {you_have} a {sec}"
            for you_have in ("you have", "you got", "you have got", "you've got", "youve got")
            for sec in ("sec", "second", "moment", "mo", "tick", "jiffy")
        ),
    )
)
# A request owned up to as odd or a bother, said before it: "weird request but open
# discord", "this might sound silly, but close slack", "I don't mean to bother you but".
# Alone as a clause, or before "but" (:data:`SAID_ALONE`, :data:`LEADS`).
_ODD_REQUEST = (
    *(
        f"{kind} {request}"
        for kind in ("weird", "odd", "random", "strange", "silly", "dumb", "kinda random")
        for request in ("request", "question", "ask", "one")
    ),
    *("random", "kinda random", "this is random", "this is kinda random", "bit random"),
    *(
        f"{probably} a {dumb} {question}"
        for probably in ("probably", "prob", "this is probably", "might be", "this might be")
        for dumb in ("dumb", "silly", "stupid", "weird", "stupid")
        for question in ("question", "request", "ask")
    ),
    *(
        f"this {may} {sound} {weird}"
        for may in ("may", "might", "will", "is gonna", "is going to")
        for sound in ("sound", "seem", "be")
        for weird in ("weird", "silly", "strange", "odd", "dumb", "random", "a silly request")
    ),
    *(
        f"{unsure} {how}"
        for unsure in ("not sure", "i'm not sure", "im not sure", "i don't know", "idk", "no idea")
        for how in (
            *("how this works", "how to ask this", "how to do this", "how to use this"),
            *("how to say this", "how you work", "if i'm doing this right"),
        )
    ),
    *("i'm new to this", "im new to this", "new to this", "first time using this", "new here"),
    *(
        f"i don't {mean} to {bother}"
        for mean in ("mean", "want")
        for bother in ("bother you", "be a pain", "be annoying", "be a bother", "nag")
    ),
)
# Asking more softly still: "would you happen to be able to", "may I please have".
_SOFTER_ASKING = said_otherwise(
    (
        *(
            f"{would} you {happen}"
            for would in ("would", "could", "do")
            for happen in (
                *("happen to", "happen to be able to", "possibly be able to"),
                *("perhaps be able to", "maybe be able to"),
            )
        ),
        *("you wouldn't happen to be able to", "you wouldn't happen to", "would you perhaps"),
        *(
            f"{could} i {possibly} ask you to"
            for could in ("could", "can", "might", "may")
            for possibly in ("possibly", "please", "just")
        ),
        *(
            f"{may} i {please} {have}"
            for may in ("may", "can", "could", "might")
            for please in ("please", "just", "possibly")
            for have in ("have", "get")
        ),
        *("may i have", "may i get", "might i have"),
    )
)
# The same said after the request: "could you open chrome, if that's not too much trouble".
_HEDGED_TAGS = (
    *(f"if {you_have} a sec" for you_have in ("you have", "you got", "you've got")),
    *("no worries if not", "no worries if you can't", "no worries if you cant"),
    *(
        f"{if_not} {fine}"
        for if_not in ("if not", "if you can't", "if you cant")
        for fine in ("that's fine", "thats fine", "that's ok", "that's okay", "no worries")
    ),
    *("it's fine if not", "that's fine if not", "totally fine if not", "all good if not"),
)
# Wishing, hedged, before the thing and the state it should be in: "I'd kind of like
# spotify open", "it'd be nice to have discord closed" (read as a word of wanting).
_WISHING = (
    *(
        f"{i_would} {degree} like"
        for i_would in ("i'd", "id", "i would")
        for degree in ("kind of", "kinda", "sort of", "sorta", "really", "just", "quite")
    ),
    *("i'd prefer", "id prefer", "i would prefer", "i'd much prefer", "i'd rather have"),
    *(
        f"{it_would} be {good} to have"
        for it_would in ("it'd", "itd", "it would", "would", "that'd", "that would")
        for good in ("nice", "great", "good", "lovely", "helpful", "awesome", "ideal")
    ),
)
# Wanting, hedged or pressed, before the thing and the state it should be in: "I kinda
# need zoom open", "I really need spotify closed" (read as a word of wanting).
WANTING = (
    *(
        f"i {degree} {need}"
        for degree in ("kinda", "kind of", "sort of", "sorta", "really", "just", "really really")
        for need in ("need", "want", "need to", "want to")
    ),
    *_WISHING,
    # Said for a team or a household, or as something of use: "we need a timer for 5
    # minutes", "I could use a screenshot", "let's have a 10 minute timer".
    *(f"we {need}" for need in ("need", "want", "need to", "want to", "would like", "would love")),
    *("we'd like", "we'd love", "we'd like to", "we would like to"),
    *(
        f"{who}could {degree}use"
        for who in ("i ", "we ", "")
        for degree in ("", "really ", "definitely ", "totally ", "just ")
    ),
    *("let's have", "lets have"),
    # The request set off as the point of a long message: "all I want is spotify open",
    # "what I need is a timer for 20 minutes" (issue 20: long messages).
    *(
        f"{what} i {degree}{need} is"
        for what in ("all", "what")
        for degree in ("", "really ", "just ")
        for need in ("need", "want")
    ),
)
# Sorry, under stress, said before the request: "sorry sorry sorry open zoom".
_SORRY = ("sorry", "so sorry", "sorry sorry", "sorry im late", "sorry i'm late", "soz")
# Urgency said after the request: "open teams hurry up".
_URGENCY_AFTER = (
    *("hurry", "hurry up", "hurry please", "please hurry", "hurry pls", "pls hurry"),
    *("quick please", "quick pls", "fast please", "asap please", "asap pls", "now now now"),
)

# Said before the request.
LEADS = (
    *_asking_frames(),
    *_wishes_of_the_user(),
    *_be_a_dear(),
    *_EXASPERATION,
    *_INSULTS,
    *_REGIONAL_LEADS,
    *said_otherwise(_WORKPLACE_LEADS),
    *_CHILDISH,
    *_ALARM,
    *_UNSURE_LEADS,
    *HEDGES,
    *_HEDGED_ASKING,
    *_SOFTER_ASKING,
    *(f"{odd} but" for odd in _ODD_REQUEST),
    *chatter.LEADS,
    *_SORRY,
    *_GIVING_IN,
    *_SOFTLY,
    *_FILLER,
)
# Whom the request is said to or done for, before it and after it (a tag), and the moment
# come. A bare verb after one may be said to a child ("sweetie, sleep") or of oneself
# ("it's time to pause"): at least two words must follow.
ADDRESS_LEADS = (*PET_NAMES, *_said_for_someone(), *_TIME_HAS_COME)
ADDRESS_TAGS = (
    *PET_NAMES,
    *(f"for {who}" for who in _PEOPLE),
    *(f"for {who} please" for who in _PEOPLE),
)
# Said after the request, and taken as tags.
TAGS = (
    *_EXASPERATION_AFTER,
    *_INSULTS,
    *_REGIONAL_TAGS,
    *_WORKPLACE_TAGS,
    *_CHILDISH,
    *_URGENCY_AFTER,
    *_CANNOT_FOCUS,
    *_THEY_ARE_WAITING,
    *_HEDGED_TAGS,
    *chatter.TAGS,
)
# Said before a verb in its -ing form: "would you do me the kindness of opening Word".
GERUND_LEADS = said_otherwise(
    (
        *("would you mind terribly", "would you mind awfully", "would you mind very much"),
        *("do you mind awfully", "would you do me the kindness of", "do me the kindness of"),
        *("would you do me the favour of", "would you do me the favor of"),
        *("do me the favour of", "do me the favor of", "i'd appreciate you"),
        *("i would appreciate you", "would appreciate you", "appreciate you"),
        *("i'd appreciate your", "i would appreciate your", "mind terribly", "mind awfully"),
        *("kindly oblige me by", "oblige me by", "please oblige me by", "see your way to"),
        *("could you see your way to", "could you possibly see your way to"),
        *("mind very much",),
    )
)
# Before an -ing form only, and otherwise no frame: "please action the closure of X".
GERUND_LEADS_OR_NONE = (
    *("action", "please action", "kindly action", "pls action", "can you action"),
    # "try restarting": "try" said of anything else stays ("try the new chrome")
    *("try", "please try", "could you try", "can you try", "just try", "maybe try"),
)
# Words that make a frustrated request stronger where they stand, before the thing:
# "open the damn chrome", "take a wee screenshot". Dropped as a gap, so a name next
# to one is never taken whole ("play the bloody mary song").
INTENSIFIERS = frozenset(
    (
        *("damn", "bloody", "stupid", "freaking", "freakin", "fricking", "frickin", "wee"),
        *("frigging", "friggin", "flipping", "flippin", "effing", "fucking", "fuckin"),
        *("goddamn", "darn", "dang", "blasted", "silly", "stinking", "dumb", "blooming"),
    )
)
# Words a thing is named by after an intensifier: "the", "this", "my"...
DETERMINERS = frozenset(("the", "this", "that", "my", "a", "your", "our"))
# Who may be able to: "open discord if you can" is a condition, "open it can?" a request.
SUBJECTS = frozenset(("i", "you", "u", "ye", "ya", "we", "they", "he", "she", "it", "one", "who"))
# "now now" and "just now" mean later in South African English: the command is deferred.
LATER_NOW = frozenset((("now", "now"), ("just", "now")))
# "on the music", "off the spotify": "turn on", "turn off", in Singaporean and Indian English.
SWITCHES = {"on": "turn on", "off": "turn off"}
# The machine, named: never switched "off the computer now!" (said to a child as often as
# to it), and named when a rest is wished for it rather than for the user.
MACHINES = frozenset(("computer", "pc", "laptop", "mac", "macbook", "machine", "system"))
# Clauses that are asides by themselves: "Sweetie.", "For crying out loud,", "Quick ask:".
SAID_ALONE = (
    *PET_NAMES,
    *LEADS_SET_APART,
    *(said for said in _EXASPERATION if said not in INTENSIFIERS),
    *_EXASPERATION_AFTER,
    *_INSULTS,
    *(said for said in _REGIONAL_LEADS if not said.endswith((" and", " to", " you", "gonnae"))),
    *(said for said in _WORKPLACE_LEADS if not said.endswith((" to", " but", "pray"))),
    *LABELS,
    *_CHILDISH,
    *("abeg", "biko", "jare", "lor", "sia", "lah", "leh", "can or not", "cheers mate"),
    # who is typing, in a family: "Mum here, open youtube"
    *(f"{who} here" for who in (*_FAMILY, "mum", "mom")),
    *(f"{its} {who}" for its in ("it's", "its", "this is") for who in (*_FAMILY, "mum", "mom")),
    *("ta mate", "nice one", "you legend", "ya legend", "cheers pal", "cheers lad"),
    *_ALARM,
    *_ALARM_ALONE,
    *_SELF_TALK,
    *(said for said in _GIVING_IN if not said.endswith("just")),
    *_BUSY,
    *_GIVING_IN_ALONE,
    *_IF_ALL_RIGHT,
    *_ODD_REQUEST,
    *_ASKED_BEFORE,
    *chatter.ALONE,
    *chatter.UNSURE,
    *office.ALONE,
)
