"""Mends of issue 14's twentieth round, read from last round's blind batches once they joined tuning.

Each asserts what a member would see: the paragraph quoted, the vote, or a decline and its
reason. The wordings are new, not the batches' own.
"""

import pytest

from bot.core.questions.answer import Intent


@pytest.mark.parametrize(
    "question",
    [
        # A subject said of a paragraph that never speaks of it: shown, not confirmed.
        "le para 8 parle-tu du changement climatique ?",
        "OP 14 is about women's rights right?",
        "le paragraphe 12 porte sur la peine de mort ?",
        "l'OP 30 demande aux pays riches d'annuler la dette ?",
        "para 20 intelligence artificielle ?",
        "Para 3 say something bout LGBT rights, right?",
    ],
)
def test_a_subject_the_paragraph_never_names_is_declined(qa, question):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == "hors_paragraphe"


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # The same forms, of a subject the paragraph holds, are answered with it.
        ("le para 8 parle-tu des mesures coercitives unilatérales ?", "OP8"),
        ("OP 14 is about terrorism right?", "OP14"),
        ("para 26 crises alimentaires ?", "OP26"),
        ("OP37 décision finale", "OP37"),
        ("para 15 is about advice and tech help right?", "OP15"),
    ],
)
def test_a_subject_the_paragraph_names_is_quoted(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # Who spoke in the room and what they said: the debates, never a vote.
        ("chkoun dar l'intervention dyal la Chine ? smiya dyalou", "debats"),
        ("qui a fait l'intervention du Japon pendant le vote ? son nom", "debats"),
        # The rest of a cited document, or its own structure.
        ("Qu'a décidé d'autre la conférence de Durban, hormis ce que cite le texte ?", "autre_document"),
        ("la Charte des Nations Unies contient combien d'articles ?", "autre_document"),
        ("What did the Human Rights Committee say about the right to development?", "autre_document"),
        # Who came to a meeting the text cites.
        ("combien de pays ont participé au sommet de Kampala ?", "histoire"),
        # A term's meaning, a compatibility: beyond the text.
        ("c'est quoi exactement une procédure spéciale dans le para 34 ?", "definition"),
        ("Le droit français est-il compatible avec le paragraphe 8 ?", "opinion"),
    ],
)
def test_beyond_the_text_is_declined_with_its_reason(qa, question, reason):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == reason
    assert not answer.members


def test_the_texts_own_compatibility_is_no_opinion(qa):
    # OP16's « d'une manière compatible avec les buts et principes » is the text's own words.
    answer = qa.answer("la coopération doit être d'une manière compatible avec les buts et principes ?")
    assert answer.answered


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # « où exactement » in the text is a place in it, not a city.
        ("c'est où exactement qu'on parle du terrorisme ?", "OP14"),
        # "Where is that said?" asks for the paragraph, not for a delegate's words.
        ("Are the funds meant to help countries take part in the UPR? Where is that said?", "PP26"),
        # Québec's « y'a-tu », and what the asker needs it for, after the question.
        ("y'a-tu un paragraphe sur les vaccins? j'en ai besoin pour back up notre position", "PP14"),
    ],
)
def test_where_in_the_text_is_answered(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    "question",
    ["c'est la 56/2 ou la 56/12 déjà, cette résolution ?", "is it resolution 56/20 or 56/2?"],
)
def test_its_own_symbol_against_a_slip_is_the_symbol(qa, question):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.intent.value == "metadonnees"


def test_a_claim_on_a_whole_group_shows_the_groups_breakdown(qa):
    answer = qa.answer(
        "Un ami dit que tous les pays africains ont voté pour. Et le Maroc et la Somalie, ils ont voté quoi ?"
    )
    assert answer.answered
    # The group's breakdown, which holds both members' votes, rather than theirs alone.
    assert [t.group.code for t in answer.tallies] == ["AFR"]
    assert not answer.members


@pytest.mark.parametrize(
    ("question", "negated", "sizes"),
    [
        # A camp named by its negation: the other two camps, never the camp named.
        ("combien de membres n'ont pas voté contre ?", "contre", [31, 2]),
        ("qui a pas voté pour ?", "pour", [14, 2]),
        ("which members didn't vote against it?", "contre", [31, 2]),
    ],
)
def test_a_negated_camp_lists_the_other_two(qa, plain, question, negated, sizes):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.data["hors_camp"] == negated
    assert [len(members) for _, members in answer.data["autres_camps"]] == sizes
    assert str(sum(sizes)) in plain.render_answer(answer).description


def test_a_members_negated_vote_is_its_vote_without_yes_or_no(qa, plain):
    answer = qa.answer("l'Allemagne n'a pas voté pour ?")
    assert [(m.country, m.vote.value) for m in answer.members] == [("Allemagne", "contre")]
    description = plain.render_answer(answer).description
    assert not description.startswith(("Oui", "Non"))


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # The whole record said right is no « Non »; a count said wrong is.
        ("il paraît que c'était 31 pour 14 contre 2 abstentions ?", None),
        ("30 pour et 15 contre, c'est ça ?", [30, 15]),
    ],
)
def test_a_tally_said_is_read_camp_by_camp(qa, question, said):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.data.get("decompte_dit") == said


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # Creole « akoz », « poukisa »: why, which the record never says.
        ("akoz lalgerie la voté pour ?", "motifs"),
        ("poukisa Cuba vote pou ?", "motifs"),
        # A judgement of a vote.
        ("c'est normal que la France vote contre ?", "opinion"),
        # What a State risks, typed without « ne ».
        ("quelle punition si un État applique pas la résolution ?", "sanctions"),
        # Who proposed it, with a date asked beside.
        ("La résolution a été adoptée quand, et qui l'a proposée ?", "auteurs"),
    ],
)
def test_reasons_judgements_and_authors_are_declined(qa, question, reason):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == reason


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        # The text orders no one: the paragraph is quoted with its own verb set against the claim.
        ("le paragraphe 22 exige que le Haut-Commissariat précise le processus ?", "exige"),
        ("Un blog dit que le paragraphe 26 oblige les États à agir : vrai ?", "oblige"),
    ],
)
def test_a_stronger_verb_is_set_against_the_paragraphs(qa, plain, question, verb):
    answer = qa.answer(question)
    assert answer.answered
    # (French punctuation takes a no-break space inside the guillemets.)
    assert f"et non «\xa0{verb}\xa0»" in plain.render_answer(answer).description


def test_an_english_opening_claim_with_the_word_verb_is_checked(qa):
    answer = qa.answer("My friend says paragraph 30 opens with the verb 'Décide'. Correct?")
    assert answer.data["ouverture"]["juste"] is False
    assert answer.data["ouverture"]["id"] == "OP30"


@pytest.mark.parametrize(
    ("question", "country", "vote"),
    [
        # An article glued to the name, as phones type it.
        ("lalgerie a voté koman ?", "Algérie", "pour"),
        ("et lallemagne ?? elle a voté quoi", "Allemagne", "contre"),
    ],
)
def test_a_glued_article_still_names_the_member(qa, question, country, vote):
    answer = qa.answer(question)
    assert [(m.country, m.vote.value) for m in answer.members] == [(country, vote)]


@pytest.mark.parametrize("question", ["le Mozambique fait partie des 47 membres ?", "Is Kenya among the 47?"])
def test_a_seat_asked_of_a_non_member_is_said(qa, question):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == "non_membre"


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("kosa i di le para 14 ?", "OP14"),
        # A number made larger is no count asked: OP21 speaks of more donors.
        ("le para 21 parle d'accroître le nombre de donateurs ?", "OP21"),
    ],
)
def test_creole_and_changed_numbers_are_read(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


def test_a_paragraph_of_the_resolution_said_about_a_subject_it_lacks(qa):
    answer = qa.answer("A tweet says paragraph 23 of the resolution is about vaccines. Is that right?")
    assert not answer.answered
    assert answer.reason == "hors_paragraphe"


# The review of this round's change (5e909e7..1845c9c): what its first rules misread.


@pytest.mark.parametrize(
    ("question", "choice"),
    [
        # Neither camp said by negation: the abstentions.
        ("qui n'a pas voté pour ni contre ?", "abstention"),
        ("which members did not vote yes or no?", "abstention"),
        # Arabizi « li » (who) is no Liechtenstein.
        ("chkoun li vota contre ?", "contre"),
    ],
)
def test_negations_and_arabizi_keep_the_camp_asked(qa, question, choice):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.choice.value == choice
    assert {m.vote.value for m in answer.members} == {choice}


@pytest.mark.parametrize(
    "question",
    ["14 pays ont voté contre, c'est qui ?", "the 31 countries that voted for, which ones?"],
)
def test_a_camps_count_with_its_names_asked_names_them(qa, question):
    answer = qa.answer(question)
    assert answer.answered
    assert len(answer.members) in (14, 31)


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # « c'est bien que … ? » asks whether it is true.
        ("c'est bien que l'OP 30 a prévu un séminaire par région ?", "OP30"),
        # What OP16 says cooperation must be compatible with.
        ("compatible avec quoi, l'OP16 ?", "OP16"),
        # Consequences beside a « pas »: no sanction asked.
        ("les effets des crises même si la pandémie est pas finie, c'est dans l'OP 26 ?", "OP26"),
        # « à part ce qu'il dit sur… » about the text itself.
        ("outre ce qu'il dit sur l'EPU, que dit l'OP 17 ?", "OP17"),
        # An intervention that is no speech.
        ("l'intervention du Haut-Commissaire est prévue où ?", "OP33"),
        # The Charter's article the text cites.
        ("combien d'articles de la Charte sont cités dans le préambule ?", "PP1"),
    ],
)
def test_the_reviews_answerable_questions_stay_answered(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


def test_the_council_members_taking_part_are_the_records(qa):
    answer = qa.answer("combien de membres du Conseil ont participé ?")
    assert answer.answered
    assert answer.intent.value == "vote"


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # Where the seminars will be held: the text names no place.
        ("les séminaires régionaux c'est où exactement ?", "liste"),
        # A paragraph said to give examples it does not give.
        ("l'OP 29 donne des exemples de bonnes pratiques ?", "exemples"),
    ],
)
def test_what_the_text_does_not_give_stays_declined(qa, question, reason):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == reason


def test_a_stronger_verb_said_of_the_whole_text_sets_no_paragraph_against_it(qa, plain):
    # OP3 says « les États ont le devoir de coopérer »: no « Attention » on the passage found first.
    answer = qa.answer("la résolution oblige les États à coopérer ?")
    assert "et non" not in plain.render_answer(answer).description


def test_a_question_after_a_full_stop_is_no_purpose(qa):
    answer = qa.answer("le texte parle de la dette. j'en ai besoin pour savoir si la France a voté contre")
    assert [(m.country, m.vote.value) for m in answer.members] == [("France", "contre")]


@pytest.mark.parametrize("question", ["56/2 or 56/40?", "c'est la résolution 56/2 ou la 55/78 ?"])
def test_its_own_symbol_against_a_cited_one_is_the_symbol(qa, question):
    answer = qa.answer(question)
    assert answer.intent.value == "metadonnees"


# Whether the text speaks of a subject (the third probe).


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # « dans la 56/2 » names the text, no word it lacks.
        ("slt, ça parle des vaccins dans la 56/2 ?", "PP14"),
        # « il est question de » asks whether it speaks of it; OP37's « question » is no match.
        ("il est question de l'examen périodique universel dans le texte ?", "OP17"),
        # Food: OP26's « crises alimentaires », not OP23's « alimenter les fonds ».
        ("le texte parle de l'alimentation ?", "OP26"),
    ],
)
def test_a_subject_in_the_text_is_found_under_its_own_words(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    "question",
    [
        # Migrants are no refugees: OP26 names only refugees and displaced people.
        "quel OP pour les migrants ?",
        # Women's suffrage is no vote of the record.
        "le texte parle du vote des femmes ?",
    ],
)
def test_a_subject_near_the_text_is_declined(qa, question):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.intent.value == "recherche"


def test_the_media_are_no_global_communication(qa):
    # OP10's « communication mondiale » does not name the press or broadcasters.
    answer = qa.answer("le texte parle des médias ?")
    assert not answer.answered


# The second review (1845c9c..8369e42): what the first mends misread.


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # A judgement of a vote.
        ("c'est normal que les États-Unis aient voté contre ?", "opinion"),
        # A named paragraph's compatibility with a law.
        ("l'OP16 est compatible avec la constitution française ?", "opinion"),
        # What a State that does not comply risks.
        ("quelles conséquences si un pays respecte pas la résolution ?", "sanctions"),
        ("Des pénalités sont-elles prévues pour les pays qui ont voté contre ?", "sanctions"),
        # A term's meaning.
        ("c'est quoi exactement une procédure spéciale ?", "definition"),
        # A meeting's attendance.
        ("combien de membres ont assisté à la conférence de Vienne ?", "histoire"),
        # A summary is no quote.
        ("résume le texte", "le_bot"),
        # Seminars' place.
        ("les séminaires c'est où exactement ?", "liste"),
    ],
)
def test_the_second_reviews_declines(qa, question, reason):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == reason


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # Where in the text, with the subject after « exactement ».
        ("c'est où exactement le passage sur le terrorisme ?", "OP14"),
        # Agreeing is no agreement the text cites.
        ("je suis pas daccord avec l'OP 13, il dit quoi ?", "OP13"),
        # A subject said of a paragraph with « concerne » is checked again.
        ("l'OP 14 concerne le terrorisme ?", "OP14"),
    ],
)
def test_the_second_reviews_answers(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


def test_concerne_of_a_subject_the_paragraph_lacks_is_declined(qa):
    answer = qa.answer("l'OP 8 concerne le terrorisme ?")
    assert not answer.answered
    assert answer.reason == "hors_paragraphe"


@pytest.mark.parametrize(
    ("question", "size"),
    [
        # A camp's count with its names asked, however the names are asked.
        ("14 pays ont voté contre, qui sont-ils ?", 14),
        ("2 pays se sont abstenus, tu peux me donner les noms ?", 2),
        # The asker's purpose after the question, in English.
        ("who abstained? need the names for my slides", 2),
        ("Qui a voté contre. j'en ai besoin pour mon exposé sur l'Allemagne", 14),
    ],
)
def test_a_camps_names_asked_are_listed(qa, question, size):
    answer = qa.answer(question)
    assert answer.answered
    assert len(answer.members) == size


def test_a_camp_asked_why_is_shown_beside_the_decline(qa, plain):
    answer = qa.answer("Combien de pays se sont abstenus et pourquoi ?")
    assert not answer.answered
    assert answer.reason == "motifs"
    description = plain.render_answer(answer).description
    assert "Argentine" in description
    assert "République dominicaine" in description


# The third review (8369e42..54016d1).


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # « c'est bien que … ? » asks whether it is so, whatever the verb's mood.
        ("c'est bien que l'OP 8 parle des sanctions ?", "OP8"),
        # OP16's own « compatible avec … la Charte ».
        ("Le para 16 parle de coopération compatible avec la Charte ?", "OP16"),
        # What PP1 cites of the Charter.
        ("Combien d'articles de la Charte le PP1 cite-t-il ?", "PP1"),
        # What a term is according to the text.
        ("c'est quoi exactement un EPU selon le texte ?", "OP17"),
        # « c'est où exactement, l'OP sur… », "where exactly is the part about…": in the text.
        ("c'est où exactement, l'OP sur les réfugiés ?", "OP26"),
        ("Where exactly is the part about sanctions?", "OP8"),
    ],
)
def test_the_third_reviews_answers(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


def test_the_councils_own_meeting_is_the_records(qa):
    answer = qa.answer("combien de membres du Conseil ont participé à la réunion ?")
    assert answer.answered
    assert answer.intent.value == "vote"


def test_a_paragraph_asked_why_shows_no_camp(qa):
    # No vote was held on OP8: the record's camp would imply one.
    answer = qa.answer("pourquoi certains pays ont voté contre l'OP 8 ?")
    assert not answer.answered
    assert "camp" not in answer.data


@pytest.mark.parametrize(
    "question", ["c'est où exactement les séminaires régionaux ?", "la Charte contient combien d'articles ?"]
)
def test_a_place_or_another_documents_count_stays_declined(qa, question):
    assert not qa.answer(question).answered


@pytest.mark.parametrize(
    "question",
    [
        "quelle délégation a exigé un scrutin sur ce texte ?",
        "qui a réclamé la mise aux voix ?",
        "combien de voix minimales fallait-il pour l'adopter ?",
        "il fallait un nombre minimum de voix pour que ça passe ?",
    ],
)
def test_who_asked_for_the_vote_and_the_majority_required_are_declined(qa, question):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.members == ()


def test_whether_it_was_put_to_a_vote_is_still_the_record(qa):
    answer = qa.answer("le texte a été adopté par scrutin ou sans vote ?")
    assert answer.answered
    assert answer.intent is Intent.VOTE
