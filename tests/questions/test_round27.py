"""Twenty-seventh round: readings found in the batches promoted to tuning (ZZZZM to ZZZZP).

Each case is a new wording of a miss, not the batch's own message.
"""

import pytest

from bot.core.questions.answer import Intent


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # The asker's tiredness and a chat abbreviation (« négos ») leave the subject whole.
        ("le texte parle du traité sur les pandémies ou je rêve ?", "PP14"),
        ("les négos sur le traité pandémie, c'est dans quel alinéa ?", "PP14"),
        # An ordinal before « PP » or « alinéa » is the paragraph's number, not a word to find.
        ("le 2e PP rappelle quelle résolution de l'AG ?", "PP2"),
        ("le 3e alinéa cite quel accord ?", "PP3"),
        # « j'avais noté 4 »: the asker's verb, no footnote 4.
        ("j'avais noté 4 pour la note du rapport, c'est bien ça ? quelle cote a le rapport du HC ?", "FN5"),
        # Who provides, not how much: OP31's Secretary-General.
        ("qui doit fournir les ressources (le budget) pour les ateliers régionaux ?", "OP31"),
        ("who must provide the resources for the seminars?", "OP31"),
        # Doctrines are a kind OP7 lists, not names to give.
        ("le texte veut qu'on rejette quelles doctrines au juste ?", "OP7"),
        # The asker's team wanting to quote, and the asker's own country in a Model UN.
        ("what does the text say about debt? the Mali delegation wants to quote it", "PP15"),
        ("On représente le Malawi au MUN. Le texte parle-tu du sommet de Kampala, c'était quand ?", "PP9"),
        # "who is the Secretary-General asked to consult": whom, not the office holder's name.
        ("In GA resolution 78/197, what is the Council requested to consider?", "OP35"),
        # Mauritian and Réunionnais Creole spelt as said.
        ("rezolision la koz dette ?", "PP15"),
        ("ki paragraf i koz bann mesures coercitives ?", "OP8"),
        # The preamble named: what it says of a declaration, not the operative requests.
        (
            "d'après le préambule, qu'est-ce que les États doivent faire pour le droit au développement ?",
            "PP5",
        ),
        # « l'évoque »: the question verb, its pronoun elided.
        ("le racisme, le texte l'évoque ?", "OP11"),
    ],
)
def test_promoted_misses_are_answered(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered, question
    assert cited in answer.citations, (question, answer.citations)


@pytest.mark.parametrize(
    "question",
    [
        # Its title in another language: the text is the French one.
        "quel est le titre de la résolution en espagnol ?",
        "what's the chinese title of this resolution?",
        # An amount asked of a footnote named.
        "combien de millions le fonds de contributions volontaires a reçu ? c'est dans la note 3 ?",
        # A State's review, not the Council taking the question up again.
        "l'Algérie passe son EPU quand la prochaine fois ?",
        # The content of a compilation still to be written.
        "le HC a retenu quelles bonnes pratiques finalement ?",
        "which best practices did the compilation find?",
        # Places, a deadline, a calendar date that no passage gives.
        "les séminaires de l'OP30 auront lieu dans quelles villes ?",
        "avant quelle date limite le HC doit-il organiser les séminaires ?",
        "when exactly will the seminars be held?",
        # A sum asked of a paragraph named.
        "le para 31 prévoit quelle enveloppe pour les séminaires ?",
        # A special rapporteur's name.
        "le rapporteur spécial sur le droit au développement c'est qui actuellement ?",
        # The series' history.
        "le Conseil vote ce type de texte depuis quand ? c'était laquelle la toute première ?",
        # Countries by name, which the text never gives.
        "coopération Sud-Sud, quels exemples de pays le texte donne ?",
        # « sur la dette » says where to look; the subject asked (IMF) is not in the text.
        "dans le passage sur la dette, ils parlent du FMI ?",
    ],
)
def test_what_the_text_does_not_say_is_declined(qa, question):
    assert not qa.answer(question).answered, question


@pytest.mark.parametrize(
    "question",
    [
        "pourquoi la 56/2 a été adoptée à l'unanimité ?",
        "why was it adopted by consensus?",
    ],
)
def test_a_reason_for_an_adoption_that_never_was_gets_the_record(qa, question):
    """The premise is wrong: a recorded vote, 31 to 14, not a consensus."""
    answer = qa.answer(question)
    assert answer.answered, question
    assert answer.intent is Intent.VOTE


def test_a_reason_for_no_consensus_stays_declined(qa):
    assert not qa.answer("pourquoi elle n'a pas été adoptée par consensus ?").answered


def test_this_text_named_after_a_context_of_other_sessions_asks_its_vote(qa):
    answer = qa.answer(
        "Ma prof dit que l'Europe vote toujours contre au CDH. Sur la 56/2, les pays d'Europe de l'Est "
        "ont voté comment ?"
    )
    assert answer.answered
    assert answer.intent is Intent.VOTE


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("le texte parle du terrorisme ?", "Oui : le texte en parle."),
        # Found only through the thesaurus (PP20's « pays les moins avancés »): no « Oui ».
        (
            "le texte parle de la pauvreté ?",
            "Le texte n'emploie pas ces mots tels quels ; voici les passages les plus proches de ce sens "
            "(des extraits, pas une synthèse) :",
        ),
        ("est-ce que la résolution mentionne les pays les moins avancés ?", "Oui : le texte en parle."),
        ("elle parle du climat ou pas ?", "Oui : le texte en parle."),
        ("does it mention vaccines?", "Yes: the text speaks of it."),
    ],
)
def test_whether_the_text_speaks_of_a_thing_is_answered_first(plain, question, yes):
    reply = plain.question(question)
    first = reply.description.replace("\xa0", " ").replace("\u202f", " ").splitlines()[0]
    assert first == yes, reply.description[:200]


@pytest.mark.parametrize(
    "question",
    [
        # Asked what it says, not whether: no « Oui ».
        "le texte parle de quoi sur la dette ?",
        "que dit le texte sur la dette ?",
        # PP15 speaks of debt, not of Africa's: the passages are shown, with no « Oui ».
        "le texte parle de la dette des pays africains ?",
        # Found in review: OP13's « chaque État a le droit » holds both words, not the phrase.
        "le texte parle de l'état de droit ?",
    ],
)
def test_no_yes_where_the_question_is_not_whether_or_only_part_is_found(plain, question):
    reply = plain.question(question)
    assert "Oui" not in reply.description.split("\n\n")[0], reply.description[:200]


def _first_line(plain, question: str) -> str:
    return plain.question(question).description.replace("\xa0", " ").replace("\u202f", " ").splitlines()[0]


@pytest.mark.parametrize(
    ("question", "first", "cited"),
    [
        # A phrase checked against a paragraph that does not hold it: « Non », then the one that does.
        (
            "« coexistence pacifique » c'est dans le PP3 ?",
            "Non : « coexistence pacifique » n'est pas dans PP3 ; ces mots sont dans PP19 :",
            "PP19",
        ),
        (
            '"chacune des cinq régions géographiques" c dans le 29 non ?',
            "Non : « chacune des cinq régions géographiques » n'est pas dans OP29 ; "
            "ces mots sont dans OP30 :",
            "OP30",
        ),
        # ... and one that does: « Oui ».
        (
            "« doctrines d'exclusion » c'est bien le 7 ?",
            "Oui : OP7 contient « doctrines d'exclusion ».",
            "OP7",
        ),
    ],
)
def test_a_phrase_said_of_a_paragraph_is_checked_against_it(plain, qa, question, first, cited):
    assert _first_line(plain, question) == first
    assert qa.answer(question).citations[0] == cited


@pytest.mark.parametrize(
    ("question", "first"),
    [
        (
            "31 pour, 14 contre, 3 abstentions ?",
            "Non : le décompte n'est pas 31 pour, 14 contre et 3 abstentions.",
        ),
        ("31 pour, 14 contre et 2 abstentions, c'est ça ?", "Oui : 31 pour, 14 contre et 2 abstentions."),
        # "31 in favour" is a count, not paragraph 31.
        (
            "my notes say 31 in favour, 15 against, 1 abstention, correct?",
            "No: the count was not 31 for, 15 against and 1 abstention.",
        ),
    ],
)
def test_a_tally_said_with_its_abstentions_is_checked_whole(plain, question, first):
    assert _first_line(plain, question) == first


@pytest.mark.parametrize(
    ("question", "choice"),
    [
        ("Erythree yatoye ite ?", "pour"),
        ("Argentine yatoye ite?", "abstention"),
    ],
)
def test_kinyarwanda_vote_words(qa, question, choice):
    answer = qa.answer(question)
    assert answer.intent is Intent.VOTE
    assert [m.vote.value for m in answer.members] == [choice]


def test_a_members_statement_on_its_vote_is_beyond_the_record(qa):
    answer = qa.answer("what did the Dominican Republic say about its abstention?")
    assert not answer.answered
    assert answer.intent is Intent.VOTE


@pytest.mark.parametrize("question", ["la Lituanie est WEOG ?", "is Lithuania WEOG?"])
def test_a_group_said_by_its_code_alone_is_checked(plain, question):
    description = plain.question(question).description
    assert "EEG" in description, description
    assert "Attention" in description or "Note" in description, description


@pytest.mark.parametrize(
    "question",
    [
        # Found in review: « cette résolution » after another one named is that one, not 56/2.
        "La 50/4 a été adoptée en 2022. Cette résolution a été adoptée par combien de voix ?",
        "On a étudié la 50/4 hier. Dans cette résolution, combien de paragraphes ?",
    ],
)
def test_this_resolution_after_another_named_is_not_this_text(qa, question):
    assert not qa.answer(question).answered, question


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # Found in review: French and English words that look like Creole ones stay themselves.
        ("au fon, le texte dit quoi sur la dette ?", "PP15"),
        ("le para 30 parle de quelles bonnes pratiques ?", "OP30"),
        ("quelle est la première chose que le Conseil réaffirme ?", "OP1"),
    ],
)
def test_review_false_positives_stay_answered(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered, question
    assert answer.citations[0] == cited, answer.citations


def test_a_tally_asked_who_abstained_confirms_no_abstention_count(plain):
    first = _first_line(plain, "31 pour et 14 contre, et les 2 abstentions c'était qui ?")
    assert "abstention" not in first, first


@pytest.mark.parametrize(
    "question",
    [
        # Found in probe 27a: a phrase quoted to point at a paragraph, then another question; the
        # phrase is there, but « Oui » would answer the other question.
        "le para 18 'toutes les parties prenantes' — les entreprises privées en font partie ?",
        "le para 12 'prévention des violations' — le texte prévoit un mécanisme d'alerte ?",
    ],
)
def test_no_yes_to_a_phrase_quoted_beside_another_question(plain, question):
    assert not _first_line(plain, question).startswith("Oui"), question
