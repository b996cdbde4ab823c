"""The fallback route: search the text, and answer only with passages that cover the question."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.limits import MAX_LIMIT
from bot.core.questions.answer import Answer, Intent
from bot.core.questions.evidence import SHOWN_PASSAGES, Equivalents, Evidence
from bot.core.questions.kinds import (
    GROUP_STANCE,
    WHICH_OF_A_KIND,
    asks_calendar_date,
    asks_count,
    asks_deadline,
    asks_symbol,
    gives_calendar_date,
    gives_date,
    gives_number,
    lacks_amount,
    lacks_date,
    lacks_ordinal,
    lacks_rate,
    lacks_year,
)
from bot.core.questions.language import language
from bot.core.questions.names import PLACES_ASKED, asks_names, gives_names
from bot.core.questions.normalise import QUESTION_WORDS, at_most_twice, content, kept_for_the_answer, normal
from bot.core.questions.routes.search_kinds import (
    COUNTRY_KINDS,
    CREATES,
    DESCRIBES_STATES,
    DIALOGUE_WITH_WHICH,
    LANGUAGE_ASKED,
    LANGUAGE_WORD,
    LIST_OF_N,
    NEW_BODY,
    REPORT_TO_COME,
    SUPERLATIVE,
    SYMBOL_WORD,
    THIS_TEXT_CREATES,
    WHICH_COUNTRIES,
    lists,
    passages_counted,
    with_every_session,
    without_count,
)
from bot.core.questions.routes.search_phrases import EVERY, MOST_QUOTED, phrase_hits, quoted_passages
from bot.core.questions.session_dates import asks_session_date
from bot.core.questions.subjects import ARTICLES, acronym_said, asks_if_mentioned, asks_yes_or_no, subject_of
from bot.core.search.analyzer import analyze, is_stopword, term_of, tokenize
from bot.core.search.index import Hit

# How many passages are weighed for coverage (SHOWN_PASSAGES of them are shown).
WEIGHED_PASSAGES = 8
# The learned ranker (bot/core/search/ranker.py) names the paragraph a question is likeliest about.
# It is trusted only when its score places the question on that paragraph's side (above 0) and
# the paragraph holds some of the question's words, as shares of the decline threshold (one knob
# for the whole decision): RESCUE_SHARE of it to answer a question the passages search found cover
# too little, PROMOTE_SHARE to show it second among passages that do. Chosen on the tuning batches,
# each sixth held out of the ranker's training in turn (0.4 and 0.2 at the 0.65 threshold): +90
# answered, −13 declined of 3,038 and 2,258; then measured on the blind batches ZG and ZH. A
# review then showed off-text questions answered through the paraphrases alone (« les gens qui
# fuient le fisc ? » → OP26): a rescued paragraph must also hold a word of the question in its own
# text, which cost 9 of 3,147 held-out tuning answers and one blind one, and no decline.
RANKED_SCORE = 0.0
RESCUE_SHARE = 0.6
PROMOTE_SHARE = 0.3
# Search's first passage, when the ranker names it too with a high score, answers at a lower
# share of the question (two independent readings agreeing). Held out six ways on the tuning
# batches (benchmarks/paragraph_ranker.py's folds): score 0.9, share 0.3 answered 12 more of 5,143
# and declined none fewer of 4,073; score 0.6 answered 21 more and declined 4 fewer; a lower rescue
# share without agreement (0.4) answered 57 more and declined 27 fewer.
AGREE_SHARE = 0.3
# A passage the question counts (« les deux résolutions ») is shown at this share of the threshold.
COUNTED_SHARE = 0.7
AGREE_SCORE = 0.9
# Such a question weighs every passage search may return (MAX_LIMIT: the most any passage
# list holds), names all that cover it, and quotes this many, in the text's order.
EVERY_WEIGHED = MAX_LIMIT
EVERY_PASSAGE = 10
_PREAMBLE = re.compile(r"\bpreambul(?:e|aires?)\b")
# « Oui » to « le texte parle de … ? » only when a passage holds every word of it, in its own words
# (not « la dette des pays africains », which PP15 speaks of without Africa; nor « la pauvreté »,
# which the thesaurus reads in PP20's « pays les moins avancés »).
_ALL_OF_IT = 0.99
# A regional group named: « l'Europe s'est prononcée sur … » asks about it, not only the subject.
_GROUP = re.compile(r"\b(?:europ|afri|asi|amerique|occident)")
_OPERATIVE = re.compile(r"\bdispositi(?:fs?|ves?)\b")


# A question's words, terms, their thesaurus and near equivalents, and their weights.
_Weighed = tuple[str, list[str], dict[str, Equivalents], dict[str, Equivalents], dict[str, float]]


def _stream(text: str) -> list[str]:
    """The terms of ``text`` in order, articles left out, other stopwords marked « # »."""
    return [
        f"#{t.term}" if is_stopword(t) else term_of(t, text)
        for t in tokenize(text)
        if not t.whole and t.term not in ARTICLES
    ]


def _surfaces(text: str) -> dict[str, set[str]]:
    """Each index term of ``text`` with the folded words that gave it."""
    out: dict[str, set[str]] = {}
    for token in tokenize(text):
        if not token.whole and not is_stopword(token):
            out.setdefault(term_of(token, text), set()).add(token.term)
    return out


def _same_word(one: str, other: str) -> bool:
    """Two folded words of one lexeme: equal but for a plural or feminine ending, or one the other's start."""
    one, other = (re.sub(r"(?:es|s|x|e)$", "", w) for w in (one, other))
    return one.startswith(other) or other.startswith(one)


def _in_a_row(stream: list[str], asked: list[set[str]]) -> bool:
    """Whether ``stream`` holds one of each of ``asked``'s forms, one after the other."""
    return any(
        all(stream[i + k] in forms for k, forms in enumerate(asked))
        for i in range(len(stream) - len(asked) + 1)
    )


class SearchRoute:
    """Search the question's content words; decline when the best passage covers too little."""

    def __init__(self, evidence: Evidence) -> None:
        self.evidence = evidence
        self.ranker = evidence.service.ranker
        self._segments = {s.id: s for s in evidence.resolution.segments}
        # The last question weighed (its words, and what weighed made of them): the ranker's
        # paragraph is weighed with the same terms, not computed again. One entry, not a cache
        # a flood could fill.
        self._last: tuple[tuple[str, str], _Weighed | None] | None = None
        # The last question ranked, likewise: the rescue and the agreement read the same ranking.
        self._last_ranked: tuple[str, list[tuple[str, float]]] | None = None

    def answer(self, typed: str, q: str) -> Answer:
        """Return the passages that cover the question, or a decline offering the closest ones."""
        words = content(without_count(typed))
        if not words:
            return Answer(typed, Intent.SEARCH, False, "hors_texte")
        part = "tout"
        # « jsp si c'est dans le préambule ou dans le dispositif »: both parts named, both searched.
        if _PREAMBLE.search(q) and not _OPERATIVE.search(q):
            part = "preambule"
        elif _OPERATIVE.search(q) and not _PREAMBLE.search(q):
            part = "dispositif"
        every = bool(EVERY.search(q))
        threshold = self.evidence.threshold
        # The text's own words typed are listed where they stand, whatever else is asked around them.
        worded = phrase_hits(typed, q, self.evidence, part) if every else []
        scored = [(threshold, h) for h in worded] or self._weigh(
            words, q, part, EVERY_WEIGHED if every else WEIGHED_PASSAGES
        )
        if scored is None:
            return Answer(typed, Intent.SEARCH, False, "hors_texte")
        best = max((score for score, _ in scored), default=0.0)
        shown = tuple(h for _, h in scored[:SHOWN_PASSAGES])
        subject = subject_of(q)
        if best < threshold and subject and not self._names_an_actor(typed, q):
            # « jdois lister tous les paragraphes qui parlent de l'EPU, qqn a la liste ? »: the
            # words around the subject are the asker's, not the question's. Weighed alone, when no
            # country or group is named around it (« la position de la France sur … » asks hers).
            alone = self._weigh(content(subject), q, part, EVERY_WEIGHED if every else WEIGHED_PASSAGES)
            alone_best = max((score for score, _ in alone or ()), default=0.0)
            if alone and alone_best >= threshold:
                scored, best = alone, alone_best
                shown = tuple(h for _, h in scored[:SHOWN_PASSAGES])
        coverage = best
        if best < threshold:
            # « une cagnotte pour les pays sans accès à la mer ? »: the words are the student's,
            # the paragraph the ranker names (PP26) is still the answer if it holds enough of them.
            ranked = self._ranked(words, q, part, RESCUE_SHARE * threshold, rescue=True)
            if ranked is not None:
                hit, coverage = ranked
                scored, best, shown = [(threshold, hit)], threshold, (hit,)
            elif shown and best >= AGREE_SHARE * threshold and self._agreed(words, q, shown[0]):
                scored, best, shown = [(threshold, shown[0])], threshold, shown[:1]
        quoted = [] if every else quoted_passages(typed, self.evidence)
        if best < threshold and 0 < len(quoted) <= MOST_QUOTED:
            scored, best, coverage, shown = (
                [(threshold, h) for h in quoted],
                threshold,
                threshold,
                tuple(quoted),
            )
        if best < threshold:  # (« … la 63e session. Elle tombe en quel mois ? »: said why)
            why = "date_session" if asks_session_date(q) else "hors_texte"
            return Answer(typed, Intent.SEARCH, False, why, closest=shown, coverage=best)
        # Show the passages in search order, keeping only those that cover enough on their own.
        # The passages covering most of the question first (search order among equals): a passage
        # holding both « ONU » and « pandémies » before one holding only the second.
        strong_hits = tuple(h for s, h in sorted(scored, key=lambda sh: -sh[0]) if s >= threshold)
        counted = passages_counted(q)
        if (
            not every
            and counted > len(strong_hits)
            and not any(lists(h.paragraph.text, q) for h in strong_hits)
        ):
            # « les deux résolutions de l'AG de décembre 2023, lesquelles ? »: OP36 covers a little
            # less than OP35 (« rappelle également »), and is the second one asked. (Not when a
            # passage names them all: PP12's « résolutions 46/14 … et 49/25 ».)
            near = [
                h
                for s, h in sorted(scored, key=lambda sh: -sh[0])
                if COUNTED_SHARE * threshold <= s < threshold
            ]
            strong_hits = (*strong_hits, *near[: counted - len(strong_hits)])
        strong_hits = with_every_session(q, strong_hits, [h for _, h in scored])
        strong = strong_hits[:SHOWN_PASSAGES]
        if not every and coverage >= threshold:
            # Search's passages cover the question, but the ranker names another: it is shown
            # second, after the passage covering most of the question's own words (search ranks a
            # paragraph sharing the question's common words higher).
            ranked = self._ranked(words, q, part, PROMOTE_SHARE * threshold, rescue=False)
            if ranked is not None and ranked[0].paragraph.id not in {h.paragraph.id for h in strong}:
                strong = (*strong[:1], ranked[0], *strong[1 : SHOWN_PASSAGES - 1])
                strong_hits = (*strong_hits[:1], ranked[0], *strong_hits[1:])
        data: dict[str, object] = {}

        def declined(reason: str) -> Answer:
            """A question the passages found cannot answer: the reason, and the closest passages."""
            return Answer(typed, Intent.SEARCH, False, reason, closest=shown, coverage=coverage)

        if every:  # a list to copy into notes: every passage named, in the text's order
            listed = sorted(strong_hits, key=lambda h: h.paragraph.line)
            strong = tuple(listed[:EVERY_PASSAGE])
            data = {"every": tuple(h.paragraph.id for h in listed), "quoted": len(strong)}
        if asks_session_date(q):  # « la 59e session a lieu quand ? »: the text never dates one
            return declined("date_session")
        if lacks_amount(q, (h.paragraph.text for _, h in scored)):
            return declined("montant")
        if asks_count(q) and not gives_number((h.paragraph.text for h in strong_hits), q):
            return declined("montant")
        if asks_count(q) and not every:
            # « combien de rencontres régionales ? »: the passages giving the count come first
            # (OP30's « cinq régions » before OP6's « réunions … régionales », which counts none).
            counting = [h for h in strong if gives_number([h.paragraph.text], q)]
            strong = (*counting, *(h for h in strong if h not in counting))
        if lacks_rate(q, (h.paragraph.text for h in strong_hits)):
            return declined("montant")  # "how many seminars per year?": OP30 gives no rate
        list_asked = bool(LIST_OF_N.search(q))
        # (« which two GA resolutions…? »: as many passages as documents counted, one in each.)
        enumerated = list_asked and (
            any(lists(h.paragraph.text, q) for h in strong_hits) or 0 < counted <= len(strong_hits)
        )
        if list_asked and not enumerated:
            return declined("liste")
        if GROUP_STANCE.search(q) or WHICH_OF_A_KIND.search(q):
            return declined("pays_cites")  # « quels PMA ont utilisé le fonds ? »: names, not the kind
        if WHICH_COUNTRIES.search(q) and (SUPERLATIVE.search(q) or not self._names_kinds(q, strong_hits)):
            # (But « dialogue avec quels pays ? » is answered by the kind OP21 describes, as when
            # the paragraph is named.)
            described = DIALOGUE_WITH_WHICH.search(q) and DESCRIBES_STATES.search(
                strong_hits[0].paragraph.text
            )
            if not described or SUPERLATIVE.search(q):
                return declined("pays_cites")
        if self.evidence.names_a_country_none_names(typed, (h.paragraph for h in strong_hits)):
            # « est-ce que la Chine finance les fonds ? », « ce que l'EPU a recommandé à la
            # France »: outside the vote, the text names no country.
            return declined("pays_cites")
        texts = [h.paragraph.text for h in strong_hits]
        # A place is the answering passage's own: « les séminaires … dans quelles villes ? » is not
        # answered by PP9's Kampala, a passage further down the list.
        named = texts[:1] if PLACES_ASKED.search(q) and not asks_names(q) else texts
        # (A document's symbol is in the note its paragraph calls: « la cote du rapport de l'OP20 ».)
        named = [*named, *(n.text for n in self.evidence.footnotes_of([h.paragraph for h in strong_hits]))]
        if (asks_names(q) or PLACES_ASKED.search(q)) and not gives_names(named, q) and not enumerated:
            # « dans quelles villes ? », "which technologies exactly?": names the passages do not give
            # (not « their number, not the list »: the passages may count nothing).
            return replace(declined("liste"), data={"noms": True})
        # (Said of this text, a creation the preamble recalls is another text's: PP26's fund is
        # resolution 6/17's.)
        own = bool(THIS_TEXT_CREATES.search(q))
        if NEW_BODY.search(q) and not any(
            CREATES.search(h.paragraph.text) and (not own or h.paragraph.id.startswith("OP"))
            for h in strong_hits
        ):
            # "which paragraph establishes a new Special Rapporteur?": the text sets up no body.
            return declined("hors_texte")
        if lacks_year(q, texts) or lacks_ordinal(q, texts):
            # "In which year did states pledge to cooperate…?": no year in the passages found.
            return declined("hors_texte")
        if asks_deadline(q) and not gives_date(texts, q):
            # "does it give a deadline for the pandemic treaty talks?": no date, session or period
            # in the passages found.
            return declined("date")
        if asks_calendar_date(q) and not gives_calendar_date(h.paragraph.text for h in strong_hits):
            # « dates de la 59e session »: the text names the session, never its dates.
            return declined("date")
        if LANGUAGE_ASKED.search(q) and not any(LANGUAGE_WORD.search(text) for text in texts):
            # « en quelle langue les séminaires seront-ils tenus ? »: it sets no language.
            return declined("hors_texte")
        if lacks_date(q, texts):
            # « quelle est la date du premier séminaire régional ? »: the text asks for it, undated.
            return declined("date")
        asking = next((h for h in strong if h.paragraph.parent is None), strong[0])  # (no footnote)
        if (
            SYMBOL_WORD.search(q)
            and REPORT_TO_COME.search(q)
            and not self.evidence.footnotes_of([asking.paragraph])
        ):
            # « le rapport que le HC doit présenter à la 59e session, c'est quoi sa cote ? »: a
            # report to come has none (OP32's footnote is the one already presented).
            return Answer(
                typed,
                Intent.SEARCH,
                False,
                "hors_paragraphe",
                closest=(asking, *(h for h in shown if h.paragraph != asking.paragraph))[: len(shown)],
                data={"ids": [asking.paragraph.id]},
            )
        if asks_symbol(q):
            # « la cote du rapport dont le Conseil prend note ? »: the symbol is in the footnote of
            # the passage (OP32 → FN5), as the paragraph route adds it to a paragraph named.
            notes = self.evidence.footnotes_of(h.paragraph for h in strong)
            strong += tuple(Hit.whole(n) for n in notes)
        if (
            {h.paragraph.id for h in quoted} & {h.paragraph.id for h in strong}
            and asks_yes_or_no(q)
            and not data
        ):
            # « « nouvel ordre économique international », c'est bien dans la 56/2 ? »: word for word.
            data = {"oui": True}
        elif asks_if_mentioned(q) and not every:
            # « la dette ? »: « Oui », in any passage shown (« la religion »: PP27), an acronym written
            # out (« les ONG »); « la pauvreté ? », only through the thesaurus: the closest in sense.
            texts = [h.paragraph.text for h in strong]
            said = acronym_said(words, self.evidence.service.index.thesaurus, texts)
            said = said or self._in_its_words(words, q, strong)
            data = {**data, ("oui" if said else "sens"): True}
        return Answer(typed, Intent.SEARCH, True, hits=strong, coverage=coverage, data=data)

    def _in_its_words(self, words: str, q: str, hits: tuple[Hit, ...]) -> bool:
        """Whether a passage holds the question's words as typed, in a row, no synonym credited.

        In a row, articles aside, and the words between them typed as the text has them: « l'état
        de droit » is not in OP13's « chaque État a le droit », nor « la dette des pays africains »
        in PP15; « un traité sur les pandémies » is in PP14.
        """
        weighed = self.weighed(words, q)
        if weighed is None:
            return False
        asked = [set(self.evidence.variants(t)) | {t} for t in dict.fromkeys(weighed[1]) if "-" not in t]
        # Or with the words typed between them: « un traité sur les pandémies » is PP14's, « le
        # droit au développement » PP5's (from the question itself: ``words`` lost « au »).
        typed = _stream(q)
        terms = set().union(*asked) if asked else set()
        marked = [i for i, term in enumerate(typed) if term in terms]
        phrase = [
            {term} if term.startswith("#") else set(self.evidence.variants(term)) | {term}
            for term in (typed[marked[0] : marked[-1] + 1] if marked else [])
        ]
        typed_words = _surfaces(q)  # (once a question, not once a passage)
        for hit in hits:
            own = self.evidence.terms.get(hit.paragraph.id, frozenset())
            if self.evidence.covered(weighed[1], own) < _ALL_OF_IT:
                continue
            stream = _stream(hit.paragraph.text)
            in_a_row = _in_a_row(stream, asked) or (bool(phrase) and _in_a_row(stream, phrase))
            if in_a_row and self._same_words(typed_words, hit.paragraph.text, weighed[1]):
                return True
        return False

    def _same_words(self, asked: dict[str, set[str]], text: str, terms: list[str]) -> bool:
        """Whether the passage has each word of the question (``asked``, its ``_surfaces``) as such.

        Not another word of its stem: « les enseignants » and PP21's « enseignements » share one,
        not a meaning, and « Oui, le texte en parle » would be false. Plurals and feminines agree
        (« pandémies », « pandémie »).
        """
        own = _surfaces(text)
        for term in terms:
            typed = asked.get(term)
            if not typed:
                continue  # a term the question holds through the thesaurus, not as typed
            found = set().union(*(own.get(v, set()) for v in (term, *self.evidence.variants(term))))
            if not any(_same_word(a, b) for a in typed for b in found):
                return False
        return True

    def _weigh(self, words: str, q: str, part: str, limit: int) -> list[tuple[float, Hit]] | None:
        """Each passage found for ``words`` with its coverage, in search order; kept for the answer."""
        key = ("weigh", words, language(q) == "en", part, limit)  # (q weighs as English or not only)
        found = kept_for_the_answer(key, lambda: self._weigh_now(words, q, part, limit))
        return None if found is None else list(found)

    def _weigh_now(self, words: str, q: str, part: str, limit: int) -> list[tuple[float, Hit]] | None:
        weighed = self.weighed(words, q)
        if weighed is None:
            return None
        words, terms, equivalents, near, weights = weighed
        query = self.evidence.with_variants(words, terms)
        hits = self.evidence.paraphrased(terms, part, after=self.evidence.hits(query, limit, part))
        return [(self.evidence.hit_coverage(terms, h, equivalents, near, weights), h) for h in hits]

    def weighed(self, words: str, q: str) -> _Weighed | None:
        """The question's terms and what coverage credits them with, computed once a question.

        A word counts twice at most (« sanctions sanctions sanctions… » costs two words; a word
        repeated once may be the subject, and search ranks it so).
        """
        words = at_most_twice(words)
        key = (words, q)
        last = self._last  # read once: questions are answered in several threads at once
        if last is not None and last[0] == key:
            return last[1]
        generic = self.evidence.generic(words)
        terms = [t for t in analyze(words) if t not in QUESTION_WORDS and t not in generic]
        weighed: _Weighed | None = None
        if terms:
            one_word = len(set(terms)) == 1
            equivalents = self.evidence.equivalents(words, english=language(q) == "en", synonyms=one_word)
            near = self.evidence.near(words)
            weighed = (words, terms, equivalents, near, self.evidence.weights(terms, equivalents, near))
        self._last = (key, weighed)
        return weighed

    def _ranked(
        self, words: str, q: str, part: str, floor: float, *, rescue: bool
    ) -> tuple[Hit, float] | None:
        """The paragraph the ranker names first, with the share of the question it holds.

        Only if it is in the part asked, the ranker places the question on its side, and it holds
        ``floor`` of the question's words (thesaurus, near synonyms and paraphrases counted).
        """
        ranked = self._rank(q)
        if not ranked:
            return None
        (paragraph_id, score), *_ = ranked
        in_part = part == "tout" or paragraph_id.startswith("PP" if part == "preambule" else "OP")
        weighed = self.weighed(words, q) if score >= RANKED_SCORE and in_part else None
        if weighed is None:
            return None
        _, terms, equivalents, near, weights = weighed
        own = self.evidence.terms[paragraph_id]
        paraphrased = self.evidence.paraphrases.coverage_terms.get(paragraph_id, frozenset())
        covered = self.evidence.covered(
            terms, own, equivalents=equivalents, near=near, paraphrased=paraphrased, weights=weights
        )
        if covered < floor:
            return None
        # The paraphrases are what the ranker learned from: a paragraph they alone cover is the
        # ranker agreeing with itself (« les gens qui fuient le fisc ? » is no OP26). To answer a
        # question search declines, it must hold some word of the question itself (or its
        # thesaurus or near synonym); shown beside passages that answer, it need not.
        if rescue and not self._holds_a_word(weighed, paragraph_id):
            return None
        paragraph = self._segments[paragraph_id]
        return Hit.whole(paragraph), covered

    def _rank(self, q: str) -> list[tuple[str, float]]:
        """The ranker's first paragraph for ``q`` and its score, ranked once a question."""
        last = self._last_ranked  # read once: questions are answered in several threads at once
        if last is not None and last[0] == q:
            return last[1]
        ranked = self.ranker.rank(q, limit=1)
        self._last_ranked = (q, ranked)
        return ranked

    def _agreed(self, words: str, q: str, hit: Hit) -> bool:
        """Whether the ranker names search's first passage too, and it holds a word of the question."""
        ranked = self._rank(q)
        if not ranked or ranked[0][0] != hit.paragraph.id or ranked[0][1] < AGREE_SCORE:
            return False
        weighed = self.weighed(words, q)
        return (
            weighed is not None
            and hit.paragraph.id in self.evidence.terms
            and self._holds_a_word(weighed, hit.paragraph.id)
        )

    def _holds_a_word(self, weighed: _Weighed, paragraph_id: str) -> bool:
        """Whether a paragraph's own text holds a word of the question.

        Thesaurus and near synonyms count, its paraphrases do not: the ranker agreeing with what it
        learned from is no evidence.
        """
        _, terms, equivalents, near, weights = weighed
        own = self.evidence.terms[paragraph_id]
        return self.evidence.covered(terms, own, equivalents=equivalents, near=near, weights=weights) > 0

    def _names_kinds(self, q: str, hits: tuple[Hit, ...]) -> bool:
        """Whether passages name a kind of country (« pays les moins avancés ») answering « quels pays ».

        Not when the question names it already: then it asks which countries are of that kind.
        """
        # (The passage answering, search's first: PP26's kinds do not say who gave vaccines, PP14.)
        kinds = {normal(kind.group()) for h in hits[:1] for kind in COUNTRY_KINDS.finditer(h.paragraph.text)}
        return bool(kinds) and not any(kind in q for kind in kinds)

    def _names_an_actor(self, typed: str, q: str) -> bool:
        return bool(self.evidence.service.votes.countries.find_in(typed) or _GROUP.search(q))
