"""The search route and the learned paragraph ranker: a question in the student's own words."""

import pytest

from bot.core.questions.answer import Intent
from bot.core.questions.router import QuestionAnswerer
from bot.core.questions.routes import search as search_route


class _Ranker:
    """Names one paragraph with a given score, whatever the question."""

    def __init__(self, paragraph_id: str, score: float) -> None:
        self.answer = [(paragraph_id, score)]

    def rank(self, question: str, limit: int = 2) -> list[tuple[str, float]]:
        return self.answer[:limit]


def qa_threshold(service) -> float:
    return QuestionAnswerer(service).threshold


def _with_ranker(service, ranker) -> QuestionAnswerer:
    qa = QuestionAnswerer(service)
    qa._search.ranker = ranker
    return qa


# Search finds passages covering 0.11 of it: declined without the ranker; OP8 holds « pays ».
QUESTION = "le texte dit quoi sur les pays qui punissent un autre pays ?"


def test_the_ranker_answers_what_search_finds_too_little_of(service):
    without = _with_ranker(service, _Ranker("OP8", -1.0)).answer(QUESTION)
    assert not without.answered
    ranked = _with_ranker(service, _Ranker("OP8", 0.5)).answer(QUESTION)
    assert (ranked.intent, ranked.answered, ranked.citations) == (Intent.SEARCH, True, ["OP8"])
    assert ranked.coverage >= search_route.RESCUE_SHARE * qa_threshold(service)


def test_the_ranker_alone_never_answers_a_paragraph_without_the_questions_words(service):
    """A confident ranker naming a paragraph that holds none of the question's words is not followed."""
    answer = _with_ranker(service, _Ranker("OP14", 5.0)).answer(QUESTION)
    assert not answer.answered


def test_the_ranker_respects_the_part_named(service):
    answer = _with_ranker(service, _Ranker("OP8", 0.5)).answer("dans le préambule, " + QUESTION)
    assert "OP8" not in answer.citations


def test_the_real_ranker_answers_a_far_paraphrase(qa):
    answer = qa.answer(QUESTION)
    assert answer.answered
    assert answer.citations[0] == "OP8"


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # Traps near the same paragraphs stay declined by their kind, before any ranking.
        (
            "Comment la résolution définit-elle précisément les « mesures coercitives unilatérales » ?",
            "definition",
        ),
        ("ils ont lieu quand les seminaires regionaux ?", "date"),
        ("les seminaires regionaux ils ont lieu ou et quand", "liste"),
        ("Is this resolution better than the 2022 one?", "opinion"),
        (
            "Which states are the targets of the unilateral coercive measures the text complains about?",
            "pays_cites",
        ),
        ("La résolution donne-t-elle une liste d'organisations terroristes ?", "liste"),
        ("Did the regional seminars actually take place after 2024?", "apres_adoption"),
    ],
)
def test_traps_near_a_ranked_paragraph_are_declined(qa, question, reason):
    answer = qa.answer(question)
    assert (answer.answered, answer.reason) == (False, reason)


def test_a_summit_the_text_reports_is_still_answered(qa):
    answer = qa.answer("Where and when did the 19th Non-Aligned Movement summit take place?")
    assert answer.answered


@pytest.mark.parametrize(
    "question",
    # Covered by OP26's paraphrases alone (« fuir »): the ranker agreeing with its own training data.
    ["les gens qui fuient le fisc ?", "people fleeing taxes?", "les gens qui fuient la justice ?"],
)
def test_paraphrases_alone_never_rescue_a_question(qa, question):
    assert not qa.answer(question).answered


def test_a_promoted_paragraph_comes_after_searchs_best(service):
    answer = _with_ranker(service, _Ranker("OP12", 0.5)).answer("le terrain ?")
    assert answer.citations[0] == "OP17"
