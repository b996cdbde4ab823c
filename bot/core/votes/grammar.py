"""French grammar of the names the bot writes in running text: countries and the resolution's addressees.

A name alone is not a sentence: « France a voté contre » is wrong, « la France a voté contre » is
right, and « Cuba » takes no article at all. The reviewed tables ``corpus/pays_grammaire.csv``
(every name the country index displays) and ``corpus/destinataires_grammaire.csv`` (the addressee
labels of the question router) give each name its article, gender and number; the functions here
only apply the rules of French to them:

- article: ``le``, ``la``, ``l'`` (elided before a vowel or a mute h), ``les``, or ``aucun``;
- ``à`` + ``le`` → ``au``, ``à`` + ``les`` → ``aux``, ``de`` + ``le`` → ``du``, ``de`` + ``les`` → ``des``;
- a name without article elides ``de`` before a vowel or a mute h (« d'Israël », « d'Haïti »);
- the subject pronoun, the past participle and the verb agree with the gender and number.

The loader refuses a table that breaks these rules (an ``l'`` before a consonant, a ``la`` on a
masculine name…), naming the file and line, like the rest of the corpus.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

from bot.core.text.corpus import CorpusFormatError
from bot.core.text.french import fold

COUNTRIES_FILE = "pays_grammaire.csv"
ADDRESSEES_FILE = "destinataires_grammaire.csv"
COLUMNS = ("nom", "article", "genre", "nombre")
NO_ARTICLE = "aucun"
_VOWELS = frozenset("aeiou")
# The h of these names is mute: they elide like a vowel (« la République d'Haïti »). Every other
# name starting with h has an aspirated h (« le Honduras », « la Hongrie », « le Haut-Commissaire »).
MUTE_H = frozenset({"Haïti"})


class Article(StrEnum):
    """The definite article a name takes in running text, or none."""

    LE = "le"
    LA = "la"
    ELIDED = "l'"
    LES = "les"
    NONE = NO_ARTICLE


class Gender(StrEnum):
    """Grammatical gender."""

    MASCULINE = "m"
    FEMININE = "f"


class Number(StrEnum):
    """Grammatical number."""

    SINGULAR = "sg"
    PLURAL = "pl"


class Preposition(StrEnum):
    """The prepositions that contract with the article."""

    TO = "à"
    OF = "de"


def elides(word: str) -> bool:
    """Return whether ``word`` starts with a vowel sound: a vowel, or a mute h (``MUTE_H``)."""
    first = fold(word[:1])
    return first in _VOWELS or (first == "h" and word in MUTE_H)


def _capitalize(text: str, capital: bool) -> str:
    return text[:1].upper() + text[1:] if capital else text


# The article alone, and contracted with « à » and « de » (« à le » → « au », « de les » → « des »).
_LEADS: dict[Preposition | None, dict[Article, str]] = {
    None: {Article.LE: "le ", Article.LA: "la ", Article.ELIDED: "l'", Article.LES: "les ", Article.NONE: ""},
    Preposition.TO: {
        Article.LE: "au ",
        Article.LA: "à la ",
        Article.ELIDED: "à l'",
        Article.LES: "aux ",
        Article.NONE: "à ",
    },
    Preposition.OF: {
        Article.LE: "du ",
        Article.LA: "de la ",
        Article.ELIDED: "de l'",
        Article.LES: "des ",
        Article.NONE: "de ",
    },
}


@dataclass(frozen=True, slots=True)
class NameForm:
    """One name with its article, gender and number, and the phrases French builds from them."""

    name: str
    article: Article
    gender: Gender
    number: Number

    @property
    def plural(self) -> bool:
        """Return whether the name is plural (« les Maldives »)."""
        return self.number is Number.PLURAL

    @property
    def feminine(self) -> bool:
        """Return whether the name is feminine."""
        return self.gender is Gender.FEMININE

    def lead(self, preposition: Preposition | None = None, *, capital: bool = False) -> str:
        """Return the words before the name: ``"la "``, ``"l'"``, ``"au "``, ``"des "``, ``"d'"``, ``""``.

        The name itself is left out so that a template can set it apart (bold, a flag).
        """
        words = _LEADS[preposition][self.article]
        if preposition is Preposition.OF and self.article is Article.NONE and elides(self.name):
            words = "d'"  # « d'Israël », « d'Haïti », but « de Cuba »
        return _capitalize(words, capital)

    def with_article(self, *, capital: bool = False) -> str:
        """Return the name as the subject of a sentence: « la France », « l'Argentine », « Cuba »."""
        return _capitalize(self.lead() + self.name, capital)

    def to(self, *, capital: bool = False) -> str:
        """Return « à » + the name: « à la France », « au Bénin », « aux Maldives », « à Cuba »."""
        return self.lead(Preposition.TO, capital=capital) + self.name

    def of(self, *, capital: bool = False) -> str:
        """Return « de » + the name: « de la France », « du Bénin », « des Maldives », « d'Israël »."""
        return self.lead(Preposition.OF, capital=capital) + self.name

    def subject_pronoun(self, *, capital: bool = False) -> str:
        """Return the pronoun that takes the name's place: il, elle, ils, elles."""
        pronoun = ("elle" if self.feminine else "il") + ("s" if self.plural else "")
        return _capitalize(pronoun, capital)

    def agree(self, word: str) -> str:
        """Return an adjective or past participle given in the masculine singular, agreed with the name.

        « abstenu » → « abstenue », « abstenus », « abstenues »; « membre » → « membres ». Regular
        forms only: the words the bot writes (abstenu, élu, membre, absent, représenté) are regular.
        """
        if self.feminine and not word.endswith("e"):
            word += "e"
        if self.plural and not word.endswith(("s", "x")):
            word += "s"
        return word

    def verb(self, singular: str, plural: str) -> str:
        """Return the form of a verb that agrees in number: ``verb("a voté", "ont voté")``."""
        return plural if self.plural else singular


class UnknownName(LookupError):
    """A name the grammar tables do not hold: add it to the table rather than guess."""


class Grammar:
    """The grammar tables, looked up by the exact displayed name."""

    def __init__(self, forms: Iterable[NameForm]) -> None:
        self._forms = {form.name: form for form in forms}

    def __contains__(self, name: object) -> bool:
        return name in self._forms

    def __len__(self) -> int:
        return len(self._forms)

    @property
    def names(self) -> list[str]:
        """Return every name the tables hold."""
        return list(self._forms)

    def form(self, name: str) -> NameForm:
        """Return the grammar of ``name`` exactly as displayed, or raise ``UnknownName``."""
        try:
            return self._forms[name]
        except KeyError:
            raise UnknownName(name) from None

    def with_article(self, name: str, capital: bool = False) -> str:
        """Return « la France », « l'Argentine », « les Maldives », « Cuba » (``capital``: sentence start)."""
        return self.form(name).with_article(capital=capital)

    def subject_pronoun(self, name: str, capital: bool = False) -> str:
        """Return il, elle, ils or elles for ``name``."""
        return self.form(name).subject_pronoun(capital=capital)

    def agree(self, name: str, word: str) -> str:
        """Return ``word`` (masculine singular) agreed with ``name``: « abstenue », « abstenus », etc."""
        return self.form(name).agree(word)

    def verb(self, name: str, singular: str, plural: str) -> str:
        """Return ``singular`` or ``plural`` as ``name`` requires: « a voté » / « ont voté »."""
        return self.form(name).verb(singular, plural)

    def to(self, name: str, capital: bool = False) -> str:
        """Return « à la France », « au Bénin », « aux États-Unis d'Amérique », « à Cuba »."""
        return self.form(name).to(capital=capital)

    def of(self, name: str, capital: bool = False) -> str:
        """Return « de la France », « du Bénin », « des États-Unis d'Amérique », « d'Israël »."""
        return self.form(name).of(capital=capital)


def read_table(path: Path) -> list[NameForm]:
    """Read one grammar table, refusing a row that breaks the rules of French (file and line named)."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if tuple(reader.fieldnames or ()) != COLUMNS:
                raise CorpusFormatError(path, 1, f"colonnes attendues : {', '.join(COLUMNS)}")
            rows = list(enumerate(reader, start=2))
    except OSError as exc:
        raise CorpusFormatError(path, None, f"fichier illisible ({exc})") from exc
    forms: list[NameForm] = []
    seen: set[str] = set()
    for line, row in rows:
        try:
            form = NameForm(row["nom"], Article(row["article"]), Gender(row["genre"]), Number(row["nombre"]))
        except (ValueError, TypeError) as exc:
            raise CorpusFormatError(path, line, f"valeur invalide ({exc})") from exc
        if not form.name or form.name in seen:
            raise CorpusFormatError(path, line, f"nom vide ou en double : {form.name!r}")
        problem = _check(form)
        if problem:
            raise CorpusFormatError(path, line, f"{form.name} : {problem}")
        seen.add(form.name)
        forms.append(form)
    return forms


def _check(form: NameForm) -> str | None:
    """Return why ``form`` breaks a rule of French, or ``None``."""
    article, vowel = form.article, elides(form.name)
    if article is Article.ELIDED and not vowel:
        return "« l' » devant une consonne ou un h aspiré"
    if article in {Article.LE, Article.LA} and vowel:
        return f"« {article} » non élidé devant une voyelle ou un h muet"
    if article is Article.LA and form.gender is not Gender.FEMININE:
        return "« la » sur un nom masculin"
    if article is Article.LE and form.gender is not Gender.MASCULINE:
        return "« le » sur un nom féminin"
    if (article is Article.LES) != form.plural and article is not Article.NONE:
        return "« les » et le nombre ne s'accordent pas"
    return None


def load_grammar(corpus_dir: Path) -> Grammar:
    """Build the grammar of country names and addressees from the corpus tables."""
    countries = read_table(corpus_dir / COUNTRIES_FILE)
    addressees = read_table(corpus_dir / ADDRESSEES_FILE)
    clash = {f.name for f in countries} & {f.name for f in addressees}
    if clash:
        raise CorpusFormatError(
            corpus_dir / ADDRESSEES_FILE, None, f"noms déjà pays : {', '.join(sorted(clash))}"
        )
    return Grammar([*countries, *addressees])


@cache
def default_grammar() -> Grammar:
    """Return the grammar of the corpus shipped with the package, read once."""
    from bot.core.votes.countries import default_corpus_dir

    return load_grammar(default_corpus_dir())


def with_article(name: str, capital: bool = False) -> str:
    """Return « la France », « La France », « l'Argentine », « les Maldives », « Cuba »."""
    return default_grammar().with_article(name, capital)


def subject_pronoun(name: str, capital: bool = False) -> str:
    """Return il, elle, ils or elles for ``name``."""
    return default_grammar().subject_pronoun(name, capital)


def agree(name: str, word: str) -> str:
    """Return ``word`` agreed with ``name``: ``agree("Argentine", "abstenu")`` → « abstenue »."""
    return default_grammar().agree(name, word)


def verb(name: str, singular: str, plural: str) -> str:
    """Return the verb form agreeing in number: ``verb("Maldives", "a voté", "ont voté")`` → « ont voté »."""
    return default_grammar().verb(name, singular, plural)


def to(name: str, capital: bool = False) -> str:
    """Return « à la France », « au Bénin », « aux États-Unis d'Amérique », « à Cuba »."""
    return default_grammar().to(name, capital)


def of(name: str, capital: bool = False) -> str:
    """Return « de la France », « du Bénin », « des États-Unis d'Amérique », « de Cuba », « d'Israël »."""
    return default_grammar().of(name, capital)
