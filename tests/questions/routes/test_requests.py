"""The requests route: verbatim request clauses, addressees and verb families."""

import re


def test_router_requests_are_verbatim_clauses(qa):
    """A request clause is a substring of its paragraph and starts with an operative verb."""
    assert qa.requests
    for request in qa.requests:
        text = request.paragraph.text
        assert text[request.start : request.start + len(request.clause)] == request.clause
        assert request.clause.split()[0].casefold() == request.family


def test_router_requests_to_high_commissioner_match_the_text(qa, resolution):
    """The requests to the High Commissioner are the operative paragraphs that « prie » them."""
    pattern = re.compile(r"\bprie(?: à nouveau)? le Haut-Commissaire d", re.IGNORECASE)
    expected = [p.id for p in resolution.operative if pattern.search(p.text)]
    answer = qa.answer("Que demande le Conseil au Haut-Commissaire ?")
    assert answer.citations == expected
    assert len(expected) >= 3
    # The Office (Haut-Commissariat) is another addressee.
    office = qa.answer("Que demande le Conseil au Haut-Commissariat ?")
    assert "OP21" in office.citations
    assert not set(office.citations) & set(expected)


def test_router_request_families(qa):
    """A verb in the question narrows the requests to its family; « demande » means all of them."""
    invited = qa.answer("Qui le Conseil invite-t-il ?")
    assert {r.family for r in invited.requests} == {"invite"}
    urged = qa.answer("Qui est exhorté par le Conseil ?")
    assert {r.family for r in urged.requests} == {"exhorte"}
    states = qa.answer("Que demande le Conseil aux États ?")
    assert {r.family for r in states.requests} >= {"prie", "demande", "exhorte", "invite"}
    assert all("États" in r.addressees for r in states.requests)


def test_requests_of_another_verb_to_the_same_addressee(qa):
    """« encourages NGOs » when the Council « demande » them: what it asks of them, not « nothing »."""
    answer = qa.answer("which paragraph encourages NGOs to contribute")
    assert answer.answered
    assert "OP24" in answer.citations
    assert all("organisations non gouvernementales" in r.addressees for r in answer.requests)


def test_requests_topic_without_addressee_goes_to_search(qa):
    """A request word and a topic but no addressee: search reads the whole question."""
    answer = qa.answer("quel rôle pour l'ONU face aux pandémies ?")
    assert answer.intent.value == "recherche"
    assert "OP27" in answer.citations


def test_requests_unknown_party_is_declined_where_a_party_stands(qa):
    """« à l'OTAN » names an addressee the text never names; « réformer » is no addressee."""
    assert qa.answer("Que demande le Conseil à l'OTAN ?").reason == "aucune_demande"
    assert qa.answer("Ce que l'OTAN a recommandé aux États").reason == "aucune_demande"
    reform = qa.answer("Le texte appelle-t-il à instaurer un nouvel ordre économique ?")
    assert (reform.intent.value, reform.reason) != ("demandes", "aucune_demande")
    assert reform.intent.value == "recherche"


def test_requests_topic_with_addressee_narrows_the_clauses(qa, resolution):
    """« les États et la coopération Sud-Sud »: the requests to States that carry the topic."""
    answer = qa.answer("Que demande le Conseil aux États en matière de coopération Sud-Sud ?")
    assert answer.requests
    assert all("États" in r.addressees for r in answer.requests)
    assert all("Sud-Sud" in r.clause for r in answer.requests)
    # OP19's technical assistance is stressed, not requested: search answers, with OP19.
    assistance = qa.answer("Que demande le Conseil aux États en matière d'assistance technique ?")
    assert (assistance.intent.value, assistance.citations[:1]) == ("recherche", ["OP19"])


def test_a_request_decline_gives_way_to_a_passage_that_answers(qa):
    """« rôle » reads as a request; no request names the party, but OP27 answers the question."""
    answer = qa.answer(
        "Est-ce que le Conseil se dit attaché au rôle de l'ONU pour faire face aux épidémies mondiales ?"
    )
    assert answer.answered
    assert "OP27" in answer.citations


def test_a_party_the_text_never_names_is_still_declined(qa):
    answer = qa.answer("Que demande le Conseil à l'OTAN ?")
    assert (answer.answered, answer.reason) == (False, "aucune_demande")


def test_a_second_question_gets_the_whole_paragraph(qa, plain):
    """The clause to the Secretary-General and, past it, the session of the report: OP31 whole."""
    answer = qa.answer(
        "Que doit faire le Secrétaire général pour les séminaires régionaux, et à quelle session "
        "le Haut-Commissaire doit-il présenter son rapport ?"
    )
    assert answer.answered
    assert answer.citations == ["OP31"]
    text = plain.render_answer(answer).description
    assert "toutes les ressources nécessaires" in text
    assert "soixante-troisième session" in text


def test_a_clause_that_points_back_carries_the_topic_before_it(qa):
    """OP29: « … prie le Haut-Commissaire d'entreprendre des activités concrètes à cet égard »,
    the regard being the North-South, South-South and triangular cooperation named before."""
    answer = qa.answer(
        "le haut commissaire doit faire quoi concretement sur la coop nord-sud, sud-sud et triangulaire ?"
    )
    assert answer.answered
    assert "OP29" in answer.citations
    answer = qa.answer("Qu'est-ce que le Haut-Commissaire doit faire concernant les pratiques optimales ?")
    assert list(answer.citations[:1]) == ["OP29"]
