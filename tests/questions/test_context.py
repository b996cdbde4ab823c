"""Long chat messages: sentences of context before the question, and the readings they exposed.

Found in the seventh round's tuning batches (AZ, long messages; ZG–ZJ, promoted): the asker's
context (a debate in class, a classmate's claim, a session named) read as a kind the text cannot
answer, or drowned the question's words.
"""

import pytest

from bot.core.questions.answer import Intent
from bot.core.questions.question import question_part


def test_the_question_part_starts_at_the_first_question():
    message = "Ma sœur fait du droit. Elle dit que l'ONU s'en fiche. Le texte en parle ? genre un exemple"
    assert question_part(message) == "Le texte en parle ? genre un exemple"


@pytest.mark.parametrize(
    "message",
    [
        "que dit le texte sur la dette ? ma prof veut un résumé.",  # opens with its question
        "Le texte parle de la dette. Je dois le résumer.",  # asks nothing
        "la dette",
    ],
)
def test_no_question_part_without_context_before_a_question(message):
    assert question_part(message) is None


@pytest.mark.parametrize(
    ("message", "cited"),
    [
        (
            "On a eu un gros débat en TD hier et un pote jure que l'ONU ne parle jamais du terrorisme. "
            "Est-ce que la résolution évoque le terrorisme ?",
            "OP14",
        ),
        (
            "My flatmate says the UN only cares about rich countries and their debates. "
            "What does the resolution say about the debt of developing countries?",
            "PP15",
        ),
        (
            "Mon binôme pense que le Haut-Commissaire n'a rien à faire, moi non. "
            "Le texte dit quoi du nouveau rapport du Haut-Commissaire sur la coopération internationale ?",
            "OP33",
        ),
    ],
)
def test_a_question_after_context_is_answered(qa, message, cited):
    answer = qa.answer(message)
    assert answer.answered
    assert cited in answer.citations
    assert answer.question == message  # the title echoes the whole message


@pytest.mark.parametrize(
    "message",
    [
        # The kind is in the question itself: still declined.
        "On lit la résolution en TD depuis une heure. Pourquoi la France a-t-elle voté contre ?",
        "Notre prof nous a parlé des séminaires régionaux. Est-ce qu'ils ont vraiment eu lieu ?",
        "My law professor talked about the debt paragraph. Is this resolution binding on states?",
    ],
)
def test_a_kind_asked_after_context_is_still_declined(qa, message):
    assert not qa.answer(message).answered


def test_a_country_named_in_the_context_is_not_dropped(qa):
    """ "My country is Kenya. Did we vote for it?": Kenya is no member, whatever the tally says."""
    answer = qa.answer("My country is Kenya. Did we vote for this resolution?")
    assert answer.intent is Intent.VOTE
    assert answer.reason == "non_membre"


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # "against racism" is no vote against the text (the gloss drops the article).
        (
            "The preamble mentions a world conference against racism in South Africa. When was it held?",
            "PP10",
        ),
        # Another text's adoption is not this resolution's.
        ("What is the 2030 Agenda they mention at the start, and when was it adopted?", "PP2"),
        # A conference the text dates: « a eu lieu quand » is answered, not news since.
        ("la conférence de Vienne elle a eu lieu quand ?", "PP1"),
    ],
)
def test_content_questions_not_misread(qa, question, cited):
    answer = qa.answer(question)
    assert answer.intent is not Intent.VOTE
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    "question",
    [
        "les séminaires régionaux ont-ils vraiment eu lieu ?",
        "où ont eu lieu les séminaires régionaux ?",
        "Does the resolution say it is binding?",
        "can states be sanctioned for not applying it?",
        "la DUDH a été adoptée quand ?",
    ],
)
def test_what_the_text_does_not_say_is_declined(qa, question):
    answer = qa.answer(question)
    assert not (answer.intent is Intent.VOTE and answer.answered)
    if "DUDH" not in question:
        assert not answer.answered


@pytest.mark.parametrize(
    "question",
    [
        "Les pays qui ont voté contre avaient-ils proposé des amendements avant ?",
        "Qui a pris la parole pour expliquer le vote du Japon ?",
        "combien de fois l'Allemagne a voté contre ce genre de texte ?",
        "l'année dernière la France avait voté comment sur cette résolution ?",
        "je représente Cuba : c'est quoi notre position officielle sur la dette ?",
    ],
)
def test_what_the_record_does_not_hold_is_no_vote_statement(qa, question):
    """The drafting, its speakers, other years and a delegation's line: the record holds none."""
    assert not qa.answer(question).answered


@pytest.mark.parametrize(
    "message",
    [
        # Found in review: the context holds what the question refers to, so it is not read alone.
        "J'ai lu la résolution 55/3 hier. Elle a été adoptée par combien de voix ?",
        "La DUDH date de 1948. Elle a été adoptée par combien de voix ?",
        "The General Assembly adopted something similar. Who voted against it?",
        "The 59th session already happened. What was decided there?",
        "L'OTAN est contre. Ses membres ont voté quoi ?",
        "Franchement le paragraphe 30 est le meilleur à mon avis. Il demande quoi ?",
        "Le Haut-Commissaire actuel est nul selon moi. Qu'est-ce qu'on lui demande ?",
        "The seminars already took place last year. Where were they held?",
        "Les fonds volontaires sont vides aujourd'hui d'après Le Monde. Qui doit les remplir ?",
        "My country is not on the Council. Which countries are?",
    ],
)
def test_a_question_referring_to_its_context_is_not_read_alone(qa, message):
    assert not qa.answer(message).answered


def test_a_long_question_after_context_is_not_read_twice(qa):
    """The question part is read alone only up to QUESTION_PART_MAX characters (the cost bound)."""
    from bot.core.questions.router import QUESTION_PART_MAX

    question = "Est-ce que la résolution évoque le terrorisme ? " + "genre vraiment " * 20
    assert len(question) > QUESTION_PART_MAX
    short = qa.answer("On a eu un gros débat en TD. Est-ce que la résolution évoque le terrorisme ?")
    long = qa.answer("On a eu un gros débat en TD. " + question)
    assert short.answered
    assert not long.answered


@pytest.mark.parametrize(
    ("question", "choice"),
    [
        # "against" with a resolution, an adoption or a country is a vote.
        ("Is France against resolution 56/2?", "contre"),
        ("l'Allemagne était contre adoption du texte ?", "contre"),
        # « programme » alone is no other text: « la réso sur le programme de coopération ».
        ("la réso sur le programme de coopération a été adoptée comment ?", None),
    ],
)
def test_vote_questions_stay_votes(qa, question, choice):
    answer = qa.answer(question)
    assert answer.intent is Intent.VOTE
    assert answer.answered
    if choice is not None:
        assert answer.members[0].vote.value == choice


def test_binding_is_declined_only_of_the_text(qa):
    assert qa.answer("la résolution est-elle contraignante ?").reason == "sanctions"
    assert qa.answer("Does the text call for non-binding measures?").reason != "sanctions"
    assert qa.answer("le texte parle de mesures coercitives contraignantes ?").reason != "sanctions"


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # A cited document named in passing, then a member's vote: the vote route answers.
        ("La conférence de Vienne a eu lieu en Autriche, donc l'Autriche a voté pour ?", "non_membre"),
        ("Le préambule cite Durban : l'Afrique du Sud a voté comment ?", ""),
    ],
)
def test_a_vote_after_a_cited_document_is_the_vote(qa, question, reason):
    answer = qa.answer(question)
    assert answer.intent is Intent.VOTE
    assert answer.reason == reason


def test_a_vote_on_a_cited_document_is_not_this_record(qa):
    answer = qa.answer("How did Germany vote on the Durban Declaration?")
    assert not (answer.intent is Intent.VOTE and answer.answered)


@pytest.mark.parametrize(
    ("question", "reason", "choice"),
    [
        # Found in BB (English vote chat): nicknames, a country the glossary had read as its city,
        # "in favour" without a vote word.
        ("les Ricains ont voté contre ou pas ?", "", "contre"),
        ("how did the Brits vote on 56/2?", "non_membre", None),
        ("the Swiss must have voted, right? Which way?", "non_membre", None),
        ("Uganda hosted the summit in the text. Did Uganda vote for the resolution?", "non_membre", None),
        ("Qatar and Kuwait, both in favour?", "", "pour"),
    ],
)
def test_english_vote_chat_is_read_as_the_vote(qa, question, reason, choice):
    answer = qa.answer(question)
    assert answer.intent is Intent.VOTE
    assert answer.reason == reason
    if choice is not None:
        assert answer.members[0].vote.value == choice


def test_uganda_is_kampala_only_for_the_summit(qa):
    """The summit PP9 places in Kampala is found by its country; Uganda names no other passage."""
    assert "PP9" in qa.answer("when was the summit in Uganda?").citations
    assert qa.answer("est-ce que l'Ouganda finance les fonds ?").reason == "pays_cites"


@pytest.mark.parametrize(
    ("question", "answered", "reason"),
    [
        # Found in ZO, read after it was measured (its measure stands in the closing note).
        (
            "Did this resolution get more yes votes than the previous one on the same topic?",
            False,
            "autre_session",
        ),
        (
            "Le texte cite-t-il nommément les pays qui imposent des sanctions unilatérales ?",
            False,
            "pays_cites",
        ),
        # « Montréal » shows nothing of a vote (« montre »); « le débat de jeudi » is the class's.
        ("et le Canada il a voté quoi ? on a une amie de Montréal qui demande", False, "non_membre"),
        ("on prépare le débat de jeudi : le texte dit quoi de la coopération Sud-Sud ?", True, ""),
        (
            "Does the text mention the plan adopted in Argentina's capital about developing countries "
            "helping each other with know-how?",
            True,
            "",
        ),
    ],
)
def test_readings_found_in_the_outside_batch(qa, question, answered, reason):
    answer = qa.answer(question)
    assert answer.answered is answered
    assert answer.reason == reason
