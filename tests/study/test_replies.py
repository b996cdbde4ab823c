"""The study replies say what the service returned: verbatim quotes, every choice, escaped user text."""

from datetime import timedelta
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
        card = replies.quiz_question(question).description
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


async def test_replies_question_counts_down_then_marks_its_answer(study, service, clock):
    """Open: a Discord countdown to its time limit. Closed: each choice's count, the right one marked."""
    discord = StudyReplies(Renderer(TEMPLATES, markup=True), service.resolution.metadata)
    _, question = await study.start_quiz(GUILD, CHANNEL, STARTER, count=2, seed=8, seconds=45)
    deadline = int((clock() + timedelta(seconds=45)).timestamp())
    open_card = discord.quiz_question(question).description
    assert open_card.endswith(f"Réponse révélée <t:{deadline}:R>.")
    right, wrong = question.body.answer, (question.body.answer + 1) % len(question.body.choices)
    for user, choice in ((7, right), (8, wrong), (9, wrong)):
        await study.answer(GUILD, question.id, user, choice)
    reveal = await study.close_question(GUILD, question.id)
    closed = discord.quiz_question(reveal.question, reveal).description
    letters = "ABCD"
    assert f"**{letters[right]} · {question.body.correct}\u00a0: 1 ✓**" in closed.splitlines()
    assert f"{letters[wrong]} · {question.body.choices[wrong]}\u00a0: 2" in closed.splitlines()
    assert closed.endswith(f"Question close · 3 réponses · bonne réponse\u00a0: {letters[right]}.")
    assert "<t:" not in closed
    later = discord.quiz_question(reveal.next_question).description
    assert "ou dès que tous ceux qui ont répondu à la question précédente auront répondu." in later


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
