"""Twenty-fifth round: readings found in the batches promoted to tuning (ZZZZD to ZZZZH) and in
two probes (a Haitian, Senegalese and Swiss group asking what the text does not say; Maghreb
students and a Belgian Model UN delegation).

Each case is a new wording of a miss, not the batch's or the probe's own message.
"""

import pytest

from bot.core.questions.answer import Intent
from bot.core.text.models import VoteChoice


@pytest.mark.parametrize(
    ("question", "choice"),
    [
        ("abstentions = qui ?", VoteChoice.ABSTAIN),
        ("pays contre = ?", VoteChoice.AGAINST),
        ("les pays pour => ?", VoteChoice.FOR),
    ],
)
def test_a_note_takers_equals_sign_reads_as_a_colon(qa, question, choice):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.intent is Intent.VOTE
    assert answer.members
    assert {m.vote for m in answer.members} == {choice}


def test_an_equals_sign_before_who_of_an_office_is_still_a_persons_name(qa):
    for question in ("haut-commissaire 2024 = qui ?", "haut-commissaire qui ?"):
        answer = qa.answer(question)
        assert not answer.answered, question


def test_a_colon_inside_a_question_is_not_a_persons_name(qa):
    answer = qa.answer("question : qui a voté contre ?")
    assert answer.answered
    assert answer.intent is Intent.VOTE


@pytest.mark.parametrize(
    "question",
    [
        "how many yes and how many no",
        "combien de oui et de non ?",
        "Final score?",
        "le score final ?",
        "nombre de pays contre ?",
        "nbr de voix pour ?",
    ],
)
def test_camps_counted_without_a_vote_word_get_the_record(qa, plain, question):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.intent is Intent.VOTE
    reply = plain.render_answer(answer).description
    assert "14" in reply


def test_the_asker_s_own_ground_is_no_reason_for_a_vote(qa):
    answer = qa.answer("le Luxembourg a voté quoi ? le prof va demander vu qu'on est au Luxembourg")
    assert answer.answered
    assert [m.vote for m in answer.members] == [VoteChoice.AGAINST]


def test_a_vote_given_as_a_ground_is_still_a_reason(qa):
    answer = qa.answer("vu que la France a voté contre, elle est contre la coopération ?")
    assert not answer.answered


@pytest.mark.parametrize("question", ["63e session date ?", "59th session when?", "la 63e session, dates ?"])
def test_a_later_sessions_date_asked_last_is_declined(qa, question):
    answer = qa.answer(question)
    assert not answer.answered


@pytest.mark.parametrize("question", ["nb ODD ?", "nbre d'ONG citées ?"])
def test_an_acronyms_count_is_a_count(qa, question):
    answer = qa.answer(question)
    assert not answer.answered


def test_a_seminars_count_is_still_answered(qa):
    answer = qa.answer("nb de séminaires ?")
    assert answer.answered
    assert "OP30" in answer.citations


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("la 70/1 c'est quoi déjà ? cioè le titre", "PP2"),
        ("allora, le para 5 dit quoi ?", "OP5"),
        ("op3 ça parle aussi d'intolérance religieuse ou j'ai rêvé ?", "OP3"),
    ],
)
def test_italian_and_chat_words_are_no_words_of_the_question(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("Le para 28 sur la science parle aussi de l'intelligence artificielle ?", "OP28"),
        ("Le paragraphe 28 demande-t-il la levée des brevets sur les vaccins ?", "OP28"),
        ("Le §7 sur le racisme cite-t-il l'islamophobie ?", "OP7"),
        ("Le §19 sur l'assistance technique fixe-t-il un plafond financier ?", "OP19"),
        ("Le §13 autorise-t-il la sécession d'une région ?", "OP13"),
    ],
)
def test_what_a_named_paragraph_is_asked_yes_or_no_must_be_in_it(qa, question, cited):
    answer = qa.answer(question)
    assert not answer.answered
    assert cited in [hit.paragraph.id for hit in answer.closest]


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("le paragraphe 3 mentionne-t-il l'intolérance religieuse ?", "OP3"),
        ("Le §26 exhorte-t-il les États à coopérer face aux changements climatiques ?", "OP26"),
        ("le §3, que réaffirme-t-il ?", "OP3"),
    ],
)
def test_what_a_named_paragraph_holds_asked_yes_or_no_is_quoted(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.citations == (cited,) or list(answer.citations) == [cited]


@pytest.mark.parametrize(
    ("question", "votes"),
    [
        ("Cameroun chno sowtat ?", {"Cameroun": VoteChoice.FOR}),
        (
            "Monténégro w Albanie kifach sowtou",
            {"Monténégro": VoteChoice.AGAINST, "Albanie": VoteChoice.AGAINST},
        ),
        ("Malawi w Maldives chno sowtou ?", {"Malawi": VoteChoice.FOR, "Maldives": VoteChoice.FOR}),
    ],
)
def test_darija_vote_words(qa, question, votes):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.intent is Intent.VOTE
    assert {m.country: m.vote for m in answer.members} == votes


@pytest.mark.parametrize(
    "question",
    ["Lu tax Allemagne vote contre ?", "3lach la France sowtat contre ?", "poukisa Kiba vote pou ?"],
)
def test_a_why_in_wolof_darija_or_haitian_is_declined_not_confirmed(qa, plain, question):
    answer = qa.answer(question)
    assert not answer.answered
    reply = plain.render_answer(answer).description
    assert not reply.startswith("Oui")


@pytest.mark.parametrize(
    "question",
    [
        "Does OP28 require states to share vaccine technology free of charge?",
        "Does OP26 include carbon emission targets?",
    ],
)
def test_an_english_claim_of_a_named_paragraph_must_be_in_it(qa, question):
    answer = qa.answer(question)
    assert not answer.answered


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("Does OP3 mention religious intolerance?", "OP3"),
        ("Does OP30 ask for regional seminars?", "OP30"),
        ("Does OP23 urge states to keep funding the funds?", "OP23"),
    ],
)
def test_an_english_question_on_what_a_named_paragraph_holds_is_quoted(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    "question",
    [
        "Who will chair the regional seminars mentioned in OP30?",
        "Le §24 engage les ONG : lesquelles sont citées nommément ?",
        "Dans le §26, quelles catastrophes naturelles précises sont citées ?",
        "La compilation des pratiques optimales du §29 sera publiée quand ?",
    ],
)
def test_names_people_and_dates_a_named_paragraph_lacks_are_declined(qa, question):
    answer = qa.answer(question)
    assert not answer.answered


def test_a_date_a_named_paragraph_gives_is_still_answered(qa):
    answer = qa.answer("le rapport du §33 sera présenté quand ?")
    assert answer.answered
    assert "OP33" in answer.citations


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("Roumanie et Bulgarie, même vote ?", "Oui : ils ont voté de la même façon."),
        ("Le Brésil et l'Argentine ont voté pareil ?", "Non : ils n'ont pas voté de la même façon."),
        ("Est-ce que le Luxembourg a voté avec la Belgique ?", "Oui : ils ont voté de la même façon."),
        ("Cuba et les US ont voté l'inverse ?", "Oui : ils ont voté en sens contraire."),
        ("la Chine et l'Argentine ont voté à l'opposé ?", "Non : ils n'ont pas voté en sens contraire."),
        ("Netherlands and Luxembourg, same vote?", "Yes: they voted the same way."),
        ("Did Cuba and Japan vote the same way?", "No: they did not vote the same way."),
    ],
)
def test_members_votes_compared_are_answered_yes_or_no_first(qa, plain, question, opening):
    answer = qa.answer(question)
    assert answer.intent is Intent.VOTE
    assert len(answer.members) >= 2
    reply = " ".join(plain.render_answer(answer).description.split())
    assert reply.startswith(opening)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("la France et la Chine ?", "La France a voté contre"),
        # Found by probe C: « comme » was found inside « comment ».
        ("Bulgarie et Roumanie ont voté comment ?", "La Bulgarie a voté contre"),
    ],
)
def test_two_members_named_without_a_comparison_get_no_yes_or_no(qa, plain, question, said):
    answer = qa.answer(question)
    reply = plain.render_answer(answer).description.lstrip()
    assert not reply.startswith(("Oui", "Non"))
    assert said in reply


@pytest.mark.parametrize(
    "question",
    [
        "Will Japan rejoin the consensus next time?",
        "la France votera pareil la prochaine fois ?",
        "Apre vòt la, eske Kiba te fè yon deklarasyon ?",
        "après le vote, l'Allemagne a fait une déclaration ?",
        "Ndax Chili dafa soppi vote bi ci session bi topp ?",
        "Par rapport à la résolution sur la peine de mort, laquelle a eu le plus de voix contre ?",
    ],
)
def test_what_came_after_the_vote_or_another_texts_vote_is_no_vote_of_the_record(qa, question):
    answer = qa.answer(question)
    assert not answer.answered


def test_the_texts_own_subject_named_is_still_its_vote(qa):
    answer = qa.answer("la résolution sur la coopération internationale, qui a voté contre ?")
    assert answer.answered
    assert answer.intent is Intent.VOTE
    assert len(answer.members) == 14


@pytest.mark.parametrize(
    "question",
    [
        "La résolution 2000/22 de la Sous-Commission, que demande-t-elle concrètement ?",
        "le Programme d'action de Vienne, que prévoit-il sur le développement ?",
    ],
)
def test_what_a_cited_document_asks_with_the_verb_inverted_is_its_own_content(qa, question):
    answer = qa.answer(question)
    assert not answer.answered


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("la France et l'Argentine ont voté différemment ?", "Oui : ils ont voté différemment."),
        ("Les États-Unis ont-ils voté différemment du Japon ?", "Non : ils ont voté de la même façon."),
        ("Cuba et les Etats-Unis, votes opposés ?", "Oui : ils ont voté en sens contraire."),
        ("Argentine et Allemagne, votes opposés ?", "Non : ils n'ont pas voté en sens contraire."),
        ("la France et l'Allemagne, vote kif-kif ?", "Oui : ils ont voté de la même façon."),
    ],
)
def test_different_and_opposite_votes_compared_are_read_as_such(qa, plain, question, opening):
    # Found in review: « différemment » was read as « en sens contraire », « opposés » as « contre ».
    answer = qa.answer(question)
    reply = " ".join(plain.render_answer(answer).description.split())
    assert reply.startswith(opening)


def test_a_negated_comparison_gets_the_votes_without_yes_or_no(qa, plain):
    reply = plain.render_answer(qa.answer("la France et l'Allemagne n'ont pas voté pareil ?")).description
    assert not reply.startswith(("Oui", "Non"))
    assert "L'Allemagne a voté contre" in reply


def test_one_member_against_the_resolution_is_still_confirmed(qa, plain):
    reply = plain.render_answer(qa.answer("la Finlande a voté à l'opposé de la résolution ?")).description
    assert " ".join(reply.split()).startswith("Oui : la Finlande a voté contre")


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("ont voté contre la résolution : qui ?", 14),
        ("voted against: qui?", 14),
        ("abstenu : qui ?", 2),
        ("abstentionnistes = qui ?", 2),
        ("nb pays contre ?", 14),
    ],
)
def test_a_camp_before_who_is_its_members(qa, question, count):
    # Found in review: any « X : qui ? » had become a person's name asked.
    answer = qa.answer(question)
    assert answer.answered
    assert answer.intent is Intent.VOTE
    assert len(answer.members) == count


@pytest.mark.parametrize(
    "question",
    [
        "le Haut-Commissaire doit rendre son rapport à qui ?",
        "le secrétaire général doit consulter qui ?",
        "le haut-commissaire est prié par qui ?",
    ],
)
def test_whom_an_office_acts_for_is_no_persons_name(qa, question):
    assert qa.answer(question).answered


def test_a_deadline_asked_of_a_paragraph_that_names_a_session_is_answered(qa):
    answer = qa.answer("le §33 fixe-t-il un délai ?")
    assert answer.answered
    assert "OP33" in answer.citations


def test_a_kind_the_paragraph_lists_is_no_name_asked(qa):
    answer = qa.answer("quelles crises précises sont citées au §26 ?")
    assert answer.answered
    assert "OP26" in answer.citations


@pytest.mark.parametrize(
    "question",
    [
        "Est-ce que le vote pour de Cuba implique qu'elle va appliquer la résolution ?",
        "Le Ghana était-il présent physiquement dans la salle quand il a voté pour ?",
        "Y a-t-il eu une déclaration générale du Japon, qui a voté contre ?",
        "any new sanctions on Cuba after it voted for?",
        "Le Malawi a-t-il été récompensé pour son vote pour ?",
        "le vote contre du Japon c'est un signal envoyé à la Chine ?",
        "Pour notre MUN, le Ghana devrait voter pour ou contre ?",
        "Quelle position adopter pour le Qatar en simulation ?",
        "the fact that 31 voted for, does that weaken the opposition?",
        "Is it significant that no Asian state abstained?",
        "La Belgique a voté avant ou après la France ?",
        "Les abstentions sont-elles comptées dans le calcul de la majorité ?",
        "ese Kenya yatoye pour kubera iki ?",
    ],
)
def test_what_the_record_cannot_say_of_a_vote_gets_no_yes(qa, plain, question):
    # Probe C: each was answered from the record, some with « Oui » (the benchmark's false vote
    # statement).
    answer = qa.answer(question)
    assert not answer.answered
    reply = plain.render_answer(answer).description.lstrip()
    assert not reply.startswith(("Oui", "Yes", "Non", "No:"))


@pytest.mark.parametrize(
    "question",
    [
        "Et à l'OMS, il y a eu un vote similaire ?",
        "l'Assemblée générale a adopté ce texte aussi ? par combien de voix ?",
        "le vote sur la résolution Ukraine de 2024 au CDH, qui a voté contre ?",
    ],
)
def test_another_bodys_or_another_texts_vote_is_not_this_one(qa, question):
    assert not qa.answer(question).answered


def test_a_simulation_named_still_gets_the_vote(qa):
    answer = qa.answer("pour notre MUN, la France a voté quoi ?")
    assert answer.answered
    assert [(m.country, m.vote.value) for m in answer.members] == [("France", "contre")]


@pytest.mark.parametrize(
    "question",
    [
        "Uburundi buzatora pour na none umwaka utaha ?",
        "ese amajwi 31 kuri 14 yerekana ko Afurika ishyigikiye Ubushinwa ?",
        "ese intumwa y'Uburundi yavuze iki mbere yo gutora pour ?",
    ],
)
def test_a_language_read_only_in_part_gets_no_vote_confirmed(qa, plain, question):
    # Kinyarwanda's vote words, read among words the bot does not know, answered from the record
    # questions about votes to come or said before (probe C, while they were read): not read.
    answer = qa.answer(question)
    reply = plain.render_answer(answer).description.lstrip()
    assert not reply.startswith(("Oui", "Non"))
    assert not (answer.answered and answer.members)


@pytest.mark.parametrize(
    "question",
    [
        "Is South-South cooperation more effective than North-South cooperation?",
        "la coopération Sud-Sud est plus utile que la coopération Nord-Sud ?",
        "Is the duty to cooperate in OP3 customary international law?",
        "le devoir de coopérer de l'OP3 relève du droit coutumier ?",
        "le §30 est-il contraignant ?",
    ],
)
def test_a_verdict_or_a_legal_status_is_declined(qa, question):
    assert not qa.answer(question).answered


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # Found in the second review: the Assembly's resolutions the text recalls are its answer.
        ("l'assemblée générale a adopté la résolution 60/251 quand ?", "PP23"),
        ("the general assembly adopted which resolution on the right to development?", "PP5"),
        ("at who's request are the measures in para 26 taken?", "OP26"),
    ],
)
def test_the_assemblys_resolutions_and_who_asked_are_still_answered(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    ("question", "count"),
    [("look at who voted against", 14), ("look at who abstained lol", 2)],
)
def test_at_who_is_no_world_health_organization(qa, question, count):
    answer = qa.answer(question)
    assert answer.answered
    assert len(answer.members) == count


@pytest.mark.parametrize(
    "question",
    [
        "l'Assemblée générale l'a aussi adopté ?",
        "did the UNGA adopt it too?",
        "at the WHO did Japan vote against something similar?",
        "quelles sont les implications du vote contre de la France ?",
        "le vote contre fragilise le texte ?",
        "le Maroc doit voter comment dans notre simulation ?",
        "kuki Ubufaransa bwatoye contre?",
    ],
)
def test_the_second_reviews_declines(qa, question):
    assert not qa.answer(question).answered


def test_the_eus_members_counted_are_still_the_eus(qa, plain):
    reply = plain.render_answer(qa.answer("combien de pays dans l'UE ont voté contre ?")).description
    assert "L'Union européenne ne vote pas au Conseil" in reply


def test_identically_is_the_same_vote(qa, plain):
    reply = plain.render_answer(qa.answer("qatar et koweit ont vote identiquement ?")).description
    assert " ".join(reply.split()).startswith("Oui : ils ont voté de la même façon.")


def test_the_comparisons_yes_keeps_french_spacing(qa, plain):
    # Its sentence was first a string inside an expression, which the templates' typography never sees.
    reply = plain.render_answer(qa.answer("Roumanie et Bulgarie, même vote ?")).description
    assert reply.lstrip().startswith("Oui\u00a0: ils ont voté de la même façon.")
