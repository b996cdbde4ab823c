"""Replies in English: every template, English typography, French quotes labelled (issue 18).

The French text of the templates is the message id; an English reply must show none of it. The
check below takes every literal piece of every message id (the words between placeholders) and
looks for it in the English replies, after blanking out the values printed into them: the quotes,
names and user input, which stay French by design.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from babel.messages.pofile import read_po
from study.contexts import study_contexts
from study.revision_contexts import revision_contexts

from bot.app import App
from bot.commands import catalog
from bot.commands.spec import Surface
from bot.core.service import Service
from bot.render.i18n import LOCALE_DIR
from bot.render.replies import Replies
from bot.render.templates import Renderer
from bot.render.typography import NARROW_NBSP, NBSP
from bot.settings import Settings
from tests.render.test_templates import _contexts, _full, _kinds
from tests.render.test_typography import _bot_text

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"
OFFICIAL = "Quotes: official French text."
# No space before these in English; « » are French quotes (a quiz prompt keeps them around a quote).
SPACED = re.compile(r" [:;?!]")
PLACEHOLDER = re.compile(r"%\([a-z_]+\)s|\{[a-z0-9_]*\}|\*\*")


@pytest.fixture(scope="module")
def service() -> Service:
    return Service.from_corpus(ROOT / "corpus")


@pytest.fixture(scope="module")
def app(service: Service) -> App:
    return App(Settings(discord_token=None), service=service)


@pytest.fixture(scope="module")
def contexts(service: Service) -> dict[str, list[dict[str, Any]]]:
    return _contexts(service) | study_contexts(service) | revision_contexts(service)


def _french_pieces() -> list[str]:
    """The literal French of every message id: the words between its placeholders, 12 characters up."""
    with (LOCALE_DIR / "en" / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        messages = [m for m in read_po(handle) if m.id]
    pieces: set[str] = set()
    for message in messages:
        for text in message.id if isinstance(message.id, tuple) else (message.id,):
            pieces.update(p.strip() for p in PLACEHOLDER.split(text) if len(p.strip()) >= 12)
    # The ones an English reply may show: English words, or French proper nouns the text itself uses.
    return sorted(p for p in pieces if p not in {"DISCORD_TOKEN", "coopération Sud-Sud"})


@pytest.mark.parametrize("markup", [True, False], ids=["markup", "plain"])
def test_every_template_renders_in_english(app, service, contexts, markup):
    """Every template, every context: English words, English spacing, not a French sentence left."""
    english = app.replies_for(markup=markup, lang="en").renderer
    french = app.replies_for(markup=markup).renderer
    pieces = _french_pieces()
    leaks: dict[str, list[str]] = {}
    for kind in _kinds(english):
        for ctx in contexts[kind]:
            text = _full(english.render(kind, **ctx))
            assert text != _full(french.render(kind, **ctx)), kind
            # Bold, italics and escapes are markup around the words (an italic verb opens a quote).
            own = _bot_text(text.replace("*", "").replace("\\", ""), ctx, service)
            assert NBSP not in own, (kind, own)
            assert NARROW_NBSP not in own, (kind, own)
            found = [m.group() for m in SPACED.finditer(own)] + [p for p in pieces if p in own]
            if found:
                leaks.setdefault(kind, []).extend(found)
    assert leaks == {}
    assert len(pieces) > 200  # the check above looked for something


def test_leak_check_sees_an_untranslated_sentence(app, service, contexts):
    """Control: a French sentence the catalog lacks shows up in the English reply, and is caught."""
    english = Renderer(TEMPLATES, lang="en", markup=False)
    english.env.globals["_"] = lambda message, **values: message % values  # as if nothing were translated
    text = _full(english.render("erreurs/requete_vide", **contexts["erreurs/requete_vide"][0]))
    assert [p for p in _french_pieces() if p in text] == [
        "Que cherchez-vous ?",
        "Tapez un ou plusieurs mots, par exemple : coopération Sud-Sud, Haut-Commissaire, 70/1.",
    ]


def test_quotes_stay_french_and_are_labelled(app):
    """An English reply quotes the official French text, byte for byte, and says so once."""
    english = app.replies_for(markup=False, lang="en")
    text = app.service.paragraphs("29")[0].text
    reply = english.paragraphe("29")
    assert reply.title == "OP29 · Operative paragraph 29"
    assert reply.description == f"{OFFICIAL}\n\n{text}"
    search = english.cherche("coopération Sud-Sud")
    assert search.description.startswith(OFFICIAL)
    assert search.title == "Search: “coopération Sud-Sud”"
    assert english.paragraphe("PP1-PP2").description.count(OFFICIAL) == 1
    # French needs no label: all of it is French.
    assert "official" not in app.replies_for(markup=False).paragraphe("29").description


def test_help_names_commands_as_the_client_shows_them(app):
    """/aide lists the English names for an English client, the French ones otherwise."""
    english = app.replies_for(markup=True, lang="en").aide().description
    french = app.replies_for(markup=True).aide().description
    for command in catalog.on(Surface.DISCORD):
        assert f"**/{command.english}**" in english, command.english
        assert f"**/{command.name}**" in french, command.name
    assert "**/paragraphe**" not in english
    assert "(group:GRULAC)" in english
    assert "(groupe:GRULAC)" in french
    [menu] = catalog.MENUS
    assert f"Apps → {menu.en}" in english
    assert f"Applications → {menu.fr}" in french
    assert f"option **{catalog.BY_NAME['paragraphe'].option('prive').english}**" in english


def test_errors_name_english_commands(app, service):
    """An error that names a command names it as an English client shows it (« /references »)."""
    from bot.core.errors import UserError

    english = app.replies_for(markup=False, lang="en").renderer
    unknown = english.error(UserError("aucune_etude")).description
    assert unknown == "No reading session is in progress in this channel. Start one with /study."
    with pytest.raises(UserError) as caught:
        service.vote("Atlantide")
    text = english.error(caught.value).as_text()
    assert text.startswith("Country not recognised\n\nI cannot find “Atlantide” among the countries I know.")
    assert "/vote gives the whole vote of the 47 members" in text


def test_english_dates_ordinals_and_plurals(app):
    """English dates (« 10 July 2024 »), ordinals (« 34th meeting ») and plural forms."""
    english = app.replies_for(markup=False, lang="en")
    card = english.resolution().as_text()
    assert "**Adopted**" not in card
    assert "Adopted: on 10 July 2024, at the 34th meeting" in card
    assert "Body: Human Rights Council, 56th session (18 June-12 July 2024)" in card
    assert "original: English" in card
    assert english.cherche("xylophone").footer.startswith("0 results")
    assert app.replies_for(markup=False).cherche("xylophone").footer.startswith("0 résultat ·")
    assert english.references("70/1").footer == "1 document · A/HRC/RES/56/2"


def test_english_country_sentences_name_countries_in_english(app):
    """English replies name a country and its group as the UN's English documents do, no article."""
    english = app.replies_for(markup=False, lang="en")
    argentina = english.vote("Argentine")
    assert argentina.title == "Vote: 🇦🇷 Argentina"
    assert argentina.description.startswith(
        "🇦🇷 Argentina abstained in the vote on resolution 56/2.\n"
        "Regional group: Latin American and Caribbean States (GRULAC)."
    )
    assert english.vote("Italie").description.startswith(
        "🇮🇹 Italy was not a member of the Human Rights Council in 2024, so it did not vote."
    )
    assert "Netherlands (Kingdom of the)" in english.vote("Pays-Bas").description
    # French replies keep the record's names.
    assert app.replies_for(markup=False).vote("Argentine").description.startswith("🇦🇷 L'**Argentine**") or (
        "Argentine" in app.replies_for(markup=False).vote("Argentine").description
    )


@pytest.mark.parametrize(
    ("typed", "french", "english"),
    [
        ("Palestine", "État de Palestine", "State of Palestine"),
        ("Îles Féroé", "Îles Féroé", "Faroe Islands"),
        ("Polynésie française", "Polynésie française", "French Polynesia"),
    ],
)
def test_every_place_the_index_shows_in_french_is_named_in_english(app, typed, french, english):
    """Not only members and the names table: a State or territory shown by pycountry's French name."""
    reply = app.replies_for(markup=False, lang="en").vote(typed).description
    assert english in reply, reply
    assert french not in reply, reply
    assert french in app.replies_for(markup=False).vote(typed).description


def test_french_is_the_default_language(service):
    """A renderer or replies asked for no language, or an unknown one, speak French."""
    assert Renderer(TEMPLATES).lang == "fr"
    assert Renderer(TEMPLATES, lang="de").lang == "fr"
    replies = Replies(service, Renderer(TEMPLATES, markup=False))
    assert replies.paragraphe("29").title == "OP29 · Paragraphe 29 du dispositif"


@pytest.mark.parametrize(
    ("number", "french", "english"),
    [
        (1, "1re", "1st"),
        (2, "2e", "2nd"),
        (3, "3e", "3rd"),
        (11, "11e", "11th"),
        (34, "34e", "34th"),
        (56, "56e", "56th"),
    ],
)
def test_ordinals(number, french, english):
    """Meetings and sessions in figures: « 34e séance », « 34th meeting »."""
    assert Renderer(TEMPLATES).env.filters["ordinal"](number) == french
    assert Renderer(TEMPLATES, lang="en").env.filters["ordinal"](number) == english
