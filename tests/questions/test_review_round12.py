"""False vote statements found by a reviewer probing the vote route (issue 14, eleventh round).

768 questions by someone who never read the code: 36 statements the record does not warrant. Each
test asserts what a member would read.
"""

import pytest

from bot.core.questions.answer import Intent


@pytest.mark.parametrize(
    "question",
    [
        "france voted no so it supports sanctions?",
        "japan voted no to please the US, yes?",
        "argentina abstained so it doesnt care?",
        "la france a vote contre, elle est donc pour les sanctions, non ?",
        "mdr les usa ont encore vote contre tout",
        "l'argentine a vote pour avant milei non ?",
        "les etats unis sont pour les sanctions du coup ?",
        "la resolution aurait elle ete adoptee sans les voix africaines ?",
        "jusqu'a quand le japon siege au conseil",
        "les 14 qui ont vote contre rejettent la cooperation internationale ?",
        "countries that voted yes support unilateral coercive measures being lifted?",
        "voting yes was voting against the US?",
        "quel pays a fait basculer le vote",
        "la chine a porte la resolution ?",
    ],
)
def test_an_inference_from_a_vote_is_not_confirmed(qa, plain, question):
    # Each had been answered « Oui : … a voté contre » or with a camp's list, as if the record
    # settled the motive, the opinion or the hypothetical.
    answer = qa.answer(question)
    assert not answer.answered
    description = plain.render_answer(answer).description
    assert not description.startswith(("Oui", "Yes"))


@pytest.mark.parametrize(
    "question",
    ["les 14 qui ont voté contre sont qui ?", "la France a voté contre ?", "who voted against?"],
)
def test_the_record_still_answers_who_and_how(qa, question):
    assert qa.answer(question).answered


@pytest.mark.parametrize(
    ("question", "region"),
    [
        ("les latino americains ont vote pour ?", "GRULAC"),
        ("did the latin americans vote yes", "GRULAC"),
        ("les sud americains ont vote comment", "Amérique du Sud"),
    ],
)
def test_latin_and_south_americans_are_a_region_not_the_united_states(qa, plain, question, region):
    description = plain.render_answer(qa.answer(question)).description
    assert region in description
    assert "États-Unis" not in description


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("did albania and kosovo vote no", "Kosovo"),
        ("la france et l'ecosse ont vote contre ?", "Écosse"),
    ],
)
def test_a_place_that_is_no_state_is_named_beside_the_members_votes(qa, plain, question, place):
    description = plain.render_answer(qa.answer(question)).description
    assert f"{place}" in description
    assert "47" in description


@pytest.mark.parametrize(
    "question", ["how did kosovo vote", "la coree a vote comment", "les turcs ont vote comment"]
)
def test_a_lower_case_non_member_is_declined_not_answered_with_the_tally(qa, question):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == "non_membre"


@pytest.mark.parametrize(
    "question",
    [
        "seuls les occidentaux ont vote contre ?",
        "all 14 no votes were from WEOG?",
        "est ce que seuls les pays de l'UE ont vote contre ?",
    ],
)
def test_only_a_group_lists_the_whole_camp(qa, plain, question):
    # The group's tally alone left Japan, Georgia and the others unsaid, as if « seuls » held.
    answer = qa.answer(question)
    description = plain.render_answer(answer).description
    english = answer.lang == "en"
    assert ("Japan" if english else "Japon") in description
    assert ("Georgia" if english else "Géorgie") in description


def test_the_general_assembly_did_not_adopt_this_text(qa):
    answer = qa.answer("la resolution a ete adoptee par l'assemblee generale 31 voix contre 14 ?")
    assert not answer.answered
    assert answer.intent is not Intent.VOTE


def test_a_cited_resolution_adopted_by_the_assembly_is_still_answered(qa):
    answer = qa.answer("quand la résolution 70/1 a été adoptée par l'Assemblée générale ?")
    assert answer.answered
    assert "PP2" in answer.citations


@pytest.mark.parametrize(
    ("question", "outsider"),
    [
        ("Pakistan voted yes I assume? they usually push these cooperation texts", "Pakistan"),
        (
            "Did the UK vote in favour of this resolution? Our tutor said London usually votes with the "
            "Europeans",
            "United Kingdom",
        ),
    ],
)
def test_a_non_member_is_named_as_such_even_in_a_decline(qa, plain, question, outsider):
    description = plain.render_answer(qa.answer(question)).description
    assert outsider in description
    assert "not a member" in description or "pas membre" in description
    # « Royaume-Uni de Grande-Bretagne et d'Irlande du Nord » had added Ireland as not a member.
    assert "Irlande was" not in description
    assert "\nIreland was" not in description


def test_is_that_right_confirms_the_claim_before_it(qa, plain):
    answer = qa.answer("heard every Latin American country on the council voted yes - is that right?")
    assert answer.answered
    assert "abstention" in plain.render_answer(answer).description


def test_bande_a_part_is_no_except(qa, plain):
    question = (
        "les pays de l'UE qui siègent au conseil ont tous voté contre ou y en a un qui a fait bande à part ?"
    )
    answer = qa.answer(question)
    assert answer.answered
    assert "Roumanie" in plain.render_answer(answer).description


def test_the_text_asked_first_is_answered_not_the_guess_about_the_vote(qa):
    answer = qa.answer("does 56/2 say anything about sanctions? thats prob why the west voted no lol")
    assert answer.answered
    assert "OP8" in answer.citations


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("Did any country flip its vote compared with the previous cooperation resolution?", "autre_session"),
        ("was there a common GRULAC position that Chile and Argentina split from?", "hors_vote"),
        ("is it true the Dominican Republic planned to vote yes until the last minute?", "hors_vote"),
        ("Has this resolution actually improved human rights cooperation on the ground?", "apres_adoption"),
        ("perso tu trouves que c'est un bon texte ou c'est juste de la com des non-alignés ?", "opinion"),
        ("Which NGOs did the Secretary-General consult under GA resolution 78/199?", "pays_cites"),
        (
            "Para 13 mentions the Universal Declaration of Human Rights - when was that adopted?",
            "hors_paragraphe",
        ),
    ],
)
def test_what_the_record_and_the_text_do_not_hold_is_declined(qa, question, reason):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == reason


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("If you add up the yes, no and abstain votes, how many Council members took part?", "47"),
        ("what were the start and end dates of the session where this passed", "12 July 2024"),
    ],
)
def test_totals_and_session_dates(qa, plain, question, expected):
    answer = qa.answer(question)
    assert answer.answered
    assert expected in plain.render_answer(answer).description


@pytest.mark.parametrize(
    ("question", "choice", "count"),
    [
        ("qui a vote comme la france", "contre", 14),
        ("which countries voted like the US", "contre", 14),
        ("combien de pays ont vote comme l'argentine", "abstention", 2),
    ],
)
def test_who_voted_like_a_member_lists_its_camp(qa, question, choice, count):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.choice == choice
    assert len(answer.members) == count


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("la france est membre du conseil des droits de l'homme ?", True),
        ("is japan in the asia pacific group", True),
        ("le maroc fait partie du groupe africain ?", True),
        ("is russia a member of the HRC?", False),
        ("l'ukraine est membre du conseil ?", False),
        ("Is the US still on the Human Rights Council today?", False),
    ],
)
def test_membership_in_2024_is_the_records(qa, question, answered):
    # Members and their regional groups are in the record; a seat now is not.
    answer = qa.answer(question)
    assert answer.intent is Intent.VOTE
    assert answer.answered is answered


@pytest.mark.parametrize("question", ["le conseil a 47 membres ?", "how many members does the council have"])
def test_the_councils_size_is_the_tally(qa, plain, question):
    answer = qa.answer(question)
    assert answer.answered
    assert "47" in plain.render_answer(answer).description


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("le benelux a vote contre ?", None),
        ("le maghreb a vote pour ?", "non_membre"),
        ("how did the arab states vote", "non_membre"),
        ("how did the five eyes vote", "non_membre"),
        ("who led the no camp", "auteurs"),
        ("who were the main supporters of the resolution", "auteurs"),
        ("le paragraphe 8 a ete adopte par consensus ?", "debats"),
        ("la resolution a ete votee a new york ?", "lieu"),
        ("someone said germany abstained, is that right", None),
    ],
)
def test_groupings_sponsors_paragraph_votes_and_places(qa, question, reason):
    answer = qa.answer(question)
    assert answer.answered is (reason is None)
    assert answer.reason == (reason or "")


def test_a_paragraph_recalling_an_adoption_is_still_quoted(qa):
    answer = qa.answer("Le PP8 rappelle une résolution adoptée par quel organe, et sur quel thème ?")
    assert answer.answered
    assert answer.citations == ["PP8"]


@pytest.mark.parametrize(
    "question",
    [
        "Les États-Unis ont voté contre car ils refusent le droit au développement ?",
        "Did any country vote against only part of the text?",
        "la france a voté contre la coopération internationale ?",
        "le Brésil a voté pour sous Lula ?",
        "did Cuba vote yes to annoy the US?",
        "Was the Netherlands' no vote criticized at home?",
    ],
)
def test_a_vote_said_to_be_against_a_thing_or_for_a_purpose_is_not_confirmed(qa, plain, question):
    answer = qa.answer(question)
    assert not answer.answered
    assert not plain.render_answer(answer).description.startswith(("Oui", "Yes"))


def test_a_confirmation_tag_is_not_rights(qa):
    answer = qa.answer("the Dutch voted against right? just double checking for my position paper")
    assert answer.answered
    assert answer.intent is Intent.VOTE


@pytest.mark.parametrize(
    "question",
    [
        "la Chine a-t-elle achete les votes africains ?",
        "quelles consequences pour la France d'avoir vote contre ?",
        "Argentina abstained, which shows Milei is turning away from the Global South, right?",
        "Will Washington cut its OHCHR funding over this vote?",
    ],
)
def test_what_a_vote_bought_caused_or_shows_is_not_the_record(qa, plain, question):
    answer = qa.answer(question)
    assert not answer.answered
    assert not plain.render_answer(answer).description.startswith(("Oui", "Yes"))


def test_y_a_que_is_only(qa, plain):
    # « y a que les États-Unis qui ont voté contre ? » had been « Oui : les États-Unis … ».
    description = plain.render_answer(
        qa.answer("y a que les Etats-Unis qui ont vote contre en vrai ?")
    ).description
    assert "14 membres ont voté contre" in description


@pytest.mark.parametrize(
    "question",
    [
        "was the Dominican Republic pressured by the US to abstain?",
        "is Georgia in the EU? it voted no with the EU",
        "la Georgie fait partie de l'UE ? elle a vote contre comme les autres",
        "was this vote a big win for China?",
        "ce vote est une defaite pour l'Occident ?",
        "does an abstention count as a no?",
    ],
)
def test_a_verdict_pressure_or_membership_beside_a_vote_is_not_confirmed(qa, plain, question):
    # From a second probe of long vote messages: each had been « Yes »/« Oui » or a tally.
    answer = qa.answer(question)
    assert not answer.answered
    assert not plain.render_answer(answer).description.startswith(("Oui", "Yes"))


def test_several_premises_get_no_single_no(qa, plain):
    question = "Chile, Costa Rica, Brazil all yes, Argentina abstained. correct?"
    description = plain.render_answer(qa.answer(question)).description
    assert "No:" not in description
    assert "Argentina abstained" in description


def test_non_european_is_not_europe(qa, plain):
    description = plain.render_answer(qa.answer("which non-European countries voted against?")).description
    assert "Japan" in description
    assert "Europe (M49)" not in description
