"""The kinds of question about another document the text cannot answer (outside_kinds.py).

What another text says, decided or contains, its articles and what came of it: the resolution
cites documents (its preamble, the footnotes) and says nothing of their content beyond that.
"""

from __future__ import annotations

import re

# Each kind: its reason and the pattern of the folded question, in the order outside_kinds.py
# reads them (the first four before « definition », the last after « montant »).
# The treaty bodies and the Advisory Committee, and what they found: the text reports neither.
_COMMITTEES = (
    r"human rights committee|comite des droits (?:de l'homme|economiques)|committee on (?:economic|"
    r"the (?:rights|elimination))|advisory committee|comite consultatif"
)
_DOCUMENT_KINDS = (
    r"plan|programme|declaration|convention|accord|agreement|charte|charter|pacte|covenant|dudh|udhr"
)
_ARTICLES_COUNTED = r"combien d'? ?articles|how many articles"
_HOLDS = r"contien\w*|compte\w*|comporte\w*|possede\w*|has|have|contains?"
_FOUND = r"decid\w*|decide|ruled?|statu\w*|recommand\w*|recommend\w*|found|conclu\w*|position|said|say|dit"
# The items of a cited text listed (« liste les ODD », "what are the 17 goals", « les objectifs de
# développement durable en détail »): no paragraph gives them.
LISTED_ITEMS = re.compile(
    r"\b(?:liste[rz]?|list|enumere[rz]?|name all)\b.*\b(?:odd|sdgs?|objectifs|goals)\b|"
    r"\b(?:what are|quels sont|c'est quoi|c quoi) (?:the |les )?(?:17|dix-sept|seventeen) (?:odd|sdgs?|"
    r"objectifs|goals)\b|"
    r"\b(?:odd|sdgs?|objectifs de developpement durable|sustainable development goals)\b[^?]{0,20}"
    r"\b(?:en detail|in detail|un par un|one by one)\b"
)
DOCUMENT_KINDS = (
    ("autre_document", LISTED_ITEMS),
    (
        "autre_document",
        re.compile(
            # « quel article de la Charte consacre l'égalité souveraine évoquée au paragraphe 5 ? »,
            # "OP8 … which article of the Charter bans them?": an operative paragraph cites no article
            # (PP1, the first recital, cites the Charter's Article 1, paragraph 3).
            r"^(?!.*\b(?:premier|premiere|first|debut|preambule|preamble|pp ?1\b|alinea|considerant|"
            r"recital))(?=.*\b(?:op ?\d+|para\w* ?\d+|§ ?\d+)).*\b(?:quel|which|what) articles? "
            r"(?:de la charte|of the (?:un )?charter)\b"
        ),
    ),
    # « que dit la Déclaration de Vienne sur … », « what does the Paris Agreement say »: what
    # another document says, as its subject (« que dit la résolution de la Déclaration » asks
    # what this text says of it, and stays a question for the document route).
    (
        "autre_document",
        re.compile(
            # (« qqn sait ce que contient le rapport … » comes with « qqn sait ce que » taken off.)
            r"^\s*contien(?:t|nent) (?=(?:la |le |l'|les )(?:[\w'-]+ ){0,6}?(?:declarations?|rapports?|"
            r"programmes?|plans?|conventions?|pactes?|charte|(?:resolution|resolutions?)\s+(?!56/2\b)\d+/\d+)\b)|"
            r"\b(?:que (?:dit|disent|disait|prevoit|prevoient|prevoyait|contient|contenait|decide|"
            r"recommande)|"
            r"qu'est-ce que (?:dit|prevoit|disait|prevoyait|contenait)|"
            # (« qu'affirme exactement la Déclaration de Vienne … ? »)
            r"qu'(?:affirme|enonce|stipule|proclame)n?t?|"
            r"what (?:exactly |actually |else )?(?:does|do|did)|que dit-elle)"
            r"(?: exactly| actually| really| specifically| concretely| precisement| exactement| vraiment|"
            r" concretement| au juste| en gros)?\s+(?:la |le |l'|les |the )?"
            # A name before the kind (« the Buenos Aires Plan of Action »), never this text's words.
            r"(?:(?!(?:texte|text|resolution|document|sur|about|on|in|dans|it|this|ce|cette|concernant|"
            r"regarding|propos|pour|op\d+|pp\d+|l'op\d+|l'pp\d+|paragraphe|paragraph|para|"
            r"alinea|§)\b)[\w'-]+ ){0,6}?"
            # (« d'accord »: agreeing, no agreement.)
            r"(?:declarations?|(?<!d')accords?|"
            r"agreements?|conventions?|charte|charter|pactes?|covenants?|programmes?|plans?|rapports?|"
            # ("what does SDG 17 say", « que dit l'ODD 17 », "what does the 2030 Agenda say".)
            r"reports?|agenda(?! item)|sdgs?(?: ?\d{1,2})?|odd ?\d{1,2}|"
            # (« que contient le traité sur les pandémies ? »: PP14 says it is being negotiated.)
            r"traites?|treat(?:y|ies)|"
            # (« que dit la décision 1/CP.21 … ? »: a decision by its symbol, FN1's.)
            r"decisions?\s+\d+/|"
            r"icescr|iccpr|pidesc|pidcp|udhr|dudh|cedaw|"
            r"(?:resolution|resolutions?)\s+(?!56/2\b)\d+/\d+)\b"
        ),
    ),
    # « le rapport A/HRC/55/78 il dit quoi ? », « the 2030 Agenda, what's in it »: the same,
    # with the document first, as it is typed in a chat.
    (
        "autre_document",
        re.compile(
            r"\b(?:declarations?|(?<!d')accords?|agreements?|conventions?|charte|charter|pactes?|covenants?|"
            r"programmes?|plans?|rapports?|reports?|agenda|dudh|udhr|pidcp|pidesc|iccpr|icescr|cedaw|"
            # (Not « sur la DUDH, le texte dit quoi ? »: what this text says of it.)
            r"(?<!/)(?!a/hrc/res/56/2\b)(?:[a-z]+/)+\d+(?:/\d+)+|(?<![\w/])(?!56/2\b)\d+/\d+)\b"
            r"(?:(?!\b(?:texte|text|resolution|reso)\b)[^?])*?"
            r"\b(?:(?:il|elle|ils|elles) )?(?:dit|disait|disent|raconte|racontent|contient|prevoit) quoi\b|"
            # "What are the concrete measures in the Buenos Aires Plan of Action …?", « quelles sont
            # les mesures du Programme d'action d'Addis-Abeba ? »: its content, not this text's.
            r"\b(?:what are|quelles sont|quels sont|list)\b (?:the |les )?(?:concrete |specific |main |"
            r"concretes |principales? )?(?:measures|mesures|actions|provisions|dispositions|commitments|"
            r"engagements|goals|objectifs|recommendations|recommandations)\b (?:in|of|du|de la|de l'|des|"
            r"contained in|set out in|prevues? (?:par|dans)) (?:the |le |la |l')?(?:[\w'-]+ ){0,4}?"
            r"(?:plan|programme|declaration|agreement|accord|convention|pacte|covenant)\b|"
            # « la résolution 78/197, quelles propositions contient-elle ? », « la 2000/22, que
            # demande-t-elle ? »: the same, the verb inverted (not this text's own 56/2).
            r"\b(?:declarations?|(?<!d')accords?|conventions?|charte|pactes?|programmes?|plans?|rapports?|"
            # (Not « quels rapports le Conseil demande-t-il au HC ? »: this text's requests, OP31 and OP33.)
            r"(?<![\w/])(?!56/2\b)\d+/\d+)\b(?:(?!\b(?:conseil|texte|resolution|reso|cdh)\b)[^?]){0,60}?"
            r"\b(?:contien\w*|prevoi\w*|demande|recommande|stipule|propose|decide)-(?:t-)?(?:il|elle|ils|elles)\b|"
            # « à part ce qui est rappelé ici, elle contient quoi d'autre ? », « ce qui a été décidé
            # lors du sommet »: what else a cited text holds, what a meeting decided.
            r"\b(?:a part|en dehors de|outre|au-dela de) ce qui (?:est|y est|en est) (?:rappele|cite|dit|"
            r"mentionne)|"
            r"\b(?:decidee?s?|decided|agreed|convenue?s?)\b[^?]{0,20}\b(?:lors d[ue]|au|a la|at the) "
            r"(?:sommet|conference|summit)\b|"
            # « le bilan du haut responsable examiné pendant cette session, il conclut quoi ? »: a
            # report's findings (OP32 notes it; the text gives none of its content).
            r"\b(?:rapports?|bilans?|reports?|etude|study)\b[^?]{0,80}\b(?:conclu(?:t|ent|ait)|concludes?|"
            r"concluded|recommande(?:-t-il)?|recommends?|recommended)\b[^?]{0,20}\b(?:quoi|what)\b|"
            # "the results of the consultations held under 78/199": what they found, never reported.
            r"\b(?:results?|resultats?|outcomes?|bilan|conclusions?|findings?) (?:of|des|de la|du|de) "
            r"(?:the |ces |les |la |those )?(?:consultations?|reunions?|meetings?)\b|"
            r"\b(?:qu'ont|qu'a|qu'est-ce qu'ont|qu'est-ce qu'a) donne (?:les |la |ces )?"
            r"(?:consultations?|reunions?)\b|"
            r"\b(?:consultations?|reunions?)\b[^?]{0,60}\b(?:ont|a) donne quoi\b|"
            # « la différence avec la résolution sur le droit au développement », "compared to the
            # resolution on…": another text, whose content the text does not give.
            r"\b(?:difference|differences) (?:avec|with|entre) (?:la |the )?(?:resolution|texte)\b(?! 56/2)|"
            # « la différence sur le fond entre cette résolution et la 78/199 ? »: another, by number.
            r"\b(?:differences?|compar\w*)\b[^?]{0,40}"
            r"\b(?:cette resolution|ce texte|this resolution|this text)\b[^?]{0,20}"
            r"\b(?:et|and|avec|with|to) (?:la |le |l'|the )?"
            r"(?:resolution |res\.? )?(?<![\w/])(?!56/2\b)\d+/\d+(?![\w/])|"
            # « le rapport entre la 56/2 et le Pacte international … ? »: a text it never cites.
            r"\b(?:rapport|lien|liens|relation|articulation|link|relationship) (?:entre|between) "
            r"[^?]{0,40}\b(?:et|and) (?:le |the |l')?(?:pactes?|covenants?)\b|"
            # « en quoi le paragraphe 3 diffère-t-il de l'article 2 du Pacte ? », "how does OP3 differ
            # from the Covenant?": the other text's own words, which this one does not give.
            r"\b(?:differe\w*|se distingue\w*|differs?|different from|compare[sd]? (?:to|with))\b[^?]{0,120}"
            r"\b(?:pactes?|covenants?|charte|charter|conventions?|traites?|treaty|treaties)\b|"
            # "Paris Agreement is in PP3 — what's its temperature target?": its own content.
            r"\b(?:paris agreement|accord de paris)\b[^?]*\b(?:temperature|degres?|degrees?|1[.,]5|"
            r"emissions?|carbon|carbone|target|objectif chiffre)\b|"
            r"\b(?:temperature|degres?|degrees?|emissions?) (?:target|goal|objectif|limit\w*)\b|"
            r"\bobjectifs? (?:de |d')(?:temperature|emissions?|rechauffement)\b|"
            # "What would the pandemic treaty being negotiated include?": a text still to be written.
            r"\b(?:treaty|traite|agreement|accord|convention|instrument)\b[^?]{0,60}\b(?:would|will) "
            r"(?:actually |really )?(?:include|contain|say|cover)\b|"
            r"\bwhat (?:would|will) (?:the |a |that )?(?:[\w'-]+ ){0,4}?"
            r"(?:treaty|agreement|convention|instrument)\b[^?]{0,60}\b(?:include|contain|say|cover)\b|"
            r"\b(?:contiendra|contiendrait|inclura|inclurait|comprendra|comprendrait)\b[^?]{0,20}"
            r"\b(?:le |ce )?(?:futur )?(?:traite|accord|instrument)\b|"
            # "what's actually in the Buenos Aires Plan of Action that the preamble mentions?"
            r"\bwhat(?:'s| is) (?:actually |exactly |really )?in (?!(?:the )?(?:text|resolution|reso)\b)"
            r"(?:the |that )?(?:[\w'-]+ ){0,6}?"
            r"(?:declaration|plan|programme|agreement|convention|charter|covenant|report|traite|treaty)s?\b|"
            # "OP29 asks for a compilation of best practices - what are those best practices?": a
            # document still to be written; the text gives none of its content.
            r"\b(?:what are|which are|quelles sont|c'est quoi|give me|donne(?:-moi)?) (?:those|these|the|"
            r"les|ces|des) (?:best practices|bonnes pratiques|meilleures pratiques)\b|"
            # « le HC a trouvé quelles bonnes pratiques ? », « … c'est lesquelles ? », "what best
            # practices did he find?": the same content.
            r"\b(?:trouve|retenu|compile\w*|found|chose|selected)\b[^?]{0,20}\b(?:quel(?:le)?s|which|what) "
            r"(?:best practices|bonnes pratiques|meilleures pratiques)\b|"
            r"\b(?:which|what) best practices\b[^?]{0,40}\b(?:find|found)\b|"
            r"\b(?:best practices|bonnes pratiques|meilleures pratiques)\b[^?]{0,60}"
            r"(?:\blesquel(?:le)?s\b|\bwhich ones\b|\bc'est quoi\b)|"
            r"\b(?:trouve|found)\b[^?]{0,20}\blesquel(?:le)?s\b|"
            # « L'OP32 prend note d'un rapport du HC : qu'est-ce qu'il contient exactement ? »
            r"\b(?:rapports?|reports?|declaration|plan|programme|accord)\b"
            r"(?![^?]{0,40}\b(?:demande|requested))"
            r"[^?]{0,50}\bqu'est-ce qu'(?:il|elle|ils|elles) "
            r"(?:contien\w*|dit|disait|disent|prevoi\w*)\b|"
            # « quelles conclusions contient le rapport ? », « que concluait le rapport »: its content.
            # (« le document remis à cette session »: a report, said the long way.)
            r"\b(?:conclu|recommand|recommend|finding|constat)\w*\b[^?]{0,40}\b(?:rapports?|reports?|"
            r"documents? (?:remis|presentes?|soumis|transmis|submitted|presented))\b|"
            r"\b(?:rapports?|reports?)\b[^?]{0,40}\b(?:conclu|recommand|recommend|finding|constat)\w*|"
            # "what did the consultations under 78/199 find?": what a meeting asked for found.
            r"\b(?:consultations?|seminaires?|seminars?|compilation|ateliers?|workshops?)\b[^?]{0,40}"
            r"\b(?:find|found|conclu\w*|outcomes?|constat\w*|trouve\w*)\b|"
            # "the main recommendations of the Buenos Aires Plan of Action": its content.
            r"\b(?:recommandations?|recommendations?|main points|key points|grandes lignes)\b[^?]{0,30}"
            r"\b(?:plan|programme|declaration|convention|accord|agreement|charter|charte)\b|"
            # "the Buenos Aires Plan of Action – what are its main points?": its content.
            r"\b(?:plan|programme|declaration|convention|accord|agreement|charter|charte)\b[^?]{0,40}"
            r"\b(?:what are its|quels sont ses|c'est quoi ses)\b|"
            # "what does Article 1, paragraph 3 of the UN Charter say?": another document's article.
            r"\b(?:articles?|paragraphs?|paragraphes?)\s+(?:\d+|premier|first)\b[^?]{0,30}\b(?:of|de) "
            r"(?:the |la |l')?(?:un |onu )?(?:charter|charte|declaration|convention|pacte|covenant)\b|"
            # « le rapport A/HRC/55/78, il fait-tu plus que nonante pages ? »: a document's length,
            # which no text gives.
            r"\b(?:plus|moins|more|less|fewer|over|under) (?:que |de |d'|than )?\s*[\w-]+ pages\b|"
            # « Qu'a décidé la Sous-Commission dans sa résolution 2000/22 ? », « qu'a contenu le rapport
            # succinct … ? »: what another document decided or held (the text reports some: PP26).
            # (Not « qu'a décidé le Conseil concernant les rapports ? », this text's.)
            r"\bqu'(?:a|ont|avait|avaient)(?:-t-(?:il|elle))? (?:decide|contenu|conclu|recommande|prevu)\b"
            r"(?:(?!\b(?:conseil|texte|resolution|reso|cdh)\b)[^?]){0,60}"
            r"\b(?:(?:resolution|reso|decision)s?\s+(?!56/2\b)\d+/\d+|rapports?|declarations?|"
            r"plans?|programmes?|conventions?|accords?)\b|"
            # "What did the Secretary-General report after consulting States?": a report's content.
            r"\bwhat did (?!(?:the )?(?:human rights )?(?:council|resolution|text|hrc|it|they|states)\b)"
            r"(?:the )?"
            r"(?:[\w-]+ ){1,4}(?:report|find|found|conclude|recommend)\b|"
            # « l'accord de Paris il oblige les États à quoi ? »: another text's obligations.
            # (Treaties: the Charter's and the Declarations' duties are said by PP1, OP3, PP5.)
            r"\b(?:accord|agreement|convention|pacte|covenant|traite|treaty)\b"
            r"[^?]{0,40}\b(?:oblige\w*|obligat\w*|impose\w*|require\w*|commit\w*)\b[^?]{0,20}"
            r"(?:\ba quoi\b|\bquoi\b|\bwhat\b)|"
            # « que disait la résolution 50/4 ? », « elles disaient quoi ? »: what another text said.
            r"\b(?:que|qu'est-ce que|qu'est ce que) (?:disait|disaient)\b|"
            r"\bdisai(?:en)?t(?:-elles?|-ils?)? quoi\b|"
            # "which article of the Universal Declaration does OP13 quote?": the text cites none
            # (only the Charter's Article premier, paragraph 3, in PP1).
            r"\b(?:quels?|which|what|quel)\s+articles?\b[^?]{0,60}\b(?:declaration|dudh|udhr|pacte|"
            r"covenant|convention|programme)\b|"
            r"\barticles? (?:of|de) (?:the |la |l')?(?:declaration|dudh|udhr|universal|pacte|covenant)\b|"
            # « Dans la Déclaration … de Vienne, quel paragraphe parle de … ? », « dans la Déclaration
            # sur le droit au développement, quels articles … ? »: the parts of another document.
            # (Not the Charter, whose article PP1 cites; nor what this text cites of it.)
            r"^\s*(?:dans|in) (?:la |le |l'|the )?(?:declarations?|programmes?|plans?|conventions?|pactes?|"
            r"accords?|rapports?|covenants?|agreements?|reports?)\b[^?,]{0,90},\s*"
            r"(?:quels?|quelles?|which|what)\s+(?:paragraphes?|articles?|alineas?|paragraphs?|sections?|"
            r"chapitres?|chapters?)\b(?![^?]*\b(?:le texte|la resolution|the resolution|the text|cite\w*|"
            r"mention\w*|rappel\w*)\b)|"
            # « quelles mesures concrètes contient le Plan d'action de Buenos Aires ? »: the same, inverted.
            # (Not the text's own reports, nor what it says a declaration holds: « quelle session
            # prévoit le rapport de l'OP31 ? », « quels devoirs prévoit la Déclaration … ? » (PP5).)
            r"\b(?:quel\w*|what|which) (?:[\w-]+ ){0,3}contien\w* (?:le |la |l'|les )?"
            r"(?:plan|programme|convention|accord|traite)\b|"
            # « le plan d'action de Buenos Aires, il contient quelles mesures ? »: its content.
            r"\b(?:plan|programme|declaration|convention|accord|agreement|rapport|report)\b[^?]{0,40}"
            r"\b(?:contient|contiennent|contains?|prevoit) (?:quel\w*|quoi|what|which)\b|"
            # « what's in report A/HRC/56/40 ? », « le contenu du rapport »: the document's content.
            r"\b(?:what'?s|what(?: exactly| actually)? is)(?: exactly| actually)? in (?:the |that |this )?"
            r"(?:(?!(?:resolution|this|cette|ce|text|texte|about|on|sur)\b)[\w'-]+ ){0,4}?"
            r"(?:report|document|declaration|agreement|resolution (?!56/2\b)\d+/\d+|"
            r"(?!a/hrc/res/56/2\b)(?:[a-z]+/)+\d+(?:/\d+)+)|"
            # (« la décision 1/CP.21 », « citée à la note 1 »; not the Council's own, « prise au §37 ».)
            r"\bcontenu (?:du|de la|de l'|des) (?:rapport|declaration|"
            r"decision(?= \d| citee| mentionnee| a laquelle)|accord|"
            r"convention|programme|plan|resolution \d)|"
            # « qu'est-ce qu'il y a dans le rapport A/HRC/56/40 ? », « qu'est-ce que la résolution
            # 46/14 prévoyait concrètement ? »: the same, asked the long way.
            r"\b(?:qu'est-ce qu'il y a|qu'y a-t-il|y a quoi|ya quoi) dans (?:le |la |l')?"
            r"(?:rapport|declaration|accord|convention|programme|plan|resolution \d|(?:[a-z]+/)+\d)|"
            r"\bqu'est[- ]ce qu(?:e |')(?:la |le |l'|les )?"
            r"(?:resolution (?!56/2\b)\d+/\d+|(?!56/2\b)\d+/\d+|declaration|accord|"
            r"convention|charte|pacte|programme|plan|rapport|traite)[^?]{0,40}?\b(?:dit|disait|prevoit|prevoyait|"
            r"contient|contenait|decidait|recommandait)\b|"
            # « qu'est-ce que le Mouvement a décidé d'autre à Kampala, en dehors de ce que cite la
            # résolution ? »: the rest of a document the text cites.
            r"\bd'autre\b[^?]*\b(?:en dehors de|hormis|outre|a part) ce que "
            r"(?:cite|mentionne|rappelle|reprend) (?:la resolution|le texte|la 56/2)\b|"
            r"\belse\b[^?]*\b(?:besides|apart from|other than|beyond) what (?:the |this )?"
            r"(?:text|resolution|56/2) (?:cites|quotes|mentions)\b|"
            # "What did the UN Human Rights Committee decide about…?": a treaty body's or the Advisory
            # Committee's findings, which the text never reports (it names neither).
            rf"\b(?:{_COMMITTEES}|cerd|cedaw|treaty bod\w*|organes? conventionnels?)\b[^?]{{0,60}}"
            rf"\b(?:{_FOUND})\b|\b(?:{_FOUND})\b[^?]{{0,30}}\b(?:{_COMMITTEES})\b|"
            # « la déclaration de Vienne contient combien d'articles ? »: its own structure.
            # (Not « combien d'articles de la Charte le PP1 cite-t-il ? »: what PP1 cites. Only a
            # count of what the document holds: « contient », « compte », "have".)
            rf"\b(?:{_DOCUMENT_KINDS})\b[^?]*\b(?:{_HOLDS})\b[^?]{{0,20}}\b(?:{_ARTICLES_COUNTED})\b|"
            rf"\b(?:{_ARTICLES_COUNTED})\b[^?]{{0,60}}\b(?:{_HOLDS})\b"
        ),
    ),
    # A definition the text does not give (« l'OP14 donne-t-il une définition juridique du
    # terrorisme ? », "which legal definition of terrorism does OP14 rely on?").
    (
        "autre_document",
        re.compile(
            r"\b(?:paragraphes?|alineas?|articles?|paragraph|article)\s+\d+\s+"
            r"(?:de la\s+|de l'\s*|du\s+|of(?: the)?\s+)"
            # (« le paragraphe 1 de la résolution 56/2 », "paragraph 23 of the resolution": this text's.)
            r"(?:resolution\s+(?!(?:a/hrc/res/)?56/2\b)(?:[a-z]+/)*\d|"
            r"accord|declaration|convention|charte|pacte|programme|agreement|article|charter)"
        ),
    ),
    # (Last: outside_kinds.py takes these by position.) « Le préambule cite l'accord de 2015. Quel
    # plafond ce traité fixe-t-il ? »: what a document it cites sets, pointed at as « ce traité ».
    (
        "autre_document",
        re.compile(
            r"\b(?:ce|cet|cette|ces|that|this) "
            r"(?:traite|accord|convention|pacte|treaty|agreement|covenant)s? "
            r"(?:fixe|prevoit|impose|exige|contient|stipule|sets?|requires?|imposes?)\w*\b"
        ),
    ),
)
