"""Thirty-first round: readings found in the batches promoted to tuning (ZZZZZB, ZZZZZC) and in the
tuning batches written this round (ZZZZZK, ZZZZZL, ZZZZZM).

Each case is a new wording of a miss, not the batch's own message.
"""

import pytest

from bot.core.questions.answer import Intent


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # Drafts and amendments are not in the text, whatever paragraph is named.
        ("Le paragraphe 13 a-t-il été amendé pendant les négociations ?", "debats"),
        # The content of a decision cited in a footnote is that decision's, not this text's.
        ("Quel est le contenu de la décision citée dans la note 1 ?", "autre_document"),
    ],
)
def test_what_the_text_does_not_hold_is_declined_with_its_reason(qa, question, reason):
    answer = qa.answer(question)
    assert not answer.answered, question
    assert answer.reason == reason, (question, answer.reason)


def test_the_people_holding_mandates_are_names_the_text_does_not_give(qa):
    answer = qa.answer("qui sont les rapporteurs spéciaux que le paragraphe 34 invite ?")
    assert not answer.answered
    assert "OP34" in [hit.paragraph.id for hit in answer.closest]


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # A noted report's symbol is in its footnote, whether it « est paru » or not.
        ("Le rapport dont le Conseil prend note au paragraphe 32 est paru sous quelle cote ?", "FN5"),
        # Swahili « paragraf ya 26 » (paragraph 26), « inasema nini kuhusu » (says what about).
        ("paragrafu ya 30 inasema nini ?", "OP30"),
        # « partie dispositive »: the operative part, as « dispositif ».
        ("la coopération Sud-Sud, la partie dispositive en dit quoi ?", "OP29"),
        # Meetings counted in the asker's words: the text counts its seminars (« cinq régions »).
        ("Combien de rencontres régionales sont prévues ?", "OP30"),
        ("le HCDH doit faire combien d'ateliers par région ?", "OP30"),
    ],
)
def test_promoted_misses_are_answered(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered, question
    assert cited in answer.citations, (question, answer.citations)


def test_a_past_agreement_asked_as_mentioned_is_not_another_sessions_result(qa):
    answer = qa.answer("L'accord conclu à Paris fin 2015 sur le climat est-il mentionné dans le texte ?")
    assert answer.reason != "autre_session"
    assert "PP3" in answer.citations + [hit.paragraph.id for hit in answer.closest]


def test_a_report_to_come_still_has_no_symbol(qa):
    answer = qa.answer("le nouveau rapport demandé au §33, il est paru ? sous quelle cote ?")
    assert not answer.answered
    assert "A/HRC/56/40" not in str(answer.data)


@pytest.mark.parametrize(
    ("question", "says", "not_says"),
    [
        # « je vous prie » is courtesy, not the operative verb « prie » of a request.
        (
            "On nous a distribué ce texte en cours sans la date. Pourriez-vous me dire, je vous prie, quand "
            "cette résolution a été adoptée ?",
            "Adoptée le 10 juillet 2024",
            None,
        ),
        # The distribution's date asked, the adoption's set aside.
        ("distribué quand le texte ? pas adopté, distribué", "Distribuée le 11 juillet 2024", "Adoptée le"),
    ],
)
def test_dates_asked_beside_context(plain, question, says, not_says):
    reply = plain.question(question).description
    assert says in reply, (question, reply)
    if not_says:
        assert not_says not in reply, (question, reply)


def test_the_ivory_coast_is_no_document_symbol(qa):
    answer = qa.answer("La Côte d'Ivoire sera-t-elle réélue au Conseil l'an prochain ?")
    assert not answer.answered
    assert answer.reason == "apres_adoption"
    assert answer.intent is Intent.SEARCH


def test_the_askers_setting_weighs_nothing(qa):
    # « un souvenir », « ma voisine soutient mordicus »: the asker's, no subject the text lacks.
    answer = qa.answer(
        "souvenir d'une phrase : « la coopération Sud-Sud ne remplace pas la coopération Nord-Sud », "
        "c'est où ?"
    )
    assert answer.answered
    assert "PP9" in answer.citations


@pytest.mark.parametrize(
    ("question", "says"),
    [
        # The distribution's date said as the adoption's: « Non », the adoption, and what 11 July is.
        (
            "Elle a été adoptée le 11 juillet 2024, comme écrit en haut du document ?",
            "Distribuée le 11 juillet 2024",
        ),
        # The session's dates asked as a period.
        ("Sur quelle période s'étalait la session où ce texte a été adopté ?", "18 juin-12 juillet 2024"),
        # The original language asked in other words.
        ("Ce texte a-t-il été rédigé à l'origine en français ?", "Original : anglais"),
    ],
)
def test_heading_facts_asked_in_other_words(plain, question, says):
    reply = plain.question(question).description
    assert says in " ".join(reply.split()).replace("\u00a0", " "), (question, reply)


def test_the_right_day_offered_beside_another_is_no_wrong_claim(plain):
    reply = plain.question("adoptée le 10 ou le 11 juillet ? je sais plus").description
    assert "Adoptée le 10 juillet 2024" in reply
    assert "Non" not in reply.split("\n")[0], reply
    wrong = plain.question("adoptée le 11 juillet ou le 12 ?").description
    assert wrong.startswith("Non"), wrong


@pytest.mark.parametrize(
    ("question", "says"),
    [
        # Dutch, as Brussels and Flemish classmates write in a bilingual Model UN.
        ("hoe heeft Duitsland gestemd ?", "L'Allemagne a voté contre"),
        ("weet iemand wie er zich onthouden heeft ?", "Argentine, République dominicaine"),
        ("Ivoorkust heeft tegen gestemd, toch ?", "la Côte d'Ivoire a voté pour"),
        ("wanneer werd de resolutie aangenomen ?", "Adoptée le 10 juillet 2024"),
        ("Zwitserland, hoe heeft het gestemd ?", "la Suisse n'est pas membre du Conseil"),
    ],
)
def test_dutch_vote_and_date_questions(plain, question, says):
    reply = " ".join(plain.question(question).description.split()).replace("\u00a0", " ")
    assert says in reply, (question, reply)


def test_a_dutch_paragraph_question_quotes_it(qa):
    answer = qa.answer("wat zegt paragraaf 26 ?")
    assert answer.answered
    assert answer.citations == ["OP26"]


def test_a_count_is_answered_first_by_the_passage_that_gives_it(qa):
    # OP6's « réunions … régionales » counts nothing; OP30's « cinq régions » is the answer.
    answer = qa.answer("combien de rencontres régionales sont prévues ?")
    assert answer.answered
    assert answer.citations[0] == "OP30", answer.citations


@pytest.mark.parametrize(
    "question",
    [
        # A session named by the Council's code, and a text adopted at a later session.
        "What was the vote at HRC 57?",
        "Did the Council adopt a follow-up resolution at the 59th session?",
        "ils ont adopté un nouveau texte au CDH59 ? c'était quoi le vote ?",
    ],
)
def test_another_sessions_vote_or_text_is_declined(qa, question):
    answer = qa.answer(question)
    assert not answer.answered, question
    assert answer.reason == "autre_session", (question, answer.reason)


def test_the_session_code_of_this_text_is_its_own(qa):
    # « HRC 56/2 » is the symbol, not a session code.
    answer = qa.answer("HRC 56/2 adopted when?")
    assert answer.answered
    assert answer.intent is Intent.METADATA


@pytest.mark.parametrize(
    ("question", "says", "not_says"),
    [
        # Another document handed out: this text's adoption date is not its.
        (
            "on nous a distribué la Déclaration sur le droit au développement, quand a-t-elle été adoptée ?",
            None,
            "Adoptée le 10 juillet 2024",
        ),
        # The date at the top of the document is the distribution's.
        ("quelle date figure en haut du document ?", "Distribuée le 11 juillet 2024", None),
        # Who wrote it is not its language.
        ("ce texte a été rédigé à l'origine par quel pays ?", None, "Original"),
        # A choice of days elsewhere in the message is no offer of the right one.
        (
            "quand a-t-elle été adoptée ? le 12 juillet ? c'est pour l'exercice 10 ou 11 du TD",
            "Non",
            None,
        ),
        # Dutch: a region, a false claim, "stemming from" in English.
        ("hoe heeft Latijns-Amerika gestemd ?", "6 pour, 0 contre, 2 abstentions", "États-Unis"),
        ("Nederland stemde voor, toch ?", "Non", None),
        ("what does the text say about inequalities stemming from the pandemic?", "PP11", "31 pour"),
    ],
)
def test_review_of_the_round(plain, question, says, not_says):
    reply = " ".join(plain.question(question).description.split()).replace("\u00a0", " ")
    if says:
        assert says in reply, (question, reply)
    if not_says:
        assert not_says not in reply, (question, reply)


def test_the_councils_own_decision_is_quoted_and_a_report_to_come_has_no_symbol(qa):
    own = qa.answer("quel est le contenu de la décision prise par le Conseil au paragraphe 37 ?")
    assert own.answered
    assert own.citations == ["OP37"]
    to_come = qa.answer("sous quelle cote est sorti le rapport sur les séminaires régionaux ?")
    assert not to_come.answered


def test_quebecois_ste_is_this(plain):
    reply = plain.question("c'tu adopté quand ste texte là ? j'ai besoin de la date").description
    assert "Adoptée le 10 juillet 2024" in reply, reply


def test_a_word_of_the_same_stem_is_not_the_word_asked(plain):
    # « enseignants » and PP21's « enseignements » share a stem: no « Oui, le texte en parle ».
    teachers = plain.question("le texte mentionne-t-il les enseignants ?").description
    assert not teachers.startswith("Oui"), teachers
    terrorism = plain.question("le texte parle du terrorisme ?").description
    assert terrorism.startswith("Oui"), terrorism


@pytest.mark.parametrize(
    ("question", "says"),
    [
        # The date at the top of the document is the distribution's.
        (
            "La date du 11 juillet en haut du document, elle correspond à quoi ?",
            "Distribuée le 11 juillet 2024",
        ),
        # "drafted in something else" asks the language, not the authors.
        (
            "is French the original language of this text? or was it drafted in something else?",
            "English",
        ),
    ],
)
def test_the_headings_dates_and_language_asked_around(plain, question, says):
    reply = " ".join(plain.question(question).description.split())
    assert says in reply, (question, reply)


def test_a_wrong_adoption_date_is_corrected_first(plain):
    reply = plain.question("adoptée le 11 juillet, la date en haut du document ?").description
    assert reply.startswith("Non"), reply
    assert reply.index("Adoptée le 10 juillet 2024") < reply.index("Distribuée le 11 juillet 2024"), reply
