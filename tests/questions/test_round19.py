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


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # Openings and the teacher's want around the question name no subject.
        ("Petite vérif avant le TD : elle a été adoptée quel jour ?", "adopted"),
        ("quick check before class: which session was it adopted at?", "session"),
        ("combien de paragraphes au total ? la prof veut le nombre", "structure"),
    ],
)
def test_openings_and_the_teachers_want_name_no_subject(qa, question, fact):
    answer = qa.answer(question)
    assert answer.answered
    assert fact in answer.facts


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # Who made a claim opens the message; the question after it is asked in its context.
        (
            "Un post Insta dit que la résolution parle de la conférence de Durban. "
            "Elle donne quelles dates pour cette conférence ?",
            "PP10",
        ),
        (
            "A press release says the text welcomes the Kampala summit of the Non-Aligned Movement. "
            "On which dates was it held, according to the resolution?",
            "PP9",
        ),
        # The claim holds what the question refers to (the conference South Africa hosted).
        ("Mon prof dit que l'Afrique du Sud a accueilli la conférence. Elle a eu lieu quand ?", "PP10"),
    ],
)
def test_a_claims_source_is_no_word_of_the_question_after_it(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    "question",
    [
        # Questions about what was said, or the text's own words, are no sourced claim.
        "Qu'a dit la déléguée du Brésil avant le vote ?",
        "OP34 says the mandate holders meet every 3 months?",
        "La résolution dit-elle noir sur blanc que les sanctions sont illégales ?",
    ],
)
def test_what_was_said_and_what_the_text_says_are_no_sourced_claim(qa, question):
    assert not qa.answer(question).answered


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # Kinds a paragraph lists by their kind's words are no proper names asked.
        ("c'est quoi les trois formes de coopération du paragraphe 29 ?", "OP29"),
        # « au moins 3 » counts things, no paragraph 3.
        ("le passage sur les catastrophes, il en cite lesquelles ? donne au moins 2", "OP26"),
    ],
)
def test_kinds_listed_and_counts_asked_are_read_as_such(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations
    assert "OP2" not in answer.citations
    assert "OP3" not in answer.citations


@pytest.mark.parametrize(
    "question",
    [
        "c'est quoi l'unilatéralisme ? la résolution en donne une définition ?",
        "does the text provide a definition of triangular cooperation?",
    ],
)
def test_whether_the_text_gives_a_definition_is_declined(qa, question):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == "definition"


def test_the_angle_asked_is_no_subject(qa):
    answer = qa.answer("la dette, le texte l'aborde sous quel angle ?")
    assert answer.answered
    assert "PP15" in answer.citations


def test_a_count_asked_normally_is_the_count(qa):
    # « combien normalement »: the adverb is no thing counted; OP30 counts the regions.
    answer = qa.answer("les séminaires régionaux, il y en a combien normalement ?")
    assert answer.answered
    assert "OP30" in answer.citations


def test_a_fragment_opening_on_a_count_needs_one(qa):
    # « nombre X ? » counts; PP12 gives no count of vaccines delivered.
    answer = qa.answer("nombre vaccins pays en développement ?")
    assert not answer.answered
    assert answer.reason == "montant"


def test_with_which_countries_is_answered_by_the_kind_described(qa):
    # Found by search, as when the paragraph is named: OP21's « pays qui ne versent
    # généralement pas de contributions ».
    answer = qa.answer("le Haut-Commissariat doit dialoguer avec quels pays pour élargir ses donateurs ?")
    assert answer.answered
    assert "OP21" in answer.citations


@pytest.mark.parametrize(
    "question",
    [
        # Found in review: "us" of "tell us" is no United States.
        "What do the abstentions tell us?",
        "What do the votes of the Gulf states tell us?",
    ],
)
def test_what_votes_tell_us_is_beyond_the_record(qa, question):
    answer = qa.answer(question)
    assert "États-Unis d'Amérique" not in {m.country for m in answer.members}
    assert not answer.answered


@pytest.mark.parametrize(
    ("question", "members"),
    [
        ("Tell us who abstained.", {"Argentine", "République dominicaine"}),
        ("Let us see who abstained", {"Argentine", "République dominicaine"}),
        ("tell us which countries abstained", {"Argentine", "République dominicaine"}),
    ],
)
def test_tell_us_and_let_us_ask_the_record(qa, question, members):
    answer = qa.answer(question)
    assert answer.answered
    assert {m.country for m in answer.members} == members


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # Found in review: the fifth preambular paragraph, asked in English, is still PP5.
        ("What is recalled in the P5?", "PP5"),
        ("What does the P5 recall?", "PP5"),
    ],
)
def test_the_p5_recalling_is_pp5(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.citations == [cited]


def test_a_message_that_is_only_the_teachers_request_is_read(qa):
    # Found in review: « le prof demande la date » had been wiped out whole.
    answer = qa.answer("le prof demande la date")
    assert answer.answered
    assert "adopted" in answer.facts


def test_with_which_countries_is_not_answered_by_those_that_give(qa):
    # Found in review: PP14 speaks of the countries that provided vaccines, not of those given them.
    assert not qa.answer("Les vaccins ont été fournis à quels pays ?").answered


def test_from_what_angle_leaves_no_word_to_search(qa):
    # Found in review: « sous » alone had matched « sous toutes ses formes ».
    answer = qa.answer("sous quel angle sont abordés les droits culturels ?")
    assert answer.answered
    assert "OP9" in answer.citations


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Found by a probe: other ways to say the abstentions, and a member said to be neither.
        ("Quels pays sont restés neutres ?", None),
        ("Which countries remained neutral?", None),
        ("Who didn't take sides?", None),
        ("qui n'a dit ni le oui ni le non ?", None),
        ("La France n'a dit ni oui ni non ?", "France"),
    ],
)
def test_neutral_and_neither_are_the_abstentions(qa, question, expected):
    answer = qa.answer(question)
    assert answer.answered
    if expected is None:
        assert {m.country for m in answer.members} == {"Argentine", "République dominicaine"}
    else:
        assert [m.country for m in answer.members] == [expected]
        assert answer.asked_choice.value == "abstention"


def test_neutral_said_of_a_thing_is_no_vote(qa):
    assert qa.answer("la coopération doit rester neutre ?").intent.value != "vote"
    # A stance on a subject, not the vote: never « Oui : la France a voté contre ».
    assert qa.answer("la France est ni pour ni contre les sanctions ?").intent.value != "vote"


@pytest.mark.parametrize(
    "question",
    [
        "Quel est l'écart entre les pour et les contre ?",
        "What was the margin of adoption?",
        "Qui était contre ?",
    ],
)
def test_margins_and_bare_camps_are_the_record(qa, question):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.intent.value == "vote"


@pytest.mark.parametrize(
    "question",
    [
        # Found by a probe: another body's size is no count of the Council's members.
        "le conseil d'administration du fonds est composé de combien de membres",
        "combien de membres a la sous-commission",
    ],
)
def test_another_bodys_size_is_not_the_tally(qa, question):
    answer = qa.answer(question)
    assert answer.intent.value != "vote"
    assert not answer.answered


@pytest.mark.parametrize(
    "question",
    ["What is the document symbol?", "What's the UN document number?"],
)
def test_the_document_symbol_is_this_texts(qa, question):
    answer = qa.answer(question)
    assert answer.answered
    assert "symbol" in answer.facts


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("la cinquante sixième session ça allait de quand à quand", "session"),
        ("à quel moment a eu lieu le vote ?", "adopted"),
    ],
)
def test_this_sessions_dates_and_the_votes_moment(qa, question, fact):
    answer = qa.answer(question)
    assert answer.answered
    assert fact in answer.facts


@pytest.mark.parametrize(
    "question",
    [
        # Found by a probe: a cited text's results, make-up and money are its own, not this text's.
        "what were the results of the durban review conference",
        "le plan d'action de vienne c'est combien de paragraphes",
        "the annual report A/HRC/55/78 says how much money was given",
    ],
)
def test_a_cited_texts_content_is_declined(qa, question):
    assert not qa.answer(question).answered


def test_a_list_of_countries_who_abstained_is_the_record(qa):
    answer = qa.answer("please tell the list of countries who abstained")
    assert answer.answered
    assert {m.country for m in answer.members} == {"Argentine", "République dominicaine"}


def test_the_g7_is_each_members_vote_but_casts_none(qa):
    # Found by a probe: the G7, a fixed set of seven States, like the permanent five.
    answer = qa.answer("le G7 a voté comment ?")
    assert answer.answered
    assert {m.country for m in answer.members} == {"Allemagne", "États-Unis d'Amérique", "France", "Japon"}
    # Whether a set voted as one: the record has no such grouping.
    assert not qa.answer("Did the G7 vote as a bloc?").answered


@pytest.mark.parametrize(
    ("question", "country"),
    [
        # Found by a probe: a member's regional group, and the asker's delegation said as « notre
        # délégation c'est… ».
        ("Quel est le groupe régional du Japon ?", "Japon"),
        ("Notre délégation c'est le Japon, on était dans quel camp ?", "Japon"),
        ("our delegation is Qatar, did we vote yes?", "Qatar"),
    ],
)
def test_a_members_group_and_the_askers_delegation(qa, question, country):
    answer = qa.answer(question)
    assert answer.answered
    assert [m.country for m in answer.members] == [country]


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("la dernière note de bas de page renvoie à quoi", "FN5"),
        ("what does the last footnote say?", "FN5"),
        # « un traité », spelled with its accent, is PP14's treaty, not « le texte traite de ».
        ("le préambule parle d'un traité ? lequel", "PP14"),
    ],
)
def test_the_last_footnote_and_the_treaty(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


def test_the_last_note_of_a_teacher_is_no_footnote(qa):
    answer = qa.answer("j'ai pris note de la dernière note du prof, le para 3 dit quoi")
    assert answer.citations == ["OP3"]


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # Found by a probe: what came after, a yearly rate, names of mandates, the series' start.
        ("le Haut-Commissaire il a répondu quoi à la demande du para 29 ?", "apres_adoption"),
        ("how did the High Commissioner respond to OP29?", "apres_adoption"),
        ("combien de séminaires par an ?", "montant"),
        ("quelles procédures spéciales sont concernées au para 34", "hors_paragraphe"),
        ("when was the first resolution on this topic adopted", "histoire"),
    ],
)
def test_what_the_text_does_not_give_is_declined(qa, question, reason):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == reason


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # Found by a probe: a wrong count said is answered « Non », then the record's.
        ("A tweet says the resolution passed 30-15. True?", "No: the count was not 30 for and 15 against."),
        ("adoptée par 32 voix contre 13, c'est ça ?", "Non\xa0: le décompte n'est pas 32 pour et 13 contre."),
    ],
)
def test_a_wrong_count_said_is_answered_no(plain, question, said):
    description = plain.question(question).description
    assert description.startswith(said)
    assert "31" in description


def test_the_right_count_said_gets_no_no(plain):
    assert not plain.question("adoptée par 31 voix contre 14 ?").description.startswith("Non")
