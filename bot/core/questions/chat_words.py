"""Chat spellings read as the words they stand for: « pdt », « ki », « kel », « 3lach », "bout".

Text-speak, Antillean and Haitian spellings and Arabizi in French messages, Caribbean English in
English ones. One pass over a message each (a regex of all the words), before folding.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core.questions.creole_phrases import PHRASES as CREOLE_PHRASES
from bot.core.text.gates import gated


def any_of(words: Iterable[str], outside: str = r"\w/-") -> str:
    """A pattern of any of ``words``, whole (no character of ``outside`` on either side).

    Longest first: a phrase (« ki jan fè ») is read before its start (« ki jan »).
    """
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return rf"(?<![{outside}])(?:{alternatives})(?![{outside}])"


# French text-speak, read in one pass (each of question.py's patterns is a pass over the message).
_TEXT_SPEAK = {
    "pdt": "pendant",
    "ki": "qui",
    "ds": "dans",
    "tt": "tout",
    "tte": "tout",
    "tts": "tout",
    "ttes": "tout",
    "tjs": "toujours",
    "tjrs": "toujours",
    "jsuis": "je suis",
    "chui": "je suis",
    "chuis": "je suis",
    # Québécois: « chu le délégué du Canada ».
    "chu": "je suis",
    # Québécois « ste résolution là », « c'te texte »: this.
    "ste": "cette",
    "c'te": "cette",
    # Acadian « ayoù » (où): « la conférence c'était ayou pis quand ? ».
    "ayou": "où",
    "ayoù": "où",
    "pq": "pourquoi",
    # Spelt as said (phonetic spelling, voice dictation): « ke », « kan », « konbien », « t d'accor »,
    # « kelk part », « rézolussion ». (Not « ya », which routes read as typed: « ya quoi ».)
    "ke": "que",
    "kan": "quand",
    "konbien": "combien",
    "kombien": "combien",
    "kesk": "qu'est-ce que",
    "keske": "qu'est-ce que",
    "kesque": "qu'est-ce que",
    "d'accor": "d'accord",
    "daccor": "d'accord",
    "kelk": "quelque",
    "kelke": "quelque",
    "kelkun": "quelqu'un",
    "tou": "tout",
    "doi": "doit",
    "tor": "tort",
    "parl": "parle",
    "rézolussion": "résolution",
    "rezolussion": "résolution",
    "résolussion": "résolution",
    "rézolution": "résolution",
    "rezolution": "résolution",
    "résolusion": "résolution",
    "rezolusion": "résolution",
    "préanbul": "préambule",
    "preanbul": "préambule",
    "préambul": "préambule",
    "preambul": "préambule",
    "conssey": "Conseil",
    "consey": "Conseil",
    "daccord": "d'accord",
    "dacc": "d'accord",
    "afrik": "afrique",
    # Antillean and Haitian spellings: « kel date », « ki di », « kisa » (ki sa, « quoi »).
    "kel": "quel",
    "kels": "quels",
    "kelle": "quelle",
    "kelles": "quelles",
    "koi": "quoi",
    "kwa": "quoi",
    "kisa": "quoi",
    "di": "dit",
    # Réunion and Mauritian Creole: « koman i lé », « kosa i di », « lé vré », « ek », « éna ».
    "koman": "comment",
    # « pendan mèm session la » (during that same session).
    "pendan": "pendant",
    "mèm": "même",
    "kouman": "comment",
    "kosa": "quoi",
    "kossa": "quoi",
    "ek": "et",
    "pou": "pour",
    "ena": "il y a",
    "éna": "il y a",
    "lé": "est",
    "vré": "vrai",
    "pa": "pas",
    # Arabizi and Maghreb, Egyptian and Levantine words in French messages: « 3lach lmaroc vota
    # pour ? » (why), « ch7al vota contre ? » (how many), « chou bi2oul 3an l terrorisme ? ».
    "3lach": "pourquoi",
    "3lech": "pourquoi",
    "3lah": "pourquoi",
    "3alach": "pourquoi",
    "alach": "pourquoi",
    "lech": "pourquoi",
    "lesh": "pourquoi",
    "leh": "pourquoi",
    # Réunion, Mauritian and Haitian creole: « akoz le japon la voté contre ? », « poukisa ».
    "akoz": "pourquoi",
    "akoze": "pourquoi",
    "poukisa": "pourquoi",
    # « paske li kont anbago a » (because it is against the embargo): a reason given.
    "paske": "parce que",
    # « konbyen peyi ki te vote pou nan Karayib la ? » (how many in the Caribbean).
    "karayib": "Caraïbes",
    "poukwa": "pourquoi",
    "poukosa": "pourquoi",
    "kifer": "pourquoi",
    "kifé": "pourquoi",
    "kifè": "pourquoi",
    "kife": "pourquoi",
    "rézon": "raison",
    "rezon": "raison",
    "ch7al": "combien",
    "chhal": "combien",
    "9addach": "combien",
    "kam": "combien",
    "chou": "quoi",
    "chnou": "quoi",
    "chnowa": "quoi",
    "chnoua": "quoi",
    "chno": "quoi",
    "achno": "quoi",
    "chnia": "quoi",
    # When and where (« sommet dyal les non-alignés fin t3a9ed w imta ? »).
    "imta": "quand",
    "emta": "quand",
    "fimta": "quand",
    # Who, and whose name (« chkoun li dar l'intervention … ? smiya dyalou »).
    "chkoun": "qui",
    "chkon": "qui",
    "chkun": "qui",
    "shkoun": "qui",
    "smiya": "nom",
    "smiytou": "son nom",
    "smitou": "son nom",
    "kifech": "comment",
    "kifach": "comment",
    "kifash": "comment",
    "kifeh": "comment",
    "izzay": "comment",
    "wla": "ou",
    "walla": "ou",
    "ta3": "de",
    "mta3": "de",
    "dyal": "de",
    "dial": "de",
    "bi2oul": "dit",
    "y9oul": "dit",
    "ygoul": "dit",
    "kay9oul": "dit",
    "kaygoul": "dit",
    "kayqoul": "dit",
    "kat9oul": "dit",
    "katgoul": "dit",
    "3an": "sur",
    "wach": "est-ce que",
    "ech": "est-ce que",
    "w": "et",
    "fi": "dans",
    "bl": "dans la",
    "mn": "de",
    "dawla": "pays",
    "dwal": "pays",
    "dowal": "pays",
    "pr": "pour",
    "ctr": "contre",
    # Haitian Creole: « Eske Ayiti te vote pou oswa kont ? », « konbyen vòt ? », « kiyès ? ».
    # (Not « nan », « yo », « li », « se »: French chat words too.)
    "eske": "est-ce que",
    "konbyen": "combien",
    "kiyès": "qui",
    "kiyes": "qui",
    "vòt": "vote",
    "kont": "contre",
    "manm": "membre",
    "oswa": "ou",
    "ak": "et",
    "anvan": "avant",
    "apre": "après",
    "bezwen": "besoin",
    "rezolisyon": "résolution",
    "gwoup": "groupe",
    "sou": "sur",
    # « eske chak peyi gen dwa chwazi pwop sistem politik li ? », « sa k di sou sanksyon yo ? »
    "peyi": "pays",
    "chak": "chaque",
    "dwa": "droit",
    "chwazi": "choisir",
    "pwop": "propre",
    "sistem": "système",
    "sistèm": "système",
    "politik": "politique",
    "ekonomik": "économique",
    "sanksyon": "sanctions",
    "devlopman": "développement",
    "kowoperasyon": "coopération",
    "entènasyonal": "internationale",
    "entenasyonal": "internationale",
    "moun": "personnes",
    # « ki sa rezolisyon an di sou teworis ? », « mondializasyon, li di kisa ? », « kilè yo te kreye
    # Konsèy la ? », « kisa rezolisyon an mande pou yo rejte ? », « tèks la pale de … ? ».
    "yon": "une",
    "menm": "même",
    "sijè": "sujet",
    "sije": "sujet",
    "kòb": "argent",
    "lajan": "argent",
    "dwe": "doit",
    "teworis": "terrorisme",
    "terorism": "terrorisme",
    "mondializasyon": "mondialisation",
    "globalizasyon": "mondialisation",
    "kilè": "quand",
    "kile": "quand",
    "kreye": "créé",
    "konsèy": "Conseil",
    "rejte": "rejeter",
    "tèks": "texte",
    "somè": "sommet",
    "enpoze": "imposent",
    "lòt": "autres",
    "rasis": "racisme",
    "rasism": "racisme",
    "sante": "santé",
    "edikasyon": "éducation",
    "dyalòg": "dialogue",
    "dyalog": "dialogue",
    "finansman": "financement",
    "asistans": "assistance",
    "teknik": "technique",
    "seminè": "séminaires",
    "rapò": "rapport",
    "rapo": "rapport",
    "fanm": "femmes",
    # « Eske tèks la site rezolisyon sou aksè a vaksen COVID yo ? », « mezi kowèsitif inilateral »,
    # « pou jwenn plis donatè pou fon yo », « Konferans Durban kont rasis la … dapre tèks la ».
    "vaksen": "vaccins",
    "aksè": "accès",
    "mezi": "mesures",
    "kowèsitif": "coercitives",
    "kowesitif": "coercitives",
    "inilateral": "unilatérales",
    "donatè": "donateurs",
    "konferans": "conférence",
    "dapre": "d'après",
    "diskou": "discours",
    "delegasyon": "délégation",
    "pòv": "pauvres",
    "patisipe": "participer",
    "nimewo": "numéro",
    "timoun": "enfants",
    # Mauritian and Réunionnais Creole spelt as said: « rezolision la koz sa ? » (does the resolution
    # speak of it), « bann kriz mondial », « nouvo lord ekonomik internasional », « drwa pou profit
    # progre lasians », « ki manier bann leta kapav demann led ? ».
    "rezolision": "résolution",
    "paragraf": "paragraphe",
    "bann": "les",
    "koz": "parle",
    "kriz": "crises",
    "drwa": "droit",
    "progre": "progrès",
    "lasians": "la science",
    "sians": "science",
    "internasional": "international",
    "leta": "les États",
    "kapav": "peuvent",
    "demann": "demander",
    "lor": "sur",
    # « Kan l'AG inn adopte… », « ena enn rapor … li bizin prezante kan ? », « mi koné pa », « ou pé
    # di amwin ? »: the past marker, the report, must, present, I, know, can, me, say.
    "inn": "a",
    "enn": "une",
    "rapor": "rapport",
    "bizin": "doit",
    "prezante": "présenter",
    "mi": "je",
    "koné": "sais",
    "kone": "sais",
    "pé": "peux",
    "amwin": "moi",
    "dir": "dire",
    "donk": "donc",
    "mé": "mais",
    "trouv": "trouve",
    "kiksoz": "quelque chose",
    "ladan": "dedans",
    "zot": "ils",
    # Kinyarwanda and Kirundi: « Erythree yatoye ite ? » (how did Eritrea vote), « ni bangahe
    # batoye contre ? » (how many voted against).
    "yatoye": "a voté",
    "batoye": "ont voté",
    "bangahe": "combien",
}
_HAITIAN_PHRASE = gated(any_of(CREOLE_PHRASES), re.IGNORECASE)
_TEXT_SPEAK_WORD = gated(any_of(_TEXT_SPEAK), re.IGNORECASE)
# Caribbean and West African English, and chat spellings, in an English question only (« dis »,
# « bout », « de » are French words): "what di resolution say bout terrorism?".
_ENGLISH_SPEAK = {
    "di": "the",
    "inna": "in the",
    "bout": "about",
    "dey": "they",
    "dem": "them",
    "dat": "that",
    "dis": "this",
    "wah": "what",
    "wat": "what",
    "wha": "what",
    "seh": "say",
    "nuh": "not",
    "weh": "where",
    "ting": "thing",
    "abt": "about",
    # Nigerian Pidgin: "the summit wey the preamble mentions", "OP26 asks … abi?" (isn't it).
    "wey": "that",
}
_ENGLISH_SPEAK_WORD = re.compile(any_of(_ENGLISH_SPEAK, r"\w/'’-"), re.IGNORECASE)


# « les crises du para 26 c lesquelles ? », « c koi »: a lone « c » before a question word is
# « c'est » (after a paragraph number it was read as a sub-paragraph letter).
_C_EST = re.compile(
    r"(?<![\w'’-])c "
    r"(?=(?:lesquel\w*|lequel|laquelle|quoi|koi|qui|ki|quel\w*|kel\w*|quand|combien|comment)\b)",
    re.IGNORECASE,
)

# Spelt as said: « sa parle de », « sa a duré » (« ça »: a possessive « sa » comes before a noun,
# never before these verbs), « g vu », « g besoin » (« j'ai »), « t d'accord ? » (« tu es »).
_SPOKEN = (
    # Réunionnais « la France la voté pour ? »: the past marker « la » before the participle.
    (re.compile(r"(?<=[a-zéèê]) la (?=vot[ée]\b)", re.IGNORECASE), " a "),
    (
        re.compile(
            r"(?<![\w'’-])sa (?=(?:parle|dit|veut|concerne|change|sert|fait|donne|marche|compte|"
            r"a|avait|va|vient)\b)",
            re.IGNORECASE,
        ),
        "ça ",
    ),
    (
        re.compile(
            r"(?<![\w'’./-])g (?=(?:vu|lu|entendu|besoin|compris|cru|oublie|oublié|trouve|trouvé|cherche|"
            r"cherché|pas|l'impression|limpression)\b)",
            re.IGNORECASE,
        ),
        "j'ai ",
    ),
    (re.compile(r"(?<![\w'’-])t (?=d'accord\b)", re.IGNORECASE), "tu es "),
)

# « combien d ONG », « l EPU », « j ai »: an elision typed without its apostrophe.
# (« c est qui », « s est abstenu », « n a pas voté » too; not a sub-paragraph's « c et d ».)
_ELISION = re.compile(
    r"(?<!\d )(?<![\w'’-])(?:([dlj]|qu) (?=[aeiouyhéèêàâîôû]\w)|([cs]) (?=est\b|etait\b|était\b)|"
    r"(s) (?=abst)|(n) (?=est\b|a\b|ont\b|etait\b|était\b)|(t) (?=es\b|as\b|etais\b|étais\b))",
    re.IGNORECASE,
)


def respell(text: str, *, english: bool = False) -> str:
    """Return ``text`` with the chat spellings of its language written out."""
    if english:
        return _ENGLISH_SPEAK_WORD.sub(lambda m: _ENGLISH_SPEAK[m.group().lower()], text)
    text = _C_EST.sub("c'est ", _HAITIAN_PHRASE.sub(lambda m: CREOLE_PHRASES[m.group().lower()], text))
    text = _ELISION.sub(lambda m: next(g for g in m.groups() if g) + "'", text)
    text = _TEXT_SPEAK_WORD.sub(lambda m: _TEXT_SPEAK[m.group().lower()], text)
    for pattern, said in _SPOKEN:
        text = pattern.sub(said, text)
    return text


# A session named by the Council's code (« HRC59 », « CDH 59 », "HRC-57"), not a resolution's
# symbol (« HRC 56/2 »): the session, as the routes read it.
_SESSION_CODE = re.compile(r"\b(?:HRC|CDH)\s?-?(\d{2})(?![/\d])(?:\s?(?:th|e|eme|ème))?\b", re.IGNORECASE)


def sessions_written_out(text: str, lang: str) -> str:
    """``text`` with the sessions named by their code written as sessions (« la 59e session »)."""
    said = "the {}th session" if lang == "en" else "la {}e session"
    return _SESSION_CODE.sub(lambda match: said.format(match[1]), text)
