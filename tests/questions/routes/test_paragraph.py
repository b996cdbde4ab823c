"""Paragraph references typed inside a question, and paragraphs the text does not have."""

import pytest

from bot.core.questions.answer import Intent


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("Que dit le §29 ?", ["OP29"]),
        ("que dit op 12", ["OP12"]),
        ("et le pp 7 ?", ["PP7"]),
        ("Que dit l'alinéa 4 ?", ["PP4"]),
        ("Que dit le paragraphe 2 du préambule ?", ["PP2"]),
        ("Que dit la note 2 ?", ["FN2"]),
        ("Lis-moi les §§ 30-31", ["OP30", "OP31"]),
    ],
)
def test_router_paragraph_references(qa, question, ids):
    """References typed inside a sentence name the right segments."""
    answer = qa.answer(question)
    assert answer.intent is Intent.PARAGRAPH
    assert [p.id for p in answer.paragraphs] == ids


def test_router_unknown_paragraph_is_declined_with_bounds(plain):
    """A paragraph the text does not have is declined, naming the valid range."""
    answer = plain.questions.answer("Que dit le paragraphe 52 ?")
    assert not answer.answered
    assert answer.reason == "paragraphe_inconnu"
    assert "1 à 37" in plain.render_answer(answer).description


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("Que disent les §29 et PP3 ?", ["OP29", "PP3"]),
        ("pp 5 et op 7", ["PP5", "OP7"]),
        ("compare 29 et 31", ["OP29", "OP31"]),
        ("que disent les paragraphes 21 à 23", ["OP21", "OP22", "OP23"]),
        ("Que dit l'article 23 ?", ["OP23"]),
        ("que dit le 29", ["OP29"]),
        ("what does paragraph 29 say", ["OP29"]),
        ("what does the last operative paragraph say", ["OP37"]),
        # English lists join with « and »; « entre … et » and "between … and" span.
        ("What do operative paragraphs 35 and 36 recall?", ["OP35", "OP36"]),
        ("what's in paragraphs 5 and 6 and 7?", ["OP5", "OP6", "OP7"]),
        ("que disent les paragraphes entre 20 et 23 ?", ["OP20", "OP21", "OP22", "OP23"]),
        ("what is said between paragraphs 30 and 32?", ["OP30", "OP31", "OP32"]),
        # Compared or linked, « entre » names two.
        ("c quoi la différence entre les paragraphes 8 et 13 ?", ["OP8", "OP13"]),
        ("quel lien entre les paragraphes 8 et 13 ?", ["OP8", "OP13"]),
    ],
)
def test_router_reference_lists_and_ranges(qa, question, ids):
    """Lists read as lists (« et »), spans as spans (« à »), as /paragraphe reads them."""
    answer = qa.answer(question)
    assert answer.intent is Intent.PARAGRAPH
    assert [p.id for p in answer.paragraphs] == ids


@pytest.mark.parametrize(
    "question",
    [
        "Que dit l'Accord de Paris sur la limite de 1,5 °C ?",
        "la résolution a été adoptée le 10 juillet ?",
        "c'est quoi la 56/2",
        "que dit le texte sur les 31 voix pour",
    ],
)
def test_router_numbers_that_are_not_paragraphs(qa, question):
    """Decimals, dates, symbols and counts are not paragraph references."""
    assert qa.answer(question).intent is not Intent.PARAGRAPH


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("que dit le 3e alinéa", ["PP3"]),
        ("le troisième paragraphe du préambule", ["PP3"]),
        ("que dit le vingt-deuxième paragraphe", ["OP22"]),
        ("the 5th preambular paragraph", ["PP5"]),
        ("le deuxième considérant", ["PP2"]),
        ("que dit la 2e note", ["FN2"]),
    ],
)
def test_router_ordinal_references(qa, question, ids):
    """Ordinals, in figures or words, name paragraphs as numbers do."""
    assert [p.id for p in qa.answer(question).paragraphs] == ids


@pytest.mark.parametrize(
    "question",
    ["c'est quoi les 5 régions ?", "que disent les 17 objectifs", "c'est quoi les 3 types de coopération"],
)
def test_a_number_before_a_noun_counts_things(qa, question):
    """« les 5 régions » counts regions: no paragraph 5 is quoted."""
    answer = qa.answer(question)
    assert answer.intent.value != "paragraphe"


def test_a_bare_number_before_a_connector_is_a_paragraph(qa):
    """« que dit le 29 sur la coopération » and « compare 29 et 31 » still name paragraphs."""
    assert qa.answer("que dit le 29 sur la coopération").citations == ["OP29"]
    assert qa.answer("compare 29 et 31").citations == ["OP29", "OP31"]


def test_a_symbol_asked_brings_the_footnote(qa):
    """« la cote du rapport cité au §32 »: OP32 and the footnote that holds the symbol."""
    answer = qa.answer("quelle est la cote du rapport cité au §32 ?")
    assert answer.citations == ["OP32", "FN5"]
    assert qa.answer("que dit le §32 ?").citations == ["OP32"]


def test_which_countries_in_a_paragraph_that_names_none_is_declined(qa):
    """« le §8 vise quels pays ? »: outside the vote, the text names no country."""
    answer = qa.answer("le §8 vise quels pays ?")
    assert (answer.answered, answer.reason) == (False, "pays_cites")


def test_le_n_et_le_m_is_a_list_of_paragraphs(qa):
    """« le 24 et le 25 ils demandent koi ? »: OP24 and OP25, the article repeated."""
    answer = qa.answer("le 24 et le 25 ils demandent koi aux États ? jvois pas la diff")
    assert answer.answered
    assert answer.citations[:2] == ["OP24", "OP25"]


@pytest.mark.parametrize(
    ("question", "paragraph"),
    [
        ("Combien de pays ont fourni des vaccins contre la COVID-19 selon le PP14 ?", "PP14"),
        ("How many days does OHCHR have to process a request for assistance under OP22?", "OP22"),
        ("Avant quelle date les États doivent-ils verser leurs contributions aux fonds (OP23) ?", "OP23"),
        # English "deadline" is glossed as « date limite » before the thesaurus could read it as
        # the 59th session, which would make every paragraph hold a date.
        ("What's the deadline, in days, for OHCHR to process assistance requests under OP22?", "OP22"),
        ("What deadline does OP23 set for states to pay into the funds?", "OP23"),
        # How often: a period, asked before the « combien » that OP30's « cinq régions » answers.
        ("À quelle fréquence les séminaires du § 30 ont-ils lieu, tous les combien d'années ?", "OP30"),
        ("Combien coûteront les séminaires régionaux prévus au paragraphe 30 ?", "OP30"),
    ],
)
def test_a_count_or_a_deadline_the_named_paragraph_lacks_is_declined_with_it_shown(qa, question, paragraph):
    """A number or a date asked of a paragraph that gives none: offered, not claimed as the answer."""
    answer = qa.answer(question)
    assert (answer.answered, answer.reason) == (False, "hors_paragraphe")
    assert [hit.id for hit in answer.closest] == [paragraph]


def test_a_deadline_the_named_paragraph_gives_is_answered(qa):
    """OP33 names the session the report is due at: a deadline it gives."""
    answer = qa.answer("quel est le délai pour le rapport de l'OP33 ?")
    assert answer.answered
    assert answer.citations == ["OP33"]


def test_a_number_after_a_goal_or_an_item_is_no_paragraph(qa):
    """« Sustainable Development Goal 17 » names a goal, not OP17."""
    answer = qa.answer("Which paragraph mentions Sustainable Development Goal 17 on partnerships?")
    assert answer.intent.value == "recherche"
    assert "OP17" not in answer.citations


def test_which_states_exactly_asks_names_but_which_states_a_kind(qa):
    """OP8 names no State; OP19 says which kind of State assistance goes to."""
    named = qa.answer("Which states exactly does OP8 accuse of imposing unilateral coercive measures?")
    assert (named.answered, named.reason) == (False, "pays_cites")
    kind = qa.answer("Under OP19, to which states should technical assistance be provided?")
    assert kind.answered
    assert kind.citations == ["OP19"]


def test_the_end_of_the_text_is_its_last_paragraph_when_its_words_are_asked(qa):
    answer = qa.answer("la fin du texte elle demande quoi en gros ?")
    assert answer.citations == ["OP37"]
    assert qa.answer("à la fin du texte, qui a voté contre ?").intent.value == "vote"


@pytest.mark.parametrize(
    ("question", "paragraph"),
    [
        ("le paragraphe 8 condamne les États-Unis ?", "OP8"),
        ("which treaty bodies are named in OP34?", "OP34"),
        ("Quelles conférences sur le dialogue des civilisations le §6 salue-t-il exactement ?", "OP6"),
    ],
)
def test_names_a_paragraph_does_not_give_are_declined_with_it_shown(qa, question, paragraph):
    """A country it never names, names of things it only names by kind: offered, not claimed."""
    answer = qa.answer(question)
    assert (answer.answered, answer.reason) == (False, "hors_paragraphe")
    assert [hit.id for hit in answer.closest] == [paragraph]


def test_names_a_paragraph_gives_are_quoted(qa):
    """PP10 names Durban and Geneva: « quelle conférence exactement ? » is answered."""
    answer = qa.answer("Quelle conférence le PP10 rappelle-t-il exactement ?")
    assert answer.answered
    assert answer.citations[0] == "PP10"


@pytest.mark.parametrize(
    "question",
    [
        "Quelles sont les cinq régions géographiques dont parle l'OP30 ?",
        "c koi les 5 regions du para 30 ils les nomment ?",
    ],
)
def test_a_counted_set_to_name_is_declined_where_the_paragraph_names_none(qa, question):
    answer = qa.answer(question)
    assert (answer.answered, answer.reason) == (False, "hors_paragraphe")


@pytest.mark.parametrize(
    ("question", "mentions"),
    [
        ("l'OP3 parle de l'intolérance religieuse ?", True),
        ("est-ce que l'OP26 parle des réfugiés ?", True),
        ("does OP17 talk about the UPR?", True),
        ("le paragraphe 8 parle des sanctions ?", True),  # its everyday words say so
        ("Does OP28 say anything about patents or intellectual property on vaccines?", False),
        ("l'OP14 parle du climat ?", False),
    ],
)
def test_whether_a_named_paragraph_mentions_a_subject(qa, question, mentions):
    answer = qa.answer(question)
    assert answer.answered is mentions
    if not mentions:
        assert answer.reason == "hors_paragraphe"
        assert answer.closest  # the paragraph is offered to judge


def test_between_two_counts_is_no_span(qa):
    """« adoptée entre 31 et 14 voix ? » names no paragraph: two bare numbers are no span."""
    assert qa.answer("adoptée entre 31 et 14 voix ?").intent is not Intent.PARAGRAPH
