"""Generated questions are valid against the text, reproducible, and have plausible, distinct choices."""

import json
import subprocess
import sys
from collections import Counter
from dataclasses import asdict
from pathlib import Path

import pytest

from bot.core.errors import UserError
from bot.core.limits import MAX_QUESTIONS
from bot.core.study.generator import QuizGenerator
from bot.core.study.models import BLANK, GeneratedQuestion, QuestionKind
from bot.core.text.french import fold
from bot.core.text.models import Kind

ROOT = Path(__file__).resolve().parents[2]
SEEDS = range(40)


@pytest.fixture(scope="module")
def generator(service) -> QuizGenerator:
    """The generator over the real resolution, with the real search for themes."""
    return QuizGenerator(
        service.resolution, lambda theme, kinds: [h.id for h in service.index.search(theme, 12, kinds=kinds)]
    )


@pytest.fixture(scope="module")
def rounds(generator) -> list[GeneratedQuestion]:
    """Many rounds' worth of questions, over every part."""
    return [
        q
        for seed in SEEDS
        for part in ("tout", "preambule", "dispositif")
        for q in generator.generate(seed, count=10, part=part)
    ]


_PARTS: dict[Kind, str] = {}


def _folded_part(resolution, kind: Kind) -> str:
    if kind not in _PARTS:  # one resolution in the whole session
        _PARTS[kind] = " ".join(fold(p.text) for p in resolution.part(kind))
    return _PARTS[kind]


def _check(question: GeneratedQuestion, resolution) -> None:
    """Assert that one question is right about the text and has one right, distinct answer."""
    choices = question.choices
    assert 0 <= question.answer < len(choices)
    assert len({fold(c) for c in choices}) == len(choices), choices
    texts = {p.id: p.text for p in resolution.segments}
    kind = question.kind
    if kind is QuestionKind.PARAGRAPH:
        paragraph = resolution.get(question.correct)
        assert question.paragraph_id == paragraph.id
        assert question.quote in paragraph.text  # verbatim
        assert [i for i, t in texts.items() if fold(question.quote) in fold(t)] == [paragraph.id]
        part = resolution.part(paragraph.kind)
        for choice in choices:
            other = resolution.get(choice)
            assert other.kind is paragraph.kind  # distractors from the same part
            assert abs(part.index(other) - part.index(paragraph)) <= 6
    elif kind is QuestionKind.WORD:
        paragraph = resolution.get(question.paragraph_id)
        assert question.quote.count(BLANK) == 1
        assert question.quote.replace(BLANK, question.correct) in paragraph.text
        same_part = _folded_part(resolution, paragraph.kind)
        for index, choice in enumerate(choices):
            assert fold(choice) in same_part, choice
            assert choice.replace("-", "").isalpha(), choice  # no footnote marker, digit or mark
            if index != question.answer:
                filled = question.quote.replace(BLANK, choice)
                assert not any(filled in t for t in texts.values()), filled
    elif kind is QuestionKind.VERB:
        paragraph = resolution.get(question.paragraph_id)
        assert paragraph.kind is Kind.OPERATIVE
        assert question.correct == paragraph.verb
        assert paragraph.text.startswith(paragraph.verb + " " + question.quote)
        verbs = {p.verb for p in resolution.operative}
        assert set(choices) <= verbs
    elif kind is QuestionKind.COUNTRY_VOTE:
        member = next(m for m in resolution.vote.members if m.country == question.subject)
        assert choices == ("pour", "contre", "abstention")
        assert question.correct == member.vote.value
        assert question.paragraph_id is None
    else:
        assert kind is QuestionKind.GROUP_VOTE
        members = {m.country: m for m in resolution.vote.members}
        assert {members[c].group.name for c in choices} == {question.subject}  # same group
        assert [c for c in choices if members[c].vote.value == question.vote] == [question.correct]


# 2 s; the daily-question test below runs the same check on one question per paragraph.
@pytest.mark.slow
def test_generator_every_question_is_true_to_the_text(rounds, resolution):
    """Every question of 120 rounds checks out against the parsed text and the vote record."""
    for question in rounds:
        _check(question, resolution)
    kinds = Counter(q.kind for q in rounds)
    assert set(kinds) == set(QuestionKind)
    assert min(kinds.values()) >= 20


def test_generator_same_seed_same_round(generator):
    """The same seed gives the same questions; other seeds give other rounds."""
    first = generator.generate(1234, count=8)
    assert generator.generate(1234, count=8) == first
    others = {tuple(generator.generate(seed, count=8)) for seed in range(10)}
    assert len(others) == 10


def test_generator_reproducible_across_processes():
    """A seed gives the same round in another interpreter with another hash seed (no set-order luck)."""
    code = (
        "import json, dataclasses; from pathlib import Path; from bot.core.service import Service;"
        "from bot.core.study.generator import QuizGenerator;"
        "s = Service.from_corpus(Path('corpus'));"
        "g = QuizGenerator(s.resolution, lambda t, k: [h.id for h in s.index.search(t, 12, kinds=k)]);"
        "print(json.dumps([dataclasses.asdict(q) for q in g.generate(77, count=10)]))"
    )
    outputs = [
        subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": str(hash_seed), "PATH": ""},
        ).stdout
        for hash_seed in (1, 2)
    ]
    assert outputs[0] == outputs[1]
    assert len(json.loads(outputs[0])) == 10


def test_generator_round_has_no_repeated_question(rounds):
    """No question repeats inside one round."""
    for start in range(0, len(rounds), 10):
        chunk = rounds[start : start + 10]
        keys = [json.dumps(asdict(q), sort_keys=True) for q in chunk]
        assert len(set(keys)) == len(keys)


def test_generator_part_limits_the_paragraphs(generator, resolution):
    """`dispositif` asks only about operative paragraphs, `preambule` only about preambular ones."""
    for part, kind in (("dispositif", Kind.OPERATIVE), ("preambule", Kind.PREAMBULAR)):
        for seed in range(10):
            for question in generator.generate(seed, count=10, part=part):
                assert question.paragraph_id is not None
                assert resolution.get(question.paragraph_id).kind is kind
    preamble = [q for s in range(10) for q in generator.generate(s, count=10, part="preambule")]
    assert QuestionKind.VERB not in {q.kind for q in preamble}


def test_generator_theme_picks_paragraphs_about_it(generator, service):
    """A theme's questions are on the paragraphs the search finds for it; `vote` asks about votes."""
    found = {h.id for h in service.index.search("coopération Sud-Sud", 12)}
    questions = generator.generate(5, count=6, theme="coopération Sud-Sud")
    assert {q.paragraph_id for q in questions} <= found
    votes = generator.generate(5, count=MAX_QUESTIONS, theme="Vote")
    assert {q.kind for q in votes} == {QuestionKind.COUNTRY_VOTE, QuestionKind.GROUP_VOTE}


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"count": 0}, "nombre_questions_invalide"),
        ({"count": MAX_QUESTIONS + 1}, "nombre_questions_invalide"),
        ({"part": "milieu"}, "partie_inconnue"),
        ({"theme": "xylophone"}, "theme_introuvable"),
    ],
)
def test_generator_rejects_bad_input(generator, kwargs, code):
    """Bad counts, parts and themes raise the UserError their template explains."""
    with pytest.raises(UserError) as caught:
        generator.generate(1, **kwargs)
    assert caught.value.code == code


def test_generator_paragraph_of_the_day_question(generator, resolution):
    """The daily question is about the day's paragraph, for every paragraph of the text."""
    for paragraph in resolution.paragraphs:
        question = generator.for_paragraph(paragraph.number, paragraph)
        _check(question, resolution)
        assert question.paragraph_id == paragraph.id
