"""Mends of issue 14's fourteenth round, read from last round's blind batches once they joined tuning.

Each asserts what a member would see: the member's vote, the fact asked, the paragraph quoted, or
a decline and its reason.
"""

import pytest


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # What the asker will do with the answer names no subject: « pour Cuba » is the asker's
        # delegation (had been « pays cités »), « pour l'Inde » no vote (had been India's vote).
        (
            "est-ce que le texte parle des sanctions qu'un pays impose tout seul à un autre? j'veux citer "
            "le bon paragraphe pour Cuba",
            "OP8",
        ),
        (
            "y a tu qqch sur la science pis le droit de tout le monde de profiter des avancées "
            "scientifiques? ça ferait une bonne ligne pour l'Inde",
            "OP28",
        ),
        # (« discours » of the asker's delegation is no debate.)
        ("ya tu un bout sur la mondialisation? jcherche pour le discours de la Malaisie", "OP10"),
        # « pis » is the Québécois « and then », no word of the subject.
        ("la res qui a cree le CDH cest laquelle pis de quand", "PP23"),
    ],
)
def test_a_purpose_after_the_question_is_the_askers(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


def test_chu_is_the_askers_role(qa, plain):
    # « chu » (Québécois « je suis ») le délégué du Canada: the asker's role, no statement asked.
    answer = qa.answer(
        "yo la gang chu le délégué du Canada pour la simul du CDH vendredi pis j'écris mon discours "
        "d'ouverture à soir... le Canada a-tu voté pour ou contre la 56/2 pour vrai?"
    )
    assert answer.reason == "non_membre"
    assert "pas membre" in plain.render_answer(answer).description


@pytest.mark.parametrize(
    ("question", "said", "unsaid"),
    [
        # A fact set aside is not asked (had been the distribution date, or declined).
        (
            "elle a été adoptée quand exactement, la résolution? genre la date du vote, pas la date de "
            "distribution",
            "10 juillet 2024",
            "Distribuée",
        ),
        (
            "qqn peut me dire a quelle seance ca a ete adopte ? le numero de la seance pas la session",
            "34e séance",
            "Cinquante-sixième",
        ),
        # The asker's label and « sous quel point » take no fact away (the session had been left out).
        (
            "Pour la fiche : la résolution 56/2 a été adoptée lors de quelle session du Conseil et sous "
            "quel point de l'ordre du jour ?",
            "Cinquante-sixième session",
            "Distribuée",
        ),
    ],
)
def test_the_facts_asked_and_only_those(qa, plain, question, said, unsaid):
    answer = qa.answer(question)
    assert answer.answered
    text = plain.render_answer(answer).description
    assert said in text
    assert unsaid not in text


# Every kind of question this round found confidently answered, or declined for a wrong reason:
# each is declined, with the reason the reply states.
@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # What a camp gives: money, which the record does not hold (had listed the 14 against).
        ("les pays qui ont voté contre, y donnent combien au fonds pour l'EPU?", "hors_vote"),
        ("how much did the countries that voted no give to the fund?", "hors_vote"),
        # Who pays most, after another document: no country named outside the vote.
        ("quels pays ont versé le plus au fonds d'après le rapport A/HRC/55/78 ?", "pays_cites"),
        # An organisation the text never names, beside one it does.
        ("c'est quoi la difference entre le HCDH et le HCR ?", "pays_cites"),
        # A cited text's content in detail (PP7 names it, and says nothing of what it holds).
        ("Que contient concrètement le Plan d'action de Buenos Aires ?", "autre_document"),
        # The members of a set the text only counts, and who hosts what it asks for.
        ("Which five geographic regions are the seminars supposed to cover? list them", "liste"),
        ("Which of the five regional seminars is scheduled first, and for which region?", "liste"),
        # (A country asked by name, as in French: no country is named outside the vote.)
        (
            "Which country is hosting the first regional seminar on North-South / South-South cooperation?",
            "pays_cites",
        ),
        # Of the adoption, what the record does not hold: the hour, the room, what went on, other
        # years (had listed the 31-14-2 tally as the answer).
        ("la reso a ete adoptee a quelle heure le 10 juillet ? c pour ma chronologie", "hors_vote"),
        ("ils ont vote dans quelle salle au palais des nations ? salle XX ?", "hors_vote"),
        ("est ce qu'il y a eu des incidents pendant le vote", "hors_vote"),
        ("has this resolution ever been adopted by consensus?", "hors_vote"),
        # A judgement of a member's vote (had been « Yes: Japon voted against »).
        ("was japan right to vote no?", "hors_vote"),
        # Around the vote and after it (probe of this round).
        ("Did the Netherlands try to negotiate a consensus text?", "hors_vote"),
        ("Le Paraguay voulait voter contre et s'est trompé de bouton ? 😂", "hors_vote"),
        ("Les Émirats ont voté pour en échange de quelque chose ?", "hors_vote"),
        ("Le vote des Maldives est lié au changement climatique ?", "hors_vote"),
        ("Qu'est-ce qui se passe pour les pays qui ont voté contre ?", "hors_vote"),
        ("L'Argentine votait pour avant ? Elle a changé de position ?", "hors_vote"),
        # English read as typed, not as glossed ("objections" had become « objectivité »).
        ("What were the main objections of the countries that voted no?", "motifs"),
        ("Did Kuwait's vote have anything to do with OPEC?", "hors_vote"),
        ("Is Argentina voting like the US on other HRC texts too?", "hors_vote"),
        # A camp tied to a paragraph or to what its members have in common.
        ("Les 14 pays contre s'opposent tous au paragraphe 8 ?", "hors_vote"),
        ("Les pays contre sont ceux qui ne versent pas de contributions au fonds ?", "hors_vote"),
        ("Is this the same split as on the unilateral coercive measures resolution?", "hors_vote"),
        # Memberships of other organisations, and who gives most.
        ("Le Maroc est membre de l'Union africaine ?", "pays_cites"),
        ("Is Albania a member of the OIC?", "pays_cites"),
        ("Les 31 pays pour sont tous membres du Mouvement des non-alignés ?", "pays_cites"),
        ("Les pays contre sont les plus gros donateurs de l'ONU ?", "pays_cites"),
        ("ca veut dire quoi 'cooperation technique entre pays en developpement' concretement", "definition"),
        ("the preamble mentions 'non-politicisation' — what does that mean in practice?", "definition"),
        ("les PMA c'est quels pays concretement", "definition"),
        ("selon le preambule, la cooperation triangulaire c'est entre qui et qui ?", "definition"),
        ("para 14 : 'gouvernements legitimement constitues' — lesquels ?", "definition"),
        ("para 18 les 'parties prenantes' c'est qui ?", "definition"),
        ("which states are 'affected States' in para 8?", "definition"),
        ("mesures coercitives unilaterales = sanctions ? c'est la meme chose ?", "definition"),
        ("what is the difference between South-South and triangular cooperation", "definition"),
        ("le para 13 interdit l'intervention humanitaire ?", "hors_paragraphe"),
        ("para 18 s'applique aux ONG aussi ?", "hors_paragraphe"),
        # Advice for the asker's side (had quoted OP8 and OP13).
        ("je represente la Belgique en simulation, je dis quoi en plaidoirie contre le para 8 ?", "opinion"),
        ("donne moi 3 arguments pour critiquer le para 13", "opinion"),
        # The drafting of a paragraph.
        ("le para 8 a ete ajoute cette annee ?", "debats"),
        ("le paragraphe 8 a ete mis aux voix separement ?", "debats"),
        # The session's place (had quoted PP10, Durban's review conference in Geneva).
        ("la session s'est tenue a Geneve ?", "lieu"),
        # This text said to create a body: PP26's fund is resolution 6/17's.
        ("la resolution cree un nouveau mecanisme ?", "hors_texte"),
        ("the resolution sets up a new trust fund, correct?", "hors_texte"),
        # The time of the vote (« time » had been read as a country no member).
        ("heure du vote ?", "hors_vote"),
        ("time of the vote?", "hors_vote"),
        # From the group-session probe of this round (each had quoted passages as the answer).
        ("c'est quoi une mesure coercitive unilatérale ? le texte la définit ?", "definition"),
        ("différence Haut-Commissaire / Haut-Commissariat ?", "definition"),
        ("where is the Human Rights Council based?", "histoire"),
        ("c'est quoi le nouvel ordre économique international, historiquement ?", "histoire"),
        ("what's agenda item 4 at the HRC?", "entete"),
    ],
)
def test_what_the_text_and_record_do_not_hold_is_declined(qa, question, reason):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == reason


def test_two_documents_named_are_a_list(qa):
    # « ses résolutions 46/14 … et 49/25 »: the two asked for, named by their symbols.
    answer = qa.answer(
        "Which two earlier Council resolutions on fair access to COVID-19 vaccines does the preamble recall?"
    )
    assert answer.answered
    assert "PP12" in answer.citations


def test_a_vote_of_another_time_gets_no_verdict(qa):
    # « Non : l'Argentine s'est abstenue » had answered what it voted before.
    answer = qa.answer("L'Argentine votait pour avant ? Elle a changé de position ?")
    assert answer.asked_choice is None


@pytest.mark.parametrize(
    "question",
    [
        "Is Russia a member of the Council in 2024?",
        "Is the UK a member of the Council according to the vote record?",
    ],
)
def test_council_membership_is_still_the_records(qa, question):
    answer = qa.answer(question)
    assert answer.reason == "non_membre"


def test_a_false_premise_is_still_corrected(qa, plain):
    answer = qa.answer("pourquoi la France a voté pour ?")
    assert answer.reason == "motifs"
    assert "la France a voté contre" in plain.render_answer(answer).description


@pytest.mark.parametrize(
    "question",
    [
        "« Original : anglais » ca veut dire que c'est la version anglaise qui fait foi juridiquement ?",
        "pourquoi le doc est distribue le 11 juillet alors que le vote est le 10",
        "What was under agenda item 4 at that session?",
        "le point 3 de l'ordre du jour c'est toujours le meme d'une session a l'autre ?",
        "In what year did the Council first adopt a resolution with this title?",
        "qui a traduit le texte en francais ?",
        "la resolution a ete publiee au journal officiel ?",
        "what's the L-document number of the draft resolution?",
        "is item 3 the item where country situations are discussed?",
    ],
)
def test_what_the_header_does_not_say_is_declined(qa, plain, question):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == "entete"
    text = plain.render_answer(answer).description
    assert "la date, la séance, la session" in text or "the date, the meeting, the session" in text


def test_a_claim_about_an_item_is_still_corrected(qa, plain):
    answer = qa.answer("un pote dit que le texte relève du point 4 de l'ordre du jour, c'est ça ?")
    assert answer.answered
    assert "Point 3" in plain.render_answer(answer).description


@pytest.mark.parametrize(
    "question",
    [
        "c'est quoi ta source ?",
        "qui t'a programme ?",
        "qui t a programmé ?",
        "racontes moi une blague sur l'ONU",
        "what model are you running on?",
        "can you answer questions about other resolutions too?",
        "tu peux me faire une fiche de revision sur toute la resolution ?",
    ],
)
def test_questions_to_the_bot_say_what_it_does(qa, plain, question):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == "le_bot"
    text = plain.render_answer(answer).description
    assert "A/HRC/RES/56/2" in text
    assert "/aide" in text


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # A model of relations named in a paragraph is no question to the bot about its model.
        ("declaration de kampala -> quel modele de relations internationales ?", "PP19"),
        # « pour la fiche de révision », an aside, asks for no study sheet.
        (
            "c'est quoi les crises mondiales qui sont listées dans la reso ? (pour la fiche de révision)",
            "OP26",
        ),
    ],
)
def test_the_bots_words_in_other_senses_are_answered(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    "question",
    [
        # Two paragraphs compared, and a paragraph's purpose « concrètement »: the text answers.
        "op 8 et op 13 c'est la meme chose ?",
        "d'apres l'OP17 l'EPU ca sert a quoi concretement",
    ],
)
def test_comparisons_of_paragraphs_and_purposes_are_answered(qa, question):
    assert qa.answer(question).answered


def test_a_paragraph_said_to_target_what_it_names_is_quoted(qa):
    answer = qa.answer("le para 8 vise les mesures coercitives unilatérales ?")
    assert answer.answered
    assert answer.citations[0] == "OP8"


def test_the_fund_another_resolution_created_is_still_found(qa):
    answer = qa.answer(
        "Quelle résolution du Conseil avait demandé au Secrétaire général de créer un fonds pour l'EPU ?"
    )
    assert answer.answered
    assert "PP26" in answer.citations


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # A member's regional group, asked without a vote word (had been declined).
        ("l'albanie elle fait partie du WEOG ?", "dans le groupe Europe orientale"),
        ("Japan is in WEOG, right?", "but in the Asia-Pacific States group"),
        ("Is Cuba in GRULAC?", "Latin American and Caribbean States (GRULAC)"),
        ("l'Algerie, groupe afrique ou asie ?", "Afrique (AFR)"),
        # A group's seats and unity.
        ("Combien de pays du WEOG siègent au Conseil en 2024 ?", "(7 membres)"),
        ("le groupe asie pacifique etait unanime ?", "12 pour, 1 contre"),
        ("Did Asia vote yes?", "Asia-Pacific States (APG): 12 for"),
        # A camp named by its count, and « vite » no country.
        ("qui sont les 14 pays contre, vite stp", "14 membres ont voté contre"),
        ("Liste des pays qui se sont abstenus ?", "Argentine, République dominicaine"),
        # A seat of government for its State.
        ("Abidjan s'est abstenu ?", "la Côte d'Ivoire a voté pour"),
        # The header's dates, asked in other words.
        ("When was the document issued?", "Distributed on 11 July 2024"),
        ("la 56e session a fini quel jour ?", "18 juin-12 juillet 2024"),
    ],
)
def test_what_the_record_and_header_give_is_answered(qa, plain, question, said):
    answer = qa.answer(question)
    assert answer.answered
    assert said in plain.render_answer(answer).description


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # Names the passages do not give: no « number, not the list » where they count nothing.
        ("le dialogue entre les religions, le texte cite quelles religions ?", "n'en donnent pas les noms"),
        ("Which religions does the text name exactly?", "names asked for"),
        # A set the text counts: its number, not its list.
        ("Which five geographic regions are the seminars supposed to cover?", "their number, not the list"),
    ],
)
def test_a_list_declined_says_what_the_passages_lack(qa, plain, question, said):
    answer = qa.answer(question)
    assert answer.reason == "liste"
    assert said in plain.render_answer(answer).description


@pytest.mark.parametrize(
    ("question", "word"),
    [
        # The paragraphs whose first word is asked (search had listed PP26's « prié » and OP33).
        ("quels paragraphes commencent par Prie ?", "Prie"),
        # The official English « Requests » is « Prie » (the gloss had made it « demande »: OP10).
        ("which OPs start with 'Requests'?", "Prie"),
        ("quels alinéas commencent par Réaffirmant ?", "Réaffirmant"),
    ],
)
def test_paragraphs_opening_with_a_word(qa, service, question, word):
    expected = [p.id for p in service.resolution.paragraphs if p.text.split()[0] == word]
    answer = qa.answer(question)
    assert answer.answered
    assert expected  # the corpus has some
    assert list(answer.citations) == expected


def test_a_word_asked_literally_is_the_word_as_typed(qa, plain):
    # The gloss had turned « sanctions » into OP8's « mesures coercitives unilatérales ».
    answer = qa.answer("is 'sanctions' literally in the text?")
    assert answer.reason == "mot_absent"
    assert "sanctions" in plain.render_answer(answer).description


@pytest.mark.parametrize(
    "question",
    [
        # A count heard or guessed, and the camps added (had quoted PP17, or PP4 and PP23's « 15 »).
        "hmm Léa dit 46 membres au CDH",
        "nope, Camille says 15 against",
        "il y a 32 pour je crois",
        "31+14+2 ça fait 47 donc tous les membres ?",
        # How it was taken: the record says a recorded vote (had been declined as a debate).
        "C'était un vote enregistré ou à main levée ?",
        "was it a recorded vote or a show of hands",
    ],
)
def test_counts_heard_get_the_tally(qa, plain, question):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.intent.value == "vote"
    text = plain.render_answer(answer).description
    assert "31 pour, 14 contre" in text or "31 for, 14 against" in text
    assert "47" in text


def test_a_possessive_is_english(qa):
    # "Georgia's vote?" had been answered in French.
    assert qa.answer("Georgia's vote?").lang == "en"
    assert qa.answer("aujourd'hui la France a voté comment ?").lang == "fr"


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        # The city's country is not in the text (PP9 and PP19 name Kampala, never Uganda)...
        ("Kampala c'est dans quel pays ?", False),
        ("in which country is Kampala?", False),
        # ...but Durban's is: « Durban (Afrique du Sud) » (PP10).
        ("Durban c'est dans quel pays ?", True),
    ],
)
def test_the_country_of_a_place_only_where_the_text_gives_it(qa, question, answered):
    answer = qa.answer(question)
    assert answer.answered is answered
    assert answered or answer.reason == "pays_cites"
    assert not answered or "PP10" in answer.citations
