"""Cited documents named by their symbol or name: « Où est citée la résolution 70/1 ? »."""

from __future__ import annotations

import re
from functools import cached_property

from bot.core.errors import UserError
from bot.core.questions.answer import Answer, Intent
from bot.core.questions.evidence import Evidence
from bot.core.questions.kinds import OWN_SYMBOL_OR_ANOTHER, asks_count, gives_number, lacks_amount, lacks_date
from bot.core.questions.names import NAMED_KINDS, gives_names
from bot.core.questions.normalise import OF_THIS_TEXT, content, normal, words, wordset
from bot.core.questions.routes.authors import asks_authors
from bot.core.questions.routes.outside import REPORTING
from bot.core.questions.routes.search_kinds import COUNTRY_KINDS, WHICH_COUNTRIES
from bot.core.search.analyzer import analyze
from bot.core.text.french import fold
from bot.core.text.gates import gated
from bot.core.text.models import Citation, Paragraph
from bot.core.votes.capitals import a_city_votes

_SELF_SYMBOLS = frozenset({"56/2", "a/hrc/res/56/2"})
_SYMBOL = gated(r"(?<![\w/])(?:[a-z]+(?:\.\d+)?/)*\d{1,4}/[\w.]*\d(?:/[\w.]+)*(?![\w/])")
# Words too common in document names to identify one on their own.
_GENERIC_NAME_TERMS = wordset(
    """
    resolution resolutions assemblee generale conseil declaration programme action nations unies
    rapport document final droits homme annuel commission
    """
)
# A date in a citing paragraph (« du 19 décembre 2023 »), and the words that ask for one.
_DATED = re.compile(r"\b\d{1,2}(?:er)? \w+ \d{4}\b|\b(?:19|20)\d\d\b")
_DATE_TERM = re.compile(
    r"^(?:dat|quand|when|anne|year|jour|day|exact)|"
    # "GA resolution 78/197 (Dec 2023)": the month the student adds.
    # ("may" is a modal, « sept » seven.)
    r"^(?:jan|janv|feb|fev|mar|apr|avr|jun|jul|juil|aug|aout|sep|oct|nov|dec)$"
)
# « la 41/128 c'est 1976 ? », "from 2008 right?": a year to check, which the date settles.
_CHECKED_TERM = re.compile(r"^(?:19|20)\d\d$|^(?:from|right|bien|non|vrai|correct|bon|bonn|exact|just)$")
_WHEN_ASKED = re.compile(r"\b(?:quand|when|dates?|le combien|quel jour|what day|which day)\b")
_YEAR_CHECKED = re.compile(
    r"\b(?:19|20)\d\d\b\s*(?:,?\s*(?:right|non|nan|vrai|correct|hein))?\s*\?|"
    # "resolution 6/17 was adopted in 2008", « la 60/251 date de 2005 »: a date said, to check.
    r"\b(?:adopted|adoptee?s?|was|is|etait|date|dates|datee?)\s+(?:in|en|from|de|du)\s+(?:\w+\s+){0,2}"
    r"(?:19|20)\d\d\b|"
    # « créé par la 60/251 en 2005. La date est bonne ? », "in 2005. Is the year right?": the same,
    # asked after (the date named: « … en 2011, c'est vrai ? » may check another fact).
    r"\b(?:19|20)\d\d\b[^?]*\b(?:(?:la|cette) (?:date|annee) (?:est|est-elle) "
    r"(?:bonne|juste|exacte|correcte)|(?:is )?(?:that|this|the) (?:date|year) (?:is )?(?:right|correct)|"
    r"is (?:that|this) the right (?:date|year))\b"
)
# A kind of country asked (« quels pays du Nord », « quels pays européens »).
_KIND_ASKED = re.compile(
    r"\b(?:pays|etats|countries|states) (?:du |des )?(?P<kind>nord|sud|riches|pauvres|developpes|"
    r"industrialises|occidentaux|europeens|africains|asiatiques|arabes|donateurs|emergents|northern|southern|rich|poor|"
    r"developed|industriali[sz]ed|western|european|african|asian|arab|donor|emerging)\b|"
    r"\b(?P<kind2>northern|southern|rich|poor|developed|industriali[sz]ed|western|european|african|asian|arab|"
    r"donor|emerging) (?:countries|states)\b"
)
_SIGNING = re.compile(r"\b(?:signe\w*|signed|signing|signature|ratifi\w*)\b")
# Words of a question about citing, not about the document's subject.
# (« invoqué », and « au début »: where the text cites it, the preamble.)
_CITATION_TERM = re.compile(
    r"^(?:cit|mention|refer|rappel|parl|evoqu|invoqu|quel|ou$|texte|resolution|paragraphe|debut$|lien$|link$|"
    # « la note sur Durban renvoie à quoi ? », "the footnote attached to…": the citing's own notes.
    r"not$|footnot|renvoi|attach|"
    # (« le préambule cite Kampala deux fois », "the preamble mentions…": where, not what.)
    r"preambul|preambl|disposit$|oper$|"
    # (« Kampala revient deux fois », "twice", "those two paragraphs": how often it is cited; « la
    # note correspondante », the note that goes with it.)
    r"deux$|two$|fois$|twic|once$|correspond$|"
    # « elle demande quoi au SG ? »: what the document asks, as the citing paragraph reports it.
    r"demand|"
    # « la référence complète donnée en note », "where does it send the reader? I need the doc
    # symbol": the reference asked, which the footnote is.
    r"referen|cote$|symbol|doc$|documentair|complet$|besoin$|need$|send$|read$|don$)"
)
# How often the asker found it cited (« Kampala ça revient 2 fois », « mi trouv 2 »): no word the
# citing paragraphs must hold.
_COUNTED = re.compile(
    # (« Kampala revient plusieurs fois ? c'est où ? », "sum up the paragraph about Kampala": how
    # often or how briefly, no subject.)
    r"\b\d(?= fois\b)|\b(?:trouv\w*|found) \d\b|\b(?:plusieurs|several|many|multiple)(?= (?:fois|times)\b)|"
    r"\bsum (?:it |this |that )?up\b",
    re.IGNORECASE,
)
# "the climate deal signed in Paris": a treaty's signing names it, not a subject; but who signed
# it, when or how many did, the text never says.
_SIGNED = re.compile(r"^sign(?:ed|e|es|ee|ees)?$")
# Two documents compared (« on confond 78/197 et 78/199, c quoi la différence selon le texte ? »):
# what the text says of each is the answer; the comparing words name no subject.
_COMPARING_TERM = re.compile(r"^(?:differ|confond|confus|distingu|compar)")
_WHO_WHEN_HOW_MANY = re.compile(
    r"\b(?:qui|who|quand|when|dates?|combien|how many|en quelle annee|what year)\b"
)


# A full date after a document's name (« du 15 décembre 2022 », « adoptée le 8 septembre 2000 »).
_DAY_DATE = re.compile(
    r"\b\d{1,2}(?:er)? (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|"
    r"decembre) \d{4}\b"
)
_DATE_REACH = 90
# What a document asked, decided or says (not its subject: « la 46/14 parle de quoi ? » is PP12's).
_ASKS_CONTENT = re.compile(
    r"\b(?:demande|demandait|demandent|a demande|decide|a decide|decidait|dit|disait|contient|contenait)"
    r"\s+(?:quoi|exactement|en detail|precisement)\b|\bqu(?:'| )est[ -]ce qu(?:e|'| ) ?[^?]{0,40}"
    r"\b(?:a decide|a demande|demande|decide|dit|contient|prevoit|prevoyait|stipule|enonce)\b|"
    r"\bque (?:prevoit|prevoyait|stipule|enonce)\b|"
    r"\bwhat (?:did|does|do) [^?]{0,50}\b(?:decide|ask|request|say|set out|contain)\b|"
    # (The gloss reads "what did" as « que dit »: "what did … 50/4 actually decide?")
    r"\b(?:actually|really|exactly) (?:decide|decided|ask|asked|request|requested|say|said)\b|"
    # "what were the results of the Durban Review Conference?": its outcome, unless reported.
    r"\b(?:what were|quels? (?:ont ete|etaient|sont)) (?:the |les )?"
    r"(?:resultats?|results?|outcomes?|conclusions?)\b|"
    # « le plan de Vienne c'est combien de paragraphes ? »: the cited text's own make-up.
    r"\bcombien de (?:paragraphes|articles|pages|chapitres)\b|"
    r"\bhow many (?:paragraphs|articles|pages|chapters)\b"
)
# « les ODD adoptés par la 70/1 ? Pouvez-vous les énumérer ? »: a cited text's content listed, which
# even a paragraph reporting it (« dans laquelle l'Assemblée a adopté toute une série d'objectifs »)
# does not give.
_ENUMERATE = re.compile(
    r"\bquel(?:le)?s sont les \w+ (?:[\w-]+ ){0,4}(?:adoptee?s|enoncee?s|fixee?s|prevue?s) (?:par|dans)\b|"
    r"\benumer\w*|\bles lister\b|\blist them\b|\blist (?:all )?(?:the|its) (?:goals|objectives|principles)\b"
)
# Which body adopted a cited text, or where (not « où est-elle citée ? », this route's question).
_BODY_ASKED = re.compile(
    r"\b(?:par )?quel(?:le)? (?:organe|instance|organisation|body)\b|\bpar qui\b|"
    r"\b(?:which|what) (?:body|organ)\b|\bwho adopted\b|\bby whom\b"
)
_PLACE_ASKED = re.compile(
    r"\bou (?:a|ont) ete (?:adoptee?s?|signee?s?|tenue?s?)\b|\b(?:adoptee?s?|signee?s?) ou\b|"
    r"\bwhere (?:was|were) (?:it|they|the \w+(?: \w+)?) (?:adopted|signed)\b"
)
# « Kampala, c'est la capitale de quel pays ? »: a place's country, which the citing paragraph
# gives only for Durban (« Durban (Afrique du Sud) »).
_COUNTRY_OF_PLACE = re.compile(
    r"\bcapitale? (?:de|of|du) (?:quel|which|what) (?:pays|country)\b|"
    r"\b(?:dans|in) (?:quel|which|what) (?:pays|country) (?:se trouve|se situe|est|is)\b|"
    r"\b(?:is|est|se trouve|se situe) (?:dans|in|en) (?:quel|which|what) (?:pays|country)\b"
)
_BODY = re.compile(
    r"\b(?:assemblee generale|conseil|sous-commission|commission|conference|mouvement|sommet|general "
    r"assembly)\b"
)
_PLACE = re.compile(r"\b(?:vienne|durban|geneve|kampala|buenos aires|addis-abeba|new york|paris)\b")
# How far after a document's name the words naming its body or place may stand.
_NAME_REACH = 40
# Or said later in its clause, after its date and subject (« la résolution 2000/22, du 18 août
# 2000, concernant …, adoptée par la Sous-Commission »), before any other document is named.
_ADOPTED_BY = re.compile(r"\badopte\w* par\b")
_CLAUSE_REACH = 200
_ANOTHER_SYMBOL = re.compile(r"\d+/\d+")
# Its subject asked (« la 77/213, elle porte sur quoi ? »), which only a title or a subject beside
# its name gives (« intitulée », « sur », « relative à »; PP4 dates 77/213 and says no more).
_SUBJECT_ASKED = re.compile(
    r"\b(?:port(?:e|ait) sur quoi|parl(?:e|ait) de quoi|c'(?:est|etait) sur quoi|"
    r"sur quoi (?:elle|il) port(?:e|ait)|de quoi (?:elle|il) parl(?:e|ait)|what(?:'s| is| was) it about|"
    r"about what)\b|^what(?:'s| is| was) (?:[\w/-]+ ){1,4}about\s*\?*\s*$"
)
# Its title asked (« quel est le titre de la 48/141 ? »), which the text gives for three
# (« intitulée « Haut-Commissaire chargé… » »), and a document named by its name carries.
_TITLE_ASKED = re.compile(r"\b(?:titres?|titles?|intitulee?s?|intitule|s'appelle|called|named)\b")
_TITLE_TERM = re.compile(r"^(?:titr|title|intitul|appel|call|name)")
_TITLED = re.compile(r"\bintitulee?s?\b")
_SUBJECT_GIVEN = re.compile(r"\b(?:intitulee?s?|sur|relative?s?|concernant|consacree?s?)\b")
_SUBJECT_REACH = 80
_TITLE_TERMS = 5
_A_DOCUMENT = re.compile(
    r"\b(?:resolutions?|resos?|intitulee?s?|titre|title|titled|called|ag|assemblee generale)\b"
)
_PASSAGE = re.compile(r"\b(?:paragraph\w*|paras?|passages?|alineas?|langue|language|libelle|formulation)\b")
# A cited document's symbol or number asked (not a footnote: « la note renvoie à quoi ? »).
# An article of a cited text asked (English arrives glossed: "which article of" as « quel paragraphe of »),
# not a paragraph of this one.
_ARTICLE_ASKED = re.compile(
    r"\b(?:quel|quels|which|what) (?:articles?|paragraphes?) (?:de la |du |de l'|des |of the |of )"
    rf"(?!{OF_THIS_TEXT})"
)
_ARTICLE = re.compile(r"\b(?:article|paragraphe)\b", re.IGNORECASE)
_SYMBOL_ASKED = re.compile(
    # (Not « à côté de », « Côte d'Ivoire ».)
    r"\b(?:(?<!a )(?<!de )cotes?(?! d'ivoire)|symboles?|symbols?|document numbers?|"
    r"(?:resolution|document) (?:number|numero|nombre)|"
    r"numero (?:de|du) (?:la )?(?:resolution|document))\b"
)
# A note asked of a cited document (« la note sur Durban renvoie à quoi ? »): quoted beside its paragraph.
_NOTE_ASKED = re.compile(
    r"\b(?:notes?|footnotes?|renvoi\w*|references? (?:complete|exacte|documentaire)|full reference)\b|"
    # « dans quelles résolutions figurent les déclarations politiques sur Durban ? »: FN3's symbols.
    r"\b(?:quel(?:le)?s?|which|what) (?:resolutions?|documents?|symboles?|symbols?|cotes?)\b"
)
# A date asked (not "when it talks about…", a conjunction).
_DATE_ASKED = re.compile(
    r"\bquand\b(?!\s+(?:it|il|elle|ils|elles|they|on|we|nous)\b)|\ble combien\b|"
    r"\b(?:dates?|de quand|en quelle annee|quelles? annees?|quel jour|what year|which year|what day|"
    r"which day|"
    r"when (?:was|were|did|is|does|do))\b"
)


def _needles(document: Citation) -> list[str]:
    """How the text may name a cited document: its key, or a distinctive word of its name.

    (« Durban (Afrique du Sud) du 31 août au 8 septembre 2001 » dates the Durban documents.)
    """
    head = re.split(r" \(| : |, ", document.label)[0]
    distinctive = [w for w in words(head) if len(w) > 3 and w not in _GENERIC_NAME_TERMS]
    return [fold(n).lower() for n in {document.key, *distinctive} if len(n) > 3 or "/" in n]


# Words that look like a cited document's name and are not: « sans qu'un autre vienne s'en mêler »,
# the verb venir, not Vienna.
_NOT_A_DOCUMENT = re.compile(
    r"\b(?:qu'(?:un|une|il|elle|on)|que (?:je|tu|il|elle|on|l'on)|qui|qu'un autre|que l'autre)"
    r" (?:\w+ )?viennen?t?\b|\bviennen?t? (?:s'|se |me |te |nous |vous |\w+er\b)|"
    # « l'examen périodique universel(le) »: the Council's review, not the Universal Declaration.
    r"\bperiodique universel\w*"
)


_OWN_SYMBOL_OR_ANOTHER = re.compile(OWN_SYMBOL_OR_ANOTHER)
# « je suis pas d'accord avec l'OP 13 »: agreeing, no agreement the text cites.
# (Only the asker's: « Paris est d'accord avec… » is a government's stance, declined otherwise.)
_AGREEING = gated(
    r"(?:^\W*|\b(?:je|j'|on|nous) ?(?:ne )?(?:suis|est|sommes) (?:pas )?(?:tout a fait )?)d'accord\b"
)


# What a cited document is said to say or decide about a subject, and below what share of the
# subject's words the citing paragraphs do not report it (as for a paragraph named, paragraph_checks).
_SAID_ABOUT = re.compile(
    # (And what it provides, recommends or contains: « la décision 1/CP.21 prévoit quoi pour le
    # financement climat ? », « le Programme de Vienne contient-il une disposition sur … ? ».)
    r"\b(?:say|says|said|decide|decides|decided|dit|disent|disait|disaient|decident|affirm\w*|prevoi\w*|prevu\w*|"
    r"recommand\w*|recommend\w*|contien\w*|contenai\w*|contains?|stipul\w*|provides?|provided)\b"
    # (« que dit le document final de Kampala sur … »; not "does this thing say anything about the
    # Paris deal?": whether this text cites it.)
    r"(?![^?]{0,60}?\b(?:anything|something|quelque chose)\b)[^?]{0,60}?\s(?:about|on|regarding|concerning|"
    r"sur|au sujet d[eu]|concernant|a propos d[eu]|pour|for)\s+"
    r"(?P<subject>[^?]+)"
)
_SUBJECT_FLOOR = 0.5


class DocumentRoute:
    """Name the paragraphs citing a document; decline a symbol the text never cites."""

    def __init__(self, evidence: Evidence) -> None:
        self.evidence = evidence
        self.service = evidence.service
        self.resolution = evidence.resolution

    def answer(self, typed: str, q: str) -> Answer | None:
        """Return where the named documents are cited, or ``None`` if the question names none."""
        if a_city_votes(q) or (asks_authors(q) and _PASSAGE.search(q)):
            # « Vienne a voté pour ? »: a government, not the Vienna Declaration; "did South
            # Africa propose the Durban paragraph?": who drafted this text's words, the authors'
            # decline (who wrote a cited report is weighed below).
            return None
        documents, unknown = self.named(_AGREEING.sub(" ", q))
        if (not documents and not unknown) or _OWN_SYMBOL_OR_ANOTHER.search(q):
            # « c'est 56/2 ou 56/20 ? »: this text's own symbol, asked against a slip.
            return None
        if not documents:
            return Answer(
                typed,
                Intent.CITATIONS,
                False,
                "document_non_cite",
                subject=unknown[0],
                documents=(),
                closest=self.evidence.closest(typed),
            )
        citing = [self.resolution.get(i) for d in documents for i in d.cited_in]
        paragraphs = tuple(dict.fromkeys(p for p in citing if p is not None))
        # « Qui a rédigé le rapport A/HRC/56/40 ? » names a cited document but asks what no
        # citing paragraph says: weigh the question against them as search answers are weighed.
        words_asked = content(_COUNTED.sub(" ", typed))
        generic = self.evidence.generic(words_asked)
        terms = [t for t in analyze(words_asked) if not _CITATION_TERM.match(t) and t not in generic]
        if not _WHO_WHEN_HOW_MANY.search(q):
            terms = [t for t in terms if not _SIGNED.match(t)]
        if _TITLE_ASKED.search(q):
            terms = [t for t in terms if not _TITLE_TERM.match(t)]
        if len(documents) > 1 or len(paragraphs) > 1:
            # (« Kampala est cité deux fois, qu'est-ce qui les distingue ? »: its two citings.)
            terms = [t for t in terms if not _COMPARING_TERM.match(t)]
        if any(_DATED.search(p.text) for p in paragraphs):
            # « datent de quand ? », « quand a été adoptée la 6/17 ? »: the date is there.
            when = bool(_WHEN_ASKED.search(q) or _YEAR_CHECKED.search(q))
            terms = [t for t in terms if not _DATE_TERM.match(t) and not (when and t.startswith("adopt"))]
            if _YEAR_CHECKED.search(q):
                terms = [t for t in terms if not _CHECKED_TERM.match(t)]
        # The citing paragraphs' footnotes hold the documents' references (« la note renvoie à
        # quelle décision ? » is answered by FN1): their words count, and they are quoted too.
        notes = self.evidence.footnotes_of(paragraphs)
        own = frozenset().union(
            *(self.evidence.terms[p.id] for p in (*paragraphs, *notes)),
            *(analyze(d.label) for d in documents),
        )
        paraphrased = frozenset().union(
            *(self.evidence.paraphrases.coverage_terms.get(p.id, frozenset()) for p in paragraphs)
        )
        covered = self.evidence.covered(terms, own, paraphrased=paraphrased) if terms else 1.0
        about = _SAID_ABOUT.search(q)
        if about and covered >= self.evidence.threshold:
            # "what did the Kampala summit's final document say about climate finance?": the
            # subject must be in the citing paragraphs, however well the document's own name is.
            subject = [t for t in analyze(content(about["subject"])) if t not in generic]
            if subject and self.evidence.covered(subject, own, paraphrased=paraphrased) < _SUBJECT_FLOOR:
                covered = 0.0
        if covered < self.evidence.threshold:
            return Answer(
                typed,
                Intent.CITATIONS,
                False,
                "hors_texte",
                closest=self.evidence.closest(typed),
                coverage=covered,
            )
        undated = _DATE_ASKED.search(q) and not self._dated(documents, (*paragraphs, *notes))
        if (
            undated
            or lacks_date(q, (p.text for p in paragraphs))
            or (_WHEN_ASKED.search(q) and _SIGNING.search(q))
        ):
            # (« l'accord de Paris a été signé quand ? »: the text dates adoptions, never a signing.)
            # « Quand a été adoptée la DUDH ? »: OP13 names it, undated.
            return Answer(typed, Intent.CITATIONS, False, "date", closest=self.evidence.closest(typed))
        # (A kind of country the paragraphs name answers « quels pays », unless the question asks
        # for another: « quels pays du Nord », when PP9 names the non-aligned.)
        texts = " ".join(normal(p.text) for p in paragraphs)
        asked = _KIND_ASKED.search(q)
        kind = (asked["kind"] or asked["kind2"]) if asked else None
        which = WHICH_COUNTRIES.search(q) and (
            not any(COUNTRY_KINDS.search(p.text) for p in paragraphs)
            or (kind is not None and not re.search(rf"(?<![\w-]){kind}(?![\w-])", texts))
        )
        if (_COUNTRY_OF_PLACE.search(q) or which) and not self.evidence.names_countries(paragraphs):
            # (« d'après la Déclaration de Kampala, quels pays se sont engagés à … ? »: PP9 and PP19
            # name no country that did; PP26 names the kinds 6/17's fund helps.)
            return Answer(typed, Intent.CITATIONS, False, "pays_cites", closest=self.evidence.closest(typed))
        if (_BODY_ASKED.search(q) and not self._near(documents, paragraphs, _BODY)) or (
            _PLACE_ASKED.search(q) and not self._near(documents, paragraphs, _PLACE)
        ):
            # « la Déclaration du Millénaire a été adoptée par quel organe ? », « … adoptée où ? »:
            # PP4 dates it, names neither (the Assembly beside it is 77/213's); the label of the
            # cited documents' table would say it, but from outside the text.
            return Answer(typed, Intent.CITATIONS, False, "hors_texte", closest=self.evidence.closest(typed))
        if (
            _ENUMERATE.search(q)
            or (_SUBJECT_ASKED.search(q) and not self._subject_given(documents, paragraphs))
            or (_TITLE_ASKED.search(q) and not self._titled(documents, paragraphs))
            or (_ASKS_CONTENT.search(q) and not any(REPORTING.search(p.text) for p in paragraphs))
            # "Which African NGOs were consulted under 78/199?": OP36 says whom, never by name.
            or (NAMED_KINDS.search(q) and not gives_names(p.text for p in paragraphs))
        ):
            # « la reso 46/14 elle demande quoi exactement ? »: the text gives its subject, not
            # what it asked or decided (unless « dans laquelle il a prié… » reports it).
            return Answer(typed, Intent.SEARCH, False, "autre_document", closest=self.evidence.closest(typed))
        if (asks_count(q) and not gives_number((p.text for p in paragraphs), q)) or lacks_amount(
            q, (p.text for p in (*paragraphs, *notes))
        ):
            # « au sommet de Kampala, combien de chefs d'État ? »: the citing paragraphs count none.
            return Answer(typed, Intent.CITATIONS, False, "montant", closest=self.evidence.closest(typed))
        if _ARTICLE_ASKED.search(q) and not any(_ARTICLE.search(p.text) for p in (*paragraphs, *notes)):
            # "Which article of the Paris Agreement does the resolution quote?": PP3 cites the
            # Agreement whole (PP1 cites the Charter's « paragraphe 3 de l'Article premier »).
            return Answer(typed, Intent.CITATIONS, False, "hors_texte", closest=self.evidence.closest(typed))
        if _SYMBOL_ASKED.search(q) and not any("/" in d.key for d in documents):
            # "what's the UN document symbol of the Vienna Declaration?", "the Millennium
            # Declaration is which GA resolution number?": the text gives it none.
            return Answer(typed, Intent.CITATIONS, False, "hors_texte", closest=self.evidence.closest(typed))
        if _NOTE_ASKED.search(q) or _SYMBOL_ASKED.search(q):
            # (« cote du document de la Sous-Commission … 2000/22 »: the note gives the reference.)
            paragraphs += tuple(n for n in notes if n not in paragraphs)
        return Answer(
            typed, Intent.CITATIONS, True, documents=tuple(documents), paragraphs=paragraphs, coverage=covered
        )

    @staticmethod
    def _near(
        documents: list[Citation],
        passages: tuple[Paragraph, ...],
        what: re.Pattern[str],
        reach: int = _NAME_REACH,
    ) -> bool:
        """Whether a passage says ``what`` (a body, a place) in a document's name or just after it."""
        texts = [fold(p.text).lower() for p in passages]
        for document in documents:
            for needle in _needles(document):
                if what.search(fold(document.key).lower()) or what.search(needle):
                    return True
                for text in texts:
                    for found in re.finditer(re.escape(needle), text):
                        if what.search(text, found.end(), found.end() + reach):
                            return True
                        adopted = _ADOPTED_BY.search(text, found.end(), found.end() + _CLAUSE_REACH)
                        if (
                            adopted
                            and not _ANOTHER_SYMBOL.search(text, found.end(), adopted.start())
                            and what.search(text, adopted.end(), adopted.end() + reach)
                        ):
                            return True
        return False

    def _subject_given(self, documents: list[Citation], paragraphs: tuple[Paragraph, ...]) -> bool:
        """Whether the text says what a document named by its symbol is about, or what it did.

        A document cited in a note is described by the paragraph the note hangs on (OP20 for
        A/HRC/55/78); one named by its name carries its subject in it (« Conférence mondiale
        contre le racisme »).
        """
        if any("/" not in d.key for d in documents) or any(p.id.startswith("FN") for p in paragraphs):
            return True
        if any(REPORTING.search(p.text) for p in paragraphs):
            return True  # « 60/251 …, par laquelle l'Assemblée l'a créé »
        return self._near(documents, paragraphs, _SUBJECT_GIVEN, _SUBJECT_REACH)

    def _titled(self, documents: list[Citation], paragraphs: tuple[Paragraph, ...]) -> bool:
        """Whether the text gives a document's title: its name, or « intitulée » beside its symbol."""
        if any("/" not in d.key for d in documents) or any(p.id.startswith("FN") for p in paragraphs):
            return True  # (A note's report is named by the paragraph it hangs on: OP20's A/HRC/55/78.)
        return self._near(documents, paragraphs, _TITLED, _SUBJECT_REACH)

    @staticmethod
    def _dated(documents: list[Citation], passages: tuple[Paragraph, ...]) -> bool:
        """Whether a passage dates one of the documents where it names it (« 2000/22, du 18 août 2000 »).

        « la 66/3 elle date de quand ? »: FN3 names it undated, and PP10's dates are the Durban
        conferences'. A document named nowhere in the passages (by its key or its name) is given
        the benefit of the doubt.
        """
        texts = [fold(p.text).lower() for p in passages]
        named = False
        for document in documents:
            for needle in _needles(document):
                for text in texts:
                    for found in re.finditer(re.escape(needle), text):
                        named = True
                        if _DAY_DATE.search(text, found.end(), found.end() + _DATE_REACH):
                            return True
        return not named

    def named(self, q: str) -> tuple[list[Citation], list[str]]:
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
        typed_words = set(words(_NOT_A_DOCUMENT.sub(" ", q)))
        for citation, names in self._citation_names:
            if citation not in found and any(name <= typed_words for name in names):
                found.append(citation)
        if _A_DOCUMENT.search(q):
            # A long title names its document only beside a word for one (« la résolution de l'AG
            # intitulée … »): « que doit faire le Haut-Commissaire chargé de promouvoir et de
            # protéger tous les droits de l'homme ? » asks what the office must do.
            found.extend(c for c, title in self._titles if c not in found and title <= typed_words)
        return found, unknown

    @cached_property
    def _citation_names(self) -> list[tuple[Citation, list[frozenset[str]]]]:
        """Each cited document's identifying terms: from its key and the head of its label."""
        out = []
        for citation in self.resolution.citations:
            names = []
            for text in (citation.key, re.split(r" \(| : ", citation.label)[0]):
                terms = frozenset(words(text)) - _GENERIC_NAME_TERMS
                if terms:
                    names.append(terms)
            out.append((citation, names))
        return out

    @cached_property
    def _titles(self) -> list[tuple[Citation, frozenset[str]]]:
        """The long titles the text quotes (« intitulée « Haut-Commissaire chargé … » »), by document.

        A short one (« Plan d'action de Buenos Aires ») is its label's head again, or a subject's
        words (« Déclaration sur le droit au développement »).
        """
        out = []
        for citation in self.resolution.citations:
            terms = frozenset(words(citation.label.partition(" : ")[2])) - _GENERIC_NAME_TERMS
            if len(terms) >= _TITLE_TERMS:
                out.append((citation, terms))
        return out
