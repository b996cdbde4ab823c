"""Mends of issue 14's tenth round, read from last round's blind batches once they joined tuning.

Each asserts what a member would see: the passage quoted, or a decline and its reason.
"""

import pytest

from bot.core.questions.answer import Intent
from bot.core.questions.claims import claim_of


@pytest.mark.parametrize(
    "question",
    [
        "Quel était le résultat du vote sur la même résolution il y a deux ans ?",
        "how did France vote on it two years ago?",
        "la France a voté comment il y a 3 ans ?",
    ],
)
def test_an_earlier_vote_is_not_this_record(qa, question):
    # « il y a deux ans » had been answered with the vote of 10 July 2024.
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == "autre_session"


def test_this_vote_is_still_answered(qa):
    assert qa.answer("La France a voté pour ?").intent is Intent.VOTE


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("Quelle est la date du premier séminaire régional ?", "hors_texte"),
        ("What exact day and month is the High Commissioner's new report due?", "hors_texte"),
        ("Quels sont les dates et les villes prévues pour les séminaires régionaux ?", "liste"),
        ("Quelle longueur doit faire le rapport succinct sur les séminaires ?", "montant"),
        ("Which experts or speakers will be invited to the regional seminars?", "liste"),
        ("qui va parler aux séminaires ?", "liste"),
    ],
)
def test_what_the_text_leaves_to_those_it_asks_is_declined(qa, question, reason):
    # The text asks for seminars and reports; it never dates them, places them, sizes them
    # or names who speaks. These had quoted OP30 and OP31 as if they answered.
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == reason
    assert {"OP30", "OP31", "OP33"} & {h.paragraph.id for h in answer.closest}


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("quelle est la date de la résolution 41/128 ?", None),
        ("Quelle est la date de la Déclaration sur le droit au développement ?", "PP5"),
        ("pour quelle date le rapport doit-il être présenté ?", "OP33"),
        ("qui participe aux séminaires ?", "OP30"),
    ],
)
def test_dates_and_parties_the_text_gives_are_answered(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    if cited is not None:
        assert cited in answer.citations


def test_a_decline_never_says_the_text_asks_nothing(qa, plain):
    # The requests route had read « longueur » as a party and said no paragraph asks anything.
    answer = qa.answer("Quelle longueur doit faire le rapport succinct sur les séminaires ?")
    assert answer.reason != "aucune_demande"
    reply = plain.question("Quelle longueur doit faire le rapport succinct sur les séminaires ?")
    assert "ne formule de demande" not in reply.description
    assert "chiffre" in reply.description or "montant" in reply.description


@pytest.mark.parametrize(
    ("message", "cited"),
    [
        (
            "Un chroniqueur a dit à la radio que l'ONU considère que le mélange des cultures divise "
            "les sociétés. Le texte dit ça ?",
            "PP30",
        ),
        (
            "Un élu a déclaré sur France Info que la résolution protège le droit de chaque pays de "
            "choisir son système politique sans ingérence étrangère. Vrai ?",
            "OP13",
        ),
        (
            "tweet says 'UN resolution makes cooperation on human rights a DUTY for states' - legit or "
            "exagerated?",
            "OP3",
        ),
        ("yo qqn sait ? un mec sur BFM a dit que cette résolution crée un traité sur les pandémies", "PP14"),
    ],
)
def test_a_claim_heard_in_the_media_is_checked_against_the_text(qa, message, cited):
    answer = qa.answer(message)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    "message",
    [
        # What was said is asked, or the text is the one saying: no claim to check.
        "Qu'a déclaré le représentant de la Chine avant le vote ?",
        "Que dit le rapport A/HRC/56/40 du Haut-Commissaire ?",
        "Le texte dit-il noir sur blanc que les punitions économiques décidées par un seul pays sont "
        "contraires au droit international ?",
        "Was Canada among the states that voted against it?",
    ],
)
def test_a_question_about_what_was_said_is_no_claim(message):
    assert claim_of(message) is None


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("Quel article de la Charte des Nations Unies est cité au tout début de la résolution 56/2 ?", "PP1"),
        ("qqn sait quel article de la Charte ils citent tout au début du texte ?", "PP1"),
        ("au tout début, quel texte est cité ?", "PP1"),
    ],
)
def test_the_very_start_of_the_text_is_its_first_paragraph(qa, question, cited):
    # The pattern for « au tout début » held a backspace where « \b » was meant: it never matched.
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    "question",
    [
        "C'est quoi le nom officiel de ce texte, pour mettre en haut de notre fiche de position ?",
        "what's the official name of this resolution?",
    ],
)
def test_the_official_name_is_the_title(qa, question):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.intent is Intent.METADATA


def test_what_the_answer_is_for_weighs_nothing(qa):
    # « on doit en parler pour notre discours » had sunk OP14's match on « terrorisme ».
    answer = qa.answer("le terrorisme est mentionné dans la reso ? on doit en parler pour notre discours")
    assert answer.answered
    assert answer.citations[0] == "OP14"
