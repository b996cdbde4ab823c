"""A question as the routes read it: chat markup and filler removed, its language, English glossed.

Students ask in Discord messages: « @bot quelqu'un sait ce que dit le texte sur les vaccins ? 🙏 »,
``**§29**``, « what does paragraph 29 say ». ``read_question`` turns that into what every route
reads once: the words that matter as typed (for search and display), the same folded, and the
language. An English question is also glossed into the French words the routes recognise
(« voted against » → « vote contre », « footnote » → « note »): a reviewed lexicon of the words
that choose a route, not a translation; the words of the subject go to search, whose thesaurus
already reads English.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from bot.core.questions.chat_words import respell, sessions_written_out
from bot.core.questions.courtesy import without_courtesy
from bot.core.questions.english import in_french
from bot.core.questions.foreign_words import from_german
from bot.core.questions.language import FRENCH_ACCENTS, language
from bot.core.questions.normalise import QUESTION_WORDS, generic_words, normal, words
from bot.core.questions.other_years import asks_of_last_years_text
from bot.core.search.thesaurus import Thesaurus
from bot.core.text.gates import Gated, gated
from bot.core.text.spelled import with_digits

# At most this many words are read: a question is a sentence or two; a pasted page is cut, so
# that no question costs more than a few milliseconds whatever its length.
MAX_WORDS = 120

# A list item's mark: a dash or bullet opening a line, « 1) », « 2. » opening a line or after a
# space (not « §1) », « (OP 1) »), and a name addressed in plain text (« @Léa non… »).
_LIST_ITEM = re.compile(r"(?m)^\s*[-*•–]\s+|(?:^|(?<=\s))\d\)\s+|^\s*\d\.\s+")
_ADDRESSED = gated(r"(?:^|(?<=\s))@[\w.-]+[,:]?(?=\s|$)")
_DISCORD_TOKENS = re.compile(r"<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|https?://\S+")
_MARKDOWN = re.compile(r"(?<!\w)[*_~`|>]+|[*_~`|]+(?!\w)|^#+\s*", re.MULTILINE)
# Chat openings and closings that carry no question: removed wherever they stand.
# « la note n° 2 », « le paragraphe numéro 29 », "paragraph no. 29": the number itself.
_EQUALS = gated(r"\s*=+>?\s*(?P<end>(?=\?*\s*$))?")
_NUMBER_SIGN = gated(
    r"\b(?:[nN][°º]|(?i:no\.|num\.|numéro|numero|number))\s*(?=\d)|"
    # (Spelled, only after a reference word: « la note numéro deux », not « le numéro deux de l'ONU ».)
    r"(?i:(?<=note )|(?<=notes )|(?<=page )|(?<=paragraphe )|(?<=para )|(?<=alinéa )|(?<=alinea )|"
    r"(?<=considérant )|(?<=footnote )|(?<=paragraph ))(?i:numéro|numero|number|no\.)\s*"
    r"(?=(?i:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|one|two|three|four|five)\b)"
)
# Québécois « pis » (« puis »): « a commencé pis a fini quand ? » (not « tant pis », « de mal en pis »).
_PIS = gated(r"(?<!tant )(?<!en )\bpis\b", re.IGNORECASE)
# Québécois « -tu », a yes-or-no mark after a verb of the third person (« y'a-tu un paragraphe sur
# le terrorisme ? », « le para 12 parle-tu de… ? », « c'tu vrai ? »), not « peux-tu », « sais-tu ».
_QUEBEC_TU = (
    (re.compile(r"\by\s?'?\s?a[\s-]tu\b", re.IGNORECASE), "y a-t-il"),
    (re.compile(r"\bc'?tu\b", re.IGNORECASE), "est-ce"),
    (
        gated(
            r"\b(est|a|parle|dit|mentionne|cite|demande|va|fait|vote|rappelle|prevoit|prévoit|condamne|"
            r"dise|nomme|contient|exige|invite|encourage|prie|souligne|reconnait|reconnaît|oblige)-tu\b",
            re.IGNORECASE,
        ),
        r"\1-t-il",
    ),
    # (« y vont-tu arrêter de donner ? »: of several, « vont-ils ».)
    (gated(r"\b(ont|sont|vont|font|parlent|disent|doivent|peuvent)-tu\b", re.IGNORECASE), r"\1-ils"),
)
_FILLER = gated(
    # « …, c'est pour la fiche », « je note dans le doc partagé », « on en a besoin pour la biblio »,
    # "it's for my notes": what the answer is for, no word of the question.
    # (« c'est pour mon position paper (délégation de Cuba) » is the asker's clause, read later.)
    r"[,;]?\s*\b(?:c'est|c|it'?s|this is) (?:pour|for) (?:la|le|les|the) "
    r"(?:fiche|expos[eé]|biblio\w*|doc\w*|notes?|slides?|diapos?|dissert\w*|devoir|partiel|oral|"
    r"essay|paper|position paper|homework)\b|"
    r"\b(?:je|on) (?:le )?note (?:dans|sur) (?:le|la|mon|ma|notre) (?:doc\w*|fiche|notes?)"
    r"(?: partag[eé]e?)?\b|"
    r"\bon en a besoin pour (?:la|le|les|notre|nos) \w+|"
    # After the question, what the asker needs it for (« … ? j'en ai besoin pour back up notre
    # argument », "… ? we need it for our memo").
    # (Not « … . j'en ai besoin pour savoir si la France a voté contre »: a question.)
    r"(?<=[?.!])\s*(?:j'en ai|jen ai|on en a|j'en aurais) besoin pour (?!savoir|comprendre|voir si)[^?]*$|"
    # (After a comma, a short clause only: « stp, j'en ai besoin pour l'expo : quels pays… » asks on.)
    r"(?<=[,;])\s*(?:j'en ai|jen ai|on en a|j'en aurais) besoin pour (?!savoir|comprendre|voir si)"
    r"[^?:]{0,60}$|"
    r"(?<=[?.!])\s*(?:i |we )?need (?:it|this|that|them|the names|the list) for "
    r"(?!knowing|finding out)[^?]*$|"
    r"\b(?:quelqu'?un|qqn|qq1|quelqu un)\s+(?:sait|saurait|peut me dire|connait)\s*(?:si|ce que|ce qu')?|"
    # « …, jsp où le trouver »: the asker's trouble, after the question (not « où le trouver ? »).
    r"[,;]?\s*\b(?:jsp|je sais pas|je ne sais pas|j'sais pas|idk|i don'?t know) (?:ou|où|where) "
    r"(?:le|la|les|to find (?:it|them)) ?(?:trouver|lire)?\s*(?=[?!.]*\s*$)|"
    r"\b(?:est-ce que quelqu'un|y a quelqu'un qui)\s+(?:sait|peut)\b|"
    r"\b(?:svp|stp|s'il te pla[iî]t|s'il vous pla[iî]t|merci(?: d'avance)?|(?<!to )please|pls|plz|thx|"
    r"thanks)\b|"
    r"\b(?:salut|slt|coucou|bonjour|hello|hey|ayo|yo|hi)\b[ ,!]*|"
    # Nigerian and Ghanaian English greetings: "How far guys, abeg which date…" (not "how far does…").
    r"^\s*how far\b(?=\s*(?:[,!]|guys|o\b|bros?\b|abeg\b|my people\b))[ ,!]*|"
    r"\b(?:les gars|guys|genre|du coup|en fait|au juste|enfin bref|lol|mdr|ptdr|jsp|je crois|je pense)\b|"
    # « juste pour être sûre, combien … ? », "just to be sure, …": the asker's care, no subject.
    r"\bjuste pour (?:etre|être) s[uû]re?s?\b[ ,:]*|\bjust to (?:be sure|double-check|check)\b[ ,:]*|"
    # « … ? jpense pour mais jsui pas sûr »: the guess stays (the answer confirms it), not the doubt.
    r"[,;]?\s*\bmais (?:je suis|jsuis|jsui|chui|j'suis|je ne suis) pas (?:sure?|sûre?|certaine?)\b|"
    # « je sais plus qui a voté contre » (once read as Jersey): the asker's memory, not a name.
    r"[,;]?\s*\b(?:je (?:ne )?sais (?:plus|pas)|j'sais (?:plus|pas)|chais pas|chai pas)\b|"
    # Québécois, Belgian and creole chat words (« tsé », « mettons », « une fois », « zot »).
    r"\b(?:tsé|tse|coudonc|mettons|zot|wesh|khoya|en tout cas|frère|frere|sahbi)\b|"
    r"\bune fois(?=\s*[?!.]|\s*$)|"
    # Cajun « mais là, … » opening a message.
    r"^\s*mais l[àa]\b[ ,!]*|"
    # Maghreb and Levant chat words: « khouya », « yalla », « 3afak » (please), « wallah ».
    r"\b(?:khouya|khoyaa|yalla|safi|inchallah|inshallah|wallah|wallahi|mashallah|machallah|3afak|3afakoum|"
    r"habibi|sa7bi|ya3ni|"
    r"yani|yaani|bro)\b|"
    # Lingala and Swahili chat words: « ndeko » (friend), « mbote bino » (hello all), « mwana »,
    # « habari »; after the question, what the asker's people do (« ba délégués ya Lubum bazo zela »).
    r"\b(?:ndeko|bandeko|mwana|mbote(?: na)?(?: bino)?|habari(?: yako| zenu| gani)?)\b[ ,!]*|"
    r"(?<=[?.!])\s*(?:ba [\w-]+ ya [\w-]+ )?(?:bazo|tozo|nazo|bazali|tozali|nazali) [^?]*$|"
    # Nigerian and Ghanaian chat words: "abeg" (please), "sha" (anyway), "chale" (mate).
    r"\b(?:abeg|sha|chale|biko)\b[ ,!]*|"
    # Italian and Malagasy chat words: « cioè le titre », « allora », « boh », « tsy haiko » (I don't
    # know), « azafady » (please).
    r"\b(?:allora|cio[èe]|boh|quindi|ma dai|tsy haiko|azafady|misaotra)\b[ ,!]*|"
    r"^\s*(?:right|ok|okay|alright|so|well|bon|alors|bref|bon ben|ben)\s*,\s*|"  # « right, c'était… ? »
    # « vrai ou faux : … », "true or false:": the claim follows; « vous savez me dire ? »: the ask.
    r"^\s*(?:vrai ou faux|true or false|v ou f)\s*[:?,-]\s*|"
    # « sous quel angle ? », "from what angle": how, no subject (« sous » alone is the text's).
    r"\bsous quel angle\b|\bfrom (?:what|which) angle\b|"
    # « Petite vérif avant le cours : … », "quick check before class:": an opening, no subject.
    r"^\s*(?:(?:petite|ptite|p'tite|une|quick|small) )?(?:v[ée]rif|v[ée]rification|check|question)"
    r"(?: rapide| vite fait)?(?: (?:avant|before) (?:le cours|la s[ée]ance|le td|l'exam\w*|le partiel|"
    # ("Quick check for our debate brief:": whose work; not « question pour le groupe X : ».)
    r"l'oral|demain|class|the exam|the test))?(?: (?:for|pour) (?:our|my|notre|mon|ma|nos) (?:debate )?"
    r"(?:brief|expose|exposé|td|dm|dissert\w*|oral|speech|essay|paper|discours|commentaire))?\s*[:!,-]\s*|"
    r"^\s*(?:avant|before) (?:le cours|le td|l'exam\w*|le partiel|l'oral|class|the exam|the test)"
    r"\s*[:!,-]\s*|"
    r"[,;]?\s*\b(?:vous savez|tu sais|vous pouvez|tu peux|pouvez-vous|pourriez-vous|vous pourriez|peux-tu|"
    r"pourrais-tu|tu pourrais|can you|could you) (?:me |nous )?"
    r"(?:dire|tell me|tell us)\b|"
    # « jpp de chercher »: the asker's weariness.
    r"\bjpp\b(?: de (?:chercher|lire|ce \w+|cette \w+))?|"
    # « …, nan ? », « …, right? »: a tag asking for confirmation, not a word of the question.
    # (« non » and "right" only after a comma: « qui a dit non ? » asks who voted no; "abi", isn't it.)
    r"(?:,\s*(?:nan|hein|right|non|innit|abi)|"
    r"\s(?:nan|hein|innit|abi|ou pas|or not|ou j'ai r[êe]v[ée]|ou je r[êe]ve))\s*(?=\?*\s*$)|"
    r"[, ]+(?:didn't|did|don't|doesn't|wasn't|weren't|isn't|aren't|haven't|hasn't) (?:they|it|he|she)"
    r"\s*(?=\?*\s*$)|"
    r"\b(?:does anyone know|anyone know|can someone tell me|quick question)\b|"
    # « … ? on en parlait à la pause »: where the question came up, not a word of it.
    # (Only after a question, and with nothing asked after: « Ok. On en parlait à la pause : combien
    # de voix pour » asks.)
    r"(?<=\?)\s*on en (?:parlait|discutait|a parle|a parlé|a discute|a discuté)\b[^?:]*$|"
    # « ma prof veut la date exacte où… »: what is wanted is the question; who wants it is not.
    # (At the end, what they want named too: « … ? le prof veut le nb », « … ? la prof le demande ».)
    r"(?<=\?)\s*(?:ma|mon|la|le|notre) (?:prof|professeure?|chargée? de td|chargee? de td|"
    r"pr[ée]sidente?|coach|encadrante?) "
    r"(?:le |nous le |l'a )?"
    r"(?:veut|demande|exige|attend)(?: (?:le|la|les|l') ?(?:nb|nombre|numéro|numero|chiffre|réponse|reponse|"
    r"date|liste|nom|année|annee))?"
    # (And what for: « … ? la prof veut le numéro pour l'interro ».)
    r"(?: (?:pour|for) (?:l'|le |la |les |demain|notre |nos |son |sa )?[\w'-]+)?\s*[.!]*\s*$|"
    r"\b(?:ma|mon|la|le|notre) (?:prof|professeure?|chargee? de td|pr[ée]sidente? de club|coach|"
    r"encadrante?) "
    r"(?:veut|demande|nous demande|me demande)\b|"
    r"\b(?:my|our|the) (?:teacher|professor|tutor|prof) (?:wants|asks for|asked for)\b",
    re.IGNORECASE,
)

# Chat abbreviations of the text's bodies and words, in both languages, written out before
# anything reads the question (« le HC doit présenter quoi », « intl coop »).
_ABBREVIATED = (
    ("hc", "Haut-Commissaire"),
    ("sg", "Secrétaire général"),
    ("ag", "Assemblée générale"),
    ("ga", "Assemblée générale"),
    ("cdh", "Conseil des droits de l'homme"),
    ("dh|ddh", "droits de l'homme"),
    ("hrc", "Conseil des droits de l'homme"),
    ("odj", "ordre du jour"),
    ("ngos?", "ONG"),
    ("intl", "international"),
    ("coop", "coopération"),
    ("négos?|negos?", "négociations"),
    ("confs?", "conférence"),
    ("assos?", "associations"),
    ("dvpt|dév|dev", "développement"),
    ("gvt|gouv", "gouvernement"),
    (r"res\.?", "résolution"),
    # Text-speak for the question words the routes read (« cb de pays », « qd », « kel »).
    ("cb|cmb|cbn", "combien"),
    (r"nb(?= de | d')", "nombre"),
    ("qd|qnd", "quand"),
    ("pkoi|pourkoi", "pourquoi"),
    ("koi", "quoi"),
    ("c t", "c'était"),
    # « pr ou ct ? »: the two camps, in text-speak.
    (r"pr ou (?:ct|contre)|pour ou ct", "pour ou contre"),
    ("kel", "quel"),
    ("kelle", "quelle"),
    ("kels", "quels"),
    ("kelles", "quelles"),
    ("bcp", "beaucoup"),
    ("qq part", "quelque part"),
    ("qqch|qq chose", "quelque chose"),
    # The apostrophe left out (« droits de lhomme », « dapres le texte »).
    ("lhomme", "l'homme"),
    ("lonu", "l'ONU"),
    ("dapres", "d'après"),
    # « les usa »: no French word a student would type here is spelt so.
    ("usa", "États-Unis"),
    # « rep dominicaine », « rép. tchèque »: the republic's name written out.
    (
        r"r[eé]p\.?(?=\s+(?:dominicaine|tch[eè]que|centrafricaine|d[eé]mocratique|de cor[eé]e|arabe|"
        r"islamique|unie|populaire|du congo|de moldavie))",
        "République",
    ),
)


# Country codes typed in capitals, written out before folding loses what tells « US » from « us ».
_CODED = (
    ("UK", "Royaume-Uni"),
    # « le RU », « du RU »: the United Kingdom, in French shorthand (bare « RU » is Russia's
    # ISO code, as /vote reads it).
    ("(?:(?<=le )|(?<=du )|(?<=au ))RU", "Royaume-Uni"),
    # "uk and france voted no?": in lower case beside another name, the same.
    (r"(?i:uk(?= (?:and|et|&)\s|,)|(?<=and )uk|(?<=et )uk|(?<=, )uk)", "Royaume-Uni"),
    # After « the », lower case is safe: « the uk », « the us », « the usa ».
    (r"(?i:(?<=the )(?:uk|u\.k\.))", "Royaume-Uni"),
    (r"(?i:(?<=the )(?:usa|us|u\.s\.))", "États-Unis"),
    ("US", "États-Unis"),
    ("USA", "États-Unis"),
    (r"U\.S\.", "États-Unis"),
    # States' codes in capitals, which folding and the English gloss lose (« eau » is water).
    ("UAE|EAU|E\\.A\\.U\\.", "Émirats arabes unis"),
    ("RDC|DRC", "République démocratique du Congo"),
    ("RCA", "République centrafricaine"),
    ("KSA", "Arabie saoudite"),
    ("PRC|RPC", "Chine"),
    # « EU » / « UE » in capitals; in lower case « eu » is French (« il y a eu »).
    ("EU", "Union européenne"),
    ("UE", "Union européenne"),
    ("AI|IA", "intelligence artificielle"),  # in capitals; « ai » is French (« j'ai »)
)


def _whole_words(pairs: tuple[tuple[str, str], ...], flags: int = 0) -> Gated:
    """One pattern for all ``pairs``' short forms, each a whole word and a group of its own.

    One pass over the message instead of one a form (fifty a reading): the group that matched tells
    which full form to write. Each form is grouped, so an alternation (« dvpt|dév|dev ») is a whole
    word in every branch, or « dév » is found inside « développement ».
    """
    forms = "|".join(f"({short})" for short, _ in pairs)
    return gated(rf"(?<![\w/-])(?:{forms})(?![\w/-])", flags)


_CODE = _whole_words(_CODED)
_ABBREVIATION = _whole_words(_ABBREVIATED, re.IGNORECASE)


def _written_out(text: str, lang: str = "fr") -> str:
    """``text`` with its country codes, its sessions' codes, then its chat abbreviations, in full."""
    text = sessions_written_out(_CODE.sub(lambda match: _CODED[(match.lastindex or 1) - 1][1], text), lang)
    return _ABBREVIATION.sub(lambda match: _ABBREVIATED[(match.lastindex or 1) - 1][1], text)


# A clause in which the asker speaks of their task or their hurry (« je dois le dire tantôt en
# débat », "tomorrow I have my speech"): no word of the question, but its words (« débat »,
# « discours ») would choose a route or dilute the subject. Not a clause that opens the question
# (« je dois savoir si… », « j'ai une question sur… »), nor a premise (« j'ai lu que… »).
_ASKER_CLAUSE = re.compile(
    r"^(?:et |mais |bref |ok |alors |bon )?(?:"
    r"je dois (?!savoir|trouver|comprendre|verifier|lister)|jdois (?!savoir|trouver|lister)|"
    r"(?:il )?faut que je (?!sache|trouve|comprenne|verifie)|je prepare|jprepare|je bosse|"
    r"je fais (?:un|une|mon|ma)|j'ai (?:un|une|mon|ma|mes|des|exam|oral|partiel|td|cours|pas le temps)"
    r"(?! (?:question|doute|souci)s?\b)|jai (?:un|une|mon|ma|exam|oral)(?! (?:question|doute)s?\b)|"
    r"(?:demain|ce soir|tantot|cet aprem) (?:j'ai|jai|on a|je)|on a (?:un|une|exam|oral|partiel|td|cours)|"
    r"on (?:en )?debat|on fait (?:un|le) debat|"
    r"on a (?:un|une) (?:petit |petite |gros |grand )?(?:debat|discussion)|"
    r"we(?:'re| are) debating|we debate|on est en (?:plein|train)|"
    # Someone else's hurry: « le président de séance veut la liste dans 2 min ».
    r"(?:le|la|mon|ma|notre) (?:prof|president de seance|presidente? de seance|moderat\w*|chair) "
    # (Not the question it relays: « notre chair demande qui a demandé le vote ».)
    r"(?:veut|demande|attend)(?! (?:qui|quel\w*|si|s'|combien|pourquoi|ou|quand|comment|ce qu\w*)\b)|"
    r"the chair (?:wants|needs)|my teacher (?:wants|needs)|"
    # What a teacher said, quoted as context: « le chargé de TD a dit hier que… ».
    r"(?:le|la|mon|ma|notre) (?:chargee? de td|prof|professeure?|enseignante?) (?:a dit|disait|dit)|"
    r"(?:my|our|the) (?:teacher|professor|tutor) (?:said|says)|"
    # What a teacher may ask (« le prof va sûrement demander »): the asker's worry, no subject.
    r"(?:le|la|mon|ma|notre) (?:prof|professeure?|chargee? de td) (?:va|risque de|pourrait|peut) "
    r"(?:\w+ )?(?:demander|poser|interroger|tomber)|"
    r"(?:my|our|the) (?:teacher|professor|tutor|prof) (?:will|might|may|is going to|is gonna) (?:\w+ )?ask|"
    r"c'est pour (?:mon|ma|mes|un|une|notre|nos|demain|le cours|la simu)|"
    r"(?:j'ai )?besoin de (?:ca|la|le|les|l')\b[^?]* pour|"
    r"pour (?:mon|ma|mes|notre|nos) |(?:ma|notre) (?:delegation|prof|fiche|presentation)|"
    # Mauritian and Réunionnais Creole (« mo bizin sa pou mo speech demain »): the asker's need.
    r"\bmo bizin\b|pour mo |\bmo pa (?:kone|konn)\b|\bmi kone pa\b|"
    r"je suis (?:delegue|la delegation|en train|perdu|perdue|nul|nulle)|jsuis|"
    # The asker's tiredness (« ou je rêve ? il est 3h je confonds tout »).
    r"ou je reve|je (?:confonds|melange) tout|il est \d{1,2} ?h\b|"
    r"i'?m preparing|i am preparing|i'?m prepping|i have (?:a|an|my)(?! question)|i've got|i got (?:a|an|my)|"
    r"i need (?:it|this)|need it|for my |for our |"
    r"my (?:speech|exam|essay|delegation|teacher|prof|notes(?! says? \d)|presentation)|"
    r"our (?:delegation|team|group|club)|"
    r"i'?m (?:the delegate|a delegate|delegate|writing|doing|stuck|lost|new)|"
    # « I'm the UK delegate in our MUN. », « je suis la déléguée du Chili »: the asker's role.
    r"(?:i'm|i am) (?:the |a )?[\w' -]{0,20}\bdelegate\b|je suis (?:le |la )?deleguee?\b|"
    r"we're (?:doing|preparing|writing)|"
    # An apology for one's French or English (« sono italiano, scusate pour le français »): the
    # language named is no subject.
    r"(?:sono \w+ |i'?m \w+ |je suis \w+ )?(?:sorry|desolee?|dsl|scusate|scusa|scusi|pardon|"
    r"excusez?(?:-moi)?|excuse me) (?:pour|for|per) (?:mon|my|le|the|ma|les|il|mes|our|notre) "
    r"(?:\w+ )?(?:francais|french|anglais|english|orthographe|fautes|spelling|typos|grammar|grammaire)\b|"
    r"(?:my|mon) (?:french|english|francais|anglais) (?:is|est|c'est)\b|"
    r"(?:tomorrow|tonight) (?:i|we)\b|"
    # The asker's own notes (« j'en ai noté 3 »): no footnote, no subject.
    r"j'en ai (?:note|compte|trouve|vu|lu)\b|"
    # The asker's own guess after the question (« c'est ça qui les dérange je suppose »).
    r".*\b(?:je suppose|j'imagine|je pense|je crois|jcrois|jpense|i guess|i suppose|i think|i reckon)"
    r"\s*[.!]*$)"
)
_CLAUSE_END = re.compile(r"(?<=[?!.):])\s+|,\s+")
# After the question, the asker's own search and doubt (« … ? je la trouve nulle part dans ma
# liste, c'est bizarre », « … ? j'hésite entre pour et abstention ») and what they will do with the
# answer (« … ? I'd like to bring that up in my opening speech »). Before it, such a clause holds
# the subject (« je trouve pas l'Allemagne dans la liste, elle a voté pour ? »).
_AFTER_QUESTION = re.compile(
    r"^(?:et |mais |gbe |bon |ok )?(?:je (?:ne )?(?:la |le |les )?trouve (?:pas|rien|nulle part)|"
    # The asker's care and doubt (« … ? gbê je veux pas me tromper en plénière », « … ? jsui pas sûr »,
    # « … ? y en a que deux il paraît »).
    r"(?:je (?:ne )?|j)(?:veux|veut|voudrais) pas (?:me tromper|dire de betises|dire n'importe quoi)\b[^?]*$|"
    r"(?:pour )?(?:pas|ne pas) me tromper\b[^?]*$|i don'?t want to (?:get it wrong|mess up|be wrong)\b[^?]*$|"
    # (Not « … ? jcrois elle s'est abstenue »: a guess the answer confirms or corrects.)
    r"(?:je suis|jsuis|jsui|chui|j'suis|i'?m) (?:pas|not) (?:sure?|certaine?)\b[^?]*$|"
    r"[^?]*\b(?:il parait|parait-il|apparemment|i heard)\s*[.!]*$|"
    # The asker's own count (« … dans le dispositif ? j'en compte 36 »): the answer checks it.
    r"(?:j'en |jen |moi j'en )?(?:compte|vois|trouve)\s+\d+\b[^?]*$|i (?:count|see|get)\s+\d+\b[^?]*$|"
    r"je (?:la |le |les )trouve nulle part|j'hesite|je sais pas|je ne sais pas|i can'?t find|i'?d like to|"
    r"i want to (?:use|bring|put|quote)|"
    r"je (?:veux|voudrais) (?:le |la |les |l')?(?:mettre|citer|utiliser|dire)|"
    r"j'aimerais (?:le |la |les )?(?:mettre|citer|utiliser)|c'est (?:bizarre|chelou|etrange|louche)\s*[.!]*$|"
    # « … ? le prof a insisté là-dessus », "our teacher stressed it": why the asker asks.
    r"(?:je |j')(?:melange|confonds|m'y perds|m'embrouille)\b[^?]*$|"
    r"je (?:veux|voudrais) (?:etre sure?|verifier|checker)\b[^?]*$|"
    r"i'?m (?:confused|mixing (?:them|it|everything) up)\b[^?]*$|"
    r"(?:le|la|mon|ma|notre) (?:prof|professeure?|chargee? de td|enseignante?) (?:a |nous a )?"
    r"(?:insiste|beaucoup insiste|appuye|parle|dit que c'est important)\b[^?]*$|"
    r"(?:the|my|our) (?:teacher|professor|prof|tutor) "
    r"(?:stressed|insisted|emphasi[sz]ed|said it'?s important)\b[^?]*$)"
)
# A name, capitalised after a space or an apostrophe (« l'Allemagne »), or a paragraph named.
_NAMED_AFTER = re.compile(r"(?<=[\s'’])[A-ZÀ-Ý][a-zà-ÿ]|\b(?:op|pp|OP|PP|§)\s*\d")
# A friend's claim quoted beside the question (« Ines dit 3 », « (Mathis dit 2009 mais jcrois il
# confond) »): context, whose words (a year, a number) would choose a route or dilute the subject.
# (Not « On m'a dit que la Hollande… », nor a claim with « que »: the premise may be the subject.)
_FRIEND_SAYS = re.compile(
    # (Nor « Que dit le dernier paragraphe… »: a question word, no friend.)
    r"^\(?\s*(?:mais |et )?(?!(?:On|Il|Elle|Ils|Elles|Ce|Je|Tu|Nous|Vous|Le|La|Les|He|She|They|It|Someone|"
    r"Que|Qu|Quoi|Qui|Quel|Quelle|What|Who|Ça|Ca|Cela|Ceci|Lui|Comment|Pourquoi)\b)"
    r"[A-Z][a-zà-ÿ]+ (?:dit|pense|croit|a dit|disait|says|said|thinks|reckons)\b(?! que| qu'| that)"
)
# What a dropped clause must not hold: a paragraph named (« je dois présenter le PP9 »), or a
# proper name past its first word (« c'est pour mon exposé sur la Malaisie »: the subject).
_NAMES_SOMETHING = re.compile(
    r"(?i:\b(?:op|pp|§|paragraphes?|paragraphs?|paras?|alineas?|alinéas?|articles?|notes?|footnotes?)\s*\d+)|"
    # (Not « MUN », « TD »: the asker's events are in capitals, the names a student types are not.)
    # (Nor « le Sud », « le Nord »: the South of a chat's premise, no country.)
    r"(?<=\s)(?!(?:Sud|Nord|Est|Ouest)\b)[A-ZÀ-Ý][a-zà-ÿ][\w'-]*|\d+/\d+|"
    # Another text of another year (« … une résolution en 2022. adoptée par combien ? »): the referent.
    r"(?i:\br[ée][sz]o\w*[^.?!]{0,60}\b(?:en|in|de|du|of) (?:19|20)(?!24)\d\d\b)"
)


# The asker's delegation named in their own clause (« c'est pour mon position paper (délégation de
# Cuba) »): the country they speak for, not the subject of a question about the text. (Beside a
# vote question, « je suis délégué de la France, comment elle a voté ? », it is whose vote.)
_DELEGATION = re.compile(
    r"\b(?:delegation|delegue|deleguee|delegate|representing|je represente|i represent)\b"
)
_OF_A_VOTE = re.compile(r"\bvot|\bvoix\b|absten")


def without_asker_clauses(text: str) -> str:
    """Return ``text`` without the clauses in which the asker speaks of their task.

    Only when what remains still names a subject (a word neither a question word nor a common
    one), so « pour mon exposé je dois lister les paragraphes sur l'EPU, qqn a la liste ? » keeps
    its subject; and never a clause naming a paragraph, a document or a proper name.
    """
    pieces = _CLAUSE_END.split(text)
    if len(pieces) < 2 or asks_of_last_years_text(text):
        return text
    delegation_is_context = not _OF_A_VOTE.search(normal(text))
    first_question = next((i for i, piece in enumerate(pieces) if piece.rstrip().endswith("?")), len(pieces))

    def askers(index: int, piece: str) -> bool:
        clause = normal(piece).strip(" ,;:-()")
        if index > first_question and _AFTER_QUESTION.match(clause) and not _NAMED_AFTER.search(piece):
            return True
        if _FRIEND_SAYS.match(piece):
            return True
        names = _NAMES_SOMETHING.search(piece) and not (
            delegation_is_context and _DELEGATION.search(normal(piece))
        )
        return not names and bool(_ASKER_CLAUSE.match(clause))

    kept = [
        piece
        for index, piece in enumerate(pieces)
        if piece.rstrip().endswith("?") or not askers(index, piece)
    ]
    if len(kept) == len(pieces):
        return text
    subject = [w for w in words(" ".join(kept)) if w not in QUESTION_WORDS and w not in generic_words()]
    return " ".join(kept) if subject else text


# Every mention Discord writes into a message's text: users (<@id>, <@!id>), roles (<@&id>) and
# channels (<#id>), with the punctuation that may follow one (« @bot, … »).
_ANY_MENTION = re.compile(r"<(?:@[!&]?|#)[0-9]+>\s*[,:;]?")


def strip_mentions(content: str) -> str:
    """Return ``content`` without its mentions, the question that remains.

    The bot's mention addresses it, and the others (« @Alice, que dit le §29 ? ») carry no
    words of the question: each is some 20 characters of markup that would count toward the
    500-character limit. The punctuation after a mention goes too: « @bot, que dit le §29 ? »
    asks « que dit le §29 ? ». A name addressed in plain text (« @Léa non… ») goes too, and list
    items' marks become commas before the lines are joined (a dash opening each line, « 1) … 2) … »: a
    list, not the range « 8-13 » nor paragraphs 1 and 2).
    """
    text = _ADDRESSED.sub(" ", _LIST_ITEM.sub(", ", _ANY_MENTION.sub(" ", content)))
    return " ".join(text.split()).strip(" ,:;")


# A sentence ends at « . », « ? », « ! » or « … » followed by a space.
# (Not after an abbreviation's dot: « noté au par. 20 » is one sentence.)
_SENTENCE_END = re.compile(
    r"(?<=[.?!…])(?<!\bpar\.)(?<!\bpara\.)(?<!\bparas\.)(?<!\bal\.)(?<!\bart\.)(?<!\bcf\.)(?<!\bp\.)(?<!\bno\.)"
    # (Nor a German ordinal: « die 59. Session ».)
    r"(?<!\bres\.)(?<!\bvs\.)(?<!\bex\.)(?!(?<=\d\.)\s+(?i:session|sitzung|tagung)\b)\s+|"
    # An emoji ends a chat sentence too (« révision du préambule 📚 c'est quoi la 41/128 ? »).
    r"(?<=[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F])\s+"
)


def question_part(typed: str) -> str | None:
    """The message from its first question on, when sentences of context come before it.

    « Mon père râle contre les sanctions. Ça m'a donné envie de vérifier : le texte en dit quoi ? »
    asks from « Ça m'a donné… » on; what follows it stays (« … ? genre un projet précis »). None
    when the message opens with its question, or asks none.
    """
    sentences = _SENTENCE_END.split(typed)
    first = next((i for i, sentence in enumerate(sentences) if "?" in sentence), 0)
    return " ".join(sentences[first:]) if first else None


@dataclass(frozen=True, slots=True)
class Question:
    """A question read once: ``typed`` without chat markup or filler, ``q`` folded (and glossed)."""

    typed: str
    q: str
    lang: str


def read_question(raw: str, thesaurus: Thesaurus | None = None, *, glossed: bool = True) -> Question:
    """Read a question typed in a chat: strip markup, mentions and filler, tell its language.

    An English question's route words are glossed, then its glossary expressions translated
    with ``thesaurus`` (unless ``glossed`` is false: ``in_french`` does it later).
    """
    text = _MARKDOWN.sub(" ", _ADDRESSED.sub(" ", _DISCORD_TOKENS.sub(" ", raw)))  # (« @lea, … »)
    # (The sign « ° » is a symbol, dropped below: « n° » goes first.)
    text = _NUMBER_SIGN.sub("", text)
    # « abstentions = qui ? », « OP5 => quoi ? »: a note-taker's sign for « : ».
    text = _EQUALS.sub(lambda sign: " " if sign.group("end") is not None else " : ", text)
    # Symbols (emoji), surrogates and private characters as spaces: each distinct character of
    # the message looked up once, not each of its 500.
    symbols = {ord(c): " " for c in set(text) if unicodedata.category(c) in {"So", "Cs", "Co"}}
    if symbols:
        text = text.translate(symbols)
    text = " ".join(text.split()[:MAX_WORDS])
    text = _PIS.sub("et", text)
    for pattern, said in _QUEBEC_TU:
        text = pattern.sub(said, text)
    text = from_german(without_courtesy(text))
    cleaned = with_digits(without_asker_clauses(" ".join(_FILLER.sub(" ", text).split()).strip(" ,;:-")))
    # The language as typed: "which HRC session was it passed at?" is English, though « HRC »
    # spelled out is « Conseil des droits de l'homme ».
    source = cleaned if cleaned.strip(" ?!.") else text
    lang = language(normal(source), accented=bool(FRENCH_ACCENTS.search(source)))
    cleaned = _written_out(cleaned, lang)
    cleaned = respell(cleaned, english=lang == "en")
    typed = cleaned if cleaned.strip(" ?!.") else text
    folded = normal(typed)
    if lang != "en" or not glossed:
        return Question(typed, folded, lang)
    return Question(typed, in_french(folded, thesaurus), lang)
