"""Commentary on the vote (tuning batch AG, a journalism and debate club) and traps near the text's
content (batch AH): what the record and the text say, and the many things they do not."""

import pytest

from bot.core.questions.answer import Intent, VoteScope


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # Breakdowns the record does not give.
        ("Combien de pays à majorité musulmane ont voté pour ?", "non_membre"),
        ("How many Catholic-majority countries voted against?", "non_membre"),
        ("Combien de pays à revenu élevé ont voté contre ?", "non_membre"),
        ("les pays qui ont vote pour ca represente quel % de la population mondiale", "non_membre"),
        # What a vote shows, what explains it, who ordered it, whether it was a first.
        ("Que révèle le vote de l'Inde sur sa relation avec les États-Unis ?", "hors_vote"),
        ("What does Japan's vote tell us about its alignment with the West?", "hors_vote"),
        ("Le Chili a voté pour et l'Argentine contre : qu'est-ce qui explique cette différence ?", "motifs"),
        ("Le président argentin a-t-il personnellement ordonné l'abstention de son pays ?", "hors_vote"),
        ("now that cuba voted against, is that a first for them?", "hors_vote"),
        # Another body's vote, what came later, hypotheticals, pressure, who chaired.
        (
            "A l'Assemblée générale, la résolution équivalente a obtenu combien de voix pour ?",
            "autre_session",
        ),
        (
            "Depuis l'adoption, les pays qui ont voté contre appliquent quand même la résolution ?",
            "apres_adoption",
        ),
        ("Did the countries that voted no end up implementing it anyway?", "apres_adoption"),
        ("Le Brésil de Lula a-t-il voté différemment de ce qu'aurait fait celui de Bolsonaro ?", "opinion"),
        ("heard washington leaned on georgia to vote no lol true??", "debats"),
        ("who was chairing the 34th meeting when they voted?", "personne"),
    ],
)
def test_what_the_record_does_not_say_is_declined(qa, question, reason):
    answer = qa.answer(question)
    assert (answer.answered, answer.reason) == (False, reason)


def test_a_false_premise_beside_something_else_is_corrected(plain):
    text = plain.question("now that cuba voted against, is that a first for them?").description
    assert text.startswith("No: Cuba voted for") or "Cuba voted for" in text


@pytest.mark.parametrize(
    ("question", "countries"),
    [
        ("which way did the dominican republic go", ["République dominicaine"]),
        ("Quick one for debate prep: Qatar and Kuwait, same side or not?", ["Qatar", "Koweït"]),
        ("Brazil: yes, no or sat it out?", ["Brésil"]),
    ],
)
def test_everyday_ways_of_asking_a_members_vote(qa, question, countries):
    answer = qa.answer(question)
    assert (answer.intent, answer.answered, answer.scope) == (Intent.VOTE, True, VoteScope.COUNTRY)
    assert [m.country for m in answer.members] == countries


def test_a_group_split_and_a_non_member_called_to_vote(qa):
    answer = qa.answer("latin america & caribbean group, how'd they split?")
    assert [t.group.code for t in answer.tallies] == ["GRULAC"]
    answer = qa.answer("Est-ce que le Sénégal faisait partie des pays appelés à se prononcer ?")
    assert (answer.intent, answer.reason) == (Intent.VOTE, "non_membre")


def test_the_meeting_asked_in_text_speak(qa):
    answer = qa.answer("c t a quelle seance le vote ? la 34e ou pas")
    assert (answer.intent, answer.answered) == (Intent.METADATA, True)
    assert "meeting" in answer.facts


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("L'OP14 donne-t-il une définition juridique du terrorisme ?", "definition"),
        ("Which legal definition of terrorism, from which convention, does OP14 rely on?", "definition"),
        ("Quelles recommandations contient le rapport A/HRC/56/40 du Haut-Commissaire ?", "autre_document"),
        ("By what date are states required to pay into the funds mentioned in OP23?", "hors_paragraphe"),
        ("para 14 terrorisme, ils citent quels groupes terroristes", "hors_paragraphe"),
    ],
)
def test_what_a_paragraph_or_a_report_does_not_give_is_declined(qa, question, reason):
    answer = qa.answer(question)
    assert (answer.answered, answer.reason) == (False, reason)


def test_nb_is_a_number_asked(qa):
    answer = qa.answer("nb de pays non alignés ?")
    assert not answer.answered


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # Batch AI, a MUN crisis committee: who drafted or negotiated a paragraph named.
        ("Which country drafted OP8?", "auteurs"),
        ("Côte d'Ivoire et Ghana ont co-rédigé l'OP30 sur les séminaires régionaux ?", "auteurs"),
        ("Deutschland a négocié quoi sur l'OP26 ?", "auteurs"),
        ("adoptee a l unanimite le 12 juillet c ca ? donc c qui qui l a presentee", "auteurs"),
        # A wrong tally as ground of a comparison; a justification; heads of State.
        ("Puisque c'est passé à 40 voix contre 7, c'est le plus gros score de toute la session ?", "motifs"),
        ("How did the Middle Kingdom's delegation justify its yes vote?", "motifs"),
        ("PP9 sommet de Kampala → quels présidents y étaient ?", "personne"),
    ],
)
def test_a_crisis_committees_traps_are_declined(qa, question, reason):
    answer = qa.answer(question)
    assert (answer.answered, answer.reason) == (False, reason)


def test_the_negotiations_the_text_speaks_of_are_still_answered(qa):
    answer = qa.answer("Does the resolution mention negotiations on a pandemic treaty?")
    assert answer.answered
    assert "PP14" in answer.citations


@pytest.mark.parametrize(
    ("question", "scope"),
    [
        ("yo qqn sait comment l'Inde a voté sur la 56/2 ? on est en plein débat là 🔥", VoteScope.COUNTRY),
        (
            "qui s'est abstenu sur la 56/2 svp, le président de séance veut la liste dans 2 min",
            VoteScope.CHOICE,
        ),
        ("ya eu cb de pays pour stp", VoteScope.TALLY),
        ("need the for vs against numbers for the crisis update, quick pls", VoteScope.TALLY),
    ],
)
def test_a_crisis_committees_vote_questions_are_answered(qa, question, scope):
    answer = qa.answer(question)
    assert (answer.intent, answer.answered, answer.scope) == (Intent.VOTE, True, scope)


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # Batch AK (a political-science class the day after a lecture on North-South divides).
        ("La France a voté contre pour protéger ses entreprises, c'est bien ça ?", "motifs"),
        (
            "Classe les pays qui ont voté pour selon leur engagement dans la coopération Sud-Sud stp",
            "hors_vote",
        ),
        ("Y a-t-il un lien entre le niveau d'endettement des pays et leur vote ?", "hors_vote"),
        ("Did all the Global North countries vote against?", "non_membre"),
        ("What share of world GDP do the 14 no votes represent?", "non_membre"),
        ("How did France vote on the other resolutions adopted on 10 July 2024?", "autre_session"),
        ("Le monde arabe a voté comment sur ce texte ?", "non_membre"),
        # Batch AJ (exam revision): a body said to be created, what a State risks.
        (
            "Quelle est la durée du mandat du rapporteur spécial sur la coopération internationale créé par "
            "l'OP30 ?",
            "organe_absent",  # the text names no special rapporteur at all
        ),
        (
            "Si un pays refuse de jouer le jeu avec le bureau des droits humains, il risque quoi ?",
            "sanctions",
        ),
    ],
)
def test_a_political_science_class_traps_are_declined(qa, question, reason):
    answer = qa.answer(question)
    assert (answer.answered, answer.reason) == (False, reason)


@pytest.mark.parametrize(
    "question",
    [
        "Did Qatar and Kuwait end up on the same side?",
        "Is Switzerland in the list of countries that voted?",
        "At which meeting of the session was the vote taken?",
        "La Russie a voté comment ? le chargé de TD a dit hier qu'elle soutient toujours les textes "
        "portés par le Sud",
    ],
)
def test_a_political_science_class_vote_questions_are_answered(qa, question):
    answer = qa.answer(question)
    assert answer.intent in (Intent.VOTE, Intent.METADATA)
    assert answer.answered or answer.reason == "non_membre"


def test_another_resolutions_adoption_is_its_citing_paragraphs(qa):
    answer = qa.answer(
        "According to the preamble, which General Assembly resolution established the Human Rights "
        "Council, and when was it adopted?"
    )
    assert answer.intent is not Intent.VOTE
    assert "PP23" in answer.citations


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # Batches AL (English speakers catching the bot out) and AM (the night before an exam).
        (
            "OP23 urges states to keep feeding the funds — what's the minimum each country has to give?",
            "hors_paragraphe",
        ),
        ("What were the main findings of the High Commissioner's report A/HRC/56/40?", "autre_document"),
        ("What does Article 1, paragraph 3 of the UN Charter actually say, word for word?", "autre_document"),
        ("Buenos Aires Plan of Action – what are its main points?", "autre_document"),
        ("do u think this resolution will actually change anything tbh", "opinion"),
        ("ok honest question, are the western countries right to oppose it or not?", "opinion"),
        ("Where and when are the regional seminars going to be held?", "apres_adoption"),
        ("les séminaires régionaux de l'OP30 ils ont déjà eu lieu ? c'était où ?", "apres_adoption"),
        ("vu que l'OP27 adopte le traité sur les pandémies, il entre en vigueur quand ?", "apres_adoption"),
        ("Which least developed countries actually got money from the UPR trust fund?", "apres_adoption"),
        (
            "OP21 dit que les pays qui paient pas seront sanctionnés, c quoi la sanction exactement ?",
            "sanctions",
        ),
        ("Since OP14 defines terrorism, what's the definition it gives?", "definition"),
        ("haut-commissaire 2024 = qui ?", "personne"),
        ("Which countries are the biggest donors to these UN human rights funds?", "pays_cites"),
        ("les pays les moins avancés c'est lesquels exactement ? y a une liste ?", "pays_cites"),
        ("l'OP30 les seminaires ils ont lieu dans quelles villes ?", "hors_paragraphe"),
        ("l'OP10 il dit quoi sur les réseaux sociaux ?", "hors_paragraphe"),
        ("au sommet de Kampala y avait combien de chefs d'État présents ?", "montant"),
    ],
)
def test_traps_of_students_catching_the_bot_out_are_declined(qa, question, reason):
    answer = qa.answer(question)
    assert (answer.answered, answer.reason) == (False, reason)


def test_a_because_said_of_a_vote_with_an_elision_is_a_reason(qa):
    answer = qa.answer("la Chine elle respecte vraiment les droits de l'homme ? vu qu'elle a vote pour")
    assert (answer.answered, answer.reason) == (False, "motifs")


def test_what_a_paragraph_says_on_its_subject_is_still_answered(qa):
    answer = qa.answer("que dit l'OP8 sur les mesures coercitives ?")
    assert answer.answered
    assert "OP8" in answer.citations
