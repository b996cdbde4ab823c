"""The recorded vote looked up by country and by regional group, as users spell them."""

import pytest

from bot.core.errors import UserError
from bot.core.models import VoteChoice

CHOICES = {"pour": VoteChoice.FOR, "contre": VoteChoice.AGAINST, "abstention": VoteChoice.ABSTAIN}

COUNTRIES = [
    ("France", "France", "contre"),
    ("france", "France", "contre"),
    ("FRANCE", "France", "contre"),
    ("la France", "France", "contre"),
    ("  France  ", "France", "contre"),
    ("Etats-Unis d'Amerique", "États-Unis d'Amérique", "contre"),
    ("États-Unis d’Amérique", "États-Unis d'Amérique", "contre"),
    ("Cote d'Ivoire", "Côte d'Ivoire", "pour"),
    ("pays-bas", "Pays-Bas (Royaume des)", "contre"),
    ("Pays-Bas (Royaume des)", "Pays-Bas (Royaume des)", "contre"),
    ("Viet Nam", "Viet Nam", "pour"),
    ("emirats arabes unis", "Émirats arabes unis", "pour"),
    ("les Émirats arabes unis", "Émirats arabes unis", "pour"),
    ("Chine", "Chine", "pour"),
    ("argentine", "Argentine", "abstention"),
    ("republique dominicaine", "République dominicaine", "abstention"),
]


@pytest.mark.parametrize(("typed", "country", "vote"), COUNTRIES, ids=[t for t, *_ in COUNTRIES])
def test_service_vote_finds_member(service, raw_votes, typed, country, vote):
    """Case, accents, articles, apostrophes and the parenthesis do not matter."""
    member = service.vote(typed)
    assert member.country == country
    assert member.vote == vote
    assert country in raw_votes[vote]


def test_service_vote_finds_every_member_by_its_record_name(service, raw_votes):
    """Each of the 47 names of the raw lists finds its own vote."""
    for choice, countries in raw_votes.items():
        for country in countries:
            assert service.vote(country).vote == choice, country


@pytest.mark.parametrize("typed", ["Atlantide", "France libre", "x" * 500])
def test_service_vote_rejects_unknown_country(service, typed):
    """A name that is no Council member raises pays_inconnu."""
    with pytest.raises(UserError) as caught:
        service.vote(typed)
    assert caught.value.code == "pays_inconnu"
    assert "suggestions" in caught.value.data


def test_service_vote_suggests_close_names(service):
    """A misspelt name comes back with the member it resembles."""
    with pytest.raises(UserError) as caught:
        service.vote("Frnace")
    assert caught.value.code == "pays_inconnu"
    assert caught.value.data["saisie"] == "Frnace"
    assert "France" in caught.value.data["suggestions"]


@pytest.mark.parametrize("typed", ["", "   "])
def test_service_vote_rejects_empty_name(service, typed):
    """An empty name raises pays_inconnu with no suggestion."""
    with pytest.raises(UserError) as caught:
        service.vote(typed)
    assert caught.value.code == "pays_inconnu"
    assert caught.value.data["suggestions"] == []


GROUPS = [
    ("Afrique", "AFR"),
    ("AFR", "AFR"),
    ("grulac", "GRULAC"),
    ("Amérique latine et Caraïbes", "GRULAC"),
    ("WEOG", "WEOG"),
    ("Europe orientale", "EEG"),
    ("asie-pacifique", "APG"),
    ("APG", "APG"),
]


@pytest.mark.parametrize(("typed", "code"), GROUPS, ids=[t for t, _ in GROUPS])
def test_service_group_vote_lists_members_and_totals(service, raw_votes, csv_groups, typed, code):
    """A group's members and totals are those of the CSV and the raw lists."""
    tally = service.group_vote(typed)
    in_group = {
        choice: [c for c in countries if csv_groups[c][1] == code] for choice, countries in raw_votes.items()
    }
    assert tally.group.code == code
    assert tally.group.name == next(name for name, c in csv_groups.values() if c == code)
    assert [m.country for m in tally.members] == [c for countries in in_group.values() for c in countries]
    assert tally.totals == {CHOICES[choice]: len(countries) for choice, countries in in_group.items()}


def test_service_group_vote_totals_add_up(service, csv_groups):
    """The five groups' totals add up to 31 / 14 / 2, and their members to the 47."""
    tallies = [service.group_vote(code) for code in sorted({c for _, c in csv_groups.values()})]
    assert len(tallies) == 5
    for choice, total in zip(VoteChoice, (31, 14, 2), strict=True):
        assert sum(t.totals[choice] for t in tallies) == total
    assert sum(len(t.members) for t in tallies) == 47


@pytest.mark.parametrize("typed", ["Océanie", "", "Europe"])
def test_service_group_vote_rejects_unknown_group(service, typed):
    """An unknown group raises groupe_inconnu with the list of groups."""
    with pytest.raises(UserError) as caught:
        service.group_vote(typed)
    assert caught.value.code == "groupe_inconnu"
    assert len(caught.value.data["groupes"]) == 5
