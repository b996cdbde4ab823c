"""Country names as people type them: French and English, official and short, codes, typos.

Names and ISO 3166 codes come from pycountry (English names, and French ones from the gettext
catalogues bundled in its wheel: nothing is downloaded); UN membership and the UN's French names
from ``corpus/etats_membres_onu.csv``; colloquial spellings from ``corpus/pays_alias.csv``; German
names and the members' own (« Litauen » sits near « citent », « Nihon »), looked up exactly only.
Typos go through rapidfuzz with a threshold measured by ``benchmarks/country_matching.py``: below it,
or when two countries score alike, the user is asked « Vouliez-vous dire … ? », never given a guess;
a name that sounds as one country's alone (« Maroque », sounds.py) names it.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterable
from pathlib import Path

from bot.core.errors import UserError
from bot.core.text.corpus import CorpusFormatError
from bot.core.text.french import fold
from bot.core.votes.capitals import state_of_seat
from bot.core.votes.country_types import Country, Match, MatchKind
from bot.core.votes.iso_names import names_of, uninvert
from bot.core.votes.sounds import SoundIndex

MAX_NAME_LENGTH = 100
MEMBERS_FILE = "etats_membres_onu.csv"
ALIASES_FILE = "pays_alias.csv"
EXACT_FILES = ("pays_noms_allemands.csv", "pays_noms_locaux.csv")  # never offered for a typo
# Names in other languages that a typo may still reach (« Greikenland », « Belgie »): none sits
# near a French word (benchmarks/country_matching.py counts the negatives).
FOREIGN_FILES = ("pays_noms_neerlandais.csv",)
# Demonyms, read only where the asker says who they are (« je suis chinoise », "as a Kenyan").
DEMONYMS_FILE = "gentiles.csv"
_DEMONYM_COLUMNS = ("code", "masculin", "feminin", "masculin_pluriel", "feminin_pluriel", "anglais", "autres")
# Territories whose ISO French name reads badly in a sentence (« Taïwan, province de Chine n'est
# pas membre », « Malouines, Îles (Falkland) »): the name the bot displays instead.
DISPLAY_FILE = "pays_noms.csv"

# Chosen from benchmarks/country_matching.py: 90 with a margin of 8 is the loosest setting
# with no silent wrong answer over 2072 generated typos and 377 non-countries (precision 1.0);
# 70 % of typos are answered outright and 30 % get a question naming the right country.
ACCEPT_SCORE = 90.0
# The runner-up must trail by this much, or the answer is a question (Iran / Irak, Niger / Nigeria).
MARGIN = 8.0
# Below this a name is not offered as a suggestion at all.
SUGGEST_SCORE = 60.0
SUGGESTIONS = 5
MAX_SUGGESTED = 3
# Suggestions scoring this far below the best one are noise.
NEAR = 15.0
# A typed prefix this long is offered as the names it starts ("Bosnie" → Bosnie-Herzégovine ?).
MIN_PREFIX = 4
# Words that make « Américains » a part of the continent (« latino americains », "South Americans").
_CONTINENT_PARTS = frozenset(
    {"latino", "latin", "sud", "south", "nord", "north", "centre", "central", "centro"}
)
# Codes and short aliases (US, UK, EAU, RDC) are exact-only: one typo in three letters is another code.
MIN_FUZZY_KEY = 4

_NON_WORD = re.compile(r"[^0-9a-z]+")
# Word boundaries of a sentence as typed (any case, accents): its words are keyed one by one.
_NON_WORD_TYPED = re.compile(r"[^\w]+|_")
_WORD_TYPED = re.compile(r"[^\W_]+")
_TYPED_CODE = re.compile(r"[A-Z]{3}|US|UK")
_ARTICLES = frozenset({"la", "le", "les", "l", "the"})
# French abbreviations typed in capitals that are also ISO codes: « les DOM-TOM » (not the
# Dominican Republic), « une COM » (a collectivité d'outre-mer, not the Comoros).
_NOT_CODES = frozenset({"dom", "com", "tom"})
# English words and acronyms typed in capitals that are also ISO codes: the Non-Aligned Movement
# (not Namibia), "AND", "ARE", "CAN", "PER", "EST" (not Andorra, the Emirates, Canada, Peru,
# Estonia: "5pm EST").
_NOT_CODES_IN_ENGLISH = _NOT_CODES | {"nam", "and", "are", "can", "per", "est"}
# Country names that are also common words or first names: a country only when capitalised.
_COMMON_WORDS = frozenset({"reunion", "grenade", "maurice", "dominique", "jersey"})
_PARENTHESIS = re.compile(r"\s*\([^)]*\)")

# Single words up to this length are remembered by country_key (bounded LRU).
_CACHED_WORD = 30

_VOWELS = frozenset("aeiouy")


def country_key(text: str) -> str:
    """Reduce a name to its lookup key: no case, accents, punctuation, apostrophe or leading article."""
    # find_in keys every word of a sentence, and sentences repeat their words: single words are
    # remembered (bounded), whole names and sentences are not.
    return _word_key(text) if len(text) <= _CACHED_WORD else _key(text)


@functools.lru_cache(maxsize=8192)
def _word_key(text: str) -> str:
    return _key(text)


def _key(text: str) -> str:
    words = _NON_WORD.sub(" ", fold(text)).split()
    while len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words)


class CountryIndex:
    """Every ISO 3166 country under all the names a user may type, with a typo-tolerant lookup."""

    def __init__(
        self,
        countries: Iterable[Country],
        names: Iterable[tuple[str, str]],
        demonyms: Iterable[tuple[str, str]] = (),
        exact: Iterable[tuple[str, str]] = (),
    ) -> None:
        self.countries = {c.code: c for c in countries}
        self._demonyms = {country_key(word): code for word, code in demonyms}
        self._demonym_firsts = frozenset(key.split()[0] for key in self._demonyms)
        self._keys: dict[str, set[str]] = {}
        names, exact = list(names), list(exact)
        only_exact = {country_key(n) for n, _ in exact} - {country_key(n) for n, _ in names}
        for name, code in (*names, *exact):
            for key in {country_key(name), country_key(_PARENTHESIS.sub("", name))}:
                if key:
                    self._keys.setdefault(key, set()).add(code)
        # "Sri Lanka" typed "srilanka", "Viet Nam" typed "vietnam": spaces do not matter exactly.
        self._compact: dict[str, set[str]] = {}
        for key, codes in self._keys.items():
            self._compact.setdefault(key.replace(" ", ""), set()).update(codes)
        self._fuzzy_keys = [k for k in self._keys if len(k) >= MIN_FUZZY_KEY and k not in only_exact]
        self._by_name = {c.name: c for c in self.countries.values()}
        # The words a name can start with: find_in tries no run from any other word.
        self._first_words = frozenset(key.split()[0] for key in self._keys)

    @functools.cached_property
    def _sounds(self) -> SoundIndex:
        # (Read only when no spelling is close: not on the first lookup's path, some 20 ms.)
        return SoundIndex(self._fuzzy_keys, self._keys)

    @property
    def key_count(self) -> int:
        """Return how many distinct spellings the index knows."""
        return len(self._keys)

    def by_name(self, name: str) -> Country | None:
        """Return the country displayed as ``name`` exactly, or ``None``."""
        return self._by_name.get(name)

    def find_in(self, text: str, max_words: int = 5) -> list[Country]:
        """Return the countries a sentence names, in order: exact names, codes and aliases only.

        The last few texts' answers are kept: a question's routes ask it of the same text.

        Every run of up to ``max_words`` words is looked up once, longest first, so the cost is
        linear in the sentence. A three-letter code counts only when typed in capitals (« USA »,
        « RDC »), since « sur » or « est » are codes too; two letters only for « US » and « UK »,
        since « AG » and « SG » are the General Assembly and the Secretary-General to students.
        """
        return list(self._found_in(text, max_words))

    @functools.lru_cache(maxsize=8)  # noqa: B019 - the index lives as long as the process
    def _found_in(self, text: str, max_words: int) -> tuple[Country, ...]:
        typed = _NON_WORD_TYPED.sub(" ", text).split()
        keys = [self._unglued(country_key(word)) for word in typed]
        found: list[Country] = []
        start = 0
        while start < len(keys):
            named = self.named_at(typed, keys, start, max_words)
            if named is None:
                start += 1
                continue
            country, size = named
            if start > 0 and keys[start - 1] in _CONTINENT_PARTS and keys[start].startswith("americ"):
                start += size  # « les latino-américains », "South Americans": a region, not the US
                continue
            if country not in found:
                found.append(country)
            start += size
        return tuple(found)

    def _unglued(self, key: str) -> str:
        """A name typed with its article glued on, as phones type it (« lindonesie », « lafrique »)."""
        if (
            key[:1] == "l"
            and key[1:2] in _VOWELS
            and key not in self._first_words
            and key[1:] in self._first_words
        ):
            return key[1:]
        return key

    def is_demonym(self, key: str) -> bool:
        """Whether a ``country_key`` is a demonym (« chinoise », "kenyan")."""
        return key in self._demonyms

    def named_at(
        self, typed: list[str], keys: list[str], start: int, max_words: int = 5, *, demonyms: bool = False
    ) -> tuple[Country, int] | None:
        """Return the country the words from ``start`` name, and how many words, or ``None``.

        ``typed`` are the words as typed, ``keys`` their ``country_key``. With ``demonyms``, the
        asker's own nationality counts too (« chinoise », "South Sudanese"): only where the asker
        says who they are, since elsewhere « français » is a language and « indien » an ocean.
        """
        if keys[start] not in self._first_words and not (demonyms and keys[start] in self._demonym_firsts):
            return None  # no name starts here (an empty key, punctuation)
        for size in range(min(max_words, len(keys) - start), 0, -1):
            key = " ".join(k for k in keys[start : start + size] if k)
            if demonyms and key in self._demonyms:
                return self.countries[self._demonyms[key]], size
            if size == 1 and len(key) <= 3 and (not _TYPED_CODE.fullmatch(typed[start]) or key in _NOT_CODES):
                continue
            if size == 1 and key in _COMMON_WORDS and not typed[start][:1].isupper():
                continue  # « la réunion du Conseil », « une grenade »: a word, not La Réunion
            codes = self._keys.get(key)
            if codes and len(codes) == 1 and key not in _ARTICLES:
                return self.countries[next(iter(codes))], size
        return None

    def named_in_french(self, text: str, max_words: int = 5) -> str:
        """Return ``text`` with every country name of two words or more written as we display it.

        An English question is glossed word by word before it is routed: « South Sudan » would
        become « sud Sudan », which names Sudan. Written « Soudan du Sud » first, it stays itself.
        One-word names (« Germany ») survive the gloss and are left as typed; a code typed in
        capitals (« FRA and DEU ») would not (the gloss folds the case): it is written out too.
        Linear, as ``find_in``.
        """
        words = list(_WORD_TYPED.finditer(text))
        keys = [country_key(word.group()) for word in words]
        out: list[str] = []
        last = start = 0
        # (Not in a message typed all in capitals: "HOW CAN AND SHOULD…" names no Canada, no Andorra.)
        shouted = text.isupper()
        while start < len(keys):
            typed = words[start].group()
            if (
                not shouted
                and len(typed) == 3
                and _TYPED_CODE.fullmatch(typed)
                and keys[start] not in _NOT_CODES_IN_ENGLISH
            ):
                codes = self._keys.get(keys[start])
                if codes and len(codes) == 1:
                    country = self.countries[next(iter(codes))]
                    out += [text[last : words[start].start()], self._short_name(country)]
                    last = words[start].end()
                    start += 1
                    continue
            for size in range(min(max_words, len(keys) - start), 1, -1):
                key = " ".join(k for k in keys[start : start + size] if k)
                codes = self._keys.get(key)
                if codes and len(codes) == 1:
                    country = self.countries[next(iter(codes))]
                    out += [text[last : words[start].start()], self._short_name(country)]
                    last = words[start + size - 1].end()
                    start += size - 1
                    break
            start += 1
        return "".join([*out, text[last:]])

    def _short_name(self, country: Country) -> str:
        """The display name, or for a long one its shortest unique spelling.

        « Royaume-Uni de Grande-Bretagne et d'Irlande du Nord » would name Ireland too when read
        again; « royaume-uni » names the one country.
        """
        if len(country.name.split()) <= 4:
            return country.name
        first = country_key(country.name).split()[0]
        unique = [
            k
            for k, codes in self._keys.items()
            if codes == {country.code} and k.split()[0] == first and len(k.split()) <= 3
        ]
        return min(unique, key=len).replace(" ", "-") if unique else country.name

    def keys_of(self, country: Country) -> list[str]:
        """Return every lookup key that names ``country`` (for tests and the benchmark)."""
        return sorted(k for k, codes in self._keys.items() if country.code in codes)

    def match(self, typed: str) -> Match:
        """Understand ``typed``: a known name or code, a clear typo, or the candidates to ask about.

        A start of a name ("Trinité") and a weak or contested typo ("Iram": Iran or Iraq?) give
        candidates and no country: the caller asks rather than guesses.
        """
        return self.match_with(typed, ACCEPT_SCORE, MARGIN)

    def match_with(self, typed: str, accept: float, margin: float) -> Match:
        """Like ``match`` with another typo threshold and margin (the benchmark measures them)."""
        key = country_key(typed)
        if not key:
            return Match(MatchKind.UNKNOWN, None, score=0.0)
        compact = key.replace(" ", "")
        # Compact forms of two or three letters would be codes ("u a" is not UA, Ukraine).
        codes = self._keys.get(key) or (self._compact.get(compact) if len(compact) >= MIN_PREFIX else None)
        if codes:
            return self._decide(MatchKind.EXACT, codes)
        fuzzy = self._fuzzy(key, accept, margin)
        if fuzzy.country is not None:
            return fuzzy
        heard = self._sounds.only(key)
        if heard is not None:  # « Maroque » sounds as « Maroc » alone
            return Match(MatchKind.FUZZY, self.countries[heard], score=fuzzy.score)
        if len(key) >= MIN_PREFIX:
            prefixed = {c for k, cs in self._keys.items() if k.startswith(key) for c in cs}
            if prefixed:
                # A start of a name is a question, not an answer: "Afrique" is not Afrique du Sud.
                found = sorted((self.countries[c] for c in prefixed), key=lambda c: fold(c.name))
                return Match(MatchKind.PREFIX, None, tuple(found[:MAX_SUGGESTED]))
        return fuzzy

    def resolve(self, typed: str) -> Country:
        """Return the one country ``typed`` names, or raise ``pays_ambigu`` / ``pays_inconnu``."""
        shown = typed.strip()[:MAX_NAME_LENGTH]
        if len(typed.strip()) > MAX_NAME_LENGTH:
            raise UserError("pays_inconnu", saisie=shown, suggestions=[], drapeaux={})
        found = self.match(typed)
        if found.country is not None:
            return found.country
        seat = state_of_seat(typed)
        if seat is not None:
            # /vote Tokyo, /vote Kremlin: the government for its State (not « Togo ? »).
            return self.resolve(seat)
        names = [c.name for c in found.candidates]
        flags = {c.name: c.flag for c in found.candidates}
        if found.kind in {MatchKind.AMBIGUOUS, MatchKind.PREFIX} and names:
            raise UserError("pays_ambigu", saisie=shown, candidats=names, drapeaux=flags)
        raise UserError("pays_inconnu", saisie=shown, suggestions=names, drapeaux=flags)

    def complete(self, typed: str, first: Iterable[str] = (), limit: int = 25) -> list[Country]:
        """Return the countries a partly typed name may be, best first.

        Tiers: the displayed name starts with what is typed; another of its names or codes does;
        a later word of one of its names does; only when none, close typos ("frnace"). Within a
        tier, the countries whose code is in ``first`` (the Council members) come first, then
        other UN members, then territories, each in alphabetical order.
        """
        preferred = set(first)
        key = country_key(typed)
        tier: dict[str, int] = {}
        if not key:
            tier = dict.fromkeys(preferred, 0)
        else:
            for k, codes in self._keys.items():
                if k.startswith(key) or f" {key}" in k:
                    level = 1 if k.startswith(key) else 2
                    for code in codes:
                        tier[code] = min(level, tier.get(code, level))
            for code in tier:
                if country_key(self.countries[code].name).startswith(key):
                    tier[code] = 0
            if not tier:
                tier = {c: 3 for c, score in self._scores(key, SUGGESTIONS) if score >= SUGGEST_SCORE}
        # Within a tier: Council members (they voted), other UN members (they get an exact « not
        # a member » answer), then territories, which a student looking up the vote rarely means.
        ordered = sorted(tier, key=lambda c: (tier[c], c not in preferred, self._rank(c)))
        return [self.countries[c] for c in ordered[:limit]]

    def _rank(self, code: str) -> tuple[bool, str]:
        country = self.countries[code]
        return not country.un_member, fold(country.name)

    def _decide(self, kind: MatchKind, codes: set[str]) -> Match:
        found = sorted((self.countries[c] for c in codes), key=lambda c: fold(c.name))
        if len(found) == 1:
            return Match(kind, found[0])
        return Match(MatchKind.AMBIGUOUS, None, tuple(found))

    def scores(self, typed: str, limit: int = SUGGESTIONS) -> list[tuple[str, float]]:
        """Return ``(code, score 0-100)`` of the countries whose names are closest to ``typed``."""
        return self._scores(country_key(typed), limit)

    def _scores(self, key: str, limit: int) -> list[tuple[str, float]]:
        from rapidfuzz import fuzz, process  # imported on first typo: start-up stays light

        best: dict[str, float] = {}
        for candidate, score, _ in process.extract(
            key, self._fuzzy_keys, scorer=fuzz.ratio, limit=limit * 4, score_cutoff=SUGGEST_SCORE / 2
        ):
            for code in self._keys[candidate]:
                best[code] = max(score, best.get(code, 0.0))
        return sorted(best.items(), key=lambda item: -item[1])[:limit]

    def _fuzzy(self, key: str, accept: float = ACCEPT_SCORE, margin: float = MARGIN) -> Match:
        scores = self._scores(key, SUGGESTIONS)
        if not scores:
            return Match(MatchKind.UNKNOWN, None, score=0.0)
        top = scores[0][1]
        runner_up = scores[1][1] if len(scores) > 1 else 0.0
        if top >= accept and top - runner_up >= margin:
            return Match(MatchKind.FUZZY, self.countries[scores[0][0]], score=top)
        # Suggest the names that score near the best one: a question, never a guess.
        close = tuple(self.countries[c] for c, s in scores if s >= SUGGEST_SCORE and top - s < NEAR)
        return Match(MatchKind.UNKNOWN, None, close[:MAX_SUGGESTED], score=top)


def load_countries(corpus_dir: Path, council: Iterable[str] = ()) -> CountryIndex:
    """Build the index from pycountry and the corpus files; ``council`` names must be UN members."""
    import pycountry

    members_path = corpus_dir / MEMBERS_FILE
    un_names = {row["code"]: row["nom"] for _, row in _rows(members_path, ("code", "nom"))}
    display_path = corpus_dir / DISPLAY_FILE
    shown = {row["code"]: (line, row["nom"]) for line, row in _rows(display_path, ("code", "nom"))}
    countries: list[Country] = []
    names: list[tuple[str, str]] = []
    exact: list[tuple[str, str]] = []
    for entry in pycountry.countries:
        code = entry.alpha_3
        english_names, french_names = names_of(entry)
        override = shown.get(code, (0, ""))[1]
        display = (
            un_names.get(code) or override or uninvert(french_names[0] if french_names else english_names[0])
        )
        countries.append(Country(code, entry.alpha_2, display, code in un_names))
        every = (*english_names, *french_names)
        for name in (display, *every, *(uninvert(n, loose=True) for n in every)):
            names.append((name, code))
        names.extend(((entry.alpha_2, code), (entry.alpha_3, code)))
    known = {c.code for c in countries}
    for code in un_names:
        if code not in known:
            raise CorpusFormatError(members_path, None, f"code ISO inconnu : {code}")
    for code, (line, _) in shown.items():
        # The UN's own name of a Member State is never overridden.
        if code not in known or code in un_names:
            raise CorpusFormatError(display_path, line, f"code ISO inconnu ou État Membre : {code}")
    missing = [n for n in council if n not in un_names.values()]
    if missing:
        raise CorpusFormatError(members_path, None, f"membres du Conseil absents : {', '.join(missing)}")
    sources = (
        (corpus_dir / ALIASES_FILE, names),
        *((corpus_dir / f, names) for f in FOREIGN_FILES),
        *((corpus_dir / f, exact) for f in EXACT_FILES),
    )
    for path, into in sources:
        for line, row in _rows(path, ("alias", "codes")):
            for code in row["codes"].split("|"):
                if code not in known:
                    raise CorpusFormatError(path, line, f"code ISO inconnu : {code}")
                into.append((row["alias"], code))
    demonyms_path = corpus_dir / DEMONYMS_FILE
    demonyms: list[tuple[str, str]] = []
    seen: dict[str, str] = {}
    # A cell is empty where no demonym is in use (« Saint-Kitts-et-Nevis »), or where two States
    # share one (« congolais » is given to the Congo, not the DR Congo).
    for line, row in _rows(demonyms_path, _DEMONYM_COLUMNS, required=("code",)):
        if row["code"] not in known:
            raise CorpusFormatError(demonyms_path, line, f"code ISO inconnu : {row['code']}")
        for column in _DEMONYM_COLUMNS[1:]:
            for word in filter(None, (w.strip() for w in row[column].split("|"))):
                key = country_key(word)
                if seen.setdefault(key, row["code"]) != row["code"]:
                    raise CorpusFormatError(demonyms_path, line, f"gentilé de deux pays : {word}")
                demonyms.append((word, row["code"]))
    return CountryIndex(countries, names, demonyms, exact)


def default_corpus_dir() -> Path:
    """Return the corpus shipped with the package (a wheel) or at the top of a checkout."""
    package = Path(__file__).resolve().parents[2]
    bundled = package / "_data" / "corpus"
    return bundled if bundled.is_dir() else package.parent / "corpus"


def _rows(
    path: Path, columns: tuple[str, ...], required: tuple[str, ...] | None = None
) -> list[tuple[int, dict[str, str]]]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if tuple(reader.fieldnames or ()) != columns:
                raise CorpusFormatError(path, 1, f"colonnes attendues : {', '.join(columns)}")
            rows = [(number, row) for number, row in enumerate(reader, start=2)]
    except OSError as exc:
        raise CorpusFormatError(path, None, f"fichier illisible ({exc})") from exc
    for number, row in rows:
        if not all(row.get(c) for c in (columns if required is None else required)):
            raise CorpusFormatError(path, number, "champ vide")
    return rows
