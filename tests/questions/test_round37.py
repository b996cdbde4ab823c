"""Thirty-seventh round: readings found in the batches promoted to tuning (ZZZZZZS, ZZZZZZT) and in
the tuning batches written this round (ZZZZZZZC, ZZZZZZZD).

Each case is a new wording of a miss, not the batch's own message.
"""

import pytest

from bot.core.questions.answer import Intent
from bot.core.questions.elsewhere import set_right


def _moved(answer) -> bool:
    """Whether the reply sets the paragraph named right (« ce n'est pas OPx : … »)."""
    return any(g.kind == "ailleurs" for g in set_right(answer))


@pytest.mark.parametrize(
    ("message", "paragraph"),
    [
        # « phrase », « extrait »: words about the text, not its subject.
        ("ça dit quoi la phrase du préambule sur le bon voisinage ?", "PP18"),
        ("l'extrait sur le bon voisinage, c'est où ?", "PP18"),
        # Context of work done, then « Maintenant : » and the question.
        ("On a terminé le préambule. Maintenant : que dit le texte sur le bon voisinage ?", "PP18"),
        # A thesaurus phrase (« travailler ensemble » → « coopérer ») vouches for its words.
        ("le texte dit que travailler ensemble c'est plus que de bonnes relations de voisinage ?", "PP18"),
    ],
)
def test_words_about_the_text_and_phrases_of_the_thesaurus_find_the_passage(qa, message, paragraph):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert paragraph in answer.citations, (message, answer.citations)


@pytest.mark.parametrize(
    "message",
    [
        "on attend quoi du chef de l'administration de l'ONU ?",
        "que demande la résolution au patron de l'ONU ?",
        "What does the resolution ask of the top UN official?",
    ],
)
def test_the_secretary_general_in_other_words_is_asked_of(qa, message):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert "OP31" in answer.citations


@pytest.mark.parametrize(
    ("message", "group"),
    [
        ("le bloc occidental a voté comment ?", "WEOG"),
        ("les pays occidentaux se sont rangés de quel côté ?", "WEOG"),
        ("le groupe africain, il s'est rangé de quel bord ?", "AFR"),
    ],
)
def test_a_group_said_otherwise_and_its_side_get_its_tally(qa, message, group):
    answer = qa.answer(message)
    assert answer.intent is Intent.VOTE, (message, answer.intent)
    assert answer.answered, (message, answer.reason)
    assert [t.group.code for t in answer.tallies] == [group]


def test_a_side_taken_elsewhere_is_no_vote(qa):
    """« se ranger du côté de » a kind of country is what the text says, not a vote."""
    answer = qa.answer("les États se sont rangés du côté des pays en développement ?")
    assert answer.intent is not Intent.VOTE


@pytest.mark.parametrize(
    "message",
    [
        # A document's length: no text gives it.
        "le rapport A/HRC/56/40 fait plus de cinquante pages ?",
        "is report A/HRC/55/78 more than 90 pages?",
        # What became of the text in another body since.
        "quelle suite donnée à la résolution devant l'Assemblée générale ?",
        # What a cited document holds, the verb before it.
        "quelles recommandations contient le Programme d'action de Vienne ?",
        # A treaty named in the context, then whether it was adopted since.
        "Le préambule parle d'un traité sur les pandémies. Est-ce qu'il a été adopté finalement ?",
        # A sum in a currency.
        "le SG doit mettre combien pour les séminaires, en euros ?",
    ],
)
def test_what_the_text_cannot_give_is_declined(qa, message):
    answer = qa.answer(message)
    assert not answer.answered, (message, answer.intent, answer.citations)


@pytest.mark.parametrize(
    ("message", "named", "holder"),
    [
        (
            "Si je comprends bien, le paragraphe 7 condamne les sanctions unilatérales ; est-ce exact ?",
            "OP7",
            "OP8",
        ),
        (
            "c'est le paragraphe 15 du dispositif qui parle de l'endettement et de la COVID, est-ce exact ?",
            "OP15",
            "PP15",
        ),
        (
            "je pensais que c'était dans le 9 mais Inès dit que c'est ailleurs : le nouveau modèle"
            " de relations internationales, il est où ?",
            "OP9",
            "PP19",
        ),
    ],
)
def test_a_paragraph_named_wrongly_in_a_claim_is_set_right(plain, message, named, holder):
    """The passage that holds the subject is quoted, and the reply says the number was not it."""
    answer = plain.questions.answer(message)
    assert answer.answered, (message, answer.reason)
    assert answer.citations[0] == holder, (message, answer.citations)
    assert named not in answer.citations
    text = plain.render_answer(answer).description
    assert f"ce n'est pas {named}" in text
    assert f"le texte en parle dans {holder}" in text


@pytest.mark.parametrize(
    "message",
    [
        # A claim about what no passage says stays declined: the subject is nowhere.
        "le para 27 demande la levée des brevets sur les vaccins COVID, c'est bien ça ?",
        "Le para 12 demande l'annulation de la dette des pays africains, c'est bien ça ?",
    ],
)
def test_a_claim_no_passage_holds_is_not_moved_elsewhere(qa, message):
    answer = qa.answer(message)
    assert not answer.answered, (message, answer.citations)


def test_a_paragraph_named_rightly_stays(qa):
    message = (
        "Si je comprends bien, le paragraphe 8 parle des mesures coercitives unilatérales, c'est exact ?"
    )
    answer = qa.answer(message)
    assert answer.citations[:1] == ["OP8"]
    assert not _moved(answer)


@pytest.mark.parametrize(
    ("message", "group", "members"),
    [
        # A group's vote checked, then how many of it sat: its tally counts them.
        ("tous les pays africains ont voté pour, c'est exact ? Et ils étaient combien à siéger ?", "AFR", 13),
        ("WEOG all voted no; is that right, and how many of them sat on the Council?", "WEOG", 7),
    ],
)
def test_a_groups_seats_asked_after_its_vote_get_its_tally(qa, message, group, members):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert [(t.group.code, len(t.members)) for t in answer.tallies] == [(group, members)]


def test_a_question_asking_of_what_its_context_says_keeps_it(qa):
    """« … quelque chose de ce genre ? » asks of the sentence before, even after the asker's task."""
    message = (
        "pour notre fiche on veut dire que la coopération c'est plus que le bon voisinage et la réciprocité."
        " Le préambule dit-il quelque chose de ce genre ?"
    )
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert "PP18" in answer.citations


def test_a_count_of_paragraphs_and_a_doubled_consonant_are_no_subject(qa):
    """« y a 2 paragraphes qui rappellent … » : « 2 » counts the passages, « rappellent » is « rappel »."""
    answer = qa.answer(
        "y a 2 paragraphes qui rappellent des résolutions de l'AG de décembre 2023, lesquelles ?"
    )
    assert answer.answered, answer.reason
    assert {"OP35", "OP36"} <= set(answer.citations)


def test_a_number_asked_that_the_text_does_not_give_stays_declined(qa):
    """« avec leur numéro » is no filler: the SDGs are never numbered in the text."""
    answer = qa.answer(
        "Quels objectifs de développement durable précis la résolution cite-t-elle, avec leur numéro ?"
    )
    assert not answer.answered, answer.citations


@pytest.mark.parametrize(
    "message",
    [
        # The paragraph named holds the subject in its own words (« œuvrer de concert »).
        "l'OP18 dit que les parties prenantes doivent travailler ensemble, si je comprends bien ?",
        # The vote, the adoption, a country, a date, where a paragraph came from: no passage to move to.
        "si je comprends bien l'OP1 dit que 31 pays ont voté pour, est-ce exact ?",
        "si je comprends bien l'OP37 dit que la France a voté contre, est-ce exact ?",
        "si je comprends bien l'OP10 dit que la résolution a été adoptée le 10 juillet, est-ce exact ?",
        "si je comprends bien l'OP8 vise la Russie, est-ce exact ?",
        "si je comprends bien le PP9 a été ajouté par le Mouvement des non-alignés, est-ce exact ?",
    ],
)
def test_a_claim_is_not_moved_to_a_passage_that_only_shares_a_word(qa, message):
    answer = qa.answer(message)
    assert not _moved(answer), answer.citations


@pytest.mark.parametrize(
    ("message", "paragraph"),
    [
        # A claim checked that is right is quoted, « est-ce exact ? » no word of its subject.
        ("si je comprends bien l'OP14 parle du terrorisme, est-ce exact ?", "OP14"),
        ("l'OP26 parle du climat, c'est correct ?", "OP26"),
        # What the Council or the text « s'est rangé » on is what it says, not the vote.
        ("le Conseil s'est rangé de quel bord sur les sanctions unilatérales ?", "OP8"),
        # The text's own reports, and the rest of the text, are the text's.
        ("quelle session prévoit le rapport succinct de l'OP31 ?", "OP31"),
        ("a win for multilateralism, is that what OP27 says?", "OP27"),
    ],
)
def test_review_readings_stay_the_texts(qa, message, paragraph):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert paragraph in answer.citations, (message, answer.citations)


@pytest.mark.parametrize(
    ("message", "wrong"),
    [
        # « le dernier » of some paragraphs of a part is not the part's last.
        ("combien de paragraphes du dispositif commencent par Prie et le dernier il dit quoi ?", "OP37"),
        ("combien d'alinéas du préambule parlent de la COVID, et le dernier il dit quoi ?", "PP33"),
    ],
)
def test_the_last_of_some_paragraphs_is_not_the_parts_last(qa, message, wrong):
    assert wrong not in qa.answer(message).citations


def test_the_rest_of_the_text_is_no_later_event(qa):
    answer = qa.answer("la suite du texte fait référence à l'assemblée générale ?")
    assert answer.reason != "apres_adoption"


@pytest.mark.parametrize(
    ("message", "paragraphs"),
    [
        # The passive: the party named is the one asked, every request to it listed.
        ("Qu'est-ce que le Haut-Commissaire est prié de faire ?", {"OP29", "OP30", "OP33"}),
        ("le Secrétaire général est prié de faire quoi ?", {"OP31"}),
    ],
)
def test_a_party_asked_in_the_passive_gets_its_requests(qa, message, paragraphs):
    answer = qa.answer(message)
    assert answer.intent is Intent.REQUESTS, (message, answer.intent)
    assert paragraphs <= set(answer.citations), answer.citations


@pytest.mark.parametrize(
    "message",
    [
        # Where a paragraph came from, who backed it, a year: never a place in the text.
        "l'OP29 est tiré du document final de Kampala, c'est exact ?",
        "l'OP12 a été rejeté par les pays les moins avancés, c'est bien ça ?",
        "l'OP2 parle de ce qui a été décidé en 1986, c'est exact ?",
        # A subject the text lacks, matched only by a one-word near synonym (« presse », « pressant »).
        "l'op17 parle de la liberté de la presse, c'est exact ?",
        # Two paragraphs named, two claims: neither is moved.
        "si je comprends bien l'OP9 parle des mesures coercitives et l'OP13 du terrorisme, c'est bien ça ?",
        # A common word alone (« services ») places nothing.
        "si je comprends bien l'OP16 parle des services de conseil, est-ce exact ?",
    ],
)
def test_second_review_claims_are_not_moved(qa, message):
    answer = qa.answer(message)
    assert not _moved(answer), answer.citations


@pytest.mark.parametrize(
    ("message", "named", "holder"),
    [
        ("OP10 is about terrorism, is that right?", "OP10", "OP14"),
        ("si je comprend bien l'op13 parle du terrorisme, est ce exact ?", "OP13", "OP14"),
    ],
)
def test_english_and_typed_variants_of_a_check_are_set_right(qa, message, named, holder):
    answer = qa.answer(message)
    assert answer.citations[:1] == [holder], (message, answer.citations)
    assert _moved(answer)


def test_the_askers_hedge_is_no_subject(qa):
    """ "if I understand correctly" glossed « compréhension » once matched OP7's words."""
    answer = qa.answer("if I understand correctly there are 37 operative paragraphs, is that right?")
    assert not ({"OP7", "OP10", "OP34"} & set(answer.citations)), answer.citations


@pytest.mark.parametrize(
    ("message", "note"),
    [
        # A footnote is a symbol; the paragraph calling it names what it refers to: not moved.
        ("je pensais que la note 1 parlait de l'Accord de Paris, c'est bien ça ?", "FN1"),
        ("la note 5 c'est le rapport du Haut-Commissaire, est-ce exact ?", "FN5"),
    ],
)
def test_a_claim_about_a_footnote_is_not_moved(qa, message, note):
    answer = qa.answer(message)
    assert note in answer.citations, (message, answer.citations)
    assert not _moved(answer)
