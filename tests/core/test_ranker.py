"""The learned paragraph ranker: what it learns from, what it names, and what it never sees."""

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.search.ranker import (
    MAX_RANKED_CHARACTERS,
    Model,
    ParagraphRanker,
    _fit,
    char_ngrams,
    word_ngrams,
)
from bot.core.text.french import fold_words
from bot.core.text.paraphrases import LABELLED_FILE, ParaphraseError, Paraphrases

ROOT = Path(__file__).resolve().parents[2]


def test_the_labelled_questions_are_the_tuning_batches_ones():
    """corpus/questions_etiquetees.jsonl is what scripts/labelled_questions.py writes today."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "labelled_questions.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout


def test_no_blind_question_trains_the_ranker():
    labelled = {
        json.loads(line)["question"]
        for line in (ROOT / "corpus" / LABELLED_FILE).read_text(encoding="utf-8").splitlines()
    }
    blind = [
        " ".join(json.loads(line)["question"].split())
        for path in (ROOT / "tests" / "questions" / "batches").glob("blind_*.jsonl")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert blind  # there is a blind batch to keep out
    assert labelled.isdisjoint(blind)


def test_every_labelled_question_names_a_paragraph(service):
    labelled = service.paraphrases.labelled
    assert len(labelled) > 1000
    ids = {s.id for s in service.resolution.segments if s.id.startswith(("PP", "OP"))}
    assert {paragraph for _, paragraph in labelled} <= ids


def test_a_malformed_labelled_line_stops_loading(tmp_path):
    everyday = tmp_path / "paraphrases_courantes.toml"
    everyday.write_text("", encoding="utf-8")
    (tmp_path / LABELLED_FILE).write_text('{"question": "x", "paragraphe": "OP99"}\n', encoding="utf-8")
    paraphrases = Paraphrases({}, everyday, frozenset({"OP1"}))
    with pytest.raises(ParaphraseError, match="ligne 1"):
        _ = paraphrases.labelled


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Written for this test, in words none of the paragraphs use.
        ("un fonds pour que les petits pays sans côte puissent participer à l'examen par les pairs", "PP26"),
        ("quand un pays bloque tout seul le commerce d'un autre pour le punir", "OP8"),
        ("the right of everyone to enjoy what scientists discover", "OP28"),
    ],
)
def test_the_ranker_names_the_paragraph_described_in_other_words(service, question, expected):
    (first, score), *_ = service.ranker.rank(question)
    assert first == expected
    assert score > 0


def test_the_ranker_is_ordered_and_deterministic(service):
    ranked = service.ranker.rank("la dette des pays pauvres pendant le covid", limit=5)
    assert len(ranked) == 5
    assert [s for _, s in ranked] == sorted((s for _, s in ranked), reverse=True)
    again = ParagraphRanker(lambda: service.paraphrases.examples({})).rank("dette covid", limit=3)
    assert again == ParagraphRanker(lambda: service.paraphrases.examples({})).rank("dette covid", limit=3)


def test_a_flood_is_ranked_on_its_start(service):
    start = "la dette des pays pauvres pendant le covid "
    flood = start + "blabla " * 500
    assert len(flood) > MAX_RANKED_CHARACTERS
    assert service.ranker.rank(flood)[0][0] == service.ranker.rank(flood[:MAX_RANKED_CHARACTERS])[0][0]


def test_training_happens_once_under_concurrent_first_questions():
    calls = []

    def examples():
        calls.append(1)
        return [("la dette", "PP15"), ("les vaccins", "PP12"), ("le terrorisme", "OP14")] * 3

    ranker = ParagraphRanker(examples)
    import threading

    threads = [threading.Thread(target=ranker.rank, args=("dette",)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert calls == [1]
    assert ranker.rank("la dette")[0][0] == "PP15"


@pytest.fixture(scope="module")
def fitted(service):
    """A model fitted on the project's examples, with scikit-learn's own objects beside it."""
    texts = {s.id: s.text for s in service.resolution.segments if s.id.startswith(("PP", "OP"))}
    union, classifier = _fit(service.paraphrases.examples(texts))
    return union, classifier, Model.fitted(union, classifier)


@pytest.mark.parametrize(
    "question",
    [
        "que dit le texte sur la dette ?",
        "What about sanctions slapped on by one country?",
        "",
        "?!",
        "x" * 450,
    ],
)
def test_the_fast_scores_are_scikit_learns(fitted, question):
    """The ranker's own TF-IDF and dot product give scikit-learn's decision_function, to rounding."""
    union, classifier, model = fitted
    text = fold_words(question)
    ours = dict(model.scores(text))
    theirs = classifier.decision_function(union.transform([text]))[0]
    assert list(ours) == [str(c) for c in classifier.classes_]
    assert all(abs(ours[str(c)] - float(t)) < 1e-5 for c, t in zip(classifier.classes_, theirs, strict=True))


def test_two_paragraphs_are_ranked_both_ways():
    ranker = ParagraphRanker(
        lambda: [("la dette des pays", "PP15"), ("les vaccins contre le covid", "PP12")] * 3
    )
    assert ranker.rank("la dette")[0][0] == "PP15"
    assert ranker.rank("les vaccins")[0][0] == "PP12"


def test_a_failed_training_leaves_no_ranker_and_is_not_retried(caplog):
    calls = []

    def broken():
        calls.append(1)
        raise ValueError("ligne 3 : paragraphe inconnu")

    ranker = ParagraphRanker(broken)
    with caplog.at_level("WARNING"):
        assert ranker.rank("la dette") == []
        assert ranker.rank("les vaccins") == []
    assert calls == [1]
    assert "paragraph ranker off" in caplog.text


def test_search_answers_as_before_when_the_ranker_is_off(service):
    from bot.core.questions.router import QuestionAnswerer

    qa = QuestionAnswerer(service)
    qa._search.ranker = ParagraphRanker(list)
    answer = qa.answer("Que dit la résolution sur la dette ?")
    assert answer.answered
    assert "PP15" in answer.citations


def test_one_paragraph_has_nothing_to_rank():
    assert ParagraphRanker(lambda: [("la dette", "PP15"), ("les dettes", "PP15")]).rank("dette") == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcé çà-'?!.,0 1\t\nOPxyz")), max_size=60))
def test_the_analyzers_cut_what_scikit_learns_cut(fitted, text):
    union, _, _ = fitted
    char, word = (vectorizer.build_analyzer() for _, vectorizer in union.transformer_list)
    assert Counter(char_ngrams(text)) == Counter(char(text))
    assert Counter(word_ngrams(text)) == Counter(word(text))


def test_a_saved_model_scores_as_the_trained_one(fitted, tmp_path):
    _, _, model = fitted
    model.save(tmp_path / "m.npz")
    loaded = Model.load(tmp_path / "m.npz")
    for question in ("la dette des pays pauvres", "cooperation sud-sud ", "a b", ""):
        assert loaded.scores(fold_words(question)) == model.scores(fold_words(question))


def test_a_second_ranker_loads_the_cached_model_without_training(tmp_path):
    examples = [("la dette des pays", "PP15"), ("les vaccins contre le covid", "PP12")] * 3
    calls = []

    def counted():
        calls.append(1)
        return examples

    first = ParagraphRanker(counted, tmp_path)
    assert first.rank("la dette")[0][0] == "PP15"
    assert len(list(tmp_path.glob("classement-*.npz"))) == 1
    second = ParagraphRanker(counted, tmp_path)
    assert second.rank("la dette") == first.rank("la dette")
    changed = ParagraphRanker(lambda: [*examples, ("le terrorisme", "OP14")], tmp_path)
    assert changed.rank("le terrorisme")[0][0] == "OP14"  # other examples: another file
    assert len(list(tmp_path.glob("classement-*.npz"))) == 2


def test_a_damaged_cache_is_trained_again(tmp_path, caplog):
    examples = [("la dette des pays", "PP15"), ("les vaccins contre le covid", "PP12")] * 3
    ParagraphRanker(lambda: examples, tmp_path).warm()
    (cached,) = tmp_path.glob("classement-*.npz")
    cached.write_bytes(b"not an archive")
    with caplog.at_level("WARNING"):
        assert ParagraphRanker(lambda: examples, tmp_path).rank("la dette")[0][0] == "PP15"
    assert "cache unreadable" in caplog.text


def test_an_unwritable_cache_only_costs_the_next_start(tmp_path, caplog):
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")  # a file where the directory should be
    examples = [("la dette des pays", "PP15"), ("les vaccins contre le covid", "PP12")] * 3
    with caplog.at_level("WARNING"):
        assert ParagraphRanker(lambda: examples, blocked / "cache").rank("la dette")[0][0] == "PP15"
    assert "cache not written" in caplog.text
