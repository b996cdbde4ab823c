"""Thirty-fourth round: readings found in the batches promoted to tuning (ZZZZZX, ZZZZZY, ZZZZZZ,
ZZZZZZA) and in the tuning batches written this round (ZZZZZZH, ZZZZZZI).

Each case is a new wording of a miss, not the batch's own message.
"""

import pytest

from bot.core.questions.answer import Intent, VoteScope
from bot.core.questions.question import read_question
from bot.core.text.models import VoteChoice


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        # Spelt as said (phonetic spelling, voice dictation): the words the routes read.
        ("est ce ke sa parl des vaccins", "est ce que ça parle des vaccins"),
        ("g vu ke la chine a voté pour", "j'ai vu que la chine a voté pour"),
        ("t d'accor avec moi", "tu es d'accord avec moi"),
        ("konbien de pays pour", "combien de pays pour"),
        ("la rézolussion a été adopté kan", "la résolution a été adopté quand"),
    ],
)
def test_words_spelt_as_said_are_read(typed, read):
    assert read_question(typed, glossed=False).typed == read


def test_sa_before_a_noun_stays_a_possessive():
    """« sa position » is hers (no verb follows), « sa parle » is « ça parle »."""
    assert read_question("la France a expliqué sa position ?", glossed=False).typed == (
        "la France a expliqué sa position ?"
    )


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        # A member's vote asked with something the record does not hold: declined, no statement.
        ("jpense ke l'allemagne a eu tor de voter contre, t d'accor ?", "hors_vote"),
        ("g lu ke le japon a voté contre, c pour koi ?", "motifs"),
        # (« pour koi » alone is « pour quoi », for what: « on vote pour koi ? » is no reason asked.)
        ("chkoun l'ambassadeur dial Qatar li vota ?", "personne"),
        ("c koi la meilleure stratégie pour la Chine dans notre simu ?", "opinion"),
        ("what's the best stance for Chile in our MUN?", "opinion"),
        # Read in ZZZZZZG (held out) at the round's end: its two false statements, in new words.
        ("le GRULAC compte combien de membres à l'Assemblée générale ?", "autre_session"),
        ("nom ambassadeur Chine vote", "personne"),
    ],
)
def test_beyond_the_record_is_declined(qa, message, reason):
    answer = qa.answer(message)
    assert not answer.answered, (message, answer.intent, answer.facts)
    assert answer.reason == reason, (message, answer.reason)


def test_another_resolution_named_before_the_question_is_not_this_ones_vote(qa):
    """The teacher's claim names a 2022 text; « elle » points back to it, not to this tally."""
    answer = qa.answer(
        "notre prof a dit qu'il y a eu une résolution sur la coopération en 2022. elle avait été "
        "adoptée avec combien de voix ?"
    )
    assert not answer.answered
    assert answer.intent is not Intent.VOTE


def test_the_2030_agenda_is_no_year_named(qa):
    """« l'Agenda 2030 » in the asker's clause is no other year: the question alone is answered."""
    answer = qa.answer(
        "Wesh, on a un débat sur l'Agenda 2030 ce soir. La résolution rappelle quelle résolution de "
        "l'AG là-dessus ?"
    )
    assert answer.answered
    assert "PP2" in answer.citations


@pytest.mark.parametrize(
    "message",
    ["y a eu des abstentions ou tout le monde a voté ?", "est-ce que tout le monde a voté ?"],
)
def test_whether_everyone_voted_is_the_tally(qa, message):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert answer.intent is Intent.VOTE
    # (The abstentions when they are named, else the whole tally.)
    assert answer.scope in {VoteScope.TALLY, VoteScope.CHOICE}, (message, answer.scope)


def test_tunisia_in_darija_is_no_member(qa):
    answer = qa.answer("Tounes votat chnowa ? pour wala contre ?")
    assert not answer.answered
    assert answer.reason == "non_membre"
    assert not any(m.vote is VoteChoice.AGAINST for m in answer.members)


@pytest.mark.parametrize(
    "message",
    [
        "Bonsoir, pour la conclusion de notre dissertation, il faut la date à laquelle le Conseil a "
        "adopté la résolution. C'est quand ?",
        "pour l'introduction de mon commentaire : la résolution a été adoptée quel jour ?",
    ],
)
def test_the_askers_work_named_first_is_no_other_subject(qa, message):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert answer.intent is Intent.METADATA
    assert "adopted" in answer.facts


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        # Found in review: the asker's year, « une résolution » meaning this one, « tout le monde »,
        # « g une question », the text's own « meilleure approche »: answered as before the round.
        ("j'ai un exam en 2025, combien de voix pour ?", Intent.VOTE),
        ("c'est pour mon exposé en 2025, la résolution a été adoptée quand ?", Intent.METADATA),
        ("on a un débat sur une résolution demain, qui a voté contre ?", Intent.VOTE),
        ("tout le monde s'est abstenu ?", Intent.VOTE),
        ("tout le monde a rejeté le texte ?", Intent.VOTE),
        ("g une question : qui a voté contre ?", Intent.VOTE),
        (
            "selon le texte, quelle est la meilleure approche pour promouvoir les droits de l'homme ?",
            Intent.SEARCH,
        ),
    ],
)
def test_what_the_new_readings_must_leave_alone(qa, message, intent):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert answer.intent is intent, (message, answer.intent)


def test_the_groups_members_on_the_council_are_still_counted(qa):
    answer = qa.answer("combien de membres compte le GRULAC ?")
    assert answer.answered
    assert answer.scope is VoteScope.GROUP
