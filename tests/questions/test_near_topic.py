"""Questions beside a paragraph that it does not answer, found in the seventh round's trap batches
(AX, near-topic; BA, a paragraph or a cited document named): names the paragraph does not give, an
organisation the text never names, another document's articles, what came since."""

import pytest

from bot.core.questions.answer import Intent


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # Countries asked of a paragraph that names none.
        ("le paragraphe 8, le texte cite des pays qui imposent ces mesures ?", "pays_cites"),
        ("OP3 pays visés ?", "pays_cites"),
        ("Does OP7 name any countries?", "pays_cites"),
        # A counted set whose members are asked: the text gives the count, not the names.
        ("les cinq régions géographiques, c'est lesquelles ?", "liste"),
        # Organisations the text never names, whatever their domain's paragraph.
        ("Quel est le rôle de l'OMS dans le traité sur les pandémies selon la résolution ?", "pays_cites"),
        ("le texte parle du FMI pour la dette ?", "pays_cites"),
        ("What does the resolution ask of the World Bank?", "pays_cites"),
        ("What role does the WHO get in the pandemic treaty talks?", "pays_cites"),
        # What came of what the text asks or recalls.
        ("les séminaires régionaux, ça a donné quoi ?", "apres_adoption"),
        ("Did the High Commissioner actually set up the compilation of best practices?", "apres_adoption"),
        ("la Sous-Commission a été remplacée ensuite par quoi ?", "apres_adoption"),
        # Found in BA (a paragraph or a citation named, something it does not say asked).
        ("Which article of the Universal Declaration does the resolution quote?", "autre_document"),
        ("que disait la résolution 50/4 rappelée dans le préambule ?", "autre_document"),
        ("les États ont-ils vraiment respecté l'OP23 ?", "apres_adoption"),
        ("la soixante-troisième session de l'OP31, ça tombe en quelle année ?", "date_session"),
        ("Quels sont les pays les moins avancés cités dans le préambule ? la liste", "pays_cites"),
        ("Which religions does PP27 name?", "hors_paragraphe"),
    ],
)
def test_a_question_beside_a_paragraph_is_declined(qa, question, reason):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == reason


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # The vote of a grouping is still the vote route's, organisation or not.
        ("qui dans le Conseil est membre de l'Union africaine et a voté pour ?", None),
        # A paragraph that names kinds of countries answers « quels pays ».
        ("quels pays le fonds de l'EPU doit-il aider ?", "PP26"),
        # Five seminars: the count is given.
        ("combien de séminaires régionaux ?", "OP30"),
    ],
)
def test_what_the_text_gives_is_still_answered(qa, question, cited):
    answer = qa.answer(question)
    if cited is None:
        assert answer.reason != "pays_cites"
    else:
        assert answer.answered
        assert cited in answer.citations


def test_a_country_stands_for_the_city_of_a_meeting(qa):
    """PP9 says Kampala: « le sommet en Ouganda » is there; « l'Ouganda finance » is not."""
    summit = qa.answer("le sommet des non-alignés en Ouganda, il s'est tenu quand ?")
    assert summit.answered
    assert "PP9" in summit.citations
    assert qa.answer("est-ce que la France finance les fonds ?").reason == "pays_cites"


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # The history of a body the text names: its founding, seat, members.
        ("When was the Non-Aligned Movement founded?", "histoire"),
        ("Quand le Mouvement des pays non alignés a-t-il été fondé ?", "histoire"),
        ("Which countries belong to the Non-Aligned Movement?", "histoire"),
        ("Where is the Non-Aligned Movement headquartered?", "histoire"),
        # A year after the adoption: news.
        ("What did the Non-Aligned Movement decide at its 2025 summit?", "apres_adoption"),
    ],
)
def test_the_history_of_a_body_the_text_names_is_declined(qa, question, reason):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == reason


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # The texts that created the Council and the High Commissioner's post are cited.
        ("Quand le Conseil des droits de l'homme a-t-il été créé ?", "PP23"),
        ("c'est quelle résolution de 1993 qui a créé le poste de Haut-Commissaire ?", None),
        # The Council's own stance is the text.
        ("What is the Council's position on sanctions?", "OP8"),
    ],
)
def test_what_the_text_says_of_a_founding_is_answered(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    if cited is not None:
        assert cited in answer.citations


def test_a_year_after_the_adoption_asked_of_the_adoption_gets_its_date(qa):
    answer = qa.answer("la résolution a été adoptée en 2025 ?")
    assert answer.answered
    assert answer.intent.value == "metadonnees"


def test_the_subject_after_an_inverted_verb_is_its_whole_object(qa):
    # « évoque-t-il la levée des brevets sur les vaccins ? » had been weighed as « les vaccins »
    # (what follows « sur »), which PP14 covers; the patents it does not mention.
    answer = qa.answer("Le texte évoque-t-il la levée des brevets sur les vaccins ?")
    assert not answer.answered


@pytest.mark.parametrize(
    "question",
    [
        # A body's stance is in its statements, not in this text (OP8 and PP15 had answered).
        "What is the Non-Aligned Movement's position on sanctions?",
        "la position du G77 sur la dette ?",
        "quelle est la position de l'UE sur les mesures coercitives unilatérales ?",
    ],
)
def test_a_bodys_stance_is_declined(qa, question):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == "debats"


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # The Council's stance is the text; a paragraph's, its text.
        ("quelle est la position du Conseil sur les sanctions ?", "OP8"),
        ("What is the text's position on sanctions?", "OP8"),
        ("What is OP8's position on sanctions?", "OP8"),
    ],
)
def test_the_councils_stance_is_the_text(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # A paragraph named, asked what it does not say: names it gives none of, a subject it
        # does not hold, its legal force, what it led to.
        ("quels groupes terroristes sont cites dans le paragraphe 14 ?", "hors_paragraphe"),
        (
            "qu'est-ce que le paragraphe 28 dit sur l'intelligence artificielle et les droits de l'homme ?",
            "hors_paragraphe",
        ),
        (
            "le devoir de coopérer de l'OP3 c'est contraignant juridiquement ou c'est juste symbolique ?",
            "sanctions",
        ),
        ("did para 14 lead to any new counter-terrorism treaty after 2024?", "apres_adoption"),
        ("Did this resolution make any country lift its sanctions?", "apres_adoption"),
    ],
)
def test_a_paragraph_named_is_not_quoted_for_what_it_does_not_say(qa, question, reason):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == reason


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # The crises OP26 lists are kinds, which it names: not names asked of it.
        ("le paragraphe 26 il cite quelles crises mondiales ?", "OP26"),
        ("que dit le paragraphe 28 sur la coopération ?", "OP28"),
    ],
)
def test_a_paragraph_named_answers_what_it_says(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.citations == [cited]


def test_did_the_uk_get_a_say_is_its_membership(qa):
    # "did … get a" is no effect of the text when the subject is a country.
    answer = qa.answer("did the UK get a say on this one?")
    assert answer.reason == "non_membre"


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("les séminaires régionaux vont se tenir où et à quelles dates ?", "liste"),
        ("c'est lesquelles les cinq régions géographiques dont parle l'OP30 ?", "hors_paragraphe"),
        (
            "C'est quoi les cinq régions géographiques pour les séminaires ? elles s'appellent comment ?",
            "liste",
        ),
        ("Le HCDH a-t-il déjà remis le rapport demandé au paragraphe 33 ?", "apres_adoption"),
        ("Did the number of donors actually go up after the resolution was adopted?", "apres_adoption"),
        ("Did more countries start giving money to the funds after this resolution?", "apres_adoption"),
        ("When is the pandemic treaty supposed to be finished?", "apres_adoption"),
        ("non-politisation = quoi exactement ? def", "definition"),
        ("définition coopération Sud-Sud ?", "definition"),
        ("Qu'est-ce qu'un « acteur non étatique » au sens du paragraphe 13 ?", "definition"),
        ("c quoi la diff entre le Conseil des droits de l'homme et l'ancienne Commission ?", "histoire"),
        ("Which body did the Human Rights Council replace when it was set up in 2006?", "histoire"),
        (
            "La résolution 78/197, à part ce qui est rappelé ici, elle contient quoi d'autre ?",
            "autre_document",
        ),
        (
            "Quels transferts de technologies ont été décidés lors du sommet des non-alignés à Kampala ?",
            "autre_document",
        ),
        (
            "L'OP32 prend note d'un rapport du Haut-Commissaire : qu'est-ce qu'il contient exactement ?",
            "autre_document",
        ),
        ("Combien de voix avait la version précédente de la résolution ?", "autre_session"),
        ("les USA ils sont pour ou contre le traité sur les pandémies ?", "hors_vote"),
    ],
)
def test_what_the_text_does_not_say_near_its_words_is_declined(qa, question, reason):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == reason


@pytest.mark.parametrize(
    "question",
    [
        # The text's language is asked; « on tient à la langue » is the asker's.
        "what's the original language of the document",
        "c'est quoi la langue du document ?",
        "la résolution a été rédigée dans quelle langue ?",
    ],
)
def test_the_texts_language_is_answered(qa, question):
    answer = qa.answer(question)
    assert answer.intent is Intent.METADATA
    assert "language" in answer.facts


def test_the_askers_language_is_not_the_texts(qa):
    answer = qa.answer("chez nous au quebec on tient a la langue, le texte parle de la francophonie ?")
    assert answer.intent is not Intent.METADATA


@pytest.mark.parametrize(
    "question",
    [
        "donne moi un exemple de cooperation sud sud reussie cite dans le texte",
        "Peux-tu donner des exemples concrets de mesures coercitives unilatérales ?",
        "yo qqn a un exemple d'ingérence d'un acteur non étatique ? le texte en donne un ?",
        "'confidence-building measures' — what concrete examples does the resolution list?",
        "does it list any examples of coercive measures?",
    ],
)
def test_examples_the_text_does_not_give_are_declined(qa, question):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == "exemples"


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # OP29 asks for best practices to be gathered; OP26 lists crises; « par exemple » is the
        # asker's.
        ("what list of good examples does the UN rights chief have to put together?", "OP29"),
        ("le texte cite des exemples de crises ?", "OP26"),
        (
            "Le texte dit-il que les pays sont obligés de s'entraider, "
            "et par exemple pour en finir avec quoi ?",
            "OP3",
        ),
    ],
)
def test_examples_the_text_gives_are_answered(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations
