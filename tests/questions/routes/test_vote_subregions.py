"""The members' M49 sub-regions: every member once, and vote questions about a part of the world."""

import pytest

from bot.core.questions.answer import Intent, VoteScope
from bot.core.votes.countries import default_corpus_dir
from bot.core.votes.subregions import SUBREGION_NAMES, load_subregions, subregion_named


def test_every_member_has_one_subregion(service):
    subregions = load_subregions(default_corpus_dir())
    members = {service.votes.countries.by_name(m.country).code for m in service.resolution.vote.members}
    assert set(subregions) == members
    assert len(subregions) == 47
    named = {part for _, parts, _ in SUBREGION_NAMES for part in parts}
    # Every sub-region a name points to holds members (no typo in a part's name).
    assert named <= set(subregions.values())


@pytest.mark.parametrize(
    ("question", "region", "members"),
    [
        (
            "How did the South American members of the Council vote?",
            "Amérique du Sud",
            ["Brésil", "Chili", "Paraguay", "Argentine"],
        ),
        (
            "les pays d'Afrique de l'Ouest ont voté comment ?",
            "Afrique de l'Ouest",
            ["Bénin", "Côte d'Ivoire", "Gambie", "Ghana"],
        ),
        ("et les caraibes ils ont vote quoi", "Caraïbes", ["Cuba", "République dominicaine"]),
        ("how did south-east asian countries vote", "Asie du Sud-Est", ["Indonésie", "Malaisie", "Viet Nam"]),
    ],
)
def test_a_subregions_members_votes_come_from_the_record(qa, raw_votes, question, region, members):
    answer = qa.answer(question)
    assert (answer.intent, answer.answered, answer.scope) == (Intent.VOTE, True, VoteScope.GROUP)
    (tally,) = answer.tallies
    assert tally.group.name == region
    assert sorted(m.country for m in tally.members) == sorted(members)
    # Each vote is the record's, in the record's order.
    record = [name for names in raw_votes.values() for name in names]
    assert [m.country for m in tally.members] == [n for n in record if n in members]
    for member in tally.members:
        assert member.country in raw_votes[member.vote.value]


@pytest.mark.parametrize(
    "question",
    [
        # A regional group's names stay the group's.
        "les pays d'Amérique latine et des Caraïbes ont voté comment ?",
        "Comment a voté le GRULAC ?",
        # « Afrique du Sud » is a member, not a sub-region.
        "l'Afrique du Sud a voté comment ?",
    ],
)
def test_groups_and_members_are_not_subregions(qa, question):
    answer = qa.answer(question)
    assert all(t.group.code for t in answer.tallies)
    assert subregion_named(question.lower()) is None or answer.scope is not VoteScope.GROUP


def test_a_subregion_is_worded_as_a_part_of_the_world(plain):
    """Named as a part of the world, not as a regional group."""
    text = plain.question("les pays d'Amérique du Sud ont voté comment ?").description.replace("\u00a0", " ")
    assert "Membres du Conseil de « Amérique du Sud » (régions géographiques M49 de l'ONU) : 3 pour" in text


def test_european_countries_are_the_continents_members_not_the_union(qa):
    answer = qa.answer("Comment ont voté les pays européens qui siègent au Conseil ?")
    (tally,) = answer.tallies
    assert tally.group.name == "Europe"
    assert len(tally.members) == 11
    assert qa.answer("l'Union européenne a voté comment ?").reason == "non_membre"
