"""Foreign words in a French message: German, Dutch, Darija, Wolof, Haitian, Kinyarwanda, Swahili.

Classmates write a vote or a paragraph's question in their own language when the French word is
missing (« Hat Ghana dafür gestimmt ? », « hoe heeft België gestemd ? », « Cameroon chno
sowtat ? »): read as French in one pass, before the language is told.
"""

from __future__ import annotations

import re

from bot.core.questions.chat_words import any_of
from bot.core.text.gates import gated

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
    "wo komisè": "Haut-Commissaire",
    "wo komise": "Haut-Commissaire",
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
    any_of(_FOREIGN) + r"|^\s*hat(?= [A-ZÄÖÜ])|"
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
