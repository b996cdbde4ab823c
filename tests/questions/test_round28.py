"""Twenty-eighth round: readings found in the batches promoted to tuning (ZZZZQ to ZZZZT).

Each case is a new wording of a miss, not the batch's own message.
"""

import pytest

from bot.core.questions.answer import Intent
from bot.core.text.models import VoteChoice


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # A verb's « -ent » plural is the verb the text uses (« Souligne », « Encourage »).
        ("dans quel paragraphe ils soulignent l'importance de l'EPU ?", "OP17"),
        # « opératif », « considérant », « censé » name a part or hedge; none is a subject to find.
        ("les paras opératifs parlent des ONG ?", "OP24"),
        ("dans le § opérationnel, l'EPU est censé faire quoi ?", "OP17"),
        # « il apparaît où exactement » is where in the text, not a place.
        ("la non-sélectivité, elle apparaît où exactement ?", "PP29"),
        # A lone « c » before a question word is « c'est », not a sub-paragraph letter.
        ("les crises du para 26 c lesquelles ?", "OP26"),
        # Lingala chat words around the question.
        (
            "ndeko quel paragraphe parle des mesures coercitives ? ba amis ya Goma bazo zela",
            "OP8",
        ),
        # An event asked of a place the text names.
        ("Durban, c'est pour quel événement dans le texte ?", "PP10"),
        # The Vienna Declaration in English words: a cited text's date, not the vote.
        ("the Vienna Declaration was adopted when? it's in the first preambular para", "PP1"),
    ],
)
def test_promoted_misses_are_answered(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered, question
    assert cited in answer.citations, (question, answer.citations)


@pytest.mark.parametrize(
    "question",
    [
        "date d'adoption de la résolution, j'en ai besoin pour ma bibliographie",
        "dates d'ouverture et de clôture de la 56e session ?",
        "la résolution a été adoptée à la 34e ou à la 35e séance ?",
    ],
)
def test_header_facts_asked_with_an_aside_or_alternatives(qa, question):
    answer = qa.answer(question)
    assert answer.intent is Intent.METADATA, (question, answer.intent)
    assert answer.answered


def test_the_right_meeting_offered_beside_another_is_no_wrong_claim(plain):
    # « Non, le document dit autre chose » would deny the 34th the asker offered.
    reply = plain.question("was it adopted at the 34th or the 35th meeting?").description
    assert "34th meeting" in reply
    assert "otherwise" not in reply
    assert "autre chose" in plain.question("adoptée à la 35e séance ?").description


def test_a_group_asked_what_it_did_on_the_text_gets_its_breakdown(plain):
    reply = plain.question("les pays d'Amérique latine ils ont fait quoi sur ce texte ? c'est mélangé ?")
    assert "GRULAC" in reply.description, reply.description


@pytest.mark.parametrize(
    "question",
    [
        # A member's vote on another text of the session, not this record.
        "le Japon a voté comment sur l'autre résolution de cette session ?",
        "how did Cuba vote on another text that day?",
        # A non-governmental voice, never in the record.
        "la position de Human Rights Watch sur ce texte ?",
        "what was the civil society stance on the resolution?",
        # A member's term on the Council.
        "jusqu'à quand le Maroc est-il membre du Conseil ?",
        "until when does Germany sit on the council?",
        # Names asked of a kind the text gives only as a kind.
        "quels pays les moins avancés ont reçu l'aide du fonds ?",
        # What a named office holder thinks of the text.
        "que pense le Haut-Commissaire de ce texte ?",
        # Sanctions for States that do not comply, in chat without « ne ».
        "y a quoi comme sanctions pour les États qui appliquent pas le texte ?",
    ],
)
def test_what_the_record_and_the_text_do_not_say_is_declined(qa, question):
    answer = qa.answer(question)
    assert not answer.answered, (question, answer.intent, answer.citations)


def test_a_members_term_is_declined_beside_its_vote(qa):
    answer = qa.answer("jusqu'à quelle année la France est-elle membre du Conseil ?")
    assert not answer.answered
    assert answer.intent is Intent.VOTE
    assert [m.vote for m in answer.members] == [VoteChoice.AGAINST]
