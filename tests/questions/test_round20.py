"""Mends of issue 14's nineteenth round, read from last round's blind batches once they joined tuning.

Each asserts what a member would see: the paragraph quoted, the vote, or a decline and its
reason. The wordings are new, not the batches' own.
"""

import pytest


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # A Model UN role names the asker's country, not the question's subject.
        ("Je joue le Venezuela. On veut dénoncer les mesures coercitives unilatérales, quel para ?", "OP8"),
        ("j'incarne l'Indonésie et je veux parler de la dette des pays pauvres, c'est où ?", "PP15"),
        ("Je suis la Bolivie et je veux dire que l'aide technique doit venir à la demande des États", "OP19"),
        ("I'm playing Pakistan: which paragraph talks about religious intolerance?", "OP3"),
        ("I'm Vietnam and we want to talk about terrorism. Anything in the text?", "OP14"),
    ],
)
def test_a_model_un_role_is_no_subject(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


def test_a_roles_own_stance_is_argued_from_the_text(qa):
    # « notre système » is the role's stance: the text is searched, no vote is given.
    answer = qa.answer("Je joue Cuba, je veux dire que nul ne doit s'ingérer dans notre système politique")
    assert answer.answered
    assert "OP13" in answer.citations
    assert not answer.members


@pytest.mark.parametrize(
    ("question", "country", "vote"),
    [
        ("je joue la France, on a voté comment ?", "France", "contre"),
        ("I'm playing Chile, how did we vote?", "Chili", "pour"),
    ],
)
def test_a_roles_vote_is_its_countrys(qa, question, country, vote):
    answer = qa.answer(question)
    assert answer.answered
    assert [(m.country, m.vote.value) for m in answer.members] == [(country, vote)]


@pytest.mark.parametrize(
    "question",
    [
        # The role's own country asked of the text: no paragraph names it.
        "Je joue le Mali, notre pays est cité dans le texte ?",
        # A first name after « je suis » is no role.
        "je suis Maurice, la résolution parle de Maurice ?",
    ],
)
def test_a_roles_country_named_in_the_text_is_declined(qa, question):
    answer = qa.answer(question)
    assert not answer.answered


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("wah di text seh bout vaccines?", "PP12"),
        ("Which paragraph dem talk bout debt inna?", "PP15"),
        ("dey say anything bout di good-neighbourliness ting?", "PP18"),
    ],
)
def test_caribbean_english_spellings_are_read(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


def test_caribbean_english_spellings_are_not_read_in_french(qa):
    # « un bout sur la mondialisation »: French « bout » stays a French word.
    answer = qa.answer("ya un bout sur la mondialisation dans le texte ?")
    assert answer.answered
    assert "OP10" in answer.citations


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("kel paragraphe parle de la dette ?", "PP15"),
        ("ya un para ki di la coopération c pa juste la réciprocité ?", "PP18"),
    ],
)
def test_antillean_spellings_are_read(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    ("question", "cited", "title"),
    [
        ("c'est quoi le titre de la 41/128 ?", "PP5", "Déclaration sur le droit au développement"),
        ("what is resolution 70/1 called?", "PP2", "Transformer notre monde"),
    ],
)
def test_a_cited_documents_title_is_quoted_where_the_text_gives_it(qa, plain, question, cited, title):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations
    assert title in plain.render_answer(answer).description


def test_a_cited_documents_title_the_text_does_not_give_is_declined(qa):
    # PP4 dates 77/213 and names no title.
    assert not qa.answer("quel est l'intitulé de la résolution 77/213 ?").answered


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("le programme adopté dans la capitale argentine en 1978, c'est quel alinéa ?", "PP7"),
        ("the declaration adopted in the Austrian capital in 1993?", "PP1"),
        ("le programme d'action de la capitale éthiopienne, il est cité où ?", "PP3"),
    ],
)
def test_a_capital_for_its_city(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    "question",
    [
        "Kampala, c'est la capitale de quel pays ?",
        "Buenos Aires is in which country?",
        "Vienne se trouve dans quel pays ?",
    ],
)
def test_where_a_city_is_is_declined(qa, question):
    assert not qa.answer(question).answered


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # The wording asked (« en quels termes ») and kinds a paragraph lists are no names asked.
        ("En quels termes exactement l'OP16 énonce-t-il ses principes ?", "OP16"),
        ("In what words exactly does paragraph 29 describe the kinds of cooperation?", "OP29"),
    ],
)
def test_the_wording_asked_exactly_is_a_quote(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


def test_a_count_bounded_by_a_paragraph_is_the_structure(qa, plain):
    answer = qa.answer("Combien y a-t-il d'alinéas avant le paragraphe 1 ?")
    assert answer.answered
    assert "33" in plain.render_answer(answer).description


def test_a_count_with_the_part_between_is_the_structure(qa, plain):
    answer = qa.answer("Combien le préambule contient-il d'alinéas ?")
    assert answer.answered
    assert "33" in plain.render_answer(answer).description


def test_first_request_or_again_is_the_paragraphs_own_verb(qa, plain):
    # « Prie à nouveau » answers it; a first request alone is still declined (the text has no history).
    answer = qa.answer("L'OP30, c'est la première demande de séminaires ou une demande répétée ?")
    assert answer.answered
    assert "Prie à nouveau" in plain.render_answer(answer).description
    assert not qa.answer("Quand le Conseil a-t-il fait la première demande de séminaires ?").answered


@pytest.mark.parametrize(
    "question",
    [
        "Dans son explication de vote, l'Allemagne a-t-elle critiqué le paragraphe 5 ?",
        "In its explanation of vote, did Japan object to OP8?",
    ],
)
def test_an_explanation_of_vote_about_a_paragraph_is_declined(qa, question):
    # What a delegation said of a paragraph: neither the paragraph nor its vote.
    answer = qa.answer(question)
    assert not answer.answered
    assert not answer.members


@pytest.mark.parametrize(
    "question",
    [
        "how did the African Group split?",
        "le groupe Asie-Pacifique a voté comment, comme l'Inde ?",
        "did WEOG vote all no, like Germany?",
    ],
)
def test_a_groups_split_and_a_member_beside_it_is_the_groups_breakdown(qa, question):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.tallies
    assert len(answer.tallies) == 1


def test_a_non_member_beside_a_group_is_still_said(qa, plain):
    # Canada has no seat: the group's breakdown would leave that unsaid.
    answer = qa.answer("le Canada a voté contre comme le groupe occidental et l'Allemagne ?")
    said = plain.render_answer(answer).description
    assert "Canada" in said
    assert "pas membre" in said or "n'est pas membre" in said
