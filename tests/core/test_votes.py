"""The recorded vote looked up by country and by regional group, as users spell them."""

import re
from pathlib import Path

import pytest

from bot.core.errors import UserError
from bot.core.text.models import VoteChoice

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
    ("Groupe des États d'Afrique", "AFR"),
    ("GEOA", "WEOG"),
    ("Europe occidentale et autres États", "WEOG"),
    ("Western European and others Group", "WEOG"),
    ("Europe de l'Est", "EEG"),
    ("Latin America", "GRULAC"),
    ("groupe asie-pacifique", "APG"),
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


SOURCE = Path(__file__).resolve().parents[2] / "corpus" / "A_HRC_RES_56_2.fr.txt"
HEADINGS = {"Ont voté pour": "pour", "Ont voté contre": "contre", "Se sont abstenus": "abstention"}


def _votes_from_source() -> dict[str, str]:
    """Country → vote, parsed here from the bracketed block of the raw text (not by the parser)."""
    text = SOURCE.read_text(encoding="utf-8")
    block = text[text.index("[Adoptée à l'issue d'un vote enregistré") :]
    block = block[: block.index("]") + 1]
    # Footnote 5 sits inside the block: drop any line that starts with a superscript digit.
    lines = [line for line in block.splitlines() if line.strip() and not re.match(r"[¹²³⁴⁵⁶⁷⁸⁹]", line)]
    votes: dict[str, str] = {}
    current = None
    for line in lines:
        heading = line.strip().rstrip(" :")
        if heading in HEADINGS:
            current = HEADINGS[heading]
        elif current is not None:
            for name in line.strip().rstrip("].").split(", "):
                votes[name] = current
            current = None
    return votes


def test_every_member_vote_matches_the_source_text(service):
    """The 47 votes, by record name and by ISO code, are those of the source's three lists."""
    votes = _votes_from_source()
    assert len(votes) == 47
    assert sorted(votes.values()).count("pour") == 31
    assert list(votes.values()).count("contre") == 14
    for name, vote in votes.items():
        answer = service.vote(name)
        assert (answer.country, answer.member, answer.vote) == (name, True, vote)
        assert service.vote(answer.code).vote == vote
        assert service.vote(answer.code.lower()).country == name


@pytest.mark.parametrize(
    ("typed", "name", "un_member"),
    [
        ("Canada", "Canada", True),
        ("Royaume-Uni", "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", True),
        ("russie", "Fédération de Russie", True),
        ("Mexico", "Mexique", True),
        ("Palestine", "État de Palestine", False),
    ],
)
def test_non_member_answers_without_vote(service, typed, name, un_member):
    """A country without a seat in 2024 is an answer (member false), not an error."""
    answer = service.vote(typed)
    assert (answer.country, answer.member, answer.vote, answer.group) == (name, False, None, None)
    assert answer.un_member is un_member
    assert name not in _votes_from_source()


def test_member_answer_carries_flag_and_code(service):
    """Flags come from the ISO code: France is 🇫🇷, Viet Nam 🇻🇳."""
    assert (service.vote("France").flag, service.vote("France").code) == ("\U0001f1eb\U0001f1f7", "FRA")
    assert service.vote("vietnam").flag == "\U0001f1fb\U0001f1f3"
    assert service.votes.flags["Pays-Bas (Royaume des)"] == "\U0001f1f3\U0001f1f1"
    assert len(service.votes.flags) == 47


@pytest.mark.parametrize("typed", ["", "a", "fr", "al", "etats", "can", "cote", "frnace", "république"])
def test_complete_country_values_resolve_to_themselves(service, typed):
    """Every autocomplete value is a name the vote command resolves to the same country."""
    names = service.complete_country(typed)
    assert len(names) <= 25
    for name in names:
        assert service.vote(name).country == name


def test_complete_country_ranks_names_then_council_members(service):
    """Names that start with the typed text first, members before others within a tier."""
    members = set(_votes_from_source())
    names = service.complete_country("ro")
    assert names[:2] == ["Roumanie", "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord"]
    # Then names with another spelling starting so (Romania...), then inner words (Royaume de...).
    assert "Belgique" in names
    assert "Maroc" in names
    assert names.index("Belgique") < names.index("Bahreïn")
    assert service.complete_country("can") == ["Canada"]
    assert service.complete_country("frnace")[0] == "France"
    assert service.complete_country("USA") == ["États-Unis d'Amérique"]
    assert set(service.complete_country("")) <= members
    assert len(service.complete_country("")) == 25
    assert service.complete_country("ma")[:4] == ["Malaisie", "Malawi", "Maldives", "Maroc"]


def test_vote_json_non_member_shape(service, resolution):
    """A non-member: member false, no vote, null group, the totals; code and flag added."""
    from bot.render.serialize import vote_json

    out = vote_json(service.vote("Suisse"), resolution.vote)
    assert out["member"] is False
    assert "vote" not in out
    assert out["group"] is None
    assert out["totals"] == {"pour": 31, "contre": 14, "abstention": 2}
    assert (out["country"], out["code"], out["flag"]) == ("Suisse", "CHE", "\U0001f1e8\U0001f1ed")


def test_complete_country_puts_territories_after_un_members(service):
    """Within a tier, UN members come before territories a student rarely means (Îles Vierges)."""
    names = service.complete_country("etats")
    assert names[0] == "États-Unis d'Amérique"
    assert names.index("Mexique") < names.index("Îles Vierges des États-Unis")


# A regional group typed where a country goes (issue 18: « /vote GRULAC » offered « Guam ? »).


@pytest.mark.parametrize("typed", ["GRULAC", "grulac", "EEG", "Europe orientale", "Afrique", "WEOG"])
def test_vote_of_reads_a_group_typed_as_the_country(service, typed):
    """The text names a regional group exactly: it is the group, and no country is looked up."""
    assert service.vote_of(typed, None) == (None, typed)
    assert service.group_vote(typed).members


@pytest.mark.parametrize(
    ("country", "group", "read"),
    [
        ("France", None, ("France", None)),
        ("Afrique du Sud", None, ("Afrique du Sud", None)),
        ("  ", "WEOG", (None, "WEOG")),
        (None, None, (None, None)),
        ("France", "GRULAC", ("France", "GRULAC")),  # both given: as typed
    ],
)
def test_vote_of_leaves_countries_alone(service, country, group, read):
    """A country stays a country; empty options are None."""
    assert service.vote_of(country, group) == read


def test_no_country_is_named_like_a_regional_group(service):
    """No country's name or code is also a group's: reading a group first takes no country away."""
    index = service.votes.countries
    for country in index.countries.values():
        for name in (country.name, country.code):
            assert service.votes.find_group(name) is None, name
