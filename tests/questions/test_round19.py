"""Mends of issue 14's eighteenth round, read from last round's blind batches once they joined tuning.

Each asserts what a member would see: the fact asked, the paragraph quoted, the camp's votes, or
a decline and its reason. The wordings are new, not the batches' own.
"""

import pytest


@pytest.mark.parametrize(
    "question",
    [
        "How did the permanent five vote?",
        "Did the five permanent members vote the same way?",
        "les membres permanents du Conseil de sécurité, ils ont voté quoi ?",
        "vote du P5 stp",
    ],
)
def test_the_permanent_five_are_each_members_vote(qa, plain, question):
    # The Charter names them (Article 23): each one that sat, with its vote, and the others as
    # without a seat, as for the Gulf States or the Benelux.
    answer = qa.answer(question)
    assert answer.answered
    assert {m.country: m.vote.value for m in answer.members} == {
        "Chine": "pour",
        "France": "contre",
        "États-Unis d'Amérique": "contre",
    }
    said = plain.render_answer(answer).description
    assert "Fédération de Russie" in said or "Russian Federation" in said
    assert "Royaume-Uni" in said or "United Kingdom" in said


@pytest.mark.parametrize(
    "question",
    [
        "What should the P5 do under operative paragraph 8?",
        "les membres permanents sont visés par l'OP8 ?",
    ],
)
def test_the_p5_is_named_by_no_paragraph(qa, question):
    # No paragraph names the permanent members (« que dit le P5 ? » is still PP5).
    answer = qa.answer(question)
    assert not answer.answered
    assert "PP5" not in answer.citations


@pytest.mark.parametrize(
    ("question", "country"),
    [
        # "tell us how X voted" and "our position paper" ask the vote, nothing beyond it.
        ("Hello, could you kindly tell us how Malawi voted? It's for our position paper.", "Malawi"),
        ("Delegation of Qatar: please tell us how we voted, we are drafting our position paper", "Qatar"),
    ],
)
def test_asking_to_be_told_a_vote_is_the_vote(qa, question, country):
    answer = qa.answer(question)
    assert answer.answered
    assert [m.country for m in answer.members] == [country]


def test_who_broke_ranks_in_a_group_is_its_breakdown(qa):
    answer = qa.answer("GRULAC: who broke ranks and did not vote yes?")
    assert answer.answered
    assert [t.group.code for t in answer.tallies] == ["GRULAC"]


@pytest.mark.parametrize(
    "question",
    [
        "qui n'a choisi ni oui ni non lors du vote ?",
        "quels membres n'ont voté ni le oui ni le non au moment du vote ?",
    ],
)
def test_neither_yes_nor_no_is_the_abstentions(qa, question):
    answer = qa.answer(question)
    assert answer.answered
    assert {m.country for m in answer.members} == {"Argentine", "République dominicaine"}
