"""Mends of issue 14's fourteenth round, read from last round's blind batches once they joined tuning.

Each asserts what a member would see: the member's vote, the fact asked, the paragraph quoted, or
a decline and its reason.
"""

import pytest


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # What the asker will do with the answer names no subject: « pour Cuba » is the asker's
        # delegation (had been « pays cités »), « pour l'Inde » no vote (had been India's vote).
        (
            "est-ce que le texte parle des sanctions qu'un pays impose tout seul à un autre? j'veux citer "
            "le bon paragraphe pour Cuba",
            "OP8",
        ),
        (
            "y a tu qqch sur la science pis le droit de tout le monde de profiter des avancées "
            "scientifiques? ça ferait une bonne ligne pour l'Inde",
            "OP28",
        ),
        # (« discours » of the asker's delegation is no debate.)
        ("ya tu un bout sur la mondialisation? jcherche pour le discours de la Malaisie", "OP10"),
        # « pis » is the Québécois « and then », no word of the subject.
        ("la res qui a cree le CDH cest laquelle pis de quand", "PP23"),
    ],
)
def test_a_purpose_after_the_question_is_the_askers(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


def test_chu_is_the_askers_role(qa, plain):
    # « chu » (Québécois « je suis ») le délégué du Canada: the asker's role, no statement asked.
    answer = qa.answer(
        "yo la gang chu le délégué du Canada pour la simul du CDH vendredi pis j'écris mon discours "
        "d'ouverture à soir... le Canada a-tu voté pour ou contre la 56/2 pour vrai?"
    )
    assert answer.reason == "non_membre"
    assert "pas membre" in plain.render_answer(answer).description


@pytest.mark.parametrize(
    ("question", "said", "unsaid"),
    [
        # A fact set aside is not asked (had been the distribution date, or declined).
        (
            "elle a été adoptée quand exactement, la résolution? genre la date du vote, pas la date de "
            "distribution",
            "10 juillet 2024",
            "Distribuée",
        ),
        (
            "qqn peut me dire a quelle seance ca a ete adopte ? le numero de la seance pas la session",
            "34e séance",
            "Cinquante-sixième",
        ),
        # The asker's label and « sous quel point » take no fact away (the session had been left out).
        (
            "Pour la fiche : la résolution 56/2 a été adoptée lors de quelle session du Conseil et sous "
            "quel point de l'ordre du jour ?",
            "Cinquante-sixième session",
            "Distribuée",
        ),
    ],
)
def test_the_facts_asked_and_only_those(qa, plain, question, said, unsaid):
    answer = qa.answer(question)
    assert answer.answered
    text = plain.render_answer(answer).description
    assert said in text
    assert unsaid not in text


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # What a camp gives: money, which the record does not hold (had listed the 14 against).
        ("les pays qui ont voté contre, y donnent combien au fonds pour l'EPU?", "hors_vote"),
        ("how much did the countries that voted no give to the fund?", "hors_vote"),
        # Who pays most, after another document: no country named outside the vote.
        ("quels pays ont versé le plus au fonds d'après le rapport A/HRC/55/78 ?", "pays_cites"),
        # An organisation the text never names, beside one it does.
        ("c'est quoi la difference entre le HCDH et le HCR ?", "pays_cites"),
        # A cited text's content in detail (PP7 names it, and says nothing of what it holds).
        ("Que contient concrètement le Plan d'action de Buenos Aires ?", "autre_document"),
        # The members of a set the text only counts, and who hosts what it asks for.
        ("Which five geographic regions are the seminars supposed to cover? list them", "liste"),
        ("Which of the five regional seminars is scheduled first, and for which region?", "liste"),
        (
            "Which country is hosting the first regional seminar on North-South / South-South cooperation?",
            "liste",
        ),
    ],
)
def test_what_the_text_does_not_hold_is_declined(qa, question, reason):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == reason


def test_two_documents_named_are_a_list(qa):
    # « ses résolutions 46/14 … et 49/25 »: the two asked for, named by their symbols.
    answer = qa.answer(
        "Which two earlier Council resolutions on fair access to COVID-19 vaccines does the preamble recall?"
    )
    assert answer.answered
    assert "PP12" in answer.citations
