"""A kind of question the text cannot answer (outside_kinds.py): what was said, and how it was voted.

Debates, statements, explanations of vote, amendments, speeches, who sat for a member, how the
vote was taken (by hand, electronically, paragraph by paragraph), who walked out: the text reports
none of it; its record gives each member's vote only.
"""

from __future__ import annotations

import re

# Not the asker's own role (« je suis délégué », "I'm the delegate"), before a delegate's title.
# (« On m'a mis délégué de la France »: the asker's role too.)
_NOT_ASKER = (
    r"(?<!suis )(?<!suis le )(?<!suis la )(?<!i'm )(?<!i'm the )(?<!i'm a )(?<!i am )(?<!i am the )"
    r"(?<!mis )(?<!mise )"
)
# The kind: its reason and the pattern of the folded question, read by outside_kinds.py.
DEBATES = (
    "debats",
    re.compile(
        # « déclaration » alone is often a cited document (Déclaration de Vienne): only a
        # declaration someone made counts here.
        # "which delegation called this text a politicization…?": what a delegation said of it.
        r"\b(?:which|what) (?:delegation|country|state|member)s? "
        r"(?:called|described|denounced|labell?ed)\b|"
        r"\bquel(?:le)?s? (?:delegations?|pays|etats?|membres?) (?:a|ont) (?:qualifie|traite|denonce|"
        r"decrit)\b|"
        r"\b(?:(?:a|ont|avoir) fait (?:une|des) declarations?|declarations? (?:de vote|avant|apres|"
        r"pendant|lors)|explications? de vote|explanations? of vote|"
        # « explique le §8 » asks for the text; a member explaining its vote is a debate.
        r"(?:expliqu\w*|explain\w*|justifi\w*) (?:son|sa|leur|ses|leurs|its|their|her|his) "
        r"(?:vote|position|abstention|choix|choice)|(?:a|ont) explique|explained|"
        # « ont dit oui au texte » is a vote.
        # (Not what a teacher or a friend said: « le prof a dit que le Royaume-Uni… ».)
        r"(?<!m')(?<!on )(?<!prof )(?<!professeur )(?<!profe )(?<!td )(?<!pote )(?<!copain )(?<!copine )"
        r"(?<!quelqu'un )(?<!nous )(?<!vous )(?<!t')"
        # ("Someone in our group chat said South Africa abstained": a classmate's claim, checked.)
        r"(?<!chat )(?<!notre groupe )(?<!mon groupe )(?<!classe )(?<!class )(?<!serveur )(?<!server )"
        r"(?<!discord )"
        r"a dit(?! (?:oui|non))|ont dit(?! (?:oui|non))|a declare|"
        # « Ouattara a parlé de cette résolution à l'AG ? »: a speech about the text.
        r"(?<!resolution )(?<!texte )(?<!elle )(?<!il )(?<!qui )"
        r"(?:a|ont) (?:parle|evoque|mentionne|cite) "
        r"(?:de )?(?:cette|la|ce|notre|the) (?:resolution|texte|reso)\b(?!\s*\d)|"
        # (Not the asker's: « pour le débat », "for debate prep".)
        # (Nor the class's: « on prépare le débat de jeudi ».)
        # (« on prépare le discours … pour vendredi », « pour le discours d'ouverture »: the asker's.)
        r"(?<!mon )(?<!ma )(?<!notre )(?<!prepare le )(?<!prepare notre )(?<!preparer le )(?<!prepare un )"
        r"(?<!ecrire le )(?<!ecris le )(?<!pour le )(?<!pour mon )(?<!dans le )(?<!dans mon )(?<!dans notre )"
        r"discours|(?<!pour le )(?<!pour notre )(?<!en )(?<!plein )"
        r"(?<!prepare le )(?<!prepare notre )(?<!preparer le )(?<!on )(?<!nous )"
        r"debats?(?! (?:de |du |d')?(?:lundi|mardi|"
        r"mercredi|jeudi|vendredi|samedi|dimanche|demain|ce soir|cette semaine|la semaine|en classe|"
        # ("debate prep", glossed « debats prep »: the asker's.)
        r"de classe|cours|td|prep))|"
        r"amendements?|statements?|explanations?|"
        # « le paragraphe 8 a-t-il été amendé avant l'adoption ? »: the drafts are not in the text.
        r"(?:a|ont)(?:-t-(?:il|elle|ils|elles))? (?:ete )?amende(?:e|s|es)?\b|"
        # « qui a fait l'intervention des USA pendant le vote ? » (the text never says the word;
        # not the asker's: « pour mon intervention »).
        r"(?<!mon )(?<!ma )(?<!notre )(?<!pour )\bl'intervention (?:de |des |du |d').*"
        r"\b(?:vote|debats?|seance|nom|delegu\w*)\b|"
        r"(?<!my )(?<!our )(?<!opening )(?<!closing )(?<!intro )speech|"
        r"(?<!for )debate(?! prep)|"
        r"amendments?|"
        # (Not "is anything said about…", "you said para 7…": the text's words, a friend's.)
        # (Nor the asker's group: "someone in my group said OP29".)
        r"(?<!is )(?<!are )(?<!was )(?<!anything )(?<!something )(?<!you )(?<!u )(?<!i )(?<!my group )"
        r"(?<!what's )(?<!whats )(?<!what is )(?<!that )(?<!this )(?<!it )"
        r"(?<!friend )(?<!teacher )(?<!classmate )(?<!partner )(?<!tutor )(?<!professor )(?<!lecturer )"
        r"(?<!instructor )(?<!prof )(?<!someone )(?<!somebody )(?<!people )(?<!they )(?<!he )(?<!she )"
        r"(?<!chat )(?<!our group )(?<!class )(?<!server )(?<!discord )(?<!roommate )(?<!mate )"
        # (Nor "what is the UPR said to aim at?": what the text says of it.)
        r"said(?! (?:yes|no)\b)(?! to (?!have\b))|say in|"
        r"revisions? orales?|oral(?:ly)? revis\w*|avant (?:le|ce) vote|before (?:the|this) vote|"
        # (« avant vote », without the article, beside who spoke or what changed: « des
        # explications avant vote ? »; not « avant vote, la France siégeait au Conseil ? ».)
        r"(?=[^?]*\b(?:(?:parl|declar|interv|expli|modifi|revis|amend|consult|negoci|discours|annonc)\w*|dit)\b)"
        r"[^?]*\bavant vote\b|"
        # (Not what a text said: "what did it say countries have?", "did the declaration say".)
        r"did (?!it |(?:the|this|that) (?:text|reso\w*|declaration|charter|report|paragraph|line|"
        r"preamble|agreement|document)\b)\w+(?: \w+)? say"
        r"(?! in (?:resolution|kampala|vienna|durban|\d)))\b|"
        # Who asked for the recorded vote: a procedural request the record does not name.
        # (« a-t-elle été mise aux voix ? » is answered: the record says a recorded vote.)
        r"\b(?:qui|quel(?:le)?s? (?:pays|etats?|delegations?|groupes?)|which (?:countr\w*|states?|"
        r"delegations?|groups?)|who)\b.*\b(?:demande\w*|requested|asked for|called for)\b.*"
        r"\b(?:mise aux voix|vote|voix|scrutin)\b|"
        # « Quel État a réclamé un scrutin ? », « les États-Unis ont-ils exigé un vote ? »: the vote
        # itself asked for (not « qui réclame la fin des mesures …, et qui a voté pour ? »).
        r"\b(?:reclam|exige|exigea|insist)\w* (?:(?:sur|on) )?(?:un |le |la |une |a |the )?(?:recorded )?"
        r"(?:vote|scrutin|mise aux voix)\b(?! d[eu]\b| des\b| of\b| count\b)|"
        r"\b(?:qui|quel(?:le)?s? (?:pays|etats?|delegations?|groupes?))\b[^?,]{0,30}"
        r"\b(?:a|ont|avait|avaient) (?:reclame|exige)\w*\b[^?,]{0,60}\b(?:scrutin|mise aux voix)\b|"
        # (Not « je demande le vote de l'Inde », « on me demande le vote du Brésil »: its vote.)
        r"(?<!je )(?<!on me )(?<!m'a )(?<!me )"
        r"\b(?:demande\w*|requested|request|asked for|call(?:ed)? for) "
        r"(?:un |le |a |the )?(?:recorded )?vote\b(?! d[eu]\b| des\b| of\b)|"
        # The rules of the vote: the record gives the outcome, not the majority required.
        r"\b(?:majorite\b[^?]{0,20}\b(?:requise|necessaire|qualifiee)|required majority|quorum|"
        # « les abstentions comptent dans la majorité ? », « combien de voix il manquait ? »
        r"compt\w*(?:-\w+)* (?:dans|pour) la majorite|count towards? the majority|"
        # What the minority lacked, in votes (« combien de voix manque-t-il aux opposants ? »,
        # « il manquait combien de voix pour que ça ne passe pas ? »; not « il ne manque aucune
        # voix ? », « il manque combien de voix pour arriver à 47 ? »: the tally; nor what the
        # text says States lack).
        r"(?=[^?]*\b(?:voix|votes?)\b)[^?]*\bmanqu\w*(?:-t-il)?\b[^?]{0,40}"
        r"(?:\b(?:aux?|a la|a l')\s?(?!47\b)|\bpour (?:que|bloquer|rejeter|un rejet|faire tomber)\b)|"
        r"\b(?:voix|votes?)\b[^?]{0,20}\bmanqu\w*(?:-t-il)?\b|\bmanquai\w* combien de voix|"
        r"\bcombien de voix (?:qu'il |il )?manquai\w*|\bvotes? short\b|"
        r"(?=[^?]*\bvot)[^?]*\b(?:lack\w*|missing)\b[^?]{0,30}\b"
        r"(?:to (?:reject|block|defeat)|no (?:camp|side)|opponents)\b|"
        r"\b(?:no camp|no side|opponents|minority)\b[^?]{0,20}\b(?:short|lack\w*)\b|"
        # How the vote is taken and its rules: by roll call, by show of hands, electronically,
        # at what time, by proxy, by observers, changed afterwards, under which rule, and what
        # another count would have done (« si c'était 23 contre 23 ? »).
        r"appel nominal|roll[- ]call|main levee|show of hands|vote electronique|"
        r"electronic(?:ally)? vot\w*|"
        r"\bvot\w*\b[^?]{0,30}\b(?:le matin|l'apres-midi|in the morning|in the afternoon)\b|"
        r"par procuration|by proxy|vot\w* a la place d'un autre|vot\w* on behalf of another|"
        r"\b(?:observateurs?|observers?)\b[^?]{0,30}\bvot\w*|"
        r"(?:changer|modifier) (?:d'idee|son vote|leur vote)|change (?:its|their) (?:vote|mind)|"
        r"(?:modifier|changer) son vote|reglement interieur|rules? of procedure|"
        r"(?=[^?]*\b(?:vot\w*|voix|\d+ contre \d+|egalite|tie)\b)"
        r"[^?]*(?:que se serait-il passe|qu'est-ce qui se serait passe|would have happened)|"
        r"\b(?:must|need to) be present (?:for|at|during) the vote\b|"
        r"\bdoivent etre presents? (?:pour|lors du|au) (?:le )?vote\b|"
        r"\bcombien de (?:membres|pays|etats) doivent etre presents\b|"
        r"\bhow many (?:members|states|countries) (?:must|need to) be present\b|"
        r"\bpresents?\b[^?]{0,30}\bvote (?:soit )?valide\b|\bpresent for a valid vote\b|"
        r"voix (?:qu'il )?fallait|(?:minimal|minimale|minimum) de voix|voix (?:minimales?|requises?)|"
        r"votes? (?:were |are |is )?(?:needed|required)|voix minimum|minimum de voix|"
        r"faut combien de voix|combien de voix (?:il )?faut|minimum (?:number of )?votes|"
        r"reporte|postponed|deferred)\b|"
        # In what capacity a member voted, on what else (a paragraph, a motion), by whom in
        # person: the record gives one vote a member, on the whole text.
        r"\b(?:au nom d[eu]|en son nom|on behalf of|in (?:its|their) (?:own|national) capacity|"
        r"national capacity|pour lui-meme|a titre personnel|personally)\b|"
        r"\bvot\w*\b[^?]{0,40}\b(?:paragraphe|paragraph|alinea|motion|amendement|amendment)\b|"
        r"\b(?:vote separe|separate vote|motion de procedure|procedural motion)\b|"
        # « le paragraphe 8 a été mis aux voix séparément ? », « ajouté cette année ? »: the drafting.
        r"\bmis aux voix separement\b|\bput to a separate vote\b|"
        r"\bvote on (?:op|pp|para\w*) ?\d+ separately\b|\breplac\w* the 20\d\d\b|"
        r"\b(?:paragraphe|para|op|pp) ?\d+ (?:existait deja|already existed)\b|"
        r"\b(?:ajoute|added|rajoute)\b[^?]{0,20}\b(?:cette annee|this year|en 2024|in 2024|cette fois)\b|"
        # How it was taken ("electronic?", "by show of hands?"): the record gives the outcome,
        # not the means (the hour is the vote route's: « à quelle heure ? »).
        r"\b(?:electroni\w*|show of hands|a main levee|main levee|roll[- ]call order)\b|"
        r"\bwhat time\b[^?]*\bvot\w*|\bvot\w*\b[^?]*\bwhat time\b|"
        # (Not the asker's role: « je suis délégué de la France, elle a voté comment ? ».)
        rf"{_NOT_ASKER}\b(?:ambassad\w*|delegue\w*|delegates?|diplomat\w*|chefs? de delegation|"
        r"heads? of delegation)\b[^?.!]*\b(?:vot|voix)|"
        rf"\b(?:vot\w*|voix)\b[^?.!]*{_NOT_ASKER}\b(?:ambassad\w*|delegue\w*|delegates?|"
        r"chefs? de delegation)\b|"
        # (« men » only in English: « ana men Beirut » is Arabic for "I am from Beirut".)
        r"\b(?:femmes|women|hommes|(?:and|the|many|of) men|genre|gender)\b[^?]*\bvot|"
        # Where and at what hour it was adopted: see « lieu » below (not the meetings it recalls).
        # A paragraph's own vote (« le paragraphe 8 a été adopté par consensus ? »): the record
        # holds one vote, on the whole text.
        r"\b(?:paragraphe|paragraph|para|op|pp|§)\s*\d+\s+(?:a\s+ete|a-t-il\s+ete|etait|was|has been)\s+"
        r"(?:adopte\w*|adopted|vote\w*)|\b(?:paragraphe|paragraph|para|op|pp|§)\s*\d+\b[^?]{0,30}\bconsensus\b|"
        r"\bwas (?:paragraph|para|op|pp) ?\d+ (?:adopted|voted|vote)\b|"
        r"\b(?:vote|voted|adopted|adopte\w*) (?:separately|separement|"
        r"paragraph by paragraph|paragraphe par paragraphe)\b|"
        # Who boycotts what (« pourquoi certains pays boycottent Durban ? »): the text says nothing of it.
        r"\bboycott\w*|"
        r"\b(?:walked out|walk out|left the room|quitte la salle|quitt\w* la salle|scrutin secret|"
        r"vote secret|secret vote)\b|"
        # Who was absent from the meeting: the record lists votes, not attendance.
        r"\b(?:absente?s?|absent from|missing from)\b.*\bvot|\bvot\w*\b.*\b(?:absente?s?|absent)\b|"
        # How the vote was taken, and what happened around it: the record gives neither.
        r"\b(?:main levee|bulletin secret|secret ballot|show of hands|vote electronique|"
        r"electronic(?:ally)? vot\w*|roll[- ]call)\b|"
        # (Not "economic pressure", « pressions économiques »: OP8's coercive measures.)
        r"\b(?:pressions?(?! (?:economiques?|financieres?))|lobby\w*|"
        r"(?<!economic )(?<!economique )pressure|leaned on|"
        # (Not "which article does the Council lean on", what it relies on.)
        r"lean(?:s|ing)? on (?:other |smaller |the |its )?(?:countr\w*|states?|delegations?|members?|"
        r"governments?|them|votes?)|arm[- ]twist\w*|fait pression|"
        # A deal struck for votes, not a treaty (« PP14 c'est quoi le deal ? », "a global deal
        # on pandemics").
        r"accord entre|\bdeals?\b(?! with)(?=[^?]*\b(?:vot\w*|voix|support\w*|soutien\w*|"
        r"adopt\w*|pass(?:ed|ing)?)\b)|(?:vot\w*|voix|support\w*|soutien\w*)\b[^?]*\bdeals?\b(?! with)|"
        r"(?:back ?room|secret|side) deals?|"
        r"marchandages?|"
        r"back[- ]?room|"
        r"negociations? (?:entre|avec)|negotiations? (?:between|with))\b|"
        # Those without a vote: observers, NGOs (their positions are not recorded).
        r"\b(?:observateurs?|observers?|observer states)\b"
    ),
)
