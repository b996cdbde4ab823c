"""English questions glossed for the routes: route words into French, then the thesaurus's glossary.

« voted against » → « vote contre », « footnote » → « note », "unilateral coercive measures" →
« mesures coercitives unilatérales »: a reviewed lexicon of the words that choose a route, not a
translation; the subject's words go on to search, whose thesaurus already reads English. A vote
answered in English is also checked against the English as typed (beyond_in_english).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.questions.answer import Answer
from bot.core.questions.normalise import OF_THIS_TEXT, normal
from bot.core.questions.routes.vote_beyond import BEYOND, OF_THE_MEETING, WHY
from bot.core.questions.routes.vote_counts import said_unanimous
from bot.core.search.analyzer import STOPWORDS
from bot.core.search.thesaurus import Section, Thesaurus, english_stem
from bot.core.text.gates import gated

_TOKEN = re.compile(r"[a-z0-9]+")
_JOINED_STOPWORD = gated(rf"\b(?:{'|'.join(sorted(w for w in STOPWORDS if w.isalpha()))})-$")

# What a count names when the count is read ("which two General Assembly resolutions").
_COUNTED_THINGS = (
    r"(?:[\w-]+ ){0,2}(?:resolutions?|reports?|documents?|texts?|declarations?|conferences?|paragraphs?|"
    r"seminars?|workshops?|sessions?|footnotes?|countries|states)\b"
)

# English route words glossed into the French ones the routes recognise. One pass, the first
# alternative that matches at a place wins (so write longer phrases first), and a French word put
# in is never read again.
_GLOSSARY = (
    (r"how many times", "combien de fois"),
    # A request to confirm ("is that right?"): not the thesaurus's « droits ».
    (r"(?:is|was) (?:that|it|this) (?:right|correct|true)|am i right", "c'est vrai"),
    # "the Dutch voted against right? just checking": a tag, not « droits ».
    (r"right(?=\s*\?)", "c'est vrai"),
    # "everyone being entitled to enjoy…": a right, not the thesaurus's title (« intitulée »).
    (r"entitled to", "ayant droit de"),
    # Kinds of answer, kept French before the thesaurus translates the subject: "deadline" is not
    # the 59th session, "sanctions" not the text's unilateral coercive measures (the routes check
    # that a passage holds a date, that the text sets no penalty).
    (r"deadlines?|due dates?|time limits?", "date limite"),
    (r"how often|how frequently", "a quelle frequence"),
    # "which document number is the report…": its symbol (not « documents nombre »).
    (r"(?:which|what) (?:un )?(?:document|doc) (?:number|symbol|code)s?", "quelle cote"),
    (r"(?<!l-)(?<!l )(?:document|doc|un) (?:number|symbol|code)s?", "cote"),
    (r"sanctions?", "sanctions"),
    (r"legally (?:binding|obliged|obligated|required)|legal obligations?", "juridiquement contraignant"),
    # « paragraphe du dispositif »: the part stays (« which operative paragraphs deal with
    # racism » searches the operative part), and « dispositif 5 » still reads as OP5.
    (r"operative paragraphs", "paragraphes du dispositif"),
    (r"operative paragraph", "paragraphe du dispositif"),
    # The stemmed thesaurus would read « operative » as « operational », « sustainability » as
    # « sustained » (soutenu, a vote word): the whole phrases first.
    (r"(?:the )?operative (?:part|section)", "dispositif"),
    (r"(?:the )?preambular (?:part|section)", "preambule"),
    (r"sdgs?|sustainable development goals?", "objectifs de developpement durable"),
    (r"sustainability|sustainable", "durable"),
    (r"preambular paragraphs", "alineas du preambule"),
    (r"preambular paragraph", "alinea du preambule"),
    # ("first preambular para": the same, shortened; « preambular para 5 » keeps its number.)
    (r"preambular paras(?!\s*\d)", "alineas du preambule"),
    (r"preambular para(?!\s*\d)", "alinea du preambule"),
    # "the preambular line saying…", "which preambular one": a paragraph of the preamble.
    (r"preambul(?:ar|atory) (?:lines|sentences|bits|ones|clauses)(?!\s*\d)", "alineas du preambule"),
    (r"preambul(?:ar|atory) (?:line|sentence|bit|one|clause)(?!\s*\d)", "alinea du preambule"),
    (r"(?:the )?preamble", "preambule"),
    (r"foot ?notes?", "note"),
    # The plural kept: "which paragraphs mention …" asks for all of them.
    (r"paragraphs|paras|sections|articles|clauses", "paragraphes"),
    # (Not another text's article: "article 2(1) of the ICESCR", "Article 55 of the Charter", "article
    # 1 of the document on the right to development".)
    (rf"paragraph|para|section|clause|article(?! \d+(?: ?\(\d+\))? of (?!{OF_THIS_TEXT}))", "paragraphe"),
    # Where in the text ("recalled near the end", "at the start"): the place, in the text's words.
    # (« tout au début », « à la toute fin », « fin du texte »: the paragraph route's places.)
    (r"(?:at |near )?the very (?:start|beginning)(?! of)", "tout au debut"),
    (r"(?:at |near )?the very end(?! of)", "a la toute fin"),
    (
        r"(?:at |near |towards? )?the (?:very )?end of (?:the|this) (?:text|resolution|document)",
        "a la fin du texte",
    ),
    # ("recalled near the end": the place says nothing search can use; « fin » would match « aux
    # fins de ».)
    (r"(?:near|at|towards?|by) the end(?! of)", " "),
    # Counts of things asked ("which two resolutions"): the French words a count is read from.
    (rf"two(?= {_COUNTED_THINGS})", "deux"),
    (rf"three(?= {_COUNTED_THINGS})", "trois"),
    (rf"four(?= {_COUNTED_THINGS})", "quatre"),
    (rf"five(?= {_COUNTED_THINGS})", "cinq"),
    (r"first", "premier"),
    (r"last|final(?= (?:paragraph|para|operative|preambular|clause|footnote))", "dernier"),
    # "does voting no mean…": the verb, not the thesaurus's "means" (« moyens », resources).
    (r"mean|meant|meaning", "signifie"),
    # "which way did the Dominican Republic go", "what side was Qatar on": its vote ("way" is
    # otherwise the thesaurus's « moyens »).
    (r"which way did|(?:what|which) side (?:was|were|did)", "comment a vote"),
    (r"who (?:is|was)", "qui est"),
    (r"who are", "qui sont"),
    (r"what (?:does|do|did) (?:the )?(?:text|resolution) says?", "que dit"),
    # "what did Lithuania do?": a deed (for a member, its vote), not words.
    (r"what did(?=(?: [\w'-]+){1,3} do\W*$)", "qu'a fait"),
    (r"what (?:exactly |precisely |really )?(?:does|do|did)", "que dit"),
    (r"what(?: i|')s in", "que dit"),
    # Country names holding glossed words come first: « United States » is not « united etats ».
    (r"united states(?: of america)?", "etats-unis"),
    (r"united kingdom", "royaume-uni"),
    (r"united nations", "nations unies"),
    # « was Kuwait in the yes group or the no group »: the camps of the vote.
    (
        # ("support for group rights" is no camp: « for » only after « the ».)
        r"(?:the )?yes (?:group|camp|side|column|list|bloc)|"
        r"the (?:for|in favou?r) (?:group|camp|side|column)",
        "pour",
    ),
    (r"(?:the )?no (?:group|camp|side|column|list|bloc)|the against (?:group|camp|side|column)", "contre"),
    (r"voted? (?:for|in favou?r(?: of)?|yes)|yes votes?|ayes", "vote pour"),
    (
        # (Not "support the resolution's call for…": a part of it, whose supporters it never names.)
        r"(?:support|back|endorse|favou?r)(?:ed|s)?(?= (?:the |this |that )?(?:resolution|text|draft|"
        r"measure|motion|vote|proposal)\b(?!'s)| it\b| (?:resolution )?56/2\b)",
        "vote pour",
    ),
    (
        r"(?:oppose|reject)(?:d|s)?(?= (?:the |this |that )?(?:resolution|text|draft|proposal)\b(?!'s)| it\b|"
        r" (?:resolution )?56/2\b)",
        "vote contre",
    ),
    (r"voted? (?:against|no)|no votes?|noes", "vote contre"),
    (r"in favou?r", "pour"),
    (r"against|opposed", "contre"),
    (r"abstain(?:ed|s|ing)?|abstentions?|s[ai]t (?:it )?out|sitting (?:it )?out", "abstention"),
    (r"vot(?:e|es|ed|ing)", "vote"),
    # Kinds of countries the text names, before « countries » alone is glossed (the thesaurus
    # would no longer see "least developed countries").
    (r"least developed (?:countries|states|nations)|ldcs?", "pays les moins avances"),
    (r"landlocked developing (?:countries|states)", "pays en developpement sans littoral"),
    (r"small island developing states|sids", "petits etats insulaires en developpement"),
    (r"developing (?:countries|states|nations)|developing world", "pays en developpement"),
    (r"developed (?:countries|states|nations)|rich countries", "pays developpes"),
    (r"which countries|what countries", "quels pays"),
    (r"countries|country|nations", "pays"),
    (r"council members|members", "membres"),
    (r"results?|outcome|final count|vote count|count|tally|breakdown", "resultat"),
    (r"african(?: group| states)?|africa", "afrique"),
    (r"asia[- ]pacific(?: group| states)?|asian(?: group| states)?", "asie-pacifique"),
    (r"latin america(?:n)?(?: and (?:the )?caribbean)?(?: group| states)?", "amerique latine"),
    (r"eastern europe(?:an)?(?: group| states)?", "europe orientale"),
    (r"western europe(?:an)?(?: and other)?(?: group| states)?", "europe occidentale"),
    (r"how many", "combien"),
    (r"why", "pourquoi"),
    (r"when|(?:on )?(?:what|which) (?:(?:exact |precise )?date|day)", "quand"),
    (r"adopted|passed", "adoptee"),
    # (The Council's meeting; not "the NAM meeting in Kampala", "the high-level meeting": others'.)
    (
        r"(?<!nam )(?<!high-level )(?<!plenary )(?<!summit )meeting(?! (?:in|of the non|at|held in) )",
        "seance",
    ),
    (r"agenda item|item", "point de l'ordre du jour"),
    # « what is it called »; « named as partners » is not the title.
    (r"title|(?:is|it|resolution|text) (?:called|named)", "titre"),
    (r"symbol|document number", "symbole"),
    (r"original language", "langue originale"),
    (r"languages?", "langue"),
    (r"link|url", "lien"),
    (r"office of the high commissioner|ohchr", "haut-commissariat"),
    (r"high commissioner", "haut-commissaire"),
    (r"secretary[- ]general", "secretaire general"),
    (r"member states", "etats membres"),
    (r"states", "etats"),
    (r"civil society", "societe civile"),
    (r"international community", "communaute internationale"),
    (r"united nations system", "systeme des nations unies"),
    (r"general assembly", "assemblee generale"),
    (r"(?:asks?|asked|requests?|requested)(?: for)?", "demande"),
    (r"anywhere|at all|somewhere", ""),
    (r"calls? (?:up)?on", "demande"),
    (r"urges?|urged", "exhorte"),
    (r"invites?|invited", "invite"),
    (r"encourages?|encouraged", "encourage"),
    (r"(?:which|what) documents?", "quels documents"),
    (r"(?:which|what) reports?", "quels rapports"),
    (r"(?:which|what) resolutions?", "quelles resolutions"),
    # "what does it point to?": what a note cites (the French « point » is the agenda item's word).
    # (Not "the reference of this resolution", its own symbol: « référence ».)
    (
        r"cites?|cited|mentions?|mentioned|(?:refers?|points?|pointing) to|"
        r"references|reference(?! (?:of|for) (?:this|the) (?:resolution|text|document)\b)|referenced",
        "cite",
    ),
    (r"reports?", "rapport"),
    (r"who", "qui"),
)
# One word boundary outside the alternation, not one per entry: the engine then tries the
# entries only where a word starts (about 3x faster on a long question, the same matches).
_GLOSS = gated(
    r"\b(?:" + "|".join(rf"(?P<g{i}>(?:{english}))" for i, (english, _) in enumerate(_GLOSSARY)) + r")\b"
)


def in_french(folded: str, thesaurus: Thesaurus | None = None) -> str:
    """An English question's route words glossed (« operative paragraph »), then its glossary's."""
    glossed = gloss(folded)
    return translate(glossed, thesaurus) if thesaurus is not None else glossed


def translate(folded: str, thesaurus: Thesaurus) -> str:
    """Replace the English expressions of the thesaurus's glossary by their French.

    « unilateral coercive measures » → « mesures coercitives unilatérales »: the routes and search
    then read the text's own words. Each word starts a few entries' comparisons at most: linear.
    """
    tokens = [m for m in _TOKEN.finditer(folded) if m.group() not in STOPWORDS]
    stems = [english_stem(m.group()) for m in tokens]
    pieces: list[str] = []
    done = 0
    index = 0
    while index < len(tokens):
        for entry in thesaurus.candidates(Section.ENGLISH, stems[index]):
            size = len(entry.keys)
            if tuple(stems[index : index + size]) == entry.keys:
                # "non-aligned movement": the key skips the stop word « non », which goes too.
                start = tokens[index].start()
                joined = _JOINED_STOPWORD.search(folded, done, start)
                if joined is not None:
                    start = joined.start()
                pieces += [folded[done:start], normal(entry.expansions[0])]
                done = tokens[index + size - 1].end()
                index += size
                break
        else:
            index += 1
    return "".join([*pieces, folded[done:]])


def gloss(folded: str) -> str:
    """Replace an English question's route words by the French ones the routes recognise."""
    return _GLOSS.sub(lambda match: _GLOSSARY[int(str(match.lastgroup)[1:])][1], folded)


# "is 'sanctions' literally in the text?": the word as typed, absent or not.
LITERALLY = re.compile(r"\b(?:literally|verbatim|exact (?:word|term)|word for word)\b")


def beyond_in_english(found: Answer, english: str) -> Answer:
    """A vote answered in English, declined when the English as typed asks beyond the record.

    The gloss rewrites words the vote route reads for a reason or for more than the votes
    ("the main objections" → « objectivité »): "What were the main objections of the countries
    that voted no?" listed the 14.
    """
    if WHY.search(english) and not said_unanimous(english):
        # ("why was it adopted by consensus?": the record answers that it was not.)
        return replace(found, answered=False, reason="motifs", asked_choice=None, subject="")
    if BEYOND.search(english) or OF_THE_MEETING.search(english):
        return replace(found, answered=False, reason="hors_vote", asked_choice=None, subject="")
    return found
