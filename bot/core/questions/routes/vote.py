"""Vote questions: a member's vote, a regional group, who voted one way, the tally."""

from __future__ import annotations

import re

from bot.core.errors import UserError
from bot.core.questions.answer import Answer, Intent, VoteScope
from bot.core.questions.delegations import members_named
from bot.core.questions.evidence import Evidence
from bot.core.questions.normalise import (
    QUESTION_WORDS,
    as_typed,
    boundary_first,
    generic_words,
    words,
    wordset,
)
from bot.core.questions.routes.vote_beyond import BEYOND, WHY
from bot.core.questions.routes.vote_counts import HOW_MANY, SCORE, TALLY, counts_a_camp
from bot.core.questions.routes.vote_groupings import (
    EU,
    EU_MEMBERS,
    EU_STATES,
    EXCEPT,
    GROUPS,
    NOT_STATES,
    OTHER_GROUPINGS,
    STATE_SETS,
    UNIONS,
    not_a_member,
)
from bot.core.text.models import MemberVote, VoteChoice
from bot.core.votes.countries import Country
from bot.core.votes.subregions import subregion_named

# A leftover longer than this is a sentence, not a country name mistyped: it is not looked up.
MAX_COUNTRY_WORDS = 4

# What a vote is on: this text (« … ? », "opposes it", « au texte »), not a subject of the text.
_THE_TEXT = (
    r"(?:-t-(?:il|elle|ils|elles))?\s*(?:[?!.,;]|$|(?:a |to )?(?:it|this|the (?:text|resolution|draft)|"
    r"le texte|la resolution|le projet|ce texte|cette resolution|celle-ci|au texte|au projet|"
    r"a la resolution)\b)"
)
_VOTE_WORDS = boundary_first(
    # (« s'abstenir de mesures coercitives », "abstaining from…": refraining, no abstention.)
    r"combien de membres|membres du conseil(?! d'administration)|\bvot(?!res?\b)|\bvoix\b|"
    r"absten(?!(?:ir|ant)\s+(?:de|d')\b|tion from\b)|"
    r"\bscrutin|unanimit|unanimously|\bmajorite|\bpour ou contre\b|\bfor or against\b|\byes (?:or|/) ?no\b|"
    r"\babstain(?!ing\s+from\b)|\bfinal resultat\b|\bresultat final\b|\btally\b|"
    r"\bconsensus\b|"
    # "Qatar and Kuwait, both in favour?" (not "in favour of debt relief": a subject).
    r"\bin favou?r\b(?!\s+of\b)|"
    # « a appuyé », « soutenu » (participles: "support" glossed as « appuyer » is no vote).
    # (« oppose(s) » of the text only: "who opposes terrorism?" asks the text, OP14.)
    rf"\bsoutenu|\bappuye(?:e|s|es)?\b|\bopposes?\b(?={_THE_TEXT})|\bs'est oppose|\bont rejete|\brejete(?!r)|"
    # « exhorte … à rejeter les doctrines » (OP7) is no vote; "who rejected it" (glossed « qui
    # rejeter ») is.
    rf"(?<!a )(?<!to )(?<!de )(?<!d')\brejeter\b(?={_THE_TEXT})|"
    rf"\bdit (?:oui|non)\b(?!\s+(?:a|au|aux)\b(?!{_THE_TEXT}|\s*(?:texte|projet|final|total)\b))|"
    rf"\bsaid (?:yes|no)\b(?!\s+to\b(?!{_THE_TEXT}))|"
    # « les Allemands, ils étaient d'accord avec le texte ? »: for it, or not.
    r"\bd'accord avec (?:le texte|la resolution|la reso|la 56/2|elle)\b|"
    # « faisait partie des pays appelés à se prononcer », "which way did X go", "how'd they split".
    r"\bappele?s? a (?:se prononcer|voter)\b|\bhow'?d they split\b|\bsplit (?:on|over)\b|"
    # « Qatar et Koweït, même camp ? », "same side or not?": their votes side by side.
    r"\bsame (?:side|camp)\b|\bmeme (?:camp|cote|bord)\b|"
    r"\b(?:pays|on etait|etaient|ont ete) (?:du|de) meme avis\b|"
    r"\bagreed? with (?:the text|the resolution|it)\b|" + SCORE
)
_CHOICES = (
    (VoteChoice.ABSTAIN, re.compile(r"absten")),
    (
        VoteChoice.AGAINST,
        re.compile(r"\bcontre\b|\boppos|\brejet|\bvot\w* (?:non|no|against)\b|\b(?:dit|said) (?:non|no)\b"),
    ),
    (
        VoteChoice.FOR,
        re.compile(
            r"\bvot\w*\s+(?:en faveur|pour|oui|yes|in favou?r)\b|\ben faveur\b|\bsoutenu|"
            r"\bappuye(?:e|s|es)?\b|\bpour\s*\?|\b(?:pour|for) (?:ou|or)\b|\b(?:dit|said) (?:oui|yes)\b"
        ),
    ),
)
_SUMMED = re.compile(r"\b(?:oui|pour|yes|for)\s*[+/]\s*(?:non|contre|no|against)\b")
# « south africa vs usa », « France et Chine ? »: names compared, nothing else asked.
_BETWEEN = wordset("vs versus v on sur et and ou or")
# Words left over around a country name in a vote question: whatever remains is the country.
# Common words that are also ISO codes (FIN, EST, SUR, PER, CAN, AND, AGO, DOM, MAR, SOM…): a
# word left over in a vote question is never read as one.
_WORDS_NOT_CODES = wordset(
    """
    fin est sur per can and ago dom mar som pol ton bel arm nor lie sud nord mon son les des une pas
    car bon top job art age tur gab tun col ben
    """
)
_TEXT_STANCE = re.compile(
    r"\b(?:le texte|la resolution|la reso|the text|the resolution) (?:est|is) (?:pour|for)\b"
)
_ONLY = re.compile(
    r"\b(?:seule?s?|seulement|uniquement|il n'y a que|only|just|unique|uniques|lone|sole)\b"
)  # « le seul pays d'Asie contre ? »
_VOTE_FILLER = wordset(
    """
    comment a t il elle ils elles ont vote votes votee voter quel quelle a-t-il a-t-elle ont-ils ete
    le la les l du de des d sur cette cet ce resolution texte pays delegation qu est-ce que qui
    s'est se sont sest etait fait son sa leur quoi au lors scrutin 56/2 dans position eu y avoir
    ones one sitting seat seats siegent siege member members
    state states etats membres conseil council total overall final draft text resolution
    pris part participe participes participe participer participants took part taking
    mise mis aux put recorded enregistre enregistree procede procedure blancs blanc nuls nul pas ou
    secret secrete bulletin nominal
    journal journaux article articles tweet post media medias presse prof pote bref wesh dit dis dire
    moi lesquelles lesquels lequel laquelle cest vrai faux exact selon un une
    go went goes get got did does do it to take took taken place lieu happen happened held
    close tight narrow serre serree large wide margin marge ecart
    """
)
# Vote and tally words: what remains after them in a vote question may be a country.
_NOT_A_COUNTRY = re.compile(
    r"^(?:pour|contre|faveur|vot\w*|absten\w*|oppos\w*|rejet\w*|adopt\w*|unanim\w*|majorit\w*|"
    r"resultats?|combien|voix|pays|membres?|decomptes?|finale?|totale?|totaux|nombre|etats?|bilan|"
    r"scrutin|soutenu\w*|appuye\w*|liste|tous|toutes|chaque|ensemble|detail|repartition|"
    r"groupes?|regionaux|regional|membre|quels|quelles|ete|\d+|conseil|droits|homme|nations|unies|onu|"
    r"cdh|compte|comptait|sieges?|combien)$"
)
# With a member named, these words alone make a vote question (« La Belgique était pour ? »).
# « la position de la France sur la coopération Sud-Sud » asks a position on a topic, not the vote.
_VOTE_HINT = re.compile(
    # « c'est pour mon exposé », « pour faire court »: a purpose, not a vote for.
    r"\bpour\b(?!\s+(?:mon|ma|mes|ton|ta|tes|notre|nos|votre|vos|un|une|des|du|moi|toi|faire|demain|ce|"
    r"cette|ces|son|sa|ses|leur|leurs|que|qu|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    # « mon exposé pour jeudi », « pour le TD »: when and what for.
    r"le td|le cours|l'exam\w*|l'oral|l'expose|la simu\w*|le debat)\b)|"
    r"\bcontre\b|absten(?!(?:ir|ant)\s+(?:de|d')\b|tion from\b)|"
    r"\bde quel cote\b|\bwhich side\b|"
    # « le Kazakhstan fait partie de quel groupe ? »: the record's regional group, with the vote.
    r"\bquel groupe\b|\bwhich (?:regional )?group\b|\bposition\b"
    r"(?!\s+(?:d[eu]s? (?:la |l'|les )?[\w-]+(?: [\w-]+)? |d'[\w-]+ |of [\w-]+ )?(?:sur|on|about) "
    r"(?!la resolution|le texte|la 56/2|this resolution|the resolution|it\b))"
)
# « la résolution est passée ? », « was it rejected? »: whether it was adopted, the tally says.
_OUTCOME = re.compile(
    r"\b(?:(?:it|the resolution|the text) (?:passed|adoptee?)|"
    r"did (?:it|the resolution|the text|the draft) pass|"
    r"(?:was|is) (?:it|the resolution|the text) "
    r"(?:passed|rejected|adopted|rejeter|adoptee?)|est passee|a ete (?:adoptee|rejetee)|rejete[e]?s?\s*\?|"
    r"rejected\s*\?)"
)
# « quelle résolution de l'AG a créé le Conseil, et quand a-t-elle été adoptée ? »: another text's
# adoption, which the passage citing it gives (PP23), not this record.
_ANOTHER_TEXT = re.compile(
    r"\b(?:assemblee generale|general assembly|quelle resolution|which resolution)\b|"
    # « la DUDH a été adoptée quand ? », "the 2030 Agenda …, when was it adopted?": a cited text.
    r"\b(?:dudh|udhr|declaration (?:universelle|et programme|de vienne|du millenaire|sur le droit)|"
    r"programme d'action|programme de developpement|agenda 2030|2030 agenda|accord de paris|"
    r"paris agreement|la charte|charte des nations|pacte international|plan d'action)\b|"
    r"(?<![\w/])(?!56/2\b)\d{1,2}/\d{1,3}(?![\w/])"
)
# What the text may do to a State, said with « pour » or "for" (« la résolution condamne la Chine
# pour… », "does it blame Russia for…"): a question about the text's content, not the vote.
_TEXT_ACTS_ON_A_STATE = re.compile(
    r"\b(?:resolution|reso|texte|text|conseil|council|it|elle)\s+(?:\w+\s+)?"
    r"(?:condamn|critiqu|accus|denonc|sanctionn|blam|felicit|remerci|condemn|criticis|criticiz|"
    r"denounc|praise|thank)\w*"
)
# « le groupe africain a voté comment, en tant que groupe ? »: a group casts no vote of its own
# (« ont-ils voté en bloc ? » is answered: its members' votes say it).
_AS_A_BLOC = re.compile(
    r"\ben tant que groupe\b|\bas a group\b|\b(?:official|common) (?:group )?position\b|"
    r"\bposition (?:officielle|commune) du groupe\b"
)
# « contre le racisme », « contre la pauvreté »: against a thing, not a vote against the text.
# Without the article too, as the English gloss reads "against racism" (« contre racisme »).
_AGAINST_SOMETHING = re.compile(
    r"\bcontre (?:le |la |les |l')(?!(?:resolution|texte|projet|56/2|celle|celui)\b)[\w-]+|"
    r"\bcontre (?!(?:resolution|adoption|motion|proposition|resolutions)\b)"
    r"[\w-]+(?:isme|ismes|tion|tions|ite|ites|ance|ances|ence|ences|ure|ures)\b"
)
# What joins two names said to have voted alike: « la Chine et la France », "China and France".
_JOINED = re.compile(r"\s*(?:,|et|and|ou|or|&)?\s*(?:la |le |les |l'|the )?\s*")
# Where a question turns to a second one: « …, mais c'est quoi … », "… but what's …", « … ; combien … ».
# The clauses of a question: after « mais », "but", a semicolon or a dash (also read, in the
# user's own case, by the router).
CLAUSES = re.compile(r"\s*(?:[,;]\s*)?\b(?:mais|but)\b|;|\s[—–-]\s", re.IGNORECASE)
# Wider: also after a sentence, « sinon », « du coup » or ", et ". Read only for a later clause that
# asks what the text says (« Cuba a voté pour. Du coup, qu'est-ce que le texte dit … ? »): any other
# second sentence may be the asker's (« je le trouve pas dans la liste »).
SENTENCES = re.compile(
    r"\s*(?:[,;]\s*)?\b(?:mais|but)\b|;|\s[—–-]\s|(?<=[.?!])\s+(?=\S)|\s*\b(?:sinon|du coup)\b|"
    r",\s+(?:et|and)\s+|\.\.\.",
    re.IGNORECASE,
)
# A clause that asks what the text says, whatever vote word it holds (« contre un autre »).
_TEXT_ASKED = re.compile(
    r"\b(?:le texte|la resolution|the text|the resolution)\b[^?]{0,20}\b(?:dit|disent|says?|parle|demande|"
    r"prevoit|mention\w*|cite|talks?|speaks?|evoqu\w*|aborde\w*)\b|"
    r"\b(?:que dit|what does) (?:le texte|la resolution|the text|the resolution|it)\b|"
    # "What does the text say about …", glossed.
    r"\bque dit (?:about|on)\b"
)
_EVERY_GROUP = re.compile(
    r"\b(?:quels? groupes?|which groups?|chaque groupe|each group|par groupes?|by group|tous les groupes)\b"
)

# The text said to name something (« le texte parle de … », "does it mention …").
_TEXT_NAMES = re.compile(
    r"\b(?:parle\w*|mentionn\w*|mention\w*|cite\w*|nomme\w*|evoqu\w*|vise\w*|designe\w*|accuse\w*|"
    r"condamn\w*|critiqu\w*|names?|refers? to|talks? about|says? about|dit (?:quoi )?sur)\b"
)
# Elections, a people's vote: not the Council's recorded vote.
_ELECTIONS = re.compile(r"\b(?:elections?|electoral\w*|electeurs?|voters|suffrage)\b")


class VoteRoute:
    """Answer from the vote record: members named, a group, a choice, or the whole tally."""

    def __init__(self, evidence: Evidence) -> None:
        self.service = evidence.service
        self.resolution = evidence.resolution

    def answer(self, typed: str, q: str) -> Answer | None:
        """Return the part of the record asked about, or ``None`` if the question is not about the vote."""
        countries = members_named(typed, self.service.votes.countries)
        if countries and _TEXT_NAMES.search(q) and not (_VOTE_WORDS.search(q) or _VOTE_HINT.search(q)):
            # « le texte parle de la Chine ? », « la résolution mentionne Israël ? »: whether the
            # text names a country, which search answers (it names none), not the vote.
            return None
        if _TEXT_STANCE.search(q):
            return None  # « le texte est pour ou contre les sanctions ? »: what it says, not a vote
        if not countries and _ELECTIONS.search(q):
            return None  # « le droit des citoyens à voter lors d'élections libres »: no recorded vote
        votes = [self.service.votes.answer(country) for country in countries]
        members = [self._member(v.country) for v in votes if v.member]
        outsiders = [v for v in votes if not v.member]
        named = bool(countries) and (
            self._only_names(q, countries)
            or (
                bool(_VOTE_HINT.search(self._without_against(q, countries)))
                and not self._text_acts_on_a_state(q)
            )
        )
        outcome = _OUTCOME.search(q)
        # « ya eu cb de pays pour stp »: how many for, with no vote word.
        counted_camp = counts_a_camp(q)
        if not _VOTE_WORDS.search(q) and not outcome and not named and not counted_camp:
            return None
        record = self.resolution.vote
        asked = _choice(q)
        if not countries and outcome:
            if _ANOTHER_TEXT.search(q) and not _VOTE_WORDS.search(q):
                return None
            return Answer(typed, Intent.VOTE, True, scope=VoteScope.TALLY)
        why = bool(WHY.search(q))
        # « la Chine a voté pour, mais c'est quoi sa politique ? »: a vote named, something else asked.
        beyond = not why and (bool(BEYOND.search(q)) or self._asks_more(q))
        # The choice said of the first member, not of another named after it (« why did Chile vote
        # yes when Argentina abstained? » says nothing wrong of Chile).
        premise = self._asked_of(q, countries) if members else None
        if why or beyond:
            # The record says how members voted, never why nor anything else: decline, and show
            # what it does say. « Pourquoi le Maroc a-t-il voté contre ? », « l'Argentine s'est
            # abstenue pour protester ? » when it voted otherwise: the premise is wrong, and the
            # decline says so first (of the first member named: « the US embargo » is no vote).
            reason = "motifs" if why else "hors_vote"
            return Answer(
                typed,
                Intent.VOTE,
                False,
                reason,
                scope=VoteScope.COUNTRY,
                members=tuple(members),
                asked_choice=premise if premise is not None and members[0].vote != premise else None,
            )
        if members and asked is not None and (_ONLY.search(q) or EXCEPT.search(q)):
            # "the US, the only non-European no?": « Oui » would confirm the « only » (Japan too).
            return self._record(typed, q, asked)
        if members:
            # « l'Espagne a voté comme la France ? »: the members' votes, and the others named as
            # outside the Council, never left unsaid.
            return Answer(
                typed,
                Intent.VOTE,
                True,
                scope=VoteScope.COUNTRY,
                members=tuple(members),
                asked_choice=asked,
                data={"non_membres": tuple(v.country for v in outsiders)} if outsiders else {},
            )
        if outsiders:  # a country without a seat on the Council in 2024: the record has no vote
            return not_a_member(typed, outsiders[0].country, data={"pays_connu": True})
        subregion = subregion_named(q)
        if subregion is not None:
            # « les pays d'Amérique du Sud » : no regional group, but its members are in the record.
            tally = self.service.votes.subregion_tally(*subregion)
            return Answer(
                typed,
                Intent.VOTE,
                True,
                scope=VoteScope.GROUP,
                tallies=(tally,),
                asked_choice=asked,
                data={"sous_region": True},
            )
        state_set = next(((name, codes) for name, codes, pattern in STATE_SETS if pattern.search(q)), None)
        if state_set is not None:  # « les pays du Golfe »: the States of the set that sat, each vote
            sitting = self._members_in(state_set[1])
            data: dict[str, object] = {"ensemble": state_set[0]}
            return Answer(typed, Intent.VOTE, True, scope=VoteScope.COUNTRY, members=sitting, data=data)
        grouping = next((name for name, pattern in OTHER_GROUPINGS if pattern.search(q)), None)
        if grouping is not None:
            # The record has no such grouping: say so, rather than the whole tally or a list.
            return not_a_member(typed, grouping, data={"regroupement": True})
        if UNIONS.search(q):
            return not_a_member(typed, "Union africaine")
        if EU.search(q) and not EXCEPT.search(q):
            if EU_MEMBERS.search(q):
                # The EU's states that sat on the Council, each with its vote.
                return Answer(
                    typed,
                    Intent.VOTE,
                    True,
                    scope=VoteScope.COUNTRY,
                    members=self._members_in(EU_STATES),
                    asked_choice=asked,
                    data={"ensemble": "Union européenne"},
                )
            # The Union itself: no seat, no vote.
            return not_a_member(typed, "Union européenne")
        groups = [code for code, pattern in GROUPS if pattern.search(q)]
        if not groups and _EVERY_GROUP.search(q):
            # « quel groupe a le plus voté pour ? », "each group": every group's tally.
            groups = [code for code, _ in GROUPS]
        if groups:
            tallies = tuple(self.service.group_vote(code) for code in groups)
            if _AS_A_BLOC.search(q):
                # A group's own vote does not exist, each member votes: say so, then its members'.
                return Answer(typed, Intent.VOTE, False, "en_bloc", scope=VoteScope.GROUP, tallies=tallies)
            return Answer(
                typed, Intent.VOTE, True, scope=VoteScope.GROUP, tallies=tallies, asked_choice=asked
            )
        if HOW_MANY.search(q) or TALLY.search(q):
            return self._record(typed, q, asked)
        candidate = _country_candidate(q)
        if EXCEPT.search(q):  # « à part les pays de l'UE »: the others, from the record
            candidate = " ".join(EU.sub(" ", candidate).split())
        leftover = re.sub(r"\b(?:l|d)'", "", candidate)
        # The EU among few leftover words (« l'UE a voté en bloc ? »); not in a longer question
        # that only mentions it (« qui a voté contre à part les pays de l'UE ? »).
        if not EXCEPT.search(q) and (
            leftover in NOT_STATES or (EU.search(leftover) and len(leftover.split()) <= 3)
        ):
            return not_a_member(typed, "Union européenne")
        if candidate in _WORDS_NOT_CODES:
            # « à la fin du texte, qui a voté contre ? »: « fin » is no FIN (« le uk », « la fra »
            # still name their country).
            candidate = ""
        if candidate and len(candidate.split()) <= MAX_COUNTRY_WORDS:
            # Not a name the index knows exactly: perhaps a typo (« Allemange »), looked up once.
            try:
                found = self.service.vote(candidate)
            except UserError as error:
                suggestions = tuple(error.data.get("suggestions", ()))
                if suggestions:  # close to a country's name: ask, never guess
                    return not_a_member(
                        typed,
                        as_typed(candidate, typed),
                        suggestions=suggestions,
                    )
                spelled = re.sub(r"^(?:l|d)['’]", "", as_typed(candidate, typed))
                if spelled[:1].isupper():
                    # A proper name that is no Council member (« la Corée », « l'UE », « la
                    # Guyane »): say it is not among the members, never answer with the tally.
                    return not_a_member(typed, spelled)
                # Words left over that name no country (« did it go to a vote »): the record.
                return self._record(typed, q, asked)
            member = next((m for m in record.members if m.country == found.country), None)
            if member is None:  # a UN member without a seat on the Council in 2024
                return not_a_member(typed, found.country, data={"pays_connu": True})
            return Answer(
                typed, Intent.VOTE, True, scope=VoteScope.COUNTRY, members=(member,), asked_choice=asked
            )
        return self._record(typed, q, asked)

    def _record(self, typed: str, q: str, asked: VoteChoice | None) -> Answer:
        """Who voted one way, or the whole tally."""
        if asked is not None and not TALLY.search(q):
            members = self.resolution.vote.by_choice(asked)
            return Answer(typed, Intent.VOTE, True, scope=VoteScope.CHOICE, choice=asked, members=members)
        return Answer(typed, Intent.VOTE, True, scope=VoteScope.TALLY)

    def _members_in(self, codes: frozenset[str]) -> tuple[MemberVote, ...]:
        countries = self.service.votes.countries
        return tuple(
            m
            for m in self.resolution.vote.members
            if (found := countries.by_name(m.country)) is not None and found.code in codes
        )

    def _member(self, name: str) -> MemberVote:
        return next(m for m in self.resolution.vote.members if m.country == name)

    @staticmethod
    def _text_acts_on_a_state(q: str) -> bool:
        """« la résolution condamne la Chine pour … ? »: « Chine pour » is no vote, unless one is named."""
        return bool(_TEXT_ACTS_ON_A_STATE.search(q)) and not _VOTE_WORDS.search(q)

    def _without_against(self, q: str, countries: list[Country]) -> str:
        """Drop « contre » before a name: « les sanctions contre Cuba » is no vote.

        Nor « la conférence contre le racisme » (« contre la résolution », « contre le texte » are).
        """
        index = self.service.votes.countries
        for country in countries:
            for key in index.keys_of(country):
                q = re.sub(rf"\bcontre\s+(?:la |le |l'|les )?{re.escape(key)}\b", " ", q)
        return _AGAINST_SOMETHING.sub(" ", q)

    def _asked_of(self, q: str, countries: list[Country]) -> VoteChoice | None:
        """Return the choice a question gives its first member, read before the next name.

        « why did Chile vote yes when Argentina abstained? » says « yes » of Chile; names joined
        (« la Chine et la France ont voté contre ») share the choice said after them.
        """
        index = self.service.votes.countries
        first = next((c for c in countries if self.service.votes.answer(c).member), countries[0])
        spans = {
            country: min(
                (
                    m.span()
                    for key in index.keys_of(country)
                    for m in re.finditer(rf"\b{re.escape(key)}\b", q)
                ),
                default=(-1, -1),
            )
            for country in countries
        }
        start, end = spans[first]
        later = sorted(s for c, (s, _) in spans.items() if c != first and s > start >= 0)
        if not later or _JOINED.fullmatch(q[end : later[0]]):
            return _choice(q)
        return _choice(q[: later[0]])

    def _asks_more(self, q: str) -> bool:
        """Whether a later clause asks about something else (« …, mais c'est quoi sa politique ? »).

        A clause with no vote word and no country, holding a word that is neither a question
        word nor a common one, is a second question: one the record does not answer.
        """
        if any(_TEXT_ASKED.search(clause) for clause in SENTENCES.split(q)[1:]):
            return True  # « Cuba a voté pour. Du coup, le texte dit quoi sur … ? »
        clauses = CLAUSES.split(q)
        if len(clauses) < 2:
            return False
        index = self.service.votes.countries
        for clause in clauses[1:]:
            if _TEXT_ASKED.search(clause):
                return True  # « …, mais le texte dit quoi sur les sanctions … contre un autre ? »
            if _VOTE_WORDS.search(clause) or _VOTE_HINT.search(clause) or index.find_in(clause):
                continue
            if any(
                w not in QUESTION_WORDS and w not in _VOTE_FILLER and w.strip("?.!,;:") not in generic_words()
                for w in words(clause)
            ):
                return True
        return False

    def _only_names(self, q: str, countries: list[Country]) -> bool:
        """Tell whether a question is little more than country names (« Et la Chine ? »)."""
        index = self.service.votes.countries
        names = {w for c in countries for key in index.keys_of(c) for w in key.split()}
        return not [
            w
            for w in words(q.replace("-", " "))
            if w not in QUESTION_WORDS and w not in names and w not in _VOTE_FILLER and w not in _BETWEEN
        ]


def _choice(q: str) -> VoteChoice | None:
    """Return the one choice a question names, if it names only one.

    « pour ou contre ? », « combien ont voté pour et contre ? » name two: they ask for the vote,
    not about one camp.
    """
    named = [choice for choice, pattern in _CHOICES if pattern.search(q)]
    # « (oui + non + abstentions) », "yes/no/abstain": the three camps summed, the total.
    return named[0] if len(named) == 1 and not _SUMMED.search(q) else None


def _country_candidate(q: str) -> str:
    """Return what is left of a vote question once its vote and question words are gone."""
    kept = [
        w
        for w in words(q)
        if w not in QUESTION_WORDS and w not in _VOTE_FILLER and not _NOT_A_COUNTRY.match(w)
    ]
    return " ".join(kept)
