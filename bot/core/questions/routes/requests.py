"""What the Council asks, and of whom: « Que demande le Conseil au Haut-Commissaire ? »."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from functools import cached_property

from bot.core.questions.answer import Answer, Intent, Request
from bot.core.questions.evidence import Evidence, generic_terms
from bot.core.questions.kinds import asks_an_amount
from bot.core.questions.normalise import content, normal
from bot.core.search.analyzer import analyze
from bot.core.text.french import fold
from bot.core.text.gates import gated
from bot.core.text.models import Resolution

# The operative verbs that ask someone to act, and the addressees they name.
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
    ("Haut-Commissaire", re.compile(r"(?<!bureau du )\bhaut[- ]commissaire\b|\bhautes?[- ]commissaires?\b")),
    # (« le bureau onusien chargé des droits humains », « le bureau du Haut-Commissaire »: its office.)
    (
        "Haut-Commissariat",
        re.compile(
            r"\bhaut[- ]commissariat\b|\bhcdh\b|\bbureau (?:onusien|de l'onu|des nations unies) "
            r"(?:charge |responsable )?(?:des |aux )droits (?:humains|de l'homme)\b|"
            r"\bbureau du haut[- ]commissaire\b"
        ),
    ),
    # (« le chef de l'administration onusienne », « le patron de l'ONU »: the Charter's words, students'.)
    (
        "Secrétaire général",
        re.compile(
            r"\bsecretaire[- ]general\b|\bsg\b|\bchef de l'administration (?:onusienne|de l'onu)\b|"
            r"\bpatron de l'onu\b|\bplus haut fonctionnaire\b"
        ),
    ),
    ("système des Nations Unies", re.compile(r"systeme des nations unies")),
    ("communauté internationale", re.compile(r"communaute internationale")),
    ("institutions spécialisées", re.compile(r"institutions specialisees")),
    ("organisations intergouvernementales", re.compile(r"organisations intergouvernementales")),
    # (« les associations », « les assos »: what students call them.)
    (
        "organisations non gouvernementales",
        re.compile(r"organisations non gouvernementales|\bong\b|\bassociations?\b|\bassos?\b"),
    ),
    ("titulaires de mandat", re.compile(r"titulaires de mandat|procedures speciales|rapporteurs? speciaux")),
    ("acteurs internationaux", re.compile(r"\bacteurs\b")),
    ("Comité consultatif", re.compile(r"comite consultatif")),
    ("Assemblée générale", re.compile(r"assemblee generale")),
    ("société civile", re.compile(r"societe civile")),
    # (« les gouvernements », "governments": the States, as students say it.)
    ("États", re.compile(r"\betats?\b(?![- ]unis)|\bgouvernements\b|\bgovernments\b")),
)
ADDRESSEE_PATTERNS = dict(ADDRESSEES)
# A question about requests; the metadata route reads it too (« quand doit-il … » is not a date).
REQUEST_WORDS = gated(
    # (Not « je m'appelle Awa », a name.)
    r"\b(?:demand|pri(?:e|er|ent)\b|invit|exhort|engag|encourag|(?<!m')(?<!t')(?<!s')appell|recommand)|"
    # (Not « le bureau onusien chargé des droits humains », the office's name, nor « chargé de
    # plaidoyer », the asker's job.)
    r"\bque doi(?:t|vent)\b|doi(?:t|vent)[- ](?:il|elle|ils|elles)?\s*faire|\battend|\brole\b|"
    r"\bcharge\b(?! (?:des|aux) droits| de (?:programme|plaidoyer|mission|communication|projets?|cours|td)\b)"
)
# « les ONG, on leur demande quoi ? »: the party set out before « leur », « lui » is the one asked.
_ASKED_BACK = re.compile(r"\b(?:leur|lui)\s*$")
_PASSIVE = re.compile(r"\b(?:est|sont|etait|etaient|a ete|ont ete|sera|seront|is|are|was|were)\s+$")
# The verbs by which a party asks (as opposed to « doit », « rôle », which name the one asked).
_ASKING = re.compile(r"demand|pri|invit|exhort|engag|encourag|appell|recommand")
_FAMILY_WORDS = (
    ("prie", re.compile(r"\bpri(?:e|er|ent|es|ee)\b")),
    ("invite", re.compile(r"\binvit")),
    ("exhorte", re.compile(r"\bexhort")),
    ("engage", re.compile(r"\bengag")),
    ("encourage", re.compile(r"\bencourag")),
    ("appelle", re.compile(r"\bappel")),
)
# Words of a question about requests, not about whom they address.
_REQUEST_TERM = re.compile(
    r"^(?:demand|pri|invit|exhort|engag|encourag|appel|recommand|doi|faire|fait|attend|role|charge|"
    r"conseil|quoi|qui|quel|adress|formul|aupres|chose|quelque|"
    # (« liste toutes les tâches », "list all the tasks": the requests, whole.)
    r"tach|task|list|tout|truc|thing)"
)


# A second question after the first (« …, et à quelle session … ? », "…, and what about NGOs?").
_SECOND_QUESTION = re.compile(
    r"(?:,\s*|\s)(?:et|and|mais|but)\s+(?:a |à |de |pour |sur |about |for |by |par |d'ici |avant )?"
    r"(?:quel\w*|quand|qui|comment|ou|"
    r"combien|que|quoi|what|when|which|who|how|where)\b|\?\s*\S"
)
# A guess at the answer after the question (« … doit faire quoi ? genre une compilation ? »).
_GUESS = re.compile(
    r"\?\s*(?:genre |comme |par exemple |like |e\.?g\.? )?(?:un|une|des|a|an|some) [\w' -]{2,40}\?\s*$",
    re.IGNORECASE,
)
# An addressee after « à » takes an article (« à l'UE », « à la France »); « à réformer » is a verb.
# (Not « au début du 30 », « au sein de… », « au niveau de… »: a place in a text or a scope.)
_SLOT = (
    r"\b(?:au(?! (?:debut|milieu|sein|niveau|cours|titre|lieu|moins|plus|fond|final)\b)|aux|"
    r"a\s+(?:la|l\s*'|les)|aupres d(?:e|u|es)|envers|to\s+the)\s*"
)


THE_COUNCIL = re.compile(r"\b(?:le |the )?conseil des droits de l'homme\b")
# The rest of a party's full title (« le Haut-Commissaire des Nations Unies aux droits de l'homme »):
# no topic either.
_TITLE_REST = re.compile(
    r"\b(haut-commissa\w+|high commissioner)(?: des nations unies| of the united nations)?"
    r"(?: aux droits de l'homme| for human rights)\b"
)


def _topic_terms(typed: str, addressee: str) -> list[str]:
    """Return the question's search terms that are neither request words nor the addressee's."""
    # The Council asking is no topic ("what does the Council ask…" reaches here spelled out as « le
    # Conseil des droits de l'homme »: « droits de l'homme » would keep only the paragraphs naming them).
    typed = _TITLE_REST.sub(r"\1", THE_COUNCIL.sub(" ", normal(typed)))
    named = set(analyze(addressee)) if addressee else set()
    found = ADDRESSEE_PATTERNS.get(addressee)
    text = found.sub(" ", normal(content(typed))) if found else content(typed)
    return [t for t in analyze(text) if not _REQUEST_TERM.match(t) and t not in named]


def _in_party_slot(q: str, terms: list[str], addressee_named: bool = False) -> bool:
    """Whether an unknown term stands where a party would stand, asking or asked.

    After « à l' », « au », « aux » (« à l'Union européenne »), or before the request verb
    (« l'EPU a recommandé »); elsewhere it may be a topic's word.
    """
    verb = REQUEST_WORDS.search(q)
    before = q[: verb.start()] if verb else ""
    return any(
        (not addressee_named and re.search(_SLOT + re.escape(term), q))
        or re.search(r"\b" + re.escape(term), before)
        for term in terms
    )


# A clause whose topic is the one before it: « et prie le Haut-Commissaire d'entreprendre des
# activités concrètes à cet égard » (OP29) is about the cooperation its first clause names.
_THIS_REGARD = re.compile(r"\b(?:a cet egard|a ce sujet|en la matiere|dans ce domaine|in this regard)\b")


# « aux séminaires régionaux susmentionnés » (OP31): the seminars the paragraph before describes,
# as it describes them (up to « afin de » or the clause's end).
_AFOREMENTIONED = re.compile(r"(\w+)(?:\s+(\w+))?\s+susmentionn\w*")
_DESCRIPTION_END = re.compile(r"\bafin de\b|;")


def _described_before(clause: str, previous: str) -> str:
    """What the paragraph before says of a noun the clause calls « susmentionné », or ``""``."""
    found = _AFOREMENTIONED.search(clause)
    if found is None or not previous:
        return ""
    starts = [
        m.start() for w in filter(None, found.groups()) if (m := re.search(rf"\b{re.escape(w)}\b", previous))
    ]
    if not starts:
        return ""
    start = min(starts)
    end = _DESCRIPTION_END.search(previous, start)
    return previous[start : end.start() if end else len(previous)]


def _carried(
    request: Request,
    terms: list[str],
    near: dict[str, tuple[frozenset[str], ...]] | None = None,
    previous: str = "",
) -> int:
    """How many of the topic's terms a request carries (« coopération Sud-Sud »: one or both).

    A clause that points back (« à cet égard ») carries its paragraph's words before it too; one
    that names what the paragraph before described (« séminaires régionaux susmentionnés »), that
    description. A topic term whose thesaurus synonym is another of the topic's terms that the
    clause carries is carried with it: « fonds de contributions volontaires » is one notion,
    OP23's « les fonds ».
    """
    text = request.clause
    if _THIS_REGARD.search(normal(text)):
        end = request.paragraph.text.find(text)
        text = request.paragraph.text[: end + len(text)] if end >= 0 else text
    text = f"{_described_before(text, previous)} {text}"
    stems = set(analyze(text))
    topic = set(terms)
    near = near or {}
    return sum(t in stems or any(e <= stems and e <= topic for e in near.get(t, ())) for t in topic)


_OF_THE_PREAMBLE = re.compile(r"\b(?:le preambule|the preamble|dans le preambule|in the preamble)\b")


# What joins two parties asked at once (« au SG et au HC », « aux États d'autre part »).
_JOINED = re.compile(r"\b(?:et|and|ainsi que|as well as|d'autre part|puis|then)\b")
# A place asked of what is requested (« dans quelles villes », "in which cities").
_PLACE = re.compile(r"\b(?:quelles? villes?|quels? lieux?|which cit(?:y|ies)|what venues?)\b")


_SENTENCE = re.compile(r"[^.?!]+[.?!]*")


def _asked_sentence(typed: str) -> str:
    """The question of a message of several sentences that holds the request words, or ``""``."""
    sentences = [m.group() for m in _SENTENCE.finditer(typed) if m.group().strip()]
    if len(sentences) < 2:
        return ""
    return next((x for x in sentences if x.rstrip().endswith("?") and REQUEST_WORDS.search(normal(x))), "")


class RequestsRoute:
    """Quote the request clauses of a verb family, to one addressee or to all."""

    def __init__(self, evidence: Evidence) -> None:
        self.evidence = evidence
        self.resolution = evidence.resolution

    def answer(self, typed: str, q: str) -> Answer | None:
        """Return the requests asked about, or ``None`` if the question is not about requests."""
        named = {label: found for label, pattern in ADDRESSEES if (found := pattern.search(q))}
        addressees = list(named)
        both = self._to_two_parties(typed, q, named)
        if both is not None:
            return both
        if not REQUEST_WORDS.search(q) or asks_an_amount(q) or _OF_THE_PREAMBLE.search(q) or _PLACE.search(q):
            # « le rapport doit faire combien de pages ? »: a figure no request gives (search says so).
            # « d'après ce que le préambule dit de …, les États doivent faire quoi ? »: the preamble
            # requests nothing; search finds the passage asked. « Dans quelles villes les séminaires
            # demandés au HC … ? »: a place, which search declines for want of a name.
            return None
        families = tuple(f for f, pattern in _FAMILY_WORDS if pattern.search(q)) or REQUEST_FAMILIES
        addressee = addressees[0] if addressees else ""
        verb = REQUEST_WORDS.search(q)
        before = q[: verb.start()] if verb else ""
        subject = bool(addressee) and bool(ADDRESSEE_PATTERNS[addressee].search(before))
        # (« les associations, le texte leur demande quoi ? »: « leur » is the party asked.)
        asked_back = bool(_ASKED_BACK.search(before))
        rest = _topic_terms(typed, addressee)
        guess = _GUESS.search(q)
        if guess and (kept := _topic_terms(_GUESS.sub("?", typed), addressee)):
            # « sur le Sud-Sud, le HC doit faire quoi ? genre une compilation ? »: the asker's guess at
            # the answer is no topic, nor a second question, when a topic is left without it.
            q, rest = q[: guess.start() + 1], kept
        # (« le Haut-Commissaire est prié de faire quoi ? »: the passive, the party is the one asked;
        # with a topic, « les États sont encouragés à quoi pour les fonds ? », search weighs it.)
        passive = bool(_PASSIVE.search(before)) and not rest
        if subject and verb is not None and _ASKING.match(verb.group()) and not asked_back and not passive:
            # « Quel texte de l'AG demande au Conseil … ? »: what a party asks, not the Council's
            # requests to it (« le HCDH doit faire quoi ? » stays here: it is the one asked).
            return None
        # « ONU », « HCDH »: acronyms the text spells out are no unknown party.
        spelled_out = self.evidence.equivalents(content(typed), english=False)
        unknown = [
            t for t in rest if self.evidence.unseen(t) and t not in spelled_out and t not in generic_terms()
        ]
        # « les associations de la société civile ont un rôle … »: a word beside the addressee
        # named as subject qualifies it, and names no other party.
        if unknown and not subject and _in_party_slot(q, unknown, addressee_named=bool(addressee)):
            # « Que demande le Conseil à l'Union européenne ? », « ce que l'OTAN a recommandé aux
            # États »: a party the text never names asks or is asked.
            return Answer(
                typed,
                Intent.REQUESTS,
                False,
                "aucune_demande",
                families=families,
                subject=" ".join(unknown),
                closest=self.evidence.closest(typed),
            )
        if not addressee and rest:
            # A topic and no addressee (« le rôle de l'ONU contre les pandémies »): search reads
            # the whole question; this route would have dropped the topic.
            return None
        chosen = [
            r for r in self.requests if r.family in families and (not addressee or addressee in r.addressees)
        ]
        topic = [t for t in rest if t not in unknown and t not in generic_terms()]
        if chosen and topic:
            # « L'assistance technique va-t-elle seulement aux États qui la demandent ? »: the
            # requests to the States that carry the topic, or search if none does. Words the text
            # never uses (« concrètement ») are no topic.
            near = self.evidence.near(typed)
            previous = [self._before.get(r.paragraph.id, "") for r in chosen]
            carried = [_carried(r, topic, near, b) for r, b in zip(chosen, previous, strict=True)]
            most = max(carried)
            # (Weighed on the sentence that asks: « … for some seminars, right? How many are
            # planned and how are they split across the world? », context before it, a second
            # question after it, are no topic the request must carry.)
            asked = _asked_sentence(typed)
            of_it = set(_topic_terms(asked, addressee)) & set(topic) if asked else set()
            weighed = (
                max(_carried(r, list(of_it), near, b) for r, b in zip(chosen, previous, strict=True))
                if of_it
                else most
            )
            if not most or 2 * weighed < len(of_it or set(topic)):
                # (« le HCDH doit faire quoi avec les bonnes expériences entre pays du sud ? »: OP21
                # carries « pays » alone; search weighs the whole topic.)
                return None
            chosen = [r for r, n in zip(chosen, carried, strict=True) if n == most]
        if not chosen and addressee and families != REQUEST_FAMILIES:
            # « Le Conseil encourage-t-il les ONG … ? » when it asks them with another verb: what it
            # does ask of them, each clause showing its own verb, rather than « nothing ».
            families = REQUEST_FAMILIES
            chosen = [r for r in self.requests if addressee in r.addressees]
        if not chosen:
            return Answer(
                typed,
                Intent.REQUESTS,
                False,
                "aucune_demande",
                families=families,
                addressee=addressee,
                closest=self.evidence.closest(addressee or typed),
            )
        if _SECOND_QUESTION.search(q):
            # « Que doit faire le SG pour les séminaires, et à quelle session le rapport ? »: the
            # second question is in the same paragraph, past the clause; quote them whole.
            paragraphs = tuple(dict.fromkeys(r.paragraph for r in chosen))
            return Answer(typed, Intent.PARAGRAPH, True, paragraphs=paragraphs)
        return Answer(
            typed, Intent.REQUESTS, True, requests=tuple(chosen), families=families, addressee=addressee
        )

    def _to_two_parties(self, typed: str, q: str, named: dict[str, re.Match[str]]) -> Answer | None:
        """The requests to each of two parties asked at once, or ``None``.

        « qu'est-ce que la résolution demande au Haut-Commissariat à propos des fonds, et qu'est-ce
        qu'elle demande aux États ? », "what does it ask of the SG and the High Commissioner?":
        each party's requests, read with the other's name left out, in the text's order. Only when
        both stand after the request verb (neither asks) and « et », "and" joins them.
        """
        if len(named) != 2:
            return None
        verb = REQUEST_WORDS.search(q)
        spans = sorted(named.values(), key=lambda m: m.start())
        if (
            verb is None
            or spans[0].start() < verb.start()
            or not _JOINED.search(q[spans[0].end() : spans[1].start()])
        ):
            return None
        addressees = list(named)
        found = []
        for one, other in ((addressees[0], addressees[1]), (addressees[1], addressees[0])):
            alone = ADDRESSEE_PATTERNS[other].sub(" ", q)
            read = self.answer(alone, alone)
            if read is None or not read.answered or (read.intent, read.addressee) != (Intent.REQUESTS, one):
                return None
            found.append(set(read.requests))
        chosen = tuple(r for r in self.requests if r in found[0] | found[1])
        families = tuple(dict.fromkeys(r.family for r in chosen))
        return Answer(typed, Intent.REQUESTS, True, requests=chosen, families=families, addressee="")

    @cached_property
    def _before(self) -> dict[str, str]:
        """Each operative paragraph's id, with the text of the operative paragraph before it."""
        return {p.id: previous.text for previous, p in itertools.pairwise(self.resolution.operative)}

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
                region = normal(head[: stop.start()] if stop else head[:150])
                addressees = tuple(label for label, pattern in ADDRESSEES if pattern.search(region))
                family = fold(match.group()).lower()
                verb = paragraph.verb if match.start() == 0 and paragraph.verb else match.group()
                more = bool(re.search(r"\w", text[match.start() + len(clause) :]))
                found.append(Request(paragraph, verb, family, addressees, clause, match.start(), more))
        return tuple(found)


def names_addressee(resolution: Resolution, addressee: str, citations: Iterable[str]) -> bool:
    """Whether a passage cited names ``addressee`` (any passage does when none is named)."""
    pattern = ADDRESSEE_PATTERNS.get(addressee)
    if pattern is None:
        return True
    cited = (resolution.get(c) for c in citations)
    return any(p is not None and pattern.search(normal(p.text)) for p in cited)
