"""The vote route against the raw vote record: members, choices, yes or no."""

import pytest

from bot.core.questions.answer import Intent, VoteScope
from bot.core.text.models import VoteChoice

CHOICES = {"pour": VoteChoice.FOR, "contre": VoteChoice.AGAINST, "abstention": VoteChoice.ABSTAIN}


def test_router_every_member_vote_matches_the_record(qa, raw_votes):
    """« Comment a voté X ? » gives X's vote as the source's lists state it, for all 47 members."""
    checked = 0
    for choice, names in raw_votes.items():
        for name in names:
            answer = qa.answer(f"Comment a voté {name} ?")
            assert answer.scope is VoteScope.COUNTRY, name
            assert [m.country for m in answer.members] == [name]
            assert answer.members[0].vote is CHOICES[choice]
            checked += 1
    assert checked == 47


@pytest.mark.parametrize(
    ("question", "choice"),
    [("Qui a voté pour ?", "pour"), ("Qui a voté contre ?", "contre"), ("Qui s'est abstenu ?", "abstention")],
)
def test_router_choice_lists_match_the_record(qa, raw_votes, question, choice):
    """Who voted one way: the source's list, in its order."""
    answer = qa.answer(question)
    assert answer.scope is VoteScope.CHOICE
    assert [m.country for m in answer.members] == raw_votes[choice]


def test_router_yes_no_vote(plain):
    """« X a-t-il voté pour ? » answers oui or non from the record."""
    assert plain.question("La France a-t-elle voté pour ?").description.startswith(
        "Non\u00a0: la France a voté contre"
    )
    qatar = plain.question("Le Qatar a-t-il voté pour ?").description
    assert qatar.startswith("Oui\u00a0: le Qatar a voté pour")


@pytest.mark.parametrize(
    ("question", "country"),
    [
        ("vote russie", "Fédération de Russie"),
        ("qqn sait comment la suisse a voté sur la 56/2 ?", "Suisse"),
        ("how did Italy vote", "Italie"),
        ("the UK voted?", "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord"),
    ],
)
def test_vote_non_members_are_named_as_such(plain, question, country):
    """A country without a seat in 2024 is declined as a non-member, in the question's language."""
    answer = plain.questions.answer(question)
    assert (answer.answered, answer.reason, answer.subject) == (False, "non_membre", country)
    text = plain.render_answer(answer).description
    assert "pas membre du Conseil en 2024" in text or "was not a member of the Council in 2024" in text


@pytest.mark.parametrize(
    ("question", "member", "vote"),
    [
        ("how did Germany vote", "Allemagne", "contre"),
        ("les USA ont voté contre ?", "États-Unis d'Amérique", "contre"),
    ],
)
def test_vote_members_found_by_any_name(qa, question, member, vote):
    """English names and capitalised codes find Council members too."""
    answer = qa.answer(question)
    assert [(m.country, m.vote.value) for m in answer.members] == [(member, vote)]


@pytest.mark.parametrize(
    "question",
    [
        "pk le japon a voté contre",
        "pourquoi l'Argentine s'est abstenue ?",
        "what motivated Brazil to vote yes?",
        "the reasons Cuba gave for its vote",
    ],
)
def test_vote_reasons_are_declined(qa, question):
    """The record says how members voted, never why, however « pourquoi » is typed."""
    answer = qa.answer(question)
    assert (answer.answered, answer.reason) == (False, "motifs")


@pytest.mark.parametrize(
    "question", ["Was this adopted by consensus or did it go to a vote?", "how many no votes were there"]
)
def test_vote_leftovers_that_name_no_country_get_the_record(qa, question):
    """Words left over that name no country are not a non-member: the record answers."""
    answer = qa.answer(question)
    assert answer.answered
    assert answer.scope in {VoteScope.TALLY, VoteScope.CHOICE}


def _voted(raw_votes, choice: str) -> str:
    return raw_votes[choice][0]


def test_vote_reason_with_a_false_premise_is_corrected(qa, discord, raw_votes):
    """« Pourquoi X a voté contre ? » when X voted for: the why declined, the premise corrected."""
    member = _voted(raw_votes, "pour")
    answer = qa.answer(f"Pourquoi {member} a-t-il voté contre ?")
    assert (answer.answered, answer.reason) == (False, "motifs")
    assert [(m.country, m.vote.value) for m in answer.members] == [(member, "pour")]
    assert answer.asked_choice is VoteChoice.AGAINST
    reply = discord.render_answer(answer).description
    assert reply.startswith("Non\u00a0: ")
    assert "voté **pour**" in reply
    assert "jamais pourquoi" in reply
    # The premise true: nothing to correct, the reason is still not in the record.
    against = _voted(raw_votes, "contre")
    true_premise = qa.answer(f"Pourquoi {against} a-t-il voté contre ?")
    assert (true_premise.reason, true_premise.asked_choice) == ("motifs", None)


def test_a_premise_is_read_of_the_member_it_is_said_of(qa):
    """« why did Chile vote yes when Argentina abstained? »: both true, nothing to correct."""
    answer = qa.answer("why did chile vote yes when argentina abstained??")
    assert (answer.answered, answer.reason, answer.asked_choice) == (False, "motifs", None)
    assert [m.country for m in answer.members] == ["Chili", "Argentine"]


def test_vote_against_a_country_is_no_vote_question(qa, raw_votes):
    """« contre » before a country's name is a preposition: « les sanctions contre Cuba »."""
    member = _voted(raw_votes, "pour")
    answer = qa.answer(f"les mesures prises contre {member} sont-elles légales ?")
    assert answer.intent.value != "vote"
    assert qa.answer(f"{member} a voté contre ?").intent.value == "vote"


@pytest.mark.parametrize(
    "question",
    [
        "Combien de pays ont participé au scrutin ?",
        "combien de membres ont pris part au vote",
    ],
)
def test_vote_participation_words_are_no_country(qa, question):
    """« pris part », « participé » are no country name to look up: the tally answers."""
    answer = qa.answer(question)
    assert answer.answered
    assert answer.scope is VoteScope.TALLY


def test_vote_a_board_is_not_the_council(qa):
    """The members of a fund's board are people the text never names."""
    answer = qa.answer("Qui siège au conseil d'administration du Fonds de contributions volontaires ?")
    assert not answer.answered
    answer = qa.answer("Quels sont les membres du conseil d'administration du Fonds ?")
    assert (answer.answered, answer.intent.value) == (False, "recherche")


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("vote de la Corée", "Corée"),
        ("comment a voté la Guyane ?", "Guyane"),
        ("how did the EU vote", "Union européenne"),
        ("comment a voté l'ue", "Union européenne"),
        ("vote de l'Union européenne", "Union européenne"),
    ],
)
def test_vote_a_party_outside_the_record_is_never_answered_with_the_tally(qa, question, subject):
    """A proper name that is no member (a region, an ambiguous name, the EU) is named as such."""
    answer = qa.answer(question)
    assert (answer.answered, answer.reason, answer.subject) == (False, "non_membre", subject)
    assert answer.members == ()


@pytest.mark.parametrize(
    "question", ["Did India vote in favour last year?", "L'Inde a voté pour l'an dernier ?"]
)
def test_vote_of_another_year_is_declined(qa, question):
    """The record is this adoption's: a vote « last year » is another session's."""
    answer = qa.answer(question)
    assert (answer.answered, answer.reason) == (False, "autre_session")


def _non_members(service):
    """Every UN member state without a seat in 2024, with its French and English names."""
    import pycountry

    seated = {m.country for m in service.resolution.vote.members}
    index = service.votes.countries
    for country in sorted(index.countries.values(), key=lambda c: c.code):
        if not country.un_member or country.name in seated:
            continue
        english = pycountry.countries.get(alpha_3=country.code)
        yield country, getattr(english, "common_name", None) or english.name


def test_no_non_member_ever_gets_a_vote_statement(qa, service):
    """All non-members, French and English names, nine phrasings: never a vote from the record.

    « how did South Sudan vote? » once got Sudan's vote: the gloss split the name before the
    country lookup. A vote statement for a country that did not vote is the worst answer there is.
    """
    french = ("comment a voté {} ?", "{} a voté pour ?", "vote {}", "et {} ?", "{} était contre ?")
    english = ("how did {} vote?", "did {} vote yes", "{} vote", "was {} against it?")
    wrong, asked = [], 0
    for country, english_name in _non_members(service):
        for question in [t.format(country.name) for t in french] + [t.format(english_name) for t in english]:
            answer = qa.answer(question)
            asked += 1
            if answer.intent.value == "vote" and answer.answered:
                wrong.append((question, [m.country for m in answer.members]))
    assert asked > 1000
    assert wrong == []


def test_eu_states_on_the_council_are_answered_one_by_one_and_the_union_has_no_vote(qa, raw_votes):
    """« les pays de l'UE » are the members the record lists; « l'UE » itself never voted."""
    states = qa.answer("comment ont voté les États membres de l'UE qui siègent au Conseil ?")
    assert states.answered
    # The nine EU states among the 47 (Albania, Georgia, Montenegro: candidates, not members).
    eu = {"Allemagne", "Belgique", "Bulgarie", "Finlande", "France", "Lituanie", "Luxembourg"}
    eu |= {"Pays-Bas (Royaume des)", "Roumanie"}
    assert {m.country for m in states.members} == eu
    assert all(m.country in raw_votes["contre"] for m in states.members)
    union = qa.answer("l'Union européenne en tant que telle a voté pour ou contre ?")
    assert (union.answered, union.reason, union.subject) == (False, "non_membre", "Union européenne")
    assert qa.answer("Combien d'abstentions y a-t-il eu ?").reason != "non_membre"  # « eu », not EU


def test_a_non_member_named_beside_members_is_said_not_to_have_voted(plain):
    """« l'Italie a voté comme le Japon ? »: the Japan's vote, and Italy named as no member."""
    reply = plain.question("l'Italie a voté comme le Japon ?").description
    assert "Japon a voté contre" in reply
    assert "L'Italie n'est pas membre du Conseil en 2024\u00a0: elle n'a donc pas voté." in reply


@pytest.mark.parametrize(
    "question",
    [
        "le Brésil a subi des pressions pour voter pour ?",
        "was there a backroom deal between Cuba and China on this vote?",
        "vote à bulletin secret ou à main levée ?",
        "What would India have voted if paragraph 8 had been removed?",
        "Comment le Japon votera-t-il l'an prochain ?",
        "qu'est-ce qui a poussé l'Albanie à voter contre ?",
        "how did the observer states position themselves in the vote?",
    ],
)
def test_what_the_record_does_not_say_about_the_vote_is_declined(qa, question):
    """Pressure, deals, procedure, hypotheticals, future votes, motives, observers: declined (a
    motive's decline shows the member's recorded vote, which is no answer to it)."""
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason in {"debats", "opinion", "apres_adoption", "motifs"}


def test_how_many_countries_is_answered_from_the_record_whatever_else_is_typed(qa):
    """« jsuis perdu » beside the question is not a country to look up (« Pérou ? »)."""
    answer = qa.answer("combien de pays ont voté contre ? jsuis perdu")
    assert answer.answered
    assert answer.scope is VoteScope.CHOICE
    assert len(answer.members) == 14


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("Did the Non-Aligned Movement vote for it?", "Mouvement des pays non alignés"),
        # (The G7, a fixed set of seven States, is each member's vote: test_round19.py.)
        ("How did the OECD countries vote?", "OCDE"),
        ("les BRICS ont voté comment ?", "BRICS"),
    ],
)
def test_groupings_the_record_does_not_use_are_named_as_such(qa, question, subject):
    """The record lists members by regional group: no tally or list for a grouping it lacks."""
    answer = qa.answer(question)
    assert (answer.answered, answer.reason, answer.subject) == (False, "non_membre", subject)
    assert answer.members == ()


@pytest.mark.parametrize(
    "question",
    [
        "Les États-Unis ont-ils demandé un vote ?",
        "Qui présidait la séance lors du vote ?",
        "Quelle majorité était requise ?",
        "l'Algérie a voté pour à cause de la Palestine ?",
    ],
)
def test_who_asked_chaired_the_rules_and_causes_are_not_in_the_record(qa, question):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason in {"debats", "personne", "motifs"}


def test_the_uk_in_lower_case_after_the_is_the_united_kingdom(qa):
    """« is the uk among those who voted against? »: a non-member, not the list of those against."""
    answer = qa.answer("is the uk among those who voted against?")
    assert (answer.answered, answer.reason) == (False, "non_membre")
    assert answer.subject.startswith("Royaume-Uni")


def test_against_a_thing_is_no_vote(qa):
    """« la conférence contre le racisme en Afrique du Sud »: a member named, « contre » a thing."""
    answer = qa.answer("c'était quand la conférence contre le racisme en Afrique du Sud ?")
    assert answer.intent.value != "vote"
    against = qa.answer("l'Afrique du Sud a voté contre la résolution ?")
    assert [m.country for m in against.members] == ["Afrique du Sud"]


def test_the_eu_states_are_one_line_by_vote(plain):
    """The nine EU states as a list under their vote, after saying the Union itself has no vote."""
    reply = plain.question("comment ont voté les pays de l'UE au Conseil ?").description
    assert reply.startswith("L'Union européenne ne vote pas au Conseil\u202f; 9 de ses États membres")
    assert "Ont voté contre\u00a0: Allemagne, Belgique, Bulgarie, Finlande, France" in reply


@pytest.mark.parametrize(
    "question",
    [
        "les pays en développement ont voté comment ?",
        "Did developing countries support the text?",
        "How did the Arab Group vote?",
        "Did any Muslim-majority country vote against?",
    ],
)
def test_kinds_of_countries_the_record_does_not_sort_by_get_no_tally(qa, question):
    """The record sorts votes by member and regional group only: « developing countries » is neither."""
    answer = qa.answer(question)
    assert (answer.answered, answer.reason) == (False, "non_membre")
    assert answer.members == ()


@pytest.mark.parametrize(
    "question",
    ["Did the resolution pass?", "La résolution est passée ?", "was it rejected?", "votes blancs ?"],
)
def test_whether_it_passed_is_the_tally(qa, question):
    answer = qa.answer(question)
    assert (answer.intent.value, answer.answered, answer.scope) == ("vote", True, VoteScope.TALLY)


def test_a_grouping_decline_says_how_the_record_sorts_votes(plain):
    """Not « BRICS is not a member »: the record sorts votes by member and regional group."""
    reply = plain.question("les BRICS ont voté comment ?").description
    assert "il ne regroupe pas les votes par «\u00a0BRICS\u00a0»" in reply
    assert "/vote" in reply


@pytest.mark.parametrize(
    "question",
    [
        "l'Allemagne a voté en son nom propre ou au nom de l'UE ?",
        "How did Cuba vote on the paragraph about sanctions?",
        "sur la motion de procédure, le Japon a voté quoi ?",
        "how did the French ambassador vote personally?",
        "combien de femmes déléguées ont voté contre ?",
        "which delegations walked out before the vote?",
        "y a-t-il eu un vote secret avant ?",
        "Will Japan switch to a yes next time?",
        "si le paragraphe 8 avait été retiré, la France aurait-elle voté pour ?",
        "how do the numbers compare with last year's vote?",
        "How did the High Commissioner vote?",
        "did the English-speaking countries vote together?",
    ],
)
def test_batch_r_vote_traps_in_other_words_get_no_vote(qa, question):
    """Batch R (tuning, 70 vote traps) found these; none gets a vote from the record."""
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.scope in (None, VoteScope.COUNTRY)


def test_it_passed_30_to_15_is_corrected_by_the_tally(qa):
    answer = qa.answer("It passed 30 to 15, right?")
    assert (answer.intent.value, answer.scope) == ("vote", VoteScope.TALLY)


@pytest.mark.parametrize(
    ("question", "member"),
    [
        ("Les Allemands, ils ont voté quoi sur la 56/2 ?", "Allemagne"),
        ("les finlandais ont voté comment", "Finlande"),
        ("how did the Lithuanians vote?", "Lituanie"),
        ("Les Américains ont voté contre ?", "États-Unis d'Amérique"),
        ("les Ivoiriens ont voté pour ?", "Côte d'Ivoire"),
    ],
)
def test_vote_peoples_name_their_country(qa, raw_votes, question, member):
    """« les Allemands », "the Lithuanians": the member's vote, as the record states it."""
    answer = qa.answer(question)
    assert answer.answered
    assert answer.scope is VoteScope.COUNTRY
    assert [m.country for m in answer.members] == [member]
    assert answer.members[0].vote is CHOICES[next(c for c, names in raw_votes.items() if member in names)]


def test_a_people_outside_the_council_is_no_member(plain):
    """« les Canadiens » are Canada: not a member, never a vote."""
    reply = plain.question("les Canadiens ont voté comment ?").description
    assert "n'est pas membre du Conseil en 2024" in reply


def test_a_language_is_no_people(qa):
    """« le texte en français » names no country: the French version is no vote of France."""
    assert qa.answer("le texte existe en français ?").intent.value != "vote"


@pytest.mark.parametrize(
    "question",
    [
        "la Chine a voté pour, mais c'est quoi sa politique des droits de l'homme en général ?",
        "La Chine a voté pour ; combien verse-t-elle au fonds de contributions volontaires ?",
        "the Maldives voted yes, but what's their stance on climate finance?",
        "Comment l'Inde vote-t-elle habituellement sur ce genre de texte ?",
        "Quel est le pays le plus influent dans ce vote ?",
        "le Costa Rica a hésité avant de voter ?",
        "qui a voté en premier ?",
        "la Chine et l'Inde ont coordonné leur vote ?",
        "Do the countries that voted no actually have to follow this? is it binding on them?",
        "Did Cuba vote yes because of the US embargo?",
    ],
)
def test_what_goes_beyond_the_record_is_declined_with_the_record_shown(qa, question):
    """A vote named, something else asked: declined, never answered from the record."""
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason in {"hors_vote", "motifs"}


def test_beyond_the_record_shows_what_the_record_says(plain):
    """The decline says what the record holds, and shows the named member's vote."""
    reply = plain.question("la Chine a voté pour, mais c'est quoi sa politique en général ?").description
    assert "le vote enregistré dit seulement comment chaque membre a voté" in reply
    assert "Chine" in reply
    assert "pour" in reply


def test_a_false_premise_beyond_the_record_is_corrected(qa):
    """« South Africa voted no in protest? »: it voted for, and the record says so."""
    answer = qa.answer("South Africa voted no in protest, right?")
    assert (answer.answered, answer.reason) == (False, "hors_vote")
    assert [(m.country, m.vote) for m in answer.members] == [("Afrique du Sud", VoteChoice.FOR)]
    assert answer.asked_choice is VoteChoice.AGAINST


@pytest.mark.parametrize(
    "question",
    [
        "Combien de pays ont voté pour la résolution ?",
        "Quelle a été la position de l'Argentine lors du vote ?",
    ],
)
def test_pays_and_argentine_are_not_money(qa, question):
    """« pays » is no « pay », « Argentine » no « argent »: answered from the record."""
    assert qa.answer(question).answered


@pytest.mark.parametrize(
    "question",
    [
        "was japan's no vote a surprise?",
        "L'abstention de l'Argentine, c'était prévisible ?",
        "Qui a convaincu le Brésil de voter pour ?",
        "l'Érythrée qui vote pour un texte sur les droits de l'homme, c'est pas ironique ?",
        "Quel pays a le plus pesé sur le vote du groupe africain ?",
        "La Chine a-t-elle obtenu des voix en échange d'aide au développement ?",
        "À quelle heure le vote a-t-il eu lieu ?",
    ],
)
def test_a_judgement_of_a_vote_is_not_in_the_record(qa, question):
    """Surprising, predictable, ironic, who swayed whom, what for, at what time: declined."""
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == "hors_vote"


def test_a_judgement_word_never_hides_a_false_premise(qa):
    """« l'Inde s'est abstenue, c'était prévisible ? »: it voted for, and the record says so."""
    answer = qa.answer("l'Inde s'est abstenue, c'était prévisible ?")
    assert (answer.answered, answer.reason) == (False, "hors_vote")
    assert [(m.country, m.vote) for m in answer.members] == [("Inde", VoteChoice.FOR)]
    assert answer.asked_choice is VoteChoice.ABSTAIN


@pytest.mark.parametrize(
    ("question", "country", "choice"),
    [
        # Text-speak and a tag question: « usa » in lower case, « nan ? » asking to confirm.
        ("les usa ont vote contre nan ?", "États-Unis d'Amérique", VoteChoice.AGAINST),
        # The camps of the vote, in English; either way asked, no « No: ».
        ("was Kuwait in the yes group or the no group", "Koweït", None),
        ("La France a voté pour ou contre ?", "France", None),
    ],
)
def test_chat_ways_of_asking_a_members_vote(qa, question, country, choice):
    answer = qa.answer(question)
    assert answer.answered
    assert [m.country for m in answer.members] == [country]
    assert answer.asked_choice is choice


def test_two_camps_asked_get_the_tally(qa):
    """« cb de pays ont voté pour et contre » asks both counts, not the list of one camp."""
    answer = qa.answer("cb de pays ont vote pour et contre stp")
    assert answer.answered
    assert answer.scope is VoteScope.TALLY


def test_pour_before_a_purpose_is_no_vote_for(qa):
    """« … l'Ukraine ? c'est pour mon exposé »: a purpose; the question is about the war, not a vote."""
    answer = qa.answer("que dit le texte sur la guerre en Ukraine ? c'est pour mon exposé")
    assert answer.intent is not Intent.VOTE
    assert qa.answer("la France était pour ?").intent is Intent.VOTE


def test_a_lower_case_leftover_is_no_country_code(qa):
    """« fin » is Finland's code only typed in capitals: « à la fin du texte » names no member."""
    answer = qa.answer("à la fin du texte, qui a voté contre ?")
    assert answer.scope is VoteScope.CHOICE
    assert len(answer.members) == 14
    assert [m.country for m in qa.answer("comment a voté la FIN ?").members] == ["Finlande"]


@pytest.mark.parametrize(
    ("question", "choice"),
    [("qui a dit non ?", VoteChoice.AGAINST), ("Combien de pays ont dit oui à ce texte ?", VoteChoice.FOR)],
)
def test_saying_yes_or_no_is_a_vote(qa, question, choice):
    answer = qa.answer(question)
    assert (answer.answered, answer.scope, answer.choice) == (True, VoteScope.CHOICE, choice)


@pytest.mark.parametrize(
    ("question", "country", "choice"),
    [
        ("hey bot, the UAE voted against it didn't they", "Émirats arabes unis", VoteChoice.AGAINST),
        ("Rep dominicaine = pour ? 🤔", "République dominicaine", VoteChoice.FOR),
    ],
)
def test_codes_in_capitals_and_abbreviated_republics_name_their_member(qa, question, country, choice):
    answer = qa.answer(question)
    assert answer.answered
    assert [m.country for m in answer.members] == [country]
    assert answer.asked_choice is choice


def test_a_wrong_tally_gets_the_record(qa):
    answer = qa.answer("c passé à 31 contre 16 c'est ça ?")
    assert (answer.answered, answer.scope) == (True, VoteScope.TALLY)


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("slt, les 14 pays qui ont dit non ils reprochaient quoi au texte exactement ?", "motifs"),
        ("Does India's yes vote mean it's aligned with China on human rights?", "hors_vote"),
        ("Le Chili a voté pour, ça veut dire qu'il s'éloigne des États-Unis ?", "hors_vote"),
        ("who voted first?", "hors_vote"),
    ],
)
def test_what_a_vote_means_and_what_was_held_against_the_text_are_not_in_the_record(qa, question, reason):
    answer = qa.answer(question)
    assert (answer.answered, answer.reason) == (False, reason)


def test_a_because_in_text_speak_asks_why(qa):
    """« pcq » is « parce que »: a reason asked, which the record never gives."""
    answer = qa.answer("la Chine elle a voté pour pcq elle est dans les non-alignés ou quoi ?")
    assert answer.intent is Intent.VOTE
    assert (answer.answered, answer.reason) == (False, "motifs")


def test_what_the_text_does_to_a_state_is_no_vote(qa):
    """« condamne la Chine pour … » holds « Chine pour », which is no vote for."""
    answer = qa.answer("la resolution condamne la chine pour les ouighours ?")
    assert answer.intent is not Intent.VOTE
    assert not answer.answered
    # A vote word still makes it a vote question.
    assert qa.answer("la Chine a voté pour alors qu'on la critique ?").intent is Intent.VOTE


def test_a_group_as_such_casts_no_vote_but_its_members_votes_are_shown(qa, plain):
    answer = qa.answer("Le Groupe des États d'Afrique a voté comment, en tant que groupe ?")
    assert (answer.answered, answer.reason, answer.scope) == (False, "en_bloc", VoteScope.GROUP)
    assert [t.group.code for t in answer.tallies] == ["AFR"]
    text = plain.question("Le Groupe des États d'Afrique a voté comment, en tant que groupe ?").description
    assert "ne vote pas en tant que tel" in text
    assert "13 pour, 0 contre" in text
    # « en bloc » is answered: the members' votes say whether they voted alike.
    assert qa.answer("L'Amérique latine a voté pour en bloc ?").answered
