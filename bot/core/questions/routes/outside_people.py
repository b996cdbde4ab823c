"""Two kinds of question the text cannot answer (outside_kinds.py): a person, and an opinion.

Who holds an office, who spoke or represented a member, and what anyone thinks of the text or a
vote (the asker, the bot, a member, a hypothetical): the resolution names no person and judges
nothing.
"""

from __future__ import annotations

import re

# Each kind: its reason and the pattern of the folded question, read first by outside_kinds.py.
PEOPLE_AND_OPINIONS = (
    # Questions to the bot itself, and what it does not do (« qui t'a programmé ? », "what model
    # are you running on?", « c'est quoi ta source ? », « raconte-moi une blague », « fais-moi une
    # fiche de révision sur toute la résolution », "can you answer questions about other
    # resolutions too?"): it quotes one text and its vote.
    # Pages and other language versions (« l'OP20 est à quelle page ? », "in the English version,
    # does OP8 say…"): the bot has the official French text, without pages, and no other version.
    (
        "version",
        re.compile(
            r"\b(?:a quelle page|en quelle page|(?:which|what) page|page number|numero de page)\b|"
            # « le texte a-t-il été traduit en arabe et en chinois ? »: other language versions.
            r"\b(?:traduite?s?|translated) (?:en|in|into) (?:arabe|arabic|chinois|chinese|espagnol|spanish|"
            r"russe|russian|anglais|english)\b|"
            # "what does OP8 say in English?", « que dit l'OP8 en anglais ? »: a version it does not have.
            r"(?=[^?]*\b(?:op|pp|paras?|paragraphs?|paragraphes?)\s*\d)"
            r"[^?]*\b(?:say|says|said|read|reads|dit|disent)\b[^?]{0,20}\b(?:in english|en anglais)\b|"
            # A language version of a paragraph's wording (not which is authentic, « fait foi », nor
            # « l'original anglais ? » alone: the header's original language).
            r"^(?!.*\b(?:fait foi|juridiquement|legally|authentic|binding)\b)"
            r"(?=.*\b(?:op|pp|paragraph\w*|paragraphe\w*|dit|disent|say|says|formule\w*|worded|wording)\b).*"
            r"\b(?:(?:version|texte|original|originale) (?:en )?(?:anglaise?|english|arabe|arabic|espagnole?|"
            r"spanish|russe|russian|chinoise?|chinese)|"
            r"(?:english|arabic|spanish|russian|chinese|portuguese) (?:version|text|original|wording|"
            r"phrasing|words)|official english|"
            r"(?:l')?(?:original|originale) (?:en )?anglais)\b"
        ),
    ),
    (
        "le_bot",
        re.compile(
            r"\b(?:qui t(?:'|' | )?a (?:programme|cree|code|fait|developpe)|"
            # « t'as été programmé par qui ? », "do you remember what I asked you yesterday?"
            r"(?:t'as|tu as|t'a) ete (?:programme|cree|code|fait)e? par qui|"
            r"te (?:souviens|rappelles) (?:de )?ce que (?:je|j'ai)|(?:do|can) you remember what i\b|"
            # "is that a quote from someone famous? who said it first?": the text quotes no one.
            r"who said (?:it|that|this) first|quote from someone|citation de qui|"
            r"qui a dit (?:ca|cette phrase) (?:en premier|d'abord)|"
            r"who (?:made|built|programmed|created|coded|developed) you|"
            r"t'es qui|tu es qui|who are you|what are you|"
            r"(?:quel|what) modele? (?:es-tu|tu es|t'es|utilise\w*|d'ia|are you|do you|of ai)|"
            r"running on|chatgpt|tourn\w* sur quel|"
            # « il fera quel temps à Genève ? », "what's the weather": off the text entirely (not
            # « en temps voulu », OP22's time).
            r"\bquel temps (?:il )?(?:fera|fait|va faire|faisait)\b|"
            r"\b(?:fera|fait|va faire)(?:-t-il)? quel temps\b|"
            # (Not "crazy weather", OP26's climate change.)
            r"\b(?:la|quelle) meteo\b|\bmeteo (?:a|de|pour|demain|du jour)\b|"
            r"\bweather (?:forecast|tomorrow|today|like)\b|"
            r"\b(?:what|how)(?:'s| is| will be) the weather\b|"
            r"\bva-t-il pleuvoir\b|\bwill it (?:rain|snow)\b|"
            # The asker's own calendar (« c quand le partiel de droit international public ? », "when
            # is our exam?"): not the text's dates (not « l'examen de la question », OP37's).
            r"\b(?:quand|when|date|dates|what time|quelle heure)\b[^?]{0,30}\b(?:partiels?|exams?|"
            r"examens? (?:de droit|final|finaux|de fin|terminal)|controles?|colles?|soutenances?|vacances|"
            # (The asker's own only: not "the deadline for the OP33 report", "the presentation of the
            # High Commissioner's report".)
            r"(?:our|my) (?:test|quiz|class|presentation|essay|deadline)|(?:notre|mon|ma) "
            r"(?:prochain )?(?:cours|td|expose|dissert\w*|oral))\b|"
            r"\b(?:partiels?|exams?)\b[^?]{0,30}\b(?:quand|when|c'est quand)\b|"
            # « t'es basé sur quel modèle ? et tu gardes nos questions ? », "do you store our
            # messages?": the bot itself and what it keeps (the privacy policy is the README's).
            r"(?:t'es|tu es|es-tu) base\w* sur quel|based on (?:which|what) model|"
            r"\b(?:tu|vous) (?:gardes|gardez|stockes|stockez|enregistres|enregistrez|conserves|conservez|"
            r"sauvegardes|sauvegardez|retiens|retenez) (?:nos|mes|toutes? nos) "
            r"(?:questions|messages|donnees|conversations|echanges)\b|"
            r"\b(?:do|will|does) (?:you|u|the bot|this bot) (?:store|keep|save|log|record|remember) "
            r"(?:our|my|the|all) (?:questions|messages|data|conversations|chats)\b|"
            # « t'es entraîné sur quelles données ? », "what data were you trained on?"
            r"(?:t'es|tu es|tu as ete|t'as ete|es-tu) (?:entraine|forme|nourri)e?|"
            r"(?:were you|are you) trained\b|trained you\b|"
            # Homework written for the asker ("write a MUN position paper for Cuba", « écris-moi une
            # dissertation sur… »): the bot quotes the text, it writes nothing of its own.
            # (Asked of the bot: the message opens with it, or « moi », "me"; not « j'écris mon discours ».)
            r"(?:^|[.!?] )(?:pls |please |can you |could you |can u )?(?:write|draft)(?: me| us)? "
            r"(?:a|an|my|our) (?:[\w-]+ ){0,2}(?:position paper|essay|speech|paper|dissertation)\b|"
            r"\b(?:write|draft) (?:me|us) (?:a|an|my|our) (?:[\w-]+ ){0,2}(?:position paper|essay|speech|"
            r"paper|dissertation|summary|report)\b|"
            r"(?:^|[.!?] )(?:peux-tu |tu peux |pourrais-tu |stp |svp )?(?:ecris|redige|ecrivez|redigez)"
            r"(?:-moi|-nous| moi| nous)? (?:une|un|ma|mon|notre) (?:[\w-]+ ){0,2}(?:dissertation|discours|"
            r"position paper|expose|commentaire|redaction|essai|plaidoyer)\b|"
            r"\b(?:ecris|redige|fais)(?:-moi|-nous| moi| nous) (?:une|un|ma|mon|notre) (?:[\w-]+ ){0,2}"
            r"(?:dissertation|discours|position paper|expose|commentaire|redaction|essai|plaidoyer)\b|"
            r"\b(?:tu peux|peux[- ]tu|tu pourrais|pourrais[- ]tu|can you|could you) (?:m'|me |nous )?"
            r"(?:ecrire|rediger|faire)(?:-moi)? (?:ma|mon|notre|une|un) (?:petite? )?"
            r"(?:dissert\w*|dm|devoir|redac\w*|essai|discours)\b|"
            # Help with homework in another subject (« m'aider pour mon dm de philo »), unless the
            # message asks of the text too ("… in English: what does paragraph 3 say?").
            r"\b(?:m'aider|aide-moi|aidez-moi|help me)\b[^?]{0,20}\b(?:mon|ma|my) "
            r"(?:dm|devoir|dissert\w*|homework|essay) (?:de |d'|in |of )"
            r"(?:philo\w*|maths?|physique|chimie|svt|anglais|espagnol|allemand|francais|histoire|economie|"
            r"math\w*|physics|chemistry|biology|english|spanish|history)\b"
            r"(?![^?]*\b(?:paragraph\w*|para|texte|text|resolution|reso|56/2|dit|disent|say|says)\b)|"
            r"\bgpt\b|\bllm\b|"
            r"(?:es-tu|tu es|t'es|are you) (?:un |une |an? )?(?:ia|ai|bot|robot|humain|human)\b|"
            r"ta source|tes sources|your sources?|blague|joke|poeme|poem|chanson|song|haiku|"
            # "what sources do u use", « tu utilises quelles sources ? »: the bot's own.
            r"\bsources? (?:do|does|did) (?:u|you) (?:use|rely on)\b|\butilises? quelles? sources?\b|"
            r"(?:fais|faire|fait|make|peux|can)\b[^?]{0,30}\bfiche de revision|"
            r"(?:resume|summar(?:y|ise|ize)) (?:de |of )?(?:toute |the whole |all (?:of )?)"
            r"(?:la |the )?(?:resolution|texte|text)|"
            r"^\W*(?:resume|resumer|resume-moi|summari[sz]e|tl;?dr)\b(?: moi| me)? "
            r"(?:la |le |the |this |cette |ce )?(?:resolution|texte|text|reso|56/2|document)\s*\??\s*$|"
            r"(?:peux-tu|tu peux|can you|do you)\b[^?]{0,30}\b(?:other|autres?|d'autres) resolutions)"
        ),
    ),
    (
        "personne",
        re.compile(
            r"\b(?:qui est|qui etait|qui sont|c'?est qui|c'etait qui|c qui|who is|who's|whos|who was|who are|"
            r"nom d[eu]|"
            r"name of|"
            r"names of|s'appelle)\b"
            # ("who is the Secretary-General supposed to consult?": whom the office must consult.)
            r"(?![^?]*\b(?:secretary[- ]general|high commissioner|secretaire general|haute?[- ]commissaire)"
            r"(?:-t-il| est-il)? (?:supposed|meant|asked|required|expected|requested|cense|censee|"
            r"demande|prie|invite) "
            r"(?:to|de)\b)"
            # (« les noms des représentants qui ont voté »: the delegates, never named.)
            r".*\b(?:haute?[- ]commissaire|president|presidente|secretaire|ambassadeur|"
            r"diplomate|delegue|rapporteur|actuel|actuelle|high commissioner|chair|ambassador|diplomat|"
            r"delegate|current|official|officials|fonctionnaire|(?<!premier )chef|head|director|directeur|"
            r"directrice|porte-parole|spokes\w*|person in charge|person (?:responsib\w*|responsabilite))\b|"
            r"\b(?:quel(?:le)?s? (?:diplomates?|ambassadeurs?|ambassadrices?|delegues?|personnes?|"
            r"presidents?|chefs? d'etat|dirigeants?)|"
            r"which (?:diplomats?|ambassadors?|delegates?|persons?|people|"
            r"presidents?|leaders|heads of state))\b|"
            # « les noms des représentants qui ont voté »: the delegates, never named.
            r"\b(?:noms? des|names of the) (?:representants|delegues|ambassadeurs|diplomates|representatives|"
            r"delegates|ambassadors|diplomats)\b|"
            # « nom ambassadeur Cuba vote 56/2 »: the name, then the office, in a fragment.
            r"\bnoms? (?:l'|le |la )?(?:ambassad\w*|representante?|deleguee?|diplomate)\b|"
            # « nom du représentant du Cameroun au moment du vote ? », « qui était la déléguée du Chili ? »
            r"\b(?:noms? d[ue]|name of the|(?:qui|c'?est qui) (?:etait|est|c'etait)) (?:la |le |l')?"
            r"(?:representante?|deleguee?|ambassadeur|ambassadrice|diplomate|representative|delegate|ambassador)"
            r" (?:d[ue]s?|of|de la|de l')\b|"
            # « chkoun l'ambassadeur dial lMaghrib li vota ? » (Darija « chkoun », who, read « qui »):
            # who the ambassador is, without « est ».
            r"^\s*qui (?:l'|le |la )?(?:ambassad\w*|representante?|deleguee?|diplomate)\b"
            r"(?! (?:a|avait) vote)|"
            # « qui était haut-commissaire quand elle a été adoptée ? » (Creole « ki moun ki te … »).
            # (Haitian « Kiyès ki te Wo Komisè … ? » comes read « qui qui te Haut-Commissaire ».)
            r"\bqui (?:etait|qui te) (?:la |le |l')?(?:haute?[- ]commissaire|secretaire general|"
            r"president\w*)\b|"
            # « rapporteur spécial mesures coercitives nom ? »: the office, then its holder's name.
            # (The office first: not « le rapport du Haut-Commissaire au para 32, son nom ? », a title.)
            r"^\s*(?:et |and |pour |for )?(?:the |le |la |l')?(?:special |speciale? )?(?:rapporteur\w*|"
            r"haute?[- ]commissaire|high commissioner|secretaire general|secretary[- ]general|president\w*|"
            r"ambassad\w*|delegue\w*|delegate)\b"
            r"[^?]{0,80}\b(?:son nom|nom|name|his name|her name)\s*\?*\s*$|"
            # « le Secrétaire général à l'époque c'était qui ? »: the office named first.
            r"\b(?:secretaire general|haute?[- ]commissaire|high commissioner|secretary[- ]general|"
            # (Not « c'est qui qui paie ? », "who is it that pays": who does something, OP31 says.)
            r"president\w*|ambassad\w*|rapporteur\w* speci\w*)\b[^?]{0,110}\b(?:c'etait qui|c'est qui|c qui|"
            r"s'appel\w* comment|"
            r"who (?:was|is) (?:it|he|she|that)|who (?:it|he|she|that) (?:was|is))\b(?! qui\b| that\b)|"
            r"\b(?:secretaire general|haute?[- ]commissaire|high commissioner|secretary[- ]general)\b"
            r"[^?]{0,100}"
            r"\b(?:il|elle) s'appel\w*|"
            # « Comment s'appelait le Haut-Commissaire … ? », "what was the High Commissioner called?"
            r"\bs'appel\w* (?:le |la |l'|the )?(?:haute?[- ]commissaire|high commissioner|secretaire general|"
            r"secretary[- ]general|president\w*|rapporteur\w*|ambassad\w*)\b|"
            r"\b(?:haute?[- ]commissaire|high commissioner|secretary[- ]general)\b[^?]{0,20}\b(?:called|"
            r"named)\b|"
            # « qui est le responsable ? » asks a person; "who is primarily responsible for…" (OP1)
            # asks who must act, which the text says.
            r"\b(?:qui est|c'?est qui|who is|who's)\s+(?:le |la |the )responsable\b|"
            r"\b(?:haute?[- ]commissaire|high commissioner|president|secretaire general)\s+"
            r"(?:actuel|current)\b|"
            # « qui sera le prochain haut commissaire ? »: a person to come.
            r"\b(?:prochaine?|next|futur|future)\s+(?:haute?[- ]commissaire|high commissioner|"
            r"secretaire general|secretary[- ]general|president\w*)\b"
            r"(?!'?s?\s+(?:report|rapport|on|sur|due|deadline))|"
            # « haut-commissaire 2024 = qui ? » (« = » comes as « : »), « conseil d'administration : qui ? »:
            # an office or a board, then « qui » alone (not « le HC doit rendre son rapport à qui ? »).
            r"^\s*(?:le |la |l'|the |les membres du )?(?:haute?[- ]commissaire|high commissioner|"
            r"secretaire general|secretary[- ]general|president\w*|rapporteur\w*|conseil d'administration|"
            r"ambassad\w*)\b(?:[^?:]{0,40}:|[^?:]{0,40}\b(?:19|20)\d\d\s*:?|"
            r"\s+(?:actuel|current|en poste)\s*:?|\s*:?)\s*qui\s*\?*\s*$|"
            # ("who will chair the seminars of OP30?" comes glossed « qui will chair ».)
            r"\b(?:(?:who|qui) (?:will |would |is going to )?(?:chair|preside)\w*|"
            r"who (?:was|is) (?:chairing|presiding|leading|heading)|qui (?:a |avait )?presid\w*|"
            # "who leads the Non-Aligned Movement?", « qui dirige le Mouvement ? »: a person.
            r"who (?:leads|led|heads|headed) (?!(?:the )?way\b)(?:the )?(?:movement|group|mouvement|"
            r"council|office|bureau|un|onu|non-aligned|g77|african|union)|"
            r"qui (?:dirige|dirigeait) (?:le|la|les|l')|"
            r"president(?:e)? du conseil|president of the council)\b|"
            # Who held an office (« qui assurait la présidence du Mouvement ? », "president name").
            r"\bqui (?:assur\w*|occup\w*|dirig\w*|tenait|detenait)\b[^?]{0,20}"
            r"\b(?:presidence|poste|direction|tete)\b|"
            # « Quel pays assurait la présidence du Conseil en 2024 ? », "which country chaired it?".
            r"\b(?:quel pays|quel etat|which country|which state)\b[^?]{0,20}"
            r"\b(?:(?:assur\w*|occup\w*|tenait|detenait|held)\b[^?]{0,20}\b(?:presidence|presidency|chair)|"
            r"chair\w*|presid\w*)\b|"
            r"\b(?:president|presidente|chair|chairperson|director|head|secretary[- ]general|"
            r"high commissioner)'?s? name\b|\bname of (?:the )?(?:president|chair|head|director)\b|"
            # Who spoke for a delegation: « qui représentait la Chine lors du vote ? ».
            r"\b(?:qui (?:representait|a represente|representaient)|who (?:represented|was representing|"
            r"spoke for))\b|"
            # « Qui a pris la parole à la réunion de haut niveau ? », "who spoke at…": a speaker.
            r"\b(?:qui (?:a|ont) pris la parole|qui (?:est|sont) intervenue?s?|"
            r"who (?:spoke|took the floor))\b|"
            r"\b(?:membres?|members?|administrateurs|siege\w*|who sits?)\b.*"
            r"\b(?:conseil d'administration|board)\b"
        ),
    ),
    # « franchement elle est bien ? »: the bot quotes the text, it gives no opinion.
    (
        "opinion",
        re.compile(
            r"\b(?:selon toi|selon vous|d'apres toi|d'apres vous|ton avis|votre avis|tu penses|vous pensez|"
            r"t'en penses|"
            # Arguments and pleas for the asker's side (« je dis quoi en plaidoirie contre le para 8 ? »,
            # « donne moi 3 arguments pour critiquer le para 13 »): advice, not the text.
            # (« on prépare la partie climat de notre plaidoirie » says what for, the question follows.)
            r"je dis quoi|what (?:should|do|can) i say|"
            # "is this reso actually good or just political?", « elle est utile ou juste politique ? »
            r"\b(?:is|was) (?:it|this|the|this whole) (?:reso|resolution|text|thing)?\s*(?:actually |"
            r"really |even )?"
            r"(?:good|bad|useful|useless|any good|worth it|effective|pointless)\b|"
            # (Not "is it just political rights or also economic ones?": the rights the text covers.)
            r"\b(?:juste|just|purement|purely|only) (?:politique|political)\b(?!\s+(?:rights|droits))|"
            r"\b(?:ecri\w*|redig\w*|fai(?:s|re|tes)|write|draft)\b "
            r"(?:[\w']+ ){0,3}(?:plaidoirie|plaidoyer)\b|"
            r"\b(?:plaidoirie|plaidoyer)\b[^?]{0,40}\b(?:l'ecri\w*|la redig\w*|la faire|write it|draft it)\b|"
            # « qu'est-ce que je devrais dire dans mon discours ? »: the asker's words to find.
            # (Not « qu'est-ce que je dois mettre comme titre ? », a fact to write down.)
            r"(?:(?:qu'est-ce que|que) (?:je|on|nous)|qu'est-ce qu'on|qu'on) "
            r"(?:devrais|dois|devrait|devons|pourrais|peux) dire "
            r"(?:dans|a|en|pendant|lors de|pour) (?:mon|ma|notre|le|la|l') ?(?:discours|intervention|expose|"
            r"oral|debat|plaidoirie|declaration|ouverture)|"
            r"arguments? (?:pour|contre|for|against)|"
            # « notre argument sur la souveraineté est juste ? », « que va dire la délégation
            # chinoise ? », « qu'est-ce que le texte aurait dû dire ? »: a judgement, a prediction,
            # a counterfactual.
            r"(?:notre|mon|our|my) (?:argument|raisonnement|reasoning|these|thesis)\b[^?]{0,40}"
            r"\b(?:juste|valable|correct|right|valid|bon|solide|tient|sound)\b|"
            r"\b(?:que|qu'est-ce que) (?:va|vont) (?:dire|repondre)\b|\bwhat will (?:[\w-]+ ){1,4}"
            r"(?:say|reply|argue|respond)\b|"
            r"\baurai(?:t|ent)(?:-(?:il|elle|ils|elles))? du (?:dire|mentionner|inclure|prevoir|contenir|"
            r"condamner|exiger|imposer|interdire|aller|faire|etre)|"
            r"\b(?:nous|me|lui|leur) pose(?:nt)? (?:un )?probleme\b|\bproblematique pour (?:nous|moi)\b|"
            r"\b(?:a )?problem for (?:us|me)\b|"
            # « la 56/2 va-t-elle plus loin que la Déclaration de 1986 ? », "is it stronger than…":
            # a weighing of two texts, which neither makes.
            # (Not « s'entraider ça va plus loin que bien s'entendre ? », what PP18 says.)
            r"\bva(?:-t-(?:il|elle))? plus loin que (?:la |le |l'|les )?(?:declaration|resolution|reso|"
            r"texte|pacte|charte|convention|traite|programme|\d+/\d+)|"
            r"\bgo(?:es)? further than (?:the )?(?:declaration|resolution|text|covenant|charter|convention|"
            r"treaty|programme|\d+/\d+)|"
            r"\bplus (?:ambitieu\w*|contraignante?s?|exigeante?s?) que\b|"
            r"\b(?:more ambitious|more binding|stronger|weaker) than (?:the|a|an|resolution|its)\b|"
            # ("should the Council have condemned … outright?": the same, asked.)
            r"\bshould (?:(?:the (?:council|conseil|hrc|resolution|text)|it|they) )?have "
            r"(?:said|mentioned|included|contained|condemned|required|imposed|banned|gone|done|been)\b|"
            # A delegate's line to take ("as the UK delegate what's my stance on…", "a good closing
            # line for my speech").
            # (Not "my position on the vote": the asker's country's vote, the record's.)
            r"(?:what(?:'s| is) (?:my|our) (?:stance|position) on|"
            r"quelle (?:est|serait) (?:ma|notre) position sur)"
            r"(?! (?:the |this |le |la |ce |cette )?(?:vote|resolution|text|texte|draft|projet|56/2)\b)|"
            r"(?:closing|opening|good) line for|punchline|phrase d'accroche|"
            # Rank and legality, judgements the text does not make of itself (« le paragraphe le plus
            # important », « l'OP8 est compatible avec le droit international ? »).
            r"(?:paragraphe|para|passage|paragraph|partie|part) (?:le )?(?:plus|most) important|"
            # « est-ce que c'est bien que le Japon vote contre ? », "is it normal that…": a judgement.
            # (« c'est bien que la France a voté contre ? », an indicative, asks whether it is true.)
            r"\b(?:c'est|cest|c|est-ce) (?:normal|grave|logique|choquant|scandaleux) (?:que|qu')|"
            # (Not "is it right that France voted against?", a fact to check.)
            r"\bis it (?:good|normal|bad|fair) (?:that|for)\b|"
            # « la Charte canadienne est-tu compatible avec le para 13 ? » (the text's own « d'une manière
            # compatible avec les buts et principes » of the Charter, OP16, is quoted).
            r"(?<!etre )(?<!maniere )\bcompatibles? (?:avec|with)\b"
            r"(?! (?:quoi|what|which|quel\w*)\b)"
            r"(?! (?:(?:les|the|ses|its|la|le|l')\s?)?(?:un |united nations )?"
            r"(?:buts|purposes|principes|principles|charte|charter)\b)|"
            # « le paragraphe 8 rend-il illégales les mesures coercitives ? »: a legal judgement.
            r"\b(?:illegal\w*|illicite\w*|unlawful)\b|"
            r"(?:il)?legale?s? (?:en|au regard du) droit international|"
            r"(?:il)?legal under international law|"
            # « je représente la Chine au MUN, je défends quoi ? », « avantages et inconvénients ».
            r"je (?:defends|dois defendre) quoi|what (?:should|do) (?:i|we) (?:defend|argue)|"
            r"avantages et (?:les )?inconvenients|pros and cons|how should i write|"
            # « la résolution va vraiment changer quelque chose ? », "is op13 compatible with R2P?"
            r"changer quelque chose|change anything|"
            r"compatible with (?:the )?(?:r2p|responsibility to protect)|"
            r"pour (?:le )?critiquer|how (?:do|should|can) i (?:argue|defend|attack|critici[sz]e)|"
            r"est bien cette|bonne resolution|mauvaise resolution|franchement|in your opinion|"
            # (Not "in your view, which paragraph…": a fact asked.)
            r"(?:your|ton|votre) opinion\b|\bgive me your (?:view|take)\b|"
            # Rank and value the text never gives ("the most important paragraph", "which is better,
            # North-South or South-South?", « le plus gros problème selon le texte »).
            r"\b(?:most|least) important (?:paragraph|para|part|passage|clause|line)|"
            r"which (?:one )?is better|"
            r"(?:la |le )?meilleure? (?:forme|facon|maniere|option|solution|moyen) de\b|"
            # « la meilleure position pour le Maroc dans notre simulation », "the best stance for
            # Chile": a delegation's strategy, not what the text or the record says.
            r"\bmeilleure? (?:position|strategie|posture|ligne|attitude) (?:pour|a adopter)\b|"
            r"\bbest (?:position|stance|strategy|line) (?:for|to take)\b|"
            r"\b(?:biggest|greatest|worst) (?:threat|problem|issue|danger|challenge)|"
            r"\ble plus (?:gros|grand|grave) (?:probleme|danger|defi|obstacle)|"
            # « est-ce que cette résolution est importante ? », "is this resolution important?"
            r"\b(?:resolution|texte|reso|text)\b (?:est|is|etait|was)(?: elle| it)? "
            r"(?:vraiment |really |tres |very )?"
            r"(?:importante?|important|utile|useful|efficace|effective|significative?|significant)(?=\s*\?)|"
            r"\b(?:is|was) (?:this|the|it)(?: resolution| text| reso)? (?:really |very |even )?"
            r"(?:important|useful|effective|significant)(?=\s*\?)|"
            r"do you think|do u think|what do you think|tu crois que|good resolution|bad resolution|"
            # "Curious what you all think.", "a win for the Global South or just symbolic?", "who won
            # this one, the South or the West?": a verdict on the outcome, the bot's or the readers'.
            r"\bwhat (?:you|u|y'all|you all|you guys|everyone|people) (?:all )?thinks?\b|"
            # (A camp's win, not « a win for multilateralism, is that what OP27 says? ».)
            r"\b(?:a )?(?:win|victory|defeat|loss) for (?:the )?(?:global south|south|north|west\w*|"
            r"developing|rich|"
            r"poor|china|russia|the us)\b|\bjust symbolic\b|\bpurement symbolique\b|"
            r"\bwho (?:won|lost)\b(?! the vote)|\bqui a (?:gagne|perdu)\b(?! le vote| le scrutin)|"
            r"\b(?:une )?(?:victoire|defaite) pour (?:le |les )?(?:sud|nord|occident\w*|pays|chine|russie)\b|"
            # « les pays du Sud ont raison ? », "which side was right", "good or bad?": a judgement.
            r"\b(?:pays|camp|cote|side|sud|nord|occident\w*|west\w*|south|north)\b[^?]{0,20}\b(?:ont|avaient|a|"
            r"avait|was|were|is|are) (?:raison|right)\b|\bwhich side (?:was|is) right\b|\bgood or bad\b|"
            r"\b(?:was|were|is|are) (?:the )?(?:\w+ )?(?:side|camp)s? right\b|"
            r"\bbonne? ou mauvaise?\b|"
            r"is it a good|(?:c'est|est-ce) une (?:bonne|mauvaise) (?:idee|chose)|"
            r"\b(?:is|was) (?:this|the) (?:resolution|text|reso)\b[^?]{0,20}\b(?:a )?(?:good|bad) "
            r"(?:idea|thing)\b|"
            r"\b(?:is|was) it (?:actually |really |even )?a (?:good|bad) (?:idea|thing)\b|"
            # « ont-ils raison de s'y opposer ? », "are the western countries right to oppose it?".
            r"\b(?:are|were) (?:the |they )?[\w ]{0,30}?\bright to\b|\bont(?:-ils| ils)? raison de\b|"
            r"(?:is|was) (?:the resolution|the text|this resolution|it) (?:\w+ )?(?:good|bad|fair|useful)|"
            # A comparison's verdict ("better than the 2022 one?", « plus fort que le texte de l'AG »).
            r"\b(?:better|worse|stronger|weaker|tougher|softer) than\b|"
            # ("Is South-South cooperation more effective than North-South?", « plus efficace que ».)
            r"\b(?:more|less) (?:effective|efficient|useful|important) than\b|"
            r"\b(?:plus|moins) (?:efficace|utile|importante?)s? que\b|"
            r"\b(?:meilleure?|pire|plus (?:forte?|faible|ambitieuse?|dure?)) que\b|"
            r"in (?:ur|yr) opinion|\bimh?o\b|a ton avis|a votre avis|"
            # « perso tu trouves que c'est un bon texte ? »: the bot's own opinion.
            r"\b(?:tu trouves|vous trouvez|tu penses|vous pensez|t'en penses quoi|do you think|do u think)\b"
            r"(?![^?]*\b(?:op|pp|paragraphe|paragraph)\s*\d)|\bun bon texte\b|\bjuste de la com\b|"
            # What others think of the text (« les ONG en pensent quoi ? », "its main criticisms";
            # « ils en pensent quoi ? » asks what the Council says).
            # (Not what a paragraph says they think: « Les États en pensent quoi, d'après l'OP8 ? ».)
            r"(?:(?<!ils )(?<!elles )en pensent quoi|qu'en pensent (?:les|des)|"
            r"think (?:of|about) (?:it|this|the (?:text|resolution)))(?![^?]*\b(?:op|pp|paragraphe)\s*\d)|"
            r"critiques contre (?:ce|le|cette|la) (?:texte|resolution)|"
            # « Que pense la rapporteuse spéciale sur les mesures coercitives de ce texte ? »
            r"\bque (?:pense|pensent)\b[^?]{0,80}\b(?:de|du) (?:ce|cette) (?:texte|resolution|reso)\b|"
            # What a member thinks of the text ("do the Netherlands think this reso is politicized?",
            # « les Pays-Bas trouvent la résolution politisée ? »): its vote is not its reasons.
            r"\b(?:do|does|did) (?!(?:the )?(?:council|conseil|text|resolution|reso|it|they|states?|"
            r"paragraph|op|pp|you|u|i|we)\b)(?:the )?[\w-]+(?: [\w-]+)? (?:really )?"
            r"(?:think|believe|feel|find)\b"
            r"(?=[^?]*\b(?:text|reso\w*|it)\b)(?![^?]*\b(?:op|pp|paragraph\w*|paragraphe)\s*\d)|"
            r"(?<!je )(?<!j')(?<!on )(?<!tu )\b(?:pense(?:nt)?|trouve(?:nt)?|estime(?:nt)?|juge(?:nt)?) que "
            r"(?:le texte|la resolution|la reso|cette resolution|ce texte)\b|"
            r"\b(?:trouvent|jugent|estiment) (?:le texte|la resolution|la reso|cette resolution|ce texte) "
            r"\w+|"
            r"(?:main )?criticisms? of (?:this|the) (?:text|resolution)|"
            # A judgement of the vote (« c'était une erreur de voter contre ? »), not a fact-check.
            r"(?:was|is) it (?:a )?(?:mistake|error|wise|smart)\b(?! that)|"
            r"(?:c'etait|c'est) une erreur (?:de|d')|"
            # Hypotheticals and advice for a simulation: the text answers neither.
            r"que se passerait-il|qu'arriverait-il|what would happen|what if|should i vote|"
            r"would \w+ have voted|aurai(?:t|ent)(?:-(?:il|elle|ils|elles))? (?:vote|fait)|if the text had|"
            # « si le Canada était membre, il voterait contre ? », "would Canada vote no?".
            # (Not the asker's expectation, « j'aurais cru qu'ils s'abstiendraient ».)
            r"(?<!qu'ils )(?<!qu'il )(?<!qu'elle )(?<!qu'elles )(?<!que )"
            # (Not "would Japan vote differently today?": a vote changed since, outside_after's.)
            r"(?:voterai(?:t|ent)|s'abstiendrai(?:t|ent))(?! (?:\w+ )?(?:autrement|aujourd'hui|maintenant))|"
            r"would (?:\w+ ){0,3}(?:vote|abstain)(?! (?:\w+ )?(?:differently|today|now|again))|"
            # « la Belgique aurait dû voter pour ? », "should Belgium have voted yes?" (glossed « vote »).
            r"\bshould [\w-]+(?: [\w-]+)? (?:have|'ve) (?:vote|voted|abstain\w*|support\w*|oppos\w*)|"
            r"\baurai(?:t|ent)(?:-(?:il|elle|ils|elles))? du (?:voter|s'abstenir|soutenir|s'opposer)|"
            r"would (?:have|'ve) done|"
            r"si le texte avait|"
            # « si l'Argentine avait dit non », "if the Netherlands had voted yes instead".
            r"\bif (?:the )?[\w-]+(?: [\w-]+)? had (?:voted|said|abstained|rejected|supported)|"
            r"\bsi (?:la |le |l'|les )?[\w-]+(?: [\w-]+)? (?:avai(?:t|ent)|s'etai(?:t|ent)) "
            r"(?:vote|dit|rejete|abstenue?s?)|\bserait (?:quand meme |pas |tout de meme )?passee?\b|"
            r"\bwould (?:it|the resolution|the text) (?:still )?have (?:passed|been adopted)|"
            r"si le paragraphe\b[^?]{0,60}\bavait|"
            r"comment (?:je dois |dois-je |devrais-je )?voter|(?:je|on) (?:dois|doit|devrais|devrait) voter|"
            r"how should i vote|\b(?:what|which) arguments\b|\bquels arguments\b|"
            # Which quote to pick, which position to defend: advice to the asker.
            # "how many votes would it have needed to fail?": what would have happened otherwise.
            r"\bwould (?:it|the resolution|the text) have (?:needed|taken|required)\b|"
            r"\bneeded to (?:fail|pass)\b|"
            r"\bshould i (?:quote|cite|use|mention|pick)\b|\bwhich one (?:is |hits |sounds )?"
            r"(?:harder|stronger|better|best|more)\b|"
            r"\blequel (?:est )?(?:le )?(?:plus fort|mieux|meilleur)\b|"
            r"\b(?:je devrais|devrais-je|dois-je|on devrait) defendre\b|"
            r"should (?:i|we) (?:use|say|argue|defend\w*)|"
            # What to do in a simulation (not « je représente la France en simulation, elle a voté
            # comment ? », whose question is the record's).
            r"\b(?:voter|soutenir|defendre|dire|faire|repondre|positionn\w*|vote|support|say|do)\b[^?]{0,40}"
            r"(?:\bdans une simulation|\bin (?:a|my) (?:mun|simulation)|\ben simulation|"
            r"\bpour (?:le|mon|ma|la|notre) (?:mun|simulation|simu))|"
            r"je dois defendre|"
            # Advice to the asker or a delegate ("should we support…"), not what States should do.
            r"should (?:i|we|my|our|the \w+ delegat\w*|\w+ delegat\w*) (?:\w+ ){0,2}"
            r"(?:support|oppose|back|vote)|"
            r"(?:similar|same kind of) (?:draft|text|resolution)|"
            r"(?:texte|projet|resolution) similaire|"
            r"(?:dois-je|devrais-je|devrait-on|devons-nous|je devrais|on devrait|nous devrions|"
            r"(?:ma|notre) delegation devrait) (?:\w+ )?(?:soutenir|voter|s'opposer)|"
            r"si (?:la resolution|le texte)\b[^?]{0,20}\bavait)\b"
        ),
    ),
)
