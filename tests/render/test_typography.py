"""French typography of every template: no-break spaces in the bot's words, quotes untouched (issue 18).

Each template is rendered with the realistic contexts of test_templates.py. The values printed into
it (quotes of the resolution, snippets, names, what the user typed) are then blanked out, so that
what is left is the bot's own text: it must have no plain space before ``: ; ? ! »`` nor after
« «. The quotes themselves must come out exactly as the corpus has them, plain spaces included.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from study.contexts import study_contexts
from study.revision_contexts import revision_contexts

from bot.core.service import Service
from bot.render.replies import Replies
from bot.render.templates import Renderer
from bot.render.typography import NARROW_NBSP, NBSP, french_spacing
from tests.render.test_templates import _contexts, _full, _kinds

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"
PLAIN_SPACE = re.compile(r" [:;?!»]|« ")
BLANK = "◊"


@pytest.fixture(scope="module")
def service() -> Service:
    return Service.from_corpus(ROOT / "corpus")


@pytest.fixture(scope="module")
def contexts(service: Service) -> dict[str, list[dict[str, Any]]]:
    return _contexts(service) | study_contexts(service) | revision_contexts(service)


def _values(value: Any, depth: int = 0) -> Iterator[str]:
    """Every string a context holds, however deep (paragraph texts, snippets, names, user input)."""
    if depth > 6:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _values(key, depth + 1)
            yield from _values(item, depth + 1)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _values(item, depth + 1)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _values(getattr(value, field.name), depth + 1)


def _bot_text(text: str, context: dict[str, Any], service: Service) -> str:
    """``text`` with every printed value blanked out: what is left, the templates wrote."""
    printed = {*_values(context), *(p.text for p in service.resolution.segments)}
    for value in sorted((v for v in printed if len(v) > 2), key=len, reverse=True):
        text = text.replace(value, BLANK)
    return text


def _plain_spaces(text: str) -> list[str]:
    return [text[max(0, m.start() - 25) : m.end() + 5] for m in PLAIN_SPACE.finditer(text)]


def test_french_spacing_rules():
    """Narrow no-break space before ; ? !, no-break space before : and inside « »; nothing added."""
    assert french_spacing("Question : « Que dit le §29 ? » Oui ; non !") == (
        f"Question{NBSP}: «{NBSP}Que dit le §29{NARROW_NBSP}?{NBSP}» Oui{NARROW_NBSP}; non{NARROW_NBSP}!"
    )
    assert french_spacing("https://undocs.org/fr/A/HRC/RES/56/2 ; 29, 31") == (
        f"https://undocs.org/fr/A/HRC/RES/56/2{NARROW_NBSP}; 29, 31"
    )
    assert french_spacing("«x»: a?") == "«x»: a?"  # no space to replace, none added
    once = french_spacing("Résultat : « a » ?")
    assert french_spacing(once) == once


@pytest.mark.parametrize("markup", [False, True], ids=["plain", "markup"])
def test_every_template_spaces_its_own_words(service, contexts, markup):
    """No plain space before : ; ? ! » or after « in any template's own French, in either markup."""
    renderer = Renderer(TEMPLATES, markup=markup)
    offenders: dict[str, list[str]] = {}
    spaced = 0
    for kind in _kinds(renderer):
        for ctx in contexts[kind]:
            text = _full(renderer.render(kind, **ctx))
            spaced += text.count(NBSP) + text.count(NARROW_NBSP)
            if markup:  # bold, italics and escapes are markup around the words, not words
                text = text.replace("**", "").replace("*", "").replace("\\", "")
            found = _plain_spaces(_bot_text(text, ctx, service))
            if found:
                offenders.setdefault(kind, []).extend(found)
    assert offenders == {}
    assert spaced > 500  # the rule did apply: the replies are full of « : » and « ».


def test_every_template_with_a_colon_uses_a_no_break_space(contexts):
    """Control: the templates whose text has a colon really print « \\u00a0: » (not just no space)."""
    renderer = Renderer(TEMPLATES, markup=False)
    for kind in ("vote", "cherche", "resolution", "aide", "erreurs/pays_inconnu", "question"):
        text = _full(renderer.render(kind, **contexts[kind][0]))
        assert f"{NBSP}:" in text, kind


@pytest.mark.parametrize("markup", [False, True], ids=["plain", "markup"])
def test_quotes_keep_the_source_characters(service, markup):
    """Every segment is quoted byte for byte: its plain spaces before « : » or « » » stay plain."""
    replies = Replies(service, Renderer(TEMPLATES, markup=markup))
    source = (ROOT / "corpus" / "A_HRC_RES_56_2.fr.txt").read_text(encoding="utf-8")
    assert NBSP not in source
    assert NARROW_NBSP not in source
    spaced = 0
    for segment in service.resolution.segments:
        reference = f"note {segment.number}" if segment.id.startswith("FN") else segment.id
        text = replies.paragraphe(reference).description
        if markup:
            text = text.replace("*", "")
        assert segment.text in text, segment.id
        spaced += bool(PLAIN_SPACE.search(segment.text))
    assert spaced >= 20  # many quotes do have « : » or « » » with plain spaces: they were kept


def test_quoted_search_and_question_keep_the_source(service):
    """Quotes inside a search, a question and a quiz prompt are the corpus's characters too."""
    replies = Replies(service, Renderer(TEMPLATES, markup=False))
    op2 = service.paragraphs("2")[0]
    assert " ;" in op2.text
    assert op2.text in replies.question("Que dit le §2 ?").description
    hit = service.search("Programme de développement durable à l'horizon 2030").hits[0]
    assert hit.snippet in replies.cherche("Programme de développement durable à l'horizon 2030").description


def test_user_text_is_left_as_typed(service):
    """What the user typed is printed as typed: the bot's « » around it get the no-break spaces."""
    replies = Replies(service, Renderer(TEMPLATES, markup=False))
    assert replies.question("Que dit le §29 ?").title == f"Question{NBSP}: «{NBSP}Que dit le §29 ?{NBSP}»"


def test_command_line_sentences_are_spaced(capsys):
    """The command line's own French lines (usage errors, bad input, JSON errors) get the spaces too."""
    from bot.cli import main

    assert main(["paragraphe", "99"]) == 2
    err = capsys.readouterr().err
    assert f"OP99 n'existe pas\n\nLe dispositif compte les paragraphes 1 à 37{NBSP}:" in err
    assert main(["inconnue"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"Commande mal formée{NBSP}: «{NBSP}inconnue{NBSP}» n'est pas une commande")
    assert not _plain_spaces(err)
    assert main(["vote", "Atlantide", "--json"]) == 2
    error = json.loads(capsys.readouterr().out)["error"]
    assert error.startswith(f"Pays non reconnu\n\nJe ne trouve pas «{NBSP}Atlantide{NBSP}»")
