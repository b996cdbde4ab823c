"""The clauses in which an asker speaks of their task, dropped before a question is read.

« je dois le dire tantôt en débat, la France a voté comment ? »: « débat » would choose a route
or dilute the subject. Read by question.py's ``read_question``.
"""

from __future__ import annotations

import re

from bot.core.questions.normalise import NAME_GIVEN, QUESTION_WORDS, generic_words, normal, words
from bot.core.questions.other_years import asks_of_last_years_text
from bot.core.questions.referents import POINTS_BACK

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
    # « Dans le cadre de notre module sur les mandats confiés au Secrétariat, … »: the asker's course.
    r"dans le cadre (?:de|d') ?(?:notre|mon|ma|nos|mes|ce|cette|un|une|la|le) (?:[\w'-]+ ){0,2}?"
    r"(?:module|cours|td|travail|projet|expose|formation|memoire|seminaire de (?:droit|master|licence)|"
    r"simulation)\b|"
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
# The asker's own government (« je travaille pour le gouvernement sénégalais », "I advise the
# Brazilian authorities", « conseiller auprès des autorités tunisiennes »): who asks, no subject.
ASKERS_GOVERNMENT = re.compile(
    r"\b(?:je|j'|on|nous|i|i'm|we|we're)\s+(?:\w+\s+){0,2}?(?:travaille|bosse|represente|suis|sommes|"
    r"prepare|preparons|conseille|work|works|travaux|am|represent|advise|writing|prepar\w*|serve)\b[^?.;:!]{0,40}"
    r"\b(?:gouvernements?|autorites|governments?|authorities)\b|"
    r"\b(?:conseill\w*|stagiaire|fonctionnaire|employee?|agent|advis[eo]r|official|intern|staffer)\s+"
    r"(?:\w+\s+){0,2}?(?:aupres|au|du|des|de|pour|to|for|at|of|with|in)\b[^?.;:!]{0,20}"
    r"\b(?:gouvernements?|autorites|governments?|authorities)\b|"
    r"\b(?:on behalf of|au nom du|pour une note|note pour|briefing|brief for)\b[^?.;:!]{0,25}"
    r"\b(?:gouvernements?|autorites|governments?|authorities)\b|"
    r"\b(?:gouvernements?|autorites|governments?|authorities)\b[^?.;:!]{0,25}\b(?:m'ont|m'a|asked me)\b"
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
    # (Nor the UN's own bodies, « les mandats confiés au Secrétariat »: the course's subject.)
    r"(?<=\s)(?!(?:Sud|Nord|Est|Ouest|Secrétariat|Secretariat)\b)[A-ZÀ-Ý][a-zà-ÿ][\w'-]*|\d+/\d+|"
    # Another text of another year (« … une résolution en 2022. adoptée par combien ? »): the referent.
    r"(?i:\br[ée][sz]o\w*[^.?!]{0,60}\b(?:en|in|de|du|of) (?:19|20)(?!24)\d\d\b)"
)


# The asker's own name (« je m'appelle Awa, que demande le texte aux États ? »): who asks.
_MY_NAME = re.compile(rf"^(?:bonjour |salut |bonsoir |hi |hello )?{NAME_GIVEN} [\w-]+$")
# The asker's delegation named in their own clause (« c'est pour mon position paper (délégation de
# Cuba) »): the country they speak for, not the subject of a question about the text. (Beside a
# vote question, « je suis délégué de la France, comment elle a voté ? », it is whose vote.)
_DELEGATION = re.compile(
    r"\b(?:delegation|delegue|deleguee|delegate|representing|je represente|i represent)\b"
)
_OF_A_VOTE = re.compile(r"\bvot|\bvoix\b|absten")


# The question asks of what the context says (« … on veut expliquer que la coopération ce n'est pas
# que du bon voisinage. Le préambule dit-il quelque chose de ce genre ? »): the context is its subject.
_LIKE_THAT = re.compile(
    r"\b(?:de ce genre|dans ce genre|dans ce sens|comme (?:ca|cela)|de la sorte|similaire|"
    r"like (?:that|this)|along those lines|to that effect|something similar)\b"
)


# A statement reported with its content (« mon prof dit que le texte s'adresse aux … »).
_REPORTED = re.compile(r"\b(?:dit|disait|a dit|says|said) (?:que|qu'|that)\b")
# A later clause that checks the claim (« … a été adopté depuis. C'est vrai ? »): the reported
# clause is what is asked about. (A bare « elle » may be this text: « Notre prof dit que cette
# résolution reprend celle de l'an dernier. Elle a été adoptée par combien de voix ? ».)
_CHECKS_THE_CLAIM = re.compile(
    r"^\W*(?:(?:et |mais )?c'est (?:vrai|exact|juste|correct)|est-ce (?:vrai|exact)|vrai ou faux|"
    r"is (?:that|it|this) (?:true|right|correct)|true or false)\b"
)
# A claim about another text (« le traité sur les pandémies a été adopté après »), then a question
# about « il » or « elle »: of that text, not this one.
_ANOTHER_TEXT_CLAIMED = re.compile(r"\b(?:traite|accord|convention|pacte|treaty|agreement|covenant)\b")
_SUBJECT_PRONOUN = re.compile(r"^\W*(?:il|elle|ils|elles|it|they)\b(?! y a\b| faut\b)")


def without_asker_clauses(text: str) -> str:
    """Return ``text`` without the clauses in which the asker speaks of their task.

    Only when what remains still names a subject (a word neither a question word nor a common
    one), so « pour mon exposé je dois lister les paragraphes sur l'EPU, qqn a la liste ? » keeps
    its subject; and never a clause naming a paragraph, a document or a proper name.
    """
    pieces = _CLAUSE_END.split(text)
    last = normal(pieces[-1])
    if len(pieces) < 2 or asks_of_last_years_text(text) or _LIKE_THAT.search(last):
        return text
    delegation_is_context = not _OF_A_VOTE.search(normal(text))
    # The question pointing back (« il leur demande quoi ? ») needs what a reported clause named.
    points_back = (
        bool(POINTS_BACK.search(last))
        or any(_CHECKS_THE_CLAIM.match(normal(piece)) for piece in pieces[1:])
        or bool(_SUBJECT_PRONOUN.match(last) and _ANOTHER_TEXT_CLAIMED.search(normal(text)))
    )
    first_question = next((i for i, piece in enumerate(pieces) if piece.rstrip().endswith("?")), len(pieces))

    def askers(index: int, piece: str) -> bool:
        clause = normal(piece).strip(" ,;:-()")
        if index > first_question and _AFTER_QUESTION.match(clause) and not _NAMED_AFTER.search(piece):
            return True
        if _FRIEND_SAYS.match(piece) or _MY_NAME.match(clause):
            return True
        if points_back and _REPORTED.search(normal(piece)):
            return False  # « mon prof dit que le texte vise les ONG. il leur demande quoi ? »
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
