"""The kinds of question the text cannot answer, each with its reason and folded pattern.

The patterns of the outside route (outside.py): who someone is, opinions, the debates, what came
after the adoption, sanctions, countries the text never names, other sessions and documents,
definitions and durations.
"""

from __future__ import annotations

import re

from bot.core.questions.normalise import boundary_first
from bot.core.questions.routes.outside_after import AFTER_ADOPTION, HISTORY_AND_YEARS
from bot.core.questions.routes.outside_debates import DEBATES
from bot.core.questions.routes.outside_documents import DOCUMENT_KINDS
from bot.core.questions.routes.outside_people import PEOPLE_AND_OPINIONS
from bot.core.questions.routes.outside_sessions import OTHER_SESSIONS

# Each kind: its reason (templates/_question_*.md.j2) and the pattern of the folded question.
_KINDS = (
    *PEOPLE_AND_OPINIONS,
    DEBATES,
    # « elle a été adoptée à Genève ? », "where was it adopted", « à quelle heure ? », "in which city
    # was the vote": the text gives the date, the meeting and the session, never a place or an hour.
    (
        "lieu",
        re.compile(
            # (Not "where did Cuba stand in the vote?", "where did France vote, for or against?".)
            r"\b(?:where|in which city|which city|dans quelle ville|a quelle heure|what time|at what time)\b"
            r"(?![^?]{0,40}\b(?:stand|stood|for or against)\b)"
            r"[^?]{0,20}\b(?:was|did|a|elle|la resolution|it|the resolution|the vote|le vote)\b[^?]{0,25}"
            r"\b(?:adopt\w*|vot\w*|passed)\b|"
            r"\b(?:elle|la resolution|le texte|it|the resolution|this|le vote|the vote)\s+"
            r"(?:a ete\s+|was\s+)?"
            r"(?:adoptee?|votee?|adopted|passed|voted|eu lieu|took place)\s+(?:a|in|at|dans)\s+"
            r"(?:geneve|geneva|new york|quelle ville|which city)\b|"
            # « Où a été adoptée la résolution, à Genève ou à New York ? »
            # (Not « où a été adoptée la Déclaration du Millénaire ? », a text it cites.)
            r"^\s*(?:ou|where)\s+(?:a ete|was)\s+(?:adoptee?|votee?|adopted|voted|passed)\s+(?:la resolution|"
            r"le texte|la reso|la 56/2|cette resolution|the resolution|this resolution|it|elle)\b|"
            r"^\s*(?:ou|where)\s+(?:a ete|was|did)\s+"
            r"(?:adoptee?|votee?|it|elle|la resolution|the resolution)\b"
            r"[^?]{0,20}\b(?:adopt|vot|pass)|"
            r"^\s*(?:ou|where)\s+(?:s'est tenue la session|was the session held|did the council meet)\b|"
            # « La cinquante-sixième session s'est tenue dans quelle ville ? », "which city hosted it".
            r"\bsession\b[^?]{0,20}\b(?:s'est tenue?|tenue|held|a eu lieu|took place|s'est deroulee?)\s+"
            r"(?:dans quelle ville|en quelle ville|in which city|in what city|ou|where|dans quel pays)\b|"
            # « New York ou Genève : où a été adoptée la résolution ? », "was the 56th session held in
            # Geneva?"
            r"[:,]\s*(?:ou|where)\s+(?:a ete|was|did)\s+(?:adoptee?|votee?|adopted|voted)\b|"
            r"\bsession\b[^?]{0,10}\b(?:held|tenue) (?:in|a|en|at) (?!(?:janvier|fevrier|mars|avril|mai|juin|"
            r"juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|"
            r"august|september|october|november|december|which|what|quel\w*|\d)\b)[a-z]|"
            # « la résolution a été adoptée au Palais des Nations à Genève ou à New York ? », « le vote
            # s'est tenu où ? », « dans quelle ville le vote a eu lieu »: a place asked of the adoption
            # or the vote, in any order (not of a document it cites, adopted in Vienna or Durban).
            r"^(?![^?]*\b(?:declaration|programme|plan|conference|sommet|summit|charte|charter|pacte|"
            r"covenant|convention|traite|treaty|document final|outcome)\b)"
            r"(?=[^?]*\b(?:adopt\w*|vot(?:e|ee|es|ees|ed)|passed|scrutin)\b)"
            r"(?=[^?]*(?:\b(?:venue|dans quelle ville|en quelle ville|which city|what city|quel endroit|"
            # (Folded, « où » is « ou », "or": « pour ou est-ce qu'elle a voté contre ? »; and "where
            # did Argentina stand", « où est la liste des pays contre ? » ask the record.)
            r"quel lieu)\b|"
            r"^\s*ou\s+(?:la resolution|le texte|la reso|la 56/2|elle|le vote|le scrutin)\s+"
            r"(?:a-t-elle|a-t-il|a|s'est|est)\s+(?:ete\s+)?(?:adoptee?|votee?|tenue?|eu lieu|deroulee?)\b|"
            # « Où a-t-elle été adoptée ? », « Où est-ce qu'elle a été votée ? », « Où s'est tenu le vote ? »
            r"^\s*ou\s+(?:a-t-(?:elle|il)|est-ce qu'(?:elle|il)\s+a|est-ce que (?:la resolution|le texte|"
            r"la reso|la 56/2|le vote)\s+a)\s+(?:ete\s+)?(?:adoptee?|votee?|eu lieu)\b|"
            r"^\s*ou\s+(?:s'est|se sont)\s+(?:tenue?s?|deroulee?s?)\s+(?:le vote|le scrutin|la seance|"
            r"l'adoption|la session)\b|"
            r"\b(?:a ete|s'est tenue?|a eu lieu|tenue?|adoptee?|votee?)\s+ou\s*[?!.]*\s*$|"
            r"\b(?:c'est|c'etait|was it|is it) (?:a|in|at) (?:geneve|geneva|new york) (?:que|qu'|that)|"
            r"\b(?:adoptee?s?|votee?s?|adopted|voted|passed)\s+(?:a|au|in|at)\s+(?:the\s+)?"
            r"(?:geneve|geneva|new york|palais)\b|"
            r"\b(?:a|au|in|at)\s+(?:geneve|geneva|new york)\s+ou\s+(?:a|au|in|at)\s+"
            r"(?:geneve|geneva|new york)\b))|"
            # « c'était à Genève la session 56 ? »: the place again, asked of the session.
            r"\b(?:c'etait|c etait|was it|etait-ce) (?:a|in|at) [a-z]+ (?:la|the) "
            r"(?:session|seance|meeting)\b|"
            # « la session s'est tenue à Genève ? »: the place, which the text never gives.
            r"\b(?:la session|the session|la seance|the meeting)\s+"
            r"(?:s'est tenue|a eu lieu|was held|took place)"
            r"\s+(?:a|en|in|at|au)\s+[a-z]"
        ),
    ),
    AFTER_ADOPTION,
    # « quelles sanctions contre les États qui ne coopèrent pas ? »: the text sets no penalty and
    # no enforcement (its « mesures coercitives » are other States' measures it deplores).
    (
        "sanctions",
        re.compile(
            # (Not « le mot sanctions n'apparaît pas »: the word absent, not a State refusing.)
            r"\b(?:sanctions?|penalit\w*|puni\w*|consequences?)\b[^?]*\b(?:qui ne|n'(?!appara)\w+ pas|"
            r"ne \w+ pas|"
            r"qui (?:respect|appliqu|suiv|obei)\w* pas|refus\w*|don'?t|doesn'?t|do not|does not|fail\w*)\b|"
            # (Chat drops the « ne »: « quelles sanctions si un pays respecte pas ».)
            r"\b(?:sanctions?|penalit\w*|puni\w*|consequences?)\b[^?]*\bsi (?:un|une|les|des|le|la|l') ?"
            r"(?:pays|etats?|gouvernements?|membres?)\b[^?]{0,30}\bpas\b|"
            # (Not "one country punishing another": the unilateral coercive measures of OP8.)
            r"\b(?:penalt\w*|punish\w*(?! (?:another|other|others|a (?:country|state)|one another))|"
            r"enforce\w*|contraindre|obliger)\b|"
            r"\bquoi la sanction\b|\bquelle sanction\b|\bseront sanctionn\w*|"
            # « Des sanctions sont-elles prévues contre les pays qui ont voté contre ? »
            r"\b(?:sanctions?|penalit\w*)\s+(?:sont-elles |sont |seront |est-elle )?prevue?s?\b|"
            # « le conseil peut imposer des sanctions à un pays ? »: powers the text never sets.
            r"\b(?:peut|peuvent|pourrait|can|could)(?:-(?:il|elle))?(?: the council)? "
            r"(?:imposer|infliger|impose) (?:des )?sanctions\b|\bsaisir (?:le conseil|la cour)\b|"
            r"\bcontre un (?:pays|etat) qui ne\b|\bare (?:they )?(?:binding|mandatory)\b|"
            # "Does this thing actually force the countries that said no to do anything?"
            r"\b(?:force|forces|compel|compels)\b[^?]{0,60}\bto (?:do anything|comply|obey)\b|"
            r"\b(?:recommandations?|resolutions?|textes?|decisions?)\b[^?]{0,30}"
            r"\b(?:sont|est)(?:-(?:elles?|ils?))? "
            r"(?:juridiquement )?obligatoires?\b|"
            r"\b(?:peut|peuvent|pourrait) etre (?:sanctionn\w*|puni\w*)|"
            r"\b(?:be|get) (?:sanctioned|punished)\b|"
            r"\bwill be (?:sanctioned|punished)\b|"
            # « s'il refuse de jouer le jeu, il risque quoi ? »: what a State risks, which is nothing.
            r"\brisque\w* quoi\b|\bqu'est-ce qu'(?:il|elle|ils) risque\w*|\bwhat (?:do|does) \w+ risk\b|"
            # « quelles sanctions le §12 impose-t-il ? »: none (its coercive measures are others').
            r"\b(?:quelles?|what|which|any)\s+(?:sanctions?|penalit\w*)\b[^?]*\b(?:impos\w*|prevo\w*|"
            r"prevu\w*|provide\w*|foresee\w*|inflig\w*|set|sets)\b|\bsanctions? prevues?\b|"
            # Legal force and remedies: a resolution of the Council binds no one and sets no court.
            r"\bjuridiquement (?:contraignante?s?|obligee?s?|tenue?s?|liee?s?)\b|"
            r"\bporter plainte\b|\bplaintes?\b|"
            # « quel mécanisme de contrôle s'applique si un État méconnaît le paragraphe 13 ? »
            # (Not « l'EPU est-il un mécanisme de contrôle ? », what the text says the UPR is.)
            r"(?<!est-il )(?<!est-elle )(?<!c'est )\b(?:quels?|aucun|un|des) mecanismes? de "
            r"(?:controle|sanction|contrainte)\b|"
            r"\b(?:enforcement|compliance) mechanisms?\b|"
            r"\bsi (?:un|une|les|des|le|la|l') ?(?:pays|etats?|gouvernements?|membres?)\b[^?]{0,20}"
            r"\b(?:meconnai\w*|enfrei\w*|viole\w*|manque\w* a)|"
            # « juridiquement, « Prie » ça oblige le SG ? », "is the SG legally required to…?".
            r"\bjuridiquement\b[^?]*\b(?:oblig\w*|contrai\w*|tenue?s?|force)\b|"
            r"\blegally (?:bound|binding|obliged|required|obligated|enforceable)\b|"
            r"\b(?:oblige|obligent|force|forcent)(?:-t-(?:il|elle)|-(?:il|elle|ils|elles))? (?:vraiment )?"
            r"(?:le|la|les|l') ?(?:etats?|secretaire|haut|sg|hc|pays)\b[^?]*\bou pas\b|"
            r"\bcontraignante?s? juridiquement\b|\b(?:juste|purement|seulement) symbolique\b|"
            r"\b(?:is|are|est|sont|relev\w*)\b[^?]{0,60}\b(?:droit coutumier|customary[\w ]{0,15} law|"
            r"jus cogens)\b|"  # "Is OP3's duty customary law?" (not « le §12 parle du droit coutumier ? »)
            # "does it say it is binding", "sanctioned for not applying it": the text uses neither.
            # (With a vote named, the vote route answers it beside the record: vote_beyond.py.)
            # (« le paragraphe 23 est-il contraignant ? »: a paragraph binds no more than its text.)
            r"^(?!.*\bvot).*(?:\b(?:resolution|reso|texte|text|it|elle|56/2|(?:paragraphe|paragraph|para|op|pp)\s*\d+)|"
            r"§\s*\d+)"
            r"\b[^?]{0,25}(?<!non-)(?<!non )"
            r"\b(?:binding|contraignante?)\b|\b(?:sanction\w*|penali[sz]\w*|punish\w*|puni\w*)\b"
            r"[^?]{0,20}\b(?:for not|pour ne pas|s'(?:il|ils|elle|elles) n|si (?:il|ils|elle|elles) n)|"
            r"\bcomplaints?\b|\bsue\b|\btribuna\w*|\bpoursuivre en justice\b|\bcourt of justice\b|"
            # « faire respecter la résolution », not « faire respecter les droits » (OP1's words).
            r"\bfaire respecter (?:la resolution|cette resolution|le texte|ce texte|ses demandes|"
            r"ces demandes|ses decisions|la 56/2)\b|"
            r"\bwhat happens (?:if|when)\b|\bque se passe-t-il si\b|\bsi un etat (?:ne|refuse)|"
            r"\bsi (?:un|les|des) etats? [^?]{0,30}\bpas\b[^?]{0,30}\b(?:se passe|sanction)"
        ),
    ),
    # « quelles ONG ont participé ? »: who took part, signed, paid; the text names none of them
    # (who tabled the draft is the authors route's question).
    (
        "pays_cites",
        re.compile(
            r"\b(?:quel(?:le)?s? (?:ong|organisations?|pays|etats|delegations?)|which (?:ngos?|ong|countr\w*|"
            r"organi[sz]ations?|states|delegations?))\b.*\b"
            r"(?:ont |a )?(?:particip\w*|sign(?!ifi)\w*|financ\w*|"
            r"ratifi\w*|contribu\w*|consult\w*|verse\w*|paid|pay|gave|give|donated|donne\w* le plus)|"
            # « ONG ayant participé aux négos ? »: the same, said as a fragment.
            r"\b(?:ong|ngos?)\b[^?]{0,10}\b(?:ayant|qui ont|that|who)\b[^?]{0,10}\b(?:particip\w*|"
            r"negoci\w*|took part)|"
            # « quelles ONG ont soutenu le texte ? »: no NGO votes; the record names none.
            r"\b(?:quel(?:le)?s? (?:ong|organisations?)|which (?:ngos?|organi[sz]ations?))\b[^?]*\b"
            r"(?:soutenu|soutien|appuye\w*|support\w*|backed|lobb\w*)|"
            # « qui a signé l'accord de Paris ? », "how many countries ratified it?": the text names
            # no signatory and counts none.
            r"\b(?:qui|who|combien de (?:pays|etats)|how many (?:countries|states))\b[^?]{0,20}\b"
            r"(?:a |ont |have |has )?(?:signe\w*|signed|ratifi\w*)\b|"
            # « liste des pays membres du Mouvement des non-alignés »: the text lists none.
            r"\bliste (?:des|de ses) (?:pays|etats|membres)\b"
            r"(?! (?:pour|contre|abstention|qui ont vote|ayant vote|qui se sont abstenus|abstentionnistes))|"
            r"\blist (?:of )?(?:the )?(?:countries|states|members|donors|contributors)\b"
            r"(?! (?:that|who) (?:voted|abstained|were (?:for|against)|supported|opposed))|"
            r"\bliste (?:des|de ses) (?:donateurs|contributeurs|bailleurs)\b|"
            r"\b(?:plus gros|principaux|biggest|largest|main|top) "
            r"(?:donateurs|donors|contributeurs|contributors|"
            r"bailleurs)\b|"
            # « le Maroc est membre de l'Union africaine ? », "is Albania a member of the OIC?", « les
            # 31 pays pour sont tous membres du Mouvement des non-alignés ? »: memberships the text
            # does not give (the Council's are the record's).
            r"^(?!.*\b(?:vot\w*|voix)\b).*\b(?:est|etait|sont|etaient|is|are|was|were) "
            r"(?:tous |toutes |all )?"
            r"(?:des |une? |an? )?"
            r"(?:membres?|members?) (?:de l'|du |de la |des |of )(?!(?:the )?(?:conseil|council|cdh|hrc|"
            r"human rights council)\b)|"
            # "Is Morocco in the African Union?", « le Maroc est dans l'UA ? »: another body's members.
            # (Not said after a vote asked: « Le Brésil et l'Inde ont voté quoi ? Ils sont dans les
            # BRICS comme la Chine… » is the asker's reason to guess.)
            r"^(?![^?]*\b(?:vot\w*|voted|absten\w*|abstain\w*)\b[^?]*\?).*(?:"
            r"\b(?:is|are) [\w' -]{2,40}? in (?:the )?(?:african union|au|brics|g77|g-77|g20|asean|opec|"
            r"commonwealth|arab league|oic|organi[sz]ation of islamic cooperation|francophonie)\b|"
            r"\b(?:est|sont) (?:dans|a) (?:l'|la |le |les )?(?:union africaine|ua|brics|g77|g20|asean|opep|"
            r"commonwealth|ligue arabe|oci|francophonie)\b)|"
            r"\b(?:is|are|was|were) [\w' -]{2,40}? (?:a |an )?members? of "
            r"(?!(?:the )?(?:human rights council|"
            r"council|hrc|conseil)\b)|"
            # « quel rôle pour l'OMS contre les pandémies ? »: an organisation the text never names
            # (beside a vote, the vote route's; the African Union is a grouping of its own there).
            r"^(?!.*\b(?:vot|voix|absten|scrutin))(?=.*\b(?:oms|unesco|unicef|fmi|imf|banque mondiale|"
            r"world bank|omc|wto|croix-rouge|red cross|amnesty|"
            r"human rights watch|ocde|oecd|pnud|undp|unhcr|hcr|acnur|oit|fao|pam|wfp|ilo|interpol|greenpeace|"
            r"medecins sans frontieres|organisation mondiale de la sante|world health organi[sz]ation|"
            r"cour penale internationale|international criminal court|cour internationale de justice|"
            r"international court of justice|the who)\b)"
        ),
    ),
    # A camp's vote tied to a paragraph or to what its members are (« les Européens ont voté contre
    # parce qu'ils refusent le paragraphe 5 ? », « les 14 pays contre s'opposent tous au paragraphe
    # 8 ? », « les pays contre sont ceux qui ne versent pas de contributions ? »): the record gives
    # votes, not what a camp opposes or has in common.
    (
        "hors_vote",
        re.compile(
            r"\b(?:ont vote|a vote|voted|(?:les )?(?:\d+ )?(?:pays|etats|membres|countries|states) "
            r"(?:pour|contre|"
            r"qui ont vote|that voted|who voted))\b[^?]{0,80}\b(?:(?:parce qu|because|a cause d|refus\w*|"
            r"s'opposent|s'oppose|opposent|oppose|opposed)[^?]{0,60}\b(?:paragraphe|para|§|op|pp)\s*\d+|"
            r"s'opposent tous|all oppose|sont ceux|sont celles|are those|are the ones)|"
            r"\bsame split\b|\bmeme (?:repartition|clivage)\b"
        ),
    ),
    OTHER_SESSIONS,
    # « liste les 17 ODD »: another document's content.
    *DOCUMENT_KINDS[:4],
    DOCUMENT_KINDS[5],
    *HISTORY_AND_YEARS,
    (
        "definition",
        re.compile(
            r"\b(?:definitions?|defini\w*) (?:juridiques?|legales?|legal|officiel\w*|precises?)\b|"
            r"\b(?:legal|official|precise) definitions?\b|\bdefinition (?:it|they) gives?\b|"
            # "define 'unilateral coercive measures' pls", "what counts as a 'non-state actor'",
            # « le par 14 définit le terrorisme comment », "whats the definition".
            r"^\W*define\b|\bwhat (?:exactly |really |actually )?counts? as\b|\bce qui compte comme\b|"
            r"\bwhats the definition\b|"
            r"\bdefini\w*\b[^?]{0,40}\bcomment\b|\bc'est quoi une? [^?]{2,40}\bconcretement\b|"
            r"\bwhat(?:'s| is) the definition\b|\bquelle (?:est la )?definition\b|"
            r"\b(?:c'est quoi|c quoi|cest quoi|c koi|c'est koi) (?:la|une) definition\b|"
            r"\b(?:is there|y a-t-il|y a t il|il y a) (?:a |une )?definition\b|"
            # « le texte donne une définition ? », "does the text give a definition?"
            r"\b(?:donne|donne-t-il|donne-t-elle|propose|contient|gives?|provides?|contains?) "
            r"(?:une|a|any|aucune) definition\b|"
            # « comment la résolution définit-elle précisément… », "how does it define…".
            r"\bcomment\b[^?]{0,60}\bdefini(?:t|ssent)\b|\bdefinit-(?:il|elle)\b|"
            r"\bhow does\b[^?]{0,40}\bdefine\b|^\W*definitions?\b|"
            # "does OP14 define terrorism?", "does the text define…": whether it defines, no.
            r"\b(?:does|do|did) (?:it|they|the (?:text|resolution|preamble)|(?:op|pp) ?\d{1,2})\s+define\b|"
            # « non-politisation = quoi exactement ? def », « qu'est-ce qu'un acteur non étatique au
            # sens du paragraphe 13 ? »: the text defines none of its terms.
            r"\b(?:def|definitions?)\s*\??\s*$|"
            # « Que signifie non-politisation ? », « que veut dire concessionnelles ? »: a word's
            # meaning (not « que veut dire le para 5 », nor what the text means by it: « selon le texte »).
            # (Nor an acronym, which the text spells out: « que veut dire HCDH ? ».)
            # (Nor a vote: « que signifie l'abstention de la République dominicaine ? », the record's.)
            # (Nor the title or a paragraph, nor what a term means for someone: « pour le Conseil ».)
            r"^(?:que|qu'est-ce que) (?:signifie|veut dire)\s+(?![^?]*\d)(?!\s*[a-z]{2,6}\s*\??\s*$)"
            r"(?![^?]*\b(?:vot\w*|abstention|abstenu\w*|pour|selon|d'apres|dans le texte|dans la resolution|"
            r"par)\b)"
            r"(?!(?:le |la |les |l'|cette |ce |un |une )?(?:titre|paragraphe|para|resolution|texte|reso|"
            r"alinea|preambule|dispositif|que|qu'\w+)\b)(?![^?]*\b(?:dans ce texte|ici|quand)\b)"
            r"(?:[«»\"“”]?\s*[\w'-]+\s*[«»\"“”]?\s*){1,5}[?.!]*\s*$|"
            r"\bqu'est-ce qu(?:'un|'une|e l'on entend par|'on entend par)\b[^?]{0,60}\bau sens\b|"
            # « c quoi une procédure spéciale exactement », "what is a special procedure exactly",
            # "what does concessional terms mean": a definition, which the text never gives.
            r"^(?:c'est quoi|c quoi|cest quoi|qu'est-ce que c'est|what is|what's|whats)\s+"
            r"(?:exactement|exactly|concretement|au juste)\s+(?:une?|a|an)\s+"
            r"(?![^?]*\b(?:selon|d'apres|dans|according to|in) "
            r"(?:le texte|la resolution|the text|the resolution)\b)|"
            r"^(?:c'est quoi|c quoi|cest quoi|qu'est-ce que c'est|what is|what's|whats)\s+(?:une?|a|an)\s+"
            r"[^?]{2,40}\b(?:exactement|exactly|concretement|au juste)\b|"
            r"^what does (?!(?:op|pp|para\w*|paragraph\w*|§|article|note|footnote|it|this|that)\b)"
            r"(?![^?]*\d)[^?]{2,40} mean(?: here| exactly| in (?:this|the) (?:text|resolution))?\s*\??$|"
            # « coopération triangulaire ça veut dire quoi », « le terrorisme c'est défini comment
            # dans la réso ? », « c quoi le droit au développement en vrai »: a word of the text, not
            # a paragraph named (« le para 5 ça veut dire quoi » asks what it says).
            r"^(?![^?]*\d)[^?]{3,60}\b(?:ca|cela) veut dire quoi\b|\bdefini\w* comment\b|"
            r"^(?:c'est quoi|c quoi|cest quoi)\s+(?:le|la|l'|les)\s*[^?]{2,40}\ben vrai\b|"
            # « ça veut dire quoi 'coopération technique…' concrètement », "what does that mean in
            # practice?", « les PMA c'est quels pays concrètement », « les 'parties prenantes' c'est
            # qui ? », « 'gouvernements légitimement constitués' —
            # lesquels ? », "which states are 'affected States'?": what the text's words cover,
            # which it never spells out.
            r"^(?:ca|cela) veut dire quoi\b|\bmeans? in practice\b|"
            r"\bc'est (?:quoi|quels?|quelles?|qui)\b[^?]{0,20}\bconcretement\b|"
            r"'\s*(?:c'est (?:qui|quoi|lesquel(?:le)?s)|(?:-|—|:)?\s*lesquel(?:le)?s)\b|"
            r"\bwhich \w+ (?:are|is) '[^?]{2,40}'|"
            r"\b(?:entre qui et qui|between whom)\b|"
            # « c'est quoi une mesure coercitive unilatérale ? le texte la définit ? »
            r"\b(?:le texte|la resolution|la reso|il|elle) (?:la|le|les|l') ?defini(?:t|ssent)\s*\?|"
            # « différence Haut-Commissaire / Haut-Commissariat ? »
            r"^(?!(?:.*\b(?:op|pp|paras?|§)\s*\d+){2})\s*(?:la )?diff(?:erence)?\b[^?]{2,60}(?<!\d)/(?!\d)|"
            # « mesures coercitives = sanctions ? c'est la même chose ? », "the difference between
            # South-South and triangular cooperation": a comparison of notions (not of paragraphs, nor
            # of votes: "did Japan vote the same as the rest of its group?").
            r"^(?!(?:.*\b(?:op|pp|paras?|paragraphes?|paragraphs?|§|alineas?|et|and)\s*\d+){2})"
            # (Nor of two texts it cites: « la différence entre la 78/197 et la 78/199 selon le
            # texte », what the text recalls of each.)
            r"(?!(?:.*\b(?!56/2\b)\d{1,3}/\d{1,3}\b){2})"
            # (Nor of two facts of the header: "the difference between the adoption date and the
            # distribution date", both given.)
            r"(?![^?]*\b(?:adoption|adoptee|distribution)\b[^?]*\b(?:and|et)\b[^?]*\b(?:adoption|adoptee|distribution)\b)"
            r"(?![^?]*\b(?:vot\w*|abstain\w*|abstenu\w*)\b[^?]*\b(?:rest of|reste d\w*|group\w*|bloc|"
            r"voisins?|neighbou?rs?)\b).*\b(?:"
            r"c'est la meme chose|la meme chose que|the same (?:thing )?as|difference between|"
            # (Not the camps: « la différence entre les pour et les contre », the vote's margin.)
            r"difference entre)\b(?! (?:les )?(?:pour|oui|yes) (?:et|and) (?:les )?(?:contre|non|no)\b)"
        ),
    ),
    # « donne moi un exemple de coopération Sud-Sud réussie », "what concrete examples does it
    # list?": the text states principles and requests, with no case, project or country as an
    # example. (Not "the examples of what works best" OP29 asks the High Commissioner to gather,
    # nor the crises OP26 lists, asked as kinds.)
    (
        "exemples",
        re.compile(
            # (Not examples of what the text or the record holds: a crisis OP26 lists, a country that
            # voted, a request, a principle, a right, a cited document, a paragraph; nor « par
            # exemple », "for example" in the asker's words.)
            r"^(?![^?]*\b(?:exemples?|examples?) (?:\w+ )?(?:de |d'|of |from )(?:(?:un|une|a|an|the|ce|"
            r"cette) )?"
            r"(?:\w+ )?(?:crises?|crisis|defis|challenges|pays|country|countries|etats?|states?|abstentions?|"
            r"demandes?|requests?|principes?|principles?|droits?|rights?|documents?|resolutions?|textes?|"
            r"paragraphes?|paragraphs?|conferences?|the text|du texte)\b)"
            r"(?![^?]*\b(?:par exemple|for example|for instance|e\.g\.))"
            # (Nor the examples a paragraph gives: « le paragraphe sur les crises donne une liste
            # d'exemples. Tu sais me donner la liste complète ? ».)
            r"(?![^?]*\b(?:paragraphe|paragraph|para|considerant|alinea|op ?\d+|pp ?\d+)\b[^?]{0,60}"
            r"\b(?:donne|gives|cite|lists?)\b[^?]{0,20}\b(?:liste d'exemples|list of examples)\b).*?(?:"
            r"\b(?:donne[rz]?|give|gives|cite[rz]?|citent|lists|lister|listez|provide|provides)\b"
            r"(?:-t-(?:il|elle))?(?: moi| me)?[^?]{0,20}?"
            r"\b(?:un |une |des |quelques |some |an |any |en |as )?"
            r"(?:exemples?|examples?)\b|"
            r"\b(?:exemples?|examples?) (?:concrets?|precis|reels?|real-world)\b|\bconcrete examples?\b|"
            r"\b(?:c'?est )?quoi un exemple\b|\ben donne(?:-t-il|-t-elle)? un\b|"
            r"\b(?:does|do) (?:it|the (?:text|resolution)) list (?:any |some )?examples?\b|"
            r"\bun exemple d[e'][^?]{0,50}\b(?:reussie?|qui a marche|cite\w*|dont parle)\b|"
            r"\ban example of\b[^?]{0,60}\b(?:successful|that worked|like|such as)\b)"
        ),
    ),
    # « combien de séances a duré la session ? »: a duration or a number of meetings.
    (
        "montant",
        re.compile(
            r"\bcombien de (?:seances|jours|heures|reunions|semaines|temps)\b|\ba dure combien\b|"
            r"\bhow long\b|"
            # « combien y a d'États membres à l'ONU en tout ? »: the UN's members, which the text never
            # counts (the Council's 47 are the record's).
            r"\b(?:combien|how many)\b[^?]{0,30}\b(?:etats?|pays|membres?|members?|countries|states)\b"
            r"[^?]{0,20}\b(?:a l'onu|de l'onu|aux nations unies|des nations unies|in the un|of the un|"
            r"at the un|un member)"
        ),
    ),
    # « le paragraphe 5 de la résolution 6/17 »: a paragraph of another document.
    DOCUMENT_KINDS[4],
)
# Tested only for whether they occur: their word boundaries factored out (normalise.py).
KINDS = tuple((reason, boundary_first(pattern.pattern, pattern.flags)) for reason, pattern in _KINDS)
