"""Who the asker is, said before the question, is no part of it.

« Bonjour, je suis coordinatrice d'un réseau d'associations à Cotonou. Nous avons entendu parler
de séminaires… »: associations' staff and volunteers write letters: a greeting, a sentence or two
on who they are and what their association does, then the question. Those sentences name places
(Lille, Cotonou, « l'Afrique de l'Ouest ») and the association's work (« projets de coopération »,
« plaidoyer »), which read as the question's referent or dilute its subject: the last round's
association batches were its weakest. The question is read without them; the router keeps that
answer when the whole message got none, or only search's where the question alone gets a route's
and the introduction names no subject of the text (``introduction_names_a_subject``).
"""

from __future__ import annotations

import re

from bot.core.questions.evidence import Evidence, generic_terms
from bot.core.questions.identity import COUNTRY_BACK
from bot.core.questions.normalise import (
    NAME_GIVEN,
    QUESTION_WORDS,
    QUIZ_LABEL_LEAD,
    QUIZ_LABEL_WORDS,
    content,
    generic_words,
    normal,
    words,
)
from bot.core.questions.referents import POINTS_BACK
from bot.core.search.analyzer import analyze
from bot.core.text.gates import gated

# Where a sentence ends (a colon closes a label: « Question d'un membre du bureau : … »).
_SENTENCE_END = re.compile(r"(?<=[.!:])\s+")
# A greeting alone (« Bonjour à toutes et à tous. », "Good afternoon,").
_GREETING = r"(?:bonjour|bonsoir|salut|coucou|hello|hi|hey|good (?:morning|afternoon|evening)|dear all)"
_GREETING_ONLY = re.compile(
    rf"^{_GREETING}(?: (?:a (?:toutes et a tous|tous|toutes|vous)|tout le monde|everyone|all|a tous))?\W*$"
)
# A sentence in which the asker says who they are, for whom they work, what their group does.
# (Not « je travaille sur les vaccins », the subject; nor « je suis en train de lire l'OP5 ».)
_INTRODUCTION = gated(
    rf"^(?:{_GREETING}\W+(?:(?:a (?:toutes et a tous|tous)|tout le monde|everyone|all)\W+)?)?"
    r"(?:(?:ok|okay|so|alors|bon|donc)\W+)*(?:"
    # A name given (« moi c'est Abdoulaye d'une ONG de Kindia », « je suis Aminata, chargée de… »).
    rf"(?:{NAME_GIVEN}|moi cest|i'?m called) [\w-]+|"
    # Where the asker is (« Je suis en formation cette semaine à Dakar », « on est en révision »).
    r"(?:je suis|jsuis|on est|nous sommes|i'?m|we'?re) (?:en|in|on a) (?:formation|stage|cours|revision|"
    r"training|class|revision)\b|"
    r"(?:je suis|i'?m|i am) [\w-]+,? (?:de l'|d'une?|du|de la|from|with|of|chargee?|coordinat\w*|"
    r"president\w*|responsable|tresorier\w*|benevole|membre|member|volunteer)\b|"
    r"(?:je suis|jsuis|chui) (?:un |une |le |la |l')?(?:membre|charge|chargee|coordinat\w*|president\w*|"
    r"responsable|benevole|volontaire|salarie\w*|militant\w*|juriste|stagiaire|animat\w*|tresorier\w*|"
    r"secretaire|direct\w*|fondat\w*|co-?fondat\w*|benevole|chef|cheffe|referent\w*)\b|"
    r"je (?:travaille|bosse|milite|m'engage|suis engagee?|fais partie|interviens) "
    r"(?:dans|pour|au sein|avec|a|chez|d'une?|de la|du)\b|"
    r"nous sommes (?:une?|des) (?:association|asso|ong|collectif|reseau|organisation|groupe|club|"
    r"federation|comite|petite?|jeune|equipe)\b|"
    r"(?:notre|mon) (?:association|asso|ong|collectif|reseau|organisation|structure|club|federation|"
    r"comite|cooperative|equipe|bureau)\b(?! (?:a|est) (?:vot|absten))|"
    r"ici (?:une?|la|le) (?:association|asso|ong|collectif|reseau|membre|benevole)\b|"
    r"membre d'une? (?:association|asso|ong|collectif|reseau|organisation)\b|"
    r"(?:i'?m|i am) (?:a |an |the )?(?:member|volunteer|coordinator|officer|intern|staff|chair|"
    r"president|director|founder|with|part of|on the)\b|"
    # "I'm a first-year law student", « je suis étudiante en L2 de droit »: who asks.
    r"(?:i'?m|i am|je suis|jsuis) (?:a |an |une? )?(?:[\w-]+ ){0,3}(?:student|etudiante?|eleve|lyceen\w*|"
    r"delegate|deleguee?)\b|"
    r"i (?:work|volunteer) (?:for|with|at|in)\b|"
    # What the asker is preparing (« Je prépare la plaidoirie pour Haïti dans notre moot court. »):
    # their work, not the question (« plaidoirie » alone asks for arguments: outside.py).
    r"(?:je prepare|on prepare|nous preparons|i'?m preparing|we'?re preparing|i am preparing|"
    r"we are preparing|we'?re planning|i'?m planning|we are planning|we'?re working on|i'?m working on) "
    r"(?:la|le|l'|une?|ma|mon|notre|nos|mes|the|a|an|my|our) ?(?:[\w-]+ )?(?:plaidoirie|oral|"
    r"expose|discours|dossier|memoire|fiche|position paper|speech|brief|presentation|simulation|moot)\b|"
    r"we(?:'re| are) (?:an? |the )?(?:ngo|association|group|network|organi[sz]ation|collective|club|"
    r"small|grassroots|local)\b|"
    r"our (?:ngo|association|group|network|organi[sz]ation|collective|club|team)\b(?! voted)|"
    # "our committee topic is civil society", « notre sujet de comité c'est… »: the asker's work.
    r"our (?:committee(?:'s)? )?(?:topic|agenda item) is\b|"
    r"notre (?:sujet|theme)(?: de comite)? (?:c'est|est)\b"
    r")"
)
# « Question d'un membre du bureau : », "Question from our treasurer:": who asks, before a colon.
_WHO_ASKS = re.compile(
    r"^(?:une |petite |a )?(?:question|query) "
    r"(?:d'une?|de (?:la|notre|mon|ma|nos)|du|from (?:a|an|our|the|my))"
    r"\b[^?]{0,40}:$"
)
# A quiz's label as a sentence of its own (« Question 7 du quiz : »; « pour » too: « question pour 2
# points : »): no question.
_QUIZ_LABEL = re.compile(rf"^(?=[^:]*\b{QUIZ_LABEL_LEAD})(?:(?:{QUIZ_LABEL_WORDS}|pour)[ ,]*)+:$")
# What in a question may stand for the asker's country or group, said in the introduction: the
# asker's own country (identity.py's « notre pays », "our government", « chez nous »), and more.
_OURS = re.compile(
    rf"{COUNTRY_BACK.pattern}|"
    r"\b(?:nos autorites|notre region|our region|"
    # « Je suis membre d'une ONG. Le texte nous demande quelque chose ? »: « nous », the asker's group.
    r"nous (?:demande|invite|encourage|engage|prie|exhorte|concerne|attend)\w*|pour nous|"
    r"(?:ask|asks|asking|expect|expects|invite|invites|urge|urges) us|for us)\b"
)
# « … souhaite citer le rapport du Haut-Commissaire. Quelle est la cote de ce rapport ? »: a thing
# named in the introduction, pointed at (not this text: « cette résolution »).
_THAT_ONE = re.compile(
    r"(?<![-'])\b(?:ce|cet|cette|ces|ledit|ladite|lesdits|lesdites|that|these|those|this) "
    r"(?!(?:resolution|reso|texte|text|document|56/2|que|qui|dont|is|was|means?)\b|qu')"
)
# A paragraph or a document named: the sentence may be the subject.
_NAMED = re.compile(
    r"\b(?:op|pp|§|paragraphes?|paragraphs?|paras?|alineas?|notes?)\s*\d+|(?<![\w/])(?!56/2\b)\d+/\d+"
)


# What an introduction says of the asker's work without naming a subject of the text (« chargée de
# plaidoyer », « association de défense des droits humains », « réseau », « bureau »), as analysed.
_ROLE_WORDS = frozenset(
    analyze(
        "association associations asso ong ngo réseau collectif organisation organisations membre membres "
        "bénévole bénévoles chargé chargée mission plaidoyer projet projets bureau équipe coordinatrice "
        "coordinateur président présidente responsable juriste étudiant étudiante défense droits humains "
        "homme accompagne accompagnons travaille travaillons structure fédération comité volunteer member "
        "network group office team coordinator officer human rights advocacy project work "
        # A quiz's label (« Quiz, question 4 : »): « question » is the text's word too.
        "quiz question round manche bonus facile difficile easy hard"
    )
)


def introduction_names_a_subject(typed: str, rest: str, evidence: Evidence) -> bool:
    """Whether the introduction before ``rest`` names a subject of the text.

    « chargée de mission sur la coopération Sud-Sud », « une association de lutte contre le
    terrorisme »: words the text uses, beyond the asker's role and work; or words the thesaurus
    gives the text's for (« la dette » for « endettement », « les MCU » for « mesures coercitives
    unilatérales »).
    """
    introduction = content(typed[: len(typed) - len(rest)])
    terms = set(analyze(introduction)) - _ROLE_WORDS - generic_terms()
    given = evidence.equivalents(introduction, english=False, synonyms=True)
    return any(
        not evidence.unseen(term)
        or any(not any(map(evidence.unseen, entry)) for entry in given.get(term, ()))
        for term in terms
    )


def after_introduction(typed: str) -> str | None:
    """The message without its opening greeting and self-introduction, or ``None``."""
    sentences = _SENTENCE_END.split(typed.strip())
    dropped = 0
    labels_only = True  # a quiz's label names no subject the question might need
    for sentence in sentences[:-1]:
        folded = normal(sentence).strip()
        if folded.endswith("?") or _NAMED.search(folded):
            break
        if not (
            _GREETING_ONLY.match(folded)
            or _INTRODUCTION.match(folded)
            or _WHO_ASKS.match(folded)
            or _QUIZ_LABEL.match(folded)
        ):
            break
        labels_only = labels_only and bool(_QUIZ_LABEL.match(folded))
        dropped += 1
    if not dropped:
        return None
    rest = " ".join(sentences[dropped:])
    # (What the first sentence after the introduction points at is in the introduction; a later
    # one's may be in the sentences before it: "The resolution recalls the Paris Agreement with a
    # footnote. What reference does that footnote give?")
    # (Up to its first question: "what role does it give NGOs? does it ask them…" points back at
    # its own first question, not at the introduction.)
    folded = normal(sentences[dropped]).partition("?")[0]
    subject = [w for w in words(rest) if w not in QUESTION_WORDS and w not in generic_words()]
    if not subject and not labels_only:
        return None  # « Notre association travaille sur la dette. Que dit le texte ? »: the subject is before
    if POINTS_BACK.search(folded) or _OURS.search(normal(rest)) or _THAT_ONE.search(folded):
        return None  # « Je suis d'une asso béninoise. Notre pays a voté comment ? »: the intro is needed
    return rest
