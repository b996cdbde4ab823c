"""Autocomplete choices for /paragraphe and /vote: Discord's limits and what a user expects."""

from bot.core.limits import CHOICE_LENGTH, MAX_CHOICES
from bot.core.service import Service


def test_complete_paragraph_number_offers_operative_first(service: Service) -> None:
    """A bare number offers OP then PP, labelled with the paragraph's opening words."""
    choices = service.complete_paragraph("29")
    assert [value for _, value in choices] == ["OP29", "PP29"]
    assert choices[0][0].startswith("OP29 · Prie tous les États")


def test_complete_paragraph_prefix_widens_to_longer_numbers(service: Service) -> None:
    """``op3`` offers OP3 then OP30..OP37, never a preambular paragraph."""
    values = [value for _, value in service.complete_paragraph("op3")]
    assert values == ["OP3", *(f"OP{n}" for n in range(30, 38))]


def test_complete_paragraph_by_words_ignores_accents(service: Service) -> None:
    """Words match the text with accents and case folded."""
    values = [value for _, value in service.complete_paragraph("cooperation sud-sud")]
    assert "PP21" in values
    for value in values:
        assert "sud-sud" in service.resolution.get(value).text.lower()


def test_complete_paragraph_respects_discord_limits(service: Service) -> None:
    """Never more than 25 choices, each label within 100 characters."""
    for typed in ["", "1", "de", "PP", "droits de l'homme"]:
        choices = service.complete_paragraph(typed)
        assert len(choices) <= MAX_CHOICES
        assert all(len(label) <= CHOICE_LENGTH for label, _ in choices)
    assert len(service.complete_paragraph("")) == MAX_CHOICES


def test_complete_country_accent_insensitive(service: Service) -> None:
    """``cote`` finds Côte d'Ivoire; prefixes come before inner matches."""
    assert service.complete_country("cote") == ["Côte d'Ivoire"]
    names = service.complete_country("al")
    assert names[:2] == ["Albanie", "Algérie"]
    assert len(service.complete_country("")) == MAX_CHOICES
