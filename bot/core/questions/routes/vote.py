"""Vote questions: a member's vote, a regional group, who voted one way, the tally."""

from __future__ import annotations

import re

from bot.core.errors import UserError
from bot.core.questions.answer import Answer, Intent, VoteScope
from bot.core.questions.delegations import members_named, misspelt_follow_up
from bot.core.questions.evidence import Evidence
from bot.core.questions.normalise import QUESTION_WORDS, as_typed, words
from bot.core.questions.routes.vote_beyond import BEYOND, OF_THE_MEETING, OTHER_TEXT, OTHER_TIME, WHY
from bot.core.questions.routes.vote_clauses import DESCRIBED_STATE, asks_more, names_a_set
from bot.core.questions.routes.vote_counts import (
    HOW_MANY,
    TALLY,
    camp_counted_after,
    count_said,
    counts_a_camp,
    said_unanimous,
    tally_said_data,
)
from bot.core.questions.routes.vote_groupings import (
    EU,
    EU_MEMBERS,
    EU_STATES,
    EXCEPT,
    GROUPS,
    NOT_STATES,
    OFFICES,
    OTHER_GROUPINGS,
    STATE_SETS,
    UNIONS,
    a_group_asked,
    camp_groups,
    former_states_named,
    not_a_member,
    territories_named,
    yes_or_no_asked,
)
from bot.core.questions.routes.vote_premise import (
    asked_of,
    negated_choice,
    neither_asked,
    neither_said,
    said_choice,
)
from bot.core.questions.routes.vote_verdicts import group_verdict
from bot.core.questions.routes.vote_words import (
    AGAINST_SOMETHING,
    ALL_FROM,
    ALL_OF,
    ANOTHER_TEXT,
    AS_A_BLOC,
    AS_ONE,
    BETWEEN,
    ELECTIONS,
    EVERY_GROUP,
    LIKE,
    NAMES_A_PARAGRAPH,
    ONLY,
    OTHER_VOTES,
    OUTCOME,
    TEXT_ACTS_ON_A_STATE,
    TEXT_ASKED,
    TEXT_NAMES,
    TEXT_STANCE,
    VOTE_FILLER,
    VOTE_HINT,
    VOTE_WORDS,
    common_words,
    country_candidate,
    names_no_code,
    order_words,
)
from bot.core.text.french import fold
from bot.core.text.models import MemberVote, VoteChoice
from bot.core.votes.book import CountryVote, GroupTally
from bot.core.votes.capitals import seats_as_states
from bot.core.votes.country_types import Country
from bot.core.votes.subregions import subregion_named

_ASKS_WHAT_IT_SAYS = re.compile(r"\s*(?:que dit|que disent|qu'est-ce que (?:le texte|la resolution) dit)\b")
# "which doctrines does the text reject": what it rejects, not who voted no.
_TEXTS_IDEAS = re.compile(r"\b(?:doctrines?|idees|ideas|theories|theses|pratiques|practices)\b")
# « le GRULAC a voté comment, comme le Brésil ? »: a member named beside its group, to compare.
_LIKE_ONE = re.compile(r"\b(?:comme|like|the same as|pareil que)\b")
# « quels pays non européens ont voté contre ? »: not the group, its complement (the whole camp).
_NOT_OF_A_REGION = re.compile(
    r"\bnon[- ](?:europ\w*|afric\w*|asi\w*|occident\w*|western\w*|latin\w*|arab\w*)"
)
_A_VOTE = re.compile(r"\bvot|\bvoix\b|absten")

# A leftover longer than this is a sentence, not a country name mistyped: it is not looked up.
MAX_COUNTRY_WORDS = 4


# « … a été voté quand ? », "when was … voted": the date asked of a vote.
_WHEN_VOTED = re.compile(
    r"\b(?:vote|adopt)\w* (?:quand|en quelle annee|when)\b|\b(?:quand|when)\b[^?]{0,40}\b(?:vote|adopt)"
)


class VoteRoute:
    """Answer from the vote record: members named, a group, a choice, or the whole tally."""

    def __init__(self, evidence: Evidence) -> None:
        self.evidence = evidence
        self.service = evidence.service
        self.resolution = evidence.resolution

    def answer(self, typed: str, q: str) -> Answer | None:
        """Return the part of the record asked about, or ``None`` if the question is not about the vote."""
        countries = members_named(typed, self.service.votes.countries)
        mistyped = None if countries else misspelt_follow_up(q, self.service.votes.countries)
        if mistyped is not None:
            countries, q = [mistyped[0]], mistyped[1]
        seated = None if countries else seats_as_states(q)
        governments = members_named(seated, self.service.votes.countries) if seated is not None else []
        if seated is not None and governments:
            # « Pékin a voté pour ? », "did the Kremlin back it?": the government for its State.
            typed = q = seated
            countries = governments
        if countries and TEXT_NAMES.search(q) and not (VOTE_WORDS.search(q) or VOTE_HINT.search(q)):
            # « le texte parle de la Chine ? », « la résolution mentionne Israël ? »: whether the
            # text names a country, which search answers (it names none), not the vote.
            return None
        if TEXT_STANCE.search(q):
            return None  # « le texte est pour ou contre les sanctions ? »: what it says, not a vote
        if (_ASKS_WHAT_IT_SAYS.match(q) or _TEXTS_IDEAS.search(q)) and not _A_VOTE.search(q):
            return None  # "what does the text say we should reject" (glossed « que dit … rejeter »)
        first, mark, _ = q.partition("?")
        if mark and TEXT_ASKED.search(first) and not VOTE_WORDS.search(first):
            # "does 56/2 say anything about sanctions? thats prob why the west voted no": the
            # question is the text's; the vote after it is the asker's guess.
            return None
        if (not countries and ELECTIONS.search(q)) or OTHER_VOTES.search(q):
            # « le droit des citoyens à voter lors d'élections libres », « la France vote ses lois »:
            # no recorded vote.
            return None
        former = former_states_named(q)
        if former and len(countries) <= 1 and (VOTE_WORDS.search(q) or VOTE_HINT.search(q)):
            # "east germany vote?", « la Rhodésie a voté ? »: no such State in 2024 (not Germany).
            return not_a_member(typed, former[0])
        votes = [self.service.votes.answer(country) for country in countries]
        members = [self._member(v.country) for v in votes if v.member]
        outsiders = [v for v in votes if not v.member]
        named = bool(countries) and (
            self._only_names(q, countries)
            or (
                bool(VOTE_HINT.search(self._without_against(q, countries)))
                and not self._text_acts_on_a_state(q)
            )
        )
        outcome = OUTCOME.search(q)
        # « ya eu cb de pays pour stp »: how many for, with no vote word.
        counted_camp = counts_a_camp(q)
        grouped = a_group_asked(q, len(countries))
        # « qui n'était ni pour ni contre ? »: the abstentions; « la France n'a dit ni oui ni non ? »
        neither = neither_asked(q) or (bool(countries) and neither_said(q))
        if not (VOTE_WORDS.search(q) or outcome or named or counted_camp or grouped or neither):
            return None
        record = self.resolution.vote
        negated = negated_choice(q)
        # (« la France n'a pas voté pour ? »: its vote, with no « Oui » or « Non » on the camp.)
        # (Not beside a member named: « la France a voté contre. et pour, y en avait combien ? »
        # says France's camp; the camp counted after is no choice said of France.)
        asked = (
            None
            if negated is not None
            else ((None if countries else camp_counted_after(q)) or said_choice(q))
        )
        if not countries and ANOTHER_TEXT.search(q) and _WHEN_VOTED.search(q):
            return None  # « le plan de Buenos Aires a été voté quand ? »: a cited text's date (PP7)
        why = bool(WHY.search(q))
        if (
            not countries
            and outcome
            and not grouped
            and (not why or said_unanimous(q))
            and not OF_THE_MEETING.search(q)
        ):
            # ("why wasn't it adopted by consensus": a reason, declined below with the record; « à
            # quelle heure », "ever by consensus?": beyond it, declined likewise.)
            if ANOTHER_TEXT.search(q) and not VOTE_WORDS.search(q):
                return None
            return self._tally(typed, q)
        # « la Chine a voté pour, mais c'est quoi sa politique ? »: a vote named, something else asked.
        beyond = not why and (
            bool(BEYOND.search(q) or OF_THE_MEETING.search(q)) or asks_more(q, self.service.votes.countries)
        )
        # The choice said of the first member, not of another named after it (« why did Chile vote
        # yes when Argentina abstained? » says nothing wrong of Chile).
        premise = (
            asked_of(q, countries, self.service.votes)
            if members and not OTHER_TIME.search(q) and not OTHER_TEXT.search(q)
            else None
        )
        if not countries and not grouped and DESCRIBED_STATE.search(q) and not names_a_set(q):
            # « le pays de Big Ben et de la famille royale, il a voté comment ? »: one State, unknown.
            return Answer(typed, Intent.VOTE, False, "pays_decrit")
        if why or beyond:
            # The record says how members voted, never why nor anything else: decline, and show
            # what it does say. « Pourquoi le Maroc a-t-il voté contre ? », « l'Argentine s'est
            # abstenue pour protester ? » when it voted otherwise: the premise is wrong, and the
            # decline says so first (of the first member named: « the US embargo » is no vote).
            reason = "motifs" if why else "hors_vote"
            # « Combien ont voté contre et pourquoi ? »: the camp asked, from the record, beside.
            camp = (
                None
                if members or outsiders or asked is None or NAMES_A_PARAGRAPH.search(q)
                else (asked.value, self.resolution.vote.by_choice(asked))
            )
            return Answer(
                typed,
                Intent.VOTE,
                False,
                reason,
                scope=VoteScope.COUNTRY,
                members=tuple(members),
                asked_choice=premise if premise is not None and members[0].vote != premise else None,
                data={**self._outside_the_council(q, outsiders), **({"camp": camp} if camp else {})},
            )
        if members and not outsiders and (_LIKE_ONE.search(q) if len(members) == 1 else ALL_OF.search(q)):
            groups = [code for code, pattern in GROUPS if pattern.search(q)]
            if len(groups) == 1 and all(m.group.code == groups[0] for m in members):
                # "how did GRULAC vote? all yes like Brazil?", « tous les pays d'Amérique latine ont
                # voté pour ? Et le Brésil et le Chili ? »: the group's breakdown holds theirs.
                return self._breakdown(typed, q, asked, (self.service.group_vote(groups[0]),))
        if len(members) == 1 and LIKE.search(q):
            # « qui a voté comme la France ? »: everyone in France's camp ("who else abstained?",
            # the camp said).
            choice = asked if asked is not None else members[0].vote
            return Answer(
                typed,
                Intent.VOTE,
                True,
                scope=VoteScope.CHOICE,
                choice=choice,
                members=self.resolution.vote.by_choice(choice),
            )
        if members and asked is not None and (ONLY.search(q) or EXCEPT.search(q)):
            # "the US, the only non-European no?": « Oui » would confirm the « only » (Japan too).
            return self._record(typed, q, asked)
        if members:
            # « l'Espagne a voté comme la France ? »: the votes, those outside the Council said too. No
            # « Oui » to a choice beside one of those ("Moscow and Beijing voted yes?"), nor votes compared.
            outside = self._outside_the_council(q, outsiders)
            confirmed = yes_or_no_asked(q, members)
            said = None if "comparaison" in confirmed or (outside and members[0].vote == asked) else asked
            return Answer(
                typed,
                Intent.VOTE,
                True,
                scope=VoteScope.COUNTRY,
                members=tuple(members),
                asked_choice=said,
                data={**outside, **self._group_said(q, members), **confirmed},
            )
        if outsiders:  # a country without a seat on the Council in 2024: the record has no vote
            return not_a_member(typed, outsiders[0].country, data={"pays_connu": True})
        places = territories_named(q)
        if places:  # « le Kosovo a voté comment ? »: no State of the lists, so no vote
            return not_a_member(typed, places[0])
        if _NOT_OF_A_REGION.search(q):
            return self._record(typed, q, asked)
        subregion = subregion_named(q)
        if subregion is not None:
            # « les pays d'Amérique du Sud » : no regional group, but its members are in the record.
            tally = self.service.votes.subregion_tally(*subregion)
            return self._breakdown(typed, q, asked, (tally,), sous_region=True)
        state_set = next(((name, codes) for name, codes, pattern in STATE_SETS if pattern.search(q)), None)
        if state_set is not None and AS_ONE.search(q):
            # "Did the G7 vote as a bloc?": the set casts no vote; the record has no such grouping.
            return not_a_member(typed, state_set[0], data={"regroupement": True})
        if state_set is not None:  # « les pays du Golfe »: the States of the set that sat, each vote
            sitting = self._members_in(state_set[1])
            data: dict[str, object] = {
                "ensemble": state_set[0],
                "sans_siege": self._without_a_seat(state_set[1], sitting),
                **self._whole_camp(q, asked),
            }
            return Answer(
                typed,
                Intent.VOTE,
                True,
                scope=VoteScope.COUNTRY,
                members=sitting,
                asked_choice=asked,
                data=data,
            )
        grouping = next((name for name, pattern in OTHER_GROUPINGS if pattern.search(q)), None)
        if grouping is not None:  # no such grouping in the record: say so, not the tally or a list
            return not_a_member(typed, grouping, data={} if grouping in OFFICES else {"regroupement": True})
        if UNIONS.search(q):
            return not_a_member(typed, "Union africaine")
        # (A group asked after the Union named in the context asks the group's vote: "The EU is
        # divided on this. How did the Western European and Others Group vote?")
        if EU.search(q) and not EXCEPT.search(q) and not _group_after_the_union(q):
            if EU_MEMBERS.search(q):
                # The EU's states that sat on the Council, each with its vote.
                return Answer(
                    typed,
                    Intent.VOTE,
                    True,
                    scope=VoteScope.COUNTRY,
                    members=self._members_in(EU_STATES),
                    asked_choice=asked,
                    data={"ensemble": "Union européenne", **self._whole_camp(q, asked)},
                )
            # The Union itself: no seat, no vote.
            return not_a_member(typed, "Union européenne")
        groups = camp_groups(q, asked, self.service.group_vote) or [c for c, p in GROUPS if p.search(q)]
        if not groups and EVERY_GROUP.search(q):
            # « quel groupe a le plus voté pour ? », "each group": every group's tally.
            groups = [code for code, _ in GROUPS]
        if groups:
            tallies = tuple(self.service.group_vote(code) for code in groups)
            if AS_A_BLOC.search(q):
                # A group's own vote does not exist, each member votes: say so, then its members'.
                return Answer(typed, Intent.VOTE, False, "en_bloc", scope=VoteScope.GROUP, tallies=tallies)
            return self._breakdown(typed, q, asked, tallies)
        if negated is not None:
            return self._outside_camp(typed, negated)
        if HOW_MANY.search(q) or TALLY.search(q) or (neither and not countries):
            # (« qui n'a choisi ni oui ni non ? »: the abstentions, « choisi » no Chile.)
            return self._record(typed, q, asked)
        candidate = country_candidate(q)
        if EXCEPT.search(q):  # « à part les pays de l'UE »: the others, from the record
            candidate = " ".join(EU.sub(" ", candidate).split())
        leftover = re.sub(r"\b(?:l|d)'", "", candidate)
        # The EU among few leftover words (« l'UE a voté en bloc ? »); not in a longer question
        # that only mentions it (« qui a voté contre à part les pays de l'UE ? »).
        if not EXCEPT.search(q) and (
            leftover in NOT_STATES or (EU.search(leftover) and len(leftover.split()) <= 3)
        ):
            return not_a_member(typed, "Union européenne")
        if names_no_code(candidate, as_typed(candidate, typed)):
            # « à la fin du texte, qui a voté contre ? »: « fin » is no FIN (« le uk », « la fra »
            # still name their country).
            candidate = ""
        if candidate and len(candidate.split()) <= MAX_COUNTRY_WORDS:
            # Not a name the index knows exactly: perhaps a typo (« Allemange »), looked up once.
            try:
                found = self.service.vote(candidate)
            except UserError as error:
                candidates = tuple(error.data.get("candidats", ()))
                if candidates and not any(self._sits(name) for name in candidates):
                    # « la Corée a voté comment ? »: neither Korea sat on the Council in 2024.
                    return not_a_member(typed, as_typed(candidate, typed), data={"candidats": candidates})
                suggestions = tuple(error.data.get("suggestions", ()))
                if suggestions and order_words(candidate):
                    return self._record(typed, q, asked)  # « le dernier État qui s'est abstenu »
                spelled = as_typed(candidate, typed)
                if suggestions and common_words(spelled, self.evidence.unseen, suggestions):
                    # « c'était serré comme vote ? », « le vote a été contesté ? »: words, no typo of a
                    # name (they were offered Serbia, Korea): beyond the record.
                    return Answer(typed, Intent.VOTE, False, "hors_vote")
                if suggestions:  # close to a country's name: ask, never guess
                    return not_a_member(typed, as_typed(candidate, typed), suggestions=suggestions)
                spelled = re.sub(r"^(?:l|d)['’]", "", as_typed(candidate, typed))
                if spelled[:1].isupper() and all(w[:1].isupper() for w in spelled.split() if len(w) > 3):
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
            said = count_said(q, self.resolution.vote.totals)
            return Answer(
                typed, Intent.VOTE, True, scope=VoteScope.CHOICE, choice=asked, members=members, data=said
            )
        return self._tally(typed, q)

    def _outside_camp(self, typed: str, negated: VoteChoice) -> Answer:
        """The members who did not vote ``negated``: the other two camps, each named."""
        vote = self.resolution.vote
        others = [(c.value, vote.by_choice(c)) for c in VoteChoice if c is not negated]
        data: dict[str, object] = {"hors_camp": negated.value, "autres_camps": others}
        return Answer(typed, Intent.VOTE, True, scope=VoteScope.CHOICE, choice=negated, members=(), data=data)

    def _tally(self, typed: str, q: str) -> Answer:
        """The whole tally, after « Non » or « Oui » when the question says a count."""
        data = tally_said_data(q, self.resolution.vote.totals)
        return Answer(typed, Intent.VOTE, True, scope=VoteScope.TALLY, data=data)

    def _members_in(self, codes: frozenset[str]) -> tuple[MemberVote, ...]:
        countries = self.service.votes.countries
        return tuple(
            m
            for m in self.resolution.vote.members
            if (found := countries.by_name(m.country)) is not None and found.code in codes
        )

    def _breakdown(
        self, typed: str, q: str, asked: VoteChoice | None, tallies: tuple[GroupTally, ...], **data: object
    ) -> Answer:
        """Groups' breakdowns, with the whole camp when a group is said to have made it alone."""
        whole = self._whole_camp(q, asked)
        members = whole.get("camp_entier")
        camp = len(members) if isinstance(members, tuple) else None
        return Answer(
            typed,
            Intent.VOTE,
            True,
            scope=VoteScope.GROUP,
            tallies=tallies,
            asked_choice=asked,
            data={**data, **whole, **group_verdict(q, tallies, asked, camp)},
        )

    def _group_said(self, q: str, members: list[MemberVote]) -> dict[str, object]:
        """The regional group a question gives one member, when the record's is another.

        « la Géorgie du groupe occidental a voté contre ? »: its vote, and that it sits in Eastern
        Europe's group.
        """
        said = [code for code, pattern in GROUPS if pattern.search(q)]
        if len(members) != 1 or len(said) != 1 or members[0].group.code in said:
            return {}
        group = next((m.group for m in self.resolution.vote.members if m.group.code == said[0]), None)
        return {"groupe_dit": group.name} if group is not None else {}

    def _whole_camp(self, q: str, asked: VoteChoice | None) -> dict[str, object]:
        """Every member of the camp asked, when a question says a group alone made it.

        « seuls les occidentaux ont voté contre ? », "all 14 no votes were from WEOG?": the group's
        tally alone would leave the other seven unsaid, as if the « only » held.
        """
        if asked is None or not (ONLY.search(q) or ALL_FROM.search(q)):
            return {}
        return {"camp_entier": self.resolution.vote.by_choice(asked)}

    def _without_a_seat(self, codes: frozenset[str], sitting: tuple[MemberVote, ...]) -> tuple[str, ...]:
        """The set's States that had no seat in 2024, by name (« Royaume-Uni, Italie, Canada »)."""
        seated = {m.country for m in sitting}
        known = self.service.votes.countries.countries
        names = (known[code].name for code in codes if code in known)
        return tuple(sorted((n for n in names if n not in seated), key=fold))

    def _sits(self, name: str) -> bool:
        return any(m.country == name for m in self.resolution.vote.members)

    def _outside_the_council(self, q: str, outsiders: list[CountryVote]) -> dict[str, object]:
        """The named countries without a seat, and the places that are no State (« et le Kosovo »)."""
        data: dict[str, object] = {}
        if outsiders:
            data["non_membres"] = tuple(v.country for v in outsiders)
        places = territories_named(q)
        if places:
            data["hors_listes"] = places
        return data

    def _member(self, name: str) -> MemberVote:
        return next(m for m in self.resolution.vote.members if m.country == name)

    @staticmethod
    def _text_acts_on_a_state(q: str) -> bool:
        """« la résolution condamne la Chine pour … ? »: « Chine pour » is no vote, unless one is named."""
        return bool(TEXT_ACTS_ON_A_STATE.search(q)) and not VOTE_WORDS.search(q)

    def _without_against(self, q: str, countries: list[Country]) -> str:
        """Drop « contre » before a name: « les sanctions contre Cuba » is no vote.

        Nor « la conférence contre le racisme » (« contre la résolution », « contre le texte » are).
        """
        index = self.service.votes.countries
        for country in countries:
            for key in index.keys_of(country):
                q = re.sub(rf"\bcontre\s+(?:la |le |l'|les )?{re.escape(key)}\b", " ", q)
        return AGAINST_SOMETHING.sub(" ", q)

    def _only_names(self, q: str, countries: list[Country]) -> bool:
        """Tell whether a question is little more than country names (« Et la Chine ? »)."""
        index = self.service.votes.countries
        names = {w for c in countries for key in index.keys_of(c) for w in key.split()}
        return not [
            w
            for w in words(q.replace("-", " "))
            if w not in QUESTION_WORDS and w not in names and w not in VOTE_FILLER and w not in BETWEEN
        ]


def _group_after_the_union(q: str) -> bool:
    """Whether a group is asked in a sentence after the one naming the EU (its context)."""
    sentences = re.split(r"(?<=[.!?:])\s+", q)
    named = [i for i, sentence in enumerate(sentences) if EU.search(sentence)]
    grouped = [i for i, sentence in enumerate(sentences) if any(p.search(sentence) for _, p in GROUPS)]
    return bool(named and grouped) and max(named) < min(grouped)
