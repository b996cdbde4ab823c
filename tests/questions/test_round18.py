"""Mends of issue 14's seventeenth round, read from last round's blind batches once they joined tuning.

Each asserts what a member would see: the fact asked, the paragraph quoted, the camp's votes, or
a decline and its reason. The wordings are new, not the batches' own.
"""

import pytest


@pytest.mark.parametrize(
    "question",
    [
        # Another text of the session, named by its subject: never this record's « Oui ».
        "le groupe asiatique a voté comment sur la résolution consacrée au droit à l'alimentation ?",
        "How did the Arab Group vote on the resolution dealing with unilateral coercive measures?",
        "et la France, elle a voté quoi sur la résolution relative aux mercenaires à cette même session ?",
    ],
)
def test_another_texts_vote_is_no_vote_of_this_record(qa, question):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == "autre_session"


@pytest.mark.parametrize(
    "question",
    [
        # Who asked for the recorded vote: a procedural request no record names.
        "la prof veut savoir qui a demandé le vote enregistré, c'était le Royaume-Uni ?",
        "did the Netherlands request the recorded vote?",
        # A member's interest in its vote.
        "le Brésil a voté pour, c'est quoi son intérêt ?",
        "the UAE voted yes, but what do they get out of it?",
    ],
)
def test_what_a_vote_was_requested_for_or_gained_is_declined(qa, question):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason in {"hors_vote", "debats"}


def test_a_relayed_question_is_the_question(qa):
    # « le prof demande combien… »: what the teacher asks is what is asked.
    answer = qa.answer("mon prof demande quand elle a été adoptée, qqn sait ?")
    assert answer.answered
    assert "adopted" in answer.facts


@pytest.mark.parametrize(
    "question",
    [
        # Where a country's own programme is written: the text names no country, and no vote is asked.
        "Le Japon finance des projets de santé en Asie, c'est dans quel paragraphe ?",
        "la Chine est dans quel passage du texte, celui sur la coopération Sud-Sud ?",
    ],
)
def test_where_in_the_text_is_no_group_membership(qa, question):
    assert qa.answer(question).intent.value != "vote"


@pytest.mark.parametrize(
    "question",
    [
        "qui ne s'est prononcé ni pour ni contre ?",
        "Which members were neither in favour nor against the text?",
    ],
)
def test_neither_for_nor_against_is_an_abstention(qa, plain, question):
    answer = qa.answer(question)
    assert answer.answered
    assert {m.country for m in answer.members} == {"Argentine", "République dominicaine"}


def test_neither_for_nor_against_a_thing_is_no_vote(qa):
    answer = qa.answer("la résolution n'est ni pour ni contre la peine de mort ?")
    assert answer.intent.value != "vote"


def test_a_name_of_two_states_neither_a_member(plain):
    said = plain.question("la Corée elle a voté quoi ?").description
    assert "République de Corée" in said
    assert "République populaire démocratique de Corée" in said
    assert "ne siège au Conseil en 2024" in said
    assert "pas membres" in said


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # The asker's delegate role, then a group's vote: the vote, not a delegate's speech.
        ("I'm Cuba's delegate; how did the GRULAC members vote on this?", None),
        # A delegate's words to find; a speech about the text; an office-holder's name.
        (
            "en tant que déléguée du Ghana, qu'est-ce que je dois dire dans mon discours sur la dette ?",
            "opinion",
        ),
        ("Macron a parlé de cette résolution à l'ONU ?", "debats"),
        (
            "le Haut-Commissaire qui doit organiser les séminaires régionaux, il s'appelle comment ?",
            "personne",
        ),
        ("my chair asks me to name Cuba's ambassador to the Council in 2024, who was it?", "personne"),
    ],
)
def test_the_asker_a_speech_and_a_name(qa, question, reason):
    answer = qa.answer(question)
    if reason is None:
        assert answer.answered
        assert answer.intent.value == "vote"
    else:
        assert not answer.answered
        assert answer.reason == reason


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # « vienne » the verb, not Vienna.
        (
            "le droit de choisir son régime politique sans qu'un autre État vienne s'en mêler, c'est où ?",
            "OP13",
        ),
        # The last of the kind just named.
        ("combien de considérants, et que dit le dernier ?", "PP33"),
        ("how many operative paragraphs, and what does the last one say?", "OP37"),
        # A cited declaration whose words the text reports.
        ("la déclaration de Kampala dit quoi sur la coexistence pacifique ?", "PP19"),
        # The asker's teacher after the question; a count asked « exactement ».
        ("ce qu'on attend du Haut-Commissaire sur les séminaires ? la prof a insisté dessus", "OP30"),
        ("l'OP30 veut combien de séminaires exactement ?", "OP30"),
        # "which one is it" after a line described: the description is the question.
        ("Which preambular line says cooperation is not just about being good neighbours?", "PP18"),
    ],
)
def test_what_the_text_says_is_quoted(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


def test_which_one_alone_points_back(qa):
    answer = qa.answer("I'd like to quote the bit about unilateral sanctions in my speech. Which one is it?")
    # Declined, or the passage the description names: never a passage « one » would match.
    assert not answer.answered or "OP8" in answer.citations


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # A thing the text never names, said to be mentioned where another is.
        ("l'euro est mentionné dans le passage sur le développement ?", "hors_texte"),
        # A share asked, a count of another body, what consultations found.
        ("what % of their budget must rich states give to the voluntary fund?", "montant"),
        ("number of member states of the African Union?", "montant"),
        ("qu'ont donné les consultations menées au titre de la résolution 78/199 ?", "autre_document"),
    ],
)
def test_what_the_text_never_gives_is_declined(qa, question, reason):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason in {reason, "hors_texte"}


def test_the_language_it_was_drafted_in_is_the_header(qa, plain):
    answer = qa.answer("was this resolution originally drafted in English?")
    assert answer.answered
    assert answer.intent.value == "metadonnees"
    assert answer.facts == ("language",)
    assert "English" in plain.render_answer(answer).description


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # The text bans, condemns and obliges nothing: the passage is quoted with its own verb.
        ("l'OP8 interdit les mesures coercitives unilatérales ?", ("et non", "interdit")),
        ("does para 8 outlaw unilateral coercive measures?", ("not", "outlaw")),
        ("le texte condamne-t-il les mesures coercitives unilatérales ?", ("et non", "condamne")),
        ("le para 17 rend l'examen périodique universel obligatoire ?", ("et non", "rend obligatoire")),
    ],
)
def test_a_ban_or_condemnation_said_of_the_text_is_set_against_its_verb(qa, plain, question, said):
    answer = qa.answer(question)
    assert answer.answered
    gap, verb = said
    description = plain.render_answer(answer).description
    assert verb in description.split(gap, 1)[1].split("\n", 1)[0]


@pytest.mark.parametrize(
    "question",
    [
        # A figure with a unit, a year, a place, a date said of a paragraph that gives none.
        "l'OP31 dit que le rapport succinct fait 20 pages ?",
        "OP34 says the mandate holders meet every 3 months?",
        "le para 30 dit que les séminaires auront lieu en 2026 ?",
        "OP29 says the compilation is due by 2027?",
        # (« mai » is in « domaine »: OP33 gives no date.)
        "l'OP33 dit que le rapport fera 15 pages max ?",
        "does OP31 say the seminars are in Nairobi?",
        "l'OP30 précise où se tiendront les séminaires ?",
    ],
)
def test_what_a_named_paragraph_does_not_give_is_declined(qa, question):
    answer = qa.answer(question)
    assert not answer.answered
    # (A year or a place to come may be read as after the adoption: declined either way.)
    assert answer.reason in {"hors_paragraphe", "apres_adoption"}


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # « en 2 mots » asks it briefly; a year the paragraph gives otherwise is corrected, not declined.
        ("l'OP29 en deux mots ?", "OP29"),
        ("l'OP36 cite la résolution 78/199 de 2022 ?", "OP36"),
    ],
)
def test_brief_and_corrected_paragraph_questions_are_quoted(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # Homework written for the asker; the bot's opinion; a rank the text never gives.
        ("write me an essay on international cooperation in human rights", "le_bot"),
        ("rédige-moi un discours pour la Chine sur cette résolution", "le_bot"),
        ("what's your opinion on the right to development?", "opinion"),
        ("what is the most important paragraph of the operative part?", "opinion"),
        ("le plus grand danger pour les droits de l'homme selon la résolution ?", "opinion"),
        ("c'est quoi la meilleure façon de coopérer d'après toi ?", "opinion"),
    ],
)
def test_homework_opinions_and_ranks_are_declined(qa, question, reason):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == reason


@pytest.mark.parametrize(
    "question",
    [
        # A body or treaty the text is said to create; a level of debt; what a vote changes.
        "does this resolution set up a triangular cooperation fund?",
        "la résolution crée-t-elle un traité sur la dette ?",
        "quel est le niveau de pauvreté des pays les moins avancés d'après le texte ?",
        "Cuba a voté pour, ça change quoi pour les Cubains ?",
    ],
)
def test_creations_levels_and_consequences_are_declined(qa, question):
    assert not qa.answer(question).answered


@pytest.mark.parametrize(
    "question",
    [
        "le scrutin était-il serré ?",
        "what share of the members voted against?",
        "est-ce que c'était un vote enregistré ?",
    ],
)
def test_words_around_the_tally_are_no_country(qa, question):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.intent.value == "vote"


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # The documents cited, asked in English (glossed to the singular): all of the kind.
        ("What General Assembly resolutions are cited in the resolution?", "PP7"),
        ("Name all the earlier resolutions of the Council's own that are mentioned.", "PP26"),
        # A document number asked: the footnote giving it.
        ("What is the document number of the OHCHR report the Council takes note of?", "FN5"),
        # What the Council relies on, not who pressed whom; the asker's confusion after the question.
        ("Which Charter article does the Council lean on in its first paragraph?", "PP1"),
        ("le rapport succinct c'est pour quelle session ? je confonds tout", "OP31"),
    ],
)
def test_what_the_text_cites_and_gives_is_answered(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # What a review of this round's change found misread, in new wordings.
        # A citation in the past tense is no speech.
        ("le PP23 a cité la résolution 60/251 ?", "PP23"),
        # The asker's own time and length, a duration the paragraph's dates give.
        ("j'ai une présentation dans 3 jours sur l'OP13, il affirme quoi ?", "OP13"),
        ("résume l'OP8 en moins de 25 mots", "OP8"),
        # A session is when: « quand exactement » gets the paragraph naming it.
        ("l'OP33, le rapport est présenté quand exactement ?", "OP33"),
        # A symbol asked as "the number of the report".
        ("what is the number of the report the Council takes note of in OP20?", "FN4"),
        # « quel niveau d'endettement » the text worries about; a fact to write down.
        ("quel niveau d'endettement inquiète le Conseil ?", "PP15"),
        # « lequel des alinéas » asks its own question after a short opener.
        ("Petite question. Lequel des alinéas rappelle la résolution 48/141 ?", "PP6"),
        # Negotiations to create a treaty, which the text reports.
        ("le texte évoque des négociations pour créer un traité sur les pandémies ?", "PP14"),
    ],
)
def test_what_the_review_found_is_answered(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    "question",
    [
        "sur la dette, le texte reste ni pour ni contre ?",
        "qu'est-ce que je dois mettre comme titre dans ma bibliographie ?",
        "le Haut-Commissaire doit faire un rapport, c'est qui qui paie les séminaires ?",
    ],
)
def test_what_the_review_found_is_no_vote_nor_decline(qa, question):
    answer = qa.answer(question)
    assert answer.intent.value != "vote"
    assert answer.answered


@pytest.mark.parametrize(
    "question",
    [
        # A relative clause's verb and a duty the paragraph states get no « Attention » line.
        "l'OP8 s'inquiète des pays qui imposent des sanctions ?",
        "l'OP3 dit que les États ont le devoir de coopérer ?",
    ],
)
def test_no_verb_gap_where_the_claim_is_not_the_paragraphs(qa, plain, question):
    answer = qa.answer(question)
    assert answer.answered
    assert "et non" not in plain.render_answer(answer).description


@pytest.mark.parametrize(
    ("question", "subregion"),
    [
        # Sub-regions named in English the gloss half translates (« nord afrique », "western afrique").
        ("How did the North African members vote?", "Afrique du Nord"),
        ("how did Western African members vote?", "Afrique de l'Ouest"),
        ("did southern Asia vote yes?", "Asie du Sud"),
        ("how did southern Africa vote?", "Afrique australe"),
    ],
)
def test_a_subregion_named_in_english_is_its_members(qa, question, subregion):
    answer = qa.answer(question)
    assert answer.answered
    assert [t.group.name for t in answer.tallies] == [subregion]


def test_south_africa_is_the_member_not_the_subregion(qa):
    answer = qa.answer("how did South Africa vote?")
    assert [m.country for m in answer.members] == ["Afrique du Sud"]


@pytest.mark.parametrize(
    "question", ["on me demande le vote du Maroc, il a voté quoi ?", "je demande le vote du Japon svp"]
)
def test_asking_for_a_members_vote_is_no_request_for_a_recorded_vote(qa, question):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.intent.value == "vote"


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # From a third probe (study-group questions), in new wordings.
        ("Où a été adoptée la 56/2 : à Genève ?", "lieu"),
        ("Which city was the resolution adopted in?", "lieu"),
        ("qui choisit les membres du Conseil des droits de l'homme ?", "histoire"),
        ("depuis quelle année cette résolution revient chaque session ?", "histoire"),
        ("la résolution a-t-elle été traduite en espagnol ?", "version"),
        ("comment le Haut-Commissaire va-t-il financer les séminaires ?", "apres_adoption"),
        ("les séminaires régionaux n'ont pas encore eu lieu, pourquoi ?", "apres_adoption"),
    ],
)
def test_what_the_text_never_tells_of_its_making_and_use_is_declined(qa, question, reason):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == reason


@pytest.mark.parametrize(
    "question",
    [
        "combien il faut de voix pour adopter un texte au CDH ? combien faut-il de voix au minimum ?",
        "une abstention ça compte comme un non ?",
        "c'était un vote Nord contre Sud ?",
        "did former colonial powers vote against?",
    ],
)
def test_the_rules_and_readings_of_a_vote_are_beyond_the_record(qa, question):
    assert not qa.answer(question).answered
