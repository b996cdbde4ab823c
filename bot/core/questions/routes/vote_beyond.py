"""What a vote question asks that the record does not hold: a reason, and all beyond the votes.

The record says how each member voted on 10 July 2024, nothing else: not why (WHY), nor what a
vote shows, means, was traded for or will change, nor anything about a member beyond its vote
(BEYOND). The vote route declines such a question and shows what the record does say.
"""

from __future__ import annotations

import re

from bot.core.questions.normalise import boundary_first

WHY = boundary_first(
    r"\bpourquoi\b|\bpk\b|\bpq\b|\bpourkoi\b|"
    # « … a voté contre. c pour koi ? » (« koi » is read « quoi »): why, at the end of the message.
    r"\bc(?:'est)? pour quoi\s*\?*\s*$|"
    # (Not who is right about a vote: « Nora dit que… elle a raison ou pas ? » checks a claim.)
    r"(?<!\ba )(?<!\bai )(?<!\bont )(?<!\bas )(?<!\bavez )(?<!\bavait )(?<!\bavaient )\braison|"
    r"\bmotif|\bjustifi|\bwhy\b|\breasons?\b|\bmotiv|"
    # « la République dominicaine a donné une explication de son abstention ? »
    r"\bexplication|\bexplain\w*|\bexplanation|"
    r"\bpouss\w*|\bincit\w*|\bamene\w*|what made|what led|prompted\b|\barguments?\b|"
    # « parce que », "because" and their text-speak, but not of the asker (« pcq j'ai un doute »).
    r"(?:parce qu'?e?|\bbecause|\bpcq|\bpck|\bpsk|\bpsq|\bparsque|\bcuz|\bcoz)\b"
    r"(?! ?(?:j'|je |jsuis|jai |jdois|jveux|on |nous |i |i'm|im ))|"
    # ("object to" comes glossed « objectivite to ».)
    r"\breproch\w*|\bobject(?:ed|ion|ions)\b|\bobjectivite to\b|\bcomplain\w*|\bdislike\w*|"
    r"\ba cause d|\bdue to\b|\ben raison d|"
    # « … et l'Argentine s'est abstenue, il y a un lien ? »: a cause suggested.
    r"\b(?:il y a|y a-t-il|ya) un (?:lien|rapport)\s*\?*\s*$|"
    r"\b(?:is there|any) (?:a )?(?:link|connection)\s*\?*\s*$|"
    # "was the US no vote about the Durban references?": what a vote was over.
    r"\bvote (?:was |been )?(?:about|over) (?:the |its |their )?[a-z]|"
    # « ont voté contre car ils refusent… » (not « car » the asker's: « car je dois… »).
    r"\bcar\b(?! ?(?:j'|je |jsuis|i |on ))|\bpuisqu\w*|"
    # A vote given as the ground of something else (« vu que la France a voté contre, elle
    # est contre la coopération ? », "since Japan voted against, does that mean…").
    # (Not « j'ai vu que le préambule cite… »: seen, no ground; nor the asker's ground, « le prof va
    # demander vu qu'on est à Liège ».)
    r"(?<!\bai )(?<!\bas )(?<!\ba )(?<!avons )(?<!avez )(?<!\bont )\bvu qu(?:e\b|')(?! ?(?:on|j|je|nous)\b)|"
    r"\bpuisque\b|\bsince\b|\bgiven that\b|\breasoning\b|\bqu'est-ce qui explique\b|"
    r"\bwhat explains\b|\bjustif\w*|"
    # « c'est pour ça qu'elle… », "is that why", « par solidarité européenne »: a reason given.
    r"\bc'est pour (?:ca|cela)\b|\bthat'?s why\b|\bis that why\b|\bpour cette raison\b|"
    r"\bpar (?:solidarite|interet|conviction|principe|peur|habitude|loyaute|opportunisme|ideologie)\b|"
    r"\bout of (?:solidarity|loyalty|fear|interest|principle|habit)\b|"
    # A purpose given to a vote (« a voté contre pour protéger ses entreprises », "voted no to
    # protect…"): a reason, said rather than asked.
    r"\b(?:contre|pour|abstenue?s?)\s+(?:pour|afin d[e'])\s*(?:\w+ )?\w+(?:er|ir|re)\b|"
    r"\b(?:against|no|yes|for)\s+(?:in order |so as )?to\s+(?:protect|avoid|defend|please|punish|keep|stop|"
    r"help|show|shield)\b"
)
# « la Chine a voté pour, mais c'est quoi sa politique ? », "did Cuba vote yes over the embargo?":
# the question names a vote but asks what the record does not hold (a policy, a habit, money,
# influence, the order or coordination of votes, whether the text binds those who voted no).
# A vote imagined (« imaginons que le Japon vote pour », "what if Chile had abstained"): beyond the
# record here, and no claim about the record for vote_premise.
# The text, as the object of a support said (« soutient toujours le texte », "still supports it").
_IT = r"it|this|the text|the resolution|le texte|la resolution|la 56/2|ce texte|cette resolution"
IMAGINING = r"imaginons|imaginez|supposons|admettons|imagine (?:if|that)|suppose that|supposing|what if"
BEYOND = boundary_first(
    # "what did the Dominican Republic say about its abstention?", « qu'a-t-elle dit de son vote ? »:
    # a statement, which the record does not hold.
    r"\b(?:say|said|dit|declare)\b[^?]{0,15}\b(?:about|on|sur|de) (?:its|their|son|sa|leur) "
    r"(?:vote|abstention|choice|choix)\b|"
    # « c'est concerné par le vote de la France ? », "is Guiana affected by France's vote?"
    r"\bconcerne\w* par (?:le|son|ce) vote\b|\baffected by (?:the|its|this|\w+'s) vote\b|"
    # « le vote de la France engage la Guyane ? », "does France's vote bind Martinique?"
    r"\bvote (?:de |d'|of )[^?]{0,30}\b(?:engage\w*|oblige\w*|s'applique\w*|applies|apply|binds?)\b|"
    r"\b(?:\w+'s )?vote (?:binds?|applies|appl(?:y|ies) to)\b|"
    # A delegate's own choice to make ("As Argentina, should I abstain again?", « en tant que
    # Kenya, je dois voter quoi ? »): advice, not the record.
    r"\b(?:should|shall|must) (?:i|we) (?:\w+ )?(?:vote|abstain|support|oppose|back|co-?sponsor|sponsor)\b|"
    r"\b(?:dois-je|devrais-je|jdois|je dois|je devrais|on doit|"
    r"on devrait|devrions-nous) (?:voter|m'abstenir|nous abstenir|s'abstenir)\b|"
    # (Not who makes a claim: « un influenceur affirme que… ».)
    r"\b(?:politiques?|policy|policies|stance|protest\w*|influen(?!ceur|cer\b|cers\b)\w*|puissants?|powerful|"
    # (« les pays d'Europe de l'Est ont voté quoi en général ? » asks this vote overall; not « … en
    # général sur les textes Sud-Sud ? ».)
    r"habituellement|d'habitude|en general(?!\s*(?:\?|$))|"
    r"(?<!ont vote quoi )(?<!ont vote comment )(?<! a vote quoi )(?<! a vote comment )en general|"
    r"generalement|usually|"
    r"typically|traditionnellement|"
    r"traditionally|historiquement|historically|verse\w*|paie\w*|paye\w*|payer|pay|paying|paid|payment|"
    r"contribu\w*|"
    r"financ\w*|alimente\w*|"
    # The majority a text needs (« combien de voix il fallait ? », "how many votes do you need to
    # adopt"): the rules of procedure, not the record.
    # (« votes minimum pour que la résolution passe », not « combien de voix pour, au moins en gros ? »
    # nor « combien de voix le texte a obtenu pour qu'il soit adopté ? », the count cast; nor « le Maroc
    # a voté pour que la résolution soit adoptée ? », its vote.)
    r"(?:how many votes|combien de voix|combien de votes|combien votes?)[^?]{0,40}\b(?:need\w*|required|"
    r"necessary|besoins?|faut|fallait|faudrait|necessaires?|requises?|"
    r"pour (?:que|qu') (?:la |le )?(?:resolution|texte|reso|56/2) (?:passe|soit adoptee?)|"
    r"pour (?:adopter|faire passer) une (?:resolution|texte)|"
    r"pour qu'une (?:resolution|texte) (?:passe|soit adoptee?))\b|"
    r"\b(?:voix|votes?) (?:au )?(?:minimum|minimal\w*)\b|\b(?:minimum|at least) (?:de |of )?(?:voix|votes)\b|"
    r"\bcombien de (?:voix|votes) (?:ca|il) (?:prend|prenait|faut)\b|"
    r"\b(?:voix|votes?) (?:il fallait|il faut|necessaires?|requises?|needed|required)\b|"
    # Membership in another year or today (« l'Inde était membre en 2019 ? », "was China on the
    # council in 2015", « depuis quand l'Inde siège ? », "is the US still a member"): the record is
    # of 2024.
    r"\b(?:membres?|members?|sieg\w*|sat|sitting|on the (?:council|conseil)|au conseil)\b[^?]{0,40}\b(?:en|"
    r"in|depuis|since)\s+(?!2024)(?:19|20)\d\d\b|\bdepuis quand\b[^?]{0,30}\b(?:membre|sieg\w*|au conseil)|"
    r"\bsince when\b[^?]{0,30}\b(?:member|on the council|sitting)|"
    # « la Belgique a déjà siégé plusieurs fois, c'est depuis quand ? », "has Chile sat on the
    # Council before?": its seats in other years.
    r"\b(?:deja |already )?(?:sieg\w*|siege|sat|served|membres?|members?)\b[^?]{0,40}\b(?:depuis quand|"
    r"plusieurs fois|combien de fois|since when|how many times|several times|before\b)|"
    r"\b(?:a|ont) deja (?:siege|ete membre)|"
    r"\bstill (?:a )?(?:members?|membres?|on the (?:council|conseil))\b|"
    r"\btoujours (?:membre|au conseil)\b|"
    # « jusqu'à quelle année l'Algérie est-elle membre ? », "until when does Japan sit?": its term,
    # which the record does not give.
    r"\b(?:jusqu'a quand|jusqu'a quelle annee|jusqu'en quelle annee|until when|until what year|how long)\b"
    r"[^?]{0,40}\b(?:membres?|members?|sieg\w*|sit|sits|au conseil|on the council)\b|"
    r"\b(?:membres?|members?|sieg\w*)\b[^?]{0,40}\b(?:jusqu'a quand|jusqu'en (?:19|20)\d\d|until when|"
    r"until (?:19|20)\d\d)\b|\b(?:son|sa|its|their|leur) (?:mandat|term)\b[^?]{0,30}\b(?:fini\w*|termin\w*|"
    r"expir\w*|end\w*|prend fin)|"
    # « position d'Amnesty sur ce texte ? »: a non-governmental voice, never in the record.
    r"\b(?:position|avis|reactions?|stance|views?|opinion)s?\b[^?]{0,25}\b(?:amnesty|human rights watch|hrw|"
    r"ishr|l'ishr|societe civile|civil society|ong|ngos?)\b|"
    r"\b(?:amnesty|human rights watch|hrw|ishr|civil society|ngos?)\b[^?]{0,40}\b(?:pense\w*|think\w*|"
    r"thought|react\w*|position|stance)\b|"
    # « il fallait quelle majorité pour l'adopter ? », "what majority did it need?"
    r"\b(?:fallait|faut|faudrait)\b[^?]{0,15}\bmajorite\b|\bmajorite\b[^?]{0,15}\b(?:fallait|faut|faudrait)\b|"
    r"\bmajority\b[^?]{0,20}\b(?:need|needed|require|required)\b|"
    # What a member will do after its vote (« les États-Unis vont-ils quand même… ? », "will the US
    # still fund it?"): the future is in no record.
    r"vont(?:-| )?(?:t-)?(?:ils|elles) (?:quand meme|encore|continuer|pouvoir|devoir|appliquer|arreter|"
    r"cesser|stopper|couper|reduire|quitter|changer|donner|payer|financer)|"
    r"va(?:-t-| )(?:il|elle) (?:quand meme|encore|continuer|appliquer)|"
    r"\bwill [^?]{1,40}? (?:still|continue|keep|ever|now)\b|"
    # What a camp gives or pays (« les pays qui ont voté contre, y donnent combien au fonds ? »).
    r"(?:donn|vers|contribu|pai|pay|financ|fund)\w* combien|"
    r"combien (?:ils|elles|y|on) (?:donn|vers|pai|contribu)\w*|"
    r"how much (?:do|does|did|have|has)\b[^?]{0,40}\b(?:give|gave|given|pay|paid|contribut\w*|fund\w*)|"
    # (Not the asker's: « j'hésite entre pour et abstention dans mon tableau ».)
    r"argent|money|dollars?|embargo|(?<!j')(?<!je )(?<!i'm )(?<!i am )hesit\w*|"
    r"en premier|first to vote|voted first|coordonn\w*|"
    r"coordinat\w*|concert(?:e|es|ee|ees|ed)\b|binding|contraignante?s?|obligatoires?|"
    r"beforehand|in advance|a l'avance|au prealable|(?:se sont|s'etaient) (?:mis|mises) d'accord|"
    r"(?:have|has) to (?:follow|obey|comply|apply|implement)|"
    r"doivent (?:l'|la |le )?(?:appliquer|respecter|suivre)|"
    # A judgement of a vote (« c'était prévisible ? », "a surprise?", « ironique »), who swayed it
    # or what it was traded for, and when in the day it was taken: none of it is in the record.
    r"surpri\w*|unexpected|expected|previsible|predictable|attendu|etonna\w*|ironi\w*|hypocri\w*|"
    r"coheren\w*|consistent|logique|logical|bizarre|strange|weird|convain\w*|convinc\w*|persuad\w*|"
    r"le plus pese|pese sur|weighed on|swayed|en echange (?:de|d'|du|des)|quoi en echange|in exchange for|"
    r"in return|"
    # The rules and readings of a vote the record does not give (« combien faut-il de voix ? »,
    # « une abstention compte comme un vote contre ? », "split along North-South lines?", « un vote
    # Nord contre Sud », « les anciens colonisateurs »).
    r"\bcombien faut-il de voix\b|\bcompte\w*(?:-t-elle|-t-il|-elles|-ils)? comme\b|\bcounts? as\b|"
    # (« contre » only of an abstention: « Le Japon, il compte contre ? » is its vote.)
    r"\babstentions?\b[^?]{0,20}\bcompte\w*(?:-t-elle|-t-il|-elles|-ils)? contre\b|"
    r"\babstentions?\b[^?]{0,20}\bcounts? against\b|"
    r"\b(?:nord contre sud|north (?:vs\.?|versus|against) south|north-south (?:lines|divide|split))\b|"
    r"\balong [\w-]+ lines\b|\bcolonis\w*|\bcoloni[sz]er\w*|\bcolonial\w*|"
    # « le Soudan est en guerre civile non ? ça change quoi pour son vote ? »
    r"\b(?:ca|cela) change quoi\b|\bchange quoi pour\b|\bwhat difference does\b|"
    # Who asked for the recorded vote (« c'est les USA qui ont demandé le vote ? »): a procedural
    # request the record does not name.
    r"(?<!je )(?<!on me )(?<!m'a )(?<!me )"
    r"\bdemande\w* (?:le |un |la )?(?:vote|mise aux voix)(?! d[eu]\b| des\b)|"
    r"\b(?:requested|asked for|called for) (?:a |the )?(?:recorded )?vote\b|"
    # A member's interest in its vote (« c'est quoi son intérêt là-dedans ? »).
    r"\b(?:son|leur|ses|leurs) interets?\b|\b(?:its|their) interests?\b|\bqu'est-ce qu'(?:il|elle|ils|elles) "
    r"y gagne\w*|\bwhat(?:'s| is| do| does)? (?:\w+ )?(?:get|gain)s? out of\b|"
    # Around the vote and after it: the talks, the errors and corrections, what it changed, how
    # it compares with other votes and texts, what it has to do with anything else (« trompé de
    # bouton », « votes rectifiés », « plus serré que celui sur Gaza », « lié au changement
    # climatique ? », "negotiate a consensus text", "anything to do with OPEC?").
    # (Not « qu'est-ce qui se passe avec le vote ? », Haitian « sa k pase ak vot la ? »: its result.)
    r"negoci\w*|negotiat\w*|impacts?|consequences?|"
    # What a vote will do (« quel sera l'effet concret de ce vote ? », "what effect will it have?");
    # not « en effet », « à cet effet », « a pris effet », "in effect".
    r"\bquel(?:le)?s? (?:sera|seront|est|sont|a ete|aura|auront|serait) (?:les? |l')?effets?\b|"
    # Support today, a vote now, a rigged vote, a body that casts none (« la France soutient-elle
    # toujours le texte ? », "would France vote yes now?", "was the vote rigged?", "how did the UPR
    # vote?"): the record is the July 2024 vote of the 47 members.
    # (The text's support said with the time: not "who supported it, I'm still confused", nor « je
    # soutiens la délégation du Maroc maintenant ».)
    rf"\b(?:still|toujours|encore) (?:support\w*|soutien\w*|back(?:s|ing)?)\b (?:{_IT})|"
    rf"\b(?:support\w*|soutien\w*|soutient)(?:-(?:elle|il|ils|elles))? (?:toujours|encore|still) (?:{_IT})|"
    rf"\b(?:support\w*|soutien\w*|soutient)(?:-(?:elle|il|ils|elles))? (?:{_IT}) (?:today|now|nowadays|"
    r"anymore|aujourd'hui|actuellement|desormais)\b|"
    r"\bhalf[- ]support\w*|\bso (?:it|they|he|she) (?:\w+ ){0,2}(?:supports?|opposes?)\b|"
    r"\ba moitie (?:pour|contre|d'accord)\b|"
    # (A vote now, not "I would like the vote of France".)
    r"\bwould (?:[\w-]+ ){1,3}vote (?:yes|no|for|against|differently)\b(?=[^?]*\b(?:now|today|again)\b)|"
    r"\bvoterai(?:t|ent)\b|\brigged\b|\btruqu\w*|\bfraud\w*|"
    r"\b(?:the |l')?(?:upr|epu|examen periodique universel|universal periodic review|hcdh|ohchr|"
    r"haut-commissa\w*|high commissioner|secretaire general|secretary-general) (?:a )?vot\w*|"
    r"\bvot\w* (?:on|sur) (?:la |le |l')?(?:gaza|israel|palestin\w*|ukraine|iran|syri\w*|myanmar|yemen|"
    r"venezuela|belarus|bielorussie|nicaragua|afghanistan)\b|"
    r"\beffets? (?:concrets?|reels?|pratiques?)\b|\beffets? (?:sur|pour) (?:la vie|les gens|la population|"
    r"les pays|le quotidien)\b|\bwhat (?:effects?|difference) (?:will|would|does|did|has|have)\b|"
    r"\b(?:real|practical|concrete) effects?\b|\beffects? on (?:people|ordinary|daily|the lives)\b|"
    r"qu'est-ce qui se passe(?! (?:avec|et|au niveau du|pour) le vote\s*(?:[?!.,]|$))|"
    r"que se passe-t-il|se passe pour|"
    r"what happens|happens to|rectifi\w*|proces-verbal|afterwards|apres coup|tromp\w*|bouton|button|"
    r"by mistake|par erreur|que celui (?:sur|de|du)|than the one|than that on|same split|le plus divise|"
    # « comment le vote … se compare-t-il à celui sur la résolution relative aux … ? »: another vote.
    r"\b(?:a|avec) (?:celui|celle) (?:sur|concernant) (?:la |le |une |un )?(?:resolution|texte|projet)\b|"
    r"\bcompared? (?:to|with) (?:that|the one) on\b|"
    r"most divided|other (?:hrc |council |conseil des droits de l'homme )?texts|autres textes|"
    r"invo(?:k|qu)\w*|a voir avec|rapport avec|"
    r"liee? (?:au|a la|aux|a l')|linked to|related to|to do with|connected to|militaires?|military|"
    r"contradictoire|contradictory|contradiction|version anglaise|english version|autre version|"
    r"traduction|translation|commission des droits de l'homme|commission on human rights|"
    # A judgement of a member's vote ("was Japan right to vote no?", « la France a eu raison ? »).
    r"\bright to\b|\bwrong to\b|\bwas \w+(?: \w+)? droits to\b|"
    r"\b(?:avait|a eu|ont eu|avaient) (?:raison|tort)\b|\b(?:a|ont) (?:eu )?(?:raison|tort) de\b|"
    # What a vote means for a country's alignments, and the order of voting.
    r"means?|meaning|veut(?:-il|-elle)? dire|signifie\w*|"
    # Whether a vote binds or costs its member (« la France est-elle liée… alors qu'elle a voté
    # contre ? », « les États-Unis seront-ils sanctionnés ? »).
    r"\bliee?s? par\b|\bbound by\b|\bsanctionn\w*|\bsanctioned\b|\bpunished\b|\bpunie?s?\b|"
    # (Not whether a group voted as one: « ils étaient tous alignés ? », "all aligned?".)
    r"(?<!non-)(?<!non )(?<!tous )(?<!toutes )(?<!bien )(?<!all )aligne\w*+(?! entre eux)|"
    r"(?<!non-)(?<!non )(?<!all )aligned(?! together)|"
    r"s'eloign\w*|rapproch\w*|allies?|allie\w*|"
    # What a vote shows of a country (« que révèle le vote de l'Inde ? », "what does Japan's vote
    # tell us", "what do the abstentions tell us?"; not "tell us how India voted", "tell us who
    # abstained", glossed « tell us qui… »), who ordered it, whether it was a first: none of it is in
    # the record. (« montre », not « Montréal ».)
    r"revel\w*|reveal\w*|"
    r"\btells? us\b(?! (?:how|whether|if|who|which|what|comment|si|qui|quels?|quelles?|quoi)\b)(?!\s*[,:])|"
    r"montre(?!al\b)\w*|relations?|relationship|alignment|"
    r"ordonn\w*|ordered|"
    r"instruct\w*|consignes?|decision perso\w*|oblige\w*|later session|session suivante|"
    # What came after it or will come (« après le vote, … une déclaration ? », "will the US rejoin
    # the consensus next time?").
    r"(?:apres|after) (?:le|the) vote\b[^?]{0,60}\b(?:declar\w*|statement|fait|did|reagi\w*|react\w*|"
    r"annonc\w*|announc\w*)|next time|la prochaine fois|rejoin\w*|"
    # (« une délégation a corrigé son vote après l'annonce du résultat ? »: the record holds the last.)
    r"(?:chang|corrig|modifi|rectifi|correct|revis)\w* (?:its|their|son|sa|leur|de|d') ?"
    r"(?:vote|position|mind|avis|camp)|"
    r"a first|a premier for|premiere fois|first time|une premiere|"
    # A vote compared with the session's others (« le plus gros score de toute la session »).
    r"de toute la session|of the (?:whole )?session|le plus (?:gros|large|grand)|biggest|largest|"
    # Rankings and correlations of the votes with what the record does not hold (« classe les pays »,
    # not the asker's class: « en classe », « notre classe »).
    r"(?<!en )(?<!notre )(?<!ma )(?<!la )(?<!une )(?<!de )(?<!cette )(?<!toute )classe\w*|classement|"
    r"(?<!broke )(?<!break )(?<!breaks )rank\w*|lien entre|link between|correl\w*|"
    r"side with|sides with|vote premier|premiers? a voter|"
    # Facts about a member (« la population des Maldives, qui ont voté pour ? »): not the record's.
    # (The world's population or GDP is a breakdown of the votes: vote_groupings.py.)
    r"(?<!world )(?<!world's )(?<!monde )(?:population|pib|gdp)(?! mondiale?)|"
    r"habitants|inhabitants|capitale|capital city|superficie|currency|monnaie|"
    # What a vote costs or commits a member to (« risquent une punition ? », « a voté pour, donc il
    # accepte… », « appliquent-ils eux-mêmes… »): none of it is in the record.
    r"risqu\w*|punition\w*|punish\w*|puni(?:e|s|es)?|(?:pour|contre|abstenue?s?),? donc|"
    r"appliqu\w*|applies|applying|accepte\w*|"
    # A member's policy or allegiances beside its vote (« …, elle est dans l'OTAN ? », « il est de
    # gauche ? », « ceux qui imposent des sanctions »).
    r"impos(?:e|ent|ant|es|ait|aient|ed|ing)|otan|nato|de gauche|de droite|left-wing|right-wing|"
    r"(?:il|elle|ils|elles) (?:est|sont|etait|etaient) (?:pro|anti|allie\w*|proches?)|"
    r"(?:il|elle|ils|elles) (?:est|sont) (?:pour|contre) (?:les?|la|l')|"
    r"(?:veut|veulent|voudrait|voudraient) (?:entrer|rentrer|rejoindre|adherer)|"
    r"dictature|democratie|regime|dictatorship|democracy|autocra\w*|reconnai\w*|recogni[sz]\w*|"
    r"taiwan|(?:eu|ue|nato|otan) member|member of the (?:eu|european union|nato)|membre de l'(?:ue|otan)|"
    r"union europeenne membres?|"
    r"development aid|aide au developpement|how big|"
    # What those who voted no find wrong with the text (« les points faibles d'après les pays qui
    # ont dit non ? »): their arguments are in the debates, not the record.
    r"points? faibles?|weak(?:ness|nesses|points?)|"
    # The drafting, its speakers and other years (« ils avaient proposé des changements ? », « qui a
    # pris la parole pour expliquer le vote ? », « combien de fois depuis… », « l'année dernière »),
    # and a delegation's official line on a subject: none of it is in the record.
    r"propos\w* (?:des|de|d'|les) ?(?:changements?|modifications?|amendements?)|"
    r"propos\w* (?:changes|amendments)|pris la parole|prise de parole|took the floor|"
    r"combien de fois|how many times|l'annee derniere|l'an dernier|l'an passe|last year|"
    # The same text's earlier votes ("when it was last voted on, before 2024?", « la dernière fois
    # qu'elle a été votée ? »; not the asker's « la dernière fois tu m'as dit… »): the record is of 2024.
    r"last voted|last adopted|before (?:19|20)\d\d|avant (?:19|20)\d\d|"
    r"la derniere fois qu'(?:elle|il|on|ils) (?:a|ont|l'a|l'ont) (?:ete )?(?:vot|adopt)\w*|"
    r"position officielle|official position|notre position(?! paper)|our position(?! paper)|"
    # Their stance on another treaty (« les USA ils sont pour ou contre le traité sur les pandémies ? »).
    r"(?:pour|contre|for|against) (?:le |la |l'|the )?(?:futur |future |new |nouveau )?(?:[\w-]+ )?(?:traite|"
    r"treaty|"
    r"accord|agreement|convention|pacte|programme 2030|agenda 2030|2030 agenda)\b|"
    # « la résolution avait besoin de combien de voix pour passer ? », « une majorité des deux tiers ? »
    r"besoin de combien de voix|combien de voix (?:pour|afin de) (?:passer|etre adoptee)|"
    r"majorite (?:des|de) (?:deux tiers|2/3)|two-thirds majority|in power|au pouvoir|"
    # A delegation's size and government, and the majority a text needs (« la délégation du Qatar
    # comptait combien de personnes ? », « sous quel gouvernement ? », "how many votes did it need
    # to pass"): not the record's.
    r"combien de (?:personnes|gens|delegues|diplomates|membres de la delegation)|"
    r"how many (?:people|delegates|diplomats)|delegation size|taille de la delegation|"
    r"sous quel (?:gouvernement|president|regime)|quel (?:gouvernement|president|premier ministre)|"
    r"which (?:government|president|prime minister)|under (?:which|what) (?:government|president)|"
    r"(?:need(?:ed|s)?|besoins?) (?:to pass|to be adopted|pour passer)|"
    r"(?:majorite|majority) (?:requise|necessaire|required|needed|was needed|besoins)|"
    r"(?:fallait|faut|faudrait) combien (?:de )?voix|"
    r"(?:have|has|still have) to (?:report|rapport|pay|payer|do)|"
    r"doi(?:t|vent) (?:rendre compte|faire un rapport|payer)|"
    # A motive or an attitude read into a vote (« to please the US », "so it doesn't care", « ont
    # encore voté contre tout »), what it stands for (« voter pour c'était voter contre les USA ? »),
    # who swung it, and another time (« avant Milei »): none of it is in the record.
    r"to please|pour plaire|pour faire plaisir|to appease|to punish|pour punir|"
    r"(?:does|do)n'?t care|s'en (?:fiche|fout|moque)|indifferent\w*|"
    r"(?:ont|a) encore vote|voted again\b|once again|contre tout|against everything|"
    r"vot\w* (?:pour|contre|yes|no|for|against) (?:c'etait|etait|was|is|revient a|equals?) |"
    r"fait basculer|fait pencher|swung|swing vote|tipped|voix decisive|decisive vote|"
    # Votes bought, a vote's consequences, a role it was cast in, what it "shows" (« acheté les
    # votes africains ? », « quelles conséquences pour la France ? », « en tant que présidente de
    # l'UE », "which shows Milei is turning away…").
    r"achet\w*|bought|buy(?:ing)? (?:votes|support)|consequences?|en tant que (?:president\w*|membre de)|"
    r"as (?:the )?(?:eu )?president\w*|presidence (?:de l'ue|du conseil de l'ue)|which shows|shows that|"
    r"proves?|prouve\w*|funding|fund\b|cut (?:its|their|his|her) |"
    # A verdict on a vote (« une victoire pour la Chine ? », "does it show the West is isolated?",
    # "a North-South divide"), a pressure, EU membership said beside a vote (« la Géorgie fait
    # partie de l'UE ? »), what an abstention "counts as", a rejection that never was.
    # (Not "how did the Latin American members divide in the vote?": a group's split.)
    r"big win|(?:a )?win for|victoire|defeat|defaite|isolat\w*|isolee?s?|"
    r"(?<!did )(?<!members )divide(?! in the vote)|"
    r"fracture|clivage|"
    # What a vote implies, signals or weighs (« le vote contre implique qu'elle va ignorer… ? »,
    # « c'est un signal envoyé aux USA ? », "does that weaken the resolution?", "is it significant
    # that…"), a reward, a presence in the room, a statement, the order of the list, the majority's
    # arithmetic, a simulation's choice (« quelle position adopter pour le Ghana ? »).
    r"impliqu\w*|impl(?:y|ies)|implications?|\b(?:un|a|the|le) (?:\w+ )?signal\b|signal (?:envoye|sent)|"
    r"weaken\w*|affaibli\w*|fragilis\w*|significant|significati\w*|"
    r"sanctions? (?:on|against|contre)\b|after it voted|apres (?:avoir vote|son vote)|"
    r"recompens\w*|reward\w*|physiquement|physically|dans la salle|in the room|"
    r"declaration generale|general statement|explication de vote|explanation of vote|made a statement|"
    r"ordre chronologique|chronological|avant ou apres|before or after|calcul de la majorite|"
    r"comptee?s? dans (?:le calcul|la majorite)|counted (?:in|towards) the majority|"
    r"(?:devrai(?:t|ent)|doi(?:t|vent)) voter|should (?:\w+ )?vote|je vote quoi|position adopter|"
    r"realiste|realistic|in character|"
    # (Asked of a member, « la Géorgie est-elle dans l'UE ? », not said: « mon pays est dans l'UE ».)
    r"\b(?:est|sont)-(?:elle|il|ils|elles) (?:bien )?dans l'(?:ue|otan|union europeenne)\b|"
    r"pressured|pressuri[sz]\w*|sous pression|"
    r"\bis (?!(?:my|our) )[\w-]+(?: [\w-]+)? in the (?:eu|union europeenne)\b|"
    r"fait partie de l'(?:ue|union europeenne)|(?:counts?|resultat) as|comptent comme|compte comme|"
    r"rejected by|rejetee? par|"
    r"\bwill (?:\w+ ){0,2}(?:cut|stop|reduce|leave|quit|change|punish|retaliate)\b|"
    # A vote's history and intentions (« avait prévu de voter pour », "flipped its vote", "split from
    # a common position"): the record holds the vote cast, nothing before it.
    r"flip\w*|switch\w* (?:its|their|sides|camp)|changed sides|change\w* de camp|"
    r"planned to|plan\w* to vote|intended to|intention\w*|(?:last|dernier|derniere)[- ]minute|"
    r"comptai(?:t|ent) voter|avai(?:t|ent) prevu|split (?:from|with|away)|broke (?:away|with)|"
    r"se desolidaris\w*|"
    # A vote said to be against a thing (« la France a voté contre la coopération internationale ? »,
    # "voted against human rights"), under a government (« sous Lula »), for a purpose ("to annoy
    # the US"), or judged at home: the record holds a vote on this text, nothing more.
    r"vot\w* (?:pour|contre) (?:le |la |les |l')"
    r"(?!(?:resolution|texte|projet|56/2|celle|celui|reso)\b)[a-z]{4,}|"
    r"vot\w* contre (?:international |les? )?(?:cooperation|development|sanctions|dialogue|solidarit\w*|"
    r"multilateral\w*)|vot\w* contre (?:human|les) (?:droits|rights)|"
    r"(?:sous|under) (?!(?:la|le|les|l'|the|a|an|reserve|condition|forme|form|item|point|agenda|quel|which|"
    r"what)\b)[a-z]{3,}\b(?! (?:de|of|du)\b)|"
    r"vot\w* (?:pour|contre|yes|no|oui|non|for|against|in favou?r)"
    r"(?: (?:la resolution|le texte|it|the resolution|this))? (?:to|pour|afin de) "
    r"(?!(?:la|le|les|l'|the|it|this|ce|cette|quoi|what)\b)[a-z]{3,}|"
    r"critiqu\w*|criticiz\w*|criticis\w*|at home|dans (?:leur|son) pays|praised|applaud\w*|"
    # A vote on a part of the text: the record holds one vote, on the whole.
    r"(?:only )?part of the text|partie du texte|certains paragraphes|some paragraphs|"
    # Where the vote was taken (« votée à New York ? »): the record does not say. (Not where the
    # asker is: « je suis à Genève, … ».)
    r"(?:new|nouveau) york|(?<!suis )(?<!on est )(?<!sommes )(?<!vis )(?<!habite )(?<!i'm )(?<!we're )"
    r"(?<!live )(?<!based )(?:a|in|at) (?:geneve|geneva)|"
    # Membership now (« is the US still on the Council today? »): the record is of July 2024.
    r"still (?:on|in|a member|sits?)|(?<!this )today|right now|currently|aujourd'hui|actuellement|"
    # « ils ont quitté le Conseil depuis ? », "did the US leave the Council?": membership since.
    r"\bquitt\w* (?:le conseil|le cdh)|\b(?:left|leave|leaving|quit|withdr[ae]w\w*) (?:from )?(?:the )?"
    r"(?:council|hrc)\b|\bretir\w* du (?:conseil|cdh)\b|"
    r"(?:toujours|encore) (?:membres?|au conseil)|"
    r"(?:vote|voted|vot\w*)\b[^?]{0,30}\bavant (?!(?:le|la|les|l'|de|d'|que|qu'|ce|cette|son|sa)\b)[a-z]{4,}|"
    # What those who voted one way think or do (« les 14 qui ont voté contre rejettent la
    # coopération ? », "countries that voted yes support…"), not who they are (« … sont qui ? »).
    r"(?:qui ont|who|that) vote\w* (?:pour|contre|yes|no|for|against|in favou?r)\b"
    r"(?! (?:sont (?:qui|quels|lesquels|de quels?|dans quels?)|are (?:who|which|in which|from which)|"
    r"c'est qui|et|and|ou|or|au|a la|lors|in|at|on|"
    r"dans|en|the|la|le|les|it|this|cette|ce|resolution|texte|were|include\w*|inclu\w*|etaient|there|"
    r"lors|during|apart|deja|already|again)\b) (?:sont tous|are all|[a-z]{4,})|"
    # « la France est pour les sanctions ? » (no vote), a hypothetical adoption, a seat's term.
    r"(?:est|sont|is|are) (?:donc )?(?:pour|contre|pro|anti)[ -](?:les?|la|l'|the)?\s*"
    r"(?!(?:resolution|texte|text|projet|56/2|it|elle)\b)[a-z]{4,}|"
    r"aurai(?:t|ent)(?:-(?:elle|il)| elle| il)? ete (?:adoptee?|votee?|rejetee?)|"
    r"would (?:it|the resolution|the text) have been|sans (?:les )?voix (?:de|des|d')|without the votes of|"
    r"jusqu'a quand|until when|how long|combien de temps|mandats?|terms? of office|term ends|"
    r"elue?s? (?:au|pour|avec)|elected (?:to|for|with|by)|"
    # A vote read as ideology, habit or sponsorship, what a member received or awaits, its
    # embassies, a grouping the record does not know, a hypothetical (« c'est idéologique ? », « vote
    # contre depuis combien d'années ? », « a cosigné le texte ? », « a reçu de l'assistance du
    # fonds ? », « les anciens pays communistes », « si tous les Africains s'étaient abstenus… »).
    r"ideolog\w*|depuis combien|for how many years|plus souvent|moins souvent|more often|less often|"
    r"(?:co-?)?sign\w* (?:le|la|the) (?:texte|text|resolution|projet|draft)|cosign\w*|co-?parrain\w*|"
    r"co-?sponsor\w*|premier vote|first vote|en attente|pending|"
    r"(?:a|ont) recu (?:de l'|des |du |de la )?(?:aide|assistance|fonds|argent|financement)|"
    r"received (?:aid|assistance|funds|money|help)|embass\w*|"
    r"ambassades?|\b(?:c'est|c'etait|se|was it|is it) (?:l'|the )?(?:ambassad|anbasad)\w*|"
    r"communist\w*|sovieti\w*|ex-urss|ussr|post-sovi\w*|"
    # What a vote changes, who lobbied, a habit, a term, a member's funds (« ça va changer quoi ce
    # vote ? », "which states lobbied", « toujours les mêmes pays qui votent contre ? », "first
    # term", "a change from its previous vote", « elle reçoit des fonds ? »): not the record's.
    r"changer quoi|lobb\w*|toujours les memes|always the same|first term|premier mandat|"
    r"previous vote|vote precedent|"
    # Records and closeness read into votes, averages over years, the UN's size (« ont de bons bilans
    # en droits de l'homme ? », « plus proche de l'Occident ? », « la moyenne … depuis 10 ans »,
    # « combien de membres l'ONU compte ? »), another text by its subject ("vote on the unilateral
    # coercive measures resolution"): not the record's.
    r"bilans?|track records?|plus proches? (?:de|du|des|d')|closer to|moyennes?|averages?|"
    r"depuis \d+ ans|over \d+ years|"
    r"ce type de (?:texte|resolution)s?|(?:l'onu|les nations unies|the un) (?:compte|a|has)\b|"
    r"combien de membres (?:compte |a )?(?:l'onu|les nations unies)|"
    # (Not this one's subject: "on the intl cooperation resolution".)
    r"\bon the (?!(?:same|this|present|current|whole|entire|final)\b)"
    # (Nor "members on the Council voted against this resolution".)
    r"(?!(?:[\w-]+ ){0,4}(?:cooperation|coop|intl|international|internationale|droits|human|rights|this|"
    r"council|conseil|hrc)\b)"
    r"(?:[\w-]+ ){1,5}resolution\b|"
    r"(?:recoi\w*|receives?|receiving) (?:des |de l'|the |any )?(?:fonds|funds|aide|aid)|"
    r"si [^?]{0,60}\b(?:s'etaient|s'etait|avaient|avait)\b|if [^?]{0,60}\bhad\b|would have|"
    r"aurai(?:t|ent) (?:vote|pu|du)|quand meme passe|passait quand meme|"
    # A vote imagined (« si le Canada était membre, il voterait contre ? », "would it vote no?",
    # « imaginons que le Japon vote pour, ça fait combien ? »).
    r"voterai(?:t|ent)|s'abstiendrai(?:t|ent)|would (?:\w+ )?(?:vote|abstain)|"
    rf"{IMAGINING}|"
    # Separate votes on parts, a public row, a minister's say (« y a eu des votes séparés ? », « ça a
    # fait polémique ? », « c'était la décision de quel ministre ? »), a special session.
    r"votes? separes?|separate votes?|vote par paragraphe|paragraph-by-paragraph|"
    # (Not an ambassador's vote: « l'ambassadeur de France a voté contre ? » is France's.)
    r"polemique\w*|controvers\w*|scandale\w*|(?:quel|which) ministres?|(?:which|what) ministers?|"
    r"sessions? extraordinaires?|special sessions?|convoquer|convene|"
    # Another time, said by the tense (« votait pour avant Milei ? »; not « on m'a dit qu'elle
    # avait voté contre », reported speech).
    r"(?:votai(?:t|ent)|s'abstenai(?:t|ent))\b[^?]*\bavant\b|"
    # How members are elected, a text put up against this one, what a vote reflects, whether it
    # hangs together, this kind of text before (« comment ils sont élus ? », « un texte alternatif ? »,
    # « le vote reflète la richesse des pays ? », « c'est incohérent ? », « déjà voté contre ce genre
    # de résolution ? »).
    r"how (?:are|were|is|was) (?:they|members|it|its members) elected|(?:sont|ils sont) elus|elections?|"
    r"textes? alternatifs?|alternative (?:text|draft|resolution)|contre-proj\w*|contre-propos\w*|"
    r"reflet\w*|reflect\w*|richesses?|wealth\w*|pays (?:riches|pauvres)|(?:rich|poor)(?:er)? countries|"
    r"incoheren\w*|inconsistent|ce genre de (?:resolution|texte)s?|this kind of (?:resolution|text)s?|"
    r"(?:a|ont) deja vote|already voted|"
    # Another vote imagined, its broadcast, its usual turnout (« should Germany have voted yes? »,
    # "passed without the African votes?", « retransmis sur UN Web TV ? », « taux de participation »).
    r"should (?:[\w()]+ ){0,4}have vot\w*|aurai(?:t|ent) du voter|without (?:the )?[\w ]{1,30} votes|"
    r"retransmi\w*|broadcast\w*|web ?tv|stream\w*|taux de participation|turnout)\b"
)
# Of the adoption itself, what the record does not hold: the hour, the room, what went on, the
# majority required, other years' adoptions (« adoptée à quelle heure ? », « dans quelle salle ? »,
# "any incidents?", "has it ever been adopted by consensus?"). Read wherever BEYOND is, and alone
# where a question asks only the outcome.
OF_THE_MEETING = boundary_first(
    r"\ba quelle heure\b|\bwhat time\b|\btime of (?:the )?vote\b|\bheure du vote\b|\bquelle salle\b|"
    r"\b(?:which|what) room\b|\bincidents?\b|\bever\b|"
    r"\bdeja ete adopte\w*|\bmajorite (?:requise|necessaire|qualifiee|simple|absolue|des deux tiers)\b|"
    r"\b(?:required|simple|absolute|two-thirds|qualified) majority\b"
)
# Another time than the vote (« l'Argentine votait pour avant ? »): no premise the record settles.
# Nor a vote hesitated over or imagined (« le Japon a hésité à s'abstenir ? », "would the EU have
# abstained?"): « Non : » would answer what the record does not hold.
OTHER_TIME = boundary_first(
    r"\bavant\s*\?|\bauparavant\b|\bautrefois\b|\bpar le passe\b|\bpreviously\b|\bin the past\b|"
    r"\bbefore\s*\?|\bused to\b|\bvotai(?:t|ent)\b|\bs'abstenai(?:t|ent)\b|\bavant [a-z]{3,}\s*\?|"
    r"\bhesit\w*|\bwould (?:\w+ )?have\b|\bauraient?\b|"
    r"\bsi [^?]{0,60}\b(?:s'etaient|s'etait|avaient|avait)\b|\bif [^?]{0,60}\bhad\b|"
    r"\b(?:sous|under) (?!(?:la|le|les|l'|the|a|an|reserve|condition|forme|form|item|point|agenda|quel|which|"
    r"what)\b)[a-z]{3,}\s*\?"
)
# A vote on another text (« a voté pour le Programme d'action d'Addis-Abeba ? », "against the
# pandemic treaty"): declined beside the record, with no « Non » drawn from this text's vote.
OTHER_TEXT = re.compile(
    r"\bvot\w* (?:pour|contre|sur|for|against|on) (?:le |la |l'|the )(?:programme|plan|traite|accord|"
    r"convention|declaration|pacte|agenda|action plan|treaty|agreement|pact)\b"
)
