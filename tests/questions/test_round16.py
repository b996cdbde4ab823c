"""Mends of issue 14's fifteenth round, read from last round's blind batches once they joined tuning.

Each asserts what a member would see: the fact asked, the paragraph quoted, the camp's votes, or
a decline and its reason. The wordings are new, not the batches' own.
"""

import pytest


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # « au titre de quel point » is the agenda item, not the title; the session was dropped.
        (
            "cette résolution a été adoptée à quelle session, et au titre de quel point de l'ordre du jour ?",
            "Cinquante-sixième session",
        ),
        # The asker who cannot find the dates is no subject of the question.
        ("les dates de la session, jsais pas les retrouver", "18 juin-12 juillet 2024"),
    ],
)
def test_the_header_facts_asked(qa, plain, question, said):
    answer = qa.answer(question)
    assert answer.answered
    assert said in plain.render_answer(answer).description


def test_au_titre_de_is_not_the_title(qa):
    answer = qa.answer("elle a été adoptée au titre de quel point de l'ordre du jour ?")
    assert answer.answered
    assert "title" not in answer.facts


def test_a_camp_claim_checked_is_no_reason_asked(qa, plain):
    # « elle a raison ou pas ? » checks the claim; it had been read as « pour quelle raison ».
    answer = qa.answer("Léo dit que tout le groupe Europe de l'Est a voté contre, il a raison ?")
    assert answer.answered
    assert "Albanie" in plain.render_answer(answer).description


def test_a_reason_is_still_declined(qa):
    answer = qa.answer("la Finlande a voté contre pour quelle raison ?")
    assert not answer.answered
    assert answer.reason == "motifs"


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # A member's seats in other years, another text of the session, last year's text.
        ("la France a déjà siégé au Conseil plusieurs fois ?", "hors_vote"),
        ("How did the African Group vote on the right to food resolution at the same session?", None),
        ("l'an dernier, le texte était passé par consensus ?", "autre_session"),
        # A deadline the text never sets (the funds' years are the cited resolutions' dates).
        ("avant quelle date faut-il verser les contributions aux fonds ?", None),
        # What a cited decision provides, and a cited text's content listed.
        ("qu est ce que prevoit l'accord de Paris sur le climat ?", "autre_document"),
        # A paragraph said to ask for what it never names.
        ("le para 28 demande la suppression des brevets sur les médicaments, c'est ça ?", "hors_paragraphe"),
        ("Paragraph 17 criticizes the UPR for its politicization, right?", "hors_paragraphe"),
    ],
)
def test_what_the_text_and_record_do_not_hold_is_declined(qa, question, reason):
    answer = qa.answer(question)
    assert not answer.answered
    if reason is not None:
        assert answer.reason == reason


def test_a_cited_texts_list_is_not_given(qa):
    answer = qa.answer("la 70/1 a adopté quels objectifs ? tu peux les énumérer ?")
    assert not answer.answered


@pytest.mark.parametrize(
    ("question", "cited", "said"),
    [
        # A session the text names beside one it does not: a claim the quote corrects.
        (
            "Jade dit que le rapport du Haut-Commissaire est attendu à la 57e session, c'est pas la 59e ?",
            "OP33",
            "cinquante-neuvième session",
        ),
        ("OP37 says the matter comes back at the 58th session, right?", "OP37", "cinquante-neuvième session"),
        # "the GA resolution endorsing …" describes a cited text; no vote of the Assembly asked.
        ("Which GA resolution endorsing the Buenos Aires plan does the preamble reaffirm?", "PP7", "33/134"),
        # « cetait » without its apostrophe is no word of the subject.
        ("le sommet de kampala des non alignes cetait quand", "PP9", "19 et 20 janvier 2024"),
        # The asker's purpose after an emoji, with no question mark before it.
        (
            "la conférence de durban c'était quand déjà 😅 jle mets dans la fiche",
            "PP10",
            "31 août au 8 septembre 2001",
        ),
        # A label before an emoji, then the question.
        (
            "fiche préambule 📚 c'est quoi la 41/128 déjà ?",
            "PP5",
            "Déclaration sur le droit au développement",
        ),
        # « signifie » (the gloss of "meant") is no signing.
        ("which countries is the trust fund meant to help take part in the UPR?", "PP26", "sans littoral"),
    ],
)
def test_claims_and_asides_around_answerable_questions(qa, plain, question, cited, said):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations
    assert said in plain.render_answer(answer).description


@pytest.mark.parametrize(
    "question",
    [
        # A paragraph named with what it does ask is still quoted.
        "le para 29 demande aux États de favoriser la coopération Sud-Sud ?",
        "l'OP33 demande un rapport au Haut-Commissaire ?",
        # English "asks"/"calls" are glossed « demande » with no article: not a claim to check.
        "what does OP23 ask states to do with the funds?",
    ],
)
def test_a_paragraph_asked_what_it_asks_is_quoted(qa, question):
    assert qa.answer(question).answered


@pytest.mark.parametrize(
    "question",
    [
        # Read from probes of the vote record: what it does not hold, beside a member's vote.
        "le Chili a voté pour, c'est idéologique ?",
        "La Chine vote pour depuis combien d'années ?",
        "la Finlande a été élue au Conseil avec combien de voix ?",
        "le Qatar a voté pour et il a cosigné le texte ?",
        "le Kenya a voté pour, il a reçu de l'aide du fonds ?",
        "the Europeans who voted no all have embassies in Caracas?",
        "les anciens pays soviétiques ont tous voté contre ?",
        "Si tous les pays d'Asie s'étaient abstenus, le texte passait quand même ?",
        "le vote reflète la richesse des pays ?",
        "les pays contre ont proposé un texte alternatif ?",
        "le Maroc a déjà voté contre ce genre de résolution ?",
        # Another text of the session, another year, another body.
        "la résolution sur le droit à l'alimentation de la 56e session, le Japon a voté comment ?",
        "What did India vote on the Myanmar text at HRC56?",
        "Did Chile abstain on the other item 3 texts too?",
        "la même résolution a été adoptée en 2023 ?",
        "Is Senegal in the African Union?",
    ],
)
def test_what_the_record_does_not_hold_beside_a_vote(qa, question):
    assert not qa.answer(question).answered


@pytest.mark.parametrize(
    "question",
    [
        # Another time, a hesitation, a hypothetical: no « Non : » that would answer them.
        "L'Argentine votait pour avant Milei ?",
        "le Japon a hésité à s'abstenir ?",
        "if Japan had abstained, would the text have passed?",
        "le Brésil s'était abstenu sous Bolsonaro ?",
    ],
)
def test_no_verdict_on_a_vote_of_another_time(qa, plain, question):
    answer = qa.answer(question)
    assert not answer.answered
    description = plain.render_answer(answer).description
    assert not description.startswith(("Oui", "Non", "Yes", "No:"))


@pytest.mark.parametrize(
    ("question", "choice"),
    [
        # A claim about a member's vote is still settled by the record, reported speech included.
        ("on m'a dit que l'Argentine avait voté contre, c'est vrai ?", "abstenue"),
        ("Les Allemands, ils étaient d'accord avec le texte ou pas ?", "contre"),
        ("Le Japon, fidèle allié du Sud, a voté pour le texte ?", "contre"),
    ],
)
def test_a_vote_claim_is_still_settled(qa, plain, question, choice):
    description = plain.render_answer(qa.answer(question)).description
    assert choice in description


def test_a_party_never_named_is_not_said_to_lack_a_verb(qa, plain):
    # « au début du 30 » is no party; and a decline never says « aucun paragraphe n'emploie
    # « prie » », which six paragraphs use.
    answer = qa.answer('c\'est "prie" ou "prie a nouveau" au debut du 30 ?')
    assert "n'emploie « prie »" not in plain.render_answer(answer).description


@pytest.mark.parametrize(
    "question", ["t'as été programmé par qui ?", "do you remember what I asked you yesterday?"]
)
def test_questions_to_the_bot(qa, question):
    assert qa.answer(question).reason == "le_bot"


@pytest.mark.parametrize("question", ["Emma says it passed 32 to 14", "elle est passée 30 à 15 ?"])
def test_a_tally_heard_is_settled_not_read_as_a_range(qa, plain, question):
    answer = qa.answer(question)
    assert answer.intent.value == "vote"
    assert "31" in plain.render_answer(answer).description


def test_a_date_for_a_later_session_is_declined(qa):
    # The text names the 59th session, never its dates.
    answer = qa.answer("Quelle date pour la 63e session ?")
    assert not answer.answered


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # Read from the traps probe: advice, pros and cons, a quote's author, the Council's powers,
        # what came after, who distributed it, what else the item held.
        ("je représente l'Inde au MUN, je défends quoi sur cette réso ?", "opinion"),
        ("les avantages et inconvénients de la coopération triangulaire ?", "opinion"),
        ("'la coopération n'est pas seulement une question de bon voisinage', who said it first?", "le_bot"),
        ("le Conseil peut imposer des sanctions à un État ?", "sanctions"),
        ("did the workshops take place in every region?", "apres_adoption"),
        ("qu'est-ce qui s'est passé après l'adoption ?", "apres_adoption"),
        ("distributed by whom, and to which countries?", "entete"),
        ("au point 3 de l'ordre du jour, y avait quoi d'autre comme résolutions ?", "entete"),
        # A report to come has no symbol yet; a resolution dated and nothing more has no subject here.
        ("le rapport demandé au para 33, sa cote ?", "hors_paragraphe"),
        ("la 77/213 elle parle de quoi ?", "autre_document"),
    ],
)
def test_probed_traps_are_declined(qa, question, reason):
    answer = qa.answer(question)
    assert not answer.answered
    assert answer.reason == reason


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # The subject of a cited text is answered where the text gives it or says what it did.
        ("la 60/251 elle porte sur quoi ?", "PP23"),
        ("la 78/197 porte sur quoi ?", "OP35"),
        ("A/HRC/55/78 c'est sur quoi ?", "OP20"),
        # A report cited with its note keeps its symbol.
        ("le rapport du para 32 a quelle cote ?", "FN5"),
    ],
)
def test_a_cited_texts_subject_given_is_answered(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # Paragraphs named by a bare number in a study session, whatever is asked about them.
        ("dans le 15 « le rôle qu'il joue » c'est le rôle de qui", "OP15"),
        ("au 26, les mesures sont prises à la demande de qui", "OP26"),
        ("le 16 liste quels principes", "OP16"),
        ("@Awa non le terrorisme c'est dans le 14", "OP14"),
        ("le 4 c'est coopérer avec qui", "OP4"),
        ("le 28 il exhorte les États à faire quoi", "OP28"),
        ("le 35 mentionne l'EPU aussi ?", "OP35"),
        ("first preambular para, what does it reaffirm", "PP1"),
    ],
)
def test_a_paragraph_spoken_by_its_number(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.citations[0] == cited


@pytest.mark.parametrize(
    "question",
    [
        # Numbers that are no paragraphs: a day, a count, a guess at the agenda item, SDGs.
        "la date d'adoption c'est bien le 10 juillet 2024 ou le 11 ?",
        "3 abstentions ou 2 ?",
        "voix contre = combien au final ? 14 ou 15",
        "c est sous quel point de l ordre du jour deja, le 4 ?",
        "c quels ODD par numéro que la résolution vise ? genre le 10, le 17 ?",
        "la 6/17 du 28 sept 2007 elle demandait au SG de créer koi",
    ],
)
def test_numbers_that_are_no_paragraph(qa, question):
    answer = qa.answer(question)
    assert answer.intent.value != "paragraphe"
    assert not any(c.startswith("OP") and c[2:] in question.split() for c in answer.citations)


def test_a_paragraph_said_to_create_an_institution_it_never_names(qa):
    # Spoken by its number, the paragraph is still checked against the claim (had been quoted).
    answer = qa.answer("le 9 décide de créer un observatoire de la diversité culturelle ?")
    assert not answer.answered


@pytest.mark.parametrize(
    "question",
    [
        # Read from the English and group-session probes: what the text does not say.
        "define 'coopération triangulaire' pls, op29 doesn't explain",
        "what counts as a 'stakeholder' in op18",
        "le par 8 définit les mesures coercitives comment ?",
        "should my country (france) have voted yes tbh",
        "would it have passed without the asian group votes?",
        "le vote a été retransmis sur UN Web TV ?",
        "was there a vote on op13 separately",
        "how many meetings did the session have in total",
        "can the council impose sanctions on states",
        "les recommandations de l'EPU sont obligatoires ?",
        "la résolution va vraiment changer quelque chose ?",
        "is op13 compatible with the responsibility to protect?",
        "what's the current status of the pandemic treaty negotiations",
        "the text says 'États touchés' in op26 - which states are those",
        "op8 is basically saying sanctions are illegal right?",
    ],
)
def test_probed_english_and_session_traps_are_declined(qa, question):
    assert not qa.answer(question).answered


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # Kept answered: the text says these (« sur le terrain » is OP17's own words).
        ("what is the UPR supposed to achieve on the ground?", "OP17"),
        ("OP26 lists several global crises, which ones, and at whose request?", "OP26"),
    ],
)
def test_the_texts_own_words_stay_answered(qa, question, cited):
    answer = qa.answer(question)
    assert answer.answered
    assert cited in answer.citations


def test_a_vote_without_a_vote_is_still_the_record(qa, plain):
    # "without a vote" is no other vote imagined: the record answers (31 to 14).
    answer = qa.answer("was it adopted without a vote?")
    assert answer.answered
    assert "31" in plain.render_answer(answer).description


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # Answerable questions the group-session probe found declined.
        ("la Déclaration du Millénaire, adoptée le combien ?", "8 septembre 2000"),
        ("la session elle va du combien au combien svp", "18 juin-12 juillet 2024"),
        ("le préambule commence par quel mot", "Réaffirmant"),
        ("le prof a dit que le Conseil a 53 membres, c'est vrai ?", "47"),
        ("@Inès non c'est 14 contre pas 15, recompte", "14 contre"),
    ],
)
def test_session_questions_once_declined_are_answered(qa, plain, question, said):
    answer = qa.answer(question)
    assert answer.answered
    assert said in plain.render_answer(answer).description


def test_a_count_is_still_a_count(qa):
    # « combien » asked of a count, not a day, still needs a number in the passage.
    answer = qa.answer("le fonds a reçu combien de contributions ?")
    assert not answer.answered


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # Found by a review of this round's change: kept as they were answered before it.
        # A day or a count after « le », never a paragraph beside a date or a vote.
        ("La résolution a été adoptée le 10 ?", "metadonnees"),
        ("Elle a été distribuée le 11 ?", "metadonnees"),
        ("elle est passée au 34 ?", "vote"),
        ("La France a voté contre le 10 ?", "vote"),
        ("combien de voix contre ? le 14 ?", "vote"),
        # « par qui » is the body that adopted it; « a reçu combien de voix » the tally.
        ("La résolution a été adoptée par qui ?", "metadonnees"),
        ("La résolution a reçu combien de voix pour ?", "vote"),
        # "the draft resolution", "the whole text" are this one.
        ("did Japan vote for the draft resolution?", "vote"),
        ("did France vote against the whole text?", "vote"),
        # OP16's own « compatible », a paragraph recalled, what a paragraph says in short.
        ("Le para 16 dit que ça doit être compatible avec quoi ?", "paragraphe"),
        ("tu te rappelles ce que dit le paragraphe 29 ?", "paragraphe"),
        ("what is OP8 basically saying?", "paragraphe"),
        ("OP16 mentions principles, can you list them?", "paragraphe"),
        # A month, not a place; the imperfect of this vote; a question with « Pouvez-vous ».
        ("c'était en juillet la session ?", "metadonnees"),
        ("combien de pays votaient contre ?", "vote"),
        ("Quels documents sont cités ? Pouvez-vous les énumérer ?", "citations"),
    ],
)
def test_what_was_answered_before_this_round_still_is(qa, question, intent):
    answer = qa.answer(question)
    assert answer.answered
    assert answer.intent.value == intent
