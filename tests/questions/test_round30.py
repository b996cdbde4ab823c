"""Thirtieth round: readings found in the batches promoted to tuning (ZZZZY, ZZZZZ, ZZZZZA).

Each case is a new wording of a miss, not the batch's own message.
"""

import pytest

from bot.core.questions.answer import Intent


@pytest.mark.parametrize(
    ("question", "says"),
    [
        # A classmate's claim of « our » vote, then a non-member's vote asked: the record's limit,
        # not the camp of the claim (which Switzerland is not in).
        ("Paul dit qu'on a voté pour. La Suisse a vraiment voté ?", "la Suisse n'est pas membre du Conseil"),
        # « ana men » is Arabic (« I am from »), not English "men" asked of a vote.
        ("ana men Rabat, le Maroc a voté comment ?", "Le Maroc a voté pour"),
        # A session written out in words, in a choice of two.
        ("c'était à la cinquante-cinquième session ou à la cinquante-sixième ?", "Cinquante-sixième session"),
    ],
)
def test_votes_and_sessions_read_through_claims_and_languages(plain, question, says):
    reply = plain.question(question).description
    assert says in reply, (question, reply)


def test_a_non_members_vote_after_a_claim_states_no_vote(qa):
    answer = qa.answer("Marc dit qu'on a voté contre. Le Canada a-tu vraiment voté ?")
    assert answer.intent is Intent.VOTE
    assert answer.reason == "non_membre"
    assert answer.members == ()


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # « là-dessus » names no subject.
        ("la dette, ils disent quoi là-dessus ?", "PP15"),
        # A classmate's date to check, and the asker's doubt: the date is the text's.
        ("Léa pense que la conférence de Durban c'était en 1999. elle se trompe ? c'était quand ?", "PP10"),
        # Darija: « imta » (when), « fin t3a9ed » (where it was held), « kay9oul » (says).
        ("le sommet de Kampala t3a9ed imta ?", "PP9"),
        ("Youssef kay9oul que le texte parle pas de la dette. machi sa7i7 ?", "PP15"),
        # « c'est pour quels États ? » is answered by the States the paragraph describes.
        ("l'assistance technique, selon la reso c'est pour quels États ?", "OP19"),
        # Which resolutions hold the documents cited: the footnote's symbols.
        ("Quelles résolutions de l'AG sont citées pour les déclarations politiques sur Durban ?", "FN3"),
    ],
)
def test_promoted_misses_are_answered(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered, question
    assert cited in answer.citations, (question, answer.citations)


@pytest.mark.parametrize(
    "question",
    [
        # A report still to be written has no symbol (OP32's footnote is the one presented).
        "la cote du prochain rapport du Haut-Commissaire ?",
        "what's the symbol of the report the HC will present at the 59th session?",
        # Names asked after a question on a paragraph that gives none.
        "OP30 les séminaires régionaux c'est quoi ? dans quelles villes ?",
    ],
)
def test_what_the_paragraph_does_not_give_is_declined(qa, question):
    answer = qa.answer(question)
    assert not answer.answered, (question, answer.citations)
    assert answer.reason == "hors_paragraphe", (question, answer.reason)


def test_a_symbol_in_the_asker_notes_is_no_symbol_asked(qa):
    # « dans mes notes » is where the asker wrote it: the session said is checked against OP31.
    answer = qa.answer("dans mes notes : rapport sur les séminaires présenté à la 59e session. c'est juste ?")
    assert answer.answered
    assert "OP31" in answer.citations


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # A yes-or-no question on one group's camp gets its « Oui » or « Non » before the breakdown.
        ("un pays africain a voté contre ?", "Non : aucun membre du groupe Afrique n'a voté contre."),
        (
            "est-ce qu'un pays d'Asie a voté contre ?",
            "Oui : 1 membre du groupe Asie-Pacifique a voté contre.",
        ),
        (
            "tous les pays d'Asie ont voté pour ?",
            "Non : 12 des 13 membres du groupe Asie-Pacifique ont voté pour.",
        ),
        ("tous les pays africains ont voté pour ?", "Oui : les 13 membres du groupe Afrique ont voté pour."),
        (
            "aucun pays d'Amérique latine n'a voté contre ?",
            "Exact : aucun membre du groupe Amérique latine et Caraïbes n'a voté contre.",
        ),
        (
            "les pays d'Amérique latine, un seul s'est abstenu ?",
            "Non : 2 membres du groupe Amérique latine et Caraïbes se sont abstenus.",
        ),
        # A group said to have made a camp alone: how much of the camp it made.
        (
            "seuls les occidentaux ont voté contre ?",
            "Non : 7 des 14 membres qui ont voté contre sont du groupe Europe occidentale et autres États.",
        ),
        (
            "seuls les africains se sont abstenus ?",
            "Non : aucun des 2 membres qui se sont abstenus n'est du groupe Afrique.",
        ),
        (
            "did any African member vote against?",
            "No: no member of the regional group African States voted against.",
        ),
        (
            "all 14 no votes were from WEOG?",
            "No: 7 of the 14 members who voted against are in the regional group Western European and other "
            "States.",
        ),
    ],
)
def test_a_yes_or_no_on_a_groups_camp_is_answered_first(plain, question, first):
    # (The reply's typography puts a no-break space before « : ».)
    reply = plain.question(question).description.replace("\u00a0", " ")
    assert reply.splitlines()[0] == first, (question, reply)


@pytest.mark.parametrize(
    "question",
    [
        "combien de pays africains ont voté contre ?",
        "qui en Asie a voté contre ?",
        "le groupe Afrique a voté comment ?",
    ],
)
def test_a_question_of_who_or_how_many_gets_the_breakdown_alone(plain, question):
    reply = plain.question(question).description
    assert not reply.startswith(("Oui", "Non", "Exact")), (question, reply)


@pytest.mark.parametrize(
    "question",
    [
        # Names asked after the question on a paragraph that gives none (probe 30a).
        "quelles conférences sur le dialogue entre les civilisations sont saluées au para 6 ? les noms",
        "quels titulaires de mandat sont concernés au para 34 ? des noms de rapporteurs spéciaux",
    ],
)
def test_names_asked_of_a_paragraph_that_gives_none_are_declined(qa, question):
    answer = qa.answer(question)
    assert not answer.answered, (question, answer.citations)


@pytest.mark.parametrize(
    "question",
    [
        # What was done of a request, at a session after the text's own: not in it.
        "le Haut-Commissaire doit soumettre un rapport à la 59e session (para 33), il l'a fait ou pas ?",
        "le HC a vraiment présenté le rapport à la 59e session ?",
        "did the HC actually submit the report at the 59th session?",
    ],
)
def test_whether_a_request_was_carried_out_is_declined(qa, question):
    answer = qa.answer(question)
    assert not answer.answered, (question, answer.citations)
    assert answer.reason == "apres_adoption", (question, answer.reason)


def test_the_session_a_report_is_due_is_still_answered(qa):
    answer = qa.answer("le rapport du HC doit être présenté à quelle session ?")
    assert answer.answered
    assert "OP33" in answer.citations


@pytest.mark.parametrize(
    ("question", "says"),
    [("Maroque a voté pour ?", "le Maroc a voté pour"), ("Coweit a voté comment ?", "Koweït a voté pour")],
)
def test_a_member_typed_as_it_sounds_gets_its_vote(plain, question, says):
    assert says in plain.question(question).description


def test_words_found_in_a_row_with_their_preposition_are_said_to_be_there(plain):
    # PP14 says « un traité sur les pandémies »: not « pas ces mots tels quels » (probe 30a).
    reply = plain.question("est-ce que le texte parle d'un traité sur les pandémies ?").description
    assert reply.replace("\u00a0", " ").startswith("Oui : le texte en parle."), reply
    # A preposition the text does not have between them still keeps them apart.
    reply = plain.question("le texte parle de l'état de droit ?").description
    assert "n'emploie pas ces mots tels quels" in reply


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # From the review of this round: « est-ce qu'un seul … ? » asks for any, not « seuls les ».
        (
            "est-ce qu'un seul pays asiatique a voté contre ?",
            "Oui : 1 membre du groupe Asie-Pacifique a voté contre.",
        ),
        # The relative « qui » asks no « qui ? ».
        (
            "y a un pays d'afrique qui a voté contre ?",
            "Non : aucun membre du groupe Afrique n'a voté contre.",
        ),
        ("chaque pays africain a voté pour ?", "Oui : les 13 membres du groupe Afrique ont voté pour."),
    ],
)
def test_review_readings_of_group_verdicts(plain, question, first):
    reply = plain.question(question).description.replace("\u00a0", " ")
    assert reply.splitlines()[0] == first, (question, reply)


def test_all_but_one_gets_no_verdict(plain):
    # « tous … sauf un ? »: a count the verdict would not say; the breakdown answers.
    reply = plain.question("est-ce que tous les pays d'Asie ont voté pour sauf un ?").description
    assert not reply.startswith(("Oui", "Non", "Exact")), reply


def test_a_states_belief_is_no_classmates_claim(qa):
    # « Cuba pense que … » asks what Cuba thinks: an opinion, declined, not a claim to check.
    answer = qa.answer("Cuba pense que le texte est politisé ?")
    assert not answer.answered
    assert answer.data.get("affirmation") is None


@pytest.mark.parametrize(
    "question",
    ["le texte parle du droit au développement ?", "le texte parle du droit à l'égalité de tous les États ?"],
)
def test_words_in_a_row_with_the_text_own_small_words_are_there(plain, question):
    reply = plain.question(question).description.replace("\u00a0", " ")
    assert reply.startswith("Oui : le texte en parle."), (question, reply)


def test_a_report_to_come_is_declined_with_its_paragraph_not_a_footnote(qa):
    answer = qa.answer("quelle cote pour le rapport succinct sur les séminaires ?")
    assert not answer.answered
    assert answer.data.get("ids") == ["OP31"], answer.data


def test_the_askers_care_and_context_keep_the_verdict(plain):
    # Found using the bot by hand: context before, « je veux pas me tromper » after.
    reply = plain.question(
        "salut, on prépare la simulation de demain : un pays africain a voté contre ? jveux pas me tromper"
    ).description.replace("\u00a0", " ")
    assert reply.startswith("Non : aucun membre du groupe Afrique n'a voté contre."), reply
