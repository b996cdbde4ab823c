"""The generic words: common words that name no subject, left out of coverage when the text lacks them."""

import pytest

from bot.core.questions.normalise import GENERIC_WORDS, generic_words, wordset
from bot.core.questions.router import QuestionAnswerer

# Words that are the subject of a question, or the sign of one the text cannot answer: never generic.
NEVER = wordset(
    """
vote voted voter votes adopt adopted adopte sponsor sponsored decide decided explain explained
request requested demande demander budget money argent salary salaire president ambassador
delegate delegue fund fonds report rapport treaty traite women femmes climate climat war guerre
yet already deja depuis happened passe currently actuellement exactly exactement contenu
conclusions different later avant apres
"""
)


def test_the_list_is_clean_folded_words_one_a_line():
    """One lower-case word a line, accents folded, no duplicates: what ``normal`` compares with."""
    lines = [
        line for line in GENERIC_WORDS.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
    ]
    assert len(lines) == len(set(lines)) > 2000
    assert all(line.isascii() and line == line.strip().lower() and " " not in line for line in lines)


@pytest.mark.parametrize("word", sorted(NEVER))
def test_subjects_and_signs_of_an_unanswerable_question_are_not_generic(word):
    assert word not in generic_words()


@pytest.mark.parametrize(
    ("question", "paragraph"),
    [
        ("what does real dialogue do for the international human rights system", "PP24"),
        ("le dialogue entre religions ca sert a quoi selon eux", "PP27"),
    ],
)
def test_common_words_the_text_lacks_do_not_sink_a_question(service, question, paragraph):
    """« real », « sert »: common words, not a subject the text lacks."""
    answer = QuestionAnswerer(service).answer(question)
    assert answer.answered
    assert paragraph in answer.citations


def test_a_noun_sharing_a_generic_verbs_stem_stays_a_subject(service):
    """« adapt » is generic, « adaptation » is not: matched on the word typed, not on its stem."""
    evidence = QuestionAnswerer(service).evidence
    assert "adapt" in generic_words()
    assert evidence.generic("l'adaptation au climat") == frozenset()
    assert evidence.generic("how does it describe the review") != frozenset()
