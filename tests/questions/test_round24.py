"""Twenty-fourth round: readings found in the batches promoted to tuning (ZZZY, ZZZZ, ZZZZB).

Each case is a new wording of a miss, not the batch's own question.
"""

import pytest

from bot.core.questions.answer import Intent


@pytest.mark.parametrize(
    "question",
    [
        "Warum hat Deutschland dagegen gestimmt ?",
        "Wieso hat Kuba dafür gestimmt ?",
        "weshalb hat Chile dafür gestimmt",
    ],
)
def test_a_german_why_of_a_vote_is_declined_not_confirmed(qa, question):
    answer = qa.answer(question)
    assert answer.intent is Intent.VOTE
    assert not answer.answered


def test_a_german_yes_or_no_vote_question_is_still_answered(qa):
    answer = qa.answer("Hat Kuba dafür gestimmt ?")
    assert answer.answered
    assert answer.intent is Intent.VOTE


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("Fußnote 2, welches Dokument ?", "FN2"),
        ("Fussnote 3 zu Durban ?", "FN3"),
        ("im letzten Absatz der Präambel, c'est quoi ?", "PP33"),
        ("le premier Absatz der Präambel cite quelle déclaration ?", "PP1"),
        ("c'est où le Pandemievertrag ?", "PP14"),
    ],
)
def test_german_words_for_places_in_the_text(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    "question",
    [
        "Que demande la résolution au Comité consultatif du Conseil des droits de l'homme ?",
        "Que demande le texte au Comité consultatif des droits de l'homme ?",
    ],
)
def test_a_party_the_text_never_names_gets_no_other_partys_request(qa, question):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == "aucune_demande"


def test_a_party_the_text_names_still_gets_its_requests_with_a_topic(qa):
    answer = qa.answer("que demande le texte aux ONG sur le dialogue ?")
    assert answer.answered
    assert "OP24" in answer.citations


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("la Déclaration de Vienne a été adoptée ayou ?", "PP1"),
        ("la conférence de Durban c'était ayoù ?", "PP10"),
    ],
)
def test_acadian_ayou_is_where(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("the Durban footnote, what does it point to?", "FN3"),
        ("Is there a note on the Paris Agreement? What does it point to?", "FN1"),
    ],
)
def test_what_a_note_points_to_is_what_it_cites(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    ("question", "cited", "symbol"),
    [
        (
            "la résolution intitulée Haut-Commissaire chargé de promouvoir et de protéger tous les droits"
            " de l'homme, c'est laquelle ?",
            "PP6",
            "48/141",
        ),
        (
            "c'est quelle reso de l'AG, « Transformer notre monde : le Programme de développement durable"
            " à l'horizon 2030 » ?",
            "PP2",
            "70/1",
        ),
    ],
)
def test_a_cited_documents_long_title_names_it(qa, plain, question, cited, symbol):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.intent is Intent.CITATIONS
    assert cited in answer.citations
    reply = plain.render_answer(answer)
    assert symbol in reply.description


def test_a_short_title_is_a_subject_not_a_name(qa):
    # « la Déclaration sur le droit au développement » is 41/128's title, and also a subject the
    # operative part speaks of: « do the seminars cover the right to development? » is about OP30.
    answer = qa.answer("Do the regional seminars also cover the right to development?")
    assert answer.answered
    assert "OP30" in answer.citations


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("14 contre c'est ça ?", "Oui : 14 membres ont voté contre"),
        ("il y a eu 2 abstentions ?", "Oui : 2 membres se sont abstenus"),
        ("c'est bien trente et un pour ?", "Oui : 31 membres ont voté pour"),
        ("adoptée 31 à 14 ?", "Oui : 31 pour et 14 contre."),
        ("le résultat c'est 31 pour ?", "Oui : 31 pour."),
        ("were there 2 abstentions?", "Yes: 2 members abstained"),
        ("it passed 31-14 right?", "Yes: 31 for and 14 against."),
    ],
)
def test_a_count_said_right_is_confirmed_with_yes(qa, plain, question, opening):
    answer = qa.answer(question)
    assert answer.intent is Intent.VOTE
    reply = " ".join(plain.render_answer(answer).description.split())
    assert reply.startswith(opening)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("cinq États ont voté contre ?", "Non : le décompte n'est pas 5 contre."),
        ("15 states voted against?", "No: the count was not 15 against."),
        ("le résultat c'est 30 pour ?", "Non : le décompte n'est pas 30 pour."),
    ],
)
def test_a_count_said_wrong_is_denied_with_no(qa, plain, question, opening):
    answer = qa.answer(question)
    assert answer.intent is Intent.VOTE
    reply = " ".join(plain.render_answer(answer).description.split())
    assert reply.startswith(opening)
    assert "31 pour, 14 contre" in reply or "31 for, 14 against" in reply


@pytest.mark.parametrize("question", ["le résultat c'était quoi ?", "the result was what?"])
def test_the_result_asked_with_a_copula_is_the_tally(qa, question):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.intent is Intent.VOTE


# Probe 24a: a member named in its own language was said not to be a member.
@pytest.mark.parametrize(
    ("question", "country", "vote"),
    [
        ("Brasil votou como?", "Brésil", "pour"),
        ("et Crna Gora ?", "Monténégro", "contre"),
        ("Sakartvelo vote", "Géorgie", "contre"),
        ("Nihon a voté quoi", "Japon", "contre"),
        ("Suomi a voté ?", "Finlande", "contre"),
        ("RCI elle a voté comment", "Côte d'Ivoire", "pour"),
        ("República Dominicana vote ?", "République dominicaine", "abstention"),
    ],
)
def test_a_member_named_in_its_own_language_gets_its_vote(qa, question, country, vote):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.intent is Intent.VOTE
    assert [(m.country, m.vote.value) for m in answer.members] == [(country, vote)]


def test_own_language_names_are_looked_up_exactly_only(service):
    index = service.votes.countries
    assert index.match("Sakartvelo").country.code == "GEO"
    # One letter off is no Georgia: these names sit far from French, and typos are not guessed.
    for word in ("Sakartvela", "Lietuvo", "Shqiparia"):
        found = index.match(word)
        assert found.country is None, word
        assert not {c.code for c in found.candidates} & {"GEO", "LTU", "ALB"}, word


@pytest.mark.parametrize(
    "question",
    ["si la reso a été votée ?", "je veux savoir si elle a été adoptée par un vote"],
)
def test_the_word_si_is_no_slovenia(qa, plain, question):
    answer = qa.answer(question)
    reply = plain.render_answer(answer)
    assert "Slovénie" not in f"{reply.title}\n{reply.description}"


@pytest.mark.parametrize(
    ("question", "members"),
    [
        ("les membres du GRULAC ?", 8),
        ("quels pays du groupe asiatique sont membres ?", 13),
        ("Which African countries are on the Council?", 13),
    ],
)
def test_a_groups_members_are_listed_from_the_record(qa, question, members):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.intent is Intent.VOTE
    assert sum(len(t.members) for t in answer.tallies) == members


def test_another_sessions_dates_are_not_this_ones(qa):
    answer = qa.answer("la 59e session c'était quand exactement ?")
    assert not answer.answered
    assert answer.intent is not Intent.METADATA


# Probe 24b: spans and quoted openings.
@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("para 20 jusqu'au 23", ["OP20", "OP21", "OP22", "OP23"]),
        ("op 12 jusqu'à 14 svp", ["OP12", "OP13", "OP14"]),
        ("paragraphes 3 à 5 du préambule", ["PP3", "PP4", "PP5"]),
        ("paras 2 et 4 du préambule", ["PP2", "PP4"]),
        ("du 1 au 5 vite fait", ["OP1", "OP2", "OP3", "OP4", "OP5"]),
        ("de 35 à 37", ["OP35", "OP36", "OP37"]),
        ("21-23 ?", ["OP21", "OP22", "OP23"]),
    ],
)
def test_spans_of_paragraphs_are_read_whole(qa, question, cited):
    answer = qa.answer(question)
    assert answer.intent is Intent.PARAGRAPH
    assert list(answer.citations) == cited


def test_the_parser_reads_jusqu_a_as_a_span(service):
    assert [p.id for p in service.paragraphs("20 jusqu'à 22")] == ["OP20", "OP21", "OP22"]


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("'Conscient également que' — la suite svp", "PP17"),
        ("le passage qui commence par « Soulignant que la coopération n'est pas seulement » ?", "PP18"),
        ("« Rappelant sa résolution 6/17 » : tu peux me le donner en entier ?", "PP26"),
        ('le para qui commence par "Invite les États" ?', "OP34"),
    ],
)
def test_a_paragraphs_quoted_first_words_name_it(qa, question, cited):
    answer = qa.answer(question)
    assert answer.intent is Intent.PARAGRAPH
    assert list(answer.citations) == [cited]


def test_a_quoted_opening_said_of_a_named_paragraph_is_checked_there(qa):
    answer = qa.answer("le paragraphe 5 commence par « Réaffirme que les États ont le devoir » vrai ?")
    assert list(answer.citations) == ["OP5"]


def test_a_second_question_does_not_unsay_the_first_paragraphs_subject(qa):
    # OP26 does name « réfugiés »: the count is the second question's (« OP26 ne le dit pas » was false).
    answer = qa.answer("le para 26 parle des réfugiés ? et combien de réfugiés y a dans le monde ?")
    assert answer.reason != "hors_paragraphe"
    assert "OP26" in answer.citations


def test_a_question_before_the_paragraph_named_is_still_the_question(qa):
    answer = qa.answer("le budget des séminaires c'est combien ? le para 31 parle de ressources")
    assert not answer.answered


def test_a_place_in_the_records_list_is_no_country(qa, plain):
    answer = qa.answer("le dernier État qui s'est abstenu ?")
    assert answer.answered
    assert [m.country for m in answer.members] == ["Argentine", "République dominicaine"]


@pytest.mark.parametrize(
    "question",
    [
        "genre c'était serré comme vote ?",
        "avant cette reso y avait eu des années où c'était adopté sans vote ?",
    ],
)
def test_common_words_left_in_a_vote_question_are_offered_no_state(qa, plain, question):
    answer = qa.answer(question)
    assert not answer.answered
    assert "Vouliez-vous dire" not in plain.render_answer(answer).description


def test_a_typo_of_a_name_is_still_offered_the_name(qa, plain):
    answer = qa.answer("allemange a voté quoi")
    assert not answer.answered
    assert "Allemagne" in plain.render_answer(answer).description


def test_cotonou_stands_for_benin(qa):
    answer = qa.answer("Cotonou a voté comment ?")
    assert [m.country for m in answer.members] == ["Bénin"]


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("la France est membre du conseil ?", "Oui : la France est membre du Conseil en 2024."),
        ("les États-Unis sont-ils membres du Conseil ?", "Oui : les États-Unis d'Amérique sont membres"),
        ("le Qatar siège au Conseil ?", "Oui : le Qatar est membre du Conseil en 2024."),
        ("Is Georgia a Council member?", "Yes: Georgia is a member of the Council in 2024."),
    ],
)
def test_a_members_seat_asked_is_confirmed_before_its_vote(qa, plain, question, opening):
    answer = qa.answer(question)
    reply = " ".join(plain.render_answer(answer).description.split())
    assert reply.startswith(opening)
    assert "voté" in reply or "voted" in reply


def test_a_members_vote_alone_says_nothing_of_its_seat(qa, plain):
    reply = " ".join(plain.render_answer(qa.answer("la France a voté quoi ?")).description.split())
    assert not reply.startswith("Oui")


@pytest.mark.parametrize(
    ("question", "outsider"),
    [("l'UE est membre du Conseil ?", "Union européenne"), ("la Suisse est membre du Conseil ?", "Suisse")],
)
def test_a_seat_asked_of_a_non_member_is_denied(qa, plain, question, outsider):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.intent is Intent.VOTE
    assert outsider in plain.render_answer(answer).description


def test_the_councils_size_said_alone_is_the_tally(qa):
    answer = qa.answer("47 membres c'est ça ?")
    assert answer.answered
    assert answer.intent is Intent.VOTE


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("elle a été adoptée le 12 juillet non ?", "Non, le document dit autre chose"),
        ("le vote c'était à la 35e séance ?", "Non, le document dit autre chose"),
        ("was it adopted on 11 July?", "No, the document says otherwise"),
    ],
)
def test_a_wrong_date_or_meeting_said_is_denied_first(qa, plain, question, opening):
    answer = qa.answer(question)
    assert answer.intent is Intent.METADATA
    reply = " ".join(plain.render_answer(answer).description.split())
    assert reply.startswith(opening)
    assert "10 juillet 2024" in reply or "10 July 2024" in reply


def test_the_right_date_said_is_not_denied(qa, plain):
    reply = plain.render_answer(qa.answer("adoptée le 10 juillet ?")).description
    assert "Non" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "Le Programme d'action de Vienne contient-il une disposition sur la coopération technique ?",
        "la 60/251 recommande quoi pour l'EPU ?",
    ],
)
def test_what_a_cited_document_provides_on_a_subject_its_citers_lack_is_declined(qa, question):
    answer = qa.answer(question)
    assert not answer.answered


@pytest.mark.parametrize(
    "question",
    [
        "les négos sur le traité pandémie sont finies ?",
        "Le HCDH a-t-il bien précisé le processus, comme le lui demande le paragraphe 22 ?",
    ],
)
def test_what_came_after_the_adoption_is_declined(qa, question):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == "apres_adoption"


def test_a_paragraphs_request_asked_plainly_is_still_quoted(qa):
    answer = qa.answer("que demande le paragraphe 22 au Haut-Commissariat ?")
    assert answer.answered
    assert "OP22" in answer.citations


# Two lookups in one message (compound.py).
@pytest.mark.parametrize(
    ("question", "cited", "country"),
    [
        ("la Chine a voté comment et le para 5 c quoi", ["OP5"], "Chine"),
        ("le para 8 c quoi et la France a voté comment ?", ["OP8"], "France"),
        ("l'op 26 parle du climat ? et la Belgique a voté quoi ?", ["OP26"], "Belgique"),
    ],
)
def test_a_vote_and_a_paragraph_asked_together_are_both_answered(qa, plain, question, cited, country):
    answer = qa.answer(question)
    assert answer.answered
    assert len(answer.parts) == 2
    assert answer.citations == cited
    assert [m.country for part in answer.parts for m in part.members] == [country]
    reply = plain.render_answer(answer).description
    assert reply.count(f"{cited[0]} ·") == 1
    assert country in reply
    assert "a voté" in reply


@pytest.mark.parametrize(
    "question",
    [
        "la France et l'Allemagne ont voté comment ?",  # one vote question, two members
        "le 29 et le 31",  # one list of paragraphs
        "combien pour ? et combien contre ?",  # one tally
        "c'était à quelle séance le vote ? la 34e ou pas",  # a meeting, no paragraph
        "l'OP8 nomme-t-il les pays qui imposent des sanctions ? genre les US ?",  # an example
        "Que doit contenir le rapport demandé au paragraphe 33, et pour quelle session ?",  # OP33's
    ],
)
def test_one_question_in_two_clauses_is_not_split(qa, question):
    assert qa.answer(question).parts == ()


def test_both_parts_render_with_discord_markup(qa, discord):
    reply = discord.render_answer(qa.answer("la Chine a voté comment et le para 5 c quoi"))
    assert "**OP5 ·**" in reply.description
    assert "**Chine**" in reply.description


# The review of this round's change.
@pytest.mark.parametrize("question", ["le Japon est membre permanent ?", "la France est membre fondateur ?"])
def test_no_yes_to_a_seat_the_council_does_not_have(qa, plain, question):
    assert not plain.render_answer(qa.answer(question)).description.startswith("Oui")


def test_an_office_is_not_among_the_members(qa, plain):
    answer = qa.answer("le Secrétaire général est membre du conseil ?")
    assert not answer.answered
    assert "ne figure pas parmi les 47 membres" in plain.render_answer(answer).description


@pytest.mark.parametrize(("question", "country"), [("fr a voté quoi ?", "France"), ("jp vote ?", "Japon")])
def test_a_lower_case_code_that_is_no_word_is_still_a_code(qa, question, country):
    assert [m.country for m in qa.answer(question).members] == [country]


def test_the_distribution_date_said_is_not_denied(qa, plain):
    assert "Non" not in plain.render_answer(qa.answer("le document est daté du 11 juillet ?")).description


def test_this_session_named_beside_another_keeps_its_session(qa):
    answer = qa.answer("c'était à la 55e ou à la 56e session et c'était quand ?")
    assert answer.intent is Intent.METADATA
    assert "session" in answer.facts


def test_a_quoted_request_without_a_cue_stays_the_requests(qa):
    answer = qa.answer("« Prie le Haut-Commissaire » ?")
    assert answer.citations == ["OP29", "OP30", "OP31", "OP33"]


def test_a_long_title_without_a_word_for_a_document_names_the_office(qa):
    answer = qa.answer(
        "que doit faire le Haut-Commissaire chargé de promouvoir et de protéger tous les droits de l'homme ?"
    )
    assert answer.intent is Intent.REQUESTS


@pytest.mark.parametrize("question", ["le résultat c'est 10 juillet ?", "le résultat c'est 37 paragraphes ?"])
def test_a_number_after_the_result_is_a_count_only_with_a_camp(qa, question):
    assert qa.answer(question).intent is not Intent.VOTE


# The second review.
@pytest.mark.parametrize(
    ("question", "note"),
    [
        ("la roumanie a voté quoi et la note 4 renvoie a quoi", "FN4 ·"),
        ("les pays bas ont voté contre ? et l'alinéa 3 ?", "Note 1"),
    ],
)
def test_a_second_part_quoting_a_note_renders_it(qa, plain, discord, question, note):
    answer = qa.answer(question)
    assert len(answer.parts) == 2
    assert note in plain.render_answer(answer).description
    assert discord.render_answer(answer).description


def test_both_parts_speak_the_messages_language(qa, plain):
    reply = plain.render_answer(qa.answer("did Viet Nam vote for it and what does op 1 say")).description
    assert "Viet Nam voted for" in reply


@pytest.mark.parametrize(
    ("question", "country"), [("nippon a voté quoi ?", "Japon"), ("Nihon vote ?", "Japon")]
)
def test_japan_in_japanese(qa, question, country):
    assert [m.country for m in qa.answer(question).members] == [country]


def test_a_quoted_opening_that_is_no_request_needs_no_cue(qa):
    assert qa.answer("« Rappelant la résolution » ?").citations == ["PP2", "PP5", "PP8", "PP23"]


def test_a_lone_count_after_the_result_is_the_tally(qa):
    assert qa.answer("le résultat c'est 31 ?").intent is Intent.VOTE


def test_the_resolutions_symbol_is_no_56th_session(qa):
    answer = qa.answer("la 59e session c'était quand pour la reso 56/2 ?")
    assert not answer.answered
    assert answer.intent is not Intent.METADATA


@pytest.mark.parametrize(
    ("question", "scope"),
    [
        ("combien de pour et combien de contre", "total"),
        ("combien de pour ?", "choix"),
        ("combien de contre", "choix"),
    ],
)
def test_a_camp_counted_with_de_is_the_record(qa, question, scope):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.intent is Intent.VOTE
    assert answer.scope.value == scope
