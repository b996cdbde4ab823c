"""A claim heard about the text, and the asker's request to check it.

« Un député a dit que la résolution invite les ONG au dialogue. Vrai ou faux ? », "A pundit said
the resolution backs a central role for the UN in fighting pandemics. Is that in the text?": what
the text says of the claim answers it. The claim is asked alone, without who said it and the
request to check it, whose words (« député », « tweet », "true") drown the claim's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.core.questions.answer import Answer, Intent
from bot.core.questions.normalise import ASKERS_PURPOSE, normal
from bot.core.text.gates import gated

# A belief (« Léa pense que … c'était en 1999. elle se trompe ? »): a claim to check when a person
# holds it (``_said_by_someone``).
_BELIEF_VERBS = r"pense|pensait|croit|croyait|thinks|thought|believes"
# A source that is the text itself (« selon le texte », « d'après cette résolution », "according to
# paragraph 3"): the question is asked of it, no claim to check.
_NOT_THE_TEXT = (
    r"(?!(?:le |la |l'|l’|les |ce |cette |ces |ses |the |this |its )?(?:texte|text|r[ée]solution|reso|op|pp|"
    r"paragraph\w*|alin[ée]a\w*|dispositif|pr[ée]ambule|preamble|document|conseil|council|note|vote|56/2)\b)"
)
# Who said it and the verb, up to « que », "that": « un député a dit à la télé que », "A tweet
# says", « mon pote dit que ».
_SAID = gated(
    r"\b(?:said|says|claim(?:s|ed)?|pretend(?:s|ed)?|prétend\w*|pretend\w*|affirm\w*|dit|disait|"
    r"raconte\w*|écrit|ecrit|wrote|writes|tweeted|assure\w*|soutient|insiste|insists?|reckons?|"
    r"posted|reports?|reported|déclar\w*|declar\w*|stated|explique\w*|annonc\w*|announc\w*|"
    # « On entend que… », "I heard that…": a claim with no one named.
    rf"entend|entendu|heard|hear|told me|tells me|lu|lit|read|{_BELIEF_VERBS}|"
    # The asker's own claim: « jsuis sûr que », « chu certaine que », "I'm pretty sure".
    r"(?:je suis|jsuis|chu|i'?m|i am)(?: (?:pretty|quite|presque|quasi))? (?:s[uû]re?|certaine?))\b"
    r"(?:[^.?!,]{0,30}?\b(?:que|qu'|qu’|that)\b|[^.?!]{0,3}?(?=\s*(?:the|la|le|l'|this|cette|ce|it|elle)\b)|"
    # A claim quoted (« un tweet dit : "…" », "tweet says 'UN resolution makes…'").
    r"\s*:?(?=\s*[\"'«“]))|"
    # « Selon un post viral, le texte… », "According to my teacher, the…": the source first, a
    # comma, the claim. (Not « selon le texte, … ? », which asks the text itself.)
    r"(?:^|(?<=[.!?]\s))\s*(?:selon|d'apr[eè]s|d’apr[eè]s|according to)\s+"
    rf"{_NOT_THE_TEXT}(?:[\w'’-]+\s+){{0,4}}?[\w'’-]+\s*,",
    re.IGNORECASE,
)
# What ends the claim: a sentence's end, or the request to check it (« c vrai », "legit?").
_CLAIM_END = re.compile(
    # (Or another's claim after a comma: « …, mon binôme dit le 10 », "…, my friend says 11".)
    r"[.?!…;]|,\s*(?:[\w'’]+\s+){1,3}(?:dit|disent|pense|pensent|croit|croient|says|said|thinks)\b|"
    r"\s[-—–]\s|\s(?:c'?est vrai|c vrai|vrai ou faux|is (?:that|it|this) (?:true|right|accurate|"
    r"correct)|"
    r"true or false|legit)\b",
    re.IGNORECASE,
)
# The request to check: what follows the claim asks only whether, or where, the text says it.
_CHECKS = re.compile(
    r"\b(?:vrai|vraie|faux|fausse|true|false|accurate|correct|exact|exacte|legit|right|really|vraiment|"
    r"invente\w*|exag+er\w*|fake|intox|where does it say|where is (?:that|it)|ou (?:ca|c'est|dans le texte)|"
    r"c'est ou|dans le texte|in the text|does it say|is that in|ecrit quelque part|written|"
    # « Je vérifie : c'est bien écrit dans le document ? »
    r"c'est (?:bien |vraiment )?(?:ecrit|marque|indique)|(?:ecrit|marque|indique) dans (?:le|la) "
    r"(?:document|texte|resolution|reso)|"
    # « Le texte dit ça ? », "does the resolution say so?"
    r"(?:le texte|la resolution|la reso|elle|il) (?:dit|dit-(?:il|elle)|affirme) (?:ca|cela|vraiment|bien)|"
    r"(?:the text|the resolution|it) (?:says?|said) (?:so|that|this)|"
    # "Is that what it says?", « c'est ce que dit le texte ? »
    r"(?:is (?:that|this)|c'est) (?:what|ce que) "
    r"(?:it|the text|the resolution|dit le texte|dit la resolution)|"
    # « il a raison ? », "who's right?", « c'est vraiment dedans ? », « qu'en dit le texte ? »,
    # « c'est dans quel paragraphe ? », "which paragraph is that?": where or whether it says it.
    r"(?:il|elle|ils|elles|qui) a raison|who(?:'s| is) right|(?:is|was) (?:he|she|they) right|"
    r"is that (?:in there|in it)|c'est (?:vraiment |bien )?dedans|qu'en dit (?:le texte|la resolution)|"
    r"que dit (?:le texte|la resolution) (?:exactement|vraiment)|(?:c'est )?dans quel paragraphe|"
    r"which paragraph|quel paragraphe|what does (?:the text|it) (?:actually |really )?say)\b"
)
# A claim's request to check is short: a longer question asks something of its own.
_CHECK_MAX = 80
_NAMED = re.compile(r"\b(?:op|pp|§)\s*\d{1,2}\b|\bparagraphe\s+\d{1,2}\b", re.IGNORECASE)
_CLAIM_MIN = 12
_ANSWER_WORD = re.compile(r"(?:oui|non|si|yes|no|nope|yep)\b")


def _no_state(_: str) -> bool:
    return False


# Who said it, after the claim: « …, selon un post viral. », "…, according to a viral post.".
_SAID_AFTER = re.compile(
    rf",\s*(?:according to|selon|d'apr[eè]s|d’apr[eè]s)\s+{_NOT_THE_TEXT}"
    r"(?:[\w'’-]+\s+){0,4}?[\w'’-]+\s*(?=[.?!])",
    re.IGNORECASE,
)


def claim_of(typed: str, is_state: Callable[[str], bool] = _no_state) -> str | None:
    """The claim a message asks to check, when all it asks besides is whether the text says it."""
    return _claim_after_its_source(typed, is_state) or _claim_before_its_source(typed)


def _claim_after_its_source(typed: str, is_state: Callable[[str], bool]) -> str | None:
    """The claim after who made it: « Un député a dit que la résolution invite les ONG… Vrai ? »."""
    said = _SAID.search(typed)
    if said is None or not _said_by_someone(typed, said, is_state):
        return None
    start = said.end()
    end = _CLAIM_END.search(typed, start)
    claim = typed[start : end.start() if end else len(typed)].strip(" ,:«»\"'")
    rest = typed[end.start() :] if end else ""
    folded_rest = normal(rest)
    if _ANSWER_WORD.match(normal(claim)):
        return None  # « un article dit que oui, dans le passage sur la science »: an answer, no claim
    # (A claim with no request to check it, « un mec a dit que la résolution crée un traité », is
    # not read alone: quoted as an answer, the nearest passages would seem to confirm it.)
    if len(claim) < _CLAIM_MIN or len(rest) > _CHECK_MAX or not _CHECKS.search(folded_rest):
        return None
    # « OP21 — un tweet dit que… »: the paragraph the claim is about, named before who said it.
    named = _NAMED.findall(typed[: said.start()])
    return f"{' '.join(named)} {claim} ?".strip()


def _claim_before_its_source(typed: str) -> str | None:
    """The claim before who made it: "The resolution criticises X, according to a viral post. True?"."""
    source = _SAID_AFTER.search(typed)
    if source is None:
        return None
    claim, rest = typed[: source.start()].strip(" ,:«»\"'"), typed[source.end() :]
    if len(claim) < _CLAIM_MIN or len(rest) > _CHECK_MAX or not _CHECKS.search(normal(rest)):
        return None
    return f"{claim} ?"


# Who said it, opening the message: « Un communiqué dit que », « On lit partout que », "A viral
# tweet says".
_SOURCE_MAX = 40
# « dit que », "says that", or an English report verb alone ("A press release says the text…").
_THAT = re.compile(
    r"\b(?:que|qu'|qu’|that)$|^(?:says|said|claims|claimed|reports|reported|states|stated|writes|wrote|"
    r"posted|tweeted)\b",
    re.IGNORECASE,
)
# Not a question about what was said (« Qu'a dit le délégué… », « Comment le texte explique-t-il
# ce qu'… »), nor the text itself speaking (« Le texte dit-il noir sur blanc que… »).
_NOT_A_SOURCE = re.compile(
    r"^\s*(?:qu'|que|qui|quoi|comment|pourquoi|est-ce|what|who|how|why|did|does|do)\b|"
    r"\b(?:texte|resolution|reso|paragraphe|para|preambule|dispositif|text|paragraph|it|elle|il)\s*$|"
    r"(?:\b(?:op|pp|fn|para\w*|alineas?|notes?|footnotes?)|§)\s*\d+\s*$|"  # "OP34 says the…"
    r"\b(?:qui|who)(?: a| ont| has| have)?\s*$"  # « c'est Cuba qui a écrit le texte vu qu'… »
)


# A belief is a claim only when a person holds it (« Léa pense que », « mon binôme croit que »), not
# a State (« la France pense que le texte est politisé ? » asks what France thinks).
_BELIEF = re.compile(rf"(?:{_BELIEF_VERBS})\b", re.IGNORECASE)
_BELIEVER = re.compile(
    r"\s*(?:[A-ZÉÈ][a-zéèëïîç]+(?:-[A-ZÉÈ][a-zéèëïîç]+)?|(?:mon|ma|notre|le|la|un|une|my|our) "
    r"(?:prof\w*|pote|copain|copine|ami|amie|camarade|binome|binôme|voisin\w*|frere|frère|soeur|sœur|"
    r"cousin\w*|teacher|friend|classmate))\s*"
)


def _said_by_someone(typed: str, said: re.Match[str], is_state: Callable[[str], bool]) -> bool:
    """Whether the claim's verb is a report, or a belief held by a person (« Cuba pense » is a State's)."""
    if not _BELIEF.match(said.group()):
        return True
    believer = typed[: said.start()]
    return bool(_BELIEVER.fullmatch(believer)) and not is_state(believer)


def without_source(typed: str, is_state: Callable[[str], bool] = _no_state) -> str | None:
    """The message without who made its claim, when a claim opens it and a question of its own follows.

    « Un communiqué dit que le texte salue le sommet de Kampala. Selon la résolution, il s'est tenu
    à quelles dates ? »: the claim is the question's context; its source (« communiqué »,
    « tweet ») is no word of it.
    """
    said = _SAID.search(typed)
    if (
        said is None
        or said.start() > _SOURCE_MAX
        or "?" in typed[: said.end()]
        or not _THAT.search(said.group())
        or not _said_by_someone(typed, said, is_state)
        or _NOT_A_SOURCE.search(normal(typed[: said.start()]))
    ):
        return None
    rest = typed[said.end() :].strip(" ,:«»\"'")
    return rest if len(rest) >= _CLAIM_MIN and "?" in rest else None


# What may follow a question without asking anything: what someone said, what the asker thinks,
# what it is for, thanks (« Mon camarade dit la 34e, je veux vérifier pour ma bibliographie. »).
_ASIDE = re.compile(
    r"\b(?:dit|disent|disait|dis|says?|said|told|pense|pensent|crois|croit|think|thinks|believe|"
    r"verifier|check|verify|make sure|pour (?:mon|ma|mes|notre|nos)|for (?:my|our)|merci|thanks|thx|"
    r"c'est pour|it'?s for|due|parie\w*|bet|"
    # What the asker's group will do (« on doit se les répartir entre nous », "we need to split them").
    r"on doit|on va|faut qu'on|il faut qu'on|(?:il )?faut savoir|nous devons|je dois|jdois|we need to|"
    r"we have to|we'?re going to|i need to|i have to|"
    # The asker's state (« chu toute mélangée asteure », "I'm lost"): no second question.
    r"melangee?s?|perdue?s?|confuse?d?|embrouill\w*|mixed up|lost|chu|jsuis|je suis|"
    # The asker's setting (« on en joue une dans notre comité », "we're playing one in our sim").
    r"on (?:en )?joue|we(?:'re| are)? play\w*|"
    r"(?:notre|nos|our|mon|ma|my) (?:comite|committee|simulation|simu|sim|club|classe|class|groupe|group|"
    r"equipe|team|mun|delegation))\b"
)
# What the answer is for: the asker's work ("for my essay", « pour l'intro »).
_WORK = (
    r"(?:my|our|a|an|the (?:quiz|exam|test|essay|footnote|intro|introduction|presentation|paper|assignment|"
    r"speech|debate|class|brief|notes?)\b)"
)
_TRAVAIL = r"(?:mon|ma|mes|notre|nos|un|une|l'intro|l'introduction|le devoir|l'expose|la dissert\w*|le quiz)"
# What the asker means to do with the answer (« j'veux citer le bon paragraphe pour Cuba », « ça
# ferait une bonne ligne pour l'Inde », « jcherche pour le discours de la Malaisie »): a country it
# names is the asker's delegation, not what the question is about.
_PURPOSE = re.compile(
    r"^(?:(?:moi|mais|et|bref|genre),? )?(?:j'?veux (?!savoir|comprendre)|je veux (?!savoir|comprendre)|"
    r"on veut (?!savoir|comprendre)|we want to (?!know|understand)|"
    # (« je cherche la cote » says what is asked.)
    r"(?:j'?cherche|je cherche)(?! (?:la |le |les |l')?(?:cote|note)s?\b)|"
    r"(?:ca|ce|ça) ferait|faut que j|i (?:want|need) (?:to )?(?:quote|cite|use|put)|"
    # "I need the date for a footnote", « j'ai besoin de la date pour l'intro »: what the answer is for.
    # (Not "I need the ones in the African group", « … pour la Conférence de Durban aussi »: more asked.)
    rf"i (?:need|want) (?:it|this|that|them|the (?!ones?\b)\w+(?: \w+)?) for {_WORK}|"
    rf"(?:it'?s|this is|that'?s) for {_WORK}|"
    rf"j'ai besoin (?:de |d')(?:ca|ça|la |le |les |l')\w*(?: \w+)? pour {_TRAVAIL}|"
    # "The Cambodia delegation wants to quote it": the asker's team, whatever its country.
    r"(?:the |our |my |la |notre |ma )?(?:[\w-]+ ){0,2}(?:delegation|team|group|club|representants?)\b"
    r"[\w ]{0,20}?\b(?:wants?|needs?|would like|veut|voudrait|va) (?:to )?"
    r"(?:quote|cite|use|put|le citer|la citer|les citer|citer|utiliser)\b|"
    rf"{ASKERS_PURPOSE})"
)
_ASKS = re.compile(
    r"(?:and |et |mais |but )?(?:que|qu'|quoi|quel\w*|what|which|who|how|why|when|where|comment|pourquoi|"
    r"quand|ou|est-ce|c'est quoi|combien|did|does|do|is|are)\b"
)


# A short guess after a wh-question, a number or a name: « la 55e ? », "2023?", « le 10 juillet ? »,
# « 48/131 ? »
# (not « et la France ? », a second question, nor « un chiffre ? », what is asked).
_GUESS = re.compile(
    r"^(?!(?:et|and|mais|but|ou|or)\b)(?:(?:la|le|l'|les|the|in|en)\s*)?[\w'/-]+(?: [\w'/-]+){0,2}\s*\?+$"
)
_WH = re.compile(
    r"^(?:.*\b)?(?:quel(?:le)?s?|lequel|laquelle|lesquels|lesquelles|which|what|when|quand|combien|"
    r"how many|en quelle|lors de quelle|"
    r"pendant quelle|a quelle|during which|at which|in which)\b"
)


def first_question(typed: str) -> str | None:
    """The message's opening question, when all that follows is an aside that asks nothing.

    « la Chine a voté pour ou contre ? dans le journal ils disent pour mais je veux vérifier »
    asks its first sentence; the claim after it is what the answer settles, not what it searches.
    """
    question, _, rest = typed.partition("?")
    rest = rest.strip()
    if (
        _GUESS.match(normal(rest))
        and re.search(r"\d|\b[A-ZÀ-Ý]", rest)
        and _WH.match(normal(question.strip()))
    ):
        # « c'était pendant quelle session ? la 55e ? », "which year? 2023?": the asker's guess
        # at the answer, which the answer settles.
        return f"{question.strip()} ?"
    if not question.strip() or not rest or "?" in rest or len(rest) > 2 * _CHECK_MAX:
        return None
    folded = normal(rest)
    if _ASKS.match(folded):
        return None  # « … ? what did it say »: a second question, its mark left out
    return f"{question.strip()} ?" if _ASIDE.search(folded) or purpose(rest) or glosses(rest) else None


# What someone else thinks, said or wrote, or the asker's own guess, after the question: « Lucas
# pense qu'elle a eu lieu en Afrique du Sud », « Nina parle de 2005 », « moi je pensais un par
# région », "Kim mixed it up with 78/197". A guess the answer settles: what it names (a country,
# a year, a document) is not what the question is about. (Not « je parle de la 50/4 », "I mean
# the Security Council": the asker saying what the question is about.)
_REPORTED = re.compile(
    r"\b(?:pense|pensent|pensait|pensais|crois|jcrois|croit|croient|croyait|croyais|dit|disent|disait|"
    # The asker's own doubt (« jcrois que oui mais jsuis pas sûre », "not sure tbh").
    r"(?:suis|jsuis|chuis) pas sure?|not sure|jsp|j'sais pas|je sais pas|jsais pas|chais pas|idk|"
    r"(?<!je )parle de|(?<!je )parlait de|(?:ai|avais|a) (?:juste |seulement |deja )?(?:mis|note|ecrit)|"
    r"doute|thinks|thought|says|said|believes|believed|mixed (?:it|them|that) up|had|wrote|put|guessed|"
    r"se dispute\w*|on se bat|on seche|we(?:'re| are) arguing|"
    # Someone's worry (« nos bailleurs européens s'inquiètent », "our donors are worried").
    r"s'inquiet\w*|s'en inquiet\w*|(?:is|are) worried|worry|worries|"
    # The asker's memory (« je me souviens que… », "I remember the Council recalling…").
    r"i (?:remember|recall)|je me (?:souviens|rappelle)|il me semble)\b"
)


def before_aside(typed: str) -> tuple[str, str] | None:
    """The message through its last question mark, and the aside after it, when that asks nothing.

    « Où et quand s'est tenue la Conférence d'examen de Durban ? Lucas pense qu'elle a eu lieu en
    Afrique du Sud. », « … elle date de quand et c'est pour quels pays ? moi j'ai juste noté pays
    pauvres »: the questions, without the guess or the aside after them.
    """
    end = typed.rfind("?")
    if end <= 0:
        return None
    body, aside = typed[: end + 1].strip(), typed[end + 1 :].strip()
    folded = normal(aside)
    if not aside or len(aside) > 2 * _CHECK_MAX or _ASKS.match(folded):
        return None
    return (body, aside) if _ASIDE.search(folded) or _REPORTED.search(folded) or purpose(aside) else None


# The same purpose told in the message's last clause without a question mark before it (« la conf
# de durban c'était quelles dates déjà 😅 jle mets dans le position paper »).
_PURPOSE_CLAUSE = re.compile(
    rf"(?<=\S)[\s,;.!…]+(?=(?:{ASKERS_PURPOSE})\b|"
    r"(?:c'est|c est|cest) pour (?:mon|ma|mes|notre|nos|le|la) \w+\s*[.!]*$)",
    re.IGNORECASE,
)


def before_purpose(typed: str) -> str | None:
    """The message without what the asker will do with the answer, when it says so at its end."""
    split = before_aside(typed)
    if split is not None and purpose(split[1]):
        return split[0]
    clause = _PURPOSE_CLAUSE.search(typed)
    if clause is None or clause.start() < _CLAIM_MIN or "?" in typed[clause.end() :]:
        # (« on prépare la plaidoirie et on veut citer la fin du texte. Le tout dernier paragraphe,
        # il décide quoi ? »: the question comes after the purpose, which is no end.)
        return None
    return typed[: clause.start()]


def purpose(aside: str) -> bool:
    """Whether an aside says what the asker will do with the answer."""
    return bool(_PURPOSE.match(normal(aside.strip())))


# An aside that glosses a word (« … ? c'est l'Universal Periodic Review en anglais », "… ? EPU is
# UPR in English"): what the asker knows, asking nothing.
_GLOSSES = re.compile(
    r"^(?:(?:c'est|c|ca veut dire|soit|cad|c-a-d|i\.?e\.?|aka|it'?s|that'?s|=)\b|[\w'-]+ (?:=|is|c'est)\b)"
    r"[^?]{0,60}\b(?:en anglais|en francais|in english|in french|en espagnol|in spanish)\W*$"
)


def glosses(aside: str) -> bool:
    """Whether an aside only says what a word of the question is in another language."""
    return bool(_GLOSSES.match(normal(aside.strip())))


def asks_nothing(aside: str) -> bool:
    """Whether an aside after a question is a report, a purpose or a gloss: no question of its own."""
    return reported(aside) or purpose(aside) or glosses(aside)


def reported(aside: str) -> bool:
    """Whether an aside is what someone thinks or said, or the asker's own guess."""
    return bool(_REPORTED.search(normal(aside)))


# A symbol guessed after asking which text (« c'est laquelle ? 48/131 ? »): the answer settles it.
_WHICH_TEXT = re.compile(
    r"\b(?:laquelle|lequel|quelle (?:resolution|reso|cote)|quel (?:numero|texte|document)|which "
    r"(?:resolution|one|text|document)|what (?:number|symbol))\b"
)
_SYMBOL_GUESS = re.compile(r"^(?:la |the )?(?:[a-z]+/)*\d{1,4}/\d{1,4}\s*\?+$")


def guessed_symbol(question: str, aside: str) -> bool:
    """Whether an aside only guesses the symbol of the text a question asks for."""
    return bool(_WHICH_TEXT.search(normal(question)) and _SYMBOL_GUESS.match(normal(aside.strip())))


# Paragraphs the asker has done or holds, before the question (« on a fini les paragraphes 1 à 10,
# maintenant qui a voté contre ? », "I have OPs 20 to 25 for my part. What does OP 24 say?"):
# context, not what is asked.
_DONE_PARAGRAPHS = re.compile(
    r"\b(?:fini|finis|termin[ée]s?|fait|vu|lu|did|done|finished|covered|read|have|ai|avons|a|"
    r"my part|ma partie)\b[^.;?!]{0,30}?\b(?:op|pp|ops|pps|§|paras?|paragraph(?:e|es|s)?|alin[ée]as?)"
    r"\s*\d+(?:\s*(?:-|–|à|a|to|through)\s*\d+)?|"
    # « On a fini la partie historique. Maintenant : … ? », "we've done the preamble, now…".
    r"\b(?:fini|finis|termin[ée]s?|vu|lu|did|done|finished|covered|read)\s+(?:la |le |les |the )"
    r"(?:partie|pr[ée]ambule|dispositif|consid[ée]rants|preamble|operative part|part)\b",
    re.IGNORECASE,
)
_CONNECTOR = re.compile(r"^\s*(?:maintenant|now|mais|but|et|and|alors|so)\b[\s,:]*", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;!]\s+|,\s*(?=(?:maintenant|now|mais|but|et|and)\b)", re.IGNORECASE)


def after_done_paragraphs(typed: str) -> str | None:
    """The question after a clause saying which paragraphs the asker has done or holds, if any."""
    done = _DONE_PARAGRAPHS.search(typed)
    if done is None or "?" not in typed[done.end() :]:
        return None
    ends = list(_CLAUSE_END.finditer(typed, done.end(), typed.rindex("?")))
    return _CONNECTOR.sub("", typed[ends[0].end() :]).strip() if ends else None


def as_a_claim(answer: Answer) -> Answer:
    """A claim's answer: passages near it are no proof of it, and the frame says they are to check it.

    (The record settles a claim of a vote: « Non : la France a voté contre ».)
    """
    if answer.intent is not Intent.SEARCH:
        return answer
    return replace(answer, data={**answer.data, "affirmation": True})
