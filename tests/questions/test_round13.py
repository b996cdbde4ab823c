"""Mends of issue 14's twelfth round, read from last round's blind batches once they joined tuning.

Each asserts what a member would see: the member's vote, the camp counted, or a decline and its
reason.
"""

import pytest


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("did China back this one?", "China voted for"),
        ("Est-ce que la France a supporté la résolution ou pas ? je suis pas sûr", "la France a voté contre"),
        ("argentine = ? pr/ctr/abs", "L'Argentine s'est abstenue"),
        ("et y en a eu combien contre du coup ? la prof va surement demander le score du vote", "14 membres"),
    ],
)
def test_a_vote_asked_in_other_words_gets_the_record(qa, plain, question, said):
    # « supporté » (the anglicism), "back", « pr/ctr/abs », « y en a eu combien contre »: each had
    # been declined as outside the text.
    answer = qa.answer(question)
    assert answer.answered
    assert said in plain.render_answer(answer).description


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("quelles ONG ont soutenu le texte pendant les négociations ?", "pays_cites"),
        ("ca a change quoi concretement pour les sanctions contre cuba cette reso ?", "apres_adoption"),
        (
            "La majorité obtenue en 2024 est-elle plus large que celle de l'année précédente sur ce même "
            "texte ?",
            "autre_session",
        ),
    ],
)
def test_what_the_record_cannot_say_is_not_read_as_a_vote(qa, question, reason):
    # Each had been answered from the record: a false statement about a vote.
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == reason


def test_a_purpose_for_a_member_is_no_vote_for(qa):
    question = (
        "Quelle est la meilleure façon pour la France de concilier sanctions et droits de l'homme "
        "selon ce texte ?"
    )
    assert qa.answer(question).intent.value != "vote"


@pytest.mark.parametrize(
    ("question", "said", "unsaid"),
    [
        ("did beijing back this one or nah", "China voted for", "31 for, 14 against"),
        ("Tokyo a voté contre ?", "le Japon a voté contre", "Togo"),
        ("Washington, Londres et Ottawa ont voté contre ?", "Canada n'est pas membre", "Ottawa"),
        ("Moscow and Beijing both voted in favour, right?", "Russian Federation was not a member", "Yes"),
        (
            "Brasilia s'est abstenu je crois, Lula voulait pas se mouiller. c'est bien ça ?",
            "le Brésil a voté pour",
            "Oui",
        ),
    ],
)
def test_a_seat_of_government_stands_for_its_state_in_a_vote(qa, plain, question, said, unsaid):
    description = plain.render_answer(qa.answer(question)).description
    assert said in description
    assert unsaid not in description


@pytest.mark.parametrize("question", ["did the Kremlin back it?", "did Kyiv vote against?"])
def test_a_seat_of_a_state_without_a_seat_is_declined_as_no_member(qa, question):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == "non_membre"


@pytest.mark.parametrize("question", ["Buenos Aires ?", "le plan de Buenos Aires a été voté quand ?"])
def test_a_city_the_text_names_is_its_own(qa, question):
    # The Buenos Aires Plan of Action (PP7) is no government.
    answer = qa.answer(question)
    assert answer.intent.value != "vote"
    assert "PP7" in answer.citations or any(h.paragraph.id == "PP7" for h in answer.closest)


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("que dit le paragraphe vingt-neuf ?", "OP29"),
        ("paragraphe trente et un ?", "OP31"),
        ("what does paragraph twenty-nine say?", "OP29"),
        ("le considérant trois dit quoi", "PP3"),
        ("note cinq ?", "FN5"),
        ("la résolution six sur dix-sept elle demandait quoi au secrétaire général", "PP26"),
        ("la résolution soixante-dix sur un elle s'appelle comment", "PP2"),
    ],
)
def test_a_number_spelled_in_a_reference_is_that_number(qa, question, cited):
    # Dictation and phones spell numbers out; « le considérant trois » had quoted PP21.
    answer = qa.answer(question)
    assert answer.answered
    assert answer.citations[0] == cited


def test_a_spelled_number_outside_a_reference_is_left_alone():
    from bot.core.text.spelled import with_digits

    assert with_digits("le paragraphe un peu long sur les séminaires") == (
        "le paragraphe un peu long sur les séminaires"
    )
    assert with_digits("il y a deux ans") == "il y a deux ans"
    assert with_digits("paragraphe un ?") == "paragraphe 1 ?"


@pytest.mark.parametrize(
    ("question", "lang"),
    [("which HRC session was 56/2 passed at?", "en"), ("le CDH a adopté la résolution quand ?", "fr")],
)
def test_the_language_is_read_as_typed_before_acronyms_are_spelled_out(qa, question, lang):
    # « HRC » written out as « Conseil des droits de l'homme » had made the first French.
    answer = qa.answer(question)
    assert answer.answered
    assert answer.lang == lang


def test_who_wants_the_answer_is_not_the_question(qa, plain):
    answer = qa.answer("ma prof veut la date exacte où ils ont adopté la 56/2, quelqu'un sait ?")
    assert answer.answered
    assert "10 juillet 2024" in plain.render_answer(answer).description


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # « par. 20 » had ended a sentence: « 20 ? » alone was quoted as OP20.
        (
            "Qui préside le Conseil d'administration du Fonds dont le rapport est noté au par. 20 ?",
            "personne",
        ),
        ("Quelle organisation terroriste le paragraphe 14 vise-t-il en particulier ?", "hors_paragraphe"),
        ("Quelles sont les dates précises de la cinquante-neuvième session ?", "date_session"),
    ],
)
def test_what_a_named_paragraph_does_not_say_is_declined(qa, question, reason):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == reason


def test_the_states_a_paragraph_describes_answer_to_which_states(qa):
    answer = qa.answer("Selon le paragraphe 19, l'assistance technique est fournie à quels États ?")
    assert answer.answered
    assert answer.citations == ["OP19"]


@pytest.mark.parametrize(
    "question",
    [
        "how many Council members took part in the recorded vote altogether, abstentions included?",
        "combien de pays ont voté en tout, abstentions comprises ?",
    ],
)
def test_abstentions_included_asks_the_total(qa, plain, question):
    description = plain.render_answer(qa.answer(question)).description
    assert "47" in description


@pytest.mark.parametrize(
    ("question", "said"),
    [("Paris a voté contre ?", "la France a voté contre"), ("Vienne a voté pour ?", "Autriche")],
)
def test_a_city_the_text_names_is_a_government_only_when_it_votes(qa, plain, question, said):
    description = plain.render_answer(qa.answer(question)).description
    assert said in description


@pytest.mark.parametrize(
    "question",
    [
        "le par 26 ca veut dire que les pays riches doivent payer pour le climat ?",
        "does op5 mean socialism",
        "op 17 means the UPR is useless?",
        "le par 14 vise quels groupes terroristes",
        "which terrorist groups is op14 about",
    ],
)
def test_a_reading_of_a_named_paragraph_is_shown_not_confirmed(qa, question):
    # From a probe of confident answers: each had quoted the paragraph as the answer.
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == "hors_paragraphe"


@pytest.mark.parametrize(
    ("question", "cited"), [("que veut dire le paragraphe 5 ?", "OP5"), ("what does op5 mean?", "OP5")]
)
def test_what_a_named_paragraph_says_is_still_quoted(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.citations == [cited]


@pytest.mark.parametrize(
    "question",
    [
        "combien de vaccins ont ete distribues",
        "les vaccins ont ete distribues quand",
        "le fonds a ete distribue quand aux etats",
    ],
)
def test_what_else_is_distributed_is_not_the_documents_distribution(qa, question):
    assert qa.answer(question).intent.value != "metadonnees"


def test_what_was_adopted_another_year_is_not_this_adoption(qa):
    answer = qa.answer("qu'est ce qui a ete adopte le 8 septembre 2000")
    assert answer.intent.value != "metadonnees"
    assert "PP4" in answer.citations


@pytest.mark.parametrize(
    "question",
    [
        "how many votes do you need to adopt a council resolution",
        "la majorité c'était combien de voix il fallait",
    ],
)
def test_the_majority_required_is_beyond_the_record(qa, question):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == "hors_vote"


def test_a_states_sovereignty_is_no_vote_for(qa):
    question = (
        "jsuis en L3, la prof demande ce que le texte implique pour la souverainete de la chine, "
        "t'as une idee ?"
    )
    assert qa.answer(question).intent.value != "vote"


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("la 66/3 elle date de quand", "date"),
        ("when was the paris agreement adopted", "date"),
        ("76/1 c'est de quand", "date"),
        ("la reso 46/14 elle demande quoi exactement", "autre_document"),
        ("qu'est ce que la 2000/22 a decide", "autre_document"),
    ],
)
def test_a_cited_documents_undated_date_or_unreported_content_is_declined(qa, question, reason):
    # The citing passages name these documents without their date or what they decided.
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == reason


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("la 2000/22 date de quand ?", "PP8"),
        ("la déclaration du millénaire a été adoptée quand ?", "PP4"),
        ("la conf de durban contre le racisme elle a eu lieu quand", "PP10"),
        ("la 6/17 elle demandait quoi au SG ?", "PP26"),
        ("la 46/14 parle de quoi ?", "PP12"),
    ],
)
def test_a_cited_documents_date_or_content_the_text_gives_is_answered(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("- op 8\n- op 13\nc'est quoi les deux ?", ["OP8", "OP13"]),
        ("op 8 - op 13 c'est quoi la différence", ["OP8", "OP13"]),
        ("op 8 - op 13 ?", ["OP8", "OP9", "OP10", "OP11", "OP12", "OP13"]),
        ("@Léa non c'est pas le 14 le terrorisme, c'est le 15 non ?", ["OP14"]),
    ],
)
def test_list_items_and_names_addressed_are_read_as_typed(qa, question, cited):
    # From a probe of group-session messages: a dash list had read as the range OP8–OP13.
    answer = qa.answer(question)
    assert answer.answered
    assert answer.citations == cited


def test_a_numbered_list_names_no_paragraph_one_or_two(qa):
    answer = qa.answer("1) c'est quoi l'OP8 2) comment a voté Cuba")
    assert "OP1" not in answer.citations
    assert "OP2" not in answer.citations


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("le mot « transparence » apparaît où ?", ["PP32", "OP16", "OP22"]),
        ("le mot pandémie apparaît dans le dispositif ?", ["OP27", "OP28"]),
        ("le mot démocratie apparaît où ?", ["OP14"]),
    ],
)
def test_a_word_asked_gives_every_paragraph_holding_it(qa, resolution, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.citations == cited


def test_a_word_the_text_never_uses_is_declined(qa):
    assert not qa.answer("le mot licorne apparaît où ?").answered


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("14 contre ou 15 contre ?", "31 pour, 14 contre"),
        ("adoptée sans vote ?", "vote enregistré"),
        ("et sinon qui s'est abstenu", "Argentine"),
    ],
)
def test_a_tally_asked_in_chat_words_is_the_record(qa, plain, question, said):
    answer = qa.answer(question)
    assert answer.answered
    assert said in plain.render_answer(answer).description


@pytest.mark.parametrize(
    ("question", "cited"),
    [("La Déclaration de Vienne a été adoptée en 1995 ?", "PP1"), ("la 41/128 c'est 1976 ?", "PP5")],
)
def test_a_year_to_check_gets_the_date_the_text_gives(qa, plain, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


def test_the_charters_article_paragraph_is_not_ours(qa):
    answer = qa.answer("la Charte des Nations Unies article 1 paragraphe 3 est cité où")
    assert "PP1" in answer.citations
    assert answer.intent.value != "paragraphe"


@pytest.mark.parametrize(
    "question", ["est-ce que cette résolution est importante ?", "is this resolution important?"]
)
def test_whether_it_matters_is_an_opinion(qa, question):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == "opinion"


@pytest.mark.parametrize(
    "question",
    ["what does the Council ask States to do?", "que demande le Conseil des droits de l'homme aux États ?"],
)
def test_the_council_asking_is_no_topic_of_its_requests(qa, question):
    # « Conseil des droits de l'homme » (how "Council" is read in English) had kept only the
    # requests naming human rights: OP23 and OP28 were missing.
    answer = qa.answer(question)
    assert answer.answered
    assert {"OP23", "OP28"} <= set(answer.citations)


def test_a_decline_of_requests_states_nothing_false_of_the_text(qa, plain):
    question = (
        "On bosse sur le dispositif avec Léa. On a fait jusqu'au 20. Elle pense que le 21 demande au "
        "Secrétaire général de parler aux pays qui ne donnent pas d'argent. Moi je crois que c'est le "
        "Haut-Commissariat. Qui a raison ?"
    )
    description = plain.render_answer(qa.answer(question)).description
    assert "ne formule de demande." not in description
    assert "OP21" in description


@pytest.mark.parametrize(
    "question",
    [
        "c quoi une procedure speciale exactement",
        "what is a special procedure exactly",
        "what does concessional terms mean",
    ],
)
def test_a_definition_asked_in_chat_words_is_declined(qa, question):
    # From the probe: each had quoted the passages that use the words, as if they defined them.
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == "definition"


@pytest.mark.parametrize("question", ["what does op5 mean?", "what does paragraph 5 mean?"])
def test_what_a_paragraph_means_is_still_the_paragraph(qa, question):
    assert qa.answer(question).citations == ["OP5"]


@pytest.mark.parametrize(("typed", "name"), [("Tokyo", "Japon"), ("Kremlin", "Fédération de Russie")])
def test_vote_reads_a_seat_of_government_as_its_state(service, typed, name):
    # /vote Tokyo had suggested Togo.
    assert service.votes.countries.resolve(typed).name == name
