"""Revision cards: reproducible, stable ids, verbatim quotes, and excerpt rules over every card."""

import re

import pytest

from bot.core.study.cards import CardGenerator, addressee
from bot.core.study.models import BLANK, Card, CardKind
from bot.core.text.french import fold
from bot.core.text.models import VoteChoice

SEEDS = range(25)
# The words an excerpt must never end on (issue 15), written here independently of the generator.
FORBIDDEN_LAST = {
    "et", "de", "des", "la", "pour", "que", "à", "les", "le", "du", "en", "aux", "au", "d", "l",
    "qu", "un", "une", "par", "sur", "dans", "avec", "qui", "ou", "sa", "son", "ses", "leur", "leurs",
    "ce", "ces", "cette", "se", "ne", "entre", "dont", "notamment",
}  # fmt: skip
BOUNDARY = ",;:."
# OP paragraphs whose verb asks someone to act, with the verb and addressee as the text has them.
ADDRESSEES = {
    "OP7": "Exhorte tous les acteurs intervenant sur la scène internationale",
    "OP10": "Demande à la communauté internationale",
    "OP21": "Prie le Haut-Commissariat des Nations Unies aux droits de l'homme",
    "OP22": "Prie également le Haut-Commissariat",
    "OP23": "Exhorte les États",
    "OP24": "Demande aux États, aux institutions spécialisées et aux organisations intergouvernementales",
    "OP25": "Demande aux États",
    "OP26": "Exhorte les États",
    "OP28": "Exhorte les États",
    "OP29": "Prie tous les États et le système des Nations Unies",
    "OP30": "Prie à nouveau le Haut-Commissaire",
    "OP31": "Prie le Secrétaire général",
    "OP33": "Prie le Haut-Commissaire",
    "OP34": (
        "Invite les États, ainsi que les titulaires de mandat au titre des procédures et mécanismes"
        " de l'Organisation des Nations Unies relatifs aux droits de l'homme"
    ),
}


@pytest.fixture(scope="module")
def generator(resolution) -> CardGenerator:
    """The card generator over the real resolution, default excerpt length."""
    return CardGenerator(resolution)


@pytest.fixture(scope="module")
def decks(generator) -> dict[int, tuple[Card, ...]]:
    """The whole deck for many seeds."""
    return {seed: generator.generate(seed) for seed in SEEDS}


def _words(text: str) -> list[str]:
    return [t for t in text.split() if re.search(r"\w", t)]


def _source_quote(card: Card) -> str:
    return card.quote.replace(BLANK, card.answer) if card.kind is CardKind.TERM else card.quote


def _body(text: str) -> str:
    """A paragraph without its closing punctuation."""
    return text.rstrip(" ,;:.")


def test_cards_same_seed_same_cards(resolution, decks):
    """Two generators and two calls with one seed give the same cards, field for field."""
    assert CardGenerator(resolution).generate(3) == decks[3]
    assert CardGenerator(resolution).generate(3) == CardGenerator(resolution).generate(3)


def test_cards_seed_changes_excerpts_not_ids(decks):
    """Seeds choose other excerpts, yet the ids (and their order) are the same for every seed."""
    ids = [c.id for c in decks[0]]
    assert len(ids) == len(set(ids))
    for seed in SEEDS:
        assert [c.id for c in decks[seed]] == ids
    quotes = {seed: [c.quote for c in decks[seed]] for seed in SEEDS}
    assert len({tuple(q) for q in quotes.values()}) > 1


@pytest.mark.parametrize("min_words", [8, 10, 15, 20])
def test_cards_ids_survive_a_change_of_excerpt_length(resolution, decks, min_words):
    """Changing the excerpt length changes quotes but no id: members keep their history."""
    other = CardGenerator(resolution, min_words=min_words).generate(0)
    assert [c.id for c in other] == [c.id for c in decks[0]]
    assert [c.quote for c in other] != [c.quote for c in decks[0]]
    for card in other:
        if card.kind in (CardKind.PARAGRAPH, CardKind.TERM):
            paragraph = resolution.get(card.paragraph_id)
            quote = _source_quote(card)
            assert len(_words(quote)) >= min_words or quote == _body(paragraph.text)


def test_cards_of_a_paragraph_do_not_depend_on_the_others(resolution, generator, decks):
    """A paragraph's cards alone are the same as in the whole deck (one random stream per card)."""
    deck = {c.id: c for c in decks[7]}
    for paragraph in resolution.paragraphs:
        for card in generator.for_paragraph(7, paragraph):
            assert deck[card.id] == card


def test_cards_deck_covers_every_paragraph_and_vote(resolution, decks):
    """Every paragraph has its « which paragraph » card and key terms; every member and group a vote card."""
    deck = decks[0]
    kinds = {kind: [c for c in deck if c.kind is kind] for kind in CardKind}
    assert [c.paragraph_id for c in kinds[CardKind.PARAGRAPH]] == [p.id for p in resolution.paragraphs]
    assert len(kinds[CardKind.TERM]) == 2 * len(resolution.paragraphs)
    assert len(kinds[CardKind.COUNTRY_VOTE]) == len(resolution.vote.members) == 47
    assert len(kinds[CardKind.GROUP_VOTE]) == len(resolution.groups) == 5
    assert {c.paragraph_id: c.answer for c in kinds[CardKind.VERB]} == ADDRESSEES
    assert deck[0].id == "PP1:paragraphe"
    assert "OP21:verbe" in {c.id for c in deck}


def test_cards_every_quote_is_verbatim(resolution, decks):
    """Every quote (term cards with their answer put back) is an exact slice of its paragraph."""
    checked = 0
    for deck in decks.values():
        for card in deck:
            if card.paragraph_id is None:
                assert card.quote == ""
                continue
            paragraph = resolution.get(card.paragraph_id)
            assert _source_quote(card) in paragraph.text, card
            assert card.back == f"{card.paragraph_id} : {paragraph.text}"  # id and verbatim text
            checked += 1
    assert checked >= 20 * 200


def test_cards_excerpts_follow_the_rules(resolution, decks):
    """≥ 12 words, clause start and end, never on a function word, guillemets closed: every card."""
    violations = []
    for deck in decks.values():
        for card in (c for c in deck if c.paragraph_id is not None):
            text = resolution.get(card.paragraph_id).text
            quote = _source_quote(card)
            start = text.index(quote)
            end = start + len(quote)
            after = text[end:].lstrip()
            before = text[:start].rstrip()
            last = fold(_words(quote)[-1]).strip("«»()")
            whole_rest = quote == _body(text[start:])
            problems = [
                len(_words(quote)) < 12 and not whole_rest and "short",
                after != "" and after[0] not in BOUNDARY and "mid-clause end",
                (last in FORBIDDEN_LAST or last.rpartition("'")[2] in FORBIDDEN_LAST) and "function word",
                quote.count("«") != quote.count("»") and "guillemets",
                card.kind is not CardKind.VERB
                and before != ""
                and before[-1] not in ",;:"
                and "mid-clause start",
            ]
            violations += [(card.id, p, quote) for p in problems if p]
    assert violations == []


def test_cards_short_excerpts_only_for_short_paragraphs(resolution, decks):
    """An excerpt under 12 words is a whole paragraph (or verb complement) shorter than that."""
    for card in decks[0]:
        if card.paragraph_id and len(_words(_source_quote(card))) < 12:
            assert len(_words(resolution.get(card.paragraph_id).text)) < 12 + 4, card.id


def test_cards_paragraph_excerpt_names_one_paragraph(resolution, decks):
    """A « which paragraph » excerpt appears in its paragraph only: the card has one answer."""
    folded = {p.id: fold(p.text) for p in resolution.segments}
    for deck in decks.values():
        for card in (c for c in deck if c.kind is CardKind.PARAGRAPH):
            holders = [pid for pid, text in folded.items() if fold(card.quote) in text]
            assert holders == [card.answer] == [card.paragraph_id]


def test_cards_term_blank_is_a_content_word_found_once(resolution, decks):
    """The missing term is one whole content word of the paragraph, blanked once, not a function word."""
    for card in (c for c in decks[0] if c.kind is CardKind.TERM):
        text = resolution.get(card.paragraph_id).text
        assert card.quote.count(BLANK) == 1
        assert card.answer.replace("-", "").isalpha(), card.answer  # no footnote marker (homme⁴)
        assert len(card.answer) >= 6
        assert fold(card.answer) not in FORBIDDEN_LAST
        assert len(re.findall(rf"(?<!\w){re.escape(card.answer)}(?!\w)", text)) == 1
        assert not text.startswith(card.answer)  # the opening verb is the verb card's question
        assert card.id == f"{card.paragraph_id}:terme:{fold(card.answer)}"


def test_cards_verb_card_asks_verb_and_addressee(resolution, decks):
    """The verb card's answer opens the paragraph; its quote is the infinitive that follows."""
    for card in (c for c in decks[0] if c.kind is CardKind.VERB):
        paragraph = resolution.get(card.paragraph_id)
        assert paragraph.text.startswith(card.answer)
        assert paragraph.text[len(card.answer) :].lstrip(" ,").startswith(card.quote)
        assert re.match(r"(de |d'|à )", card.quote), card.quote
        assert card.answer not in card.front


def test_cards_no_addressee_for_other_paragraphs(resolution):
    """« Demande que », « Réaffirme », preambular paragraphs: no verb card."""
    found = {p.id for p in resolution.paragraphs if addressee(p) is not None}
    assert found == set(ADDRESSEES)


def test_cards_votes_match_the_record(resolution, decks):
    """Country cards answer the recorded vote; group cards list every member under its vote."""
    cards = {c.id: c for c in decks[0]}
    assert cards["vote:pays:france"].answer == VoteChoice.AGAINST.value
    assert cards["vote:pays:argentine"].answer == VoteChoice.ABSTAIN.value
    for member in resolution.vote.members:
        card = next(c for c in decks[0] if c.kind is CardKind.COUNTRY_VOTE and member.country in c.front)
        assert card.answer == member.vote.value
    eeg = cards["vote:groupe:eeg"]
    assert eeg.answer == "contre : Albanie, Bulgarie, Géorgie, Lituanie, Monténégro, Roumanie"
    assert "31 pour, 14 contre, 2 abstentions." in eeg.back
