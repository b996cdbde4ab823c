"""Questions in plain French, answered only from the text, with the evidence quoted verbatim.

A deterministic router, offline: it recognises paragraph references, votes and countries,
metadata, cited documents and requests by operative verb and addressee, and sends everything else
to search. Every route calls the public ``Service`` use cases, so that a better analyzer or
country matching improves the answers without touching this module.

Search answers are declined when the best passages cover too little of the question: the share
of the question's terms, weighted by their rarity in the text, found in one passage. A term the
text never uses weighs most, so « le budget du Fonds » is declined although « Fonds » matches.
This share is independent of BM25's scale, so it survives a new stemmer; a word search marks in a
passage that is none of the question's words (a synonym, a translation, a typo fixed) vouches for
one missing word, so a thesaurus in search reaches the answers too. The threshold is measured by
``benchmarks/questions.py`` on ``tests/questions/questions.jsonl``: rerun it after such changes.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from bot.core.errors import UserError
from bot.core.search.analyzer import analyze
from bot.core.search.index import Hit
from bot.core.service import MAX_QUERY_LENGTH, Service
from bot.core.text.french import fold
from bot.core.text.models import Citation, Kind, MemberVote, Paragraph, VoteChoice
from bot.core.votes.book import GroupTally

# Measured by benchmarks/questions.py (it prints accuracy by threshold and the chosen value).
DECLINE_THRESHOLD = 0.60
# How many passages a search answer shows, and how many are weighed for coverage.
SHOWN_PASSAGES = 3
WEIGHED_PASSAGES = 8
UNKNOWN_TERM_FACTOR = 2.0
# A word search matched through a synonym, translation or typo fix is weaker evidence than the
# question's own word: it vouches for part of a missing term only.
SYNONYM_CREDIT = 0.5


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


class Intent(StrEnum):
    """What a question asks for; it picks the route and the part of the template."""

    PARAGRAPH = "paragraphe"
    VOTE = "vote"
    METADATA = "metadonnees"
    CITATIONS = "citations"
    REQUESTS = "demandes"
    SEARCH = "recherche"


class VoteScope(StrEnum):
    """Which part of the vote record a vote question is about."""

    COUNTRY = "pays"
    GROUP = "groupe"
    CHOICE = "choix"
    TALLY = "total"


@dataclass(frozen=True, slots=True)
class Request:
    """One request of the Council: an operative verb, whom it addresses, in one paragraph.

    ``clause`` is the verbatim part of the paragraph from the verb to the next request verb;
    ``start`` is where it begins in the paragraph's text (0 for the opening verb); ``more`` tells
    whether words follow it in the paragraph.
    """

    paragraph: Paragraph
    verb: str
    family: str
    addressees: tuple[str, ...]
    clause: str
    start: int = 0
    more: bool = False


@dataclass(frozen=True, slots=True)
class Answer:
    """An answer and its evidence; the template words it, the fields are the facts.

    ``answered`` is false when the text does not answer the question: ``reason`` says why
    (``paragraphe_inconnu``, ``motifs``, ``non_membre``, ``document_non_cite``, ``aucune_demande``,
    ``auteurs``, ``hors_texte``) and ``closest`` holds the nearest passages, offered but not claimed
    as an answer. ``coverage`` is the share of the question found in the best passage (search and
    cited documents only); the other fields hold the evidence of each route.
    """

    question: str
    intent: Intent
    answered: bool
    reason: str = ""
    paragraphs: tuple[Paragraph, ...] = ()
    hits: tuple[Hit, ...] = ()
    closest: tuple[Hit, ...] = ()
    scope: VoteScope | None = None
    members: tuple[MemberVote, ...] = ()
    choice: VoteChoice | None = None
    asked_choice: VoteChoice | None = None
    tallies: tuple[GroupTally, ...] = ()
    facts: tuple[str, ...] = ()
    documents: tuple[Citation, ...] = ()
    requests: tuple[Request, ...] = ()
    families: tuple[str, ...] = ()
    addressee: str = ""
    subject: str = ""
    suggestions: tuple[str, ...] = ()
    coverage: float = 0.0
    data: dict[str, object] = field(default_factory=dict)

    @property
    def citations(self) -> list[str]:
        """Return the ids of the segments quoted as evidence, in order, without repeats.

        A declined answer cites nothing: the passages it offers are in ``closest``.
        """
        ids: list[str] = []
        if not self.answered:
            return ids
        sources: Iterable[str] = (
            *(p.id for p in self.paragraphs),
            *(r.paragraph.id for r in self.requests),
            *(i for d in self.documents for i in d.cited_in),
            *(h.id for h in self.hits),
        )
        for segment_id in sources:
            if segment_id not in ids:
                ids.append(segment_id)
        return ids


# Words that shape a question but say nothing about its subject: dropped before searching.
QUESTION_WORDS = _wordset(
    """
    que quoi qu quel quelle quels quelles comment pourquoi quand combien ou est ce ceci dit dire
    disent parle parlent parler evoque evoquent aborde traite mentionne resolution texte document
    conseil il elle t y a au sujet propos concernant passage passages paragraphe paragraphes alinea
    alineas faut fait peux tu moi me m sais savoir trouve trouver indique indiquent affirme contient
    explique expliquer qui est-ce existe-t-il s'il vous plait stp svp bien exactement ici date
    preambule dispositif
    """
)
_WORD = re.compile(r"[\w'’§/.-]+")
_SELF_SYMBOLS = frozenset({"56/2", "a/hrc/res/56/2"})
_SYMBOL = re.compile(r"(?<![\w/])(?:[a-z]+(?:\.\d+)?/)*\d{1,4}/[\w.]*\d(?:/[\w.]+)*(?![\w/])")

# Paragraph references as students type them inside a sentence.
_REFERENCE = re.compile(
    r"(?P<prefix>§§?\s*|\b(?:op|pp|fn|p)\s*|"
    r"\b(?:paragraphes?|par\.|para|articles?|alineas?|notes?(?: de bas de page)?|preambule)\s+"
    r"(?:n[o°]\s*)?)"
    r"(?P<start>\d{1,3})(?:\s*(?:-|a|au|et)\s*(?:§|op|pp|paragraphe|alinea)?\s*(?P<stop>\d{1,3}))?"
    r"(?P<after>(?:\s+du)?\s+preambule)?\b"
)
# « le dernier paragraphe », « le premier alinéa du préambule »: (kind, first or last).
_ENDS = (
    ("PP", 0, re.compile(r"\bpremier (?:alinea|considerant)\b|\bpremier paragraphe du preambule\b")),
    ("PP", -1, re.compile(r"\bdernier (?:alinea|considerant)\b|\bdernier paragraphe du preambule\b")),
    ("OP", 0, re.compile(r"\bpremier paragraphe\b(?! du preambule)")),
    ("OP", -1, re.compile(r"\bdernier paragraphe\b(?! du preambule)|\bparagraphe final\b")),
)

# Vote questions.
_VOTE_WORDS = re.compile(
    r"combien de membres|membres du conseil|\bvot(?!res?\b)|\bvoix\b|absten|\bscrutin|unanimit|\bmajorite|"
    r"\bsoutenu|\bappuye|\bopposes?\b|\bs'est oppose|\bont rejete|\brejete"
)
_CHOICES = (
    (VoteChoice.ABSTAIN, re.compile(r"absten")),
    (VoteChoice.AGAINST, re.compile(r"\bcontre\b|\boppos|\brejet")),
    (
        VoteChoice.FOR,
        re.compile(r"\bvot\w*\s+(?:en faveur|pour)\b|\ben faveur\b|\bsoutenu|\bappuye|\bpour\s*\?"),
    ),
)
_GROUPS = (
    ("AFR", re.compile(r"\bafri(?:que|cains?|caines?)\b(?! du sud)|\bafr\b")),
    ("APG", re.compile(r"\basi(?:e|atiques?)\b|\basie[- ]pacifique\b|\bapg\b")),
    ("GRULAC", re.compile(r"\bgrulac\b|amerique latine|latino[- ]americains?|\bcaraibes\b")),
    ("EEG", re.compile(r"europe (?:de l'est|orientale)|\beeg\b|\best-europeens?\b|\beurope\b(?! occ)")),
    (
        "WEOG",
        re.compile(
            r"europe occidentale|\bweog\b|\bgeoa\b|\boccidentaux\b|autres etats|"
            r"\beurope\b(?! (?:de l'est|or))"
        ),
    ),
)
# Words left over around a country name in a vote question: whatever remains is the country.
_VOTE_FILLER = _wordset(
    """
    comment a t il elle ils elles ont vote votes votee voter quel quelle a-t-il a-t-elle ont-ils ete
    le la les l du de des d sur cette cet ce resolution texte pays delegation qu est-ce que qui
    s'est se sont sest etait fait son sa leur quoi au lors scrutin 56/2 dans position eu y avoir
    """
)

# Metadata questions: the fact each pattern asks about.
_FACTS = (
    ("distributed", re.compile(r"\bdistribu|\bpubliee?s?\b|\bparue?\b|date de publication")),
    ("adopted", re.compile(r"\bquand\b|\bdate\b|quel jour|en quelle annee|\bdatee?\b")),
    ("meeting", re.compile(r"\bseance\b|\breunion\b")),
    ("session", re.compile(r"\bsession\b")),
    (
        "symbol",
        re.compile(r"\bsymbole\b|\bcote (?:officielle|du document)|numero du document|reference officielle"),
    ),
    ("title", re.compile(r"\btitre\b|\bintitul|s'appelle|\bnom de la resolution")),
    ("language", re.compile(r"\blangue\b|\boriginal|\bredigee? en\b|\btradui")),
    ("body", re.compile(r"\borgane\b|quelle instance|qui a adopte|adoptee? par qui|quel conseil")),
    ("agenda", re.compile(r"ordre du jour")),
    ("url", re.compile(r"\blien\b|\burl\b|texte officiel|telecharg")),
    ("structure", re.compile(r"combien (?:de |d')(?:paragraphes|alineas|notes|considerants)")),
)
# Facts asked with words (« quand », « séance ») that may be about something else in the text:
# « Quand le Haut-Commissaire doit-il présenter son rapport ? » is not about the adoption.
_WHEN_FACTS = frozenset({"adopted", "meeting", "session"})
_FACT_WORDS = re.compile(
    r"^(?:adopt|vot|resolution|texte|document|seance|session|date|jour|annee|quand|pendant|lors|"
    r"cours|conseil|droits|homme|56/2|juillet|2024|\d|etait|c'etait|ete|eu|lieu|tenu|quel|"
    r"exactement|officiel|cette|celle)"
)
# A session question about the work ahead is about the text, not about this resolution's session.
_FUTURE_SESSION = re.compile(r"examin|poursui|rapport|prochain|soumet|present|reprend|neuvieme|troisieme")

# Citation questions.
_CITATION_WORDS = re.compile(
    r"\bcit(?:e|ee|es|ees|ent)\b|\bmentionn|fait reference|se refere|\breferences?\b|"
    r"\bquel(?:le)?s? (?:documents|textes|resolutions|instruments|traites|declarations|rapports)\b|"
    r"\brappel"
)
_CITATION_KINDS = (
    (re.compile(r"assemblee generale"), ("resolution_ag",)),
    (re.compile(r"resolutions? du conseil|propres? resolutions"), ("resolution_cdh",)),
    (re.compile(r"\brapports?\b"), ("rapport",)),
    (re.compile(r"\bdeclarations?\b"), ("declaration",)),
    (re.compile(r"\btraites?\b|\baccords?\b"), ("traite",)),
    (
        re.compile(r"\bresolutions\b|quelles? resolution"),
        ("resolution_ag", "resolution_cdh", "resolution_sous_commission"),
    ),
)
# Words too common in document names to identify one on their own.
_GENERIC_NAME_TERMS = _wordset(
    """
    resolution resolutions assemblee generale conseil declaration programme action nations unies
    rapport document final droits homme annuel commission
    """
)

# Requests: the operative verbs that ask someone to act, and the addressees they name.
REQUEST_FAMILIES = ("prie", "demande", "invite", "exhorte", "engage", "encourage", "appelle")
_REQUEST_VERB = re.compile(r"\b(Prie|Demande|Invite|Exhorte|Engage|Encourage|Appelle)\b", re.IGNORECASE)
# Only where a verb starts a clause: « …, et prie le Haut-Commissaire », not « la demande ».
_CLAUSE_START = re.compile(r"(?:^|,\s*(?:et\s+)?|\bet\s+)$")
# The addressee comes before the infinitive (« de s'employer », « d'étudier », « à prendre »).
_CLAUSE_END = re.compile(r"[\s,;.]*(?:\bet)?[\s,;.]*$")
_INFINITIVE = re.compile(
    r"\b(?:de|d'|à)\s*(?:s'|se\s+)?[a-zàâçéèêëîïôûù]+(?:er|ir|re|oir)\b|(?<!ainsi )\bque\b"
)
ADDRESSEES = (
    ("Haut-Commissaire", re.compile(r"\bhaut[- ]commissaire\b|\bhautes?[- ]commissaires?\b")),
    ("Haut-Commissariat", re.compile(r"\bhaut[- ]commissariat\b|\bhcdh\b")),
    ("Secrétaire général", re.compile(r"\bsecretaire[- ]general\b|\bsg\b")),
    ("système des Nations Unies", re.compile(r"systeme des nations unies")),
    ("communauté internationale", re.compile(r"communaute internationale")),
    ("institutions spécialisées", re.compile(r"institutions specialisees")),
    ("organisations intergouvernementales", re.compile(r"organisations intergouvernementales")),
    ("organisations non gouvernementales", re.compile(r"organisations non gouvernementales|\bong\b")),
    ("titulaires de mandat", re.compile(r"titulaires de mandat|procedures speciales|rapporteurs? speciaux")),
    ("acteurs internationaux", re.compile(r"\bacteurs\b")),
    ("Comité consultatif", re.compile(r"comite consultatif")),
    ("Assemblée générale", re.compile(r"assemblee generale")),
    ("société civile", re.compile(r"societe civile")),
    ("États", re.compile(r"\betats?\b(?![- ]unis)")),
)
_REQUEST_WORDS = re.compile(
    r"\b(?:demand|pri(?:e|er|ent)\b|invit|exhort|engag|encourag|appell|recommand)|"
    r"\bque doi(?:t|vent)\b|doi(?:t|vent)[- ](?:il|elle|ils|elles)?\s*faire|\battend|\brole\b|\bcharge\b"
)
_FAMILY_WORDS = (
    ("prie", re.compile(r"\bpri(?:e|er|ent|es|ee)\b")),
    ("invite", re.compile(r"\binvit")),
    ("exhorte", re.compile(r"\bexhort")),
    ("engage", re.compile(r"\bengag")),
    ("encourage", re.compile(r"\bencourag")),
    ("appelle", re.compile(r"\bappel")),
)
# « parle-t-on », « prévoit-elle »: the pronoun glued to an inverted verb.
_INVERSION = re.compile(r"-(?:t-)?(?:il|elle|ils|elles|on|ce|je|tu|nous|vous)(?=\W*$)", re.IGNORECASE)
_CITATION_TERM = re.compile(r"^(?:cit|mention|refer|rappel|parl|evoqu|quel|ou$|texte|resolution|paragraphe)")
_REQUEST_TERM = re.compile(
    r"^(?:demand|pri|invit|exhort|engag|encourag|appel|recommand|doi|faire|fait|attend|role|charge|"
    r"conseil|quoi|qui|quel|adress|formul|aupres|chose|quelque)"
)
# With a member named, these words alone make a vote question (« La Belgique était pour ? »).
_VOTE_HINT = re.compile(r"\bpour\b|\bcontre\b|absten|\bposition\b")
_AUTHORS = re.compile(
    r"\b(?:auteurs?|co-?auteurs?|parrain\w*|coparrain\w*|sponsors?)\b|"
    r"\bqui (?:a|l'a|ont|les a) (?:propose|presente|redige|depose|soumis|ecrit|porte)\b"
)
# A question asking for an amount (« combien d'argent », « quel budget ») is answered only by a
# passage that states a figure; passages about the same fund or programme are not an answer.
_AMOUNT = re.compile(
    r"\bcombien d(?:e |')(?:argent|fonds|dollars|euros|ressources)|\bmontants?\b|\bbudgets?\b|"
    r"\bcouts?\b|\bchiffres?\b|\bsommes?\b|\bhow much\b"
)
_FIGURE = re.compile(r"(?<![/\w.-])\d[\d  .,]*\s?(?:%|\$|€|dollars|euros|millions?|milliards?|pour cent)")
_WHY = re.compile(r"\bpourquoi\b|\braison|\bmotif|\bjustifi")


def _normal(text: str) -> str:
    """Fold a question for matching: no case, accents or curly apostrophes; hyphens kept."""
    return " ".join(fold(text).replace("’", "'").split())


class QuestionAnswerer:
    """Route a question to the use case that answers it, and decide whether it is answered."""

    def __init__(self, service: Service, threshold: float = DECLINE_THRESHOLD) -> None:
        self.service = service
        self.threshold = threshold
        self.resolution = service.resolution
        self._idf_cache: dict[str, float] = {}

    def answer(self, question: str) -> Answer:
        """Answer ``question`` from the text alone; raise ``UserError`` for an empty question."""
        typed = " ".join(question.split())
        if not typed:
            raise UserError("question_vide")
        if len(typed) > MAX_QUERY_LENGTH:
            raise UserError("requete_trop_longue", longueur=len(typed), maximum=MAX_QUERY_LENGTH)
        q = _normal(typed)
        for route in (
            self._paragraph,
            self._document,
            self._authors,
            self._metadata,
            self._vote,
            self._requests,
            self._citations,
        ):
            found = route(typed, q)
            if found is not None:
                return found
        return self._search(typed, q)

    def references_in(self, text: str) -> list[str]:
        """Return the segment ids a text points to: ``§29``, ``PP3``, and the citers of ``70/1``.

        Front ends use it to link the references typed in a message to their paragraphs.
        """
        q = _normal(text)
        ids: list[str] = []
        for reference in self._typed_references(q):
            try:
                ids.extend(p.id for p in self.service.paragraphs(reference))
            except UserError:
                continue
        for document in self._documents_named(q)[0]:
            ids.extend(document.cited_in)
        return list(dict.fromkeys(ids))

    # Routes: each returns an Answer, or None when the question is not of its kind.

    def _paragraph(self, typed: str, q: str) -> Answer | None:
        references = self._typed_references(q)
        if not references:
            return None
        found: list[Paragraph] = []
        for reference in references:
            try:
                found.extend(p for p in self.service.paragraphs(reference) if p not in found)
            except UserError as error:
                if error.code != "paragraphe_inconnu":
                    raise
                return Answer(typed, Intent.PARAGRAPH, False, "paragraphe_inconnu", data=dict(error.data))
        return Answer(typed, Intent.PARAGRAPH, True, paragraphs=tuple(found))

    def _typed_references(self, q: str) -> list[str]:
        references: list[str] = []
        for match in _REFERENCE.finditer(q):
            prefix = match["prefix"].strip().rstrip(".")
            if prefix in {"pp", "p"} or prefix.startswith(("alinea", "preambule")) or match["after"]:
                kind = "PP"
            elif prefix.startswith(("note", "fn")):
                kind = "note "
            else:
                kind = "OP"
            reference = f"{kind}{match['start']}"
            if match["stop"]:
                reference += f"-{kind}{match['stop']}"
            references.append(reference)
        for kind, end, pattern in _ENDS:
            if pattern.search(q):
                part = self.resolution.preambular if kind == "PP" else self.resolution.operative
                references.append(part[end].id)
        return references

    def _document(self, typed: str, q: str) -> Answer | None:
        documents, unknown = self._documents_named(q)
        if not documents and not unknown:
            return None
        if not documents:
            return Answer(
                typed,
                Intent.CITATIONS,
                False,
                "document_non_cite",
                subject=unknown[0],
                documents=(),
                closest=self._closest(typed),
            )
        citing = [self.resolution.get(i) for d in documents for i in d.cited_in]
        paragraphs = tuple(dict.fromkeys(p for p in citing if p is not None))
        # « Qui a rédigé le rapport A/HRC/56/40 ? » names a cited document but asks what no
        # citing paragraph says: weigh the question against them as search answers are weighed.
        terms = [t for t in analyze(self._content(typed)) if not _CITATION_TERM.match(t)]
        own = frozenset().union(
            *(self._terms[p.id] for p in paragraphs), *(analyze(d.label) for d in documents)
        )
        covered = self._covered(terms, own) if terms else 1.0
        if covered < self.threshold:
            return Answer(
                typed, Intent.CITATIONS, False, "hors_texte", closest=self._closest(typed), coverage=covered
            )
        return Answer(
            typed, Intent.CITATIONS, True, documents=tuple(documents), paragraphs=paragraphs, coverage=covered
        )

    def _documents_named(self, q: str) -> tuple[list[Citation], list[str]]:
        """Return the cited documents a question names, and the symbols it names the text never cites."""
        found: list[Citation] = []
        unknown: list[str] = []
        for symbol in _SYMBOL.findall(q):
            if symbol in _SELF_SYMBOLS:
                continue
            try:
                matches = self.service.references(symbol)
            except UserError:
                unknown.append(symbol)
                continue
            found.extend(c for c in matches if c not in found)
        words = set(_words(q))
        for citation, names in self._citation_names:
            if citation not in found and any(name <= words for name in names):
                found.append(citation)
        return found, unknown

    @cached_property
    def _citation_names(self) -> list[tuple[Citation, list[frozenset[str]]]]:
        """Each cited document's identifying terms: from its key and the head of its label."""
        out = []
        for citation in self.resolution.citations:
            names = []
            for text in (citation.key, re.split(r" \(| : ", citation.label)[0]):
                terms = frozenset(_words(text)) - _GENERIC_NAME_TERMS
                if terms:
                    names.append(terms)
            out.append((citation, names))
        return out

    def _authors(self, typed: str, q: str) -> Answer | None:
        if not _AUTHORS.search(q):
            return None
        # Sponsors and drafters are in the meeting records, never in the resolution's text.
        return Answer(typed, Intent.SEARCH, False, "auteurs", closest=self._closest(typed))

    def _metadata(self, typed: str, q: str) -> Answer | None:
        facts = []
        for name, pattern in _FACTS:
            if not pattern.search(q):
                continue
            if name == "session" and _FUTURE_SESSION.search(q):
                continue
            if name == "adopted" and ("distributed" in facts or _REQUEST_WORDS.search(q)):
                continue
            if name in _WHEN_FACTS and self._other_subject(typed):
                continue
            facts.append(name)
        if not facts:
            return None
        counts = {kind.value: len(self.resolution.part(kind)) for kind in Kind}
        return Answer(typed, Intent.METADATA, True, facts=tuple(facts), data={"counts": counts})

    def _other_subject(self, typed: str) -> bool:
        """Tell whether a question names something besides the resolution and its adoption."""
        return any(not _FACT_WORDS.match(term) for term in _words(self._content(typed)))

    def _vote(self, typed: str, q: str) -> Answer | None:
        members = self._members_named(q)
        named = bool(members) and (self._only_names(q, members) or bool(_VOTE_HINT.search(q)))
        if not _VOTE_WORDS.search(q) and not named:
            return None
        record = self.resolution.vote
        asked = next((choice for choice, pattern in _CHOICES if pattern.search(q)), None)
        if _WHY.search(q):
            # The record says how members voted, never why: decline, and show what it does say.
            return Answer(
                typed, Intent.VOTE, False, "motifs", scope=VoteScope.COUNTRY, members=tuple(members)
            )
        if members:
            return Answer(
                typed, Intent.VOTE, True, scope=VoteScope.COUNTRY, members=tuple(members), asked_choice=asked
            )
        groups = [code for code, pattern in _GROUPS if pattern.search(q)]
        if groups:
            tallies = tuple(self.service.group_vote(code) for code in groups)
            return Answer(
                typed, Intent.VOTE, True, scope=VoteScope.GROUP, tallies=tallies, asked_choice=asked
            )
        candidate = self._country_candidate(q)
        if candidate:
            candidate = _as_typed(candidate, typed)
            try:
                found = self.service.vote(candidate)
            except UserError as error:
                # Whatever the lookup calls it (unknown name, non-member), the record has no vote.
                return Answer(
                    typed,
                    Intent.VOTE,
                    False,
                    "non_membre",
                    scope=VoteScope.COUNTRY,
                    subject=candidate,
                    suggestions=tuple(error.data.get("suggestions", ())),
                )
            member = next((m for m in record.members if m.country == found.country), None)
            if member is None:  # a UN member without a seat on the Council in 2024
                return Answer(
                    typed, Intent.VOTE, False, "non_membre", scope=VoteScope.COUNTRY, subject=found.country
                )
            return Answer(
                typed, Intent.VOTE, True, scope=VoteScope.COUNTRY, members=(member,), asked_choice=asked
            )
        if asked is not None and not re.search(r"resultat|combien de voix|decompte|bilan|unanimit", q):
            return Answer(
                typed,
                Intent.VOTE,
                True,
                scope=VoteScope.CHOICE,
                choice=asked,
                members=record.by_choice(asked),
            )
        return Answer(typed, Intent.VOTE, True, scope=VoteScope.TALLY)

    @cached_property
    def _member_keys(self) -> list[tuple[re.Pattern[str], MemberVote]]:
        keys = []
        for member in self.resolution.vote.members:
            name = re.sub(r"\s*\([^)]*\)", "", _normal(member.country)).replace("-", " ")
            variants = {name, name.split(" d'")[0]}
            for variant in variants:
                keys.append((re.compile(rf"(?<![\w-]){re.escape(variant)}(?![\w-])"), member))
        return keys

    def _members_named(self, q: str) -> list[MemberVote]:
        spaced = q.replace("-", " ")
        found: list[MemberVote] = []
        for pattern, member in self._member_keys:
            if pattern.search(spaced) and member not in found:
                found.append(member)
        return sorted(found, key=lambda m: self._position(spaced, m))

    def _position(self, spaced: str, member: MemberVote) -> int:
        for pattern, candidate in self._member_keys:
            if candidate is member and (match := pattern.search(spaced)):
                return match.start()
        return len(spaced)

    def _only_names(self, q: str, members: list[MemberVote]) -> bool:
        """Tell whether a question is little more than country names (« Et la Chine ? »)."""
        rest = q.replace("-", " ")
        for pattern, _ in self._member_keys:
            rest = pattern.sub(" ", rest)
        return not [w for w in _words(rest) if w not in QUESTION_WORDS]

    @staticmethod
    def _country_candidate(q: str) -> str:
        """Return what is left of a vote question once its vote and question words are gone."""
        words = _words(q)
        kept = [
            w
            for w in words
            if w not in QUESTION_WORDS and w not in _VOTE_FILLER and not _NOT_A_COUNTRY.match(w)
        ]
        return " ".join(kept)

    def _requests(self, typed: str, q: str) -> Answer | None:
        addressees = [label for label, pattern in ADDRESSEES if pattern.search(q)]
        if not _REQUEST_WORDS.search(q):
            return None
        families = tuple(f for f, pattern in _FAMILY_WORDS if pattern.search(q)) or REQUEST_FAMILIES
        addressee = addressees[0] if addressees else ""
        if not addressee:
            # « Que demande le Conseil à l'Union européenne ? »: someone the text never names.
            rest = [t for t in analyze(self._content(typed)) if not _REQUEST_TERM.match(t)]
            unknown = [t for t in rest if self._idf(t) > self._idf_unseen / UNKNOWN_TERM_FACTOR * 0.999]
            if unknown:
                return Answer(
                    typed,
                    Intent.REQUESTS,
                    False,
                    "aucune_demande",
                    families=families,
                    subject=" ".join(unknown),
                    closest=self._closest(typed),
                )
            if rest:
                return None
        chosen = [
            r for r in self.requests if r.family in families and (not addressee or addressee in r.addressees)
        ]
        if not chosen:
            return Answer(
                typed,
                Intent.REQUESTS,
                False,
                "aucune_demande",
                families=families,
                addressee=addressee,
                closest=self._closest(addressee or typed),
            )
        return Answer(
            typed, Intent.REQUESTS, True, requests=tuple(chosen), families=families, addressee=addressee
        )

    @cached_property
    def requests(self) -> tuple[Request, ...]:
        """Return every request clause of the operative part, in reading order."""
        found: list[Request] = []
        for paragraph in self.resolution.operative:
            text = paragraph.text
            starts = [m for m in _REQUEST_VERB.finditer(text) if _CLAUSE_START.search(text[: m.start()])]
            for index, match in enumerate(starts):
                end = starts[index + 1].start() if index + 1 < len(starts) else len(text)
                clause = _CLAUSE_END.sub("", text[match.start() : end])
                head = clause[len(match.group()) :]
                stop = _INFINITIVE.search(head)
                region = _normal(head[: stop.start()] if stop else head[:150])
                addressees = tuple(label for label, pattern in ADDRESSEES if pattern.search(region))
                family = fold(match.group()).lower()
                verb = paragraph.verb if match.start() == 0 and paragraph.verb else match.group()
                more = bool(re.search(r"\w", text[match.start() + len(clause) :]))
                found.append(Request(paragraph, verb, family, addressees, clause, match.start(), more))
        return tuple(found)

    def _citations(self, typed: str, q: str) -> Answer | None:
        if not _CITATION_WORDS.search(q):
            return None
        kinds: tuple[str, ...] = ()
        for pattern, wanted in _CITATION_KINDS:
            if pattern.search(q):
                kinds = wanted
                break
        documents = tuple(c for c in self.service.references() if not kinds or c.kind in kinds)
        return Answer(typed, Intent.CITATIONS, True, documents=documents, data={"all": True})

    def _search(self, typed: str, q: str) -> Answer:
        content = self._content(typed)
        if not content:
            return Answer(typed, Intent.SEARCH, False, "hors_texte")
        terms = [t for t in analyze(content) if t not in QUESTION_WORDS]
        part = "tout"
        if re.search(r"\bpreambule\b", q):
            part = "preambule"
        elif re.search(r"\bdispositif\b", q):
            part = "dispositif"
        query = self._with_variants(content, terms)
        hits = self._hits(query, WEIGHED_PASSAGES, part)
        scored = [(self._hit_coverage(terms, h), h) for h in hits]
        best = max((score for score, _ in scored), default=0.0)
        shown = tuple(h for _, h in scored[:SHOWN_PASSAGES])
        if best < self.threshold:
            return Answer(typed, Intent.SEARCH, False, "hors_texte", closest=shown, coverage=best)
        if _AMOUNT.search(q) and not any(_FIGURE.search(h.paragraph.text) for _, h in scored):
            return Answer(typed, Intent.SEARCH, False, "montant", closest=shown, coverage=best)
        # Show the passages in search order, keeping only those that cover enough on their own.
        strong = tuple(h for s, h in scored if s >= self.threshold)[:SHOWN_PASSAGES]
        return Answer(typed, Intent.SEARCH, True, hits=strong, coverage=best)

    def _with_variants(self, content: str, terms: list[str]) -> str:
        """Add the text's own spelling of words it only has in another form (« changements »).

        A no-op for words the index already knows, so a stemming analyzer makes it idle.
        """
        extra = [
            other
            for term in terms
            if term not in self._vocabulary
            for other in self._sorted_vocabulary
            if _same_term(term, other)
        ]
        return " ".join([content, *extra])

    @cached_property
    def _vocabulary(self) -> frozenset[str]:
        return frozenset().union(*self._terms.values())

    @cached_property
    def _sorted_vocabulary(self) -> tuple[str, ...]:
        """The vocabulary in a fixed order, so that added variants come in the same order."""
        return tuple(sorted(self._vocabulary))

    def _closest(self, text: str) -> tuple[Hit, ...]:
        content = self._content(text)
        if not content:
            return ()
        return self._hits(content, SHOWN_PASSAGES)

    def _hits(self, query: str, limit: int, part: str = "tout") -> tuple[Hit, ...]:
        """Search, reading a query search refuses (only stop words, too long) as finding nothing."""
        try:
            return self.service.search(query[:MAX_QUERY_LENGTH], limit=limit, part=part).hits
        except UserError:
            return ()

    @staticmethod
    def _content(typed: str) -> str:
        """Return the question without its question words, in the user's spelling."""
        words = [_INVERSION.sub("", w) for w in _WORD.findall(typed)]
        kept = [w for w in words if _normal(w).strip("?.!,;:") not in QUESTION_WORDS]
        return " ".join(kept).strip(" ?!.,;:")

    def coverage(self, terms: list[str], paragraph: Paragraph) -> float:
        """Return the rarity-weighted share of ``terms`` that ``paragraph`` contains (0 to 1)."""
        return self._covered(terms, self._terms[paragraph.id])

    def _hit_coverage(self, terms: list[str], hit: Hit) -> float:
        """Return the coverage of a search hit, crediting the words search matched for us.

        Search marks the words it matched. A marked word that is none of the question's terms was
        matched through a synonym, a translation or a typo fix (once search has them): each such
        word vouches for one question term the passage lacks, the rarest first.
        """
        marked = {term for start, end in hit.marks for term in analyze(hit.snippet[start:end])}
        spare = [m for m in marked if not any(_same_term(m, t) for t in terms)]
        return self._covered(terms, self._terms[hit.paragraph.id], spare=len(spare))

    def _covered(self, terms: list[str], own: frozenset[str], spare: int = 0) -> float:
        if not terms:
            return 0.0
        total = found = 0.0
        missing = []
        for term in dict.fromkeys(terms):
            weight = self._idf(term)
            total += weight
            if any(_same_term(term, other) for other in own):
                found += weight
            else:
                missing.append(weight)
        found += SYNONYM_CREDIT * sum(sorted(missing, reverse=True)[:spare])
        return found / total if total else 0.0

    @cached_property
    def _terms(self) -> dict[str, frozenset[str]]:
        return {s.id: frozenset(analyze(s.text)) for s in self.resolution.segments}

    @cached_property
    def _idf_unseen(self) -> float:
        """Return the weight of a word the text never uses."""
        return self._idf("\u2205")

    def _idf(self, term: str) -> float:
        if term not in self._idf_cache:
            documents = len(self._terms)
            frequency = sum(1 for own in self._terms.values() if any(_same_term(term, o) for o in own))
            weight = math.log(1 + documents / (frequency + 0.5))
            # A word the text never uses is the surest sign that it does not answer.
            self._idf_cache[term] = weight * UNKNOWN_TERM_FACTOR if frequency == 0 else weight
        return self._idf_cache[term]


# Vote and tally words: what remains after them in a vote question may be a country.
_NOT_A_COUNTRY = re.compile(
    r"^(?:pour|contre|faveur|vot\w*|absten\w*|oppos\w*|rejet\w*|adopt\w*|unanim\w*|majorit\w*|"
    r"resultats?|combien|voix|pays|membres?|decomptes?|finale?|totale?|totaux|nombre|etats?|bilan|"
    r"scrutin|soutenu\w*|appuye\w*|liste|tous|toutes|chaque|ensemble|detail|repartition|"
    r"groupes?|regionaux|regional|membre|quels|quelles|ete|\d+|conseil|droits|homme|nations|unies|onu|"
    r"cdh|compte|comptait|sieges?|combien)$"
)


_ELIDED = re.compile(r"\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'")
_ROUTING_TERM = re.compile(r"[a-z0-9]+(?:[/.\-][a-z0-9]+)*")
_ROUTING_STOPWORDS = _wordset(
    """
    a au aux ce ces cet cette de des du en et la le les leur leurs ou par pour sa se ses son sur un
    une y c d j l m n qu s t
    """
)


def _words(text: str) -> list[str]:
    """Split text into folded words for routing, elisions cut and a few stop words dropped.

    Routing uses its own words rather than the search analyzer's terms, so that a stemmer added
    to search changes the ranking of passages but not which route a question takes.
    """
    folded = _ELIDED.sub(" ", fold(text))
    return [w for w in _ROUTING_TERM.findall(folded) if w not in _ROUTING_STOPWORDS]


def _as_typed(folded: str, typed: str) -> str:
    """Return the user's own spelling of the folded words ``folded`` (« Côte d'Ivoire »)."""
    words = typed.split()
    for size in range(1, len(words) + 1):
        for start in range(len(words) - size + 1):
            span = " ".join(words[start : start + size]).strip("?!.,;:")
            if " ".join(_words(span)) == folded:
                return span
    return folded


def _same_term(a: str, b: str) -> bool:
    """Tell whether two analysed terms are one word up to a short ending (plural, gender).

    A stand-in for stemming that also holds once the analyzer stems: equal terms are equal.
    """
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    if longer.startswith(shorter + "-"):  # « covid » and « covid-19 »
        return True
    return len(shorter) >= 5 and longer.startswith(shorter) and len(longer) - len(shorter) <= 2
