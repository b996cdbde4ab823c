"""Country, regional group and sub-region names in English, for replies to questions asked in English.

The record names members as the UN's French text does (« Pays-Bas (Royaume des) »); a reply in
English names them as the UN's English documents do ("Netherlands (Kingdom of the)"). pycountry
gives the common English name of every ISO 3166 code; where the UN's English name differs, the
reviewed table below gives the UN's. Quotes of the text are never translated: only the names a
reply frames them with.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

import pycountry

from bot.core.votes.countries import MEMBERS_FILE, default_corpus_dir
from bot.core.votes.iso_names import names_of, uninvert

NAMES_FILE = "pays_noms.csv"
# The UN's English short names (UN Terminology, "UNTERM"), where pycountry's common name is another.
_UN_ENGLISH = {
    "BOL": "Bolivia (Plurinational State of)",
    "COD": "Democratic Republic of the Congo",
    "CPV": "Cabo Verde",
    "CZE": "Czechia",
    "FSM": "Micronesia (Federated States of)",
    "GBR": "United Kingdom of Great Britain and Northern Ireland",
    "IRN": "Iran (Islamic Republic of)",
    "KOR": "Republic of Korea",
    "LAO": "Lao People's Democratic Republic",
    "MDA": "Republic of Moldova",
    "NLD": "Netherlands (Kingdom of the)",
    "PRK": "Democratic People's Republic of Korea",
    "PSE": "State of Palestine",
    "RUS": "Russian Federation",
    "SYR": "Syrian Arab Republic",
    "TUR": "Türkiye",
    "TZA": "United Republic of Tanzania",
    "USA": "United States of America",
    "VEN": "Venezuela (Bolivarian Republic of)",
    "VNM": "Viet Nam",
}
# The five UN regional groups, as the groups file names them, and their English names.
_GROUPS = {
    "Afrique": "African States",
    "Asie-Pacifique": "Asia-Pacific States",
    "Europe orientale": "Eastern European States",
    "Amérique latine et Caraïbes": "Latin American and Caribbean States",
    "Europe occidentale et autres États": "Western European and other States",
}
# The M49 geographic sub-regions of corpus/sous_regions_m49.csv (UN Statistics Division).
# Places students name as if they voted (questions/routes/vote_groupings.TERRITORIES).
_PLACES = {
    "Écosse": "Scotland",
    "Angleterre": "England",
    "Pays de Galles": "Wales",
    "Irlande du Nord": "Northern Ireland",
    "Québec": "Quebec",
    "Catalogne": "Catalonia",
    "Groenland": "Greenland",
    "Porto Rico": "Puerto Rico",
    "Outre-mer français (DOM-TOM)": "French overseas departments and territories",
}
_SUBREGIONS = {
    "Afrique australe": "Southern Africa",
    "Afrique centrale": "Middle Africa",
    "Afrique de l'Est": "Eastern Africa",
    "Afrique de l'Ouest": "Western Africa",
    "Afrique du Nord": "Northern Africa",
    "Amérique centrale": "Central America",
    "Amérique du Nord": "Northern America",
    "Amérique du Sud": "South America",
    "Asie centrale": "Central Asia",
    "Asie de l'Est": "Eastern Asia",
    "Asie de l'Ouest": "Western Asia",
    "Asie du Sud": "Southern Asia",
    "Asie du Sud-Est": "South-eastern Asia",
    "Caraïbes": "Caribbean",
    "Europe de l'Est": "Eastern Europe",
    "Europe de l'Ouest": "Western Europe",
    "Europe du Nord": "Northern Europe",
    "Europe du Sud": "Southern Europe",
}


def english_of_code(code: str) -> str | None:
    """The English name of an ISO 3166 alpha-3 code: the UN's, else pycountry's common one."""
    if code in _UN_ENGLISH:
        return _UN_ENGLISH[code]
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return None
    return str(getattr(country, "common_name", None) or country.name)


def english_names(corpus_dir: Path) -> dict[str, str]:
    """Every French name a reply may show (members, other States, territories, groups) → English."""
    out = {**_GROUPS, **_SUBREGIONS, **_PLACES}
    for table in (MEMBERS_FILE, NAMES_FILE):
        with (corpus_dir / table).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(line for line in handle if not line.startswith("#")):
                english = english_of_code(row["code"])
                if english is not None:
                    out.setdefault(row["nom"], english)
    # The others the country index shows by pycountry's French name, as it does (« État de
    # Palestine », « Îles Féroé »): "State of Palestine was not a member…", not « État de Palestine ».
    for entry in pycountry.countries:
        _, translated = names_of(entry)
        english = english_of_code(entry.alpha_3)
        if translated and english is not None:
            out.setdefault(uninvert(translated[0]), english)
    return out


@cache
def default_english_names() -> dict[str, str]:
    """The English names of the corpus shipped with the package, read once."""
    return english_names(default_corpus_dir())


def in_english(name: str) -> str:
    """``name`` in English if it is a country's, group's or sub-region's French name; else as is."""
    return default_english_names().get(name, name)
