"""Mends of issue 14's nineteenth round, read from last round's blind batches once they joined tuning.

Each asserts what a member would see: the paragraph quoted, the vote, or a decline and its
reason. The wordings are new, not the batches' own.
"""

import pytest


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # A Model UN role names the asker's country, not the question's subject.
        ("Je joue le Venezuela. On veut dénoncer les mesures coercitives unilatérales, quel para ?", "OP8"),
        ("j'incarne l'Indonésie et je veux parler de la dette des pays pauvres, c'est où ?", "PP15"),
        ("Je suis la Bolivie et je veux dire que l'aide technique doit venir à la demande des États", "OP19"),
        ("I'm playing Pakistan: which paragraph talks about religious intolerance?", "OP3"),
        ("I'm Vietnam and we want to talk about terrorism. Anything in the text?", "OP14"),
    ],
)
def test_a_model_un_role_is_no_subject(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


def test_a_roles_own_stance_is_argued_from_the_text(qa):
    # « notre système » is the role's stance: the text is searched, no vote is given.
    answer = qa.answer("Je joue Cuba, je veux dire que nul ne doit s'ingérer dans notre système politique")
    assert answer.answered
    assert "OP13" in answer.citations
    assert not answer.members


@pytest.mark.parametrize(
    ("question", "country", "vote"),
    [
        ("je joue la France, on a voté comment ?", "France", "contre"),
        ("I'm playing Chile, how did we vote?", "Chili", "pour"),
    ],
)
def test_a_roles_vote_is_its_countrys(qa, question, country, vote):
    answer = qa.answer(question)
    assert answer.answered
    assert [(m.country, m.vote.value) for m in answer.members] == [(country, vote)]


@pytest.mark.parametrize(
    "question",
    [
        # The role's own country asked of the text: no paragraph names it.
        "Je joue le Mali, notre pays est cité dans le texte ?",
        # A first name after « je suis » is no role.
        "je suis Maurice, la résolution parle de Maurice ?",
    ],
)
def test_a_roles_country_named_in_the_text_is_declined(qa, question):
    answer = qa.answer(question)
    assert not answer.answered


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("wah di text seh bout vaccines?", "PP12"),
        ("Which paragraph dem talk bout debt inna?", "PP15"),
        ("dey say anything bout di good-neighbourliness ting?", "PP18"),
    ],
)
def test_caribbean_english_spellings_are_read(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


def test_caribbean_english_spellings_are_not_read_in_french(qa):
    # « un bout sur la mondialisation »: French « bout » stays a French word.
    answer = qa.answer("ya un bout sur la mondialisation dans le texte ?")
    assert answer.answered
    assert "OP10" in answer.citations


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("kel paragraphe parle de la dette ?", "PP15"),
        ("ya un para ki di la coopération c pa juste la réciprocité ?", "PP18"),
    ],
)
def test_antillean_spellings_are_read(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    ("question", "cited", "title"),
    [
        ("c'est quoi le titre de la 41/128 ?", "PP5", "Déclaration sur le droit au développement"),
        ("what is resolution 70/1 called?", "PP2", "Transformer notre monde"),
    ],
)
def test_a_cited_documents_title_is_quoted_where_the_text_gives_it(qa, plain, question, cited, title):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations
    assert title in plain.render_answer(answer).description


def test_a_cited_documents_title_the_text_does_not_give_is_declined(qa):
    # PP4 dates 77/213 and names no title.
    assert not qa.answer("quel est l'intitulé de la résolution 77/213 ?").answered


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("le programme adopté dans la capitale argentine en 1978, c'est quel alinéa ?", "PP7"),
        ("the declaration adopted in the Austrian capital in 1993?", "PP1"),
        ("le programme d'action de la capitale éthiopienne, il est cité où ?", "PP3"),
    ],
)
def test_a_capital_for_its_city(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    "question",
    [
        "Kampala, c'est la capitale de quel pays ?",
        "Buenos Aires is in which country?",
        "Vienne se trouve dans quel pays ?",
    ],
)
def test_where_a_city_is_is_declined(qa, question):
    assert not qa.answer(question).answered


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # The wording asked (« en quels termes ») and kinds a paragraph lists are no names asked.
        ("En quels termes exactement l'OP16 énonce-t-il ses principes ?", "OP16"),
        ("In what words exactly does paragraph 29 describe the kinds of cooperation?", "OP29"),
    ],
)
def test_the_wording_asked_exactly_is_a_quote(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


def test_a_count_bounded_by_a_paragraph_is_the_structure(qa, plain):
    answer = qa.answer("Combien y a-t-il d'alinéas avant le paragraphe 1 ?")
    assert answer.answered
    assert "33" in plain.render_answer(answer).description


def test_a_count_with_the_part_between_is_the_structure(qa, plain):
    answer = qa.answer("Combien le préambule contient-il d'alinéas ?")
    assert answer.answered
    assert "33" in plain.render_answer(answer).description


def test_first_request_or_again_is_the_paragraphs_own_verb(qa, plain):
    # « Prie à nouveau » answers it; a first request alone is still declined (the text has no history).
    answer = qa.answer("L'OP30, c'est la première demande de séminaires ou une demande répétée ?")
    assert answer.answered
    assert "Prie à nouveau" in plain.render_answer(answer).description
    assert not qa.answer("Quand le Conseil a-t-il fait la première demande de séminaires ?").answered


@pytest.mark.parametrize(
    "question",
    [
        "Dans son explication de vote, l'Allemagne a-t-elle critiqué le paragraphe 5 ?",
        "In its explanation of vote, did Japan object to OP8?",
    ],
)
def test_an_explanation_of_vote_about_a_paragraph_is_declined(qa, question):
    # What a delegation said of a paragraph: neither the paragraph nor its vote.
    answer = qa.answer(question)
    assert not answer.answered
    assert not answer.members


@pytest.mark.parametrize(
    "question",
    [
        "how did the African Group split?",
        "le groupe Asie-Pacifique a voté comment, comme l'Inde ?",
        "did WEOG vote all no, like Germany?",
    ],
)
def test_a_groups_split_and_a_member_beside_it_is_the_groups_breakdown(qa, question):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.tallies
    assert len(answer.tallies) == 1


def test_a_non_member_beside_a_group_is_still_said(qa, plain):
    # Canada has no seat: the group's breakdown would leave that unsaid.
    answer = qa.answer("le Canada a voté contre comme le groupe occidental et l'Allemagne ?")
    said = plain.render_answer(answer).description
    assert "Canada" in said
    assert "pas membre" in said or "n'est pas membre" in said


@pytest.mark.parametrize(
    "question",
    [
        # Arabizi « why » (3lach, 3lech, leh): the record never says why.
        "3lach l'algerie vota pour ?",
        "3lech tunisie w maroc ?",
        "leh el yaban vota contre ?",
    ],
)
def test_arabizi_why_is_declined(qa, question):
    answer = qa.answer(question)
    assert not answer.answered


@pytest.mark.parametrize(
    ("question", "country", "vote"),
    [
        ("kifech vota dzayer ?", "Algérie", "pour"),
        ("lmaroc vota chnowa khoya ?", "Maroc", "pour"),
        ("almanya vota pr wla ctr ?", "Allemagne", "contre"),
        ("chou kan vote l'emarat ?", "Émirats arabes unis", "pour"),
    ],
)
def test_arabizi_country_names_and_words_are_read(qa, question, country, vote):
    answer = qa.answer(question)
    assert answer.answered
    assert [(m.country, m.vote.value) for m in answer.members] == [(country, vote)]


@pytest.mark.parametrize(
    ("question", "name"), [("masr vota kifech ?", "Égypte"), ("falastine vote ?", "Palestine")]
)
def test_arabizi_non_members_are_said_to_have_no_seat(qa, plain, question, name):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == "non_membre"
    assert name in plain.render_answer(answer).description


def test_arabizi_counts_and_content(qa, plain):
    count = qa.answer("ch7al vota pour ?")
    assert count.answered
    assert "31" in plain.render_answer(count).description
    content = qa.answer("chnowa bi2oul 3an la dette ?")
    assert content.answered
    assert "PP15" in content.citations


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # The role's own vote is not what is asked: the list, the group, the consensus.
        ("je joue le Bénin. Donne-moi la liste des pays qui se sont abstenus.", "abstentions"),
        ("le groupe africain a voté uni ? je suis l'Algérie", "groupe"),
        ("adoptée à l'unanimité ? je joue le Brésil", "tally"),
    ],
)
def test_a_roles_vote_does_not_replace_what_is_asked(qa, question, expected):
    answer = qa.answer(question)
    assert answer.answered
    if expected == "abstentions":
        assert {m.country for m in answer.members} == {"Argentine", "République dominicaine"}
    elif expected == "groupe":
        assert answer.tallies
    else:
        assert not answer.members or len(answer.members) > 1


def test_who_else_voted_like_the_asker_is_the_camp(qa):
    answer = qa.answer("je suis l'Argentine, qui d'autre s'est abstenu ?")
    assert {m.country for m in answer.members} == {"Argentine", "République dominicaine"}


def test_a_non_member_delegate_asking_its_group_and_vote(qa):
    # The United Kingdom had no seat: never another group's breakdown.
    answer = qa.answer("I'm the UK delegate, which regional group are we in and how did we vote?")
    assert not answer.answered
    assert answer.reason == "non_membre"


@pytest.mark.parametrize(
    "question",
    [
        "does the text say the West is to blame? I'm the US",
        "la résolution est-elle contre l'Occident ? je joue la France",
    ],
)
def test_a_sign_off_role_gives_no_yes_or_no_from_its_vote(qa, question):
    # « Oui : les États-Unis ont voté contre » had answered a question about the text.
    answer = qa.answer(question)
    assert not answer.members


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # The order of the text: the neighbour, not the paragraph described.
        ("Quel paragraphe précède immédiatement celui qui parle du terrorisme ?", "OP13"),
        ("Which paragraph comes right after the one on terrorism?", "OP15"),
        ("quel paragraphe suit directement l'OP12 ?", "OP13"),
        ("Quel alinéa vient juste avant le paragraphe 1 ?", "PP33"),
        ("what comes just before OP21?", "OP20"),
    ],
)
def test_the_paragraph_before_or_after_another(qa, plain, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.citations == (cited,) or list(answer.citations) == [cited]
    said = plain.render_answer(answer).description
    assert "juste avant" in said or "juste après" in said or "just before" in said or "just after" in said


def test_nothing_follows_the_last_paragraph(qa):
    assert not qa.answer("quel paragraphe suit l'OP37 ?").answered


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("Quels paragraphes du dispositif commencent par « Invite », sous toutes ses formes ?", ["OP34"]),
        ("Quel est le dernier paragraphe commençant par « Réaffirme » ?", ["OP27"]),
        ('Which is the first operative paragraph beginning with "Requests"?', ["OP21"]),
    ],
)
def test_paragraphs_opening_with_a_quoted_verb(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert list(answer.citations) == cited


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("Par quel verbe s'ouvre exactement le paragraphe 27 ?", "OP27"),
        ("Pourriez-vous préciser par quel verbe commence le paragraphe 2 de la résolution 56/2 ?", "OP2"),
    ],
)
def test_the_verb_opening_a_named_paragraph_is_its_quote(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("Le Haut-Commissaire a-t-il organisé les séminaires demandés au paragraphe 30 ?", "apres_adoption"),
        ("Quelle suite les États ont-ils donnée au paragraphe 29 ?", "apres_adoption"),
        ("Did the Secretary-General present the report at the sixty-third session?", "apres_adoption"),
        ("Le paragraphe 13 rend-il l'ingérence illégale ?", "opinion"),
        ("le paragraphe 19 est-il contraignant ?", "sanctions"),
        ("je joue l'Iran, qu'est-ce qu'on devrait dire dans notre discours ?", "opinion"),
        ("je suis la Russie, notre argument sur les sanctions est-il solide ?", "opinion"),
        ("que va dire la délégation américaine sur l'OP8 ?", "opinion"),
        ("qu'est-ce que la résolution aurait dû dire sur la dette ?", "opinion"),
        ("À quelles dates les séminaires doivent-ils se tenir ?", "date"),
    ],
)
def test_later_events_legal_force_advice_and_undated_plans_are_declined(qa, question, reason):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == reason


def test_what_the_text_reports_done_is_still_answered(qa):
    # « a-t-elle créé » is PP23's history, not news after the text.
    answer = qa.answer("Par quelle résolution l'Assemblée générale a-t-elle créé le Conseil ?")
    assert answer.answered
    assert "PP23" in answer.citations


def test_which_countries_gave_vaccines_is_declined(qa):
    # PP14 says « des pays qui ont fourni des vaccins », naming none; PP26's kinds are not them.
    answer = qa.answer("quels pays ont donné des vaccins contre la COVID ?")
    assert not answer.answered


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("Quel est le dernier paragraphe du dispositif commençant par « Prie » ?", ["OP33"]),
        # A paragraph named before the verb is that paragraph, not the list.
        ("Mon binôme affirme que le paragraphe 4 s'ouvre par « Souligne » : c'est exact ?", ["OP4"]),
    ],
)
def test_first_last_and_named_openings(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert list(answer.citations) == cited


@pytest.mark.parametrize("question", ["14 contre c'est juste ?", "y avait 2 abstentions ?", "31 pour ?"])
def test_one_camps_count_said_is_the_record(qa, plain, question):
    # « 31 pour » had quoted PP10 for its « 31 août ».
    answer = qa.answer(question)
    assert answer.intent.value == "vote"
    assert answer.answered
    assert "PP10" not in answer.citations


def test_a_definition_asked_as_c_koi_is_declined(qa):
    answer = qa.answer("c koi la définition du développement durable ?")
    assert not answer.answered
    assert answer.reason == "definition"


@pytest.mark.parametrize(
    ("question", "cited"),
    [("chou bi2oul 3an el covid w l vaccins ?", "PP12"), ("wach kayn chi haja 3an la dette ?", "PP15")],
)
def test_arabizi_articles_and_chat_words_weigh_nothing(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


def test_a_role_comparing_with_another_keeps_its_own_vote(qa, plain):
    answer = qa.answer("je joue le Brésil, le Mexique a voté comme nous ?")
    said = plain.render_answer(answer).description
    assert "Brésil a voté pour" in said
    assert "Mexique" in said
    assert "pas membre" in said


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Notre tuteur affirme que le paragraphe 32 s'ouvre par « Approuve » : est-ce exact ?", "Non"),
        ("le paragraphe 33 commence bien par « Prie » ?", "Oui"),
        ('Does operative paragraph 28 open with "Invites"?', "No"),
    ],
)
def test_the_verb_said_to_open_a_paragraph_is_checked(qa, plain, question, said):
    answer = qa.answer(question)
    assert answer.answered
    assert len(answer.citations) == 1
    assert plain.render_answer(answer).description.startswith(said)


@pytest.mark.parametrize(
    ("question", "country", "group"),
    [
        ("l'algérie membre du conseil en 2024 ?", "Algérie", "AFR"),
        ("le bénin groupe africain ?", "Bénin", "AFR"),
        ("La Géorgie appartient au groupe des États d'Europe orientale ?", "Géorgie", "EEG"),
    ],
)
def test_a_members_seat_or_group_said_as_a_fragment(qa, question, country, group):
    answer = qa.answer(question)
    assert answer.answered
    assert [(m.country, m.group.code) for m in answer.members] == [(country, group)]


def test_a_non_members_seat_asked_as_a_fragment(qa):
    answer = qa.answer("l'Italie membre du conseil ?")
    assert not answer.answered
    assert answer.reason == "non_membre"


def test_english_structure_counts(qa, plain):
    answer = qa.answer("How many footnotes does the text contain?")
    assert answer.answered
    assert "5 footnotes" in plain.render_answer(answer).description


@pytest.mark.parametrize(
    ("question", "country"),
    [
        # A review of this round's change: the role's own vote and group, asked barely.
        ("je suis la Chine, comment j'ai voté ?", "Chine"),
        ("je joue le Maroc, on est dans quel groupe ?", "Maroc"),
        ("je joue le Bénin, quel groupe régional ?", "Bénin"),
        ("je suis la France, notre groupe régional ?", "France"),
        ("Je représente le Brésil, a voté comment ?", "Brésil"),
    ],
)
def test_a_roles_own_vote_or_group_asked_barely(qa, question, country):
    answer = qa.answer(question)
    assert answer.answered
    assert [m.country for m in answer.members] == [country]


@pytest.mark.parametrize(
    "question",
    [
        "Le paragraphe F existe ?",
        "33 pour le préambule ?",
        "60 pour cent ?",
        "je joue la Chine. right ?",
        "Quel paragraphe précède celui où il est question de séminaires régionaux ?",
    ],
)
def test_what_the_review_found_read_wrongly_is_no_vote_nor_a_guess(qa, question):
    answer = qa.answer(question)
    assert not answer.members
    assert not (answer.answered and answer.intent.value == "vote")
    assert not answer.answered or answer.intent.value != "paragraphe"


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        (
            "Dernière question : quels paragraphes commencent par « Exhorte » ?",
            ["OP7", "OP23", "OP26", "OP28"],
        ),
        ("à part le paragraphe 21, quels paragraphes commencent par « Prie » ?", None),
    ],
)
def test_first_or_last_said_of_the_message_is_not_of_a_paragraph(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert len(answer.citations) > 1
    if cited:
        assert list(answer.citations) == cited


@pytest.mark.parametrize(
    "question",
    [
        "le Haut-Commissaire a-t-il présenté un rapport à la session en cours ?",
        "quelle suite le Conseil donnera-t-il à la question ?",
        "comment s'appelle le rapport A/HRC/55/78 ?",
    ],
)
def test_what_the_text_reports_or_plans_is_answered(qa, question):
    assert qa.answer(question).answered


def test_south_sudan_is_no_member(qa):
    # « le Sud-Soudan a voté pour ? » had been « Oui : le Soudan a voté pour ».
    answer = qa.answer("le Sud-Soudan a voté pour ?")
    assert not answer.answered
    assert answer.reason == "non_membre"
    assert not answer.members


@pytest.mark.parametrize(
    "question", ["le résultat ?", "what's the result?", "c'est quoi le résultat final ?"]
)
def test_the_result_alone_is_the_votes(qa, plain, question):
    # « résultat » had found OP28's « résulter ».
    answer = qa.answer(question)
    assert answer.intent.value == "vote"
    assert answer.answered
    said = plain.render_answer(answer).description
    assert "31" in said
    assert "14" in said
