"""Answers to English questions are framed in English; French answers render exactly as before.

An ``Answer`` with ``lang="en"`` is worded by ``templates/_question_en.md.j2``: every sentence
around the quotes is English, the quotes stay the official French text (labelled once), and no
French frame word is left. ``lang="fr"`` (``_question_fr.md.j2``) must not change by one byte.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path

import jinja2
import jinja2.nodes
import pytest

from bot.core.questions.answer import Answer
from bot.render.replies import Replies
from bot.render.reply import Reply
from bot.render.templates import Renderer
from bot.render.typography import french_spacing

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"
QUESTIONS = ROOT / "tests" / "questions" / "questions.jsonl"
# sha256 of each French reply of questions.jsonl, rendered before the English frame existed.
GOLDEN = Path(__file__).with_name("question_fr_golden.json")
OFFICIAL = "Quotes: official French text."

# Words of the French frame that an English answer must not contain (outside the quotes).
FRENCH_FRAME = [
    "Le Conseil",
    "a voté",
    "ont voté",
    "Ont voté",
    "s'est",
    "abstenu",
    "n'est pas membre",
    "ne figure pas",
    "Passages les plus proches",
    "La résolution ne",
    "Vouliez-vous",
    "Résultat",
    "Source :",
    "Voici les passages",
    "Groupe",
    "Références",
    "cité en",
    "Adoptée",
    "Distribuée",
    "Appelée par",
    "Paragraphe ",
    "du dispositif",
    "du préambule",
    "Alinéa",
    "Note ",
    "vote enregistré",
    "Ce que dit",
    "Titre",
    "Symbole",
    "Organe",
    "de l'ordre du jour",
    "Texte officiel",
    "adoptée le",
    "juillet",
    "Conseil des droits",
]

# One question per intent, vote scope, metadata fact and decline reason:
# (question, (intent, answered, reason, scope), an English sentence the answer must hold).
CASES = [
    ("Que dit le §29 ?", ("paragraphe", True, "", None), OFFICIAL),
    ("Qu'y a-t-il dans la note 5 ?", ("paragraphe", True, "", None), "**Called by OP32**: "),
    ("Que dit l'alinéa 3 du préambule ?", ("paragraphe", True, "", None), "**Footnote 1**: "),
    (
        "Que dit le paragraphe 52 ?",
        ("paragraphe", False, "paragraphe_inconnu", None),
        "The resolution has no OP52: its operative part has paragraphs 1 to 37.",
    ),
    (
        "Comment la France a-t-elle voté ?",
        ("vote", True, "", "pays"),
        "France** voted **against** resolution 56/2. Regional group: ",
    ),
    (
        "Comment l'Argentine a-t-elle voté ?",
        ("vote", True, "", "pays"),
        "Argentina** **abstained** in the vote on resolution 56/2.",
    ),
    (
        "La Chine a voté pour ou contre ?",
        ("vote", True, "", "pays"),
        # Either way asked: the vote, no « No: ».
        "**China** voted **for** resolution 56/2.",
    ),
    (
        "Comment a voté le GRULAC ?",
        ("vote", True, "", "groupe"),
        "(GRULAC): 6 for, 0 against, 2 abstentions (8 members).",
    ),
    ("Qui a voté contre ?", ("vote", True, "", "choix"), "14 members voted against: Albania, "),
    ("quels pays se sont abstenus ?", ("vote", True, "", "choix"), "2 members abstained: Argentina, "),
    (
        "Quel est le résultat du vote ?",
        ("vote", True, "", "total"),
        "Adopted by a recorded vote, not unanimously: 31 for, 14 against, 2 abstentions, out of 47 members",
    ),
    (
        "Pourquoi la France a-t-elle voté contre ?",
        ("vote", False, "motifs", "pays"),
        "The text does not answer this question: the recorded vote says how each member voted, never why.",
    ),
    (
        "Comment a voté le Canada ?",
        ("vote", False, "non_membre", "pays"),
        "Canada was not a member of the Council in 2024, so it is not among the 47 members",
    ),
    (
        "comment a voté le Zyrkland ?",
        ("vote", False, "non_membre", "pays"),
        "Did you mean: ",
    ),
    (
        "Quand la résolution a-t-elle été adoptée ?",
        ("metadonnees", True, "", None),
        "Adopted on 10 July 2024, at the 34th meeting of the Human Rights Council.",
    ),
    (
        "Quels sont le titre, le symbole, la séance, la session, la langue originale et l'organe ?",
        ("metadonnees", True, "", None),
        "Original language: English; this text is the French version.",
    ),
    (
        "Quel est le point de l'ordre du jour, le lien et la date de distribution ?",
        ("metadonnees", True, "", None),
        "Distributed on 11 July 2024.",
    ),
    (
        "Combien de paragraphes compte le dispositif ?",
        ("metadonnees", True, "", None),
        "Structure: 33 preambular paragraphs, 37 operative paragraphs, 5 footnotes.",
    ),
    ("Quels documents la résolution cite-t-elle ?", ("citations", True, "", None), "26 documents cited:"),
    (
        "Où la résolution 70/1 est-elle citée ?",
        ("citations", True, "", None),
        "(A/RES/70/1): cited in PP2, PP3.",
    ),
    (
        "La résolution cite-t-elle la résolution 75/1 ?",
        ("citations", False, "document_non_cite", None),
        "The resolution does not cite “75/1”. The /references command lists the 26 documents it cites.",
    ),
    (
        "Qui a rédigé le rapport du Haut-Commissaire A/HRC/56/40 ?",
        ("citations", False, "hors_texte", None),
        "The text does not answer this question: ",
    ),
    (
        "Que demande le Conseil au Haut-Commissaire ?",
        ("demandes", True, "", None),
        "The Council addresses “Haut-Commissaire” in 4 operative paragraphs (requests):",
    ),
    ("Qui le Conseil invite-t-il ?", ("demandes", True, "", None), "The Council makes requests in "),
    (
        "Que demande le Conseil au Comité consultatif ?",
        ("demandes", False, "aucune_demande", None),
        "no operative paragraph makes a request addressed to “Comité consultatif”.",
    ),
    (
        "Que demande le Conseil à l'Union européenne ?",
        ("demandes", False, "aucune_demande", None),
        "Closest passages, for reference (they do not answer the question):",
    ),
    (
        "Qu'est-ce que le texte dit sur le terrorisme ?",
        ("recherche", True, "", None),
        "Here are the passages of the text that best match the question (extracts, not a summary):",
    ),
    (
        "Qui a proposé la résolution ?",
        ("recherche", False, "auteurs", None),
        "the resolution does not name the sponsors or co-sponsors of the draft.",
    ),
    (
        "Quel est le budget du Fonds de contributions volontaires ?",
        ("recherche", False, "montant", None),
        "the resolution gives no amount and no figure.",
    ),
    (
        # (« la dette des pays » is answered since the paraphrases: PP15 speaks of « endettement ».)
        "Que dit la résolution sur la cybersécurité ?",
        ("recherche", False, "hors_texte", None),
        "no passage of the text covers enough of the question's words.",
    ),
    (
        "Quelle est la capitale du Kirghizistan ?",
        ("recherche", False, "hors_texte", None),
        "no passage of the text covers enough of the question's words.",
    ),
]


@pytest.fixture(scope="module")
def plain(service) -> Replies:
    """Replies worded as plain text (the quotes verbatim, no italics)."""
    return Replies(service, Renderer(TEMPLATES, markup=False))


@pytest.fixture(scope="module")
def discord(service) -> Replies:
    """Replies worded with Discord markdown."""
    return Replies(service, Renderer(TEMPLATES, markup=True))


def _english(replies: Replies, question: str) -> tuple[Answer, Reply]:
    answer = dataclasses.replace(replies.questions.answer(question), lang="en")
    return answer, replies.render_answer(answer, references=["OP29"])


def _french_texts(replies: Replies, answer: Answer) -> list[str]:
    """The French text an answer quotes: passages, notes, clauses, document labels, metadata."""
    resolution = replies.service.resolution
    meta = resolution.metadata
    paragraphs = [*answer.paragraphs, *(h.paragraph for h in (*answer.hits, *answer.closest))]
    notes = [resolution.get(n) for p in paragraphs for n in p.footnotes]
    parents = [resolution.get(p.parent) for p in paragraphs if p.parent]
    return [
        *(p.text for p in (*paragraphs, *notes, *parents)),
        *(r.clause for r in answer.requests),
        *(c.label for c in answer.documents),
        meta.title,
        meta.agenda_title,
    ]


def _frame(replies: Replies, answer: Answer, reply: Reply) -> str:
    """The reply's description and footer without the French quotes: the words the bot writes."""
    text = "\n".join((reply.description, reply.footer))
    for quoted in sorted(_french_texts(replies, answer), key=len, reverse=True):
        text = text.replace(quoted, "")
    return text


@pytest.mark.parametrize(("question", "kind", "sentence"), CASES, ids=[c[0] for c in CASES])
def test_english_answer_is_framed_in_english(plain, discord, question, kind, sentence):
    """Each intent and decline reason: English sentence, no French frame word, quotes verbatim."""
    answer, reply = _english(discord, question)
    scope = answer.scope.value if answer.scope else None
    assert (answer.intent.value, answer.answered, answer.reason, scope) == kind, "the case lost its route"
    assert sentence in reply.description
    assert reply.title == f"Question: “{discord.renderer.env.filters['md'](question)}”"

    answer, reply = _english(plain, question)
    frame = _frame(plain, answer, reply)
    assert not [word for word in FRENCH_FRAME if word in frame], frame
    # English typography: no space before the colon, the question mark or the exclamation mark.
    assert not [mark for mark in (" :", " ?", " !", "« ", " »") if mark in frame], frame
    # The quotes are the official French text, verbatim, and say so once.
    for p in (*answer.paragraphs, *(h.paragraph for h in (*answer.hits, *answer.closest))):
        assert p.text in reply.description
    for r in answer.requests:
        assert r.clause in reply.description
    quotes = bool(answer.paragraphs or answer.hits or answer.closest or answer.requests or answer.documents)
    quotes = quotes or bool({"title", "agenda"} & set(answer.facts))
    assert reply.description.count(OFFICIAL) == (1 if quotes else 0)
    if quotes:
        assert reply.description.index(OFFICIAL) < min(
            reply.description.find(t) for t in _french_texts(plain, answer) if t in reply.description
        )


def test_english_answer_every_question_of_the_set(plain):
    """Every question of questions.jsonl answered in English leaves no French frame word."""
    for line in QUESTIONS.read_text(encoding="utf-8").splitlines():
        question = json.loads(line)["question"]
        answer, reply = _english(plain, question)
        frame = _frame(plain, answer, reply)
        assert not [word for word in FRENCH_FRAME if word in frame], (question, frame)
        assert reply.description.count(OFFICIAL) <= 1, question


def test_english_frame_defines_every_phrase_of_the_french_one():
    """_question_en and _question_fr export the same macros and phrases: no sentence left French."""
    env = Renderer(TEMPLATES).env

    def names(template: str) -> set[str]:
        tree = env.parse(env.loader.get_source(env, template)[0])  # type: ignore[union-attr]
        macros = {node.name for node in tree.find_all(jinja2.nodes.Macro)}
        phrases = {node.target.name for node in tree.body if isinstance(node, jinja2.nodes.Assign)}  # type: ignore[attr-defined]
        return macros | phrases

    french, english = names("_question_fr.md.j2"), names("_question_en.md.j2")
    assert french <= english, french - english


def _digest(reply: Reply) -> str:
    parts = (reply.title, reply.description, reply.footer, reply.url or "")
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]


def test_french_answers_render_as_before(plain, discord):
    """lang="fr" renders every question of questions.jsonl byte for byte as before the English frame.

    If a router change alters an answer on purpose, regenerate the digests:
    ``PYTHONPATH=. python -m tests.render.test_question_english`` (and review the French output).
    """
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    changed = [
        (question, markup)
        for question, digests in golden.items()
        for markup, replies in (("plain", plain), ("discord", discord))
        if _digest(replies.question(question)) != digests[markup]
    ]
    assert not changed


# A few French replies in full (plain text): the frame of the English one, with articles (issue 18).
FRENCH = {
    "Qui a voté contre ?": (
        "Question\u00a0: «\u00a0Qui a voté contre ?\u00a0»",
        "14 membres ont voté contre : Albanie, Allemagne, Belgique, Bulgarie, États-Unis d'Amérique, "
        "Finlande, France, Géorgie, Japon, Lituanie, Luxembourg, Monténégro, Pays-Bas (Royaume des), "
        "Roumanie.\n\nRésultat : adoptée par 31 voix contre 14, avec 2 abstentions.\n"
        "Source : le vote enregistré, à la fin du texte.",
        "A/HRC/RES/56/2 · vote enregistré du 10 juillet 2024",
    ),
    "Comment a voté le Canada ?": (
        "Question\u00a0: «\u00a0Comment a voté le Canada ?\u00a0»",
        "La résolution ne répond pas à cette question : le Canada n'est pas membre du Conseil en 2024 "
        "et ne figure donc pas parmi les 47 membres qui ont pris part au vote.",
        "A/HRC/RES/56/2 · vote enregistré du 10 juillet 2024",
    ),
    "Que dit le paragraphe 52 ?": (
        "Question\u00a0: «\u00a0Que dit le paragraphe 52 ?\u00a0»",
        "La résolution ne contient pas de OP52 : le dispositif compte les paragraphes 1 à 37.",
        "A/HRC/RES/56/2 · Conseil des droits de l'homme, résolution 56/2 · adoptée le 10 juillet 2024",
    ),
    "Pourquoi la France a-t-elle voté contre ?": (
        "Question\u00a0: «\u00a0Pourquoi la France a-t-elle voté contre ?\u00a0»",
        "La résolution ne répond pas à cette question : le vote enregistré dit comment chaque membre a "
        "voté, jamais pourquoi.\n\nCe que dit le vote enregistré :\nLa France a voté contre (WEOG).",
        "A/HRC/RES/56/2 · vote enregistré du 10 juillet 2024",
    ),
}


@pytest.mark.parametrize("question", list(FRENCH))
def test_french_answers_golden(plain, question):
    """A few French replies in full: the French frame is the one it always was."""
    reply = plain.question(question)
    title, description, footer = FRENCH[question]
    # The bot's sentences carry French no-break spaces; the title quotes the question as typed.
    assert (reply.title, reply.description, reply.footer) == (title, french_spacing(description), footer)


if __name__ == "__main__":  # regenerate the French digests (see test_french_answers_render_as_before)
    from bot.core.service import Service

    service = Service.from_corpus(ROOT / "corpus")
    both = {m: Replies(service, Renderer(TEMPLATES, markup=m == "discord")) for m in ("plain", "discord")}
    questions = [json.loads(line)["question"] for line in QUESTIONS.read_text(encoding="utf-8").splitlines()]
    digests = {q: {m: _digest(r.question(q)) for m, r in both.items()} for q in questions}
    GOLDEN.write_text(json.dumps(digests, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
