"""Question normalisation shared by the routes: folding, routing words, question words, content.

Routing uses its own words rather than the search analyzer's terms, so that a stemmer added to
search changes the ranking of passages but not which route a question takes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TypeVar, cast

from bot.core.text.french import fold, fold_words
from bot.core.text.gates import Gated, top_level_branches

# This text, named after « of », « de la » (« article 3 of the resolution », « du document », "of the
# French version"), in French or English as typed; not another named after it (« du document final
# de Kampala », "of the final document of Kampala", "of HRC resolution 6/17", « du projet de traité »).
# Read by the reference reader, the document route and the English gloss alike.
OF_THIS_TEXT = (
    r"(?:la |le |l'|les |the |this |cette |ce |hrc |the hrc )?(?:resolution|reso|texte|text|draft|projet|"
    r"present\w*|56/2|a/hrc/res/56/2|document|version|partie|part|final|adopted|french|operative|dispositif|"
    r"preambule|preamble|conseil des droits de l'homme|cdh|hrc)\b"
    r"(?!(?: final| finale| adopte| document| text| texte)?(?: de | du | des | d'| of | on | sur ))"
    r"(?!(?: resolution| reso)?\s*(?!56/2\b)\d+/\d+)"
)
# The asker giving their name (« je m'appelle Awa », « moi c'est Abdoulaye », "my name is Ana"): who
# asks, as an introduction's sentence (introductions.py) or a clause before the question
# (asker_clauses.py).
NAME_GIVEN = r"(?:je m'appelle|jm'appelle|my name is|moi c'est)"
# A quiz's label before a colon (« Bonus : », « Question 7 du quiz : », "Quiz round 1, easy one:"):
# a word that opens one, and the words it is made of (question.py drops it with the mentions,
# introductions.py as a sentence of its own).
QUIZ_LABEL_LEAD = r"(?:quiz|round|manche|question|bonus|q ?\d+)\b"
QUIZ_LABEL_WORDS = (
    r"quiz|round|manche|question|q|bonus|tour|easy|hard|one|facile|difficile|simple|last|final|finale|"
    r"derni[eè]re|next|suivante|du|de|la|le|num[ée]ro|no|points?|pts|for|first|premi[eè]re|the|\d+|q\d+"
)

GENERIC_WORDS = Path(__file__).with_name("generic_words.txt")
_T = TypeVar("_T")


def wordset(text: str) -> frozenset[str]:
    """Return the words of a word list written as text, one or more a line."""
    return frozenset(text.split())


# Words that shape a question but say nothing about its subject: dropped before searching.
# « lieu » too: the text has it only in « selon qu'il y a lieu », students in « a eu lieu quand ? ».
QUESTION_WORDS = wordset(
    """
    que quoi qu quel quelle quels quelles comment pourquoi quand combien combientieme ou est ce ceci dit dire
    disent parle parlent parler evoque evoquent aborde traite mentionne resolution texte document
    conseil il elle t y a au sujet propos concernant passage passages paragraphe paragraphes alinea
    alineas faut fait peux tu moi me m sais savoir trouve trouver indique indiquent affirme contient
    explique expliquer qui est-ce existe-t-il s'il vous plait stp svp bien exactement ici date moment
    preambule dispositif op ops pp pps paras dates reso resos bas page footnote footnotes
    considerant considerants operationnel operatif operatifs operative operatives cense censee censes
    ya cest c koi kwa veut veulent porte portent certains certaines truc trucs machin chose choses
    qqch quelque dedans deja alors bon ok hein nn oui non jsuis jvois vrai vraiment part niveau ca
    appelle appellent appelait appelaient s'appelle s'appellent s'appelait s'appelaient
    what does do did say says said tell about regarding concerning which who how is are was were
    there any anything something mention mentions mentioned talk talks speak speaks bit where
    show quote give explain mean means written write writes in it this that
    the an of to on for its be been by with from at as and or has have had will would should can
    could next due whats where's anyone someone thing things stuff part
    cite citee cites citees mentionne mentionnes mentionnee mentionnees para parag paragr ds pr pk pq
    i me my we our you your he she they them their theirs his her hers its itself themselves whos
    who's whose whom am being having doing did done does shall may might must ought u r ur ya im
    i'm it's that's there's here's what's anything everything everyone everyone's someone anybody
    each every all any some such own same other only just also too very so than then there here
    when while if because until about above after before during into onto upon over under again
    further once up down out off more most less least many much few several both either neither
    not no nor yes ok okay please pls thanks kind sort type supposed going gonna wanna want
    wants talking talk say said saying tell told ask know knows think thinks mean means like look looking
    one ones line lines sentence sentences wording nombre nb phrase phrases extrait extraits comprends
    understand
    find found get got give given take takes put see seen listed list lists show shows way ways
    concretement precisement clairement globalement basiquement grosso modo gros finalement finally
    evoquee evoquees evoques abordee abordees abordes aborde traitee traitees traites evoquer aborder
    apparait apparaissent figure figurent
    aura auront avait avaient sera seront serait seraient etait etaient fut pourrait pourraient cetait ctait
    pourra pourront peut peuvent devrait devraient
    actually exactly specifically concretely basically really precisely roughly
    ville villes city cities town endroit located dessus dessous deroule deroulee deroulees
    deroules derouler passe annee annees year years month months mois
    lieu
    56/2 a/hrc/res/56/2
    """
)
_WORD = re.compile(r"[\w'’§/.-]+")
# « parle-t-on », « prévoit-elle »: the pronoun glued to an inverted verb.
_INVERSION = re.compile(r"-(?:t-)?(?:il|elle|ils|elles|on|ce|je|tu|nous|vous)(?=\W*$)", re.IGNORECASE)
_ELIDED = re.compile(r"\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'")
_ROUTING_TERM = re.compile(r"[a-z0-9]+(?:[/.\-][a-z0-9]+)*")
_ROUTING_STOPWORDS = wordset(
    """
    a au aux ce ces cet cette de des du en et la le les leur leurs ou par pour sa se ses son sur un
    une y c d j l m n qu s t
    """
)


def normal(text: str) -> str:
    """Fold a question for matching: no case, accents or curly apostrophes; hyphens kept."""
    # Words are cached: routes fold each word of a question again and again, and a long question
    # repeats its words. Whole questions too, the last few only: each route folds the question it
    # is given again (some fifty times a question), and a flood of long ones cannot fill memory.
    return _normal_word(text) if len(text) <= _CACHED_LENGTH else _normal_text(text)


_CACHED_LENGTH = 40


@functools.lru_cache(maxsize=8192)
def _normal_word(text: str) -> str:
    return _normal(text)


@functools.lru_cache(maxsize=64)
def _normal_text(text: str) -> str:
    return _normal(text)


def _normal(text: str) -> str:
    return fold_words(text)


def words(text: str) -> list[str]:
    """Split text into folded words for routing, elisions cut and a few stop words dropped."""
    folded = _ELIDED.sub(" ", fold(text))
    return [w for w in _ROUTING_TERM.findall(folded) if w not in _ROUTING_STOPWORDS]


def as_typed(folded: str, typed: str) -> str:
    """Return the user's own spelling of the folded words ``folded`` (« Côte d'Ivoire »).

    Only runs of about as many words as ``folded`` are tried (its stop words were dropped, so a
    few more), so the cost stays linear in the question's length.
    """
    typed_words = typed.split()
    size_of = len(folded.split())
    for size in range(max(size_of, 1), min(size_of + 3, len(typed_words)) + 1):
        for start in range(len(typed_words) - size + 1):
            span = " ".join(typed_words[start : start + size]).strip("?!.,;:")
            if " ".join(words(span)) == folded:
                return span
    return folded


# « il est question de la religion dans le texte ? »: « is there anything on »; not the text's own
# « question » (« une question de bon voisinage », « l'examen de la question »).
_IS_QUESTION_OF = re.compile(
    r"\b(?:il )?(?:est|etait|était)(?:-il)? question\b|"
    # « donnez-moi le numéro du paragraphe », "give me the paragraph number": where, not what.
    r"\b(?:donne[sz]?[- ](?:moi|nous)|give (?:me|us))?\s*(?:le |les |the )?(?:num[ée]ros?|numbers?) "
    r"(?:du |des |de l'|d'|de |of the )?(?:paragraphes?|alin[ée]as?|paras?|paragraphs?)\b|"
    r"\b(?:paragraph|para) numbers?\b|"
    # « au début de la résolution »: where in the text, no subject (« début » alone may be one).
    r"\b(?:tout )?(?:au |du )?d[ée]but (?:de la r[ée]solution|du texte)(?! \d)",
    re.IGNORECASE,
)
# Spelled with its accent, a noun, not the question word it folds to: « un traité » (PP14's treaty),
# not « le texte traite de… ».
_NOUNS_BY_ACCENT = frozenset({"traité", "traités"})


# « le 1er PP cite quel article ? »: the ordinal is the paragraph's number, not a word to weigh.
_ORDINAL = re.compile(r"\d+(?:er|ere|re|e|eme|ème|è|th|st|nd|rd)")
_REFERENCE_WORDS = frozenset(
    {"pp", "op", "para", "paragraphe", "alinea", "considerant", "§", "paragraph"}
    | {"pps", "ops", "paras", "paragraphes", "alineas", "considerants", "paragraphs", "passages"}
)


def _asking_word(word: str) -> bool:
    """Whether a folded word is a question word, its elided pronoun aside (« l'aborde »)."""
    return word in QUESTION_WORDS or _ELIDED.sub("", word, count=1) in QUESTION_WORDS


def content(typed: str) -> str:
    """Return the question without its question words, in the user's spelling."""
    found = [_INVERSION.sub("", w) for w in _WORD.findall(_IS_QUESTION_OF.sub(" ", typed))]
    kept = [
        w
        for before, w, after in zip(["", *found], found, [*found[1:], ""], strict=False)
        if (
            # (« le 2e paragraphe », « y a 2 paragraphes qui… »: which or how many, no subject.)
            not (
                (_ORDINAL.fullmatch(w.lower()) or (w.isdigit() and len(w) <= 2))
                and normal(after).strip("?.!,;:") in _REFERENCE_WORDS
            )
            and not _asking_word(normal(w).strip("?.!,;:"))
        )
        or w.lower().strip("?.!,;:") in _NOUNS_BY_ACCENT
        # « la traite des êtres humains »: the noun (trafficking), not « le texte traite de ».
        or (normal(w) == "traite" and normal(before) == "la")
    ]
    return " ".join(kept).strip(" ?!.,;:")


# What the asker will do with the answer (« jle mets dans le position paper », « on veut le citer
# mot pour mot », "we'll quote it"): read by the asker's words below and by claims.py's purposes.
ASKERS_PURPOSE = (
    r"(?:jle|je le|j['’]le|jla|je la|on le|on la) (?:mets|met|mettre|mettrai|mettra|cite|citer)|"
    r"on (?:veut|voudrait|va) (?:le |la |les |l')?(?:citer|mettre|utiliser)|"
    r"(?:we (?:want|need|will) (?:to )?|we'll )(?:quote|cite|use|put)"
)

# Where the asker starts speaking of themselves (« … pour mon exposé », "… need it for my speech",
# « j'ai besoin de la date pour l'intro »): the rest of the clause is about them.
_ASKERS_WORDS = re.compile(
    r"\s(?:pour (?:mon|ma|mes|notre|nos)|jdois|je dois|j'ai|j’ai|c'est pour|need it|i need|for my|"
    r"for our|"
    # « …, jsais pas les retrouver », « jle mets dans le position paper », "I can't find them".
    r"(?:jsais|je sais|j'sais|chais) pas (?:ou )?(?:les |la |le |l')?(?:re)?trouv\w*|"
    r"(?:je|j') ?(?:les |la |le |l')?(?:re)?trouve pas|jtrouve pas|i can'?t find|"
    rf"{ASKERS_PURPOSE})(?:\s.*)?$",
    re.IGNORECASE,
)


def at_most_twice(text: str) -> str:
    """Return ``text`` with each word kept at its first two occurrences only.

    A word pasted over and over says nothing more than twice, and patterns that look from each
    occurrence to the end of the question would cost its square.
    """
    seen: dict[str, int] = {}
    kept = []
    for word in text.split():
        seen[word] = seen.get(word, 0) + 1
        if seen[word] <= 2:
            kept.append(word)
    return " ".join(kept)


# A label the asker puts first (« Pour la fiche : la résolution a été adoptée… »).
_ASKERS_LABEL = re.compile(
    # (« pour notre discours : », "For our intro speech:", "for my position paper -").
    # (« Bonjour, pour l'introduction de notre commentaire, … »: after a greeting, and the part of
    # the asker's work named.)
    r"^\s*(?:(?:bonjour|bonsoir|salut|coucou|hello|hi)\W+)?(?:pour|for) "
    r"(?:la|le|l'|ma|mon|notre|the|my|our) ?(?:[a-z]+ )?(?:fiche|expose|exposé|tableau|doc|dossier|biblio|"
    r"notes?|sheet|handout|slides?|speech|discours|intro|introduction|conclusion|commentaire|"
    r"dissertation|dissert|intervention|paper|essay)"
    r"(?: (?:de|du|d'|of) (?:la |le |l'|ma |mon |notre |nos |mes |my |our |the )?[a-z]+)?\s*[:,-]\s*|"
    # « pour la référence dans notre biblio, … »
    r"^\s*pour (?:la|une|les) (?:references?|citations?|refs?)\b[^:,?]{0,40}[:,]\s*|"
    # « je cherche la date d'adoption », "I'm looking for the symbol": the asker searching.
    r"^\s*(?:je |j'|on |nous )?(?:cherche|cherchons|recherche)\s+(?=(?:la|le|les|l')\b)|"
    r"^\s*(?:i'?m |i am |we'?re )?looking for\s+(?=the\b)",
    re.IGNORECASE,
)


def without_askers_words(text: str) -> str:
    """Return ``text`` up to where the asker starts speaking of themselves, without their label."""
    return _ASKERS_WORDS.sub("", f" {_ASKERS_LABEL.sub('', text)} ").strip()


def same_term(a: str, b: str) -> bool:
    """Tell whether two analysed terms are one word up to a short ending (plural, gender).

    A stand-in for stemming that also holds once the analyzer stems: equal terms are equal.
    """
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    if longer.startswith(shorter + "-"):  # « covid » and « covid-19 »
        return True
    if len(shorter) < 5 or not longer.startswith(shorter):
        return False
    # Snowball French leaves a verb's « -ent » plural whole (« soulignent », « encouragent »), its
    # consonant doubled in « rappellent », « permettent » (« rappel », « permet »).
    return len(longer) - len(shorter) <= 2 or longer in (shorter + "ent", shorter + shorter[-1] + "ent")


@functools.cache
def generic_words() -> frozenset[str]:
    """The words of ``generic_words.txt``, folded: common words that name no subject."""
    lines = GENERIC_WORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


# French adverbs joined by a hyphen (« là-dessus », « ci-dessous », « peut-être »): the list holds
# their parts, not every compound. (Not English nouns: "check-up" is a subject, the UPR.)
_ADVERB_LEADS = frozenset({"la", "ci", "par", "au", "peut"})


def is_generic(word: str) -> bool:
    """Whether a folded word names no subject: a common word, or a French adverb of common words."""
    generic = generic_words()
    if word in generic:
        return True
    lead, _, rest = word.partition("-")
    return lead in _ADVERB_LEADS and bool(rest) and all(part in generic for part in rest.split("-"))


# The answers of the presence tests for the question being answered (see ``one_answer``): kept
# for one answer only, so a question asked twice costs the same twice and memory stays bounded.
_ANSWER_CACHE: ContextVar[dict[tuple[Occurrence, str], re.Match[str] | None] | None] = ContextVar(
    "_ANSWER_CACHE", default=None
)


# Work kept for the readings of one answer (``kept_for_the_answer``): a message is read up to four
# ways, and some readings search the same words again (the subject alone, « la dette »).
_ANSWER_WORK: ContextVar[dict[tuple[object, ...], object] | None] = ContextVar("_ANSWER_WORK", default=None)


def kept_for_the_answer(key: tuple[object, ...], compute: Callable[[], _T]) -> _T:
    """``compute()``, computed once for ``key`` while the current question is answered."""
    work = _ANSWER_WORK.get()
    if work is None:
        return compute()
    if key not in work:
        work[key] = compute()
    return cast(_T, work[key])


@contextmanager
def one_answer() -> Iterator[None]:
    """Keep the presence tests' answers while one question is answered (nested: the outer's kept)."""
    if _ANSWER_CACHE.get() is not None:
        yield
        return
    token = _ANSWER_CACHE.set({})
    work = _ANSWER_WORK.set({})
    try:
        yield
    finally:
        _ANSWER_WORK.reset(work)
        _ANSWER_CACHE.reset(token)


class Occurrence:
    """A pattern tested only for whether it occurs; within one answer, each string tested once.

    The routes test the same big alternations (VOTE_WORDS, WHY, the outside KINDS…) on the same
    folded question again and again: each reading of a question, each route and clause, a third
    of some forty tests a question repeating one, at some 0.07 ms a test on 500 characters. The
    answers are kept in a context variable that ``one_answer`` sets: one per thread answering, and
    dropped with the answer.
    """

    __slots__ = ("_compiled",)

    def __init__(self, compiled: re.Pattern[str]) -> None:
        # A question holding none of the strings every match holds one of is no match, tested in C;
        # of a long alternation, only the branches whose strings it holds are run (gates.py).
        self._compiled = Gated(compiled)

    @property
    def pattern(self) -> str:
        """The pattern as compiled (its branches reordered)."""
        return self._compiled.pattern

    def search(self, text: str) -> re.Match[str] | None:
        """The pattern's first match in ``text`` (read only for whether there is one)."""
        cache = _ANSWER_CACHE.get()
        if cache is None:
            return self._compiled.search(text)
        key = (self, text)
        if key not in cache:
            cache[key] = self._compiled.search(text)
        return cache[key]


def boundary_first(pattern: str, flags: int = 0) -> Occurrence:
    r"""Compile an alternation tested only for whether it occurs, its branches' ``\b`` factored out.

    Python's engine tries every branch at every position of the question; ``\b(?:a|b|…)`` fails
    at once where no word starts. Whether the pattern occurs is unchanged (branches are only
    reordered, never altered), and a long vote or trap pattern runs three to five times faster on a
    500-character question (benchmarks/question_cost.py). Never use it where the match itself is
    read: which branch matches first may differ.
    """
    branches = _top_level_branches(pattern)
    bounded = [b[2:] for b in branches if b.startswith(r"\b")]
    others = [b for b in branches if not b.startswith(r"\b")]
    if len(bounded) < 2:
        return Occurrence(re.compile(pattern, flags))
    return Occurrence(re.compile("|".join([r"\b(?:" + "|".join(bounded) + ")", *others]), flags))


def _top_level_branches(pattern: str) -> list[str]:
    """The branches of a pattern's outermost alternation (escapes, classes and groups respected)."""
    return top_level_branches(pattern)
