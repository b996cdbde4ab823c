"""Every sentence that names a country, for all 249 names: article, elision, agreement (issue 18).

The expected words are built here from the reviewed table's columns with the rules of French
written out once more (article, capital, « a »/« ont », « abstenu(e)(s) », il/elle/ils/elles),
not with bot/core/votes/grammar.py: a mistake in either shows as a difference. The vote itself
is checked against the raw lines of the vote record.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from bot.core.questions.answer import Answer, Intent, VoteScope
from bot.core.service import Service
from bot.render.replies import Replies
from bot.render.templates import Renderer
from bot.render.typography import french_spacing

ROOT = Path(__file__).resolve().parents[2]
# What the article column puts before a name at the start of a sentence, and in the middle.
CAPITAL = {"le": "Le ", "la": "La ", "l'": "L'", "les": "Les ", "aucun": ""}
LOWER = {"le": "le ", "la": "la ", "l'": "l'", "les": "les ", "aucun": ""}
ABSTAINED = {
    ("m", "sg"): "abstenu",
    ("f", "sg"): "abstenue",
    ("m", "pl"): "abstenus",
    ("f", "pl"): "abstenues",
}
PRONOUN = {("m", "sg"): "il", ("f", "sg"): "elle", ("m", "pl"): "ils", ("f", "pl"): "elles"}


def _rows() -> dict[str, dict[str, str]]:
    with (ROOT / "corpus" / "pays_grammaire.csv").open(encoding="utf-8", newline="") as handle:
        return {row["nom"]: row for row in csv.DictReader(handle)}


ROWS = _rows()


@pytest.fixture(scope="module")
def replies(service: Service) -> Replies:
    """Plain replies (the console's): the sentence without Discord markup."""
    return Replies(service, Renderer(ROOT / "templates", markup=False))


@pytest.fixture(scope="module")
def countries(service: Service) -> dict[str, object]:
    """Every country the index displays, by displayed name."""
    return {c.name: c for c in service.votes.countries.countries.values()}


def _expected(name: str, vote: str | None) -> str:
    """The sentence a teacher would write, spaced as French is (« 2024 ; elle »)."""
    return french_spacing(_words(name, vote))


def _words(name: str, vote: str | None) -> str:
    row = ROWS[name]
    key = (row["genre"], row["nombre"])
    plural = row["nombre"] == "pl"
    subject = CAPITAL[row["article"]] + name
    if vote is None:
        if plural:
            return (
                f"{subject} ne sont pas membres du Conseil des droits de l'homme en 2024 ; "
                f"{PRONOUN[key]} n'ont donc pas voté."
            )
        return (
            f"{subject} n'est pas membre du Conseil des droits de l'homme en 2024 ; "
            f"{PRONOUN[key]} n'a donc pas voté."
        )
    if vote == "abstention":
        verb = "se sont" if plural else "s'est"
        return f"{subject} {verb} {ABSTAINED[key]} lors du vote de la résolution 56/2."
    return f"{subject} {'ont' if plural else 'a'} voté {vote} la résolution 56/2."


def test_every_un_member_and_territory_is_covered(countries, raw_votes):
    """The sentences below cover 249 names: the 193 Member States (47 voted) and 56 others."""
    assert set(countries) == set(ROWS)
    assert len(ROWS) == 249
    assert sum(c.un_member for c in countries.values()) == 193
    assert sum(len(names) for names in raw_votes.values()) == 47


@pytest.mark.parametrize("name", sorted(ROWS))
def test_vote_sentence(replies, service, countries, raw_votes, name):
    """/vote: « L'Argentine s'est abstenue », « Les États-Unis d'Amérique ont voté contre »,
    « L'Italie n'est pas membre du Conseil… ; elle n'a donc pas voté »."""
    country = countries[name]
    vote = next((v for v, names in raw_votes.items() if name in names), None)
    reply = replies.renderer.render(
        "vote",
        member=service.votes.answer(country),
        totals={"pour": 31, "contre": 14, "abstention": 2},
        meta=service.resolution.metadata,
    )
    first, *rest = reply.description.split("\n")
    assert first == f"{country.flag} {_expected(name, vote)}"
    if not country.un_member:
        subject = CAPITAL[ROWS[name]["article"]] + name
        verb = "ne sont" if ROWS[name]["nombre"] == "pl" else "n'est"
        assert rest[0] == f"{subject} {verb} pas un État Membre de l'Organisation des Nations Unies."
    else:
        assert "État Membre" not in reply.description


@pytest.mark.parametrize("name", sorted(ROWS))
def test_question_sentence(replies, service, countries, raw_votes, name):
    """/question: the same agreement in the question route's frame, vote or no seat."""
    member = next((m for m in service.resolution.vote.members if m.country == name), None)
    if member is not None:
        answer = Answer("?", Intent.VOTE, True, scope=VoteScope.COUNTRY, members=(member,))
        expected = _expected(name, member.vote.value).removesuffix(".")
        assert replies.render_answer(answer).description.startswith(expected + ". Groupe régional\u00a0:")
        assert name in raw_votes[member.vote.value]
        return
    answer = Answer(
        "?",
        Intent.VOTE,
        False,
        "non_membre",
        scope=VoteScope.COUNTRY,
        subject=name,
        data={"pays_connu": True},
    )
    row = ROWS[name]
    predicate = (
        "ne sont pas membres du Conseil en 2024 et ne figurent donc pas"
        if row["nombre"] == "pl"
        else "n'est pas membre du Conseil en 2024 et ne figure donc pas"
    )
    assert replies.render_answer(answer).description == french_spacing(
        f"La résolution ne répond pas à cette question : {LOWER[row['article']]}{name} {predicate} "
        "parmi les 47 membres qui ont pris part au vote."
    )


def test_markup_keeps_the_article_outside_the_bold(service):
    """On Discord the name is bold and its article is not: « L'**Argentine** s'est **abstenue** »."""
    replies = Replies(service, Renderer(ROOT / "templates", markup=True))
    assert replies.vote("Argentine").description.startswith(
        "🇦🇷 L'**Argentine** s'est **abstenue** lors du vote"
    )
    assert replies.vote("Bahamas").description.startswith("🇧🇸 Les **Bahamas** ne sont pas membres du Conseil")
    assert replies.vote("Cuba").description.startswith("🇨🇺 **Cuba** a voté **pour**")


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("Que demande le Conseil au Haut-Commissaire ?", "Le Conseil s'adresse au Haut-Commissaire dans "),
        ("Que demande la résolution aux États ?", "Le Conseil s'adresse aux États dans "),
        (
            "Que demande le Conseil à la communauté internationale ?",
            "Le Conseil s'adresse à la communauté internationale dans ",
        ),
        (
            "Que demande le Conseil au Comité consultatif ?",
            "La résolution ne répond pas à cette question : aucun paragraphe du dispositif ne formule de "
            "demande au Comité consultatif.",
        ),
    ],
)
def test_addressee_sentences(replies, question, sentence):
    """Addressees take their contracted article: « au Haut-Commissaire », « aux États »."""
    assert replies.question(question).description.startswith(french_spacing(sentence))
    assert "« Haut-Commissaire »" not in replies.question(question).description
