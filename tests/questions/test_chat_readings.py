"""Readings found in the eighth round's new tuning batches: the blind batches of the round before
(ZK, ZL, ZM, ZN) and the held-out ZP, once reported, and BD (far paraphrases in short chat)."""

import pytest

from bot.core.questions.answer import Intent


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # A cited document asked about, in words the citing paragraph does not use: « invoqué »
        # and « au début » say where it is cited, not what it is about.
        (
            "Selon le préambule, quel article de la Charte des Nations Unies est invoqué pour la "
            "coopération internationale ?",
            "PP1",
        ),
        ("La résolution 70/1 qui est rappelée au début, elle s'intitule comment ?", "PP2"),
        # The apostrophe left out (« lhomme »), « qq part » in text-speak.
        ("la declaration de vienne sur les droits de lhomme a ete adoptee quand d'apres le texte", "PP1"),
        ("l'accord de paris est cité qq part dans la reso ?", "PP3"),
        # "Non-Aligned" glossed whole: the stop word before the hyphen went with it.
        ("What did the Non-Aligned Movement commit to in its Kampala Declaration?", "PP19"),
    ],
)
def test_a_cited_document_asked_in_chat_words_is_answered(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    "question",
    ["combien contre ?", "et combien pour", "y a eu combien de oui ?"],
)
def test_a_camp_counted_alone_is_the_tally(qa, question):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.intent is Intent.VOTE


def test_the_askers_own_day_is_no_vote_for(qa):
    # « pour jeudi » is when the talk is due, « j'ai vu que » no ground given: the question is
    # about South-South cooperation, not Uganda's vote.
    answer = qa.answer(
        "Salut ! Je prépare mon exposé sur la coopération entre pays du Sud pour jeudi et j'ai vu que le "
        "préambule cite un sommet en Ouganda. Du coup, d'après ce passage, est-ce que l'entraide entre "
        "pays du Sud remplace celle avec les pays riches du Nord ?"
    )
    assert answer.intent is not Intent.VOTE
    assert answer.answered
    assert "PP9" in answer.citations


def test_the_askers_task_after_a_vote_question_is_dropped(qa):
    answer = qa.answer("japan voted how? im doing a presentation on japanese foreign policy")
    assert answer.answered
    assert answer.intent is Intent.VOTE


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("Combien de séminaires régionaux avaient déjà été organisés avant celle-ci ?", "autre_session"),
        (
            "What did the High Commissioner's office actually do with the money from the funds last year?",
            "apres_adoption",
        ),
        ("Qui sont les titulaires de mandat des procédures spéciales visés à l'OP34, leurs noms ?", None),
        ("who wrote this / which country pushed it?", "auteurs"),
    ],
)
def test_what_came_before_or_after_and_names_are_declined(qa, question, reason):
    answer = qa.answer(question)
    assert not answer.answered
    if reason is not None:
        assert answer.reason == reason


def test_a_paragraph_named_with_names_asked_offers_it(qa):
    answer = qa.answer(
        "Qui sont les titulaires de mandat des procédures spéciales visés à l'OP34, leurs noms ?"
    )
    assert not answer.answered
    assert answer.closest[0].paragraph.id == "OP34"


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # Found in BE (the bodies, meetings and documents the text names).
        ("c'était le combientième sommet des non-alignés, celui de Kampala ?", "PP9"),
        ("GA resolution 78/197 (Dec 2023): what did it ask the Council to do?", "OP35"),
        ("la res 78/199 de l'AG elle demande quoi au SG ? jpp de chercher", "OP36"),
        # A document asked by kind: its symbol names it.
        (
            "La Sous-Commission de la promotion et de la protection des droits de l'homme, le texte cite "
            "quelle résolution d'elle et de quelle session ?",
            "PP8",
        ),
    ],
)
def test_a_body_or_document_the_text_names_is_answered(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    "question",
    [
        # The date PP3 gives is the Assembly resolution's, not the conference's.
        "La troisième conférence sur le financement du développement s'est tenue à quelles dates ?",
        # « établir un nouveau rapport » (OP33) creates no body.
        "Le texte crée-t-il un nouveau rapporteur spécial sur la coopération internationale ?",
        "C'est la combientième fois que le Conseil adopte une résolution sur ce thème ?",
    ],
)
def test_a_date_or_body_the_passages_do_not_give_is_declined(qa, question):
    assert not qa.answer(question).answered


def test_a_meeting_the_text_dates_is_answered_when_asked_how_it_went(qa):
    answer = qa.answer("le sommet de Kampala, ça s'est passé à quelles dates ?")
    assert answer.answered
    assert "PP9" in answer.citations


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # Found in BF (near misses: a paragraph's words, something it does not say) and BG (false
        # premises, the evening before a Model UN session).
        ("quelles bonnes pratiques le Haut-Commissaire a déjà compilées depuis ?", "apres_adoption"),
        (
            "What exactly does the Council mean by 'non-politicization'? Is there a definition in the text?",
            None,
        ),
        ("C'est quoi les principales critiques contre ce texte ? Les ONG en pensent quoi ?", "opinion"),
        ("Le texte dit que le Conseil va créer un rapporteur spécial : il sera nommé quand ?", None),
        ("Quels sont les points faibles de ce papier d'après les pays qui ont dit non ?", None),
    ],
)
def test_a_near_miss_is_declined(qa, question, reason):
    answer = qa.answer(question)
    assert not answer.answered
    if reason is not None:
        assert answer.reason == reason


@pytest.mark.parametrize(
    ("question", "country", "vote"),
    [
        # The asker's own doubt or search after the question is no judgement of the vote.
        (
            "et l'argentine elle a vote quoi ? j'hesite entre pour et abstention dans mon tableau",
            "Argentine",
            "abstention",
        ),
        (
            "On m'a mis délégué de la France pour demain, rappel rapide svp : la France a voté comment ?",
            "France",
            "contre",
        ),
    ],
)
def test_the_askers_doubt_after_a_vote_question_is_context(qa, question, country, vote):
    answer = qa.answer(question)
    assert answer.answered
    assert [(m.country, m.vote.value) for m in answer.members] == [(country, vote)]


def test_a_non_member_asked_with_the_askers_doubt_is_no_member(qa):
    answer = qa.answer(
        "Et l'Italie, elle a voté pour ou contre ? Je la trouve nulle part dans ma liste, c'est bizarre"
    )
    assert answer.reason == "non_membre"
    # A judgement asked of the vote stays declined.
    assert qa.answer("La France a voté contre, c'est bizarre ?").reason == "hors_vote"


@pytest.mark.parametrize(
    "question",
    [
        "Does the text call for a new international economic order? I'd like to bring that up in my opening "
        "speech.",
        "yo does the High Commissioner have to collect best practices on north-south cooperation?? someone "
        "in my group said OP29 but idk",
    ],
)
def test_the_askers_speech_and_group_are_no_debate(qa, question):
    assert qa.answer(question).answered


def test_debate_prep_glossed_is_the_askers(qa):
    # "debate" glossed into « débats »: still the asker's preparation, not the Council's debates.
    answer = qa.answer("Quick one for debate prep: Qatar and Kuwait, same side or not?")
    assert answer.answered
    assert answer.lang == "en"
    assert {m.country for m in answer.members} == {"Qatar", "Koweït"}


@pytest.mark.parametrize(
    ("question", "country", "vote"),
    [
        # Found in review: before the question, the asker's search holds the subject.
        ("je trouve pas l'Allemagne dans la liste, elle a voté pour ?", "Allemagne", "contre"),
        ("i can't find germany in the list, did it vote for?", "Allemagne", "contre"),
        ("je sais pas si la france a voté pour, tu peux vérifier ?", "France", "contre"),
    ],
)
def test_the_askers_search_before_the_question_is_its_subject(qa, question, country, vote):
    answer = qa.answer(question)
    assert answer.answered
    assert [(m.country, m.vote.value) for m in answer.members] == [(country, vote)]


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("je sais pas ce que dit le texte sur la dette, tu peux m'aider ?", "PP15"),
        ("I can't find where the text talks about terrorism, which paragraph?", "OP14"),
        ("Quels exemples concrets de crises l'OP26 donne-t-il ?", "OP26"),
        ("Les ONG, elles sont citées ?", "OP24"),
        ("What annual report is noted in OP20?", "OP20"),
        ("Les États en pensent quoi, d'après l'OP8 ?", "OP8"),
    ],
)
def test_the_reviews_answerable_questions_stay_answered(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


def test_a_grouping_by_countries_is_still_the_vote(qa):
    answer = qa.answer("Les votes selon les pays africains ?")
    assert answer.answered
    assert answer.intent is Intent.VOTE


def test_a_group_that_spoke_is_a_debate(qa):
    assert qa.answer("What has the Arab group said about OP8?").reason == "debats"
