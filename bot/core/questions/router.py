"""Questions in plain French, answered only from the text, with the evidence quoted verbatim.

A deterministic router, offline: it recognises paragraph references, votes and countries,
metadata, cited documents and requests by operative verb and addressee, and sends everything else
to search. Each route is a module of ``routes`` with its patterns beside it; the table below
orders them. Every route calls the public ``Service`` use cases, so that a better analyzer or
country matching improves the answers without touching the routes. Whether the text answers a
question at all (coverage and the decline threshold) is decided in ``evidence``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.errors import UserError
from bot.core.limits import MAX_QUERY_LENGTH
from bot.core.questions.answer import Answer, Intent, Request, Route, VoteScope
from bot.core.questions.claims import (
    after_done_paragraphs,
    as_a_claim,
    asks_nothing,
    before_aside,
    before_purpose,
    claim_of,
    first_question,
    guessed_symbol,
    without_source,
)
from bot.core.questions.compound import in_parts
from bot.core.questions.elsewhere import elsewhere, set_right
from bot.core.questions.english import LITERALLY, beyond_in_english, in_french
from bot.core.questions.evidence import DECLINE_THRESHOLD, SHOWN_PASSAGES, Evidence
from bot.core.questions.identity import asker_identity
from bot.core.questions.introductions import after_introduction, introduction_names_a_subject
from bot.core.questions.normalise import generic_words, normal, one_answer
from bot.core.questions.own_country import unnamed_own_country
from bot.core.questions.places import country_unnamed
from bot.core.questions.question import question_part, read_question, strip_mentions
from bot.core.questions.referents import (
    SET_BY_CONTEXT,
    THIS_TEXT,
    names_another,
    next_country,
    points_at_context,
    points_back,
    referent_kind,
)
from bot.core.questions.routes.authors import AuthorsRoute
from bot.core.questions.routes.citations import CitationsRoute
from bot.core.questions.routes.document import DocumentRoute
from bot.core.questions.routes.follow_up import FollowUpRoute
from bot.core.questions.routes.metadata import MetadataRoute, facts_beside_a_vote
from bot.core.questions.routes.metadata_said import corrected_vote
from bot.core.questions.routes.opening import OpeningRoute
from bot.core.questions.routes.outside import OutsideRoute
from bot.core.questions.routes.paragraph import ParagraphRoute
from bot.core.questions.routes.requests import RequestsRoute, names_addressee
from bot.core.questions.routes.search import SearchRoute
from bot.core.questions.routes.vote import VoteRoute
from bot.core.questions.routes.vote_words import CLAUSES, SENTENCES
from bot.core.questions.routes.word import WordRoute
from bot.core.questions.specifics import gaps
from bot.core.questions.spelling import mend
from bot.core.search.index import Hit
from bot.core.service import Service
from bot.core.text.french import fold
from bot.core.text.models import Paragraph

# Declines of a route that reads a question one way (a request to a party) while search may find
# the passage that answers it another way.
_SEARCH_MAY_ANSWER = frozenset({"aucune_demande"})
# Search's declines for what the passages found lack: a figure, names.
_WHAT_PASSAGES_LACK = frozenset({"montant", "liste"})
# ... provided that question is about the text (« le texte dit quoi sur … »), not about the member
# (« mais c'est quoi sa politique ? » stays declined).
_OF_THE_TEXT = re.compile(
    r"\b(?:le texte|the text|la resolution|the resolution|la reso|this resolution|cette resolution|"
    r"le document|the document|(?:ca|il|elle) dit quoi|que dit (?:about|on))\b"
)


# A question read alone after its context is at most this long (the tuning batches' 162 questions
# after context were 85 characters in the median, 195 at most):
# a message is read twice at most, the second time short.
QUESTION_PART_MAX = 250
# The vote answers a date, meeting, session or agenda item asked may come with.
_WITH_FACTS = frozenset({VoteScope.COUNTRY, VoteScope.TALLY})
# « au titre du point 4 »: under an item, no title asked.
_UNDER_ITEM = re.compile(r"\bau titre d")
# A vote said of a member (« a voté », "voted"), read in a question a cited document's route declined.
_VOTED = re.compile(r"\bvot(?:e|ed|es|er|ent|ait)\b|\ba vote\b|\bvoted\b")
# ... not a vote on that document (« comment la Géorgie a voté sur le rapport ? »).
_VOTE_ON = re.compile(
    r"\bvot\w*\s+(?:on|sur|about|pour|contre|for|against)\s+(?:the |le |la |l'|les |ce |cette )"
    r"(?!(?:resolution|reso|texte|text|56/2|draft|projet)\b)"
)
# Answers that quote passages as the answer (not a vote, a fact of the document or a list).
_QUOTING = frozenset({Intent.PARAGRAPH, Intent.SEARCH, Intent.CITATIONS})
# A vote asked, of the asker's country (« mon pays s'est abstenu ? », "did we vote yes?").
_VOTE_ASKED = re.compile(
    r"\bvot\w*|\babsten\w*|\babstain\w*|\bin favou?r\b|\bpour ou contre\b|"
    r"\bquel camp\b|\bwhich (?:camp|side)\b|\b(?:quel|which|what|notre|our) (?:regional )?(?:groupe|group)\b"
)


class QuestionAnswerer:
    """Route a question to the use case that answers it, and decide whether it is answered."""

    def __init__(self, service: Service, threshold: float = DECLINE_THRESHOLD) -> None:
        self.service = service
        self.threshold = threshold
        self.resolution = service.resolution
        self.evidence = Evidence(service, threshold)
        self._paragraph = ParagraphRoute(self.evidence)
        self._search = SearchRoute(self.evidence)
        self._document = DocumentRoute(self.evidence)
        self._requests = RequestsRoute(self.evidence)
        self._vote = VoteRoute(self.evidence)
        # The first route that recognises a question answers it, in this order; questions of a kind
        # the text cannot answer are declined first; search takes the rest.
        self._outside = OutsideRoute(self.evidence)
        self._opening = OpeningRoute(self.evidence, self._paragraph, self._search)
        self._word = WordRoute(self.evidence)
        self.routes: tuple[Route, ...] = (
            self._outside,
            self._opening,
            self._paragraph,
            self._word,
            self._document,
            AuthorsRoute(self.evidence),
            FollowUpRoute(self.evidence),
            MetadataRoute(self.evidence),
            self._vote,
            self._requests,
            CitationsRoute(self.evidence),
        )

    def answer(self, question: str) -> Answer:
        """Answer ``question`` from the text alone; raise ``UserError`` for an empty question."""
        with one_answer():  # the presence tests' answers kept while this question is answered
            found = self._answer_whole(question)
            found = in_parts(found.question, found, self._answer_whole) or found
            return unnamed_own_country(found, self.service.votes.countries)

    def _answer_whole(self, question: str) -> Answer:
        """Answer a message as one question."""
        # Mentions carry no words of the question: they are stripped before the length check, so a
        # « @Alice » (some 20 characters of markup) costs the asker nothing, whatever the way in.
        typed = strip_mentions(question)
        if not typed:
            raise UserError("question_vide")
        if len(typed) > MAX_QUERY_LENGTH:
            raise UserError("requete_trop_longue", longueur=len(typed), maximum=MAX_QUERY_LENGTH)
        identity = asker_identity(typed, self.service.votes.countries)
        # A message may be read up to four ways (whole, its question part, without the asker's
        # clause, and that one's question part): a text read once is not read again.
        read: dict[str, Answer] = {}
        if identity is None:
            return self._answer_in_context(typed, read)
        if identity.refers_back:
            asked_after = identity.asked
            folded = normal(asked_after)
            if _VOTE_ASKED.search(folded) and not names_another(
                asked_after, folded, self.service.votes.countries
            ):
                # « Je suis sud-soudanaise, mon pays a voté pour ? », "As a Cuban delegate, how did
                # my country vote?": the asker's country's vote is asked. (Not when the question
                # names another country or group: « mon pays est dans l'UE, l'UE a voté comment ? ».)
                asked = self._answer_in_context(identity.as_subject, read)
                if asked.intent is Intent.VOTE and _informs(asked):
                    # The country's French name put first must not turn "UK here, our vote?" French.
                    return replace(asked, question=typed, lang=read_question(typed, glossed=False).lang)
            if not identity.plays or identity.names_own_country:
                return self._answer_in_context(typed, read)
        found = self._answer_in_context(typed, read)
        their_vote = identity.only_their_vote(found.intent is Intent.VOTE, found.members)
        # (« Je suis à La Réunion, … adoptée quand ? »: the asker's place, no member, is no answer.)
        place_only = identity.place and not found.answered
        if _informs(found) and (not their_vote or identity.topic) and not place_only:
            return found
        # « moi qui suis malawite, le texte a été adopté quel jour ? »: who the asker is names no
        # subject; the question is asked without it. But « Je représente la France, elle a voté
        # comment ? » asks France's vote; « je joue Cuba. Donne-moi la liste… » the list.
        alone = self._answer_in_context(identity.rest, read) if identity.rest else found
        if (identity.points_back and (their_vote or alone.intent is Intent.SEARCH)) or not (
            their_vote or _informs(alone)
        ):
            return found
        return replace(alone, question=typed)

    def _answer_in_context(self, typed: str, read: dict[str, Answer]) -> Answer:
        """Answer a message, or its question alone when sentences of context come first.

        ``read`` holds the answers to the texts already read for this message.
        """
        asked_after = after_done_paragraphs(typed)
        if asked_after:
            # « on a fini les paragraphes 1 à 10, maintenant qui a voté contre ? »: the paragraphs
            # done are context; the question after them is asked.
            alone = self._read_once(asked_after, read)
            if alone.answered:
                return replace(alone, question=typed)
        body = before_purpose(typed)
        if body is not None:
            # « y a tu qqch sur la science ? ça ferait une bonne ligne pour l'Inde »: what the asker
            # will do with the answer is no part of the question (« pour l'Inde » is no vote).
            alone = self._read_once(body, read)
            if alone.answered:
                return replace(alone, question=typed)
        found = self._read_once(typed, read)
        introduced = after_introduction(typed)
        if introduced is not None:
            # « Bonjour, je suis coordinatrice d'un réseau d'associations à Cotonou. … »: who the
            # asker is names no subject; the question after it is read alone, and its answer kept
            # unless the whole message got one as specific (a route's, not only search's).
            alone = self._answer_in_context(introduced, read)  # (its own asides too)
            # (A subject the introduction names keeps the whole's answer; a country there is the asker's.)
            specific = (found.intent is Intent.SEARCH) > (alone.intent is Intent.SEARCH) and not (
                introduction_names_a_subject(typed, introduced, self.evidence)
            )
            own = alone.answered and (alone.intent is not Intent.VOTE or bool(alone.members or alone.tallies))
            if _informs(alone) and ((not found.answered and (own or not _informs(found))) or specific):
                return replace(alone, question=typed)
        claim = claim_of(typed, self.evidence.names_a_state)
        if claim is not None and _informs(found):
            # (« Marc dit qu'on a voté contre. Le Canada a-tu vraiment voté ? »: Canada sits on no
            # seat; the claim alone, « on a voté contre », would list a camp it is not in.)
            return as_a_claim(found)
        if claim is not None:
            # « Un député a dit que la résolution invite les ONG… Vrai ou faux ? »: the claim alone.
            checked = self._read_once(claim, read)
            if checked.answered:
                return as_a_claim(replace(checked, question=typed))
        unsourced = (
            without_source(typed, self.evidence.names_a_state)
            if claim is None and not found.answered
            else None
        )
        if unsourced is not None and found.reason not in SET_BY_CONTEXT:
            # « Un communiqué dit que le texte salue… Selon la résolution, … quelles dates ? »
            checked = self._read_once(unsourced, read)
            if checked.answered:
                return as_a_claim(replace(checked, question=typed))
        opening = first_question(typed)
        after = typed.partition("?")[2]
        if (
            opening is not None
            and not found.answered
            and found.reason not in SET_BY_CONTEXT
            and (
                asks_nothing(after)
                or guessed_symbol(opening, after)
                or not self._names_a_referent(after, opening)
            )
        ):
            # « Le texte a été adopté lors de quelle séance ? Mon camarade dit la 34e. »: the aside
            # asks nothing, unless it names what the question is about (« Qui s'est abstenu ? je
            # parle de la 50/4 », « … ? au Conseil de sécurité je veux dire »).
            alone = self._read_once(opening, read)
            if alone.answered:
                return replace(alone, question=typed)
        split = before_aside(typed) if not found.answered and found.reason not in SET_BY_CONTEXT else None
        if split is not None and split[0] != opening:
            # « Où et quand s'est tenue la Conférence d'examen de Durban ? Lucas pense qu'elle a eu
            # lieu en Afrique du Sud. »: the questions without the aside; a guess names no subject.
            body, aside = split
            if asks_nothing(aside) or not self._names_a_referent(aside, body):
                alone = self._read_once(body, read)
                if alone.answered:
                    return replace(alone, question=typed)
        asked = question_part(typed)
        if (
            found.answered
            or asked is None
            # (Unless it names this text: « … en bloc au CDH. Sur la 56/2, ils ont voté comment ? »)
            or (found.reason in SET_BY_CONTEXT and not THIS_TEXT.search(normal(asked)))
            or len(asked) > QUESTION_PART_MAX
        ):
            return found
        # « Dans mon lycée certains profs disent que ça crée des tensions. Est-ce que le texte dit
        # que le mélange des cultures rassemble ? »: the sentences before the question are the
        # asker's (a debate in class, a classmate's claim) and may read as a kind the text cannot
        # answer or drown its words. The question alone is answered when the whole is not, unless
        # the context holds what the question refers to: a country, a group, a paragraph, another
        # text or session (« La DUDH date de 1948. Elle a été adoptée par combien de voix ? », « je
        # suis tombé sur l'Argentine. elle a voté quoi ? »), or the question points back to it
        # ("The seminars took place last year. Where were they held?").
        context = typed[: len(typed) - len(asked)]
        if points_back(normal(asked), normal(context)):
            return found
        referent = self._names_a_referent(context, asked)
        if referent and not (referent == "autre" and THIS_TEXT.search(normal(asked))):
            following = referent == "pays" and next_country(asked, self.service.votes.countries)
            if not following and (
                referent != "pays" or points_at_context(normal(asked)) or len(asked.split()) < 4
            ):
                return found
            # « mwen tande Cuba sous embargo… le texte parle des sanctions unilatérales ou pa ? »:
            # a country in the context is the asker's thought; a question on the text's content
            # that points at nothing before it is asked alone (not a vote: « elle a voté quoi ? »;
            # but « d'accord pour le Japon. et la Malaisie ? » is Malaysia's).
            alone = self._read_once(asked, read)
            content_answered = alone.answered and (alone.intent is Intent.SEARCH or bool(following))
            return replace(alone, question=typed) if content_answered else found
        alone = self._read_once(asked, read)
        return replace(alone, question=typed) if alone.answered else found

    def _read_once(self, typed: str, read: dict[str, Answer]) -> Answer:
        if typed not in read:
            read[typed] = self._answer(typed)
        return read[typed]

    def _names_a_referent(self, context: str, asked: str) -> str:
        return referent_kind(context, asked, self._named, self.service.votes.countries)

    def _answer(self, typed: str) -> Answer:
        """Answer a question stripped of mentions, within the length limit."""
        read = read_question(typed, glossed=False)
        mended = mend(read.typed, fold, self._knows) if read.lang == "fr" else read.typed
        if mended != read.typed:
            # « elle a été votée pdt quelle sesion ? »: the session's route, not the vote's. (Not
            # in English: "paragraphs" is one slip from « paragraphe ».)
            read = replace(read, typed=mended, q=normal(mended))
        if read.lang == "en":
            # Country names of several words are read before the gloss can split them.
            named = normal(self.service.votes.countries.named_in_french(read.typed))
            read = replace(read, q=in_french(named, self.service.index.thesaurus))
        # The title echoes the question as asked (escaped there); the routes read it cleaned.
        # English is routed and searched in its glossed words (« voted against » → « vote contre »).
        routed = read.q if read.lang == "en" else read.typed
        if read.lang == "en":
            # The kinds the text cannot answer are also read in the English as typed: the gloss
            # rewrites « what do you think », « who chairs », « follow up » into French words
            # that no longer look like an opinion, a person or another session.
            declined = self._outside.answer(routed, normal(read.typed))
            if declined is not None:
                return replace(self._named_first(declined, read.q), question=typed, lang=read.lang)
        if read.lang == "en":
            literal = self._literally(read.typed)
            if literal is not None:
                return replace(literal, question=typed, lang=read.lang)
        found = self._named_first(self._route(routed, read.q), read.q)
        found = elsewhere(found, routed, read.q, self._named(read.q), self._search) or found
        if country_unnamed(found, read.q, self.resolution, self.service.votes.countries):
            found = Answer(typed, Intent.SEARCH, False, "pays_cites", closest=self.evidence.closest(typed))
        unknown_name = found.reason == "non_membre" and not found.data.get("pays_connu")
        if read.lang == "en" and found.intent is Intent.VOTE and (found.answered or unknown_name):
            # ("time of the vote?" had read « time » as a country no member.)
            found = beyond_in_english(found, normal(read.typed))
        return replace(self._with_gaps(found, read.typed), question=typed, lang=read.lang)

    def _literally(self, english: str) -> Answer | None:
        """An English question about the text's own words, read before the gloss rewrites them.

        "which OPs start with 'Requests'?" (the gloss makes it « demande », which OP10 opens with;
        the official English « Requests » is « Prie »), "is 'sanctions' literally in the text?"
        (the gloss makes it OP8's « mesures coercitives unilatérales »).
        """
        folded = normal(english)
        opened = self._opening.answer(english, folded)
        if opened is not None:
            return opened
        word = self._word.answer(english, folded)
        if word is not None and (word.answered or LITERALLY.search(folded)):
            return word
        return None

    def _with_gaps(self, found: Answer, typed: str) -> Answer:
        """An answer quoting passages, with what the question says they say otherwise.

        Sessions, years, counts, symbols and parties (questions/specifics.py): « d'après le para
        31 le rapport est attendu à la 59e session »: OP31 is quoted, and the reply says first
        that it says « soixante-troisième session ». A footnote quoted is read with the
        paragraph calling it (« la note 2, la 2000/22 » is PP8's).
        """
        if not found.answered or found.intent not in _QUOTING:
            return found
        quoted = (*found.paragraphs, *(h.paragraph for h in found.hits))
        callers = (self.resolution.get(p.parent) for p in quoted if p.parent)
        passages = tuple(dict.fromkeys((*quoted, *(p for p in callers if p is not None))))
        found_gaps = (*set_right(found), *gaps(typed, passages))
        return replace(found, data={**found.data, "ecarts": found_gaps}) if found_gaps else found

    def _knows(self, folded: str) -> bool:
        return folded in generic_words() or self.service.index.reader.knows(folded)

    def _named_first(self, found: Answer, q: str) -> Answer:
        """Offer first, in a decline, the paragraphs the question names.

        « l'OP14 donne-t-il une définition juridique du terrorisme ? » shows OP14, not only what
        search finds nearest.
        """
        if found.answered or found.intent not in (Intent.SEARCH, Intent.CITATIONS, Intent.REQUESTS):
            return found
        named = self._named(q)
        if not named:
            return found
        offered = tuple(Hit.whole(p) for p in named.values())
        others = tuple(h for h in found.closest if h.paragraph.id not in named)
        return replace(found, closest=(offered + others)[:SHOWN_PASSAGES])

    def _route(self, typed: str, q: str) -> Answer:
        for route in self.routes:
            found = route.answer(typed, q)
            if found is None:
                continue
            if (
                not found.answered
                and found.intent is Intent.CITATIONS
                and found.reason == "hors_texte"
                and _VOTED.search(q)
                and not _VOTE_ON.search(q)
                and self.evidence.names_a_state(typed)
            ):
                # « La conférence de Durban s'est tenue à Genève, donc la Suisse a voté pour ? »:
                # a cited document named in passing, then a member's vote asked.
                voted = self._vote.answer(typed, q)
                if voted is not None:
                    return voted
            if not found.answered and found.reason in _SEARCH_MAY_ANSWER:
                # « Do charities get any role? »: no request to a party the text names, but a
                # passage may still answer in other words; the decline stands only if none does.
                searched = self._search.answer(typed, q)
                # « quelle longueur doit faire le rapport ? », "which speakers will be invited?": no
                # party read, but search finds the passages and what they lack, the truer reason.
                lacks = searched.reason in _WHAT_PASSAGES_LACK and not found.addressee
                named = names_addressee(self.resolution, found.addressee, searched.citations)
                if searched.answered and not named:
                    # « Que demande-t-elle au Comité consultatif du Conseil … ? »: passages that
                    # never name the party asked about answer another question.
                    return found
                return searched if searched.answered or lacks else found
            if found.reason == "hors_vote" and found.asked_choice is None:
                # A vote said rightly (or not at all), then a question about the text: the text
                # answers that question, if a passage covers it; else the decline stands.
                # « Cuba a voté pour, mais le texte dit quoi sur … ? »: the question proper comes
                # after « mais », "but" or a dash, the clauses the vote route read.
                later = CLAUSES.split(typed)[-1].strip()
                if later == typed or not _OF_THE_TEXT.search(normal(later)):
                    later = SENTENCES.split(typed)[-1].strip()
                if later != typed and _OF_THE_TEXT.search(normal(later)):
                    searched = self._search.answer(later, normal(later))
                    return replace(searched, question=typed) if searched.answered else found
            return self._vote_and_facts(found, typed, q)
        return self._search.answer(typed, q)

    def _vote_and_facts(self, found: Answer, typed: str, q: str) -> Answer:
        """A member's vote and the adoption's facts, when a question asks both.

        « la France a voté à quelle séance ? », "I'm Indian and our country voted on this. Which
        session was it?", « vote du Kazakhstan + c'était quel point de l'ordre du jour ? ».
        """
        if not found.answered:
            return found
        if found.intent is Intent.METADATA and _VOTED.search(q) and self.evidence.names_a_state(typed):
            voted = self._vote.answer(typed, q)
            if voted is not None and voted.answered and voted.scope is VoteScope.COUNTRY:
                # (« au titre du point 4 » asks no title.)
                asked = tuple(f for f in found.facts if not (f == "title" and _UNDER_ITEM.search(q)))
                both = replace(voted, facts=asked, data=voted.data | found.data)
                return corrected_vote(both, q, self.resolution.metadata)
        elif found.intent is Intent.VOTE and found.scope in _WITH_FACTS and not found.facts:
            return corrected_vote(replace(found, facts=facts_beside_a_vote(q)), q, self.resolution.metadata)
        return found

    def _named(self, q: str) -> dict[str, Paragraph]:
        """The paragraphs a folded question names (« §29 », « PP3 »), by id, in its order."""
        named: dict[str, Paragraph] = {}
        for reference in self._paragraph.references(q):
            try:
                named.update((p.id, p) for p in self.service.paragraphs(reference))
            except UserError:
                continue
        return named

    def references_in(self, text: str) -> list[str]:
        """Return the segment ids a text points to: ``§29``, ``PP3``, and the citers of ``70/1``.

        Front ends use it to link the references typed in a message to their paragraphs.
        """
        q = normal(text)
        ids = list(self._named(q))
        for document in self._document.named(q)[0]:
            ids.extend(document.cited_in)
        return list(dict.fromkeys(ids))

    @property
    def requests(self) -> tuple[Request, ...]:
        """Return every request clause of the operative part, in reading order."""
        return self._requests.requests

    def coverage(self, terms: list[str], paragraph: Paragraph) -> float:
        """Return the rarity-weighted share of ``terms`` that ``paragraph`` contains (0 to 1)."""
        return self.evidence.coverage(terms, paragraph)


def _informs(answer: Answer) -> bool:
    """Whether an answer states something: the text's passages, or that a country is no member."""
    return answer.answered or answer.reason == "non_membre"
