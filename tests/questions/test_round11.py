"""Mends of issue 14's tenth round, read from last round's blind batches once they joined tuning.

Each asserts what a member would see: the passage quoted, or a decline and its reason.
"""

import pytest

from bot.core.questions.answer import Intent, VoteScope
from bot.core.questions.claims import claim_of


@pytest.mark.parametrize(
    "question",
    [
        "Quel était le résultat du vote sur la même résolution il y a deux ans ?",
        "how did France vote on it two years ago?",
        "la France a voté comment il y a 3 ans ?",
    ],
)
def test_an_earlier_vote_is_not_this_record(qa, question):
    # « il y a deux ans » had been answered with the vote of 10 July 2024.
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == "autre_session"


def test_this_vote_is_still_answered(qa):
    assert qa.answer("La France a voté pour ?").intent is Intent.VOTE


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("Quelle est la date du premier séminaire régional ?", "date"),
        ("What exact day and month is the High Commissioner's new report due?", "date"),
        ("Quels sont les dates et les villes prévues pour les séminaires régionaux ?", "liste"),
        ("Quelle longueur doit faire le rapport succinct sur les séminaires ?", "montant"),
        ("Which experts or speakers will be invited to the regional seminars?", "liste"),
        ("qui va parler aux séminaires ?", "liste"),
    ],
)
def test_what_the_text_leaves_to_those_it_asks_is_declined(qa, question, reason):
    # The text asks for seminars and reports; it never dates them, places them, sizes them
    # or names who speaks. These had quoted OP30 and OP31 as if they answered.
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == reason
    assert {"OP30", "OP31", "OP33"} & {h.paragraph.id for h in answer.closest}


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("quelle est la date de la résolution 41/128 ?", None),
        ("Quelle est la date de la Déclaration sur le droit au développement ?", "PP5"),
        ("pour quelle date le rapport doit-il être présenté ?", "OP33"),
        ("qui participe aux séminaires ?", "OP30"),
    ],
)
def test_dates_and_parties_the_text_gives_are_answered(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    if cited is not None:
        assert cited in answer.citations


def test_a_decline_never_says_the_text_asks_nothing(qa, plain):
    # The requests route had read « longueur » as a party and said no paragraph asks anything.
    answer = qa.answer("Quelle longueur doit faire le rapport succinct sur les séminaires ?")
    assert answer.reason != "aucune_demande"
    reply = plain.question("Quelle longueur doit faire le rapport succinct sur les séminaires ?")
    assert "ne formule de demande" not in reply.description
    assert "chiffre" in reply.description or "montant" in reply.description


@pytest.mark.parametrize(
    ("message", "cited"),
    [
        (
            "Un chroniqueur a dit à la radio que l'ONU considère que le mélange des cultures divise "
            "les sociétés. Le texte dit ça ?",
            "PP30",
        ),
        (
            "Un élu a déclaré sur France Info que la résolution protège le droit de chaque pays de "
            "choisir son système politique sans ingérence étrangère. Vrai ?",
            "OP13",
        ),
        (
            "tweet says 'UN resolution makes cooperation on human rights a DUTY for states' - legit or "
            "exagerated?",
            "OP3",
        ),
    ],
)
def test_a_claim_heard_in_the_media_is_checked_against_the_text(qa, message, cited):
    answer = qa.answer(message)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    "message",
    [
        "yo qqn sait ? un mec sur BFM a dit que cette résolution crée un traité sur les pandémies",
        "Le ministre a annoncé que la résolution crée un fonds pour les vaccins.",
        "J'ai lu que la résolution crée dix séminaires régionaux.",
    ],
)
def test_a_claim_nobody_asks_to_check_is_not_read_alone(message):
    # Review: read alone, the nearest passages were quoted as if they confirmed it.
    assert claim_of(message) is None


@pytest.mark.parametrize(
    ("message", "heading"),
    [
        (
            "Mon prof dit que la résolution interdit les sanctions. Le texte dit ça ?",
            "ne confirme ni n'infirme",
        ),
        (
            "A pundit said the resolution backs a central role for the UN in fighting pandemics. Is that "
            "in the text?",
            "neither confirms nor denies",
        ),
    ],
)
def test_passages_near_a_claim_are_framed_as_a_check_not_a_confirmation(plain, message, heading):
    assert heading in plain.question(message).description


def test_a_claim_of_a_vote_is_settled_by_the_record(plain):
    description = plain.question("A pundit said it was adopted unanimously. Is that true?").description
    assert "not unanimously" in description
    assert "neither confirms" not in description


@pytest.mark.parametrize(
    "message",
    [
        # What was said is asked, or the text is the one saying: no claim to check.
        "Qu'a déclaré le représentant de la Chine avant le vote ?",
        "Que dit le rapport A/HRC/56/40 du Haut-Commissaire ?",
        "Le texte dit-il noir sur blanc que les punitions économiques décidées par un seul pays sont "
        "contraires au droit international ?",
        "Was Canada among the states that voted against it?",
    ],
)
def test_a_question_about_what_was_said_is_no_claim(message):
    assert claim_of(message) is None


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("Quel article de la Charte des Nations Unies est cité au tout début de la résolution 56/2 ?", "PP1"),
        ("qqn sait quel article de la Charte ils citent tout au début du texte ?", "PP1"),
        ("au tout début, quel texte est cité ?", "PP1"),
    ],
)
def test_the_very_start_of_the_text_is_its_first_paragraph(qa, question, cited):
    # The pattern for « au tout début » held a backspace where « \b » was meant: it never matched.
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    "question",
    [
        "C'est quoi le nom officiel de ce texte, pour mettre en haut de notre fiche de position ?",
        "what's the official name of this resolution?",
    ],
)
def test_the_official_name_is_the_title(qa, question):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.intent is Intent.METADATA


def test_what_the_answer_is_for_weighs_nothing(qa):
    # « on doit en parler pour notre discours » had sunk OP14's match on « terrorisme ».
    answer = qa.answer("le terrorisme est mentionné dans la reso ? on doit en parler pour notre discours")
    assert answer.answered
    assert answer.citations[0] == "OP14"


@pytest.mark.parametrize(
    "question",
    [
        "La DUDH elle date de quand ?",
        "When was the third International Conference on Financing for Development held?",
        "Quand les séminaires régionaux doivent-ils se tenir ? quelles dates ?",
    ],
)
def test_a_date_no_passage_gives_is_declined(qa, question):
    # The passages found name the thing, never its date (PP3 gives only the date of the
    # Assembly's resolution that recalls the conference).
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == "date"


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("quand a été créé le poste de Haut-Commissaire ?", "PP6"),
        ("when was the Declaration on the Right to Development adopted?", "PP5"),
    ],
)
def test_a_date_a_passage_gives_is_answered(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    "question",
    [
        "Les séminaires seront traduits ? en quelles langues ?",
        "le rapport succinct il doit etre publie en quelle langue",
        "le rapport sera publié quand ?",
    ],
)
def test_the_language_and_date_of_what_it_asks_for_are_not_the_texts(qa, question):
    # These had been answered with the resolution's own languages and distribution date.
    answer = qa.answer(question)
    assert answer.intent is not Intent.METADATA
    assert not answer.answered


@pytest.mark.parametrize(
    "question", ["la résolution a été publiée quand ?", "c'est en quelle langue le texte ?"]
)
def test_the_texts_own_publication_and_language_are_answered(qa, question):
    # « la résolution a été publiée quand ? » had been read as a report published since.
    answer = qa.answer(question)
    assert answer.answered
    assert answer.intent is Intent.METADATA


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("What did the Secretary-General's consultations under 78/199 find?", "autre_document"),
        ("what did the consultations find?", "autre_document"),
        (
            "Which practices did the High Commissioner end up putting in the best-practices compilation?",
            "apres_adoption",
        ),
    ],
)
def test_what_came_of_what_it_asks_is_declined(qa, question, reason):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == reason


@pytest.mark.parametrize(
    "question",
    [
        "Did Qatar and Kuwait end up on the same side?",
        "que demande la résolution 78/199 au Secrétaire général ?",
    ],
)
def test_ending_up_and_a_cited_request_stay_answered(qa, question):
    assert qa.answer(question).answered


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        (
            "Le texte a été adopté lors de quelle séance ? Mon camarade dit la 34e, je veux vérifier pour "
            "ma bibliographie.",
            Intent.METADATA,
        ),
        (
            "la Chine a voté pour ou contre ? dans le journal ils disent pour mais je veux vérifier",
            Intent.VOTE,
        ),
    ],
)
def test_a_question_followed_by_an_aside_is_answered(qa, message, intent):
    # What follows the question (a classmate's claim, what it is for) had drowned it.
    answer = qa.answer(message)
    assert answer.answered
    assert answer.intent is intent
    assert answer.question == message


@pytest.mark.parametrize(
    "message",
    [
        "Le texte parle de l'intelligence artificielle ? Un article dit que oui, dans le passage sur la "
        "science.",
        "did the high commissioner actually present the new report at the 59th session? what did it say",
        "Is this resolution actually a good idea? My friend thinks it's just propaganda lol",
    ],
)
def test_an_aside_does_not_make_a_trap_answerable(qa, message):
    assert not qa.answer(message).answered


@pytest.mark.parametrize(
    ("message", "cited"),
    [
        (
            "A friend told me the document says every country gets to pick its own way of running "
            "things without outsiders meddling. Is that in there? essay due monday",
            "OP13",
        ),
        (
            "jai lu dans un article que le texte presente la diversite culturelle comme une source "
            "d'unite. c'est dans quel paragraphe stp",
            "PP30",
        ),
        (
            "Un camarade prétend que la résolution demande au Secrétaire général de donner des moyens "
            "aux séminaires régionaux. Que dit le texte exactement ?",
            "OP31",
        ),
    ],
)
def test_a_claim_asked_where_or_whether_is_checked(qa, message, cited):
    answer = qa.answer(message)
    assert answer.answered
    assert cited in answer.citations


def test_the_texts_view_of_a_thing_is_no_opinion_asked(qa):
    # « is it seen as a good thing? » asks what the text says; "is it a good idea?" asks ours.
    assert qa.answer(
        "whats the text's take on the world economy getting more and more connected, is it seen as a "
        "good thing?"
    ).answered
    assert qa.answer("Is this resolution actually a good idea?").reason == "opinion"


@pytest.mark.parametrize(
    "question",
    [
        "How did the Nordic countries vote?",
        "les pays baltes ont voté comment ?",
        "les pays arabes ont voté comment ?",
    ],
)
def test_a_grouping_the_record_does_not_use_is_declined(qa, question):
    # The Nordic countries had been given the whole tally. (« P5 » had quoted PP5; the
    # permanent members are now each one's vote, as the Charter names them: test_round19.py.)
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.intent is Intent.VOTE
    assert answer.citations == []


def test_pp5_is_still_a_paragraph(qa):
    assert qa.answer("que dit le P5 ?").citations == ["PP5"]


def test_for_or_against_names_both_camps(plain):
    reply = plain.question("Was Argentina for or against?")
    assert "abstained" in reply.description
    assert not reply.description.startswith(("No", "Yes"))


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        (
            "The intro recalls some 1986 text saying countries must help each other grow and remove what "
            "blocks growth. what's it called?",
            "PP5",
        ),
        (
            "The 2007 money pot so poor and landlocked countries can join the peer review — what did the "
            "council ask the SG to set up?",
            "PP26",
        ),
    ],
)
def test_a_year_the_text_gives_dates_what_it_recalls(qa, question, cited):
    # A year had been read as another session's: declined as « autre_session », or, with « what's
    # it called », answered with this resolution's title.
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    "question",
    [
        "combien de voix a obtenu la résolution de 2007 ?",
        "la résolution 50/4 de 2022 a été adoptée comment ?",
        "What concrete measures did the 2001 Durban conference adopt against racism?",
        "qqn a la liste des autres résolutions adoptées le 10 juillet 2024 ?",
        "Which body did the Human Rights Council replace when it was set up in 2006, and why was it "
        "replaced?",
    ],
)
def test_what_another_year_voted_adopted_or_did_stays_declined(qa, question):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.intent is not Intent.VOTE


@pytest.mark.parametrize(
    "question",
    [
        "last para before the numbered list: what does it say needs looking into?",
        "le dernier paragraphe avant le dispositif dit quoi ?",
        "the last paragraph of the preamble?",
    ],
)
def test_the_last_paragraph_before_the_operative_part_is_pp33(qa, question):
    assert qa.answer(question).citations == ["PP33"]


def test_the_last_paragraph_is_still_op37(qa):
    assert qa.answer("le dernier paragraphe dit quoi ?").citations == ["OP37"]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Quelle est la date du premier séminaire régional ?", "ne donnent pas cette date"),
        ("What exact day and month is the High Commissioner's new report due?", "do not give that date"),
    ],
)
def test_a_date_declined_says_the_passages_do_not_give_it(plain, question, said):
    # It had said no passage covers enough of the question's words, when OP30 and OP33 cover it.
    assert said in plain.question(question).description


def test_p5_adds_no_reference_button(qa):
    assert qa.references_in("Which P5 members voted against?") == []
    assert qa.references_in("que dit le P5 ?") == ["PP5"]


@pytest.mark.parametrize(
    "question",
    [
        "Were the US the only non-European country to vote against?",
        "le Japon est le seul pays d'Asie à avoir voté contre ?",
    ],
)
def test_the_only_one_is_answered_with_every_member_who_voted_so(qa, plain, question):
    # « Yes: the United States voted against » had confirmed « the only » too; Japan did as well.
    answer = qa.answer(question)
    assert answer.answered
    assert answer.scope is VoteScope.CHOICE
    assert {m.country for m in answer.members} >= {"Japon", "États-Unis d'Amérique"}
    assert not plain.question(question).description.startswith(("Yes", "Oui"))


@pytest.mark.parametrize("question", ["Was the vote close?", "le vote était serré ?"])
def test_a_close_vote_is_the_tally_not_a_country(qa, question):
    # « serré » had been looked up as a member: « "serré" is not among the 47 members ».
    answer = qa.answer(question)
    assert answer.answered
    assert answer.scope is VoteScope.TALLY


@pytest.mark.parametrize(
    "question",
    ["Which countries voted in favour besides China?", "à part la France, qui a voté contre ?"],
)
def test_the_others_than_a_member_are_every_member_who_voted_so(qa, question):
    # « Yes: China voted for » had answered "which countries besides China".
    answer = qa.answer(question)
    assert answer.scope is VoteScope.CHOICE
    assert len(answer.members) in {31, 14}


@pytest.mark.parametrize(
    "question", ["Which countries in the Americas voted no?", "quels pays des Amériques ont voté contre ?"]
)
def test_the_americas_are_a_part_of_the_world_not_the_united_states(qa, question):
    # « the Americas » had been read as the United States, « Amériques » as an unknown member.
    answer = qa.answer(question)
    assert answer.answered
    assert answer.scope is VoteScope.GROUP
    assert len(answer.tallies[0].members) == 9


@pytest.mark.parametrize(
    "question", ["How did the Gulf states vote?", "les pays du Golfe ont voté comment ?"]
)
def test_the_gulf_states_are_those_that_sat_each_with_its_vote(qa, question):
    # In English the Gulf states had been given the whole tally, in French declined as a grouping.
    answer = qa.answer(question)
    assert answer.answered
    assert {m.country for m in answer.members} == {"Émirats arabes unis", "Koweït", "Qatar"}


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("What was the vote in the Third Committee?", "autre_session"),
        ("la 3e commission a voté comment ?", "autre_session"),
        ("How did the vote compare with resolution 53/x?", "autre_session"),
        ("At what time was the vote taken?", "debats"),
        ("What time was the vote?", "debats"),
        ("le vote a eu lieu à quelle heure ?", "hors_vote"),
        ("Was the vote electronic?", "debats"),
    ],
)
def test_another_bodys_vote_and_the_votes_hour_or_means_are_not_the_record(qa, question, reason):
    # The first three had been given this vote's tally; « electronic » had been looked up as a member.
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == reason


@pytest.mark.parametrize(
    "question",
    [
        "Did the Council adopt it without a vote?",
        "Je dois comparer deux voisins pour mon TD : le Chili et l'Argentine. Est-ce qu'ils ont voté pareil "
        "sur la résolution 56/2 ?",
    ],
)
def test_this_vote_compared_is_still_answered(qa, question):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.intent is Intent.VOTE


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("Does PP12 mention Pfizer?", "hors_paragraphe"),
        ("Does OP26 mention Gaza?", "hors_paragraphe"),
        ("What does OP28 say about AI?", "hors_paragraphe"),
        ("le texte parle de l'IA ?", "hors_texte"),
        ("Does OP14 define terrorism?", "definition"),
    ],
)
def test_english_paragraph_traps_are_declined(qa, question, reason):
    # The gloss reads "mention" as « cite », which the mention check did not know; "AI" had
    # folded to « ai » (« j'ai »), a common word; "does OP14 define" was no definition asked.
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == reason


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("Does PP3 mention the Paris Agreement?", "PP3"),
        ("j'ai une question sur l'OP28", "OP28"),
        ("According to the NAM heads of state, how is South-South cooperation defined?", "PP9"),
    ],
)
def test_what_a_paragraph_does_mention_is_answered(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("How did the Nordic countries vote?", "Nordic countries"),
        ("Did the non-aligned countries vote as one?", "Non-Aligned Movement"),
    ],
)
def test_a_grouping_declined_in_english_is_named_in_english(plain, question, name):
    # The decline had named the grouping in French inside the English frame.
    assert f"“{name}”" in plain.question(question).description
