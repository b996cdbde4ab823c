"""Questions the text cannot answer by their kind, whatever words they share with it.

The resolution names no person, reports no debate, statement or amendment, says nothing of what
happened after its adoption, quotes no other document's content, and names no country outside the
recorded vote. A question of one of these kinds is declined before any passage is weighed: that a
paragraph mentions the High Commissioner does not make it the High Commissioner's name.
"""

from __future__ import annotations

import re
from functools import cached_property

from bot.core.questions.answer import Answer, Intent
from bot.core.questions.bodies import AbsentBodies
from bot.core.questions.delegations import delegations_named
from bot.core.questions.evidence import Evidence, generic_terms
from bot.core.questions.kinds import asks_symbol, text_year
from bot.core.questions.normalise import QUESTION_WORDS, at_most_twice, content, normal
from bot.core.questions.routes.outside_documents import LISTED_ITEMS
from bot.core.questions.routes.outside_kinds import KINDS
from bot.core.questions.routes.vote_beyond import WHY
from bot.core.questions.routes.vote_premise import neither_said
from bot.core.search.analyzer import analyze
from bot.core.search.index import Hit
from bot.core.text.gates import gated

_HELPS_TAKE_PART = re.compile(
    # (« permettre à quels pays de participer ? »: who the fund is for.)
    r"\b(?:help|aider|permettre|allow|enable)\W+(?:\w+\W+){0,3}(?:a\W+|de\W+|to\W+)?particip"
)
# The debates the text does speak of: those of the regional seminars, to be summarised.
_SEMINARS = re.compile(r"\b(?:seminaires?|seminars?|workshops?|ateliers?)\b")
# This text's vote asked by its number (« la France a voté comment sur la 56/2 ? », "how did the UK
# vote on HRC resolution 56/2?"): another body's vote said beside it is the asker's context.
_THIS_TEXTS_VOTE = re.compile(
    r"^(?![^?]*\b(?:compar\w*|par rapport|than|que pour|qu'en|lorsque|session|previous|precedente?)\b)"
    r"[^?]*\bvot\w* (?:[\w'-]+ ){0,3}(?:on|sur) "
    r"(?:la |the )?(?:conseil des droits de l'homme |cdh |hrc )?(?:resolution |reso |texte )?56/2\b"
)
# « il a dit quoi le 20 ? j'ai raté le début »: what a paragraph says, not what someone said (not
# « le 20 juin », a day).
# (Not « la délégation américaine disait quoi le 10 ? »: someone who speaks.)
_SPEAKER = re.compile(
    r"\b(?:delegations?|delegue\w*|ambassad\w*|representant\w*|ministres?|president\w*|diplomates?)\b"
)
_WHAT_A_PARAGRAPH_SAID = re.compile(
    r"\bdi(?:t|sait) quoi (?:le |l'|au )(?:op ?|pp ?|§ ?|paragraphe )?\d{1,2}\b"
    r"(?!\s*(?:janv|fevr|mars|avril|mai|juin|juil|aout|sept|oct|nov|dec|h\b|heures?\b))"
)
# The clause by which the text reports what a document says (« la résolution 41/128, dans
# laquelle l'Assemblée a déclaré que… »); a mention alone (« prend note du rapport ») says nothing.
REPORTING = re.compile(
    r"\b(?:dans (?:laquelle|lequel|lesquelles|lesquels)|par (?:laquelle|lequel)|"
    r"dans (?:sa|son|ses) (?:résolutions?|décisions?|déclarations?))\b",
    re.IGNORECASE,  # « dans sa Déclaration de Kampala » (PP19)
)
# A meeting the text reports as held (« tenue à Kampala les 19 et 20 janvier 2024 »): before
# the adoption, so « was it held » is the text's question, not one about what came after.
_HELD = re.compile(r"\btenue?s? (?:à|en|du|le|les)\b")
# "what happened in Durban in 2001?": a past the text recalls, by its place or its year.
_HAPPENED = re.compile(
    r"\bwhat happened\b|\bque s'est-il passe\b|\bil s'est passe quoi\b|\bs'est passe quoi\b"
)
_RECALLED_PLACES = re.compile(r"\b(?:kampala|durban|vienne|vienna|addis|buenos aires|bakou|baku)\b")
# What comes next (« la prochaine conférence de Durban », which the text never plans), or after
# this text's adoption: never a meeting the text reports as held.
_NEXT = gated(
    r"\b(?:prochaine?s?|next|upcoming|future|will|auront lieu|se tiendront)\b|"
    r"\b(?:apres|after) (?:l'adoption|le vote|son adoption|"
    r"the (?:adoption|vote))\b"
)
# What a document asked or decided (not what came of it: "what did the consultations requested by
# 78/199 conclude?"), which a paragraph citing it may report.
_ASKED = re.compile(
    r"\b(?:ask|asks|asked|request|requests|requested|call|calls|called|urge|urged|invite|invited|decide|"
    r"decided|set up|create|created|establish\w*|demand\w*|pri(?:e|ait|a)|invit\w*|decid\w*|cre(?:er|e|ait)|"
    r"etabli\w*)\b(?! (?:by|par)\b)"
)
# A document's number as the text writes it (« 6/17 », « 78/199 »), not a date or a fraction of one.
_SYMBOL = re.compile(r"(?<![\w/])\d{1,3}/\d{1,3}(?![\w/])")
# How much of a question about another document a passage must hold to answer it itself.
REPORTED = 0.8
# What a document is asked to have found, as analysed: a passage reports it only by saying it.
_CONTENT_VERBS = frozenset(
    analyze(
        "recommande recommandent recommandait recommandé recommend recommends recommended conclut "
        "concluent concluait conclu conclude concludes concluded préconise préconisent préconisait "
        "report reported reports find found finds"
    )
)
# « que dit d'autre la résolution 2000/22 ? »: beyond what the text reports of it.
_ELSE = re.compile(r"\bd'autre\b(?!s)")
_PER_TEXT = re.compile(
    r"\b(?:d'apres|selon|dans) (?:le texte|la resolution 56/2)|"
    # (Not « la résolution 50/4, rappelée dans le préambule »: where it is cited.)
    r"\b(?:d'apres|selon) (?:le preambule|le dispositif)|"
    r"according to (?:the )?(?:text|resolution|preambule|preamble|dispositif|operative part)\b|"
    # « quel paragraphe de l'Article premier de la Charte le texte cite-t-il ? »: what PP1 cites.
    r"\b(?:le texte|la resolution|the text|the resolution) (?:cite|cites|quotes)\b|\bcite-t-(?:il|elle)\b"
)


# Penalties one State lays on another (« un pays qui en punit un autre tout seul », "slapping
# penalties on another country on its own"): the unilateral coercive measures OP8 deplores, not
# a penalty the text would set.
# A body's stance on a subject ("the Non-Aligned Movement's position on sanctions", « la position
# du G77 sur la dette ») is in its statements, not in this text; the Council's is the text, and a
# country's the vote route's.
_STANCE = gated(
    r"\b(?P<who>[a-z0-9][\w-]*(?: [\w-]+){0,4})'s (?:official )?(?:position|stance|views?|opinion) on\b|"
    r"\bposition (?:officielle )?(?:du |de la |de l'|des |de )(?P<de>[\w'-]+(?: [\w'-]+){0,4}?) "
    r"(?:sur|concernant|vis-a-vis)\b"
)
_THE_TEXT_OR_COUNCIL = re.compile(
    r"\b(?:conseil|council|cdh|hrc|texte|text|resolution|op ?\d+|pp ?\d+|paragraph\w*|preambule|preamble|"
    r"dispositif|homme)\b"
)
_ONE_STATE_ON_ANOTHER = gated(
    r"\b(?:on (?:another|other|a different) (?:country|state|countries|states)|on another\b|"
    r"(?:one|a single) (?:country|state)|on (?:its|their) own|"
    r"tout seuls?|dans (?:leur|son) coin|(?:un|d')autres? pays|(?:un|d')autres? etats?)\b"
)


# What a cited text holds beyond what this one reports of it, or what a meeting decided (« à part
# ce qui est rappelé ici, elle contient quoi d'autre ? »): no passage that reports it answers.
_BEYOND_WHAT_IS_SAID = re.compile(
    r"\b(?:a part|en dehors de|outre|au-dela de) ce qui\b|\bquoi d'autre\b|\bwhat else\b|"
    r"\bdecidee?s? lors d|\bdecided at\b|"
    # What it found (« qu'ont conclu les consultations ? »), not what the text says it asked.
    r"\b(?:find|found|findings|outcomes?|results?|resultats?|conclu\w*|constat\w*)\b|"
    # « que contient concrètement le Plan d'action de Buenos Aires ? »: its content, not its name.
    r"\b(?:concretement|en detail|dans le detail|concretely|in detail|specifically|concretes?|concrete)\b|"
    # "what's actually in the Buenos Aires Plan of Action?"
    r"\bwhat(?:'s| is) actually in\b"
)


# A claim heard about the text, to check (« un député a dit que la résolution invite les ONG… vrai
# ou faux ? », "A pundit said it was adopted unanimously. Is that true?"): what someone said is the
# claim, the text or the record settles it; no debate is asked.
_CLAIM_ABOUT_THE_TEXT = re.compile(
    r"\b(?:said|says|say|claim\w*|pretend\w*|affirm\w*|dit|disait|raconte\w*|ecrit|wrote|writes|tweet\w*|"
    r"assure\w*|soutien\w*|insist\w*|reckons?|thinks?|pense\w*)\b,? (?:que |qu'|that )?"
    r"(?:(?:the |la |le |l'|this |cette |ce |even )?(?:resolution|text|texte|reso|56/2|document|op ?\d+|"
    r"pp ?\d+|"
    r"preambule|preamble)\b|(?:it|elle)\b(?! (?:himself|herself|themselves|lui|elle-meme)\b))|"
    # A member's vote said (« mon pote dit que la Chine a voté contre », "A pundit said France voted
    # for it"): the record settles it.
    # (Not « il a dit quoi pour expliquer le vote », "say to explain its vote": the debates.)
    r"\b(?:said|says|claim\w*|pretend\w*|affirm\w*|dit|disait|raconte\w*|tweet\w*)\b,? (?:que |qu'|that )?"
    r"(?:(?!(?:quoi|what|expliqu\w*|explain\w*|pourquoi|why|to|pour)\b)[\w'-]+ ){0,12}?"
    r"(?:voted|vote (?:pour|contre|for|against)|a vote|ont vote|s'est abstenu\w*|abstained|"
    # ("A speaker said all the no votes came from Western countries.")
    r"(?:no|yes) votes|votes? (?:against|contre)|voix contre)\b|"
    # The claim asked first, then who made it ("Did Russia vote against? someone said so", « la
    # Chine s'est abstenue ? mon voisin l'a dit », « … ? Un intervenant l'a dit à la télé »).
    r"\?[^?]*\b(?:said so|says so|claimed so|l'a dit|l'a affirme|dit ca|a dit ca|disait ca)\b[^?]{0,30}$"
)


# What a delegate said or thought in person (their statement, their own view), not how the
# member voted.
_STATEMENT = re.compile(
    r"\b(?:dit|dire|said|say|says|declar\w*|discours|speech|expliqu\w*|explain\w*|explication\w*|statements?|"
    r"contest\w*|objections?|objected|critiqu\w*|criticiz\w*|"
    r"intervention|amend\w*|pourquoi|why|parole|floor|personnel\w*|personally|perso|d'accord|agree\w*|"
    r"demande\w*|request\w*|call\w*|toujours|always|"
    # « a parlé pendant le vote », "spoke during the vote" (not « on en parle en cours »).
    r"(?:a|ont) parle (?:pendant|lors|avant|apres)|spoke (?:during|before|after|at))\b"
)
_VOTE_WORD = re.compile(r"\bvot\w*|\babst\w*|\bpour\b|\bcontre\b|\bfor\b|\bagainst\b")


# The Sub-Commission's fifty-second session (PP8), not the Council's.
_SUB_COMMISSIONS_SESSION = re.compile(
    r"\b(?:sous-commission|sub-commission|2000/22)\b[^?]*\bsession 52\b|"
    r"\bsession 52\b[^?]*\b(?:sous-commission|sub-commission|2000/22)\b"
)
# (But not its vote: « à la session 52, la Sous-Commission a voté quoi ? », which the text never gives.)
_VOTED = re.compile(r"\bvot\w*|\bvoix\b|\babst\w*|\bresultat\w*|\bresults?\b")
# The question taken up again at a later session: OP37 says which, whatever session is supposed.
_CONTINUED = re.compile(
    r"\b(?:poursuivre|reprendre|reprendra|continuer|rediscuter|revenir sur|reviendra sur|reexaminer|continue|"
    r"resume|"
    r"take up|revisit)\b[^?]{0,40}\b(?:question|examen|consideration|issue)\b|"
    # « le Conseil va reparler de ça à sa 57e session », « se repenchera dessus »: the same, said.
    r"\b(?:reparler|reparlera|repencher|repenchera|rediscutera)\b"
)
# This text's own session said wrong (« la résolution a été adoptée pendant la 55e session ? »): a
# claim its heading settles, not another session's doings.
# (Words between only after a name that is this text's alone: « je cite la 56/2 dans mon mémoire
# comme adoptée … », not « la résolution sur le même sujet adoptée à la 53e session ».)
_OWN_SESSION_CLAIMED = re.compile(
    r"(?:\b(?:la resolution|la reso|le texte|elle|the resolution|the text|it) |"
    r"\b(?:cette resolution|ce texte|la 56/2|this resolution) (?:[^?./\d]{0,40}? )?)"
    r"(?:a ete |was |has been |etait )?(?:adoptee?|adopted|votee?|voted|passed|passee?) "
    r"(?:pendant|lors de|a|au cours de|durant|during|at|in) (?:la|sa|the|its) "
    r"(?:\d{2}(?:e|eme|th|rd|nd|st)|[\w-]+ieme|[\w-]+th) session\b"
)
# The asker a delegate (« délégué du Canada ici », "Ottawa delegate here", "I'm the Kenyan delegate").
_ASKER_DELEGATE = re.compile(
    r"\b(?:delegate|delegue|deleguee)s? (?:here|ici)\b|"
    r"\b(?:i'?m|i am|je suis|jsuis) (?:the |a |an |le |la |l'|un |une )?(?:[\w-]+ )?"
    r"(?:delegate|delegue|deleguee)\b"
)
# (Unless a paragraph is named: « votée lors de la 59e session, comme le dit l'OP37 ? » confuses
# OP37's next session with this one, which the decline says.)
_A_PARAGRAPH = re.compile(r"\b(?:op|pp|§|paragraphe|para|alinea)\s*\d")
# (Not what a past session decided: « à la 50e session, le Conseil a décidé de reprendre … quand ? ».)
# (Nor a text adopted then: "did they adopt a follow-up resolution at the 59th session?", whose
# gloss reads "follow-up" as « poursuivre l'examen ».)
_DECIDED_THEN = re.compile(
    r"\b(?:a|ont|avait|had|did|has) (?:decide|decided|repris|resumed)\b|"
    r"\b(?:did|has|have|was|were|a|ont|a-t-il|ont-ils|a-t-elle)\b[^?]{0,40}? (?:adopt\w*|pass(?:ed)?)\b|"
    # (« a » may be gone: a word read at most twice.)
    r"\b(?:ete|been) (?:adoptee?s?|adopted|passed)\b"
)
# Kinds read from another year, and what only another year's record could give: its votes,
# results, payments. A year the text gives (« the 1986 declaration », « le fonds de 2007 ») with
# none of them is a question about what the text recalls.
_DATED_KINDS = frozenset({"autre_session", "histoire"})
_A_COUNT = re.compile(
    r"\bvot\w*|\babst(?:en|ain)\w*|\bvoix\b|\bresult\w*|\bresultats?\b|\bcount(?:s|ed|ing)?\b|\bverse\w*|"
    r"\bpaid\b|\bcontribu\w*|\bscrutin\b|\bmembres? du conseil\b|\bmembers? of the council\b|"
    r"\bcombien\b|\bhow many\b|\bconsensus\b|\bunanim\w*|\badopt\w* comment\b|\bcomment\b[^?]{0,40}\badopt|"
    r"\bhow (?:was|were) [^?]{0,40}\badopted\b|"
    # A comparison with that year (« more in favour than in 2023? »), what the Council did then.
    r"\bin favou?r\b|\bthan in\b|\bqu'en\b|\bwhat did the (?:council|conseil) do\b|\bqu'a fait le conseil\b"
)
_DONE_THEN = re.compile(r"\b(?:adopt\w*|decid\w*|decide|conclu\w*|agreed|convenu\w*)\b")
_WHEN = re.compile(r"\b(?:when|quand|dates?|jour|day|annee|year)\b")
_OF_THE_TEXT = re.compile(
    r"\b(?:intro|introduction|preamble|preambule|line|ligne|para|paragraph\w*|paragraphe\w*|considerant|"
    r"the text|le texte|recalls?|recalled|rappel\w*|remember\w*|mention\w*)\b"
)
_YEAR = re.compile(text_year())
# A report asked for, to come (« le rapport demandé au §33 est-il paru ? »), not one noted (OP32).
_TO_COME = re.compile(
    r"\b(?:demande\w*|nouveau|prochain\w*|59e?|cinquante-neuvieme|63e?|soixante-troisieme|finalement|deja|"
    r"a-t-il ete|est-il|sorti\w*|seminaires?|succinct)\b"
)
# Whether the text recalls a past event (« l'accord sur le climat conclu fin 2015 est-il mentionné ? »).
_MENTIONED = re.compile(r"\b(?:mentionne\w*|cite\w*|evoque\w*|rappel\w*|fait-il (?:reference|allusion))\b")
_SYMBOL_NAMED = re.compile(r"(?<![\w/])(?!56/2\b)\d{1,4}/\d{1,3}(?![\w/])")


# A State's vote imagined (« si le Canada était membre, il voterait contre ? », "would the UK have
# voted no?"): with a State named, the vote route declines it beside what the record says of it.
_IMAGINED_VOTE = re.compile(
    r"\bvoterai(?:t|ent)\b|\bs'abstiendrai\w*|\bwould (?:\w+ ){0,3}(?:vote|abstain)\b|"
    r"\baurai(?:t|ent) vote\b|\bwould (?:\w+ ){0,3}have voted\b|\bif [^?]{0,40}\bhad voted\b"
)
# A member's vote asked (« comment … a voté », "how did … vote", « … a voté quoi / pour ou contre »).
_HOW_A_STATE_VOTED = re.compile(
    r"\b(?:comment|how|quel\w*)\b[^?]{0,40}\bvot|\bvot\w*\b[^?]{0,30}\b(?:quoi|comment|pour ou contre|"
    r"for or against|how)\b"
)
# The asker's expectation (« j'aurais cru que l'Argentine voterait pour, pourquoi … ? »): no guess
# is asked; the vote route says the record gives no reason.
_EXPECTED = re.compile(r"\b(?:j'aurais cru|je pensais|je croyais|i thought|i expected|i'd have thought)\b")
# (Not « si on supprimait le para 8, la France aurait voté pour ? »: another text imagined.)
_ANOTHER_TEXT = re.compile(
    r"\b(?:para\w*|op\s*\d+|pp\s*\d+|supprim\w*|retir\w*|dropped|removed|deleted|included|inclu\w*|"
    r"ajout\w*|added|amend\w*)\b|§"
)


# How the vote was taken, as far as the record says it: a recorded vote.
_THE_RECORD_SAYS = re.compile(
    r"\b(?:vote enregistre|recorded vote)\b[^?]{0,20}\b(?:ou|or)\b|"
    r"\b(?:ou|or)\b[^?]{0,30}\b(?:vote enregistre|recorded vote)\b"
)


class OutsideRoute:
    """Decline the kinds of question the text cannot answer, offering the closest passages."""

    def __init__(self, evidence: Evidence) -> None:
        self.evidence = evidence

    @cached_property
    def _bodies(self) -> AbsentBodies:
        return AbsentBodies(segment.text for segment in self.evidence.resolution.segments)

    @cached_property
    def _text_years(self) -> frozenset[str]:
        return frozenset(y for s in self.evidence.resolution.segments for y in _YEAR.findall(s.text))

    def _of_the_texts_past(self, q: str) -> bool:
        years = set(_YEAR.findall(q))
        return bool(_RECALLED_PLACES.search(q)) or bool(years and years <= self._text_years - {"2024"})

    def _recalled(self, reason: str, q: str) -> bool:
        """Whether a question dated by a year the text gives asks what the text recalls of then.

        Not the year's votes or sums, nor what was adopted or decided then (« what did the 2001
        Durban conference adopt? »), unless its date is asked; a past asked of the text's own
        lines only (« the line recalling the post set up in 1993 »), not the Council's history.
        """
        years = set(_YEAR.findall(q))
        if not years or not years <= self._text_years - {"2024"} or _A_COUNT.search(q):
            return False
        if (
            _DONE_THEN.search(q)
            and not _WHEN.search(q)
            and not _SYMBOL_NAMED.search(q)
            and not _MENTIONED.search(q)
        ):
            # (« la 33/134 de 1978 elle a adopté quel plan ? »: a text cited by its symbol, whose
            # citing paragraph the document route weighs; « l'accord conclu fin 2015 est-il
            # mentionné ? », whether the text recalls it.)
            return False
        return reason != "histoire" or bool(_OF_THE_TEXT.search(q))

    def answer(self, typed: str, q: str) -> Answer | None:
        """Return a decline naming why, or ``None`` if the question is of a kind the text may answer."""
        q = at_most_twice(q)
        if self._a_bodys_stance(q):
            return Answer(typed, Intent.SEARCH, False, "debats", closest=self.evidence.closest(typed))
        # (Also in the English as typed: the gloss makes "Special Rapporteur" « titulaires de mandat ».)
        body = self._bodies.named(typed) or self._bodies.named(q)
        if body is not None:  # « le mandat du Groupe de travail sur le droit au développement »
            closest = self.evidence.closest(typed)
            return Answer(typed, Intent.SEARCH, False, "organe_absent", subject=body, closest=closest)
        for reason, pattern in KINDS:
            if (
                reason == "autre_document"
                and _PER_TEXT.search(q)
                and not (_BEYOND_WHAT_IS_SAID.search(q) or _ELSE.search(q))
            ):
                # « d'après le texte, que dit la résolution 41/128 » asks what this text says (not
                # « selon le préambule, que contient d'autre la 6/17 ? », "what did … find?").
                continue
            if reason == "pays_cites" and _HELPS_TAKE_PART.search(q):
                continue  # "meant to help them participate": who benefits, which PP26 says
            if reason == "sanctions" and _ONE_STATE_ON_ANOTHER.search(q):
                continue  # "one country slapping penalties on another": OP8's coercive measures
            if (
                reason in ("debats", "autre_document")
                and _WHAT_A_PARAGRAPH_SAID.search(q)
                and not _SPEAKER.search(q)
                and not self.evidence.names_a_state(typed)
            ):
                continue  # « elle disait quoi le 23 ? »: a paragraph of this text
            if reason == "debats" and (_SEMINARS.search(q) or _CLAIM_ABOUT_THE_TEXT.search(q)):
                continue  # « les débats des séminaires »: the text asks for their summary (a search)
            if reason == "hors_vote" and WHY.search(q):
                continue  # « … ont voté contre parce qu'ils… ? »: the vote route's, premise corrected
            if reason == "debats" and _THE_RECORD_SAYS.search(q):
                continue  # « vote enregistré ou à main levée ? »: the record says a recorded vote
            if (
                reason == "debats"
                and _ASKER_DELEGATE.search(q)
                and _VOTE_WORD.search(q)
                and not _STATEMENT.search(q)
            ):
                continue  # "Ottawa delegate here — how did Canada vote?": who asks, then a vote asked
            if reason == "debats" and self._a_delegations_vote(typed, q):
                continue  # « le délégué cubain a voté pour ? »: Cuba's vote, in the record
            if (
                reason == "opinion"
                and _IMAGINED_VOTE.search(q)
                and not _ANOTHER_TEXT.search(q)
                and self.evidence.names_a_state(q)
            ):
                continue  # « si le Canada était membre, il voterait contre ? »: beside the record
            if reason == "opinion" and _EXPECTED.search(q) and self.evidence.names_a_state(q):
                continue  # « j'aurais cru que l'Argentine voterait pour » is the asker's, not asked
            if reason == "lieu" and _HOW_A_STATE_VOTED.search(q) and self.evidence.names_a_state(typed):
                continue  # « comment la France a voté à Genève ? »: its vote, at the Council's seat
            if reason == "debats" and neither_said(q):
                continue  # « qui n'a dit ni oui ni non ? », "said neither yes nor no": the abstentions
            if reason == "autre_session" and _THIS_TEXTS_VOTE.search(q):
                continue  # « … voted against the GA version. How did the UK vote on HRC resolution 56/2? »
            if reason == "autre_session" and _SUB_COMMISSIONS_SESSION.search(q) and not _VOTED.search(q):
                continue  # « la Sous-Commission, à sa session 52, a adopté quoi ? »: PP8's session
            if reason == "autre_session" and _CONTINUED.search(q) and not _DECIDED_THEN.search(q):
                continue  # « le Conseil reprendra la question à sa 57e session ? »: OP37 names the 59th
            if reason == "autre_session" and _OWN_SESSION_CLAIMED.search(q) and not _A_PARAGRAPH.search(q):
                continue  # the heading says the fifty-sixth: the metadata route corrects the claim
            if reason in _DATED_KINDS and self._recalled(reason, q):
                continue  # "the 1993 world meeting … when was its outcome adopted?": PP1 says
            if not pattern.search(q):
                continue
            closest = self.evidence.closest(typed)
            # (A list of a cited text's items, « liste les ODD », is beyond what a citing paragraph
            # reports: PP2 says the Assembly adopted goals, never which.)
            beyond = _BEYOND_WHAT_IS_SAID.search(q) is not None or (
                reason == "autre_document" and LISTED_ITEMS.search(q) is not None
            )
            reports = self._reports(typed, q, closest) if reason == "autre_document" and not beyond else ()
            if reports:
                # "what did resolution 6/17 ask the SG to set up?": the paragraph citing 6/17 says
                # what it asked (« sa résolution 6/17, dans laquelle il a prié… »); it is the answer.
                return Answer(typed, Intent.SEARCH, True, hits=reports, coverage=1.0)
            if reason == "autre_document" and not beyond and self._reported(typed, q, closest, REPORTING):
                continue  # « what did GA res 78/197 ask the Council? »: the text says it (OP35)
            if reason == "apres_adoption" and _HAPPENED.search(q) and self._of_the_texts_past(q):
                continue  # "what happened in Kampala?", « … à Durban en 2001 ? »: the text says
            if reason == "apres_adoption" and asks_symbol(q) and not (_NEXT.search(q) or _TO_COME.search(q)):
                continue  # « sous quelle cote est paru le rapport … ? »: a footnote gives it
            held = reason == "apres_adoption" and not _NEXT.search(q)
            if held and self._reported(typed, q, closest, _HELD):
                continue  # « which summit was held in Kampala? »: held before, and the text says so
            return Answer(typed, Intent.SEARCH, False, reason, closest=closest)
        return None

    def _a_delegations_vote(self, typed: str, q: str) -> bool:
        """Whether a delegate named by their country is asked how they voted, and nothing they said."""
        return (
            not _STATEMENT.search(q)
            and _VOTE_WORD.search(q) is not None
            and bool(delegations_named(typed, self.evidence.service.votes.countries))
        )

    def _a_bodys_stance(self, q: str) -> bool:
        """Whether the folded question asks the stance of a body other than the Council or a country."""
        stance = _STANCE.search(q)
        if stance is None:
            return False
        who = stance["who"] or stance["de"]
        return not _THE_TEXT_OR_COUNCIL.search(who) and not self.evidence.names_a_state(who)

    def _reported(self, typed: str, q: str, closest: tuple[Hit, ...], reporting: re.Pattern[str]) -> bool:
        """Whether a passage says nearly all the question asks of another document.

        The text reports what some documents ask or decide (« la résolution 78/197, dans laquelle
        l'Assemblée a invité le Conseil à examiner… »): then the question is this text's.
        """
        terms = [t for t in analyze(content(typed)) if t not in QUESTION_WORDS]
        # Something asked beyond the document's symbol (« la 78/197 dit quoi » asks it all).
        asked = [t for t in terms if not any(c.isdigit() for c in t)]
        verbs = _verbs_asked(q)
        return bool(asked) and any(
            reporting.search(h.paragraph.text)
            and self.evidence.hit_coverage(terms, h) >= REPORTED
            and self._says(verbs, h)
            for h in closest
        )

    def _says(self, verbs: list[str], hit: Hit) -> bool:
        """Whether a passage says each verb a document is asked to have done (``_verbs_asked``)."""
        return all(self.evidence.hit_coverage([v], hit) >= 1.0 for v in verbs)

    def _reports(self, typed: str, q: str, closest: tuple[Hit, ...]) -> tuple[Hit, ...]:
        """The passages that cite a document the question names by number and report what it says.

        Asked beyond the number only (« la 78/197 dit quoi » asks its whole content).
        """
        folded = normal(typed)
        symbols = set(_SYMBOL.findall(folded))
        asked = [t for t in analyze(content(typed)) if not any(c.isdigit() for c in t)]
        if not symbols or not asked or not _ASKED.search(folded):
            return ()
        verbs = _verbs_asked(q)
        # What is asked of it beyond its asking (« … about climate change? »): the passage must
        # hold that, as any search answer must.
        topic = [t for t in asked if not _ASKED.fullmatch(t) and t not in generic_terms()]
        return tuple(
            h
            for h in closest
            if REPORTING.search(h.paragraph.text)
            and symbols & set(_SYMBOL.findall(h.paragraph.text))
            and self._says(verbs, h)
            and (not topic or self.evidence.hit_coverage(topic, h) >= self.evidence.threshold)
        )


def _verbs_asked(q: str) -> list[str]:
    """What a document is asked to have recommended, concluded, found or reported, as analysed.

    A passage reports it only by saying it: PP7 says where the Buenos Aires Plan was adopted, never
    what it recommends; OP36 what 78/199 asked the Secretary-General, never what he reported. (Read
    in the folded question as typed: the English gloss makes "report" a noun, « rapport ».)
    """
    return [t for t in analyze(q) if t in _CONTENT_VERBS]
