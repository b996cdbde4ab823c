"""Mends of issue 14's eleventh round, read from last round's blind batches once they joined tuning.

Each asserts what a member would see: the passage quoted, or a decline and its reason.
"""

import pytest

from bot.core.questions.answer import Intent


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("PP14: there's some deal still being negotiated for future outbreaks, a deal about what?", "PP14"),
        ("is there anything about a global deal on pandemics that countries are still negotiating?", "PP14"),
        ("does the text bring up the big climate deal that was signed in Paris?", "PP3"),
        ("That 1986 UN declaration about development - what did it say countries owe each other?", "PP5"),
    ],
)
def test_a_deal_or_what_a_text_said_is_the_text_not_a_debate(qa, question, cited):
    # « deal » and "did it say" had declined these as debates (backroom deals, speeches).
    answer = qa.answer(question)
    assert answer.answered, answer.reason
    assert cited in answer.citations


@pytest.mark.parametrize(
    "question",
    ["did China make deals to get votes?", "backroom deals before the vote?", "did France say anything?"],
)
def test_deals_for_votes_and_members_speeches_stay_declined(qa, question):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == "debats"


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("considerant 4 : quelle resolution du Conseil lui meme est rappelee, avec sa date ?", "PP4"),
        (
            "le texte il cite quel article de la charte de l'onu au tout debut ? jsp si c l'article 1 ou 55",
            "PP1",
        ),
        ("que dit l'article 29 ?", "OP29"),
    ],
)
def test_considerant_is_a_preambular_paragraph_and_the_charters_articles_are_not_ours(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.citations[0] == cited


def test_a_language_apology_is_not_read_as_france(qa):
    question = (
        "Le PP29 dit que le dialogue doit être fondé sur quels principes ? "
        "sono italiano scusate pour le français"
    )
    answer = qa.answer(question)
    assert answer.answered
    assert answer.citations == ["PP29"]


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("OP21 asks the OHCHR to strengthen dialogue with which countries, and what for?", True),
        ("Quels pays n'alimentent pas les fonds (§21) ?", False),
        ("quels pays ont donné des vaccins contre le covid d'après l'alinéa 14 ?", False),
    ],
)
def test_a_kind_of_state_answers_with_which_countries_not_which_ones_are(qa, question, answered):
    # OP21 describes the States it means (« qui ne versent généralement pas de contributions »):
    # that answers whom the Office talks with, never which States those are.
    assert qa.answer(question).answered is answered


@pytest.mark.parametrize(
    "question",
    [
        "do the Netherlands think this reso is politicized? they voted no so prob yes lol",
        "les Pays-Bas trouvent la résolution politisée ?",
        "la France pense que le texte est politisé ?",
    ],
)
def test_what_a_member_thinks_is_not_its_vote(qa, question):
    # The first had answered the Netherlands' vote: a statement about a vote the question never asked.
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.intent is not Intent.VOTE
    assert answer.reason == "opinion"


def test_where_the_official_text_is_stays_metadata(qa):
    assert qa.answer("Où se trouve le texte officiel ?").intent is Intent.METADATA


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("qui a signé l'accord de Paris ?", "pays_cites"),
        ("combien de pays ont ratifié la convention ?", "pays_cites"),
        ("l'accord de Paris a été signé quand ?", "date"),
        (
            "Considérant 10, pourquoi certains pays occidentaux boycottent les conférences de Durban ?",
            "debats",
        ),
    ],
)
def test_signatories_signing_dates_and_boycotts_are_declined(qa, question, reason):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == reason


def test_a_teachers_likely_question_is_no_subject(qa):
    question = (
        "yo qqn sait c koi la resolution 70/1 qu'ils rappellent au debut ?? le prof va surement demander"
    )
    answer = qa.answer(question)
    assert answer.answered
    assert "PP2" in answer.citations


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("PP12 - did vaccines end up being shared fairly in the end?", "apres_adoption"),
        ("OP29 asks for a compilation of best practices - what are those best practices?", "autre_document"),
        ("Paris Agreement is in PP3 — what's its temperature target?", "autre_document"),
        ("Juridiquement, « Prie » à l'OP31, ça oblige le Secrétaire général ou pas ?", "sanctions"),
        ("who leads the Non-Aligned Movement?", "personne"),
        ("la prochaine conférence de Durban c'est quand ?", "apres_adoption"),
        ("when is the next Durban conference?", "apres_adoption"),
        (
            "When exactly (month and year) will the 63rd session, where the seminar report is due, "
            "take place?",
            "date_session",
        ),
    ],
)
def test_a_paragraph_named_does_not_answer_what_came_after_or_another_texts_content(qa, question, reason):
    # Each named a paragraph (or a meeting the text recalls) and had quoted it as the answer.
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == reason


def test_a_deadline_is_not_a_yearly_report(qa):
    # OP20's « rapport annuel » had been read as the deadline for contributions.
    answer = qa.answer("date limite pour les contributions aux fonds ?")
    assert not answer.answered


@pytest.mark.parametrize(
    "question",
    ["c'etait pendant quelle session du conseil ? la 55e ?", "elle a été adoptée quand ? en 2023 ?"],
)
def test_a_guess_after_the_question_is_settled_by_the_answer(qa, question):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.intent is Intent.METADATA


def test_a_question_for_a_number_is_not_a_guess(qa):
    question = "Quel est le niveau d'endettement des pays en développement selon la résolution ? un chiffre ?"
    assert not qa.answer(question).answered


def test_the_three_camps_summed_are_the_total(qa, plain):
    question = "Au total, combien de membres ont pris part au vote (oui + non + abstentions) ?"
    reply = plain.render_answer(qa.answer(question))
    assert "47" in reply.description


def test_an_influencers_claim_about_a_non_member_is_checked(qa, plain):
    question = "Un influenceur affirme que le Royaume-Uni a voté contre, c'est vérifiable dans le texte ?"
    answer = qa.answer(question)
    assert answer.reason == "non_membre"
    assert "pas membre" in plain.render_answer(answer).description


def test_doubting_words_are_not_the_subject(qa):
    answer = qa.answer("ya un passage sur la dette des pays ou c'est une intox ? 🧐")
    assert answer.answered
    assert answer.citations[0] == "PP15"
