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

from bot.core.questions.asker_clauses import without_asker_clauses
from bot.core.questions.chat_words import respell, sessions_written_out
from bot.core.questions.courtesy import without_courtesy
from bot.core.questions.english import in_french
from bot.core.questions.foreign_words import from_german
from bot.core.questions.language import FRENCH_ACCENTS, language
from bot.core.questions.normalise import QUIZ_LABEL_LEAD, QUIZ_LABEL_WORDS, normal
from bot.core.search.thesaurus import Thesaurus
from bot.core.text.gates import Gated, gated
from bot.core.text.spelled import with_digits

# At most this many words are read: a question is a sentence or two; a pasted page is cut, so
# that no question costs more than a few milliseconds whatever its length.
MAX_WORDS = 120

# A list item's mark: a dash or bullet opening a line, « 1) », « 2. » opening a line or after a
# space (not « §1) », « (OP 1) »), and a name addressed in plain text (« @Léa non… »).
_LIST_ITEM = re.compile(r"(?m)^\s*[-*•–]\s+|(?:^|(?<=\s))\d\)\s+|^\s*\d\.\s+")
# (Quiz words only: « Question pour mon TD Belgique : » names the country asked.)
_QUIZ_LABEL = re.compile(rf"^(?={QUIZ_LABEL_LEAD})(?:(?:{QUIZ_LABEL_WORDS})[ ,]*)+:\s*(?=\S)", re.IGNORECASE)
_ADDRESSED = gated(r"(?:^|(?<=\s))@[\w.-]+[,:]?(?=\s|$)")
_DISCORD_TOKENS = re.compile(r"<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|https?://\S+")
_MARKDOWN = re.compile(r"(?<!\w)[*_~`|>]+|[*_~`|]+(?!\w)|^#+\s*", re.MULTILINE)
# Chat openings and closings that carry no question: removed wherever they stand.
# « la note n° 2 », « le paragraphe numéro 29 », "paragraph no. 29": the number itself.
_EQUALS = gated(r"\s*=+>?\s*(?P<end>(?=\?*\s*$))?")
_TRUE_FALSE = re.compile(r"(?i)\b(?:vrai\s*/\s*faux|v\s*/\s*f|true\s*/\s*false|t\s*/\s*f)\b")
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
    # (« de ce genre » is no filler: « quelque chose de ce genre » points back at what was said.)
    r"\b(?:les gars|guys|(?<!\bde ce )genre|du coup|en fait|au juste|enfin bref|lol|mdr|ptdr|jsp|"
    r"je crois|je pense)\b|"
    # "if I understand correctly, …", "as far as I understand": the asker's hedge, no subject (its
    # "understand" glossed « compréhension », OP7's word).
    r"\b(?:if i (?:understand|understood|get it)(?: (?:it|this))? (?:correctly|right|well)|"
    r"as far as i (?:understand|understood|can tell))\b[ ,:]*|"
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
    # « maintenant, qui a voté contre ? », "now who voted against?": the next question in a session
    # (not « la France fait quoi maintenant ? », a question about now).
    r"^\s*(?:(?:et|ok|bon|alors|and|so),?\s+){0,3}(?:maintenant|now)\b(?=[ ,]*(?:qui|quel\w*|combien|comment|"
    r"who|which|how|what)\b)[ ,]*|"
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
    # « la decl et prog d'action de vienne », « en déc 2023 »: the cited documents' names and dates.
    (r"d[eé]cl\.?", "Déclaration"),
    (r"prog\.?(?= d'action)", "Programme"),
    # (Not before a symbol: « la déc 2000/22 » is the Sub-Commission's resolution, PP8.)
    (r"d[eé]c\.?(?= \d{4}\b(?!/))", "décembre"),
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
    # A quiz's label (« Bonus : qui s'est abstenu ? », "Round 2, hard one: …") goes too: « Bonus »
    # is no country to look for.
    return _QUIZ_LABEL.sub("", " ".join(text.split()).strip(" ,:;"))


# A sentence ends at « . », « ? », « ! » or « … » followed by a space.
# (Not after an abbreviation's dot: « noté au par. 20 » is one sentence.)
_SENTENCE_END = re.compile(
    r"(?<=[.?!…])(?<!\bpar\.)(?<!\bpara\.)(?<!\bparas\.)(?<!\bal\.)(?<!\bart\.)(?<!\bcf\.)(?<!\bp\.)(?<!\bno\.)"
    # (Nor a German ordinal: « die 59. Session ».)
    # (Nor an initial or a draft's « L. »: « M. Türk », « le L. quelque chose ».)
    r"(?<!\bres\.)(?<!\bvs\.)(?<!\bex\.)(?<!\b[A-Z]\.)(?!(?<=\d\.)\s+(?i:session|sitzung|tagung)\b)\s+|"
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
    if first:
        return " ".join(sentences[first:])
    # « Pour l'introduction de mon exposé, je dois présenter le document : à quelle date … ? »:
    # context, then a colon and the question.
    before, colon, after = sentences[0].partition(": ")
    if (
        colon
        and "?" not in before
        and _ASKERS_OWN.search(normal(before))
        and not _RESTRICTS.search(normal(before))
        and _ASKS.match(normal(after))
        and not _points_back(normal(after))
    ):
        return " ".join([after, *sentences[1:]])
    return None


# (Not one pointing back before the colon: « la troisième Conférence … : à quelles dates s'est-elle
# tenue ? ».)
_PRONOUN = re.compile(r"\b(?:il|elle|ils|elles|it|they|its|their|them|lui|leur|leurs|y|en)\b")
# (An inverted pronoun after its subject points at it: « la résolution 56/2 a-t-elle été adoptée ».)
_SUBJECT_INVERTED = re.compile(r"\b(?:le|la|les|l'|the) ?\w[^?]*?-(?:t-)?(?:il|elle|ils|elles)\b")


def _points_back(asked: str) -> bool:
    """Whether the folded question after a colon points back at what comes before it."""
    return bool(_PRONOUN.search(_SUBJECT_INVERTED.sub(" ", asked)))


# Context the asker gives of themself (« pour notre exposé, il me faut une info », "teacher asked
# us"), not a restriction of what is asked (« dans le dispositif : », « selon les États-Unis : »).
_ASKERS_OWN = re.compile(r"\b(?:je|j'|me|m'|moi|nous|notre|nos|mon|ma|mes|on|i|my|we|our|us)\b")
_RESTRICTS = re.compile(
    r"\b(?:preambule|dispositif|preamble|operative|version|alineas?|paragraph\w*|selon|d'apres|according|"
    r"point de vue|view)\b"
)
# A question's first words, after a colon.
_ASKS = re.compile(
    r"(?:a |en |de |dans |par |pour )?(?:quel\w*|qui|quand|combien|comment|pourquoi|ou |est-ce|lequel\w*|"
    r"what|which|who|when|how|why|where|is there|are there|does|do|did)\b"
)


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
    # « … ? vrai/faux », "T/F:": the quiz's words, whole (« vrai/faux » is no word of a subject).
    text = _TRUE_FALSE.sub(lambda said: " true or false " if said[0][0] in "tT" else " vrai ou faux ", text)
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
