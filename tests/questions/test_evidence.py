"""Coverage: the rarity-weighted share of a question a passage holds."""

from bot.core.search.analyzer import analyze


def test_router_coverage_weighs_unknown_words(qa, resolution):
    """Coverage is 1 when a paragraph holds every term, lower when a term is absent from the text."""
    op14 = resolution.get("OP14")
    assert qa.coverage(analyze("terrorisme"), op14) == 1.0
    assert qa.coverage(analyze("terrorisme budget"), op14) < 0.5
    # A plural or feminine ending still counts, whatever the analyzer does.
    assert qa.coverage(analyze("changement climatique"), resolution.get("OP26")) == 1.0
