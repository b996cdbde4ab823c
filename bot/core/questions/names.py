"""Names asked of passages: « quelles conférences exactement ? », "which treaty bodies are named?".

The text names few particular things (Vienna, Durban, Kampala, Buenos Aires…); a question asking
for names is answered only by a passage holding some, beyond its institutions and kinds of
documents. Shared by the paragraph route (a paragraph named) and search.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core.questions.normalise import boundary_first, wordset
from bot.core.text.gates import gated

# A question asking for the names of things: « exactement », "named", « en exemple » (with
# « quel(le)s », "which").
NAMES_ASKED = re.compile(
    r"\b(?:exactly|exactement|precisement|specifically|specific|named|by name|nomm\w*|nomment|en exemple)\b|"
    # « … ? les noms et les dates », « des noms de rapporteurs », "their names".
    r"\b(?:les|des|leurs?|their|the|donne(?:-moi)?|give(?: me)?) (?:noms|names)\b|"
    r"\bdoes (?:it|the (?:text|resolution|preamble|paragraph)) name\b"
)
# « quelles conférences », "which bodies": a kind of thing, not a paragraph (« dans quel para »)
# nor a verb ("what does").
# Places asked by name (« dans quelles villes ? », "in which city?"): only names answer them.
PLACES_ASKED = gated(
    r"\b(?:where (?:were|was) (?:they|it) held|c'etait ou|venues?(?=\s*(?:\?|$|of\b|for\b))|"
    r"quel(?:le)?s? (?:villes?|capitales?|lieux|pays hotes?)|dans quelle ville|"
    # « c'est quoi les dates et les villes des séminaires ? », « ils ont lieu où ? »
    r"(?:les|des) villes (?:des?|du|ou|prevues|choisies|retenues)|"
    r"(?:ont|auront|a|aura|vont avoir|va avoir|doivent avoir|doit avoir) lieu ou|ou (?:ont|auront) lieu|"
    # « le para 30 précise où se tiennent les séminaires ? »
    r"\bou (?:se tiennent|se tiendront|se deroulent|se derouleront|auront lieu|ont lieu)\b|"
    r"where (?:are|will|do|were|did|does) (?:the |these )?[\w -]{0,30}(?:take place|be held|held)|"
    # (Not « c'est où exactement qu'on parle des sanctions ? », "where exactly does it say…":
    # where in the text.)
    r"which (?:city|cities|town)|in what (?:city|cities)|"
    # (Nor « il apparaît où exactement ? », « c'est écrit où exactement ? ».)
    r"(?<!apparait )(?<!apparaissent )(?<!figure )(?<!figurent )(?<!ecrit )(?<!mentionne )(?<!cite )"
    r"(?<!dit )(?<!trouve )(?<!parle )(?<!evoque )"
    r"ou exactement(?!,? (?:qu'on|que|qu'il|qu'elle|dans le texte|dans la resolution|(?:le |la |l'|les )?"
    r"(?:passage|paragraphe|para|partie|truc|bout|op|pp|alinea|considerant|ligne|phrase|section|mention)s?)\b)|"
    r"where exactly(?! (?:is (?:it|that|this) (?:said|mentioned|stated)|does (?:it|the text|the resolution)|"
    r"in the (?:text|resolution)|is that said|is the (?:part|passage|paragraph|bit|section|line))\b)|"
    # "which country is hosting the first seminar?", « quel pays accueille les séminaires ? »
    r"(?:quel|which|what) (?:pays|country|ville|city)\b[^?]{0,15}\b(?:host\w*|accueill\w*|recev\w*)|"
    # « les séminaires vont se tenir où ? », "where will they be held?"
    r"(?:se tenir|se tiendront|se derouler|seront organises?|auront lieu) ou|"
    r"where will (?:[\w-]+ ){0,3}?(?:seminars?|seminaires|workshops?|ateliers|meetings?|reunions)\b|"
    # « le séminaire du para 30, il se fait où ? », « en ligne ou en présentiel ? »: a place or a
    # format, which no paragraph gives. (Not « se fait ou pas ? »: « ou » is "or" there.)
    r"se fait ou(?=\s*\?)|se font ou(?=\s*\?)|ou et quand|quand et ou|where and when|when and where|"
    r"en ligne ou en presentiel|en presentiel ou en ligne|online or in person|in person or online)\b"
)
# Kinds of things a paragraph lists by their kind's own words (« les 3 types de coopération » of
# OP29, « quelles formes de discrimination »), not by proper names.
_KINDS_LISTED = (
    r"formes?|types?|sortes?|genres?|kinds?|categories|domaines?|themes?|sujets?|crises?|defis?|"
    r"challenges?|problemes?|problems?|principes?|principles?|valeurs?|values?|droits?|rights?|doctrines?|"
    # (« le par 3 parle de quelles discriminations exactement ? »: OP3's « raciale », « religieuse ».)
    r"discriminations?|intolerances?"
)
WHICH = re.compile(
    r"\b(?:quel(?:le)?s?|which|what)\s+(?!(?:para\w*|alinea\w*|passages?|op|pp|paragraph\w*|parts?|partie|"
    r"sections?|does|do|did|is|are|was|were|est|sont|dit|disent|exactly|precisely|specifically|"
    r"exactement|precisement|"
    # « en quels termes exactement ? », "in what words": the wording, which a quote gives.
    r"termes|mots|words|terms|wording|formulations?|verbes?|verbs?|" + _KINDS_LISTED + r")\b)[a-z]"
)
_NO_NAME = re.compile(
    r"(?:(?:specific|precise|exact|concrete|concretes?) )?"
    r"(?:sessions?|dates?|annees?|years?|mois|months?|jours?|days?|themes?|basis|bases?|topics?|sujets?|"
    # "what specific tasks is the High Commissioner asked to undertake?": what is asked, no names.
    r"taches?|tasks?|actions?|mesures?|measures?|steps?|roles?|missions?)\b"
)
# Capitalised words that name no particular thing in this text: its institutions, the kinds of
# documents, the operative verbs and preambular participles that open a clause.
_NOT_NAMES = wordset(
    """
    Conseil Organisation Nations Unies États État Membres Membre Haut-Commissaire Haut-Commissariat
    Secrétaire Assemblée Charte Programme Déclaration Sommet Conférence Mouvement Fonds Examen Comité
    Commission Sous-Commission Objectifs Agenda Réaffirme Prie Demande Invite Exhorte Engage
    Encourage Appelle Souligne Rappelle Considère Estime Salue Note Prend Décide Réaffirmant
    Rappelant Soulignant Considérant Reconnaissant Conscient Profondément Affirmant Sachant Notant
    Gardant Prenant Accueillant Constatant Résolu Nord Sud Nord-Sud Sud-Sud
    """
)
_CAPITALISED = re.compile(r"(?<=[\s(,])[A-ZÉÈÀ][\w-]+")


def proper_names(text: str) -> list[str]:
    """The capitalised words inside a paragraph that name a particular place, meeting or party."""
    return [word for word in _CAPITALISED.findall(text) if word not in _NOT_NAMES]


# A counted set to enumerate (« quelles sont les cinq régions ? », "what are the two resolutions")
# or names asked outright (« ils les nomment ? », "does it name them?"): names, whatever the kind.
ENUMERATION_ASKED = boundary_first(
    r"\b(?:quel(?:le)?s sont|what are|which are|c'?e?s?t? ?(?:koi|quoi)) (?:les |the )"
    r"(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|seven|eight|nine|ten) "
    r"(?!(?:" + _KINDS_LISTED + r")\b)\w+|"
    r"\b(?:les nomm\w*|les cite\w*|name them|names them|are they named|does it name them)\b|"
    r"\b(?:leurs noms|their names|the names of|les noms des?)\b|"
    # « ses membres c'est qui ? », "what's his name?": people, by name. (Not « son nom ? » of a
    # fund or a report, which the paragraph names.)
    r"\b(?:ses|leurs|its|their) membres?\b[^?]{0,15}\b(?:c'est qui|c'etait qui|qui sont|sont qui|who are)\b|"
    r"\b(?:his name|her name|what'?s (?:his|her|their) name)\b|"
    # « qui sont les titulaires de mandat que le §34 invite ? »: the people holding them, by name.
    r"\bqui sont (?:les |ces )?(?:titulaires de mandat|rapporteurs speciaux|experts)\b|"
    r"\bwho are (?:the |these )?(?:mandate holders|special rapporteurs|experts)\b|"
    # « le §24 engage les ONG : lesquelles sont citées nommément ? », « quelles catastrophes précises
    # sont citées ? »: names, whatever the kind.
    # (Not of kinds the text lists: « quelles crises précises sont citées au §26 ? » is OP26's list.)
    r"\bnommement\b|\bby name\b|\b(?:quel(?:le)?s|which) (?!(?:" + _KINDS_LISTED + r")\b)[\w-]+(?: [\w-]+)? "
    r"precis\w* (?:sont |are )?"
    r"(?:citee?s|nommee?s|mentionnee?s|cited|named|mentioned)\b|"
    # "which states are those" (glossed « which etats are those »).
    r"\bwhich (?:etats|ones) are (?:those|these|they)\b|"
    # Things only a name answers (« quels vaccins ? pfizer ? », "which religions"; not « quels
    # groupes de pays » nor « lesquelles » of the crises OP26 lists).
    r"\b(?:quel(?:le)?s|which|what) (?:specific |specifiques? |particular )?(?:vaccins|vaccines|entreprises|"
    r"companies|religions|personnes|people|marques|brands|laboratoires|labs|langues|languages|scientists|"
    r"scientifiques|chercheurs|researchers|speakers|intervenants|orateurs|conferenciers|"
    # (Mandates by name: « quelles procédures spéciales sont concernées au para 34 ? ».)
    r"procedures speciales|special procedures|rapporteurs speciaux|special rapporteurs|"
    r"panelists|panelistes)\b|"
    # « qui va parler aux séminaires ? », "who will speak at the workshops?": speakers by name.
    r"\bqui (?:va|vont) (?:parler|intervenir|prendre la parole)\b|\bwill be invit\w*|\bseront invitee?s\b|"
    r"\bwho (?:will|is going to|are going to|should) (?:speak|talk|present)\b|"
    # « les 5 régions géographiques = lesquelles ? », "the five regions, which ones?"
    r"\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+[\w-]+(?:\s+[\w-]+)?[\s=:,]*(?:c'est |ce sont |soit )?(?:lesquel(?:le)?s|which ones)\b|"
    # The five regions of OP30, which it counts and never names (« c'est lesquelles les cinq
    # régions dont parle l'OP30 ? »); sets the text lists are named there (OP16's principles).
    r"\b(?:5|cinq|five) (?:regions|zones)\b[^?]{0,40}\b(?:lesquel(?:le)?s|which ones|s'appellent)|"
    r"\blesquel(?:le)?s (?:les |the )?(?:5|cinq|five) (?:regions|zones)\b|"
    # « donne-t-elle une liste d'organisations terroristes ? »: names, whatever the kind.
    r"\b(?:une|la) liste (?:d'|des |de )(?:organisations|groupes|pays|etats|noms)\b|"
    r"\b(?:a|the) list of (?:organi[sz]ations|groups|countries|states|names)\b|"
    # « … dont parle le préambule ? la liste », « c'était lesquelles et où ? »
    # (Not of a kind the text lists: « c quoi les principes pour le dialogue ? genre la liste ».)
    # (The kind must be what is asked, the question's first noun: « les ONG de droits de l'homme
    # citées ? la liste » asks NGOs' names, whatever « droits » follows.)
    r"^(?!\W*(?:(?:c'?e?s?t? ?(?:koi|quoi)|quel(?:le)?s(?: sont)?|what are|which)\s+)?"
    r"(?:(?:les|des|the|ses|leurs) )?(?:" + _KINDS_LISTED + r")\b)"
    r"[^?]*\?\s*(?:et |genre )?la liste\s*\??\s*$|"
    r"\blesquel(?:le)?s et ou\b|"
    # « ils citent quels groupes ? », "does it name which groups?" (not « cite quelles formes de
    # discrimination » nor "lists what kinds of crises": kinds, which a paragraph lists by name).
    r"\b(?:citent|cite|nomment|nomme|names?|lists?) (?:quel\w*|which|what)\b"
    r"(?! (?:" + _KINDS_LISTED + r")\b)"
)


# Armed and terrorist groups, which only a name answers (English comes glossed: "terrorist" may read
# « terrorisme »).
_TERRORIST_KINDS = (
    r"groupes? (?:terroristes?|armes?)|organisations? terroristes?|"
    r"terroris\w* (?:groups?|groupes?|organi[sz]ations?)"
)

# Kinds of things only a name answers (« quels groupes terroristes sont cités ? », "which companies
# are mentioned?"): the text names none of them.
NAMED_KINDS = re.compile(
    # States the text is asked to name (« quels États imposant des mesures coercitives l'OP8
    # nomme-t-il ? »): it names kinds of States only. (Not "which countries in particular", whose
    # answer is a kind: « pays les moins avancés ».)
    r"\b(?:quel(?:le)?s?|which|what)\s+(?:[a-z]+ )?(?:etats?|states?|pays|countries|gouvernements?|"
    r"governments?)\b[^?]{0,60}?\b(?:nomme\w*|names?|named)\b|"
    # (One qualifier may come first: "which African NGOs".)
    r"\b(?:quel(?:le)?s?|which|what)\s+(?:[a-z]+ )?(?:"
    + _TERRORIST_KINDS
    + r"|entreprises?|multinationales?|"
    r"compan(?:y|ies)|corporations?|"
    r"ong|ngos?|personnes?|people|persons?|individus|dirigeants?|leaders?|"
    # ("which vaccines are cited?", "which labs are mentioned?")
    r"scientifiques?|scientists?|laboratoires?|labs?|vaccins?|vaccines?)\b[^?]{0,60}?"
    r"\b(?:cite\w*|nomme\w*|mentionne\w*|named|mentioned|cited|listed|vise\w*|targets?|targeted|names?|"
    r"mentions?|lists?|"
    r"designe\w*|en particulier|in particular|consulte\w*|consulted)\b"
)


# « le par 14 vise quels groupes terroristes », "which terrorist groups is op14 about": only names.
_TERRORIST_NAMES = re.compile(r"\b(?:quel(?:le)?s?|which|what)\s+(?:" + _TERRORIST_KINDS + r")\b")


def asks_names(q: str) -> bool:
    """Whether the folded question asks for the names of things (« quelles conférences exactement ? »)."""
    # (« exactement » of another question asks no session, date or theme: « le §31 demande quoi
    # exactement ? et le rapport … à quelle session ? »; « c'est quelles dates exactement ? » does.)
    return (
        bool(NAMES_ASKED.search(q) and any(not _NO_NAME.match(q, m.end() - 1) for m in WHICH.finditer(q)))
        or bool(ENUMERATION_ASKED.search(q))
        or bool(NAMED_KINDS.search(q))
        or bool(_TERRORIST_NAMES.search(q))
    )


# A document's symbol names it, when a document is asked (« le texte cite quelle résolution de la
# Sous-Commission ? » → 2000/22).
_SYMBOL = re.compile(r"\b\d+/\d+\b")
_DOCUMENT_ASKED = re.compile(r"\b(?:resolutions?|decisions?|documents?|rapports?|reports?)\b")


def gives_names(texts: Iterable[str], q: str = "") -> bool:
    """Whether one of the texts holds a proper name beyond the text's institutions and verbs.

    For a document asked in the folded question ``q``, its symbol is a name.
    """
    symbols = bool(_DOCUMENT_ASKED.search(q))
    return any(proper_names(text) or (symbols and _SYMBOL.search(text)) for text in texts)
