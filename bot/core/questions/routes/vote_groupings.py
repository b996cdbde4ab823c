"""The groupings a vote question may name: regional groups, the EU, and those the record lacks.

Kept apart from the vote route (``vote.py``) for size: the route reads these patterns, nothing else does,
and declines with ``not_a_member``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.core.questions.answer import Answer, Intent, VoteScope
from bot.core.questions.normalise import boundary_first, wordset
from bot.core.questions.routes.vote_words import EVERY_GROUP
from bot.core.text.gates import gated
from bot.core.text.models import MemberVote, VoteChoice
from bot.core.votes.book import GroupTally

# The UN regional groups, by code, as students name them.
GROUPS = (
    ("AFR", boundary_first(r"\bafri(?:que|cains?|caines?|cans?)\b(?! du sud)|\bafr\b")),
    (
        "APG",
        boundary_first(r"\basi(?:e|atiques?|a|ans?)\b|\basie[- ]pacifique\b|\basia[- ]pacific\b|\bapg\b"),
    ),
    (
        "GRULAC",
        boundary_first(
            r"\bgrulac\b|amerique latine|latino[- ]americains?|\bcaraibes\b|\blatin america\w*|\blatinos?\b"
        ),
    ),
    (
        "EEG",
        boundary_first(
            r"europe (?:de l'est|orientale)|\beeg\b|\beastern europe\w*|\best-europeens?\b|"
            r"\beurope\b(?! occ| ouest| de l'ouest)|"
            # (Not « les pays de l'est de l'Afrique », « de l'Est africain ».)
            r"\b(?:bloc|pays|camp|groupe) de l'est\b"
            r"(?! (?:de l'afrique|de l'asie|africain|asiatique|d'afrique|d'asie)\b)"
        ),
    ),
    (
        "WEOG",
        boundary_first(
            r"europe occidentale|\bweog\b|\bgeoa\b|\boccidentaux\b|\bwestern\b|\bthe west\b|\bl'occident\b|"
            r"autres etats|\b(?:groupe|bloc|camp) occidental\b|\bpays occidentaux\b|"
            r"\beurope\b(?! (?:de l'est|or))"
        ),
    ),
)
# Parties that vote nowhere in the record, typed in lower case or glossed from English (« EU »).
NOT_STATES = frozenset({"union europeenne", "ue", "eu", "european union"})
# « EU » and « UE » typed in capitals are « Union européenne » by now (read_question); lower case,
# « eu » is « avoir » (« y a-t-il eu ») and « ue » too short to trust without its article.
EU = re.compile(r"\b(?:union europeenne|european union)\b|\b(?:l'|de l'|a l')ue\b")
# The EU's member states (ISO 3166 alpha-3), as in 2024: the EU itself has no vote, but « les pays
# de l'UE au Conseil » are members the record lists one by one.
EU_STATES = wordset(
    """
    AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK
    SVN ESP SWE
    """
)
# Sets of States the record does not use but whose members it holds (« les pays du Golfe »: the
# Gulf Cooperation Council's six, three of which sat in 2024): each one's vote, as for the EU.
STATE_SETS = (
    (
        "Conseil de coopération du Golfe",
        wordset("SAU ARE KWT QAT BHR OMN"),
        re.compile(
            r"\b(?:pays du golfe|etats du golfe|monarchies du golfe|"
            r"gulf (?:states|countries|etats|pays|nations|monarchies))\b"
        ),
    ),
    # Belgium, the Netherlands and Luxembourg: all three sat in 2024.
    ("Benelux", wordset("BEL NLD LUX"), re.compile(r"\bbenelux\b")),
    # The Group of Seven, a fixed set of seven States (the EU attends without being a member).
    ("G7", wordset("CAN FRA DEU ITA JPN GBR USA"), re.compile(r"\bg ?7\b")),
    # The Security Council's permanent members, named by the Charter (Article 23).
    (
        "membres permanents du Conseil de sécurité",
        wordset("CHN FRA RUS GBR USA"),
        re.compile(
            r"\bp ?5\b|\bmembres permanents\b|\bpermanent (?:five|cinq|members)\b|\b(?:cinq|five) "
            r"(?:permanents?|membres permanents|permanent members)\b"
        ),
    ),
)
# « les pays de l'UE », "EU member states", « les Européens »: the states, not the Union.
EU_MEMBERS = re.compile(
    r"\b(?:pays|etats?|membres?|members?|countries|states|nations)\b[^?]{0,20}?"
    r"\b(?:de l'|de la |of the |in the )?(?:l'ue|union europeenne|european union)\b|"
    r"\b(?:european union|union europeenne)(?: (?:member|membres?))? "
    r"(?:countries|states|members|nations|pays|etats?|membres?)\b|\beuropeens\b"
)
# « qui a voté contre à part les pays de l'UE ? »: the others, a question for the record.
EXCEPT = re.compile(
    r"\b(?:(?<!bande )a part|en dehors d|hormis|sauf|autres? que|outre|excepte\w*|en plus d|sans compter|"
    r"besides|apart from|aside from|other than|except|excluding|not counting|in addition to)\b"
)
# The African Union is no voter either, nor the African group (the EU is read with the leftovers);
# nor any grouping the record does not use: it lists members, by regional group.
UNIONS = re.compile(r"\b(?:union africaine|african union|afrique union)\b")
OTHER_GROUPINGS = (
    ("Mouvement des pays non alignés", re.compile(r"\bnon[- ]alignes?\b|\bnon[- ]aligned\b|\bmna\b|\bnam\b")),
    ("pays nordiques", re.compile(r"\bnordi(?:ques?|c)\b|\bscandinav\w*")),
    ("pays baltes", re.compile(r"\bbaltes?\b|\bbaltic\w*")),
    ("G20", re.compile(r"\bg ?20\b")),
    ("Groupe des 77", re.compile(r"\bg ?77\b|\bgroupe? (?:des|of) (?:the )?77\b")),
    (
        "petits États insulaires en développement",
        re.compile(r"\b(?:peid|sids)\b|\bpetits? (?:etats?|pays) insulaires?\b|\bsmall island\b"),
    ),
    ("BRICS", re.compile(r"\bbrics\b")),
    ("OTAN", re.compile(r"\b(?:otan|nato)\b")),
    ("OCDE", re.compile(r"\b(?:ocde|oecd)\b")),
    (
        "Ligue des États arabes",
        re.compile(r"\bligue arabe\b|\barab league\b|ligue des etats arabes|\bmonde arabe\b|\barab world\b"),
    ),
    (
        "Organisation de la coopération islamique",
        re.compile(r"\b(?:oci|oic)\b|cooperation islamique|islamic cooperation|organi[sz]ation of islamic"),
    ),
    # Regional economic communities (« la CEDEAO », "ECOWAS"): no voters either.
    ("CEDEAO", re.compile(r"\b(?:cedeao|ecowas)\b")),
    ("SADC", re.compile(r"\bsadc\b")),
    ("CARICOM", re.compile(r"\bcaricom\b")),
    ("CELAC", re.compile(r"\bcelac\b")),
    ("ASEAN", re.compile(r"\b(?:asean|anase)\b")),
    ("Commonwealth", re.compile(r"\bcommonwealth\b")),
    ("Maghreb", re.compile(r"\bmaghreb\w*")),
    ("Five Eyes", re.compile(r"\b(?:five|cinq) eyes\b")),
    ("Quad", re.compile(r"\bthe quad\b|\ble quad\b")),
    ("Mercosur", re.compile(r"\bmercosu[rl]\b")),
    (
        "anciennes républiques soviétiques",
        re.compile(r"\bex[- ]?urss\b|\bformer soviet\b|\bpost-soviet\b|\bsovieti\w*"),
    ),
    ("Francophonie", re.compile(r"\bfrancophon\w*")),
    # The organisation itself, which has no vote (its States that sat are in STATE_SETS).
    ("Conseil de coopération du Golfe", re.compile(r"\b(?:ccg|gcc|cooperation du golfe|gulf cooperation)\b")),
    ("pays anglophones", re.compile(r"\b(?:anglophones?|english[- ]speaking)\b")),
    ("groupe des pays « like-minded »", re.compile(r"\blike[- ]?minded\b|\baux vues similaires\b")),
    (
        "Haut-Commissaire",
        re.compile(r"\b(?:haut[- ]commissaire|high commissioner|haut[- ]commissariat|ohchr)\b"),
    ),
    ("Secrétaire général", re.compile(r"\b(?:secretaire general|secretary[- ]general|secretariat)\b")),
    (
        "Groupe arabe",
        re.compile(
            r"\b(?:groupe arabe|arab group|pays arabes?|etats? arabes?|"
            r"arab (?:states?|countries|nations|etats|pays))\b"
        ),
    ),
    # Kinds of countries the text speaks of, which the record does not sort its votes by.
    (
        "pays en développement",
        re.compile(
            r"\b(?:pays en (?:voie de )?developpement|developpement pays|"
            r"developing (?:countries|states|nations))\b"
        ),
    ),
    (
        "pays les moins avancés",
        re.compile(r"\b(?:pays les moins avances|least developed (?:countries|states))\b"),
    ),
    (
        "pays développés",
        re.compile(
            r"\b(?:pays (?:developpes|riches|du nord)|developed (?:countries|states)|rich countries|"
            r"global north|nord global|northern (?:countries|states)|(?:nord|northern) pays)\b"
        ),
    ),
    ("pays du Sud", re.compile(r"\b(?:pays du sud|sud global|global south)\b")),
    (
        "pays à majorité musulmane",
        re.compile(
            r"\b(?:pays musulmans|muslim[- ]majority|muslim (?:countries|states)|a majorite musulmane)\b"
        ),
    ),
    ("démocraties", re.compile(r"\b(?:democraties|democracies)\b")),
    # Breakdowns the record does not give: by religion, income or population.
    (
        "pays à majorité catholique ou chrétienne",
        re.compile(r"\b(?:a majorite (?:catholique|chretienne)|(?:catholic|christian)[- ]majority)\b"),
    ),
    (
        "catégories de revenu",
        re.compile(
            r"\b(?:a (?:revenu|revenus) (?:eleve|faible|intermediaire)s?|(?:low|high|middle|upper)[- ]income|"
            r"pays (?:pauvres|riches) (?:qui|ont))\b"
        ),
    ),
    (
        "population",
        re.compile(
            r"\b(?:population mondiale|world(?:'s)? population|pourcentage|percentage|share of|part du|"
            r"gdp|pib)\b"
        ),
    ),
)
# Offices, not groupings of States: « le Secrétaire général est membre du Conseil ? », « le HC a
# voté pour ? » are told the office is not among the 47 members, not that votes are not grouped so.
OFFICES = frozenset({"Haut-Commissaire", "Secrétaire général"})


def not_a_member(
    typed: str, subject: str, data: dict[str, object] | None = None, suggestions: tuple[str, ...] = ()
) -> Answer:
    """Decline: ``subject`` has no vote in the record (not a member, a grouping, a misspelling)."""
    return Answer(
        typed,
        Intent.VOTE,
        False,
        "non_membre",
        scope=VoteScope.COUNTRY,
        subject=subject,
        suggestions=suggestions,
        data=data or {},
    )


# Places students name as if they voted that are no State of the record's lists (« le Kosovo »,
# « l'Écosse », "Quebec"): named as outside the Council, never passed over under a « Oui ».
TERRITORIES = tuple(
    (name, gated(pattern))
    for name, pattern in (
        ("Kosovo", r"\bkosovo\b"),
        ("Écosse", r"\becosse\b|\bscotland\b"),
        ("Angleterre", r"\bangleterre\b|\bengland\b"),
        ("Pays de Galles", r"\bpays de galles\b|\bwales\b"),
        ("Irlande du Nord", r"\birlande du nord\b|\bnorthern ireland\b"),
        ("Québec", r"\bquebec\b"),
        ("Catalogne", r"\bcatalogne\b|\bcatalonia\b"),
        ("Groenland", r"\bgroenland\b|\bgreenland\b"),
        ("Tibet", r"\btibet\b"),
        ("Porto Rico", r"\bporto rico\b|\bpuerto rico\b"),
        # « les DOM-TOM ont voté comment ? »: France's overseas departments and territories.
        (
            "Outre-mer français (DOM-TOM)",
            r"\bdom[- ]?tom\b|\bdrom(?:[- ]com)?\b|\bles dom\b|\bl'outre-mer\b|\bles outre-mer\b|"
            r"\bdepartements? d'outre-mer\b|\bterritoires? d'outre-mer\b|\bfrench overseas\b",
        ),
    )
)


def territories_named(q: str) -> tuple[str, ...]:
    """The places a folded question names that are no State of the record's lists."""
    return tuple(name for name, pattern in TERRITORIES if pattern.search(q))


# States that no longer exist (« la RDA », "Rhodesia"): no member in 2024, whatever their heirs.
FORMER_STATES = tuple(
    (name, gated(pattern))
    for name, pattern in (
        ("République démocratique allemande", r"\ballemagne de l'est\b|\beast germany\b|\brda\b|\bgdr\b"),
        ("Rhodésie", r"\brhodesi[ae]\b"),
        ("Yougoslavie", r"\byougoslavie\b|\byugoslavia\b"),
        ("Union soviétique", r"\burss\b|\bussr\b|\bunion sovietique\b|\bsoviet union\b"),
        ("Tchécoslovaquie", r"\btchecoslovaquie\b|\bczechoslovakia\b"),
        ("Zaïre", r"\bzaire\b"),
        ("Pakistan oriental", r"\bpakistan oriental\b|\beast pakistan\b"),
    )
)


def former_states_named(q: str) -> tuple[str, ...]:
    """The States a folded question names that no longer exist."""
    return tuple(name for name, pattern in FORMER_STATES if pattern.search(q))


# A regional group's seats and members, asked without a vote word (« l'Albanie est dans le
# WEOG ? », "Is Cuba in GRULAC?", « combien de pays du WEOG siègent au Conseil ? », « le groupe
# Asie-Pacifique était unanime ? »): the record's groups answer, with each member's vote.
_GROUP_FACT = re.compile(
    r"\b(?:siegent|siegeaient|sit on|sat on|(?:etait|etaient|was|were) unanimes?|(?:was|were) unanimous|"
    # « le groupe africain a voté comment, c'était unanime ? », "how did the African group vote,
    # was it unanimous?": the group's unity (its breakdown shows the Council's tally too).
    r"(?:was|were) (?:it|they|the [\w -]{2,40}?) unanimous|(?:etait|etaient)-(?:il|elle|ils|elles) unanimes?|"
    r"c'etait unanime|"
    # « le groupe africain était divisé ? », "which regional groups were split?"
    r"(?:etait|etaient|was|were|est|sont) (?:divise\w*|split|divided)|"
    # "was the african group united on this or split", "did the Latin Americans divide in the vote?"
    # (glossed « unite », « division »).
    r"(?:was|were|etait|etaient) (?:\w+ ){0,3}?(?:united|unite|unis?|unies?)\b(?=[^?]{0,30}\b(?:or|"
    r"ou) (?:split|divided|division|divise\w*))|(?:divide|division) in the vote|"
    # "how many ended up in the yes camp" (glossed « ended up in pour »).
    r"ended up (?:in|among) (?:the )?(?:pour|contre|yes|no)\b|"
    # « quel groupe a été le plus divisé ? », "which group was most split?"
    r"(?:a ete|ont ete|etait) (?:le |les )?plus divise\w*|(?:was|were) (?:the )?most (?:split|divided)|"
    # « ils ont fait quoi sur ce texte ? tous contre ou bien c'est mélangé ? »
    r"c'est (?:melange|mitige)|(?:tous|toutes|all) (?:alignes?|aligned)|alignes? entre eux|"
    r"(?:vote|voted) (?:en bloc|as a bloc|ensemble|together)|"
    # Who voted apart from the group (« un seul pays a fait bande à part », "the odd one out").
    r"bande a part|odd ones? out|broke ranks|(?:vote|voted|votent) (?:differemment|autrement|differently)|"
    r"(?:ont|a) fait quoi (?:sur|avec) (?:ce|le) texte|"
    # « ils ont fait quoi au moment de lever la main ? »: how they voted.
    r"(?:ont|a) fait quoi (?:au moment (?:de|du) (?:lever la main|vote|voter)|lors du vote|au vote)|"
    # « et le GRULAC ça donne quoi au final ? », « … tous contre ? », « ont-ils tous suivi la même
    # ligne ? »: the group's split, asked without a vote word.
    r"ca (?:a )?donn\w* quoi(?! (?:dans|sur|pour|en) )|"
    r"(?:tous|toutes|all) (?:pour|contre|abstenus?|for|against)(?=\s*\??\s*$| (?:sauf|except|a part|but)\b)|"
    r"(?:suivi|suivent|suivaient|followed|follow) (?:la meme ligne|the same line)|"
    r"(?:ont|a) fait quoi (?:sur|avec) (?:cette|la) (?:resolution|reso)|"
    # "how did GRULAC split?", « le groupe africain s'est divisé comment ? »
    r"(?:did|does|do) (?:the )?[\w-]+(?: group| states)? (?:split|divide)|s'est divise\w*|se sont divise\w*|"
    r"combien de (?:pays|etats|membres) du groupe|"
    # « ils étaient combien à siéger ? », "how many of them sat on the Council?": its seats.
    r"(?:etaient|sont|etait) combien a sieger|combien a sieger|how many of them (?:sat|sit|were)|"
    r"how many (?:countries|states|members) (?:of|from|in) the)\b|"
    # Its members asked: « les membres du GRULAC ? », « quels pays du groupe asiatique sont membres ? »,
    # "Which African countries are on the Council?" (glossed « which afrique pays are on the conseil »).
    r"\b(?:are|were|sont|etaient) (?:on|in|au|dans) (?:the |le )?conseil\b|"
    r"\b(?:sont|are|were|etaient) (?:membres?|members?)(?: du conseil| of the conseil)?\s*\??\s*$|"
    r"^\W*(?:(?:qui sont|who are|quels sont|liste des|list of) )?(?:les |the )?"
    r"(?:membres|members|pays|countries|etats|states) (?:du|de l'|des|of the|of|in the|dans le|au) "
    r"[^?]{2,40}\??\s*$|"
    r"^\W*(?:qui sont|who are) (?:les |the )?[\w-]+ (?:membres|members)\s*\??\s*$"
)
# (One country: « l'Albanie est dans le WEOG ? », « l'Algérie, groupe Afrique ou Asie ? ».)
_IN_A_GROUP = re.compile(
    # (Not where in the text: « c'est dans quel paragraphe ? ».)
    r"\b(?:(?:est|etait|is|are|sont) (?:bien )?(?:dans|in)(?! (?:quel\w*|which|what|the text|le texte|"
    r"la reso\w*|l'op|le para\w*|le preambule|the preamble)\b)|fait partie|font partie|part of|member of|"
    r"membre d[eu]|"
    r"groupe \w+ ou|(?:is|was) [\w' -]{2,30}? (?:in|dans|part of|a member of))\b|"
    # « la Lituanie est WEOG ? », "is Lithuania WEOG?": the group's code alone, after the verb.
    r"\b(?:(?:est|is|c'est)(?: bien)?(?: un pays| du| le| (?:du |le )?groupe)?|is [\w' -]{2,30}?) "
    r"(?:weog|eeg|grulac|afr|apg|apeg)\b"
)


def a_group_asked(q: str, countries: int) -> bool:
    """Whether a question asks about a regional group's members, seats or unity (at most one country)."""
    if countries > 1:
        return False
    if not any(p.search(q) for _, p in GROUPS):
        # « quel groupe était divisé ? »: every group's tally answers.
        return countries == 0 and bool(EVERY_GROUP.search(q) and _GROUP_FACT.search(q))
    return bool(_IN_A_GROUP.search(q) if countries == 1 else _GROUP_FACT.search(q))


# A member's seat asked (« la France est membre du Conseil ? », "Is Japan on the Council?",
# « le Qatar siège au Conseil ? »): « Oui » first, then its vote.
_SEAT_ASKED = re.compile(
    r"\b(?:est|sont|etait|etaient|is|are|was|were)(?:-t)?(?:-(?:il|elle|ils|elles))?\s+(?:bien\s+)?"
    r"(?:un |une |an? )?(?:(?:council|conseil|hrc) )?(?:membres?|members?)\b"
    # (Not « membre permanent », « fondateur », « de l'ONU », « du Conseil de sécurité »: no seat here.)
    r"(?!\s+(?:de l'|des |d[eu] |of the |of )?(?:onu|un\b|nations|permanent|fondateur|non[- ]permanent|elu|"
    r"observateur|founding|conseil de securite|security council))|"
    r"\bsi[eè]g\w*(?:-t-(?:il|elle|ils|elles))? (?:au|a) (?:conseil|cdh)\b|"
    r"\bsits? on the (?:council|conseil)\b|"
    r"\b(?:is|are|was|were|est|sont)\b[^?]{1,30}\bon the (?:council|conseil)\b|\bfait partie du conseil\b|"
    # ("is the US a council member?", glossed « is the etats-unis a conseil des droits de l'homme membres ».)
    r"\b(?:is|are|was|were)\b[^?]{1,30}\ban? (?:council|conseil|hrc)\b[^?]{0,25}\b(?:membres?|members?)\b"
)


def seat_asked(q: str, members: list[MemberVote]) -> dict[str, object]:
    """``{"membre_demande": True}`` when a question asks whether its one member sits on the Council."""
    return {"membre_demande": True} if len(members) == 1 and _SEAT_ASKED.search(q) else {}


# « Roumanie et Bulgarie, même vote ? », "Netherlands and Luxembourg, same vote?", « le Luxembourg a
# voté avec la Belgique ? », « Cuba et les US ont voté l'inverse ? », « ont voté différemment ? »:
# whether the members named voted alike, opposite or differently, asked yes or no. A choice read
# from the same words (« opposés » as « contre », « pour » as a preposition) gives way to it.
_SAME_ASKED = re.compile(
    r"\b(?:memes? votes?|la meme chose|pareil\w*|de la meme (?:facon|maniere)|identiques?|identiquement|"
    r"vot\w* (?:comme|avec)|kif[ -]kif|bhal bhal|menm jan|same (?:vote|votes|way|thing)|alike|"
    r"(?:voted?|votes?) (?:the same|with))\b"
)
_OPPOSITE_ASKED = re.compile(
    r"\b(?:l'inverse|a l'oppose|l'oppose|opposee?s?|en sens contraire|the opposite|"
    r"opposite(?: ways?| votes?)?)\b"
)
_DIFFERENT_ASKED = re.compile(
    r"\b(?:differemment|differently|votes? differents?|pas pareil|pas le meme vote)\b"
)
# (Not a negated question: « n'ont pas voté pareil ? » answered « Oui » would be ambiguous.)
_NEGATED = re.compile(r"\bn'(?:ont|a|avaient|avait) pas\b|\bne \w+ pas\b|\b(?:didn'?t|did not|don'?t)\b")


def comparison_asked(q: str, members: list[MemberVote]) -> dict[str, object]:
    """``{"comparaison": …}`` (« meme », « inverse », « different ») when members' votes are compared."""
    if len(members) < 2 or _NEGATED.search(q):
        return {}
    for kind, pattern in (
        ("different", _DIFFERENT_ASKED),
        ("inverse", _OPPOSITE_ASKED),
        ("meme", _SAME_ASKED),
    ):
        if pattern.search(q):
            return {"comparaison": kind}
    return {}


def yes_or_no_asked(q: str, members: list[MemberVote]) -> dict[str, object]:
    """What a members' answer confirms first: a seat, or their votes compared."""
    return {**seat_asked(q, members), **comparison_asked(q, members)}


# « les deux pays qui se sont abstenus, ils sont de quel groupe ? », "which group were the ones
# who voted no in?": the groups the camp's members sit in, not every group or one named beside.
_CAMP_GROUP = re.compile(
    r"\b(?:qui (?:se sont|s'est) abstenus?|qui (?:ont|a) vote (?:pour|contre)|who (?:abstention|voted)|"
    r"(?:the ones|those|countries|pays) (?:who|that|qui) (?:abstention|abstained|voted|ont vote|"
    r"se sont abstenus))\b[^?]{0,40}\b(?:quels? groupes?|quel groupe regional|which (?:regional )?groups?|"
    r"what (?:regional )?group)\b"
)


def camp_groups(q: str, asked: VoteChoice | None, group_vote: Callable[[str], GroupTally]) -> list[str]:
    """The codes of the groups holding the camp a folded question asks the groups of, or none."""
    if asked is None or not _CAMP_GROUP.search(q):
        return []
    return [code for code, _ in GROUPS if any(m.vote == asked for m in group_vote(code).members)]
