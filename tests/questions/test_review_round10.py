"""Defects a reviewer who did not write the change found in this round's readings (vote with the
adoption's facts, claims, roll calls, new declines), each kept mended here."""

import pytest

from bot.core.questions.answer import Intent, VoteScope


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # A vote said with a wrong date, meeting or item: the record's fact, and no « Oui ».
        ("la France a voté contre le 12 juillet ?", "adopted"),
        ("France voted no on 11 July 2024, right?", "adopted"),
        ("la France a voté contre à la 33e séance ?", "meeting"),
        ("A pundit said that China voted for it under agenda item 4. True?", "agenda"),
        ("Un député a dit que la Chine a voté pour au titre du point 4. Vrai ?", "agenda"),
    ],
)
def test_a_wrong_fact_beside_a_vote_is_corrected_not_confirmed(qa, plain, question, fact):
    answer = qa.answer(question)
    assert (answer.intent, answer.scope, answer.answered) == (Intent.VOTE, VoteScope.COUNTRY, True)
    assert answer.asked_choice is None
    assert fact in answer.facts
    assert "title" not in answer.facts  # « au titre du point 4 » asks no title
    text = plain.question(question).description
    assert not text.startswith(("Oui", "Yes"))


def test_a_right_date_beside_a_vote_is_confirmed(qa):
    answer = qa.answer("la France a voté contre le 10 juillet ?")
    assert answer.asked_choice is not None
    assert answer.facts == ()


def test_the_date_and_the_meeting_are_said_once(plain):
    text = plain.question("vote de la Finlande, date et séance").description
    assert text.count("34e séance") == 1


@pytest.mark.parametrize(
    "question",
    [
        # A member's stance on another treaty, in English too; the majority a text needs.
        "Is Japan for or against the pandemic treaty?",
        "Did Japan vote against the pandemic treaty?",
        "la France est pour le futur traité sur les pandémies ?",
        "la France a voté pour le Programme 2030 ?",
        "la résolution avait besoin de combien de voix pour passer ?",
        "Which government was in power in Germany when it voted against?",
    ],
)
def test_what_the_record_does_not_hold_is_declined_in_both_languages(qa, question):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == "hors_vote"


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # Answered before this round's declines, and again now.
        ("Did the resolution make any mention of COVID-19?", "PP11"),
        ("Has the pandemic led to inequalities, according to the text?", "PP11"),
        ("la pandémie a mené à quoi selon le texte ?", "PP11"),
        ("les 4 principes de l'OP16, lesquels ?", "OP16"),
        ("lesquels sont visés par l'OP24 ?", "OP24"),
        ("Where will the report be presented?", "OP31"),
        ("Le rapport demandé à l'OP33, qu'est-ce qu'il contiendra ?", "OP33"),
        ("Quelle est la version précédente de cette résolution ?", "PP4"),
    ],
)
def test_questions_the_text_answers_stay_answered(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    "question",
    ["Did the resolution get any votes against?", "Did France vote against after the resolution was tabled?"],
)
def test_vote_questions_with_after_or_get_stay_vote_questions(qa, question):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.intent is Intent.VOTE


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        (
            "Un député a dit que la résolution a été rédigée par le Mouvement des non-alignés. "
            "Vrai ou faux ?",
            "auteurs",
        ),
        ("What did the US delegation say to explain its no vote?", "debats"),
        ("l'ambassadeur francais il a dit quoi pour expliquer le vote contre ?", "debats"),
        ("Someone said the UK voted against it. True?", "non_membre"),
    ],
)
def test_claims_and_statements_get_their_reason(qa, question, reason):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == reason


@pytest.mark.parametrize(
    "question",
    [
        "A pundit said France voted for it. Is that true?",
        "Un député a dit que la résolution a été adoptée par 41 voix. Vrai ou faux ?",
    ],
)
def test_a_vote_claim_is_checked_against_the_record(qa, question):
    # « par 41 voix » had been read as a paragraph 41 the text does not have.
    answer = qa.answer(question)
    assert answer.answered
    assert answer.intent is Intent.VOTE


@pytest.mark.parametrize("question", ["Netherlands here, our vote?", "United States here, our vote?"])
def test_a_roll_call_in_english_is_answered_in_english(qa, question):
    answer = qa.answer(question)
    assert answer.intent is Intent.VOTE
    assert answer.lang == "en"


@pytest.mark.parametrize(
    ("question", "member"),
    [
        # A demonym beside a delegate or a vote names the member.
        ("How did the Japanese delegation vote?", "Japon"),
        ("le délégué cubain a voté pour ?", "Cuba"),
        ("the Chinese voted for it?", "Chine"),
        ("Did the Indian representatives abstain?", "Inde"),
    ],
)
def test_a_delegation_named_by_its_demonym_is_its_members_vote(qa, service, question, member):
    # "the Chinese voted" had been answered « "chinese" is not among the 47 members ».
    answer = qa.answer(question)
    assert answer.answered
    assert [m.country for m in answer.members] == [member]
    assert answer.members[0].vote is service.votes.country(member).vote


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("Comment l'ambassadeur du Brésil a-t-il voté à titre personnel ?", "debats"),
        ("What did the Cuban delegate say before the vote?", "debats"),
        ("Did Japan vote against every resolution under item 3 at this session?", "autre_session"),
        ("Did Kazakhstan and Kyrgyzstan agree beforehand to vote the same way?", "hors_vote"),
    ],
)
def test_what_a_delegate_did_beyond_the_vote_is_declined(qa, question, reason):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == reason


def test_elections_are_no_recorded_vote(qa):
    answer = qa.answer("y a un passage sur le droit des citoyens à voter lors d'élections libres ?")
    assert answer.intent is not Intent.VOTE
    assert not answer.answered


def test_a_year_typed_short_is_no_paragraph(qa):
    answer = qa.answer("y a un passage qui renvoie au grand sommet de 93 à Vienne, ça dit quoi ?")
    assert answer.reason != "paragraphe_inconnu"


def test_a_question_word_before_dit_is_no_friends_claim(qa):
    # « Que dit le dernier paragraphe du préambule, … » had been dropped as « X dit … ».
    answer = qa.answer("Que dit le dernier paragraphe du préambule, juste avant les paragraphes numérotés ?")
    assert answer.answered
    assert answer.citations == ["PP33"]
