"""Rules that a good generated question keeps, checked question by question.

``benchmarks/quiz_quality.py`` counts the violations over many seeded rounds and the tests assert
that there are none. The checks are written from the text, independently of the generator: they
find the quote in its paragraph and look at what follows it, and read the parts of speech from
the lexicon table.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from bot.core.study.models import BLANK, GeneratedQuestion, QuestionKind
from bot.core.text.french import fold
from bot.core.text.lexicon import Lexicon, Tag, verb_lemma
from bot.core.text.models import Resolution

MIN_EXCERPT_WORDS = 12
QUOTED_KINDS = frozenset({QuestionKind.PARAGRAPH, QuestionKind.WORD, QuestionKind.VERB})

# Rule names, in the order the benchmark prints them.
EXCERPT_NOT_VERBATIM = "excerpt_not_verbatim"
EXCERPT_SHORT = "excerpt_short"
EXCERPT_CUT = "excerpt_cut"
EXCERPT_FUNCTION_WORD = "excerpt_function_word"
EXCERPT_UNBALANCED = "excerpt_unbalanced"
VERB_SAME_LEMMA = "verb_same_lemma"
WORD_UNTAGGED = "word_untagged"
WORD_AMBIGUOUS = "word_ambiguous"
WORD_POS = "word_pos"
WORD_NUMBER = "word_number"
WORD_GENDER = "word_gender"
RULES = (
    EXCERPT_NOT_VERBATIM,
    EXCERPT_SHORT,
    EXCERPT_CUT,
    EXCERPT_FUNCTION_WORD,
    EXCERPT_UNBALANCED,
    VERB_SAME_LEMMA,
    WORD_UNTAGGED,
    WORD_AMBIGUOUS,
    WORD_POS,
    WORD_NUMBER,
    WORD_GENDER,
)

# Words a quote must not end on: articles, prepositions, conjunctions, pronouns and determiners,
# all of which announce more words (folded).
FUNCTION_WORDS = frozenset(
    fold(w)
    for w in (  # noqa: SIM905 -- a list of words reads best as text
        "à au aux avec chez comme contre dans de des du en entre et l la le les leur leurs lequel "
        "laquelle lesquels lesquelles mais ne ni notre nos ou où par parmi pour que qu qui dont "
        "sa sans se ses si son sous sur un une vers y ce cet cette ces afin auprès conformément "
        "notamment selon"
    ).split()
)
# What may follow a quote that ends at a clause boundary: a punctuation mark (French typography
# puts a space before « ; » and « : ») and then a space or the end of the paragraph.
_BOUNDARY_AFTER = re.compile(r"\s?[,;:.](?:\s|$)")
_CLOSING_MARK = re.compile(r"[,;:.]$")
_WORD = re.compile(r"\w")


def words(text: str) -> list[str]:
    """Return the words of ``text``: its space-separated tokens that hold a letter or a digit."""
    return [token for token in text.split() if _WORD.search(token)]


def quoted_text(question: GeneratedQuestion) -> str:
    """Return the source text a question quotes (for a missing word, with the answer put back)."""
    if question.kind is QuestionKind.WORD:
        return question.quote.replace(BLANK, question.correct)
    return question.quote


def ends_at_boundary(quote: str, text: str) -> bool:
    """Whether some occurrence of ``quote`` in ``text`` ends the text or a clause of it."""
    if _CLOSING_MARK.search(quote):
        return True
    start = text.find(quote)
    while start >= 0:
        rest = text[start + len(quote) :]
        if not rest.strip() or _BOUNDARY_AFTER.match(rest):
            return True
        start = text.find(quote, start + 1)
    return False


def violations(question: GeneratedQuestion, resolution: Resolution, lexicon: Lexicon) -> list[str]:
    """Return the names of the rules that ``question`` breaks (each rule at most once)."""
    broken: list[str] = []
    if question.kind in QUOTED_KINDS:
        broken += _excerpt_violations(question, resolution)
    if question.kind is QuestionKind.VERB:
        lemmas = [verb_lemma(choice, lexicon) for choice in question.choices]
        if len(set(lemmas)) != len(lemmas):
            broken.append(VERB_SAME_LEMMA)
    if question.kind is QuestionKind.WORD:
        broken += _word_violations(question, lexicon)
    return broken


def count(
    questions: Iterable[GeneratedQuestion], resolution: Resolution, lexicon: Lexicon
) -> Counter[tuple[str, QuestionKind]]:
    """Return how many questions of each kind break each rule."""
    counts: Counter[tuple[str, QuestionKind]] = Counter()
    for question in questions:
        for rule in violations(question, resolution, lexicon):
            counts[rule, question.kind] += 1
    return counts


def _excerpt_violations(question: GeneratedQuestion, resolution: Resolution) -> list[str]:
    paragraph = resolution.get(question.paragraph_id or "")
    quote = quoted_text(question)
    if paragraph is None or quote not in paragraph.text:
        return [EXCERPT_NOT_VERBATIM]
    broken = []
    # A paragraph shorter than the minimum can only be quoted whole (OP23 has 8 words); a verb
    # question quotes what follows the verb.
    scope = paragraph.text
    if question.kind is QuestionKind.VERB and paragraph.verb:
        scope = scope.removeprefix(paragraph.verb)
    if len(words(quote)) < min(MIN_EXCERPT_WORDS, len(words(scope))):
        broken.append(EXCERPT_SHORT)
    if not ends_at_boundary(quote, paragraph.text):
        broken.append(EXCERPT_CUT)
    last = words(quote)[-1] if words(quote) else ""
    if fold(last.strip(",;:.«»()")) in FUNCTION_WORDS:
        broken.append(EXCERPT_FUNCTION_WORD)
    if quote.count("«") != quote.count("»") or quote.count("(") != quote.count(")"):
        broken.append(EXCERPT_UNBALANCED)
    return broken


def _word_violations(question: GeneratedQuestion, lexicon: Lexicon) -> list[str]:
    answer = lexicon.tags(question.correct)
    others = [lexicon.tags(c) for i, c in enumerate(question.choices) if i != question.answer]
    if not answer or not all(others):
        return [WORD_UNTAGGED]
    broken = []
    if len(answer) > 1 or any(len(tags) > 1 for tags in others):
        broken.append(WORD_AMBIGUOUS)
    # Each check passes when some reading of the distractor fits some reading of the answer, so
    # that an ambiguous word is not counted against the generator for a reading it did not mean.
    # A form that serves both numbers (« pays ») or genders (« durable ») fits either.
    for rule, fits in (
        (WORD_POS, _same_pos),
        (WORD_NUMBER, _same_number),
        (WORD_GENDER, _same_gender),
    ):
        if not all(any(fits(a, d) for a in answer for d in tags) for tags in others):
            broken.append(rule)
    return broken


def _same_pos(answer: Tag, distractor: Tag) -> bool:
    return answer.pos == distractor.pos


def _same_number(answer: Tag, distractor: Tag) -> bool:
    return distractor.number in (answer.number, "")


def _same_gender(answer: Tag, distractor: Tag) -> bool:
    return distractor.gender in (answer.gender, "")
