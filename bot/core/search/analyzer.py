"""One French analyzer for documents and queries alike: the same text always gives the same terms.

Steps: fold case, accents and ligatures (``œ`` → ``oe``), read both apostrophes, cut elisions
(``l'homme``, ``qu'il``), keep document symbols whole (``70/1``, ``A/HRC/55/78``, ``COVID-19``),
index hyphenated compounds whole and by parts (``Sud-Sud`` → ``sud-sud``, ``sud``), drop stop
words, stem with Snowball French and the text's exception list (``bot.core.search.stemming``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from bot.core.search.stemming import stem
from bot.core.text.french import fold, ordinal_words

# Elided articles and pronouns glued to the next word: l'homme, d'affectation, qu'il, jusqu'à.
_ELISION = re.compile(r"\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)'", re.IGNORECASE)
# A term: letters and digits, with inner "/", "." or "-" kept so that 70/1, A/HRC/55/78 and
# COVID-19 stay whole.
_TERM = re.compile(r"[a-z0-9]+(?:[/.\-][a-z0-9]+)*")
_SYMBOL_MARK = re.compile(r"[0-9/.]")
# An ordinal in digits (« 10e », « 59ème », "63rd"): the term of its words, as the text writes them
# (« dixième », « cinquante-neuvième »), so « le 10e anniversaire » finds « dixième anniversaire ».
_DIGIT_ORDINAL = re.compile(r"(\d{1,2})(?:e|eme|ieme|th|nd|rd)")
_SESSION = re.compile(r"session|seance|meeting|sitting")
_FIRST_SESSION = 50

# French function words, the words of questions ("que doit faire…", "quel paragraphe parle de…")
# and English function words (queries come in English too). None carries a topic of the text.
# A word list reads better as words than as 200 quoted strings, hence split().
STOPWORDS = frozenset(
    """
    a afin ainsi alors apres au aucun aupres aussi autre aux avec avoir c ca ce ceci cela celle
    celles celui ces cet cette ceux chaque ci comme comment contre d dans de des donc dont du elle
    elles en encore entre est et etaient etait ete etre eu eux fait faut il ils j je l la laquelle
    le lequel les lesquelles lesquels leur leurs lui m ma mais me meme mes moi n ne ni non nos notre
    nous on ont ou par parmi pas peu peut peuvent plus pour pourquoi pourrait pourraient qu quand
    que quel quelle quelles quels qui quoi s sa sans se selon ses si soit soient son sont sur t ta
    te tes toi ton tous tout toute toutes tres tu un une uns unes vos votre vous y doit doivent
    devrait devraient notamment egalement outre aussi lors cas
    dit dire parle parlent parler mentionne mentionnent evoque evoquent concerne texte
    paragraphe paragraphes alinea alineas faire
    the of and or to in on for with by from at as is are was were be been has have had do does did
    what which who whom whose when where why how this that these those it its their there about into
    should must can could would will shall may might paragraph paragraphs mention mentions mentioned
    say says said talk talks text
    """.split()  # noqa: SIM905
)


@dataclass(frozen=True, slots=True)
class Token:
    """A folded word with the span of the source characters it came from.

    ``whole`` marks the whole form of a hyphenated compound (``sud-sud``), which is followed by
    its parts; a phrase is matched on the parts only.
    """

    term: str
    start: int
    end: int
    whole: bool = False


class _FoldTable(dict[int, str]):
    """``str.translate`` table folding one character at a time, filled on first sight."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        # Footnote markers (¹ … ⁵) are not digits of the word they follow: "homme⁴" is "homme".
        superscript = unicodedata.decomposition(char).startswith("<super>")
        folded = " " if superscript else (fold(char) or " ")
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` (case, accents, ligatures) and map each folded character to its source index."""
    folded = text.translate(_FOLD)
    if len(folded) == len(text):
        return folded, list(range(len(text)))
    out: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        piece = char.translate(_FOLD)
        out.append(piece)
        offsets.extend([index] * len(piece))
    return "".join(out), offsets


def is_symbol(term: str) -> bool:
    """Tell whether a folded term is a document symbol or a number (``70/1``, ``1/cp.21``, ``2023``)."""
    return bool(_SYMBOL_MARK.search(term))


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into folded words with their source spans, stop words included.

    A hyphenated word gives its whole form (``whole=True``) then each part; ``A/HRC/55/78`` and
    ``70/1`` stay whole, and ``COVID-19`` gives ``covid-19``, ``covid`` and ``19``.
    """
    folded, offsets = fold_with_offsets(text)
    folded = _ELISION.sub(lambda m: " " * len(m.group()), folded)
    tokens: list[Token] = []
    for match in _TERM.finditer(folded):
        word = match.group()
        start = match.start()
        if "-" not in word:
            tokens.append(Token(word, offsets[start], offsets[match.end() - 1] + 1))
            continue
        tokens.append(Token(word, offsets[start], offsets[match.end() - 1] + 1, whole=True))
        position = start
        for part in word.split("-"):
            tokens.append(Token(part, offsets[position], offsets[position + len(part) - 1] + 1))
            position += len(part) + 1
    return tokens


def words(text: str) -> list[str]:
    """Return the terms of the tokens of ``text`` that are not whole compounds, without their spans.

    The same words as ``[t.term for t in tokenize(text) if not t.whole]``, for callers that need
    no offsets (the thesaurus checks 878 expressions at start-up).
    """
    folded = _ELISION.sub(lambda m: " " * len(m.group()), text.translate(_FOLD))
    found: list[str] = []
    for word in _TERM.findall(folded):
        if "-" in word:
            found.extend(word.split("-"))
        else:
            found.append(word)
    return found


def term_of(token: Token, source: str) -> str:
    """Return the index term of one token of ``source``: a stem, a symbol, or a stemmed compound."""
    if is_symbol(token.term):
        return token.term
    if token.whole:
        head, _, last = token.term.rpartition("-")
        return f"{head}-{stem(last)}"
    # Stem the accented source word: Snowball French reads accents (see bot.core.search.stemming).
    return stem(source[token.start : token.end])


def is_stopword(token: Token) -> bool:
    """Tell whether a token carries no topic: a function word, or a compound made only of them."""
    if token.whole:
        return all(part in STOPWORDS for part in token.term.split("-"))
    return token.term in STOPWORDS


def analyze(text: str) -> list[str]:
    """Return the index terms of ``text``: folded, elisions cut, stop words dropped, stemmed."""
    terms: list[str] = []
    tokens = tokenize(text)
    for position, token in enumerate(tokens):
        if is_stopword(token):
            continue
        ordinal = _DIGIT_ORDINAL.fullmatch(token.term)
        written = _spelled(int(ordinal[1]), tokens[position + 1 :]) if ordinal else None
        if written is None:
            terms.append(term_of(token, text))
        else:
            terms.extend(analyze(written))
    return terms


def _spelled(number: int, after: list[Token]) -> str | None:
    """An ordinal's French words, unless it is a session's.

    « la 59e session, c'est ça ? », « pas la 63e » are weighed by the claim checks, which compare
    them with the session a passage names; matched here, they ranked that passage first. The
    sessions this text names are all past the fiftieth.
    """
    if number >= _FIRST_SESSION or (after and _SESSION.match(after[0].term)):
        return None
    return ordinal_words(number)


@lru_cache(maxsize=65536)
def form_of(word: str) -> str:
    """Return the inflection key of a folded word: its singular and plural, masculine and feminine agree.

    Coarser than the word, finer than its stem: ``unilatérales`` and ``unilatéral`` share one,
    ``coopération`` and ``coopérer`` (one stem, two words) do not. Symbols stay as they are.
    """
    if is_symbol(word):
        return word
    if len(word) > 4 and word.endswith("aux"):
        word = word[:-3] + "al"  # internationaux, internationale: international
    elif len(word) > 3 and word[-1] in "sx":
        word = word[:-1]
    while len(word) > 3 and word.endswith("e"):  # créée, créé: cre
        word = word[:-1]
    return word
