"""Findings of the fifth round's review, each with the input that showed it."""

import pytest

from bot.core.questions.answer import Intent, VoteScope
from bot.core.questions.question import read_question


@pytest.mark.parametrize(
    ("question", "country"),
    [
        ("j'ai une question sur la Chine, elle a voté pour ?", "Chine"),
        ("c'est pour mon exposé sur la Malaisie, elle a voté pour ?", "Malaisie"),
        ("Je représente la France, elle a voté comment ?", "France"),
        ("I represent Chile, how did it vote?", "Chili"),
    ],
)
def test_a_clause_naming_the_member_is_never_dropped(qa, question, country):
    answer = qa.answer(question)
    assert answer.scope is VoteScope.COUNTRY
    assert [m.country for m in answer.members] == [country]


@pytest.mark.parametrize(
    "raw",
    [
        "j'ai un doute sur le paragraphe 33, c'est quelle session ?",
        "je dois résumer l'OP8, tu peux m'aider ?",
        "je dois présenter le PP9, il parle de quelle conférence ?",
        "il faut que je sache si l'Inde a voté pour, et le Japon ?",
        "je dois savoir le vote de la France, et aussi celui du Brésil",
    ],
)
def test_a_clause_that_opens_the_question_or_names_a_paragraph_is_kept(raw):
    assert read_question(raw).typed == raw


@pytest.mark.parametrize(
    ("question", "paragraph"),
    [
        ("que dit l'OP20 à propos du rapport annuel ?", "OP20"),
        ("que dit le paragraphe 32 concernant le rapport du Haut-Commissaire ?", "OP32"),
        ("que prévoit le paragraphe 33 pour le rapport ?", "OP33"),
        ("what does OP20 say regarding the annual report?", "OP20"),
    ],
)
def test_this_texts_paragraph_on_a_report_is_no_other_documents_content(qa, question, paragraph):
    answer = qa.answer(question)
    assert answer.answered
    assert paragraph in answer.citations


@pytest.mark.parametrize(
    "question",
    [
        "is it right that France voted against?",
        "c'est une erreur ou le paragraphe 3 cite bien l'Article premier ?",
        "in your view, which paragraph is about debt?",
    ],
)
def test_a_fact_check_is_no_opinion(qa, question):
    answer = qa.answer(question)
    assert answer.reason != "opinion"
    assert answer.answered


@pytest.mark.parametrize(
    "question",
    [
        "how did India vote, cause I need it",
        "le Brésil a voté pour ou contre, pcq j'ai un doute",
        "was Germany against? they condemned it",
    ],
)
def test_the_askers_because_or_a_members_words_leave_a_vote_question_answered(qa, question):
    answer = qa.answer(question)
    assert answer.intent is Intent.VOTE
    assert answer.answered


def test_a_reports_due_session_is_answered_not_declined_as_a_session_date(qa):
    answer = qa.answer("le rapport est dû quand, à la 59e session ?")
    assert answer.answered
    assert "OP33" in answer.citations
