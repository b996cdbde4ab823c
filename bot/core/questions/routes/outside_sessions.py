"""Other sessions, years and texts: what the text cannot answer of them (a kind of the outside route).

The record is this text's own vote, at the fifty-sixth session: the vote, outcome or money of
another session, year or text, and a session the text never names (« la 60e session »), are
declined. Ordered among the other kinds by outside_kinds.py.
"""

from __future__ import annotations

import re

from bot.core.questions.kinds import text_year

# An ordinal session other than this one (« la 55e », "the 79th") and a year other than 2024, not
# inside a symbol (« 2000/22 »): the kinds below ask about them in several ways.
# (Not 34: the 34th meeting, at which the vote was taken.)
# (Nor one offered beside it: « à quelle séance, la 33e ou la 34e ? ».)
_OTHER_ORDINAL = (
    r"(?<!34e ou la )(?<!34e ou )(?<!34th or the )(?<!34th or )"
    r"\b(?!56|34)\d{2}(?:e|eme|th|rd|nd|st)\b(?! (?:seance|meeting))(?! ou (?:la )?34e| or (?:the )?34th)"
)
# (Not 2030: the 2030 Agenda's name, « Programme de développement durable à l'horizon 2030 ».)
_OTHER_YEAR = text_year("2024", "2030")
# An earlier time, however far: « il y a deux ans », "two years ago", « autrefois », « la fois d'avant ».
_EARLIER = (
    r"\b(?:il y a (?:\d+|deux|trois|quatre|cinq|dix|quelques) ans|y a (?:\d+|deux|trois) ans|"
    r"(?:\d+|two|three|four|five|ten|a few|few) years (?:ago|earlier|before)|"
    r"(?:\d+|deux|trois|quatre|cinq|dix|quelques) ans (?:plus tot|avant|auparavant)|autrefois|"
    r"la fois d'avant|la derniere fois|the time before|the last time|"
    r"toujours vot\w*|vot\w* toujours|always vot\w*|dans le passe|"
    r"in the past|previously|auparavant|precedemment|jadis|used? to|(?:it|this|that) before)\b"
)
# The same, spelt out: « la cinquante-neuvième session », « à sa soixantième session », "at its
# fifty-ninth session".
_OTHER_SESSION = (
    r"\bcinquante-(?!sixieme)\w+ session|\bsoixant\w* session|\bfifty-(?!sixth)\w+ session|"
    r"\bsixt(?:ieth|y-\w+) session|"
    # « la session 57 du conseil », "HRC 57": the number after the name.
    # (Not the Council's sessions the text names: the 59th (OP33, OP37), the 63rd (OP31): « le
    # conseil a décidé de poursuivre l'examen à la session 59 ? ». The Sub-Commission's 52nd
    # (PP8) is let through by the outside route when the Sub-Commission is named.)
    r"\bsession (?!(?:56|59|63)\b)\d{2}\b|\b(?:hrc|cdh) ?(?!(?:56|59|63)\b)\d{2}\b"
)
# The later sessions the text names (OP31's 63rd, OP33's and OP37's 59th), by their number.
_NAMED_LATER_SESSION = r"(?:\bsession (?:59|63)\b|\b(?:hrc|cdh) ?(?:59|63)\b)"
# A session named by its month, not this one's June–July (« la session de mars 2024 »).
_OTHER_MONTH_SESSION = (
    r"\bsession (?:de |d')(?:janvier|fevrier|mars|avril|mai|aout|septembre|octobre|novembre|decembre)\b|"
    # (Not "may": « the Council may… ».)
    r"\b(?:january|february|march|april|august|september|october|november|december|janvier|fevrier|"
    r"mars|avril|mai|aout|septembre|octobre|novembre|decembre) "
    r"(?:20\d\d )?session\b"
)

# The text's reports said due (« le rapport est attendu à la 60e session ? »): when, the text says.
# (« le rapport du HC c'est pour la soixantième session ? »: for which, the text says too.)
_REPORT_DUE = (
    r"(?!.*\b(?:rapports?|reports?)\b.*\b(?:attendu|prevu|presente|soumis|due|presented|submitted|"
    r"expected|c'est pour|pour la|for the)\b)(?!.*\b(?:attendu|prevu|presente|soumis|due|presented|"
    r"submitted|expected)\b.*\b(?:rapports?|reports?)\b)"
)

# The vote, outcome or money of another session or year: the text records only its own vote.
OTHER_SESSIONS = (
    "autre_session",
    re.compile(
        rf"(?:{_OTHER_ORDINAL}|{_OTHER_SESSION}|\bsoixant\w*|{_OTHER_MONTH_SESSION}|"
        rf"{_OTHER_YEAR}).*\b(?:vot\w*|voix|abst\w*|resultat|result\w*|count|conclu\w*|consensus|"
        r"donne|decid\w*|verse\w*|paid|contribu\w*|adopt\w*)|"
        # (« a décidé à sa 59e session »: what a later session did; « décide … à sa 59e
        # session », in the present, is OP37.)
        r"\b(?:vot\w*|voix|abst\w*|resultat|result\w*|count|conclu\w*|verse\w*|paid|contribu\w*|"
        r"(?:a|ont) decide|decided (?:at|during|in))\b.*"
        rf"(?:{_OTHER_ORDINAL}|{_OTHER_YEAR}|{_OTHER_SESSION}|{_OTHER_MONTH_SESSION})|"
        # The votes of a later session the text names (« les votes de la session 59 ? »): what it
        # names them for is the report due and the question taken up again, never a vote.
        rf"{_NAMED_LATER_SESSION}[^?]*\b(?:vot\w*|voix|abst\w*|resultat\w*)|"
        rf"\b(?:vot\w*|voix|abst\w*|resultat\w*)\b[^?]*{_NAMED_LATER_SESSION}|"
        # The vote in another body (« à l'Assemblée générale, la résolution équivalente a obtenu
        # combien de voix ? »): the record is the Council's.
        r"\b(?:a l'assemblee generale|in the general assembly|at the general assembly|au conseil de "
        r"securite|in the security council|at the security council)\b[^?]*\b(?:vot\w*|voix|adopt\w*)|"
        # « Le texte de l'Assemblée de décembre 2023 …, il a été appuyé par combien de pays
        # là-bas ? »: an Assembly text's support, counted there.
        r"\b(?:textes?|resolutions?|resos?) de l'(?:assemblee|ag)\b[^?]*\b(?:appuye|soutenu|adopte|"
        r"vote)e?s?\b"
        r"[^?]{0,30}\b(?:combien|par qui|how many)\b|\b(?:combien|how many)\b[^?]{0,40}\b(?:la-bas|"
        r"over there)\b|"
        # « une nouvelle résolution a été adoptée à cette session-là ? »: a later text's adoption.
        # (Not « cette nouvelle résolution », "the new resolution": this one, as students call it.)
        r"\b(?:une (?:nouvelle|autre)|a new|another|la prochaine|the next|une prochaine) "
        r"(?:resolution|reso|texte|text)\b[^?]{0,40}"
        r"\b(?:a ete adoptee|adoptee|was adopted|was passed|passed|votee?|voted)\b|"
        # A group's members in another body (« combien de membres compte le GRULAC à l'AGNU ? »):
        # the record counts the Council's 47 only.
        r"\b(?:membres?|members?)\b[^?]*\b(?:a|in|at) (?:l'|the )?(?:agnu|unga|assemblee generale|"
        r"general assembly)\b|"
        # « résultats du vote de la 49/25 », "the vote on resolution 50/4": another text's vote.
        # (« la résolution 2000/22 de la Sous-Commission »: four digits before the slash.)
        r"\b(?:vot\w*|voix|adopted by)\b[^?]*?(?<![\w/])(?!56/2\b)(?:\d{1,2}|(?:19|20)\d\d)/\d{1,3}(?![\w/])|"
        r"(?<![\w/])(?!56/2\b)(?:\d{1,2}|(?:19|20)\d\d)/\d{1,3}(?![\w/])[^?]*?\b(?:vot\w*|voix|adopted by)\b|"
        # A vote on a resolution about another subject (« l'Allemagne a voté pour la résolution
        # sur le climat ? »): this one is on strengthening international cooperation.
        r"\bvot\w*\b[^?]{0,40}\b(?:resolution|reso|texte|text) (?:sur|on|about|concernant|relative? a|"
        r"relatives? (?:au|aux)|consacree? (?:a|au|aux)|portant sur|dealing with|devoted to) "
        r"(?![^?]{0,50}\b(?:renforc|cooperation|strengthen|enhanc|droits de l'homme|droits humains|"
        r"human rights))[a-z]|"
        # Another body's vote (« et à l'UNESCO, il y a eu un vote similaire ? », « l'Assemblée
        # générale a adopté ce texte aussi ? »), a resolution named by its country or conflict (« le
        # vote sur la résolution Gaza d'avril 2024 »): the record is this one's, at the Council.
        # (Not "look at who voted": the WHO only as its initials, never "at who".)
        r"\b(?:a l'|at (?:the )?)(?:unesco|oms|omc|wto|oit|ilo|ocde|oecd|union africaine|unicef)\b|"
        r"\bat the who\b|"
        # (This text, not the eight Assembly resolutions it recalls: « l'AG a adopté la 41/128 quand ? ».)
        r"\b(?:l'assemblee generale|assemblee generale|l'ag|the general assembly|the unga|the ga|unga|"
        r"le conseil de securite|the security council)\b[^?]{0,30}\b"
        r"(?:(?:aussi|also)\b[^?]{0,15}\b(?:adopt\w*|vot\w*)|"
        r"(?:adopt\w*|vot\w*)\b[^?]{0,20}\b(?:ce texte|cette resolution|la 56/2|this|it|aussi|also|too))\b|"
        r"\bresolution (?:sur |on )?(?:gaza|israel|palestin\w*|ukraine|russie|russia|iran|syrie|syria|"
        r"myanmar|yemen|venezuela|belarus|bielorussie|nicaragua|afghanistan|coree du nord|north korea)\b|"
        # The same, the other text first (« par rapport à la résolution sur la solidarité
        # internationale, laquelle a eu le plus de voix contre ? »).
        r"\b(?:resolution|texte|text) (?:sur|on|about|concernant|relative? a) (?:la |le |les |l'|the )?"
        r"(?![^?]{0,50}\b(?:renforc|cooperation|strengthen|enhanc|droits de l'homme|droits humains|"
        r"human rights))[a-z][^?]*\b(?:voix|vot\w*)\b|"
        # « vote cameroun reso mesures coercitives unilaterales 2024 ? »: the Council's other texts,
        # named by their subject alone.
        # (« le texte climat », not "the text climate change was mentioned in", this one.)
        r"\bvot\w*\b[^?]{0,40}\b(?:reso|resolution|texte|text) "
        r"(?![^?]*\b(?:was|is|were) (?:mentioned|cited|named)\b)"
        r"(?:mesures coercitives|ucm|"
        r"unilateral coercive|coercive measures|droit au developpement|right to development|dette|debt|"
        r"peine de mort|death penalty|climat|climate)\b|"
        # « le vote sur le traité sur les pandémies » : another text's vote, never held here.
        r"\bvote sur (?:le |la |l')(?:traite|accord|convention|declaration|pacte)\b|"
        # Another text of the session (« the UCM resolution at the same session »), last year's.
        r"\b(?:at|during|in) the same session\b|\b(?:a|lors de|pendant|durant) la meme session\b|"
        r"\b(?:vot\w*|oppos\w*|support\w*|abstain\w*)\b[^?]{0,20}\b(?:on|for|against|opposed|supported) "
        r"the (?!(?:[\w-]+ ){0,4}?(?:cooperation|co-operation|international|this|56/2|hrc|council|un|"
        r"human rights|assemblee|ga|draft|whole|entire|same|final|full|adopted|present|current|said|above)\b)"
        r"(?:[\w-]+ ){1,5}(?:resolution|text|draft|stuff|issue|file)\b|"
        r"\b(?:vot\w*|abstain\w*|abstention)\b[^?]*\bother (?:[\w-]+ ){0,3}(?:texts|resolutions|drafts)\b|"
        r"\bune? (?:autre )?resolution separee\b|"
        r"\b(?:la|une) (?:autre )?resolution (?:sur|on) "
        r"(?!(?:la |le |l')?(?:renforc|cooperation|droits de l'homme))[^?]{0,60}"
        r"\b(?:de|a|at) la (?:56e|cinquante-sixieme) session\b|"
        r"\bla meme resolution\b[^?]*" + _OTHER_YEAR + r"|\bconsensus\b[^?]*" + _OTHER_YEAR + r"|"
        r"\b(?:que|qu') ?a l'assemblee generale\b|"
        r"\b(?:l'annee|l'an) (?:d'avant|precedente|passee|derniere)\b|\bl'an (?:dernier|passe)\b|"
        # « a adopté pour la première fois une résolution sur … », "the first ever": a history.
        # (Not « la résolution demande-t-elle pour la première fois des séminaires ? »: OP30 « à nouveau ».)
        r"\b(?:en quelle annee|quand|when|what year|which year|depuis quand|since when)\b[^?]{0,60}"
        r"\badopt\w*\b[^?]{0,20}\b(?:pour la premiere fois|for the first time|first)\b[^?]{0,40}"
        r"\b(?:resolution|texte|text)\b|"
        r"\badopt\w*\b[^?]{0,60}\b(?:pour la premiere fois|for the first time)\b[^?]{0,30}"
        r"\b(?:en quelle annee|quand|when|what year|which year)\b|"
        r"\b(?:last year|the year before|the previous year)(?:'s)?\b|"
        # A member's vote on the day's other resolutions: not this record.
        r"\b(?:other|autres?) (?:resolutions?|textes?)\b[^?]*\b(?:vot|adopt)\w*|"
        r"\bvot\w*\b[^?]*\b(?:the other|les autres|on other|sur d'autres) (?:resolutions?|textes?)\b|"
        # « la Chine a voté comment sur l'autre résolution de la même session ? »
        r"\bvot\w*\b[^?,]{0,25}\b(?:sur|on) (?:l'autre|une autre|another|the other) "
        r"(?:resolution|texte|text)\b|"
        # « adoptée par consensus les années précédentes ? »: earlier versions' votes.
        r"\b(?:previous|prior|earlier|past) (?:years?|sessions?|versions?)\b|"
        r"\b(?:annees|sessions|versions) (?:precedentes|d'avant|passees|anterieures)\b|"
        r"\bvot\w*\b[^?]{0,30}\b(?:every|all the|all|chaque|toutes les) (?:resolutions?|textes?)\b|"
        r"\b(?:vot\w*|voix)\b[^?]*\b(?:version|resolution|texte) "
        r"(?:precedente|d'avant|anterieure|de l'an dernier)\b|"
        # (« la résolution d'avant, laquelle c'était et elle est passée par combien de voix ? »)
        r"\b(?:version|resolution|texte) (?:precedente|d'avant|anterieure|de l'an dernier)\b[^?]*"
        r"\b(?:vot\w*|voix)\b|"
        # « did the Assembly follow up at its 79th session? »: not a session the text schedules.
        r"\b(?!56|59|63)\d{2}(?:e|eme|th|rd|nd|st)\b.*\b(?:follow\w*|suite|suivi|donne suite)\b|"
        r"\b(?:follow\w*|suite|suivi|donne suite)\b.*\b(?!56|59|63)\d{2}(?:e|eme|th|rd|nd|st)\b|"
        # Another body's or session's vote: « à l'Assemblée générale », « au Conseil de sécurité »,
        # « au CDH 53 », « the previous resolution ».
        # (Not « sans passer par le Conseil de sécurité », OP8's measures taken alone.)
        r"(?<!permanents du )(?<!permanent members of the )(?<!sans passer par le )"
        r"(?<!without going through the )(?<!without the )\b(?:conseil de securite|security council)\b|"
        # Other bodies' votes (« à l'Assemblée mondiale de la santé », "at the WHA"), and a treaty's
        # ("the vote on the pandemic agreement"): not this record.
        r"\b(?:vot\w*|voix)\b[^?]*\b(?:world health assembly|assemblee mondiale de la sante|wha|oms|"
        r"world health organi[sz]ation|organisation mondiale de la sante|unesco|ilo|oit)\b|"
        r"\bvot\w* (?:on|sur|for|pour) (?:the |le |la |l')"
        r"(?:(?!(?:texte|text|resolution|reso|56/2)\b)[\w-]+ ){0,3}"
        r"(?:agreement|treaty|accord|traite|convention|pact|pacte)\b|"
        # The Assembly's committees and ECOSOC vote on their own texts, not on the Council's.
        r"\b(?:third|fifth|troisieme|cinquieme|3rd|3e) (?:committee|commission)\b|\becosoc\b|"
        # « compare the vote with resolution 53/x »: another text's vote.
        r"\b(?:compar\w*|par rapport)\b[^?]*\bresolutions? (?!56/2\b)\d{1,2}/\w+|"
        # « HRC 53 », « CDH 55 »: a session the text never names.
        r"\b(?:cdh|hrc|conseil des droits de l'homme) ?(?!(?:52|56|59|63)\b)\d{2}\b"
        r"(?! (?:membres|members|etats|states|pays|countries|voix|votes|pour|for)\b)|"
        # (Not "the GA resolution endorsing the Buenos Aires Plan", "which plan did GA resolution
        # 33/134 endorse?": what a cited text did.)
        r"\b(?:assemblee generale|general assembly)\b.*\b(?:vot\w*|"
        r"(?<!resolution )(?<!\d )(?:endors|enterin)\w*)\b|"
        # « adoptée par l'Assemblée générale 31 voix contre 14 ? »: this text was the Council's
        # (not « la 70/1, adoptée par l'Assemblée générale quand ? », a text it cites).
        r"^(?![^?]*\b(?!56/2)\d+/\d+)[^?]*\b(?:adoptee?|adopted|passed|votee?)\b[^?]{0,20}\b(?:par|by|at|a|in)"
        r" (?:l'|the )?(?:assemblee generale|general assembly|ag|ga)\b|"
        # (Not « (pas à l'AG, au Conseil) »: the asker sets it aside.)
        r"\b(?:vot\w*|voix)\b.*(?<!pas )(?<!not )\b(?:a l'assemblee generale|au conseil de securite|"
        r"in the general assembly|at the general assembly|(?:the )?security council|"
        r"(?:cdh|hrc|conseil des droits de l'homme) ?(?!56)\d{2}\b|"
        r"previous (?:\w+ ){0,2}resolution|resolution precedente|precedente resolution)|"
        # "were more countries in favour than in 2023?", "what did the council do in 2023 on this".
        rf"\b(?:than|qu'en|que en) (?:in )?{_OTHER_YEAR}|\b(?:what did the (?:council|conseil) do|"
        rf"qu'a fait le conseil)\b[^?]*{_OTHER_YEAR}|"
        r"\bcompared? (?:with|to) (?:the )?(?:previous|last|earlier|prior) (?:\w+ ){0,2}"
        r"(?:resolution|text|vote)|"
        # The earlier resolution on the subject, the session's other texts: not this record.
        # (Not « le texte rappelle quelle résolution précédente du Conseil ? »: PP4 recalls 50/4; nor
        # « la résolution précédente du Conseil, c'était laquelle ? », which PP4 answers too.)
        r"^(?![^?]*\b(?:rappel|cite|mention|recall|refer)\w*)"
        # (Its vote asked too: « c'était laquelle et elle a été votée comment ? »; not its date,
        # « … et elle date de quand ? », which PP4 gives.)
        r"(?=[^?]*\b(?:vot\w*|adopt\w*|combien|how many|resultats?|results?)\b|"
        r"(?![^?]*\b(?:(?:c'est quoi|c quoi|(?:quelle|which|what) (?:est|etait|is|was)) (?:la |the )?"
        r"(?:precedente resolution|resolution precedente|previous resolution)|"
        r"(?:precedente resolution|resolution precedente|previous resolution)[^?]{0,60}\b(?:laquelle|"
        r"c'etait quoi|c'est quoi|quel numero))\b))[^?]*"
        r"\b(?:previous resolution|resolution precedente|precedente resolution|derniere resolution "
        r"sur le (?:meme )?sujet)\b|"
        r"\b(?:combien de (?:resolutions|textes|decisions)|how many (?:resolutions|texts|decisions))\b|"
        # (Of a session: not « nombre de résolutions citées dans le préambule ? », this text's.)
        r"^\s*(?:le )?(?:nombre|nb|nbr|nbre|number of) (?:de |d'|of )?(?:resolutions|textes|decisions)\b"
        r"(?=[^?]*\b(?:adopt\w*|session|passed|votee?s)\b)|"
        # What was decided or adopted at a later session (« qu'a décidé le Conseil à la 59e
        # session ? »): the text only schedules it (« décide de poursuivre … à sa 59e session »).
        r"\b(?:a|ont|was|were|been|has|have|did)\b[^?]{0,30}?\b(?:decide|adopte|adoptee|conclu|renouvele|"
        rf"decided|adopted|concluded|renewed)\b[^?]*{_OTHER_ORDINAL}|"
        # What a session the text schedules did (« qu'est-ce qui a été décidé à la
        # cinquante-neuvième session ? »): it came after the text.
        # ("did the Council adopt … at the 59th session?", glossed « did the conseil des droits de
        # l'homme adoptee … »: the Council's name between.)
        r"\b(?:did|has|have)\b (?:the |le )?conseil des droits de l'homme (?:decide|decided|adopte\w*|"
        r"adopted)\b[^?]*\b(?:cinquante-neuvieme|soixante-troisieme|59e|59eme|59th|63e|63eme|63rd)\b|"
        r"\b(?:a ete|ont ete|was|were|been|has|have|did)\b[^?]{0,30}?\b(?:decide|decided|adopte\w*|"
        r"adopted)\b[^?]*\b(?:cinquante-neuvieme|soixante-troisieme|59e|59eme|59th|63e|63eme|63rd)\b|"
        # « qu'est-ce que le Conseil a adopté à sa cinquante-neuvième session ? »
        r"\b(?:qu'est-ce que|qu'a|qu'a-t-il|ce que) (?:le conseil |il )?(?:a )?(?:adopte|decide)\b[^?]*"
        r"\b(?:cinquante-neuvieme|soixante-troisieme|59e|59eme|59th|63e|63eme|63rd)\b|"
        # A session the text never names (it names the 52nd, 56th, 59th and 63rd): nothing
        # it says is about that one (« que prévoit la résolution pour la 60e session ? »).
        # (Not beside a session it names or a paragraph: « la 58e, c'est la 59e non ? », a claim.)
        # (Nor when the text's report is said due then: « le rapport est attendu à la 60e
        # session ? » is a claim OP33 settles, « cinquante-neuvième session ».)
        r"^(?!.*\b(?:(?:52|56|59|63)(?:e|eme|th|rd|nd|st)|(?:op|pp|para|paragraphe|paragraph|§)\s*\d+)\b)"
        rf"{_REPORT_DUE}.*?\b(?!(?:52|56|59|63)(?:e|eme|th|rd|nd|st)\b)\d{{2}}(?:e|eme|th|rd|nd|st) session|"
        # (Not beside this session or one it names: « la cinquante-sixième ou la cinquante-cinquième ? ».)
        r"^(?!.*\b(?:cinquante-(?:deuxieme|sixieme|neuvieme)|soixante-troisieme|(?:52|56|59|63)(?:e|eme|th))\b)"
        rf"{_REPORT_DUE}.*?\b(?!cinquante-(?:deuxieme|sixieme|neuvieme)\b|soixante-troisieme\b)"
        r"(?:cinquant|soixant|quarant|trent)(?:e-\w+|ieme) session|"
        # Adopted before: the earlier resolutions' votes and counts are not in this text.
        r"\b(?:adopted|adoptee?s?) (?:before|previously|auparavant|avant)\b|"
        r"\b(?:how many times|combien de fois|(?:la |le )?combientieme fois)\b[^?]*\badopt|"
        # « le Conseil adopte ce genre de résolution depuis quand ? », « c'était laquelle la toute
        # première ? »: the series' history, which this text does not tell.
        r"\badopt\w*\b[^?]{0,40}\b(?:depuis quand|since when)\b|"
        r"\b(?:laquelle la toute premiere|(?:quelle (?:est|etait|fut)) la (?:toute )?premiere "
        r"(?:resolution|du genre|de ce type)|which was the (?:very )?first resolution)\b"
        r"(?![^?]{0,20}\b(?:citee?|mentionnee?|cited|mentioned|rappelee?|recalled)\b)|"
        # Held before this text (« combien de séminaires avaient déjà été organisés avant
        # celle-ci ? »): the earlier ones are not in it.
        r"\bdeja (?:ete )?(?:organise\w*|tenue?s?|compile\w*)\b[^?]*\bavant\b|"
        r"\balready (?:been )?(?:organi[sz]ed|held)\b[^?]*\bbefore\b|"
        # « last year », « l'an dernier », « la session précédente »: not this vote either.
        r"\b(?:vot\w*|voix|resultat|result\w*|adopt\w*|consensus|majorit\w*)\b.*"
        r"\b(?:(?:last|dernier|derniere) (?:year|annee|annuel|session)|"
        r"previous (?:year|session|one|resolution|text|version)|the one before|"
        r"(?:la |cette )?resolution precedente|la precedente|celle d'avant|"
        r"l'an (?:dernier|passe|d'avant)|l'annee (?:derniere|passee|precedente|"
        r"d'avant)|the year before|session (?:precedente|d'avant))\b|"
        # « il y a deux ans », "two years ago", « autrefois », in either order with a vote (not
        # with « adoptée »: « la 50/4 a été adoptée il y a deux ans » is PP4's date).
        rf"\b(?:vot\w*|voix|abst\w*|resultat\w*|results?)\b.*{_EARLIER}|{_EARLIER}.*"
        r"\b(?:vot\w*|voix|abst\w*|resultat\w*|results?)\b|\bvotai(?:t|ent) (?:avant|autrefois)\b|"
        r"\b(?:toujours vot\w*|vot\w* toujours|always vot\w*)\b|"
        # « quels paragraphes sont nouveaux cette année ? », "first requested": beside earlier texts.
        r"\b(?:(?:paragraphes?|paragraphs?|paras?) (?:are |sont )?(?:nouveaux|new)|"
        r"(?:nouveaux?|nouvelles?|new) "
        r"(?:cette annee|this year|par rapport (?:a|au|aux) (?:l'an|la version|la resolution|l'annee)))\b|"
        # (Not « la première demande, ou une demande réitérée ? »: « Prie à nouveau » answers it.)
        r"\b(?:la premiere demande|first (?:requested|asked for|called for)|"
        r"when was it first)\b"
        r"(?![^?]*\b(?:reiter\w*|repet\w*|a nouveau|de nouveau|again|renewed|repeated)\b)|"
        # A vote in another body (« au Parlement européen », "national parliaments", "did the Durban
        # conference vote on the text?"): the record is the Council's.
        r"\b(?:parlements?|parliaments?|assemblee nationale|congres|congress|senats?|senates?)\b"
        r"[^?]{0,40}\bvot\w*|"
        r"\b(?:conferences?|sommets?|summits?) (?:(?:a|ont|has|have) )?vot\w*|"
        r"\bvot\w*\b[^?]{0,30}\b(?:au |in the |at the )"
        r"(?:parlement|parliament|congres|congress|senat|senate)\b|"
        # « le Cameroun est membre jusqu'en quelle année ? »: a member's term, which the record
        # (the members of 2024) does not give.
        r"\b(?:membres?|members?|siege\w*|seat)\b[^?]{0,30}\b(?:jusqu'(?:en|a|au) (?:quelle annee|quand)|"
        r"depuis quand|depuis (?:quelle|combien)|until when|until what year|since when|how long|"
        r"pour combien de temps)\b|"
        # « qui était membre du Conseil en 2022 ? »: the record names the members of 2024.
        # (« membres du conseil 2025 ? »: the year alone, too.)
        # (« CDH » comes spelt out: « membres du Conseil des droits de l'homme 2026 ».)
        r"\b(?:membres?|members?|siegeai\w*|sat on)\b[^?]{0,30}\b(?:conseil|council|cdh|hrc)\b[^?]{0,30}"
        rf"\b(?:(?:en|in|de|of|for) )?{_OTHER_YEAR}|"
        # When a State sits again ("so when will Kenya sit on the Council again?", « quand est-ce que
        # le Kenya redeviendra membre ? »): a later election.
        # (Not « quand la question reviendra devant le conseil ? », "when will the council sit again
        # on this issue?": OP37's next session.)
        r"\b(?:when|(?<!depuis )quand)\b[^?]{0,40}\b(?:sit on the council|be (?:a )?(?:council )?member|"
        r"be (?:re-?)?elected|"
        r"rejoin the council|sieg\w* (?:a nouveau |de nouveau )?au conseil|redevien\w* membre|"
        r"sera (?:a nouveau |de nouveau )?(?:membre|elue?))\b|"
        r"\b(?:last year'?s?|previous year'?s?|l'an dernier|l'annee derniere)\b[^?]*"
        r"\b(?:vot\w*|voix|result\w*)"
    ),
)
