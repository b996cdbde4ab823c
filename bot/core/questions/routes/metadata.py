"""Facts about the resolution itself: date, meeting, session, symbol, title, language, link."""

from __future__ import annotations

import re

from bot.core.questions.answer import Answer, Intent
from bot.core.questions.evidence import Evidence
from bot.core.questions.introductions import after_introduction
from bot.core.questions.kinds import OWN_SYMBOL_OR_ANOTHER, text_year
from bot.core.questions.normalise import boundary_first, normal, without_askers_words
from bot.core.questions.routes.metadata_said import other_subject, said_day, said_once, wrong_facts
from bot.core.questions.routes.requests import REQUEST_WORDS
from bot.core.search.analyzer import analyze
from bot.core.text.gates import gated
from bot.core.text.models import Kind

# The fact each pattern asks about.
_FACTS = (
    (
        "distributed",
        boundary_first(
            r"\bdistribu|\bpubliee?s?\b|\bparue?\b|date de publication|\bpublished\b|\bissued\b|"
            # « la date du 11 juillet en haut du document, elle correspond à quoi ? »: « Distr. ».
            r"\bdates?\b[^?]{0,40}\ben haut (?:du|de la|de ce) (?:document|texte|page)\b|"
            r"\ben haut (?:du|de la|de ce) (?:document|texte|page)\b[^?]{0,40}\bdates?\b"
        ),
    ),
    (
        "adopted",
        boundary_first(
            r"\bquand\b|\bdate\b|quel jour|en quelle annee|\bdatee?\b|en quel mois|which month|what month|"
            # « ça a été entériné quel jour ? », « c'est bien ce jour-là que le Conseil a adopté … ? »
            r"\benterine\w*|\bce jour(?:-la)? (?:ou|que|qu')|"
            r"\ba quel moment\b|\b(?:le|du|au) combien\b|"
            # « adopted in March 2024, right? »: the date, which corrects it.
            # (« le Conseil a adopté cette résolution le 12 juillet ? »: the text named between.)
            r"\b(?:adopt|vot)\w* (?:(?:cette|la|ce|le|this|the) (?:resolution|reso|texte?|document) |it )?"
            r"(?:in|on|en|le) (?:\d|janvier|fevrier|mars|avril|mai|juin|juillet|aout|"
            r"septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|"
            r"september|october|november|december)"
        ),
    ),
    # (Not the island: « La Réunion c'est cité ? », « l'île de la Réunion »; see _ISLAND.)
    (
        "meeting",
        # (Not « la réunion de haut niveau de l'AG » that PP10 recalls: see _RECALLED_MEETING.)
        boundary_first(r"\bseance\b|(?<!ile de la )\breunion\b(?!\s+(?:c'est|est)\s+(?:cite|mentionn|nomm))"),
    ),
    # (« sur quelle période s'étalait la réunion où ce texte est passé ? »: the session's dates.)
    ("session", boundary_first(r"\bsession\b|\bquelle periode\b|\bs'etal(?:ait|e|ent)\b")),
    (
        "symbol",
        boundary_first(
            r"\bsymbole\b|\bcote (?:officielle|du document)|numero du document|reference officielle|"
            # « référence de la résolution 56/2 ? »: its own symbol, not the documents it cites.
            r"\breference (?:de |of |for |pour )?(?:la |cette |the |this )?(?:resolution|reso|text|texte)"
            r"(?: 56/2)?"
            r"\s*\?*\s*$|"
            # « c'est quoi la cote ? »: of the document itself (not « la cote du rapport ? »).
            r"\bla cote\s*(?:exacte\s*)?\?|"
            # "What is the document symbol?", "the UN document number" (glossed « the cote »).
            r"\b(?:the|its) (?:un |official |exact )?cote\s*\??\s*$|"
            r"\bcote of (?:the|this) (?:resolution|reso|text)\b|"
            # « quelle est la cote de cette résolution ? » (not « … de la résolution 2000/22 »).
            r"\bcote (?:de (?:cette|la) (?:resolution|reso)|du texte|de ce texte)\b"
            r"(?!\s*(?:\d|de l'|du |des ))|"
            # « c'est quoi le numéro de la résolution », "what's the resolution number".
            r"\bnumero de (?:la |cette )?(?:resolution|reso)\b|\bresolution (?:number|numero|nombre)\b|"
            r"\b(?:resolution|its) number\b|"
            # "what's the official number of this HRC resolution?"
            r"\b(?:number|nombre) of (?:this|the) (?:hrc |council |un |conseil des droits de l'homme )?"
            r"(?:resolution|reso|text)\b|"
            r"\bnumero (?:officiel |exact )?(?:de|du) (?:cette|la|ce|le) (?:resolution|reso|texte)\b|"
            + OWN_SYMBOL_OR_ANOTHER
        ),
    ),
    (
        "title",
        boundary_first(
            # (Not « au titre de quel point », the agenda, nor « à ce titre », « à titre indicatif ».)
            r"(?<!\bau )(?<!\ba ce )(?<!\bau meme )(?<!\ba )\btitre\b|"
            r"\bintitul|s'appelle\b|\bnom de la resolution|"
            # « le nom officiel de ce texte », "its full name": the title.
            r"\bnom (?:officiel |complet |exact )?(?:de ce|du|de cette|de la) "
            r"(?:texte|resolution|reso|document)\b|\b(?:official|full|pleine?|complete) (?:name|nom)\b"
        ),
    ),
    (
        "language",
        boundary_first(
            # (Not « chez nous on tient à la langue »: the asker's, not the text's.)
            # (Not "the language on coercive measures in OP8": a paragraph's wording.)
            r"\b(?:quelle|the|sa|which|what) (?:langue|language)\b"
            r"(?!\s+(?:on|in|about|used|of (?:op|pp|para)|sur|dans|du (?:paragraphe|para|op)|"
            r"de l'(?:op|alinea))\b)|"
            r"\blangue (?:of|du|de la|de l'|de ce|de cette|originale|d'origine|de redaction)|\boriginal|"
            r"\bredigee? en\b|\btradui|\becrite? en\b[^?]*\b(?:origine|originally|d'abord)|"
            r"originally written|"
            # « écrit au départ dans la langue de Molière ? », « rédigé à l'origine en quoi ? »
            r"\b(?:ecrit|redige)e? (?:au depart|a l'origine|d'abord|initialement)\b(?! par\b)"
        ),
    ),
    (
        "body",
        boundary_first(
            # (The body asked, not named as the subject: « l'organe genevois se fixe quelle suite ? ».)
            r"\b(?:quel|which|what|par quel|by which)\s+(?:est\s+l'|est\s+le\s+)?organe\b|\borgane\s*[?:]|"
            r"\bl'organe (?:qui|ayant|adoptant)\b|quelle instance|qui a adopte|adoptee? par qui|quel conseil|"
            r"\bbody\b|"
            r"(?:what|which|quel) organismes? (?:adopt|a adopt|l'a adopt)|"
            # « c'est une résolution de l'AG ou du Conseil ? », "is this a General Assembly
            # resolution?", "who adopted it" (glossed « qui adoptee it »).
            r"\b(?:qui|who) (?:l'a |a |has )?adopte\w*|\bresolution de l'(?:ag|assemblee generale) ou\b|"
            r"\b(?:ag|assemblee generale) ou (?:du |le )?conseil\b|"
            r"\bconseil ou (?:de )?l'(?:ag|assemblee generale)\b|"
            r"\b(?:is|est-ce) (?:this|it|ce|que c'est) (?:a |an |une )?"
            r"(?:assemblee generale|general assembly) (?:resolution|texte)\b|"
            r"\bc'est une resolution (?:de l'|du )(?:ag|assemblee generale|conseil)\b"
        ),
    ),
    # (« c'est rattaché à quelle rubrique du programme de la session ? »: the agenda item.)
    ("agenda", boundary_first(r"ordre du jour|\bodj\b|\brubrique du programme\b")),
    # « en lien avec la science » is no link.
    ("url", boundary_first(r"(?<!en )\blien\b(?! avec)|\burl\b|texte officiel|telecharg")),
    (
        "structure",
        boundary_first(
            # « combien y a-t-il de paragraphes dans le dispositif », "how many footnotes" (glossed).
            # (« Combien le dispositif compte-t-il de paragraphes ? »: the part between.)
            r"\bcombien\b[^?]{0,35}\b(?:paragraphes|alineas|notes?|considerants|paras|footnotes)\b|"
            r"\b(?:nombre|number) (?:de |d'|of )(?:paragraphes|alineas|notes|considerants|paras)\b"
        ),
    ),
)
# Facts asked with words (« quand », « séance », « combien de paragraphes ») that may be about
# something else in the text (« combien de paragraphes parlent de l'EPU ? » is a search):
# « Quand le Haut-Commissaire doit-il présenter son rapport ? » is not about the adoption.
# « does the operative part link cooperation to racism? » (« lien ») is no request for the link.
_WHEN_FACTS = frozenset({"adopted", "meeting", "session", "structure", "url"})
# What else is distributed (« les vaccins ont été distribués quand ? »): not the document.
_DISTRIBUTED_THING = re.compile(
    r"\b(?:vaccins?|vaccines?|fonds|funds?|aides?|aid|doses?|ressources|resources|argent|money|"
    r"richesses?|wealth)\b"
)
# Another year than the adoption's (« qu'est-ce qui a été adopté le 8 septembre 2000 ? »): not this
# text's date, whatever its verb.
_ANOTHER_YEAR = re.compile(
    # (« quelle résolution date de 2015 ? »: a text of that year, which it cites.)
    r"\b(?:qu'est-ce qui|qu'est ce qui|quoi|what (?:was|got|has been)|quel(?:le)?s? \w+ (?:a|ont) ete|"
    r"quel(?:le)?s? (?:resolutions?|resos?|textes?|documents?|declarations?)|which (?:resolutions?|texts?|"
    r"documents?|declarations?))\b"
    rf"[^?]*{text_year('2024')}"
)
# A session other than this one, named (« la 59e session »; not « le 10th » of a date).
_NAMED_SESSION = re.compile(
    r"\b(?!56)\d{2}(?:e|eme|th|rd|nd|st) session|\bcinquante-(?!sixieme)\w+ session|\bsoixant\w* session"
)
_WHO_VOTED = re.compile(r"\b(?:qui|who|combien|how many|quels pays|which countries)\b[^?]*\bvot")
_ADOPTION = re.compile(r"\badopt")
# This text handed out (« on nous a distribué ce texte », « le document qu'on nous a distribué »),
# not another one (« on nous a distribué la Déclaration sur le droit au développement »).
_THIS_DISTRIBUTED = re.compile(
    r"\bdistribue\w* (?:ce|le|cette|la) (?:texte|document|resolution|reso)\b(?! (?:de|du|des|sur)\b)|"
    r"\b(?:ce|le|cette|la) (?:texte|document|resolution|reso) (?:qu'on nous a |qu'on a |nous a ete |a ete )?"
    r"distribue"
)
_TOP_OF_THE_DOCUMENT = re.compile(
    r"\ben haut d(?:u|e la|e ce) (?:document|texte|page|resolution)\b|\ben-?tete\b"
)
# The top's date read out, not said of the adoption (« sur mon PDF il y a écrit 11 juillet 2024 tout
# en haut, … adoptée quel jour ? »).
# (« … en haut, donc elle a été adoptée le 11 juillet ? » still says the adoption's day wrong.)
_ADOPTED_ON_A_DAY = re.compile(r"\badopt\w* (?:le |on (?:the )?)?\d")
_WRITTEN_AT_THE_TOP = re.compile(r"\b(?:ecrit|marque|indique)\b[^?.]{0,40}\ben haut\b")
# The adoption asked outright (« quand a-t-elle été adoptée ? »), not set aside (« pas adopté hein »).
_ADOPTED_WHEN = re.compile(r"\b(?:a|a-t-(?:il|elle)|avait|fut|est) (?:ete )?adoptee?\b")
# « … la conférence. Elle a eu lieu quand ? »: an event held (a conference, a summit), not the
# adoption (a resolution is adopted; its vote, « il », is held).
_EVENT_HELD = re.compile(
    r"\b(?:elle|elles|ils|it|they)\s+(?:a|ont|avait|avaient)\s+eu lieu\b|\b(?:was|were) (?:it|they) held\b"
)
# The resolution's own title and symbol, not another document's (« quel est son intitulé ? » of
# the Assembly's resolution 48/141, "the symbol of the HC report").
_OWN_FACTS = frozenset({"title", "symbol"})
# Which document the text cites (« cite quelle résolution », "which resolution does it recall"):
# its date and symbol are the cited one's, never this text's heading.
_WHICH_CITED = re.compile(
    r"\b(?:cite|citee?s?|rappelle|mentionne|recalls?|cites?|mentions?) (?:quel(?:le)?s?|which|what) "
    r"(?:resolutions?|documents?|declarations?|textes?|texts?)\b|"
    # "Under which GA resolution number and date does 56/2 cite it?", « sous quelle résolution la
    # 56/2 la cite-t-elle ? »: the verb after.
    r"\b(?:quel(?:le)?s?|which|what) [^?]{0,40}\b(?:resolutions?|documents?|symbol|cote)\b[^?]{0,40}"
    r"\b(?:(?:does|do|did) (?:it|56/2|the resolution|the text|this text|this resolution) "
    r"(?:cite|recall|mention|refer)|(?:cite|rappelle|mentionne)-t-(?:elle|il))\b|"
    # « la résolution précédente … de quel jour ? » (PP4's), « son rapport annuel, la cote ? » (FN4's).
    r"\b(?:resolution precedente|precedente resolution|previous resolution)\b|"
    r"\b(?:son|le|du|its|the|ce|this) (?:rapport|bilan|report)\b[^?]{0,100}"
    r"\b(?:cote|symbole|symbol|quel document|which document)\b|"
    r"\b(?:cote|symbole|symbol)\b[^?]{0,20}\b(?:du|de ce|of the|of this) (?:rapport|report)\b"
)
# The high-level meeting PP10 recalls (« la réunion de haut niveau de l'AG, c'était quand ? »):
# its date is not this text's adoption.
_RECALLED_MEETING = re.compile(
    r"\b(?:reunion|pleniere) (?:pleniere )?de haut niveau\b|\bhigh-level (?:plenary )?meeting\b"
)
_OTHER_DOCUMENT = gated(
    r"\b(?:rapports?|reports?|declarations?|agenda|programmes?|plans?|accords?|agreements?|conventions?|"
    r"assemblee generale|general assembly|sous-commission|sub-commission)\b|\b(?!56/2\b)\d+/\d+\b|"
    # "Which resolution from 2015 … what is its title?", "some 1986 text … what's it called?":
    # another text's.
    r"\bresolutions? (?:qui|that|which|who)\b|\bresolutions? (?:from|of|de|adoptee en) (?:19|20)\d\d\b|"
    + text_year("2024")
)
# What the text asks to be held or written, whose language it never sets.
_ITS_MEETINGS = re.compile(
    r"\b(?:seminaires?|seminars?|ateliers?|workshops?|rapports?|reports?|debats?|debates?|"
    r"consultations?|reunions?|meetings?|compilation)\b"
)
# Another text named by its kind or symbol (the Assembly alone is no other text: « c'est une
# résolution de l'AG ou du Conseil ? » asks which body adopted this one).
_ANOTHER_TEXT_NAMED = re.compile(
    r"\b(?:declarations?|plans?|programmes?|accords?|agreements?|conventions?|rapports?|reports?|"
    # (« la décision de l'an 2000 … vient de quel organe ? »: PP8's, a decision of another year.)
    r"pactes?|charte|charter|decisions? (?:de l'an |de |of )(?:19|20)\d\d)\b|(?<![\w/])(?!56/2\b)\d+/\d+"
)
_THE_TEXT = re.compile(r"\b(?:texte|text|resolution|reso|56/2)\b")
# A body asked of another act (« quel organe a créé le Conseil ? », « … doit organiser les séminaires ? »).
_BODY_DOES = re.compile(
    r"\b(?:cree\w*|creer|created?|establish\w*|institue\w*|organis(?!mes?\b)\w*|doit|doivent|must)\b"
)
_THIS_ONE = re.compile(r"\b(?:56/2|cette resolution|this resolution|la resolution 56)\b")
# A session question about the work ahead is about the text, not about this resolution's session.
_FUTURE_SESSION = re.compile(r"examin|poursui|rapport|prochain|soumet|present|reprend|neuvieme|troisieme")
# Another session named: the work ahead (« à la 59e session ? »), unless the question asks which
# session this one was (« c'était la 55e ou la 56e ? », « la session c'était la 55e ? »).
_ANOTHER_SESSION = re.compile(r"\b(?!56)\d{2}(?:e|eme|th|rd|nd|st)\b")
# (Not « 56/2 », the resolution's symbol.)
_THIS_56 = re.compile(r"\b56(?:e|eme|th)\b|cinquante-sixieme")
_WHEN_HELD = re.compile(r"\b(?:quand|when|dates?)\b")
_ADOPTED_THEN = re.compile(r"\b(?:adoptee?|adopted|votee?|voted|passed|passee)\b")
_THIS_SESSION_ASKED = re.compile(
    r"\b(?:c'etait|c etait|etait|was it|was this|was that|adoptee?|adopted|votee?|voted|passed|passee)\b"
)


# « La Réunion », capitalised after the message's first word: the island, as the country index reads it.
_ISLAND = re.compile(r"(?<=[Ll]a )R[ée]union\b(?! (?:du|de|des|d')\b)")
_ISLAND_FOLDED = re.compile(r"\b(?:la|de la|l'ile de la) reunion\b(?! (?:du|de|des|d')\b)")
# A fact the asker sets aside (« la date du vote, pas la date de distribution », « le numéro de la
# séance pas la session », "the meeting, not the session"): not asked.
_NOT_THIS_FACT = gated(
    r"\b(?:pas|not|et non|plutot que|rather than) (?:la |le |l'|the )?(?:date (?:de |d'|of )(?:la |the )?)?"
    r"(?:distribution|publication|session|seance|meeting|vote|adoption)\b|"
    # (Set aside: « pas adopté hein, distribué »; not « was it not adopted on 11 July? ».)
    r"\b(?:pas|not) (?:adoptee?|adopted|distribuee?|distributed|publiee?|published)\b"
    r"(?=\s*(?:hein|mais|but)\b|\s*[,;])|"
    # The asker's Model UN agenda (« our agenda item is cooperation. which paragraph… »), not the heading's.
    r"\bour (?:committee(?:'s)? )?(?:agenda item|point de l'ordre du jour) is\b[^.?!]*[.!]"
)


# Of the header's facts, what the header does not hold: why, what they imply or entail, who
# translated, where else it was published, whether it is usual, the draft's symbol, other agenda
# items (« « Original : anglais » ça veut dire que l'anglais fait foi ? », « pourquoi distribué le
# 11 alors que voté le 10 ? », « qui a traduit le texte ? », « publiée au journal officiel ? »,
# « le point 3 c'est toujours le même d'une session à l'autre ? », "what was under agenda item 4?",
# "the L-document number of the draft", "the first time the Council adopted this title").
_BEYOND_THE_HEADER = re.compile(
    r"\b(?:pourquoi|pk|pq|why|(?:ca|cela) veut dire que|signifie que|means? that|fait foi|font foi|"
    r"juridiquement|legally|authentic|qui (?:l'a |a )?tradui\w*|who translated|journal officiel|"
    r"official (?:journal|gazette)|toujours (?:le|la) meme|d'une session a l'autre|typi(?:que|cal)|"
    r"habituel\w*|usual(?:ly)?|premiere fois|first time|for the first|first adopt\w*|"
    r"(?:draft(?!ed (?:in|en)\b)|projet de resolution|l-document|l document)|autres points|"
    r"other (?:agenda )?items|"
    r"what (?:was|is) under|c'(?:est|etait) quoi le point (?!3\b)\d|discut\w*|discussed|"
    r"what(?:'s| is| was) (?:point de l'ordre du jour|agenda item|item) (?!3\b)\d|"
    # (English reaches here glossed: "first adopt" → « premier adoptee », "discussed" → « dialogue ».)
    r"premiere? adopt\w*|(?:are|is|were|was) dialogue|"
    # Who distributed it and to whom, what else the item or session held (« distributed by who
    # and to which countries », « quoi d'autre comme résolutions sous ce point ? »).
    r"combien (?:de )?(?:seances|reunions?)|distribu\w*[^?]{0,15}\b(?:by|par) (?:who|whom|qui)\b|"
    r"to (?:which countries|quels pays)|a quels pays|to whom|quoi d'autre|what else|"
    r"autres resolutions|other resolutions|"
    # Its title in another language (« the arabic title »): the text is the French one only.
    r"(?:arab\w*|english|anglais|espagnol|spanish|chinois|chinese|russe|russian) (?:titre|title|version)\b|"
    r"\b(?:titre|title|intitule)\b[^?]{0,20}\b(?:en|in) (?:arabe|arabic|anglais|english|espagnol|spanish|"
    r"chinois|chinese|russe|russian)\b)"
)


class MetadataRoute:
    """Name the facts a question asks about; the template states them from the metadata."""

    def __init__(self, evidence: Evidence) -> None:
        self.evidence = evidence
        self.resolution = evidence.resolution

    def _without_chat(self, typed: str) -> str:
        """The folded question without the common words the text never uses (« wsh », « binôme »)."""
        asked = _NOT_THIS_FACT.sub(" ", normal(typed))
        chat = self.evidence.generic(asked)
        if not chat:
            return asked
        # (Stop words too, which name nothing: « ma » in « ma binôme dit le 10 ».)
        kept = (w for w in asked.split() if any(c.isdigit() for c in w) or not set(analyze(w)) <= chat)
        return " ".join(kept)

    def answer(self, typed: str, q: str) -> Answer | None:
        """Return the facts asked for, or ``None`` if the question asks about the text instead."""
        if _WHICH_CITED.search(q) or _RECALLED_MEETING.search(q):
            # (« la résolution cite quelle résolution de l'AG, et de quelle date ? »: a cited one's.)
            return None
        facts: list[str] = []
        q = _NOT_THIS_FACT.sub(" ", q)
        # Whether the question names another subject: read once, at the first fact that needs it.
        other: bool | None = None
        for name, pattern in _FACTS:
            if not pattern.search(q):
                continue
            if name == "session" and _future_session(q):
                continue
            if name == "adopted" and (
                ("distributed" in facts and not _ADOPTION.search(q))
                or REQUEST_WORDS.search(q)
                or _NAMED_SESSION.search(q)
                or _EVENT_HELD.search(q)
                or _ANOTHER_YEAR.search(q)
            ):
                continue  # « la 59e session a lieu quand ? » is not this one's date
            # (« on nous a distribué ce texte … adoptée quand ? »: the adoption beside the distribution.)
            beside = (
                name == "adopted"
                and "distributed" in facts
                and _ADOPTED_WHEN.search(q)
                and _THIS_DISTRIBUTED.search(q)
                and not _ANOTHER_TEXT_NAMED.search(q)
                and not _OTHER_DOCUMENT.search(without_askers_words(q))
            )
            if name in _WHEN_FACTS and not beside:
                if other is None:
                    asked = after_introduction(typed) or typed  # (« I'm a law student … »: who asks)
                    other = other_subject(self._without_chat(without_askers_words(asked)))
                if other:
                    continue
            if (name == "distributed" and _DISTRIBUTED_THING.search(q)) or (
                name == "meeting" and _ISLAND.search(typed) and "seance" not in q
            ):
                continue  # « La Réunion a voté quoi ? »: the island (not a member), for the vote route
            if name == "adopted" and _WHO_VOTED.search(q):
                continue  # "who voted on 10 July?" asks for the voters
            if name in {"language", "distributed"} and _ITS_MEETINGS.search(q) and not _THE_TEXT.search(q):
                continue  # « les séminaires seront traduits ? », « le rapport sera publié quand ? »
            if (
                name in _OWN_FACTS
                and _OTHER_DOCUMENT.search(without_askers_words(q))
                and not _THIS_ONE.search(q)
            ):
                continue  # « the title of the GA resolution on the 2030 Agenda », a report's symbol
            if (
                name == "body"
                and (_ANOTHER_TEXT_NAMED.search(q) or _BODY_DOES.search(q))
                and not _THIS_ONE.search(q)
            ):
                continue  # « la déclaration …, adoptée par qui ? », « quel organe a créé le Conseil ? »
            facts.append(name)
        if not facts:
            return None
        if _BEYOND_THE_HEADER.search(q):
            return Answer(typed, Intent.SEARCH, False, "entete", closest=self.evidence.closest(typed))
        counts = {kind.value: len(self.resolution.part(kind)) for kind in Kind}
        # « elle a été adoptée le 12 juillet non ? », « c'était à la 35e séance ? »: « Non » first.
        metadata = self.resolution.metadata
        # (« le document est daté du 11 juillet ? » is right: the distribution's date, not the adoption's.)
        said_distributed = said_day(q, metadata.distributed)
        distribution = said_distributed and (
            not _ADOPTION.search(q) or bool(_WRITTEN_AT_THE_TOP.search(q) and not _ADOPTED_ON_A_DAY.search(q))
        )
        if (
            "adopted" in facts
            and "distributed" not in facts
            and (said_distributed or _TOP_OF_THE_DOCUMENT.search(q))
        ):
            # « adoptée le 11 juillet, la date en haut du document ? »: that date, « Distr. générale »,
            # is the distribution's, shown beside the adoption's that corrects it.
            facts.append("distributed")
        wrong = bool(set(wrong_facts(q, metadata)) & set(facts)) and not distribution
        data: dict[str, object] = {"counts": counts, **({"dit_faux": True} if wrong else {})}
        if wrong and "adopted" in facts:
            # « Non » corrects the adoption's date: it comes first, the distribution's after.
            facts = ["adopted", *(f for f in facts if f != "adopted")]
        return Answer(typed, Intent.METADATA, True, facts=said_once(tuple(facts)), data=data)


# Facts of the adoption a question may ask beside a member's vote (« la France a voté à quelle
# séance ? », "our country voted on this. Which session was it?").
_BESIDE_A_VOTE = ("adopted", "meeting", "session", "agenda")


def facts_beside_a_vote(q: str) -> tuple[str, ...]:
    """The adoption's facts a folded vote question also asks: its date, meeting, session, item.

    Read without ``_other_subject``: the member named is the vote's, not another subject.
    """
    found = []
    for name, pattern in _FACTS:
        if name not in _BESIDE_A_VOTE or not pattern.search(q):
            continue
        if name == "session" and _future_session(q):
            continue
        if name == "meeting" and _ISLAND_FOLDED.search(q) and "seance" not in q:
            continue  # « Mi sort La Réunion … la France la voté ? »: the island, no meeting
        if name == "adopted" and (
            REQUEST_WORDS.search(q) or _NAMED_SESSION.search(q) or _WHO_VOTED.search(q)
        ):
            continue
        found.append(name)
    return said_once(tuple(found))


def _future_session(q: str) -> bool:
    """Whether a session question is about the work ahead, not about this resolution's session."""
    if _FUTURE_SESSION.search(q):
        return True
    if (
        _NAMED_SESSION.search(q)
        and _WHEN_HELD.search(q)
        and not _ADOPTED_THEN.search(q)
        and not _THIS_56.search(q)
    ):
        return True  # « la 59e session c'était quand ? »: that session's dates, which the text lacks
    return bool(_ANOTHER_SESSION.search(q)) and not _THIS_SESSION_ASKED.search(q)
