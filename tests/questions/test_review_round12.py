"""False vote statements found by a reviewer probing the vote route (issue 14, eleventh round).

768 questions by someone who never read the code: 36 statements the record does not warrant. Each
test asserts what a member would read.
"""

import pytest

from bot.core.questions.answer import Intent


@pytest.mark.parametrize(
    "question",
    [
        "france voted no so it supports sanctions?",
        "japan voted no to please the US, yes?",
        "argentina abstained so it doesnt care?",
        "la france a vote contre, elle est donc pour les sanctions, non ?",
        "mdr les usa ont encore vote contre tout",
        "l'argentine a vote pour avant milei non ?",
        "les etats unis sont pour les sanctions du coup ?",
        "la resolution aurait elle ete adoptee sans les voix africaines ?",
        "jusqu'a quand le japon siege au conseil",
        "les 14 qui ont vote contre rejettent la cooperation internationale ?",
        "countries that voted yes support unilateral coercive measures being lifted?",
        "voting yes was voting against the US?",
        "quel pays a fait basculer le vote",
        "la chine a porte la resolution ?",
    ],
)
def test_an_inference_from_a_vote_is_not_confirmed(qa, plain, question):
    # Each had been answered « Oui : … a voté contre » or with a camp's list, as if the record
    # settled the motive, the opinion or the hypothetical.
    answer = qa.answer(question)
    assert not answer.answered
    description = plain.render_answer(answer).description
    assert not description.startswith(("Oui", "Yes"))


@pytest.mark.parametrize(
    "question",
    ["les 14 qui ont voté contre sont qui ?", "la France a voté contre ?", "who voted against?"],
)
def test_the_record_still_answers_who_and_how(qa, question):
    assert qa.answer(question).answered


@pytest.mark.parametrize(
    ("question", "region"),
    [
        ("les latino americains ont vote pour ?", "GRULAC"),
        ("did the latin americans vote yes", "GRULAC"),
        ("les sud americains ont vote comment", "Amérique du Sud"),
    ],
)
def test_latin_and_south_americans_are_a_region_not_the_united_states(qa, plain, question, region):
    description = plain.render_answer(qa.answer(question)).description
    assert region in description
    assert "États-Unis" not in description


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("did albania and kosovo vote no", "Kosovo"),
        ("la france et l'ecosse ont vote contre ?", "Écosse"),
    ],
)
def test_a_place_that_is_no_state_is_named_beside_the_members_votes(qa, plain, question, place):
    description = plain.render_answer(qa.answer(question)).description
    assert f"{place}" in description
    assert "47" in description


@pytest.mark.parametrize(
    "question", ["how did kosovo vote", "la coree a vote comment", "les turcs ont vote comment"]
)
def test_a_lower_case_non_member_is_declined_not_answered_with_the_tally(qa, question):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == "non_membre"


@pytest.mark.parametrize(
    "question",
    [
        "seuls les occidentaux ont vote contre ?",
        "all 14 no votes were from WEOG?",
        "est ce que seuls les pays de l'UE ont vote contre ?",
    ],
)
def test_only_a_group_lists_the_whole_camp(qa, plain, question):
    # The group's tally alone left Japan, Georgia and the others unsaid, as if « seuls » held.
    description = plain.render_answer(qa.answer(question)).description
    assert "Japon" in description
    assert "Géorgie" in description


def test_the_general_assembly_did_not_adopt_this_text(qa):
    answer = qa.answer("la resolution a ete adoptee par l'assemblee generale 31 voix contre 14 ?")
    assert not answer.answered
    assert answer.intent is not Intent.VOTE


def test_a_cited_resolution_adopted_by_the_assembly_is_still_answered(qa):
    answer = qa.answer("quand la résolution 70/1 a été adoptée par l'Assemblée générale ?")
    assert answer.answered
    assert "PP2" in answer.citations
