"""Words of other languages mixed into English requests.

People who speak Spanish, French, Portuguese, German or Italian often type "abre
spotify", "ouvre discord stp" or "cierra chrome por favor": the verb and the politeness
in their own language, the rest (names, often the whole sentence) in English. These
closed lists read the imperative verb of an action as its English verb and drop the
politeness; they are small on purpose. A sentence that goes on in the other language
(an article or a noun the templates do not know, a negation, a time) is left to the
model: only the mixed form people really type is answered locally.

Speakers of more languages (Dutch, Scandinavian, Slavic, Turkish, Hindi and Urdu,
Arabic, Chinese, Japanese, Korean) mostly keep the English verb and add their own
politeness, thanks or a word of address ("open chrome lütfen", "yaar open youtube",
"请 open chrome"): those are peeled like the English ones. Of their verbs only the
plainest are read ("открой chrome", "spotify kholo", "chrome aç"); their negations and
times ("open discord baad mein", "play it nahi") send the message to the model.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType


def _verbs(english: str, *forms: str) -> dict[str, str]:
    return dict.fromkeys(forms, english)


# The imperative (and the infinitive people type as one) of each action's verbs, as the
# English verb the templates know. Not "pon"/"mets"/"metti" (put): "pon la alarma" is
# not a song to play. Not a form that is also a typo of the English verb ("pausa",
# "starte", "quitte"): a typo of the key word is left to the model.
_VERBS_OF_FIVE_LANGUAGES = MappingProxyType(
    {
        # open
        **_verbs("open", "abre", "abra", "abrir", "ábrelo", "ouvre", "ouvrez", "ouvrir"),
        **_verbs("open", "öffne", "öffnen", "oeffne", "offne", "apri", "apra", "aprire"),
        **_verbs("launch", "lanza", "lance", "lancez", "lancer", "lancia", "avvia"),
        **_verbs("start", "inicia", "inicie", "démarre", "demarre"),
        **_verbs("run", "ejecuta", "ejecute", "executa", "execute", "esegui"),
        # close
        **_verbs("close", "cierra", "cierre", "cerrar", "ferme", "fermez", "fermer"),
        **_verbs("close", "schließ", "schließe", "schliess", "schliesse", "schließen"),
        **_verbs("close", "chiudi", "chiuda", "chiudere", "fecha", "feche", "fechar"),
        **_verbs("quit", "beende", "beenden", "encerra", "encerre"),
        # turn off: an application, the music or the computer, as in English
        **_verbs("turn off", "apaga", "apague", "apagar", "éteins", "eteins", "éteignez"),
        **_verbs("turn off", "spegni", "desliga", "desligue"),
        # restart
        **_verbs("restart", "reinicia", "reinicie", "reiniciar", "redémarre", "redemarre"),
        **_verbs("restart", "redémarrez", "riavvia"),
        # pause, play
        **_verbs("pause", "pausiere"),
        **_verbs("play", "reproduce", "reproduzca", "reproduz", "joue", "spiel", "spiele"),
        **_verbs("play", "riproduci"),
        # volume
        **_verbs("raise", "sube", "suba", "subir", "alza", "erhöhe", "aumenta", "aumente"),
        **_verbs("increase", "augmente", "augmentez"),
        **_verbs("raise", "monte", "montez"),
        **_verbs("lower", "baja", "baje", "bajar", "baisse", "baissez", "abbassa", "abaixa"),
        **_verbs("decrease", "diminue", "diminuez", "diminui", "diminuisci", "senke"),
        # take (a screenshot, a picture), and "make"/"do" said for it
        **_verbs("take", "toma", "tome", "tira", "prends", "prenez", "scatta", "fai", "saca"),
        **_verbs("take", "tire", "haz", "hazme", "fais", "mach", "mache"),
        # stop (the music), record (a video)
        **_verbs("stop", "detén", "deten", "detenga", "arrête", "arrete", "arrêtez", "ferma"),
        **_verbs("record", "graba", "grabe", "enregistre", "registra"),
        # create (a folder, a file); "crea" is near no English verb but "create" itself
        **_verbs("create", "crea", "cree", "crear", "crée", "créez", "créer", "crie", "cria"),
        **_verbs("create", "erstelle", "erstell", "erstellen", "creare"),
        # open, said with "for me" in the verb, or as "turn on" (an application, as the
        # templates read it: "enciende la luz" opens nothing)
        **_verbs("open", "ábreme", "abreme", "aprimi", "ouvre-moi", "prende", "enciende"),
        **_verbs("open", "allume", "liga", "accendi"),
    }
)
# The verbs of more languages, said first ("открой chrome", "pakiopen yung spotify"): read
# only before a known application or site, or the computer. Their function words are not
# listed here, and "открой мой notes.txt" must not open a file called "мой notes".
_VERBS_OF_MORE_LANGUAGES = {
    # Tagalog: "paki" (please) joined to the English verb
    **_verbs("open", "pakiopen", "paki-open"),
    **_verbs("close", "pakiclose", "paki-close"),
    # Russian, Swedish, Dutch, Indonesian, Tagalog, Chinese
    **_verbs("open", "открой", "otkroi", "otkroy", "öppna", "buka", "buksan", "打开"),
    **_verbs("close", "закрой", "zakroi", "zakroy", "stäng", "sluit", "tutup", "isara"),
    **_verbs("close", "关闭", "关掉"),
    **_verbs("launch", "запусти", "zapusti"),
    **_verbs("turn off", "выключи", "vykluchi", "vyklyuchi"),
    **_verbs("restart", "перезагрузи", "perezagruzi", "重启"),
}
VERBS: Mapping[str, str] = MappingProxyType(
    {**_VERBS_OF_FIVE_LANGUAGES, **_VERBS_OF_MORE_LANGUAGES}
)
VERBS_OF_KNOWN_THINGS = frozenset(_VERBS_OF_MORE_LANGUAGES)
# What such a verb may act on besides an application or a site (read as English first).
THE_COMPUTER = frozenset(("computer", "pc", "laptop", "the computer", "the pc", "the laptop"))
# "mach spotify auf": German says the verb's particle last.
SEPARABLE_VERBS = frozenset(("mach", "mache", "macht"))
PARTICLES: Mapping[str, str] = MappingProxyType(
    {"auf": "open", "zu": "close", "an": "open", "aus": "turn off"}
)

# "file", said in the other language: read as "file", and never a word of a file's name
# of several words ("crea un archivo notas.txt" names no file "un archivo notas.txt").
FILE_NOUNS = frozenset(("archivo", "fichier", "datei", "arquivo"))
# "folder" in the other language: its name must be said with a naming word ("crea una
# carpeta llamada Fotos"); the word right after it may describe it ("carpeta nueva").
FOLDER_NOUNS = frozenset(("carpeta", "dossier", "ordner", "cartella"))

# The nouns of the actions, read as English after a verb of the other language only:
# in an English sentence "volumen" is a typo, and a typo is the model's.
NOUNS: Mapping[str, str] = MappingProxyType(
    {
        **dict.fromkeys(("música", "musica", "musique", "musik"), "music"),
        **dict.fromkeys(("canción", "cancion", "chanson", "canzone", "lied"), "song"),
        **dict.fromkeys(("foto", "fotografía", "fotografia"), "photo"),
        **dict.fromkeys(("vídeo", "vidéo"), "video"),
        **dict.fromkeys(("captura", "pantallazo", "bildschirmfoto"), "screenshot"),
        **dict.fromkeys(("cámara", "camara", "caméra", "kamera", "câmera"), "webcam"),
        **dict.fromkeys(("cronómetro", "cronometro", "chronomètre", "chronometre"), "stopwatch"),
        **dict.fromkeys(("stoppuhr",), "stopwatch"),
        **dict.fromkeys(("volumen", "lautstärke", "lautstaerke"), "volume"),
        **dict.fromkeys(("sonido", "suono", "son", "som"), "sound"),
        **dict.fromkeys(("ordenador", "computadora", "computador", "ordinateur"), "computer"),
        **dict.fromkeys(("ordi", "rechner", "compu"), "computer"),
        # Not "pasta" (Portuguese): in English it is food, and may be a folder's name.
        **dict.fromkeys(FOLDER_NOUNS, "folder"),
        **dict.fromkeys(FILE_NOUNS, "file"),
    }
)

# One article or possessive right after the verb, read as the English one ("abre el
# spotify", "abra o discord"). Not after "play": "reproduce la bamba" is a title.
ARTICLES: Mapping[str, str] = MappingProxyType(
    {
        **dict.fromkeys(("el", "la", "los", "las", "le", "les", "o", "os", "il", "lo"), "the"),
        **dict.fromkeys(("der", "die", "das", "den", "dem"), "the"),
        **dict.fromkeys(("un", "una", "une", "um", "uma", "ein", "eine", "einen"), "a"),
        **dict.fromkeys(("mi", "mis", "mon", "ma", "mes", "meu", "minha", "mein", "meine"), "my"),
        **dict.fromkeys(("meinen", "mio", "mia"), "my"),
        **dict.fromkeys(("yung", "ang"), "the"),
    }
)
NOT_BEFORE_AN_ARTICLE = frozenset(("play",))
# An English verb with the article of another language after it ("open el chrome", "close
# o spotify", "restart la compu"): the rest is read as after that language's verb. Not the
# articles that are English words ("die", "den", "lo", "ma", "un", "um").
ENGLISH_VERBS_BEFORE_AN_ARTICLE = frozenset(
    (
        *("open", "close", "launch", "start", "run", "quit", "exit", "kill", "restart"),
        *("reboot", "stop", "pause", "take", "record", "raise", "lower", "increase"),
        *("decrease", "mute"),
    )
)
ARTICLES_AFTER_AN_ENGLISH_VERB = frozenset(
    (
        *("el", "la", "los", "las", "le", "les", "o", "os", "il", "der", "das", "dem"),
        *("una", "une", "uma", "ein", "eine", "einen", "mi", "mis", "mon", "mes", "meu"),
        *("minha", "mein", "meine", "meinen", "mio", "mia"),
    )
)
# "with", the one preposition the templates take after the verb's object ("toma una foto
# con la cámara"); an article after it is read too.
PREPOSITIONS: Mapping[str, str] = MappingProxyType(
    dict.fromkeys(("con", "avec", "mit", "com"), "with")
)
# "by" before the amount that ends a change of volume ("baisse le volume de 10", "sube el
# volumen en 20"); before any other number it may be part of a name ("carpeta de 10").
BY_BEFORE_AN_AMOUNT = frozenset(("de", "en", "di", "em"))
VERBS_OF_AMOUNTS = frozenset(("raise", "lower", "increase", "decrease"))
# Nouns of several words, read as one ("toma una captura de pantalla").
NOUN_PHRASES: Mapping[tuple[str, ...], str] = MappingProxyType(
    {
        **dict.fromkeys(
            (("captura", "de", "pantalla"), ("captura", "de", "tela"), ("capture", "d'écran")),
            "screenshot",
        ),
        **dict.fromkeys((("capture", "d'ecran"), ("cattura", "schermo")), "screenshot"),
    }
)
# Said right after the verb ("abre por favor spotify", "öffne mal discord"): dropped.
AFTER_THE_VERB: frozenset[tuple[str, ...]] = frozenset(
    (
        *(("por", "favor"), ("per", "favore"), ("s'il", "te", "plaît"), ("s'il", "te", "plait")),
        *(("mal",), ("bitte",), ("porfa",), ("stp",), ("svp",), ("aí",), ("ahí",), ("moi",)),
    )
)

# Negations, conditions and times of the five languages (see BEARING_ON_A_COMMAND).
_NEGATIONS_CONDITIONS_AND_TIMES = (
    *("no", "ne", "pas", "nicht", "kein", "non", "não", "nao", "nunca", "jamais", "mai"),
    *("si", "se", "cuando", "quand", "wenn", "quando", "luego", "después", "despues"),
    *("après", "apres", "dopo", "später", "mañana", "manana", "demain", "domani", "morgen"),
)

# Negations, conditions, times and "wait" of more languages, none of them an English word
# ("la", "net", "tab", "jab" are left out): Hindi and Urdu, Dutch, Scandinavian, Slavic,
# Turkish, Arabic, Chinese, Japanese, Korean, Tagalog and Indonesian, romanised as people
# type them.
_NEGATIONS_AND_TIMES_OF_MORE_LANGUAGES = (
    *("nahi", "nahin", "nahii", "nhi", "mat", "baad", "baadme", "baadmein", "kal", "phir"),
    *("agar", "thodi", "ruko", "rukna", "niet", "geen", "nooit", "straks", "wacht"),
    *("inte", "ikke", "ikkje", "aldrig", "aldri", "senare", "senere", "imorgon", "imorgen"),
    *("hvis", "när", "når", "vänta", "älä", "nie", "не", "нет", "nyet", "nikogda", "никогда"),
    *("potom", "потом", "pozzhe", "позже", "zavtra", "завтра", "esli", "если", "kogda"),
    *("когда", "podozhdi", "подожди", "później", "pozniej", "jutro", "jeśli", "jesli"),
    *("nigdy", "nikdy", "zítra", "zitra", "později", "pozdeji", "když", "kdyz", "yok"),
    *("değil", "degil", "hayır", "hayir", "sonra", "yarın", "yarin", "eğer", "eger"),
    *("bekle", "asla", "mish", "msh", "bukra", "bokra", "ba3dein", "badein", "lamma"),
    *("abadan", "لا", "مش", "بكرة", "بعدين", "لما", "اذا", "إذا", "不", "不要", "别", "別"),
    *("没", "沒", "不用", "以后", "以後", "明天", "等一下", "等下", "稍后", "稍後", "如果"),
    *("待会", "待會", "buyao", "mingtian", "ない", "ないで", "しないで", "だめ", "ダメ"),
    *("あとで", "後で", "明日", "まだ", "iie", "yamete", "atode", "ashita", "안", "하지마"),
    *("마", "아니", "아니요", "나중에", "내일", "aniyo", "hajima", "najunge", "naeil"),
    *("huwag", "wag", "hindi", "bukas", "mamaya", "mamayang", "kung", "jangan", "tidak"),
    *("nggak", "gak", "ngga", "nanti", "besok", "belum", "kalau", "lagi", "через"),
    *("cherez",),
)

# Words that show the sentence goes on in the other language after the verb: its
# function words, negations, times, and the nouns of the actions. After a foreign verb
# the sentence is left to the model when one of them follows.
WORDS_OF_A_SENTENCE = frozenset(
    (
        # function words (an article is allowed right after the verb and after "with")
        *ARTICLES,
        *("de", "del", "da", "do", "dos", "des", "du", "al", "au", "aux", "dans", "para"),
        *("pour", "per", "por", "que", "qui", "y", "et", "und", "en"),
        *("sur", "su", "auf", "zu", "von", "vom", "zum", "zur", "im", "nel", "nella", "na"),
        *_NEGATIONS_CONDITIONS_AND_TIMES,
        *_NEGATIONS_AND_TIMES_OF_MORE_LANGUAGES,
        *("minutos", "minuten", "minuti", "segundos", "secondes", "sekunden"),
        *("otra", "otro", "autre", "andere", "altro", "todo", "tout", "alles", "tutto"),
        # "something", "nothing", "more": what to play or do is not named
        *("was", "etwas", "irgendwas", "schönes", "algo", "alguna", "alguma", "cualquier"),
        *("cualquiera", "chose", "coisa", "qualquer", "qualcosa", "qualsiasi", "nada", "rien"),
        *("nichts", "niente", "mehr", "más", "mas", "plus", "più", "mais"),
        # nouns of the actions the templates do not know
        *("canciones", "lista", "documento", "navegador", "navigateur"),
        *("ventana", "fenêtre", "fenetre", "pantalla", "écran", "ecran", "bildschirm"),
        *("schermo", "tela", "alarma", "alarme", "temporizador", "minuteur"),
        *("aplicación", "aplicacion", "aplicativo", "applicazione", "programa"),
    )
)

# Said anywhere in a message, these may bear on its command as the English ones do
# ("open zoom, I have a meeting mañana"): negations, conditions and times.
BEARING_ON_A_COMMAND = frozenset(
    (
        *_NEGATIONS_CONDITIONS_AND_TIMES,
        *("keine", "niemals", "falls", "spater", "amanhã", "amanha", "depois", "tard"),
        *("tarde", "soir", "noche", "abend", "stasera", "sera", "noite", "ahorita"),
        *("bientôt", "bientot", "pronto", "bald", "presto"),
        *_NEGATIONS_AND_TIMES_OF_MORE_LANGUAGES,
    )
)

# "Please" of more languages, before or after the request ("lütfen open chrome",
# "open chrome kudasai").
_PLEASE_OF_MORE_LANGUAGES = (
    *("lütfen", "lutfen", "пожалуйста", "pozhaluysta", "pozhaluista", "pozhalusta"),
    *("pojaluysta", "pojaluista", "onegai", "onegaishimasu", "onegaishimas", "kudasai"),
    *("お願い", "お願いします", "ください", "juseyo", "jebal", "제발", "부탁해요", "부탁해"),
    *("请", "min fadlak", "min fadlik", "law samaht", "lau samaht", "من فضلك", "lotfan"),
    *("alsjeblieft", "alstublieft", "aub", "a.u.b", "snälla", "snalla", "venligst"),
    *("proszę", "prosze", "prosím", "prosim", "perfavore", "ti prego", "por gentileza"),
    *("kripya", "kripaya", "meherbani", "please ji", "xfa", "x favor", "porfi", "plis"),
    *("pliss", "pfvr", "tolong", "paki"),
)
# Thanks of more languages, and of the five when said first ("merci, open teams").
_THANKS_OF_MORE_LANGUAGES = (
    *("teşekkürler", "tesekkurler", "teşekkür ederim", "tesekkur ederim", "sağol", "sagol"),
    *("sağ ol", "спасибо", "spasibo", "arigatou", "arigato", "arigatou gozaimasu"),
    *("ありがとう", "kamsahamnida", "gamsahamnida", "감사합니다", "gomawo", "고마워", "谢谢"),
    *("xiexie", "shukran", "شكرا", "shukriya", "dhanyavaad", "dhanyawad", "dank je"),
    *("dankjewel", "dank u", "bedankt", "tack", "takk", "dzięki", "dzieki", "díky", "diky"),
    *("merci d'avance", "gracias de antemano", "danke im voraus", "grazie in anticipo"),
    *("vlw", "salamat", "makasih", "terima kasih"),
    *("mersi", "mamnoon", "tack så mycket", "dank je wel", "dank u wel", "tusen takk"),
    *("mange tak", "tusind tak", "большое спасибо", "çok teşekkürler", "cok tesekkurler"),
    *("shukran jazeelan", "bahut shukriya", "bahut dhanyavaad", "domo arigato"),
)
# Address of more languages ("yaar", "habibi", "abi", "hermano"), before or after.
_ADDRESS_OF_MORE_LANGUAGES = (
    *("yaar", "bhai", "bhaiya", "bhai sahab", "ji", "dost", "janab", "habibi", "habibti"),
    *("ya habibi", "akhi", "abi", "kanka", "hocam", "cara", "mano", "wey", "güey", "guey"),
    *("tío", "tio", "oppa", "hyung", "kuya", "kak"),
)
# Said first only: greetings ("merhaba, open chrome", "namaste ji, ..."), "yalla open
# chrome", "davai close it", "arre yaar, open youtube".
_LEADS_OF_MORE_LANGUAGES = (
    *("merhaba", "selam", "namaste", "namaskar", "salam", "salaam", "assalamu alaikum"),
    *("salam alaikum", "marhaba", "ahlan", "konnichiwa", "ohayo", "ohayou", "annyeong"),
    *("annyeonghaseyo", "안녕", "안녕하세요", "privet", "привет", "zdravstvuyte"),
    *("здравствуйте", "ni hao", "nihao", "你好", "您好", "hej", "hei", "hoi", "goedemorgen"),
    *("god morgen", "cześć", "czesc", "dzień dobry", "ahoj", "こんにちは"),
    *("yalla", "yallah", "davai", "давай", "hadi", "chalo", "arre", "arey", "arre yaar"),
    *("sige", "accha", "sumimasen", "すみません", "麻烦你", "zara", "jaldi", "jaldi se"),
    *("merci", "gracias", "danke", "grazie", "obrigado", "obrigada", "muchas gracias"),
    *("mil gracias", "merci beaucoup", "merci bien", "danke schön", "danke schon"),
    *("vielen dank", "grazie mille", "muito obrigado", "muito obrigada"),
)
# Said last only: "now", "quickly" ("open chrome jaldi", "restart it abhi").
_HASTE_OF_MORE_LANGUAGES = (
    *("jaldi", "jaldi se", "abhi", "abhi ke abhi", "hemen", "şimdi", "simdi", "sofort"),
    *("hayaku", "ppalli", "bystro", "seichas", "сейчас", "nu"),
    # particles of Tagalog and Indonesian that soften a request ("open chrome po", "... dong")
    *("po", "naman", "dong", "deh"),
)

# Hindi and Urdu say the English verb last, then "do" ("chrome open karo", "spotify ko close
# kar do"): the verb is read first, as in "spotify open please". Only the plain and the
# polite imperative: "kar dena" ("do it later") and "karna" ("to do") may defer it.
LIGHT_VERBS = ("karo", "kar do", "kardo", "kar dijiye", "kar dijie", "kijiye", "kijie", "kariye")
# The word that marks the thing acted on, said before the English verb ("chrome ko open karo").
OBJECT_MARKERS = frozenset(("ko",))
# Their own verbs for "open" and "close", said last ("spotify kholo", "chrome band kar do"),
# read as the English verb said first. Only after a known application or site: "band"
# alone is an English word, and "mera notes.txt kholo" names no file "mera notes".
VERBS_SAID_LAST: Mapping[tuple[str, ...], str] = MappingProxyType(
    {
        **dict.fromkeys((("kholo",), ("kholiye",), ("khol", "do"), ("khol", "de")), "open"),
        **dict.fromkeys((("khol", "dijiye"), ("khol", "dijie")), "open"),
        **dict.fromkeys((("band", "karo"), ("band", "kardo"), ("band", "kar", "do")), "close"),
        **dict.fromkeys((("band", "kar", "dijiye"), ("band", "kijiye")), "close"),
        **dict.fromkeys(
            (("chala", "do"), ("chala", "de"), ("chalao",), ("chala", "dijiye")), "open"
        ),
        # Hindi and Urdu for the volume and a shot: read only before the nouns of
        # NOUNS_BEFORE_A_VERB_SAID_LAST ("volume kam karo", "screenshot le lo")
        **dict.fromkeys((("kam", "karo"), ("kam", "kar", "do"), ("kam", "kardo")), "lower"),
        **dict.fromkeys((("ghatao",), ("ghata", "do"), ("dheere", "karo")), "lower"),
        **dict.fromkeys((("badhao",), ("badha", "do"), ("badha", "de"), ("tez", "karo")), "raise"),
        **dict.fromkeys((("tez", "kar", "do"), ("zyada", "karo")), "raise"),
        **dict.fromkeys((("le", "lo"), ("le", "lijiye"), ("khicho",), ("kheench", "lo")), "take"),
        # German and Dutch say the infinitive last ("kannst du spotify öffnen", "kun je
        # zoom sluiten"), Turkish and Korean the imperative ("chrome aç", "chrome 열어줘")
        **dict.fromkeys((("öffnen",), ("oeffnen",), ("openen",)), "open"),
        **dict.fromkeys((("schließen",), ("schliessen",), ("sluiten",)), "close"),
        **dict.fromkeys((("aç",), ("열어",), ("열어줘",), ("열어주세요",)), "open"),
        **dict.fromkeys((("kapat",), ("닫아",), ("닫아줘",), ("닫아주세요",)), "close"),
    }
)
# What the verbs of the volume and of a shot said last act on, as the templates read it.
NOUNS_BEFORE_A_VERB_SAID_LAST: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        **dict.fromkeys(("lower", "raise"), frozenset(("volume", "sound", "awaaz", "aawaz"))),
        "take": frozenset(("screenshot", "ss", "photo", "selfie", "picture", "pic")),
    }
)
# "Help me open chrome": how speakers of Chinese and other languages ask for it to be
# done (帮我, "help me"). The verb must follow: "help me restart" may be about a game.
HELP_FRAMES = ("help me", "help me to", "please help me", "please help me to", "帮我")

# English frames built on another language's grammar: "is possible to open ..." ("es
# posible"), "make me a favor and ..." ("hazme un favor"), "can you please to ...".
FRAMES = (
    *("is possible to", "is possible you", "is it possible you", "is possible for you to"),
    *("is possible that you", "is it possible that you", "can you please to"),
    *("is possible", "is it possible"),  # "is possible open zoom?" ("¿es posible abrir zoom?")
    # "you can to open spotify?": a question by its tone ("você pode abrir?"); the "to" no
    # English says shows a request, where "you can open spotify?" may ask whether it can.
    *("you can to", "you could to", "u can to", "you can please to", "you could please to"),
    # Asking said word for word ("я прошу вас открыть", "ti chiedo di aprire"), and a wish
    # with the verb as it is ("será bueno si abres"; "it would be..." takes the past).
    *("i ask you", "i am asking you", "i'm asking you", "i am asking you to", "i'm asking you to"),
    *("i will ask you to", "i'll ask you to", "i request to", "i am requesting you to"),
    *("it will be good if you", "it will be nice if you", "be kind", "please be kind"),
    *("be kind to", "please be kind to"),
    *("could you please to", "make me a favor and", "make me a favour and", "do me favor"),
    *("do me favor and", "do me the favor to", "do me the favour to", "make me the favor to"),
)

# "Can you" of the five languages and Dutch and Swedish, before their verb or an English
# one ("¿puedes abrir spotify?", "tu peux fermer chrome", "kannst du spotify öffnen"): read
# as the English "can you".
_CAN_YOU = (
    *("puedes", "puede", "podrías", "podrias", "podría", "podria", "pode", "podes"),
    *("você pode", "voce pode", "tu peux", "vous pouvez", "tu pourrais", "puoi", "può"),
    *("potresti", "kannst du", "können sie", "koennen sie", "könntest du", "kun je"),
    *("kunt u", "kan je", "kan du"),
)
CAN_YOU = (*_CAN_YOU, *(f"¿{can}" for can in _CAN_YOU))
# "Please" of one word, also said between an English verb and its object ("open bitte
# chrome", "close lütfen spotify").
PLEASE_IN_ONE_WORD = frozenset(
    (
        *("porfa", "porfavor", "stp", "svp", "bitte", "perfavore", "lütfen", "lutfen"),
        *("пожалуйста", "pozhaluysta", "pozhaluista", "onegai", "kudasai", "juseyo", "请"),
        *("alsjeblieft", "alstublieft", "aub", "snälla", "snalla", "proszę", "prosze"),
        *("prosím", "prosim", "kripya"),
    )
)

# Haste, said after the request or set apart before it ("vite, ouvre zoom").
_HASTE_OF_FIVE_LANGUAGES = ("rápido", "rapido", "vite", "schnell", "subito", "rapidinho")

# Politeness, greetings and address, said before or after the request.
POLITENESS_BEFORE = (
    *("por favor", "porfa", "porfavor", "porfis", "s'il te plaît", "s'il te plait"),
    *("s'il vous plaît", "s'il vous plait", "stp", "svp", "bitte", "per favore"),
    *("per piacere", "hola", "bonjour", "salut", "hallo", "ciao", "olá", "ola"),
    *("buenos días", "buenos dias", "buenas", "bom dia", "buongiorno", "guten tag"),
    *("oye", "oiga", "dis", "hé", "ey", "amigo", "hermano", "mec", "bueno", "vale", "pues"),
    *("mira", "alors", "bon", "donc", "allez", "allora", "dai", "ecco", "o sea", "venga"),
    *("dale", "buenas tardes", "buenas noches", "bonsoir", "boa tarde", "boa noite"),
    *("buonasera", "guten morgen", "servus", "moin", "euh", "ähm", "äh", "ehm"),
    *_HASTE_OF_FIVE_LANGUAGES,
    *("jaldi", "jaldi se", "sofort", "hayaku", "bystro"),
    *_PLEASE_OF_MORE_LANGUAGES,
    *_THANKS_OF_MORE_LANGUAGES,
    *_ADDRESS_OF_MORE_LANGUAGES,
    *_LEADS_OF_MORE_LANGUAGES,
)
POLITENESS_AFTER = (
    *("por favor", "porfa", "porfavor", "porfis", "pf", "pfv", "s'il te plaît"),
    *("s'il te plait", "s'il vous plaît", "s'il vous plait", "stp", "svp", "bitte"),
    *("bitte schön", "bitte schon", "bitte sehr", "per favore", "per piacere"),
    *("muchas gracias", "merci beaucoup", "danke schön", "danke schon", "vielen dank"),
    *("grazie mille", "por favor gracias", "stp merci", "svp merci", "bitte danke"),
    *("per favore grazie", "mil gracias", "gracias amigo", "merci bien", "danke dir"),
    *("grazie tante",),
)
# Said after the request, and also words a title may end with ("Hola Amigo", "Ahora",
# "Habibi"): a name just before one is not taken.
TAGS = (
    *("gracias", "merci", "danke", "grazie", "obrigado", "obrigada", "ahora", "ahora mismo"),
    *("maintenant", "jetzt", "adesso", "agora", "amigo", "hermano", "mec", "valeu"),
    *("brigado", "obg", "aí"),
    *_HASTE_OF_FIVE_LANGUAGES,
    *_PLEASE_OF_MORE_LANGUAGES,
    *_THANKS_OF_MORE_LANGUAGES,
    *_ADDRESS_OF_MORE_LANGUAGES,
    *_HASTE_OF_MORE_LANGUAGES,
    *LIGHT_VERBS,
)

# "called" in the other languages: "create a folder llamada Fotos".
NAMING_WORDS = frozenset(
    (
        *("llamada", "llamado", "llamadas", "nommé", "nommée", "nomme", "nommee", "appelé"),
        *("appelée", "appele", "chiamata", "chiamato", "chamada", "chamado", "namens"),
        *("genannt", "benannt"),
    )
)
# Never in a name said with English around it: politeness and times of the other language
# ("create a folder called Recetas por favor mañana"), and a request taken back ("jk").
NOT_IN_A_NAME = frozenset(
    (
        *("por", "favor", "porfa", "stp", "svp", "mañana", "manana", "demain", "domani"),
        *("morgen", "luego", "después", "despues", "jk", "jking", "kidding", "psych", "nvm"),
        *("dopo", "später", "spater", "nicht", "niemals", "jamais", "não", "nao", "depois"),
        *("amanhã", "amanha", "ahorita", "bientôt", "bientot"),
        *_NEGATIONS_AND_TIMES_OF_MORE_LANGUAGES,
    )
)
# Never in a song title said with English around it: "play la música", "play algo de
# música", "play despacito en spotify" (a title in the other language is the model's).
NOT_IN_A_TITLE = frozenset(
    (
        *("música", "musica", "musique", "musik", "canción", "cancion", "canciones"),
        *("chanson", "chansons", "canzone", "canzoni", "lista", "algo", "quelque", "qualcosa"),
        *("etwas", "en", "sur", "auf", "por", "favor", "para", "pour", "una", "des", "alguna"),
        *NAMING_WORDS,
        *NOT_IN_A_NAME,
    )
)
