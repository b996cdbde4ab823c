"""The study replies say what the service returned: verbatim quotes, every choice, escaped user text."""

from pathlib import Path

import pytest

from bot.core.errors import UserError
from bot.core.study.models import AnswerOutcome
from bot.core.votes import grammar
from bot.render.study import StudyReplies
from bot.render.templates import Renderer

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
GUILD, CHANNEL, STARTER = 1, 2, 3


@pytest.fixture
def replies(service) -> StudyReplies:
    """Study replies as the console would print them (plain text)."""
    return StudyReplies(Renderer(TEMPLATES, markup=False), service.resolution.metadata)


async def test_replies_question_and_reveal_quote_the_text(study, replies):
    """A question shows its verbatim quote and every choice; the reveal quotes the whole paragraph."""
    _, question = await study.start_quiz(GUILD, CHANNEL, STARTER, count=6, seed=21, part="dispositif")
    while question is not None:
        card = replies.quiz_question(question, 30).description
        assert question.body.quote in card
        for letter, choice in zip("ABCD", question.body.choices, strict=False):
            assert f"{letter} · {choice}" in card
        await study.answer(GUILD, question.id, 7, question.body.answer)
        reveal = await study.close_question(GUILD, question.id)
        shown = replies.quiz_reponse(reveal)
        assert shown.title == f"Réponse\u00a0: {'ABCD'[question.body.answer]} · {question.body.correct}"
        assert reveal.paragraph.text in shown.description
        assert "<@7>" in shown.description
        question = reveal.next_question


async def test_replies_vote_reveal_states_the_record(study, replies, resolution):
    """A vote question's reveal states the recorded vote of the member asked about."""
    _, question = await study.start_quiz(GUILD, CHANNEL, STARTER, count=10, seed=2, theme="vote")
    votes = {m.country: m.vote.value for m in resolution.vote.members}
    while question is not None:
        reveal = await study.close_question(GUILD, question.id)
        text = replies.quiz_reponse(reveal).description
        body = question.body
        member = body.subject if body.kind == "vote_pays" else body.correct
        has = grammar.verb(member, "a", "ont")
        verb = (
            f"{has} choisi l'abstention" if votes[member] == "abstention" else f"{has} voté {votes[member]}"
        )
        # The name takes its article (« le Burundi », « les Maldives »), the verb agrees with it.
        assert f"Vote enregistré\u00a0: {grammar.with_article(member)} {verb}" in text
        question = reveal.next_question


async def test_replies_outcomes_and_leaderboard(study, replies):
    """Each answer outcome has its own private wording; the leaderboard lists members best first."""
    _, question = await study.start_quiz(GUILD, CHANNEL, STARTER, count=1, seed=5)
    titles = {replies.quiz_vote(outcome, question).title for outcome in AnswerOutcome}
    assert titles == {"Réponse enregistrée", "Réponse déjà enregistrée", "Déjà répondu", "Trop tard"}
    assert replies.quiz_vote(AnswerOutcome.ACCEPTED, question).ephemeral
    await study.answer(GUILD, question.id, 8, (question.body.answer + 1) % len(question.body.choices))
    await study.answer(GUILD, question.id, 9, question.body.answer)
    board = replies.classement(await study.leaderboard(GUILD, "tout")).description
    assert board.index("<@9>") < board.index("<@8>")
    assert "1. <@9>\u00a0: 1 bonne réponse sur 1 (100 %)" in board


async def test_replies_hostile_theme_is_inert(study, service):
    """A theme typed with markdown and @everyone comes back escaped in its error."""
    renderer = Renderer(TEMPLATES, markup=True)
    with pytest.raises(UserError) as caught:
        await study.start_quiz(GUILD, CHANNEL, STARTER, theme="**gras** @everyone <@123>")
    text = renderer.error(caught.value).description
    assert "@everyone" not in text
    assert "**gras**" not in text
    assert "<@123>" not in text
