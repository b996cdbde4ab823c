"""Capitals and seats of government that stand for a State in talk of a vote.

« Pékin a voté pour ? », "did the Kremlin back it?", « Washington, Londres et Ottawa ont voté
contre ? »: in a vote question, students name governments by their seat, as the press does. The
vote route reads them as the State, and only there: « je suis de Berlin » names a city, not an
identity, and the country index never learns these names.

Cities the resolution itself names (Vienne, Paris, Buenos Aires) stand for a government only as
the subject of a vote verb: their declarations and plans of action are no governments. Left out:
Brussels, which students use for the European Union; capitals that share their country's name
(Koweït, Luxembourg, Djibouti…), which the index reads.
"""

from __future__ import annotations

import re

from bot.core.text.french import fold
from bot.core.text.gates import gated

# Folded names (French and English spellings) → a French name the country index reads.
_SEATS: dict[str, str] = {
    # Members of the Council in 2024.
    "pretoria": "Afrique du Sud",
    "alger": "Algérie",
    "algiers": "Algérie",
    "dacca": "Bangladesh",
    "dhaka": "Bangladesh",
    "porto-novo": "Bénin",
    "cotonou": "Bénin",
    "brasilia": "Brésil",
    "gitega": "Burundi",
    "bujumbura": "Burundi",
    "yaounde": "Cameroun",
    "abidjan": "Côte d'Ivoire",
    "yamoussoukro": "Côte d'Ivoire",
    "san jose": "Costa Rica",
    "putrajaya": "Malaisie",
    "koweit city": "Koweït",
    "kuwait city": "Koweït",
    "pekin": "Chine",
    "beijing": "Chine",
    "la havane": "Cuba",
    "havana": "Cuba",
    "abou dhabi": "Émirats arabes unis",
    "abu dhabi": "Émirats arabes unis",
    "asmara": "Érythrée",
    "banjul": "Gambie",
    "accra": "Ghana",
    "tegucigalpa": "Honduras",
    "new delhi": "Inde",
    "delhi": "Inde",
    "jakarta": "Indonésie",
    "astana": "Kazakhstan",
    "bichkek": "Kirghizistan",
    "bishkek": "Kirghizistan",
    "kuala lumpur": "Malaisie",
    "lilongwe": "Malawi",
    "rabat": "Maroc",
    "asuncion": "Paraguay",
    "doha": "Qatar",
    "mogadiscio": "Somalie",
    "mogadishu": "Somalie",
    "khartoum": "Soudan",
    "hanoi": "Viet Nam",
    "tirana": "Albanie",
    "berlin": "Allemagne",
    "sofia": "Bulgarie",
    "washington": "États-Unis",
    "maison blanche": "États-Unis",
    "white house": "États-Unis",
    "helsinki": "Finlande",
    "elysee": "France",
    "quai d'orsay": "France",
    "tbilissi": "Géorgie",
    "tbilisi": "Géorgie",
    "tokyo": "Japon",
    "vilnius": "Lituanie",
    "podgorica": "Monténégro",
    "amsterdam": "Pays-Bas",
    "la haye": "Pays-Bas",
    "the hague": "Pays-Bas",
    "bucarest": "Roumanie",
    "bucharest": "Roumanie",
    "saint-domingue": "République dominicaine",
    "santo domingo": "République dominicaine",
    "santiago": "Chili",
    # States without a seat in 2024 that students often name by their government's seat.
    "moscou": "Russie",
    "moscow": "Russie",
    "kremlin": "Russie",
    "kyiv": "Ukraine",
    "kiev": "Ukraine",
    "londres": "Royaume-Uni",
    "london": "Royaume-Uni",
    "downing street": "Royaume-Uni",
    "ottawa": "Canada",
    "canberra": "Australie",
    "madrid": "Espagne",
    "rome": "Italie",
    "teheran": "Iran",
    "tehran": "Iran",
    "ankara": "Turquie",
    "riyad": "Arabie saoudite",
    "riyadh": "Arabie saoudite",
    "caracas": "Venezuela",
    "pyongyang": "Corée du Nord",
    "seoul": "Corée du Sud",
    "islamabad": "Pakistan",
    "oslo": "Norvège",
    "stockholm": "Suède",
    "copenhague": "Danemark",
    "copenhagen": "Danemark",
    "varsovie": "Pologne",
    "warsaw": "Pologne",
    "budapest": "Hongrie",
    "athenes": "Grèce",
    "athens": "Grèce",
    "lisbonne": "Portugal",
    "lisbon": "Portugal",
    "dublin": "Irlande",
    "berne": "Suisse",
    "le caire": "Égypte",
    "cairo": "Égypte",
    "abuja": "Nigéria",
    "nairobi": "Kenya",
    "minsk": "Bélarus",
    "damas": "Syrie",
    "damascus": "Syrie",
    "bagdad": "Irak",
    "baghdad": "Irak",
    "kaboul": "Afghanistan",
    "kabul": "Afghanistan",
    "manille": "Philippines",
    "manila": "Philippines",
    "bangkok": "Thaïlande",
    "wellington": "Nouvelle-Zélande",
    "bogota": "Colombie",
    "managua": "Nicaragua",
}
_SEAT = gated(
    r"(?<![\w-])(?:le |la |l'|the )?("
    + "|".join(sorted(map(re.escape, _SEATS), key=len, reverse=True))
    + r")(?![\w-])"
)


# Cities the text names stand for a government only as the subject of a vote (« Paris a voté
# contre ? », "Buenos Aires abstained?"), never in « l'Accord de Paris » or « le Plan d'action de
# Buenos Aires ».
_NAMED_IN_TEXT = {"paris": "France", "vienne": "Autriche", "vienna": "Autriche", "buenos aires": "Argentine"}
_VOTING_SEAT = re.compile(
    r"(?<![\w-])(?<!de )(?<!d')(" + "|".join(map(re.escape, _NAMED_IN_TEXT)) + r")(?=\s+(?:a vote|a soutenu|"
    r"a appuye|a rejete|s'est abstenue?|a-t-il|a t il|etait (?:pour|contre)|voted|abstained|backed|supported|"
    r"was (?:for|against)|said (?:yes|no)|vote\b|votait))"
)


def seats_as_states(q: str) -> str | None:
    """The folded question with each seat of government replaced by its State's name, or ``None``.

    « pekin a vote pour ? » → « Chine a vote pour ? ».
    """
    replaced, count = _SEAT.subn(lambda m: _SEATS[m.group(1)], q)
    replaced, voting = _VOTING_SEAT.subn(lambda m: _NAMED_IN_TEXT[m.group(1)], replaced)
    return replaced if count or voting else None


def a_city_votes(q: str) -> bool:
    """Whether the folded question makes a city the text names the subject of a vote (« Paris a voté »)."""
    return bool(_VOTING_SEAT.search(q))


def state_of_seat(typed: str) -> str | None:
    """The State a whole input names by its seat (« Tokyo » → « Japon », /vote's country), or ``None``."""
    key = " ".join(fold(typed).lower().split())
    key = re.sub(r"^(?:le |la |l'|the )", "", key)
    return _SEATS.get(key) or _NAMED_IN_TEXT.get(key)
