"""Choose the typo threshold of the country matcher from measurements, not taste.

Positives: every UN member's French, English and record names (5+ letters), each with seeded
random typos (one edit: deletion, insertion, substitution or swap of two neighbours; and two
edits), kept only while the typo stays nearest to its own country's names. Negatives: places
and words that are no UN member state (regions, cities, fictions) and random letter strings.
For each threshold and margin it prints:
  precision   right countries / all silent answers (negatives answered count as wrong)
  wrong       silent wrong answers (the number that must be 0)
  answered    typos answered without a question
  asked_ok    typos answered with a question whose candidates include the right country
Run: .venv/bin/python benchmarks/country_matching.py
"""

from __future__ import annotations

import random
import string
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rapidfuzz.distance import Levenshtein

from bot.core.votes.countries import ACCEPT_SCORE, MARGIN, CountryIndex, country_key, load_countries

SEED = 562
NEGATIVES = [
    "Atlantide",
    "Narnia",
    "Wakanda",
    "Mordor",
    "Utopie",
    "Europe",
    "Afrique",
    "Asie",
    "Océanie",
    "Paris",
    "Londres",
    "Bruxelles",
    "Genève",
    "New York",
    "Texas",
    "Bretagne",
    "Corse",
    "Québec",
    "Catalogne",
    "Écosse",
    "Tibet",
    "Kurdistan",
    "Somaliland",
    "Transnistrie",
    "Zanzibar",
    "Sibérie",
    "Amazonie",
    "Patagonie",
    "Hawaï",
    "Alaska",
    "Sicile",
    "Sardaigne",
    "Crète",
    "Bavière",
    "Flandre",
    "Wallonie",
    "Laponie",
    "Scandinavie",
    "Balkans",
    "Caucase",
    "Maghreb",
    "Levant",
    "Mésopotamie",
    "Prusse",
    "Yougoslavie",
    "URSS",
    "Tchécoslovaquie",
    "Rhodésie",
    "Birmanie du Sud",
    "Conseil",
    "résolution",
    "droits de l'homme",
    "développement",
    "pour",
    "contre",
    "abstention",
    "bonjour",
    "merci",
    "vote",
    "Nations Unies",
    "Union européenne",
    "Amérique du Sud",
    "Moyen-Orient",
    "Lune",
    "Mars",
    "Jupiter",
    "Gondor",
    "Amérique du Nord",
    "Afrique du Nord",
    "Asie du Sud",
    "Irlande du Nord",
    "Guinée française",
    "Congo belge",
    "Soudan français",
    "Allemagne de l'Est",
    "Vietnam du Sud",
    "Yémen du Nord",
]


def typo(word: str, rng: random.Random) -> str:
    """Apply one random edit, as fingers do."""
    letters = string.ascii_lowercase
    i = rng.randrange(len(word))
    edit = rng.choice(["delete", "insert", "substitute", "swap"])
    if edit == "delete":
        return word[:i] + word[i + 1 :]
    if edit == "insert":
        return word[:i] + rng.choice(letters) + word[i:]
    if edit == "substitute":
        return word[:i] + rng.choice(letters.replace(word[i], "")) + word[i + 1 :]
    i = min(i, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _nearest(typed: str, own: set[str], every_key: list[str], index: CountryIndex) -> bool:
    """Whether ``typed`` is still nearest (Levenshtein) to its own country's names.

    Two edits can land a typo nearer another country ("zambie" → "amibie", one letter from
    Namibie): such a typo is that other name's, and counting it either way would be unfair.
    """
    key = country_key(typed)
    mine = min(Levenshtein.distance(key, k) for k in own)
    return all(Levenshtein.distance(key, k) >= mine for k in every_key if k not in own)


def cases(index: CountryIndex, rng: random.Random) -> tuple[list[tuple[str, str]], list[str]]:
    """Return (typed, expected code) typos and the negatives (words plus random strings)."""
    positives: list[tuple[str, str]] = []
    every_key = [k for c in index.countries.values() for k in index.keys_of(c)]
    for country in index.countries.values():
        if not country.un_member:
            continue
        own = set(index.keys_of(country))
        for key in index.keys_of(country):
            if len(key) < 5 or index.match(key).country != country:
                continue  # codes, and ambiguous names such as "congo": not typo material
            for edits in (1, 1, 2):
                typed = key
                for _ in range(edits):
                    typed = typo(typed, rng)
                if country_key(typed) not in every_key and _nearest(typed, own, every_key, index):
                    positives.append((typed, country.code))
    randoms = [
        "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 10))) for _ in range(300)
    ]
    return positives, NEGATIVES + randoms


def main() -> None:
    index = load_countries(ROOT / "corpus")
    positives, negatives = cases(index, random.Random(SEED))
    print(
        f"{len(positives)} typos of UN member names, {len(negatives)} negatives;",
        f"chosen: {ACCEPT_SCORE}/{MARGIN}",
    )
    print(
        f"{'accept':>6} {'margin':>6} {'precision':>9} {'wrong':>5}",
        f"{'answered':>8} {'asked_ok':>8} {'neg_ans':>7}",
    )
    for accept in (75.0, 80.0, 85.0, 88.0, 90.0, 92.0, 95.0):
        for margin in (0.0, 5.0, 8.0, 12.0):
            right = wrong = asked_ok = 0
            for typed, code in positives:
                found = index.match_with(typed, accept, margin)
                if found.country is None:
                    asked_ok += any(c.code == code for c in found.candidates)
                elif found.country.code == code:
                    right += 1
                else:
                    wrong += 1
            negative_answers = sum(index.match_with(t, accept, margin).country is not None for t in negatives)
            answered = right + wrong + negative_answers
            precision = right / answered if answered else 1.0
            print(
                f"{accept:6.0f} {margin:6.0f} {precision:9.4f} {wrong:5d} "
                f"{right / len(positives):8.1%} {asked_ok / len(positives):8.1%} {negative_answers:7d}"
            )
    latency(index, positives)


def latency(index: CountryIndex, positives: list[tuple[str, str]]) -> None:
    """Print the median cost of a lookup and of an autocomplete (Discord asks on each keystroke)."""
    import statistics
    import time

    def median_us(action: Callable[[], object], runs: int = 300) -> float:
        samples = []
        for _ in range(runs):
            start = time.perf_counter()
            action()
            samples.append((time.perf_counter() - start) * 1e6)
        return statistics.median(samples)

    typo = positives[len(positives) // 2][0]
    print(f"lookup 'la France'   median {median_us(lambda: index.match('la France')):8.1f} µs")
    print(f"lookup typo {typo!r:10} median {median_us(lambda: index.match(typo)):8.1f} µs")
    print(f"complete 'ma'        median {median_us(lambda: index.complete('ma')):8.1f} µs")
    print(f"complete 'frnace'    median {median_us(lambda: index.complete('frnace')):8.1f} µs")


if __name__ == "__main__":
    main()
