"""French that a teacher would not correct: articles, contractions, elision and agreement of names."""

import csv
import re
from pathlib import Path

import pytest

from bot.core.questions.routes.requests import ADDRESSEES
from bot.core.text.corpus import CorpusFormatError
from bot.core.votes import grammar
from bot.core.votes.countries import load_countries
from bot.core.votes.grammar import Article, Grammar, NameForm, UnknownName, elides, load_grammar, read_table


@pytest.fixture(scope="module")
def table(corpus_dir: Path) -> Grammar:
    return load_grammar(corpus_dir)


@pytest.fixture(scope="module")
def members(corpus_dir: Path) -> list[str]:
    with (corpus_dir / "etats_membres_onu.csv").open(encoding="utf-8", newline="") as handle:
        return [row["nom"] for row in csv.DictReader(handle)]


@pytest.fixture(scope="module")
def country_names(corpus_dir: Path) -> set[str]:
    return {c.name for c in load_countries(corpus_dir).countries.values()}


REFLEXIVE, IS_NOT, HAS_NOT, HAVE_NOT = "s'est", "n'est", "n'a", "n'ont"


def voted(g: Grammar, name: str, vote: str) -> str:
    """« La France a voté contre », « L'Argentine s'est abstenue »: the vote sentence of a member."""
    subject = g.with_article(name, capital=True)
    if vote == "abstention":
        return f"{subject} {g.verb(name, REFLEXIVE, 'se sont')} {g.agree(name, 'abstenu')}"
    return f"{subject} {g.verb(name, 'a', 'ont')} voté {vote}"


def absent(g: Grammar, name: str) -> str:
    """« L'Italie n'est pas membre du Conseil en 2024 ; elle n'a donc pas voté »."""
    subject = g.with_article(name, capital=True)
    return (
        f"{subject} {g.verb(name, IS_NOT, 'ne sont')} pas {g.agree(name, 'membre')} du Conseil en 2024 ; "
        f"{g.subject_pronoun(name)} {g.verb(name, HAS_NOT, HAVE_NOT)} donc pas voté"
    )


# Reviewed by hand: (name, vote or None when not on the Council, sentence, « à … », « de … »).
SAMPLE = [
    ("France", "contre", "La France a voté contre", "à la France", "de la France"),
    (
        "États-Unis d'Amérique",
        "contre",
        "Les États-Unis d'Amérique ont voté contre",
        "aux États-Unis d'Amérique",
        "des États-Unis d'Amérique",
    ),
    ("Argentine", "abstention", "L'Argentine s'est abstenue", "à l'Argentine", "de l'Argentine"),
    (
        "République dominicaine",
        "abstention",
        "La République dominicaine s'est abstenue",
        "à la République dominicaine",
        "de la République dominicaine",
    ),
    ("Bénin", "pour", "Le Bénin a voté pour", "au Bénin", "du Bénin"),
    ("Cuba", "pour", "Cuba a voté pour", "à Cuba", "de Cuba"),
    ("Maldives", "pour", "Les Maldives ont voté pour", "aux Maldives", "des Maldives"),
    (
        "Pays-Bas (Royaume des)",
        "contre",
        "Les Pays-Bas (Royaume des) ont voté contre",
        "aux Pays-Bas (Royaume des)",
        "des Pays-Bas (Royaume des)",
    ),
    ("Honduras", "pour", "Le Honduras a voté pour", "au Honduras", "du Honduras"),
    (
        "Émirats arabes unis",
        "pour",
        "Les Émirats arabes unis ont voté pour",
        "aux Émirats arabes unis",
        "des Émirats arabes unis",
    ),
    ("Côte d'Ivoire", "pour", "La Côte d'Ivoire a voté pour", "à la Côte d'Ivoire", "de la Côte d'Ivoire"),
    ("Érythrée", "pour", "L'Érythrée a voté pour", "à l'Érythrée", "de l'Érythrée"),
    (
        "Italie",
        None,
        "L'Italie n'est pas membre du Conseil en 2024 ; elle n'a donc pas voté",
        "à l'Italie",
        "de l'Italie",
    ),
    (
        "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
        None,
        "Le Royaume-Uni de Grande-Bretagne et d'Irlande du Nord n'est pas membre du Conseil en 2024 ; "
        "il n'a donc pas voté",
        "au Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
        "du Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
    ),
    (
        "République démocratique du Congo",
        None,
        "La République démocratique du Congo n'est pas membre du Conseil en 2024 ; elle n'a donc pas voté",
        "à la République démocratique du Congo",
        "de la République démocratique du Congo",
    ),
    (
        "Israël",
        None,
        "Israël n'est pas membre du Conseil en 2024 ; il n'a donc pas voté",
        "à Israël",
        "d'Israël",
    ),
    ("Haïti", None, "Haïti n'est pas membre du Conseil en 2024 ; il n'a donc pas voté", "à Haïti", "d'Haïti"),
    ("Oman", None, "Oman n'est pas membre du Conseil en 2024 ; il n'a donc pas voté", "à Oman", "d'Oman"),
    (
        "Chypre",
        None,
        "Chypre n'est pas membre du Conseil en 2024 ; elle n'a donc pas voté",
        "à Chypre",
        "de Chypre",
    ),
    (
        "Hongrie",
        None,
        "La Hongrie n'est pas membre du Conseil en 2024 ; elle n'a donc pas voté",
        "à la Hongrie",
        "de la Hongrie",
    ),
    (
        "Bahamas",
        None,
        "Les Bahamas ne sont pas membres du Conseil en 2024 ; elles n'ont donc pas voté",
        "aux Bahamas",
        "des Bahamas",
    ),
    (
        "Îles Marshall",
        None,
        "Les Îles Marshall ne sont pas membres du Conseil en 2024 ; elles n'ont donc pas voté",
        "aux Îles Marshall",
        "des Îles Marshall",
    ),
    (
        "Iran (République islamique d')",
        None,
        "L'Iran (République islamique d') n'est pas membre du Conseil en 2024 ; il n'a donc pas voté",
        "à l'Iran (République islamique d')",
        "de l'Iran (République islamique d')",
    ),
    (
        "État de Palestine",
        None,
        "L'État de Palestine n'est pas membre du Conseil en 2024 ; il n'a donc pas voté",
        "à l'État de Palestine",
        "de l'État de Palestine",
    ),
    (
        "Saint-Siège (État de la Cité du Vatican)",
        None,
        "Le Saint-Siège (État de la Cité du Vatican) n'est pas membre du Conseil en 2024 ; "
        "il n'a donc pas voté",
        "au Saint-Siège (État de la Cité du Vatican)",
        "du Saint-Siège (État de la Cité du Vatican)",
    ),
]


@pytest.mark.parametrize(("name", "vote", "sentence", "to", "of"), SAMPLE, ids=[s[0] for s in SAMPLE])
def test_reviewed_sample(table, raw_votes, name, vote, sentence, to, of):
    """25 reviewed names give exactly the sentences a teacher would write, true to the vote record."""
    if vote is None:
        assert all(name not in names for names in raw_votes.values())
        assert absent(table, name) == sentence
    else:
        assert name in raw_votes[vote]
        assert voted(table, name, vote) == sentence
    assert table.to(name) == to
    assert table.of(name) == of


def test_sample_size():
    assert len(SAMPLE) == 25


ADDRESSEE_FORMS = {
    "Haut-Commissaire": ("le Haut-Commissaire", "au Haut-Commissaire", "du Haut-Commissaire"),
    "Haut-Commissariat": ("le Haut-Commissariat", "au Haut-Commissariat", "du Haut-Commissariat"),
    "Secrétaire général": ("le Secrétaire général", "au Secrétaire général", "du Secrétaire général"),
    "système des Nations Unies": (
        "le système des Nations Unies",
        "au système des Nations Unies",
        "du système des Nations Unies",
    ),
    "communauté internationale": (
        "la communauté internationale",
        "à la communauté internationale",
        "de la communauté internationale",
    ),
    "institutions spécialisées": (
        "les institutions spécialisées",
        "aux institutions spécialisées",
        "des institutions spécialisées",
    ),
    "organisations intergouvernementales": (
        "les organisations intergouvernementales",
        "aux organisations intergouvernementales",
        "des organisations intergouvernementales",
    ),
    "organisations non gouvernementales": (
        "les organisations non gouvernementales",
        "aux organisations non gouvernementales",
        "des organisations non gouvernementales",
    ),
    "titulaires de mandat": (
        "les titulaires de mandat",
        "aux titulaires de mandat",
        "des titulaires de mandat",
    ),
    "acteurs internationaux": (
        "les acteurs internationaux",
        "aux acteurs internationaux",
        "des acteurs internationaux",
    ),
    "Comité consultatif": ("le Comité consultatif", "au Comité consultatif", "du Comité consultatif"),
    "Assemblée générale": ("l'Assemblée générale", "à l'Assemblée générale", "de l'Assemblée générale"),
    "société civile": ("la société civile", "à la société civile", "de la société civile"),
    "États": ("les États", "aux États", "des États"),
}


def test_every_addressee_label_is_reviewed(table):
    """The router's labels and the reviewed table are the same set: a new label needs its grammar."""
    assert {label for label, _ in ADDRESSEES} == set(ADDRESSEE_FORMS)
    assert all(label in table for label, _ in ADDRESSEES)


@pytest.mark.parametrize("label", ADDRESSEE_FORMS)
def test_addressee_forms(table, label):
    """« s'adresse au Haut-Commissaire », « aux États », « à la communauté internationale »."""
    assert (table.with_article(label), table.to(label), table.of(label)) == ADDRESSEE_FORMS[label]


def test_table_covers_every_member_and_the_vote(table, members, raw_votes, csv_groups):
    """Every UN member, every Council member and every name of the vote record has its grammar."""
    assert len(members) == 193
    assert [m for m in members if m not in table] == []
    voters = [name for names in raw_votes.values() for name in names]
    assert len(voters) == 47
    assert [v for v in voters if v not in table] == []
    assert [c for c in csv_groups if c not in table] == []


def test_table_is_exactly_the_names_the_index_displays(corpus_dir, country_names):
    """Every name the bot can display (members, Palestine, Saint-Siège, Taïwan, territories) and no other."""
    rows = read_table(corpus_dir / grammar.COUNTRIES_FILE)
    assert {f.name for f in rows} == country_names
    assert len(rows) == len(country_names) == 249


def _members_and_index(members: list[str], country_names: set[str]) -> list[str]:
    return members + sorted(country_names - set(members))


CONTRACTIBLE = re.compile(r"(?:^|\s)(?:[àÀ]|[dD]e) (?:le|les)\s", re.IGNORECASE)
UNELIDED = re.compile(r"(?:^|\s)(?:le|la|de) $", re.IGNORECASE)


def test_every_country_sentence_is_well_formed(table, members, country_names):
    """All names, structurally: an article, a gender and a number; elision; no « de le », « à les »."""
    for name in _members_and_index(members, country_names):
        form = table.form(name)
        assert form.article in set(Article)
        assert form.gender in set(grammar.Gender)
        assert form.number in set(grammar.Number)
        for lead in (form.lead(), *(form.lead(p) for p in grammar.Preposition)):
            text = lead + name
            assert not CONTRACTIBLE.search(text), text
            if elides(name):
                # « l'Argentine », « d'Israël », never « la Argentine », « de Israël ».
                assert not UNELIDED.search(lead), text
                assert lead == "" or lead.endswith(("'", "à ", "aux ", "des ", "les ")), text
            else:
                assert not lead.endswith("'"), text
        sentence = absent(table, name)
        assert sentence[0].isupper()
        assert "  " not in sentence
        plural = form.article is Article.LES or form.plural
        assert (" ne sont pas membres " in sentence) == plural, sentence
        assert sentence.endswith(" n'ont donc pas voté" if plural else " n'a donc pas voté"), sentence
        pronoun = ("elle" if form.feminine else "il") + ("s" if form.plural else "")
        assert f" ; {pronoun} n" in sentence, sentence


def test_council_vote_sentences(table, raw_votes):
    """The 47 members of the recorded vote, each with its vote: agreement of « abstenu » and of the verb."""
    for vote, names in raw_votes.items():
        for name in names:
            sentence = voted(table, name, vote)
            form = table.form(name)
            assert sentence.startswith(form.with_article(capital=True))
            if vote == "abstention":
                ending = {
                    (False, False): "s'est abstenu",
                    (True, False): "s'est abstenue",
                    (False, True): "se sont abstenus",
                    (True, True): "se sont abstenues",
                }[form.feminine, form.plural]
                assert sentence.endswith(ending), sentence
            else:
                assert sentence.endswith(("ont" if form.plural else "a") + f" voté {vote}"), sentence


def test_names_starting_with_h_are_reviewed(table):
    """An h is aspirated unless listed as mute: each name that starts with h was looked at."""
    h_names = sorted(n for n in table.names if n[:1] in "hH")
    assert h_names == ["Haut-Commissaire", "Haut-Commissariat", "Haïti", "Honduras", "Hongrie"]
    assert elides("Haïti")
    assert not elides("Honduras")
    assert not elides("Hongrie")


def test_no_article_names_are_the_reviewed_ones(table, members):
    """Members named without article (islands and a few states), reviewed one by one.

    As the French Foreign Ministry's list writes them where UN French differs: « le Sri Lanka »,
    « le Vanuatu », « les Samoa » take an article, « Trinité-et-Tobago » none.
    """
    bare = {m for m in members if table.form(m).article is Article.NONE}
    assert bare == {
        "Antigua-et-Barbuda",
        "Bahreïn",
        "Chypre",
        "Cuba",
        "Djibouti",
        "El Salvador",
        "Haïti",
        "Israël",
        "Kiribati",
        "Madagascar",
        "Malte",
        "Maurice",
        "Monaco",
        "Nauru",
        "Oman",
        "Saint-Kitts-et-Nevis",
        "Saint-Marin",
        "Saint-Vincent-et-les Grenadines",
        "Sainte-Lucie",
        "Sao Tomé-et-Principe",
        "Singapour",
        "Trinité-et-Tobago",
        "Tuvalu",
    }


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("abstenu", ("abstenu", "abstenue", "abstenus", "abstenues")),
        ("membre", ("membre", "membre", "membres", "membres")),
        ("élu", ("élu", "élue", "élus", "élues")),
    ],
)
def test_agree(word, forms):
    """Masculine singular in, the four agreed forms out."""
    names = ("Bénin", "France", "États-Unis d'Amérique", "Maldives")
    assert tuple(grammar.agree(n, word) for n in names) == forms


def test_module_functions_use_the_shipped_tables():
    """The short functions the templates will call read the corpus shipped with the package."""
    assert grammar.with_article("France") == "la France"
    assert grammar.with_article("France", capital=True) == "La France"
    assert grammar.with_article("Argentine", True) == "L'Argentine"
    assert grammar.with_article("Cuba", True) == "Cuba"
    assert grammar.subject_pronoun("Maldives") == "elles"
    assert grammar.verb("Maldives", "a voté", "ont voté") == "ont voté"
    assert grammar.to("Bénin", capital=True) == "Au Bénin"
    assert grammar.of("États-Unis d'Amérique") == "des États-Unis d'Amérique"


def test_unknown_name_is_an_error_not_a_guess(table):
    with pytest.raises(UnknownName):
        table.with_article("Atlantide")


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("Argentine,la,f,sg", "non élidé"),
        ("Bénin,l',m,sg", "consonne"),
        ("Honduras,l',m,sg", "consonne"),
        ("Suisse,le,f,sg", "féminin"),
        ("Japon,la,m,sg", "masculin"),
        ("Maldives,les,f,sg", "nombre"),
        ("Cuba,,f,sg", "invalide"),
        ("Cuba,aucun,x,sg", "invalide"),
    ],
)
def test_loader_refuses_bad_grammar(tmp_path, row, reason):
    """A row that breaks a rule of French stops the start-up, naming the file and the line."""
    path = tmp_path / "pays_grammaire.csv"
    path.write_text(f"nom,article,genre,nombre\nFrance,la,f,sg\n{row}\n", encoding="utf-8")
    with pytest.raises(CorpusFormatError, match=reason) as caught:
        read_table(path)
    assert caught.value.line == 3


def test_loader_refuses_duplicates_and_bad_columns(tmp_path):
    path = tmp_path / "pays_grammaire.csv"
    path.write_text("nom,article,genre,nombre\nFrance,la,f,sg\nFrance,la,f,sg\n", encoding="utf-8")
    with pytest.raises(CorpusFormatError, match="double"):
        read_table(path)
    path.write_text("nom,article\nFrance,la\n", encoding="utf-8")
    with pytest.raises(CorpusFormatError, match="colonnes"):
        read_table(path)


def test_name_form_is_plain_data():
    form = NameForm("Cuba", Article.NONE, grammar.Gender.FEMININE, grammar.Number.SINGULAR)
    assert (form.with_article(), form.to(), form.of(), form.subject_pronoun()) == (
        "Cuba",
        "à Cuba",
        "de Cuba",
        "elle",
    )
