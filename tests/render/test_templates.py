"""Every template renders, user text is inert, and replies fit Discord's limits (STYLE.md 3, 5.2)."""

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
import pytest
from study.contexts import study_contexts
from study.revision_contexts import revision_contexts

from bot.core.errors import UserError
from bot.core.service import Service
from bot.core.text.models import Paragraph
from bot.core.text.refs import runs
from bot.render.replies import Replies
from bot.render.reply import (
    DESCRIPTION_LIMIT,
    EMBED_TOTAL_LIMIT,
    EMBEDS_PER_MESSAGE,
    FIELD_NAME_LIMIT,
    FIELD_VALUE_LIMIT,
    FOOTER_LIMIT,
    TITLE_LIMIT,
    Field,
    Reply,
    group_pages,
    split_text,
)
from bot.render.serialize import totals_json
from bot.render.templates import Renderer, escape_markdown

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"
HOSTILE = "**gras** @everyone <@123> [lien](http://x)"
LIVE_MENTION = re.compile(r"<@[!&]?\d+>|<#\d+>")
LIVE_LINK = re.compile(r"(?<!\\)\[[^\]]*(?<!\\)\]\(")
CONSOLE_COMMANDS = ["/paragraphe", "/note", "/cherche", "/vote", "/resolution", "/references", "/aide"]


@pytest.fixture(scope="module")
def service() -> Service:
    """The use cases over the real corpus."""
    return Service.from_corpus(ROOT / "corpus")


@pytest.fixture(scope="module", params=[True, False], ids=["markup", "plain"])
def renderer(request) -> Renderer:
    """The renderer, with Discord markdown and as plain text."""
    return Renderer(TEMPLATES, markup=request.param)


@pytest.fixture(scope="module")
def discord_renderer() -> Renderer:
    """The renderer as Discord uses it: with markdown."""
    return Renderer(TEMPLATES, markup=True)


@pytest.fixture(scope="module")
def plain_renderer() -> Renderer:
    """The renderer as the console uses it: plain text."""
    return Renderer(TEMPLATES, markup=False)


def _raised(call: Callable[[], Any]) -> UserError:
    """The UserError the real core raises for a bad input."""
    with pytest.raises(UserError) as caught:
        call()
    return caught.value


def _quote_context(service: Service, paragraphs: list[Paragraph]) -> dict[str, Any]:
    resolution = service.resolution
    return {
        "paragraphs": paragraphs,
        "runs": runs([p.id for p in paragraphs]),
        "notes": {p.id: [resolution.get(n) for n in p.footnotes] for p in paragraphs},
        "parents": {p.id: resolution.get(p.parent) for p in paragraphs if p.parent},
        "meta": resolution.metadata,
    }


def _contexts(service: Service) -> dict[str, list[dict[str, Any]]]:
    """Realistic contexts for every template, from the real service; the first uses every key."""
    resolution = service.resolution
    meta = resolution.metadata
    totals = totals_json(resolution.vote)
    search = service.search("coopération Sud-Sud")
    nothing = service.search("xylophone")
    preamble = service.search("dialogue", part="preambule")
    counts = {kind.value: len(resolution.part(kind)) for kind in type(resolution.footnotes[0].kind)}
    errors = {
        "paragraphe_inconnu": [
            lambda: service.paragraphs("99"),
            lambda: service.paragraphs("PP40"),
            lambda: service.paragraphs("note 9"),
        ],
        "reference_invalide": [lambda: service.paragraphs("abc")],
        "reference_vide": [lambda: service.paragraphs("  ")],
        "note_invalide": [lambda: service.footnote("PP3"), lambda: service.footnote("")],
        "pays_inconnu": [
            lambda: service.vote("Fronce"),
            lambda: service.vote(""),
            lambda: service.vote("zzz"),
        ],
        "pays_ambigu": [lambda: service.vote("Corée"), lambda: service.vote("Trinit")],
        "groupe_inconnu": [lambda: service.group_vote("Atlantis")],
        "requete_vide": [lambda: service.search("")],
        "requete_trop_longue": [lambda: service.search("droits " * 100)],
        "partie_inconnue": [lambda: service.search("dialogue", part="milieu")],
        "limite_invalide": [lambda: service.search("dialogue", limit=0)],
        "document_inconnu": [lambda: service.references("Traité de Westphalie")],
        "question_vide": [lambda: Replies(service, Renderer(TEMPLATES)).question("  ")],
    }
    contexts: dict[str, list[dict[str, Any]]] = {
        f"erreurs/{code}": [_raised(call).data for call in calls] for code, calls in errors.items()
    }
    # The console raises these two itself (console.py), with the same data.
    contexts["erreurs/commande_inconnue"] = [{"saisie": "inconnue", "commandes": CONSOLE_COMMANDS}]
    contexts["erreurs/erreur_interne"] = [{"code": "0badc0de"}]
    contexts["erreurs/discord_seulement"] = [{"commande": "/classement"}]
    # The CLI raises this one when --png cannot write its file (cli.py).
    contexts["erreurs/png_impossible"] = [{"chemin": "/x/vote.png", "raison": "No such file or directory"}]
    # Raised by the Discord front end (buttons, option transformers), without data.
    contexts |= {
        f"erreurs/{code}": [{}]
        for code in (
            "bouton_invalide",
            "bouton_reserve",
            "option_invalide",
            "commande_perimee",
            "message_sans_texte",
            "pages_expirees",
        )
    }
    contexts |= {
        "question": _question_contexts(service),
        "aide": [{"meta": meta}],
        "cherche": [
            {"query": s.query, "part": s.part, "hits": s.hits, "total": s.total, "paged": paged, "meta": meta}
            for s, paged in ((search, False), (nothing, False), (preamble, True))
        ],
        "citation": [
            {"p": p, "parent": resolution.get(p.parent) if p.parent else None, "meta": meta}
            for p in (*service.paragraphs("29"), *service.paragraphs("PP3"), service.footnote("4"))
        ],
        "console_accueil": [
            {"meta": meta, "reason": "DISCORD_TOKEN n'est pas défini : console hors ligne."},
            {"meta": meta, "reason": ""},
        ],
        "paragraphe": [
            _quote_context(service, [*service.paragraphs("20"), service.footnote("4")]),
            _quote_context(service, service.paragraphs("29")),
            _quote_context(service, service.paragraphs("PP1-PP3")),
        ],
        "references": [
            {"citations": service.references("70/1"), "document": "70/1", "meta": meta},
            {"citations": service.references(), "document": "", "meta": meta},
        ],
        "resolution": [{"meta": meta, "totals": totals, "counts": counts, "citations": resolution.citations}],
        "vote": [
            {"member": service.vote(name), "totals": totals, "meta": meta}
            for name in ("France", "Chine", "Argentine", "Canada", "Taïwan")
        ],
        "vote_groupe": [
            {"tally": service.group_vote(g), "flags": service.votes.flags, "meta": meta}
            for g in ("GRULAC", "WEOG")
        ],
        "vote_tout": [
            {
                "record": resolution.vote,
                "totals": totals,
                "tallies": service.votes.tallies(),
                "flags": service.votes.flags,
                "meta": meta,
            }
        ],
    }
    return contexts


# One question per route and per reason to decline; the first context uses every key.
QUESTIONS = [
    "Que dit la note 4 ?",
    "Que dit le §29 ?",
    "Que disent les paragraphes 29 à 31 ?",
    "Que dit le paragraphe 52 ?",
    "Qui a voté contre ?",
    "Quels pays se sont abstenus ?",
    "Combien de pays ont voté pour ?",
    "La Chine a-t-elle voté pour ?",
    "Comment a voté le GRULAC ?",
    "Quel est le résultat du vote ?",
    "Comment a voté le Canada ?",
    "Pourquoi la France a-t-elle voté contre ?",
    "Quand a-t-elle été adoptée ?",
    "Quels sont le titre, le symbole, la séance, la session, la langue originale et l'organe ?",
    "Quel est le point de l'ordre du jour, le lien et la date de distribution ?",
    "Combien de paragraphes compte le dispositif ?",
    "Quelles résolutions sont citées ?",
    "Où est citée la résolution 70/1 ?",
    "Le texte cite-t-il la résolution 75/1 ?",
    "Que demande le Conseil au Haut-Commissaire ?",
    "Que demande le Conseil au Comité consultatif ?",
    "Que demande le Conseil à l'Union européenne ?",
    "Que dit la résolution sur le terrorisme ?",
    "Quel est le budget du Fonds de contributions volontaires ?",
    "Que dit la résolution sur l'intelligence artificielle ?",
]


def _question_contexts(service: Service) -> list[dict[str, Any]]:
    replies = Replies(service, Renderer(TEMPLATES))
    contexts = [replies.question_context(replies.questions.answer(q)) for q in QUESTIONS]
    # Discord adds the references typed in the question (a « Références : » line).
    typed = "Que dit le §29 ?"
    linked = replies.question_context(replies.questions.answer(typed), references=["OP29"])
    return [*contexts, linked]


def _kinds(renderer: Renderer) -> list[str]:
    """Every reply template (macros and partials, whose names start with "_", excluded)."""
    return sorted(
        name.removesuffix(".md.j2")
        for name in renderer.env.list_templates()
        if not name.rsplit("/", 1)[-1].startswith("_")
    )


def _full(reply: Reply) -> str:
    return "\n".join((reply.title, reply.description, reply.footer))


@pytest.fixture(scope="module")
def contexts(service: Service) -> dict[str, list[dict[str, Any]]]:
    """The realistic contexts, built once (the study and revision templates' from tests/study/)."""
    return _contexts(service) | study_contexts(service) | revision_contexts(service)


def test_templates_every_one_has_a_context(contexts, discord_renderer):
    """Each reply template in templates/ is covered by the rendering tests below."""
    assert _kinds(discord_renderer) == sorted(contexts)
    assert len(contexts) >= 20


def test_templates_every_one_renders(renderer, contexts):
    """Every template renders a title and a body from real data, with no leftover None."""
    for kind in _kinds(renderer):
        for ctx in contexts[kind]:
            reply = renderer.render(kind, **ctx)
            assert reply.kind == kind
            assert reply.title, kind
            assert reply.description, kind
            assert "None" not in _full(reply), kind
            assert "{{" not in _full(reply), kind
            if not kind.startswith(("erreurs/", "console_")):
                assert "A/HRC/RES/56/2" in reply.footer, kind


def test_templates_missing_variable_raises(renderer, contexts):
    """Leaving out a context variable raises (StrictUndefined) or changes nothing: never a blank."""
    for kind in _kinds(renderer):
        ctx = contexts[kind][0]
        full = renderer.render(kind, **ctx)
        raised = []
        for key in ctx:
            partial = {k: v for k, v in ctx.items() if k != key}
            try:
                reply = renderer.render(kind, **partial)
            except jinja2.UndefinedError:
                raised.append(key)
            else:
                assert reply == full, f"{kind} rendered without {key!r}"
        if ctx:
            assert raised, kind


def test_templates_missing_meta_raises(discord_renderer, service):
    """A vote card rendered without `meta` raises instead of printing an empty symbol."""
    totals = totals_json(service.resolution.vote)
    with pytest.raises(jinja2.UndefinedError):
        discord_renderer.render("vote", member=service.vote("France"), totals=totals)
    assert discord_renderer.env.undefined is jinja2.StrictUndefined


def test_templates_plain_has_no_markdown(plain_renderer, contexts):
    """Without markup, no template output carries bold marks or an italic verb."""
    for kind in _kinds(plain_renderer):
        for ctx in contexts[kind]:
            reply = plain_renderer.render(kind, **ctx)
            assert "**" not in _full(reply), kind
    quote = plain_renderer.render("paragraphe", **contexts["paragraphe"][1])
    assert quote.description.startswith("Prie tous les États")


def test_templates_markup_italicises_operative_verb(discord_renderer, service):
    """With markup, an operative paragraph opens with its verb in italics."""
    replies = Replies(service, discord_renderer)
    assert replies.paragraphe("29").description.startswith("*Prie* tous les États")
    assert replies.paragraphe("22").description.startswith("*Prie également* le Haut-Commissariat")
    several = replies.paragraphe("29-30").description
    assert "**OP29 ·** *Prie* tous" in several
    assert "**OP30 ·** *Prie à nouveau* le Haut-Commissaire" in several


def test_templates_markup_bolds_search_hits(discord_renderer, service):
    """With markup, the matched words of each search hit are in bold, marks balanced."""
    reply = Replies(service, discord_renderer).cherche("coopération Sud-Sud")
    assert "**coopération**" in reply.description
    assert "**Sud-Sud**" in reply.description
    for hit in service.search("coopération Sud-Sud").hits:
        assert hit.marks
        assert discord_renderer.env.filters["highlight"](hit.snippet, hit.marks).count("**") == 2 * len(
            hit.marks
        )
    assert reply.description.count("**") % 2 == 0
    assert "****" not in reply.description


def _hostile_replies(renderer: Renderer, service: Service, text: str) -> dict[str, Reply]:
    """Replies that echo the user's text: a search, and every error quoting an input."""
    replies = Replies(service, renderer)
    return {
        "cherche": replies.cherche(text),
        "references": renderer.error(_raised(lambda: replies.references(text))),
        "pays": renderer.error(_raised(lambda: replies.vote(text))),
        "groupe": renderer.error(_raised(lambda: replies.vote(None, text))),
        "paragraphe": renderer.error(_raised(lambda: replies.paragraphe(text))),
        "note": renderer.error(_raised(lambda: replies.note(text))),
        "partie": renderer.error(_raised(lambda: replies.cherche("dialogue", part=text))),
        "commande": renderer.error(UserError("commande_inconnue", saisie=text, commandes=CONSOLE_COMMANDS)),
    }


@pytest.mark.parametrize(
    ("typed", "mass"),
    [(HOSTILE, "everyone"), ("@here <@!42> <@&7> <#9> [x](https://evil.example) __souligné__", "here")],
    ids=["brief", "more-mentions"],
)
def test_templates_escape_hostile_user_text(discord_renderer, service, typed, mass):
    """Markdown, mentions, @everyone/@here and masked links typed by a user are inert on Discord."""
    for name, reply in _hostile_replies(discord_renderer, service, typed).items():
        text = _full(reply)
        assert "@\u200b" + mass in text, name  # the input is quoted back, defused
        assert "@" + mass not in text, name
        assert "**gras**" not in text, name
        assert "__souligné__" not in text, name
        assert not LIVE_MENTION.search(text), (name, text)
        assert not LIVE_LINK.search(text), (name, text)


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("coopération Sud-Sud", "coopération Sud-Sud"),  # inside a word: not markdown, no escape
        ("que demande-t-il (OP29) ?", "que demande-t-il (OP29) ?"),
        ("- liste\n# titre\n> citation\n  -# petit", "\\- liste\n\\# titre\n\\> citation\n  \\-# petit"),
        ("29. paragraphe", "29\\. paragraphe"),  # a numbered list's start
        ("a\r# b\u2028> c", "a\r\\# b\u2028\\> c"),  # other line breaks
        ("+ item", "\\+ item"),
        ("a*b*c _d_ ~~e~~ ||f||", "a\\*b\\*c \\_d\\_ \\~\\~e\\~\\~ \\|\\|f\\|\\|"),
        ("`g` [h](i)", "\\`g\\` \\[h\\](i)"),
    ],
)
def test_escape_markdown_escapes_what_discord_would_format_and_nothing_else(typed, shown):
    """Emphasis and link brackets anywhere; quote, heading, list and subtext marks at a line's start."""
    assert escape_markdown(typed) == shown


def test_templates_plain_defuses_everyone(plain_renderer, service):
    """The console's plain text also defuses @everyone with a zero-width space."""
    for name, reply in _hostile_replies(plain_renderer, service, HOSTILE).items():
        text = _full(reply)
        assert "@everyone" not in text, name
        assert "@\u200beveryone" in text, name


def test_templates_user_text_is_not_a_template(renderer, service):
    """A query written as jinja2 syntax is printed literally, never evaluated."""
    replies = _hostile_replies(renderer, service, "{{ 7*7 }}")
    star = "\\*" if renderer.markup else "*"
    assert replies["cherche"].title == f"Recherche\u00a0: «\u00a0{{{{ 7{star}7 }}}}\u00a0»"
    for name, reply in replies.items():
        if name != "cherche":
            assert "49" not in _full(reply), name
            assert "{{ 7" in _full(reply), name


def _corpus_texts(service: Service) -> list[str]:
    texts = [p.text for p in service.resolution.segments]
    return [*texts, "\n\n".join(texts), " ".join(texts)]


def _assert_cut_between_words(text: str, chunks: list[str], limit: int) -> None:
    """The chunks are `text` cut at runs of whitespace, each within `limit`."""
    whole = text.strip()
    position = 0
    for index, chunk in enumerate(chunks):
        assert 0 < len(chunk) <= limit
        assert chunk == chunk.strip()
        if index:
            assert whole[position].isspace(), (whole[position - 10 : position + 10], limit)
            while whole[position].isspace():
                position += 1
        assert whole.startswith(chunk, position), (chunk[:40], limit)
        position += len(chunk)
    assert position == len(whole)


@pytest.mark.parametrize("limit", [100, 500, 4096])
def test_split_text_never_cuts_a_word(service, limit):
    """Splitting any corpus text keeps every word whole, every chunk within the limit."""
    for text in _corpus_texts(service):
        chunks = split_text(text, limit)
        assert " ".join(" ".join(chunks).split()) == " ".join(text.split())
        _assert_cut_between_words(text, chunks, limit)
        if len(text) > limit:
            assert len(chunks) > 1


def _assert_page_limits(page: Reply) -> None:
    assert len(page.title) <= TITLE_LIMIT
    assert len(page.description) <= DESCRIPTION_LIMIT
    assert len(page.footer) <= FOOTER_LIMIT
    for item in page.fields:
        assert len(item.name) <= FIELD_NAME_LIMIT
        assert len(item.value) <= FIELD_VALUE_LIMIT


def test_reply_pages_respect_embed_limits(service):
    """An oversized reply splits into pages within the title, description and footer limits."""
    document = "\n\n".join(p.text for p in service.resolution.segments)
    reply = Reply(kind="test", title="titre " * 60, description=document, footer="pied " * 500)
    pages = reply.pages()
    assert len(pages) > 1
    for page in pages:
        _assert_page_limits(page)
    assert pages[0].title.startswith("titre")
    assert all(not page.title for page in pages[1:])
    assert pages[-1].footer.startswith("pied")
    assert all(not page.footer for page in pages[:-1])
    rejoined = " ".join(page.description for page in pages)
    assert " ".join(rejoined.split()) == " ".join(document.split())


def test_reply_pages_fit_one_message_each(service):
    """Every page, title, footer and fields included, fits Discord's 6000 characters per message."""
    longest = max(service.resolution.segments, key=lambda p: len(p.text)).text
    reply = Reply(
        kind="test",
        title="titre " * 60,
        description=(longest + " ") * 3,
        footer="pied " * 500,
        fields=tuple(Field(f"champ {n}", "valeur " * 200) for n in range(3)),
    )
    for page in reply.pages():
        _assert_page_limits(page)
        assert page.size() <= EMBED_TOTAL_LIMIT, page.size()
    assert [f.name for page in reply.pages() for f in page.fields] == ["champ 0", "champ 1", "champ 2"]
    for message in group_pages(reply.pages()):
        assert sum(page.size() for page in message) <= EMBED_TOTAL_LIMIT


def test_group_pages_packs_within_message_limits(service):
    """Pages are packed in order, at most 10 embeds and 6000 characters per message."""
    document = "\n\n".join(p.text for p in service.resolution.segments)
    big = Reply(kind="test", title="Tout", description=document, footer="A/HRC/RES/56/2").pages()
    small = [Reply(kind="test", title=f"page {n}", description="court") for n in range(25)]
    for pages in (big, small):
        messages = group_pages(pages)
        assert [page for message in messages for page in message] == pages
        for message in messages:
            assert 1 <= len(message) <= EMBEDS_PER_MESSAGE
            assert sum(page.size() for page in message) <= EMBED_TOTAL_LIMIT
    assert [len(m) for m in group_pages(small)] == [10, 10, 5]
    assert len(group_pages(big)) > 1


def test_reply_full_operative_range_splits_verbatim(discord_renderer, service):
    """`paragraphe 1-37` with markup splits into in-limit pages quoting every operative text."""
    reply = Replies(service, discord_renderer).paragraphe("1-37")
    pages = reply.pages()
    assert len(pages) > 1
    for page in pages:
        _assert_page_limits(page)
        assert page.size() <= EMBED_TOTAL_LIMIT
    for message in group_pages(pages):
        assert len(message) <= EMBEDS_PER_MESSAGE
        assert sum(page.size() for page in message) <= EMBED_TOTAL_LIMIT
    joined = " ".join(page.description for page in pages)
    for paragraph in service.resolution.operative:
        verb = paragraph.verb
        assert verb is not None
        assert paragraph.text.startswith(verb)
        assert f"**{paragraph.id} ·** *{verb}*{paragraph.text[len(verb) :]}" in joined, paragraph.id


def test_reply_longest_paragraph_is_one_page(discord_renderer, service):
    """The longest paragraph of the corpus (PP9) renders as a single page, verbatim."""
    longest = max(service.resolution.paragraphs, key=lambda p: len(p.text))
    assert longest.id == "PP9"
    reply = Replies(service, discord_renderer).paragraphe(longest.id)
    (page,) = reply.pages()
    _assert_page_limits(page)
    assert longest.text in page.description
    assert page.title.startswith("PP9")
