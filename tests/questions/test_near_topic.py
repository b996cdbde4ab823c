"""Questions beside a paragraph that it does not answer, found in the seventh round's trap batch
(AX): names the paragraph does not give, an organisation the text never names, what came since."""

import pytest


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # Countries asked of a paragraph that names none.
        ("le paragraphe 8, le texte cite des pays qui imposent ces mesures ?", "pays_cites"),
        ("OP3 pays visés ?", "pays_cites"),
        ("Does OP7 name any countries?", "pays_cites"),
        # A counted set whose members are asked: the text gives the count, not the names.
        ("les cinq régions géographiques, c'est lesquelles ?", "liste"),
        # Organisations the text never names, whatever their domain's paragraph.
        ("Quel est le rôle de l'OMS dans le traité sur les pandémies selon la résolution ?", "pays_cites"),
        ("le texte parle du FMI pour la dette ?", "pays_cites"),
        ("What does the resolution ask of the World Bank?", "pays_cites"),
        # What came of what the text asks or recalls.
        ("les séminaires régionaux, ça a donné quoi ?", "apres_adoption"),
        ("Did the High Commissioner actually set up the compilation of best practices?", "apres_adoption"),
        ("la Sous-Commission a été remplacée ensuite par quoi ?", "apres_adoption"),
    ],
)
def test_a_question_beside_a_paragraph_is_declined(qa, question, reason):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == reason


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # The vote of a grouping is still the vote route's, organisation or not.
        ("qui dans le Conseil est membre de l'Union africaine et a voté pour ?", None),
        # A paragraph that names kinds of countries answers « quels pays ».
        ("quels pays le fonds de l'EPU doit-il aider ?", "PP26"),
        # Five seminars: the count is given.
        ("combien de séminaires régionaux ?", "OP30"),
    ],
)
def test_what_the_text_gives_is_still_answered(qa, question, cited):
    answer = qa.answer(question)
    if cited is None:
        assert answer.reason != "pays_cites"
    else:
        assert answer.answered
        assert cited in answer.citations
