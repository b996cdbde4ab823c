"""Paragraph references as a reviewer typed them (issue 14, eleventh round): each names the
paragraphs a member expects quoted."""

import pytest


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("l'avant dernier paragraphe", ["OP36"]),
        ("second to last paragraph", ["OP36"]),
        ("l'avant-dernier considerant", ["PP32"]),
        ("le dernier paragraphe", ["OP37"]),
        ("le dernier considérant", ["PP33"]),
        ("le 5 du preambule dit quoi", ["PP5"]),
        ("para 17 of the preamble", ["PP17"]),
        ("preambular para 5", ["PP5"]),
        ("5th paragraph of the preamble", ["PP5"]),
        ("parag 24", ["OP24"]),
        ("le 29", ["OP29"]),
        ("29?", ["OP29"]),
        ("et le 13", ["OP13"]),
        ("le 12 c koi", ["OP12"]),
        ("the 29th", ["OP29"]),
        ("le 1 et le 2", ["OP1", "OP2"]),
        ("jai pas compris le 5, tu peux expliquer", ["OP5"]),
        ("paragrpahe 25", ["OP25"]),
        ("pargraph 27", ["OP27"]),
        ("les trois premiers considerants", ["PP1", "PP2", "PP3"]),
        ("les 3 derniers paragraphes", ["OP35", "OP36", "OP37"]),
        ("last two operative paragraphs", ["OP36", "OP37"]),
        ("show me operative paragraphs 30 to 33", ["OP30", "OP31", "OP32", "OP33"]),
        ("paragraphs 5 through 7", ["OP5", "OP6", "OP7"]),
        ("op1 thru op4", ["OP1", "OP2", "OP3", "OP4"]),
        ("ops 21-23", ["OP21", "OP22", "OP23"]),
    ],
)
def test_references_as_students_type_them(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.citations == cited


def test_all_the_footnotes(qa):
    answer = qa.answer("les notes de bas de page")
    assert {"FN1", "FN2", "FN3", "FN4", "FN5"} <= set(answer.citations)


@pytest.mark.parametrize(
    ("question", "not_cited"),
    [
        ("la résolution a été adoptée le 10 juillet ?", "OP10"),
        ("adoptée par 31 voix ?", "OP31"),
        ("la partie 2 du texte parle de quoi ?", "OP2"),
    ],
)
def test_numbers_that_are_not_references_stay_so(qa, question, not_cited):
    # A date, a count and another numbering: the typo and bare-number readings must not take them.
    assert not_cited not in qa.answer(question).citations


@pytest.mark.parametrize(
    "question",
    [
        "where was it adopted",
        "elle a ete adoptee a geneve ?",
        "a quelle heure a ete adoptee la resolution",
        "in which city was the vote",
        "ou s'est tenue la session ?",
    ],
)
def test_the_place_and_hour_of_the_adoption_are_not_given(qa, plain, question):
    # These had been answered with the tally or the session's dates.
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == "lieu"
    assert "10" in plain.render_answer(answer).description


@pytest.mark.parametrize(
    "question",
    [
        "Où s'est tenu le sommet des pays non alignés mentionné dans le préambule, et quand ?",
        "Où et quand s'est tenue la Conférence d'examen de Durban ?",
        "La Suisse a voté ? Le Conseil siège à Genève",
    ],
)
def test_the_meetings_the_text_recalls_keep_their_place(qa, question):
    assert qa.answer(question).reason != "lieu"


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("c'est une resolution de l'AG ou du conseil ?", "Conseil des droits de l'homme"),
        ("who adopted it", "Human Rights Council"),
        ("is this a general assembly resolution", "Human Rights Council"),
        ("c'est quoi le numero de la resolution", "56/2"),
        ("combien de notes de bas de page", "5"),
        ("how many operative paragraphs are there", "37"),
        ("how many preambular paragraphs", "33"),
        ("combien y a t il de paragraphes dans le dispositif", "37"),
        ("was it unanimous", "31"),
    ],
)
def test_facts_about_the_document(qa, plain, question, fact):
    answer = qa.answer(question)
    assert answer.answered
    assert fact in plain.render_answer(answer).description


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("la 59e session c'est quand exactement ?", "date_session"),
        ("un etat peut etre sanctionne s'il respecte pas la resolution ?", "sanctions"),
        ("quelle sera la prochaine resolution sur la cooperation internationale", "apres_adoption"),
        ("le HC a t il deja compile les bonnes pratiques ?", "apres_adoption"),
        ("has the compilation of best practices been done yet", "apres_adoption"),
        ("c'est quoi la difference avec la resolution sur le droit au developpement", "autre_document"),
        ("were more countries in favour than in 2023?", "autre_session"),
    ],
)
def test_later_events_other_texts_and_years_are_declined(qa, question, reason):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == reason


def test_what_the_text_says_to_reject_is_its_text_not_the_no_votes(qa):
    answer = qa.answer("what does the text say we should reject")
    assert answer.answered
    assert "OP7" in answer.citations
