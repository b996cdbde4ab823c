"""What came after the adoption, and the history of the bodies the text names: kinds it cannot answer.

Kinds of the outside route (outside_kinds.py orders them): what happened or will happen since
10 July 2024 (« les séminaires ont-ils eu lieu ? », "did para 14 lead to a new treaty?"), and a
body's founding, seat or members.
"""

from __future__ import annotations

import re

# Offices the text names whose seat or funding it never gives.
_OFFICES = (
    r"hcdh|ohchr|haut-commissariat(?: des nations unies aux droits de l'homme)?|office of the high "
    r"commissioner|bureau du haut-commissaire|onu|the un|nations unies|united nations"
)

AFTER_ADOPTION = (
    "apres_adoption",
    re.compile(
        # What will happen (« quand se tiendra la prochaine session ? »), or has happened.
        r"\bwill\b[^?]{0,40}?\b(?:be held|take place)\b|\bcurrent status\b|\bou en sont\b|"
        # "When the Council got together again the session after, did it carry on…?": a later
        # session, asked as held.
        # (« the » is optional: a word typed three times is read twice, at_most_twice.)
        # "What did the Council decide when it took the question up again at its fifty-ninth
        # session?": what it did there (« qu'a décidé le Conseil à sa 59e session ? » likewise).
        # (Not "what did the Council decide to do at its next session?": OP37's decision.)
        r"\bwhat did (?:the council|it|they|the hrc|the human rights council) (?:\w+ )?(?:decide|do|adopt|"
        r"conclude)\b(?! to\b)"
        r"[^?]{0,60}"
        r"\b(?:at|during|in) (?:its|the) (?:fifty-ninth|59th|sixty-third|63rd|next|following) session\b|"
        # « les conclusions des séminaires régionaux ? »: what came of them, after the text.
        r"\b(?:conclusions?|resultats?|results?|outcomes?|bilan|findings?) (?:des|of the|de ces|of these) "
        r"(?:seminaires?|seminars?)\b|"
        r"\b(?:took|has taken|had taken) (?:the question|the issue|the item|the matter|it) up again\b"
        r"[^?]{0,60}\b(?:fifty-ninth|59th|next|following|later) session\b|"
        r"\b(?:got together|met|reconvened|came back) (?:again )?(?:the |at (?:the )?|in (?:the )?)?"
        r"(?:session after|next session|following session)\b|"
        # (Not what the text asks or decides for it: "did it ask for a report at the next session?".)
        r"^(?![^?]*\b(?:ask\w*|request\w*|plan\w*|decide\w* to|say\w* it would)\b)(?:"
        r"[^?]*\b(?:at|in) (?:the )?(?:session after|next session|following session)\b[^?]{0,40}\bdid\b|"
        r"[^?]*\bdid (?:it|they|the council|council)\b[^?]{0,60}\b(?:at|in) (?:the )?(?:session after|"
        r"next session|following session)\b)|"
        # What was done of a request (« il l'a fait ou pas ? », « a vraiment présenté le rapport à
        # la 59e session ? »): the text asks for it, at a session after its own.
        r"\b(?:il|elle|ils|elles|hc|sg) l'(?:a|ont) (?:vraiment |bien |deja )?fait\b|"
        r"\bl'(?:a|ont) (?:vraiment |bien |deja )?fait (?:ou (?:pas|non)|oui ou non)\b|"
        r"\b(?:a|ont|did|has|have) (?:vraiment |bien |deja |really |actually |already )?"
        r"(?:presente|soumis|remis|organise|tenu|present|presented|submit|submitted|held|organi[sz]ed)\b"
        r"[^?]{0,50}\b(?:59e|59eme|59th|63e|63eme|63rd|cinquante-neuvieme|soixante-troisieme)\b|"
        # « le Rwanda revient au conseil quand ? prochain mandat ? »: a later term, a later election.
        # (Not « le sujet revient quand au conseil ? », the text's next session.)
        r"\b(?:sera reelue?|reelue?|re-?elected)\b[^?]{0,20}\b(?:au conseil|au cdh|to the council|"
        r"on the council|to the hrc)\b|"
        # « Les séminaires régionaux ont-ils été financés ? », « Le Haut-Commissaire a-t-il présenté
        # son rapport à la 59e session ? »: what the text asks for, asked as done since, of what
        # comes later (seminars, a later session). Not « le Conseil a-t-il examiné le rapport du
        # Haut-Commissaire ? » (OP32), nor « sous quel point ce texte a-t-il été examiné ? » (the
        # adoption's own agenda item).
        r"^(?=[^?]*\b(?:seminaires?|cinquante-neuvieme|soixant\w*|(?:59|6\d)e|prochaine?s?|nouveau rapport|"
        r"depuis)\b)[^?]*?"
        r"(?<!texte )(?<!resolution )(?<!reso )(?<!56/2 )"
        r"\b(?:ont-(?:ils|elles)|a-t-(?:il|elle)) (?:deja |bien |effectivement |vraiment |finalement )?"
        r"(?:ete (?:deja |bien |effectivement |vraiment |finalement )?(?:finances?|organises?|tenus?|"
        r"remis|soumis|examines?|realises?)|examine|presente|organise|finance|remis|soumis|tenu)\b|"
        # « le HC il a déjà organisé les séminaires ou pas encore ? »: the same, said in chat.
        r"^(?=[^?]*\b(?:seminaires?|cinquante-neuvieme|soixant\w*|(?:59|6\d)e|prochaine?s?)\b)[^?]*?"
        r"\b(?:il |elle |ils |elles )?(?:a|ont) deja (?:ete )?(?:organise|tenu|finance|presente|remis|soumis|"
        r"examine)\w*|"
        # « Le Haut-Commissariat a-t-il effectivement clarifié le processus, comme le lui demande le
        # paragraphe 22 ? »: a paragraph's request, asked as done since.
        r"\b(?:ont-(?:ils|elles)|a-t-(?:il|elle))\b[^?]*\bcomme (?:le |la |les )?(?:lui |leur )?"
        r"(?:demande|prie|exige|invite|exhorte|encourage|engage)\w* (?:le |l'|au )?"
        r"(?:paragraphe|para|op|§)\s*\d+|"
        # « les négos sur le traité pandémie sont finies ? »: negotiations the text calls ongoing.
        r"\b(?:negos?|negociations?|negotiations?|talks)\b[^?]{0,50}\b(?:finie?s?|terminee?s?|conclue?s?|"
        r"achevee?s?|over|finished|concluded|done)\b|"
        # (A member's: not « le rapport … au prochain mandat ? », the High Commissioner's.)
        r"\b(?:son|sa|leur|its|their) (?:prochain mandat|next term)\b|"
        r"(?:^|[?.]\s*)(?:le |the )?(?:prochain mandat|next term)\b|"
        r"\b(?:for|pour) (?:the|le) (?:next term|prochain mandat)\b|"
        r"\b(?:prochaine election|next election)\b|"
        # « le Haut-Commissaire a répondu quoi à la demande du para 29 ? »: a reply to come after.
        r"\b(?:a|ont|have|has|did)(?: \w+)? (?:repondu|responded|replied|reagi|reacted|respond|reply|"
        r"react)\b|\b(?:did|has|have)\b[^?]{0,40}\b(?:respond|reply|react)(?:ed)?\b|"
        # "did the regional seminars actually take place?": what came after the text.
        # (Not "where and when did the summit take place?", which the text reports.)
        r"\bdid\b[^?]{0,60}\b(?:actually|really|finally|ever|eventually) "
        r"(?:take place|happen|get held)\b|"
        r"\bdid\b[^?]{0,40}\b(?:take place|happen)\b[^?]{0,20}\b(?:after|since|yet)\b|"
        # "did the seminars happen in all five regions?", « qu'est-ce qui s'est passé après
        # l'adoption ? »: what came after the text.
        r"\bdid (?:the |these )?(?:seminars?|workshops?|consultations?)\b[^?]{0,20}"
        r"\b(?:happen|take place|get held)\b|\bs'est passe\w* apres (?:l'adoption|le vote|son adoption)\b|"
        r"\b(?:did|has|have)\b[^?]*\b(?:after|since) (?:the |its |this )?(?:resolution |text |56/2 )?(?:was |"
        r"were )?"
        r"(?:adopt\w*|vot\w*)|\b(?:traite|treaty)\b[^?]{0,40}\b(?:finished|completed|termine|fini|conclu)\b|"
        r"\b(?:did|has|have)\b[^?]*\b(?:after|since) (?:this|the) (?:resolution|text|vote)\b"
        r"(?! (?:was|were) (?:tabled|presented|introduced|submitted|drafted|put))|"
        # What the text led to (not what the pandemic led to, « selon le texte »).
        r"\b(?:did|has) (?:this |the )?(?:resolution|text|reso|it|para\w*|op ?\d+|pp ?\d+)\b[^?]{0,30}"
        r"\b(?:lead to|led to|result(?:ed)? in)\b|"
        r"\b(?:la resolution|le texte|la reso|elle|il) (?:a|ont) (?:abouti|mene) (?:a|sur)\b|"
        r"\bdid (?:(?:this|the) (?:resolution|text|reso)|it)\b[^?]{0,25}\b(?:make|get|force|push) "
        r"(?:any|a|some) (?:country|countries|state|states|government|governments|difference)\b|"
        # « combien de séminaires l'ONU a-t-elle déjà financés ? », "how many have been held so far?":
        # what was done since, which the text cannot count.
        # (Not « … avaient déjà été organisés avant celle-ci ? »: before it, another session.)
        # (In one clause: « c'est combien de séminaires déjà, ceux organisés par le HC ? », "how
        # many voted against, already been asked" say « déjà », "already" of the asker.)
        r"\b(?:combien|how many)\b(?![^?]*\b(?:avant|before)\b)[^?,]{0,60}"
        r"\b(?:deja|already|jusqu'ici|jusqu'a present|so far|to date)\b"
        r"[^?,]{0,30}\b(?:financ\w*|organis\w*|tenu\w*|eu lieu|realis\w*|mis en place|cree\w*|funded|"
        r"organi[sz]ed|held|set up|created|been)\b|"
        # « combien de fois le HC a-t-il déjà été prié… », "how many times … already": history.
        r"\b(?:how many times|combien de fois|(?:la |le )?combientieme fois)\b[^?]*"
        r"\b(?:already|deja|before|auparavant|previously)\b|"
        # How a member will vote next time: a prediction, not the record.
        r"\bwill [\w-]+(?: [\w-]+)? (?:vote|abstain|support|oppose)\b|"
        # « quel texte le Conseil va-t-il adopter à sa 59e session ? », « quand l'Italie sera-t-elle
        # élue au Conseil ? »: what a later session will do, who will sit.
        r"\bva(?:-t-(?:il|elle))? adopter\b|\bwill (?:it |the council |they )?adopt\b|"
        r"\bsera(?:-t-(?:il|elle)|-t-on)?\b[^?]{0,30}\b(?:re)?elue?s?\b|"
        r"\bwill\b[^?]{0,30}\bbe (?:re-?)?elected\b|"
        # "has the High Commissioner published the compilation yet?": what came of it since.
        r"\bhas\b[^?]*\bpublished\b|\byet\s*\?|"
        r"\bvot\w*[^?]{0,40}\b(?:next time|la prochaine fois)\b|"
        # « la prochaine conférence de Durban c'est quand ? »: a meeting the text never plans.
        # (« la prochaine réunion du conseil », "the next meeting": a date the text never gives.)
        r"\b(?:prochaine?s?|next|upcoming|future)\s+(?:conferences?|sommets?|summits?|examen de durban|"
        r"durban|reunions?|meetings?)\b|"
        # « nb séminaires régionaux déjà organisés »: what has been done since, not what is asked.
        # (Not the conferences OP6 welcomes as held: « les réunions déjà organisées sur le dialogue ».)
        r"\b(?:seminaires?|seminars?|ateliers?|workshops?)\b[^?]{0,40}"
        r"\b(?:deja|already) (?:organise\w*|tenu\w*|held|organi[sz]ed|realise\w*)\b|"
        r"\b(?:se tiendr\w*|aura lieu|auront lieu|will (?:be held|take place)|"
        r"(?:s'est passe\w*|s'est-il passe)"
        # (« le sommet, ça s'est passé à quelles dates ? »: a meeting the text dates.)
        r"(?![^?]*\b(?:quand|quelles? dates?|ou)\b)|what (?:has )?happened)\b|"
        # (« la Belgique a voté quoi finalement ? », « a finalement voté pour ? », « finalement qui a
        # voté contre ? »: the record.)
        r"\b(?:(?<!vote )(?<!votes )(?<!vote quoi )(?<!vote comment )(?<!pour ou contre )(?<!abstenu )"
        r"(?<!abstenue )finalement(?! vot)(?!\s+(?:qui|combien|quels?|quelles?|comment)\b[^?]{0,20}\bvot)|"
        r"a fini par|"
        r"ont fini par|later(?! session)|plus tard|subsequently|par la suite|"
        r"depuis (?:son adoption|l'adoption|le vote|ce vote|son vote|cette adoption|"
        r"qu'(?:il|elle) a ete (?:vote|adopte)e?|"
        r"2024|ce texte|le texte|cette resolution|"
        r"la resolution)|"
        r"\bend(?:ed)? up (?:implementing|applying|complying|doing|changing|adopting|ratifying|"
        r"deciding|decided|decide)\b|"
        # "did vaccines end up being shared fairly in the end?", "in the end": what came of it.
        r"\bend(?:ed)? up (?:being |getting )?(?:\w+ )?(?:shared|distributed|given|sent|delivered|"
        r"paid|funded|held|adopted|signed|ratified|implemented|applied|respected|created|set up)\b|"
        r"\b(?:did|were|was|have|has)\b[^?]{0,60}\bin the end\b|"
        # The pandemic treaty the text says is being negotiated (PP14): whether it was adopted,
        # signed or ratified since is news, not the text (« il a été adopté au final ? »).
        # (Haitian « yo fin siyen l ? », have they signed it.)
        r"\b(?:traite|treaty|trete)\b[^?]{0,60}\b(?:adopte\w*|adopted|signe\w*|signed|siyen|ratifi\w*|"
        r"conclu\w*|finalise\w*|finali[sz]ed)\b|"
        # « les négociations sur le traité ont abouti à quoi ? », "what did the negotiations end up
        # producing?": what came of them.
        # (Not what the text says of them: « selon le texte », « le pp14 », « doivent aboutir à
        # quoi ? », "should lead to": PP14, « négociations en cours concernant un traité ».)
        r"^(?![^?]*\b(?:(?:selon|d'apres|according to) (?:le |la |l'|the )?(?:texte?|resolution|reso|"
        r"preambule|preamble)|pp ?\d+|op ?\d+|paragraphe|paragraph|doivent|devraient|doit|vise|visent|"
        r"should|meant to|supposed to|aim(?:ed)? to)\b)"
        r"[^?]*?\b(?:negociations?|negotiations?|pourparlers|talks)\b[^?]{0,60}"
        r"\b(?:abouti\w*|aboutir|end(?:ed)? up|produc\w*|resulted|result in|led to|lead to)\b|"
        r"\b(?:adoptee?s?|signee?s?|ratifiee?s?|conclue?s?|approuvee?s?) "
        r"(?:au final|finalement|depuis)\b|"
        # A report the text asks for, said delivered (« a bien rendu son rapport ? »): what came.
        r"\b(?:a|ont|has|have)(?:-t-(?:il|elle)|-ils|-elles)?(?: bien| deja| already| actually)? "
        r"(?:rendu|remis|submitted|delivered) "
        r"(?:son|ses|leur|le|its|their|the) (?:rapport|report)|"
        r"\b(?:has|have)\b[^?]{0,30}\b(?:handed in|turned in|submitted|delivered)\b|"
        # "Did the seminar summary report actually get presented at the 63rd session?"
        # (Not "did the text get adopted by vote?", nor the report the text takes note of.)
        r"\bdid\b[^?]{0,60}\b(?:actually|really|finally|ever) (?:get|got|been) (?:presented|submitted|"
        r"delivered|held|organi[sz]ed)\b|"
        # "Was the summary report presented at the 63rd session?": done, at a session after the
        # text's (not "to be presented at", what OP31 asks).
        r"^(?![^?]*\b(?:ask\w*|request\w*|decid\w*|call\w* for)\b)"
        r"(?:was|were|has|have)\b[^?]{0,60}(?<!to be )(?<!should be )(?<!\bbe )"
        r"\b(?:presented|submitted|delivered|held|organi[sz]ed)\b[^?]{0,20}"
        r"\b(?:at|in|during|by) (?:the )?(?:63rd|59th|sixty-third|fifty-ninth|"
        r"next|following)\b|"
        r"\b(?:ont|a|sont|est) deja eu lieu\b|\balready (?:been )?(?:held|taken place)\b|"
        r"\bgoing to (?:be held|take place)\b|\bentre(?:ra)? en vigueur\b|\benters? into force\b|"
        r"\b(?:actually )?(?:got|received) (?:money|funding|funds)\b|"
        r"\bont (?:deja )?recu (?:de l'argent|des fonds)\b|"
        r"desormais|"
        # « … a déjà compilées depuis ? », « combien déjà organisés depuis que… », "… since?".
        r"\bdeja (?:ete )?(?:organise\w*|tenue?s?|compile\w*)\b[^?]*\bdepuis\b|"
        r"\bdepuis\s*\?|\bsince\s*\?|"
        r"since (?:this|the) (?:text|resolution)|"
        # What the text calls for, said held (« les séminaires ont-ils vraiment eu lieu ? »): news.
        # A conference the text dates (« Vienne, ça a eu lieu quand ? ») is the text's answer.
        # (Not the asker's class: « on parlait des ONG en classe aujourd'hui », « le cours d'aujourd'hui ».)
        r"a ce jour|(?<!classe )(?<!cours )(?<!td )(?<!amphi )(?<!cours d')(?<!td d')(?<!seance d')"
        r"aujourd'hui|actuellement|so far|"
        # What came of what the text asks or recalls (« les consultations ont donné quoi ? »,
        # "did the SG actually set up the fund?", « par quoi a-t-elle été remplacée ensuite ? »).
        # (Not « et le GRULAC ça a donné quoi ? »: a group's votes.)
        r"^(?![^?]*\b(?:vot|session|grulac|weog|groupe|group|africains|asiatiques|occidentaux))[^?]*"
        r"(?:\b(?:ont|a) donne quoi\b|"
        r"\bqu'est-ce que (?:ca|ils|elles) (?:a|ont) donne\b)|"
        r"\bwhat came (?:of|out of)\b|"
        # What the text asks, said done since (« le HC a-t-il déjà compilé les bonnes pratiques ? »,
        # "has the compilation been done yet", "did the HC submit the report at the 59th session").
        r"\b(?:been|was|were) (?:done|made|compiled|completed|finished)\b|"
        r"\balready (?:done|compil\w*|publish\w*|made|submit\w*)\b|"
        r"\bdeja (?:compile|fait|publie|realise|rendu|soumis)\w*|"
        r"\bdid (?:the )?[\w -]{0,30}\b(?:submit|present|deliver|publish|hand in)\b[^?]{0,40}"
        r"\b(?:59|63\w*|fifty-ninth|sixty-third|cinquante-neuvieme|soixante-troisieme)|"
        # « Le SG a-t-il alloué les ressources demandées au paragraphe 31 ? », « quelle suite le
        # HCDH a-t-il donnée au paragraphe 22 ? »: whether what it asks was done since.
        # (Not what the text reports done: « l'Assemblée a-t-elle créé le Conseil ? », PP23.)
        r"\b(?:sg|secretaire general|haut-commissaire|hc|hcdh|haut-commissariat|etats|le conseil)"
        # (Nor the report OP32 says was submitted: « a-t-il soumis un rapport ? » is the text's.)
        r"(?: \w+){0,3} (?:a|ont)-t?-?(?:il|elle|ils|elles) (?:\w+ )?(?:alloue|verse|organise|finance|"
        r"mis en place|mis en oeuvre|applique|respecte)\w*|"
        r"\bquelles? suites?\b[^?]*\b(?:a|ont)(?:-t-(?:il|elle)|-ils|-elles)? (?:\w+ )?"
        r"(?:donnee?s?|reservee?s?)\b|"
        r"\b(?:prochaine?s?|next) (?:resolutions?|textes?)\b|"
        # « suite de la 56/2 à l'Assemblée générale »: what became of it in another body, since.
        # (Not « la suite du texte », the rest of it.)
        r"(?<!la )(?<!\bune )\bsuites? (?:de |du |donnee?s? a )(?:la |le |cette |ce )?"
        r"(?:56/2|resolution|texte|reso)\b"
        r"[^?]{0,30}"
        r"\b(?:a|devant) (?:l'assemblee generale|l'ag|la (?:3e|troisieme) commission)\b|"
        # « la 56/2 a été approuvée ensuite par l'Assemblée générale par combien de voix ? »: another
        # body's vote on it, later (the text's own record is the Council's).
        # (Not « le programme adopté par l'Assemblée générale dans sa résolution 70/1 », a text it cites.)
        # (Nor « le texte rappelle que la 41/128 a été adoptée par l'AG ? »: only this text, said so
        # or asked of later.)
        r"^(?![^?]*\b(?!56/2\b)\d{1,3}/\d{1,4}\b)(?=[^?]*\b(?:56/2|cette resolution|this resolution|ensuite|"
        r"plus tard|par la suite|later|subsequently|afterwards|depuis)\b)[^?]*"
        r"\b(?:56/2|cette resolution|ce texte|la resolution|le texte|la reso|this resolution|the resolution|"
        r"it|elle)\b(?! \d)[^?]{0,30}"
        r"\b(?:approuvee?|adoptee?|enterinee?|endorsed|approved|adopted|validee?)\b[^?]{0,20}"
        r"\b(?:par|by) (?:l'assemblee generale|l'ag|the general assembly|the ga|la (?:3e|troisieme) "
        r"commission|the third committee)\b|"
        # « cette résolution a eu des effets concrets ? », « elle a été implémentée ? », « les ONG
        # ont réagi comment ? », "did OHCHR clarify the process like OP22 asks?": what came of it.
        # (Not « la COVID a eu des effets négatifs », what the text says of the pandemic.)
        r"\b(?:la resolution|le texte|la reso|cette resolution|cette reso|elle|ce texte)\s+a eu (?:des |un )?"
        r"(?:effets?|impacts?|consequences?)\b|\beffets concrets\b|"
        r"\b(?:a|ont) ete (?:implemente|appliquee?|mise? en (?:oeuvre|œuvre|application))\w*|"
        r"\b(?:was|been|were) (?:implemented|applied|enforced)\b|"
        r"\b(?:ont|a|have|has|did) (?:\w+ )?(?:reagi|reacted|responded)\b|"
        # « comment les associations ont-elles accueilli ce texte ? », "how was it received?": its
        # reception, after it.
        r"\b(?:ont|a)(?:-t)?-(?:ils|elles|il|elle) (?:accueilli|recu|percu|juge)\b(?! avec satisfaction)"
        r"[^?]{0,20}"
        r"\b(?:ce texte|la resolution|cette resolution|le texte|la reso|cette reso|la 56/2)\b"
        r"(?! d[eu] (?!conseil\b|cdh\b))|"
        r"\b(?:accueilli|recu|percu)e? par (?:les |la |le |l')"
        r"(?:ong|associations?|societe civile|medias|presse|opinion)\b|"
        r"\bhow (?:was|were) (?:it|the resolution|the text|56/2) (?:received|welcomed|perceived)\b|"
        r"\bhow did (?:[\w-]+ ){1,4}(?:receive|welcome|perceive|view) (?:it|the resolution|the text|56/2)\b|"
        r"\bdid\b[^?]{0,50}\b(?:like|as) (?:op|pp|para\w*)\s*\d+\s+(?:asks?|demande|requests?|says?)\b|"
        # (Not « approuvée après un vote ? »: how it was adopted.)
        r"\b(?:approuve|endorse)\w*\b[^?]{0,40}\b(?:apres|afterwards|later)\s*\?*\s*$|"
        # "has this resolution actually improved cooperation on the ground?", « a-t-elle vraiment
        # changé quelque chose ? »: its effects, news the text cannot give.
        # « ça a changé quoi concrètement pour les sanctions ? », "what did it change": the same.
        r"\b(?:ca|elle|cette reso\w*|la reso\w*|le texte) a change quoi\b|"
        r"\bqu'est-ce que (?:ca|elle|cette reso\w*|la reso\w*|le texte) a change\b|"
        # « depuis qu'elle est passée, ce texte a changé quelque chose sur le terrain ? »
        # (Not « a changé quelque chose par rapport à la 50/4 ? », a comparison, nor « les changements
        # climatiques sur le terrain », OP26.)
        r"\b(?:ca|elle|cette reso\w*|la reso\w*|le texte|ce texte) a (?:vraiment |concretement |reellement )?"
        r"change (?:quelque chose|qqch|qqc|grand-chose|les choses)\b(?![^?]*\bpar rapport\b)|"
        r"\b(?:a|ont|a-t-(?:il|elle)|ont-(?:ils|elles)) (?:vraiment |concretement |reellement )?change\b"
        r"[^?]{0,40}\bsur le terrain\b|"
        # « adoptée par consensus l'année suivante ? », "was it passed again the following year?": a
        # later vote, which the record of 10 July 2024 cannot hold.
        # (Not of another text: « la 46/14 date de 2021 et la 49/25 a été adoptée l'année suivante ».)
        r"^(?![^?]*\b(?!56/2\b)\d+/\d+\b)(?![^?]*\b(?:declaration|vienne|vienna|conference)\b)[^?]*"
        r"\b(?:adopt\w*|vote[srez]?|votee?s?|consensus|passed|renouvel\w*|renew\w*)\b[^?]{0,60}"
        r"\b(?:l'annee (?:suivante|"
        r"d'apres|prochaine)|l'an (?:d'apres|prochain)|un an (?:plus tard|apres)|(?:the )?(?:following|next) "
        r"year|a year later)\b|"
        r"\bwhat (?:has|did) (?:it|this|this resolution|the resolution|the text) (?:change|changed)\b|"
        r"\bdid (?:this |the )?(?:resolution|text|it)\b[^?]{0,20}\b(?:actually|really) "
        r"(?:improve|change|help|"
        r"work|make a difference)\b|"
        r"\b(?:actually|really|vraiment|reellement|concretement) (?:improved|changed|helped|worked|made a "
        r"difference|ameliore|change|aide|servi|marche)\b|\b(?:made|had) (?:any |a real |an )?"
        r"(?:difference|impact)\b|\bimpact (?:reel|concret|real)\b|"
        r"\bon the ground\b[^?]*\b(?:improv|chang|work)|"
        r"\bactually (?:set up|created|established|launched|happened|implemented|done|did|do|present\w*|"
        r"submit\w*|deliver\w*|publish\w*|held|organi[sz]ed)\b|"
        r"\b(?:ont|a)(?:(?:-t-|-| t )(?:il|elle|ils|elles))? (?:vraiment|bien|"
        r"effectivement|reellement) (?:respecte|applique|mis en (?:oe|œ)uvre|suivi|verse|paye|paie)\b|"
        r"\b(?:a|ont) (?:vraiment |bien |effectivement )(?:cree|crees|mis en place|lance)\b|"
        r"\bremplacee?s? (?:ensuite|plus tard|depuis|apres)\b|"
        r"\b(?:later |since )?replaced (?:later|since|afterwards)\b|"
        r"(?<!vote )(?<!scrutin )\b(?:ont|a)(?:(?:-t-|-| t )(?:il|elle|ils|elles))?(?: vraiment| bien| "
        r"effectivement| reellement| deja)+ eu lieu\b|"
        # (« à quelle séance a-t-il eu lieu, le vote ? »: the adoption's meeting, the record's; not
        # the seminars', « à quelle séance ont-ils eu lieu ? », which came after: below.)
        r"(?<!vote )(?<!scrutin )(?<!seance )\b(?:ont|a)-(?:t-)?(?:il|elle|ils|elles) eu lieu\b|"
        r"\b(?:seminaires?|consultations?|reunions?-debats?|ateliers?|workshops?|tables? rondes?|rapports?)"
        r"\b[^?]{0,40}\b(?:ont|a|auront|aura)(?:-t)?(?:-(?:il|elle|ils|elles))? eu lieu\b|"
        r"\beu lieu,? (?:les |des |ces )?"
        r"(?:seminaires?|consultations?|reunions?-debats?|ateliers?|workshops?|tables? rondes?)\b|"
        r"since (?:then|2024|adoption)|"
        r"\bend(?:ed)? up (?:putting|including|doing|publishing|choosing|holding|organi[sz]ing|writing|"
        r"adding|listing|compiling|inviting|selecting)\b|"
        # (Not an event the text dates: "the Durban Review Conference took place in Geneva from 20
        # to 24 April 2009".)
        r"eventually|finally|nowadays|currently|"
        # (Only a cited meeting: "the regional seminars took place in 2024?" came after the text.)
        r"(?<!vote )(?:(?<!conference )(?<!summit )(?<!meeting )(?<!sommet )took place|"
        r"took place(?![^?]*\b(?:19\d\d|20[01]\d|202[0-4])\b))|have taken place|applique vraiment|"
        # A vote changed, regretted or to come: the record is of 10 July 2024 only.
        r"chang\w* (?:son|de|leur|its|their) vote|changed (?:its|their) (?:vote|mind)|regrett?\w*|"
        # (« voterait », "would vote": a vote imagined, outside_people's hypotheticals.)
        r"\bever voted\b|differently|votera(?!i)\w*|voteront|will \w+ vote|"
        r"\bswitch\w*\b|"
        r"next year|"
        r"l'an prochain|l'annee prochaine|"
        r"(?:a|ont)(?:-t-(?:il|elle|ils|elles))? (?:effectivement |vraiment |bien |deja )?ete "
        r"(?:mise?s? en (?:oe|œ)uvre|appliquee?s?|respectee?s?|organisee?s?|tenue?s?|presentee?s?|"
        r"soumise?s?)|"
        r"(?:been|was|were) (?:implemented|applied|respected|held|organi[sz]ed|published)|"
        # (Not the text's own publication, « la résolution a été publiée quand ? »: its date.)
        r"(?<!resolution )(?<!texte )(?<!reso )(?<!doc )(?<!document )"
        r"(?:a|ont)(?:-t-(?:il|elle|ils|elles)| t (?:il|elle))? (?:deja |bien )?(?:ete )?publiee?s?\b|"
        r"already published|\bdeja (?:publie|sorti|paru)|\b(?:est|sont) (?:sortie?s?|parue?s?)\b|"
        r"\b(?:is|are) (?:it |they )?out\b|came out|been released|"
        # What the text asks to be organised, held since (« have the seminars been held? »);
        # not the conferences it recalls (« where was the Durban conference held? »).
        r"\b(?:were|was|have|has)\b[^?]*\b(?:implemented|organi[sz]ed)\b|"
        r"\b(?:were|was|have|has) (?:the |these |any |all )?(?:regional )?(?:seminars?|workshops?|"
        r"consultations?)\b[^?]*\bheld\b|"
        r"une fois (?:vote|adopte)e?|quel accueil|accueil (?:reserve|du texte|de la resolution)|"
        r"reception (?:du texte|de la resolution)|"
        r"(?:was|were) (?:it |the resolution |the text )?received|"
        r"apres (?:le vote|ce vote|l'adoption|son adoption)|after (?:the vote|this vote|adoption|"
        r"it was adopted))\b"
    ),
)

# History, then a year after the adoption: kinds read in this order.
HISTORY_AND_YEARS = (
    # The Commission on Human Rights the Council replaced: PP4 cites its resolutions, nothing of
    # its history (« c quoi la diff entre le Conseil et l'ancienne Commission ? ").
    (
        "histoire",
        re.compile(
            r"\b(?:ancienne|former|old|defunte?) commission\b|\b(?:existe|existent) (?:encore|toujours|"
            r"aujourd'hui)\b|"
            r"\b(?:still|yet) (?:exists?|around)\b|\b(?:remplac\w*|replace[ds]?|succed\w*|"
            r"succeeded)\b"
            r"[^?]{0,40}\bcommission\b|\bcommission\b[^?]{0,40}\b(?:remplacee|replaced|supprimee|abolished)\b|"
            r"\b(?:which|what|quel) (?:body|organ\w*|organe)\b[^?]{0,40}\b(?:replace\w*|remplac\w*)|"
            # "when was the first resolution on this topic adopted?": the series' start, which the
            # text never gives (it recalls a few of its predecessors).
            r"\b(?:first|premiere) (?:ever )?(?:resolution|reso)s? (?:on|sur) "
            r"(?:this|the same|ce|le meme|cette) (?:topic|subject|issue|sujet|theme|question)\b|"
            # « y a déjà eu combien de séminaires avant ? », "how many have there been so far?": the
            # earlier ones, which the text never counts (« Prie à nouveau » says only that there were).
            r"\b(?:y a|il y a|ya) deja eu combien (?:de |d')(?=(?:seminaires?|ateliers?|reunions?|"
            r"conferences?|consultations?|rapports?)\b)|"
            r"\bcombien (?:de |d')(?:seminaires?|ateliers?|reunions?|conferences?)"
            r"(?: [\w-]+)? (?:il y a |y a )?deja eu\b|\bhow many [\w-]+(?: [\w-]+)? "
            r"(?:have there been|were there|have been held|took place)\b[^?]{0,20}"
            r"\b(?:before|already|so far|until now|previously)\b|"
            # "How many states attended the Durban conference?": who came to a meeting it cites.
            # (Not "how many Council members took part in the vote?": the record's 47.)
            # (Not the Council's own meeting: its 47 members, the 34th meeting, the adoption.)
            r"^(?![^?]*\b(?:vot\w*|scrutin|voix|conseil|council|seance|56/2|adopt\w*)\b)"
            r"(?=[^?]*\b(?:conference|sommet|summit|reunion|meeting|"
            r"assemblee|assembly|durban|kampala|vienne|vienna)\b)[^?]*"
            r"\b(?:how many|combien (?:de |d'))[^?]{0,40}\b(?:attended|took part|participated|"
            r"ont (?:participe|assiste)|etaient presents?)\b"
        ),
    ),
    # The history of a body the text names (« quand le Mouvement des pays non alignés a-t-il été
    # fondé ? », "where is it headquartered?", "which countries belong to it?"): not in the text.
    # (The Council's creation is: PP23 cites the resolution « par laquelle l'Assemblée l'a créé »;
    # and so are the texts that created the High Commissioner's post or the funds, which it cites,
    # and the Council's 47 members, which the vote lists.)
    (
        "histoire",
        re.compile(
            r"^(?![^?]*\b(?:conseil|council|cdh|hrc|poste?|fonds|funds?|47)\b|"
            r"[^?]*\b(?:par|by|under) (?:quel\w*|which|what|la|cette|ce|the|this|res|resolution)\b|"
            r"[^?]*\b(?:quel(?:le)?s? (?:texte|decision|resolution|document)|"
            r"which (?:text|decision|resolution))\b|"
            r"[^?]*(?:\d+/\d+|\b(?:resolution|decision) de \d{4}))"
            r"(?:[^?]*\b(?:a ete|ont ete|-t-(?:il|elle) ete|etait|fut|was|were|been) (?:[\w'-]+ ){0,6}"
            r"(?:fondee?s?|creee?s?|founded|created|established|formed|set up)\b|"
            r"[^?]*\b(?:qui|who) (?:a |l'a |has )?(?:fonde|cree|founded|created|established|set up)\b|"
            r"[^?]*\b(?:which|what|quels?) (?:countries|states|pays|etats|members|membres)\b[^?]{0,30}"
            r"\b(?:belong to|are (?:in|part of|members of)|font partie|appartiennent|composent)\b)|"
            r"\bheadquarter\w*|\b(?:ou (?:est|se trouve) (?:son|le) siege|siege social)\b|"
            # « le haut-commissariat il est basé où ? », "where is OHCHR based?", « qui finance le
            # HCDH ? »: an office's seat or funding. (Not the funds: OP23 urges States to feed them;
            # nor the seminars: OP31 asks the Secretary-General for their resources.)
            rf"\b(?:{_OFFICES})\b[^?]{{0,30}}\b(?:base|basee|based|located|situee?|installee?)\b|"
            rf"\b(?:siege|seat)\b[^?]{{0,20}}\b(?:{_OFFICES})\b|"
            rf"\bwhere\b[^?]{{0,20}}\b(?:{_OFFICES})\b[^?]{{0,20}}\b(?:based|located)\b|"
            rf"\b(?:qui|who)\b[^?]{{0,15}}\b(?:financ\w*|funds?|funded|paie|paye|paient|payent|pays for)\s+"
            rf"(?:le |la |l'|the )?(?:{_OFFICES})\b|"
            # The Council's own seat (« le CDH il est basé où ? », "where is the HRC based?"), and a
            # notion's history (« le nouvel ordre économique international, historiquement ? »).
            r"\bwhere\b[^?]{0,20}\b(?:human rights council|hrc|council|conseil des droits de l'homme)\b"
            r"[^?]{0,10}"
            r"\b(?:based|located|headquartered)\b|\b(?:cdh|conseil des droits de l'homme)\b[^?]{0,20}"
            r"\b(?:base|basee|situe|siege)\b|\bhistoriquement\b|\bhistorically\b|"
            # How the Council works (« qui élit les membres du Conseil ? », « les ONG ont le droit de
            # voter au Conseil ? »), and since when it adopts this text: not in the text.
            r"\b(?:qui|who) (?:elit|elisent|elects?|choisit|chooses|nomme|appoints?) "
            r"(?:les |the )?membres?\b|"
            r"\b(?:qui|who) (?:elit|elisent|elects?|choisit|chooses) (?:les |the )?members?\b|"
            r"\bdroit de voter au (?:conseil|cdh)\b|\bright to vote (?:in|at|on) the (?:council|hrc)\b|"
            r"\bdepuis quelle annee\b|\bsince (?:what|which) year\b"
        ),
    ),
    # How a request will be carried out (« comment le SG va-t-il trouver l'argent ? »), why it has
    # not yet been, what earlier seminars gave: the text asks, it does not report.
    (
        "apres_adoption",
        re.compile(
            r"\bcomment (?:le|la|les|l')[^?]{0,40}\b(?:va-t-(?:il|elle)|vont-(?:ils|elles)) "
            r"(?:trouver|choisir|financer|selectionner|recruter|payer|faire|s'y prendre|organiser)\b|"
            r"\b(?:pas encore|not yet)\b[^?]{0,30}\b(?:eu lieu|lieu|been held|taken place|happened)\b|"
            # In which cities the seminars will be, how to sign up for them ("in which cities will the
            # regional seminars be held?", « comment une ONG peut s'inscrire aux séminaires ? »): not
            # said. (A plain « où ? » is search's, declined there for want of a place name.)
            r"\b(?:quelles? villes?|which cit(?:y|ies)|quels? lieux?|what venues?)\b[^?]{0,30}"
            r"\b(?:seminaires?|seminars?)\b[^?]{0,80}\b(?:auront lieu|se tiendront|se derouleront|"
            r"seront (?:organises|tenus)|be held|be tenue?s?|take place)\b|"
            # « date séminaires régionaux HC ? », "dates of the seminars": OP30 and OP31 set none.
            # (With its paragraph named, search says that paragraph does not give it.)
            r"\b(?:dates?|calendrier|schedule) (?:des |du |de |of the |for the |of )?"
            r"(?:seminaires?|seminars?)\b"
            r"(?![^?]*\b(?:paragraphe|paragraph|para|op|§)\s*\d)|"
            r"\b(?:s'inscrire|inscription|register|sign up)\b[^?]{0,30}\b(?:seminaires?|seminars?)\b|"
            # (The seminars said first: « … participer aux séminaires. Comment une ONG fait pour
            # s'inscrire ? »)
            # (With its paragraph named, search says that paragraph does not give it.)
            r"^(?![^?]*\b(?:op|para\w*|§)\s*\d)[^?]*"
            r"\b(?:seminaires?|seminars?)\b[^?]{0,80}\b(?:s'(?:y )?inscri\w*(?! dans)|inscription|register|"
            r"sign up)\b|"
            r"\b(?:previous|past|earlier|precedents?|anterieurs?|derniers?) (?:regional )?"
            r"(?:seminars?|seminaires?(?: regionaux)?)\b|"
            r"\bseminaires? (?:region\w* )?(?:de|en) (?:19|20)\d\d\b|"
            r"\b(?:19|20)\d\d (?:regional )?seminars?\b"
        ),
    ),
    # What happened in a year after the adoption (« au sommet de 2025 », "what did they decide in
    # 2026?"; not 2030, the 2030 Agenda's): news. Not this text's adoption (« adoptée en 2025 ? »
    # gets its date), nor what it asks for later (« en 2025 le HCDH doit présenter… »), nor a
    # goal's year (« neutralité carbone en 2050 »).
    (
        "apres_adoption",
        re.compile(
            r"^(?![^?]*\b(?:adopt\w*|vot\w*|doit|doivent|devra|devront|should|must|will|objectifs?|goals?|"
            r"agenda|horizon|neutralite)\b)"
            r"(?=[^?]*\b(?:a|ont|did|was|were|has|have|had|s'est|se sont|happened|decided|decide)\b)"
            r"[^?]*\b(?<!/)20(?:2[5-9]|3[1-9]|[4-9]\d)\b(?!/)"
        ),
    ),
)
