"""The asker saying who they are: « je suis chinoise », "As the delegate of Cuba", « moi qui suis malawite ».

Such a clause names the asker's country, not the subject of the question. A vote question that
refers back to it (« mon pays a voté comment ? », "did my country vote yes?") asks that country's
vote; any other question is asked without it (« moi qui suis malawite, le texte a été adopté
quel jour ? » asks the date). Demonyms are read here only: elsewhere « français » is a language
and « indien » an ocean.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.core.questions.normalise import normal, wordset
from bot.core.text.gates import gated
from bot.core.text.models import MemberVote
from bot.core.votes.countries import CountryIndex, country_key
from bot.core.votes.country_types import Country

# What opens the asker's clause. After « je suis », "I'm" a demonym says who they are; a country
# name needs a word of origin first (« je suis du Maroc », "I'm from Chile"): « je suis Maurice »
# and "I'm Georgia" are first names, « je suis aux États-Unis » is where the asker is.
_OPENER = gated(
    r"(?<![\w'’])(?:moi,?\s+)?(?:"
    # "I'm Peru's delegate": the country before the role is the asker's.
    r"(?P<delegate>i'?m|i am)(?= [\w -]{1,30}'s (?:delegate|delegation|representative|ambassador))|"
    # A Model UN role (« Je joue Cuba. », « j'incarne le Malawi », "I'm playing Eritrea"), and
    # "I'm Eritrea and we want to argue…": the asker's country, not the question's subject.
    r"(?P<play>(?:je|on|j'|j’) ?(?:joue|jouons|incarne|incarnons)|i (?:play|am playing)|i'm playing|"
    # "I'm repping Cuba and want to hit on sanctions."
    r"(?:i'?m|i am|we'?re|we are) (?:repping|representing)|"
    r"we(?:'re| are)? playing|(?:i'?m|i am)(?= [\w -]{1,30} and we\b)|"
    # "does the text support X? I'm India": who signs off a question, at its end.
    r"(?<=[?.!] )(?:i'?m|i am)(?= [\w -]{1,30}[.!]*\s*$))|"
    # Where the asker is (« je suis à La Réunion », « des élèves de Martinique », "students in
    # Haiti"): their setting, weighed after any clause saying where they are from.
    # (« je suis de la Côte d'Ivoire », "we're from Japan": where they are from, read below.)
    r"(?P<place>(?:(?:je suis|jsuis|on est|nous sommes|je vis|on vit|j'habite|on habite|i'?m|we'?re|we are|"
    r"i live|we live|based) (?:à|a|en|au|aux|in)|(?:[ée]l[èe]ves|[ée]tudiant(?:e|es|s)?|lyc[ée]ens|club|"
    r"classe|lyc[ée]e|fac|coll[èe]ge|[ée]cole|students?|class|school) "
    r"(?:à|a|en|au|aux|in|de la|de|du|des|from))"
    r"(?= [A-ZÀ-Ý]))|"
    r"(?P<self>je suis|jsuis|chuis|j'suis|moi qui suis|en tant que|étant|etant|as an?|as the|i'?m|i am|"
    r"(?:mes parents|my parents|ma famille|my family) (?:sont|est|are|is)|nous|we)|"
    r"(?P<origin>je viens (?:de|du|des)|i come from|(?:je|on) repr[ée]sente|nous repr[ée]sentons|"
    r"i represent|we represent|"
    # « Notre délégation c'est le Japon », "our delegation is Chile": a name follows.
    r"(?:notre|ma|our|my) (?:d[ée]l[ée]gation|pays|country) (?:c'est|c’est|est|is)|"
    r"chez nous(?: au| en| aux)?|"
    # "as Cuba's delegate".
    r"as(?= [\w -]{1,30}'s (?:delegate|delegation|representative|ambassador)))|"
    # The country the asker works on, a subject of their own (« mon exposé porte sur le Maroc : »,
    # "Working on Argentina:", "for my position paper on China,"), not of the question.
    r"(?P<topic>(?:mon|ma|notre|my|our) (?:expos[ée]|fiche|dossier|pr[ée]sentation|partie|travail|sujet|"
    r"presentation|paper|position paper|essay|talk|project|part|topic) (?:porte |est |is )?(?:sur|on|about)|"
    r"(?:expos[ée]|fiche|dossier) sur|(?:je|on|j') ?(?:travaille|bosse|bossons|travaillons) sur|"
    r"(?:i'?m |we'?re )?working on)"
    r")(?![\w'’])|(?<![\w'’])je viens d['’](?=\w)",
    re.IGNORECASE,
)
# Where the asker lives, inside what they ask (« et je vis en Belgique, mon pays… »): no subject.
_PLACE_CLAUSE = re.compile(
    r"\b(?:[Jj]e vis|[Jj]'habite|[Oo]n vit|[Oo]n habite|[Ii] live|[Ww]e live|[Ii]'?m based|[Ww]e'?re based|"
    r"[Jj]e suis|[Oo]n est|[Nn]ous sommes|[Ii]'?m|[Ww]e'?re|[Ww]e are) (?:à|a|en|au|aux|in) "
    r"(?:(?:la|le|les|l'|the) ?)?[A-ZÀ-Ý][\w'’-]*(?: [A-ZÀ-Ý][\w'’-]*){0,3}"
)
# The asker's role: before a country's name, it says the country is theirs ("the delegate of");
# after it, it is part of the clause (« As a Cuban delegate, »).
ROLE = wordset(
    """
    delegue deleguee delegues deleguees delegate delegates delegation delegations representant representante
    representants representantes representative representatives ambassadeur ambassadrice ambassador
    """
)
# Words before a country's name that say it is the asker's: « de », "from", a role.
ORIGIN = ROLE | wordset("de du des d of from for origine citoyen citoyenne citizen nationalite nationality")
# Words that may sit between the opener and the country without saying where it is from.
BETWEEN = wordset("un une a an l la le les the moitie half fier fiere proud")
# « et » / "and" join two countries (« tchadien et camerounais », "half German half Indonesian").
_JOINING = wordset("et and half moitie")
_ARTICLES = wordset("l la le les the")
_IN = wordset("a au aux en in")
# « Je représente la France, a voté comment ? »: a question this short asks of the asker's country.
_BARE_WORDS = 3
# A pronoun that may stand for the asker's country (not "this", "it": most often the text).
# (Not « parle-t-il », the text asked about.)
_A_COUNTRY_PRONOUN = re.compile(
    r"(?<!-)\b(?:il|elle|ils|elles|lui|they|their|he|she|his|her)\b(?! y a)|"
    # (Not "what does it say about them?", a subject just named.)
    r"(?<!about )(?<!sur )\b(?:them|eux)\b|"
    # ("how did it vote?": a text does not vote; the country does.)
    r"\bit (?:vote|voted|abstain\w*)\b"
)
# ("who voted against? I'm China": others asked, however short.)
_ASKS_OTHERS = re.compile(r"\b(?:qui|who|combien|how many|quels|quelles|liste|list|lesquels)\b")
_BARE_ASK = re.compile(r"\bvot|\babst|\bpour ou contre\b|\bcamp\b|\bgroupe?\b")
_CLAUSE_WORDS = 12
_TOKEN = re.compile(r"[^\W_]+")
# A separator that ends the clause: punctuation, not a space, hyphen or apostrophe.
_CLAUSE_END = re.compile(r"[.,;:!?()/—–«»\"]")
_LEADING_JOIN = re.compile(r"^[\s,;:.!—–-]*(?:(?:et|mais|and|but|so|donc|du coup)\b[\s,]*)?", re.IGNORECASE)
# The question refers back to the asker's country: « mon pays », and any « notre », "our" (« notre
# position officielle ») but the 2030 Agenda's « Transformer notre monde »; "with us".
_REFERS_BACK = re.compile(
    r"\b(?:mon (?:propre )?pays|my (?:own )?country|mes (?:deux |2 |trois )?pays|"
    r"my (?:two |2 |three )?countries|ma delegation|my delegation|ma position|my position|mon vote|my vote|"
    r"mon gouvernement|my government|(?:notre|nos|our)\b(?! (?:monde|world)\b)|chez nous|"
    r"on a vote|nous avons vote|avons-nous vote|did we|have we|we voted|(?:with|like|as) us|"
    r"j'ai vote|jai vote|ai-je vote|did i|i voted|have i|on est|nous sommes|sommes-nous|are we|we are|"
    r"on etait|nous etions|we were|were we|etions-nous|"
    r"comme nous|avec nous|mon pays d'origine|ma patrie|my homeland)\b"
)


# Of those, the ones that name the country itself (« notre pays », "our vote"), not any « notre ».
COUNTRY_BACK = re.compile(
    r"\b(?:mon|ma|mes|notre|nos|my|our) (?:propre |own )?(?:pays|country|countries|delegation|"
    r"gouvernement|government|vote|position|patrie|homeland|groupe|group)\b|"
    r"\b(?:chez nous|with us|like us|as us|comme nous|avec nous)\b"
)


@dataclass(frozen=True, slots=True)
class Identity:
    """The asker's clause (``start``:``end`` of the message) and the countries it names."""

    typed: str
    start: int
    end: int
    countries: tuple[Country, ...]
    # The country the asker works on (« mon exposé porte sur le Bénin »), not theirs: a vote asked
    # of it by a pronoun (« il est membre ? ») is still its vote.
    topic: bool = False
    # A Model UN role (« je joue Cuba »): « notre système politique » is the role's stance, argued
    # from the text, not a question about the country.
    plays: bool = False
    # Where the asker is (« je suis à La Réunion »): a member or not, it is no subject of theirs.
    place: bool = False

    @property
    def rest(self) -> str:
        """The message without the clause: what is asked."""
        before = self.typed[: self.start].rstrip(" ,;:-—–")
        return f"{before} {self.after}".strip() if before.strip() else self.after

    @property
    def after(self) -> str:
        """What follows the clause: the question, when the asker says who they are first."""
        return _LEADING_JOIN.sub("", self.typed[self.end :], count=1).strip()

    @property
    def asked(self) -> str:
        """What is asked, without where the asker lives.

        « je suis marocaine et je vis en Belgique, mon pays… » asks Morocco's vote, not Belgium's.
        """
        return " ".join(_PLACE_CLAUSE.sub(" ", self.after or self.rest).split())

    @property
    def as_subject(self) -> str:
        """The question after the countries named (« Chine : mon pays a voté comment ? »).

        What came before the clause is left out: « je suis aux États-Unis pour mes études mais je
        suis chinoise, mon pays… » asks China's vote.
        """
        return f"{' et '.join(c.name for c in self.countries)} : {self.asked}"

    @property
    def refers_back(self) -> bool:
        """Whether what is asked refers to the asker's country (« mon pays », "my delegation")."""
        # (Where the asker is, only what follows: « on est des élèves de La Réunion, combien… »,
        # unless the question came first: « mon pays a voté comment ? on est un club de Dakar ».)
        rest = normal(self.after or self.rest if self.place else self.rest)
        # « Je représente la France, a voté comment ? », « je joue le Bénin, quel groupe régional ? »:
        # a bare vote or group asked is the asker's own.
        bare = len(_TOKEN.findall(rest)) <= _BARE_WORDS and bool(_BARE_ASK.search(rest))
        bare = bare and not _ASKS_OTHERS.search(rest)
        return bare or bool(_REFERS_BACK.search(rest))

    def only_their_vote(self, vote: bool, members: Iterable[MemberVote]) -> bool:
        """Whether a vote answer (``vote``) gives only the votes of the asker's own countries."""
        names = {c.name for c in self.countries}
        voted = {m.country for m in members}
        return vote and bool(voted) and voted <= names

    @property
    def points_back(self) -> bool:
        """Whether what is asked points at the asker's country, not at something else.

        A pronoun (« elle a voté comment ? »), or too few words to name anything (« vote ? »).
        """
        rest = normal(self.rest)
        bare = len(_TOKEN.findall(rest)) <= _BARE_WORDS and not _ASKS_OTHERS.search(rest)
        return bare or bool(_A_COUNTRY_PRONOUN.search(rest))

    @property
    def names_own_country(self) -> bool:
        """Whether what is asked names the asker's country itself (« notre pays »), not any « notre »."""
        return bool(COUNTRY_BACK.search(normal(self.rest)))


# « délégation du Bangladesh ici », « kazakhe ici », "Tuvalu here": who speaks, at the start of
# a message, as a chat room's roll call.
_HERE = re.compile(r"^\W*(?P<who>[^\W\d_][^.,;:!?()]{1,50}?)\s+(?:ici|here|speaking)\b", re.IGNORECASE)


def asker_identity(typed: str, countries: CountryIndex) -> Identity | None:
    """Return the first clause in which the asker says which country they are from, or ``None``."""
    place = None
    for opener in _OPENER.finditer(typed):
        found = _clause(typed, opener, countries)
        if found is not None and opener.group("place") is None:
            return found
        place = place or found
    here = _HERE.match(typed)
    speaking = None if here is None else _speaking(typed, here, countries)
    return speaking or place  # (« Délégation du Bangladesh ici, je suis en France, … »: Bangladesh)


def _speaking(typed: str, here: re.Match[str], index: CountryIndex) -> Identity | None:
    """The country of « délégation du Bangladesh ici », "Tuvalu here": only roles and one name."""
    words = _TOKEN.findall(here["who"])
    keys = [country_key(w) for w in words]
    position = 0
    while position < len(keys) and (keys[position] in ORIGIN or keys[position] in BETWEEN):
        position += 1
    if position == len(keys):
        return None
    named = index.named_at(words, keys, position, demonyms=True)
    if named is None or any(k not in ROLE for k in keys[position + named[1] :]):
        return None
    return Identity(typed, here.start(), here.end(), (named[0],))


def _possessive(typed: str, token: re.Match[str]) -> bool:
    """Whether a token is the « s » of a possessive ("as Cuba's delegate")."""
    return token.group() == "s" and typed[token.start() - 1] in "'’"


def _clause(typed: str, opener: re.Match[str], index: CountryIndex) -> Identity | None:
    # A clause of identity is a few words (« d'origine tchadienne et camerounaise »): the rest of
    # the message is never read from each opener, so the cost stays linear.
    tokens = list(itertools.islice(_TOKEN.finditer(typed, opener.end()), _CLAUSE_WORDS))
    words = [t.group() for t in tokens]
    keys = [country_key(w) for w in words]
    found: list[Country] = []
    end = last = opener.end()
    # « je viens de », « je représente »: names follow; after « je suis », an article says a role
    # (« je suis la Chine »), where a bare name is a first name (« je suis Maurice »).
    as_role = bool(keys) and keys[0] in _ARTICLES and opener.group("self") is not None
    names_allowed = opener.group("self") is None or as_role
    place = opener.group("place") is not None
    position = 0
    while position < len(tokens):
        if _CLAUSE_END.search(typed, last, tokens[position].start()):
            break
        named = index.named_at(words, keys, position, demonyms=True)
        if named is not None and (
            names_allowed
            or index.is_demonym(" ".join(keys[position : position + named[1]]))
            # "I'm the US delegate": a name before the asker's role.
            or (position + named[1] < len(keys) and keys[position + named[1]] in ROLE)
        ):
            country, size = named
            # « nous les Camerounais » says who the asker is; « je suis le Cameroun », a role.
            as_role = as_role and not index.is_demonym(" ".join(keys[position : position + size]))
            found.append(country)
            position += size
            end = last = tokens[position - 1].end()
            # After a country, only « et » and another, or the asker's role (« cubain délégué »).
            while position < len(tokens) and (keys[position] in ROLE or _possessive(typed, tokens[position])):
                end = last = tokens[position].end()
                position += 1
            if position < len(tokens) and keys[position] in _JOINING:
                position += 1
                continue
            break
        if keys[position] in ORIGIN:
            names_allowed = True
        elif place and (keys[position] in _IN or words[position][:1].isupper()):
            pass  # « un club de Dakar au Sénégal », "students in Port-au-Prince, Haiti": a city first
        elif keys[position] not in BETWEEN:
            break
        last = tokens[position].end()
        position += 1
    if not found:
        return None
    topic = opener.group("topic") is not None
    plays = opener.group("play") is not None or as_role
    return Identity(typed, opener.start(), end, tuple(dict.fromkeys(found)), topic, plays, place)
