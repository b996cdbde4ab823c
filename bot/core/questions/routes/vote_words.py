"""The words of vote questions: what a vote is on, its camps, what is not a country, clauses.

Read by the vote route (vote.py); patterns only, on the folded question.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from bot.core.questions.normalise import QUESTION_WORDS, boundary_first, generic_words, words, wordset
from bot.core.questions.routes.vote_counts import SCORE
from bot.core.search.analyzer import analyze
from bot.core.text.french import fold
from bot.core.text.gates import gated
from bot.core.text.models import VoteChoice
from bot.core.votes.english_names import in_english

# What a vote is on: this text (« … ? », "opposes it", « au texte »), not a subject of the text.
# (Not "the resolution's call for…": a part of it, supported or not by whom it does not say.)
# Members said to have adopted or approved the text: those that voted for it.
_ADOPTED_BY_MEMBERS = (
    r"\b(?:pays|etats|membres|countries|states|members) (?:qui |that |who )?(?:ont |have |l'ont )?"
    r"(?:adopte|approuve|adopted|approved)\b"
)
THE_TEXT = (
    r"(?:-t-(?:il|elle|ils|elles))?\s*(?:[?!.,;]|$|(?:a |to )?(?:it|this|the (?:text|resolution|draft)|"
    r"le texte|la resolution|le projet|ce texte|cette resolution|celle-ci|au texte|au projet|"
    r"a la resolution|(?:la |the |a la )?(?:resolution |reso )?(?:a/hrc/res/)?56/2)\b(?!'s\b))"
)
# Members who stayed out of both camps (« restés neutres », "sat on the fence", "didn't take sides"):
# the abstentions. (Not « neutre » of a thing: « la coopération doit être neutre ».)
NEUTRAL = re.compile(
    r"\b(?:restee?s?|demeuree?s?|stayed|remained|were|was) neutr(?:es?|al)\b|"
    # (English arrives glossed: "stayed neutral" → « stayed impartialite ».)
    r"\b(?:stayed|remained|rester|were|was) impartialite\b|"
    r"\b(?:sat|sit|sits|sitting) on the fence\b|\bdid(?:n'?t| not) take (?:a )?sides?\b|"
    r"\bn'(?:a|ont) pas pris parti\b"
)
VOTE_WORDS = boundary_first(
    # (« s'abstenir de mesures coercitives », "abstaining from…": refraining, no abstention.)
    # (Not another body's size: « le conseil d'administration est composé de combien de membres »,
    # « combien de membres a la sous-commission ».)
    r"(?<!compose de )(?<!composee de )(?<!composes de )combien de membres"
    r"(?! (?:a|au|dans|de|du|compte|comprend) (?:la |le |l')?(?:sous-commission|conseil d'administration|"
    r"comite|commission|fonds|groupe de travail|bureau))|"
    r"membres? du conseil(?! d'administration)|\bvot(?!res?\b)|\bvoix\b|"
    r"absten(?!(?:ir|ant)\s+(?:de|d')\b|tion from\b)|"
    # « argentine = ? pr/ctr/abs »: the three camps abbreviated.
    r"\b(?:pour|pr)\s*/\s*(?:contre|ctr)\b|\bfor\s*/\s*against\b|"
    # (Not "scrutiny": « Is this text a way to dodge scrutiny of their human rights record? ».)
    r"\bscrutin(?!y)|unanimit|unanimously|\bmajorite|\bpour ou contre\b|\bfor or against\b|"
    r"\byes (?:or|/) ?no\b|"
    r"\babstain(?!ing\s+from\b)|\bfinal resultat\b|\bresultat final\b|\btally\b|"
    r"\bcast (?:their |its |his |her |a |the )?ballots?\b|"
    # « elle a fait quoi au moment de lever la main ? »: how a member voted, by show of hand.
    r"\b(?:lever|leve|levait|levaient|ont leve|a leve) la main\b|\braised? (?:its|their|a) hands?\b|"
    # « WEOG breakdown please », "the 14 against" (glossed « the 14 contre »): the record's.
    r"\b(?:weog|grulac|eeg|apg|afr|gaor|geo)\b[^?]{0,10}\bbreakdown\b|"
    r"\b(?:groupe|group) [\w-]+(?: [\w-]+)?\s+breakdown\b|"
    r"\bthe (?:31|14|2) (?:contre|pour|abstentions?|against|in favou?r|for)\b|"
    r"\b(?:les|le) (?:31 pour|14 contre|2 abstentions?)\b|"
    r"\bconsensus\b|"
    # "Qatar and Kuwait, both in favour?" (not "in favour of debt relief": a subject).
    r"\bin favou?r\b(?!\s+of\b)|"
    # « a appuyé », « soutenu » (participles: "support" glossed as « appuyer » is no vote).
    # (« oppose(s) » of the text only: "who opposes terrorism?" asks the text, OP14.)
    # « la France a supporté la résolution ? » (the anglicism), "did China back this one?".
    rf"\bsupporte(?:e|s|es|r)?\b(?={THE_TEXT})|"
    r"\bback(?:ed)?\b(?=\s+(?:it|this|this one|the (?:text|resolution|draft))\b)|"
    rf"\bsoutenu|\bappuye(?:e|s|es)?\b|\bappuyer\b(?={THE_TEXT})|\bopposes?\b(?={THE_TEXT})|"
    # « avec quel écart le texte est-il passé ? », "by what margin was it adopted?", « l'écart des
    # voix »: the tally. (Not « le texte adopté laisse-t-il une marge aux États ? », its content.)
    r"\b(?:avec|by|with) (?:quel(?:le)?|un gros|une grosse|un large|une large|un petit|what|a (?:big|wide|"
    r"large|narrow|small)) (?:ecart|marge|margin)\b|"
    r"\b(?:ecart|marge|margin|gap) (?:de|du|des|of the|of) (?:vote|votes|voix|scrutin|victoire|victory)\b|"
    r"\bvote (?:gap|margin)\b|"
    # « quels pays ont adopté la résolution 56/2 ? », "which states approved it?": who voted for it.
    rf"{_ADOPTED_BY_MEMBERS}(?={THE_TEXT})|"
    r"\bs'est oppose|\bont rejete|\brejete(?!r)|"
    # « exhorte … à rejeter les doctrines » (OP7) is no vote; "who rejected it" (glossed « qui
    # rejeter ») is.
    rf"(?<!a )(?<!to )(?<!de )(?<!d')\brejeter\b(?={THE_TEXT})|"
    rf"\bdit (?:oui|non)\b(?!\s+(?:a|au|aux)\b(?!{THE_TEXT}|\s*(?:texte|projet|final|total)\b))|"
    rf"\bsaid (?:yes|no)\b(?!\s+to\b(?!{THE_TEXT}))|"
    # « les Allemands, ils étaient d'accord avec le texte ? »: for it, or not.
    r"\bd'accord avec (?:le texte|la resolution|la reso|la 56/2|elle)\b|"
    # « faisait partie des pays appelés à se prononcer », "which way did X go", "how'd they split".
    r"\bappele?s? a (?:se prononcer|voter)\b|\bhow'?d they split\b|\bsplit (?:on|over)\b|"
    # « le bloc occidental s'est rangé de quel bord au moment de trancher ? »: its side in the vote.
    # (Not « le Conseil s'est rangé de quel bord sur les sanctions ? »: what the text says.)
    r"(?<!conseil )(?<!resolution )(?<!texte )(?<!reso )(?:s'est|se sont) range(?:e|s|es)? "
    r"de quel (?:cote|bord)(?! (?:sur|au sujet|about|on)\b)|"
    # « combien d'États se sont prononcés en faveur du texte ? »: their votes, said in the past
    # (not « le Conseil se prononce contre ? » on sanctions, what the text says).
    r"(?<!conseil )(?<!resolution )(?<!texte )(?:se sont|s'est|s'etaient|s'etait)\s+"
    r"prononcee?s? (?:tous |toutes )?(?:pour|contre|en faveur)\b|"
    r"\bprononce\w* (?:(?:pour|contre) (?:le texte|la resolution|le projet|la 56/2|ce texte|"
    r"cette resolution)|"
    r"en faveur (?:du|de la|de l') ?(?:texte|projet|resolution|reso|56/2))\b|"
    # « Qui était contre ? », "who was for?" alone: a camp of the vote (the message is nothing else).
    r"^\s*(?:et |mais |and |but )?(?:qui|who) (?:etait|etaient|a ete|ont ete|est|sont|was|were) "
    r"(?:pour|contre|for|against|in favou?r)\s*[?!.]*\s*$|"
    # "who broke ranks in the WEOG?": voted unlike its group, which the breakdown shows.
    r"\b(?:broke|break|breaks|breaking) ranks\b|"
    # « Qatar et Koweït, même camp ? », "same side or not?": their votes side by side.
    r"\bsame (?:side|camp)\b|\bmeme (?:camp|cote|bord)\b|"
    # « il était dans le camp du non ? », "on the no side": a camp named by its answer.
    r"\bcamp (?:du |des )?(?:non|oui|pour|contre)\b|\b(?:no|yes|against) (?:camp|side)\b|"
    r"\b(?:pays|on etait|etaient|ont ete) (?:du|de) meme avis\b|"
    r"\bagreed? with (?:the text|the resolution|it)\b|" + NEUTRAL.pattern + "|" + SCORE
)
CHOICES = (
    (VoteChoice.ABSTAIN, re.compile(r"absten|" + NEUTRAL.pattern)),
    (
        VoteChoice.AGAINST,
        re.compile(
            r"\bcontre\b|\bcamp (?:du |des )?non\b|\b(?:no|against) (?:camp|side)\b|\boppos|\brejet|"
            r"\bvot\w* (?:non|no|against)\b|\b(?:dit|said) (?:non|no)\b"
        ),
    ),
    (
        VoteChoice.FOR,
        re.compile(
            r"\bvot\w*\s+(?:en faveur|pour|oui|yes|in favou?r)\b|\ben faveur\b|\bsoutenu|\bsupporte|"
            r"\bles voix pour\b|"
            r"\bbacked\b|\bcamp (?:du |des )?oui\b|\byes (?:camp|side)\b|"
            rf"{_ADOPTED_BY_MEMBERS}|"
            r"\bappuye(?:e|s|es)?\b|\bpour\s*\?|\b(?:pour|for) (?:ou|or)\b|\b(?:dit|said) (?:oui|yes)\b|"
            # « liste des pays pour svp »: the camp's list.
            r"^\W*(?:(?:la )?liste (?:des )?|les |quels )(?:pays|membres|etats) pour\b"
        ),
    ),
)
SUMMED = re.compile(
    r"\b(?:oui|pour|yes|for)\s*(?:[+/,]|and|et)\s*(?:non|contre|no|against)\b(?:\s*(?:[+/,]|and|et))?\s*"
    r"(?:abst\w*|sit\w* out)"
)
# « south africa vs usa », « France et Chine ? »: names compared, nothing else asked.
BETWEEN = wordset("vs versus v on sur et and ou or")
# Words left over around a country name in a vote question: whatever remains is the country.
# Common words that are also ISO codes (FIN, EST, SUR, PER, CAN, AND, AGO, DOM, MAR, SOM…): a
# word left over in a vote question is never read as one.
WORDS_NOT_CODES = wordset(
    """
    fin est sur per can and ago dom mar som pol ton bel arm nor lie sud nord mon son les des une pas
    car bon top job art age tur gab tun col ben li ma
    """
)


def names_no_code(candidate: str, spelled: str) -> bool:
    """Whether the words left in a vote question (folded; ``spelled`` as typed) are no country code.

    « fin » is no FIN, « si » (« si la reso a été votée ») no SI: a two-letter word that is a
    common word (« si », « de », « me », "in") is a code only in capitals; « fr », « jp » are codes.
    """
    common = len(candidate) <= 2 and candidate in generic_words() and not spelled.isupper()
    return candidate in WORDS_NOT_CODES or common


def common_words(spelled: str, unseen: Callable[[str], bool], offered: Iterable[str] = ()) -> bool:
    """Whether words left in a vote question, typed in lower case, are French or the text's, no typo.

    « le dernier État qui s'est abstenu » offered Niger and Serbia for « dernier ». ``unseen``
    tells a term the text never uses. Words far from every name ``offered`` are no typo of one
    either: « le vote a été contesté ? » offered Korea (61 of 100), « marok » Morocco (80).
    """
    if not spelled.islower():
        return False
    if offered:
        from rapidfuzz import fuzz  # (as the country index: loaded on the first typo)

        # (In French or English: « kuwiat » is a typo of Kuwait, 83, not of « Koweït », 67.)
        names = [fold(spelling) for name in offered for spelling in (name, in_english(name))]
        if all(fuzz.ratio(fold(spelled), name) < _TYPO_OF_A_NAME for name in names):
            return True
    return all(
        w in generic_words() or w in _ORDER_WORDS or not any(unseen(t) for t in analyze(w))
        for w in fold(spelled).split()
    )


# How close (rapidfuzz ratio) lower-case words must be to a name offered to be read as its typo.
_TYPO_OF_A_NAME = 75


def order_words(candidate: str) -> bool:
    """Whether the words left are a place in the record's lists (« dernier »), which they show."""
    return bool(candidate) and all(w in _ORDER_WORDS for w in candidate.split())


# A place in the record's lists (« le dernier État qui s'est abstenu »), which the lists show.
_ORDER_WORDS = frozenset(
    {"premier", "premiere", "dernier", "derniere", "first", "last", "deuxieme", "second"}
)


TEXT_STANCE = re.compile(
    r"\b(?:le texte|la resolution|la reso|the text|the resolution) (?:est|is|n'est) (?:ni )?(?:pour|for)\b"
)
ONLY = re.compile(
    r"\b(?:seule?s?|seulement|uniquement|il n'y a que|y a que|ya que|only|unique|uniques|lone|sole|"
    # ("Just confirming before I put it in my notes": the asker's aside.)
    r"just(?! (?:confirming|checking|wondering|asking|curious|making sure|to (?:check|confirm|be sure|"
    r"make sure)))\b)\b"
)  # « le seul pays d'Asie contre ? »
# « tous les votes contre viennent de l'OTAN ? », "all 14 no votes were from WEOG?", « que des
# pays européens ont voté contre ? » (not « est-ce que des pays… »), « les votes contre venaient
# tous de pays occidentaux ? ».
ALL_FROM = gated(
    r"\b(?:all|tous|toutes)\b[^?]{0,25}\b(?:no|yes|contre|pour|against|abst\w*)\b[^?]{0,30}"
    r"\b(?:from|viennent|venaient|came|come|were|etaient|sont)\b|"
    # (Also "the yes votes were all African", « les abstentions venaient toutes du GRULAC ».)
    r"\b(?:no|yes|contre|against|(?:votes?|voix) pour|abstentions?)\b[^?]{0,10}\b(?:viennent|venaient|"
    r"provenaient|proviennent|came|come|were|etaient|sont)"
    r"(?:(?: (?:tous|toutes|all|only|uniquement|seulement))? (?:de|d'|du|des|from)\b| (?:all|tous|toutes)\b)|"
    r"(?<!est-ce )(?<!est ce )(?<!\w)que des\b"
)
VOTE_FILLER = wordset(
    """
    comment a t il elle ils elles ont vote votes votee voter quel quelle a-t-il a-t-elle ont-ils ete
    le la les l du de des d sur cette cet ce resolution texte pays delegation qu est-ce que qui
    s'est se sont sest etait fait son sa leur quoi au lors scrutin 56/2 dans position eu y avoir
    ones one sitting seat seats siegent siege sieger siegeaient sat sit member members
    state states etats membres conseil council total overall final draft text resolution
    pris part participe participes participe participer participants took part taking
    mise mis aux put recorded enregistre enregistree procede procedure blancs blanc nuls nul pas ou
    ni neither nor prononce prononces prononcee prononcees nou
    secret secrete bulletin nominal
    journal journaux article articles tweet post media medias presse prof pote bref wesh dit dis dire
    classe cours td amphi on doit dois devons doivent savoir faut
    moi lesquelles lesquels lequel laquelle cest vrai faux exact selon un une
    go went goes get got did does do it to take took taken place lieu happen happened held
    close tight narrow serre serree large wide margin marge ecart share partager proportion avec quel
    quelle by what passe passed carried
    etait-il etait-elle etait-ce est-il est-elle est-ce
    sans sinon plus moins deux tiers idem pareil meme
    vite quick quickly asap urgent moment when time
    neutre neutres neutral impartialite restes reste restee restees rester stayed remained sat sit
    fence didn't take sides
    site sites blog insta instagram tiktok twitter facebook reddit see
    but mais
    """
)
# Vote and tally words: what remains after them in a vote question may be a country.
NOT_A_COUNTRY = re.compile(
    r"^(?:pour|contre|faveur|vot\w*|absten\w*|oppos\w*|rejet\w*|adopt\w*|approuv\w*|approved?|unanim\w*|majorit\w*|"
    r"resultats?|combien|voix|pays|membres?|decomptes?|finale?|totale?|totaux|nombre|etats?|bilan|"
    r"scrutin|soutenu\w*|appuye\w*|liste|tous|toutes|tout|toute|monde|chaque|ensemble|detail|repartition|"
    r"groupes?|regionaux|regional|membre|quels|quelles|ete|\d+|conseil|droits|homme|nations|unies|onu|"
    r"cdh|compte|comptait|sieges?|combien|"
    # « Donne-moi la liste… », "give me": an imperative opening the message, capitalised.
    r"[a-z]+-(?:moi|nous|toi|lui|leur)|donne|donnez|dis|dites|montre|montrez|give|show|else|autres?|"
    r"right|correct|true|vrai|juste|exact|"
    # « 14 pays ont voté contre, qui sont-ils ? », « tu peux me donner les noms ? », « lesquels
    # sont européens ? »: the camp's names asked.
    r"[a-z]+-(?:ils|elles|t-ils|t-elles)|noms?|names?|donner|peux|tu|europeens?|africains?|asiatiques?|"
    r"americains?|latino-americains?)$"
)
# With a member named, these words alone make a vote question (« La Belgique était pour ? »).
# « la position de la France sur la coopération Sud-Sud » asks a position on a topic, not the vote.
VOTE_HINT = boundary_first(
    # « le maroc membre du conseil en 2024 ? »: a seat, which the record says with the vote.
    r"\bmembres? du conseil\b(?! d'administration)|\bmembers? of the council\b|"
    # « Maurice fait partie des 47 membres ? », "is Kenya among the 47?": a seat.
    r"\b(?:fait|font|faisait|faisaient) partie (?:des 47|du conseil|des membres)\b|\bparmi les 47\b|"
    r"\bamong the 47\b|\bpart of the (?:council|conseil|47)\b|"
    # « le Kazakhstan appartient au groupe… », « la somalie groupe africain ? »: a member's group.
    r"\bappartien\w* (?:au|a|aux) (?:groupe|group)\b|\bbelongs? to the\b[^?]{0,30}\bgroup\b|"
    r"\b(?:quel|notre|our|which|what|son|its) (?:regional )?(?:groupe|group)(?: regional)?\b|"
    r"^\W*(?:le |la |les |l')?[\w' -]{2,30}? (?:groupe|group) [\w-]+(?: [\w-]+)?\s*"
    r"(?:c ca|c'est ca|right|non|hein|ou pas|correct)?\s*\??\s*$|"
    # « la France est pour le futur traité ? »: a stance, whatever follows.
    r"\b(?:est|etait|sont|etaient|etre)\s+pour\b|"
    # « c'est pour mon exposé », « pour faire court »: a purpose, not a vote for.
    r"\bpour\b(?!\s+(?:mon|ma|mes|ton|ta|tes|notre|nos|votre|vos|un|une|des|du|moi|toi|faire|demain|ce|"
    r"cette|ces|son|sa|ses|leur|leurs|que|qu|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    # « mon exposé pour jeudi », « pour le TD »: when and what for.
    r"le td|le cours|l'exam\w*|l'oral|l'expose|la simu\w*|le debat|"
    # « les moyens pour organiser les séminaires »: a verb's purpose.
    r"(?!(?:membre|le|la|les)\b)[a-z]{3,}(?:er|ir|oir|dre|tre)\b(?!\s*\?))\b|"
    # « la meilleure façon pour la France de concilier… »: what for, not a vote for.
    r"\s+(?:la |le |les |l')?[\w-]+ d(?:e |')\w+(?:er|ir|re)\b|"
    # « ce que le texte implique pour la souveraineté de la Chine »: a thing of a State's.
    r"\s+(?:la |le |les |l')(?!(?:adoption|texte|resolution|projet|vote)\b)[\w-]+ (?:de la|du|des|de l'|d')"
    r"\s*[a-z]|"
    # « ce que la résolution change pour les ONG », « au séminaire pour l'Asie »: for whom, not a vote for
    # (but « pour la résolution », « pour le texte »: the text voted for).
    r"\s+(?:les |la |le |l')(?!(?:adoption|texte|resolution|reso|projet|vote|56/2|draft|oui)\b)[\w-]{3,})|"
    r"\bcontre\b|absten(?!(?:ir|ant)\s+(?:de|d')\b|tion from\b)|"
    r"\bde quel (?:cote|bord)\b|\bwhich side\b|"
    # « le Kazakhstan fait partie de quel groupe ? »: the record's regional group, with the vote.
    r"\bquel groupe\b|\bwhich (?:regional )?group\b|"
    # « Quel est le groupe régional du Japon ? », "Japan's regional group?"; « on était dans quel
    # camp ? » of the asker's delegation.
    r"\b(?:le |son |sa |its |the )?groupe? regional (?:du|de la|de l'|des|de|of)\b|\bregional group\b|"
    r"\bdans quel camp\b|\bin which camp\b|"
    # « la France est membre du Conseil ? », "is Japan in the Asia-Pacific group?": the record's
    # members and their groups.
    # (« le Qatar est-il membre », « était-elle membre ».)
    r"\b(?:est|sont|is|are|was|were|etait|etaient)(?:-t)?(?:-(?:il|elle|ils|elles))?\s+(?:bien\s+)?"
    r"(?:membres?|members?|dans le groupe|in the "
    r"(?:\w+[ -])*group|on the council|au conseil)\b|\bfait partie du (?:conseil|groupe)\b|"
    r"\bsi[eè]g\w* au conseil\b|\bsits? on the (?:council|conseil)\b|"
    # ("Is Georgia a Council member?", glossed « a conseil des droits de l'homme membres ».)
    r"\b(?:is|are|was|were)\b[^?]{1,40}\b(?:an? (?:council |conseil (?:des droits de l'homme )?|hrc )?"
    r"(?:members?|membres?)|"
    r"in the (?:[\w-]+ ){0,3}(?:group|groupe)|"
    r"in the (?:asie-pacifique|afrique|amerique latine|europe orientale|europe occidentale)|"
    r"on the (?:council|conseil))\b|\bposition\b"
    # (« la position générale de la Côte d'Ivoire sur les MCU »: a stance on a topic too.)
    r"(?!\s+(?:(?:generale|globale|habituelle|general|overall|usual) )?"
    r"(?:d[eu]s? (?:la |l'|les )?[\w'-]+(?: [\w'-]+){0,2} |d'[\w'-]+ |of [\w'-]+(?: [\w'-]+){0,2} )?"
    r"(?:(?:generale|globale|general|overall) )?(?:sur|on|about) "
    r"(?!la resolution|le texte|la 56/2|ce texte|cette resolution|la reso\b|this resolution|the resolution|"
    r"this text|the text|it\b))"
)
# « la résolution est passée ? », « was it rejected? »: whether it was adopted, the tally says.
OUTCOME = boundary_first(
    r"\b(?:(?:it|the resolution|the text) (?:passed|adoptee?)|"
    r"(?:was|is) (?:it|the resolution|the text|the vote) unanimous|"
    # "was the Council unanimous?", « le conseil était unanime ? » (the name often spelt out).
    r"(?:was|were) (?:the )?(?:council|conseil|hrc|cdh|members)(?: des droits de l'homme)? unanimous|"
    r"(?:le )?(?:conseil|cdh)(?: des droits de l'homme)? (?:etait|a ete) unanimes?\b|"
    # « le texte est-il passé sans opposition, avec l'accord unanime de tous ? »
    r"\b(?:passee?|adoptee?|passed|adopted|approuvee?)\b[^?]{0,20}\b(?:sans (?:aucune )?opposition|"
    r"without (?:any )?opposition)\b|"
    # « la résolution, c'était unanime ? », « elle était unanime ? »
    r"(?:c'etait|c'est|etait-elle|elle etait|le vote etait|le vote a ete) unanimes?\s*\?|"
    r"did (?:it|the resolution|the text|the draft) pass|"
    r"(?:was|is) (?:it|the resolution|the text) "
    # (« la conférence s'est passée où ? » took place: no adoption.)
    r"(?:passed|rejected|adopted|rejeter|adoptee?)|(?<!s')est passee|a ete (?:adoptee|rejetee)|"
    r"rejete[e]?s?\s*\?|"
    # « La résolution a-t-elle été adoptée ? »
    # (Not « dans quel but … a-t-elle été adoptée ? », a purpose.)
    r"(?<!quel but la )(?<!quel but le )(?<!quel but )"
    r"\b(?:resolution|texte|reso|elle) a-t-(?:elle|il) ete (?:adoptee?|rejetee?)\s*\?|"
    r"rejected\s*\?|(?:it|the resolution|the text|la resolution|elle) (?:was|a ete) (?:rejected|rejeter|"
    r"rejetee))|"
    # « le résultat ? », "what's the result?" alone: the vote's (not OP28's « résulter »).
    r"^\W*(?:c'est quoi |c quoi |quel est |what(?:'s| is| was) )?(?:le |the )?(?:resultat|result)s?"
    r"(?: final| finale?| du vote)?\s*\??\s*$|"
    # « le résultat c'était quoi ? », « le résultat c'est 31 pour ? », "the result was 31-14?"
    r"^\W*(?:le |the )?(?:resultat|result)s?(?: final| finale?| du vote)?\s*,?\s*(?:c'etait|c'est|c|etait|"
    r"was|is)\s+(?:quoi|combien|what|\d{1,2}(?=\s*\??\s*$)|"
    r"\d{1,2}\s*(?:voix\s+)?(?:pour|contre|for|against|[-–]\s*\d|a\s+\d|to\s+\d)"
    r"[^?]{0,20})\s*(?:deja|already)?\s*\??\s*$"
)
# « qui a voté comme la France ? », "which countries voted like the US?", « combien ont voté comme
# l'Argentine ? »: the members of that member's camp.
LIKE = re.compile(
    r"\b(?:qui|quels? pays|quels etats|lesquels|combien|who|which (?:countries|states|members)|how many)\b"
    r"[^?]{0,40}\b(?:comme|like|the same (?:as|way as)|same way as|pareil que|"
    r"de la meme (?:facon|maniere) que|in line with|along with)\b|"
    # « je suis l'Argentine, qui d'autre s'est abstenu ? », "who else voted no with us?"
    r"\b(?:(?:who|qui|which) else|qui d'autre|quels autres(?: pays| etats| membres)?|which other "
    r"(?:countries|states|members|pays|etats|membres))\b"
)
# « quelle résolution de l'AG a créé le Conseil, et quand a-t-elle été adoptée ? »: another text's
# adoption, which the passage citing it gives (PP23), not this record.
ANOTHER_TEXT = re.compile(
    r"\b(?:assemblee generale|general assembly|quelle resolution|which resolution|sous-commission|"
    r"sub-commission|commission des droits de l'homme|commission on human rights|"
    # ("which Council resolution", glossed « which conseil des droits de l'homme resolution ».)
    r"which (?:[\w'-]+ ){1,5}?resolution|"
    r"quelle resolution de la)\b|"
    # « la DUDH a été adoptée quand ? », "the 2030 Agenda …, when was it adopted?": a cited text.
    r"\b(?:dudh|udhr|declaration (?:universelle|et programme|de vienne|du millenaire|sur le droit)|"
    r"programme d'action|programme de developpement|agenda 2030|2030 agenda|accord de paris|"
    r"paris agreement|la charte|charte des nations|pacte international|plan d'action|buenos aires|"
    r"vienna declaration|declaration of vienna|universal declaration)\b|"
    r"(?<![\w/])(?!56/2\b)\d{1,2}/\d{1,3}(?![\w/])"
)
# What the text may do to a State, said with « pour » or "for" (« la résolution condamne la Chine
# pour… », "does it blame Russia for…"): a question about the text's content, not the vote.
TEXT_ACTS_ON_A_STATE = re.compile(
    r"\b(?:resolution|reso|texte|text|conseil|council|it|elle)\s+(?:\w+\s+)?"
    r"(?:condamn|critiqu|accus|denonc|sanctionn|blam|felicit|remerci|condemn|criticis|criticiz|"
    r"denounc|praise|thank)\w*"
)
# « le groupe africain a voté comment, en tant que groupe ? »: a group casts no vote of its own
# (« ont-ils voté en bloc ? » is answered: its members' votes say it).
AS_A_BLOC = re.compile(
    r"\ben tant que groupe\b|\bas a group\b|\b(?:official|common|joint) (?:[\w-]+ )?position\b|"
    r"\bposition (?:officielle|commune) du groupe\b"
)
# « ont-ils voté en bloc ? », "as one": how a set of States voted together, from its members' votes.
AS_ONE = re.compile(r"\b(?:as a bloc|en bloc|comme un bloc|as one|with one voice|d'une seule voix)\b")
# « contre le racisme », « contre la pauvreté »: against a thing, not a vote against the text.
# Without the article too, as the English gloss reads "against racism" (« contre racisme »).
AGAINST_SOMETHING = re.compile(
    # (« ni pour ni contre les sanctions »: a stance on them too, both words.)
    r"\b(?:ni pour ni )?contre (?:le |la |les |l')(?!(?:resolution|texte|projet|56/2|celle|celui)\b)[\w-]+|"
    r"\bcontre (?!(?:resolution|adoption|motion|proposition|resolutions)\b)"
    r"[\w-]+(?:isme|ismes|tion|tions|ite|ites|ance|ances|ence|ences|ure|ures)\b"
)
# For or against a thing in a clause drawn from a vote (« elle est donc pour les sanctions »).
STANCE_ON_A_THING = re.compile(
    r"(?:\b(?:est|sont|is|are|it's|its)(?: donc)?\s+|^\s*)(?:pour|contre|pro|anti)[\s-](?:les?|la|l'|the)?\s*"
    r"(?!(?:resolution|texte|text|projet|56/2|it|elle)\b)[a-z]"
)
# What joins two names said to have voted alike: « la Chine et la France », "China and France".
JOINED = re.compile(r"\s*(?:,|et|and|ou|or|&)?\s*(?:la |le |les |l'|the )?\s*")
# Where a question turns to a second one: « …, mais c'est quoi … », "… but what's …", « … ; combien … ».
# The clauses of a question: after « mais », "but", a semicolon or a dash (also read, in the
# user's own case, by the router).
# « …, donc elle est pour les sanctions ? », "voted no so it supports sanctions?": an inference
# drawn from the vote is a clause of its own, which the record does not settle.
CLAUSES = re.compile(
    r"\s*(?:[,;]\s*)?\b(?:mais|but|so|donc|therefore|hence|which means|ce qui veut dire)\b|;|\s[—–-]\s",
    re.IGNORECASE,
)
# Wider: also after a sentence, « sinon », « du coup » or ", et ". Read only for a later clause that
# asks what the text says (« Cuba a voté pour. Du coup, qu'est-ce que le texte dit … ? »): any other
# second sentence may be the asker's (« je le trouve pas dans la liste »).
SENTENCES = re.compile(
    r"\s*(?:[,;]\s*)?\b(?:mais|but)\b|;|\s[—–-]\s|(?<=[.?!])\s+(?=\S)|\s*\b(?:sinon|du coup)\b|"
    r",\s+(?:et|and)\s+|\.\.\.",
    re.IGNORECASE,
)
# A clause asking to confirm what was said before it (« …, c'est vrai ? », "- is that right?"), or
# the asker's own, asking nothing (« … ? j'imagine pour mais je veux être sûr avant de l'écrire »).
CONFIRMING = re.compile(
    r"^\s*(?:is (?:that|it|this) (?:right|true|correct|so)|am i right|right|true|correct|"
    r"(?:c'est|est-ce) (?:vrai|juste|exact|correct|bien ca)|vrai|exact)\b[\s?!.]*$|"
    r"^\s*(?:et )?(?:j'|je |jai |i |i'm |im |my |mon |ma |mes )"
    r"(?![^?]*\b(?:demande|savoir|wonder|know|comprends?|understand|curious|curieu\w*|pourquoi|why)\b)[^?]*$|"
    # "… I'm representing India so kinda need to know lol" (need glossed « besoins »): the asker's need.
    r"^\s*(?:kinda |really |just |i |we |j'ai |on a )?(?:need|needs|besoins?) (?:to|de|d') ?(?:know|savoir)\b"
    r"[\w\s]*$"
)
# A clause that asks what the text says, whatever vote word it holds (« contre un autre »).
TEXT_ASKED = re.compile(
    r"\b(?:le texte|la resolution|the text|the resolution|56/2)\b[^?]{0,20}\b(?:dit|disent|says?|parle|"
    r"demande|prevoit|mention\w*|cite|talks?|speaks?|evoqu\w*|aborde\w*)\b|"
    r"\b(?:que dit|what does) (?:le texte|la resolution|the text|the resolution|it)\b|"
    # "What does the text say about …", glossed.
    r"\bque dit (?:about|on)\b"
)
EVERY_GROUP = re.compile(
    r"\b(?:quels? groupes?|which groups?|chaque groupe|each group|par groupes?|by group|tous les groupes|"
    # « comment ont voté les groupes régionaux ? », "which regional groups were split?"
    r"(?:les|the) groupes? regionaux|(?:the )?regional groups|which (?:regional )?groups?)\b"
)

# The text said to name something (« le texte parle de … », "does it mention …").
TEXT_NAMES = re.compile(
    r"\b(?:parle\w*|mentionn\w*|mention\w*|cite\w*|nomme\w*|evoqu\w*|vise\w*|designe\w*|accuse\w*|"
    r"condamn\w*|critiqu\w*|names?|refers? to|talks? about|says? about|dit (?:quoi )?sur)\b"
)
# Elections, a people's vote: not the Council's recorded vote.
# « la France vote ses lois », "did the Council vote a budget", « qui vote pour qu'on se retrouve
# à 14h ? », « on vote comment pour choisir le sujet ? »: voting in another sense, no record.
OTHER_VOTES = re.compile(
    r"\bvot\w*(?:-t-(?:il|elle|on))? (?:ses |leurs |des |une |un |le |la |les |a |the |its |their )?"
    r"(?:lois?|laws?|budgets?|motions?|candidats?)\b|"
    r"\bvot\w* pour qu'?on\b|\bvot\w* pour que (?:nous|vous|tu|je|l'on)\b|"
    r"\b(?:pour|to) (?:choisir|choose|decider|decide) (?:le|la|the|our|notre)\b"
)
ELECTIONS = re.compile(
    r"\b(?:elections?|electoral\w*|electeurs?|voters|suffrage|"
    # « le droit de vote des femmes », "voting rights": a right, not this record.
    r"droit de vote (?:des|aux|pour les) (?!membres|etats|pays)|right to vote (?:of|for|in)|"
    r"voting rights? of|"
    # « le texte parle du vote des femmes ? », "women's suffrage": a right, not this record.
    r"vote des (?:femmes|citoyens|citoyennes|jeunes|etrangers|immigres|minorites)|"
    r"women'?s (?:vote|right to vote|voting))\b"
)
# « tous les pays d'Amérique latine ont voté pour ? Et le Brésil ? »: a whole group said.
ALL_OF = re.compile(r"\b(?:tous|toutes|all|every|each|chaque)\b")
# « pourquoi certains ont voté contre l'OP 8 ? »: no vote was held on a paragraph.
NAMES_A_PARAGRAPH = re.compile(r"\b(?:op|pp|paragraphe|para|alinea|§)\s*\d")


_US_THE_PRONOUN = re.compile(r"\b(?:let|tell|give|show|help|for|with|to|among|about) us\b")


def country_candidate(q: str) -> str:
    """Return what is left of a vote question once its vote and question words are gone."""
    # ("Let us see who voted against": the pronoun, no United States.)
    q = _US_THE_PRONOUN.sub(" ", q)
    kept = [
        w for w in words(q) if w not in QUESTION_WORDS and w not in VOTE_FILLER and not NOT_A_COUNTRY.match(w)
    ]
    return " ".join(kept)
