"""Thirty-eighth round: readings found in the batches promoted to tuning (ZZZZZZZ, ZZZZZZZA) and
the gaps the last round's closing note left.

Each case is a new wording of a miss, not the batch's own message.
"""

import pytest

from bot.core.questions.answer import Intent
from bot.core.questions.specifics import gaps


def _gaps(resolution, question, ids):
    return [(g.said, g.says, g.paragraph) for g in gaps(question, [resolution.get(i) for i in ids])]


@pytest.mark.parametrize(
    ("question", "ids", "expected"),
    [
        (
            "l'op30 demande des séminaires nationaux, est-ce exact ?",
            ["OP30"],
            [("séminaires nationaux", "séminaires régionaux", "OP30")],
        ),
        (
            "le para 26 veut une cooperation locale ?",
            ["OP26"],
            [("cooperation locale", "coopération bilatérale, régionale et internationale", "OP26")],
        ),
    ],
)
def test_a_level_the_passage_says_otherwise_is_a_gap(resolution, question, ids, expected):
    assert _gaps(resolution, question, ids) == expected


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        # One of the levels a list gives.
        ("le para 26 parle de coopération régionale ?", ["OP26"]),
        # « mondial » is what « international » says.
        ("le para 26 parle de cooperation mondiale ?", ["OP26"]),
        # The level said is the passage's.
        ("l'op30 demande des séminaires régionaux ?", ["OP30"]),
        # A noun the passage never says at a level: nothing to compare.
        ("le para 3 parle de solidarité internationale ?", ["OP3"]),
        # Three passages quoted: which one the level was said of is unclear.
        ("des séminaires nationaux ?", ["OP30", "OP31", "OP26"]),
    ],
)
def test_no_level_gap_where_nothing_is_contradicted(resolution, question, ids):
    assert _gaps(resolution, question, ids) == []


def test_the_reply_sets_the_level_right_before_the_quote(qa, plain):
    answer = qa.answer("l'op30 demande des séminaires nationaux, est-ce exact ?")
    text = " ".join(plain.render_answer(answer).description.split())
    assert text.startswith("Attention : OP30 dit « séminaires régionaux », et non « séminaires nationaux ».")
    assert "OP30 · Prie à nouveau le Haut-Commissaire" in text


@pytest.mark.parametrize(
    "message",
    [
        "c la quantieme session ?",
        "pour l'intro : c'était la quantième session du Conseil ?",
    ],
)
def test_which_session_in_so_many_words_is_the_header(qa, message):
    answer = qa.answer(message)
    assert answer.intent is Intent.METADATA, (message, answer.intent)
    assert "session" in answer.facts


@pytest.mark.parametrize(
    "message",
    [
        "c quoi la difference entre la 78/197 et la 78/199 selon le texte ?",
        "on confond toujours la 78/197 et la 78/199, le texte les distingue comment ?",
        "difference between resolution 78/197 and 78/199?",
    ],
)
def test_two_cited_texts_compared_get_what_the_text_recalls_of_each(qa, message):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert {"OP35", "OP36"} <= set(answer.citations)


def test_this_text_compared_with_another_is_still_declined(qa):
    answer = qa.answer("What's the difference between resolution 56/2 and resolution 50/4?")
    assert not answer.answered
    assert answer.reason == "definition"


def test_two_requests_to_two_parties_get_each_its_paragraph(qa):
    answer = qa.answer(
        "deux questions : le HCDH doit faire quoi avec les pays qui ne donnent rien aux fonds ? "
        "et les États on leur demande quoi pour les fonds ?"
    )
    assert answer.answered
    assert [part.citations[0] for part in answer.parts] == ["OP21", "OP23"]


def test_a_second_part_pointing_back_is_not_asked_alone(qa):
    """« là-dessus » points back to the first part's subject: one reading, no parts."""
    answer = qa.answer(
        "le texte veut que la coop nord-sud, sud-sud et triangulaire se complètent ? "
        "et le HCDH doit faire quoi exactement là-dessus"
    )
    assert answer.answered
    assert not answer.parts


@pytest.mark.parametrize(
    "message",
    [
        "Was the summary report presented at the 63rd session?",
        "Was the seminars' report submitted at the sixty-third session, and what did it say?",
    ],
)
def test_a_report_asked_as_delivered_at_a_later_session_is_declined(qa, message):
    answer = qa.answer(message)
    assert not answer.answered, (message, answer.citations)
    assert answer.reason == "apres_adoption"


def test_a_report_to_be_presented_is_still_the_request(qa):
    answer = qa.answer("Is the summary report to be presented at the 63rd session?")
    assert answer.answered
    assert "OP31" in answer.citations


@pytest.mark.parametrize(
    ("message", "choice"),
    [
        ("finalement qui a voté contre ?", "contre"),
        ("finalement combien ont voté pour ?", "pour"),
    ],
)
def test_finally_before_a_vote_asks_the_record(qa, message, choice):
    answer = qa.answer(message)
    assert answer.intent is Intent.VOTE, (message, answer.reason)
    assert answer.answered
    assert answer.choice == choice


@pytest.mark.parametrize(
    "message", ["le bloc de l'Est a voté comment ?", "les pays de l'Est ont voté quoi ?"]
)
def test_the_eastern_bloc_is_the_eastern_european_group(qa, message):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert [t.group.code for t in answer.tallies] == ["EEG"]


def test_a_group_named_beside_the_union_gets_the_group(qa):
    answer = qa.answer("The EU is divided on this. How did the Western European and Others Group vote?")
    assert answer.answered, answer.reason
    assert [t.group.code for t in answer.tallies] == ["WEOG"]


def test_the_union_alone_is_still_no_member(qa):
    answer = qa.answer("l'UE a voté comment ?")
    assert not answer.answered
    assert answer.reason == "non_membre"


# Tuning batches written this round: ZZZZZZZJ (associations' letters), ZZZZZZZK (a bilingual exam
# revision), ZZZZZZZL (law students' traps).


@pytest.mark.parametrize(
    ("message", "paragraph"),
    [
        (
            "Bonjour à tous. Je suis bénévole dans une association de Lomé qui travaille en Afrique "
            "de l'Ouest. Le texte demande-t-il aux États de continuer d'alimenter les fonds ?",
            "OP23",
        ),
        (
            "Bonsoir, je travaille pour une ONG à Beyrouth. Question d'une collègue : les ONG sont-elles "
            "nommées dans le dispositif ?",
            "OP24",
        ),
        (
            "Hello, I volunteer with a small NGO in Lomé. The text recalls the Paris Agreement with a "
            "footnote. Which decision does that footnote give?",
            "FN1",
        ),
    ],
)
def test_a_self_introduction_is_not_the_question(qa, message, paragraph):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert paragraph in answer.citations, (message, answer.citations)


def test_a_thing_named_in_the_introduction_and_pointed_at_keeps_it(qa):
    """« … citer le rapport du Haut-Commissaire … Quelle est la cote de ce rapport ? »"""
    answer = qa.answer(
        "Bonjour, notre association souhaite citer le rapport du Haut-Commissaire dont le Conseil "
        "prend note. Quelle est la cote de ce rapport ?"
    )
    assert answer.answered
    assert "FN5" in answer.citations


def test_an_introduction_and_a_question_naming_nothing_is_not_read_alone():
    from bot.core.questions.introductions import after_introduction

    assert after_introduction("Notre association travaille sur la dette. Que dit le texte ?") is None
    assert after_introduction("Je suis membre d'une asso au Togo. Notre pays a voté comment ?") is None
    assert after_introduction("Bonjour, je suis juriste à Dakar. Que dit l'OP8 ?") == "Que dit l'OP8 ?"


def test_the_high_commissioners_full_title_is_no_topic(qa):
    answer = qa.answer(
        "Pourriez-vous récapituler tout ce que la résolution demande au Haut-Commissaire des Nations "
        "Unies aux droits de l'homme ?"
    )
    assert answer.intent is Intent.REQUESTS
    assert answer.citations == ["OP29", "OP30", "OP31", "OP33"]


def test_the_office_of_the_high_commissioner_is_the_office(qa):
    answer = qa.answer("que demande le texte au bureau du Haut-Commissaire ?")
    assert answer.addressee == "Haut-Commissariat"


@pytest.mark.parametrize(
    ("message", "answered"),
    [
        # What is counted was named before « combien » and its verb.
        ("On parle de séminaires régionaux. Combien sont prévus ?", True),
        # An amount, which no passage gives.
        ("le fonds de contributions volontaires il a combien dedans ?", False),
        ("la dette des pays en développement c'est combien en tout selon le texte ?", False),
    ],
)
def test_how_many_after_a_verb_counts_what_came_before(qa, message, answered):
    assert qa.answer(message).answered is answered


def test_codes_in_capitals_in_english_are_members(qa):
    answer = qa.answer("FRA and DEU, how did they vote?")
    assert answer.answered
    assert [m.country for m in answer.members] == ["France", "Allemagne"]


def test_the_non_aligned_movement_is_no_namibia(qa):
    answer = qa.answer("According to the NAM leaders, what is North-South cooperation notably based on?")
    assert answer.intent is not Intent.VOTE
    assert "PP9" in answer.citations


@pytest.mark.parametrize(
    ("message", "right"),
    [
        ("Moi je crois que c'est l'OP27 qui parle des pandémies, j'ai bon ?", "OP27"),
        ("l'OP12 parle des vaccins, n'est-ce pas ?", "PP12"),
        (
            "isn't it OP12 that talks about vaccines? I remember the Council recalling its vaccine "
            "resolutions somewhere",
            "PP12",
        ),
    ],
)
def test_a_claim_checked_in_other_words_is_checked(qa, message, right):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert right in answer.citations, (message, answer.citations)


def test_two_facts_of_the_header_compared_are_both_given(qa):
    answer = qa.answer("What's the difference between the adoption date and the distribution date?")
    assert answer.intent is Intent.METADATA
    assert {"adopted", "distributed"} <= set(answer.facts)


@pytest.mark.parametrize(
    ("message", "paragraph"),
    [("que dit le seizième point du dispositif ?", "OP16"), ("le 3e point du préambule ?", "PP3")],
)
def test_a_point_of_a_part_is_its_paragraph(qa, message, paragraph):
    assert qa.answer(message).citations == [paragraph]


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        (
            "la résolution 56/2 a été approuvée ensuite par l'Assemblée générale par combien de voix ?",
            "apres_adoption",
        ),
        ("was this resolution endorsed by the General Assembly later?", "apres_adoption"),
        ("t'es entraîné sur quelles données exactement ?", "le_bot"),
        ("Quel mécanisme de contrôle s'applique si un État méconnaît le paragraphe 13 ?", "sanctions"),
        (
            "Les États ayant voté contre sont-ils juridiquement liés par les paragraphes 21 à 23 ?",
            "sanctions",
        ),
        (
            "Quel est le rapport entre la résolution 56/2 et le Pacte international relatif aux droits "
            "économiques, sociaux et culturels, en particulier son article 2, paragraphe 1 ?",
            "autre_document",
        ),
    ],
)
def test_what_the_text_cannot_say_is_declined(qa, message, reason):
    answer = qa.answer(message)
    assert not answer.answered, (message, answer.citations)
    assert answer.reason == reason


def test_a_text_the_assembly_adopted_and_this_text_cites_is_still_quoted(qa):
    answer = qa.answer(
        "quel est le titre du programme adopté par l'Assemblée générale dans sa résolution 70/1 ?"
    )
    assert answer.answered
    assert "PP2" in answer.citations


@pytest.mark.parametrize(
    "message",
    [
        "What's the official English wording of OP8? I need the exact phrase, not a translation",
        "what does OP8 say in english?",
        "que dit l'OP8 en anglais ?",
    ],
)
def test_another_language_version_is_declined_with_the_paragraph_offered(qa, message):
    answer = qa.answer(message)
    assert not answer.answered
    assert answer.reason == "version"
    assert answer.closest[0].paragraph.id == "OP8"


@pytest.mark.parametrize(
    "message",
    ["La résolution 77/213 de l'AG, elle parlait de quoi exactement ?", "what was resolution 77/213 about?"],
)
def test_the_subject_of_a_text_cited_by_its_symbol_alone_is_declined(qa, message):
    answer = qa.answer(message)
    assert not answer.answered
    assert answer.reason == "autre_document"


def test_how_many_are_there_in_english_counts_what_came_before(qa):
    answer = qa.answer(
        "what does the resolution ask about the regional seminars, how many are there and when does the "
        "Council get the summary?"
    )
    assert answer.answered
    assert {"OP30", "OP31"} <= set(answer.citations)


@pytest.mark.parametrize(
    "message",
    [
        "which states imposing unilateral coercive measures does OP8 name?",
        "quels États imposant des mesures coercitives l'OP8 nomme-t-il ?",
    ],
)
def test_states_by_name_a_paragraph_never_gives_are_declined(qa, message):
    answer = qa.answer(message)
    assert not answer.answered, (message, answer.citations)


def test_what_a_paragraph_says_of_states_is_still_quoted(qa):
    answer = qa.answer("que dit l'OP8 des États qui imposent des mesures coercitives ?")
    assert answer.answered
    assert "OP8" in answer.citations


@pytest.mark.parametrize(
    ("message", "paragraphs"),
    [
        ("que demande le texte au SG et au Haut-Commissaire ?", ["OP29", "OP30", "OP31", "OP33"]),
        (
            "Qu'est-ce que la résolution demande au Haut-Commissariat à propos des fonds, et qu'est-ce "
            "qu'elle demande aux États ?",
            ["OP21", "OP22", "OP23"],
        ),
    ],
)
def test_requests_to_two_parties_are_each_partys(qa, message, paragraphs):
    answer = qa.answer(message)
    assert answer.intent is Intent.REQUESTS
    assert answer.citations == paragraphs
    assert answer.addressee == ""


def test_a_party_asking_another_is_not_two_parties_asked(qa):
    """« que demande l'Assemblée générale au Secrétaire général ? »: OP36 reports the Assembly's request."""
    answer = qa.answer("que demande l'Assemblée générale au Secrétaire général ?")
    assert "OP36" in answer.citations


# The review of this round's change (964 probes written by a reviewer, old and new code compared):
# its HIGH and MEDIUM findings, mended.


@pytest.mark.parametrize(
    "message",
    [
        "Finalement, les États-Unis ont voté pour lors d'un vote ultérieur ?",
        "Finalement, le vote de la France a changé ?",
    ],
)
def test_finally_about_a_later_vote_is_still_declined(qa, message):
    answer = qa.answer(message)
    assert not answer.answered, (message, answer.intent)
    assert answer.reason == "apres_adoption"


@pytest.mark.parametrize(
    ("message", "group"),
    [
        ("Comment ont voté les pays de l'est de l'Afrique ?", "AFR"),
        ("Les pays de l'est asiatique ont voté comment ?", "APG"),
    ],
)
def test_the_east_of_a_continent_is_not_the_eastern_european_group(qa, message, group):
    answer = qa.answer(message)
    assert [t.group.code for t in answer.tallies] == [group]


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        # OP30 names « organisations de la société civile » without a level too.
        ("Les organisations nationales de la société civile peuvent-elles participer ?", ["OP30"]),
        ("Les organisations locales peuvent-elles participer aux séminaires régionaux ?", ["OP30"]),
        # « organismes » is not « organisations ».
        ("Les organismes nationaux peuvent-ils participer aux séminaires de l'OP30 ?", ["OP30"]),
        # The level the passage says is one of those offered.
        ("l'OP30 demande des séminaires nationaux ou régionaux ?", ["OP30"]),
        ("Pourquoi l'OP30 parle de séminaires régionaux et pas de séminaires nationaux ?", ["OP30"]),
    ],
)
def test_no_level_gap_for_a_noun_said_without_level_or_a_level_offered(resolution, question, ids):
    assert _gaps(resolution, question, ids) == []


@pytest.mark.parametrize(
    ("message", "paragraph"),
    [
        ("La résolution 48/141, elle a été adoptée par l'AG quand ?", "PP6"),
        ("Le texte rappelle que la 41/128 a été adoptée par l'Assemblée générale ?", "PP5"),
        ("Has the Council asked that a report be presented at the 63rd session?", "OP31"),
        ("L'EPU est-il un mécanisme de contrôle ?", "PP25"),
        ("La Déclaration universelle des droits de l'homme, c'est dans l'article 13 ?", "OP13"),
        ("What does the resolution say, in English, about vaccines?", "PP12"),
    ],
)
def test_what_the_text_says_near_this_rounds_declines_is_still_quoted(qa, message, paragraph):
    answer = qa.answer(message)
    assert answer.answered, (message, answer.reason)
    assert paragraph in answer.citations


@pytest.mark.parametrize(
    ("message", "paragraph"),
    [
        ("Je suis chargée de mission sur la coopération Sud-Sud. Que demande la résolution ?", "OP29"),
        (
            "Je suis membre d'une association de lutte contre le terrorisme. Qu'est-ce que le texte "
            "demande à la communauté internationale ?",
            "OP14",
        ),
        ("Je suis bénévole dans une ONG. Que nous demande la résolution ?", "OP24"),
    ],
)
def test_an_introduction_naming_the_subject_keeps_it(qa, message, paragraph):
    answer = qa.answer(message)
    assert answer.answered
    assert paragraph in answer.citations


def test_a_link_between_two_sessions_is_no_header_fact(qa):
    assert qa.answer("Quel est le lien entre la session 56 et la session 59 ?").intent is not Intent.METADATA


def test_a_time_zone_in_capitals_is_no_member(qa):
    answer = qa.answer("We meet at 5pm EST, how did France vote?")
    assert [m.country for m in answer.members] == ["France"]


def test_a_group_beside_the_union_in_one_sentence_keeps_the_unions_members(qa):
    answer = qa.answer("Les pays de l'UE ont voté comme les pays africains ?")
    assert answer.data.get("ensemble") == "Union européenne"


def test_an_introduction_naming_the_subject_in_other_words_keeps_it(qa):
    """« la dette » is the text's « endettement » (the thesaurus): the introduction names PP15's subject."""
    answer = qa.answer("Je suis chargée de mission sur la dette. Que demande la résolution ?")
    assert "PP15" in answer.citations
