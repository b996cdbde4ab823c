"""Chat spellings read as the words they stand for: « pdt », « ki », « kel », « 3lach », "bout".

Text-speak, Antillean and Haitian spellings and Arabizi in French messages, Caribbean English in
English ones. One pass over a message each (a regex of all the words), before folding.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core.questions.creole_phrases import PHRASES as CREOLE_PHRASES
from bot.core.text.gates import gated


def _any_of(words: Iterable[str], outside: str = r"\w/-") -> str:
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
    "kiksoz": "quelque chose",
    "ladan": "dedans",
    "zot": "ils",
    # Kinyarwanda and Kirundi: « Erythree yatoye ite ? » (how did Eritrea vote), « ni bangahe
    # batoye contre ? » (how many voted against).
    "yatoye": "a voté",
    "batoye": "ont voté",
    "bangahe": "combien",
}
_HAITIAN_PHRASE = gated(_any_of(CREOLE_PHRASES), re.IGNORECASE)
_TEXT_SPEAK_WORD = gated(_any_of(_TEXT_SPEAK), re.IGNORECASE)
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
_ENGLISH_SPEAK_WORD = re.compile(_any_of(_ENGLISH_SPEAK, r"\w/'’-"), re.IGNORECASE)


# German in a French message, as Swiss and Austrian students write it when the French word is
# missing (« Hat Ghana dafür gestimmt ? », « Die Abstimmung : wie viele dafür ? »), and tags that
# confirm without asking (« oder ? », « genau », Wolof « waaw », chiac « asteure »): read before
# the language is told.
_GERMAN = {
    "wer hat sich enthalten": "qui s'est abstenu",
    "haben sich enthalten": "se sont abstenus",
    "hat sich enthalten": "s'est abstenu",
    # « wer hat sich enthalten bei 56/2 ? », « bei der Resolution » (on): no country.
    "bei der": "",
    "bei dem": "",
    "bei": "",
    "hat dafür gestimmt": "a voté pour",
    "hat dagegen gestimmt": "a voté contre",
    "haben dafür gestimmt": "ont voté pour",
    "haben dagegen gestimmt": "ont voté contre",
    "und die": "et",
    "und": "et",
    "dafür gestimmt": "voté pour",
    "dagegen gestimmt": "voté contre",
    "die abstimmung": "le vote",
    "der abstimmung": "le vote",
    "wie viele länder": "combien de pays",
    "wie viele staaten": "combien d'États",
    "welche länder": "quels pays",
    "welche staaten": "quels États",
    # (Not « Staaten » alone: « die Vereinigten Staaten » is a name.)
    "länder": "pays",
    "ergebnis": "résultat",
    "welche": "quels",
    "wie viele": "combien",
    "wie hat": "comment a",
    "wie haben": "comment ont",
    "wer hat": "qui a",
    "abgestimmt": "voté",
    "gestimmt": "voté",
    "dafür": "pour",
    "dagegen": "contre",
    "enthaltungen": "abstentions",
    "enthaltung": "abstention",
    "abstimmung": "vote",
    # « Warum hat l'Allemagne voté contre ? »: a why, which the record never answers.
    "warum hat": "pourquoi",
    "wieso hat": "pourquoi",
    "weshalb hat": "pourquoi",
    "warum": "pourquoi",
    "wieso": "pourquoi",
    "weshalb": "pourquoi",
    # Where in the text: « Fussnote 1 », « im ersten Absatz der Präambel », « welches Dokument ? ».
    "fussnote": "note",
    "fußnote": "note",
    "im ersten absatz der präambel": "au premier paragraphe du préambule",
    "im letzten absatz der präambel": "au dernier paragraphe du préambule",
    "absatz": "paragraphe",
    "der präambel": "du préambule",
    "präambel": "préambule",
    "welches dokument": "quel document",
    "pandemievertrag": "traité sur les pandémies",
    "oder so": "",
    "menschenrechtsrat": "Conseil des droits de l'homme",
    "menschenrechte": "droits de l'homme",
    "genau": "",
    "waaw": "",
    "déedéet": "",
    "deedeet": "",
    "asteure": "",
    "astheure": "",
    "asteur": "",
}
# Darija, Wolof, Haitian and Kinyarwanda words the text-speak above lacks (« Cameroon chno sowtat ? »,
# « chkoun li sowtou contre ? », « lu tax Allemagne vote contre ? »), read with the German before the
# language is told: « Cameroon », "USA" would otherwise make the message English, which text-speak
# skips.
_AFRICAN_AND_CREOLE = {
    "ma sowtouch": "n'ont pas voté",
    "ma sowtch": "n'a pas voté",
    "sowtou": "ont voté",
    "sawtou": "ont voté",
    "sowtat": "a voté",
    "sawtat": "a voté",
    "sowt": "a voté",
    "sawt": "a voté",
    "chnouwa": "quoi",
    "chkoun li": "qui",
    "9adech": "combien",
    "qadech": "combien",
    "3lash": "pourquoi",
    "lu tax": "pourquoi",
    "bhal bhal": "pareil",
    "b7al b7al": "pareil",
    "kif kif": "pareil",
    "kayn chi": "il y a un",
    "machi sa7i7": "pas vrai",
    "sa7i7": "vrai",
    # (« fin » alone is French: only before « t3a9ed », held.)
    "fin t3a9ed": "où s'est tenu",
    "fin t3a9dat": "où s'est tenue",
    "t3a9ed": "s'est tenu",
    "t3a9dat": "s'est tenue",
    "kayn": "il y a",
    "3la": "sur",
    "m3a": "avec",
    "3tini": "donne-moi",
    "dzayer": "Algérie",
    "kamla": "",
    "kamlin": "",
    # Wolof: « Ndax Argentine dafa soppi vote bi ci session bi topp ? » (changed its vote at the
    # next session).
    "soppi": "changé",
    "session bi topp": "session suivante",
    # Haitian: « Apre vòt la, eske Etazini te fè yon deklarasyon ? », « Kiyès ki te Okomisè … ? ».
    "apre vòt la": "après le vote",
    "apre vot la": "après le vote",
    "okomisè": "Haut-Commissaire",
    "okomise": "Haut-Commissaire",
    # Kinyarwanda and Kirundi « kubera iki » (why), « asobanura iki » (means what): « ese Ghana
    # yatoye pour kubera iki ? » is declined. (Not their vote words: read among words the bot does
    # not know, « amajwi » (votes) or « yatoye » (voted) answered from the record questions about
    # votes needed, said before, or to come, as if they asked the vote cast.)
    "kubera iki": "pourquoi",
    "kuki": "pourquoi",
    "asobanura iki": "signifie quoi",
    # Swahili in Goma and Bujumbura: « paragraf ya 26 inasema nini kuhusu wakimbizi ? » (what does
    # paragraph 26 say about refugees), « ivugwa kangahe ? » (how many times), « lini ? » (when).
    "paragraf ya": "paragraphe",
    "paragrafu ya": "paragraphe",
    "paragrafu": "paragraphe",
    "inasema nini kuhusu": "dit quoi sur",
    "inasema nini": "dit quoi",
    "kuhusu": "sur",
    "wakimbizi": "réfugiés",
    "kwa nini": "pourquoi",
    "kangahe": "combien de fois",
    "ngapi": "combien",
}
# Dutch in a French message, as Brussels and Flemish classmates write in a bilingual Model UN
# (« hoe heeft België gestemd ? », « wie heeft tegen gestemd ? », « wat zegt paragraaf 8 ? »,
# « wanneer werd de resolutie aangenomen ? »): read before the language is told, as the German.
# (Not « en », « de », « over », « is »: French or English words too.)
_DUTCH = {
    "weet iemand": "",
    "weet iemand of": "est-ce que",
    "hoe heeft": "comment a",
    "hoe hebben": "comment ont",
    "wie er": "qui",
    "wie heeft": "qui a",
    "wie hebben": "qui ont",
    "heeft zich onthouden": "s'est abstenu",
    "hebben zich onthouden": "se sont abstenus",
    "zich onthouden": "abstenus",
    "onthoudingen": "abstentions",
    "onthouding": "abstention",
    "tegen gestemd": "voté contre",
    "voor gestemd": "voté pour",
    "gestemd": "voté",
    "stemde": "a voté",
    "stemden": "ont voté",
    # (Not « stemming » alone: English "stemming from".)
    "de stemming": "le vote",
    "stemde voor": "a voté pour",
    "stemden voor": "ont voté pour",
    "stemde tegen": "a voté contre",
    "stemden tegen": "ont voté contre",
    "zich heeft onthouden": "s'est abstenu",
    "zich hebben onthouden": "se sont abstenus",
    "hoeveel stemmen": "combien de voix",
    "stemmen": "voix",
    "unaniem": "à l'unanimité",
    "is de resolutie": "la résolution a-t-elle été",
    "in welke sessie": "à quelle session",
    "welke sessie": "quelle session",
    "sessie": "session",
    "latijns-amerika": "Amérique latine",
    "afrikaanse landen": "pays africains",
    "europese landen": "pays européens",
    "aziatische landen": "pays asiatiques",
    "afrika": "Afrique",
    "azië": "Asie",
    "heeft": "a",
    "hebben": "ont",
    "tegen": "contre",
    "hoeveel landen": "combien de pays",
    "welke landen": "quels pays",
    "landen": "pays",
    "hoeveel": "combien",
    "waarom": "pourquoi",
    "wanneer werd": "quand a été",
    "wanneer is": "quand a été",
    "wanneer": "quand",
    "aangenomen": "adoptée",
    "werd": "a été",
    "werden": "ont été",
    "de resolutie": "la résolution",
    "resolutie": "résolution",
    "wat zegt de tekst over": "que dit le texte sur",
    "wat zegt de resolutie over": "que dit la résolution sur",
    "wat zegt": "que dit",
    "zegt": "dit",
    "de tekst": "le texte",
    "paragraaf": "paragraphe",
    "voetnoot": "note",
    "de preambule": "le préambule",
    "mensenrechtenraad": "Conseil des droits de l'homme",
    "mensenrechten": "droits de l'homme",
    # A few subjects, as they are said in Dutch.
    "internationale samenwerking": "coopération internationale",
    "samenwerking": "coopération",
    "zuid-zuid": "Sud-Sud",
    "noord-zuid": "Nord-Sud",
    "sancties": "sanctions",
    "schulden": "dette",
    "schuld": "dette",
    "toch": "",
    "of niet": "ou pas",
    "klopt dat": "c'est vrai",
    "klopt het dat": "est-ce vrai que",
}
_FOREIGN = {**_GERMAN, **_DUTCH, **_AFRICAN_AND_CREOLE}
_GERMAN_PHRASE = gated(
    _any_of(_FOREIGN) + r"|^\s*hat(?= [A-ZÄÖÜ])|"
    r",?\s*\boder\s*(?=\?*\s*$)",
    re.IGNORECASE,
)


def from_german(text: str) -> str:
    """``text`` with the German, Dutch and Darija vote words and tags of a French message read as French."""

    def french(match: re.Match[str]) -> str:
        said = match.group().strip(" ,").lower()
        # « Hat Ghana … ? » opens a yes-or-no question; « oder ? » only confirms.
        return "est-ce que" if said == "hat" else _FOREIGN.get(said, "")

    return _GERMAN_ORDINAL.sub(r"\1e ", _GERMAN_PHRASE.sub(french, text))


# A German ordinal (« die 59. Session ») is the French « 59e session ».
_GERMAN_ORDINAL = re.compile(r"\b(\d{1,2})\.\s+(?=(?:session|sitzung|tagung)\b)", re.IGNORECASE)


# « les crises du para 26 c lesquelles ? », « c koi »: a lone « c » before a question word is
# « c'est » (after a paragraph number it was read as a sub-paragraph letter).
_C_EST = re.compile(
    r"(?<![\w'’-])c "
    r"(?=(?:lesquel\w*|lequel|laquelle|quoi|koi|qui|ki|quel\w*|kel\w*|quand|combien|comment)\b)",
    re.IGNORECASE,
)

# « combien d ONG », « l EPU », « j ai »: an elision typed without its apostrophe.
_ELISION = re.compile(r"(?<!\d )(?<![\w'’-])([dlj]|qu) (?=[aeiouyhéèêàâîôû]\w)", re.IGNORECASE)


def respell(text: str, *, english: bool = False) -> str:
    """Return ``text`` with the chat spellings of its language written out."""
    if english:
        return _ENGLISH_SPEAK_WORD.sub(lambda m: _ENGLISH_SPEAK[m.group().lower()], text)
    text = _C_EST.sub("c'est ", _HAITIAN_PHRASE.sub(lambda m: CREOLE_PHRASES[m.group().lower()], text))
    text = _ELISION.sub(r"\1'", text)
    return _TEXT_SPEAK_WORD.sub(lambda m: _TEXT_SPEAK[m.group().lower()], text)
