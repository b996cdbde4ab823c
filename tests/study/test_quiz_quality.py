"""Quiz quality rules (bot/core/study/quality.py): each catches its fault; generated rounds keep them."""

from collections import Counter

import pytest

from bot.core.study.generator import QuizGenerator
from bot.core.study.models import BLANK, GeneratedQuestion, QuestionKind
from bot.core.study.quality import (
    EXCERPT_CUT,
    EXCERPT_FUNCTION_WORD,
    EXCERPT_NOT_VERBATIM,
    EXCERPT_SHORT,
    EXCERPT_UNBALANCED,
    RULES,
    VERB_SAME_LEMMA,
    WORD_AMBIGUOUS,
    WORD_GENDER,
    WORD_NUMBER,
    WORD_POS,
    WORD_UNTAGGED,
    violations,
)
from bot.core.text.lexicon import lexicon, verb_lemma

# OP4, verbatim: « Souligne que les États se sont engagés à coopérer et à collaborer avec
# l'Organisation des Nations Unies, conformément à la Charte, en vue d'assurer le respect universel
# et effectif des droits de l'homme ; »
OP4_CLAUSE = "que les États se sont engagés à coopérer et à collaborer avec l'Organisation des Nations Unies"


def _paragraph(quote: str, paragraph_id: str = "OP4") -> GeneratedQuestion:
    return GeneratedQuestion(
        QuestionKind.PARAGRAPH, quote, (paragraph_id, "OP3", "OP5", "OP6"), 0, paragraph_id
    )


def _word(quote: str, answer: str, distractors: tuple[str, ...]) -> GeneratedQuestion:
    return GeneratedQuestion(QuestionKind.WORD, quote, (answer, *distractors), 0, "OP4")


@pytest.mark.parametrize(
    ("quote", "broken"),
    [
        (OP4_CLAUSE, []),
        (OP4_CLAUSE + ", conformément à la Charte", []),
        ("Souligne " + OP4_CLAUSE, []),  # the excerpt may start anywhere
        ("en vue d'assurer le respect universel et effectif des droits de l'homme ;", []),  # the end
        ("en vue d'assurer le respect universel et effectif des droits de l'homme", []),
        ("engagés à coopérer et à collaborer avec l'Organisation", [EXCERPT_SHORT, EXCERPT_CUT]),
        (
            "que les États se sont engagés à coopérer et à collaborer avec l'Organisation des",
            [EXCERPT_CUT, EXCERPT_FUNCTION_WORD],
        ),
        (OP4_CLAUSE.replace("États", "Etats"), [EXCERPT_NOT_VERBATIM]),
    ],
)
def test_excerpt_rules_catch_their_faults(resolution, quote, broken):
    """Short, cut, function-word-ended and non-verbatim quotes are each reported, good ones not."""
    assert violations(_paragraph(quote), resolution, lexicon()) == broken


def test_excerpt_rule_catches_an_open_guillemet(resolution):
    """A quote that opens « and stops before the title closes is unbalanced, though it ends at a colon."""
    pp2 = resolution.get("PP2").text
    quote = pp2[: pp2.index(" :")]
    assert quote.endswith("« Transformer notre monde")
    assert violations(_paragraph(quote, "PP2"), resolution, lexicon()) == [EXCERPT_UNBALANCED]


def test_verb_rule_compares_lemmas(resolution):
    """« Prie » and « Prie également » are one verb; « Se déclare résolu » is déclarer."""
    assert verb_lemma("Prie également", lexicon()) == verb_lemma("Prie", lexicon()) == "prier"
    assert verb_lemma("Se déclare résolu", lexicon()) == "déclarer"
    assert verb_lemma("Demande", lexicon()) == "demander"  # the noun reading is not a verb's lemma

    def verb(choices):
        return GeneratedQuestion(QuestionKind.VERB, OP4_CLAUSE, choices, 0, "OP4")

    same = verb(("Souligne", "Souligne en outre", "Prie", "Invite"))
    assert violations(same, resolution, lexicon()) == [VERB_SAME_LEMMA]
    assert violations(verb(("Souligne", "Prie également", "Invite", "Estime")), resolution, lexicon()) == []


def test_word_rules_catch_disagreeing_distractors(resolution):
    """A distractor of another part of speech, number or gender is reported; agreeing ones are not."""
    quote = OP4_CLAUSE.replace("Organisation", BLANK)

    def broken(*distractors):
        rules = violations(_word(quote, "Organisation", distractors), resolution, lexicon())
        return [r for r in rules if r.startswith("word_")]

    assert broken("résolution", "coopération", "Charte") == []  # feminine singular nouns
    assert broken("résolution", "coopération", "renforcer") == [WORD_POS]
    assert broken("résolution", "coopération", "capacités") == [WORD_NUMBER]
    assert broken("résolution", "coopération", "développement") == [WORD_GENDER]
    assert broken("résolution", "coopération", "demande") == [WORD_AMBIGUOUS]
    assert broken("résolution", "coopération", "Kampala") == [WORD_UNTAGGED]


SEEDS = range(20)
PARTS = ("tout", "preambule", "dispositif")


@pytest.fixture(scope="module")
def generated(service) -> list[GeneratedQuestion]:
    """670 questions: 20 seeds x 3 parts x 10, and the question of the day of every paragraph."""
    generator = QuizGenerator.from_service(service)
    rounds = [q for seed in SEEDS for part in PARTS for q in generator.generate(seed, count=10, part=part)]
    return rounds + [generator.for_paragraph(p.number, p) for p in service.resolution.paragraphs]


@pytest.fixture(scope="module")
def broken(generated, resolution) -> dict[str, list[GeneratedQuestion]]:
    """The generated questions that break each rule."""
    found: dict[str, list[GeneratedQuestion]] = {rule: [] for rule in RULES}
    for question in generated:
        for rule in violations(question, resolution, lexicon()):
            found[rule].append(question)
    return found


def test_generated_questions_are_many_and_of_every_kind(generated):
    """Enough questions of each kind for the rules below to mean something."""
    kinds = Counter(q.kind for q in generated)
    assert len(generated) >= 600
    assert kinds[QuestionKind.PARAGRAPH] + kinds[QuestionKind.WORD] + kinds[QuestionKind.VERB] >= 450
    assert min(kinds[k] for k in (QuestionKind.PARAGRAPH, QuestionKind.WORD, QuestionKind.VERB)) >= 100
    assert min(kinds[k] for k in (QuestionKind.COUNTRY_VOTE, QuestionKind.GROUP_VOTE)) >= 20  # votes stay


@pytest.mark.parametrize("rule", RULES)
def test_generated_questions_keep_rule(broken, rule):
    """No generated question breaks the rule (the first offenders are shown when one does)."""
    assert broken[rule] == [], broken[rule][:3]


def test_generated_verb_distractors_share_the_answers_adverb_where_they_can(generated):
    """« Prie également » is asked among other verbs « … également », not among bare verbs only."""
    questions = [q for q in generated if q.kind is QuestionKind.VERB and q.correct.endswith(" également")]
    assert questions
    for question in questions:
        alike = [c for c in question.choices if c.endswith(" également")]
        assert len(alike) >= 3, question.choices  # Prie, Rappelle, Réaffirme, Souligne également exist
