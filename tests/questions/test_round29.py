"""Twenty-ninth round: readings found in the batches promoted to tuning (ZZZZU to ZZZZX).

Each case is a new wording of a miss, not the batch's own message.
"""

import pytest

from bot.core.questions.answer import Intent


@pytest.mark.parametrize(
    ("question", "says"),
    [
        # The asker's care or doubt after the question is no second question on the vote.
        ("le Ghana a voté quoi ? je veux pas me tromper demain", "Ghana a voté pour"),
        ("vote du Japon stp ? jsuis pas sûre", "Japon a voté contre"),
        ("qui s'est abstenu ? y en a trois il paraît", "Argentine"),
        # The guess beside the doubt is no second question either.
        ("le Qatar a voté comment ? jpense pour mais jsuis pas sûr", "Qatar a voté pour"),
        # "support" of 56/2 by its symbol is a vote for it; a group named in English.
        ("did Japan support 56/2?", "No: Japan voted against"),
        ("did any African member oppose 56/2?", "African States (AFR): 13 for, 0 against"),
        # Haitian Creole: what came out of the vote.
        ("sa k pase ak vòt la ? konbyen kont ?", "14"),
    ],
)
def test_vote_questions_with_asides_symbols_and_creole(plain, question, says):
    reply = plain.question(question).description
    assert says in reply, (question, reply)


def test_a_part_of_the_text_supported_is_no_vote(qa):
    # "the resolution's call for …": who supports a part of it, the record never says.
    answer = qa.answer("which states support the resolution's appeal on debt relief?")
    assert answer.intent is not Intent.VOTE


@pytest.mark.parametrize(
    ("question", "record"),
    [
        ("si la Suisse était membre, elle voterait pour ?", "La Suisse n'est pas membre du Conseil en 2024"),
        ("if Switzerland were a member, would it vote yes?", "Switzerland was not a member"),
        ("Si Kanada te manm, li ta vote pou tankou Kiba ?", "Cuba a voté pour"),
    ],
)
def test_a_vote_imagined_is_declined_beside_the_record(plain, qa, question, record):
    answer = qa.answer(question)
    assert not answer.answered, question
    assert answer.reason == "hors_vote", (question, answer.reason)
    assert record in plain.question(question).description


def test_an_imagined_outcome_is_declined_as_a_guess(qa):
    answer = qa.answer("que se passerait-il si tous les États d'Europe votaient pour ?")
    assert not answer.answered
    assert answer.reason == "opinion"


def test_an_indirect_question_on_membership_is_no_guess(qa):
    answer = qa.answer("on veut savoir si elle était membre, la Gambie, et son vote")
    assert answer.reason != "opinion"


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # A resolution's symbol said aloud, in Swiss or Belgian French.
        ("la résolution septante barre un, c'est quoi son titre ?", "PP2"),
        # Haitian Creole words of the text's subjects.
        ("kisa tèks la di sou rasis ?", "PP10"),
        ("eske rezolisyon an pale de teworis ?", "OP14"),
        # A report said due at a session the text does not name: the text says which.
        ("le nouveau rapport du HC c'est pour la soixante et unième session ?", "OP33"),
        # A teacher's wish after the question is the asker's aside.
        ("le texte a été adopté quel jour ? le prof veut la date pour demain", None),
    ],
)
def test_promoted_misses_are_answered(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered, question
    if cited is not None:
        assert cited in answer.citations, (question, answer.citations)


@pytest.mark.parametrize(
    "question",
    [
        # Names asked of a kind the text gives only as a kind.
        "quelles ONG vont participer aux séminaires régionaux ?",
        "which national human rights institutions will attend the seminars?",
        # A year asked of a document the text does not date.
        "le rapport A/HRC/55/78 porte sur quelle année ?",
    ],
)
def test_what_the_text_does_not_give_is_declined(qa, question):
    assert not qa.answer(question).answered, question


@pytest.mark.parametrize(
    "question",
    [
        # A paragraph named, asked what no paragraph gives: how in practice, who checks or pays,
        # where it comes from, what a report to come will say, names, a ranking, how to join.
        "§21 le dialogue avec les États, concrètement ça marche comment ?",
        "OP23 les fonds, qui contrôle l'argent ?",
        "le §7 « ordre international fondé sur l'inclusion » ça vient d'où ?",
        "§29 la compilation va contenir quoi ? elle va proposer quoi ?",
        "§24 les ONG, donne moi des noms",
        "§8 quelles mesures coercitives sont les plus graves ?",
        "les séminaires de l'OP30, les lycéens peuvent s'inscrire ?",
        # Examples or a definition the paragraph does not give.
        "§28 des exemples de mesures pour diffuser la science ?",
        "le multilatéralisme de l'OP27 ça signifie quoi ?",
    ],
)
def test_a_paragraph_named_asked_what_it_does_not_give_is_declined(qa, question):
    answer = qa.answer(question)
    assert not answer.answered, (question, answer.citations)
    assert answer.reason == "hors_paragraphe", (question, answer.reason)


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # Where the paragraph lists what is asked, or names whom it asks, it answers.
        ("§26 c'est quoi comme crises ?", "OP26"),
        ("OP7 c'est quoi comme doctrines ?", "OP7"),
        ("les principes du §16 c'est lesquels ?", "OP16"),
        ("§19 l'assistance technique va à qui ?", "OP19"),
        ("§31 le SG doit faire quoi ?", "OP31"),
    ],
)
def test_a_paragraph_that_lists_or_says_it_still_answers(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered, question
    assert cited in answer.citations


@pytest.mark.parametrize(
    "question",
    [
        # Beyond the record, though a member or the vote is named: an explanation, a vote imagined,
        # separate votes, a public row, a minister, a special session, another resolution's vote.
        "le Honduras a expliqué son vote ?",
        "supposons que la France vote pour, le résultat change ?",
        "il y a eu un vote séparé sur l'OP8 ?",
        "le vote de l'Allemagne a créé une controverse ?",
        "quel ministre a décidé du vote du Japon ?",
        "combien de voix pour convoquer une session extraordinaire du Conseil ?",
        "le vote de la reso sur la dette à cette session, c'était combien ?",
    ],
)
def test_what_the_record_does_not_hold_is_declined(qa, question):
    answer = qa.answer(question)
    assert not answer.answered, (question, answer.intent, answer.reason)


@pytest.mark.parametrize(
    ("question", "says"),
    [
        # The review's worse replies, mended: an indirect question on membership is answered.
        ("je voudrais savoir si le Ghana était membre du conseil", "Oui"),
        ("dis-moi si l'Italie était membre en 2024", "n'est pas membre"),
        # A non-member's vote imagined, with or without a seat said: not a member, beside it.
        ("would Brazil have voted no if it had been a member?", "Brazil voted for"),
        ("would Mexico abstain?", "Mexico was not a member"),
        # An ambassador's vote is the State's.
        ("l'ambassadeur du Japon a voté contre ?", "Oui"),
        # A paragraph asked for the kind of what it names: its words say it.
        ("§8 c'est quoi comme mesures ?", "mesures coercitives unilatérales"),
        # A short phrase quoted that the text does not hold is said absent, never placed.
        ("« droit au développement durable » c'est dans quel paragraphe ?", "ne contient pas"),
    ],
)
def test_review_29_mended(plain, question, says):
    reply = plain.question(question).description
    assert says in reply, (question, reply)


def test_a_vote_imagined_gets_no_non_on_its_choice(plain):
    reply = plain.question("supposons que l'Inde vote contre, ça change quoi ?").description
    assert not reply.startswith("Non")
    assert "ne répond pas" in reply


def test_a_long_quote_recalled_is_still_placed(qa):
    answer = qa.answer(
        "je cherche la phrase « promotion et protection des droits de l'homme devraient être fondées "
        "sur les principes de la coopération » c'est quel para ?"
    )
    assert answer.answered


def test_the_askers_care_and_own_count_around_a_count_question(plain):
    # Probe 29b: « juste pour être sûre, … ? j'en compte 36 😬 » was declined.
    asked = "juste pour être sûr, y a combien de considérants ? moi j'en compte 30"
    reply = plain.question(asked).description
    assert "33 alinéas de préambule" in reply
