"""Questions that name paragraphs: quote them, or decline what they cannot hold (« OP31 combien ? »)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.core.errors import UserError
from bot.core.questions.answer import Answer, Intent
from bot.core.questions.evidence import SHOWN_PASSAGES, Equivalents, Evidence
from bot.core.questions.kinds import (
    asks_count,
    asks_deadline,
    asks_symbol,
    gives_date,
    gives_number,
    lacks_amount,
    lacks_date,
    lacks_year,
)
from bot.core.questions.names import PLACES_ASKED, asks_names, gives_names
from bot.core.questions.normalise import QUESTION_WORDS, content
from bot.core.questions.routes.authors import asks_authors
from bot.core.questions.routes.paragraph_checks import (
    AIMED,
    CHECKING,
    FRAGMENT,
    IMPLIES,
    MENTION,
    MENTION_FLOOR,
    QUOTED,
    REFERENCE_WORDS,
    asks_beyond_the_paragraph,
    claims_a_figure_it_lacks,
    claims_a_number,
    elaborates_a_quote,
    places_none_names,
    states_a_number,
)
from bot.core.questions.routes.paragraph_refs import ReferenceReader
from bot.core.questions.routes.search_kinds import (
    CREATES,
    DESCRIBES_STATES,
    NEW_BODY,
    WHICH_COUNTRIES,
    WITH_WHICH,
)
from bot.core.questions.routes.vote_beyond import WHY
from bot.core.questions.session_dates import asks_session_date
from bot.core.search.analyzer import analyze
from bot.core.search.index import Hit
from bot.core.text.french import fold
from bot.core.text.gates import gated
from bot.core.text.models import Paragraph

# « la fin du texte elle demande quoi ? », « au tout début, quel texte est cité ? »: its first or
# last paragraph, when what it says is asked (the vote record is at the end too: « qui a voté
# contre, à la fin du texte ? » stays a vote question).
_PLACES = (
    (
        "PP",
        0,
        re.compile(
            # (Not « tout au début de l'année 2024 », « au début de la résolution 41/128 ».)
            r"\b(?:(?:au tout|tout au) debut\b(?! d(?:e |u |es |'))|"
            r"(?:(?:au )?(?:tout )?)debut (?:du (?:texte|preambule|document)|de la (?:resolution|reso))\b"
            r"(?! (?!56/2)\d)|"
            r"(?:the )?(?:very )?beginning of the (?:text|resolution|preamble)|at the very start)"
        ),
    ),
    (
        "OP",
        0,
        re.compile(r"\bdebut du dispositif\b|\b(?:beginning|start) of the operative part\b"),
    ),
    (
        "OP",
        -1,
        re.compile(
            r"\b(?:(?:a la )?fin du (?:texte|dispositif|document)|a la toute fin|"
            r"(?:at )?the (?:very )?end of the (?:text|resolution))\b"
        ),
    ),
)
# The words that name the place, not what is asked of it.
_PLACE_WORDS = re.compile(
    r"\b(?:tout|debut|début|fin|texte|resolution|résolution|reso|preambule|préambule|document|dispositif|"
    r"very|beginning|start|end|text|preamble|operative|part|dit|disent|demande\w*|say|says|ask|asks|"
    r"contient|contain\w*|parle\w*|mentionn\w*|cite\w*|quoi|koi|y a|56/2)\b",
    re.IGNORECASE,
)
_ASKS_CONTENT = re.compile(
    r"\b(?:dit|disent|demande\w*|decide\w*|prevoi\w*|quoi|koi|say|says|ask|asks|quel\w*|what|which|"
    r"que|qu'est-ce|y a-t-il|reaffirm\w*|rappel\w*|soulign\w*|cite\w*|mentionn\w*)\b"
)
_VOTE = gated(r"\bvot|\bvoix\b|absten")
# Paragraphs counted (« combien d'alinéas de préambule… »): the last one named gives the count.
_COUNTS_PARAGRAPHS = re.compile(
    r"\b(?:combien|how many|nombre)\b[^?]{0,40}\b(?:alineas|considerants|paragraphes|paragraphs|paras)\b"
)
# What a paragraph says, asked (« En 2025, que dit l'OP8 ? »): a year or a figure beside it is context.
_ASKS_WHAT_IT_SAYS = re.compile(
    r"\b(?:que dit|que disent|dit quoi|disent quoi|parle de quoi|parlent de quoi|what does|what do|says what|"
    r"c'est quoi|il dit quoi|elle dit quoi)\b"
)

_COUNT_WORDS = re.compile(
    r"\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|seven|eight|nine|ten)\b"
)


# « Combien d'alinéas compte le préambule, avant le paragraphe 1 du dispositif ? »: a paragraph
# named as a bound of the parts counted, not quoted.
_COUNTED_UP_TO = re.compile(
    r"\b(?:combien|how many|nombre)\b[^?]{0,40}\b(?:paragraphes|alineas|considerants|paras)\b[^?]*"
    r"\b(?:avant|apres|before|after|jusqu'(?:a|au)|up to)\b"
)


# « Dans son explication de vote, la France a-t-elle contesté le paragraphe 8 ? »: what a
# delegation said of a paragraph, the debates' decline, not the paragraph.
_EXPLANATION_OF_VOTE = re.compile(
    r"\b(?:explications? de (?:son |leur )?vote|explanations? of (?:its |their )?vote|"
    r"declarations? de vote)\b"
)


# Another document's paragraph (« la Déclaration de Vienne, que dit son paragraphe 5 ? », "the
# Vienna Declaration — what does its paragraph 4 say?"): not this text's OP5, and not quoted here.
# (Not « la résolution 56/2, son paragraphe 37 », « le préambule, son paragraphe 3 », « le paragraphe
# 13 de la résolution cite quelle déclaration ? »: this text's.)
_OTHER_KINDS = (
    r"declaration|convention|pacte|covenant|agreement|accord|charte|charter|programme d'action|"
    r"programme of action|plan d'action|plan of action"
)
_ANOTHER_DOCUMENTS_PARAGRAPH = re.compile(
    rf"\b(?:{_OTHER_KINDS})\b(?![^?]*\b(?:resolution|texte|text|56/2|preambule|preamble|dispositif)\b)"
    r"[^?]{0,60}\b(?:its|son|sa|their|leur) (?:paragraphs?|paragraphes?|paras?|§|articles?)\s*\d|"
    r"\b(?:paragraphs?|paragraphes?|paras?|§)\s*\d+\s+(?:of|de|du|de la|de l') ?(?:the |la |le |l')?"
    rf"(?:(?!(?:resolution|texte|text|preambule|dispositif)\b)[\w-]+ ){{0,3}}(?:{_OTHER_KINDS})\b"
)


class ParagraphRoute:
    """Quote the segments a question names; decline a paragraph the text does not have."""

    def __init__(self, evidence: Evidence) -> None:
        self.evidence = evidence
        self.service = evidence.service
        self.resolution = evidence.resolution
        self._references = ReferenceReader(self.resolution)

    def answer(self, typed: str, q: str) -> Answer | None:
        """Return the paragraphs referred to, or ``None`` if the question names none."""
        references = self.references(q)
        references += [p for p in self._placed(typed, q) if p not in references]
        if (
            not references
            or asks_authors(q)
            or (_VOTE.search(q) and WHY.search(q))
            or _COUNTED_UP_TO.search(q)
            or _EXPLANATION_OF_VOTE.search(q)
        ):
            # « qui a rédigé l'OP8 ? »: who drafted a paragraph named is the authors' decline;
            # « ont voté contre à cause de l'OP8 ? », a reason for a vote, the vote route's.
            return None
        if _ANOTHER_DOCUMENTS_PARAGRAPH.search(q):
            return Answer(typed, Intent.SEARCH, False, "autre_document", closest=self.evidence.closest(typed))
        found: list[Paragraph] = []
        seen: set[str] = set()  # ids: comparing paragraphs field by field was quadratic in a long list
        for reference in references:
            try:
                for paragraph in self.service.paragraphs(reference):
                    if paragraph.id not in seen:
                        seen.add(paragraph.id)
                        found.append(paragraph)
            except UserError as error:
                if error.code == "paragraphe_inconnu":
                    return Answer(typed, Intent.PARAGRAPH, False, "paragraphe_inconnu", data=dict(error.data))
                # A run the parser does not read as a reference (« article 5 ») names nothing.
        if not found:
            return None
        if WHICH_COUNTRIES.search(q) and not any(
            self._names_countries(p) or (WITH_WHICH.search(q) and DESCRIBES_STATES.search(p.text))
            for p in found
        ):
            # « Le paragraphe 8 vise quels pays ? »: outside the vote, the text names no country;
            # but "OP21 … dialogue with which countries?" is answered by the kind it describes
            # (not « quels pays n'alimentent pas les fonds (§21) ? », which asks their names).
            return Answer(typed, Intent.PARAGRAPH, False, "pays_cites", closest=())
        # A paragraph named that does not answer is offered, with the reason, rather than quoted.
        offered = tuple(Hit.whole(p) for p in found[:SHOWN_PASSAGES])
        if asks_session_date(q):
            # « la soixante-troisième session de l'OP31, ça tombe en quelle année ? »: the text
            # names later sessions, never their dates.
            return Answer(typed, Intent.SEARCH, False, "date_session", closest=offered)
        if asks_symbol(q) and lacks_amount(q, [p.text for p in found]):
            # « combien de milliards l'Accord de Paris promet ? c'est dans la note 1 ? »: a note
            # named, and an amount it does not give.
            return Answer(
                typed,
                Intent.SEARCH,
                False,
                "hors_paragraphe",
                closest=offered,
                data={"ids": [p.id for p in found]},
            )
        if asks_symbol(q):
            notes = self.evidence.footnotes_of(found)
            symbol = re.search(r"\b(?:cotes?|symboles?|symbols?|document number)\b", q)
            if symbol and not notes and not any(re.search(r"\b\d+/\d+\b", p.text) for p in found):
                # « le rapport demandé au para 33 a quelle cote ? »: a report to come has none.
                named: dict[str, object] = {"ids": [p.id for p in found]}
                return Answer(typed, Intent.SEARCH, False, "hors_paragraphe", closest=offered, data=named)
            found.extend(notes)
        elif (
            not self._holds(asked := self._its_question(q), found)
            # (Names asked after the question on the paragraph are still of it: « OP34 les
            # titulaires de mandat c qui ? quels rapporteurs spéciaux ? ».)
            or not self._names_what_is_asked(typed, q, found)
            or not self._mentions_what_is_asked(asked, found)
            or elaborates_a_quote(typed, asked, [p.text for p in found])
            or asks_beyond_the_paragraph(asked, [p.text for p in found])
        ):
            # « budget des séminaires, op31 combien ? »: the paragraph named gives no amount.
            ids = [p.id for p in found]
            return Answer(typed, Intent.SEARCH, False, "hors_paragraphe", closest=offered, data={"ids": ids})
        return self._where_quoted(typed, found) or Answer(
            typed, Intent.PARAGRAPH, True, paragraphs=tuple(found)
        )

    def _where_quoted(self, typed: str, found: list[Paragraph]) -> Answer | None:
        """A phrase quoted beside one paragraph named: whether that paragraph holds it, or which does.

        « "nouvel ordre économique international" c'est dans le §7 ? »: OP5 holds it, not OP7; the
        reply says so and quotes OP5 (a quote attributed to the wrong paragraph is the worst error).
        """
        if len(found) != 1 or _OPENING_SAID.search(typed):
            return None  # (« le paragraphe 5 commence par « … » ? »: its opening, checked elsewhere)
        for match in QUOTED.finditer(typed):
            said = (match.group(1) or match.group(2)).strip(" .…")
            phrase = _folded(said)
            if len(phrase.split()) < 2:
                continue
            if phrase in _folded(found[0].text):
                rest = _folded(typed[: match.start()] + " " + typed[match.end() :])
                if _ASKED_MORE.search(rest) or _WHERE_ONLY.sub(" ", rest).strip(" ?!.,;:—–-'\"«»“”"):
                    # « que veut dire "unilatéralisme" au para 8 ? », « le para 12 'prévention des
                    # violations' — il prévoit un mécanisme d'alerte ? »: no « Oui » to give.
                    return None
                return Answer(
                    typed, Intent.PARAGRAPH, True, paragraphs=tuple(found), data={"cite_ici": {"dit": said}}
                )
            holders = tuple(p for p in self.resolution.segments if phrase in _folded(p.text))
            if holders:
                where = {"dit": said, "nomme": found[0].id, "dans": [p.id for p in holders]}
                return Answer(
                    typed, Intent.PARAGRAPH, True, paragraphs=holders[:3], data={"cite_ailleurs": where}
                )
        return None

    def _its_question(self, q: str) -> str:
        """The question of a message that names the paragraphs, when it asks another after it.

        « le para 26 parle des réfugiés ? et combien de réfugiés y a dans le monde ? »: the count
        is the second question's, not one asked of OP26 (which does name refugees).
        """
        parts = [part for part in re.split(r"(?<=\?)\s+", q) if part.strip()]
        named = [part for part in parts if self.references(part)]
        # (Only the first: « le budget c'est combien ? l'OP31 parle de ressources » asks the amount.)
        return parts[0] if len(parts) > 1 and named == parts[:1] else q

    def _names_what_is_asked(self, typed: str, q: str, found: list[Paragraph]) -> bool:
        """Whether the paragraphs can name what the question asks them to name.

        « le paragraphe 8 condamne les États-Unis ? »: a country the paragraphs never name.
        "which treaty bodies are named in OP34?", « quelles conférences le §6 salue-t-il
        exactement ? »: names asked of paragraphs that give none, only a kind of thing.
        """
        if self.evidence.names_a_country_none_names(typed, found):
            return False
        return not (asks_names(q) or PLACES_ASKED.search(q)) or gives_names((p.text for p in found), q)

    def _mentions_what_is_asked(self, q: str, found: list[Paragraph]) -> bool:
        """Whether a paragraph named holds the subject asked about (« OP28 parle des brevets ? »)."""
        if asks_deadline(q):
            # « le §33 fixe-t-il un délai ? »: the kind asked, which ``_holds`` checks (a session is one).
            return True
        asked = MENTION.search(q) or AIMED.search(q)
        fragment = None if asked else FRAGMENT.match(q)
        if fragment:
            # A bare subject (« OP37 décision finale », "OP3 summary?") is mostly what the student
            # wants of the paragraph: only two or more of its words, none of them there, say otherwise.
            terms = self._subject_terms(fragment["subject"])
            return self._covers(terms, found) > 0.0 or len(terms) < 2
        if asked is None:
            return True
        terms = self._subject_terms(asked["subject"])
        # (A subject of one word the thesaurus writes out counts: « c'est le 8 qui parle des MCU ? »
        # is OP8's; in a longer claim, its expansion would lend words the paragraph does not say.)
        given = (
            self.evidence.equivalents(content(asked["subject"]), english=False, synonyms=False)
            if len(terms) == 1
            else None
        )
        return self._covers(terms, found, given) >= MENTION_FLOOR

    def _subject_terms(self, subject: str) -> list[str]:
        # (« …, est-ce exact ? », « c'est correct ? »: the asker checking, no word of the subject.)
        # (A count said, « quatre séminaires », is no subject word: questions/specifics.py compares it.)
        words = content(_COUNT_WORDS.sub(" ", CHECKING.sub(" ", REFERENCE_WORDS.sub(" ", subject))))
        generic = self.evidence.generic(words)
        return [t for t in analyze(words) if t not in QUESTION_WORDS and t not in generic and not t.isdigit()]

    def _covers(
        self, terms: list[str], found: list[Paragraph], equivalents: Mapping[str, Equivalents] | None = None
    ) -> float:
        """The best share of a subject's ``terms`` that one of the paragraphs holds (1 when it has none)."""
        if not terms:
            return 1.0
        coverage_terms = self.evidence.paraphrases.coverage_terms
        return max(
            (
                self.evidence.covered(
                    terms,
                    self.evidence.terms[p.id],
                    equivalents=equivalents,
                    paraphrased=coverage_terms.get(p.id, frozenset()),
                )
                for p in found
                if p.id in self.evidence.terms
            ),
            default=1.0,
        )

    def _holds(self, q: str, found: list[Paragraph]) -> bool:
        """Whether the paragraphs named can hold the kind of answer asked: no amount where none is.

        (Their words are not weighed against the question's: the student chose the paragraph, and
        on the tuning batches a coverage floor lost more right answers than it won declines.)
        """
        texts = [p.text for p in found]
        if IMPLIES.search(q):
            # « le par 26 ça veut dire que les pays riches doivent payer ? », "does op5 mean
            # socialism": what a paragraph implies is the reader's reading; it is shown, not confirmed.
            return False
        if lacks_amount(q, texts):
            return False
        if NEW_BODY.search(q) and not any(CREATES.search(text) for text in texts):
            # « la durée du mandat du rapporteur spécial créé par l'OP30 ? »: it creates none.
            return False
        if places_none_names(q, texts):
            # "the OP30 seminars must be held in Geneva?": it names no place.
            return False
        if (
            claims_a_number(q, {p.id[2:] for p in found})
            and not states_a_number(texts)
            and not _ASKS_WHAT_IT_SAYS.search(q)
        ):
            # "OP22 says requests must be processed within 90 days?": it states no number.
            return False
        if claims_a_figure_it_lacks(q, texts) and not _ASKS_WHAT_IT_SAYS.search(q):
            # « para 33 : le rapport doit faire max 10 pages ? », « examinée en mars 2025 ? »
            return False
        if lacks_year(q, texts):
            # "By what year does the Council want OP9's world achieved?": it gives none.
            return False
        if lacks_date(q, texts):
            # "Para 13 mentions the Universal Declaration - when was that adopted?": undated there.
            return False
        if asks_deadline(q):
            # « avant quelle date l'OP23 … ? », « tous les combien ? »: a date, a session, a period.
            return gives_date(texts, q)
        if asks_count(q) and not _COUNTS_PARAGRAPHS.search(q):
            # « combien de pays ont fourni des vaccins selon le PP14 ? »: a count needs a number.
            # (« combien d'alinéas de préambule, et que dit le dernier ? »: the last one's number,
            # in its label, is the count.)
            return gives_number(texts, q)
        return True

    def _names_countries(self, paragraph: Paragraph) -> bool:
        return bool(self.service.votes.countries.find_in(paragraph.text))

    def references(self, q: str) -> list[str]:
        """Return the references a folded question makes, as ``Service.paragraphs`` reads them."""
        return self._references.references(q)

    def _placed(self, typed: str, q: str) -> list[str]:
        """The paragraph a place names (« tout au début », « à la fin du texte »), if it holds what is asked.

        A place is looser than a number: « au début de la résolution, quelles résolutions de l'AG
        sont rappelées ? » is PP2, which search finds; PP1 is the answer only if it holds a word of
        the question (or the question has none: « qu'y a-t-il tout au début ? »).
        """
        if _VOTE.search(q) or not _ASKS_CONTENT.search(q):
            return []
        placed = [self._references.end(kind, end) for kind, end, pattern in _PLACES if pattern.search(q)]
        if not placed:
            return []
        stripped = _PLACE_WORDS.sub(" ", content(typed).lower())
        generic = self.evidence.generic(stripped)
        terms = [t for t in analyze(stripped) if t not in QUESTION_WORDS and t not in generic]
        paragraph = self.resolution.get(placed[0])
        if terms and paragraph is not None and not self.evidence.coverage(terms, paragraph):
            return []
        return placed


_OPENING_SAID = re.compile(r"\b(?:commencen?t?|s'ouvre|debute|starts?|begins?|opens?)\b", re.IGNORECASE)
# The words of a question asking only where a phrase is (« c'est bien dans le §7 ? », "is it in
# para 29, right?"): once they are gone, nothing may be left.
_WHERE_ONLY = re.compile(
    r"\b(?:c'est|c'?|est|est-ce que|bien|dans|au|du|le|la|l'|les|des|il y a|y a|contient|ce|ca|cela|"
    r"it'?s|is it|is|it|in|the|that|there|this|contains?|right|correct|vrai|non|nan|hein|ou pas|"
    r"§|paras?|paragraphe|paragraph|op|pp|alinea|preambule|dispositif|\d+(?:e|er|eme|th)?)\b|§\s*\d+"
)
# Beside a quoted phrase, a question asking more than where it is.
_ASKED_MORE = re.compile(
    r"\b(?:quoi|que|qu'|quel\w*|lesquel\w*|comment|pourquoi|combien|veut dire|signifie|what|which|how|why|"
    r"mean\w*)\b"
)


def _folded(text: str) -> str:
    """A text folded for finding a phrase in it: no accents, case, typographic apostrophes or spacing."""
    return " ".join(fold(text).lower().replace("’", "'").replace("*", "").split())
